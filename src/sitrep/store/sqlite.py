"""The embedded store: one SQLite file (WAL), articles once, facts with their spans.

Each article and all its facts are written in one transaction, so a run killed midway
leaves either the whole article or none of it; the unique keys on URL and normalised text
make a second run skip what the first stored.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from sitrep.facts import FACT_KINDS, Article, Document, Published, fact_from_json
from sitrep.store import dedup

DEFAULT_DB = "sitrep.db"
ARTICLE_COLUMNS = (
    "id, doc_id, url, duplicate_of, title, outlet, published, published_source, "
    "published_evidence, origin, ingested_at, body_start"
)
COPIES = "(SELECT COUNT(*) FROM articles c WHERE c.duplicate_of = articles.id) AS copies"


@dataclass
class Duplicate:
    """Why an incoming article is not a new story: ``kind`` is url, text or near."""

    kind: str
    article_id: int


class NotAStore(Exception):
    """A ``--db`` that is no sitrep database (another file, another application's SQLite,
    a folder); ``str()`` is the one line shown to the user."""

    def __init__(self, path: str, problem: str):
        super().__init__(f"{path}: {problem}")


class Store:
    def __init__(self, path: str | Path = DEFAULT_DB):
        self.path = str(path)
        try:
            self.db = sqlite3.connect(self.path, timeout=30, check_same_thread=False)
            self._check_kind()
        except sqlite3.DatabaseError as error:  # random bytes, a folder, an unreadable file
            raise NotAStore(self.path, f"not a sitrep database ({error})") from None
        self.db.row_factory = sqlite3.Row
        self.db.create_function("holds_word", 2, _holds_word, deterministic=True)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA foreign_keys=ON")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self._migrate()
        self._simhashes: list[tuple[int, int]] | None = None

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- schema ---------------------------------------------------------------------------

    def _check_kind(self) -> None:
        """Refuse, before changing anything in it, a database some other application wrote:
        one that never ran our migrations (user_version 0) yet already holds tables."""
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        tables = [r[0] for r in self.db.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        if version == 0 and tables:
            self.db.close()
            raise NotAStore(self.path, f"not a sitrep database (it holds other tables: {', '.join(tables[:5])})")

    def _migrate(self) -> None:
        """Apply the numbered scripts in store/migrations that this file has not seen yet."""
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        scripts = sorted(
            (int(f.name.split("_")[0]), f)
            for f in resources.files("sitrep.store.migrations").iterdir()
            if f.name.endswith(".sql")
        )
        for number, script in scripts:
            if number > version:
                with self.db:
                    self.db.executescript(
                        f"BEGIN; {script.read_text()}; PRAGMA user_version = {number}; COMMIT;"
                    )

    # -- writing --------------------------------------------------------------------------

    def find_duplicate(self, article: Article) -> Duplicate | None:
        """Why ``article`` is no new story, or None. A page read again at its address with
        another text is none: it is an edited version (a live page that grew, a correction),
        which ``replace`` stores in place of the old; a copy linked to its original stays one.
        A page whose new text another article already holds (it now serves a story stored from
        another address) is that text's duplicate and keeps its earlier version: the text is
        stored once (a unique key), and storing it again stopped the run with an IntegrityError."""
        at_url = None
        if article.url:
            at_url = self.db.execute("SELECT id, text_hash, duplicate_of FROM articles WHERE url = ?", (article.url,)).fetchone()
            if at_url and (at_url["text_hash"] == dedup.text_hash(article.text) or at_url["duplicate_of"] is not None):
                return Duplicate("url", at_url["id"])
        row = self.db.execute(
            "SELECT id FROM articles WHERE text_hash = ?", (dedup.text_hash(article.text),)
        ).fetchone()
        if row:
            return Duplicate("text", row["id"])
        if at_url:
            return None  # a new version of the page at that address
        fingerprint = dedup.simhash(article.text)
        for article_id, other in self._known_simhashes():
            if dedup.distance(fingerprint, other) <= dedup.CANDIDATE_BITS:
                text = self.db.execute("SELECT text FROM articles WHERE id = ?", (article_id,)).fetchone()[0]
                if dedup.jaccard(article.text, text) >= dedup.NEAR_COPY_JACCARD:
                    return Duplicate("near", article_id)
        return None

    def _known_simhashes(self) -> list[tuple[int, int]]:
        if self._simhashes is None:
            self._simhashes = [
                (r["id"], r["simhash"])
                for r in self.db.execute("SELECT id, simhash FROM articles WHERE duplicate_of IS NULL")
            ]
        return self._simhashes

    def add(self, article: Article, document: Document | None, duplicate_of: int | None = None,
            published: Published | None = None) -> int:
        """Store an article with its facts (or, for a near-copy, as a link to its original);
        ``published`` is a copy's date as read, where no document carries one."""
        with self.db:
            article_id, fingerprint = self._insert(article, document, duplicate_of, published)
        if duplicate_of is None and self._simhashes is not None:
            self._simhashes.append((article_id, fingerprint))
        return article_id

    def _insert(self, article: Article, document: Document | None, duplicate_of: int | None = None,
                published: Published | None = None) -> tuple[int, int]:
        """Write an article and its facts inside the caller's transaction; its id and simhash."""
        values = self._row(article, document, published)
        cursor = self.db.execute(
            f"INSERT INTO articles (duplicate_of, {', '.join(values)}) VALUES (?{',?' * len(values)})",
            (duplicate_of, *values.values()),
        )
        article_id = cursor.lastrowid
        self._insert_facts(article_id, document)
        return article_id, values["simhash"]

    @staticmethod
    def _row(article: Article, document: Document | None, published: Published | None) -> dict[str, Any]:
        """The articles row of an article as read (column -> value), but for what links it to others."""
        published = (document.published if document else published) or Published(article.published, "metadata" if article.published else "none")
        return {
            "doc_id": article.id, "url": article.url, "text_hash": dedup.text_hash(article.text),
            "simhash": dedup.simhash(article.text), "title": (document.title if document else None) or article.title,
            "outlet": article.outlet, "published": published.value, "published_source": published.source,
            "published_evidence": published.evidence, "origin": article.origin, "text": article.text,
            "ingested_at": datetime.now(timezone.utc).isoformat(timespec="seconds"), "body_start": article.body_start,
        }

    def _insert_facts(self, article_id: int, document: Document | None) -> None:
        if document is not None:
            self.db.executemany(
                "INSERT INTO facts (article_id, kind, start, end, data) VALUES (?,?,?,?,?)",
                [
                    (article_id, kind, _span(fact)[0], _span(fact)[1], json.dumps(asdict(fact)))
                    for kind in FACT_KINDS
                    for fact in getattr(document, kind)
                ],
            )

    def version_at(self, url: str | None) -> int | None:
        """The stored article at ``url`` of which an incoming text is a new version, if any."""
        row = self.db.execute("SELECT id FROM articles WHERE url = ? AND duplicate_of IS NULL", (url,)).fetchone() if url else None
        return row["id"] if row else None

    def replace(self, earlier: int, article: Article, document: Document) -> int:
        """Store an edited version of a page in place of its earlier one, under the same id, in
        one transaction: the old text and facts go (and with the facts their developments'
        sources and figure points), the article is fused again, its copies stay linked to it; an
        interrupted run leaves the old version whole, and is simply run again. The id stays so
        that links to the article (/articles/12 in a briefing sent, a bookmark) still lead to
        it: a live page changes at every poll, and a new id each time left them dead."""
        values = self._row(article, document, None)
        with self.db:
            self.db.execute("DELETE FROM facts WHERE article_id = ?", (earlier,))
            self.db.execute("DELETE FROM entity_links WHERE article_id = ?", (earlier,))
            self.db.execute("DELETE FROM fused_articles WHERE article_id = ?", (earlier,))
            self.db.execute(f"UPDATE articles SET {', '.join(f'{column} = ?' for column in values)} WHERE id = ?",
                            (*values.values(), earlier))
            self._insert_facts(earlier, document)
        self._simhashes = None
        return earlier

    # -- reading --------------------------------------------------------------------------

    def keep_latest(self, origin: str) -> int:
        """Keep only the newest stored version of a one-article file (``origin``, its path)
        that was edited and read again: the older versions are deleted with their facts, and
        their near-copies become the newest version's. Returns how many were replaced."""
        ids = [r[0] for r in self.db.execute(
            "SELECT id FROM articles WHERE origin = ? AND duplicate_of IS NULL ORDER BY id", (origin,))]
        latest, older = ids[-1:], ids[:-1]
        if not older:
            return 0
        marks = ",".join("?" * len(older))
        with self.db:
            self.db.execute(f"UPDATE articles SET duplicate_of = ? WHERE duplicate_of IN ({marks})", (*latest, *older))
            self.db.execute(f"DELETE FROM articles WHERE id IN ({marks})", older)
        self._simhashes = None
        return len(older)

    def articles(
        self, since: str | None = None, until: str | None = None, limit: int = 100, offset: int = 0,
        include_copies: bool = False, words: str | None = None,
    ) -> list[dict[str, Any]]:
        """Stored articles of a period, newest first; with ``words``, those whose title or text
        holds every one of them."""
        where, params = _article_conditions(since, until, words, include_copies)
        sql = f"SELECT {ARTICLE_COLUMNS}, {COPIES} FROM articles WHERE {where}"
        sql += " ORDER BY published DESC, id DESC LIMIT ? OFFSET ?"
        return [dict(r) for r in self.db.execute(sql, (*params, limit, offset))]

    def count_articles(self, since: str | None = None, until: str | None = None, words: str | None = None,
                       include_copies: bool = False) -> int:
        """How many articles ``articles`` lists over all its pages."""
        where, params = _article_conditions(since, until, words, include_copies)
        return self.db.execute(f"SELECT COUNT(*) FROM articles WHERE {where}", params).fetchone()[0]

    def article(self, article_id: int) -> dict[str, Any] | None:
        row = self.db.execute(f"SELECT {ARTICLE_COLUMNS}, {COPIES}, text FROM articles WHERE id = ?", (article_id,)).fetchone()
        return dict(row) if row else None

    def document(self, article_id: int) -> Document | None:
        """The article as extract-v1 saw it, facts included."""
        row = self.article(article_id)
        if row is None:
            return None
        facts: dict[str, list] = {kind: [] for kind in FACT_KINDS}
        for fact in self.db.execute(
            "SELECT kind, data FROM facts WHERE article_id = ? ORDER BY id", (article_id,)
        ):
            facts[fact["kind"]].append(fact_from_json(fact["kind"], json.loads(fact["data"])))
        return Document(
            id=row["doc_id"], text=row["text"], title=row["title"], outlet=row["outlet"], url=row["url"],
            published=Published(row["published"], row["published_source"], row["published_evidence"]),
            **facts,
        )

    def fact_rows(self, article_id: int, kind: str) -> list[tuple[int, Any]]:
        """(fact id, fact) of one kind for one article, in extraction order."""
        return [
            (row["id"], fact_from_json(kind, json.loads(row["data"])))
            for row in self.db.execute(
                "SELECT id, data FROM facts WHERE article_id = ? AND kind = ? ORDER BY id", (article_id, kind)
            )
        ]

    def facts(self, kind: str, since: str | None = None, until: str | None = None) -> Iterator[tuple[dict[str, Any], Any]]:
        """Every fact of one kind in the period, with the metadata of its article."""
        where, params = period_conditions("a.published", since, until)
        sql = (
            "SELECT a.id AS article_id, a.doc_id, a.title, a.outlet, a.url, a.published, f.data"
            " FROM facts f JOIN articles a ON a.id = f.article_id WHERE f.kind = ?"
        )
        if where:
            sql += " AND " + " AND ".join(where)
        for row in self.db.execute(sql + " ORDER BY a.published DESC, a.id, f.id", (kind, *params)):
            meta = {k: row[k] for k in row.keys() if k != "data"}
            yield meta, fact_from_json(kind, json.loads(row["data"]))

    def fact_counts(self, article_ids: list[int]) -> dict[int, dict[str, int]]:
        """Facts per kind for each of the given articles, in one query."""
        counts: dict[int, dict[str, int]] = {i: {} for i in article_ids}
        marks = ",".join("?" * len(article_ids))
        for row in self.db.execute(
            f"SELECT article_id, kind, COUNT(*) AS n FROM facts WHERE article_id IN ({marks}) GROUP BY article_id, kind",
            article_ids,
        ):
            counts[row["article_id"]][row["kind"]] = row["n"]
        return counts

    def counts(self) -> dict[str, int]:
        result = {
            "articles": self.db.execute("SELECT COUNT(*) FROM articles WHERE duplicate_of IS NULL").fetchone()[0],
            "copies": self.db.execute("SELECT COUNT(*) FROM articles WHERE duplicate_of IS NOT NULL").fetchone()[0],
        }
        for row in self.db.execute("SELECT kind, COUNT(*) AS n FROM facts GROUP BY kind"):
            result[row["kind"]] = row["n"]
        return result


def _span(fact: Any) -> tuple[int | None, int | None]:
    if hasattr(fact, "start"):
        return fact.start, fact.end
    mentions = getattr(fact, "mentions", None)
    return (mentions[0][0], mentions[0][1]) if mentions else (None, None)


def _article_conditions(since: str | None, until: str | None, words: str | None, include_copies: bool) -> tuple[str, list[str]]:
    """The WHERE clause (and its parameters) of an article listing: a period, words the title or
    text holds, originals only unless ``include_copies``.

    A word is looked for in the word index first (``article_words``, SQLite's full-text index)
    and only in the articles it finds by ``holds_word`` (a Python regex over the whole text):
    with a LIKE pre-filter instead, a short common word ("UN", inside "until" and "fund")
    ruled out few articles, and the regex read most of the store (13.7 s on 20,000)."""
    where, params = period_conditions("published", since, until)
    for word in search_words(words):
        where.append(
            "id IN (SELECT rowid FROM article_words WHERE article_words MATCH ?)"
            " AND (holds_word(title, ?) OR holds_word(text, ?))"
        )
        params += [index_query(word), word, word]
    if not include_copies:
        where.append("duplicate_of IS NULL")
    return " AND ".join(where) or "1 = 1", params


def search_words(words: str | None) -> list[str]:
    """The words a search looks for: a word of no letter or digit ("*", "-", "'s") is none, as
    it found nothing or only punctuation."""
    return [word for word in (words or "").split() if any(c.isalnum() for c in _stem(word)[0])]


APOSTROPHES = "'’‘ʼ"  # typed, curly, a curly typed the wrong way round, the modifier letter: one in a search
_APOSTROPHE = f"[{APOSTROPHES}]"
PLURALS = ("s", "es")
WORD_ENDINGS = rf"(?:{_APOSTROPHE}s|{'|'.join(PLURALS)})?"  # a plural or a possessive: "sanction" finds "sanctions", "EU" "EU's"


def _stem(word: str) -> tuple[str, bool]:
    """A searched word without its ending and whether it stands for every word it begins
    (``sanction*``). A typed possessive is no part of the word: "Zelenskyy's" is looked for
    as "Zelenskyy" (with its endings, curly "Zelenskyy’s" among them)."""
    stem = word.rstrip("*")
    if stem != word:
        return stem, True
    return re.sub(rf"{_APOSTROPHE}[sS]?$", "", word), False


def word_pattern(word: str) -> str:
    """The pattern a searched word is found by: whole, in either case, or with a plural or
    possessive ending; ended with * (``sanction*``), every word it begins. Part of a word is
    no match: "UN" is in "until" and "fund", and found in nearly every article as a substring.
    A straight and a curly apostrophe are one: "Kyiv's" finds "Kyiv’s"."""
    stem, every = _stem(word)
    body = "".join(_APOSTROPHE if c in APOSTROPHES else re.escape(c) for c in stem)
    return rf"(?<!\w){body}" if every else rf"(?<!\w){body}{WORD_ENDINGS}(?!\w)"


def index_query(word: str) -> str:
    """The word index's query (FTS5) for the articles that hold ``word`` as ``word_pattern``
    finds it, and some more: the runs of letters and digits of the word as one phrase (the
    index splits a text at every other character, apostrophes and hyphens among them), the
    last run also with a plural ending, or as the start of a word for ``sanction*``. The index
    folds case and accents ("reunion" finds "Réunion" there; the regex after it then does not);
    a dotless "ı" is a letter of its own to it, so "kirim" does not find "Kırım"."""
    stem, every = _stem(word)
    phrase = " ".join(re.findall(r"[^\W_]+", stem))
    if every:
        return f'"{phrase}" *'
    endings = ("", *PLURALS) if re.search(r"[^\W_]$", stem) else ("",)
    return " OR ".join(f'"{phrase}{ending}"' for ending in endings)


def _holds_word(text: str | None, word: str) -> bool:
    """SQL's ``holds_word(text, word)``: whether a title or text holds a searched word."""
    return text is not None and _pattern(word).search(text) is not None


@lru_cache(maxsize=64)
def _pattern(word: str) -> re.Pattern[str]:
    """A searched word's compiled pattern: compiled once for the thousands of texts it is asked of."""
    return re.compile(word_pattern(word), re.IGNORECASE)


def period_conditions(column: str, since: str | None, until: str | None) -> tuple[list[str], list[str]]:
    """SQL conditions keeping ``column`` (an ISO date or datetime) in a period, until inclusive:
    "2022-03-16T10:00" is still "until 2022-03-16"."""
    where, params = [], []
    if since:
        where.append(f"{column} >= ?")
        params.append(since)
    if until:
        where.append(f"{column} < ?")
        params.append(until + "\uffff")
    return where, params
