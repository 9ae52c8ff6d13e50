"""One event per happening: mentions of one act in an article are merged."""

from __future__ import annotations

from collections.abc import Set
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from sitrep.facts import Event
from sitrep.nlp.doctext import text_of
from sitrep.nlp.events.grammar import hyphen_start, quoted
from sitrep.nlp.events.lexicon import load_lexicon
from sitrep.nlp.events.parties import _names, _unique
from sitrep.nlp.events.where import _one_war
from sitrep.nlp.events.words import DEFINITE, NOUN_POS, SPOKEN, VERB_POS
from sitrep.nlp.inflection import base_forms
from sitrep.nlp.syntax import first_conjunct

if TYPE_CHECKING:  # annotations only: these modules build on this one
    from sitrep.nlp.events.context import Context


def trigger_span(token: Token) -> tuple[int, int]:
    """The trigger with its adjacent modifiers and particle ("Russian invasion", "pulled out"),
    and the first parts of a hyphenated word ("build-up")."""
    left = hyphen_start(token)
    while left.i > 0 and left.nbor(-1).head == token and left.nbor(-1).dep_ in ("compound", "amod"):
        left = left.nbor(-1)
    right = token
    if right.i + 1 < len(token.doc) and right.nbor(1).dep_ == "prt" and right.nbor(1).head == token:
        right = right.nbor(1)
    return left.idx, right.idx + len(right.text)


def _compatible(
    a: Event,
    b: Event,
    same_sentence: bool,
    definite: bool,
    states: bool = False,
    allied: bool = False,
    possessed: bool = False,
    added: bool = False,
    in_quote: bool = False,
) -> bool:
    """Whether two mentions can be one happening: nothing they say about it disagrees. A later
    "the agreement" is the one already told, and "his arrest" the arrest of him already told (by
    no other actor); so is a later mention of the war itself ("invaded",
    "Ruritania's invasion": ``states``) unless it names actors of another side (``allied``: a
    leader's war is his country's, a war on one country is one war); a capture is never the
    invasion it is part of, and the capture of one place told twice is one capture. Attacks on
    different places or targets, or by different actors, are different attacks; ``added``: the
    later mention says it is one more ("also", "again"); ``in_quote``: the later mention is in
    someone's quoted words, which may retell the act told (``_retold_in_quote``)."""
    if a.type != b.type or (a.mode and b.mode and a.mode != b.mode) or (a.mode == "seize") != (b.mode == "seize"):
        return False
    if a.place and b.place and a.place.name != b.place.name and not _one_trip(a, b):
        return False
    if a.date and b.date and a.date != b.date:
        return False
    actors_a, actors_b = _names(a.actors), _names(b.actors)
    if a.type == "ASSAULT" and (_disjoint(_where(a), _where(b)) or (_disjoint(actors_a, actors_b) and not (states and allied))):
        return False  # "strikes on X ... the shelling of Y", "X's raid ... the raid by Y": two attacks
    if states and allied and _same_reality(a.status, b.status):
        return True
    if in_quote and not added and _retold_in_quote(a, b):
        return True
    if definite and not same_sentence and _gathering_after_talks(a, b):
        return False  # "will meet Y at the summit": the meeting is at it
    if definite or possessed or _same_gathering(a, b):  # "met the ministers ... the meeting with X" can be another
        if not same_sentence and _done_and_ahead(a, b):
            return False  # "a statement issued after the meeting ... before the summit in June": one held, one to come
        return not _disjoint(_names(a.targets), _names(b.targets)) and not (possessed and _another_act(a, b, actors_a, actors_b))
    if same_sentence or (states and _same_reality(a.status, b.status)) or _one_capture(a, b):
        return not _disjoint(actors_a, actors_b)  # "X fell on Saturday ... X fell to Y's forces": a town falls once
    same_targets = _one_trip(a, b) or _aimed_alike(a, b, added)
    return bool(actors_a) and actors_a == actors_b and _same_reality(a.status, b.status) and a.mode == b.mode and same_targets


def _retold_in_quote(a: Event, b: Event) -> bool:
    """"Jon Vale met Ana Lind in Gyumri ... 'We had useful talks,' Vale said": a speaker's quoted
    words that tell an act of a kind already reported, done, by none but its parties, to none
    but its parties, with no place or day of their own, retell that act (the speaker's say-so of
    it is no second happening); naming anyone, anywhere or any day new makes it another, and so
    does telling as going on what was told as done."""
    parties_a = _names(a.actors) | _names(a.targets)
    if not a.actors or not _names(b.actors) <= _names(a.actors) or not _names(b.targets) <= parties_a:
        return False
    if (b.place and not a.place) or (b.date and not a.date):
        return False
    return a.status in ("occurred", "ongoing") and b.status in (a.status, "claimed")  # "constant bombings" go on: not one raid told


def _gathering_after_talks(a: Event, b: Event) -> bool:
    """"X will talk with Y ... panelists of the conference in Z", "after meeting other leaders
    ... the conference in Z": "the conference" told later, with no one it is with, is the
    gathering the article is about, not talks between named parties told before under another
    word (in the talks' own sentence, "will meet Y at the summit", it is where they meet)."""
    if a.type != "CONSULT" or "visit" in (a.mode, b.mode) or b.mode == "phone" or not a.targets or b.targets:
        return False  # "visited X ... the visit", "the first visit": one trip; "the phone call" is no gathering
    return not _same_word(a, b)


def _done_and_ahead(a: Event, b: Event) -> bool:
    """Whether one meeting mention is of a meeting held and the other, in another sentence, of one
    still to come: "the meeting" that a statement followed is not "the summit in June" work must
    precede (within one sentence, "would meet Y at the summit", the summit's own tense is no guide)."""
    done, ahead = {"occurred", "ongoing"}, {"planned", "hypothetical"}
    return a.type == "CONSULT" and ((a.status in done and b.status in ahead) or (a.status in ahead and b.status in done))


def _one_capture(a: Event, b: Event) -> bool:
    """"X fell on Saturday ... X fell to Y's forces": two captures of one place told alike, one
    naming who took it; with no taker named in either, a capture and a retaking look the same."""
    return a.mode == "seize" and a.place is not None and b.place is not None and a.status == b.status and bool(a.actors or b.actors)


def _one_trip(a: Event, b: Event) -> bool:
    """"will travel to Iran ... will visit Tehran": a visit to a country and one to a city in it, by
    the same traveller and both still to come (or both done), are one trip."""
    if not (a.mode == b.mode == "visit" and a.status == b.status and a.place and b.place and _names(a.actors) == _names(b.actors)):
        return False
    country, city = (a.place, b.place) if a.place.kind == "country" else (b.place, a.place)
    return country.kind == "country" and city.kind == "city" and city.country is not None and city.country == country.country


def _another_act(a: Event, b: Event, actors_a: Set[str], actors_b: Set[str]) -> bool:
    """Whether a possessed mention ("its support") is another act than the one told: done by
    others, or still to come where the first was done ("will increase its support")."""
    return _disjoint(actors_a, actors_b) or (a.status == "planned") != (b.status == "planned")


def _aimed_alike(a: Event, b: Event, added: bool = False) -> bool:
    """Whether two mentions in different sentences, told afresh (no "the", no possessor), can be
    one act by whom they aim at: acts aimed at different parties are two acts, and so are
    "Norland unveiled new sanctions ... Norland also banned imports from Vale": a mention that
    names a target after one that named none (or the other way round), under another word or
    told as one more ("also", "again"), is another act of the same doer, not the first again
    (the read gold parts code such pairs apart). The same word told again with its target
    ("Vale shelled the border on Monday ... Vale shelled Lakeside on Monday") is the first act
    retold with more detail. A speaker's words are the exception too: a condemnation told once
    without its target and again with it is one statement."""
    targets_a, targets_b = _names(a.targets), _names(b.targets)
    told_afresh = a.type not in SPOKEN and bool(targets_a) != bool(targets_b) and (added or not _same_word(a, b))
    return not told_afresh and not _disjoint(targets_a, targets_b)


def _same_word(a: Event, b: Event) -> bool:
    """Whether two mentions are told by one word ("shelled ... shelled", "sanctions ... sanction")."""
    return bool(set(base_forms(a.text.lower().split()[-1])) & set(base_forms(b.text.lower().split()[-1])))


def _added(token: Token) -> bool:
    """A trigger told as one more act: "also banned", "shelled X again", "struck too"."""
    return any(c.dep_ == "advmod" and c.lower_ in ("also", "again", "too") for c in token.children)


def _disjoint(a: Set[str], b: Set[str]) -> bool:
    """Whether both mentions say something (parties, places) and nothing in common."""
    return bool(a and b) and not a & b


def _where(event: Event) -> set[str]:
    """Where an act lands: its place and its targets, by name."""
    return {n.lower() for n in [event.place.name if event.place else None] + [t.name for t in event.targets] if n}


def _same_gathering(a: Event, b: Event) -> bool:
    """"the summit of EU leaders begins in Lakeside ... the heads of government meet at the
    summit in Lakeside": meetings in one town are one gathering, whoever each mention names,
    unless both name whom they meet and differ; a visit is not (two travellers may visit one
    city apart), nor are meetings somewhere in a whole country."""
    if a.type != "CONSULT" or "visit" in (a.mode, b.mode) or a.place is None or b.place is None:
        return False
    return a.place.kind not in ("country", "region") and not _disjoint(_names(a.targets), _names(b.targets))


def _same_reality(a: str, b: str) -> bool:
    """Statuses one happening can show in two mentions: "invaded" and "the ongoing invasion"."""
    return a == b or {a, b} <= {"occurred", "ongoing"}


COMPLEMENTS = frozenset({"dobj", "dative", "prep", "attr", "oprd", "xcomp", "ccomp"})  # what a verb does it to, or to whom


def _coordinated_acts(a: Token, b: Token, kind: str) -> bool:
    """Two verbs of one coordination, each with its own object or complement, tell two acts:
    "massed troops on the border and sent more to Vale", "provides Vale with maps and sends it arms",
    "demanded a trial and called for sanctions"; verbs sharing one object ("condemned and
    denounced the raid") or told bare ("killed, maimed and wounded") tell one. Not an attack:
    what it kills, takes and wrecks ("shelled the town and killed three") is one attack."""
    if kind == "ASSAULT" or a.pos_ not in VERB_POS or b.pos_ not in VERB_POS or a == b or first_conjunct(a) != first_conjunct(b):
        return False
    return all(any(c.dep_ in COMPLEMENTS for c in verb.children) and not _on_what_was_told(verb) for verb in (a, b))


BACK_REFERENCES = frozenset({"it", "them"})  # "sent 40 tanks ... and delivered them": the thing the first verb told


def _on_what_was_told(verb: Token) -> bool:
    """"gave Vale 40 tanks and sent them by sea": a verb whose object is "it" or "them" does its
    act to the thing already told, so it tells the same act again; not "asked it to free the
    prisoners", where "it" is the one asked and the clause is what is asked."""
    return any(c.dep_ == "dobj" and c.lower_ in BACK_REFERENCES for c in verb.children) and not any(c.dep_ in ("xcomp", "ccomp") for c in verb.children)


def _definite(token: Token) -> bool:
    """A noun trigger with "the/this/that": it refers back to a happening the text has told."""
    return token.pos_ in NOUN_POS and any(c.dep_ == "det" and c.lower_ in DEFINITE for c in token.children)


def _possessed(token: Token) -> bool:
    """A noun trigger with a possessor ("his arrest", "Berg's arrest"): it refers back to a
    happening the text has told, whatever the clause now says of it (a cause, a claim)."""
    return token.pos_ in NOUN_POS and any(c.dep_ == "poss" for c in token.children)


def merge(found: list[tuple[Event, Token]], context: Context) -> list[Event]:
    """One event per happening: later compatible mentions only fill in what the first lacked; an
    article's war ("the invasion", "invaded", "Ruritania's aggression", "its leader's aggression") is
    one happening however often and wherever it is named."""
    kept: list[tuple[Event, Token, Span, bool]] = []
    for event, token in found:
        sent, definite, state = token.sent, _definite(token), load_lexicon().cue(token, "state")
        possessed = _possessed(token) and not state  # "Norland's invasion" is the article's war, read as such
        added, in_quote = _added(token), quoted(token)
        first = next(
            (
                k for k, t, s, st in kept
                if not _coordinated_acts(t, token, event.type)
                and _compatible(k, event, s == sent, definite, st and state, _one_war(k, event, context), possessed, added, in_quote)
            ),
            None,
        )
        if first is None:
            kept.append((event, token, sent, state))
            continue
        first.mode = first.mode or event.mode
        first.place = event.place if _one_trip(first, event) and first.place.kind == "country" else first.place or event.place  # the stop, not its country
        first.date = first.date or event.date
        first.actors = first.actors or event.actors
        first.targets = _unique(first.targets + event.targets)
        if not (definite or _possessed(token)):  # "sources say his arrest followed ...", "since X's invasion": their say is of the rest
            first.according_to = first.according_to or event.according_to
    return [event for event, _, _, _ in kept]


def _anchored(event: Event) -> bool:
    """An event a briefing can place: someone did it, to someone, somewhere or at some date; and
    an act that may only come must have someone who might do it ("in the event of an invasion",
    "a possible attack on X" are talk of what could happen, not anyone's act a briefing reports)."""
    if event.status == "hypothetical" and not event.actors and event.place is None:
        return False
    return bool(event.actors or event.targets or event.place or event.date)


def drop_whole_trips(events: list[Event]) -> list[Event]:
    """"A multi-stop trip is one event per stop": a trip announced to a whole region ("will
    travel to Europe"), before a named stop of the same traveller ("He will go to Vienna"),
    is told by its stops and not reported on its own."""
    visits = [e for e in events if e.type == "CONSULT" and e.place and e.actors]
    whole = set()
    for i, first in enumerate(visits):
        later = [e for e in visits[i + 1:] if _names(e.actors) == _names(first.actors)]
        if first.mode == "visit" and first.place.kind == "region" and len(later) >= 2:
            whole.add(id(first))
    return [e for e in events if id(e) not in whole]


def meetings_at_stops(events: list[Event], doc: Doc) -> list[Event]:
    """"He will then travel to Vale on June 5. He will meet with President X": a meeting told
    with no place or time of its own, right after (or with) a stop of the same traveller in the
    same paragraph, and as done or still to come as that stop, is at that stop, on its day. Not
    after a list of stops ("will travel to X, Y and Z"): which of them is not said; not a call."""
    visits = [e for e in events if e.type == "CONSULT" and e.mode in ("visit", "meet") and e.place and e.actors]
    listed = {e.start for e in visits if sum(1 for v in visits if v.start == e.start) > 1}  # one trigger split by place
    times = doc._.times or []
    for event in events:
        if event.type != "CONSULT" or event.mode != "meet" or event.place or event.date or not event.actors:
            continue
        before = [e for e in visits if e.start < event.start and e.status == event.status and _names(e.actors) & _names(event.actors)]
        sentence = _sentence_at(doc, event.start)
        timed = sentence is not None and any(sentence.start_char <= t.start < sentence.end_char for t in times)
        if before and before[-1].start not in listed and not timed and _next_to(doc, before[-1].start, event.start):
            event.place, event.date = before[-1].place, before[-1].date
    return events


def _sentence_at(doc: Doc, offset: int) -> Span | None:
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    return span[0].sent if span else None


def _next_to(doc: Doc, earlier: int, later: int) -> bool:
    """Whether two offsets are in one sentence or in consecutive sentences of one paragraph."""
    a, b = _sentence_at(doc, earlier), _sentence_at(doc, later)
    if a is None or b is None:
        return False
    return "\n" not in text_of(doc)[a.start_char:b.start_char] and (a == b or a.end == b.start)
