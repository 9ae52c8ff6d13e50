"""What an amount counts: its category (refugees, killed, aid ...) and ``who``, from the noun
phrase after it, the verb it is an argument of and the words around it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from sitrep.facts import Place, PlaceRef
from sitrep.nlp.doctext import per_sentence, text_of
from sitrep.nlp.inflection import base_forms
from sitrep.nlp.figures.amounts import Amount, amount_pattern
from sitrep.nlp.figures.words import (
    AID_ITEMS, AID_WORDS, CASUALTIES, CLIMB_DEPS, CUE_CATEGORIES, DATELINE, HARMS, MAX_CLIMB,
    MAX_RUN, MODEL, NOUN_CATEGORIES, NOUN_TAGS, OWN_FORCES, PEOPLE_LIKE, RUN_TAGS, SETTLEMENT_NOUNS, TALLY, WORKS_NOUNS,
    _currencies, _numbers, aid_item, amount_suffix, figure_classes, lexicon,
)
from sitrep.nlp.syntax import first_conjunct

if TYPE_CHECKING:  # annotations only: these modules build on this one
    from sitrep.nlp.figures.component import Reading


def counted_run(doc: Doc, i: int) -> list[Token]:
    """The noun phrase right after an amount ("Ukrainian refugees", "of UN members"), up to
    its first plural noun: counted things are plural, and what follows them is not theirs,
    unless that noun only names the kind of the next ("personnel carriers"); a unit noun
    goes on to what it counts pieces of ("items of medical equipment"). Read off the surface
    because the parser often hangs a number on the wrong head."""
    if i < len(doc) and doc[i].lower_ == "of":
        i += 1 + (i + 1 < len(doc) and doc[i + 1].tag_ in ("DT", "PRP$"))
        while i < len(doc) and doc[i].tag_ == "CD":
            i += 1  # the whole of a share ("of the 193 member states")
    run: list[Token] = []
    while i < len(doc) and _words(run) < MAX_RUN and _in_run(doc[i], run) and doc[i].lower_ not in ("of", "to"):
        run.append(doc[i])
        if doc[i].tag_ in ("NNS", "NNPS") and not _names_kind_of_next(doc[i]):
            break
        i += 1
    if run and i < len(doc) and doc[i].tag_ == "POS":
        return counted_run(doc, i + 1)  # "44 of the army's stock": the stock is counted, not the army
    while run and run[-1].tag_ not in NOUN_TAGS:
        run.pop()
    if run and "unit" in figure_classes(run[-1]) and run[-1].i + 1 < len(doc) and doc[run[-1].i + 1].lower_ == "of":
        return run + counted_run(doc, run[-1].i + 1)  # "4 million items of medical equipment" counts equipment
    return run


def _words(run: list[Token]) -> int:
    """How many words a run holds: a hyphenated word is one ("anti-tank" is three tokens), so
    "2,000 anti-tank and anti-aircraft missiles" is a run of four words, not of eight tokens."""
    return sum(1 for t in run if t.whitespace_)


def with_shared_noun(run: list[Token]) -> list[Token]:
    """ "1,000 anti-tank and 500 anti-aircraft missiles", "1 million grenade, mortar and artillery
    rounds": a run that ends on a singular word whose conjuncts end on a plural noun counts that
    noun, which the list shares; with the words between unless another count stands there."""
    if not run or run[-1].tag_ != "NN":
        return run
    last = max(run[-1].conjuncts, key=lambda c: c.i, default=None)
    if last is None or last.i < run[-1].i or last.tag_ != "NNS":
        return run
    between = list(run[-1].doc[run[-1].i + 1:last.i + 1])
    return run + [last] if any(t.like_num for t in between) else run + between


def _names_kind_of_next(token: Token) -> bool:
    """ "armoured personnel carriers": a plural noun compounded to the noun right after it."""
    return token.dep_ == "compound" and token.head.i == token.i + 1 and token.head.tag_ in NOUN_TAGS


def _in_run(token: Token, run: list[Token]) -> bool:
    """Whether a word continues a counted phrase: a noun-phrase word, the number of a model
    named before it ("14 Falcon 2 tanks"), a model designation, which the tagger reads as a
    number ("12 T-72 tanks"), or an "and" between two of its modifiers ("US and Canadian
    officials", "strike and air defence missiles")."""
    if token.tag_ in RUN_TAGS or (token.tag_ == "CD" and bool(run) and run[-1].tag_ in ("NNP", "NNPS")) or MODEL.fullmatch(token.text):
        return True
    if bool(run) and run[-1].lower_ in ("and", "or") and _joined_participle(token):
        return True  # "self-propelled and towed guns": the tagger reads "towed" as a past tense
    joined = token.lower_ in ("and", "or") and bool(run) and (_modifier(run[-1]) or _modifies_later_noun(run[-1], token))
    return joined and token.i + 1 < len(token.doc) and (token.nbor(1).tag_ in RUN_TAGS or _joined_participle(token.nbor(1)))


def _modifier(word: Token) -> bool:
    """Whether a word before an "and" may modify the noun after it ("US and", "self-propelled
    and"): an adjective, a name or a participle, but no participle that counts by itself, as
    "40 wounded" does ("captured 40 wounded and freed prisoners": the "and" joins two verbs)."""
    return word.tag_ in ("JJ", "NNP") or word.tag_ == "VBN" and not figure_classes(word)


def _joined_participle(token: Token) -> bool:
    """A participle that, joined by "and" to a modifier before it, describes the noun right
    after it ("self-propelled and towed guns", "armoured and unarmoured vehicles"): the tagger
    may read it as a past tense, which would cut the counted phrase short. Only a regular past
    tense has the form of a participle; an irregular one is a verb of its own ("shot 12 unarmed
    and took hostages")."""
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    participle = token.tag_ == "VBN" or token.tag_ == "VBD" and token.lower_.endswith("ed")
    return participle and after is not None and after.tag_ in ("NNS", "NNPS")


def _modifies_later_noun(word: Token, joint: Token) -> bool:
    """ "strike and air defence missiles": a singular noun that modifies a plural noun after
    the "and" is one of the phrase's modifiers, not a counted thing of its own."""
    modifier = word.tag_ == "NN" and word.dep_ in ("nmod", "compound", "amod")
    return modifier and word.head.tag_ in ("NNS", "NNPS") and word.head.i > joint.i


def governing_verb(token: Token) -> Token | None:
    """The verb a phrase is subject, object or adjunct of, climbing at most MAX_CLIMB heads."""
    for _ in range(MAX_CLIMB):
        if token.pos_ in ("VERB", "AUX") and not amount_suffix(token):
            return token
        if token.dep_ == "ROOT" or token.dep_ not in CLIMB_DEPS:
            return token.head if token.head.pos_ in ("VERB", "AUX") else None
        token = token.head
    return None


def by_phrase_passive(token: Token) -> Token | None:
    """The passive verb whose "by" phrase a word is ("was hit by shelling": "hit"), also where
    the parser makes the phrase's noun a clause of the verb right after a bare "by" ("was hit
    by powerful shelling"); None for any other word, and for a clause with a subject or a
    conjunction of its own ("killed by X, while Y pounded Z")."""
    if token.head.dep_ == "agent":
        return token.head.head
    if token.dep_ != "advcl" or any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in token.children):
        return None
    agent = next((c for c in token.head.children if c.dep_ == "agent" and c.i < token.i), None)
    return token.head if agent is not None and agent.right_edge.i + 1 == token.left_edge.i else None


def _partitive_antecedent(amount: Token, verb: Token | None) -> list[Token]:
    """ "anti-tank weapons, of which Norland has provided more than 4,200": a bare amount "of
    which" (or "of whom") in a relative clause counts the noun phrase the clause is about."""
    partitive = any(c.lower_ in ("which", "whom") for p in amount.children if p.lower_ == "of" for c in p.children)
    if not partitive or verb is None or verb.dep_ != "relcl" or verb.head.tag_ not in NOUN_TAGS:
        return []
    noun, start = verb.head, verb.head.i
    while start > 0 and noun.i - start + 1 < MAX_RUN and noun.doc[start - 1].tag_ in RUN_TAGS:
        start -= 1
    return list(noun.doc[start:noun.i + 1])


def _cues(anchor: Token, run: list[Token], verb: Token | None) -> list[Token]:
    """Words that may say what happened to the counted, what the clause tells first: its verb
    with its predicates, for "the death toll rose to" the verb's subject; then the phrase
    ("killing 50 captured fighters": killed, not detained), the noun it is "of" ("the bodies
    of 410 civilians"), its clauses; last the verbs joined to its verb ("were tortured and
    killed"), not one with a subject of its own. A count a verb puts something "at" is that
    thing's ("estimated the number of dead at 25,000"), before all else; a count a ban or
    sanction is "on" is under it ("imposed sanctions on 67 officials")."""
    cues: list[Token] = []
    if anchor.dep_ == "conj":  # "12 were killed and up to 40 others wounded": the gapped clause's own participle, not the first clause's verb
        cues += [c for c in anchor.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    if anchor.dep_ == "nsubj" and anchor.head.pos_ == "ADJ" and anchor.head != verb:
        cues.append(anchor.head)  # "killed, with 250 more wounded": the count's own predicate, before the verb above it
    if verb is not None and anchor.dep_ == "pobj" and anchor.head.lower_ == "at" and anchor.head.head == verb:
        cues += [t for c in verb.children if c.dep_ == "dobj" for t in c.subtree]  # "estimated the number of dead X at 25,000": what is put at it
    if verb is not None and not _doer(anchor, verb) and not _still_wished(verb):
        cues += _wreckage(verb) or [verb]
        wish = "wish" in figure_classes(verb)  # "asked to be evacuated" was not evacuated
        cues += [c for c in verb.children if c.dep_ in ("acomp", "attr", "oprd") or c.dep_ == "xcomp" and not wish or c.dep_ == "advcl" and c.pos_ == "ADJ"]  # "went missing"
        cues += _ailments(verb)
        cues += _plights(verb)
        if "level" in figure_classes(verb):  # "the death toll rose to 41"; "raised the death toll to 41": what the level is of
            cues += [t for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj") for t in c.subtree]
    cues += [t for t in run if not _spared_lives(t, verb)]
    cues += _force_holding(anchor, verb)
    member = first_conjunct(anchor)  # "the deaths of 40 soldiers, 58 medics and 176 volunteers": each one's
    if member.dep_ == "pobj" and member.head.lower_ == "of":
        owner = member.head.head
        if not _spared_lives(owner, owner.head):
            cues.append(owner)  # "the bodies of 410 civilians", "claimed the lives of 14,000 people"
        if (owner.like_num or owner.lower_ in _numbers()) and owner.dep_ == "pobj" and owner.head.lower_ == "of":
            whole = owner.head.head
            if not _spared_lives(whole, whole.head):
                cues.append(whole)  # "the killing of hundreds of civilians"
    target = clause_slot(anchor)  # "sanctions on 16 firms and 30 officials", "on dozens of officials": under them too
    if target.dep_ == "pobj" and target.head.lower_ in ("on", "against"):  # "sanctions on 67 officials": the measure they are under
        measure = target.head.head
        measures = [measure] if measure.tag_ in NOUN_TAGS else [c for c in measure.children if c.dep_ == "dobj"]  # "imposed sanctions on 67 ..."
        cues += [m for m in measures if "other" in figure_classes(m)]  # not "inflicted losses on 3,000 troops": no toll of them
    cues += [c for c in anchor.children if c.dep_ in ("relcl", "acl", "amod")]
    if verb is not None:
        shared_subject = [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]
        cues += [c for c in shared_subject if not _doer(anchor, c, subject_of=verb)]  # "and that 300 had been killed" counts its own
        own_subject = any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)  # "and millions have been made refugees", "and there are 1.5 million displaced"
        if verb.dep_ == "conj" and verb.head.pos_ == "VERB" and not own_subject and not any(c.dep_ == "dobj" for c in verb.head.children):
            cues.append(verb.head)  # "injuring and hospitalising four civilians": the object both verbs share
    return cues


def clause_slot(anchor: Token) -> Token:
    """The word that holds a count's place in its clause: the first member of its coordination
    ("on 16 firms and 30 officials"), or the number word a vague count hangs from ("on dozens
    of officials", "on hundreds of firms and people")."""
    slot = first_conjunct(anchor)
    if slot.dep_ == "pobj" and slot.head.lower_ == "of" and (slot.head.head.like_num or slot.head.head.lower_ in _numbers()):
        slot = first_conjunct(slot.head.head)
    return slot


HOLDING = frozenset({"has", "have", "had", "having"})


def _force_holding(anchor: Token, verb: Token | None) -> list[Token]:
    """ "the navy has 6,500 personnel", "the border army, with 2,500 personnel, guards the
    coast": people a force has, or is "with", are its members; the force (the subject) says
    they are troops."""
    held = anchor.dep_ == "dobj" and anchor.head.lower_ in HOLDING or anchor.dep_ == "pobj" and anchor.head.lower_ == "with"
    if verb is None or not held:
        return []
    return [c for c in verb.children if c.dep_ == "nsubj" and "troops" in figure_classes(c)]


def _plights(verb: Token) -> list[Token]:
    """ "were in grave danger", "are at risk of famine", "now face hunger": the plight a group
    is in, named by the object of its verb or of a phrase of the verb, tells what the count is
    of (other)."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return [o for o in objects if "plight" in figure_classes(o)]


WRECK_PREPS = frozenset({"from", "under", "beneath", "out", "of"})  # "pulled from (under) the rubble", "out of the ruins"
MOVING_OUT = frozenset({"evacuate", "relocate"})  # verbs that say the counted were moved out, whatever they were moved from


def _wreckage(verb: Token) -> list[Token]:
    """ "rescued 40 people from the rubble", "pulled out of the ruins": the wreck a verb that
    names no casualty takes the counted out of says they survived a blow (other), which
    outranks the verb ("rescued" alone is evacuated: "rescued from the besieged city"). A
    casualty verb keeps its word ("were killed under the rubble"), and so does a verb that
    says they were moved out ("evacuated 60 from the collapsed building"); the ruins of a
    whole town are a place people are taken out of, not a wreck they were dug from
    ("rescued 300 from the ruins of X", "from the collapsed town of X")."""
    if figure_classes(verb) & set(CASUALTIES) or MOVING_OUT.intersection(base_forms(verb.lower_)):
        return []
    preps = [c for c in verb.children if c.dep_ in ("prep", "prt") and c.lower_ in WRECK_PREPS]
    return [t for p in preps for t in p.subtree if "wreck" in figure_classes(t) and not _ruined_town(t)][:1]


def _ruined_town(wreck: Token) -> bool:
    """Whether a wreck word names a ruined town rather than a building: it is or describes a
    settlement noun ("the collapsed town"), or its "of" names a place of the story ("the
    rubble of X")."""
    noun = wreck if wreck.pos_ in ("NOUN", "PROPN") else wreck.head
    if noun.lower_ in SETTLEMENT_NOUNS:
        return True
    owners = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    places = noun.doc._.places or []
    return any(g.lower_ in SETTLEMENT_NOUNS or any(p.start <= g.idx < p.end for p in places) for g in owners)


def _meant_for(anchor: Token, verb: Token) -> bool:
    """ "The food supply for millions of people was held hostage": the verb befalls the thing
    meant for the counted, not them."""
    while anchor.dep_ == "pobj" and anchor.head.lower_ == "of" and anchor.head.head.dep_ == "pobj":
        anchor = anchor.head.head  # "millions of people" is counted by "millions"
    thing = anchor.head.head if anchor.dep_ == "pobj" and anchor.head.lower_ == "for" else None
    return thing is not None and thing.pos_ == "NOUN" and thing.head == verb and thing.dep_ in ("nsubj", "nsubjpass", "dobj")


def _spared_lives(noun: Token, verb: Token | None) -> bool:
    """ "saved 300 lives", "the lives of millions at risk": lives no verb takes are no toll."""
    return "life" in figure_classes(noun) and (verb is None or "takes" not in figure_classes(verb))


def _doer(anchor: Token, verb: Token, subject_of: Token | None = None) -> bool:
    """Whether the counted did to others what the verb names ("5,000 troops killed 20
    civilians and captured the town", "two sides swapped prisoners", "four rockets hit a
    depot"): a harm, a capture or a strike with
    an object befell the object; going somewhere ("300 people fled Ukraine") is still the
    subject's own fate. ``subject_of`` is the verb the count is the subject of, when ``verb``
    is joined to it."""
    acted_on = any(c.dep_ == "dobj" for c in verb.children) and not any(c.dep_ == "auxpass" for c in verb.children)
    return anchor.dep_ == "nsubj" and anchor.head == (subject_of or verb) and acted_on and bool(figure_classes(verb) & (set(CASUALTIES) | {"destroyed"}))


def _ailments(verb: Token) -> list[Token]:
    """ "were being treated for injuries", "hospitalised with wounds": a harm the verb's "for"
    or "with" names is what befell the counted, before what their clauses say of them ("80
    soldiers who surrendered were treated for injuries" are wounded); "led to safety",
    "brought to safety": where the verb took them says they were evacuated."""
    return [
        t for prep in verb.children if prep.dep_ == "prep"
        for t in prep.children if t.dep_ == "pobj" and (
            prep.lower_ in ("for", "with") and "wounded" in figure_classes(t)
            or prep.lower_ == "to" and "evacuated" in figure_classes(t)
        )
    ]


def _outcome_cues(doc: Doc, verb: Token | None) -> list[str]:
    """What the clause says became of the counted, weaker than any word about them: where
    they were taken or what they joined, what they wait for, who took them in."""
    if verb is None:
        return []
    movers = [verb] + [c for c in verb.children if c.dep_ in ("advcl", "xcomp")]  # "lining up to join"
    return [cue for mover in movers for cue in _joined(mover) + _held(mover) + _made(mover)] + _awaited(verb) + _hosted(doc, verb) + _among(verb)


def _among(verb: Token) -> list[str]:
    """"Three children were among the wounded", "two journalists were among those killed": the
    group a count is among says what befell it."""
    groups = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "among" for g in c.children if g.dep_ == "pobj"]
    words = [w for g in groups for w in [g, *(c for c in g.children if c.dep_ in ("acl", "amod", "relcl"))]]
    return [c for w in words for c in figure_classes(w) if c in CASUALTIES]


MADE_INTO = (*CASUALTIES, "refugees", "displaced")  # what a verb can make of people


def _made(verb: Token) -> list[str]:
    """People "taken prisoner" or "taken hostage" are detained, "made refugees" are refugees:
    what the verb makes of them."""
    return [c for t in verb.children if t.dep_ in ("oprd", "attr") for c in figure_classes(t) if c in MADE_INTO]


def _subject_of_its_own(amount: Token, verb: Token | None, previous: Reading) -> bool:
    """Whether a bare number is the passive subject of a verb of its own, not the verb of the
    count before it: what that verb does to it is all it says, and when the verb says nothing
    tracked, the number is no more of the earlier count ("400 died, and 2,000 were moved"). An
    active subject is still read as a part of that count ("killed 40, and 12 were boys"). A
    part taken "of which" or "of them" ("3 million fled, of which 2 million have found shelter
    in Norland") is still of that count."""
    own = verb is not None and previous.verb is not None and verb != previous.verb and amount.dep_ == "nsubjpass" and amount.head == verb
    return own and not any(c.dep_ == "prep" and c.lower_ == "of" for c in amount.children)


def _emigrated(doc: Doc, verb: Token | None) -> list[str]:
    """People who "have left the country" or "left Norland" are refugees, as UNHCR counts
    those who left their country; those "forced to leave their homes" or "driven from their
    homes" are displaced (UNHCR's forcibly displaced, in the country or out of it); leaving a
    town or a party says nothing."""
    if verb is None:
        return []
    uprooted = ["displaced" for v in (verb, *(c for c in verb.children if c.dep_ == "xcomp")) for c in _left_from(v) if _own_home(c)]
    if uprooted or "origin" not in figure_classes(verb):
        return uprooted
    countries = [p for p in doc._.places or [] if p.kind == "country"]
    left = [c for c in verb.children if c.dep_ == "dobj"]
    return ["refugees" for c in left if c.lower_ in ("country", "homeland") or _place_at([c], countries)]


def _left_from(verb: Token) -> list[Token]:
    """What a verb of leaving leaves ("leave their homes"), or the "from" phrase of a verb of
    uprooting ("forced from their homes", "driven from their homes")."""
    left = [c for c in verb.children if c.dep_ == "dobj"] if "origin" in figure_classes(verb) else []
    if not UPROOTING.intersection(base_forms(verb.lower_)):
        return left  # "dragged 20 people from their homes and shot them": taken, not uprooted
    return left + [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children if g.dep_ == "pobj"]


# Verbs whose "from their homes" tells people uprooted: "forced from", "driven from", "fled from".
UPROOTING = frozenset({"force", "drive", "flee", "chase", "expel", "uproot", "push"})


def _own_home(noun: Token) -> bool:
    """ "their homes", "his home": the counted people's own homes, not "the home of a minister"."""
    return noun.lower_ in ("home", "homes") and any(c.dep_ == "poss" for c in noun.children)


def _joined(verb: Token) -> list[str]:
    """Men "lining up to join the army" or who "joined the defence forces" are troops; so are
    people who "are in the army" or "serve in the navy"."""
    if "join" in figure_classes(verb):
        return ["troops" for c in verb.children if c.dep_ == "dobj" for t in _head_words(c) if "troops" in figure_classes(t)]
    if verb.lower_ in ("is", "are", "was", "were", "serve", "serves", "served", "serving"):
        units = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children if g.dep_ == "pobj"]
        return ["troops" for g in units if figure_classes(g) & {"troops"} and g.lower_ in ("army", "armies", "navy", "military", "forces")]
    return []


def _held(verb: Token) -> list[str]:
    """Soldiers "sent to a prison colony", "transferred to a detention facility" or "held in
    detention camps" are detained; people "sent to hospital" or "taken to hospital" are wounded."""
    held = [
        (prep.lower_, t) for prep in verb.children if prep.dep_ in ("prep", "dative") and prep.lower_ in ("to", "into", "in")
        for place in prep.children if place.dep_ == "pobj" for t in _head_words(place)
    ]
    taken_to_care = ["wounded" for prep, t in held if prep != "in" and "care" in figure_classes(t)]  # not "were in the hospital"
    return ["detained" for _, t in held if "custody" in figure_classes(t)] + taken_to_care


def _still_wished(verb: Token) -> bool:
    """ "planned to evacuate 200,000 adults", "want to free 40 prisoners", "a plan to evacuate
    three million residents", "attempts to evacuate 90,000 people", "requests for help in
    evacuating 2.8 million": the act is only meant, asked for or tried."""
    if verb.dep_ in ("xcomp", "acl") and "wish" in figure_classes(verb.head):
        return True
    if verb.dep_ == "xcomp" and any(c.dep_ == "nsubj" and "wish" in figure_classes(c) for c in verb.head.children):
        return True  # "the plan was to evacuate 150,000 people": the plan's content, not done
    if verb.dep_ != "pcomp":
        return False
    word = verb.head.head  # the noun the "in"/"with" phrase hangs on, and the nouns above it
    for _ in range(3):
        if "wish" in figure_classes(word):
            return True
        if word.head == word or word.pos_ in ("VERB", "AUX"):
            return False
        word = word.head
    return False


def _awaited(verb: Token) -> list[str]:
    """People who "have asked to be evacuated" or "are waiting to be evacuated" are not
    evacuated yet: the tracked status they wait for makes them people in need (other)."""
    if "wish" not in figure_classes(verb):
        return []
    return ["other" for c in verb.children if c.dep_ == "xcomp" and figure_classes(c) & set(CUE_CATEGORIES)]


def _hosted(doc: Doc, verb: Token) -> list[str]:
    """People a country "has taken in" or "has received" are refugees there; a host that is
    no place ("the hospital admitted 40 people") says nothing, nor do captives it got back
    ("received 17 border guards released during a prisoner exchange")."""
    received = [c for c in verb.children if c.dep_ == "dobj"]
    if any("detained" in figure_classes(t) for r in received for c in r.children if c.dep_ in ("acl", "relcl") for t in c.subtree):
        return []
    return ["refugees"] if _host_place(verb, doc._.places or []) is not None else []


def _head_words(noun: Token) -> list[Token]:
    """A noun and the words that name its kind ("prison colony", "detainment facility")."""
    return [noun] + [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod")]


BULLET = re.compile(r"[ \t]*(?:[-–—•*·▪]|\d{1,2}[.)])\s+")  # "- ", "• ", "2) "
LIST_REACH = 40  # lines a list item's lead may lie above it
LIST_LINE = 300  # characters: an item is a line, not a paragraph


def _list_item(line: str) -> bool:
    """"- 300 launchers;", "• Over 20 million rounds", "- Five helicopters": a bulleted line that
    opens with an amount (not "- What does Vale need?", a dash-led line of dialogue)."""
    bullet = BULLET.match(line)
    return bullet is not None and len(line) <= LIST_LINE and amount_pattern().match(line, bullet.end()) is not None


def _sentence_about(span: Span, classes: set[str]) -> bool:
    """Whether the sentence, or the line that introduces the list it is an item of ("The
    package includes:\n- 300 launchers;"), has a word of the classes."""
    return bool(_sentence_classes(span.sent) & classes) or any(figure_classes(t) & classes for t in _list_lead(span))


def _sentence_classes(sent: Span) -> frozenset[str]:
    """Every class a word of the sentence has (``per_sentence``: each count asks)."""
    return per_sentence(sent, "sitrep_sentence_classes", lambda: frozenset().union(*(figure_classes(t) for t in sent)))


def _list_lead(span: Span) -> list[Token]:
    """The words of the line ending in a colon that a list item hangs under (``list_lead``)."""
    found = list_lead(text_of(span.doc), span.start_char)
    lead = span.doc.char_span(*found, alignment_mode="contract") if found else None
    return list(lead) if lead is not None else []


def list_lead(text: str, at: int) -> tuple[int, int] | None:
    """Where the line ending in a colon that the list item at offset ``at`` hangs under
    starts and ends ("The package includes:\n- 300 launchers;"), past the list's other items
    and blank lines; None for a line that is no list item."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", start)
    if not _list_item(text[start:len(text) if end < 0 else end]):
        return None
    for _ in range(LIST_REACH):
        if start == 0:
            return None
        end = start - 1
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if not line.strip() or _list_item(line):
            continue
        return (start, end) if line.rstrip().endswith(":") else None  # else prose or dialogue, not a list under a lead
    return None


def _what(
    doc: Doc, amount: Amount, span: Span, run: list[Token], verb: Token | None, previous: Reading | None
) -> tuple[str | None, str | None]:
    """(category, who) of an amount, or (None, None) when it counts nothing tracked."""
    nothing: tuple[str | None, str | None] = (None, None)
    if amount.currency:
        about_aid = _sentence_about(span, {"aid"}) or _worth_of_arms(doc, span)
        aid = about_aid and _money_for_aid(doc, span.end) and not _other_money(span, verb)
        return ("aid_money", amount.currency) if aid else nothing
    noun = figure_classes(run[-1]) if run else frozenset()
    if run and not noun and amount.value > 1 and (run[-1].tag_ == "NNP" or run[-1].text.isupper()) and aid_item(run[-1]):
        noun = AID_ITEMS  # "900 Javelin", "40 NLAW": arms in the singular, as fact sheets list them
    if run and not noun and _formations(run):
        noun = frozenset({"troops"})  # "40 battalion tactical groups": formations of a force
    if run and _spared_lives(run[-1], verb):
        noun = frozenset({"people"})  # "saved 300 lives": people, no toll
    if run and "arms" in noun and (_container(run[-1]) or _civil(run[-1], verb) or _unnamed_kind(run[-1])):
        noun = noun - {"arms"}  # "two tanks of water", "the airline owns 40 aircraft", "40 payment systems": no force's weapons
    if run and run[-1].lower_ == "members" and not _sentence_about(span, {"vote", "votes"}):
        noun = frozenset({"people"})  # "86 members of its armed forces were exchanged": members of anything are people
    mixed = "troops" in noun and any("people" in figure_classes(t) for t in run[-1].conjuncts)
    if mixed:
        noun = frozenset({"people"})  # "hundreds of fighters and civilians": a mixed group, no count of forces
    if run and (_size_of_place(run[-1]) or _whole_of_a_part(doc, span) or _gates(run[-1])) or _difference(run[-1] if run else span.root):
        return nothing
    if run and "aid_items" in noun and _traded(run[-1]):
        return nothing
    if "troops" in noun and any(MODEL.fullmatch(t.text) for t in (*run[:-1], *run[-1].children)):
        noun = AID_ITEMS  # "40 F-16 fighters": aircraft of a model, not fighting men
    about_vote = _sentence_about(span, {"vote", "votes"})
    if amount.kind in ("fraction", "percent"):
        tallied = not run and _tally(doc, amount, span, verb, about_vote)
        return ("votes", _who(doc, run)) if about_vote and noun & {"voters", "votes"} or tallied else nothing
    if run and not noun:
        if not (run[-1].tag_ == "NNS" and run[-1].dep_ != "pobj" and _befalls(verb) and "loss" not in figure_classes(verb)):
            return nothing  # counts something the lexicon does not track ("10 cities"; "losing millions of barrels"; "killed during the two wars")
        noun = frozenset({"people"})  # "four media professionals were killed": whoever is killed is people
    said_after = [doc[span.end]] if not run and span.end < len(doc) else []  # "3,000 dead and 10,000 wounded"
    counted = run[-1] if run else span.root
    told = None if verb is not None and _meant_for(counted, verb) else verb  # a verb that befalls something else
    words = said_after + _cues(counted, run, told)
    if not run:
        words = [t for t in words if "loss" not in figure_classes(t)]  # "the army lost two": two what?
    said = [c for t in words for c in figure_classes(t)]
    more = not run and previous is not None and span.end < len(doc) and doc[span.end].lower_ == "more"
    if more and not set(said) & set(CASUALTIES):
        return previous.category, previous.who  # "16 systems so far. Four more arrived": more of the same, unless "dozens more were injured"
    cues = said + _outcome_cues(doc, told)
    if not run or run[-1].lower_ in ("people", "persons") or (run[-1].tag_ == "NNPS" and figure_classes(run[-1]) == {"people"}):
        cues += _emigrated(doc, verb)  # "tens of thousands of Russians have left the country"; "45 diplomats" who did are no refugees
    category = "other" if _either_fate(verb) else _category(noun, cues, _sentence_about(span, {"aid"}), about_vote)
    if mixed and category == "troops":
        return nothing
    if category == "killed" and run and _sentenced(run[-1]):
        return nothing  # "the sentencing to death of two Britons": a sentence passed, no one killed
    if category == "other" and run and noun & {"aid_items"} and (_wielded(run[-1]) or _fired(run[-1], verb)) or category == "aid_items" and run and _struck_with(run[-1]):
        return nothing  # "two drones struck a refinery", "using two drones to hit it": the arms that hit, not arms lost
    if category in (*CASUALTIES, *MOVED) and (verb is not None and _supposed(verb, category) or _yet_to_follow(counted)):
        return nothing  # "cholera could kill thousands", "will accept up to 100,000 refugees": a fear or a pledge, no toll
    if run and category is None and noun & PEOPLE_LIKE and previous is not None and _included(run[-1]):
        category = previous.category  # "killed 31 people, including four students": a part of that count
    if run:
        return (category, _who(doc, run)) if category else nothing
    if not _argument_of(span.root, verb):
        return nothing  # "a mother of three": a number inside another noun phrase
    if category is None:
        if previous is not None and _included(span.root) and _counted_between(doc, previous, span):
            return nothing  # "7,000 sailors from 16 countries, including two aspiring to join": two of the countries
        if previous is not None and verb is not None and previous.verb != verb and _asked_for(verb):
            return nothing  # "promised to send 10 launchers, but advisers have called for 60": asked, not given
        if _counts_its_own(doc, span):
            return nothing  # "£900 each for 6m of the poorest households": households, no sum
        if previous is not None and _subject_of_its_own(span.root, verb, previous):
            return nothing  # "killed 40 people, and 300 were taken away": the 300 were not killed
        return (previous.category, previous.who) if previous is not None else nothing
    if previous is not None and previous.who:
        return category, previous.who
    return category, None if category in CASUALTIES else _implicit_who(span.root, verb)  # "100 injured" did not injure


def _formations(run: list[Token]) -> bool:
    """ "40 battalion tactical groups", "six battle groups": groups named after a unit of a force
    are formations of troops, though "groups" alone counts nothing tracked ("ten civic groups").
    The unit's word must name the groups, with at most adjectives between: in "battle reenactment
    groups" or "battle-hardened groups" it only describes another word."""
    namer = len(run) - 2
    while namer >= 0 and run[namer].tag_ == "JJ":
        namer -= 1
    return run[-1].lower_ == "groups" and namer >= 0 and "formation" in figure_classes(run[namer])


def _other_money(span: Span, verb: Token | None) -> bool:
    """A sum in a sentence about aid that is still no aid: a sale, a payment to persons, money
    for the war itself, what some other noun amounts to, a state's own defence budget or a sum
    for the whole world."""
    return (_sales(verb) or _paid_to_person(span, verb) or _funds_the_war(verb) or _other_sum(span)
            or _own_forces(span, verb) or _worldwide(verb) or for_inquiry(span.root, verb))


def _counts_its_own(doc: Doc, span: Span) -> bool:
    """"6m of the most vulnerable households": a bare number with an "of" phrase of plural
    nouns the lexicon does not count counts those, not more of the sum or the count told before it."""
    after = doc[span.end] if span.end < len(doc) else None
    if after is None or after.lower_ != "of":
        return False
    return any(c.dep_ == "pobj" and c.tag_ in ("NNS", "NNPS") and not figure_classes(c) for c in after.children)  # "three of 15 guns" stays a count of guns


def _asked_for(verb: Token) -> bool:
    """A verb that asks for what it takes ("have called for 60", "wants 300", "demanded 40")."""
    classes = figure_classes(verb)
    return "wish" in classes or ("plea" in classes and any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children))


def _tally(doc: Doc, amount: Amount, span: Span, verb: Token | None, about_vote: bool) -> bool:
    """ "voters backed the proposal by 66.9% to 33.1%": two shares "by X to Y" of a vote, or of
    what voters or members did, are its result ("grew by 5% to 10%" is a range)."""
    sent = span.sent
    start = sent.start_char
    if not any(m.start() <= amount.start - start < m.end() for m in TALLY.finditer(text_of(doc)[start:sent.end_char])):
        return False
    voters = verb is not None and any("voters" in figure_classes(c) for c in verb.children if c.dep_ == "nsubj")
    return about_vote or voters


def _either_fate(verb: Token | None) -> bool:
    """"killed, injured or captured 5,000 troops": a count of people who met one fate or
    another is no count of any one of them (the guide's other)."""
    if verb is None:
        return False
    verbs = [verb, *verb.conjuncts]
    alternative = any(c.dep_ == "cc" and c.lower_ == "or" for v in verbs for c in v.children)
    return alternative and len({c for v in verbs for c in figure_classes(v) if c in CASUALTIES}) > 1


CHANGE_VERBS = frozenset(
    "cut cuts cutting reduce reduced reduces reducing increase increased increases increasing raise raised raises "
    "raising boost boosted boosting shrink shrank shrunk expand expanded expanding grow grew grown fall fell fallen "
    "rise rose risen drop dropped".split()
)


def _traded(unit: Token) -> bool:
    """"millions of tonnes of grain would be shipped": a weight of goods states sell and buy (the
    lexicon's commodities) is trade, not aid, unless the sentence calls it aid."""
    goods = [g for c in unit.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj" for g in (p, *p.conjuncts)]
    if not goods or not all("commodity" in figure_classes(g) for g in goods):
        return False
    return not any(t.lower_ in AID_WORDS for t in unit.sent)


def _difference(noun: Token) -> bool:
    """"cut the army by nearly 10,000 troops", "increased the budget by $2bn": the amount of a
    change, not a count of troops or aid there are or are given."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "by" and noun.head.head.lower_ in CHANGE_VERBS


def _counted_between(doc: Doc, previous: Reading, span: Span) -> bool:
    """Whether another counted noun ("16 countries") stands between the count before and a bare
    "including two": the part is of the nearer count."""
    between = doc[previous.span.end:span.start]
    return any(t.tag_ == "NNS" and t != previous.anchor and any(c.dep_ == "nummod" for c in t.children) for t in between)


MOVED = ("refugees", "displaced", "evacuated")  # people counted by where they went
SUPPOSING = frozenset({"could", "might", "may", "would"})
PROMISING = frozenset({"will", "'ll", "wo", "shall"})  # "wo" of "won't"


def _supposed(verb: Token, category: str) -> bool:
    """A harm told with "could/might/may/would" ("diseases could kill thousands") has not befallen
    anyone: no count of the harmed. People a country "will accept" or who "will be evacuated"
    have not moved yet either: a pledge or a plan, no count of the moved (a toll "will" is
    rarer than a promise of shelter, and kept), though "could have fled" estimates what
    happened, and counts."""
    told = [c.lower_ for c in verb.children if c.dep_ == "aux"]
    if category not in MOVED:
        return bool(SUPPOSING.intersection(told))
    return bool((SUPPOSING | PROMISING).intersection(told)) and "have" not in told or _pledged(verb)


# Words of a promise or a plan, whose infinitive or gerund has not happened yet: "promises to
# accept", "pledged to take in", "plans to evacuate", "commitments, including accepting".
PLEDGES = frozenset({"promise", "pledge", "commit", "commitment", "vow", "offer", "plan", "intend", "undertake", "ready", "willing"})


def _pledged(verb: Token) -> bool:
    """People a country "promises to accept", "has pledged to take in" or "plans to evacuate",
    or a commitment includes accepting, have not moved yet: a pledge, no count of the moved."""
    head = verb.head
    if verb.dep_ == "pcomp" and head.lower_ == "including":
        head = head.head  # "commitments, including accepting 100,000 refugees"
    elif verb.dep_ not in ("xcomp", "acl", "advcl") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    moved = bool(TAKING_IN.intersection(base_forms(verb.lower_)))
    return moved and head != verb and bool(PLEDGES.intersection(base_forms(head.lower_)))


# Verbs of taking people in or moving them, whose promise is no count of the moved: "pledged to
# take in", "plans to evacuate"; a plan to visit or help people speaks of people who exist.
TAKING_IN = frozenset({"accept", "take", "receive", "host", "admit", "welcome", "resettle", "relocate", "evacuate", "house", "bring"})


def _yet_to_follow(noun: Token) -> bool:
    """ "300,000 have fled, with as many as 4 million to follow": people "with" whom an
    infinitive is told ("to follow", "expected to leave") are a projection, not a count."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "with":
        return False
    clauses = [c for w in (noun, noun.head) for c in w.children if c.dep_ in ("pcomp", "xcomp", "acl", "relcl") and c.pos_ in ("VERB", "AUX")]
    return any(c.tag_ == "VB" and any(a.lower_ == "to" for a in c.children) or c.lower_ == "expected" for c in clauses)


def _size_of_place(noun: Token) -> bool:
    """ "the country's fourth-largest city with more than 1 million inhabitants", "the port, a
    city of around 400,000 people": people "with" or "of" whom a place is described are its
    population, not a count of what befell anyone."""
    holder = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in ("with", "of") else None
    return holder is not None and (holder.ent_type_ in ("GPE", "LOC") or "settlement" in figure_classes(holder))


# "many of the city's", "most of X's", "a third of its": a part of an owner's people, the number after it their whole
PART_OF_OWNERS = re.compile(
    r"\b(?:many|most|some|half|part|much|(?:a|one|two)\s+(?:third|quarter|fraction|share|majority|minority)s?)\s+of\s+"
    r"(?:(?:its|their)|(?:the\s+)?(?:[\w-]+\s+){0,2}?[\w-]+(?:'s|’s|s'|s’))\s+$",
    re.IGNORECASE,
)


def _whole_of_a_part(doc: Doc, span: Span) -> bool:
    """ "drove many of the town's 80,000 inhabitants away", "most of its 40,000 people have
    left": the number is a place's people, of whom a part is told of, not a count of those it
    befell ("many of the 3,000 people who left" still counts who left)."""
    return bool(PART_OF_OWNERS.search(text_of(doc)[max(0, span.start_char - 80):span.start_char]))


GATE_VERBS = frozenset({"open", "reopen", "close", "shut", "add", "set"})  # what is done to a border crossing as a place


SITE_PREPS = frozenset({"at", "through", "via", "near", "along", "across", "between"})


def _gates(noun: Token) -> bool:
    """"opened six border crossings", "two crossings were closed", "waits at some of the eight
    border crossings": crossings opened, shut or where something happens are checkpoints, not
    people crossing ("2 million border crossings" are)."""
    if noun.lower_ not in ("crossing", "crossings"):
        return False
    verb = noun.head if noun.dep_ in ("dobj", "nsubjpass") else None
    if verb is not None and bool(set(base_forms(verb.lower_)) & GATE_VERBS):
        return True
    part = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else noun  # "at some of the eight crossings"
    return part.dep_ == "pobj" and part.head.lower_ in SITE_PREPS


PARTITIVE_PRONOUNS = frozenset({"them", "those", "these", "whom"})


def _included(noun: Token) -> bool:
    """"..., including four students", "among them two journalists", "with 30 of them from X",
    "864 cases – 763 men, 94 women and seven boys –": a count given as part of the count before
    it; a list of arms ("100 grenade launchers, 5,000 rifles, 1,000 pistols") is a list, not a
    breakdown."""
    noun = first_conjunct(noun)
    listed_arms = "aid_items" in figure_classes(noun.head)
    if noun.dep_ == "pobj" and noun.head.lower_ == "with":
        return any(c.lower_ in PARTITIVE_PRONOUNS for p in noun.children if p.lower_ == "of" for c in p.children)
    return (noun.dep_ == "pobj" and noun.head.lower_ in ("including", "among")) or (noun.dep_ == "appos" and noun.head.pos_ == "NOUN" and not listed_arms)


def _befalls(verb: Token | None) -> bool:
    """Whether the verb itself says a casualty befell its counted ("were killed", "wounded")."""
    return verb is not None and any(c in CASUALTIES for c in figure_classes(verb))


def _worth_of_arms(doc: Doc, span: Span) -> bool:
    """"$1 billion in artillery, air defences and other hardware would soon be heading to X": a
    sum named as a worth of arms is arms given, unless the sentence sells or buys them."""
    end = _past_conversion(doc, span.end)
    if end >= len(doc) or doc[end].lower_ not in ("in", "of", "worth"):
        return False
    after = doc[end + 1: end + 1 + MAX_RUN]
    return not _sentence_about(span, {"trade"}) and any(figure_classes(t) & {"aid_items", "aid", "materiel"} for t in after)


def _sales(verb: Token | None) -> bool:
    """ "received €5bn from exports of grain", "paid €2bn for imports": a sum its verb says came
    from or went on selling and buying is trade, however much of the sentence is about aid."""
    if verb is None:
        return False
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("from", "for", "on")]
    return any(figure_classes(o) & {"trade"} for p in preps for o in p.children if o.dep_ == "pobj")


def _other_sum(span: Span) -> bool:
    """ "a monthly shortfall of $5bn", "its financing need is $100bn", "exports rose to £16.4bn", "$95 a barrel", "a company worth
    $1bn", "lost $20bn": a sum that is what a noun other than aid amounts to (its "of" object, its
    worth, or the level it rose or fell to), or that a verb of losing, earning or owing takes,
    or a price per measure of a commodity, is that thing, not aid, however much of the
    sentence is about aid."""
    after = span.doc[span.end:span.end + 2]
    if len(after) == 2 and after[0].lower_ in ("a", "an", "per") and "measure" in figure_classes(after[1]):
        return True
    root = span.root
    if root.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ == "or" for c in root.head.children):
        owners = [g for c in root.head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        if any(figure_classes(g) & {"shortfall", "trade"} for g in owners):
            return True  # "contributed 9% of the company's sales, or about $2bn": the sum restates a share of sales
    if root.dep_ == "dobj" and root.head.pos_ == "VERB" and "shortfall" in figure_classes(root.head):
        return True  # "the companies lost $20 billion", "earned $1bn": no one gave it
    if root.head.lower_ == "worth" and root.head.head.pos_ in ("NOUN", "PROPN"):
        worth_of = figure_classes(root.head.head) & {"aid", "aid_items", "materiel"} or _worth_of_arms(span.doc, span)
        return not worth_of  # "a company worth $1bn", not "weapons worth £1bn" or "a shipment worth €200m of ammunition"
    if root.dep_ == "attr":  # "its financing need is $100 billion": what the subject amounts to
        subject = next((c for c in root.head.children if c.dep_ == "nsubj"), None)
        return subject is not None and bool(figure_classes(subject) & {"shortfall", "trade"})
    if root.dep_ != "pobj":
        return False
    prep, owner = root.head, root.head.head
    if prep.lower_ in ("to", "at") and "level" in figure_classes(owner):
        owner = next((c for c in owner.children if c.dep_ in ("nsubj", "nsubjpass")), owner)
    elif prep.lower_ != "of":
        return False
    return bool(figure_classes(owner) & {"shortfall", "trade"})


def _own_forces(span: Span, verb: Token | None) -> bool:
    """ "pledged €100bn for the armed forces", "£2bn for its military": a sum for a state's own
    forces is its defence budget, no aid; "for Ukraine's armed forces" names whose forces get it."""
    heads = [t for t in (span.root, verb) if t is not None]
    if any(c.dep_ in ("prep", "dative") and c.lower_ == "to" for h in heads for c in h.children):
        return False  # "€500m in aid to X for its military": X's forces
    for noun in (g for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children if g.dep_ == "pobj"):
        if not figure_classes(noun) & {"troops"} and noun.lower_ not in OWN_FORCES:
            continue
        owners = [c for c in noun.children if c.dep_ in ("poss", "compound", "amod", "nmod", "det")]
        if owners and all(c.lower_ in ("the", "its", "our", "armed") for c in owners):
            return True
    return False


PURPOSE_PREPS = frozenset({"for", "to", "towards", "toward", "into"})


def for_inquiry(thing: Token, verb: Token | None) -> bool:
    """ "£1m to support the court's investigation", "£1.5m to help trace stolen grain", "will
    fund a monitoring mission with $5m", "a team of investigators sent to X": money or people
    whose purpose (a "for/to" phrase, an infinitive, the verb's object) is to look into, prove,
    prosecute, watch or trace acts go to an inquiry, no aid to the war's side (the lexicon's
    inquiry words). Not the giver's own words nor a clause told of the recipient."""
    named = [g for c in thing.children if c.dep_ == "prep" and c.lower_ in ("in", "of") for g in c.children if g.dep_ == "pobj"]  # "$20m in aid for X"
    heads = [t for t in (thing, *named, verb) if t is not None]
    purposes = [c for h in heads for c in h.children
                if (c.dep_ in ("prep", "dative") and c.lower_ in PURPOSE_PREPS) or (c.dep_ in ("xcomp", "advcl") and infinitive(c)) or (h is verb and c.dep_ == "dobj" and c != thing)]
    purposes += named  # "a team of investigators"
    return any("inquiry" in figure_classes(t) and not _in_clause(t, purpose) for purpose in purposes for t in purpose.subtree)


def infinitive(clause: Token) -> bool:
    """A "to" clause ("to help trace grain"): a purpose, not a time or a cause ("after an
    inquiry found ...")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


def _in_clause(token: Token, top: Token) -> bool:
    """Whether a token lies in a relative clause below ``top`` ("to Armenia, which is
    investigating ...": what the recipient does, not what the money is for)."""
    while token != top and token.head != token:
        if token.dep_ == "relcl":
            return True
        token = token.head
    return False


WORLD = frozenset({"world", "globe"})  # "around the world", "across the globe"
WORLD_PREPS = frozenset({"around", "across", "throughout", "over"})


def _worldwide(verb: Token | None) -> bool:
    """ "will provide $7bn over five years to address malnutrition across the globe", "pledged
    $2bn for food security worldwide": a sum for the whole world is no aid to the war's side."""
    words = list(verb.subtree) if verb is not None else []
    placed = any(t.lower_ in WORLD and t.pos_ == "NOUN" and t.dep_ == "pobj" and t.head.lower_ in WORLD_PREPS for t in words)
    return placed or any(t.lower_ in ("worldwide", "globally") for t in words)


def _paid_to_person(span: Span, verb: Token | None) -> bool:
    """ "he had received about £400 from a bank account", "the $500,000 that port officials
    expected to receive", "wants to send $600 to most residents": a sum persons receive, or
    one given to persons, is a payment, a bribe or a benefit; aid goes to states, forces and
    organisations."""
    receivers = [v for v in (verb, *(c for c in span.root.children if c.dep_ == "relcl")) if v is not None]
    for receiving in (w for v in receivers for w in (v, *(c for c in v.children if c.dep_ == "xcomp"))):
        if "receipt" in figure_classes(receiving) and any(_a_person(s) for s in _subjects(receiving)):
            return True
    if any(c.dep_ == "relcl" and _a_person(c) and any("receipt" in figure_classes(t) for t in c.subtree) for c in span.root.children):
        return True  # "the $700,000 that officials expected to receive", parsed with "officials" as the clause's head
    recipients = [o for c in (verb.children if verb is not None else ()) if c.dep_ in ("prep", "dative") and c.lower_ == "to" for o in c.children if o.dep_ == "pobj"]
    return any(o.tag_ == "NNS" and _a_person(o) for o in recipients)


FIGHTING_NEEDS = frozenset({"effort", "efforts", "defence", "defense"})  # "funding X's war effort": what a side fighting needs, so aid


def _funds_the_war(verb: Token | None) -> bool:
    """ "is still funding the war chest to the tune of €3bn a month", "financing the invasion":
    money said to pay for the war itself (a buyer's payments for the warring state's fuel, as
    critics put it) is no aid to either side; "funding the war effort" of a side is."""
    for thing in (c for c in (verb.children if verb is not None else ()) if c.dep_ == "dobj"):
        if "war" in figure_classes(thing):
            return True
        if thing.lower_ not in FIGHTING_NEEDS and any(c.dep_ == "compound" and "war" in figure_classes(c) for c in thing.children):
            return True
    return False


def _subjects(verb: Token) -> list[Token]:
    """The verb's subject, or the subject of the verb it completes ("officials expected to
    receive": the officials)."""
    own = [c for c in verb.children if c.dep_ == "nsubj"]
    return own or ([c for c in verb.head.children if c.dep_ == "nsubj"] if verb.dep_ == "xcomp" else [])


def _a_person(token: Token) -> bool:
    """A person or persons: a pronoun of one, a person's name, or a noun the lexicon counts as
    people ("officials", "residents")."""
    return token.lower_ in ("he", "she", "i") or token.ent_type_ == "PERSON" or "people" in figure_classes(token)


def _of_currency(doc: Doc, i: int) -> bool:
    """The "of" of "billions of dollars": a vague sum's currency comes after it."""
    return doc[i].lower_ == "of" and i + 1 < len(doc) and (doc[i + 1].lower_, "suffix") in _currencies()


def _money_for_aid(doc: Doc, i: int) -> bool:
    """Whether a sum can be aid: bare ("$1.7bn was approved") or naming an aid thing in the
    noun phrase after it or after its "of" or "in" ("a $40bn military and humanitarian aid
    package", "$1.7bn in economic aid"), not some other money ("a $44bn deal", "£1.7bn
    sanctions", "£1.4bn of import tariffs", "$1bn in foreign exchange revenue", help at home),
    even in a
    sentence that mentions aid; the currency's name after the sum ("five billion dollars") is
    the sum's own, also after "of" ("billions of dollars")."""
    while i < len(doc) and ((doc[i].lower_, "suffix") in _currencies() or _of_currency(doc, i)):
        i += 1
    i = _past_conversion(doc, i)
    if i + 1 < len(doc) and doc[i].lower_ == "worth" and doc[i + 1].lower_ == "of":
        i += 1  # "€500m worth of military support"
    if i + 1 < len(doc) and doc[i].lower_ == "in" and (doc[i + 1].ent_type_ in WHEN_OR_WHERE or doc[i + 1].tag_ in ("NNP", "NNPS", "CD")):
        return True  # "$800 million in March", "in 2022", "in Kyiv": when or where, not what the sum is
    if i < len(doc) and doc[i].lower_ in ("of", "in"):
        i += 1 + (i + 1 < len(doc) and doc[i + 1].tag_ in ("DT", "PRP$"))
    phrase: list[Token] = []
    while i < len(doc) and len(phrase) < 2 * MAX_RUN and (doc[i].tag_ in RUN_TAGS or doc[i].tag_ == "CC"):
        phrase.append(doc[i])
        i += 1
    nouns = [t for t in phrase if t.tag_ in NOUN_TAGS]
    if any("home" in figure_classes(t) for t in phrase):
        return False  # "$400m in domestic food production assistance": a state's help at home, no aid abroad
    return not nouns or any(figure_classes(t) & {"aid", "aid_items", "materiel"} for t in phrase)


WHEN_OR_WHERE = ("DATE", "TIME", "GPE", "LOC")


def _past_conversion(doc: Doc, i: int) -> int:
    """The token after a sum's conversion in brackets ("$20bn (£16bn) in weapons"), else ``i``."""
    if i < len(doc) and doc[i].text == "(":
        close = next((t.i for t in doc[i + 1:i + 8] if t.text == ")"), None)
        if close is not None and any(any(ch.isdigit() for ch in t.text) for t in doc[i + 1:close]):
            return close + 1
    return i


def _argument_of(token: Token, verb: Token | None) -> bool:
    """Whether a bare amount is itself what its verb is about ("35 wounded", "rose to 2,187"),
    not a number inside some noun phrase; coordinated counts ("141 votes, five against") are.
    The amount itself may be a noun ("dozens more were injured")."""
    token = token.head
    while verb is not None and token.i != verb.i:
        if token.pos_ in ("NOUN", "PROPN") and token.dep_ != "conj" and not token.like_num:
            return False
        token = token.head
    return verb is not None


def _sentenced(noun: Token) -> bool:
    """The counted are the ones a court sentences ("the sentencing to death of two men",
    "sentenced two men to death")."""
    if noun.dep_ in ("dobj", "nsubjpass") and noun.head.lower_.startswith("sentenc"):
        return True
    death = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None  # "sentencing to death of X", as the parse reads it
    return death is not None and death.lower_ == "death" and death.head.lower_ == "to" and death.head.head.lower_.startswith("sentenc")


USE_FORMS = ("use", "uses", "used", "using")


def _wielded(noun: Token) -> bool:
    """Arms that did the hitting: the subject of the striking verb, the object of "use" or what
    "was used" ("40 drones were used against the port"), what a place was struck with, or the
    arms a relative clause says struck ("the six drones that hit the depot"), unless the
    count's own verb says they were lost after ("... were destroyed")."""
    used = noun.dep_ in ("dobj", "nsubjpass") and noun.head.lower_ in USE_FORMS
    striking = any(c.dep_ == "relcl" and "attack" in figure_classes(c) for c in noun.children)
    lost = bool(figure_classes(noun.head) & {"destroyed", "loss"})
    return _struck_with(noun) or noun.dep_ == "nsubj" or used or striking and not lost


def _container(noun: Token) -> bool:
    """ "two tanks of water", "ten tanks of diesel": a noun "of" a bare stuff is a measure of
    that stuff, not the weapon the noun can also name ("tanks of the third brigade" are)."""
    stuff = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    return any(p.tag_ == "NN" and not any(d.dep_ in ("det", "poss") for d in p.children) for p in stuff)


def _civil(noun: Token, verb: Token | None) -> bool:
    """ "the airline owns 40 aircraft", "seized 400 leased aircraft", "the firm sold 300 drones":
    a civil owner (the subject of the count's verb, or its possessor) or a civil kind (a
    modifier of the noun) says the aircraft, drones or boats serve no force."""
    kinds = [c for c in noun.children if c.dep_ in ("amod", "compound", "poss")]
    owners = [c for c in verb.children if c.dep_ == "nsubj"] if verb is not None else []
    return any("civil" in figure_classes(t) for t in (*kinds, *owners))


def _unnamed_kind(noun: Token) -> bool:
    """ "40 payment systems": a noun as generic as "systems" names arms only when a word before
    it names the weapon ("300 artillery systems", "12 air defence systems")."""
    before = [t for t in noun.subtree if t.i < noun.i]
    return "generic" in figure_classes(noun) and not any("weapon" in figure_classes(t) or _hyphened_weapon(t) for t in before)


def _hyphened_weapon(token: Token) -> bool:
    """ "anti-tank", "anti-aircraft": the tokenizer splits a hyphenated word the lexicon lists
    whole ("anti", "-", "tank"), so its last piece is read with the two tokens before it."""
    if token.i < 2 or token.nbor(-1).text != "-" or token.nbor(-1).whitespace_ or token.nbor(-2).whitespace_:
        return False
    return "weapon" in lexicon().get(f"{token.nbor(-2).lower_}-{token.lower_}", frozenset())


def _fired(noun: Token, verb: Token | None) -> bool:
    """ "fired 20 cruise missiles", "the six rockets launched at the port", "the rockets that
    were fired at the port": arms fired at a target are what an attack spent, not a count of a
    force's arms."""
    return any("fired" in figure_classes(v) for v in (verb, *(c for c in noun.children if c.dep_ in ("acl", "relcl"))) if v is not None)


def _struck_with(noun: Token) -> bool:
    """"was struck with 30 shells": the arms an attack used, never arms given, whatever aid
    words the sentence has."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "with" and "attack" in figure_classes(noun.head.head)


def _category(noun: frozenset[str], cues: list[str], about_aid: bool, about_vote: bool) -> str | None:
    """What the noun itself says ("deaths") first, unless it is a status a death or a wound
    outranks ("killed 50 prisoners"); then what happened to a group of people ("civilians were
    killed") outranks what the group is ("troops"); then other cues, a plight ("remain",
    "trapped") last. A toll of casualties, the killed and the wounded together, is neither."""
    if "toll" in noun or not noun and "toll" in cues:
        return "other"  # "suffered 7,000 casualties", "the number of casualties rose to 500"
    for category in CASUALTIES:
        if category in noun and (category in HARMS or not set(cues) & HARMS):
            return category  # "killed 50 prisoners": a death outranks the status the noun names
    if not noun or noun & PEOPLE_LIKE or noun & {"missing", "detained"}:
        casualty = next((cue for cue in cues if cue in CASUALTIES), None)
        if casualty:
            return casualty
    for category in NOUN_CATEGORIES:
        if category in noun and (category != "aid_items" or about_aid):
            return category
    if noun & {"aid_items", "site"} and "destroyed" in cues and "dwelling" not in noun:
        return "other"  # "destroyed nine launchers", "destroyed 30 depots": a force's losses, not aid; not "damaged 11 houses"
    if "arms" in noun:
        return "other"  # "the navy has 14 frigates", "lost 40 tanks": a force's own arms, not aid
    if "sanction" in noun or "listed" in noun and "sanction" in cues:
        return "other"  # "announced 14 further sanctions", "sanctioned 40 firms": the measures, like the people and bodies they list
    if "voters" in noun and about_vote:
        return "votes"
    if noun - {"people"}:
        return None  # a group that is not counted as people here ("states", "missiles" not given)
    named = [cue for cue in cues if cue in CUE_CATEGORIES]
    return next((cue for cue in named if cue != "other"), named[0] if named else None)  # "remain displaced": displaced


def _who(doc: Doc, run: list[Token]) -> str | None:
    """The counted words as written; a noun shared past another count ("1,000 anti-tank and 500
    anti-aircraft missiles") joins the first count's words: "anti-tank missiles"."""
    if not run:
        return None
    shared = len(run) > 1 and any(t.like_num for t in doc[run[-2].i + 1:run[-1].i])
    last = run[-2] if shared else run[-1]
    who = text_of(doc)[run[0].idx:last.idx + len(last)]
    if _of_war(run[-1]):
        return f"{who} of war"  # "6,000 prisoners of war": captured fighters, not civilians held
    if (forces := _of_forces(run[-1])) is not None:
        return f"{who} of {forces}"  # "40 members of the navy": fighters, not civilians held
    return f"{who} {run[-1].text}" if shared else who


def _of_war(noun: Token) -> bool:
    """ "prisoners of war": the "of" phrase is the kind of captive, part of the counted words."""
    return "detained" in figure_classes(noun) and any(g.lower_ == "war" for g in of_objects(noun))


def _of_forces(noun: Token) -> str | None:
    """ "members of its armed forces", "personnel of the army": the force a word for members is of."""
    if noun.lower_ not in ("members", "personnel"):
        return None
    force = next((g for g in of_objects(noun) if "troops" in figure_classes(g) or g.lower_ in ("army", "navy", "military")), None)
    return " ".join(t.text for t in force.subtree) if force is not None else None


def _implicit_who(amount: Token, verb: Token | None) -> str | None:
    """ "3 million having fled Ukraine" counts "people who fled Ukraine"; a passive subject
    ("three were wounded") is not the doer, so it says nothing of who."""
    if verb is None or verb.tag_ not in ("VBD", "VBN") or amount.dep_ != "nsubj":
        return None
    objects = [t for c in verb.children if c.dep_ in ("dobj", "prt") for t in c.subtree]
    return " ".join(["people who", verb.text] + [t.text for t in sorted(objects, key=lambda t: t.i)])


def of_objects(noun: Token) -> list[Token]:
    """What a word's "of" phrases name ("control of the firm": the firm; "a group of experts")."""
    return [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]


def _place_at(tokens: list[Token], places: list[Place]) -> PlaceRef | None:
    """The first place named among the tokens, else the one "the city" among them stands for; a
    town's kind "of X" is X ("the Eastport suburb of Vale": Vale, which Eastport locates; a
    region "of Y" is in Y: "the X region of the Y basin" stays X)."""
    for token in tokens:
        if SETTLEMENT_NOUNS.get(token.lower_, {"city"} if "settlement" in figure_classes(token) else None) == {"city"}:  # not "the X region of Y"
            found = next((p for g in of_objects(token) for p in places if p.start <= g.idx < p.end), None)
            if found is not None:
                return found.ref()
    for token in tokens:
        for place in places:
            if place.start <= token.idx < place.end:
                return place.ref()
    return next((found.ref() for t in tokens if (found := antecedent_place(t, places)) is not None), None)


def antecedent_place(noun: Token, places: list[Place]) -> Place | None:
    """ "in the city", "the ruined town, where ...": a settlement told by its kind alone is the
    last place of that kind the article named before it, unless its own sentence has named
    places of other countries first; a works told so ("sheltering in the plant", "at the
    sprawling complex") stands in the last town named."""
    kinds = SETTLEMENT_NOUNS.get(noun.lower_) or ({"city"} if noun.lower_ in WORKS_NOUNS else None)
    if kinds is None or not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in noun.children):
        return None
    if any(c.dep_ in ("poss", "compound") or c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return None  # "the city of X", "Norland's capital": said there, or another city
    before = [p for p in places if p.end <= noun.idx and p.kind in kinds and not is_dateline(text_of(noun.doc), p)]
    if not before:
        return None
    sent = noun.sent
    here = [p for p in places if sent.start_char <= p.start and p.end <= noun.idx and p.country]
    if here and before[-1].start < sent.start_char and before[-1].country not in {p.country for p in here}:
        return None  # "the governor of X's Y region said ... shelling of the city": not a city of another country told before
    if noun.lower_ in WORKS_NOUNS and _works_told_apart(noun, before[-1], places):
        return None
    return before[-1]


def _works_told_apart(noun: Token, town: Place, places: list[Place]) -> bool:
    """Whether the works "the plant" refers back to was described after the last town named, in
    a sentence of its own naming no place ("Missiles hit X. The country's largest steel plant
    lies far to the east. ... trapped at the plant"): it is that works, which the story does not
    put in the town. A bare "the plant" before it ("The plant was hit.") only refers back too."""
    told = [t for t in noun.doc[: noun.sent.start] if t.lower_ == noun.lower_ and t.idx >= town.end and not _bare_reference(t)]
    return any(not any(t.sent.start_char <= p.start < t.sent.end_char for p in places) for t in told)


def _bare_reference(noun: Token) -> bool:
    """Whether a noun is told by "the" or "this" alone ("the plant"), describing nothing new."""
    left = [c for c in noun.children if c.i < noun.i]
    return len(left) == 1 and left[0].dep_ == "det" and left[0].lower_ in ("the", "this")


def _host_place(verb: Token | None, places: list[Place]) -> PlaceRef | None:
    """ "Poland, which has taken in ...", "Hungary has received ...": the host is the subject,
    of the verb a subjectless participle or conjunct of hosting hangs on too; an infinitive of hosting without one is hosted by whoever the verb it completes says will
    host (``_controllers``: "X has offered to shelter 9,000 refugees", "Y asked X to admit ...")."""
    if verb is None or not _hosts(verb):
        return None
    hosts = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    if _subjectless_clause(verb):
        head = verb.head
        while _subjectless_clause(head) or head.dep_ == "advcl" and verb.tag_ == "VBG" and any(c.dep_ == "mark" for c in head.children):
            head = head.head  # "X has stayed neutral, backing Y and taking in ...": the subject of the clause the participles hang on;
            # not of a "since" clause the parser hangs them on ("X has been wary since Y invaded Z, taking in ...")
        hosts += [c for c in head.children if c.dep_ == "nsubj"]  # "X kept its borders open and took in ...", "X struggled while taking in ..."
    if verb.dep_ == "relcl":
        hosts.append(verb.head)
    if verb.dep_ == "xcomp" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        hosts += _controllers(verb.head)
    return _place_at(hosts, places)


def _controllers(verb: Token) -> list[Token]:
    """Who is to do what the infinitive a verb takes says: the verb's object where it has one
    ("Y asked X to admit ...", "urged X to": X, not the asker), else its subject ("X is ready
    to", "X was asked to", "X has geared itself up to": a reflexive object is the subject)."""
    objects = [c for c in verb.children if c.dep_ == "dobj" and not c.lower_.endswith(("self", "selves"))]
    return objects or [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]


def is_dateline(text: str, place: Place) -> bool:
    """ "GENEVA — Troops ...": where the reporter files from, not where things are."""
    starts_line = place.start == 0 or text[place.start - 1] == "\n"
    return starts_line and bool(DATELINE.match(text, place.end))


def _subjectless_clause(verb: Token) -> bool:
    """A conjunct or adverbial clause with no subject of its own, which takes that of the clause
    it hangs on."""
    return verb.dep_ in ("conj", "advcl") and verb.head != verb and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and not _lost_subject(verb)


def _lost_subject(verb: Token) -> bool:
    """Whether a conjunct or adverbial clause the parse gives no subject has one after all: a
    noun between its "and" or "while" and the verb ("X closed its border and Y took in ...",
    where the parse makes Y a second thing closed); its head verb's subject is then not its."""
    before = verb.doc[verb.head.i + 1:verb.i]
    joint = max((t.i for t in before if t.dep_ in ("cc", "mark") or t.lower_ == ","), default=None)
    return joint is not None and any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in verb.doc[joint + 1:verb.i])


def home_place(verb: Token | None, places: list[Place], category: str) -> PlaceRef | None:
    """ "X is home to 300,000 refugees", "X has 1.25 million displaced people", "X has 40,000
    refugees": the country or town the counted are in is the subject of "is home to" and of
    "have", unless it has its refugees abroad (``_abroad``: a country at war, whose refugees
    left it)."""
    if verb is None:
        return None
    having = verb.lower_ in HOLDING and category in ("displaced", "refugees")
    home = verb.lemma_ == "be" or verb.lower_ in ("is", "are", "was", "were")
    home = home and any(c.dep_ in ("attr", "advmod") and c.lower_ == "home" for c in verb.children)
    if not (having or home):
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    found = next((p for s in subjects for p in places if p.start <= s.idx < p.end), None)
    if found is None or having and category == "refugees" and _abroad(verb, found, places):
        return None
    return found.ref()


def _abroad(verb: Token, subject: Place, places: list[Place]) -> bool:
    """Whether a country that "has" refugees has them abroad: it says so ("has 2 million
    refugees abroad"), or it is the country the story's war is in ("the war in X"), whose
    refugees left it; any other country that has them hosts them."""
    if any(t.lower_ == "abroad" for t in verb.subtree):
        return True
    doc = verb.doc
    spans = [doc.char_span(p.start, p.end, alignment_mode="expand") for p in places if p.name == subject.name]
    return any(span is not None and (_war_place(span.root) or _warred_on(span.root)) for span in spans)


INVADING = frozenset({"invade"})


def _warred_on(token: Token) -> bool:
    """Whether a place is told as the one a war is waged on without the word "war": the object
    of invading or attacking ("Y invaded X", "Y shelled X"), or where fighting goes on ("fighting
    has raged across X")."""
    head = token.head
    if token.dep_ == "dobj" and (INVADING.intersection(base_forms(head.lower_)) or "attack" in figure_classes(head)):
        return True
    verb = head.head if token.dep_ == "pobj" and head.lower_ in ("in", "across", "throughout") else None
    return verb is not None and any(c.dep_ == "nsubj" and "war" in figure_classes(c) for c in verb.children)


def _war_place(token: Token) -> bool:
    """Whether a place is where the war is ("the war in X", "Russia's invasion of X")."""
    return token.dep_ == "pobj" and token.head.lower_ in ("in", "on", "of", "against") and "war" in figure_classes(token.head.head)


def _hosts(verb: Token) -> bool:
    classes = figure_classes(verb)
    return "host" in classes or "host_in" in classes and any(_bare_in(c) for c in verb.children)


def _bare_in(token: Token) -> bool:
    """The particle of "taken in", which the parser may also call a preposition without object."""
    return token.lower_ == "in" and (token.dep_ == "prt" or token.dep_ == "prep" and not any(token.children))
