"""The HTML pages: the briefing, the article list, each article with its facts marked, and
the API reference (an offline page of our own: FastAPI's Swagger UI loads its scripts from a CDN)."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse

from sitrep.web import pages, queries
from sitrep.web.deps import ArticleId, PageDep, PeriodDep, SearchDep, StoreDep

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)


@router.get("/")
def briefing(store: StoreDep, period: PeriodDep) -> HTMLResponse:
    stamp, briefing = queries.briefing(store, period)
    return HTMLResponse(pages.briefing_page(briefing, stamp=stamp))


@router.get("/articles")
def articles(request: Request, store: StoreDep, period: PeriodDep, page: PageDep, words: SearchDep) -> HTMLResponse:
    stamp = queries.stamp(store)  # before the reads: a change while they run still reaches the page
    listing = queries.article_list(store, period, page, words)
    return HTMLResponse(pages.articles_page(listing, period, store.counts(), *listing.links(request.url), words=words,
                                            stamp=stamp))


@router.get("/articles/{article_id}")
def article(article_id: ArticleId, store: StoreDep) -> HTMLResponse:
    found = queries.article_detail(store, article_id)
    if found is None:
        raise HTTPException(status_code=404, detail=f"There is no article {article_id} in this database.")
    return HTMLResponse(pages.article_page(*found))


@router.get("/docs")
def docs(request: Request) -> HTMLResponse:
    return HTMLResponse(pages.docs_page(request.app.openapi()))
