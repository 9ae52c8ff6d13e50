"""Who did it to whom: actors and targets from the parse, resolved to the article's entities,
and the sides of the conflict they belong to."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import islice
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from sitrep.facts import Entity, Event, Party, Place
from sitrep.nlp.doctext import text_of
from sitrep.nlp.countries import capital_code, code_of_word, country_names, country_of_demonym, government_of, is_capital, name_of
from sitrep.nlp.entities import in_dateline, is_byline, issuers_voice
from sitrep.nlp.events.grammar import (
    _accused, _agent_noun, _child_word, _denied_noun, _negated, _relative_head, _subject, _subject_read_as_object, _taken_by, clause_of, hyphen_start,
    is_preposition, lends_subject,
)
from sitrep.nlp.events.lexicon import Trigger, _titles, load_lexicon
from sitrep.nlp.events.words import (
    ASKED_WORDS, CHARGEABLE, CIRCUMSTANCE, DETERMINERS, FIRST_PERSON_POSSESSIVES, FRAMES, INTRANSITIVE, MAY_COME, NOT_PARTIES, RELATIVE,
    BE_FORMS, COMMITTING, DENYING, ENGAGING, HELD_MODES, NOUN_POS, OWN_COUNTRY_NOUNS, PAIRED_PEOPLE, PAIRED_STATES, STRUCK_MODES, SUBORDINATORS, SUSPECTING, TARGET_PREPS, UNDERGONE, VERB_POS,
)
from sitrep.nlp.figures import AID_WORDS, PLACE_WORDS, aid_item, by_phrase_passive, figure_classes, of_objects, pronoun_owner
from sitrep.nlp.inflection import base_forms

if TYPE_CHECKING:  # annotations only: these modules build on this one
    from sitrep.nlp.events.context import Context


def _body_named(word: Token, context: Context) -> Party | None:
    """The organisation a word names ("Nato", "G20"), if the article knows it as one."""
    entity = context.entity_at(word.idx, word.idx + len(word.text))
    return Party(entity.id, entity.name) if entity is not None and entity.type == "organisation" else None


def _a_place(token: Token) -> bool:
    """Whether the places component resolved the word as a place (the model's PERSON label on a
    town's name is a slip: "captured Vale")."""
    return any(p.start <= token.idx < p.end for p in token.doc._.places or [])


def _a_time(word: Token, context: Context) -> bool:
    """Whether a word is part of a time expression ("Tuesday's talks", "last year's invasion"):
    a possessive time names when, not who."""
    return bool(context.all_times_at.overlapping(word.idx, word.idx + len(word.text)))


def _its_owner(possessive: Token, context: Context) -> list[Party]:
    """ "Nato said its summit would open in June", "Norland condemned Vale for its invasion": an
    "its" the entities component left unresolved is the country or body named last before it in
    its sentence, not one that only qualifies another noun ("violating the UN charter in its
    attack"); none when a subject that names no such party comes between them ("Norland said
    the alliance would hold its summit": the alliance's)."""
    if possessive.lower_ != "its":
        return []
    for word in reversed(possessive.doc[possessive.sent.start:possessive.i]):
        entity = context.entity_at(word.idx, word.idx + len(word.text))
        if entity is not None and entity.type in ("country", "organisation") and word.dep_ not in ("compound", "amod", "nmod"):
            return [Party(entity.id, entity.name)]
        if word.dep_ in ("nsubj", "nsubjpass"):
            return []
    return []


def _hyphen_pair(compound: Token, context: Context) -> list[Party]:
    """ "the Norland-Vale summit", "the Holm-Weber talks": two names joined by a hyphen before a
    meeting's noun are its two sides, when both name parties of the article (not "the
    Kirov-based talks" nor "the Minsk-2 talks")."""
    first = hyphen_start(compound)
    if first == compound:
        return []
    entities = [context.entity_at(w.idx, w.idx + len(w.text)) for w in (first, compound)]
    if any(e is None or e.type not in ("country", "organisation", "person") for e in entities):
        return []
    return _unique([Party(e.id, e.name) for e in entities if e is not None])


def _named(parties: list[Party]) -> bool:
    return any(p.entity is not None for p in parties)


def _bare_participle(verb: Token) -> bool:
    """A past participle clause with no auxiliary and no subject of its own ("..., killed on
    their bicycles or executed"): a passive whose borrowed subject is what was done to, not
    the doer ("having captured X" has its "having"; "backed by X" names X as agent first)."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.tag_ == "VBN" and verb.dep_ == "advcl" and not any(c.dep_ in ("aux", "auxpass", "nsubj", "agent") for c in verb.children)


def actors(token: Token, anchor: Token, trigger: Trigger, context: Context) -> list[Party]:
    """Who acts: a noun's possessor, demonym or "by/between X" (or "of X" for acts without a
    victim: "the withdrawal of Russian forces"), else the governing verb's subject."""
    if load_lexicon().cue(token, "lost"):
        takers = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
        return _parties(takers[0], context, any_noun=True) if takers else []  # "X fell to Y": Y took X
    if _under_attack(token) is not None:
        return []  # "Ukrainian cities are under strikes": the subject suffers the strikes
    if _befell_subject(token):
        return []  # "the cruiser sank": the ship went down, no one named sank it
    actor_preps = ("by", "between", "from", "of") if trigger.type in INTRANSITIVE else ("by", "between", "from")
    if token.pos_ in NOUN_POS or _gerund_noun(token):
        for child in token.children:
            if child.dep_ == "poss" and (trigger.type in UNDERGONE or _a_time(child, context)):
                continue  # "the mayor's arrest", "her detention": the one held, not who holds; "Tuesday's talks": a day holds none
            if child.dep_ == "poss" and child.pos_ == "PRON" and (owner := _shared_owner(token, child, context)) is not None:
                return _parties(owner, context)  # "X's annexation of Y and its invasion": X's too
            if child.dep_ == "poss" and (child.pos_ != "PRON" or anchor == token or not _agrees(child, _subject(anchor))):
                return _parties(child, context) or _its_owner(child, context)  # "continue their advance": "their" is the subject's, "his" of "its leaders" is not
            if child.dep_ == "compound" and trigger.type == "CONSULT" and (pair := _hyphen_pair(child, context)):
                return pair  # "the Norland-Vale summit", "the Holm-Weber talks": both sides meet
            if child.dep_ in ("amod", "compound") and (country := _demonym_of(child, context) or _armed_by(child, context)) is not None:
                return [country]
            if child.dep_ == "compound" and trigger.mode == "visit" and (person := _person_named(child, context) or _body_named(child, context)) is not None:
                return [person]  # "the Truss visit to Moscow": her visit; "during a UN visit": the UN's, not the speaker's
            if child.dep_ == "compound" and (trigger.mode == "meet" or trigger.type == "SANCTION") and (body := _body_named(child, context)) is not None:
                return [body]  # "the G20 summit", "a Nato summit": the body meets (not "the Madrid summit"); "EU sanctions": the EU imposes them
            if child.dep_ == "prep" and child.lower_ in actor_preps:
                if child.lower_ == "of" and token.dep_ == "dobj" and token.head == anchor and (load_lexicon().cue(anchor, "light") or _addressed(token, anchor, trigger)):
                    continue  # "attended the meeting of ministers", "addressed the summit of leaders": the subject takes part
                objects = [g for g in child.children if g.dep_ == "pobj"]
                if objects and (named := _parties(objects[0], context)):
                    return named  # "the deployment of these arms" names what moved, not who: the verb's subject may
            if child.dep_ == "acl" and (agent := _agent_of(child)) is not None:
                return _parties(agent, context, any_noun=True)  # "the raids carried out by X", "support offered by X"
        owned = any(c.dep_ == "poss" and not _a_time(c, context) for c in token.children)  # "after its invasion": the subject's own act
        if trigger.type == "CONSULT" and (occasion := _occasion_of(token)) is not None:
            anchor = occasion  # "said on a visit to X", "met refugees during a trip": the subject travels
        elif anchor == token or not (owned or _addressed(token, anchor, trigger) or (lends_subject(anchor) and _taken_by(token, anchor))):
            return []  # "he compared Western sanctions": only "imposed/held/launched" lend their subject
    if token == anchor and _bare_participle(token):
        return []  # "civilians bore the brunt, killed on their bicycles": they were killed, by nobody named here
    subject = _subject(anchor)
    if subject is None or subject == token:
        owner = [p for c in token.children if c.dep_ == "poss" for p in _its_owner(c, context)]  # "its summit will be held in June": no subject to own it
        return owner or _arms_owner(token, anchor, trigger, context)
    if subject.pos_ == "PRON" and context.entity_at(subject.idx, subject.idx + len(subject)) is None and context.referent(subject) is None:
        pronoun, subject = subject, _antecedent(subject, context)
        if subject is None:
            issuer = _issuing_government(pronoun, context)
            return [issuer] if issuer is not None else []
    owner = _speakers_country(subject, context)
    return [owner] if owner is not None else _parties(subject, context, any_noun=True)


def settled_parties(events: list[Event], context: Context) -> list[Event]:
    """Actors and targets as the contract counts them, once the events are merged (so that no
    merge turns on them): a capital that acts is its country's government ("Moscow
    announced"); a detention or a blocked outlet no one is named for is the doing of the state
    where it happens ("was detained in X", "blocked in X"), but not where the article tells of
    war or occupation, since there the side that holds a person need not be the place's state
    ("captured in X", "held in a camp in the occupied east"); a strike no one is named for, on
    ground of one of two countries the article shows at war, is the other's ("the town was
    shelled overnight"); a meeting, call or talks has every participant as actor
    (``_held_together``)."""
    unheld = any(_held_unnamed(e) for e in events)
    fought_over = _fought_over(events, context) if unheld else set()
    wars = _wars(events, context) if any(_struck_unnamed(e) for e in events) else set()
    return [_settled(event, context, fought_over, wars) for event in events]


def _held_unnamed(event: Event) -> bool:
    """A detention or a blocked outlet no one is named for."""
    return event.type == "COERCE" and event.mode in HELD_MODES and not event.actors


def _struck_unnamed(event: Event) -> bool:
    """A strike or shelling whose doer the sentence does not name ("the city was shelled
    overnight", "a missile hit a block of flats"); not a counterattack, which the side whose
    ground is struck may well make ("its counteroffensive near X")."""
    return event.type == "ASSAULT" and event.mode in STRUCK_MODES and not event.actors and not event.text.lower().startswith("counter")


def _settled(event: Event, context: Context, fought_over: set[str], wars: set[frozenset[str]]) -> Event:
    found = [_government(p, context) for p in event.actors]
    country = event.place.country if event.place is not None else None
    if _held_unnamed(event) and country and country not in fought_over:
        found = [_country_party(country, context)]
    if _struck_unnamed(event) and country and not _told_held(event, context) and not _agent_told(event, context) and (enemy := _only_enemy(country, wars)) is not None:
        found = [_side_party(enemy, context)]  # "cities were shelled overnight" in a war of two: the other side shells
    targets = [t for t in event.targets if t not in found]
    if _held_together(event, context):
        met = [_government(t, context) for t in targets]
        joined = _unique(found + met)
        return replace(event, actors=joined, targets=[], counterparts=[p for p in joined if p in met and p not in found])
    return replace(event, actors=found, targets=targets)


def _event_span(event: Event, context: Context) -> Span | None:
    """The tokens of an event's words, to read the grammar of a settled event by."""
    return context.doc.char_span(event.start, event.end, alignment_mode="expand")


def _held_together(event: Event, context: Context) -> bool:
    """A meeting, call or talks, not a visit: PLOVER CONSULT makes every participant an actor
    ("X met Y", "X spoke by phone with Y": X and Y), and only a visit's host a target (the
    read gold lists both sides of such events); whom the text names as met stays in
    ``counterparts`` for the fusion's traveller and host. A trip told with the talks it is for
    is a visit whatever its mode ("flew to X for talks with Y": Y hosts, PLOVER's own example),
    and an address has its audience as recipient ("addressed the parliament")."""
    if event.type != "CONSULT" or event.mode == "visit":
        return False
    span = _event_span(event, context)
    if span is None:
        return True
    lexicon = load_lexicon()
    trip = any(row.type == "CONSULT" and row.mode == "visit" for form in base_forms(span.root.lower_) for row in lexicon.triggers.get(form, []))
    return not trip and not _there_for_talks(span.root) and not lexicon.cue(span.root, "audience")


def _there_for_talks(noun: Token) -> bool:
    """ "X will be in Y for talks with Z": being somewhere for talks is a trip there, as
    "flew to Y for talks with Z" is (PLOVER's visit): X travels, Z hosts."""
    prep = noun.head
    verb = prep.head
    return noun.dep_ == "pobj" and prep.lower_ == "for" and verb.lower_ in BE_FORMS and any(c.dep_ == "prep" and c.lower_ == "in" for c in verb.children)


def hosted(verb: Token, hosts: list[Party], context: Context) -> list[Party]:
    """ "X hosted Y", "Y was hosted by X": a host receives a guest, and PLOVER makes the
    visiting guest the actor and the host the recipient; the guests a hosting verb names as
    its object (or passive subject) by name, none when it hosts a meeting ("hosted talks between
    Y and Z", "will host a call with Y": those talk, a third party hosts)."""
    if verb.pos_ not in VERB_POS or not load_lexicon().cue(verb, "hosting"):
        return []
    guests = [w for c in verb.children if c.dep_ in ("dobj", "nsubjpass") for w in (c, *c.conjuncts)]
    named = [Party(e.id, e.name) for w in guests if (e := context.entity_at(w.idx, w.idx + len(w.text))) is not None]
    if len(named) < len(guests):
        return []  # the guest is the object itself, not one inside it or beside it ("a call with X")
    return [g for g in _unique(named) if g not in hosts]


def _agent_told(event: Event, context: Context) -> bool:
    """A strike told in the passive with its "by" phrase ("was shelled by unidentified
    gunmen"): the sentence says who struck, even one no party is made of, so no side is
    implied for it."""
    span = _event_span(event, context)
    return span is not None and any(_agent_of(token) is not None for token in span)


def _wars(events: list[Event], context: Context) -> set[frozenset[str]]:
    """The pairs of countries the article itself shows at war: a party of one country assaults
    a place of another ("Ruritanian forces shelled Vale", "Norland's invasion of Ruritania"),
    each country by its ISO code."""
    wars: set[frozenset[str]] = set()
    for event in (e for e in events if e.type == "ASSAULT"):
        attacked = {_side_code(s, context) for s in _sides(event.targets, context)}
        attacked |= {event.place.country} if event.place is not None and event.place.country else set()
        for side in _sides(event.actors, context):
            code = _side_code(side, context)
            wars |= {frozenset({code, c}) for c in attacked - {code, None}} if code is not None else set()
    return wars


def _told_held(event: Event, context: Context) -> bool:
    """Whether the event's sentence tells the struck ground as occupied or held by another
    than its own country, in the words just before a place of that country ("in occupied Y a
    barracks was struck", "the Norland-held town of Y was shelled"; not "the Vale-controlled
    town" of Vale, nor a held region told elsewhere in the sentence): there the side on the
    ground is the one the other strikes, so the place's enemy is no guess for the doer."""
    span = _event_span(event, context)
    own = event.place.country if event.place is not None else None
    if span is None or own is None:
        return False
    sentence, text = span.sent, text_of(context.doc)
    for place in (p for p in context.places_at.between(sentence.start_char, sentence.end_char) if p.country == own):
        for match in OCCUPIED_GROUND.finditer(text, max(sentence.start_char, place.start - HELD_REACH), place.start):
            holder = match.group("holder")
            code = (code_of_word(holder) or government_of(holder)) if holder else None
            if match.group(0).lower() in ("occupied", "annexed") or (code is not None and code != own):
                return True
    return False


HELD_REACH = 25  # characters before a place name that may say it is held ("the occupied town of ")


def _only_enemy(country: str, wars: set[frozenset[str]]) -> str | None:
    """The one country the article shows at war with ``country``; None where it shows none or
    several (who struck is then not told)."""
    enemies = {c for war in wars if country in war for c in war - {country}}
    return enemies.pop() if len(enemies) == 1 else None


def _side_code(side: str, context: Context) -> str | None:
    """The ISO code of a side ``_side`` found: a country entity's country, or the code itself."""
    entity = next((e for e in context.entities if e.id == side), None)
    return entity.country if entity is not None else side


def _fought_over(events: list[Event], context: Context) -> set[str]:
    """The countries where the article shows another side on the ground: an assault in them
    by a party of another country, or a sentence that says ground of theirs is occupied or
    held by another ("the Russian-held town", "occupied Y", "annexed Z") in a paragraph naming it."""
    attacked = {e.place.country for e in events if e.type == "ASSAULT" and e.place is not None and e.place.country
                and any(_side(p, context) not in (e.place.country, _entity_id(context.country(e.place.country))) for p in e.actors)}
    return attacked | _occupied_countries(context)


def _entity_id(entity: Entity | None) -> str | None:
    return entity.id if entity is not None else None


def _occupied_countries(context: Context) -> set[str]:
    """The countries of the places a paragraph names where it tells of ground occupied or held
    by another ("the Russian-held city" of a town named before): all places of the paragraph
    but the holder's own country ("Ruritanian-held" is held by Ruritania); a
    "state-controlled" broadcaster holds no ground."""
    text = text_of(context.doc)
    held: set[str] = set()
    for match in OCCUPIED_GROUND.finditer(text):
        holder = match.group("holder")
        code = (code_of_word(holder) or government_of(holder)) if holder else None
        if holder and code is None and match.group("state") == "controlled":
            continue
        start, end = text.rfind("\n", 0, match.start()) + 1, text.find("\n", match.end())
        held |= {p.country for p in context.places_at.between(start, len(text) if end < 0 else end) if p.country and p.country != code}
    return held


OCCUPIED_GROUND = re.compile(r"\b(?:occupied|occupation|annexed|annexation)\b|\b(?P<holder>[A-Za-z]+)-(?P<state>held|controlled|occupied|installed|annexed)\b", re.IGNORECASE)


def _government(party: Party, context: Context) -> Party:
    """A national capital named as a doer ("Moscow said", "Washington imposed") stands for its
    country, as a reader takes it: the country of a place of the article by that name that the
    gazetteer resolved to a capital (its own record's country, not a name table's, where one
    capital's name is another's or a defunct state's: "Belgrade" is Serbia's, a "Hamilton" the
    gazetteer did not take for a place is a person); a city the article knows as an entity
    keeps its own name."""
    if party.entity is not None:
        return party
    capital = next((p for p in context.places if p.text == party.name and p.country and is_capital(p)), None)
    return _country_party(capital.country, context) if capital is not None and capital.country else party


def _armed_by(compound: Token, context: Context) -> Party | None:
    """ "Armenian artillery shelling", "Georgian drone strikes": the arm an act is made with,
    run on before it, carries the demonym of the country whose arm it is, and that country acts."""
    if compound.dep_ != "compound" or not (aid_item(compound) or figure_classes(compound) & {"weapon", "troops"}):
        return None
    return next((country for c in compound.children if c.dep_ == "amod" and (country := _demonym_of(c, context)) is not None), None)


def _arms(word: Token) -> bool:
    """Whether a noun names arms or armed men ("missiles", "batteries", "soldiers", "forces")."""
    return _weapon(word) or "troops" in figure_classes(word) or word.lower_ in load_lexicon().cues["party"]


def _weapon(word: Token) -> bool:
    """Whether a noun names arms, not the men who bear them ("missiles", "howitzers"): what a
    strike is made with ("shelled with missiles"), where men after "with" are the other side
    ("fought with Vale's soldiers")."""
    return aid_item(word) or "arms" in figure_classes(word)


def _arms_owner(token: Token, anchor: Token, trigger: Trigger, context: Context) -> list[Party]:
    """ "Norlandic troops were deployed to the border", "two Vale missile batteries were moved
    into X", "the town was pummelled with Norlandic missiles": forces moved or arms struck with,
    told with no doer, are their country's, which the demonym or name before them gives (PLOVER's
    MOBILIZE actor is whose forces move). Not the victims of a strike ("Norlandic soldiers were
    shelled"), nor what is not arms ("Norlandic refugees were moved")."""
    heads = {token, anchor, clause_of(token)}  # "were put on high alert": the verb the act's noun hangs on
    if trigger.type == "MOBILIZE":
        moved = [c for h in heads for c in h.children if c.dep_ == "nsubjpass" and _arms(c)]
    elif trigger.type == "ASSAULT":
        moved = [g for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children if g.dep_ == "pobj" and _weapon(g)]
    else:
        return []
    for word in (w for w in moved if not any(c.dep_ in ("acl", "relcl") for c in w.children)):  # "missiles supplied to X", "fired by Y": whose they are, told apart
        country = next((c for m in word.doc[word.left_edge.i:word.i] if not _hyphened(m) and (c := _country_word(m, context)) is not None), None)
        if country is not None:
            return [country]
    return []


def _hyphened(word: Token) -> bool:
    """ "US-made missiles", "Soviet-era howitzers": a name joined by a hyphen to the next word
    tells where arms come from, not whose they are."""
    return word.i + 1 < len(word.doc) and word.doc[word.i + 1].text == "-"


def _country_word(word: Token, context: Context) -> Party | None:
    """The country a word before a noun names, by its name or demonym ("US Patriot batteries",
    "Vale's troops", "Norlandic soldiers", a demonym the parser may tag a name's part)."""
    entity = context.entity_at(word.idx, word.idx + len(word.text))
    if entity is not None and entity.type == "country":
        return Party(entity.id, entity.name)
    return _demonym_party(word, context) if word.dep_ in ("amod", "compound") and country_of_demonym(word.text) else None


def _gerund_noun(token: Token) -> bool:
    """ "wounded in Russian shelling of the village": the parser may tag an "-ing" act a verb
    where it stands as a noun (a preposition's object or a clause's subject or object, with an
    adjective or possessor of its own); its doer is then a noun's, its demonym or possessor."""
    return token.tag_ == "VBG" and token.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass") and any(c.dep_ in ("amod", "poss") for c in token.children)


def _likewise(verb: Token, context: Context) -> list[Party]:
    """ "X welcomed the accord, as did Y and Z": the parties of an elliptic "as did" clause did
    the same."""
    if verb.pos_ not in VERB_POS:
        return []
    clauses = [c for c in verb.children if c.dep_ == "advcl" and c.lower_ in ("did", "does", "do", "has", "have", "had") and _child_word(c, "as")]
    return [p for c in clauses for s in c.children if s.dep_ == "nsubj" for p in _parties(s, context, any_noun=True)]


def guest_visitor(anchor: Token, found: list[Party], place: Place | None, context: Context) -> list[Party]:
    """"X said he will ask Y to commit when he visits Yerevan", X Armenian: no one visits their
    own capital or country, so the "he" read as X is the person of another country named before
    it in the sentence (Y), the guest; any other visitor stays as read."""
    subject = _subject(anchor)
    if subject is None or subject.lower_ not in ("he", "she") or len(found) != 1 or place is None or not (place.kind == "country" or is_capital(place)):
        return found
    host = next((e for e in context.entities if e.id == found[0].entity and e.type == "person"), None)
    if host is None or host.country is None or host.country != place.country or not _visits_place_itself(anchor, place):
        return found
    start = anchor.sent.start_char
    guests = [e for s, _, e in context.mentions_between(start, subject.idx) if e.type == "person" and e.country not in (None, place.country)]
    return [Party(guests[-1].id, guests[-1].name)] if guests else found


def _visits_place_itself(anchor: Token, place: Place) -> bool:
    """Whether what is visited is the country or city itself ("visits Yerevan", "a visit to
    Yerevan"), not a part of it ("visited Armenia's northern border": one visits one's own
    regions)."""
    objects = [c for c in anchor.children if c.dep_ == "dobj"]
    objects += [o for c in anchor.children if c.dep_ == "prep" and c.lower_ in ("to", "in") for o in c.children if o.dep_ == "pobj"]
    return any(o.ent_type_ in ("GPE", "LOC") or o.text in (place.name or "").split() for o in objects)  # the parse may take a city for a person


def _person_party(party: Party, context: Context) -> bool:
    """Whether a party is a person entity of the article."""
    return any(e.id == party.entity and e.type == "person" for e in context.entities)


def _person_named(word: Token, context: Context) -> Party | None:
    """The person a name word stands for, if it names one."""
    entity = context.entity_at(word.idx, word.idx + len(word.text))
    return Party(entity.id, entity.name) if entity is not None and entity.type == "person" else None


def _addressed(noun: Token, verb: Token, trigger: Trigger) -> bool:
    """"addressed the summit", "virtually addressed the meeting of leaders": who addresses a
    gathering takes part in it (addressing requests or concerns is something else)."""
    return trigger.type == "CONSULT" and noun.dep_ == "dobj" and noun.head == verb and "address" in base_forms(verb.lower_)


def _occasion_of(noun: Token) -> Token | None:
    """The verb whose occasion a visit or talks are ("described X on a visit to Y", "met
    refugees during a trip to Z", "told Y in a phone call", "said at a press conference"): its
    subject is the one on the visit, on the call or at the conference."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("on", "during", "in", "at"):
        return None
    if prep.head.pos_ in VERB_POS or prep.head.dep_ in ("pobj", "attr", "oprd"):  # "described X as "an absurdity" on a visit"
        verb = clause_of(prep)
        spoken = load_lexicon().cue(verb, "speech")  # "told Y in a phone call", "at a press conference, X said": the speaker takes part
        return verb if verb.pos_ in VERB_POS and (prep.lower_ in ("on", "during") or spoken) else None
    return None


def _own_act(clause: Token) -> bool:
    """Whether a reported clause tells what its speaker may do to something: a personal pronoun
    subject, a modal and an object or someone it is aimed at ("warned that he could block the
    deal", "that it would strike back against any attack"; not "that they would run out of aid")."""
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    modal = _modal(clause)
    done_to = any(c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ == "against" for c in clause.children)
    return modal and done_to and subject is not None and subject.lower_ in ("he", "she", "they", "we", "i", "it")


def _modal(clause: Token) -> bool:
    """Whether a reported clause says what may come ("would", "could", "will", "might", "may")."""
    return any(c.dep_ == "aux" and c.lower_ in MAY_COME for c in clause.children)


def _own_side_act(clause: Token, verb: Token, context: Context) -> bool:
    """ "Turkey's president has warned that Ankara could block the process": a reported act a
    modal sets, done by the warner's own country (named, or by its capital)."""
    subject, warner = next((c for c in clause.children if c.dep_ == "nsubj"), None), _subject(verb)
    modal = _modal(clause)
    if not modal or subject is None or warner is None or subject.pos_ == "PRON":
        return False
    doers, warners = _sides(_parties(subject, context), context), _sides(_parties(warner, context, any_noun=True), context)
    return bool(doers & warners)


def _shared_owner(noun: Token, possessive: Token, context: Context) -> Token | None:
    """ "following X's annexation of Y and its bloody invasion": a possessive pronoun on a noun
    joined to one a name owns is that name's, not the clause subject's, when their numbers
    agree; not when the first noun's own object is a party that may be meant as well ("X's
    invasion of Y and its counteroffensive": Y's, as likely)."""
    first = noun.head if noun.dep_ == "conj" and noun.head.pos_ in NOUN_POS else None
    owner = next((c for c in first.children if c.dep_ == "poss" and c.pos_ != "PRON"), None) if first is not None else None
    if owner is None or possessive.lower_ in FIRST_PERSON_POSSESSIVES:
        return None
    objects = [g for c in first.children if c.dep_ == "prep" and c.lower_ in TARGET_PREPS for g in c.children if g.dep_ == "pobj"]
    if any(_acting_party(o, context) for o in objects):
        return None
    return owner if (owner.tag_ in ("NNS", "NNPS")) == (possessive.lower_ == "their") else None


def _acting_party(word: Token, context: Context) -> bool:
    """Whether a noun names a party that may act (a country, body, person or armed group), not
    only a town or a region it could be said of."""
    entity = context.entity_at(word.idx, word.idx + len(word.text))
    return (entity is not None and entity.type in ("country", "organisation", "person")) or (word.pos_ != "PROPN" and _is_group(word, context))


def _agrees(possessive: Token, subject: Token | None) -> bool:
    """Whether a possessive pronoun can be the subject's own: "their" for a plural subject, "his",
    "her" or "its" for a singular one ("its leaders resist his invasion": "his" is someone else),
    "our" or "my" only for "we" or "I"."""
    if subject is None:
        return True
    if possessive.lower_ in FIRST_PERSON_POSSESSIVES:
        return subject.lower_ in ("we", "i")  # "the people, with our assistance, ...": the speaker's, not theirs
    plural = subject.tag_ in ("NNS", "NNPS") or subject.lower_ in ("they", "we") or bool(subject.conjuncts)
    return plural == (possessive.lower_ in ("their", "our"))


def _antecedent(pronoun: Token, context: Context) -> Token | None:
    """"Ruritanian forces crossed the river. They shelled Vale ...": an unresolved "they" or "it"
    is the nearest earlier subject of its paragraph, or of the sentence before when it opens its
    paragraph (news runs one sentence to a paragraph), that names a party of its number (a plural
    group for "they", a country or body for "it"). A passive's agent of that number between them
    ("the guards were detained by Y's soldiers as they pulled out") may as well be meant: no guess."""
    if pronoun.lower_ == "i":
        return _byline_author(pronoun, context)
    if pronoun.lower_ not in ("they", "it"):
        return None
    verb = pronoun.head
    if (accused := _accused_before(pronoun, context)) is not None and _of_number(pronoun, accused, context):
        return accused
    if verb.dep_ == "conj" and (first := _subject(verb.head)) is not None and first.pos_ != "PRON":
        return first if _of_number(pronoun, first, context) else None  # "X rejected reports that its leader ... but it threatened": X
    reach = context.reach_back(pronoun)
    for word in reversed(context.doc[: pronoun.i]):
        if word.idx < reach:
            return None
        if word.dep_ == "pobj" and word.head.dep_ == "agent" and _of_number(pronoun, word, context):
            return None  # the agent is as near a reading as the subject before it
        if word.dep_ not in ("nsubj", "nsubjpass") or word.pos_ == "PRON":
            continue
        return word if _of_number(pronoun, word, context) else None  # the nearest subject is someone else: the pronoun may not be its
    return None


def _accused_before(pronoun: Token, context: Context) -> Token | None:
    """ "Norland accused Vale of shelling Kirov. It denied the charge.": the subject of a denial
    after an accusation is the accused, not the accuser named nearer as a subject (the last
    accusation within the pronoun's reach)."""
    verb = pronoun.head
    if pronoun.dep_ != "nsubj" or verb.pos_ not in VERB_POS or not set(base_forms(verb.lower_)) & DENYING:
        return None
    reach = context.reach_back(pronoun)
    for word in reversed(context.doc[: pronoun.i]):
        if word.idx < reach:
            return None
        if (accused := _accused(word)) is not None:
            return None if _negated(word) else accused  # "X did not accuse Y of ...": no charge for Y to deny
    return None


BYLINE_LINES = 3  # a statement names its author on one of its first lines


def _byline_author(pronoun: Token, context: Context) -> Token | None:
    """"Ana Lind, Foreign Minister\n\nToday I have authorized ...": an "I" outside any quote in a
    statement whose first lines are its byline (a person's name and title) is that person."""
    if any(q.start <= pronoun.idx < q.end for q in context.quotes):
        return None  # a quoted "I" is the quote's speaker
    text = text_of(context.doc)
    firsts = {m.start() for m in islice(re.finditer(r"[^\n]+", text), BYLINE_LINES) if m.start() < pronoun.idx}
    for entity in context.entities:
        for start, end in entity.mentions if entity.type == "person" else []:
            name = context.doc.char_span(start, end, alignment_mode="expand") if start in firsts else None
            if name is not None and is_byline(name):
                return name.root
    return None


def _issuing_government(pronoun: Token, context: Context) -> Party | None:
    """"Today, we are imposing sanctions on ..." in a statement a government published (its
    outlet a ministry, "the White House", "U.S. Department of State"): an unquoted "we" is that
    government's country."""
    code = issuers_voice(pronoun) if pronoun.lower_ == "we" else None
    if code is None:
        return None
    return _country_party(code, context)


def _country_party(code: str, context: Context) -> Party:
    """A country as a party: the article's entity for it, else the country by name when the
    article never names it."""
    entity = context.country(code)
    return Party(entity.id, entity.name) if entity is not None else Party(None, name_of(code))


def _of_number(pronoun: Token, word: Token, context: Context) -> bool:
    """Whether a subject can be what "they" (a plural group) or "it" (a country or body) stands for."""
    if pronoun.lower_ == "they":
        return word.tag_ in ("NNS", "NNPS") and _is_group(word, context)
    entity = context.entity_at(word.idx, word.idx + len(word.text))
    return entity is not None and entity.type in ("country", "organisation")


def _befell_subject(token: Token) -> bool:
    """"The cruiser has sunk", "the ship sank": a verb whose subject, with no object, is what
    the act befell (listed as "unaccusative" cues); "missiles sank the ship" has a doer."""
    return token.pos_ in VERB_POS and load_lexicon().cue(token, "unaccusative") and not any(c.dep_ == "dobj" for c in token.children)


def targets(token: Token, anchor: Token, trigger: Trigger, context: Context) -> list[Party]:
    """To whom: the object, a passive subject, or the object of "against/on/with/to/of"
    (of the trigger, or of the verb a noun trigger is the object of: "impose costs on X")."""
    preps = TARGET_PREPS - {"of"} if trigger.type in INTRANSITIVE else TARGET_PREPS
    if trigger.mode == "deport":
        preps = preps - {"to"}  # "deported to X": where the deported were taken, not whom the act was done to
    if trigger.type in ("ACCUSE", "THREATEN") and (token.pos_ in NOUN_POS or _child_word(token, "out")):
        preps = preps | {"at"}  # "a rebuke at X", "lashed out at X"; not "accused X ... at the UN"
    found: list[Party] = []
    if (victim := _under_attack(token)) is not None:
        found += _parties(victim, context, any_noun=True)
    if token.pos_ in NOUN_POS and trigger.type in UNDERGONE:
        found += [p for c in token.children if c.dep_ == "poss" for p in _parties(c, context)]
    if _befell_subject(token):
        found += [p for c in token.children if c.dep_ == "nsubj" for p in _parties(c, context, any_noun=True)]
    subject_noun = token.dep_ in ("nsubj", "nsubjpass") and not lends_subject(anchor)
    heads = [token] if anchor == token or _setting_only(token, anchor, trigger) else [token, anchor]
    for child in (c for head in heads for c in head.children):
        if subject_noun and child.head == anchor and child.dep_ in ("dobj", "dative"):
            continue  # "X's visit to Y follows Z's visit": the verb's object, not the visit's
        if child.dep_ in ("dobj", "nsubjpass", "dative") and child != token and not is_preposition(child):
            if trigger.type == "AID" and aid_item(child):
                continue  # "supply a US-made system": the goods given, whatever names they carry
            if trigger.type == "MOBILIZE" and child.head == token and child.dep_ == "dobj" and child.tag_ == "NNS" and figure_classes(child) & {"troops", "aid_items"}:
                continue  # "sent 2,000 more troops to X": the forces moved, no party the move is aimed at ("join the army" joins one)
            found += _parties(child, context)
        if is_preposition(child) and child.lower_ in preps:
            for grandchild in child.children:
                if grandchild.dep_ == "pobj" and not (trigger.type == "ASSAULT" and child.lower_ == "with" and _weapon(grandchild)):
                    found += _parties(grandchild, context)  # "shelled with Norlandic missiles": the means, not the one struck
    if trigger.type == "ACCUSE" and not found and (accused := _accused_passively(token)) is not None:
        found += _parties(accused, context, any_noun=True) or ([_party(accused, context)] if figure_classes(accused) & CHARGEABLE else [])
    if trigger.type == "AID" and not found:
        found += [p for receiver in goods_receivers(anchor) for p in _parties(receiver, context)]
    if trigger.type == "REQUEST" and "membership" in trigger.needs:
        found += [p for body in _body_applied_to(token) for p in _parties(body, context)]
    return _unique(found)


def _accused_passively(verb: Token) -> Token | None:
    """Whom a passive charge or rebuke is said of: "the minister was accused of bribery", "X,
    who has been criticised for ...", "companies accused of helping Y". A charge is always
    against someone, so any noun naming people or a body is the party accused (a title, a group,
    "companies", "men"); a thing criticised ("the film was criticised", "the plan") is no party."""
    if verb.pos_ not in VERB_POS or verb.tag_ != "VBN" or _child_word(verb, "on") or SUSPECTING & set(base_forms(verb.lower_)):
        return None  # "the blast was blamed on X": the subject is the wrong, X the one blamed; "people suspected of X": no one's charge
    if verb.dep_ == "acl" and verb.head.pos_ in NOUN_POS:
        return verb.head  # "companies accused of helping Y"
    held = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if held is not None and held.lower_ in RELATIVE and verb.dep_ == "relcl":
        return _relative_head(verb, held)  # "X, who has been criticised for ...": X
    return held


def _setting_only(noun: Token, verb: Token, trigger: Trigger) -> bool:
    """"X was asked at the conference whether ...", "said during the talks that ...": a meeting
    named only as where or when a verb's act took place meets none of that verb's objects (the
    one asked is no party the conference is with); "held talks with X" lends its own."""
    framed = noun.dep_ == "pobj" and noun.head.lower_ in FRAMES and noun.head.head == verb
    return trigger.type == "CONSULT" and framed and not lends_subject(verb)


def _body_applied_to(token: Token) -> list[Token]:
    """The body an application for membership goes to: "applied to join the EU", "an
    application to join Nato", "apply for Nato membership", "applied for membership of Nato"."""
    bodies = [g for c in token.children if c.dep_ in ("xcomp", "acl") and "join" in base_forms(c.lower_) for g in c.children if g.dep_ == "dobj"]
    for noun in (g for c in token.children if c.dep_ == "prep" and c.lower_ in ("for", "to") for g in c.children if g.dep_ == "pobj"):
        if not set(base_forms(noun.lower_)) & {"membership", "accession"}:
            bodies.append(noun)  # "an application to the alliance"
            continue
        bodies += [c for c in noun.children if c.dep_ in ("compound", "poss")]
        bodies += [g for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "in", "to") for g in c.children if g.dep_ == "pobj"]
    return bodies


def goods_receivers(verb: Token) -> list[Token]:
    """The "to X" the parser hangs on what a giving verb gives rather than on the verb: on its
    object, that object's "of" ("sent $50m of medical supplies to X") or its "in" ("pledged
    £1bn in military aid to X")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    inner = [g for o in (verb, *objects) for c in o.children if c.dep_ == "prep" and c.lower_ in ("of", "in") for g in c.children if g.dep_ == "pobj"]
    goods = objects + [g for g in inner if g.lower_ in AID_WORDS or "aid" in figure_classes(g) or aid_item(g)]  # not "in addition to US aid"
    return [g for noun in goods for c in noun.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]


def _circumstance(token: Token) -> bool:
    """"could collapse amid the invasion", "will rebuild despite the shelling": a noun in a
    phrase of circumstance keeps its own modality, not the verb's."""
    return token.pos_ in NOUN_POS and token.dep_ == "pobj" and token.head.lower_ in CIRCUMSTANCE


def _agent_of(verb: Token) -> Token | None:
    """The "by X" of a passive participle."""
    return next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)


def _under_attack(token: Token) -> Token | None:
    """"Vale came under fire", "the convoy was under attack": the subject of the verb the
    "under" phrase hangs on is what the attack is done to."""
    if token.dep_ != "pobj" or token.head.lower_ != "under" or token.head.head == token.head:
        return None
    return next((c for c in token.head.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _struck(token: Token) -> Token | None:
    """"The city of Vale was hit by shelling", "Vale was shelled": the subject of an attack
    told in the passive, by its own verb or by the verb whose "by" phrase it is, is what the
    attack is done to."""
    verb = by_phrase_passive(token) or token  # "was hit by shelling": the noun is the "by" phrase's
    if verb.pos_ not in VERB_POS or not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubjpass"), None)


def _parties(token: Token, context: Context, any_noun: bool = False) -> list[Party]:
    """The party a noun phrase names and those joined to it by "and"; unnamed groups by their
    words (any noun phrase when it is a subject: whoever acts is a party)."""
    found = []
    for head in (token, *(c for c in token.conjuncts if not _subject_list(c) and not _next_subject(c))):
        head = _members(head)
        if in_dateline(head):
            continue  # "GORIS, 3 March (Armenpress) – ...": where the report is filed from
        if (named := _apposed_names(head, context) or _pair_named(head, context)):
            found += named  # "its neighbours, X and Y": X and Y; "the two leaders": the two named before
            continue
        party = _party(head, context)
        if party.entity is not None or _is_group(head, context) or (any_noun and _agent_noun(head)) or _own_country(head, context):
            found.append(party)
            found += [p for name in included(head) if party.entity is None for p in _parties(name, context)]  # "counterparts including X and Y"
        else:
            found += _nested_parties(head, context)
    return _unique(found)


def _next_subject(noun: Token) -> bool:
    """ "Norland shelled the town and Vale sent troops": a noun the parser joined to the first
    verb's object right before a joined verb is that verb's subject (``_subject_read_as_object``),
    no party of the first verb."""
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    return after is not None and _subject_read_as_object(after) == noun


def _judged(word: Token, context: Context) -> tuple[list[Party], Token | None]:
    """Whom a judging word is said of, and the naming verb that says it if one does: the
    object a verb names so ("described X as reasonable", "hailed X's resistance as heroic", "called X a tyrant",
    "the troops, described by Y as heroes"), the subject it is predicated of ("X was
    responsible", "it is good that X talks", "X was acting legally"), the owner of the thing it
    qualifies or names ("X's reckless attempts", "Russian propaganda", "the crimes of X"), or
    the party it qualifies ("hostile X"), or the doer of a verb ("X is endangering ..."). A
    word joined to another ("was inappropriate and irresponsible", "provocations and
    disinformation") is said of what the first one is."""
    while word.dep_ == "conj" and word.pos_ in ("ADJ", *NOUN_POS) and word.head.pos_ == word.pos_:
        word = word.head
    phrase = word.head if word.dep_ == "amod" and word.head.pos_ in NOUN_POS else word
    as_phrase = phrase.head.lower_ == "as" and phrase.dep_ in ("pobj", "amod") and phrase.head.head.pos_ == "VERB"
    if as_phrase or (phrase.dep_ == "oprd" and phrase.head.pos_ == "VERB"):  # "called X a tyrant"
        naming = phrase.head.head if as_phrase else phrase.head
        judged = next((c for c in naming.children if c.dep_ in ("dobj", "nsubjpass")), None)
        if judged is None and naming.dep_ == "acl":
            judged = naming.head  # "the troops, described by Y as heroes"
        return (_owners(judged, context, groups=True) if judged is not None else []), naming
    if word.dep_ in ("acomp", "attr") or (word.dep_ == "ROOT" and word.pos_ == "ADJ"):
        verb = word.head if word.dep_ != "ROOT" else word
        subject = _subject(verb)
        if subject is not None and subject.lower_ == "it":
            clause = next((c for c in verb.children if c.dep_ == "ccomp" or (c.dep_ in ("advcl", "xcomp") and _child_word(c, "for"))), None)
            subject = _subject(clause) if clause is not None else None  # "it is good that X ...", "it is legitimate for X to ..."
        return (_owners(subject, context) if subject is not None else []), None
    if word.dep_ == "advmod" and word.head.pos_ in ("VERB", "AUX"):
        subject = _subject(word.head)  # "X was acting legally"
        return (_owners(subject, context) if subject is not None else []), None
    if word.pos_ == "VERB":
        subject = _subject(word)  # "the army is endangering civilians"
        return (_owners(subject, context, groups=True) if subject is not None else []), None
    doing = _doing_wrong(word)
    if doing is not None:
        if _charge_withheld(word, doing):
            return [], None
        subject = _subject(doing)  # "said X is committing war crimes": the doer is charged
        return (_owners(subject, context, groups=True) if subject is not None else []), None
    return _owners(phrase, context), None


def _doing_wrong(word: Token) -> Token | None:
    """The verb by which a party does the wrong a word names: "committed war crimes", "made a
    grave mistake", "spread lies" (its object), "engaged in espionage", "resorted to terror"
    (its "in/to" object), so the verb's subject is the one charged. An object the verb tells or
    makes do something more ("told the aggressor to leave", "told the dictator that ...") is a
    person the blame word names, whom the verb addresses, not a wrong done."""
    if word.dep_ == "dobj" and COMMITTING.intersection(base_forms(word.head.lower_)):
        told_more = any(c.dep_ in ("xcomp", "ccomp", "oprd") for c in word.head.children)
        return None if told_more else word.head
    prep = word.head
    if word.dep_ == "pobj" and prep.dep_ == "prep" and any((form, prep.lower_) in ENGAGING for form in base_forms(prep.head.lower_)):
        return prep.head
    return None


def _charge_withheld(word: Token, doing: Token) -> bool:
    """Whether the text stops short of charging the doer with the wrong it names: what may come
    ("would commit war crimes"), a wrong denied ("had not made a mistake", "made no mistake"),
    one asked about ("asked whether X had lied", "Did X spread lies?", whose auxiliary comes
    before its subject; "why did X spread lies?" takes the wrong as done), or the count of a
    charge told in the passive ("X is accused of spreading lies"), which the verb of accusing
    tells; whoever reports it makes no charge of his own. In the active ("Y accused X of
    spreading lies") the word's accuser is Y, as the verb's."""
    if _modal(doing) or _negated(doing) or _denied_noun(word) or any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in doing.children):
        return True
    subject = next((c for c in doing.children if c.dep_ == "nsubj"), None)
    if subject is not None and any(c.dep_ == "aux" and c.i < subject.i for c in doing.children) and not any(c.lower_ in ASKED_WORDS for c in doing.children):
        return True
    accused = _accused(doing.head.head) if doing.dep_ == "pcomp" and doing.head.lower_ == "of" else None
    return accused is not None and accused.dep_ == "nsubjpass"


def _naming_party(verb: Token, context: Context) -> Party | None:
    """Who names something so: the naming verb's subject or its "by" agent."""
    subject = _subject(verb)
    return _source_party(subject, context) if subject is not None else None


def _owners(noun: Token, context: Context, groups: bool = False) -> list[Party]:
    """The named parties a noun phrase is or belongs to: itself, its possessor, its demonym's
    country, a named compound, or its "of" object; with ``groups``, also unnamed groups ("the
    Ukrainian troops"), where a verb names the phrase itself."""
    named = [p for p in _parties(noun, context) if p.entity is not None or groups and noun.pos_ != "PRON"]
    if named:
        return named
    found: list[Party] = []
    for child in noun.children:
        if child.dep_ == "poss":
            found += _parties(child, context)
        elif child.dep_ in ("amod", "compound") and child.ent_type_ in ("NORP", "GPE", "ORG", "PERSON"):
            demonym = _demonym_of(child, context)
            found += [demonym] if demonym is not None else _parties(child, context)
        elif child.dep_ == "prep" and child.lower_ == "of":
            found += [p for o in child.children if o.dep_ == "pobj" for p in _parties(o, context)]
        elif child.dep_ == "prep" and child.lower_ == "by" and noun.pos_ in NOUN_POS:
            found += [p for o in child.children if o.dep_ == "pobj" for p in _owners(o, context)]  # "statements by Georgian officials"
    countries = {name for name, _ in country_names()}
    return [p for p in found if p.entity is not None or p.name in countries or groups]  # not "the tests" or "officials"


def _demonym_of(word: Token, context: Context) -> Party | None:
    """The country a modifier names as the doer: "Russian invasion" (a demonym), not "Ukraine
    invasion", where the country's own name before the act is what it is done to; the article's
    entity for it, else the country by name when the article never names it."""
    if word.ent_type_ != "NORP" and word.pos_ != "ADJ":
        return None
    return _demonym_party(word, context)


def _demonym_party(word: Token, context: Context) -> Party | None:
    """The country a demonym names: the article's entity for it, else the country by name."""
    entity = context.country_entity(word.text)
    if entity is not None:
        return Party(entity.id, entity.name)
    name = country_of_demonym(word.text)
    return Party(None, name) if name else None


def _apposed_names(noun: Token, context: Context) -> list[Party]:
    """ "Georgia's neighbours, Armenia and Azerbaijan": a common noun that names no one itself
    stands for the named parties in apposition to it (not for its possessor)."""
    if noun.pos_ != "NOUN" or context.entity_at(noun.idx, noun.idx + len(noun.text)) is not None:
        return []
    names = [w for c in noun.children if c.dep_ == "appos" for w in (c, *c.conjuncts)]
    entities = [context.entity_at(w.idx, w.idx + len(w.text)) for w in names]
    return [Party(e.id, e.name) for e in entities if e is not None] if names and all(entities) else []


def _pair_named(noun: Token, context: Context) -> list[Party]:
    """ "X met Y on Monday. The two leaders agreed ...", "both sides": a pair of people or of
    states the text refers back to is the two of that kind it named last, in the sentence so far
    and the one before it, when it names exactly two there (persons for "the two leaders",
    "the two men"; countries and bodies for "both sides", "the two countries")."""
    wanted = _pair_kinds(noun)
    if wanted is None or _restricted(noun):
        return []
    mentions = [(start, e) for start, _, e in context.mentions_between(context.sentence_before(noun), noun.idx) if e.type in wanted]
    named = _unique([Party(e.id, e.name) for _, e in mentions])
    if len(named) != 2 or any(_speaks_over(noun, start) for start, _ in mentions):
        return []
    return named


def _restricted(noun: Token) -> bool:
    """ "the two men who attacked X", "the two ministers of Y": a pair its own words single out
    (a relative clause or participle not set off by a comma, an "of" or "from" a name) is a
    new pair, not the one named before ("both sides in the conflict", "the two men, who ...",
    still refer back)."""
    for child in noun.children:
        if child.dep_ in ("relcl", "acl") and child.i > noun.i and noun.doc[child.left_edge.i - 1].text != ",":
            return True
        if child.dep_ == "prep" and child.lower_ in ("of", "from") and any(o.dep_ == "pobj" and o.pos_ == "PROPN" for o in child.children):
            return True
    return False


def _speaks_over(noun: Token, start: int) -> bool:
    """ "X and Y said the two men had attacked Z": a name in the subject of a verb whose
    complement clause holds the pair phrase tells of the pair, and is not one of them (unlike
    "X and Y opened inquiries after both countries blamed ...", where the clause is no complement)."""
    clause = noun
    for verb in noun.ancestors:
        if clause.dep_ == "ccomp" and any(c.dep_ in ("nsubj", "nsubjpass") and c.left_edge.idx <= start <= c.right_edge.idx for c in verb.children):
            return True
        clause = verb
    return False


def _pair_kinds(noun: Token) -> tuple[str, ...] | None:
    """The entity kinds a "the two X" or "both X" phrase refers back to, by its noun; None when
    the phrase counts no pair (not "two soldiers", which a figure counts, nor "the three states")."""
    two = any(c.dep_ == "nummod" and c.lower_ in ("two", "2") for c in noun.children) and any(c.lower_ == "the" for c in noun.children)
    both = any(c.dep_ in ("det", "predet", "preconj") and c.lower_ == "both" for c in noun.children)
    if not (two or both):
        return None
    if noun.lower_ in PAIRED_PEOPLE:
        return ("person",)
    return ("country", "organisation") if noun.lower_ in PAIRED_STATES else None


def included(group: Token) -> list[Token]:
    """The names a group lists as its members ("counterparts including foreign minister Ana
    Lind and defence chief Jon Vale"): the person words under its "including" phrase."""
    names = [g for c in group.children if c.lower_ == "including" for g in c.children if g.dep_ == "pobj"]
    for name in names:  # the parse may nest one name in the other ("minister X and chief Y": X under Y's title)
        names += [c for c in name.children if c.dep_ in ("conj", "appos", "nmod") and c not in names]
    return [n for n in names if n.ent_type_ == "PERSON"]


def _members(noun: Token) -> Token:
    """ "a group of experts", "a handful of lawmakers": the members a collective noun counts."""
    if not load_lexicon().cue(noun, "collective"):
        return noun
    return next(iter(of_objects(noun)), noun)


def _nested_parties(token: Token, context: Context) -> list[Party]:
    """"counterparts from the EU and NATO", "Russia's invasion", "Russian rockets": the
    entities inside a phrase, or the country whose demonym qualifies it."""
    for child in token.children:
        if child.dep_ == "amod" and (country := _demonym_of(child, context)) is not None:
            joined = [c for c in child.conjuncts if c.dep_ == "conj" and c.head == child]  # "Swedish and Finnish membership"
            return _unique([country, *(found for c in joined if (found := _demonym_of(c, context)) is not None)])
    for child in token.children:
        if child.dep_ == "poss" or (child.dep_ == "prep" and child.lower_ in ("from", "of")):
            inner = child if child.dep_ == "poss" else next((g for g in child.children if g.dep_ == "pobj"), None)
            if inner is not None:
                return [p for p in _parties(inner, context) if p.entity is not None]
    return []


def _party(token: Token, context: Context) -> Party:
    """One party: the entity at the phrase's head, or the phrase itself without its article."""
    left = min([token.i, *(c.left_edge.i for c in token.children if c.dep_ in ("compound", "amod", "det", "poss"))])  # not an adjective after it
    while left < token.i and (token.doc[left].is_space or context.all_times_at.overlapping(token.doc[left].idx, token.doc[left].idx + 1)):
        left += 1  # "On Monday Vale condemned ...": the parse may run the day into the name after it; a time names no one
    phrase = token.doc[left : token.i + 1]
    entity = context.entity_at(token.idx, token.idx + len(token.text)) or _named_in_apposition(token, context) or context.titled_later(token)
    if entity is None and (country := _own_country(token, context)) is not None:
        return country  # before the phrase's own mentions: "his" in "his country" is the person
    named = _named_by_modifier(token, phrase, context)
    entity = entity or _office_holder(token, named, context) or named or context.referent(token)
    if entity is not None and token.lower_ not in load_lexicon().cues["party"]:
        return Party(entity.id, entity.name)
    return Party(None, DETERMINERS.sub("", phrase.text))


def _office_holder(office: Token, modifier: Entity | None, context: Context) -> Entity | None:
    """The person last named who holds an office ("the president said"), before the entity the
    office's phrase names ("Armenia's president": the Armenian president named earlier) only
    when that entity is a country and the holder is known to be of it: a holder of unknown
    country may be anyone's president, and "the NATO secretary general" is not the UN's."""
    holder = context.titled(office)
    if holder is None or modifier is None:
        return holder
    return holder if modifier.type == "country" and holder.country == modifier.country else None


def _named_by_modifier(token: Token, phrase: Span, context: Context) -> Entity | None:
    """The entity a word of a phrase names where its head names none, but not a country named
    before a body's own name ("the US Senate", "Russia's FSB"): the body acts, and the gold names
    it. (An office, "the US secretary of state", is its holder, ``titled`` asked first; the
    country only where the article names no holder.)"""
    entity = context.entity_at(phrase.start_char, phrase.end_char)
    own_name = token.pos_ == "PROPN" and token.ent_type_ not in ("GPE", "NORP")
    return None if own_name and entity is not None and entity.type == "country" else entity


def _own_country(noun: Token, context: Context) -> Party | None:
    """ "President X announced that his country will provide ...": "his" or "her country" is
    the country of the person the pronoun stands for, when the article gives it (by title or
    nationality)."""
    owner = pronoun_owner(noun)
    if noun.lower_ not in OWN_COUNTRY_NOUNS or owner is None or owner.lower_ not in ("his", "her"):
        return None
    speaker = _speaker_of(noun)  # "X said his country would ...": the pronoun is the speaker's own
    person = context.entity_at(speaker.idx, speaker.idx + len(speaker.text)) if speaker is not None else None
    if person is None and speaker is not None and speaker.pos_ == "PRON":
        person = context.referent(speaker)
    if person is None or person.type != "person" or person.country is None:
        return None
    return _country_party(person.country, context)


def _speakers_country(noun: Token, context: Context) -> Party | None:
    """ "Armenia's defence ministry said its forces took Gyumri": a body named only by "its" or
    "their" ("its forces", "their police") in what a speaker reports or claims is the speaker's own
    country's, and that country is the party that acts (not the bare "forces")."""
    owner = pronoun_owner(noun)
    if owner is None or owner.lower_ not in ("its", "their") or noun.lower_ not in load_lexicon().cues["party"]:
        return None
    reporting = noun.head.head if noun.dep_ == "nsubj" and noun.head.dep_ == "ccomp" else None
    speaker = _subject(reporting) if reporting is not None else None  # "said", "claimed", "denied" alike
    if speaker is not None and speaker.pos_ == "PRON":
        speaker = _antecedent(speaker, context)  # "it said its troops ...": the body named before
    sides = _sides(_parties(speaker, context, any_noun=True), context) if speaker is not None else set()
    return _side_party(sides.pop(), context) if len(sides) == 1 else None


def _side_party(side: str, context: Context) -> Party:
    """The party for a side ``_side`` found: the article's country entity, else the country by code."""
    entity = next((e for e in context.entities if e.id == side), None)
    return Party(entity.id, entity.name) if entity is not None else _country_party(side, context)


def _speaker_of(noun: Token) -> Token | None:
    """The subject of the verb of saying whose reported clause a noun is the subject of ("X
    said his country would send"; "Y, who said his country would", is Y)."""
    clause = noun.head
    if noun.dep_ != "nsubj" or clause.dep_ != "ccomp" or not load_lexicon().cue(clause.head, "speech"):
        return None
    return _subject(clause.head)


def _named_in_apposition(office: Token, context: Context) -> Entity | None:
    """"the US president, Joe Biden," is Joe Biden, not the United States its modifier names; so
    is "the head of the US government Joe Biden"."""
    if office.lower_ not in _titles():
        return None
    names = [c for c in office.children if c.dep_ == "appos"]
    names += [g for c in office.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj" and _run_on_name(g)]
    return next((e for c in names if (e := context.entity_at(c.idx, c.idx + len(c.text))) is not None and (c.dep_ == "appos" or e.type == "person")), None)


def _run_on_name(word: Token) -> bool:
    """ "the head of the British government Boris Johnson": a name run on after the office's
    body without a comma, parsed as the body's own head."""
    return word.pos_ == "PROPN" and any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in word.children)


def _source_party(head: Token, context: Context) -> Party | None:
    """The party a report is attributed to; a pronoun ("we said", "according to our data") only
    when it resolves to an entity: an unresolved "we" tells a reader nothing."""
    owner = pronoun_owner(head)
    word = owner if owner is not None else head
    party = _party(word, context)
    if word.pos_ == "PRON" and party.entity is None:
        return None
    return party


def _names_somewhere(phrase: Token) -> bool:
    """Whether a visited phrase names a place or a party ("visited Kyiv", "visited frontline
    troops", "visited the front line"), not a private spot ("visited the family home")."""
    lexicon = load_lexicon()
    return any(_a_place(t) or t.ent_type_ or t.pos_ == "PROPN" or lexicon.cue(t, "party") or t.lower_ in PLACE_WORDS for t in phrase.subtree)


def _is_group(token: Token, context: Context) -> bool:
    """A named group ("Russian forces", "Ukrainian officials") counts as a party without an entity."""
    if token.pos_ == "PROPN":
        return token.ent_type_ not in NOT_PARTIES
    return token.lower_ in load_lexicon().cues["party"] and any(c.dep_ in ("amod", "compound") for c in token.children)


def _unique(parties: list[Party]) -> list[Party]:
    seen, unique = set(), []
    for party in parties:
        key = party.entity or (party.name or "").lower()
        if key not in seen:
            seen.add(key)
            unique.append(party)
    return unique


def _subject_list(root: Token) -> bool:
    """"Before the invasion of X, Y and Z announced a pact": the parse reads the opening
    "before ..." clause as running on to the main verb, so the invasion becomes its subject and
    the main clause's own subject ("Y and Z", after the comma) more places of the invasion. A
    verb right after the list with a subordinating word opening the sentence before the list is
    that misreading."""
    members = root.conjuncts + (root,)
    first, last = min(t.i for t in members), max(t.i for t in members)
    after = root.doc[last + 1] if last + 1 < len(root.doc) else None
    if after is None or after.pos_ not in ("VERB", "AUX") or after.dep_ != "ROOT":
        return False
    opened = any(c.i < first and c.lower_ in SUBORDINATORS for c in after.children)
    return opened and any(t.text == "," for t in root.doc[first:last])


def _side(party: Party, context: Context) -> str | None:
    """The country a party speaks for (``_find_side``), found once per party and article: the
    merge of events asks it of both events of every pair, a million times on a long page."""
    key = (party.entity, party.name)
    if key not in context.sides:
        context.sides[key] = _find_side(party, context)
    return context.sides[key]


def _find_side(party: Party, context: Context) -> str | None:
    """The country a party speaks for: a country entity, or the country a word of its name
    names or is the demonym of ("the Russian defence ministry", "Ukraine's army")."""
    entity = next((e for e in context.entities if e.id == party.entity), None)
    if entity is not None and entity.type == "country":
        return entity.id
    titles = " ".join(entity.titles) if entity is not None else ""  # "Ruritanian President Ana Lind"
    person = entity is not None and entity.type == "person"
    for word in re.findall(r"[A-Za-z]+", f"{party.name or ''} {titles}".replace("'s", "")):
        country = context.country_entity(word) if word[0].isupper() else None
        if country is not None:
            return country.id
    for word in re.findall(r"[A-Za-z]+", f"{'' if person else party.name or ''} {titles}".replace("'s", "")):
        code = code_of_word(word) if word[0].isupper() else None
        if code is not None:
            return code  # "Valean troops ..., a Valean general said" where the article never names Vale itself: both sides by code, as a capital does; a person's own name ("Jordan", "French") says nothing
    named = {text_of(context.doc)[s:e]: c.id for c in context.entities if c.type == "country" for s, e in c.mentions}
    for word in f"{party.name or ''} {titles}".split():  # "U.S. Secretary of State": a country named as the article names it
        if word in named:
            return named[word]
    return _capital_side(party.name or "", context)


def _capital_side(name: str, context: Context) -> str | None:
    """"Moscow's invasion", "the war Kyiv wages": a capital that wages or suffers an act stands
    for its country (GeoNames capitals), the article's entity for that country if it has one."""
    code = capital_code(name)
    if code is None:
        return None
    entity = context.country(code)
    return entity.id if entity is not None else code


def _sides(parties: list[Party], context: Context) -> set[str]:
    return {_side(p, context) for p in parties} - {None}


def _names(parties: list[Party]) -> frozenset[str]:
    return frozenset(p.entity or (p.name or "").lower() for p in parties)
