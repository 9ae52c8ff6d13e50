"""The web app's reads, on top of the Store: article lists with fact counts, pages of results,
the stamp that tells the live page whether the store has changed, and the briefing, built once
per store state and period (a build reads the whole store for seconds; an open page asks again
at every ingest, and a briefing changes only with the stamp).

The HTML views and the JSON API both call these, so a page and its API twin always show
the same articles in the same order.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

from starlette.datastructures import URL

from sitrep.brief import build_briefing
from sitrep.brief.model import Briefing
from sitrep.facts import FACT_KINDS, Document
from sitrep.store.sqlite import Store
from sitrep.web.deps import Page, Period


@dataclass
class ArticleList:
    items: list[dict[str, Any]]
    page: Page
    more: bool  # another page follows
    total: int  # articles over all pages

    def links(self, url: URL) -> tuple[str | None, str | None]:
        """Addresses of the newer and the older page, other query parameters kept; relative,
        so they hold behind a proxy."""
        def at(offset: int) -> str:
            moved = url.include_query_params(offset=offset, limit=self.page.limit)
            return f"{moved.path}?{moved.query}"

        newer = at(max(self.page.offset - self.page.limit, 0)) if self.page.offset else None
        return newer, at(self.page.offset + self.page.limit) if self.more else None


def with_fact_counts(store: Store, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The rows with how many facts of each kind their articles hold (every kind, zeros too),
    counted in one query rather than by loading each document."""
    counts = store.fact_counts([row["id"] for row in rows])
    return [{**row, "facts": {kind: counts[row["id"]].get(kind, 0) for kind in FACT_KINDS}} for row in rows]


def article_list(store: Store, period: Period, page: Page, words: str | None = None) -> ArticleList:
    """One page of stored articles, newest first, each with how many facts of each kind it holds;
    with ``words``, only those whose title or text holds them all."""
    rows = store.articles(since=period.since, until=period.until, limit=page.limit + 1, offset=page.offset, words=words)
    total = store.count_articles(since=period.since, until=period.until, words=words)
    return ArticleList(with_fact_counts(store, rows[: page.limit]), page, more=len(rows) > page.limit, total=total)


def article_row(store: Store, article_id: int) -> dict[str, Any] | None:
    """An article's stored row with its fact counts, or None."""
    row = store.article(article_id)
    return with_fact_counts(store, [row])[0] if row else None


def article_detail(store: Store, article_id: int) -> tuple[dict[str, Any], Document] | None:
    """An article's stored row (fact counts added) and its extract-v1 document, or None."""
    row = article_row(store, article_id)
    return (row, store.document(article_id)) if row else None


def stamp(store: Store) -> str:
    """The store's state as far as a briefing can tell: the newest article and the newest fused
    one. Both ids only grow, and fusion updates developments and series in the transaction
    that records the article as fused, so any change a briefing would show changes the stamp.
    Two primary-key lookups: cheap enough to poll every second."""
    newest, fused = store.db.execute(
        "SELECT (SELECT COALESCE(MAX(id), 0) FROM articles), (SELECT COALESCE(MAX(article_id), 0) FROM fused_articles)"
    ).fetchone()
    return f"{newest}.{fused}"


BRIEFINGS_KEPT = 8  # briefings of recent (store state, period) pairs kept in memory
Key = tuple[str, str, str | None, str | None]
_briefings: OrderedDict[Key, Briefing] = OrderedDict()
_builds: dict[Key, threading.Lock] = {}  # one build per key: five tabs asking at once wait for the first
_guard = threading.Lock()  # over the two dicts, never over a build


def briefing(store: Store, period: Period) -> tuple[str, Briefing]:
    """The briefing of a period and the stamp of the store state it shows (taken before the
    build, so a change during it still reaches the page), built once per state and period; a
    build for one key never holds up a request for another."""
    current = stamp(store)
    key = (store.path, current, period.since, period.until)
    with _guard:
        found = _briefings.get(key)
        build = _builds.setdefault(key, threading.Lock()) if found is None else None
    if build is None:
        return current, found
    with build:
        with _guard:
            found = _briefings.get(key)
        if found is None:
            found = build_briefing(store, since=period.since, until=period.until)
            with _guard:
                _briefings[key] = found
                _builds.pop(key, None)
                while len(_briefings) > BRIEFINGS_KEPT:
                    _briefings.popitem(last=False)
    return current, found
