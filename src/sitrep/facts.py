"""The one fact model every layer shares.

Readers produce :class:`Article`; the NLP pipeline turns it into a :class:`Document`
whose ``to_json()`` is exactly one line of ``sitrep extract`` (extract-v1, see
``../shared/contract/extract-v1.md``). The store, the briefing and the web app read and
write these same classes, so a field added here is added everywhere at once.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any, Literal

PublishedSource = Literal["metadata", "text", "inferred", "none"]
PlaceKind = Literal["country", "admin1", "admin2", "city", "region", "water", "other"]


@dataclass
class Article:
    """One article as a reader found it, before any extraction."""

    id: str
    text: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None  # ISO date or datetime from metadata, if any
    origin: str | None = None  # the file, feed or URL it came from
    body_start: int = 0  # text before this offset is a metadata marker, not prose


@dataclass
class Published:
    value: str | None
    source: PublishedSource
    evidence: str | None = None


@dataclass
class Entity:
    id: str
    name: str
    type: str  # person, organisation, country, group
    mentions: list[tuple[int, int]] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    country: str | None = None


@dataclass
class Time:
    start: int
    end: int
    text: str
    type: Literal["DATE", "TIME", "DURATION", "SET"]
    value: str


@dataclass
class PlaceRef:
    """A resolved place without a span: what figures and events point at."""

    name: str
    country: str | None
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None
    kind: PlaceKind | None = None


@dataclass
class Place:
    start: int
    end: int
    text: str
    name: str
    country: str | None
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None
    kind: PlaceKind | None = None

    def ref(self) -> PlaceRef:
        return PlaceRef(self.name, self.country, self.geonameid, self.lat, self.lon, self.kind)


@dataclass
class Speaker:
    entity: str | None
    name: str | None
    start: int | None = None
    end: int | None = None


@dataclass
class Cue:
    start: int
    end: int
    text: str


@dataclass
class Quote:
    start: int
    end: int
    text: str
    direct: bool
    speaker: Speaker | None = None
    cue: Cue | None = None


@dataclass
class Figure:
    start: int
    end: int
    text: str
    value: float | None
    category: str
    approx: str = "exact"
    low: float | None = None
    high: float | None = None
    who: str | None = None
    place: PlaceRef | None = None
    as_of: str | None = None
    according_to: str | None = None
    donor: str | None = None
    part_of: str | None = None  # the group of the count this one is part of ("28 journalists, including seven foreigners")


@dataclass
class Party:
    entity: str | None
    name: str | None


@dataclass
class Event:
    """One happening (extract-v1). A meeting, call or talks held on no one's visit has every
    participant among its actors (PLOVER CONSULT: "otherwise every participant is an actor";
    only a visit has its host as target); ``counterparts``, an extension of extract-v1 like a
    figure's ``donor``, keeps which of them the text names as met ("X met Y": Y), so that the
    fusion can still tell who made a trip from whom it met there."""

    start: int
    end: int
    text: str
    type: str
    status: str
    mode: str | None = None
    actors: list[Party] = field(default_factory=list)
    targets: list[Party] = field(default_factory=list)
    place: PlaceRef | None = None
    date: str | None = None
    according_to: str | None = None
    counterparts: list[Party] = field(default_factory=list)


FACT_KINDS = ("entities", "times", "places", "quotes", "figures", "events")
_FACT_CLASSES: dict[str, type] = {
    "entities": Entity,
    "times": Time,
    "places": Place,
    "quotes": Quote,
    "figures": Figure,
    "events": Event,
}


@dataclass
class Document:
    """An article with its extracted facts: one extract-v1 JSON document."""

    id: str
    text: str
    published: Published
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    entities: list[Entity] = field(default_factory=list)
    times: list[Time] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        for entity in data["entities"]:
            entity["mentions"] = [list(m) for m in entity["mentions"]]
        return data


def fact_from_json(kind: str, data: dict[str, Any]) -> Any:
    """Rebuild one fact of ``kind`` (a key of FACT_KINDS) from its JSON form."""
    data = dict(data)
    if kind == "entities":
        data["mentions"] = [tuple(m) for m in data.get("mentions", [])]
    if kind == "quotes":
        data["speaker"] = Speaker(**data["speaker"]) if data.get("speaker") else None
        data["cue"] = Cue(**data["cue"]) if data.get("cue") else None
    if kind in ("figures", "events"):
        data["place"] = PlaceRef(**data["place"]) if data.get("place") else None
    if kind == "events":
        data["actors"] = [Party(**p) for p in data.get("actors", [])]
        data["targets"] = [Party(**p) for p in data.get("targets", [])]
        data["counterparts"] = [Party(**p) for p in data.get("counterparts", [])]
    return _FACT_CLASSES[kind](**data)
