"""An article's text as HTML with every fact and sentence marked where it stands.

Briefing sources link to ``/articles/{id}#span-S-E``: S-E is the span of a fact or of a
sentence (statements quote whole sentences), so both get an element with that id. Spans
can cross (a quote running over two sentences); HTML cannot, so a crossing span is closed
and reopened around the other, and every piece carries ``data-span`` for the page script
to light up the whole span, not only the piece holding the id.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from markupsafe import Markup, escape

from sitrep.spans import sentences
from sitrep.facts import FACT_KINDS, Document

SINGULAR = {"entities": "entity", "times": "time", "places": "place", "quotes": "quote",
            "figures": "figure", "events": "event"}


@dataclass
class Mark:
    """One highlighted extent; facts sharing an extent share the element (ids stay unique)."""

    start: int
    end: int
    classes: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def key(self) -> str:
        return f"{self.start}-{self.end}"


@dataclass
class FactItem:
    """A line of the article page's fact list: what was found and where to jump."""

    kind: str  # a key of FACT_KINDS
    label: str
    note: str
    start: int
    end: int
    count: int  # mentions: an entity's, or those of one place or time said several times

    @property
    def css(self) -> str:
        return SINGULAR[self.kind]


def spans(kind: str, fact: Any) -> list[tuple[int, int]]:
    """Where a fact stands in the text: entities have many mentions, others one span."""
    return [tuple(m) for m in fact.mentions] if kind == "entities" else [(fact.start, fact.end)]


def marks(document: Document, body_start: int = 0) -> list[Mark]:
    """Every sentence and fact span as one mark per extent, outer marks before inner ones."""
    by_extent: dict[tuple[int, int], Mark] = {}

    def mark(start: int, end: int, css: str, note: str | None = None) -> None:
        if not 0 <= start < end <= len(document.text):
            return
        item = by_extent.setdefault((start, end), Mark(start, end))
        if css not in item.classes:
            item.classes.append(css)
        if note and note not in item.notes:
            item.notes.append(note)

    for start, end in sentences(document.text, body_start):
        mark(start, end, "sentence")
    for kind, fact in _facts(document):
        for start, end in spans(kind, fact):
            mark(start, end, SINGULAR[kind], describe(kind, fact))
    return sorted(by_extent.values(), key=lambda m: (m.start, -m.end))


def markup(text: str, items: list[Mark]) -> Markup:
    """Text with nested ``<span>`` elements; crossing spans are split, the first piece keeps the id."""
    starting: dict[int, list[Mark]] = {}
    for item in items:
        starting.setdefault(item.start, []).append(item)
    boundaries = sorted({0, len(text)} | {m.start for m in items} | {m.end for m in items})
    out: list[str] = []
    stack: list[Mark] = []
    position = 0
    for boundary in boundaries:
        out.append(escape(text[position:boundary]))
        position = boundary
        ending = [i for i, m in enumerate(stack) if m.end == boundary]
        if ending:
            closed = stack[ending[0]:]
            del stack[ending[0]:]
            out.append("</span>" * len(closed))
            reopened = [m for m in closed if m.end != boundary]
            out.extend(_open(m, first=False) for m in reopened)
            stack.extend(reopened)
        for item in starting.get(boundary, []):
            out.append(_open(item, first=True))
            stack.append(item)
    return Markup("".join(out))


def fact_items(document: Document) -> dict[str, list[FactItem]]:
    """The side list by kind, in text order: one line per entity, place or time value however
    often the text names it, linking to its first mention."""
    groups: dict[str, dict[str, FactItem]] = {}
    for kind, fact in _facts(document):
        found = spans(kind, fact)
        start, end = min(found)
        label = _LABELS[kind](fact)
        item = groups.setdefault(kind, {}).setdefault(label, FactItem(kind, label, describe(kind, fact), start, end, 0))
        item.count += len(found)
    return {kind: sorted(items.values(), key=lambda i: i.start) for kind, items in groups.items()}


def describe(kind: str, fact: Any) -> str:
    """The tooltip: what the extractor made of the span (canonical name, TIMEX value, geocode ...)."""
    return _NOTES[kind](fact)


def _facts(document: Document) -> Iterator[tuple[str, Any]]:
    for kind in FACT_KINDS:
        for fact in getattr(document, kind):
            yield kind, fact


def _open(item: Mark, first: bool) -> str:
    classes = " ".join(["mark", *item.classes] + ([] if first else ["continued"]))
    attrs = f' class="{classes}" data-span="{item.key}"'
    if first:
        attrs = f' id="span-{item.key}"' + attrs
    if item.notes:
        attrs += f' title="{escape(chr(10).join(item.notes))}"'
    return f"<span{attrs}>"


def _join(*parts: object) -> str:
    return "; ".join(str(p) for p in parts if p not in (None, "", []))


def _place(place: Any) -> str | None:
    if place is None:
        return None
    where = f"{place.lat:.3f}, {place.lon:.3f}" if place.lat is not None and place.lon is not None else None
    geonames = f"GeoNames {place.geonameid}" if place.geonameid else None
    return _join(f"{place.name}, {place.country or '-'}", place.kind, where, geonames)


def _parties(label: str, parties: list[Any]) -> str | None:
    return f"{label} " + ", ".join(p.name or p.entity or "?" for p in parties) if parties else None


def _prefixed(label: str, value: object) -> str | None:
    return f"{label} {value}" if value not in (None, "") else None


def _entity_note(e: Any) -> str:
    return "Entity: " + _join(f"{e.name} ({e.type})", e.country, ", ".join(e.titles), f"{len(e.mentions)} mentions")


def _quote_note(q: Any) -> str:
    speaker = q.speaker and (q.speaker.name or q.speaker.entity)
    return "Quote: " + _join("direct" if q.direct else "indirect", _prefixed("speaker", speaker),
                             _prefixed("cue", q.cue and repr(q.cue.text)))


def _figure_note(f: Any) -> str:
    span = f"{f.low}-{f.high}" if f.low is not None or f.high is not None else None
    return "Figure: " + _join(f.category, _prefixed("value", f.value), None if f.approx == "exact" else f.approx,
                              _prefixed("range", span), _prefixed("who", f.who), _place(f.place),
                              _prefixed("as of", f.as_of), _prefixed("according to", f.according_to))


def _event_note(v: Any) -> str:
    return "Event: " + _join(f"{v.type} ({v.status})", v.mode, _parties("actors", v.actors),
                             _parties("targets", v.targets), _place(v.place), _prefixed("date", v.date),
                             _prefixed("according to", v.according_to))


def _clip(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


_NOTES: dict[str, Callable[[Any], str]] = {
    "entities": _entity_note,
    "times": lambda t: f"Time ({t.type}): {t.value}",
    "places": lambda p: "Place: " + _place(p),
    "quotes": _quote_note,
    "figures": _figure_note,
    "events": _event_note,
}

_LABELS: dict[str, Callable[[Any], str]] = {
    "entities": lambda e: f"{e.name} ({e.type})",
    "times": lambda t: f"{t.text} → {t.value}",
    "places": lambda p: p.name + (f", {p.country}" if p.country else ""),
    "quotes": lambda q: (f"{q.speaker.name}: " if q.speaker and q.speaker.name else "") + _clip(q.text),
    "figures": lambda f: f"{f.text} ({f.category})",
    "events": lambda v: f"{v.type}: {_clip(v.text)}",
}
