"""Where an event happened: the place of the act, not every place its sentence names."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from sitrep.facts import Event, Party, Place
from sitrep.nlp.events.grammar import is_preposition, lends_subject
from sitrep.nlp.events.lexicon import Trigger, load_lexicon
from sitrep.nlp.events.parties import _names, _side, _sides, _subject_list, _struck, _under_attack, goods_receivers, included
from sitrep.nlp.events.words import HEAD_STEPS, LAUNCHES, NOUN_POS, PLACE_PREPS, PRECISE_DATE, RELATIVE, SETTING_NOUNS, SPLIT_MODES, SPLIT_TYPES, VERB_POS
from sitrep.nlp.figures import antecedent_place, backed_by, of_objects
from sitrep.nlp.figures.words import SETTLEMENT_NOUNS
from sitrep.nlp.inflection import base_forms
from sitrep.nlp.places import fell_to_a_party
from sitrep.nlp.syntax import first_conjunct

if TYPE_CHECKING:  # annotations only: these modules build on this one
    from sitrep.nlp.events.context import Context


def event_place(token: Token, anchor: Token, trigger: Trigger, context: Context) -> Place | None:
    """Where it happened: a place in the trigger's own preposition phrase or object, or in its
    verb's when that verb carries it ("held talks in X"); a noun subject of another verb
    ("the war has united people across X") is not where that verb's phrases say."""
    phrases: list[Token] = []
    lent = token.dep_ not in ("nsubj", "nsubjpass") or lends_subject(anchor)
    heads = (token, anchor) if lent and not _adverbial(token, anchor) else (token,)
    met = trigger.type == "CONSULT" and trigger.mode != "visit"  # "met US troops", "meeting the prime minister of X": whom, not where
    for head in dict.fromkeys(heads):
        departed = head == token and load_lexicon().cue(token, "depart")  # "left Georgia" is whence, not whither
        for child in head.children:
            holds_trigger = head != token and child.left_edge.i <= token.i <= child.right_edge.i  # "on Russia's invasion", "to US sanctions"
            whither = not departed or child.lower_ in ("for", "to")  # "after leaving prayers in X": only "left for X" goes somewhere
            if is_preposition(child) and _place_prep(child.lower_, head == token, trigger) and not holds_trigger and whither:
                phrases += [g for g in child.children if g.dep_ == "pobj" and g.lower_ != "addition" and g.lower_ not in SETTING_NOUNS]  # not "in addition to US aid", "in response to X's invasion"
            taken = _for_relative(child) if trigger.mode == "seize" else child
            if child.dep_ == "dobj" and not holds_trigger and not departed and (trigger.mode != "seize" or _takeable(taken, context)) and not _sent_thing(head, trigger) and trigger.type != "SANCTION" and not met:
                phrases.append(taken)
    if trigger.type == "AID" and anchor.pos_ in VERB_POS:
        phrases += goods_receivers(anchor)  # "sent $50m of supplies to X"
    subjects = [_for_relative(c) if trigger.mode == "seize" and c.dep_ == "nsubjpass" else c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
    if (victim := _under_attack(token)) is not None:
        phrases.append(victim)  # "Vale came under fire": where it landed
    if trigger.type == "ASSAULT" and trigger.mode != "seize" and (hit := _participle_on(token)) is not None:
        phrases.append(hit)  # "a block in Vale hit by rockets": where it landed
    elsewhere = _seized_elsewhere(token, context) if trigger.mode == "seize" else []
    phrases += elsewhere
    if trigger.mode == "seize" and not any(c.dep_ == "dobj" for c in token.children) and subjects:
        place = _named_by_subject(subjects[0], context)  # "Eastport fell", "the city of Eastport fell", not "shipments from Russia fell"
        if place is not None or not elsewhere:
            return place
    phrases += _where_people_are(token)
    for phrase in phrases:
        place = _phrase_place(phrase, context)
        if place is not None:
            return place
    struck = _struck(token) if trigger.type == "ASSAULT" and trigger.mode != "seize" else None
    if struck is not None:
        return _named_by_subject(struck, context) or _where_it_stood(struck, context)  # "the city of Vale was hit by shelling"
    return _where_clause_place(anchor, context)


def _for_relative(word: Token) -> Token:
    """"Vale, which the army took in May", "Vale, which was occupied for a month": a relative
    pronoun stands for the noun its clause hangs on, so a capture whose object or passive subject
    it is takes that noun ("Vale, which has seized X": Vale is the taker, not what is taken)."""
    if word.lower_ in RELATIVE - {"who"} and word.head.dep_ == "relcl" and word.head.head.pos_ in NOUN_POS:
        return word.head.head
    return word


def _where_clause_place(verb: Token, context: Context) -> Place | None:
    """"reported from Vale, deep in the mountains, where leaders met for a summit": an act told
    in a "where" clause happened at the place the clause describes (or the place that holds
    what it describes)."""
    if verb.dep_ != "relcl" or not any(c.dep_ == "advmod" and c.lower_ == "where" for c in verb.children):
        return None
    current = verb.head
    for _ in range(HEAD_STEPS):
        place = context.place_in(current.idx, current.idx + len(current.text))
        if place is not None:
            return place
        if current.dep_ not in ("pobj", "prep", "appos") or current.head == current:
            return None
        current = current.head
    return None


def _named_by_subject(subject: Token, context: Context) -> Place | None:
    """The place a subject names itself or by its "of" phrase ("Eastport", "the city of
    Eastport"), not one in its other phrases ("a convoy from Eastport"); an "it" the town named
    before it in its sentence ("bodies were found in Eastport after it was recaptured")."""
    if subject.lower_ == "it":
        if not _taken_by_someone(subject):
            return None  # "prices said it had fallen sharply": no town
        sent = subject.sent
        before = [p for p in context.places_at.between(sent.start_char, subject.idx + 1) if p.end <= subject.idx and p.kind != "country"]
        return before[-1] if before else None
    for word in [subject, *of_objects(subject)]:
        left = min((c.left_edge for c in word.children if c.dep_ in ("compound", "nmod", "amod", "det")), key=lambda t: t.i, default=word)
        place = context.place_in(left.idx, word.idx + len(word.text))
        if place is not None:
            return place
    return None


def _where_it_stood(struck: Token, context: Context) -> Place | None:
    """ "A hospital in Vale was hit": where the thing struck stands is where the blow landed
    ("in", "at", "near" it); not where it came from or went ("a convoy from Vale")."""
    spots = [g for c in struck.children if c.dep_ == "prep" and c.lower_ in STANDING_PREPS for g in c.children if g.dep_ == "pobj"]
    return next((place for g in spots if (place := _phrase_place(g, context)) is not None), None)


def _taken_by_someone(subject: Token) -> bool:
    """Whether a subject is what a capture took: of a passive ("it was recaptured") or of a
    fall to a party ("it fell to X's forces", not "it fell to 3%")."""
    return subject.dep_ == "nsubjpass" or fell_to_a_party(subject.head)


def _sent_thing(verb: Token, trigger: Trigger) -> bool:
    """ "will reposition a U.S. missile system to X", "sent Norland-made shells": what a
    deployment or aid verb moves is a thing, whose place names are whose it is; the place is
    in its "to/in X"."""
    return trigger.type in ("MOBILIZE", "AID") and verb.pos_ in VERB_POS


def _adverbial(noun: Token, verb: Token) -> bool:
    """"At the start of the invasion, he shopped in Paris": a noun in a phrase that only sets
    the time or circumstance of another verb does not happen where that verb does."""
    current = noun
    while current.head != current and current.head != verb:
        current = current.head
    return noun.pos_ in NOUN_POS and current.head == verb and current.dep_ == "prep" and current.lower_ in ("at", "since", "after", "before", "despite", "amid", "during", "following")


def _takeable(thing: Token, context: Context) -> bool:
    """What a capture takes is a place: named ("took Vale") or a site ("the town of Vale", "the
    airport"); "captured evidence of crimes in Vale" takes no place."""
    return context.place_in(thing.idx, thing.idx + len(thing.text)) is not None or load_lexicon().cue(thing, "site")


def _participle_on(token: Token) -> Token | None:
    """The noun a passive participle describes ("a block in Vale hit by rockets"): what the act
    was done to, so the place it names is where the act landed."""
    verb = token.head if token.dep_ == "conj" and token.head.pos_ in VERB_POS else token
    if verb.tag_ != "VBN" or verb.dep_ != "acl" or verb.head.pos_ not in NOUN_POS:
        return None
    return verb.head


def _where_people_are(token: Token) -> list[Token]:
    """"met with X in Vale", "spoke to X at the summit": the parse hangs the place on the person
    met, yet a person is no container of places: where they are is where the act happens."""
    people = [c for c in token.children if c.dep_ == "dobj" and c.ent_type_ == "PERSON"]
    met = [g for c in token.children if c.dep_ == "prep" and c.lower_ in ("with", "to") for g in c.children if g.dep_ == "pobj"]
    people += [g for g in met if g.ent_type_ == "PERSON"] + [n for g in met for n in included(g)]
    return [g for person in people for c in person.children if c.dep_ == "prep" and c.lower_ in ("in", "at")
            for g in c.children if g.dep_ == "pobj"]


def _seized_elsewhere(token: Token, context: Context) -> list[Token]:
    """What a capture verb takes when the parse hangs it elsewhere: the object of the verb it is
    joined to when that is a place ("seized or blockaded the ports", not "capture and publish
    evidence"), the town a participle describes ("Vale, a town recently liberated by X")."""
    if any(c.dep_ == "dobj" for c in token.children):
        return []
    shared = [c for v in token.conjuncts for c in v.children if c.dep_ == "dobj" and _takeable(c, context)]
    if token.dep_ == "acl" and token.tag_ == "VBN":
        shared.append(token.head)
        if token.head.dep_ == "appos":
            shared.append(token.head.head)
    return shared


def _phrase_place(phrase: Token, context: Context) -> Place | None:
    """A place the phrase names where it lies ("to Vale", "villages in the Vale region", "to the
    capital, Vale"), not one inside a clause or a party of it ("was added to a register kept
    by Vale", "the talks with Vale"); "in the city" is the last city named."""
    start, end = phrase.left_edge.idx, phrase.right_edge.idx + len(phrase.right_edge.text)
    inside = [p for p in context.places_at.between(start, end + 1) if p.end <= end]
    inside.sort(key=lambda p: _rank_inside(_place_root(p, phrase.doc), p))
    cut_short = [p for p in context.places_at.between(phrase.idx, phrase.idx + 1) if p.end > end]  # "in Washington, D.C." with "D.C." hung on the verb
    return next((p for p in inside if _located(_place_root(p, phrase.doc), phrase)), None) or next(iter(cut_short), None) or antecedent_place(phrase, context.places)


def _rank_inside(root: Token, place: Place) -> tuple[bool, bool]:
    """Which of the places inside a phrase says where first: the settlement a kind noun is "of"
    ("the port of Vale"), then a place that stands on its own before one that only names a
    building or body ("the Grand hotel in central Vale": Vale, not a town called Grand)."""
    return not (place.kind != "country" and _named_by_kind(root)), root.dep_ == "compound"


KIND_NOUNS = frozenset(SETTLEMENT_NOUNS) - {"capital"}
STANDING_PREPS = frozenset({"in", "at", "near", "outside", "inside"})  # where a thing stands, not whence or whither


def _named_by_kind(word: Token) -> bool:
    """ "the Black Sea port of Vale", "the Donbas town of Vale": the place a kind of settlement
    is "of" is the one meant; the place before the kind only locates it (a country after "of"
    holds the settlement: "the capital of Norland, Vale")."""
    return word.dep_ == "pobj" and word.head.lower_ == "of" and word.head.head.lower_ in KIND_NOUNS


def _located(word: Token, phrase: Token) -> bool:
    """Whether the words from ``word`` up to ``phrase`` only say where (no verb or party phrase
    between, and not the owner of a party: "Vale's forces")."""
    while word != phrase and word.head != word:
        where_clause = word.dep_ == "relcl" and any(c.lower_ == "where" for c in word.children)  # "a theatre where people sheltered in X"
        if (word.dep_ in ("acl", "relcl", "agent", "advcl", "ccomp", "pcomp") and not where_clause) or (word.dep_ == "prep" and word.lower_ not in PLACE_PREPS | {"of"}):
            return False
        if backed_by(word):
            return False  # "the US-led alliance", "Iran-made drones": who leads or makes it, not where it is
        if word.dep_ == "poss" and load_lexicon().cue(word.head, "party"):
            return False  # "the retreat of Russia's forces": whose forces, not where they were
        if word.lower_ in SETTING_NOUNS and word.dep_ == "pobj":
            return False  # "a summit in response to X's invasion", "in the wake of strikes on X": why, not where
        word = word.head
    return word == phrase


def per_place(event: Event, token: Token, trigger: Trigger, context: Context) -> list[Event]:
    """"captured X and Y", "will go to X and Y", "strikes on X and Y": a capture, a trip or an
    attack naming places joined by "and" is one happening per place, each with its own host
    (a digest of strikes reports each town struck as its own attack)."""
    if event.mode not in SPLIT_MODES and event.type not in SPLIT_TYPES:
        return [event]
    sent = token.sent
    named = [p for p in context.places_at.between(sent.start_char, sent.end_char)]
    stopping = _stops(token) if event.mode == "visit" else set()
    stops = [p for p in named if _place_root(p, token.doc) in stopping]
    first = next((p for p in named if p.ref() == event.place), None) if event.place is not None else None
    if first is None and stops:
        first, event = stops[0], replace(event, place=stops[0].ref())  # "toured the region, stopping in X and Y"
    if first is None:
        return [event]  # "in the city": a place named before, with no list in this sentence
    if event.mode not in SPLIT_MODES and _listed_in_group(_place_root(first, token.doc)):
        return [event]
    joined = set(_place_root(first, token.doc).conjuncts) | _gapped(token)
    places = [first] + [p for p in named if _place_root(p, token.doc) in joined and not _subject_list(_place_root(p, token.doc))]
    places += [p for p in stops if p not in places]
    hosts = [_place_party(p, context) for p in places]
    dates = [event.date] + [_date_after(p, sent, context) or event.date for p in places[1:]]
    return [replace(event, place=place.ref(), targets=_targets_at(event, host, hosts), date=when) for place, host, when in zip(places, hosts, dates)]


def _stops(trip: Token) -> set[Token]:
    """The places a trip names as its stops ("will travel to the region, with stops in X, Y and
    Z", "toured the region, stopping in X and Y"): the objects of "in" or "at" on a noun or verb
    of stopping that hangs on the trip's verb."""
    stopping = [c for c in trip.children if c.dep_ in ("advcl", "conj", "xcomp") and "stop" in base_forms(c.lower_)]
    stopping += [g for c in trip.children if c.dep_ == "prep" and c.lower_ in ("with", "including") for g in c.children
                 if g.dep_ == "pobj" and set(base_forms(g.lower_)) & {"stop", "stopover"}]
    objects = [g for s in stopping for c in s.children if c.dep_ == "prep" and c.lower_ in ("in", "at") for g in c.children if g.dep_ == "pobj"]
    return {t for o in objects for t in (o, *o.conjuncts)}


def _gapped(token: Token) -> set[Token]:
    """ "will visit X on Monday and Y on Tuesday": a place the parser joins to the first stop's
    date is a second stop, with a verb left out."""
    found = set()
    for prep in (c for c in token.children if c.dep_ == "prep"):
        for when in (g for g in prep.children if g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME")):
            found |= {c for c in when.children if c.dep_ == "conj" and c.ent_type_ not in ("DATE", "TIME")}
    return found


def _date_after(place: Place, sent: Span, context: Context) -> str | None:
    """The date told right after a gapped stop ("and Y on Tuesday")."""
    following = [t for t in context.times_at.between(place.end, sent.end_char) if PRECISE_DATE.match(t.value)]
    nearest = min(following, key=lambda t: t.start, default=None)
    return nearest.value if nearest is not None and nearest.start - place.end < 8 else None  # " on Tuesday"


def _listed_in_group(root: Token) -> bool:
    """"strikes on a row of towns: X, Y and Z": places set in apposition to a group
    they make up name the front one barrage hit, not attacks of their own."""
    return first_conjunct(root).dep_ == "appos"


def _targets_at(event: Event, host: Party, hosts: list[Party]) -> list[Party]:
    """The targets of one place's share of a split event: those that are no other place, with
    the place's own host for a visit (whom the traveller visits) or an attack that named it as
    struck ("strikes on X and Y": X is the target at X, not at Y)."""
    others = [t for t in event.targets if t not in hosts]
    if event.mode == "visit":
        return others or [host]
    return others + ([host] if event.type in SPLIT_TYPES and host in event.targets else [])


def _place_root(place: Place, doc: Doc) -> Token:
    """The word of a place's name the parse hangs the rest on ("Rih" in "Kryvyi Rih")."""
    return doc.char_span(place.start, place.end, alignment_mode="expand").root


def _side_party(speaker: Party, context: Context) -> Party | None:
    """The country a person speaks for, as a party ("U.S. Secretary of State Ana Lind": the United States)."""
    if not any(e.id == speaker.entity and e.type == "person" for e in context.entities):
        return None
    side = _side(speaker, context)
    country = next((e for e in context.entities if e.id == side and e.type == "country"), None)
    return Party(country.id, country.name) if country is not None else None


def _one_war(a: Event, b: Event, context: Context) -> bool:
    """Whether two mentions of a war are waged by one side ("Ruritania's war", "its president's
    war") or on one country ("the invasion of X", "the aggression against X")."""
    return bool(_sides(a.actors, context) & _sides(b.actors, context) or _names(a.targets) & _names(b.targets))


def _place_prep(word: str, on_trigger: bool, trigger: Trigger) -> bool:
    """Whether "<word> X" says where: "on X" only for attacks, "of X" only on the trigger noun
    and never for a meeting or visit (whose "of" names who takes part),
    "from X" not for a trip, a meeting, a launch, a capture, nor for an attack but on its verb ("arrived
    from X" came from there, "an attack from X" and "missiles fired from the Caspian Sea" struck
    elsewhere, "equipment captured from X's forces" was taken from them; "withdrew from X" and
    "drove the invaders from X" were there)."""
    if word == "on":
        return trigger.type == "ASSAULT"
    if word == "from":
        return trigger.type != "CONSULT" and trigger.mode != "seize" and trigger.term not in LAUNCHES and not (trigger.type == "ASSAULT" and (trigger.pos == "N" or not on_trigger))
    if word == "of":
        return on_trigger and trigger.type != "CONSULT"  # "the siege of X"; "the visit of X's speaker to Y" is who, not where
    return word in PLACE_PREPS


def _place_party(place: Place, context: Context) -> Party:
    """The host of a visit: the visited country's entity, or the place by name."""
    entity = context.entity_at(place.start, place.end)
    return Party(entity.id, entity.name) if entity is not None else Party(None, place.name)
