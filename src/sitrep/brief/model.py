"""What a briefing is made of: sections of sourced statements and a map of places.

Every statement keeps its sources (article, outlet, date, character span), so every
renderer (Markdown, HTML, JSON, the web app) can link each line back to the text.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Source:
    article_id: int
    title: str | None
    outlet: str | None
    published: str | None
    url: str | None
    start: int
    end: int

    @property
    def anchor(self) -> str:
        """Address of the span in the web app's article page."""
        return f"/articles/{self.article_id}#span-{self.start}-{self.end}"


@dataclass
class Statement:
    text: str
    sources: list[Source]
    date: str | None = None
    who: list[str] = field(default_factory=list)
    where: list[str] = field(default_factory=list)
    when: list[str] = field(default_factory=list)


@dataclass
class Section:
    key: str
    title: str
    statements: list[Statement] = field(default_factory=list)


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

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        for section in data["sections"]:
            for statement, original in zip(section["statements"], self._section(section["key"]).statements):
                for source, src in zip(statement["sources"], original.sources):
                    source["link"] = src.anchor
        return data

    def _section(self, key: str) -> Section:
        return next(s for s in self.sections if s.key == key)
