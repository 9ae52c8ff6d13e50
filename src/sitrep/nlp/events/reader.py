"""What every part of the events component reads through: the lexicon, and who says a thing."""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.facts import Party
from sitrep.nlp.events.context import Context
from sitrep.nlp.events.cues import find_trigger
from sitrep.nlp.events.grammar import _chain, _cued_by, _stance_held, _subject, _told
from sitrep.nlp.events.lexicon import Trigger, load_lexicon
from sitrep.nlp.events.parties import _source_party
from sitrep.nlp.events.words import HEAD_STEPS
from sitrep.nlp.figures import unresolved


class LexiconReader:
    """The trigger lexicon and the reporting words around a trigger, shared by the events
    component's parts (``senses``, ``spoken``, ``status``)."""

    def __init__(self) -> None:
        self.lexicon = load_lexicon()
        # What a party backs by stating it: the objects "welcome" needs (events_triggers.csv).
        self.proposals = frozenset(word for row in self.lexicon.triggers["welcome"] if "proposal" in row.needs for word in row.needs)

    def trigger(self, token: Token) -> Trigger | None:
        return find_trigger(token, self.lexicon)

    def mode_from_words(self, token: Token, event_type: str) -> str | None:
        """A mode chosen by the trigger's own words or modifiers ("missile strike", "urged ... weapons")."""
        near = [token, *token.children, *(g for c in token.children for g in c.children)]
        for word in near:
            mode = self.lexicon.modes.get((word.lower_, event_type))
            if mode:
                return mode
        return None

    def speech_verb(self, anchor: Token) -> Token | None:
        """The reporting verb whose content holds the anchor ("X said ...", "..., X said")."""
        current = anchor
        for _ in range(HEAD_STEPS):
            for child in current.children:
                if child.dep_ == "parataxis" and self.lexicon.cue(child, "speech"):
                    return child
            if current.dep_ in ("ccomp", "parataxis") and self.lexicon.cue(current.head, "speech"):
                return current.head
            if current.head == current:
                return None
            current = current.head
        return None

    def source(self, token: Token, anchor: Token, context: Context) -> Party | None:
        """Who the text attributes the event to: a quote's speaker, "according to X", or "X said"."""
        quote = next((q for q in context.quotes if q.start <= token.idx < q.end and q.speaker and not _cued_by(q, anchor) and not _stance_held(q) and not _told(q, token.doc)), None)
        if quote is not None and quote.speaker.name:
            return None if quote.speaker.entity is None and unresolved(quote.speaker.name) else Party(quote.speaker.entity, quote.speaker.name)
        for candidate in token.sent:
            if candidate.lower_ == "according" and candidate.head in _chain(anchor):
                objects = [g for c in candidate.children for g in c.children if g.dep_ == "pobj"]
                if objects:
                    return _source_party(objects[0], context)
        speech = self.speech_verb(anchor)
        subject = _subject(speech) if speech is not None else None
        return _source_party(subject, context) if subject is not None else None
