"""What the words around a trigger say of it: whether its needs are met (``find_trigger``) and
the many readings that make a word no event, another type, or a claim."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Token

from sitrep.facts import Party
from sitrep.nlp.countries import code_of, country_of_demonym
from sitrep.nlp.events.grammar import (
    _agent_noun, _aux, _aux_word, _child_word, _later, _negated, _passive, _present_perfect, _simple_present, _subject,
    _to_purpose, clause_of, hyphen_start, marked,
)
from sitrep.nlp.events.lexicon import Lexicon, Trigger, _titles, load_lexicon
from sitrep.nlp.events.parties import (
    _a_place, _is_group, _names, _parties, _side, _sides, _under_attack, targets,
)
from sitrep.nlp.events.words import (
    ACTIVITIES, ANNOUNCED, ANSWER_VERBS, ARMED_UNITS, ASKED_WORDS, BACKDROP_PREPS, BE_FORMS, CAPABLE, CERTAIN, CLAIM_NOUNS, CLAUSES, CONDITION_MARKS, CONDITION_NOUNS, CONCERT, CONTESTING, CONTESTS, DEONTIC, EFFORTS, ENACTED, ENTAILING, ENTITLEMENTS, EXPECTERS,
    FIRST_PERSON, FOES, FORCE_TYPES, FRAMES, GATHERINGS, GENERIC_PEOPLE, HEAD_STEPS, KIND_PRONOUNS, KINDS_OF_PARTIES, HELD_OR_HURT, HOSTILE, LAUNCHING, LOCAL_STATES, MOVED_ARMS, NEEDS_DONOR, NOBODY, NOT_POSTED, NOUN_POS, OPENING, OUTCOMES_WISHED, POLITICAL_BODIES, PRESENT_BE,
    QUANTITY_WORDS, QUERY_VERBS, QUESTION_WORDS, RAISING, RELATIVE, ROUNDS, SPOKEN, TOPIC_PREPS, UNCERTAIN, USED_ARMS, VERB_POS,
)
from sitrep.nlp.figures import aid_item, amount_suffix, figure_classes, of_objects
from sitrep.nlp.inflection import base_forms
from sitrep.nlp.times.words import WEEKDAYS
from sitrep.nlp.syntax import first_conjunct

if TYPE_CHECKING:  # annotations only: these modules build on this one
    from sitrep.nlp.events.context import Context


def find_trigger(token: Token, lexicon: Lexicon) -> Trigger | None:
    """The first lexicon row whose form, part of speech and needed neighbours fit."""
    pos = "V" if token.pos_ in VERB_POS else "N" if token.pos_ in NOUN_POS else "A" if token.dep_ == "acomp" else None  # "was critical of", not "content critical of"
    if pos is None:
        return None
    start = hyphen_start(token)
    whole = base_forms(token.doc[start.i : token.i + 1].text.lower()) if start != token else []
    for form in [*whole, *base_forms(token.lower_)]:  # "cease-fire" before "fire"
        for row in lexicon.triggers.get(form, []):
            if row.pos == pos and _needs_met(token, row.needs):
                return row
    return None


def _needs_met(token: Token, needs: frozenset[str]) -> bool:
    """Whether one of the needed words is next to the trigger in the parse: its children, its
    head, or the words of its prepositions ("provide Ukraine with weapons"), not words inside
    its object ("called a strike on a hospital ..." calls on nobody)."""
    for need, check in SPECIAL_NEEDS.items():  # a need a predicate checks, not a word
        if need in needs:
            return bool(check(token))
    words = needs - {"@place", "@goods"}
    if not words:
        return True
    near = [c for c in token.children if c.dep_ not in CLAUSES]  # "take steps to control X": "control" is another clause's verb
    near += [*(g for c in token.children if c.pos_ not in NOUN_POS and c.lower_ not in TOPIC_PREPS for g in c.children), *_counted(token)]  # not "on weapons, X gave ..."
    near += [g for c in token.children if c.dep_ == "dobj" for g in c.children if g.dep_ == "amod" and g.i > c.i]  # "holding 170 people captive"
    if not _own_object(token):
        near.append(token.head)
    if "@goods" in needs and any(aid_item(t) for t in _given_things(token)):
        return True  # "supply four rocket launchers": any armament or kit the figures lexicon counts as aid items
    return any(form in words and not _package_of_other(t, words) for t in near for form in base_forms(t.lower_))


def _package_of_other(thing: Token, words: frozenset[str]) -> bool:
    """A package told as one of something no aid word or aid item names ("a package of reforms",
    "a package of tax cuts"): a bundle of measures, not the aid package the need word stands for
    ("a package of arms", "a package of aid" are)."""
    if thing.lower_ not in ("package", "packages"):
        return False
    held = [g for c in thing.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return bool(held) and not any(aid_item(h) or set(base_forms(h.lower_)) & words for h in held)


def _given_things(token: Token) -> list[Token]:
    """What a giving word gives: its object or indirect object, or its "with" phrase ("provided
    X with radars"), never its subject ("helicopters delivered a blow")."""
    things = [c for c in token.children if c.dep_ in ("dobj", "dative", "nsubjpass")]
    return things + [g for c in token.children if c.dep_ == "prep" and c.lower_ in ("with", "of") for g in c.children if g.dep_ == "pobj"]


FORCE_WORDS = frozenset({
    "troops", "troop", "soldiers", "forces", "personnel", "battalion", "battalions", "brigade", "brigades",
    "ships", "warships", "jets", "fighters", "squadron", "squadrons", "garrison", "contingent", "flank", "carrier", "carriers",
})
POSTURE_WORDS = frozenset({"presence", "posture"})
ARMY_WORDS = frozenset({"army", "armies", "units", "reservists", "reserves", "divisions", "regiments", "tanks", "equipment", "weaponry", "firepower", "men"})
MILITARY_WORDS = frozenset({"military", "troop", "naval", "armed", "defence", "defense", "force", "forces"})


def _forces_object(verb: Token) -> bool:
    """ "contributes 1,700 troops", "will assign more troops", "the military presence will be
    bolstered": what the verb moves is forces, or a presence or posture called military; forces
    as its subject ("forces contributed to the destruction") or a presence of another kind ("its
    diplomatic presence") are no mobilisation."""
    for thing in (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")):
        if thing.lower_ in FORCE_WORDS:
            return True
        if thing.lower_ in POSTURE_WORDS and any(m.dep_ in ("amod", "compound") and m.lower_ in MILITARY_WORDS for m in thing.children):
            return True
    return False


# A state's diplomatic presence, which it pulls out (PLOVER SANCTION withdraw): the envoys and
# missions themselves, or staff a diplomatic word qualifies ("embassy staff", "diplomatic personnel").
ENVOY_WORDS = frozenset({"diplomats", "envoys", "ambassador", "ambassadors", "embassy", "embassies", "consulate", "consulates", "mission"})
ENVOY_QUALIFIERS = frozenset({"embassy", "embassies", "consulate", "diplomatic"})


def _envoys_pulled_out(token: Token) -> bool:
    """ "evacuated its diplomats", "the evacuation of embassy staff", "is drawing down its
    embassy": what is moved out (the object, the passive's subject, a noun's "of" object, "most
    of X") is a state's diplomats or mission, not civilians an embassy evacuates or shelters
    ("the embassy evacuated 200 citizens"); "draw" moves it only with "down" ("drew criticism
    from diplomats" pulls no one out)."""
    if "draw" in base_forms(token.lower_) and not any(c.dep_ == "prt" and c.lower_ == "down" for c in token.children):
        return False
    return any(
        t.lower_ in ENVOY_WORDS or any(m.dep_ in ("amod", "compound") and m.lower_ in ENVOY_QUALIFIERS for m in t.children) for t in _moved(token)
    )


BACKING_MANNERS = frozenset({"financially", "militarily"})
BACKED_BODIES = frozenset({"government", "governments", "country", "countries", "ally", "allies", "rebels", "regime", "people", "partners", "neighbours", "neighbors"})


def _backs_party(verb: Token) -> bool:
    """ "supported Vale militarily", "will support them financially": backing told by its manner
    is aid only when what is backed is a party (a named state, body or person, a pronoun, forces,
    a government); "supported the plan financially" pays for a scheme, no one is aided."""
    near = [*verb.children, *(g for c in verb.children if c.pos_ not in NOUN_POS for g in c.children)]  # "militarily since May" hangs on "since"
    if not any(t.lower_ in BACKING_MANNERS for t in near):
        return False
    backed = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return not backed or any(_a_party_backed(b) for b in backed)


def _a_party_backed(thing: Token) -> bool:
    """Whether what is backed is a party (a named state, body or person, a pronoun, forces, a
    government), not a scheme, a bid or a view."""
    return thing.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") or thing.pos_ == "PRON" or thing.lower_ in FORCE_WORDS | ARMY_WORDS | BACKED_BODIES


STANCE_MANNERS = frozenset({"staunchly", "strongly", "fully", "firmly", "wholeheartedly", "unequivocally", "publicly", "politically", "diplomatically"})


def _pledged_backing(verb: Token) -> bool:
    """"will continue to support Vale", "promised to support Tarnia against any threat", "would
    support its neighbours to strengthen their defences": backing a party pledged for time to come
    is a pledge of help (the guide's AID "given or pledged"), where backing a bid, a plan or a
    view ("will support whichever path Vale chooses", "would support Norland's claim") or
    said in the manner of a stance ("will staunchly support Vale") is PLOVER SUPPORT."""
    if verb.pos_ not in VERB_POS or "support" not in base_forms(verb.lower_):
        return False
    if any(c.dep_ == "advmod" and c.lower_ in STANCE_MANNERS for c in verb.children) or _backed_in_contest(verb):
        return False
    backed = [b for c in verb.children if c.dep_ == "dobj" for b in (c, *c.conjuncts)]
    return bool(backed) and all(_a_party_backed(b) for b in backed)


def _backed_in_contest(verb: Token) -> bool:
    """"will support Vale in its application to join", "would support Peter Holm in the
    election", "at the talks": a party backed in a bid, a vote or a negotiation is backed in its
    stand (PLOVER SUPPORT), not helped ("in its defence", "in any way necessary")."""
    settings = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "on", "at", "over") for g in c.children if g.dep_ == "pobj"]
    return any(g.lower_ in CONTESTS for g in settings)


# What is built up or called up when it is a force: "built up a permanent force", "has built up
# its arsenal" (the force and arms words above count the rest).
RAISED_WORDS = frozenset({"force", "arsenal", "arsenals", "stockpile", "stockpiles"})


def _force_or_arms(thing: Token) -> bool:
    """Whether a thing moved, massed or raised is forces, arms or a number of them."""
    return thing.lower_ in FORCE_WORDS | ARMY_WORDS | RAISED_WORDS or aid_item(thing) or thing.like_num or thing.pos_ == "NUM"


def _massed_forces(verb: Token) -> bool:
    """ "amassed 100,000 troops", "has been amassing near the border", "amassed tanks": what is
    massed is forces, arms or a number of them, or goes unsaid; "amassing wealth" is no build-up."""
    things = _moved(verb)
    return not things or any(_force_or_arms(t) for t in things)


def _blacklist(verb: Token) -> Token | None:
    """The sanctions list or blacklist a verb puts its object on ("added to the UK sanctions
    list", "put X on its blacklist"): being listed is being sanctioned (PLOVER SANCTION)."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "on", "in")):
        for noun in (g for g in prep.children if g.dep_ == "pobj"):
            forms = set(base_forms(noun.lower_))
            sanctions = any(c.dep_ in ("compound", "amod") and set(base_forms(c.lower_)) & {"sanction", "sanctions"} for c in noun.children)
            if "blacklist" in forms or ("list" in forms and sanctions):
                return noun
    return None


def _list_keeper(verb: Token, context: Context) -> list[Party]:
    """Whose list it is when no subject says who listed ("was added to a UK government sanctions
    list"): the list's owner or the name before it."""
    listed = _blacklist(verb)
    if listed is None:
        return []
    words = [c for c in listed.children if c.dep_ in ("poss", "compound")]
    words += [g for c in words if set(base_forms(c.lower_)) & {"sanction", "sanctions"} for g in c.children if g.dep_ in ("poss", "compound")]
    return next((found for w in words if (found := _parties(w, context))), [])


def _a_person_sent(thing: Token) -> bool:
    """A person or an office, not goods or a force: a pronoun ("him"), a name, or a title
    ("an ambassador", "envoys")."""
    if thing.pos_ == "PRON":
        return thing.lower_ not in ("it", "them", "these", "those", "this", "that", "what", "which")
    return thing.ent_type_ == "PERSON" or any(form in _titles() for form in base_forms(thing.lower_))


def _told_ahead(noun: Token) -> bool:
    """A noun whose own relative clause is in the future ("summits that will be attended by X",
    "a meeting to which Y will go")."""
    return any(c.dep_ in ("relcl", "acl") and _with_will(c) for c in noun.children)


def _with_will(verb: Token) -> bool:
    return any(g.dep_ == "aux" and g.lower_ in ("will", "shall", "'ll") for g in verb.children)


def _framed_ahead(noun: Token) -> bool:
    """A noun that frames the time of a verb told in the future ("during her visit, she will
    meet ...", "at the summit, leaders will agree ..."): the frame is still to come as well."""
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in FRAMES else None
    return verb is not None and verb.pos_ in ("VERB", "AUX") and _with_will(verb)


def framed_now(noun: Token) -> bool:
    """A noun that frames a state told in the present ("X's options during his trip to Y are
    limited", "the stakes on her visit are high"): a trip so framed is still to come (one made
    would be told in the past)."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in FRAMES:
        return False
    holder = noun.head.head
    if holder.dep_ in ("nsubj", "nsubjpass"):
        holder = holder.head  # "options during his trip are limited": the state said of the options
    return _present_state(holder) and any(c.dep_ in ("acomp", "attr") for c in holder.children)


def _present_state(be: Token) -> bool:
    """"are", or "has been": a form of "be" that holds now."""
    return be.lower_ in PRESENT_BE or (be.lower_ == "been" and _present_perfect(be))


def _dated_start(noun: Token) -> bool:
    """"its 24 February invasion", "the invasion on 3 May", "the first days of the invasion", "the initial invasion",
    "launched an invasion": a lasting act named by its date or its opening is that act done, not
    the state it began."""
    dated = any(t.ent_type_ == "DATE" for c in noun.children if c.dep_ in ("compound", "nmod", "amod", "nummod") for t in c.subtree)
    on_day = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "on" and any(t.ent_type_ == "DATE" for t in c.subtree)]
    dated = dated or any(not any(t.lower_ in WEEKDAYS for t in c.subtree) for c in on_day)  # "the invasion on 3 May" (not "the siege
    # on Monday entered its tenth day", where the parser hangs the clause's own day on the noun)
    part = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None  # "the first days of the invasion"
    launched = noun.dep_ == "dobj" and bool(set(base_forms(noun.head.lower_)) & LAUNCHING) and not _child_word(noun.head, "since")
    launched = launched and load_lexicon().cue(noun, "state")  # "launched a full-scale invasion" (not "since X launched
    # its invasion": the war since then; nor "launched investigations", which go on)
    opening = any(c.dep_ == "amod" and c.lower_ in OPENING for w in (noun, part) if w is not None for c in w.children)
    return dated or launched or opening or _day_follows(noun)


DAY_PREPS = frozenset({"on", "in", "of"})  # "the invasion on 24 February", "in February 2022", "the invasion of 24 February"


def _day_follows(noun: Token) -> bool:
    """"Russia's invasion of Ukraine on 24 February", "the invasion of X in February 2022", "the
    invasion began on 24 February", "its invasion that began in February": a date right after the
    noun's phrase (past its "of X" and a verb of beginning) dates the noun, read in word order
    because the parser often hangs the date on the clause's verb or on a noun further up. Not a
    weekday ("the siege on Monday entered its tenth day": the clause's own day), nor a war a verb
    takes as its object ("discussed the invasion on 3 March": the day of the discussing)."""
    if noun.dep_ == "dobj":
        return False
    doc, i = noun.doc, noun.i + 1
    if i < len(doc) - 1 and doc[i].lower_ == "of" and doc[i + 1].ent_type_ != "DATE":
        i = max(t.i for t in doc[i].subtree if t.i >= i) + 1  # past "of Ukraine"
    begun = lambda t: t.tag_ == "VBD" and bool(set(base_forms(t.lower_)) & LAUNCHING)  # noqa: E731
    if i < len(doc) - 1 and doc[i].lower_ in RELATIVE and begun(doc[i + 1]):
        i += 2  # "that began"
    elif i < len(doc) and begun(doc[i]):
        i += 1
    if i >= len(doc) - 1 or doc[i].lower_ not in DAY_PREPS:
        return False
    day = []
    for t in doc[i + 1:]:
        if t.ent_type_ != "DATE":
            break
        day.append(t)
    return bool(day) and not any(t.lower_ in WEEKDAYS for t in day)


def _voiced(noun: Token, trigger: Trigger) -> bool:
    """"rejected calls from X for Y", "ignored Y's demands": a plea with its own asker was
    made, whatever the verb around it does with it; only a bare plea ("rejected calls for
    talks") is the verb's content."""
    asker = any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "from") for c in noun.children)
    return trigger.type == "REQUEST" and noun.pos_ in NOUN_POS and asker


def _plea(noun: Token) -> bool:
    """"calls for a ceasefire", "calls from MPs to close the border": a noun of asking with what
    is asked, a "for" phrase or an infinitive (not "a call to Ana Lind")."""
    asked = [c for c in noun.children if c.dep_ in ("acl", "relcl") and c.pos_ in VERB_POS and _child_word(c, "to")]
    return noun.pos_ in NOUN_POS and (_child_word(noun, "for") or bool(asked))


def _offers_to_act(verb: Token) -> bool:
    """ "offered to mediate", "is offering its expertise to help escort X": an infinitive of
    what the subject offers to do (not "offered condolences")."""
    acts = [c for c in verb.children if c.dep_ in ("xcomp", "advcl")]
    acts += [g for c in verb.children if c.dep_ == "dobj" for g in c.children if g.dep_ in ("acl", "relcl", "xcomp")]
    return any(_child_word(a, "to") and a.pos_ in VERB_POS for a in acts)


def _counted(verb: Token) -> list[Token]:
    """What an amount given counts: "provided 4,200 of the missiles", "approved $100m in
    funding", "supplied Vale with many types of drones": the object (or the "with" phrase) is a
    number or a word of quantity, and the goods are in its "of" or "in" phrase."""
    held = [c for c in verb.children if c.dep_ == "dobj"]
    held += [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "with" for g in p.children if g.dep_ == "pobj"]
    amounts = [c for c in held if _amount(c) or c.lower_ in QUANTITY_WORDS]
    return [g for a in amounts for p in a.children if p.dep_ == "prep" and p.lower_ in ("of", "in") for g in p.children if g.dep_ == "pobj"]


def _own_object(verb: Token) -> bool:
    """Whether a relative clause's verb has an object of its own ("weapons, for which the
    parliament provided authority"): then the noun it describes is not what it gives, as it is
    in "the weapons which Norland provided"."""
    return verb.dep_ == "relcl" and any(c.dep_ == "dobj" and c.tag_ not in ("WDT", "WP") for c in verb.children)


def _with_person(verb: Token) -> bool:
    """"spoke with Ana Lind", "spoke to the president, Ana Lind": talking with a named person,
    or with a state ("talked with Georgia", "with member states"), and two people who talk
    ("X and Y are expected to talk") are a conversation between two parties (the need
    "@person"); "spoke to reporters", "spoke to the Vale Times" or "spoke on Monday" is a
    statement made, no meeting."""
    partners = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("with", "to") for g in c.children if g.dep_ == "pobj"]
    if any(_a_person(partner) for partner in partners):
        return True
    fellows = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children if g.dep_ == "pobj"]
    if any(g.ent_type_ == "GPE" or g.lower_ in STATES for g in fellows):
        return True  # "has been talking with Georgia", "with some member states"
    holder = verb.head if verb.dep_ == "xcomp" else verb  # "X and Y are expected to talk": the subject "expected" holds
    subject = next((c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and _a_person(subject) and any(c.dep_ == "conj" and _a_person(c) for c in subject.children)  # "X and Y talked"


def _in_concert(token: Token) -> bool:
    """"will close the plant in consultation with the unions", "acted in coordination with X":
    the way another act is done, no talks or joint act of their own ("are in talks with X",
    with a copula, still are)."""
    if token.lower_ not in CONCERT or token.dep_ != "pobj" or token.head.lower_ != "in":
        return False  # "in a call with X, he said" is a call
    verb = token.head.head
    return verb.pos_ in VERB_POS and verb.lower_ not in BE_FORMS and any(c.dep_ == "prep" and c.lower_ == "with" for c in token.children)


def _dated(prep: Token) -> bool:
    """A prepositional phrase that gives a day or a time ("on Sunday", "for an hour")."""
    return any(c.ent_type_ in ("DATE", "TIME") for c in prep.children)


def _no_one(noun: Token) -> bool:
    """A common noun that names no party: no name, office, group word or pronoun ("a cool
    reception", "resistance"), unlike "officials", "his counterpart" or "them"."""
    return (
        noun.pos_ == "NOUN" and not noun.ent_type_ and not _a_person(noun)
        and noun.lower_ not in load_lexicon().cues["party"] and not figure_classes(noun) & {"people", "troops"}
    )


def _phoned(verb: Token) -> bool:
    """"Tomas Berg called me", "he called Ana Lind on Tuesday": a person called, and nothing the
    call names them or asks of them ("called her a liar", "called him to resign", "called on
    X to act", "called for talks")."""
    if any(c.dep_ in ("oprd", "xcomp", "ccomp", "dative") or c.dep_ == "prep" and c.lower_ in ("on", "for") and not _dated(c) for c in verb.children):
        return False  # "called him on Sunday" still phones him
    callees = [c for c in verb.children if c.dep_ == "dobj"]
    return any(_a_person(c) or c.tag_ == "PRP" and c.lower_ not in ("it", "this", "that") for c in callees)


STATES = frozenset({"states", "governments", "allies", "counterparts", "nations", "countries"})  # partners in talks that are states


def _a_person(partner: Token) -> bool:
    """A person by the model's names or by an office ("the Ukrainian president, X", "his
    counterpart"), which the small model's names miss when it takes a foreign name for a body."""
    return any(t.ent_type_ == "PERSON" for t in partner.subtree) or partner.lower_ in _titles()


def _to_custody(verb: Token) -> bool:
    """"sent to a prison camp", "taken into custody", "moved to a detention centre":
    a "to/into" phrase whose place is one where people are held (the need "@custody")."""
    places = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "into") for g in c.children if g.dep_ == "pobj"]
    words = [w for place in places for w in (place, *place.children) if w.dep_ in ("pobj", "compound", "amod")]
    return any(load_lexicon().cue(w, "custody") for w in words)


def _captive(verb: Token) -> bool:
    """"captured two volunteers", "a paramedic who was captured", "citizens captured in X": a
    capture whose captives are people, named or counted as people (the need "@captive"), is an
    arrest; soldiers taken are prisoners of war (``_combatants_taken``), and a place taken is a seizure."""
    return any((t.ent_type_ == "PERSON" and not _a_place(t)) or "people" in figure_classes(t) for t in _taken(verb))


def _combatants_taken(verb: Token) -> bool:
    """"captured 50 Armenian soldiers", "fighters who were captured": combatants taken in
    battle are an attack's captives (PLOVER ASSAULT abduct, as the annotated parts have it),
    not an arrest (the need "@combatant")."""
    return any("troops" in figure_classes(t) for t in _taken(verb))


def _taken(verb: Token) -> list[Token]:
    """What a capture takes: its object or passive subject, or the noun its participle describes."""
    taken = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if verb.dep_ in ("acl", "relcl") and verb.tag_ == "VBN":
        taken.append(verb.head)
    return taken


def _claim_denied(verb: Token) -> bool:
    """"denied it is a participant in the conflict", "denied their forces were involved",
    "denied the report": a denied statement that reports no act is a claim rejected (the need "@claim"); a denied act
    ("denied its forces had shelled X") is that act, denied."""
    claims = [c for c in verb.children if c.dep_ == "ccomp" or (c.dep_ == "dobj" and set(base_forms(c.lower_)) & CLAIM_NOUNS)]
    lexicon = load_lexicon()  # "denied the report", "denied the claims" reject what was said; not "denied the claims that X shelled Y"
    return bool(claims) and not any(find_trigger(t, lexicon) for c in claims for t in c.subtree if t != c or c.dep_ == "ccomp")


def _invitation(row: Trigger) -> bool:
    """An offer made by bidding someone act ("invited X to visit"): PLOVER AGREE, and the act is offered, not done."""
    return row.type == "AGREE" and "@bid" in row.needs


def _bids(verb: Token) -> bool:
    """"ordered Norland to withdraw", "told Vale to stop", "wants Vale to recognise X": a verb with someone told and an
    infinitive of what they are to do (the need "@bid"), not "told reporters he would go to X"."""
    passive = any(c.dep_ == "nsubjpass" for c in verb.children) and any(c.dep_ == "agent" for c in verb.children)  # "X was pressed by MPs to support Y": X is told (not "forces were ordered to withdraw")
    wish = load_lexicon().cue(verb, "wish")
    acts = [c for c in _infinitives(verb, ("xcomp", "ccomp", "advcl") if passive else ("xcomp", "ccomp")) if not (wish and _outcome(c))]
    told = passive or any(c.dep_ in ("dobj", "dative") for c in verb.children) or any(g.dep_ == "nsubj" for c in acts for g in c.children)
    return told and bool(acts)  # "wants Vale to recognise X": the one wanted to act is the infinitive's subject


def _won_over(verb: Token) -> bool:
    """"persuaded Vale to lift its veto", "tried to convince the premier to halt the shelling",
    "was pressured to resign": someone won over and an infinitive of what they are to do (the
    need "@won_over"). A verb of persuading has no purpose clause of its own, so an infinitive
    the parser hangs on it as one ("convince X | to end") is still what X is to do; "persuaded
    X that ..." and "was convinced of ..." win over a view, asking no act."""
    told = any(c.dep_ in ("dobj", "nsubjpass") and not c.lower_.endswith(("self", "selves")) for c in verb.children)  # not "convinced himself to resign"
    return told and bool(_infinitives(verb, ("xcomp", "ccomp", "advcl")))


def _politics_banned(verb: Token) -> bool:
    """"banned rallies against the war", "banned the activities of the opposition party": what
    is banned is political assembly or a party's activity (PLOVER COERCE restrict, the need
    "@politics"), not "banned fishing activities" or "military activities near the border"."""
    banned = [b for c in verb.children if c.dep_ in ("dobj", "nsubjpass") for b in (c, *c.conjuncts)]
    return any(b.lower_ in GATHERINGS or (b.lower_ in ACTIVITIES and _a_party_s(b)) for b in banned)


def _a_party_s(thing: Token) -> bool:
    """Whether a thing belongs to a political party or body: "the party's activities", "the
    activities of the opposition", "opposition activities"."""
    owners = [c for c in thing.children if c.dep_ in ("poss", "compound", "amod")]
    owners += [g for c in thing.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return any(o.lower_ in POLITICAL_BODIES or any(m.lower_ in POLITICAL_BODIES for m in o.children) for o in owners)


def _infinitives(verb: Token, clauses: tuple[str, ...]) -> list[Token]:
    """The verb's "to" infinitives among its clauses of the given kinds."""
    return [c for c in verb.children if c.dep_ in clauses and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)]


def _outcome(verb: Token) -> bool:
    """"wants the war to end", "want Vale to be free", "wants Tarnia to fail": after a verb of
    wishing, an infinitive of being or of a change that befalls its subject names an outcome
    wished for, no act anyone is bid to do (a directive asks its addressee to act: Searle 1976);
    "wants X to end its blockade", with an object, bids X act, and so does "ordered X to be ready"."""
    return bool(set(base_forms(verb.lower_)) & OUTCOMES_WISHED) and not any(c.dep_ == "dobj" for c in verb.children)


def governor(token: Token) -> Token:
    """The verb that carries a noun or adjective trigger's tense and subject ("held talks",
    "talks resumed", "was supportive")."""
    if token.pos_ in VERB_POS:
        return token
    if token.dep_ == "acomp" and token.head.pos_ in VERB_POS:
        return token.head  # "X was supportive of Y": the copula carries X and the tense
    current = token
    for _ in range(HEAD_STEPS):
        worth = current.lower_ == "worth"  # "$225m worth of aid": the sum's verb governs
        if (worth or current.dep_ in ("dobj", "nsubj", "nsubjpass", "attr", "pobj", "prep", "compound", "conj")) and current.head != current:
            subject, current = current.dep_ == "nsubj", current.head
            if current.pos_ in VERB_POS and not amount_suffix(current):
                return _held_by(current) if subject else current
    return token


def _on_condition(verb: Token) -> bool:
    """"will halt gas deliveries unless it pays in roubles", "would impose sanctions if X
    invades": a hostile act announced on a condition is a threat (PLOVER THREATEN), made now."""
    return any(c.dep_ == "advcl" and marked(c, CONDITION_MARKS) for c in verb.children)


def _a_condition(token: Token) -> bool:
    """ "If Russia attacks Ukraine", "if his country is attacked", "in the event of an attack",
    "in case of war": an act set as a condition, by a clause or by the phrase that stands for "if";
    so is an act an "if" clause's verb takes as its infinitive ("if X decided to attack", "if they
    refused to cooperate"). Not an "if" of doubt ("it is unclear if"), which means "whether"."""
    clause = clause_of(token)
    while clause.dep_ == "xcomp" and clause.head != clause:
        clause = clause_of(clause.head)
    return (clause.dep_ == "advcl" and marked(clause, CONDITION_MARKS) and not _whether(clause)) or _in_case_of(token)


def _whether(clause: Token) -> bool:
    """Whether an "if" clause is what a word of doubt is about ("it is unclear if X will
    attack"): "if" means "whether" there, no condition; the act may still come. ("asked if X
    would respond" asks a question: no act reported either way.) A word of certainty denied
    doubts as much: "it is not clear if", "it is not known if"."""
    head = clause.head
    words = [head, *(c for c in head.children if c.dep_ == "acomp")]
    return any(w.lower_ in UNCERTAIN or (w.lower_ in CERTAIN and (_negated(w) or _negated(head))) for w in words)


def _in_case_of(noun: Token) -> bool:
    """"in the event of an invasion or a blockade", "in case of attack": the noun is what the
    phrase makes a condition (its conjuncts too), not a happening told."""
    noun = first_conjunct(noun)
    frame = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    return frame is not None and frame.lower_ in CONDITION_NOUNS and frame.dep_ == "pobj" and frame.head.lower_ == "in"


CONDITION_WORDS = frozenset({"contingent", "conditional", "dependent", "depend", "depends", "depending", "hinge", "hinges", "conditioned"})


def _conditioned_on(token: Token) -> bool:
    """ "a deal contingent on a ceasefire and the withdrawal of X's troops", "depends on X
    pulling back": an act a deal is made to wait on is a condition, not an act done."""
    token = first_conjunct(token)
    return token.dep_ in ("pobj", "pcomp") and token.head.lower_ in ("on", "upon") and token.head.head.lower_ in CONDITION_WORDS


def _any_one(token: Token) -> bool:
    """ "any attack by X", "before taking any offensive action": whichever act may come."""
    return token.pos_ in NOUN_POS and any(c.dep_ == "det" and c.lower_ == "any" for c in token.children)


def _held_by(verb: Token) -> Token:
    """"The summit is due to be held in X on Friday": the verb the copula's adjective governs
    carries the noun's place and day ("set to take place", "expected to begin")."""
    if verb.lower_ not in BE_FORMS:
        return verb
    held = [g for c in verb.children if c.dep_ == "acomp" for g in c.children if g.dep_ == "xcomp" and g.pos_ in VERB_POS]
    return held[0] if held else verb


def _in_passing(token: Token) -> bool:
    """"a middleman in negotiations", "run out of aid": a bare noun after a preposition names a
    topic; a reported happening has a determiner, a modifier, a possessor or a phrase of its own,
    or is what a stretch of time or a round was spent on ("weeks of fighting", "a wave of strikes")."""
    own = [c for c in token.children if c.dep_ not in ("cc", "conj", "punct")]  # "at summits and forums": bare all the same
    if token.pos_ != "NOUN" or token.dep_ != "pobj" or own or _under_attack(token) is not None:
        return False  # "came under fire": what befell the subject
    whole = token.head.head
    if token.head.lower_ == "of" and (whole.ent_type_ in ("DATE", "TIME") or whole.lower_ in ROUNDS):
        return False  # "after three months of talks", "another round of talks": the happening over that time or one of its rounds
    given = [c for c in whole.children if c.dep_ == "dobj"] if whole.pos_ in VERB_POS else []
    return not (_amount(whole) or any(map(_amount, given)))  # "$9.7 billion in aid", "approved $100m in funding": the amount's content, not a topic


def _amount(token: Token) -> bool:
    """A number or a sum: "4,200", "$1.7bn", and the "m" spaCy splits off "$100m" (as metres)."""
    if token.like_num or token.ent_type_ in ("MONEY", "CARDINAL"):
        return True
    return token.lower_ in ("m", "bn", "k") and token.i > 0 and token.nbor(-1).like_num and not token.nbor(-1).whitespace_


def _needs_actor(token: Token, trigger: Trigger) -> bool:
    """Help nobody gives is a topic, not a pledge or a delivery; a spoken act named by a noun
    with nobody speaking ("a direct threat to X", "with demands attached") is a kind of act
    (an accusation, an inquiry or a charge is news even when the text names no accuser), and
    so are sanctions nobody imposes ("calls for sanctions", "sanctions made it impossible")
    unless a verb imposes them ("efforts to impose economic costs on X")."""
    if token.pos_ not in NOUN_POS:
        return trigger.type in NEEDS_DONOR
    imposed = token.dep_ == "dobj" or trigger.mode == "convict"  # "a nine-year jail sentence": a court passes it, named or not
    return trigger.type in NEEDS_DONOR | (SPOKEN - {"ACCUSE"}) or trigger.type == "SANCTION" and not imposed


def _moved(word: Token) -> list[Token]:
    """What a verb moves (its object or its passive's subject) or a noun of moving does (its "of"
    object: "the evacuation of embassy staff"), and what a quantity of them counts ("tens of
    thousands of troops", "most of its staff")."""
    things = of_objects(word) if word.pos_ in NOUN_POS else [c for c in word.children if c.dep_ in ("dobj", "nsubjpass")]
    things = [t for c in things for t in (c, *c.conjuncts)]  # "moved troops and tanks"
    return things + [g for t in things for g in of_objects(t)]


def _put_to(verb: Token) -> bool:
    """A passive ("was asked to ...") or a participle with no subject ("Asked to comment, X
    said"): the one asked is the story's speaker, as reporters put questions ("Armenia asked
    the UN to explain ..." asks the UN for an act)."""
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) or (
        verb.tag_ == "VBN" and not any(c.dep_ in ("nsubj", "aux") for c in verb.children)
    )


def _own_parties(noun: Token) -> bool:
    """"discussed talks between Norland and Vale", "discussed raids by Vale": a noun with a
    phrase naming who does it reports a happening, even as the topic of another talk (a
    possessor alone, as in "discussed Vale's attack", only says whose act the topic is)."""
    return any(c.dep_ == "prep" and c.lower_ in ("between", "by") for c in noun.children)


def _asked(token: Token) -> bool:
    """"Has the general agreed to be the president's puppet?": a question asks whether something happened;
    it reports nothing. The trigger's stretch of the sentence ends in a question mark. "I asked
    him what to do", "asked why they had come": asking a question requests no act either; nor
    is an act a question turns on ("asked whether X needed more tanks") reported."""
    clause = clause_of(token)
    if any(c.dep_ == "mark" and c.lower_ == "whether" for c in clause.children) and any(
        set(base_forms(a.lower_)) & QUERY_VERBS for a in list(clause.ancestors)[:4]
    ):
        return True  # "asked whether X needed tanks" ("is weighing whether it can send tanks" weighs an option)
    if "ask" in base_forms(token.lower_) and any(
        g.lower_ in ASKED_WORDS and g.i < c.i for c in token.children if c.dep_ in ("xcomp", "ccomp") for g in c.children
    ):
        return True
    if "ask" in base_forms(token.lower_) and _put_to(token) and any(
        c.dep_ == "xcomp" and set(base_forms(c.lower_)) & ANSWER_VERBS for c in token.children
    ):
        return True  # "was asked by reporters to comment on the claim", "asked to explain how ...": a question put
    for word in token.doc[token.i : token.sent.end]:
        if word.text in (".", "!", ";"):
            return False
        if "?" in word.text:
            return True
    return False


def _material(token: Token, anchor: Token, trigger: Trigger) -> Trigger:
    """"its support for Ruritania's army now totals €300 million": support counted in money is
    material help (AID), not words of backing."""
    if trigger.type != "SUPPORT" or token.pos_ not in NOUN_POS:
        return trigger
    if any(t.ent_type_ == "MONEY" for t in anchor.subtree):
        return replace(trigger, type="AID")
    return trigger


def _pulled_back(token: Token, trigger: Trigger) -> Trigger:
    """"moving some troops away from the border", "moved its forces back": troops moved away
    are withdrawn, not deployed."""
    if trigger.type != "MOBILIZE" or trigger.term != "move" or not any(c.dep_ == "advmod" and c.lower_ in ("away", "back") for c in token.children):
        return trigger
    return replace(trigger, type="RETREAT", mode="withdraw")


def _rescue(token: Token, trigger: Trigger) -> bool:
    """"We pulled out several bodies": the dead pulled out are recovered, no withdrawal of
    forces (people pulled out, "withdrew its diplomats", are withdrawn)."""
    if trigger.type != "RETREAT" or token.pos_ not in VERB_POS:
        return False
    return any(c.dep_ == "dobj" and "killed" in figure_classes(c) for c in token.children)  # not "withdrew its diplomats"


def _discussed_act(token: Token) -> bool:
    """"state TV discussed attacking X", "talked about sending troops": an act named as what was
    discussed is a topic, not an act reported."""
    head = token.head.head if token.head.dep_ == "prep" else token.head
    return token.tag_ == "VBG" and token.dep_ in ("xcomp", "ccomp", "dobj", "pcomp") and load_lexicon().cue(head, "topic")


def _warned_to_act(token: Token, trigger: Trigger) -> Trigger:
    """"warned Norland to stop shelling Goris", "warned that Armenia needs to prepare", "warned
    that the army must act": a warning that tells another party what to do is a demand
    (REQUEST), not a threat of the warner's own act ("warned of consequences", "warned X not to
    deploy troops" and "should X do Y", a condition, still threaten)."""
    if trigger.type != "THREATEN" or "warn" not in base_forms(token.lower_) or token.pos_ not in VERB_POS:
        return trigger
    bidden = any(c.dep_ == "dobj" for c in token.children) and any(
        c.dep_ in ("xcomp", "ccomp", "advcl") and c.i > token.i and c.tag_ == "VB" and _child_word(c, "to")
        and not set(base_forms(c.lower_)) & EXPECTERS and not _negated(c)  # "warned X to expect a firm response", "... not to deploy" threaten
        for c in token.children
    )  # the parser may hang "to stop" on the verb as an adverbial clause
    obliged = any(
        c.dep_ == "ccomp" and ("need" in base_forms(c.lower_) or any(a.dep_ == "aux" and a.lower_ == "must" for a in c.children))
        for c in token.children
    )
    return replace(trigger, type="REQUEST", mode=None) if bidden or obliged else trigger


def _impression(token: Token) -> bool:
    """"It was striking when ...", "it is alarming that ...": a participle after an empty "it"
    says how something seems, no act."""
    if token.tag_ != "VBG" or any(c.dep_ == "dobj" for c in token.children):
        return False
    empty = any(c.dep_ == "nsubj" and c.lower_ == "it" for c in token.children)
    said_of = any(c.dep_ in ("advcl", "ccomp") and any(g.lower_ in ("when", "that", "how") for g in c.children) for c in token.children)
    return empty and said_of


def _describing(token: Token) -> bool:
    """"the encircled towns", "from shelled villages": a participle used as an adjective says what
    a thing is like; it reports no happening of its own (nor one told earlier); nor does a noun
    that only qualifies a thing ("a detention centre", "attack helicopters") or another kind of
    act as its topic ("ceasefire talks"). A measure's own package ("a sanctions package") and a
    feared act ("invasion fears") are still told."""
    if token.pos_ in NOUN_POS and token.dep_ == "compound" and token.head.pos_ == "NOUN":
        lexicon = load_lexicon()
        if lexicon.cue(token.head, "fear") or lexicon.cue(token.head, "measure"):
            return False
        head = find_trigger(token.head, lexicon)
        own = find_trigger(token, lexicon)
        return head is None or own is None or head.type != own.type
    return token.pos_ in VERB_POS and (token.dep_ == "amod" or _held_state(token))


def _held_state(token: Token) -> bool:
    """"X occupied by Y is no safe place", "the future of X temporarily occupied by Y": a participle
    of holding right after the place (no comma, no time of its own) says who holds it, as
    "occupied X" does; "X, captured by Y on Sunday," tells the capture."""
    if token.tag_ != "VBN" or token.dep_ != "acl" or token.head.pos_ not in NOUN_POS or not load_lexicon().cue(token, "held_state"):
        return False
    before = next((t for t in reversed(token.doc[token.sent.start : token.i]) if t.pos_ != "ADV"), None)
    dated = any(t.ent_type_ in ("DATE", "TIME") or t.lower_ in ("since", "when", "after") for t in token.subtree)
    return before is not None and before.pos_ in NOUN_POS and not dated


def _risk(token: Token, trigger: Trigger, context: Context) -> bool:
    """"rising prices threaten to derail the recovery", "X is threatened by an attack": a thing
    that threatens is a risk; PLOVER's THREATEN is a party warning of what it will do. An act
    that threatens ("losing Vale would threaten us all") is a risk too; what threatens in a
    coordination is read by ``_threatener``."""
    if trigger.type != "THREATEN" or token.pos_ not in VERB_POS:
        return False
    subject = _threatener(token)
    if subject is not None and (subject.dep_ == "csubj" or subject.pos_ == "VERB"):
        return True
    if subject is None or subject.pos_ != "NOUN" or _agent_noun(subject):
        return False
    return context.entity_at(subject.left_edge.idx, subject.idx + len(subject.text)) is None


def _threatener(verb: Token) -> Token | None:
    """What threatens: the verb's own subject or agent; a later verb of a coordination that has
    no subject of its own shares the first verb's ("the drought dried up the wells and threatens
    the harvest"), where one with its own is told of another ("the talks collapsed and Vale
    threatened to retaliate": Vale threatens). A verb the parser joined to a clause reported
    after its speaker, in the speaker's verb form and not the clause's, is the speaker's: in "X
    said prices would rise and threatened to retaliate" X threatens."""
    own = any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "csubjpass", "expl") for c in verb.children)
    first = first_conjunct(verb)
    speaking = first.head
    misjoined = first.dep_ == "ccomp" and speaking.i < first.i and verb.tag_ == speaking.tag_ != first.tag_
    clause = verb if own or misjoined else first
    return next((c for c in clause.children if c.dep_ in ("nsubj", "csubj")), None) or _threatening_agent(verb)


def _threatening_agent(verb: Token) -> Token | None:
    """What threatens in the passive: the object of "by" ("is threatened by an attack")."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None


def _stance_of_people(token: Token, trigger: Trigger) -> bool:
    """"the death penalty for those opposing the war", "people supporting the regime": a stance
    that describes whom a sentence is about, no act of anyone's."""
    return trigger.type in ("REJECT", "SUPPORT", "ACCUSE") and token.dep_ == "acl" and token.tag_ == "VBG" and token.head.lower_ in GENERIC_PEOPLE


def _moving_on(token: Token, trigger: Trigger) -> bool:
    """"Russian forces were moving towards X", "ground forces moved in": forces that move
    themselves advance; only moving troops somewhere deploys them ("moved troops to the border")."""
    return trigger.type == "MOBILIZE" and trigger.term == "move" and not any(c.dep_ in ("dobj", "nsubjpass") for c in token.children)


def _briefing(token: Token) -> bool:
    """"Blinken said at a news conference", "told a press conference": one party speaking to
    reporters consults no one (the seeds' gold has no event for it); a joint press conference of
    two leaders is their meeting."""
    words = {c.lower_ for c in token.children if c.dep_ in ("compound", "amod")}
    return token.lower_ in ("conference", "briefing") and bool(words & {"press", "news"}) and "joint" not in words


def _met_with(penalty: Token) -> bool:
    """"will be met with a harsh response": the penalty an act will meet."""
    verb = penalty.head.head
    return penalty.dep_ == "pobj" and penalty.head.lower_ == "with" and verb.lower_ in ("met", "meet") and _passive(verb)


def _needed_thing(token: Token, trigger: Trigger) -> bool:
    """"continues to receive the military support it needs": a need told in a clause about the
    thing needed describes that thing; no one appeals for anything."""
    return trigger.type == "REQUEST" and trigger.term == "need" and token.dep_ == "relcl" and token.head.pos_ in NOUN_POS


def _a_danger(token: Token, trigger: Trigger) -> bool:
    """"The most serious threat to Norland would be an alliance", "Norland is the most direct
    threat to our security": a threat that is the subject or the predicate of "be" is a danger
    described, not a threat anyone made."""
    return trigger.type == "THREATEN" and token.pos_ in NOUN_POS and token.dep_ in ("nsubj", "attr") and token.head.lower_ in BE_FORMS


THREATENING = frozenset({"threaten", "endanger", "menace", "imperil"})


def _warded_off(token: Token) -> bool:
    """"silos subject to attack by missiles", "protect X from air attacks", "air defences
    against drone strikes", "is threatened by an attack": an attack a thing is exposed to, is
    shielded from or is threatened by is a risk named, no attack reported."""
    if token.dep_ not in ("pobj", "pcomp"):
        return False
    prep, holder = token.head, token.head.head
    if prep.dep_ == "agent" and holder.pos_ in VERB_POS and set(base_forms(holder.lower_)) & THREATENING:
        return True  # "Norland is threatened by an attack": the attack is the danger
    lexicon = load_lexicon()
    if prep.lower_ == "to":
        return lexicon.cue(holder, "exposure")
    return prep.lower_ in ("from", "against") and lexicon.cue(holder, "shield")


def _nobody(token: Token) -> bool:
    """"No one threatened Norland", "Neither the UN nor Ruritania recognize it": a subject that
    is nobody says the act was not done."""
    subject = _subject(token) if token.pos_ in VERB_POS else None
    if subject is None:
        return False
    words = {subject.lower_} | {c.lower_ for c in subject.children if c.dep_ in ("det", "preconj", "amod")}
    return bool(words & NOBODY)


def _generic(token: Token) -> bool:
    """"a pariah state that threatens global security": a present-tense relative clause on its
    subject says what something is like; it describes a kind of act, not a happening. One with
    a subject of its own ("the missiles it sends") tells what that subject is doing."""
    if token.dep_ != "relcl" or not _simple_present(token):
        return False
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    return subject is None or subject.lower_ in RELATIVE


def _of_a_kind(token: Token) -> bool:
    """"those who have committed war crimes", "countries that have condemned the war", "partners
    that can deliver arms": a relative clause on "those"/"anyone", or on a bare plural noun of
    parties (no article, possessor, number or modifier), picks out the members of a class by what
    they do or did; it describes the class and tells no happening (Carlson 1977, bare plurals as
    kinds). "the troops who shelled X", "two diplomats who met Y" are particular doers, and so
    are "those who attacked the convoy", "groups that protested on Monday": a clause told in
    the past or dated tells an episode."""
    if token.dep_ != "relcl" or token.pos_ not in VERB_POS or _episode(token):
        return False
    head = token.head
    bare = head.tag_ == "NNS" and not any(c.dep_ in ("det", "poss", "nummod", "amod", "compound", "quantmod") for c in head.children)
    return head.lower_ in KIND_PRONOUNS or (bare and head.lower_ in KINDS_OF_PARTIES)


def _episode(verb: Token) -> bool:
    """Whether a clause tells one episode: its finite verb is in the past ("who attacked", "that
    were shelled", "who had fled") or it carries a date ("that protested on Monday"); the kind
    reading of "those who ..." goes with the present, the perfect or a modal ("those who have
    committed crimes", "partners that can deliver arms")."""
    finite = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
    past = any(t.tag_ == "VBD" for t in finite) and not any(t.tag_ == "MD" for t in finite)
    return past or any(t.ent_type_ in ("DATE", "TIME") for t in verb.subtree)


def _defined(token: Token) -> bool:
    """"an attack on one member is an attack on all", "any invasion is a crime": an indefinite
    act equated with another by a present "is" states a rule about a kind of act, no happening."""
    copula = token.head
    if token.pos_ not in NOUN_POS or token.dep_ not in ("nsubj", "attr") or copula.lower_ not in ("is", "are"):
        return False
    subject = next((c for c in copula.children if c.dep_ == "nsubj"), None)
    indefinite = subject is not None and any(c.dep_ == "det" and c.lower_ in ("a", "an", "any") for c in subject.children)
    return indefinite and any(c.dep_ == "attr" for c in copula.children)  # not "the proposal is an appeal to ...": a real one


POINTING = frozenset({"it", "this", "that"})  # subjects that point back at something told before
PREDICATE_STEPS = 6  # "part of a pattern of atrocities": up to two "of" phrases below the predicate noun


def _characterised(token: Token) -> bool:
    """"This is a calculated strike", "it was part of a pattern of atrocities": an act named in
    what a pointing "it" or "this" is said to be characterises something told before (a
    reaction to it), no new happening; a noun of the predicate's own phrases ("part of a pattern
    of ...") is reached through its "of"s."""
    current = token
    for _ in range(PREDICATE_STEPS):
        if current.dep_ == "attr":
            break
        if current.dep_ not in ("pobj", "prep", "conj") or (current.dep_ == "prep" and current.lower_ != "of") or current.head == current:
            return False  # "the first meeting ... before X's assault": a time phrase, not what it is said to be
        current = current.head
    copula = current.head
    subject = next((c for c in copula.children if c.dep_ == "nsubj"), None)
    stated = not any(c.dep_ == "aux" for c in copula.children)  # "this should be a clear demand": what ought to be, asked for
    return current.dep_ == "attr" and copula.lower_ in BE_FORMS and stated and subject is not None and subject.lower_ in POINTING


REPEATED = frozenset({"each", "every"})  # "each time X happened": the occasions told before, recapped


def _each_time(token: Token) -> bool:
    """"Each time what were described as weapons sites were targeted", "every time they shelled the
    town, people fled": a past act told of each of several occasions recaps the ones the story
    told before (or never dates), no one happening to report."""
    if token.tag_ not in ("VBD", "VBN"):
        return False
    above = {token, *token.ancestors}
    return any(
        t.lower_ in ("time", "times") and any(c.dep_ == "det" and c.lower_ in REPEATED for c in t.children) and (t in above or t.head in above)
        for t in token.sent
    )


def _agrees_with_view(token: Token) -> bool:
    """"agrees that the talks ...", "I agree with President X when he says", "agreed about the
    need for arms", "the economist agreed.": agreeing with an opinion is no deal; a deal is
    agreed on, to, or to do something."""
    if token.pos_ not in VERB_POS or any(c.dep_ in ("xcomp", "dobj") or c.lower_ in ("on", "to", "upon") for c in token.children):
        return False
    view = any(c.dep_ == "ccomp" and not _course_set(c) or (c.dep_ == "prep" and c.lower_ in ("with", "about")) for c in token.children)
    bare = all(c.dep_ in ("nsubj", "punct", "advmod", "aux", "cc") for c in token.children)
    return view or bare


def _course_set(clause: Token) -> bool:
    """ "agreed that our teams should continue to engage", "agreed that more sanctions were
    needed": a that-clause of what should be done sets a joint course, no mere opinion."""
    return _said_needed(clause) or any(c.dep_ == "aux" and c.lower_ in DEONTIC for c in clause.children)


def _said_needed(verb: Token) -> bool:
    """ "more sanctions were needed", "an investigation is urgently required": what is needed
    (a course, when parties agree on it)."""
    return verb.lower_ in ("needed", "required") and any(c.dep_ == "auxpass" for c in verb.children) and not _negated(verb)


def _aim(anchor: Token) -> bool:
    """"a commitment to support X and reinforce Y", "a bid to reach a cease-fire": an
    infinitive on a noun is an aim, not an act, and so is each verb joined to it."""
    return _aim_noun(anchor) is not None


RANKS = frozenset({"first", "second", "third", "last", "only"})  # "the first leader to visit X"


def _ranked(noun: Token) -> bool:
    """"the first leader", "the only state", "the first": a noun ranked among those who did a
    thing, so that an infinitive on it names the deed, not an aim."""
    return noun.lower_ in RANKS or any(c.dep_ == "amod" and c.lower_ in RANKS for c in noun.children)


def _aim_noun(anchor: Token) -> Token | None:
    """The noun an aim's infinitive or "of" phrase hangs on ("efforts" of "efforts to impose
    costs", "objective" of "its objective of capturing X"), if any."""
    while anchor.dep_ == "conj" and anchor.head.pos_ in VERB_POS:
        anchor = anchor.head
    if anchor.dep_ in ("acl", "relcl") and _ranked(anchor.head):
        return None  # "the first leader to visit X", "the only state to withdraw": the infinitive tells who did it, no aim
    if anchor.dep_ == "acl" and anchor.head.pos_ in NOUN_POS and _child_word(anchor, "to"):
        return anchor.head
    if anchor.dep_ == "relcl" and anchor.head.pos_ in NOUN_POS and any(c.dep_ == "aux" and c.lower_ == "to" for c in anchor.children):
        return anchor.head  # "options to attack X", parsed as a relative clause (not "who will travel to X")
    if anchor.dep_ == "pcomp" and anchor.head.lower_ == "on" and anchor.head.head.lower_ in EFFORTS:
        return anchor.head.head  # "refocused its efforts on capturing X"
    if anchor.dep_ == "pcomp" and anchor.head.lower_ in ("of", "for"):
        prep = anchor.head
        before = prep.doc[prep.i - 1] if prep.i > 0 else prep
        owner = before if before.dep_ == "dobj" and before.head == prep.head else prep.head  # "gave no timeline for retaking X": the parser hangs "for" on the verb
        if load_lexicon().cue(owner, "goal"):
            return owner  # "its objective of capturing X", "the goal of ending the war", "a deadline for retaking X"
    return None


def _purpose(verb: Token) -> bool:
    """"recruited mercenaries to fight in X", "were drafted to fight": an infinitive telling
    what someone was recruited, sent or drafted for says nothing of whether it was done; not
    "used drones to attack X" or "forced them to retreat" (done when they are), nor "are
    reported to have shelled X" (a perfect infinitive tells a past act), nor "managed to
    capture X" or "started to shell X" (no one made to act), nor "crossed the river to attack
    X" (the subject's own aim, told as what followed)."""
    head = verb.head
    if verb.pos_ not in VERB_POS or verb.dep_ != "xcomp" or not _plain_infinitive(verb) or ENTAILING & set(base_forms(head.lower_)):
        return False
    passive = head.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in head.children)  # "were drafted to fight"
    sent = [c for c in head.children if c.dep_ == "dobj" and (c.ent_type_ in ("PERSON", "NORP", "ORG") or figure_classes(c) & {"people", "troops"})]
    return passive or bool(sent)  # "recruited mercenaries to fight", not "crossed the river to attack"


def _purpose_clause(verb: Token) -> bool:
    """"has sent weapons to support Vale", "troops are there to support Norland", "sold grain to
    support its farmers": an infinitive clause on another verb that tells what its act is for says
    nothing of whether that aim was carried out. The caller keeps the aims done by the act they
    serve (``AIM_DONE``: "called a press conference to reject X" rejects X); "appeared to reject"
    is the rejection itself, hedged."""
    verb = first_conjunct(verb)
    if verb.pos_ not in VERB_POS or verb.dep_ != "advcl" or set(base_forms(verb.head.lower_)) & RAISING:
        return False
    return _plain_infinitive(verb)


def _plain_infinitive(verb: Token) -> bool:
    """A "to" infinitive that is not perfect: it takes the tense of the act it serves, where
    "to have shelled X" tells a past act of its own."""
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return "to" in auxiliaries and "have" not in auxiliaries


def _war_as_backdrop(noun: Token) -> bool:
    """"sanctions on Norland for its invasion of Vale", "support for the war", "because of the
    invasion": a war (a "state" word, not the siege of one town) named as the reason of what a
    clause tells is its backdrop, not a happening the story reports (as "over the invasion" is,
    ``_war_as_setting``); the caller keeps a dated mention and one told as done or to come. The
    war as a time ("since the invasion", "amid the war") stays: the seeds' gold keeps it."""
    if noun.pos_ not in NOUN_POS or noun.dep_ != "pobj" or not load_lexicon().cue(noun, "state"):
        return False
    if set(base_forms(noun.lower_)) & LOCAL_STATES:
        return False
    prep = noun.head
    word = prep.head.lower_ if prep.lower_ in ("of", "to") else prep.lower_  # "because of", "due to", "owing to"
    return word in BACKDROP_PREPS


def _under_way(anchor: Token) -> bool:
    """"joint efforts to impose costs on X and send relief": acts efforts are being made for go
    on (as the seeds' gold marks them), where a plan or a commitment is still to come."""
    noun = _aim_noun(anchor)
    return noun is not None and noun.lower_ in EFFORTS


def _warrant_issuer(token: Token, trigger: Trigger, context: Context) -> list[Party] | None:
    """"The court has issued a warrant for X's arrest": a warrant threatens an arrest (PLOVER
    THREATEN) by whoever issues it; the arrest has not happened. None when no warrant."""
    if trigger.type != "COERCE" or token.dep_ != "pobj" or token.head.lower_ != "for" or token.head.head.lower_ not in ("warrant", "warrants"):
        return None
    verb = governor(token.head.head)
    subject = _subject(verb) if verb.pos_ in VERB_POS else None
    return _parties(subject, context, any_noun=True) if subject is not None else []


def _givers(verb: Token, context: Context) -> list[Party]:
    """Who gives what a receiving verb's subject gets: the "from" party of the verb or of
    what it gets ("received a loan from Y")."""
    holders = [verb] + [c for c in verb.children if c.dep_ == "dobj"]
    return [p for holder in holders for prep in holder.children if prep.dep_ == "prep" and prep.lower_ == "from"
            for g in prep.children if g.dep_ == "pobj" for p in _parties(g, context)]


def _told_before(token: Token) -> bool:
    """"will pay attention to this request", "these attacks": a noun pointed back at by
    "this/that/these/those" is a happening the article has told already."""
    return token.pos_ in NOUN_POS and any(c.dep_ == "det" and c.lower_ in ("this", "that", "these", "those") for c in token.children)


def _intended_not(token: Token) -> bool:
    """"had no intention of attacking X", "there are no plans to deploy": an act a "no"
    intention or plan is of is none."""
    current = token
    for _ in range(HEAD_STEPS):
        if current.dep_ not in ("pcomp", "pobj", "prep", "acl", "xcomp") or current.head == current:
            return False
        current = current.head
        if current.pos_ in NOUN_POS and any(c.dep_ == "det" and c.lower_ == "no" for c in current.children):
            return True
    return False


def _tallied(verb: Token) -> bool:
    """Whether a passive verb's subject is a count ("40 medics were killed")."""
    return any(c.dep_ == "nsubjpass" and (c.like_num or any(g.dep_ == "nummod" for g in c.children)) for c in verb.children)


def _capacity(verb: Token) -> bool:
    """"rocket systems that can strike into Norland", "the longest range can fire missiles 300
    km", "missiles capable of shooting down drones", "troops able to strike": what a party or a
    weapon is able to do, no act done; so is an attack a verb with "can" would be made with
    ("can accompany this with raids")."""
    head = verb.head
    if verb.pos_ in NOUN_POS and verb.dep_ == "pobj" and head.lower_ == "with" and head.head.pos_ in VERB_POS:
        return _able(head.head)
    if verb.pos_ not in VERB_POS:
        return False
    able = verb.dep_ == "xcomp" and head.lower_ in CAPABLE and head.head.tag_ != "VBD"  # "were able to retake X" did
    return _able(verb) or (verb.dep_ == "pcomp" and head.lower_ == "of" and head.head.lower_ in CAPABLE) or able


def _able(verb: Token) -> bool:
    """Whether "can" (or "cannot") is the verb's auxiliary."""
    return any(c.dep_ == "aux" and c.lower_ in ("can", "cannot", "ca") for c in verb.children)


def _kept_silent(verb: Token) -> bool:
    """"declined to comment", "refused to say whether ...": a refusal to tell is no rejection of
    a request, proposal or act (PLOVER REJECT); the refused verb is a silent cue."""
    return verb.pos_ in VERB_POS and any(c.dep_ == "xcomp" and load_lexicon().cue(c, "silent") for c in verb.children)


def _entitled(verb: Token) -> bool:
    """"Armenia has the right to strike inside Norland", "it is legitimate for Armenian forces to
    target depots": an act one is entitled to is not reported as done."""
    if verb.pos_ not in VERB_POS or not _child_word(verb, "to"):
        return False
    head = verb.head
    if head.lower_ in ENTITLEMENTS or head.dep_ == "pobj" and head.head.lower_ in ENTITLEMENTS:
        return True  # "the right to strike", "legitimate to strike"
    return any(c.dep_ == "acomp" and c.lower_ in ENTITLEMENTS for c in head.children)  # "it is legitimate for X to target"


def _counterfactual(verb: Token) -> bool:
    """ "could have flown to Vale to meet its leader", "should have given way": a modal with a perfect
    tells of what did not happen, and what it was for did not happen either."""
    clause = verb
    while True:  # the verb, then the verbs whose aim or complement it is ("... to meet its leader")
        aux = [c.lower_ for c in clause.children if c.dep_ == "aux"]
        if clause.tag_ == "VBN" and "have" in aux and any(m in aux for m in ("should", "could", "would", "might")):
            return True
        if clause.dep_ not in ("xcomp", "advcl") or clause.head.pos_ != "VERB":
            return False
        clause = clause.head


def _deliberated(verb: Token) -> bool:
    """ "discussed where to post the brigade", "is weighing whether to lend jets": an infinitive a
    question word opens is an option weighed, not an act done or planned."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    return any(c.i < verb.i and c.lower_ in QUESTION_WORDS and c.dep_ in ("advmod", "mark", "dobj", "nsubj") for c in verb.children)


def _decided(verb: Token, kind: str) -> bool:
    """ "the police decided to detain him", "the bloc decided to bring in sanctions": a decision
    told in the simple past was carried out (a pledge of aid stays a pledge, and "has decided to
    hold talks" looks ahead to them); a sanction or a concession is made by the deciding itself,
    so one decided or agreed in the present perfect too, or by a bare participle ("has decided to
    impose sanctions", "agreed to ban X's ships", "after agreeing to drop its objections"), where
    "agreed to meet" or "agreed to withdraw troops" set a thing still to do."""
    past = verb.tag_ == "VBD"
    bare = verb.tag_ == "VBG" and not any(c.dep_ == "aux" for c in verb.children) and not _left_undone(verb)
    enacted = kind in ENACTED and (past or _present_perfect(verb) or bare) and not _set_later(verb)
    if "decide" in base_forms(verb.lower_):
        return past or enacted
    return enacted and "agree" in base_forms(verb.lower_)


def _left_undone(verb: Token) -> bool:
    """"left without agreeing to ban X", "instead of agreeing to drop Y": a gerund under
    "without" or "instead of" tells a step not taken."""
    prep = verb.head if verb.dep_ == "pcomp" else None
    return prep is not None and (prep.lower_ == "without" or (prep.lower_ == "of" and _child_word(prep, "instead")))


def _set_later(verb: Token) -> bool:
    """"agreed to impose sanctions next month": a time to come on the deciding verb or on the act
    it decides sets the act for later, so the deciding has not made it yet."""
    return _later(verb) or any(_later(c) for c in verb.children if c.dep_ == "xcomp")


def _bare_infinitive(verb: Token) -> bool:
    """A verb in its base form hung on another verb with no subject, "to" or modal of its own,
    nor on the verb it is joined to ("underscored their commitment to support X, impose costs
    on Y and reinforce Z", where the parse hangs "impose" on "underscored"): an aim the parse cut
    off from its "to", no act done."""
    while verb.dep_ == "conj" and verb.head.pos_ in VERB_POS:
        verb = verb.head
    own = {c.dep_ for c in verb.children}
    return verb.tag_ == "VB" and verb.dep_ in ("advcl", "acl", "dep") and not own & {"aux", "auxpass", "nsubj", "nsubjpass", "mark"}


def _given_to_others(token: Token, anchor: Token, trigger: Trigger, source: Party, context: Context) -> bool:
    """"Norland said 40 tanks will be sent to Vale": help told in the passive by someone is the
    speaker's own giving when it goes to a party of another side; "Vale said tanks had been
    sent" (to the speaker's side, or to nobody named) tells of someone else's."""
    recipients = targets(token, anchor, trigger, context)
    return bool(recipients) and not _names([source]) & _names(recipients) and not _same_side(recipients, source, context)


def _obliged_party(subject: Token, context: Context) -> bool:
    """Whether a subject of "should/must" is someone a speaker can make a demand of: a party
    other than the speaker's own "we/I", not a thing ("prices should fall")."""
    if subject.pos_ == "PRON" or subject.tag_ == "WDT":
        return subject.lower_ not in FIRST_PERSON | IMPERSONAL  # "which experts say should see us through", "this shouldn't happen": a thing
    named = context.entity_at(subject.idx, subject.idx + len(subject.text)) is not None
    return named or _agent_noun(subject) or _is_group(subject, context)


IMPERSONAL = frozenset({"which", "that", "what", "this", "these", "those", "one", "everything", "nothing", "something", "anything"})  # no party to demand of
FORCE_ORGANS = frozenset({"defence", "defense", "military", "army", "staff", "command"})  # "the defence ministry", "the general staff"


def _same_side(parties: list[Party], source: Party, context: Context) -> bool:
    """Whether the source speaks for the actors' own side, so that its report is their claim;
    a military organ of no named country ("X's forces took Y, the defence ministry said")
    speaks for the forces it reports on, as such bodies announce their own gains."""
    side, sides = _side(source, context), _sides(parties, context)
    words = (source.name or "").replace("'s", "").split()
    unnamed = not any(w[0].isupper() and (country_of_demonym(w) or code_of(w)) for w in words)  # not "the Georgian defence ministry"
    if side is None and sides and unnamed and FORCE_ORGANS & {w.lower() for w in words}:
        return True
    return side in sides


def _told_openly(kind: str, teller: set[str], act: Token) -> bool:
    """Whether a doer's own word of its act announces it (occurred) rather than claims it: an
    act done in the open (sanctions, aid, talks, deals), told by other than a military organ
    (whose word of aid or a truce is a side at war telling its deeds: "the defence ministry
    said it had delivered aid to the city") and not disputed in the same sentence ("said it had
    sent aid, but Vale denied any convoy arrived", "a deal, a claim Vale rejected")."""
    return kind in ANNOUNCED and not FORCE_ORGANS & teller and not _contested(act)


def _contested(act: Token) -> bool:
    """A word of denial or dispute in the act's sentence that does not govern the act (a
    governing "denied" is the act denied): someone disputes the telling."""
    governing = set(act.ancestors)
    return any(t != act and t not in governing and set(base_forms(t.lower_)) & CONTESTING for t in act.sent)


def _raised_up(verb: Token) -> bool:
    """ "called up 300,000 reservists", "has built up its forces", "troops have been building up
    near the border": "up" is the verb's own particle, not one deeper in what is said ("called on
    allies to step up") nor a preposition ("built a road up the hill"), and what is raised is
    forces or arms, or with no object, what builds up is forces or a state ("Norland has been
    building up near the border"): "called up a friend", "called up three new players", "built
    up its economy", "tension is building up" raise no force."""
    if not any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
        return False
    if things := _moved(verb):
        return any(_force_or_arms(t) for t in things)
    return any(c.dep_ == "nsubj" and (_force_or_arms(c) or c.ent_type_ in ("GPE", "NORP")) for c in verb.children)


# Whom or what a state represses (WordNet repress 1, "put down by force or intimidation").
REPRESSED = frozenset({
    "opposition", "protest", "protests", "demonstrators", "demonstrations", "dissent", "dissidents", "uprising", "uprisings",
    "rebellion", "revolt", "minorities", "minority", "population", "journalists", "media", "press", "movement", "unrest",
    "strikes", "strikers", "believers",
})


def _people_repressed(verb: Token) -> bool:
    """ "repressed the opposition", "protests were brutally repressed", "repressed the Kurds": what
    is put down is people, a group or their protest; a feeling held back ("repressed a smile",
    "could not repress his anger": WordNet repress 2, "conceal or hide") coerces no one."""
    return any(
        t.lower_ in REPRESSED | GENERIC_PEOPLE or t.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") or t.lower_ in ("them", "us")
        for t in _moved(verb)
    )


def _recruited_to_fight(verb: Token) -> bool:
    """ "recruited volunteers to fight in X", "recruits men to serve in the army": people recruited
    for a purpose that is fighting or serving raise a force; "recruited volunteers to help flood
    victims" (or for a campaign) does not."""
    purposes = [c for c in verb.children if c.dep_ in ("xcomp", "advcl") and _to_purpose(c)]
    return any(set(base_forms(c.lower_)) & {"fight", "serve"} for c in purposes)


# Doers that pound without arms, and what they pound when it is no place (WordNet pound 2 and
# pummel, "strike, beat repeatedly", said of weather and markets as of guns).
WEATHER_AND_FEARS = frozenset({
    "storm", "storms", "rain", "rains", "wind", "winds", "wave", "waves", "hurricane", "typhoon", "cyclone", "snow",
    "snowstorm", "blizzard", "flood", "floods", "fear", "fears", "selling", "selloff", "sell-off",
})
MARKETS = frozenset({"market", "markets", "shares", "stocks", "currency", "economy", "prices", "bonds"})


def _pounded_by_arms(verb: Token) -> bool:
    """ "artillery pounded the town", "Vale was pummelled overnight": pounding is shelling unless
    its doer is weather or fear ("storms pounded the coast", "was pummelled by fears of
    sanctions") or what is pounded is a market ("its currency was pounded")."""
    doer = _subject(verb)
    return (doer is None or doer.lower_ not in WEATHER_AND_FEARS) and not any(t.lower_ in MARKETS for t in _moved(verb))


# What one joins in enlisting (the join row of the trigger lexicon: PLOVER MOBILIZE troops).
ENLISTED_IN = frozenset({"army", "military", "forces", "ranks", "militia", "battalion", "brigade", "regiment", "legion", "reserves"})


def _enlists(verb: Token) -> bool:
    """ "joined the army", "joined the armed forces", "joined the ranks of the militia": one joins a
    force; a bare "forces" is the idiom "join forces" (WordNet: "work together on a common
    project"), and "X and Y joined forces to fight poverty" enlists no one."""
    bare = (c for c in verb.children if c.dep_ == "dobj" and c.lower_ == "forces")
    if any(not any(m.dep_ in ("det", "poss", "amod", "compound", "nummod") for m in c.children) for c in bare):
        return False
    return _needs_met(verb, ENLISTED_IN)


def _arms_moved(verb: Token) -> bool:
    """ "moved its rocket batteries to the border", "placed 2,000 soldiers in X": what is moved
    or placed is forces or arms, not its subject ("ships moved grain") nor people held or hurt
    ("placed the captured soldiers in a camp", "the wounded soldiers in a field hospital")."""
    things = _moved(verb)
    held = any(m.lower_ in HELD_OR_HURT for t in things for m in t.children if m.dep_ in ("amod", "compound"))
    return not held and any(t.lower_ in MOVED_ARMS for t in things)


def _arms_placed(verb: Token) -> bool:
    """ "placed 2,000 troops in X", "placed its forces on high alert": forces or arms put
    somewhere or in a state of readiness; not under a command, on trial or under arrest."""
    where = [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return _arms_moved(verb) and bool(where) and not any(g.lower_ in NOT_POSTED for g in where)


def _arms_used(verb: Token) -> bool:
    """ "have used cluster munitions", "nuclear arms could be used": the thing used is arms, and
    any "to" clause says what for is an attack ("used weapons to train recruits" is no attack;
    "used to have rockets" is a habit, with no object)."""
    things = _moved(verb)  # what is used, as what is moved
    if not any(t.lower_ in USED_ARMS for t in things):
        return False
    clauses = [*verb.children, *(c for t in things for c in t.children if c.dep_ == "acl")]  # the parse may hang "to train" on the thing
    purposes = [c for c in clauses if c.dep_ in ("xcomp", "advcl", "acl") and _to_purpose(c)]
    return all((row := find_trigger(c, load_lexicon())) is not None and row.type in FORCE_TYPES for c in purposes)


def _response_to_come(verb: Token) -> bool:
    """"We would respond if they strike", "Armenia will react": a response announced, on a
    condition or still to come, whatever its manner; a response told as done needs the words
    of force ("responded in kind"), since most responses are words ("responded to the letter").
    A response "to" something answers a hostile act ("will respond to any attack"), not
    questions or requests ("will respond to the questions later")."""
    answered = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
    if any((row := find_trigger(g, load_lexicon())) is None or row.type not in HOSTILE | {"MOBILIZE", "THREATEN"} for g in answered):
        return False
    return _on_condition(verb) or _aux(verb, load_lexicon(), "will") or _aux_word(verb, "would")


def _in_touch(noun: Token) -> bool:
    """"are in daily contact with their counterparts", "we are in contact with X": two parties
    keeping in touch (the need "@in_touch"); not "lost contact with the unit" nor "the line of
    contact in the east", nor forces "in contact with the enemy" or with another army (fighting
    it; a ministry "in contact with the Vale military" still consults)."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "in" or not _child_word(noun, "with"):
        return False
    holder = noun.head.head  # "soldiers in contact with ...", or the verb "are/remain in contact"
    sides = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children if g.dep_ == "pobj"]
    sides.append(holder if holder.pos_ in NOUN_POS else _subject(holder))
    known = [side for side in sides if side is not None]
    return not (any(side.lower_ in FOES for side in known) or (len(known) > 1 and all(map(_armed, known))))


def _armed(noun: Token) -> bool:
    """Troops or an armed unit: two of them "in contact" are in combat ("units in contact with the Vale army")."""
    return noun.lower_ in ARMED_UNITS or "troops" in figure_classes(noun)


# Needs of the trigger lexicon (``data/events_triggers.csv``) that a predicate checks, in the
# order they are tried.
SPECIAL_NEEDS = {
    "@bid": _bids, "@won_over": _won_over, "@politics": _politics_banned, "@person": _with_person, "@custody": _to_custody, "@captive": _captive,
    "@combatant": _combatants_taken, "@claim": _claim_denied, "@callee": _phoned,
    "@blacklist": _blacklist, "@plea": _plea, "@act": _offers_to_act, "@forces": _forces_object,
    "@massed": _massed_forces, "@backed": _backs_party, "@envoys": _envoys_pulled_out, "@to_come": _response_to_come,
    "@arms_moved": _arms_moved, "@arms_placed": _arms_placed, "@arms_used": _arms_used,
    "@raised_up": _raised_up, "@repressed": _people_repressed, "@enlists": _enlists, "@pounded": _pounded_by_arms,
    "@to_fight": _recruited_to_fight, "@in_touch": _in_touch,
}
