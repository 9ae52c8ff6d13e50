"""What the rules know of an article: its entities, places, times, quotes and headlines."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable

from spacy.tokens import Doc, Token

from sitrep.facts import Entity, Place, Quote, Time
from sitrep.nlp.countries import code_of, country_of_demonym, demonym_stem
from sitrep.nlp.doctext import text_of
from sitrep.nlp.entities import PAST_OFFICE, PORTFOLIOS, TITLE_LEADS, _title_country
from sitrep.nlp.events.lexicon import _titles
from sitrep.nlp.events.when import _day
from sitrep.nlp.events.words import PERSON_PRONOUNS
from sitrep.nlp.figures import is_dateline
from sitrep.nlp.offsets import OffsetIndex
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
        self.times_at: OffsetIndex[Time] = OffsetIndex(self.times)  # by start: the times of a sentence without a scan of the article
        self.times_by_end: OffsetIndex[Time] = OffsetIndex(self.times, key=lambda t: t.end)
        self.all_times_at: OffsetIndex[Time] = OffsetIndex(self.all_times)
        self.places_at: OffsetIndex[Place] = OffsetIndex(self.places)
        self.sides: dict[tuple[str | None, str | None], str | None] = {}  # the country each party speaks for (``parties._side``)
        # by position only: two entities may claim one mention, and entities do not order
        self._mentions = sorted(((s, e, ent) for ent in self.entities for s, e in ent.mentions), key=lambda m: m[:2])
        self._starts = [s for s, _, _ in self._mentions]  # for bisection: a question per word must not read every mention
        self._longest = max((e - s for s, e, _ in self._mentions), default=0)

    def mentions_between(self, start: int, end: int) -> list[tuple[int, int, Entity]]:
        """The entity mentions that start within the character range, in text order."""
        return self._mentions[bisect_left(self._starts, start):bisect_left(self._starts, end)]

    def entity_at(self, start: int, end: int) -> Entity | None:
        """The entity with a mention overlapping the character range, if any (the first in
        text order; no mention starting a longest mention's length before ``start`` reaches it)."""
        for k in range(bisect_right(self._starts, start - self._longest), bisect_left(self._starts, end)):
            s, e, entity = self._mentions[k]
            if start < e:
                return entity
        return None

    def _last_named(self, low: int, high: int, wanted: Callable[[Entity], bool]) -> Entity | None:
        """The entity of the last mention starting in ``[low, high)`` whose entity is ``wanted``
        (of two mentions at one offset, the first in order): read back from ``high``, asking
        each entity once, since an article names its few entities thousands of times."""
        asked: dict[int, bool] = {}
        found = None
        for k in reversed(range(bisect_left(self._starts, low), bisect_left(self._starts, high))):
            s, _, entity = self._mentions[k]
            if found is not None and s != found[0]:
                break
            if id(entity) not in asked:
                asked[id(entity)] = wanted(entity)
            if asked[id(entity)]:
                found = (s, entity)
        return found[1] if found is not None else None

    def _first_named(self, low: int, high: int, wanted: Callable[[Entity], bool]) -> Entity | None:
        """The entity of the first mention starting in ``[low, high)`` whose entity is ``wanted``."""
        asked: dict[int, bool] = {}
        for k in range(bisect_left(self._starts, low), bisect_left(self._starts, high)):
            entity = self._mentions[k][2]
            if id(entity) not in asked:
                asked[id(entity)] = wanted(entity)
            if asked[id(entity)]:
                return entity
        return None

    def titled(self, token: Token) -> Entity | None:
        """"The secretary met ...", "the Ukrainian president said": an office named alone is
        the person last named who holds it (the nearest earlier mention of a person with that
        title), when the entities component has not merged the title with the name."""
        if token.lower_ not in _titles():
            return None
        return self._last_named(0, token.idx, lambda entity: self._holds(entity, token))

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
        return self._first_named(token.idx + 1, end, lambda entity: self._holds(entity, token))

    def referent(self, token: Token) -> Entity | None:
        """"Chancellor Ana Lind arrived in the capital. She met ...": "he" or "she" the entities component left
        unresolved is the person last named before it in the same paragraph, or in the sentence
        before when it opens its paragraph (news runs one sentence to a paragraph)."""
        if token.lower_ not in PERSON_PRONOUNS:
            return None
        return self._last_named(self.reach_back(token), token.idx, lambda entity: entity.type == "person")

    def reach_back(self, token: Token) -> int:
        """Where a pronoun's antecedent may be sought from: its paragraph's start, or the start
        of the sentence before when the pronoun's sentence opens the paragraph and the pronoun
        is its main clause's subject ("They shelled X"; in "put the troops where they were" the
        antecedent is in its own sentence, named as no subject)."""
        paragraph = text_of(self.doc).rfind("\n", 0, token.idx) + 1
        root = token.sent.root
        main = token.head == root or (token.head.dep_ == "conj" and token.head.head == root)
        return min(paragraph, self.sentence_before(token)) if main else paragraph

    def sentence_before(self, token: Token) -> int:
        """Where the sentence before a word's own begins (its own, for the first sentence): how
        far back a word referring to what was just named may look."""
        sentence = token.sent
        return self.doc[sentence.start - 1].sent.start_char if sentence.start > 0 else sentence.start_char

    def place_in(self, start: int, end: int) -> Place | None:
        return next((p for p in self.places_at.between(start, end + 1) if p.end <= end), None)

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
