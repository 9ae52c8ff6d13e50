"""Grammar the rules share: tense, aspect, negation, modality and the subject of a verb."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from sitrep.facts import Party, Quote
from sitrep.nlp.doctext import text_of
from sitrep.nlp.entities import in_dateline
from sitrep.nlp.events.lexicon import Lexicon, _titles, load_lexicon
from sitrep.nlp.events.words import (
    ABOUT_PREPS, BE_FORMS, CREDIT, DOER_PREPS, DURATION_UNITS, FIRST_PERSON, FORCE_TYPES, HEAD_STEPS,
    INSTRUMENT_VERBS, NOUN_POS, OCCASIONS, PLANNERS, PRESENT_BE, RELATIVE, SPEAKER_PRONOUNS,
    SINCE, STANCES, SUSPECTING, TIMES, VERB_POS,
)
from sitrep.nlp.inflection import base_forms
from sitrep.nlp.quotes import ADJECTIVE_CUES
from sitrep.nlp.quotes.words import VERB_FORMS
from sitrep.nlp.syntax import first_conjunct

if TYPE_CHECKING:  # annotations only: these modules build on this one
    from sitrep.nlp.events.context import Context


def _heads(token: Token) -> list[Token]:
    """The words above a token, nearest first, a few steps up at most."""
    return list(token.ancestors)[:HEAD_STEPS]


def _chain(anchor: Token) -> list[Token]:
    """The anchor and the words above it in its own clause ("plans to travel", "is to meet"),
    the verb a means is told of ("should respond by imposing sanctions": as the responding) and
    the noun of a hope, goal or plan an act is "of" ("in the hope of forcing X to withdraw")."""
    chain = [anchor]
    current = anchor
    for _ in range(HEAD_STEPS):
        if (listed := listed_infinitive(current)) is not None:
            current = listed  # "came with promises to accept X, give Y and impose Z": impose as promised
            chain.append(current)
            continue
        purpose = current.dep_ == "advcl" and _child_word(current, "to")  # "will travel ... to meet"
        means = current.dep_ == "pcomp" and current.head.lower_ == "by" and current.head.head.pos_ in VERB_POS
        aimed = current.dep_ == "pcomp" and current.head.lower_ == "of" and _aimed_at(current.head.head)
        if means or aimed:
            current = current.head
        elif current.dep_ not in ("xcomp", "acl", "conj", "acomp") and not purpose or current.head == current:
            break
        current = current.head
        chain.append(current)
    return chain


def listed_infinitive(verb: Token) -> Token | None:
    """"The president came to X with promises to accept refugees, give aid and impose
    sanctions": the parser may hang the later bare verbs of an infinitive list on the sentence's
    finite verb, as if he came and gave; a bare verb with no subject or auxiliary of its own,
    joined to a finite verb with a "to" infinitive between them, continues that infinitive."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ not in ("VB", "VBP") or head.tag_ not in ("VBD", "VBZ"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
        return None
    between = [t for t in verb.doc[head.i + 1 : verb.i] if t.tag_ == "VB" and _child_word(t, "to") and head in t.ancestors]
    return between[-1] if between else None


def _aimed_at(noun: Token) -> bool:
    """A noun that makes what it is "of" only wished or intended ("the hope of", "the aim of")."""
    lexicon = load_lexicon()
    return noun.pos_ in NOUN_POS and any(lexicon.cue(noun, kind) for kind in ("wish", "goal", "plan", "attempt"))


def _aux(token: Token, lexicon: Lexicon, kind: str) -> bool:
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in lexicon.cues[kind] for c in token.children)


def _aux_word(token: Token, word: str) -> bool:
    """Whether ``word`` itself is an auxiliary of the verb ("would", not "could")."""
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ == word for c in token.children)


def _governing(token: Token, anchor: Token) -> list[Token]:
    """The words above a trigger that may wish, offer or want it ("is willing to resume talks").
    Not the verb a trigger is the subject of ("a conference sought to coordinate X": the
    conference wants nothing asked of it), nor a verb joined to the one above it ("sought to
    engage Y and called for a truce on a phone call": the call is no wish of "sought")."""
    above, current = [], token
    for _ in range(HEAD_STEPS):
        if current.head == current:
            break
        if current.dep_ not in ("nsubj", "nsubjpass", "conj"):
            above.append(current.head)
        current = current.head
    chain = _chain(anchor)
    return above + [t for below, t in zip(chain, chain[1:]) if below.dep_ != "conj"]


def _performative(verb: Token) -> bool:
    """"We condemn the strike", "the government strongly supports the talks," he said: a
    statement in the speaker's own words condemns or supports by being said, once."""
    if any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in verb.children):
        return True
    return quoted(verb)


def quoted(token: Token) -> bool:
    """Whether a word is inside someone's own quoted words."""
    return any(q.direct and q.start <= token.idx < q.end for q in token.doc._.quotes or [])


def _continued(verb: Token) -> bool:
    """Whether the act is what a "continue/keep" verb above it carries on ("continued to shell")."""
    return any(load_lexicon().cue(t, "continue") for t in _chain(verb)[1:])


def _nobody_speaks(source: Party) -> bool:
    """"This implies that X must ...", "Some 42% believe X should ...": a statement or a poll
    share says what should be done, but nobody demands it."""
    words = (source.name or "").split()
    return source.entity is None and bool(words) and (words[0].lower() in ("this", "that", "it", "these", "those", "some") or any(c.isdigit() for c in source.name or ""))


def _simple_present(verb: Token) -> bool:
    """"shell", "attacks" with no auxiliary: the present simple tells a habit or a state; a
    spoken act in it ("condemns", "calls on") is done by saying it, so is no habit."""
    return verb.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _caption(token: Token) -> bool:
    """"X meets refugees during a visit to Warsaw on Saturday. Photograph: ...": a photo caption
    tells in the present what the picture caught, a moment past."""
    text = text_of(token.doc)
    start, end = text.rfind("\n", 0, token.idx) + 1, text.find("\n", token.idx)
    return CREDIT.search(text[start:end if end >= 0 else len(text)]) is not None


def _child_word(token: Token, word: str) -> bool:
    return any(c.lower_ == word for c in token.children)


def _to_purpose(clause: Token) -> bool:
    """A "to" infinitive telling what something was done for ("used drones to strike X"); a
    clause under "if", "when" or "after" is a condition or a time, no purpose."""
    return _child_word(clause, "to") and not any(m.dep_ == "mark" for m in clause.children)


def is_preposition(child: Token) -> bool:
    """A preposition heading a phrase under its head: "prep", or the "to" of "sent arms to X",
    which the parser calls a dative."""
    return child.dep_ == "prep" or (child.dep_ == "dative" and child.pos_ == "ADP")


STOPPED = ("longer", "more")  # "no longer", "no more": a "no" on these negates their verb


def _negated(token: Token) -> bool:
    """"did not travel", "will no longer travel" (the parse hangs "no" on "longer"); not "no
    more than a week ago", which measures."""
    return any(c.dep_ == "neg" or _stopped(c) for c in token.children)


def _stopped(word: Token) -> bool:
    following = word.nbor(1) if word.i + 1 < len(word.doc) else None
    return word.lower_ in STOPPED and any(g.dep_ == "neg" for g in word.children) and (following is None or following.lower_ != "than")


def _denied_noun(token: Token) -> bool:
    """"there was no more talk of ...", "without a fight": a noun the text says is absent."""
    if token.pos_ not in NOUN_POS:
        return False
    return any(c.dep_ == "det" and c.lower_ == "no" for c in token.children) or (token.dep_ == "pobj" and token.head.lower_ == "without")


def _done_without(token: Token, anchor: Token) -> bool:
    """"kept its troops on the border without either launching an attack or withdrawing them",
    "left without firing a shot": an act told as a gerund under "without" (or joined to one) is
    one the text says was not done."""
    for word in map(first_conjunct, (token, anchor)):
        if word.tag_ == "VBG" and word.dep_ == "pcomp" and word.head.lower_ == "without":
            return True
    return False


def _negation_reach(chain: list[Token]) -> list[Token]:
    """The part of the chain a "not" above reaches: "did not travel and meet" negates both, but a
    conjunct with its own auxiliary ("is not a member but has objected") stands on its own."""
    for i, token in enumerate(chain):
        if token.dep_ == "conj" and any(c.dep_ in ("aux", "auxpass") for c in token.children):
            return chain[: i + 1]
    return chain


def hyphen_start(token: Token) -> Token:
    """The first part of a hyphenated word the tokenizer split ("build-up" as "build", "-",
    "up"): the lexicon lists the whole word, which no single token carries."""
    start = token
    while start.i >= 2 and start.nbor(-1).text == "-" and not start.nbor(-1).whitespace_ and not start.nbor(-2).whitespace_:
        start = start.nbor(-2)
    return start


def _is_to(chain: list[Token]) -> bool:
    """"He is to meet ...", "they were supposed to meet ...": an infinitive governed by a form
    of "be" (or of "be supposed") announces a plan."""
    supposed = any(t.lower_ == "supposed" and any(c.dep_ == "auxpass" for c in t.children) for t in chain[1:])
    return supposed or any(_be_to(t) and not _means(t.head) for t in chain)


def _fell_through(chain: list[Token]) -> bool:
    """"They were supposed to meet in X, but Y called the trip off": a past plan set against what
    happened instead did not happen (a plain "were supposed to meet" stays a plan)."""
    return any(
        t.lower_ == "supposed" and any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in t.children) and _child_word(t, "but")
        for t in chain[1:]
    )


def _a_means(chain: list[Token]) -> bool:
    """"The only way is to send jets": "be to" after a thing ("the way", "the aim") defines a
    means, a supposition and no plan of anyone's."""
    return any(_be_to(t) and _means(t.head) for t in chain)


def _be_to(verb: Token) -> bool:
    return verb.dep_ == "xcomp" and _child_word(verb, "to") and verb.head.lower_ in ("is", "are", "was", "were")


def _means(be: Token) -> bool:
    """Whether "be" has a thing for its subject ("the way", "the aim"), not a party."""
    subject = next((c for c in be.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.pos_ == "NOUN" and not _agent_noun(subject)


def _progressive(token: Token) -> bool:
    """"is shelling", "are sending", "are being held", "were pulling back": the progressive, active
    or passive (a past progressive tells what was going on when the report was made)."""
    be = any(c.dep_ == "aux" and c.lower_ in PRESENT_BE | {"was", "were"} for c in token.children)
    return be and (token.tag_ == "VBG" or any(c.dep_ == "auxpass" and c.lower_ == "being" for c in token.children))


def _done_with(verb: Token) -> Token | None:
    """"used missiles to destroy X", "of using drones to hit Y": the verb of using whose purpose
    the act is, which carries its tense and its doer."""
    head = verb.head
    return head if verb.dep_ in ("xcomp", "advcl") and head.lower_ in INSTRUMENT_VERBS else None


def _present_progressive(token: Token) -> bool:
    """"are meeting", "is travelling": the present progressive, which with a time to come
    ("later on Thursday", "next week") tells an arrangement, not what is going on."""
    return token.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in PRESENT_BE for c in token.children)


def _later(verb: Token) -> bool:
    """"are meeting later on Thursday", "is flying tomorrow", "are travelling next week": a
    word of the verb's own time phrase that puts it after the moment of the report."""
    near = [c for c in verb.children if c.dep_ in ("advmod", "npadvmod", "prep")]
    words = near + [g for c in near for g in c.children]
    return any(w.lower_ in ("later", "tomorrow", "tonight") or (w.lower_ == "next" and w.dep_ == "amod") for w in words)


def _in_future_clause(verb: Token) -> bool:
    """"will ask X to commit when he visits Paris": a present tense in a time clause of a verb
    with "will" tells a time still to come."""
    timed = verb.dep_ == "advcl" and any(c.dep_ in ("advmod", "mark") and c.lower_ in ("when", "once", "after", "before", "until") for c in verb.children)
    head = verb.head
    while timed:
        if any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "shall") for c in head.children):
            return True
        if head.dep_ not in ("xcomp", "ccomp", "conj") or head.head == head:
            return False
        head = head.head  # "will ask X to commit ... when he visits": the will of the verb above
    return False


def _perfect_progressive(token: Token) -> bool:
    """"has been threatening an incursion": the act itself has gone on up to now (said of the
    trigger only: "has been weighing up pleas" goes on for the weighing, not for the pleas)."""
    auxiliaries = {c.lower_ for c in token.children if c.dep_ == "aux"}
    return token.tag_ == "VBG" and "been" in auxiliaries and bool(auxiliaries & {"has", "have", "'s", "'ve", "had"})


def _every(verb: Token) -> bool:
    """"inflict destruction every day", "shell the villages daily": a verb said of every day
    (or week, night ...) tells what goes on."""
    return any(
        (c.dep_ == "npadvmod" and any(d.dep_ == "det" and d.lower_ == "every" for d in c.children))
        or (c.dep_ == "advmod" and load_lexicon().cue(c, "lasting"))
        for c in verb.children
    )


def _after_word(noun: Token, word: str) -> bool:
    """Whether the noun (or gerund) is the object of "amid", or of "of" after "ahead" ("ahead of the summit")."""
    prep = noun.head if noun.dep_ in ("pobj", "pcomp") else None
    if prep is None:
        return False
    return prep.lower_ == word or (prep.lower_ == "of" and prep.head.lower_ == word)


def _present_perfect(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in ("has", "have", "'s", "'ve") for c in verb.children)


def _perfect(verb: Token) -> bool:
    """A verb in a perfect tense ("have trained", "had finished"): a state reached, not an aim."""
    return _present_perfect(verb) or _aux_word(verb, "had")


def _lasting(verb: Token) -> bool:
    """"has long objected", "has shelled X since March", "have fought for weeks", "has so far
    declined": a present perfect stretched over a time up to now goes on, as does a stance held
    ("has resisted joining the sanctions", "have opposed the plan"); what "has so far given" is
    a tally of acts done."""
    if not _present_perfect(verb):
        return False
    if STANCES & set(base_forms(verb.lower_)):
        return True
    tally = any(c.dep_ in ("dobj", "pobj") for c in verb.children)  # the parse may hang "$8bn" on the verb as "pobj"
    for child in verb.children:
        if child.dep_ == "advmod" and (child.lower_ == "long" or (child.lower_ == "far" and _child_word(child, "so") and not tally)):
            return True
        if (child.dep_ == "prep" and child.lower_ == "since") or _since_clause(child):
            return not _counted_up(verb)  # "has shelled X since March", "has backed Y since the war began"
        if child.dep_ == "prep" and child.lower_ == "for" and any(o.lower_ in DURATION_UNITS for o in child.children):
            return True
    return False


def _since_clause(clause: Token) -> bool:
    """"has backed X since the war began": a "since" clause in the simple past dates the start of
    the time up to now; one in another tense gives a reason ("has recalled its envoy, since the
    talks have failed", "since Vale refuses to pay"), not a time."""
    return clause.dep_ == "advcl" and marked(clause, SINCE) and clause.tag_ == "VBD"


def _counted_up(verb: Token) -> bool:
    """"has trained 20,000 soldiers since 2015", "has conducted its fourth exchange since the
    war began", "has met X many times since": a present perfect whose object is a count or an
    ordinal, or that says how many times, tallies acts each done and over up to now, where "has
    shelled X since March" stretches one act over the time."""
    for child in verb.children:
        if child.dep_ in ("npadvmod", "advmod") and child.lower_ in TIMES:
            return True
        if child.dep_ == "dobj" and (child.like_num or any(g.dep_ == "nummod" or g.ent_type_ == "ORDINAL" for g in child.children)):
            return True
    return False


def _relative_head(clause: Token, pronoun: Token) -> Token:
    """What a relative pronoun stands for: the noun its clause hangs on, but "who" is a person,
    never a place ("the words of X about Armenia, who met Y": X, the last person named before)."""
    head = clause.head
    if pronoun.lower_ != "who" or head.ent_type_ not in ("GPE", "LOC"):
        return head
    doc = head.doc
    people = [(a, b) for e in doc._.entities or [] if e.type == "person" for a, b in e.mentions]
    return next((t for t in reversed(doc[head.sent.start:head.i]) if any(a <= t.idx < b for a, b in people)), head)


def _subject(verb: Token) -> Token | None:
    """The subject of a verb, or of the verb that controls it ("X plans to travel"), or of a
    passive that raises it ("X is expected to promise arms", "X is said to have shelled Y")."""
    current, raised = verb, False
    for _ in range(HEAD_STEPS):
        for child in current.children:
            if child.dep_ in ("nsubj", "csubj") and not in_dateline(child) and not _absolute(current):  # "GORIS, 3 March – X is ...": X
                return _relative_head(current, child) if child.lower_ in RELATIVE and current.dep_ == "relcl" else child
            if child.dep_ == "agent":
                return next((g for g in child.children if g.dep_ == "pobj"), None)
        if raised and (held := next((c for c in current.children if c.dep_ == "nsubjpass" or (c.dep_ == "nsubj" and _absolute(current))), None)) is not None:
            return held  # no "by X" named the doer first; "with X scheduled to visit Y": X visits
        if _passive(current):
            return None  # "after X was killed, Y appeared": a passive without "by" names no doer
        if current.dep_ == "xcomp" and (asked := _controller(current.head)) is not None:
            return asked
        if current.dep_ == "pcomp" and current.head.lower_ == "of" and (accused := _accused(current.head.head)) is not None:
            return accused  # "X is accused of massacring civilians", "accused X of shelling": the accused did it, as charged
        if current.dep_ == "pcomp" and current.head.lower_ not in DOER_PREPS:
            return None  # "sanctioned for supporting", "the cost of fighting": the doer is another's
        planned = current.dep_ == "acomp" and load_lexicon().cue(current, "plan")  # "X is due to hold talks": the copula's subject
        if current.dep_ not in ("xcomp", "conj", "advcl", "acl", "relcl", "pobj", "prep", "dobj", "pcomp") and not planned or current.head == current:
            return None
        if current.dep_ == "relcl" or _main_verb_misread(current):
            return current.head
        if (own := _subject_read_as_object(current)) is not None:
            return own
        if current.dep_ == "acl" and current.head.pos_ in NOUN_POS and _child_word(current, "to"):
            return _proposer(current.head)
        if current.dep_ == "acl" and current.tag_ == "VBG" and load_lexicon().cue(current.head, "document") and (author := _author(current.head)) is not None:
            return author  # "released a letter calling for X": the letter's authors call
        raised = current.dep_ == "xcomp"
        current = (_second_utterance(current) if current == verb else None) or current.head
    return None


def _subject_read_as_object(verb: Token) -> Token | None:
    """"X shelled the town and Y sent troops": the parser may join Y to the first verb's object
    ("the town and Y") and leave the second verb with no subject, which would then be X's; a noun
    so joined right before a joined verb is that verb's own subject."""
    if verb.dep_ != "conj" or verb.i == 0:
        return None
    before = verb.doc[verb.i - 1]
    joined_object = before.dep_ == "conj" and before.head.dep_ == "dobj" and before.head.head == verb.head
    return before if joined_object and before.pos_ in NOUN_POS and before.head.i < before.i else None


def _second_utterance(verb: Token) -> Token | None:
    """ "The president said X was preparing an offensive and urged the West to ...": a verb of
    saying joined to the verb of a reported clause is the reporter's second utterance, which the
    parser hangs inside what was reported; its subject is the first verb of saying's, not the
    reported clause's."""
    first = verb.head
    if verb.dep_ != "conj" or first.dep_ != "ccomp" or first.head.i > first.i or not (_utters(verb) and _utters(first.head)):
        return None  # "X did A and B, Y said": a closing verb of saying reports both
    if _utters(first):
        return None  # "said X announced the deal and warned Y": X's two utterances, reported
    addressed = any(c.dep_ in ("ccomp", "xcomp", "dative") or (c.dep_ == "prep" and c.lower_ in ("on", "for", "of")) for c in verb.children)
    return first.head if verb.tag_ in ("VBD", "VBZ") and addressed else None  # "urged Z to", "called on Z", "accused Z of": not "threatened Z with", "talks continued daily"


def _utters(verb: Token) -> bool:
    """Whether a verb reports words said (not a stance or evidence: "believed", "showed"), and
    is no verb of force too ("attacked", "blasted" may tell a strike)."""
    form = VERB_FORMS.get(verb.lower_)
    if verb.pos_ != "VERB" or form is None or form.stance or form.evidence:
        return False
    triggers = load_lexicon().triggers
    return not any(t.type in FORCE_TYPES for base in base_forms(verb.lower_) for t in triggers.get(base, ()))


def _main_verb_misread(verb: Token) -> bool:
    """"X's foreign minister, Ana Lind, called on allies to ...": after a long subject with an
    apposition the parser may hang the sentence's finite verb on the subject noun as a clause of
    it, leaving the noun as the root; a finite verb there is the main verb, its subject the noun."""
    return verb.dep_ == "acl" and verb.tag_ in ("VBD", "VBZ", "VBP") and verb.head.dep_ == "ROOT" and verb.head.pos_ in NOUN_POS


def _accused(verb: Token) -> Token | None:
    """Whom an accusing verb accuses: its object ("accused X of ...") or passive subject ("X is
    accused of ...")."""
    if verb.pos_ not in VERB_POS or not (({"accuse"} | SUSPECTING) & set(base_forms(verb.lower_))):
        return None
    return next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)


def _charged(noun: Token) -> Token | None:
    """Whom a charge or criticism told without its speaker is said of: the subject of a verb
    whose subject bears its object ("faced criticism", "faces charges", "drew condemnation").
    A briefing still reports it with only its target known."""
    if noun.pos_ not in NOUN_POS or noun.dep_ != "dobj" or not load_lexicon().cue(noun.head, "incur"):
        return None
    return _subject(noun.head)


def _proposer(noun: Token) -> Token | None:
    """Whose offer, plan or decision an infinitive on a noun is ("Norland's offer to send jets"):
    its possessor or "by X"; the subject of a support verb that takes it ("made the decision to send");
    not the subject of a verb that only speaks of it ("the ministry described the offer to send")."""
    owner = _owner_or_by(noun)
    if owner is not None:
        return owner  # "efforts by Vale to reach a cease-fire"
    verb = noun.head
    if noun.dep_ in ("dobj", "nsubjpass") and verb.pos_ in VERB_POS and lends_subject(verb):
        return _subject(verb)
    return None


def _owner_or_by(noun: Token) -> Token | None:
    """A noun's possessor ("Norland's offer") or its "by X" ("a letter by X")."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    return owner or next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children if g.dep_ == "pobj"), None)


def _author(document: Token) -> Token | None:
    """Who a letter or statement speaks for: its possessor or "by X", else the subject of the verb
    that wrote, signed or released it ("a group of experts released a letter")."""
    owner = _owner_or_by(document)
    if owner is not None:
        return owner
    verb = document.head
    if document.dep_ == "dobj" and verb.pos_ in VERB_POS and load_lexicon().cue(verb, "author"):
        return _subject(verb)
    return None


def _own_subject(clause: Token) -> bool:
    """Whether a content clause names its own subject ("wants Vale to recognise", parsed as a clause)."""
    return clause.dep_ == "ccomp" and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)


def _controller(verb: Token) -> Token | None:
    """"ordered Norland to stop", "called on Vale to free": the one told to act, whose act the
    infinitive is (the object of the verb, or of its "on"); what one uses to act is no one
    told ("used drones to hit X": the user hits)."""
    if verb.lower_ in INSTRUMENT_VERBS:
        return None
    for child in verb.children:
        if child.dep_ == "dobj":
            granted = load_lexicon().cue(verb, "grant") and not _agent_noun(child)
            return None if granted else child  # "authorized a drawdown to provide arms": who authorized it provides them; "authorized the army to send" the army sends
        if child.dep_ == "prep" and child.lower_ == "on":
            called = next((g for g in child.children if g.dep_ == "pobj"), None)
            if called is not None and called.ent_type_ not in ("DATE", "TIME"):
                return called  # not "X on Friday continued to shell": a day is no one told
    return None


def _passive(verb: Token) -> bool:
    """Whether a verb is passive: its subject (here or above) is what was done to, not the doer;
    so is a participle on a noun ("recorded 300 civilians killed": the recorder killed nobody)."""
    if verb.pos_ not in VERB_POS:
        return False
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) or (verb.dep_ == "acl" and verb.tag_ == "VBN") or _absolute(verb)


def _absolute(verb: Token) -> bool:
    """"strikes hit the town, with five people killed and 18 injured": a past participle after
    "with" has no auxiliary and its subject is what was done to (the parser calls it nsubj). The
    participle itself must be one: in "with two killed and troops shelling X" the shelling's
    subject is its doer."""
    if verb.tag_ != "VBN" or any(c.dep_ == "aux" for c in verb.children):
        return False
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.tag_ == "VBN" and verb.dep_ == "pcomp" and verb.head.lower_ in ("with", "without")


def lends_subject(verb: Token) -> bool:
    """Whether a verb's subject is also the actor of the noun trigger it takes: a support verb
    ("imposed sanctions", "held talks"), a plan ("plan talks"), a grant ("announced $225m worth of
    aid", "approved new sanctions") or an attack on the thing ("targeting convoys")."""
    lexicon = load_lexicon()
    return lexicon.cue(verb, "light") or lexicon.cue(verb, "attack") or lexicon.cue(verb, "grant") or bool(PLANNERS & set(base_forms(verb.lower_)))


def _own_pronouns(source: Party, context: Context) -> set[str]:
    """The pronouns a speaker uses for its own side: a ministry or an army says "it" and "they"
    ("the ministry said it had captured ..."); a person says "I" and "we", while "they" in a
    person's words are others ("they would have to be trained", she said)."""
    person = any(e.id == source.entity and e.type == "person" for e in context.entities)
    return FIRST_PERSON if person else SPEAKER_PRONOUNS


def _taken_by(noun: Token, verb: Token) -> bool:
    """Whether a support verb takes the noun as its own act ("launched a wave of strikes", "took
    part in talks", "signed a deal after months of talks"), not as what it is about ("traded
    blame over the strikes", "a deal with demands attached"). "Be" lends only to a noun right
    under it ("are in talks", "was in X for talks"), not to one inside another noun ("were in the
    market at the time of the strike")."""
    if verb.lower_ in BE_FORMS and noun.head != verb and noun.head.head != verb:
        return False
    if verb.lower_ in BE_FORMS and noun.head.lower_ == "for" and noun.head.head == verb:
        return True  # "X was in Yerevan for talks": X is there to hold them
    word = noun
    while word != verb and word.head != word:
        if word.dep_ == "prep" and word.lower_ in ABOUT_PREPS and not _occasion(word) and not _particle_object(word):
            return False
        if _outcome_of(word):
            return False
        word = word.head
    return True


def _outcome_of(prep: Token) -> bool:
    """Whether a word is the "of" of a noun naming what an act costs or risks ("press home the
    cost of an invasion", "raised the risk of an attack"): the verb takes the cost or the risk,
    and whoever presses it home does not do the act."""
    if prep.dep_ != "prep" or prep.lower_ != "of" or prep.head.pos_ not in NOUN_POS:
        return False
    lexicon = load_lexicon()
    return lexicon.cue(prep.head, "outcome") or lexicon.cue(prep.head, "fear")


def _particle_object(prep: Token) -> bool:
    """"signed off on $270m in aid": after a verb's particle, "on" takes the verb's object (to
    sign off on is to approve), not what it is about."""
    return prep.lower_ == "on" and prep.head.pos_ in VERB_POS and any(c.dep_ == "prt" and c.i < prep.i for c in prep.head.children)


def _occasion(prep: Token) -> bool:
    """"on the sidelines of the summit", "on the first day of the talks": "on" a time or an
    occasion says when, not what about."""
    return prep.lower_ == "on" and any(c.dep_ == "pobj" and c.lower_ in OCCASIONS for c in prep.children)


def _cued_by(quote: Quote, anchor: Token) -> bool:
    """"the US pledged $800 million in aid": when the act's own verb is what made a quote of
    its object, the act is done, not reported; its doer is no source of it."""
    return quote.cue is not None and quote.cue.start <= anchor.idx < quote.cue.end


def _stance_held(quote: Quote) -> bool:
    """"X is willing to resume talks", "X is critical of the plan": a stance the quotes component
    attributes is held, not reported; its holder is no source of the act it names."""
    return quote.cue is not None and quote.cue.text.lower() in ADJECTIVE_CUES


def _told(quote: Quote, doc: Doc) -> bool:
    """"X's forces were ordered to withdraw", "X was asked to mediate": the quotes component
    takes a passive cue's subject for its speaker, but who is told or asked something did not
    say it, and is no source of the act."""
    if quote.cue is None or quote.speaker is None or quote.speaker.start is None:
        return False
    cue = doc.char_span(quote.cue.start, quote.cue.end, alignment_mode="expand")
    told = next((c for c in cue.root.children if c.dep_ == "nsubjpass"), None) if cue is not None else None
    return told is not None and told.left_edge.idx <= quote.speaker.start < told.right_edge.idx + len(told.right_edge)


def _to_reader(token: Token, anchor: Token, context: Context) -> bool:
    """"By signing up, you agree to our Terms of Service": words addressed to the reader outside
    any quote are the page's boilerplate, not a happening."""
    subject = _subject(anchor)
    quoted = any(q.start <= token.idx < q.end for q in context.quotes)
    return subject is not None and subject.lower_ == "you" and not quoted


def _agent_noun(token: Token) -> bool:
    """A subject noun that can act: people, bodies and offices ("officials", "the bloc", "the
    minister"), not things ("the measure", "shipments")."""
    forms = base_forms(token.lower_)
    return token.pos_ == "PROPN" or any(form in load_lexicon().cues["party"] or form in _titles() for form in forms)


def clause_of(token: Token) -> Token:
    """The verb (or root) heading the clause a token sits in."""
    current = token
    while current.pos_ not in VERB_POS and current.head != current:
        current = current.head
    return current


def marked(clause: Token, marks: frozenset[str]) -> bool:
    """Whether a clause opens with one of ``marks`` ("if", "unless"; "after", "when")."""
    return any(c.dep_ == "mark" and c.lower_ in marks for c in clause.children)


def clause_subject(verb: Token, dep: str = "ccomp", marks: frozenset[str] = frozenset({"that"})) -> Token | None:
    """The named subject of a clause the verb holds: of the that-clause a charge or complaint
    reports (whom it accuses), or of the "if/unless" clause a threat or a penalty sets (whom it
    warns: "if X chooses war, it would pay a high price")."""
    for clause in verb.children:
        if clause.dep_ == dep and marked(clause, marks):
            subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None and subject.pos_ != "PRON":
                return subject
    return None
