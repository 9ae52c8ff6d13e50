"""Briefing renderers: Markdown for reading and pasting, JSON for machines, HTML for the web.

Each statement ends with its sources: outlet, date and a link to the character span in the
article, so nothing in a briefing stands without its origin. The helpers below decide what
a line says (badges, "reported by", a figure with its qualifier); the Markdown here and the
HTML templates both call them, so the two formats never drift apart.

Links are relative (``/articles/1#span-3-9``) unless ``link_base`` names a running server:
a briefing file mailed or archived can then still open its sources there.
"""

from __future__ import annotations

import base64
import itertools
import json
import re
from collections.abc import Callable

from sitrep.brief.chart import amount, series_svg
from sitrep.brief.model import (Briefing, ControlClaim, Series, SeriesPoint, Source, Statement, as_of_label, by_article, readable,
                                series_title)
from sitrep.fuse.figures import AID_CATEGORIES, COMBATANTS
from sitrep.timex import chronological

MAP_POINTS = 60
# Figure series shown in full before the rest fold away (HTML) or shrink to one line each
# (Markdown): a store of 500 articles holds some 90 aid series, most of them a single figure.
SERIES_SHOWN = 12
AID_ROLES = {"planned": "pledge", "hypothetical": None, "denied": None}  # by status; any other is a delivery
APPROX = {"about": "about", "more_than": "more than", "less_than": "less than", "at_least": "at least",
          "up_to": "up to"}


def render(briefing: Briefing, fmt: str = "md", link_base: str | None = None) -> str:
    if fmt == "json":
        return json.dumps(briefing.to_json(), ensure_ascii=False, indent=2) + "\n"
    if fmt == "html":
        from sitrep.web.pages import briefing_page

        return briefing_page(briefing, standalone=True, link_base=link_base or "")
    return markdown(briefing, link_base or "")


# -- what a line says, for every format ------------------------------------------------------

def badges(statement: Statement) -> list[str]:
    """Type, mode and status of a development; aid also says whether it is a pledge or a delivery,
    and neither when it is only supposed or denied ("Georgia could send tanks", "denied sending
    arms"): aid trackers count no commitment there, and its status badge says why."""
    if statement.kind != "development":
        return []
    role = AID_ROLES.get(statement.status or "", "delivery") if statement.type == "AID" else None
    return [b for b in (statement.type, statement.mode, statement.status, role) if b]


def reported_by(statement: Statement) -> str:
    """How widely a development is reported, saying only what is known: "reported by 3 outlets"
    when every report names its outlet, else the number of reports (a corpus without outlet
    names, such as one newspaper's archive, is not many outlets)."""
    reports = len({s.article_id for s in statement.sources}) or statement.outlets
    outlets = {s.outlet for s in statement.sources if s.outlet}
    if outlets and all(s.outlet for s in statement.sources):
        extra = f" in {reports} reports" if reports > len(outlets) else ""
        return f"reported by {_count(len(outlets), 'outlet')}{extra}"
    named = f", {_count(len(outlets), 'named outlet')}" if outlets else ""
    return f"{_count(reports, 'report')}{named}"


def shown_date(statement: Statement) -> tuple[str, str] | None:
    """("date", the day it happened), or for a development the text does not date ("reported",
    the day of its first report): a publication time is no time of the event."""
    if not statement.date:
        return None
    day = statement.date[:10] if re.match(r"\d{4}-\d\d-\d\dT", statement.date) else readable(statement.date)
    return ("reported", day) if statement.kind == "development" and not statement.dated else ("date", day)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def figure(point: SeriesPoint) -> str:
    """"more than 12,000", as the source put it; a figure the source gave only in words of
    magnitude keeps them, with the bound they set: "tens of thousands (at least 10,000)"; a
    range keeps both ends ("100 to 200", not its bottom alone)."""
    value = "?" if point.value is None else amount(point.value)
    if point.value is not None and point.high is not None and point.high > point.value:
        value = f"{value} to {amount(point.high)}"
    bound = f"{APPROX[point.approx]} {value}" if point.approx in APPROX else value
    return f"{point.written} ({bound})" if point.vague else bound


def claim_mark(point: SeriesPoint) -> str | None:
    return f"claim of {point.claim_of}" if point.claim_of else None


def by_date(series: Series) -> list[tuple[str | None, list[SeriesPoint]]]:
    """The series' points grouped by as-of date, oldest first: disagreeing figures share a row."""
    rows: dict[str | None, list[SeriesPoint]] = {}
    for point in series.points:
        rows.setdefault(point.as_of, []).append(point)
    return sorted(rows.items(), key=lambda row: chronological(row[0]))


def aid_series(briefing: Briefing) -> list[Series]:
    """Aid series of a named donor first, most reported first within each: aid trackers count
    per donor, and a series of no donor gathers sums of several that no text told apart."""
    return sorted((s for s in briefing.series if s.category in AID_CATEGORIES), key=lambda s: s.donor is None)


def human_series(briefing: Briefing) -> list[Series]:
    """Counts of people, the civilians' first: fighters' losses ("killed (RU combatants)") after
    them, and last counts placed outside the war's countries, however often reported."""
    return sorted((s for s in briefing.series if s.category not in AID_CATEGORIES), key=lambda s: (s.outside_war, COMBATANTS in (s.unit or "")))


def control_label(claim: ControlClaim) -> str:
    """The claimed act (capture, recapture, withdrawal, surrender, encirclement); a claim made without one, a capture or a withdrawal by its type."""
    return claim.act or ("withdrawal" if claim.type == "RETREAT" else "capture")


def svg_data_uri(svg: str) -> str:
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode()).decode()


def map_data(briefing: Briefing, link_base: str = "") -> list[dict]:
    """The map's points as render_svg and the web app's script take them: places sized by
    mentions, then one control marker per claimed place (a claim on a village the gazetteer
    lacks has no point, and is listed under the map only)."""
    places = [
        {"name": p.name, "lat": p.lat, "lon": p.lon, "count": p.count, "kind": p.kind,
         "href": link_base + p.sources[0].anchor if p.sources else None, "articles": len(p.sources)}
        for p in briefing.places[:MAP_POINTS]
    ]
    spots: dict[tuple[float, float], list[ControlClaim]] = {}
    for claim in briefing.control:
        if claim.lat is not None and claim.lon is not None:
            spots.setdefault((claim.lat, claim.lon), []).append(claim)  # "X", "part of X", "near X": one point
    return places + [_claims_point(claims, link_base) for claims in spots.values()]


def claims_by_place(control: list[ControlClaim]) -> list[tuple[str, list[ControlClaim]]]:
    """(place, its claims) for each place (namesakes apart), as the section lists them: together."""
    return [(place, list(group)) for (place, _, _), group in itertools.groupby(control, key=lambda c: (c.place, c.lat, c.lon))]


MARKED_AS = {"recapture": "capture", "surrender": "withdrawal"}  # the map draws the way ground went, not each act


def _claims_point(claims: list[ControlClaim], link_base: str) -> dict:
    """One marker for every claim at a point (about the place, part of it or near it), its
    tooltip telling them all: drawn one per claim, the markers of a contested town lay on one
    spot and only the top one could be read.
    The marker says which way the claims go (a capture, a withdrawal, an encirclement, or
    several of these told) and whether they are all denials."""
    ways = {MARKED_AS.get(control_label(c), control_label(c)) for c in claims}
    first = claims[0]
    return {
        "name": min((c.place for c in claims), key=len), "lat": first.lat, "lon": first.lon, "marker": ways.pop() if len(ways) == 1 else "several",
        "denied": all(c.status == "denied" for c in claims),
        "title": "; ".join(f"{place}: " + "; ".join(_claim_words(c) for c in told) for place, told in claims_by_place(claims)),
        "href": link_base + first.sources[0].anchor if first.sources else None,
    }


def _claim_words(claim: ControlClaim) -> str:
    """A claim as one line: the act and its status, by whom, when, on whose word."""
    who = f" by {', '.join(claim.actors)}" if claim.actors else ""
    said = f", according to {claim.according_to}" if claim.according_to else ""
    return f"{control_label(claim)} ({claim.status}){who}, {claim.date or 'undated'}{said}"


# -- Markdown --------------------------------------------------------------------------------

MD_SPECIAL = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "[": "\\[", "]": "\\]"})


def md(value: object) -> str:
    """Text from the articles, safe in Markdown: most viewers render inline HTML (a title
    "<img onerror=...>" would run), and a bracket in a title breaks the ``[label](link)``."""
    return str(value).translate(MD_SPECIAL)


def cite(source: Source, link_base: str = "") -> str:
    return f"[{md(source.label)}]({link_base}{source.anchor})"


def cite_article(spans: list[Source], link_base: str = "") -> str:
    """One article's citation: its label linked to the first span, its other spans numbered
    after it ("[Outlet, date, title](…) ([2](…), [3](…))")."""
    more = ", ".join(f"[{n}]({link_base}{s.anchor})" for n, s in enumerate(spans[1:], start=2))
    return cite(spans[0], link_base) + (f" ({more})" if more else "")


def markdown(briefing: Briefing, link_base: str = "") -> str:
    def cites(sources: list[Source]) -> str:
        return " ".join(cite_article(spans, link_base) for spans in by_article(sources))

    period = " to ".join(p for p in (briefing.since, briefing.until) if p) or "all reports"
    lines = [f"# Situation briefing ({period})", "",
             f"_{briefing.articles} articles; generated {briefing.generated}_", ""]
    extras: dict[str, Callable[[], list[str]]] = {
        "diplomacy": lambda: _itineraries_md(briefing, cites),
        "military_aid": lambda: _series_md("Aid figures", aid_series(briefing), cites, charts=False),
        "civilians": lambda: _series_md("Figures over time", human_series(briefing), cites, charts=True),
    }
    for section in briefing.sections:
        lines += [f"## {section.title}", ""]
        if not section.statements:
            lines += ["_Nothing reported in this period._", ""]
        for statement in section.statements:
            lines += _statement_md(statement, cites)
        lines.append("")
        lines += extras.get(section.key, list)()
        if section.aside:
            lines += [f"### {section.aside_title}", ""]
            for statement in section.aside:
                lines += _statement_md(statement, cites)
            lines.append("")
    lines += _map_md(briefing, cites, link_base)
    return "\n".join(lines) + "\n"


def _statement_md(statement: Statement, cites: Callable[[list[Source]], str]) -> list[str]:
    """The text and its sources; below, badges, outlets and facts; then the key quotes."""
    about = [f"`{b}`" for b in badges(statement)]
    if statement.kind == "development":
        about.append(reported_by(statement))
    when = shown_date(statement)
    facts = "; ".join(
        f"{label}: {', '.join(md(v) for v in values)}"
        for label, values in ((when[0] if when else "date", [when[1]] if when else []), ("who", statement.who),
                              ("where", statement.where), ("when", statement.when))
        if values
    )
    if facts:
        about.append(f"_{facts}_")
    lines = [f"- {md(statement.text)} {cites(statement.sources)}"]
    if about:
        lines.append(f"  <br>{' · '.join(about)}")
    for quote in statement.quotes:
        speaker = md(", ".join(part for part in (quote.speaker, quote.title) if part))
        said = f"“{md(quote.text)}” — {speaker}" if quote.direct else f"{speaker}, {quote.reported_label}: {md(quote.text)}"
        lines.append(f"  - {said} {cites([quote.source])}")
    return lines


def _itineraries_md(briefing: Briefing, cites: Callable[[list[Source]], str]) -> list[str]:
    if not briefing.itineraries:
        return []
    lines = ["### Itineraries", ""]
    for itinerary in briefing.itineraries:
        titles = f" ({md(', '.join(itinerary.titles))})" if itinerary.titles else ""
        lines += [f"**{md(itinerary.who)}**{titles}", ""]
        lines += [f"1. {leg.date or 'undated'} · {md(leg.place)} · {leg.mode or 'visit'} · `{leg.status}`"
                  f"{' · with ' + md(', '.join(leg.met)) if leg.met else ''} {cites(leg.sources)}"
                  for leg in itinerary.legs]
        lines.append("")
    return lines


def _series_md(title: str, series: list[Series], cites: Callable[[list[Source]], str], charts: bool) -> list[str]:
    """The SERIES_SHOWN most reported series in full, each of the rest in one line (its latest
    figures and how many points it has): a reader finds the main counts without scrolling past
    dozens of one-figure tables, and every figure still has its source a click away."""
    if not series:
        return []
    lines = [f"### {title}", ""]
    for item in series[:SERIES_SHOWN]:
        lines += [f"#### {md(series_title(item))}", ""]
        chart = series_svg(item) if charts else None
        if chart:
            lines += [f"![Chart of {md(series_title(item))}]({svg_data_uri(chart)})", ""]
        lines += ["| As of | Figures (sources side by side) |", "| --- | --- |"]
        for as_of, points in by_date(item):
            lines.append(f"| {as_of_label(as_of)} | {_figures_md(points, cites)} |")
        lines.append("")
    rest = series[SERIES_SHOWN:]
    if rest:
        lines += [f"#### {len(rest)} more series, fewer reported: the latest figures of each", ""]
        lines += [_series_line(item, cites) for item in rest]
        lines.append("")
    return lines


def _series_line(series: Series, cites: Callable[[list[Source]], str]) -> str:
    as_of, points = by_date(series)[-1]  # its last date's figures
    earlier = len(series.points) - len(points)
    more = f" ({_count(earlier, 'earlier figure')})" if earlier else ""
    return f"- {md(series_title(series))}, {as_of_label(as_of)}: {_figures_md(points, cites)}{more}"


def _figures_md(points: list[SeriesPoint], cites: Callable[[list[Source]], str]) -> str:
    """A date's figures side by side, each with whose count it is and its reports."""
    return "; ".join(" ".join(part for part in (f"**{md(figure(p))}**", _according(p), cites(p.sources)) if part) for p in points)


def _according(point: SeriesPoint) -> str:
    said = f"according to {md(point.according_to)}" if point.according_to else ""
    mark = claim_mark(point)
    return f"{said} **({mark})**".strip() if mark else said


def _map_md(briefing: Briefing, cites: Callable[[list[Source]], str], link_base: str) -> list[str]:
    from sitrep.brief.map import render_svg

    lines = ["## Map", ""]
    if briefing.places:
        lines += [f"![Map of reported places]({svg_data_uri(render_svg(map_data(briefing, link_base)))})", ""]
    for point in briefing.places[:MAP_POINTS]:
        where = f"{point.lat:.2f}, {point.lon:.2f}"
        lines.append(f"- **{md(point.name)}** ({point.kind or 'place'}, {point.country or '-'}; {where}): "
                     f"{point.count} mentions in {len(point.sources)} articles, e.g. {cites(point.sources[:1])}")
    if briefing.control:
        lines += ["", "### Control claims", ""]
        for place, claims in claims_by_place(briefing.control):
            lines.append(f"- **{md(place)}**")
            for claim in claims:
                who = md(", ".join(claim.actors)) or "unnamed forces"
                said = f", according to {md(claim.according_to)}" if claim.according_to else ""
                lines.append(f"  - {control_label(claim)} by {who} (`{claim.status}`), {claim.date or 'undated'}{said} {cites(claim.sources)}")
    return lines
