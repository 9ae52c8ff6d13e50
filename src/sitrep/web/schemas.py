"""Response models of the JSON API: they document /docs and keep the payloads stable.

Facts and briefings are served in their own shared formats (extract-v1 and
``Briefing.to_json()``), so only the article listing and detail are modelled here.
"""

from __future__ import annotations

from pydantic import BaseModel, Field


class ArticleBase(BaseModel):
    id: int = Field(description="store id; the article page is /articles/{id}")
    doc_id: str = Field(description="extract-v1 document id")
    title: str | None
    outlet: str | None
    url: str | None
    published: str | None = Field(description="ISO date or datetime; may hold X for an unknown year")
    published_source: str = Field(description="metadata, text, inferred or none")
    facts: dict[str, int] = Field(description="facts of each kind: entities, times, places, quotes, figures, events")
    link: str = Field(description="the article page")
    copies: int = Field(description="near-copies stored as links to this article")


class ArticleList(BaseModel):
    items: list[ArticleBase]
    limit: int
    offset: int
    total: int = Field(description="articles of the period (and words) over all pages")
    next: str | None = Field(description="URL of the next page, or null on the last")


class ArticleDetail(ArticleBase):
    published_evidence: str | None = Field(description="why the publication date is what it is")
    origin: str | None = Field(description="file, feed or URL the article was read from")
    ingested_at: str
    duplicate_of: int | None = Field(description="the original, if this is a near-copy")
    text: str
