"""Bring the fused picture up to date with the articles stored since the last update.

Incremental by construction: only articles not yet in ``fused_articles`` are read, each
in its own transaction, matched against what is already fused. Nothing is recomputed over
the corpus, so fusing after every ingest (or every poll of ``sitrep watch``) stays cheap.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from sitrep.facts import Entity, Figure
from sitrep.fuse.entities import EntityResolver
from sitrep.fuse.events import DevelopmentIndex, makers_and_met
from sitrep.fuse.figures import add_figure
from sitrep.fuse.gatherings import join_gatherings
from sitrep.nlp import gazetteer
from sitrep.nlp.countries import government_of, international_body, name_of, organ_countries
from sitrep.nlp.entities import ORG_HEADS, fold
from sitrep.nlp.figures.counted import list_lead
from sitrep.spans import sentence_around, sentences_kept
from sitrep.store.sqlite import Store


@dataclass
class FuseSummary:
    articles: int = 0
    events: int = 0
    new_developments: int = 0
    figures: int = 0

    def line(self) -> str:
        return (f"fused {self.articles} articles: {self.events} events into {self.new_developments} new developments, "
                f"{self.figures} figures")


def pending(store: Store) -> list[int]:
    return [row[0] for row in store.db.execute(
        "SELECT id FROM articles WHERE duplicate_of IS NULL AND id NOT IN (SELECT article_id FROM fused_articles) ORDER BY id"
    )]


def fuse(store: Store) -> FuseSummary:
    """Fuse every stored article that is not fused yet."""
    summary = FuseSummary()
    resolver = EntityResolver(store.db)
    developments = DevelopmentIndex(store.db)
    for article_id in pending(store):
        with store.db, sentences_kept():  # its events' sentences are read from one split of its text
            _fuse_article(store, article_id, resolver, developments, summary)
            store.db.execute("INSERT INTO fused_articles (article_id) VALUES (?)", (article_id,))
        summary.articles += 1
    return summary


def _fuse_article(store: Store, article_id: int, resolver: EntityResolver, developments: DevelopmentIndex,
                  summary: FuseSummary) -> None:
    article = store.article(article_id)
    entities = [fact for _, fact in store.fact_rows(article_id, "entities")]
    global_ids = resolver.resolve(article_id, entities)
    before = store.db.execute("SELECT COUNT(*) FROM developments").fetchone()[0]
    touched = set()
    for fact_id, told in store.fact_rows(article_id, "events"):
        event = makers_and_met(told)
        start, end = sentence_around(article["text"], event.start, event.end, article["body_start"])
        actors = [global_ids.get(p.entity) or p.name for p in event.actors if p.entity or p.name]
        touched.add(developments.add(event, fact_id, article, article["text"][start:end], actors))
        summary.events += 1
    join_gatherings(developments, touched)  # the greedy match made again for gatherings, whatever order their reports came in
    summary.new_developments += store.db.execute("SELECT COUNT(*) FROM developments").fetchone()[0] - before  # net of merges
    figures = [(fact_id, _donor_state(figure, entities, global_ids, resolver)) for fact_id, figure in store.fact_rows(article_id, "figures")]
    for fact_id, figure in figures:
        if add_figure(store.db, _package_donor(figure, [f for _, f in figures], article["text"]), fact_id, article, entities) is not None:
            summary.figures += 1  # a measure of nothing named is filed under no series, and no figure fused


def _donor_state(figure: Figure, entities: list[Entity], global_ids: dict[str, int], resolver: EntityResolver) -> Figure:
    """A person or a body who gives aid gives it for their country ("Joe Biden announced $1bn",
    "the Polish government sent ..."), as this or an earlier article's title or name told it
    ("US president Joe Biden"), and so does a leader's administration ("the Lind administration
    sent ..."). A person no article places gives for no donor the briefing can name ("Peter Holm
    committed $20m"), nor does a name that is no body's ("Vanadzor", a place the model took for
    one): aid trackers count states, governments, alliances and organisations. An international
    organisation is named as ``data/international_bodies.csv`` names it ("Nato" -> "NATO")."""
    body = international_body(figure.donor) if figure.donor else None
    if body:
        return replace(figure, donor=body)  # "Nato", "Unicef": one body under one name, whatever town bears it or type the model gave it
    giver = next((e for e in entities if e.type in ("person", "organisation") and e.name == figure.donor), None)
    if giver is None:
        return figure
    country = name_of(resolver.country(global_ids[giver.id])) if giver.id in global_ids else None
    if country is None and giver.type == "organisation" and (office := LEADERS_OFFICE.fullmatch(giver.name)):
        country = name_of(resolver.person_country(office.group("leader")))
    if country:
        return replace(figure, donor=country)
    return replace(figure, donor=None) if giver.type == "person" or not _named_as_body(giver.name) else figure


# "the Lind administration", "the Moro government": the state a leader's office acts for.
LEADERS_OFFICE = re.compile(r"(?:the\s+)?(?P<leader>\S+(?:\s+\S+)?)\s+(?:administration|government|cabinet)", re.IGNORECASE)
BODY_WORDS = ORG_HEADS | {"programme", "program", "cross", "crescent"}  # "World Food Programme", "Red Cross"


def _named_as_body(name: str) -> bool:
    """Whether a name is a body's that gives for itself: an acronym ("UNHCR"), a national
    institution (governments.csv), a name with a body's head word ("Monetary Fund", "Central
    Bank"), or any name the gazetteer knows as no place (a one-word charity, "Caritas"); not a
    place the model took for one ("Vanadzor-based"), nor an organ of state several countries
    have ("the Senate", "the House"; organs.csv) that no report placed: it votes its country's
    money, and which country that is no article told. The head words and acronyms come first
    for names a small town also bears ("NATO", "Red Cross")."""
    if organ_countries(name):
        return False
    return (name.isupper() or government_of(name) is not None or any(word in BODY_WORDS for word in fold(name).split())
            or not _a_place(name))


def _a_place(name: str) -> bool:
    """Whether the gazetteer knows the name as written (or by an alternate name) as a place's;
    a near spelling (its transliteration key) is no evidence against a body's name."""
    return any(match.how in ("name", "alt") for match in gazetteer.load().lookup(name))


def _package_donor(figure: Figure, figures: list[Figure], text: str) -> Figure:
    """Items listed under a lead naming a package's sum ("That $70 million package consists
    of:\n- 300 launchers") are that package's: their donor is the one the article names
    for that sum, though the list and its lead name none. Where two donors give the same sum
    ("Armenia pledged $5m last week; on Monday Norland also pledged $5m"), the package is the one
    told last before the lead (or in it), as a reader takes it; else the first told after."""
    if figure.category != "aid_items" or figure.donor or (lead := list_lead(text, figure.start)) is None:
        return figure
    words = text[lead[0]:lead[1]]
    sums = [f for f in figures if f.category == "aid_money" and f.donor
            and re.search(rf"(?<![\d.,]){re.escape(text[f.start:f.end])}(?!\d)", words)]
    before = [f for f in sums if f.start < lead[1]]
    told = max(before, key=lambda f: f.start) if before else min(sums, key=lambda f: f.start, default=None)
    return replace(figure, donor=told.donor) if told else figure
