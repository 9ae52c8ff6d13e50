"""What the rules know of an article: its entities, places, times, quotes and headlines."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sitrep.facts import Entity, Place, Quote, Time
from sitrep.nlp.countries import code_of, country_of_demonym, demonym_stem
from sitrep.nlp.doctext import text_of
from sitrep.nlp.entities import PAST_OFFICE, PORTFOLIOS, TITLE_LEADS, _title_country
from sitrep.nlp.events.lexicon import _titles
from sitrep.nlp.events.when import _day
from sitrep.nlp.events.words import PERSON_PRONOUNS
from sitrep.nlp.figures import is_dateline
from sitrep.nlp.times import dates


OFFICE_FIELDS = (PORTFOLIOS | TITLE_LEADS | {"deputy", "vice"}) - {"security"}  # what tells one minister's office from another's


class Context:
    """The facts of one doc that events point at, indexed by character offset."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.entities: list[Entity] = doc._.entities or []
        self.times: list[Time] = dates(doc._.times or [])  # "hit ... on Monday afternoon": on Monday
        self.places: list[Place] = [p for p in doc._.places or [] if not _not_a_scene(p, doc)]
        self.quotes: list[Quote] = doc._.quotes or []
        self.all_times: list[Time] = doc._.times or []
        self.published = _day(doc._.anchor or "")
        # by position only: two entities may claim one mention, and entities do not order
        self._mentions = sorted(((s, e, ent) for ent in self.entities for s, e in ent.mentions), key=lambda m: m[:2])

    def mentions_between(self, start: int, end: int) -> list[tuple[int, int, Entity]]:
        """The entity mentions that start within the character range, in text order."""
        return [m for m in self._mentions if start <= m[0] < end]

    def entity_at(self, start: int, end: int) -> Entity | None:
        """The entity with a mention overlapping the character range, if any."""
        for s, e, entity in self._mentions:
            if s < end and start < e:
                return entity
        return None

    def titled(self, token: Token) -> Entity | None:
        """"The secretary met ...", "the Ukrainian president said": an office named alone is
        the person last named who holds it (the nearest earlier mention of a person with that
        title), when the entities component has not merged the title with the name."""
        if token.lower_ not in _titles():
            return None
        holders = [(s, entity) for s, _, entity in self._mentions if s < token.idx and self._holds(entity, token)]
        return max(holders, key=lambda h: h[0])[1] if holders else None

    def _holds(self, entity: Entity, office: Token) -> bool:
        """Whether a person bears the office's title, and of the office's country when the
        office names one ("the US president" is not the French president)."""
        phrase = self.doc[office.left_edge.i:office.i + 1]
        past = bool({t.lower_ for t in phrase} & PAST_OFFICE)
        if entity.type != "person" or not any(office.lower_ in (words := t.lower().split()) and bool(set(words) & PAST_OFFICE) == past for t in entity.titles):
            return False  # "the president" is not the former president, nor "the former president" the one in office
        fields = {t.lower_ for t in phrase if t.i != office.i} & OFFICE_FIELDS
        if fields and not any(fields <= set(t.lower().split()) for t in entity.titles):
            return False  # "the Swedish defence minister" is not Sweden's prime minister
        country = _title_country(phrase, self.places)  # "US", "French", "Ukraine's"
        return country is None or entity.country in (None, country)

    def titled_later(self, token: Token) -> Entity | None:
        """"Moldova's president said ... President Ana Lind visited ...": an office named before
        anyone holding it is named is the first holder named later in the same paragraph."""
        if token.lower_ not in _titles() or self.titled(token) is not None:
            return None
        text = text_of(self.doc)
        end = text.find("\n", token.idx)
        end = len(text) if end < 0 else end
        holders = [(s, entity) for s, _, entity in self._mentions if token.idx < s < end and self._holds(entity, token)]
        return min(holders, key=lambda h: h[0])[1] if holders else None

    def referent(self, token: Token) -> Entity | None:
        """"Chancellor Ana Lind arrived in the capital. She met ...": "he" or "she" the entities component left
        unresolved is the person last named before it in the same paragraph."""
        if token.lower_ not in PERSON_PRONOUNS:
            return None
        paragraph = text_of(self.doc).rfind("\n", 0, token.idx) + 1
        named = [(s, entity) for s, _, entity in self._mentions if paragraph <= s < token.idx and entity.type == "person"]
        return max(named, key=lambda n: n[0])[1] if named else None

    def place_in(self, start: int, end: int) -> Place | None:
        return next((p for p in self.places if start <= p.start and p.end <= end), None)

    def country(self, code: str) -> Entity | None:
        """The article's entity for the country with ISO code ``code``, if it names it."""
        return next((e for e in self.entities if e.type == "country" and e.country == code), None)

    def country_entity(self, demonym: str) -> Entity | None:
        """The country entity a demonym ("Ukrainian") refers to, by their shared stem, or by
        the country the demonym names ("Polish": the article's Poland)."""
        stem = demonym_stem(demonym)
        countries = [e for e in self.entities if e.type == "country"]
        if len(stem) >= 4 and (named := next((e for e in countries if e.name.lower().startswith(stem)), None)):
            return named
        code = code_of(country_of_demonym(demonym) or "")
        return next((e for e in countries if code is not None and e.country == code), None)


def _not_a_scene(place: Place, doc: Doc) -> bool:
    """A place name that says nothing of where things happen: a time ("in March") or the
    dateline the reporter files from ("KHARKIV, Ukraine — ...")."""
    return is_dateline(text_of(doc), place) or any(t.start < place.end and place.start < t.end for t in doc._.times or [])
