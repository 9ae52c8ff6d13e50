"""A small SVG line chart of one figure series, drawn by hand.

No chart library and no script: the briefing must open offline and paste into Markdown, so
the chart is a self-contained SVG string, embedded inline in HTML and as a data URI image in
Markdown. Every reported point is a dot (a party's claim a hollow one), so figures that
disagree at the same date stand one above the other; the line joins each date's highest
counted figure, because counts of people fled, killed or displaced are cumulative and the lower
figures at a date are mostly older or narrower counts; a magnitude ("thousands") is a small
ring off the line, a bound rather than a count. A toll (killed, wounded, evacuated) never
falls, so its line runs through the dates whose figure is at or above every earlier one, and
a later lower figure (one day's or one strike's) is a dot below it; so does the count of all
who have fled the war (refugees of no host country). A party's claim is no floor for such a line
where others counted too: it stays a hollow dot, and the line follows the counts. A series with no place (other than
people fled or displaced from the war's country) gathers reports of different incidents, or
of tranches beside totals, so its dots are not joined; nor are the tolls of single attacks
(one strike's 47 dead and another's 10 are no fall from 47 to 10).
"""

from __future__ import annotations

import math
from datetime import date
from html import escape

from sitrep.brief.model import Series, SeriesPoint, as_of_label, series_title
from sitrep.fuse.figures import ONE_ATTACK, SHARE
from sitrep.timex import day

WIDTH, HEIGHT = 480, 180
PLACELESS_TALLIES = ("refugees", "displaced")  # counted without a place, still one quantity
TOLLS = ("killed", "wounded", "evacuated")  # counted since the war began: a toll never falls
# Said on a chart whose never-falling line leaves a lower later figure off it, so a reader
# does not take the dot below for a count the line forgot.
BELOW_NOTE = "line: the highest count so far; dots below: narrower counts"
FLED = "refugees"  # of no host country: all who have fled the war so far, which never falls either
LEFT, RIGHT, TOP, BOTTOM = 48, 16, 14, 28  # room for the axis labels
INK = "#1f5fa8"
RULE = "#d9dee3"
MUTED = "#5f6b77"
FONT = 'font-family="sans-serif" font-size="11"'


def series_svg(series: Series, width: int = WIDTH, height: int = HEIGHT) -> str | None:
    """The series as an SVG chart, or None when its points with a date and a value hold fewer
    than two days: one day's figures show no change over time, and the table lists them."""
    plotted = [(day, p) for p in series.points if p.value is not None and (day := _day(p.as_of))]
    if len({day for day, _ in plotted}) < 2:
        return None
    first, last = min(d for d, _ in plotted), max(d for d, _ in plotted)
    top = nice_ceiling(max(p.value for _, p in plotted))

    def x(day: int) -> float:
        return LEFT + (width - LEFT - RIGHT) * ((day - first) / (last - first) if last > first else 0.5)

    def y(value: float) -> float:
        return height - BOTTOM - (height - TOP - BOTTOM) * value / top

    never_falls = _never_falls(series)
    counted = [(day, p) for day, p in plotted if not p.vague]
    if never_falls and any(not p.claim_of for _, p in counted):
        # a party's claim stays a hollow dot: as the top a toll must never fall below, one
        # inflated claim (2,000 dead) left every later independent count (300, then 350) off the line
        counted = [(day, p) for day, p in counted if not p.claim_of]
    highest: dict[int, float] = {}
    for day, point in counted:
        highest[day] = max(highest.get(day, 0.0), point.value)
    joined_days = _running_top(highest) if never_falls else sorted(highest.items())
    line = "L".join(f"{x(d):.1f},{y(v):.1f}" for d, v in joined_days)
    apart = ONE_ATTACK in (series.unit or "") or series.unit == SHARE  # each a count of its own whole, no quantity over time
    joined = (series.place is not None or series.category in PLACELESS_TALLIES) and not apart and len(joined_days) > 1
    below = joined and len(joined_days) < len(highest)  # dates left off a line that never falls
    grid = [
        f'<line x1="{LEFT}" x2="{width - RIGHT}" y1="{y(v):.1f}" y2="{y(v):.1f}" stroke="{RULE}"/>'
        f'<text x="{LEFT - 6}" y="{y(v) + 4:.1f}" text-anchor="end" fill="{MUTED}" {FONT}>{compact(v)}</text>'
        for v in (0, top / 2, top)
    ]
    days = sorted({first, last})
    ticks = [
        f'<text x="{x(d):.1f}" y="{height - 8}" text-anchor="{_anchor(d, days)}" fill="{MUTED}" {FONT}>'
        f"{date.fromordinal(d).isoformat()}</text>"
        for d in days
    ]
    dots = [_dot(point, x(day), y(point.value)) for day, point in plotted]
    title = escape(series_title(series))
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="sitrep-chart" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img"><title>{title}</title>'
        f'<rect width="{width}" height="{height}" fill="#fff"/>{"".join(grid)}{"".join(ticks)}'
        + (f'<path class="line" d="M{line}" fill="none" stroke="{INK}" stroke-width="2"/>' if joined else "")
        + (f'<text class="note" x="{width - RIGHT}" y="{TOP - 3}" text-anchor="end" fill="{MUTED}" {FONT}>{BELOW_NOTE}</text>'
           if below else "")
        + f'{"".join(dots)}</svg>'
    )


def _never_falls(series: Series) -> bool:
    """Whether the series counts people since the war began: a toll, or everyone who has fled
    it (refugees of no host country; a host country's count falls as people move on or home).
    The placeless count gathers "3.7 million granted protection in the bloc" and one country's
    1.25 million beside the 5.5 million fled, and drawn as one line it fell by millions."""
    return series.category in TOLLS or series.category == FLED and series.place is None


def _running_top(highest: dict[int, float]) -> list[tuple[int, float]]:
    """The days whose figure is at or above every earlier one, in date order: a toll counted so
    far never falls, so a lower figure after a higher one is a narrower count (one day's, one
    strike's, one district's) and stays a dot off the line, not a drop from 5,000 dead to 8."""
    kept: list[tuple[int, float]] = []
    for day, value in sorted(highest.items()):
        if not kept or value >= kept[-1][1]:
            kept.append((day, value))
    return kept


def nice_ceiling(value: float) -> float:
    """The smallest 1, 2 or 5 times a power of ten at or above the value, so ticks read round."""
    if value <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(value))
    return next(step * power for step in (1, 2, 5, 10) if step * power >= value)


def amount(value: float) -> str:
    """A figure as a table prints it: 12,000 for counts, 0.75 for shares."""
    return f"{value:,.0f}" if value == int(value) else f"{value:,.2f}"


def compact(value: float) -> str:
    """1800000 -> 1.8M, 450000 -> 450k: axis labels stay narrow."""
    for size, suffix in ((1e9, "B"), (1e6, "M"), (1e3, "k")):
        if abs(value) >= size:
            return f"{value / size:.3g}{suffix}"
    return f"{value:.3g}"


def _day(as_of: str | None) -> int | None:
    """The plotted day of a point: a day, or a week's Monday; a month only or an unknown
    year is not plotted (the table still lists it)."""
    when = day(as_of)
    return when.toordinal() if when else None


def _anchor(day: int, days: list[int]) -> str:
    if len(days) == 1:
        return "middle"
    return "start" if day == days[0] else "end"


def _dot(point: SeriesPoint, x: float, y: float) -> str:
    """A point: hollow for one party's claim, a small ring for a magnitude ("thousands": a
    lower bound, which the line does not join), filled for a count."""
    claim = f" (claim of {point.claim_of})" if point.claim_of else ""
    written = f"{point.written}, at least " if point.vague else ""
    note = escape(f"{written}{amount(point.value)} as of {as_of_label(point.as_of)}{claim}: {'; '.join(s.label for s in point.sources)}")
    fill = "#fff" if point.claim_of or point.vague else INK
    css = "point claim" if point.claim_of else "point magnitude" if point.vague else "point"
    radius = 3 if point.vague else 4
    return (f'<circle class="{css}" cx="{x:.1f}" cy="{y:.1f}" r="{radius}" fill="{fill}" stroke="{INK}" stroke-width="1.5">'
            f"<title>{note}</title></circle>")
