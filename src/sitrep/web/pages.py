"""HTML pages (and the Atom feed) from the Jinja2 templates in web/templates.

Rendering lives apart from the routes so that `sitrep brief --format html` prints the same
briefing page the server shows, only with the stylesheet inlined (``standalone``) to make
one self-contained file that opens offline. The briefing's body is a template of its own,
so the live page can fetch it alone and swap it in.
"""

from __future__ import annotations

import re
from datetime import datetime, timezone
from functools import lru_cache
from http import HTTPStatus
from importlib import resources
from typing import TYPE_CHECKING, Any

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape

from sitrep.brief.chart import series_svg
from sitrep.brief.map import render_svg
from sitrep.brief.model import Briefing, Series, by_article
from sitrep.brief.render import (aid_series, as_of_label, badges, by_date, claim_mark, control_label, figure, human_series,
                                 SERIES_SHOWN, map_data, reported_by, series_title, shown_date)
from sitrep.facts import FACT_KINDS, Document
from sitrep import timex
from sitrep.urls import web_url
from sitrep.web import highlight

if TYPE_CHECKING:  # the CLI renders briefings without loading the web framework
    from sitrep.web.deps import Period
    from sitrep.web.queries import ArticleList

PLACES_SHOWN = 30  # rows of the map's places table before the rest fold away: a store of 500 articles names 260 places

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


def form_day(bound: str | None, last: bool = False) -> str:
    """A period bound as a date box holds it: a day. A month or a year ("2022-03", which the
    address, the API and the CLI take) is its first day, or with ``last`` its last, so the
    box shows the period asked for and the form, sent again, keeps it rather than dropping it."""
    span = timex.period((bound or "")[:10])
    return span[1 if last else 0].isoformat() if span else (bound or "")


def chart(series: Series) -> Markup | None:
    svg = series_svg(series)
    return Markup(svg) if svg else None


def inline_code(text: str | None) -> Markup:
    """A description's `backticked` words as code, the rest escaped: OpenAPI descriptions are
    Markdown, and the reference page shows them without a Markdown renderer."""
    parts = re.split(r"`([^`]+)`", text or "")
    return Markup("").join(Markup("<code>{}</code>").format(part) if i % 2 else escape(part) for i, part in enumerate(parts))


_env.filters["inline_code"] = inline_code
_env.filters["web_url"] = web_url  # only http(s) addresses become links (untrusted input)
_env.globals.update(
    FACT_KINDS=FACT_KINDS, kind_css=highlight.SINGULAR, period_label=period_label, form_day=form_day, chart=chart,
    as_of_label=as_of_label, badges=badges, reported_by=reported_by, shown_date=shown_date, figure=figure, claim_mark=claim_mark, by_date=by_date,
    series_title=series_title, control_label=control_label, by_article=by_article, PLACES_SHOWN=PLACES_SHOWN,
    SERIES_SHOWN=SERIES_SHOWN,
)


def briefing_page(briefing: Briefing, standalone: bool = False, link_base: str = "", stamp: str | None = None) -> str:
    """The daily read: four sections of sourced statements, then the map, places and control claims.

    ``stamp`` (the store's state the briefing was built from) lets the page script ask the
    event stream for anything newer; a standalone file has none and no script.
    """
    return _render("briefing.html", standalone, stamp=stamp, **_briefing_context(briefing, link_base))


def briefing_fragment(briefing: Briefing) -> str:
    """The briefing's body alone, for the live page to swap in."""
    return _render("briefing_body.html", **_briefing_context(briefing, ""))


def _briefing_context(briefing: Briefing, link_base: str) -> dict[str, Any]:
    points = map_data(briefing, link_base)
    return {
        "briefing": briefing,
        "link_base": link_base,
        "statements": sum(len(s.statements) for s in briefing.sections),
        "map_svg": Markup(render_svg(points)) if points else None,
        "aid_series": aid_series(briefing),
        "human_series": human_series(briefing),
    }


def articles_page(listing: ArticleList, period: Period, counts: dict[str, int], newer: str | None,
                  older: str | None, words: str | None = None, stamp: str | None = None) -> str:
    """The article list; ``stamp`` (the store's state it shows) lets the page script follow the store."""
    return _render("articles.html", listing=listing, period=period, counts=counts, newer=newer, older=older, words=words,
                   stamp=stamp)


def articles_fragment(listing: ArticleList, period: Period, counts: dict[str, int], newer: str | None,
                      older: str | None, words: str | None = None) -> str:
    """The article list's body alone, for the live page to swap in."""
    return _render("articles_body.html", listing=listing, period=period, counts=counts, newer=newer, older=older,
                   words=words)


def article_page(article: dict[str, Any], document: Document) -> str:
    """The text with every fact marked, so a briefing's source link lands on its evidence."""
    return _render(
        "article.html",
        article=article,
        document=document,
        body=highlight.markup(document.text, highlight.marks(document, article.get("body_start") or 0)),
        facts=highlight.fact_items(document),
    )


def atom_feed(briefing: Briefing, base_url: str, self_url: str) -> str:
    """The briefing's developments as Atom entries; ``base_url`` makes the span links absolute."""
    developments = {id(s): s for section in briefing.sections for s in (*section.statements, *section.aside) if s.kind == "development"}
    return _env.get_template("briefing.atom").render(
        briefing=briefing, developments=list(developments.values()), base_url=base_url, self_url=self_url,
        period=period_label(briefing.since, briefing.until), timestamp=atom_time,
    )


def atom_time(value: str | None, fallback: str) -> str:
    """An RFC 3339 instant, as Atom requires: a report's date becomes its midnight UTC, a
    time without a zone is taken as UTC, and a date with an unknown year gives the fallback."""
    try:
        moment = datetime.fromisoformat(value or "")
    except ValueError:
        return fallback
    return (moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)).isoformat()


def docs_page(spec: dict[str, Any]) -> str:
    """The API reference from the OpenAPI description, without Swagger UI's scripts from a CDN."""
    operations = [
        {"method": method.upper(), "path": path, **operation}
        for path, methods in spec.get("paths", {}).items()
        for method, operation in methods.items()
    ]
    return _render("docs.html", spec=spec, operations=operations, schema_name=schema_name, schema_limits=schema_limits)


def schema_name(schema: dict[str, Any] | None) -> str:
    """A schema as the reference names it: its component name, or its type."""
    schema = schema or {}
    if "$ref" in schema:
        return schema["$ref"].rsplit("/", 1)[-1]
    if schema.get("type") == "array":
        return f"list of {schema_name(schema.get('items'))}"
    for combined in ("anyOf", "oneOf", "allOf"):
        if combined in schema:
            return " or ".join(schema_name(part) for part in schema[combined])
    return schema.get("type", "any")


def schema_limits(schema: dict[str, Any] | None) -> str:
    """What a parameter's schema allows beyond its type, as the reference says it: "1 to 500,
    default 50" (a bound too large to matter, such as the largest id SQLite holds, left out)."""
    schema = schema or {}
    low, high = schema.get("minimum"), schema.get("maximum")
    high = high if high is None or high < 2**53 else None
    parts = [f"{low} to {high}" if low is not None and high is not None
             else f"at least {low}" if low is not None else f"at most {high}" if high is not None else ""]
    if schema.get("default") is not None:
        parts.append(f"default {schema['default']}")
    return ", ".join(part for part in parts if part)


def error_page(status: int, message: str) -> str:
    return _render("error.html", status=status, title=HTTPStatus(status).phrase, message=message)


def _render(template: str, standalone: bool = False, **context: Any) -> str:
    return _env.get_template(template).render(
        standalone=standalone,
        css=Markup(stylesheet()) if standalone else None,
        **context,
    )
