"""What every route takes from a request: a store, a period, a page.

Declared once here so the HTML views and the JSON API accept the same query parameters
with the same validation, and so a new router (live updates, say) gets them for free.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Query, Request

from sitrep.store.sqlite import Store

DATE = r"^(\d{4}(-\d{2}(-\d{2}([T ][0-9:]+)?)?)?)?$"  # empty: the period form left blank
PAGE_SIZE = 50


def store(request: Request) -> Iterator[Store]:
    """One SQLite connection per request: nothing shared between threads, WAL lets readers run
    while `sitrep ingest` writes."""
    with Store(request.app.state.db_path) as opened:
        yield opened


@dataclass
class Period:
    since: str | None
    until: str | None


def period(
    since: Annotated[str | None, Query(pattern=DATE, description="first publication date, ISO (2022-03-01)")] = None,
    until: Annotated[str | None, Query(pattern=DATE, description="last publication date, inclusive")] = None,
) -> Period:
    return Period(since or None, until or None)


@dataclass
class Page:
    limit: int
    offset: int


def page(
    limit: Annotated[int, Query(ge=1, le=500, description="articles per page")] = PAGE_SIZE,
    offset: Annotated[int, Query(ge=0, description="articles to skip, newest first")] = 0,
) -> Page:
    return Page(limit, offset)


StoreDep = Annotated[Store, Depends(store)]
PeriodDep = Annotated[Period, Depends(period)]
PageDep = Annotated[Page, Depends(page)]
