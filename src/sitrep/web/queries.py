"""The web app's reads, on top of the Store: article lists with fact counts, pages of results.

The HTML views and the JSON API both call these, so a page and its API twin always show
the same articles in the same order.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from starlette.datastructures import URL

from sitrep.facts import FACT_KINDS, Document
from sitrep.store.sqlite import Store
from sitrep.web.deps import Page, Period


@dataclass
class ArticleList:
    items: list[dict[str, Any]]
    page: Page
    more: bool  # another page follows

    def links(self, url: URL) -> tuple[str | None, str | None]:
        """Addresses of the newer and the older page, other query parameters kept; relative,
        so they hold behind a proxy."""
        def at(offset: int) -> str:
            moved = url.include_query_params(offset=offset, limit=self.page.limit)
            return f"{moved.path}?{moved.query}"

        newer = at(max(self.page.offset - self.page.limit, 0)) if self.page.offset else None
        return newer, at(self.page.offset + self.page.limit) if self.more else None


def fact_counts(document: Document) -> dict[str, int]:
    return {kind: len(getattr(document, kind)) for kind in FACT_KINDS}


def article_list(store: Store, period: Period, page: Page) -> ArticleList:
    """One page of stored articles, newest first, each with how many facts of each kind it holds."""
    rows = store.articles(since=period.since, until=period.until, limit=page.limit + 1, offset=page.offset)
    items = [{**row, "facts": fact_counts(store.document(row["id"]))} for row in rows[: page.limit]]
    return ArticleList(items, page, more=len(rows) > page.limit)


def article_detail(store: Store, article_id: int) -> tuple[dict[str, Any], Document] | None:
    """An article's stored row (fact counts added) and its extract-v1 document, or None."""
    row = store.article(article_id)
    if row is None:
        return None
    document = store.document(article_id)
    return {**row, "facts": fact_counts(document)}, document
