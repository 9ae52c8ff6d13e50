-- Articles are stored once: by URL, by normalised text (text_hash), and a near-copy of a
-- stored article (simhash within a few bits) is kept only as a link to its original.
CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    doc_id TEXT NOT NULL,
    url TEXT UNIQUE,
    text_hash TEXT NOT NULL UNIQUE,
    simhash INTEGER NOT NULL,
    duplicate_of INTEGER REFERENCES articles(id),
    title TEXT,
    outlet TEXT,
    published TEXT,
    published_source TEXT NOT NULL,
    published_evidence TEXT,
    origin TEXT,
    text TEXT NOT NULL,
    ingested_at TEXT NOT NULL
);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_duplicate_of ON articles(duplicate_of);

-- One row per extracted fact; data is the fact's extract-v1 JSON.
CREATE TABLE facts (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    start INTEGER,
    end INTEGER,
    data TEXT NOT NULL
);
CREATE INDEX facts_article ON facts(article_id, kind);
CREATE INDEX facts_kind ON facts(kind);
