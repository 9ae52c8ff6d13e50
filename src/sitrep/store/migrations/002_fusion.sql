-- The fused picture across articles (src/sitrep/fuse): built incrementally, article by
-- article; `fused_articles` records which articles are already in it.
CREATE TABLE fused_articles (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE
);

-- One row per real-world referent across articles; entity_links maps each article's
-- local entity id to it.
CREATE TABLE global_entities (
    id INTEGER PRIMARY KEY,
    type TEXT NOT NULL,
    name TEXT NOT NULL,
    key TEXT NOT NULL,
    country TEXT,
    titles TEXT NOT NULL DEFAULT '[]',
    names TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX global_entities_key ON global_entities(type, key);
CREATE TABLE entity_links (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    local_id TEXT NOT NULL,
    global_id INTEGER NOT NULL REFERENCES global_entities(id),
    PRIMARY KEY (article_id, local_id)
);

-- One row per happening, however many articles report it.
CREATE TABLE developments (
    id INTEGER PRIMARY KEY,
    type TEXT NOT NULL,
    mode TEXT,
    status TEXT NOT NULL,
    date TEXT,
    place TEXT,
    actors TEXT NOT NULL DEFAULT '[]',
    targets TEXT NOT NULL DEFAULT '[]',
    summary TEXT NOT NULL,
    first_reported TEXT,
    last_reported TEXT,
    sources INTEGER NOT NULL DEFAULT 0,
    outlets INTEGER NOT NULL DEFAULT 0,
    plan_of INTEGER REFERENCES developments(id),
    updated_at TEXT NOT NULL
);
CREATE INDEX developments_type_date ON developments(type, date);
CREATE TABLE development_sources (
    development_id INTEGER NOT NULL REFERENCES developments(id) ON DELETE CASCADE,
    fact_id INTEGER NOT NULL REFERENCES facts(id) ON DELETE CASCADE,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    PRIMARY KEY (development_id, fact_id)
);

-- Figures of the same quantity (refugees in one host country ...) as a series over dates.
CREATE TABLE figure_series (
    id INTEGER PRIMARY KEY,
    category TEXT NOT NULL,
    key TEXT NOT NULL UNIQUE,
    place TEXT,
    unit TEXT
);
CREATE TABLE figure_points (
    series_id INTEGER NOT NULL REFERENCES figure_series(id) ON DELETE CASCADE,
    fact_id INTEGER NOT NULL REFERENCES facts(id) ON DELETE CASCADE,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    as_of TEXT,
    value REAL,
    approx TEXT,
    according_to TEXT,
    claim_of TEXT,
    PRIMARY KEY (series_id, fact_id)
);
CREATE INDEX figure_points_series ON figure_points(series_id, as_of);
