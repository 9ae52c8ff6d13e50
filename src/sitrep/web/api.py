"""The JSON API under /api: the same articles, facts and briefing the pages show."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, HTTPException, Request

from sitrep.brief.model import Briefing
from sitrep.facts import Document
from sitrep.web import queries, schemas
from sitrep.web.deps import ArticleId, PageDep, PeriodDep, SearchDep, StoreDep

router = APIRouter(prefix="/api", tags=["api"])
NOT_FOUND = {404: {"description": "no such article"}}


@router.get("/articles", response_model=schemas.ArticleList, summary="List articles, newest first")
def articles(request: Request, store: StoreDep, period: PeriodDep, page: PageDep, words: SearchDep) -> dict[str, Any]:
    """Stored articles (near-copies folded into their original), filtered by publication
    period and, with `q`, by words their title or text holds, with counts of extracted facts.
    Follow `next` for the following page."""
    listing = queries.article_list(store, period, page, words)
    return {"items": [_linked(item) for item in listing.items], "limit": page.limit, "offset": page.offset,
            "total": listing.total, "next": listing.links(request.url)[1]}


@router.get("/articles/{article_id}", response_model=schemas.ArticleDetail, summary="One article with its text",
            responses=NOT_FOUND)
def article(article_id: ArticleId, store: StoreDep) -> dict[str, Any]:
    """The stored article: metadata, how its date was found, full text and fact counts."""
    return _linked(_found(queries.article_row(store, article_id), article_id))


@router.get("/articles/{article_id}/facts", response_model=Document, summary="An article's facts (extract-v1)",
            responses=NOT_FOUND)
def facts(article_id: ArticleId, store: StoreDep) -> dict[str, Any]:
    """The article as one extract-v1 document, exactly as `sitrep extract` prints it:
    character offsets of every fact index the `text` field."""
    _, document = _found(queries.article_detail(store, article_id), article_id)
    return document.to_json()


BRIEFING_SHAPE = {200: {"model": Briefing, "description": "the briefing; every source object also carries `link` (its span on the "
                                                            "article page) and `label` (outlet and date)"}}


@router.get("/briefing", summary="The briefing for a period", responses=BRIEFING_SHAPE)
def briefing(store: StoreDep, period: PeriodDep) -> dict[str, Any]:
    """Sections of sourced statements and the map's places, as `sitrep brief --format json`
    prints them; every source has a `link` to its span on the article page."""
    return queries.briefing(store, period)[1].to_json()


def _found(result: Any, article_id: int) -> Any:
    if result is None:
        raise HTTPException(status_code=404, detail=f"no article {article_id}")
    return result


def _linked(row: dict[str, Any]) -> dict[str, Any]:
    return {**row, "link": f"/articles/{row['id']}"}
