"""What a briefing is made of: sections of sourced statements and a map of places.

Every statement keeps its sources (article, outlet, date, character span), so every
renderer (Markdown, HTML, JSON, the web app) can link each line back to the text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from typing import Any

from sitrep.facts import PlaceRef
from sitrep.timex import period
from sitrep.urls import site


@dataclass
class Source:
    article_id: int
    title: str | None
    outlet: str | None
    published: str | None
    url: str | None
    start: int
    end: int

    @classmethod
    def of(cls, article: Mapping[str, Any], start: int, end: int, id_key: str = "id") -> Source:
        """A span of a stored article, cited from its row (``id_key`` names its id column)."""
        return cls(article[id_key], article["title"], article["outlet"], article["published"], article["url"], start, end)

    @property
    def anchor(self) -> str:
        """Address of the span in the web app's article page."""
        return f"/articles/{self.article_id}#span-{self.start}-{self.end}"

    @property
    def label(self) -> str:
        """How a citation reads: outlet, date and title. An archive or feed without outlet names
        is cited by the site its address is on, and an untitled article by its number: a label
        of a bare date told an editor nothing of whose report it was."""
        parts = (self.outlet or site(self.url), self.published, self.title or f"article {self.article_id}")
        return ", ".join(part for part in parts if part)


def by_article(sources: list[Source]) -> list[list[Source]]:
    """A statement's sources as its articles cite them: each article once, with all the spans
    of it the statement rests on, in the order first cited. An itinerary's leg from a travel
    announcement rested on three passages of one release, and its title read three times."""
    spans: dict[int, list[Source]] = {}
    for source in sources:
        spans.setdefault(source.article_id, []).append(source)
    return list(spans.values())


@dataclass
class QuoteLine:
    """A key statement of a development: what was said, by whom, in which capacity."""

    text: str
    speaker: str | None
    title: str | None
    source: Source
    direct: bool = True  # False: reported speech ("X said that ..."), shown without quote marks
    cue: str | None = None  # the reporting word when it says more than "said": "denied", "warned"

    @property
    def reported_label(self) -> str:
        """ "in reported speech", with the cue that changes its sense ("denied" reports the
        opposite of the words shown)."""
        return f"in reported speech ({self.cue})" if self.cue else "in reported speech"


@dataclass
class Statement:
    """One line of a section: a fused development (``kind`` development) or, where no event
    covers it, a fact-bearing sentence (``kind`` sentence)."""

    text: str
    sources: list[Source]
    date: str | None = None
    who: list[str] = field(default_factory=list)
    whom: list[str] = field(default_factory=list)  # the targets: whom a meeting was with, what an attack hit
    where: list[str] = field(default_factory=list)
    when: list[str] = field(default_factory=list)
    kind: str = "sentence"
    type: str | None = None
    mode: str | None = None
    status: str | None = None
    outlets: int = 1
    quotes: list[QuoteLine] = field(default_factory=list)
    id: int | None = None  # the fused development's id, stable across updates
    place: PlaceRef | None = None
    dated: bool = True  # ``date`` is the happening's own, not the day it was first reported


def add_sources(into: list[Source], more: list[Source]) -> None:
    """Cite ``more`` in a list of sources too, each source once."""
    into += [s for s in more if s not in into]


@dataclass
class Leg:
    """One stop of an official's itinerary."""

    place: str
    date: str | None
    status: str
    mode: str | None
    sources: list[Source]
    country: str | None = None  # ISO code of the place, so a country told alone can meet a city in it
    kind: str | None = None  # the place's kind (country, city ...)
    met: list[str] = field(default_factory=list)  # the people and bodies named with the official there: met, visited or travelling along


@dataclass
class Itinerary:
    who: str
    titles: list[str]
    legs: list[Leg]


MAGNITUDE = re.compile(r"\b(?:dozens|scores|hundreds|thousands|millions|billions|tens|several|few)\b", re.IGNORECASE)


@dataclass
class SeriesPoint:
    as_of: str | None
    value: float | None
    approx: str
    according_to: str | None
    claim_of: str | None
    source: Source
    written: str = ""  # the figure as the article words it ("tens of thousands")
    high: float | None = None  # the top of a range the source gave ("between 100 and 200"), whose bottom is the value
    retold: list[Source] = field(default_factory=list)  # other reports of the same figure, cited with it, not beside it

    @property
    def sources(self) -> list[Source]:
        """Every report of the figure, the first first."""
        return [self.source, *self.retold]

    @property
    def vague(self) -> bool:
        """Written as a magnitude ("dozens", "hundreds", "tens of thousands", "several
        hundred"): a lower bound, not a count ("at least two" is a count)."""
        return bool(MAGNITUDE.search(self.written)) and not any(c.isdigit() for c in self.written)


@dataclass
class Series:
    """The same quantity over time; points at the same date that disagree stay side by side."""

    category: str
    place: str | None
    unit: str | None
    points: list[SeriesPoint]
    donor: str | None = None
    outside_war: bool = False  # people harmed, held or moved in a country no party to the war is


SEASON_NAMES = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}


def readable(value: str) -> str:
    """A TIMEX value a reader can take in: "2022-FA" is "autumn 2022", "2022-W30" "the week of
    2022-07-25"; days, months and years stay as they are."""
    season = re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", value)
    if season:
        return f"{SEASON_NAMES[season.group(2)]} {season.group(1)}"
    span = period(value) if re.fullmatch(r"\d{4}-W\d\d", value) else None
    return f"the week of {span[0].isoformat()}" if span else value


def as_of_label(as_of: str | None) -> str:
    """A figure's "as of" as a reader takes it in: "2022-W26" is "the week of 2022-06-27",
    "2022-SU" "summer 2022"; a figure the text gives no date for is "undated"."""
    return readable(as_of) if as_of else "undated"


def series_title(series: Series) -> str:
    """What a series counts, as its heading and its chart's title say it: "killed (in one
    attack) in Gyumri", "aid money (USD) from Georgia"."""
    what = series.category.replace("_", " ")
    if series.unit:
        what += f" ({series.unit})"
    if series.donor:
        what += f" from {series.donor}"
    what = f"{what} in {series.place}" if series.place else what
    return f"{what}, outside the war's countries" if series.outside_war else what


@dataclass
class ControlClaim:
    """A capture or withdrawal at a place: who claims what, when, and the source."""

    place: str
    lat: float | None
    lon: float | None
    type: str
    status: str
    actors: list[str]
    date: str | None
    according_to: str | None
    sources: list[Source]
    act: str = ""  # what the report says was done: capture, recapture, withdrawal, surrender, encirclement (developments.claimed_act)


@dataclass
class Section:
    key: str
    title: str
    statements: list[Statement] = field(default_factory=list)
    aside_title: str | None = None  # a subsection after the section's own lines (Military aid: third parties' deployments)
    aside: list[Statement] = field(default_factory=list)


@dataclass
class MapPoint:
    name: str
    lat: float
    lon: float
    country: str | None
    kind: str | None
    count: int
    sources: list[Source] = field(default_factory=list)


@dataclass
class Briefing:
    generated: str
    since: str | None
    until: str | None
    articles: int
    sections: list[Section]
    places: list[MapPoint]
    itineraries: list[Itinerary] = field(default_factory=list)
    series: list[Series] = field(default_factory=list)
    control: list[ControlClaim] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """asdict, with each source's link and label added wherever a source appears."""
        return _with_links(asdict(self))


def _with_links(value: Any) -> Any:
    if isinstance(value, dict):
        if {"article_id", "start", "end", "outlet"} <= value.keys():
            source = Source(**{k: value[k] for k in Source.__dataclass_fields__})
            return value | {"link": source.anchor, "label": source.label}
        return {k: _with_links(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_with_links(v) for v in value]
    return value
