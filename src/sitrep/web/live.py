"""Keeping up with the store: an event stream, the briefing's and the article list's bodies
alone, and an Atom feed.

``/api/stream`` tells an open briefing or article list page that the store changed (an
ingest or a fusion, say by `sitrep watch`); the page then fetches its fragment
(``/fragments/briefing``, ``/fragments/articles``) for its period and swaps the body in.
Each connection polls the store's stamp (two primary-key lookups) once a second on its own
connection: simpler than a shared watcher, and cheap for the handful of
readers a local server has. The stamp is the event id, so a reconnecting browser (which
sends Last-Event-ID) or a page that passes the stamp it was built from hears at once about
anything it missed, and nothing twice.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import APIRouter, Header, Query, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.sse import EventSourceResponse, ServerSentEvent

from sitrep.store.sqlite import Store
from sitrep.web import pages, queries
from sitrep.web.deps import PageDep, PeriodDep, SearchDep, StoreDep

POLL_SECONDS = 1.0
RETRY_MS = 2000  # how soon a browser reconnects after losing the stream

router = APIRouter(tags=["live"])
STREAM_PATH = "/api/stream"


@router.get(STREAM_PATH, response_class=EventSourceResponse, summary="Server-sent events when the store changes")
async def stream(
    request: Request,
    stamp: Annotated[str | None, Query(description="the stamp the client's briefing was built from")] = None,
    last_event_id: Annotated[str | None, Header(description="sent by a reconnecting EventSource")] = None,
) -> AsyncIterator[ServerSentEvent]:
    """An endless `text/event-stream`: a `briefing` event, with the store's new stamp as its
    id and data, whenever articles are ingested or fused. Without a known stamp, the first
    event comes at once. Comments keep the connection alive while nothing happens; the stream
    ends when the reader leaves or the server stops."""
    seen = last_event_id or stamp
    with Store(request.app.state.db_path) as store:
        while not _stopping(request) and not await request.is_disconnected():
            current = await asyncio.to_thread(queries.stamp, store)
            if current != seen:
                seen = current
                yield ServerSentEvent(event="briefing", id=current, data={"stamp": current}, retry=RETRY_MS)
            await asyncio.sleep(POLL_SECONDS)


def _stopping(request: Request) -> bool:
    """Whether the server running the app (set by `sitrep serve`) has been told to stop: the
    stream then ends by itself instead of being cut mid-wait."""
    server = getattr(request.app.state, "server", None)
    return bool(getattr(server, "should_exit", False))


@router.get("/fragments/briefing", include_in_schema=False, response_class=HTMLResponse)
def fragment(store: StoreDep, period: PeriodDep) -> HTMLResponse:
    """The briefing's body for the period; the X-Sitrep-Stamp header says what state it shows."""
    stamp, briefing = queries.briefing(store, period)
    return HTMLResponse(pages.briefing_fragment(briefing), headers={"X-Sitrep-Stamp": stamp})


@router.get("/fragments/articles", include_in_schema=False, response_class=HTMLResponse)
def articles_fragment(request: Request, store: StoreDep, period: PeriodDep, page: PageDep, words: SearchDep) -> HTMLResponse:
    """The article list's body for the period, page and words, its pager's links those of the
    page it is swapped into; the X-Sitrep-Stamp header says what state it shows."""
    stamp = queries.stamp(store)
    listing = queries.article_list(store, period, page, words)
    links = listing.links(request.url.replace(path="/articles"))
    return HTMLResponse(pages.articles_fragment(listing, period, store.counts(), *links, words=words),
                        headers={"X-Sitrep-Stamp": stamp})


@router.get("/briefing.atom", summary="The briefing's developments as an Atom feed", response_class=Response,
            responses={200: {"content": {"application/atom+xml": {}}, "description": "an Atom 1.0 feed"}})
def atom(request: Request, store: StoreDep, period: PeriodDep) -> Response:
    """One entry per development in the briefing, best first: the summary as title, the newest
    report's date as updated, the outlets as authors, and a link to the reporting span."""
    _, briefing = queries.briefing(store, period)
    feed = pages.atom_feed(briefing, str(request.base_url).rstrip("/"), str(request.url))
    return Response(feed, media_type="application/atom+xml")
