"""Where, as of when and according to whom a figure holds."""

from __future__ import annotations

import re
from collections.abc import Iterator, Set
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from sitrep.facts import Entity, Place, PlaceRef, Quote, Time
from sitrep.nlp.countries import code_of_word, government_of, is_capital, issuer_of, name_of
from sitrep.nlp.doctext import per_document, per_sentence, text_of
from sitrep.nlp.entities import in_dateline, issuers_voice
from sitrep.nlp.figures.counted import (
    _host_place, _included, _list_lead, _place_at, _war_place, antecedent_place, by_phrase_passive, clause_slot, governing_verb, home_place, infinitive,
    is_dateline, of_objects,
)
from sitrep.nlp.furniture import past_run_in
from sitrep.nlp.inflection import base_forms
from sitrep.nlp.offsets import OffsetIndex
from sitrep.nlp.times import dates
from sitrep.nlp.figures.words import (
    BUILDING_WORDS, CASUALTIES, COUNTRY_LAST, DATE_VALUE, DATING_MARKS, DAY, LOCATIVE, LOCATOR_LAST, MONTH, NOT_ANCHORS, YEAR_END,
    NOT_WHERE_DEPS, NOT_WHERE_PREPS, PERSONS, PLACE_WORDS, REASON_NOUNS, SETTLEMENT_NOUNS, UPROOTED, WEEK, aid_item, can_speak,
    figure_classes, lexicon,
)
from sitrep.nlp.syntax import first_conjunct

if TYPE_CHECKING:  # annotations only: these modules build on this one
    from sitrep.nlp.figures.component import Reading


def place_mentions(doc: Doc) -> list[Place]:
    """The places of ``doc._.places`` plus every later mention of their names: a name keeps
    one sense per article, and a repeated "Bakhmut" may have gone unmarked. A name that is also
    a time expression ("in March") is a time."""
    times = doc._.times or []
    places: list[Place] = [p for p in doc._.places or [] if not any(t.start < p.end and p.start < t.end for t in times)]  # "in March" is when
    taken = [(p.start, p.end) for p in places]
    for place in {p.text: p for p in places}.values():
        for m in re.finditer(rf"(?<!\w){re.escape(place.text)}(?!\w)", text_of(doc)):
            if not any(s < m.end() and m.start() < e for s, e in taken):
                places.append(replace(place, start=m.start(), end=m.end()))
    return sorted(places, key=lambda p: p.start)


def _clause(verb: Token) -> list[Token]:
    """A verb and its coordinated verbs: "were killed and 35 wounded in X" share "in X"."""
    joined = [verb] + [c for c in verb.children if c.dep_ == "conj"] + ([verb.head] if verb.dep_ == "conj" else [])
    antecedent = _gapped_antecedent(verb)
    return joined + ([antecedent] if antecedent is not None and antecedent not in joined else [])


def _gapped_antecedent(verb: Token) -> Token | None:
    """The passive verb a participle without an auxiliary of its own was gapped from ("five
    were killed on Monday, and seven others injured": "were" left out), which the parser may
    hang beside it rather than below it: the gapped clause goes on from that verb's day and
    place."""
    if verb.tag_ != "VBN" or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None
    joint = next((t for t in verb.doc[verb.left_edge.i - 1:verb.left_edge.i] if t.dep_ == "cc"), None)
    if joint is None or joint.head.i >= verb.i or joint.head.tag_ != "VBN":
        return None
    return joint.head if any(c.dep_ == "auxpass" for c in joint.head.children) else None


def _place(doc: Doc, reading: Reading, readings: list[Reading], places: list[Place]) -> PlaceRef | None:
    """Where the counted are, nearest statement first: "in/to X" on the counted phrase, its
    clauses or its verb; the host of a hosting verb; a place elsewhere in the sentence; for
    all but refugees (whose origin is named as often as their host), the place an earlier
    sentence of the paragraph set the scene in; a part of an earlier count ("including four
    students") is where that count is unless its own phrase says where, and so is, lacking a place of its own, a bare count
    that goes on from an earlier count of its sentence ("bringing the total to 1,200"). Troops
    take no place from the paragraph: armies are raised, trained and sent from elsewhere.
    Refugees with no host named are placed in the country they fled (``_fled_country``).
    Captives of a prisoner swap are only where their own clause says (``_swapped``)."""
    if reading.place is not None:
        return reading.place
    if _swapped(reading):
        return _attached_place(reading, places)  # "freed in a swap at X": only what its own clause says
    measure = _measure(reading) if reading.category == "other" else None
    if measure is not None and "barring" not in figure_classes(measure):
        return _attached_place(reading, places)  # a listing or a freeze holds its targets nowhere
    if measure is not None:
        actor, kept_from, actors, from_words = _barring_state(measure, places)
        attached = _attached_place(reading, places)
        if actor is not None and from_words and not any(t.pos_ in ("NOUN", "PROPN") for t in from_words):
            return None  # "Y has barred 40 officials from entering": kept out of no land it names
        if actor is not None:
            return attached if attached is not None and attached.kind != "country" else actor  # "Y expelled 4 diplomats from X": Y's own land
        if kept_from is not None:
            return attached or kept_from
        if any(t.lower_ in STATE_WORDS for t in actors) or not actors and (not from_words or any(t.lower_ in STATE_WORDS for t in from_words)):
            return attached  # a state's measure naming no state ("29 countries expelled", "200 diplomats had been expelled", "are banned from entering the country")
        # else a force's or a police's ("troops expelled 3,000 from their homes", "police in X banned 200 from the square"): the usual way
    index = _Table.of(doc, readings, places).index(reading)
    before = readings[index - 1] if index > 0 else None
    if before is not None and _included(reading.anchor):
        return _attached_place(reading, places) or _place(doc, before, readings, places)  # "killed 40 in X, including 12 in Y": each item where it says
    if _at_the_border(reading):
        return None
    whole_war = _war_toll(reading)  # a toll the war's relative clause tells: no town of the sentence is its place
    found = (
        _attached_place(reading, places) or _cause_place(reading, places) or _host_place(reading.verb, places)
        or (home_place(reading.verb, places, reading.category) if reading.category in ("refugees", "displaced") else None)
        or _hosting_owner(reading.anchor, places)
        or (_arrival_host(reading.anchor, places) if reading.category == "refugees" else None)
        or (None if whole_war else _sentence_place(doc, reading, readings, places))
    )
    if found is None and before is not None and _goes_on_from(reading, before):
        found = _place(doc, before, readings, places)
    if found or reading.category == "refugees":
        return found or _fled_country(doc, reading, readings, places)
    if reading.category == "troops":
        return None  # forces are counted where the sentence puts them, or nowhere: "has trained 20,000 soldiers" after a scene in X
    if whole_war or _since_the_war(reading.span.sent) or _another_blow(reading, readings):
        return _unplaced_toll(doc, reading, places)  # a toll of the whole war, or of another blow, sets no scene
    return _paragraph_place(doc, reading.span.sent, places) or _unplaced_toll(doc, reading, places)


def _unplaced_toll(doc: Doc, reading: Reading, places: list[Place]) -> PlaceRef | None:
    """Where a toll is that neither its sentence nor the scene places: the area of the local
    authority that reports it, else the country of the story's war, else the country of the
    national authority that reports it."""
    return _reporter_place(doc, reading, places) or _war_country(doc, reading, places) or _national_source(doc, reading, places)


MEASURES = frozenset({"barring", "sanction"})


def _fled_country(doc: Doc, reading: Reading, readings: list[Reading], places: list[Place]) -> PlaceRef | None:
    """The country refugees whose host goes unnamed are told to have left ("two million have
    fled Norland"): the guide counts refugees by host or origin country, and with no host the
    origin is where the count belongs. Not when another count of the uprooted in the sentence
    has a place ("3 million fled X, with 1 million arriving in Y"; "... and a million are
    displaced inside X"): the text then tells where the rest are, and X is no longer theirs."""
    if reading.verb is None:
        return None
    others = [r for r in _Table.of(doc, readings, places).in_sentence(reading.span.sent) if r is not reading and r.category in UPROOTED]
    if any(_attached_place(r, places) is not None for r in others) or _host_told(reading, places):
        return None
    leaving = [v for v in (reading.verb, *(c for c in reading.verb.children if c.dep_ == "xcomp")) if figure_classes(v) & {"refugees", "origin"}]
    left = [c for v in leaving for c in v.children if c.dep_ == "dobj"]
    countries = [p for p in places if p.kind == "country"]
    return _place_at(left, countries) or next((_own_country(reading.anchor, countries) for c in left if _their_country(c)), None)


def _host_told(reading: Reading, places: list[Place]) -> bool:
    """Whether the sentence of a count of refugees names a place as hosting them in a clause of its
    own ("N have fled X, and Y hosts most of them", "..., while Y has taken in 10,000 of them"):
    the origin is then not where the text puts them, though the parser may not tie the host to
    the count."""
    return any(
        t is not reading.verb and figure_classes(t) & {"host", "host_in"} and _place_at([c for c in t.children if c.dep_ == "nsubj"], places)
        for t in reading.span.sent
    )


def _their_country(noun: Token) -> bool:
    """ "their country", "their homeland": the counted people's own country."""
    return noun.lower_ in ("country", "homeland") and any(c.dep_ == "poss" and c.lower_ == "their" for c in noun.children)


def _own_country(counted: Token, countries: list[Place]) -> PlaceRef | None:
    """The country the article names whose people the counted noun names ("Valeans" -> Vale;
    the demonym table holds the singular)."""
    code = code_of_word(counted.text) or code_of_word(counted.text.removesuffix("s"))
    return next((p.ref() for p in countries if code is not None and p.country == code), None)


def _swapped(reading: Reading) -> bool:
    """Whether a count of captives is of a prisoner exchange ("trading nine captives for
    eleven pilots", "were returned in exchange for"): they are counted as they change hands
    between two sides, held in neither side's town that day, so the scene, the sentence's
    other places or the war's country are not theirs. The words asked are those from the
    counted word up to its verb and the objects of that verb's prepositions; an exchange "of"
    something other than captives ("detained after an exchange of fire") is no swap."""
    if reading.category != "detained":
        return False
    path = [reading.anchor, *reading.anchor.ancestors]
    verb = reading.verb
    words = path[:path.index(verb) + 1] if verb in path else path
    if verb is not None:
        words += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return any("swap" in figure_classes(w) and _of_captives(w) for w in words)


def _of_captives(exchange: Token) -> bool:
    """Whether what an exchange's "of" phrase names, if it has one, are captives ("an exchange
    of prisoners", not "an exchange of fire")."""
    traded = of_objects(exchange)
    return not traded or any("detained" in figure_classes(t) for t in traded)


def _measure(reading: Reading) -> Token | None:
    """The word of a state's measure against the counted ("expelled 20 diplomats", "sanctions
    on the officials", "30 reporters it said were banned"), if a measure is what the count is of:
    its targets are where that measure says, not where the sentence or the war is. The noun of
    a measure may be the object of the verb the targets' "on" hangs from ("imposed sanctions on")."""
    anchor = reading.anchor
    words = [reading.verb, *(c for c in anchor.children if c.dep_ == "relcl")]
    slot = clause_slot(anchor)  # "sanctions on dozens of officials": the "on" the count hangs from
    if slot.dep_ == "pobj":
        words += [slot.head.head, *(c for c in slot.head.head.children if c.dep_ == "dobj")]
    return next((w for w in words if w is not None and figure_classes(w) & MEASURES), None)


STATE_WORDS = frozenset("country countries nation nations state states government governments ministry territory allies".split())


def _barring_state(measure: Token, places: list[Place]) -> tuple[PlaceRef | None, PlaceRef | None, list[Token], list[Token]]:
    """The state that expels the counted or bars them from its land, the country of the "from"
    phrase ("banned from entering Armenia"), and the words of the measure's actor and of its
    "from" phrase: the state is the measure's subject ("Y is expelling five activists", "Y's
    interior ministry has barred them from travelling to the country") or whose the measure is
    ("Armenia's expulsion of"); a state expels from its own land, so "Y expelled four diplomats
    from X" puts them in Y."""
    from_words = [t for c in measure.children if c.dep_ == "prep" and c.lower_ == "from" for t in c.subtree]  # "banned from entering X"
    actor = measure
    while actor.dep_ == "xcomp" and not _subjects(actor):
        actor = actor.head  # "X is to expel": the subject of "is"
    if actor.pos_ in ("VERB", "AUX"):
        actors = _subjects(actor) + [t for c in actor.children if c.dep_ == "agent" for t in c.subtree]
    else:
        actors = [t for c in actor.children if c.dep_ == "poss" for t in c.subtree]

    def country(tokens: list[Token]) -> PlaceRef | None:
        found = next((p for t in tokens for p in places if p.start <= t.idx < p.end and p.kind == "country"), None)
        return found.ref() if found is not None else None
    return country(actors), country(from_words), actors, from_words


def _another_blow(reading: Reading, readings: list[Reading]) -> bool:
    """Whether a toll told with a blow of its own ("on Friday, four died after a depot was
    struck") follows a sentence whose toll had its own blow ("nine died in X when rockets fell
    on a school"): two strikes, and the place of the first is not the second's (a death "after
    a shell hit his house", after a scene set in X without a blow, is still in X)."""
    if reading.category not in CASUALTIES or reading.verb is None or not _blow_clauses(reading.verb):
        return False
    sent = reading.span.sent
    earlier = [r for r in readings if r.span.sent.end <= sent.start and r.category in CASUALTIES and r.verb is not None]
    if not earlier or earlier[-1].span.sent.end != _previous_sentence_end(sent):
        return False
    return any(_blow_clauses(r.verb) for r in earlier if r.span.sent == earlier[-1].span.sent)


def _national_source(doc: Doc, reading: Reading, places: list[Place]) -> PlaceRef | None:
    """The country of the national authority that reports a toll that names no place and no
    war's country ("Norland's health minister said 57 people had been killed", "the Norlandic
    president's office said six civilians died"): it counts for its country, as a regional
    administration counts for its region (``_reporter_place``), when the story's scenes are in
    that country (it names a town or region of it). Not a foreign government's count of a war
    told elsewhere ("Vale officials said 5,000 troops were killed", in a story of Norland's
    towns), nor one of another country's people ("Norland said 800 Valean troops die each
    day", "... said 800 Valeans were killed"): the source then reports on the enemy, wherever
    it fights."""
    if reading.category not in CASUALTIES:
        return None
    head = _source_head(doc, reading.span, reading.verb)
    if head is None:
        return None
    countries = [p for p in places if p.kind == "country"]
    phrase = [t for t in head.subtree if not any(a.dep_ in ("relcl", "acl") for a in (t, *_path(t, head)))]
    named = next((p for t in phrase for p in countries if p.start <= t.idx < p.end), None)
    source = named.ref() if named is not None else next((found for t in phrase if t.ent_type_ == "NORP" and (found := _own_country(t, countries))), None)
    anchor = reading.anchor
    counted = [c for c in (anchor, *anchor.children) if (c == anchor or c.dep_ in ("amod", "compound")) and c.ent_type_ in ("NORP", "GPE")]
    if source is None or any(_own_country(c, countries) != source for c in counted):
        return None
    return source if any(p.kind != "country" and p.country == source.country for p in places) else None


def _war_toll(reading: Reading) -> bool:
    """Whether a toll is told in a relative clause of the war itself, as one still running ("a
    war that has cost 9,000 lives"): it is the whole war's, not that of the town the rest
    of the sentence is about ("pulled back from X a year into a conflict that has killed
    9,000"). A toll told in the past tense is of one bout of fighting ("hit X in fighting that
    killed 12"), which the sentence places."""
    verb = reading.verb
    return (
        reading.category in CASUALTIES and verb is not None and verb.dep_ == "relcl" and "war" in figure_classes(verb.head)
        and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    )


def _previous_sentence_end(sent: Span) -> int:
    """The token index where the sentence before ``sent`` ends (its start, at the text's start)."""
    return sent.start if sent.start == 0 else sent.doc[sent.start - 1].sent.end


def _since_the_war(sent: Span) -> bool:
    """Whether a sentence counts from the war's start ("since the invasion began", "since the
    start of the war"): its toll is the war's, not the scene an earlier sentence set."""
    since = [t.subtree if t.dep_ == "prep" else t.head.subtree for t in sent if t.lower_ == "since" and t.dep_ in ("prep", "mark")]
    return any("war" in figure_classes(w) for phrase in since for w in phrase)


def _reporter_place(doc: Doc, reading: Reading, places: list[Place]) -> PlaceRef | None:
    """Where a local authority that reports a toll, or a count of people (its residents
    trapped or at risk), governs, when no earlier sentence of the paragraph set the scene: "one
    person was killed, the Eastport regional administration said", "according to the mayor of
    Eastport", "the Eastport city council said 9,000 residents are trapped". A town or a
    region in the source's phrase is the area it counts for; a country ("Norland's military
    said"), a place that is the whole source ("Moscow said": its government) and a capital
    without a local office ("Moscow's defence ministry") only say whose the source is."""
    if reading.category not in CASUALTIES and not (reading.category == "other" and "people" in figure_classes(reading.anchor)):
        return None  # a toll, or a count of the area's people ("the X city council said 10,000 residents are trapped")
    if reading.category == "other" and _names_a_place(reading.anchor, places):
        return None  # "the X city council said 2,000 Y residents", "people from Y": Y's people, not X's
    head = _source_head(doc, reading.span, reading.verb)
    if head is None:
        return None
    phrase = [t for t in head.subtree if t != head and not any(a.dep_ in ("relcl", "acl") for a in (t, *_path(t, head)))]
    local = any(t.lower_ in LOCAL_OFFICES for t in [head, *phrase])
    found = [
        p for p in places
        if p.kind != "country" and any(p.start <= t.idx < p.end for t in phrase) and not (p.start <= head.idx < p.end)
        and (local or not is_capital(p))
    ]
    return _most_local(found, text_of(doc)).ref() if found else None


def _names_a_place(noun: Token, places: list[Place]) -> bool:
    """Whether the counted noun's own phrase names a place ("2,000 Y residents", "people from
    Y"): the people are that place's."""
    return any(p.start <= t.idx < p.end for t in noun.subtree for p in places)


def _goes_on_from(reading: Reading, before: Reading) -> bool:
    """A bare amount after a count of its own sentence goes on from it ("300 surrendered in
    Eastport, bringing the total to 1,200"): it is about the same group and scene."""
    return before.span.sent == reading.span.sent and reading.anchor == reading.span.root


def _attached_place(reading: Reading, places: list[Place]) -> PlaceRef | None:
    """ "refugees in Norland", "refugees who fled to Norland", "were killed in Eastport", "Eastport,
    where hundreds were killed"; the "of" phrase of the counted word names what it counts, and
    the parser may hang the place there ("four batteries of guns in Norland"), so it is asked
    last: the clause's own place comes first ("ten members of a family in X were killed in Y")."""
    anchor, verb = reading.anchor, reading.verb
    clause = _clause(verb) if verb is not None else []
    if reading.category not in CASUALTIES:  # "two million fled, and a million are displaced inside X": not where the first are
        clause = [v for v in clause if v == verb or not any(c.dep_ in ("nsubj", "nsubjpass") or c.dep_ == "dobj" and _a_count(c) for c in v.children)]
        # "kept 8,000 guards at home and moved 2,000 (guards) to X": a verb with a count of its own is that count's
    relative = next((r for v in clause if (r := _where_relative(v)) is not None), None)
    if relative is not None:
        found = _place_at([relative.head], places)  # "Eastport, where hundreds of civilians were killed"
        if found:
            return found
    owners = [anchor] + [c for c in anchor.children if c.dep_ in ("relcl", "acl")] + clause + _complements(clause) + of_objects(anchor)
    # "four batteries of guns in X" when nothing nearer says where; "ten members of a family in X were killed in Y": Y
    return _place_by(owners, LOCATIVE, places, anchor) or _place_by(_from_owners(reading, clause), {"from"}, places, anchor)


def _complements(clause: list[Token]) -> list[Token]:
    """The participles a clause's verbs take as complements ("remain trapped in the city", "are
    stuck at the plant"): the place of the plight they tell is where the counted are."""
    return [c for v in clause for c in v.children if c.dep_ == "acomp" and c.tag_ == "VBN"]


def _at_the_border(reading: Reading) -> bool:
    """Whether the count is of forces told in a "where" clause of a border with a country
    ("tension at the border with X, where 9,000 troops are massed"): they stand outside X, and
    no other place of the sentence is theirs. A toll told so ("its border with X, where 900
    civilians have been killed") was taken in X: "where" is X there."""
    verb = reading.verb
    if verb is None or reading.category != "troops":
        return False
    relative = next((v for v in (verb, *verb.ancestors) if v.dep_ == "relcl"), None)  # "where 9,000 are massed", "where 9,000 are prepared to"
    return relative is not None and _where_relative(relative) is not None and _across_border(relative.head)


def _where_relative(verb: Token) -> Token | None:
    """The "where" clause a verb belongs to, itself or the clause it completes ("Eastport, where
    Norland has 1,700 troops deployed": "deployed" completes "has")."""
    while verb.dep_ in ("ccomp", "xcomp") and verb.head != verb:
        verb = verb.head
    return verb if verb.dep_ == "relcl" and any(c.lower_ == "where" for c in verb.children) else None


def _cause_place(reading: Reading, places: list[Place]) -> PlaceRef | None:
    """Where what killed or hurt them struck: "a barrage on a district of X that killed
    three", "died after shells hit a building in X", "were killed when a missile struck X".
    The dead are where the blow fell, whatever other place the sentence names first ("the
    casualties in Y followed a barrage on X that killed ..."; "in the Z region, three died
    after shells hit a building in X": the town, not the region)."""
    if reading.category not in CASUALTIES or reading.verb is None:
        return None
    clause = _clause(reading.verb)
    causes = [v.head for v in clause if v.dep_ == "relcl" and v.head.pos_ in ("NOUN", "PROPN")]
    for verb in clause:
        for sub in _blow_clauses(verb):
            causes += [sub, *(c for c in sub.children if c.dep_ in ("dobj", "nsubj", "nsubjpass"))]
        if _result_of(verb):
            causes += [verb.head, *(c for c in verb.head.children if c.dep_ in ("dobj", "nsubj", "nsubjpass"))]
    where = [
        t for cause in causes for prep in cause.children if prep.dep_ == "prep" and prep.lower_ in LOCATIVE | {"on"}
        for obj in prep.children if obj.dep_ == "pobj" for t in obj.subtree
    ]
    where += [t for v in clause if v.dep_ == "relcl" for t in (v.head, *v.head.children) if t == v.head or t.dep_ == "appos"]  # "... of X's second city, Y, that killed": the parser hangs the clause on the nearest noun
    where += [t for cause in causes if _town_word(cause) for g in of_objects(cause) for t in g.subtree]  # "shells hit the town of X in the Y region, killing two": X, which Y locates
    found = [p for p in places if any(p.start <= t.idx < p.end and not _not_where(t) for t in where)]
    if not found:  # "a police station in the city took a hit, wounding 20": the city the article is at
        found = [a for t in where if not _not_where(t) and (a := antecedent_place(t, places)) is not None][:1]
    return _most_local(found, text_of(reading.span.doc)).ref() if found else None


def _town_word(noun: Token) -> bool:
    """A word for a town ("city", "town", "village", "port"), which its "of" phrase names."""
    return SETTLEMENT_NOUNS.get(noun.lower_, {"city"} if "settlement" in figure_classes(noun) else None) == {"city"}


def _result_of(verb: Token) -> bool:
    """ "A rocket fell on X, killing three": a participle after its clause tells what the
    blow of that clause did."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.pos_ in ("VERB", "AUX") and verb.i > verb.head.i


def _hosting_owner(anchor: Token, places: list[Place]) -> PlaceRef | None:
    """ "thanked X for X's welcoming of 700,000 refugees", "X's hosting of 300,000 refugees":
    whose hosting a noun of hosting names is where the counted are."""
    if anchor.dep_ != "pobj" or anchor.head.lower_ != "of":
        return None
    hosting = anchor.head.head
    if hosting.pos_ != "NOUN" or "host" not in figure_classes(hosting):
        return None
    return _place_at([t for c in hosting.children if c.dep_ == "poss" for t in c.subtree], places)


ARRIVALS = frozenset({"arrival", "arrivals", "influx", "inflow", "inflows"})


def _arrival_host(anchor: Token, places: list[Place]) -> PlaceRef | None:
    """ "X's minister said the country was short of funds for the arrival of 90,000 refugees",
    "X faces an influx of 50,000 refugees": those who arrive are where the clause's subject
    is; "the country" there is the country named last before it."""
    if anchor.dep_ == "pobj" and anchor.head.lower_ == "of" and anchor.head.head.like_num and anchor.head.head.dep_ == "pobj":
        anchor = anchor.head.head  # "the arrival of 1.2 million of refugees": the amount is what arrives
    if anchor.dep_ != "pobj" or anchor.head.lower_ != "of" or anchor.head.head.lower_ not in ARRIVALS:
        return None
    verb, subject = anchor.head.head, None
    for _ in range(8):  # up to the verb with a subject: in "lacks the means to deal with the arrival of ...", that of "lacks"
        while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
            verb = verb.head
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None or not (verb.dep_ in ("xcomp", "advcl") or verb.dep_ == "relcl" and infinitive(verb)) or verb.head == verb:
            break
        verb = verb.head
    if subject is None:
        return None
    named = next((p for p in places if p.start <= subject.idx < p.end), None)
    if named is None and subject.lower_ == "country" and any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in subject.children):
        named = next((p for p in reversed(places) if p.end <= subject.idx and p.kind == "country" and not is_dateline(text_of(anchor.doc), p)), None)
    return named.ref() if named is not None else None


def _from_owners(reading: Reading, clause: list[Token]) -> list[Token]:
    """Where "from X" says where the counted are, when nothing says "in X": people "evacuated
    from X" were in X; "nine [dead] from X, 30 from Y" counts the dead of each place. Refugees
    "from X" have left it, and people "from X" ("two men from X were killed at Y") come from it.
    The evacuated's own phrase says it too ("with 300 of them from X")."""
    if reading.category == "evacuated":
        return [*clause, reading.anchor, *of_objects(reading.anchor)]
    return [reading.anchor] if reading.category in CASUALTIES and not figure_classes(reading.anchor) & PERSONS else []


def _place_by(owners: list[Token], prepositions: Set[str], places: list[Place], counted: Token | None = None) -> PlaceRef | None:
    """The first place the owners' prepositions of that kind take as object; not one of a
    count the preposition takes ("compared to nine from X": X is the nine's), nor one that says
    whose a place or a thing is ("in the X-backed separatist east", "in a strike by X weapons")."""
    for owner in owners:
        for prep in owner.children:
            if prep.dep_ == "prep" and prep.lower_ in prepositions:
                found = _place_at([
                    t for c in prep.children if c.dep_ == "pobj" and not c.like_num for t in c.subtree
                    if not _across_border(t) and not backed_by(t) and not _whose_arms(t) and not _for_a_reason(t, counted) and not _one_of_several_areas(t)
                    and not _neighboured(t)
                ], places)
                if found:
                    return found
    return None


def _sentence_place(doc: Doc, reading: Reading, readings: list[Reading], places: list[Place]) -> PlaceRef | None:
    """The most specific place of the sentence that says where rather than who ("Russia
    said"), whence ("fled Ukraine") or where another count is ("1.8 million arriving in X")."""
    sent = reading.span.sent
    table = _Table.of(doc, readings, places)
    shared = set(_clause(reading.verb)) if reading.verb is not None and reading.category in CASUALTIES else set()  # "killed 18 and injured 59": one scene
    others = {r.verb.i for r in table.in_sentence(sent) if r.verb is not None and r.verb != reading.verb and r.verb not in shared}
    others |= _untracked_subjects_verbs(sent, table.in_sentence(sent), reading.verb)
    candidates = []
    for place, token in table.places_in(sent):
        if _not_where(token, reading.anchor) or is_dateline(text_of(doc), place):
            continue
        if _war_place(token) and (reading.category == "refugees" or reading.category == "troops" and not _front_of_war(token)):
            continue  # "refugees of the war in X" have left X; "the war in X" names the war troops are raised for, not where they stand, unless they are at its front
        if place.kind == "country" and _beside(token, place):
            continue  # "massed troops near X": outside X
        if _speaker_setting(token, reading.verb):
            continue  # "Speaking in X, Y said 300 were ...": where Y spoke
        if reading.category not in CASUALTIES and _opposed(token):
            continue  # "30 sanctions against X", "900 tanks against X's 300": aimed at X, not in it
        if not _in_clause_of(governing_verb(token), others, reading):
            candidates.append(place)
    best = min(candidates, key=lambda p: (COUNTRY_LAST.get(p.kind or "", 0), p.start), default=None)
    return best.ref() if best else None


def _in_clause_of(verb: Token | None, others: set[int], reading: Reading) -> bool:
    """Whether a place's verb is that of another count of the sentence, or, for counts other
    than tolls, lies in a clause below such a verb and not above the count's own ("kept 8,000
    guards at home and moved 2,000 guards to X, which lies on the road to Y": Y is in the
    clause of the 2,000). A toll shares the scene of the clauses around it ("five died in an
    attack that also hurt 12 in X")."""
    if verb is None:
        return False
    if verb.i in others or reading.category in CASUALTIES or reading.verb is None:
        return verb.i in others
    own = {reading.verb, *reading.verb.ancestors}
    return any(v.i in others and v not in own for v in (verb, *verb.ancestors))


def _speaker_setting(token: Token, verb: Token | None) -> bool:
    """Whether a place is in a participle clause of the verb of saying that reports the count
    ("Addressing a rally in X, Ana Lind said 300 people were ..."): it tells where the speaker
    was, not where the counted are."""
    return verb is not None and any(
        a.dep_ == "advcl" and a.tag_ == "VBG" and "report" in figure_classes(a.head) and a.head in verb.ancestors for a in token.ancestors
    )


def _opposed(token: Token) -> bool:
    """Whether a place is what a measure or a comparison is set against ("penalties against
    X", "70 gunboats against X's 20"): the counted things are aimed at it or weighed against
    it, not in it. The "against" of a blow still says where it fell ("an assault against X
    displaced 5,000"), and so, for a toll, does any; callers ask only for other counts."""
    while token.dep_ in ("poss", "compound", "amod", "conj") and token.head != token:
        token = token.head
    return token.dep_ == "pobj" and token.head.lower_ == "against" and not figure_classes(token.head.head) & {"attack", "war"}


def _untracked_subjects_verbs(sent: Span, readings: list[Reading], verb: Token | None) -> set[int]:
    """The verbs of bare numbers of ``sent`` that no reading counts and that are the passive
    subjects of verbs of their own ("..., and 300 were taken to X"): such a verb's place is
    where those others are, not where the count before them is."""
    counted = {t.i for r in readings for t in r.span}
    return {t.head.i for t in sent if t.dep_ == "nsubjpass" and t.like_num and t.i not in counted and t.head != verb}


class _Table:
    """What the place rules ask of a document's readings and places, found once per document:
    each reading's sentence and each place's word. Asked per reading of every reading and place
    (the sentence of each, a ``char_span`` per place), they made a page of a thousand counts
    cost a million such look-ups. Kept per document (``per_document``)."""

    def __init__(self, doc: Doc, readings: list[Reading], places: list[Place]) -> None:
        self.readings = readings
        self.sentences: dict[tuple[int, int], list[Reading]] = {}
        self.same_span: dict[tuple[int, int], list[int]] = {}
        for k, r in enumerate(readings):
            sent = r.span.sent
            self.sentences.setdefault((sent.start_char, sent.end_char), []).append(r)
            self.same_span.setdefault((r.span.start_char, r.span.end_char), []).append(k)
        self.words = _PlaceWords.of(doc, places)

    @staticmethod
    def of(doc: Doc, readings: list[Reading], places: list[Place]) -> _Table:
        return per_document(doc, "sitrep_figure_table", lambda: _Table(doc, readings, places), readings, places)

    def index(self, reading: Reading) -> int:
        """``readings.index(reading)``: the first equal reading, which has the same span (spans
        are equal by their characters)."""
        return next(k for k in self.same_span[(reading.span.start_char, reading.span.end_char)] if self.readings[k] is reading or self.readings[k] == reading)

    def in_sentence(self, sent: Span) -> list[Reading]:
        """The readings whose amount's sentence is ``sent``, in order."""
        return self.sentences.get((sent.start_char, sent.end_char), [])

    def places_in(self, sent: Span) -> list[tuple[Place, Token]]:
        """The places whose word is in ``sent``, with that word, in the places' order."""
        return self.words.by_word.between(sent.start, sent.end)


class _PlaceWords:
    """Each place with the word the parse hangs its name on (``_place_token``; places with
    none are left out), by the place's start and by the word: a ``char_span`` per place
    made once per document rather than once per count that asks."""

    def __init__(self, doc: Doc, places: list[Place]) -> None:
        self.pairs = [(p, t) for p in places if (t := _place_token(doc, p)) is not None]
        self.by_start = OffsetIndex(self.pairs, key=lambda pair: pair[0].start)
        self.by_word = OffsetIndex(self.pairs, key=lambda pair: pair[1].i)

    @staticmethod
    def of(doc: Doc, places: list[Place]) -> _PlaceWords:
        return per_document(doc, "sitrep_figure_place_words", lambda: _PlaceWords(doc, places), places)


FRONT_WORDS = frozenset("front fronts line lines frontline frontlines".split())


def _front_of_war(token: Token) -> bool:
    """Whether a war's place is that of a front of the war ("on the front lines of the war in X"):
    troops there stand in X."""
    war = token.head.head
    return war.dep_ == "pobj" and war.head.lower_ == "of" and war.head.head.lower_ in FRONT_WORDS


def _war_country(doc: Doc, reading: Reading, places: list[Place]) -> PlaceRef | None:
    """Where a toll that names no place was taken: the country the story's war is in ("the war
    in Norland", "the invasion of Norland"), when the story names one and only one ("at least 287
    children have died in the war so far"); so too of the arms a side has lost ("X has lost 900
    tanks so far in the war"), a toll of the war's as its dead are."""
    if reading.category not in CASUALTIES and not _lost_arms(reading):
        return None
    countries = {p.name: p for p, t in _PlaceWords.of(doc, places).pairs if p.kind == "country" and _war_place(t)}
    return next(iter(countries.values())).ref() if len(countries) == 1 else None


def _lost_arms(reading: Reading) -> bool:
    """Whether a count of other things is of what a side lost ("has lost 900 tanks"); not of
    what it destroyed, whose targets may lie beyond the war's country."""
    return reading.category == "other" and reading.verb is not None and "loss" in figure_classes(reading.verb)


def _paragraph_place(doc: Doc, sent: Span, places: list[Place]) -> PlaceRef | None:
    """The place the last earlier sentence of the same paragraph that names one is about ("On
    Friday, families were fixing roofs in Bakhmut. One man died ..."); of its places, a town
    before the region or country that locates it ("a prison near X, in the Y region")."""
    start = text_of(doc).rfind("\n", 0, sent.start_char) + 1
    usable = [(p, t) for p, t in _PlaceWords.of(doc, places).by_start.between(start, sent.start_char) if not _not_where(t)]
    if not usable:
        return None
    last_sentence = usable[-1][1].sent
    return _most_local([p for p, t in usable if t.sent == last_sentence]).ref()


RELATIVE_TO = re.compile(r"\b(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+(?:the\s+)?$", re.IGNORECASE)  # "X, north of Y"


def _most_local(places: list[Place], text: str | None = None) -> Place:
    """Of places named together, the one the others locate ("a prison near X, in the Y
    region": X; in a phrase of the count's own, given its ``text``, "in X, north of Y": X), the
    last named among equals."""
    def rank(place: Place) -> tuple[int, bool, int]:
        relative = text is not None and bool(RELATIVE_TO.search(text[max(0, place.start - 30):place.start]))
        return LOCATOR_LAST.get(place.kind or "", 0), relative, -place.start
    return min(places, key=rank)


def _place_token(doc: Doc, place: Place) -> Token | None:
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    return span.root if span is not None else None


def _not_where(token: Token, counted: Token | None = None) -> bool:
    """A place named as an actor ("Russia said", "Ukraine's army", "by Russia", "according to
    UK officials") or as an origin
    ("from Ukraine", "fled Ukraine"), or a provenance ("US officials", "US-made rockets",
    "UK-based troops"), rather than as where something is."""
    if token.dep_ in ("compound", "amod", "nmod") and _building(token.head):
        return False  # "a Vanadzor apartment block was destroyed": where the block stands
    if _provenance(token):
        return True
    while token.dep_ in ("compound", "amod", "appos", "conj") and token.head.i != token.i:
        token = token.head
    if token.dep_ in NOT_WHERE_DEPS:
        return True
    if token.dep_ == "pobj" and token.head.lower_ in NOT_WHERE_PREPS:
        return True
    if any(t.dep_ == "pobj" and t.head.lower_ == "to" and t.head.head.lower_ == "according" for t in (token, *token.ancestors)):
        return True  # "according to UK officials", "according to the ministry of X": the source's country, not where
    if _across_border(token) or _neighboured(token) or _for_a_reason(token, counted) or _one_of_several_areas(token):
        return True  # "at the border with X", "countries neighbouring X": beside X
    return token.dep_ == "dobj" and bool(figure_classes(token.head) & {"refugees", "origin"})


ADJOINING_VERBS = frozenset({"neighbour", "neighbor", "border", "adjoin"})


def _neighboured(token: Token) -> bool:
    """Whether a place is the object of a verb of lying beside ("countries neighbouring X",
    "regions bordering X"; the parser may call it an adverbial noun): it is what the others are
    next to, not where they are."""
    verb = token.head
    return token.dep_ in ("dobj", "npadvmod") and verb.pos_ in ("VERB", "AUX") and bool(set(base_forms(verb.lower_)) & ADJOINING_VERBS)


def _for_a_reason(token: Token, counted: Token | None = None) -> bool:
    """Whether a word lies in the phrase of a complex preposition of reason or purpose of its
    own clause ("in response to the invasion of X", "in an attempt to turn the tide of the war
    in X", "in exchange for prisoners held in X"): that phrase says why, not where. The climb
    stops at a finite verb ("in response to a strike that killed five in X" still puts the five
    in X) and at a noun counted itself ("in response to the deaths of 14 people in X": the 14
    are in X), and the phrase does not hide the place of the ``counted`` noun inside it."""
    while token.head != token:
        if _counted_noun(token):
            return False
        if _reason_phrase(token):
            return counted is None or not (token.left_edge.i <= counted.i <= token.right_edge.i)
        if token.pos_ in ("VERB", "AUX") and not infinitive(token):
            return False
        token = token.head
    return False


REASON_LINKS = frozenset({"of", "to", "for", "with", "at", "against"})
ARTICLED_REASONS = {"attempt": {"a", "an"}, "bid": {"a", "an"}, "effort": {"a", "an"}, "light": {"the"}}


def _reason_phrase(noun: Token) -> bool:
    """Whether a noun is that of a fixed complex preposition: "in"/"on", the bare noun ("an" for
    "attempt", "bid", "effort"; "the" for "light") and its own preposition ("in response to", "in
    an attempt to" or "in a bid to" + infinitive, "in exchange for", "in case of"); "in an exchange
    of fire in X", "in a protest in X", "in the case of X" are no such phrase, but say where."""
    if noun.dep_ != "pobj" or noun.lower_ not in REASON_NOUNS or noun.head.lower_ not in ("in", "on"):
        return False
    lefts = [t.lower_ for t in noun.lefts]
    if lefts and not (len(lefts) == 1 and lefts[0] in ARTICLED_REASONS.get(noun.lower_, ())):
        return False
    links = {c.lower_ for c in noun.rights if c.dep_ == "prep"}
    if noun.lower_ == "exchange":
        return "for" in links
    if noun.lower_ == "case":
        return "of" in links and noun.head.lower_ == "in"
    if noun.lower_ in ("attempt", "bid", "effort") and any(c.dep_ in ("acl", "relcl", "xcomp") and infinitive(c) for c in noun.rights):
        return True
    return bool(links & REASON_LINKS)


def _a_count(token: Token) -> bool:
    """A counted noun ("2,000 guards") or a bare number standing for one ("moved 2,000 to X")."""
    return _counted_noun(token) or token.like_num and token.ent_type_ not in ("DATE", "TIME", "MONEY", "PERCENT")


def _counted_noun(token: Token) -> bool:
    """A noun a cardinal number counts ("14 people")."""
    return token.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ == "nummod" and c.like_num and c.ent_type_ not in ("DATE", "TIME", "MONEY", "PERCENT") for c in token.children
    )


def _one_of_several_areas(token: Token) -> bool:
    """Whether a place is one of several countries or regions named together ("sent troops to
    Armenia, Georgia and Azerbaijan", "in Armenia and the Baltic states"): a count spread over
    them is in no one of them. A word of a name of several ("the Baltic states") stands for its head."""
    while token.dep_ in ("compound", "amod", "flat") and token.head != token:
        token = token.head
    first = first_conjunct(token)
    group = [first, *first.conjuncts]
    if len(group) < 2:
        return False
    areas = _area_words(token.doc)
    return token.i in areas and sum(t.i in areas for t in group) > 1


def _area_words(doc: Doc) -> set[int]:
    """The words that countries and regions of ``doc._.places`` hang their names on (made once
    per document)."""
    places = doc._.places or []
    return per_document(doc, "sitrep_figure_area_words", lambda: {
        t.i for p in places if p.kind in ("country", "region") and (t := _place_token(doc, p)) is not None
    }, places)


def _building(noun: Token) -> bool:
    """A building or site a place name may locate ("a Vanadzor apartment block", "two Gyumri
    schools"), unless it is the source reporting a count ("a Gyumri hospital said ten died")."""
    site = bool(set(base_forms(noun.lower_)) & BUILDING_WORDS) or "site" in figure_classes(noun)
    reports = noun.dep_ == "nsubj" and "report" in figure_classes(noun.head)
    return site and not reports


def _provenance(token: Token) -> bool:
    """A place name that modifies a noun of people or things ("US and Canadian officials",
    "US-made systems", "UK-based troops") says whose they are, not where they are; before a
    word for a kind of place or site it still names where ("the Donetsk region", "the Kyiv
    suburb of Bucha", "the Odesa port")."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    head = token.head
    if backed_by(token):
        return True  # "US-made", "UK-based"
    if token.dep_ not in ("compound", "amod", "nmod") or head.pos_ != "NOUN":
        return False
    return not (figure_classes(head) & {"settlement", "site"} or head.lower_ in SETTLEMENT_NOUNS or head.lower_ in PLACE_WORDS)


def _whose_arms(token: Token) -> bool:
    """"a strike attributed to US weapons": a place that says whose arms they are."""
    return _provenance(token) and bool(figure_classes(token.head) & {"aid_items", "materiel"})


def backed_by(token: Token) -> bool:
    """"X-backed", "X-led", "X-made": a place that says who stands behind a thing, not where it is."""
    return token.dep_ == "npadvmod" and token.head.dep_ == "amod"


BESIDE_PREPS = frozenset({"near", "around", "outside", "beyond"})
EDGE_NOUNS = frozenset({"border", "borders", "frontier", "frontiers", "doorstep"})


def _beside(token: Token, place: Place) -> bool:
    """ "troops near X", "on the borders of X", "its grip around X": what is beside a country, or
    at its edge, is not in it ("killed near Eastport" is at the town), unless the country itself
    holds its own border ("X has deployed troops on the eastern border of X")."""
    if token.dep_ != "pobj":
        return False
    prep = token.head
    if prep.lower_ in BESIDE_PREPS:
        return True
    if prep.lower_ != "of" or prep.head.lower_ not in EDGE_NOUNS:
        return False
    verb = governing_verb(token)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
    return subject is None or place.name not in "".join(t.text_with_ws for t in subject.subtree)


BORDER_NOUNS = frozenset({"border", "borders", "frontier"})


def _across_border(token: Token) -> bool:
    """ "soldiers at the border with X" are outside X; the parser may hang "with X" on the verb
    rather than on the border word just before it ("massed along the border with X")."""
    if token.dep_ != "pobj" or token.head.lower_ != "with":
        return False
    prep = token.head
    before = prep.doc[prep.i - 1] if prep.i > 0 else prep
    return any(w.lower_ in BORDER_NOUNS for w in (prep.head, before))


def _as_of(doc: Doc, span: Span, verb: Token | None) -> str | None:
    """The day the count holds for: a date the sentence puts on the figure's verb or on a verb
    above it ("were killed on Monday", "officials said on Monday", "as of March 20"), else the
    date an earlier sentence of the paragraph set the scene on ("On Friday, ...") unless it is
    told in the present, else the publication date: a count in a report holds on the day it is
    reported."""
    published = (doc._.anchor or "").split("T")[0] or None
    earlier = _inside_shift_phrase(doc, span)
    if earlier is not None:
        return earlier
    own = _governors(verb) | _blow_clauses(verb) if verb is not None else set()
    joined = set(_clause(verb)) - own if verb is not None and _holds_to_now(verb) else set()  # "has trained 33,000 but in May paused": May is the pausing's
    above = (own | set(_clause(verb)) | set(verb.ancestors)) - joined if verb is not None else set()
    sent = span.sent  # once: spaCy finds a span's sentence by scanning, and a run-on sentence is long
    named = _sentence_dates(doc, sent, published)
    for heads in (own, above):  # "killed on Saturday, and 30 more were injured on Sunday": its own verb's day first
        first = named.first_for({h.i for h in heads})
        if first is not None:
            return first.value
    headed = _date_heading(doc, span)
    if headed is not None:
        return headed
    paragraph = text_of(doc).rfind("\n", 0, sent.start_char) + 1
    if _told_in_present(sent.root):
        return published  # "On Friday Norland chose to lend aid. The first sum is expected to be ...": holds now
    if verb is not None and _told_as_before(verb):
        return published  # "X disappeared on March 13. Three journalists had been detained": earlier, on no day told
    for time, token in reversed(_dates(doc, paragraph, sent.start_char, published)):
        if _sets_scene(token) and not MONTH.match(time.value):
            return time.value  # a day sets a scene; a month does not
    return published


@dataclass
class _SentenceDates:
    """A sentence's dates (``_dates``) indexed for its counts: the first date (in the order
    ``_dates`` gives) dating each verb, and the first one said "as of". Built once per sentence,
    so a count's date is a look-up rather than a scan of every date of the sentence (which made
    a run-on sentence of many counts quadratic)."""

    times: list[Time]
    first_by_verb: dict[int, int]
    first_as_of: int | None

    def first_for(self, heads: set[int]) -> Time | None:
        """The first date that dates one of the verbs ``heads`` or is said "as of"."""
        found = [self.first_by_verb[h] for h in heads if h in self.first_by_verb]
        if self.first_as_of is not None:
            found.append(self.first_as_of)
        return self.times[min(found)] if found else None


def _sentence_dates(doc: Doc, sent: Span, published: str | None) -> _SentenceDates:
    """``_SentenceDates`` of a sentence (``per_sentence``: each count of the sentence asks)."""
    def index() -> _SentenceDates:
        named = _dates(doc, sent.start_char, sent.end_char, published)
        first_by_verb: dict[int, int] = {}
        for number, (_, token) in enumerate(named):
            for verb in _dated_verbs(token):
                first_by_verb.setdefault(verb.i, number)
        as_of = next((n for n, (time, _) in enumerate(named) if lead_words(doc, time, sent.start_char)[-2:] == ["as", "of"]), None)
        return _SentenceDates([time for time, _ in named], first_by_verb, as_of)
    return per_sentence(sent, "sitrep_sentence_dates", index, published)


def _date_heading(doc: Doc, span: Span) -> str | None:
    """A timeline's entry ("11 Mar\n2,550,041 refugees"): a count on a line with no verb holds on
    the date that is the whole of the line above it."""
    text = text_of(doc)
    start = text.rfind("\n", 0, span.start_char) + 1
    end = text.find("\n", span.end_char)
    line = doc.char_span(start, len(text) if end < 0 else end, alignment_mode="expand")
    if start == 0 or line is None or any(t.pos_ in ("VERB", "AUX") for t in line):
        return None
    above = text.rfind("\n", 0, start - 1) + 1
    heading = text[above:start - 1].strip()
    return next((t.value for t in doc._.times or [] if t.type == "DATE" and t.text == heading and above <= t.start < start), None)


def _sets_scene(when: Token) -> bool:
    """Whether a date dates its sentence's main clause, or the clause its main verb reports
    ("Officials say a strike killed 12 last week"): the sentences after it go on from that day."""
    root = when.sent.root
    return any(verb == root or verb.dep_ == "ccomp" and verb.head == root for verb in _dated_verbs(when))


def _holds_to_now(verb: Token) -> bool:
    """A count of what someone has done in the present perfect ("has trained 33,000") or up to
    now ("lost 80 so far", "to date", "until now") runs to the day of the report: another act
    coordinated with it ("... but in May paused the programme", "..., and on Monday it reached a
    deal") does not date it. A toll in the passive ("were killed on Saturday and 30 more have been
    wounded") still shares the day of the blow it is told with."""
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    return present_perfect(verb) and not passive or any(_so_far_phrase(c) for c in verb.children)


def present_perfect(verb: Token) -> bool:
    """ "has trained", "have been killed": a verb in the present perfect, active or passive."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.tag_ in ("VBP", "VBZ") and c.lower_ in ("has", "have") for c in verb.children)


def _so_far_phrase(word: Token) -> bool:
    """ "so far", "thus far", "to date", "until now", "up to now": a phrase of a running count."""
    if word.dep_ == "advmod" and word.lower_ == "far":
        return any(c.lower_ in ("so", "thus") for c in word.children)
    return word.dep_ == "prep" and word.lower_ in ("to", "until", "till") and any(c.lower_ in ("date", "now") for c in word.children)


def _told_as_before(verb: Token) -> bool:
    """A verb in the past perfect ("had been detained") tells what happened before the scene an
    earlier sentence set, not on its day."""
    return any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)


def _told_in_present(root: Token) -> bool:
    """Whether a sentence tells its main clause in the present ("the first sum is expected to
    be", "200 remain"), which holds on the day of the report, not on a day an earlier sentence
    set; the past ("One man died") and what was announced for then ("the package will
    include") go on from that day."""
    finite = [root] + [c for c in root.children if c.dep_ in ("aux", "auxpass")]
    return not any(t.tag_ in ("VBD", "MD") for t in finite) and any(t.tag_ in ("VBZ", "VBP") for t in finite)


def _dated_verbs(when: Token) -> set[Token]:
    """The verbs a date dates: the one it belongs to and, when that is a participle naming a
    thing ("In remarks published Saturday, Ana Lind said"), the verb that thing belongs to:
    remarks published on a day were made on that day; so too the passive verb whose "by" phrase
    is dated ("was hit by shelling on Sunday, killing six": the hit, and its toll, on Sunday),
    and the act a "following" phrase is hung on, as an "after" phrase is (a one-time act: a toll
    "killed following an attack on Friday" may have risen by the report, and holds on its day);
    a gerund after a preposition ("kept 40 from leaving X in May") is no act of its own,
    and its date is that of the verb the preposition hangs on; nor is a participle the parser
    reads as an adjective after the day ("this week sweeping changes were agreed"), whose
    noun's verb the day dates."""
    hung = _opening_preposition_verb(when)
    if hung is not None:
        return {hung}  # "On Friday French missile strikes ... killed four": the parser hung the day on the subject
    verb = governing_verb(when)
    if verb is not None and verb.dep_ == "amod" and when.i < verb.i < verb.head.i:
        verb = governing_verb(verb.head)  # "At the summit this week sweeping changes were agreed": no day modifies an adjective before its noun
    if verb is None:
        return set()
    if (passive := by_phrase_passive(verb)) is not None:
        return {passive}  # "was hit by shelling on Sunday"
    if verb.dep_ == "prep" and verb.lower_ == "following" and not _befell(verb.head):
        return {verb, verb.head}  # "Following X's address on Wednesday, Y announced": as "after" it, that day (the parse makes it a verb)
    above = governing_verb(verb.head) if verb.dep_ in ("acl", "pcomp") and verb.head.i != verb.i else None
    return {verb} if above is None else {verb, above}  # "kept 40 from leaving X in May": the keeping's month too


def _opening_preposition_verb(when: Token) -> Token | None:
    """ "On Friday French missile strikes on a bridge killed four": with no comma after the day,
    the parser may hang it on the subject that follows ("Sunday ... strikes", the noun read as
    a verb), though the "on" before it still hangs on the main verb, or on that subject, whose
    verb is the one the day dates. Only at the opening of a sentence (after quotation marks at
    most): inside it, "a report on Monday's strikes said" dates the strikes, not the saying."""
    start = when.left_edge.i
    if start == when.sent.start or not all(t.is_punct for t in when.doc[when.sent.start:start - 1]):
        return None
    before = when.doc[start - 1]
    if before.lower_ != "on" or before.dep_ != "prep" or when in before.children:
        return None
    hung = before.head.head if before.head.dep_ in ("nsubj", "nsubjpass") else before.head
    return hung if hung.pos_ in ("VERB", "AUX") and hung.i > when.i else None


def _befell(verb: Token) -> bool:
    """Whether a verb tells what befell its subject (a passive, or a verb joined to one: "were
    killed and 15 injured"), as tolls are told."""
    return any(c.dep_ == "auxpass" for c in verb.children) or (verb.dep_ == "conj" and any(c.dep_ == "auxpass" for c in verb.head.children))


def _blow_clauses(verb: Token) -> set[Token]:
    """ "14 people were wounded when the hospital was destroyed by an airstrike on Wednesday": the
    clause of the blow that harmed them ("when", "as", "after") dates the harm; a clause the count
    was held "before" ("placed 90,000 troops at the border before it invaded in January") dates
    it as a "before" phrase does ("Before the war on 24 February, 2,000 lived in X")."""
    return {c for c in verb.children if c.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and m.lower_ in DATING_MARKS for m in c.children)}


def _governors(verb: Token) -> set[Token]:
    """The verb and the verbs above it, not the verb it is coordinated with ("killed on
    Saturday, and 30 more were injured on Sunday": Saturday is the killing's day)."""
    heads, current = {verb}, verb
    while current.head.i != current.i:
        if current.dep_ != "conj":
            heads.add(current.head)
        current = current.head
    return heads


def _dates(doc: Doc, start: int, end: int, published: str | None) -> list[tuple[Time, Token]]:
    """Days, weeks and months named between two offsets that may date a count ("killed on
    Monday", "225 dead through June", "banned dozens in June", "In May, X said"): not
    "since"/"until" a day (a period's bound), not after publication (a plan, not a count)
    unless "as of" it; the month of publication stands for the day of publication. A month
    says when as a day does (the guide's as_of: "the report's date if nothing else is said"),
    but it sets no scene for later sentences (see ``_as_of``)."""
    found: list[tuple[Time, Token]] = []
    for time in _day_index(doc).between(start, end):
        if not DATE_VALUE.match(time.value):
            continue
        lead = lead_words(doc, time, start)
        token = doc.char_span(time.start, time.end, alignment_mode="expand")
        as_of = lead[-2:] == ["as", "of"]
        later = _after(time.value, published) and not as_of
        if published is not None and time.value == published[:7]:
            time = replace(time, value=published)  # "so far this month": the report's own day says more
        elif MONTH.match(time.value) and (token is None or not _month_dates(token.root)):
            continue  # "up from 3,000 in May", "the offensive launched in May has killed 200": not the count's month
        if token is not None and not later and not (lead and lead[-1] in NOT_ANCHORS) and not _period_start(token.root):
            found.append((time, token.root))
    return found


def _day_index(doc: Doc) -> OffsetIndex[Time]:
    """The document's dates (``dates``, a year's end read as ``_year_end``) by where they
    start, made once per document: ``_dates`` is asked of every sentence and paragraph with a
    count, and reading all of an article's times each time made a long page quadratic. Made
    again should the document's times be another list, or have grown."""
    times = doc._.times or []
    return per_document(doc, "sitrep_figure_days", lambda: OffsetIndex(list(map(_year_end, _with_shifted_days(doc, times)))), times)


SHIFT_WORDS = {"after": 1, "later": 1, "before": -1}  # "a day after X", "two days later", "a week before X"
SPAN_OF_DAYS = re.compile(r"P(\d+)([DW])")
LENGTH_PREPS = frozenset({"for", "over", "during", "throughout", "within"})  # "held for two days after X": how long, not when
LASTING_VERBS = frozenset({"last", "continue", "persist", "take"})  # "fighting lasted two days after the vote": how long it went on


@dataclass(frozen=True)
class _Shift:
    """A span of days told after or before a named day: the day it comes to, the named day it is
    counted from, and where the "after"/"before" phrase naming that day ends (the span's own end
    for "later", which names it in no phrase)."""

    day: Time
    anchor: Time
    end: int


def _shifts(doc: Doc, times: list[Time]) -> list[_Shift]:
    """The document's spans of days told after or before a day (``_shifted_day``), found once per
    document: the day index and each count's phrase (``_inside_shift_phrase``) ask of them."""
    def find() -> list[_Shift]:
        days = dates(times)
        return [found for time in times if (found := _shifted_day(doc, time, days)) is not None]
    return per_document(doc, "sitrep_figure_shifts", find, times)


def _with_shifted_days(doc: Doc, times: list[Time]) -> list[Time]:
    """The document's dates with each span of days told after or before a day ("two days later",
    "a day after the strike on 3 May") read as the day it comes to: TimeML leaves such a span a
    DURATION (so the times component keeps it), but a count told then holds on that day. The day
    it is counted from is the one inside its "after"/"before" phrase (which then dates no count
    outside that phrase: it is the earlier happening's day, see ``_inside_shift_phrase``), else
    for "later" the last day named before it in its paragraph."""
    shifts = _shifts(doc, times)
    anchors = [shift.anchor for shift in shifts if shift.anchor.start > shift.day.end]
    return sorted([d for d in dates(times) if d not in anchors] + [shift.day for shift in shifts], key=lambda t: t.start)


def _inside_shift_phrase(doc: Doc, span: Span) -> str | None:
    """The day named in the "after"/"before" phrase a count is told in ("a day after the strike
    on 2 May, which killed 10, ..."): the count is the earlier happening's, and holds on its day,
    not on the day the span of days comes to."""
    shifts = _shifts(doc, doc._.times or [])
    return next((s.anchor.value for s in shifts if s.day.end < span.start_char and span.end_char <= s.end), None)


def _shifted_day(doc: Doc, time: Time, days: list[Time]) -> _Shift | None:
    """The day a span of days after or before a named day comes to, with that named day, or None."""
    span = SPAN_OF_DAYS.fullmatch(time.value) if time.type == "DURATION" else None
    text = text_of(doc)
    word = re.match(r"\s+(\w+)", text[time.end:time.end + 12])
    if span is None or word is None or word.group(1).lower() not in SHIFT_WORDS:
        return None
    direction = SHIFT_WORDS[word.group(1).lower()]
    end = time.end
    if word.group(1).lower() == "later":
        start = text.rfind("\n", 0, time.start) + 1
        earlier = [d for d in days if start <= d.start and d.end <= time.start]
        anchor = earlier[-1] if earlier else None
    else:
        told = [doc.char_span(time.start, time.end, alignment_mode="expand"), doc.char_span(time.end + word.start(1), time.end + word.end(1))]
        end = max((t.root.right_edge.idx + len(t.root.right_edge) for t in told if t is not None), default=time.end)  # "a day after X on 3 May", however "on" is attached
        anchor = next((d for d in days if time.end < d.start and d.end <= end), None)
    if anchor is None or not DAY.match(anchor.value) or anchor.value.startswith("XXXX") or _a_length(doc, time):
        return None
    days_on = int(span.group(1)) * (7 if span.group(2) == "W" else 1)
    try:
        value = (date.fromisoformat(anchor.value) + direction * timedelta(days=days_on)).isoformat()
    except (ValueError, OverflowError):
        return None  # a day no calendar has ("29 February" of a common year): the span comes to none
    return _Shift(replace(time, type="DATE", value=value), anchor, end)


def _a_length(doc: Doc, time: Time) -> bool:
    """Whether a span of days says how long something went on rather than when ("the truce held
    for two days after the vote", "fighting lasted a week after X"): it then comes to no day a
    count could be told on, and the day it is counted from keeps dating the sentence."""
    span = doc.char_span(time.start, time.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ in LENGTH_PREPS:
        return True
    verb = governing_verb(root)
    return verb is not None and bool(set(base_forms(verb.lower_)) & LASTING_VERBS)


def _year_end(time: Time) -> Time:
    """ "At the end of 2022, 11.6 million remained displaced": a year's end is its last month,
    the month a year-end count holds for (the times component keeps TIMEX3's year alone)."""
    if re.fullmatch(r"\d{4}", time.value) and YEAR_END.match(time.text):
        return replace(time, value=f"{time.value}-12")
    return time


def lead_words(doc: Doc, time: Time, start: int) -> list[str]:
    """The lower-cased words just before a date, from ``start`` on at most ("as of", "since",
    "through"): what they say of it decides whether it dates a count."""
    return text_of(doc)[max(start, time.start - 8):time.start].lower().split()


def _month_dates(word: Token) -> bool:
    """Whether a month dates the verb of its clause itself ("were killed in May", "Last month,
    X banned 10", "In May, X said"), not another number ("up from 3,000 in May"), a thing
    named ("the offensive launched in May") or a toll running to now ("has killed ... since")."""
    verb = word.head
    if word.dep_ == "pobj":
        if verb.lower_ in NOT_ANCHORS:
            return False
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or verb.dep_ in ("acl", "relcl"):
        return False
    return not any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children)


def _period_start(word: Token) -> bool:
    """A day inside a "since" phrase ("since the start of the invasion on 24 February"): where
    the period counted begins, not the day the count holds for."""
    for head in word.ancestors:
        if head.pos_ in ("VERB", "AUX"):
            return False
        if head.lower_ == "since" and head.dep_ in ("prep", "mark"):
            return True
    return False


def _after(value: str, published: str | None) -> bool:
    """Whether a day, week or month comes after the publication day ("as early as next week" is a
    plan); by month and day alone when either lacks its year ("XXXX-03-03" is after
    "XXXX-03-02")."""
    if not published or not DAY.match(published):
        return False
    if WEEK.match(value):
        return not published.startswith("XXXX") and _later_week(value, date.fromisoformat(published))
    if MONTH.match(value):
        return "XXXX" not in (value[:4], published[:4]) and value > published[:7]
    if not DAY.match(value):
        return False
    return value[5:] > published[5:] if "XXXX" in (value[:4], published[:4]) else value > published


def _later_week(value: str, day: date) -> bool:
    """Whether an ISO week ("2022-W10") comes after the week of a day."""
    year, week = WEEK.match(value).groups()
    return year != "XXXX" and (int(year), int(week)) > day.isocalendar()[:2]


def _according_to(doc: Doc, span: Span, verb: Token | None) -> str | None:
    """The source, unless it is an unresolved pronoun ("according to we" tells a reader
    nothing): see ``_stated_source``."""
    source = _stated_source(doc, span, verb)
    return None if source is None or unresolved(source) else source


def _stated_source(doc: Doc, span: Span, verb: Token | None) -> str | None:
    """The source: "according to X" in the sentence, the speaker of the enclosing quote, or
    the subject of a verb of saying that governs the figure."""
    according = _according_head(span)
    if according is not None:
        return _source_name(doc, according)
    quote = _enclosing_quote(doc, span)
    if quote is not None and quote.speaker.name:
        mention = doc.char_span(quote.speaker.start, quote.speaker.end, alignment_mode="expand") if quote.speaker.start is not None else None
        keeper = _record_keeper(mention.root) if mention else None
        if keeper is not None:
            return _source_name(doc, keeper)  # "Figures released by UNHCR show that ...": UNHCR's
        if mention and _shown_by_a_thing(mention.root):
            return None  # "Photos show that ...": a picture is no source
        return quote.speaker.name
    sayer = _reporting_subject(verb or span.root)
    if sayer is None or sayer == span.root or sayer.like_num or sayer.pos_ == "NUM" or not can_speak(sayer) or _shown_by_a_thing(sayer):
        return None  # "At least seven were reported to have died", "the shelling has claimed 14 lives", "photos show 30 bodies"
    return _source_name(doc, sayer)


def _according_head(span: Span) -> Token | None:
    """The head of "according to X" in the figure's sentence."""
    doc = span.doc
    for token in span.sent:
        if token.lower_ == "according" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to":
            source = next((c for c in doc[token.i + 1].children if c.dep_ == "pobj"), None)
            if source is not None:
                return source
    return None


def _source_head(doc: Doc, span: Span, verb: Token | None) -> Token | None:
    """The head of the source phrase as the text names it: "according to X", the speaker's
    mention of the enclosing quote, or the subject of a verb of saying."""
    according = _according_head(span)
    if according is not None:
        return according
    quote = _enclosing_quote(doc, span)
    if quote is not None and quote.speaker.start is not None:
        mention = doc.char_span(quote.speaker.start, quote.speaker.end, alignment_mode="expand")
        return mention.root if mention is not None else None
    return _reporting_subject(verb or span.root)


def _enclosing_quote(doc: Doc, span: Span) -> Quote | None:
    """The quote with a speaker that reports the figure's words, if any."""
    return next((q for q in doc._.quotes or [] if q.start <= span.start_char < q.end and q.speaker and _said(q)), None)


LOCAL_OFFICES = frozenset({"mayor", "governor", "regional", "region", "city", "municipal", "local", "oblast", "district", "police"})
UNRESOLVED_SOURCES = frozenset({"i", "we", "you", "he", "she", "it", "they", "us", "them", "one", "someone"})
POSSESSIVES = frozenset({"my", "our", "your", "his", "her", "its", "their"})


def unresolved(name: str) -> bool:
    """A source named only by a pronoun or a pronoun's thing ("we", "our estimates"): the
    components left it unresolved, and it tells a reader nothing."""
    words = name.lower().split()
    return not words or name.lower() in UNRESOLVED_SOURCES or words[0] in POSSESSIVES


def pronoun_owner(head: Token) -> Token | None:
    """The possessive pronoun a source phrase belongs to ("our figures", "according to their
    data"), whose entity, if any, is the source."""
    return next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)


def _said(quote: Quote) -> bool:
    """A quote that is a report: direct speech, or reported with a verb of saying (the quotes
    component also takes "the US pledged $800 million" as indirect speech of the US)."""
    return quote.direct or quote.cue is not None and "report" in lexicon().get(quote.cue.text.lower(), frozenset())


def _reporting_subject(token: Token) -> Token | None:
    """The subject of the nearest verb of saying among the heads above ``token``, not one a
    clause is only coordinated with; "claimed the lives of 14,000" says nothing, it kills."""
    while True:
        if "report" in figure_classes(token) and not any(c.dep_ == "dobj" and figure_classes(c) & set(CASUALTIES) for c in token.children):
            return next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if token.lower_ in ("is", "are", "was", "were") and (record := _record_subject(token)) is not None:
            return record  # "figures from X's army were that 30 a week died": the record says it
        if token.head.i == token.i:
            return _closing_sayer(token)
        if token.dep_ == "conj" and "report" in figure_classes(token.head):
            return None  # "X announced a truce, and shelling went on in Y, where ten died": a clause beside the saying, not what was said
        token = token.head


def _record_subject(verb: Token) -> Token | None:
    """The record a "be" says a clause of ("X's figures are that ..."), if its subject is one."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    said = any(c.dep_ in ("ccomp", "attr") for c in verb.children)
    return subject if subject is not None and subject.lower_ in RECORDS and said else None


def _closing_sayer(root: Token) -> Token | None:
    """ "85 civilians have been killed, ..., but the real figure will be higher, the UN
    commissioner said": a verb of saying that closes the sentence with nothing said of its own
    reports all of it, though the parser joins it to the first clause as one more of its verbs."""
    last = next((c for c in reversed(list(root.children)) if c.dep_ == "conj"), None)
    if last is None or "report" not in figure_classes(last) or any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in last.children):
        return None
    return next((c for c in last.children if c.dep_ == "nsubj"), None)


def _source_name(doc: Doc, head: Token) -> str | None:
    """The canonical name of the entity a source phrase's head belongs to ("He" -> the person
    it stands for), else the phrase up to its head as written, with the "of" phrase that says
    whose it is ("the Ministry of Defense of X"), without clauses after it; a
    pronoun's data ("our estimates", "his count") is its owner's, so nobody's when unresolved."""
    if (keeper := _record_keeper(head)) is not None:
        return _source_name(doc, keeper)  # "according to data from the UN", "UN figures show": the UN's
    entity = _entity_at(doc, [head, *(c for c in head.children if c.dep_ == "appos")])  # "the UN commissioner, Ana Lind,": Ana Lind
    if entity:
        return entity
    owner = pronoun_owner(head)
    if owner is not None:
        return _entity_at(doc, [owner])
    left = past_run_in([t for t in head.subtree if t.i <= head.i and t.dep_ != "punct"])
    end = head
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i == end.i + 1:  # "the Ministry of Defense of Norland": whose it is
            end = max((t for t in prep.subtree if t.dep_ != "punct" and not _in_clause(t, prep)), key=lambda t: t.i)
    return text_of(doc)[left[0].idx:end.idx + len(end)]


RECORDS = frozenset({"data", "figures", "statistics", "stats", "estimates", "numbers", "count", "tally", "records"})
PEOPLE_FIGURES = frozenset({"public", "senior", "key", "leading", "political", "prominent", "top"})


def _shown_by_a_thing(subject: Token) -> bool:
    """Whether a subject "shows" a count without being a record kept by someone ("photos showed
    30 bodies"): what a picture shows, nobody says."""
    return "show" in base_forms(subject.head.lower_) and subject.lower_ not in RECORDS


def _record_keeper(head: Token) -> Token | None:
    """Whose record a source named as a record is: "data from the UN", "figures released by
    UNHCR", "numbers passed to Y from X", "the UN's figures", "UNHCR data"; None for any
    other source, or a record of no one's."""
    if head.lower_ not in RECORDS or any(c.dep_ == "amod" and c.lower_ in PEOPLE_FIGURES for c in head.children):
        return None  # "public figures", "senior figures of the party": people, no record
    preps = sorted((c for c in head.children if c.dep_ == "prep" and c.lower_ in ("from", "by", "of")), key=lambda c: c.lower_ == "of")
    for prep in preps:  # "a tally of the dead by local officials": by whom, not of what
        keeper = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if keeper is not None and (prep.lower_ != "of" or keeper.ent_type_ in ("ORG", "GPE", "NORP", "PERSON")):
            return keeper
    for child in head.children:
        if child.dep_ == "acl":  # "figures released by UNHCR" (the parse may hang the name elsewhere: the word after "by")
            by = next((c for c in child.children if c.dep_ == "agent"), None)
            after = by.nbor(1) if by is not None and by.i + 1 < len(by.doc) else None
            agent = next((g for g in by.children if g.dep_ == "pobj"), None) if by is not None else None
            if agent is not None or (after is not None and after.pos_ == "PROPN"):
                return agent or after
            source = next((g for c in child.subtree if c.dep_ == "prep" and c.lower_ == "from" for g in c.children if g.dep_ == "pobj"), None)
            if source is not None:
                return source  # "numbers passed to a ministry from X's police": X's police's
    return next((c for c in head.children if c.dep_ in ("poss", "compound") and c.pos_ == "PROPN" and c.ent_type_ in ("ORG", "GPE", "NORP", "PERSON")), None)


def _in_clause(token: Token, top: Token) -> bool:
    """Whether a token lies in a clause below ``top`` ("of the governor of X, which released ...")."""
    while token != top and token.head != token:
        if token.dep_ in ("relcl", "acl"):
            return True
        token = token.head
    return False


def _entity_at(doc: Doc, tokens: list[Token], acting_for: bool = False) -> str | None:
    """The canonical name of the first entity of ``doc._.entities`` one of ``tokens`` is in;
    with ``acting_for``, a person's or a body's country where their title or name tells it
    ("the Australian prime minister committed $99m", "the Polish government sent $10m":
    Australia and Poland give it, as aid trackers count donors); a person of no known country
    in a government's own text is that government's ("President Lind announced $80m" on a
    ministry's page: the issuer's president), elsewhere a name that fusion may place later."""
    entities: list[Entity] = doc._.entities or []
    for token in tokens:
        for entity in entities:
            if any(s <= token.idx < e for s, e in entity.mentions):
                if not acting_for or entity.type not in ("person", "organisation"):
                    return entity.name
                if entity.country:
                    return _country_name(entity, entities)
                code = issuer_of(doc._.outlet) if entity.type == "person" else None
                return _named_country(code, entities) if code else entity.name
    first = next((t for t in tokens if t.lower_ in ("we", "i") and t.dep_ in ("nsubj", "nsubjpass", "pobj")), None)
    code = issuers_voice(first) if acting_for and first is not None else None
    return _named_country(code, entities) if code else None  # a government's own "we", its official's "I": the country gives


def _country_name(party: Entity, entities: list[Entity]) -> str:
    """The article's name for a person's or a body's country, else GeoNames'."""
    return _named_country(party.country, entities) or party.name


def _named_country(code: str | None, entities: list[Entity]) -> str | None:
    """The article's name for a country code, else GeoNames'."""
    named = next((e.name for e in entities if e.type == "country" and e.country == code), None)
    return named or name_of(code)


def _donor(doc: Doc, reading: Reading) -> str | None:
    """Who gives the aid: the first phrase of ``_giver_phrases`` that names an entity or a
    country ("the Armenian cabinet's decision to provide $22m": Armenia)."""
    entities: list[Entity] = doc._.entities or []
    for givers in _giver_phrases(reading):
        donor = _entity_at(doc, givers, acting_for=True)
        code = None if donor else _country_word(givers)
        if donor or code:
            return donor or _named_country(code, entities)
    return None


def _country_word(givers: list[Token]) -> str | None:
    """The code of a country a giver phrase names by a demonym ("the Armenian cabinet") or by
    an institution the NER left out ("from the Pentagon", "No 10 said")."""
    for token in givers:
        name = " ".join(t.text for t in token.subtree if t == token or t.dep_ == "compound") if token.tag_ in ("NNP", "NNPS") else ""
        code = (code_of_word(token.text) if token.ent_type_ == "NORP" else None) or (government_of(name) if name else None)
        if code:
            return code
    return government_of(" ".join(t.text for t in givers)) if givers else None


def _giver_phrases(reading: Reading) -> Iterator[list[Token]]:
    """Where the giver may be named, nearest first: "from X" / "X's" on the aid phrase, the
    agent of a clause on it ("12 guns promised by X"), the owner a bracketed sum stands
    after ("X's ($220m)"), what a sum is the worth of ("an Armenian drawdown worth $150m"),
    the one a verb lets give ("authorized the ministry to provide $50m"), the subject of the lead
    a list item hangs under ("X's new package includes:\n- 500 launchers"), "from X" right after a sum that the
    parse hangs on the verb ("includes $26m from the Pentagon"); then the subject of the giving
    verb ("the US pledged $800 million", "Germany will send 5,000 helmets", or of the verb it
    depends on: "is set to give"), the agent of a passive ("approved by Britain"). The subject
    of a receiving verb ("X received 20 howitzers from Y", "hoped to take delivery of tanks,
    most likely from Y") is the recipient: only "from Y" names the giver."""
    anchor, verb = reading.anchor, reading.verb
    yield [t for c in anchor.children if c.dep_ == "poss" or c.lower_ == "from" for t in c.subtree if not in_dateline(t)]
    yield [t for c in anchor.children if c.dep_ == "acl" for a in c.children if a.dep_ == "agent" for t in a.subtree]
    if anchor.dep_ == "appos" and any(c.tag_ == "POS" for c in anchor.head.children):
        yield [anchor.head]  # "half of Georgia's ($220m)": whose the bracketed sum is
    if anchor.head.lower_ == "worth" and anchor.head.head != anchor.head:
        yield [t for t in anchor.head.head.subtree if t.i < anchor.head.i]  # "an Armenian drawdown worth $150m"
    if verb is None:
        lead = _list_lead(reading.span)
        yield _subjects(next(t for t in lead if t.head == t or t.head not in lead)) if lead else []  # "X's package includes:\n- 500 launchers"
        return
    if any("obstruct" in figure_classes(t) for t in (*_path(anchor, verb), verb)):
        return  # "X has blocked a $40bn aid bill", "announced his opposition to the $40bn package": X holds the aid up, gives nothing
    if _receiving(verb):
        yield [t for prep in _own_words(verb) if prep.dep_ == "prep" and prep.lower_ == "from" for t in prep.subtree]
        return
    yield [t for c in verb.children if c.dep_ == "prep" and c.lower_ == "from" and c.i == anchor.right_edge.i + 1 for t in c.subtree]
    while verb is not None:
        yield _subjects(verb)
        if verb.dep_ in ("acl", "relcl"):
            yield [t for c in verb.head.children if c.dep_ == "poss" for t in c.subtree]  # "the cabinet's decision to provide $22m"
        if verb.dep_ == "xcomp":
            yield [t for c in verb.head.children if c.dep_ == "dobj" for t in c.subtree]  # "authorized the ministry to provide $50m"
        verb = _giving_head(verb)


RELATIVE_PRONOUNS = frozenset({"which", "who", "that"})
SCHEDULED = frozenset({"set", "expected", "due", "poised", "scheduled", "slated"})  # "X is set to give": X gives


def _subjects(verb: Token) -> list[Token]:
    """The words of a verb's subject (the agent's too for a verb of aid: "approved by X", not
    "praised by X"), without a recipient in it ("aid to X had exceeded $6bn") or a weapon's
    model ("the Vortex guns arrived"); "it" or "they" of a clause a verb of saying governs is
    that verb's subject ("X said it would send $90m")."""
    heads = [verb, *(c for c in verb.children if c.dep_ == "aux")]  # "The UK has to date pledged": the parser hangs the subject on "has"
    roles = ("nsubj", "agent") if "aid" in figure_classes(verb) else ("nsubj", "nsubjpass") if verb.lower_ in SCHEDULED else ("nsubj",)
    subjects = [c for h in heads for c in h.children if c.dep_ in roles]
    if verb.dep_ == "ccomp" and subjects and all(c.lower_ in ("it", "they") for c in subjects):
        return _subjects(verb.head)
    if verb.dep_ == "relcl" and subjects and all(c.lower_ in RELATIVE_PRONOUNS for c in subjects):
        subjects = [verb.head]  # "the United States, which is contributing $9bn": the antecedent gives
    return [t for c in subjects for t in c.subtree if not in_dateline(t) and not _recipient_or_model(t, c)]  # not "TOWN, Norland — The G7 agreed to give"


def _recipient_or_model(token: Token, top: Token) -> bool:
    """A word of a subject that names no giver: in its "to" or "for" phrase ("aid to X"), or a
    name compounded to an armament ("Vortex guns"), unless a place's ("Norland tanks")."""
    if token.dep_ == "compound" and aid_item(token.head) and token.ent_type_ not in ("GPE", "NORP"):
        return True
    return any(t.dep_ == "prep" and t.lower_ in ("to", "for") for t in (token, *_path(token, top)))


def _giving_head(verb: Token) -> Token | None:
    """The verb whose subject gives when ``verb``'s does not: who commits to sending, or is
    set to give, gives; a clause on a decision, an agreement or a drawdown ("signed an
    agreement providing $5m"), or of its purpose ("authorized a drawdown to provide $600m"),
    is given by who made it."""
    if verb.dep_ == "pcomp" and verb.head.lower_ == "to" and verb.head.head.pos_ in ("VERB", "AUX"):
        return verb.head.head  # "has committed to sending X $9.1 billion"
    if verb.dep_ in ("xcomp", "conj") and verb.head.i != verb.i:
        return verb.head
    if verb.dep_ == "advcl" and verb.head.lower_ in SCHEDULED and infinitive(verb):
        return verb.head  # "the Senate is set on Thursday to give final approval to $40bn": the parse's advcl
    if verb.dep_ in ("acl", "relcl") and verb.head.pos_ == "NOUN" and "aid" in figure_classes(verb.head):
        return governing_verb(verb.head)  # "came with promises to give $1bn": who brings the promise gives
    up = governing_verb(verb.head) if verb.dep_ in ("acl", "relcl") and verb.head.pos_ == "NOUN" else verb.head if verb.dep_ == "advcl" else None
    return up if up is not None and figure_classes(up) & {"aid", "enact"} else None  # "authorized a drawdown to provide $600m"


def _path(token: Token, top: Token) -> list[Token]:
    """The heads between a token and one of its ancestors, both left out."""
    heads = []
    for head in token.ancestors:
        if head == top:
            return heads
        heads.append(head)
    return []


def _receiving(verb: Token) -> bool:
    """ "received", "obtained", "took delivery of": a verb whose subject gets the aid."""
    if verb.pos_ == "VERB" and "receipt" in figure_classes(verb):
        return True  # not "deliveries of arms by X", a noun whose "by" names the giver
    return "accept" in figure_classes(verb) and any(c.dep_ == "dobj" and "receipt" in figure_classes(c) for c in verb.children)


def _own_words(verb: Token) -> list[Token]:
    """The words of a verb's clause, without the clauses of other verbs under it."""
    return [t for t in verb.subtree if _clause_verb(t) == verb]


def _clause_verb(token: Token) -> Token:
    """The nearest verb at or above a token (the root when none is)."""
    while token.pos_ not in ("VERB", "AUX") and token.head != token:
        token = token.head
    return token


RATE_UNITS = {"day": "per day", "week": "per week", "month": "per month", "daily": "per day", "weekly": "per week", "monthly": "per month"}


def rate(reading: Reading) -> str | None:
    """ "100 soldiers killed a day", "losing 60 per day", "1,000 troops every day": a count per
    unit of time, which is a rate, not a total (the gold writes it into ``who``: "Russian troops
    per day"); so too the count of one such span just past ("lost 900 soldiers in the past 24
    hours", "40 evacuated during the last day"), a day's count that a running total since the
    war began must not be drawn with. None for a count. The counted noun's own verb is asked too
    ("with 800 Norland troops dying each day")."""
    anchor = reading.anchor
    heads = [t for t in (anchor, reading.verb, *(c for c in anchor.children if c.dep_ == "acl")) if t is not None]
    for word in (c for head in heads for c in head.children):
        unit = RATE_UNITS.get(word.lower_)
        if unit is None:
            continue
        if word.lower_.endswith("ly") and word.dep_ == "advmod":
            return unit  # "are killed daily"
        shifted = any(c.lower_ in SHIFT_WORDS for c in word.children)  # "a day after the strike": a day, no rate
        if not shifted and any(c.dep_ == "det" and c.lower_ in ("a", "an", "each", "every") for c in word.children):
            return unit  # "a day", "every day" (the parse's npadvmod)
    per = [c for head in heads for c in head.children if c.dep_ == "prep" and c.lower_ == "per"]
    found = next((RATE_UNITS[g.lower_] for p in per for g in p.children if g.dep_ == "pobj" and g.lower_ in RATE_UNITS), None)
    return found or next((unit for head in heads if (unit := _span_just_past(head)) is not None), None)


JUST_PAST = frozenset({"last", "past", "previous", "preceding"})
SPAN_PREPS = frozenset({"in", "during", "over", "within", "for"})


def _span_just_past(head: Token) -> str | None:
    """The rate unit of "in the last day", "over the past 24 hours", "during the previous week"
    hung on ``head``: one unit of time ending now, the period a daily report counts over."""
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in SPAN_PREPS):
        for noun in (g for g in prep.children if g.dep_ == "pobj"):
            if not any(c.lower_ in JUST_PAST for c in noun.children if c.dep_ == "amod"):
                continue
            if any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
                continue  # "during the last week of March": a named period, no span ending now
            number = next((c for c in noun.children if c.dep_ == "nummod"), None)
            if noun.lower_ in RATE_UNITS and number is None:
                return RATE_UNITS[noun.lower_]  # "in the last day"; "the last two weeks" are no one week
            if noun.lower_ == "hours" and number is not None and number.text == "24":
                return RATE_UNITS["day"]  # "in the past 24 hours"
    return None
