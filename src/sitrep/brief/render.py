"""Briefing renderers: Markdown for reading and pasting, JSON for machines, HTML for the web.

Each statement ends with its sources: outlet, date and a link to the character span in the
article, so nothing in a briefing stands without its origin.
"""

from __future__ import annotations

import base64
import json

from sitrep.brief.model import Briefing, Source

MAP_POINTS = 60


def render(briefing: Briefing, fmt: str = "md") -> str:
    if fmt == "json":
        return json.dumps(briefing.to_json(), ensure_ascii=False, indent=2) + "\n"
    if fmt == "html":
        from sitrep.web.pages import briefing_page

        return briefing_page(briefing, standalone=True)
    return markdown(briefing)


def cite(source: Source) -> str:
    label = ", ".join(part for part in (source.outlet, source.published, source.title) if part) or f"article {source.article_id}"
    return f"[{label}]({source.anchor})"


def markdown(briefing: Briefing) -> str:
    period = " to ".join(p for p in (briefing.since, briefing.until) if p) or "all reports"
    lines = [f"# Situation briefing ({period})", "",
             f"_{briefing.articles} articles; generated {briefing.generated}_", ""]
    for section in briefing.sections:
        lines += [f"## {section.title}", ""]
        if not section.statements:
            lines += ["_Nothing reported in this period._", ""]
        for statement in section.statements:
            facts = "; ".join(
                f"{label}: {', '.join(values)}"
                for label, values in (("who", statement.who), ("where", statement.where), ("when", statement.when))
                if values
            )
            lines.append(f"- {statement.text} {' '.join(cite(s) for s in statement.sources)}")
            if facts:
                lines.append(f"  <br>_{facts}_")
        lines.append("")
    lines += ["## Map", ""]
    if briefing.places:
        lines += [f"![Map of reported places](data:image/svg+xml;base64,{_map_svg_base64(briefing)})", ""]
    for point in briefing.places[:MAP_POINTS]:
        where = f"{point.lat:.2f}, {point.lon:.2f}"
        lines.append(f"- **{point.name}** ({point.kind or 'place'}, {point.country or '-'}; {where}): "
                     f"{point.count} mentions in {len(point.sources)} articles, e.g. {cite(point.sources[0])}")
    return "\n".join(lines) + "\n"


def _map_svg_base64(briefing: Briefing) -> str:
    from sitrep.brief.map import render_svg

    svg = render_svg(map_data(briefing))
    return base64.b64encode(svg.encode()).decode()


def map_data(briefing: Briefing) -> list[dict]:
    """The map's points as render_svg and the web app's script take them."""
    return [
        {"name": p.name, "lat": p.lat, "lon": p.lon, "count": p.count, "kind": p.kind,
         "href": p.sources[0].anchor if p.sources else None, "articles": len(p.sources)}
        for p in briefing.places[:MAP_POINTS]
    ]
