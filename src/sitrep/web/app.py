"""The web app: ``create_app(db_path)`` wires routes, static files and error pages together.

Routes live in their own routers (views for HTML, api for JSON, live for the event stream,
the feed and the briefing fragment), reads in queries, the page markup in templates.
FastAPI's own /docs and /redoc are off: they load Swagger UI and ReDoc from a CDN, and
sitrep works offline; views serves /docs from the OpenAPI description instead.
"""

from __future__ import annotations

from http import HTTPStatus
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exception_handlers import http_exception_handler, request_validation_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Receive, Scope, Send

from sitrep.web import api, live, pages, views

DESCRIPTION = """Sourced situation briefings from war and diplomacy news.

Every statement of a briefing links to the character span of the article it comes from;
`/api/articles/{id}/facts` gives an article's facts in the extract-v1 format."""


def create_app(db_path: str | Path) -> FastAPI:
    app = FastAPI(title="sitrep", description=DESCRIPTION, version="0.1.0", docs_url=None, redoc_url=None)
    app.state.db_path = str(db_path)
    app.mount("/static", StaticFiles(packages=[("sitrep.web", "static")]), name="static")
    app.include_router(api.router)
    app.include_router(live.router)
    app.include_router(views.router)
    app.add_exception_handler(HTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _invalid_request)
    app.add_middleware(HeadAsGet)
    return app


class HeadAsGet:
    """HEAD answered as GET is, without the body (the server sends none for HEAD): link
    checkers, feed readers and uptime probes ask HEAD of the pages, the feed and the API,
    which each declared GET alone and answered 405. Not the event stream, which never ends."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] == "HEAD" and scope["path"] != live.STREAM_PATH:
            scope = {**scope, "method": "GET"}
        await self.app(scope, receive, send)


def _is_api(request: Request) -> bool:
    """Whether a machine reads the answer (the API and the feed): errors then come as JSON."""
    path = request.url.path
    return path.startswith("/api/") or path == "/api" or path.endswith(".atom")


async def _http_error(request: Request, exc: HTTPException) -> Response:
    """JSON for the API, as FastAPI answers by default; a page a reader can act on elsewhere."""
    if _is_api(request):
        return await http_exception_handler(request, exc)
    message = str(exc.detail)
    if exc.status_code == 404 and message == HTTPStatus.NOT_FOUND.phrase:
        message = f"There is no page at {request.url.path}."
    return HTMLResponse(pages.error_page(exc.status_code, message), exc.status_code, headers=exc.headers)


async def _invalid_request(request: Request, exc: RequestValidationError) -> Response:
    if _is_api(request):
        return await request_validation_exception_handler(request, exc)
    problems = "; ".join(f"{error['loc'][-1]}: {error['msg']}" for error in exc.errors())
    return HTMLResponse(pages.error_page(400, f"This address asks for something sitrep cannot read ({problems})."), 400)
