"""Visits told without a travel word: an official said to be in another country."""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.facts import Event, Party
from sitrep.nlp.doctext import text_of
from sitrep.nlp.events.context import Context
from sitrep.nlp.events.grammar import _child_word, _negated, _subject
from sitrep.nlp.events.lexicon import Trigger
from sitrep.nlp.events.parties import _party
from sitrep.nlp.events.reader import LexiconReader
from sitrep.nlp.events.when import _after, event_date
from sitrep.nlp.events.where import _phrase_place, _place_party
from sitrep.nlp.events.words import BE_FORMS

BEING_THERE = Trigger("be", "V", "CONSULT", "visit", frozenset())
RESIDENT_OFFICES = frozenset({"ambassador", "envoy", "consul", "chargé", "correspondent", "representative", "attaché"})


class PresenceEvents(LexiconReader):
    """A titled official's presence abroad, read from "be in X" (PLOVER CONSULT visit)."""

    def presence(self, token: Token, context: Context) -> Event | None:
        """"The defence secretary, X, was in Finland on Wednesday", "X is also in Turkey to
        discuss ...": an official of one country who is in another is visiting it; in the
        official's own country ("the president was in Kyiv") or with no office named, no
        visit is told. "Was in X for talks" is the talks' (see ``_taken_by``), and "was born
        in X" no presence."""
        if token.lower_ not in BE_FORMS or token.dep_ == "aux" or _negated(token) or _child_word(token, "for"):
            return None
        subject = _subject(token)
        party = _party(subject, context) if subject is not None else None
        official = next((e for e in context.entities if party is not None and e.id == party.entity), None)
        if official is None or official.type != "person" or not official.titles or official.country is None:
            return None
        if any(word in RESIDENT_OFFICES for title in official.titles for word in title.lower().split()):
            return None  # "the ambassador to Britain is in London": posted there, no visit
        there = next((g for c in token.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children if g.dep_ == "pobj"), None)
        place = _phrase_place(there, context) if there is not None else None
        if place is None or place.country in (None, official.country):
            return None
        status = self.status(token, token, BEING_THERE)
        if status is None:
            return None
        if token.tag_ == "VBD" and status in ("planned", "ongoing"):
            status = "occurred"  # "was in X": past, whatever modal the parse joins it to
        when = event_date(token, token, context, planned=status == "planned")
        if status in ("occurred", "ongoing") and token.tag_ != "VBD" and _after(when, context.published):
            status = "planned"  # "is in X on Friday" (not "was in X on Wednesday", past whatever the calendar)
        start, end = token.idx, there.idx + len(there.text)
        return Event(
            start=start, end=end, text=text_of(token.doc)[start:end], type="CONSULT", status=status, mode="visit",
            actors=[Party(official.id, official.name)], targets=[_place_party(place, context)], place=place.ref(),
            date=when, according_to=None,
        )
