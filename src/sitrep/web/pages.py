"""HTML pages from the Jinja2 templates in web/templates.

Rendering lives apart from the routes so that `sitrep brief --format html` prints the same
briefing page the server shows, only with the stylesheet inlined (``standalone``) to make
one self-contained file that opens offline.
"""

from __future__ import annotations

from functools import lru_cache
from http import HTTPStatus
from importlib import resources
from typing import TYPE_CHECKING, Any

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from sitrep.brief.map import render_svg
from sitrep.brief.model import Briefing
from sitrep.brief.render import map_data
from sitrep.facts import FACT_KINDS, Document
from sitrep.web import highlight

if TYPE_CHECKING:  # the CLI renders briefings without loading the web framework
    from sitrep.web.deps import Period
    from sitrep.web.queries import ArticleList

_env = Environment(
    loader=PackageLoader("sitrep.web", "templates"),
    autoescape=select_autoescape(default=True),
    trim_blocks=True,
    lstrip_blocks=True,
)


@lru_cache(maxsize=1)
def stylesheet() -> str:
    return resources.files("sitrep.web").joinpath("static/sitrep.css").read_text()


def period_label(since: str | None, until: str | None) -> str:
    if since and until:
        return f"{since} to {until}"
    if since or until:
        return f"since {since}" if since else f"until {until}"
    return "all reports"


_env.globals.update(FACT_KINDS=FACT_KINDS, kind_css=highlight.SINGULAR, period_label=period_label)


def briefing_page(briefing: Briefing, standalone: bool = False) -> str:
    """The daily read: four sections of sourced statements, then the map and its places."""
    points = map_data(briefing)
    return _render(
        "briefing.html", standalone,
        briefing=briefing,
        statements=sum(len(s.statements) for s in briefing.sections),
        map_svg=Markup(render_svg(points)) if points else None,
    )


def articles_page(listing: ArticleList, period: Period, counts: dict[str, int], newer: str | None,
                  older: str | None) -> str:
    return _render("articles.html", listing=listing, period=period, counts=counts, newer=newer, older=older)


def article_page(article: dict[str, Any], document: Document) -> str:
    """The text with every fact marked, so a briefing's source link lands on its evidence."""
    return _render(
        "article.html",
        article=article,
        document=document,
        body=highlight.markup(document.text, highlight.marks(document)),
        facts=highlight.fact_items(document),
    )


def error_page(status: int, message: str) -> str:
    return _render("error.html", status=status, title=HTTPStatus(status).phrase, message=message)


def _render(template: str, standalone: bool = False, **context: Any) -> str:
    return _env.get_template(template).render(
        standalone=standalone,
        css=Markup(stylesheet()) if standalone else None,
        **context,
    )
