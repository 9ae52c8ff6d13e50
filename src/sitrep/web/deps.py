"""What every route takes from a request: a store, a period, a page.

Declared once here so the HTML views and the JSON API accept the same query parameters
with the same validation, and so a new router (live updates, say) gets them for free.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Path, Query, Request
from fastapi.exceptions import RequestValidationError

from sitrep.store.sqlite import Store, search_words
from sitrep.timex import bound_problem, empty_period

PAGE_SIZE = 50
SQLITE_MAX = 2**63 - 1  # the largest integer SQLite stores: a bigger id or offset names nothing


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
    since: Annotated[str | None, Query(description="first publication date: YYYY-MM-DD, YYYY-MM or YYYY (2022-03-01)")] = None,
    until: Annotated[str | None, Query(description="last publication date, inclusive: YYYY-MM-DD, YYYY-MM or YYYY")] = None,
) -> Period:
    """The period asked for; an empty field (the form left blank) is no bound. A bound that
    names no date ("2022-02-30"), a time of day (a period is one of publication dates) or a
    period that ends before it starts is refused, as the CLI refuses it, rather than read as
    text and answered with something else."""
    for name, value in (("since", since), ("until", until)):
        if value and (problem := bound_problem(value)):
            raise _refused(name, problem)
    if empty_period(since, until):
        raise _refused("until", f"since {since} is after until {until}: the period is empty")
    return Period(since or None, until or None)


def _refused(name: str, problem: str) -> RequestValidationError:
    """A refused query parameter in the shape FastAPI gives every validation error (and /docs
    documents): a list of {loc, msg, type}."""
    return RequestValidationError([{"loc": ("query", name), "msg": problem, "type": "value_error"}])


@dataclass
class Page:
    limit: int
    offset: int


def page(
    limit: Annotated[int, Query(ge=1, le=500, description="articles per page")] = PAGE_SIZE,
    offset: Annotated[int, Query(ge=0, le=SQLITE_MAX, description="articles to skip, newest first")] = 0,
) -> Page:
    return Page(limit, offset)


def search(
    q: Annotated[str | None, Query(max_length=200, description="words the title or text must all hold, each whole "
                                                               "in either case or with a plural or possessive ending "
                                                               "(sanction: sanctions); end one with * for every word it "
                                                               "begins (sanction*: sanctioned); a word of no letter or digit is ignored")] = None,
) -> str | None:
    """The words an article list is searched for; blank (or no word of a letter or digit) is no search."""
    return " ".join(search_words(q)) or None


ArticleId = Annotated[int, Path(ge=1, le=SQLITE_MAX, description="the article's id in this store")]
StoreDep = Annotated[Store, Depends(store)]
PeriodDep = Annotated[Period, Depends(period)]
PageDep = Annotated[Page, Depends(page)]
SearchDep = Annotated[str | None, Depends(search)]
