"""The sense a trigger word has where it stands: no happening at all (a message sent, a goal
met, a topic of talks, a war as the setting), or another kind (aid under attack is an
attack, a government's protest an accusation, a wished meeting a request)."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from sitrep.facts import Event, Party
from sitrep.nlp.countries import code_of
from sitrep.nlp.events.context import Context
from sitrep.nlp.events.cues import _a_person_sent, _invitation, _no_one, _on_condition, governor
from sitrep.nlp.events.grammar import _chain, _child_word, _governing, _heads, _perfect, _subject, _to_purpose
from sitrep.nlp.events.lexicon import Trigger
from sitrep.nlp.events.parties import _names_somewhere, _own_act, _own_side_act, _parties
from sitrep.nlp.events.reader import LexiconReader
from sitrep.nlp.events.words import (
    ACKNOWLEDGING, CAUSE_PREPS, CONTENT_TAKERS, CYBER, FIGURATIVE_FORCE, FORCE_TYPES, HOSTILITIES, JUDGING, LOCAL_STATES, MOVES, NOUN_POS,
    AID_TASKS, ORDERED_FORCES, ORDERING, RELIEF,
    SETTING_NOUNS, SETTING_PREPS, TAKEN_NOT_GROUND, TRENDS, VERB_POS, VERBAL_FORCE, WAR_PHASES,
)
from sitrep.nlp.figures import AID_WORDS, aid_item, figure_classes, for_inquiry, of_objects
from sitrep.nlp.inflection import base_forms


SURROUNDING = frozenset({"surround", "encircle"})
OFFERABLE = ("RETREAT", "COOPERATE")  # acts of cooperation an offer promises (aid offered is a pledge: AID planned)


def _set_moving(verb: Token, things: list[Token]) -> bool:
    """Whether "send" is causative, its thing set moving by a gerund after it ("sent food prices
    soaring", "sent shares plunging") and no goods or arms ("sent tanks rolling" still sends arms)."""
    moving = [c for c in verb.children if c.tag_ == "VBG" and c.dep_ in ("ccomp", "advcl", "xcomp", "oprd") and c.i > verb.i]
    moved = things + [s for c in moving for s in c.children if s.dep_ == "nsubj"]
    return bool(moving) and not any(w.lower_ in AID_WORDS or aid_item(w) for t in moved for w in t.subtree)


def _asked_for_by_noun(act: Token) -> list[Token]:
    """The nouns a "for X to do" clause that the parse hangs on the verb may belong to
    ("follow on from a plea made on Monday at the summit for X to provide arms"): the objects
    of the verb's prepositions told before a "for" that precedes the act."""
    doc = act.doc
    nouns = [o for c in act.head.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj" and o.i < act.i]
    return [o for o in nouns if any(t.lower_ == "for" for t in doc[o.i + 1:act.i])]


class TriggerSenses(LexiconReader):
    """Tests and re-typings of a trigger in its sentence, used by ``EventExtractor.event``."""

    def _attacked(self, token: Token, trigger: Trigger) -> Trigger | None:
        """"is targeting western arms convoys", "sent drones into Nato states": aid under attack,
        or arms sent into a country, is an attack (ASSAULT), never aid; under an attack verb of
        the lexicon the verb alone reports it."""
        if trigger.type != "AID":
            return trigger
        head = governor(token)
        if head != token and (row := self.trigger(head)) is not None and row.type == "ASSAULT":
            return None
        if (head != token and self.lexicon.cue(head, "attack")) or _child_word(token, "into"):
            return replace(trigger, type="ASSAULT", mode=None)
        return trigger

    def _requested(self, anchor: Token) -> bool:
        """"called on Western countries to ban ...", "requested Australia send vehicles": the
        act asked for is the request's content (its REQUEST mode), not a happening of its own,
        and so are the act an invitation offers ("invited X to visit Y") and the act a threat names;
        a verb joined to the request by "and" ("called for sanctions and backs X's bid") is a
        second act of the same subject, not what was asked."""
        chain = _chain(anchor)
        above = [t for below, t in zip(chain, chain[1:]) if below.dep_ != "conj"] + ([anchor.head] if anchor.dep_ == "ccomp" else [])
        if anchor.dep_ in ("xcomp", "acl") and anchor.head.pos_ in NOUN_POS and anchor.head.dep_ == "dobj":
            above.append(anchor.head.head)  # "needed help training troops": the training is what is asked for
        if anchor.dep_ == "advcl" and _child_word(anchor, "to"):  # "repeated her demand for X to withdraw": the parse
            above += [c for c in anchor.head.children if c.dep_ == "dobj" and _child_word(c, "for")]  # hangs the act on the verb
            above += _asked_for_by_noun(anchor)
        return any((row := self.trigger(t)) is not None and (row.type == "REQUEST" or _invitation(row) or self._threatened_act(t, row, anchor)) or self._invited(t) for t in above)

    def _invited(self, verb: Token) -> bool:
        """"had been invited to visit X", "was invited to attend": what a guest is invited to do is
        only offered, whoever invited (an inviter left unnamed fails the row's needs); it is no
        visit until the guest goes, and a guest may decline."""
        if verb.pos_ not in VERB_POS or not any(c.dep_ == "nsubjpass" for c in verb.children):
            return False
        return any(_invitation(row) for form in base_forms(verb.lower_) for row in self.lexicon.triggers.get(form, []))

    def _threatened_act(self, verb: Token, row: Trigger, act: Token) -> bool:
        """"threatened to shell X", "threatened that it would strike", "warned that it would
        retaliate": what a threat says will be done is its content, not a happening; a warning
        of what others may do ("warned that delays could ...") foresees it."""
        if row.type != "THREATEN" or verb.pos_ not in VERB_POS:
            return False
        if not self.lexicon.cue(verb, "foretell"):
            return True
        doer = _subject(act)
        return doer is not None and doer.pos_ == "PRON" and doer.lower_ in ("it", "we", "i")  # the warner's own act

    def _no_goods(self, token: Token, trigger: Trigger) -> bool:
        """"sent questions", "a statement released on Monday", "deploying tactics": a giving,
        freeing or deploying verb whose thing is a message or a method moves no goods, captives
        or forces."""
        if trigger.type not in MOVES or token.pos_ not in VERB_POS:
            return False
        things = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
        if token.dep_ == "acl":
            things.append(token.head)
        if trigger.type == "AID" and trigger.term in ("send", "sent") and any(_a_person_sent(t) for t in things):
            return True  # "sent him to Georgia", "will send a new ambassador": a person posted, no aid
        sent_up = trigger.term in ("send", "sent") and any(c.dep_ == "prt" and c.lower_ == "up" for c in token.children)
        if trigger.type == "AID" and sent_up and not any(w.lower_ in AID_WORDS or aid_item(w) for t in things for w in t.subtree):
            return True  # "no warning flares were sent up", "sent up a trial balloon": launched or mocked, nothing given
        if trigger.type == "AID" and trigger.term in ("send", "sent") and _set_moving(token, things):
            return True  # "the war has sent food prices soaring", "sent shares plunging": a cause, nothing given
        if trigger.type == "AID" and for_inquiry(things[0] if things else token, token):
            return True  # "sent a team of investigators", "will provide £1m to help trace stolen grain": an inquiry, no aid
        return any(self.lexicon.cue(w, "message") for t in things for w in (t, *(c for c in t.children if c.dep_ in ("compound", "amod"))))  # "a morale boost"

    def _traded(self, token: Token, trigger: Trigger) -> bool:
        """"Norland's gas deliveries", "deliveries of grain rose", "supplied oil": goods a state
        sells are trade, not aid, unless the clause calls them aid ("grain as humanitarian aid")."""
        if trigger.type != "AID":
            return False
        things = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass", "compound", "amod")]
        things += of_objects(token)
        goods = [t for thing in things for t in (thing, *thing.conjuncts) if t.pos_ in NOUN_POS]  # "LNG" is a proper noun to the tagger
        if not goods or not all("commodity" in figure_classes(t) for t in goods):
            return False  # "fuel and weapons" is aid
        clause = token.head if token.pos_ in NOUN_POS else token
        return not any(t.lower_ in AID_WORDS for t in clause.subtree)

    def _prevented(self, token: Token) -> bool:
        """"obstructed the transfer of medicine to Vale", "kept from sending food" (when the verb
        is a prevent cue), "delays in US assistance" (a noun of the cue the act is "in" or "of"):
        an act a governing word stopped did not happen."""
        if token.dep_ == "pobj" and token.head.lower_ in ("in", "of") and token.head.head.pos_ in NOUN_POS and self.lexicon.cue(token.head.head, "prevent"):
            return True
        above = _heads(token)
        cause = next((i for i, t in enumerate(above) if t.dep_ == "prep" and t.lower_ in CAUSE_PREPS), len(above))
        return any(t.pos_ in VERB_POS and self.lexicon.cue(t, "prevent") for t in above[:cause])  # not "an apartment block", nor "cancelled due to strikes"

    def _foretold(self, token: Token, trigger: Trigger, context: Context) -> bool:
        """"warned that delays could cost the harvest", "the minister warned", "warned of arrests",
        "warned allies that supplies would run short": a warning that names no consequence the
        warner sets, or tells of another's act, is a prediction, whoever is warned; PLOVER's
        THREATEN warns someone ("warned Beijing of consequences") or of something ("warned of
        severe costs")."""
        if trigger.type != "THREATEN" or token.pos_ not in VERB_POS or not self.lexicon.cue(token, "foretell"):
            return False
        if any(c.dep_ == "prep" and c.lower_ == "of" and self._others_act(c) for c in token.children):
            return True  # "warning of unlawful arrests", "warned of an attack": someone else's act foreseen
        if any(c.dep_ == "prep" and c.lower_ in ("of", "against") for c in token.children):
            return False
        clauses = [c for c in token.children if c.dep_ == "ccomp"]
        if any(c.dep_ in ("dobj", "dative") for c in token.children) and not clauses:
            return False  # "warned Beijing": someone warned, and of nothing else said here
        if any(_own_act(c) or _own_side_act(c, token, context) for c in clauses):
            return False  # "warned that he could freeze the talks", "X's president warned that Ankara could block it": the warner's own act is a threat
        if any(c.dep_ in ("dobj", "dative") for c in token.children) and any(_on_condition(c) for c in clauses):
            return False  # "warned his counterpart that relations could suffer if X applies": a consequence set on a condition
        content = [t for c in clauses for t in c.subtree]
        hostile = any(self.lexicon.cue(t, "penalty") or ((row := self.trigger(t)) is not None and row.type == "SANCTION") for t in content)
        return not hostile  # "warned that X would face consequences", "... would impose sanctions" threatens

    def _others_act(self, prep: Token) -> bool:
        """Whether "of X" names no penalty the warner sets: another's act ("of arrests", "of an
        attack") or a danger ("of a dangerous moment for the world"), rather than consequences
        or sanctions ("of severe costs")."""
        objects = [g for g in prep.children if g.dep_ == "pobj"]
        rows = [self.trigger(o) for o in objects]
        sanctions = any(r is not None and r.type in ("SANCTION", "THREATEN") for r in rows)
        return bool(objects) and not sanctions and not any(self.lexicon.cue(o, "penalty") for o in objects)

    def _naming(self, token: Token, trigger: Trigger) -> bool:
        """"called the strike the ultimate evidence of genocide": a request verb with a direct
        object names or phones it; a request is made on or for someone."""
        return trigger.type == "REQUEST" and self.lexicon.cue(token, "naming") and any(c.dep_ == "dobj" for c in token.children)

    def _no_party_met(self, token: Token, trigger: Trigger) -> bool:
        """"to meet alliance standards", "unless the demands are met", "is hosting 20,000
        refugees": meeting a goal or a rule, or giving people in need shelter, is no meeting of
        parties."""
        if trigger.type != "CONSULT" or token.pos_ not in VERB_POS:
            return False
        things = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
        things += [g for t in things for g in of_objects(t)]
        if any(self.lexicon.cue(t, "goal") or self.lexicon.cue(t, "sheltered") or self.lexicon.cue(t, "installation") for t in things):
            return True  # "hosting 20,000 refugees", "hosts some of its most powerful armaments", "hosted US bases": no meeting
        met = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children if g.dep_ == "pobj"]
        if met and trigger.term in ("meet", "met") and all(_no_one(g) for g in met):
            return True  # "met with a cool reception", "any attack will be met with a firm response": answered, nobody met
        received = [c for c in token.children if c.dep_ == "nsubjpass"] if trigger.term in ("meet", "met") else []
        if received and all(_no_one(r) and not _of_a_party(r) for r in received) and not any(c.dep_ == "agent" for c in token.children):
            return True  # "the news was met coolly": a thing received, nobody met ("was met by officials", "the Georgian delegation was met" are)
        visited = [c for c in token.children if c.dep_ == "dobj"] if trigger.mode == "visit" else []
        return any(not _names_somewhere(v) for v in visited)  # "the police visited the family home": no place, no party

    def _takes_content(self, verb: Token, row: Trigger) -> bool:
        """Whether the act a verb takes is only what it asks for, threatens or refuses ("called
        for sanctions", "threatened a strike", "rejected talks"); a warning of an act ("warned of
        an attack") foresees it instead, a supposed happening of its own."""
        return row.type in CONTENT_TAKERS and not self.lexicon.cue(verb, "foretell")

    def _talked_about(self, token: Token) -> bool:
        """Whether a noun is what talks or a discussion are "on", "about" or "over"."""
        if token.pos_ not in NOUN_POS or token.dep_ != "pobj" or token.head.lower_ not in ("on", "about", "over"):
            return False
        talk = token.head.head
        row = self.trigger(talk) if talk.pos_ in NOUN_POS else None
        return talk.pos_ in NOUN_POS and (self.lexicon.cue(talk, "topic") or (row is not None and row.type == "CONSULT"))

    def _sought(self, token: Token) -> bool:
        """Whether a noun is the "of"/"for" object of a noun that asks for, threatens or refuses it
        ("the pursuit of support", "a plea for weapons", "the threat of sanctions")."""
        if token.dep_ != "pobj" or token.head.lower_ not in ("of", "for"):
            return False
        row = self.trigger(token.head.head) if token.head.head.pos_ in NOUN_POS else None
        return row is not None and row.type in CONTENT_TAKERS

    def _patronage(self, token: Token, trigger: Trigger) -> bool:
        """"separatist regions supported by Norland", "rebels backed by Vale", "troops
        stationed on allied territory": support or a deployment named by a participle on what it
        describes is a standing tie told in passing, not a statement of support or a move of
        forces; "a plan supported by France" (a proposal, see the "welcome" row's needs) is
        backing stated, and "troops deployed on Monday" a move with a day of its own."""
        if trigger.type not in ("SUPPORT", "MOBILIZE") or token.dep_ != "acl" or token.tag_ != "VBN":
            return False
        if trigger.type == "MOBILIZE":
            return not any(c.ent_type_ in ("DATE", "TIME") for c in token.subtree)  # "troops stationed in X" (no day of its own)
        return not any(form in self.proposals for form in base_forms(token.head.lower_))

    def _given_in_passing(self, token: Token, trigger: Trigger) -> bool:
        """"weapons supplied by western countries will be a legitimate target", "arms delivered
        by the West would be fair targets": a participle naming aid on the subject of a clause
        that says what the subject is tells what the sentence is about (here what a threat is
        aimed at), no giving of its own; "weapons delivered on Monday" has a day of its own, and
        "weapons supplied by X arrived" tells what happened to them."""
        if trigger.type != "AID" or token.dep_ != "acl" or token.tag_ != "VBN" or token.head.dep_ != "nsubj":
            return False
        if any(c.ent_type_ in ("DATE", "TIME") for c in token.subtree):
            return False
        return "be" in base_forms(token.head.head.lower_)

    def _aid_trend(self, token: Token, trigger: Trigger) -> bool:
        """"Military support to X from the US and its allies has incrementally expanded in
        scope", "deliveries have slowed": aid named as the subject of a verb of change tells
        how the giving went over time, an analysis, no package given or pledged."""
        if trigger.type != "AID" or token.pos_ not in NOUN_POS or token.dep_ != "nsubj":
            return False
        return bool(set(base_forms(token.head.lower_)) & TRENDS)

    def _done_by_war(self, verb: Token, trigger: Trigger) -> bool:
        """"The war has halted trade on the sea": what a war or an invasion does is its toll, no
        party's decision to sanction, give or agree; only force (ASSAULT, COERCE) is the war's
        own act. What a state of affairs "demands" or "calls for" is a need, no request."""
        if trigger.type in FORCE_TYPES or verb.pos_ not in VERB_POS:
            return False
        if trigger.type == "REQUEST" and any(c.dep_ == "nsubj" and self.lexicon.cue(c, "affairs") for c in verb.children):
            return True  # "the current situation demands that we reinforce ...": a need, no one's request
        return any(c.dep_ == "nsubj" and self.lexicon.cue(c, "state") for c in verb.children)

    def _reported_on(self, token: Token) -> bool:
        """"the latest updates on the shelling of Eastport", "news about military aid": an act
        that is what a report or a newsletter covers is its subject, told elsewhere if at all;
        so is what an inquiry looks into ("evidence of X's atrocities", "accountability for the
        war crimes and other atrocities": every item of the list)."""
        while token.dep_ == "conj" and token.head.i != token.i:
            token = token.head
        if token.dep_ != "pobj":
            return False
        if token.head.lower_ in ("of", "for", "into") and self.lexicon.cue(token.head.head, "inquiry"):
            return True  # "evidence of X's atrocities", "accountability for the war crimes"
        return token.head.lower_ in ("on", "about") and self.lexicon.cue(token.head.head, "report")

    def _other_sense(self, token: Token) -> bool:
        """"backed down from sanctions", "back off from encouraging", "warned against": a particle,
        preposition or adverb that turns the trigger into another verb (listed as "verb particle"
        cues), as does a verb it governs
        ("refuse to believe" is disbelief, no refusal of anything asked) or its object ("rallied
        support" is no demonstration) or its subject ("the crisis blew up"); "supported views that ...",
        "backs the theory": what supports a proposition is evidence, no party's act; "recognise that
        X", "the truth we recognise": a fact granted, no state recognised."""
        bare = not any(c.dep_ == "dobj" for c in token.children)  # "warned X against joining": X is warned, a threat
        particles = [c.lower_ for c in token.children if c.dep_ == "prt" or (c.dep_ == "prep" and bare) or (c.dep_ == "advmod" and token.pos_ in VERB_POS)]  # "a demonstration of support", "warned against", "go further"
        particles += [form for c in token.children if c.dep_ in ("xcomp", "dobj") for form in base_forms(c.lower_)]  # "rally support" gathers, no rally
        if any(f"{form} {p}" in self.lexicon.cues["other_sense"] for form in base_forms(token.lower_) for p in particles):
            return True
        if bare and token.pos_ in VERB_POS and any(c.dep_ == "nsubj" and self.lexicon.cue(c, "affairs") for c in token.children):
            return True  # "ever since the crisis blew up", "the row exploded": a state of affairs broke out, nothing hit
        if "rally" in base_forms(token.lower_) and token.pos_ in NOUN_POS and _a_venue(token):
            return True  # "told a rally in X that ...", "a speech at a rally": where a politician spoke, no protest reported
        if "rally" in base_forms(token.lower_) and token.pos_ in VERB_POS and not bare:
            return True  # "rallied support", "rallied farmers behind the levy": gathering backing, no demonstration
        if token.dep_ == "relcl" and self.lexicon.cue(token.head, "proposition") and not any(c.dep_ == "dobj" for c in token.children):
            return True  # "the truth we must recognise" (not "suspicions the US is supplying arms", which tells what is suspected)
        if set(base_forms(token.lower_)) & ACKNOWLEDGING and any(c.dep_ == "ccomp" for c in token.children):
            return True  # "we need to recognise that warfare has changed": acknowledging a fact recognises no state
        refusal = (row := self.trigger(token)) is not None and row.type == "REJECT"  # "rejected claims that ...": a claim rejected
        return not refusal and any(c.dep_ == "dobj" and self.lexicon.cue(c, "proposition") for c in token.children)  # "the data support the view that ..."

    def _war_as_setting(self, token: Token) -> bool:
        """"after the invasion", "sanctions over the invasion", "in response to the invasion",
        "in the wake of the war", "since the start of the war": the war named as the time or the
        cause of what the story tells is its setting, not a development (annotation convention of
        unseen16). A war told as a dated act ("its 3 March invasion") is one, and so is the war
        going on ("as the war goes on", "since the invasion", "amid the invasion": the seeds' gold
        keeps such a mention)."""
        if token.pos_ not in NOUN_POS or not self.lexicon.cue(token, "durative") or any(t.ent_type_ == "DATE" for t in token.subtree):
            return False
        head = token.head
        caused = token.dep_ == "nsubj" and any(c.dep_ == "dobj" for c in head.children)  # not "the offensive shifted to the east"
        if (caused or (token.dep_ == "pobj" and head.dep_ == "agent")) and self.lexicon.cue(head if caused else head.head, "cause"):
            return True  # "the invasion has triggered a rethink", "a shift prompted by the invasion": the war as the cause
        return token.dep_ == "pobj" and (head.lower_ in SETTING_PREPS or head.head.lower_ in SETTING_NOUNS or _phase_as_time(token))

    def _war_judged(self, token: Token, trigger: Trigger) -> bool:
        """"condemned Norland's invasion", "refused to oppose the invasion", "a resolution
        condemning the war", "content critical of the occupation": the war as a whole (a "state"
        word) that a condemnation or a refusal takes as its object is what that act judges; the
        judging is the happening (coded on its own word), the war only its subject matter. A siege
        is of one town, not the war, and an accusation ("accused X of an invasion of Y") says the
        act was done: both stay events."""
        if trigger.type != "ASSAULT" or token.pos_ not in NOUN_POS or not self.lexicon.cue(token, "state"):
            return False  # "condemned the shelling of X" still tells the shelling: one act, not the war
        if any(form in LOCAL_STATES for form in base_forms(token.lower_)):
            return False  # "condemned the siege of X": X cut off is news of its own
        judge = token.head if token.dep_ == "dobj" else token.head.head if token.dep_ == "pobj" else None
        row = self.trigger(judge) if judge is not None else None
        return row is not None and row.type in JUDGING and row.mode != "allege"

    def _no_ground_taken(self, token: Token, trigger: Trigger) -> bool:
        """"equipment captured from X's forces", "took the firm's subsidiary under state control",
        "captured two soldiers", "seized a yacht", "the seizure of power": a capture (ASSAULT seize)
        takes ground; one whose object is weapons, people, a business, a craft or power takes no
        place, whatever place the sentence names."""
        if trigger.mode != "seize":
            return False
        if token.pos_ in NOUN_POS:  # "the seizure of power", "the capture of two soldiers"
            taken = of_objects(token)
        elif token.pos_ in VERB_POS:
            taken = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
            if token.dep_ == "acl" and token.head.pos_ in NOUN_POS:
                taken.append(token.head)  # "equipment captured from X"
        else:
            return False
        taken += [g for t in taken if t.lower_ == "control" for g in of_objects(t)]  # "seized control of the firm"
        return any(figure_classes(t) & TAKEN_NOT_GROUND or self.lexicon.cue(t, "holding") for t in taken)

    def _around_a_country(self, token: Token, trigger: Trigger) -> bool:
        """"Russian soldiers surrounded Ukraine", "troops encircling Armenia on three sides":
        forces around a whole country are massed on its borders, a posture, not an attack on a
        place ("encircled Gyumri" is one)."""
        if trigger.type != "ASSAULT" or token.pos_ not in VERB_POS or not set(base_forms(token.lower_)) & SURROUNDING:
            return False
        held = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
        return bool(held) and all(code_of(t.text) is not None for t in held)

    def _remote(self, token: Token, anchor: Token) -> bool:
        """"virtually addressed", "met by video link", "spoke via videoconference": a meeting
        held at a distance, a call (PLOVER CONSULT by phone or video), not a stop anywhere."""
        for head in {token, anchor}:
            for child in head.children:
                if child.dep_ == "advmod" and self.lexicon.cue(child, "remote"):
                    return True
                means = [o for o in child.children if o.dep_ == "pobj"] if child.dep_ == "prep" and child.lower_ in ("by", "via", "over") else []
                means = [o for o in means if not any(c.dep_ in ("relcl", "acl") for c in o.children)]  # not "over a video that showed X"
                if any(self.lexicon.cue(w, "remote") for o in means for w in (o, *(c for c in o.children if c.dep_ in ("compound", "amod")))):
                    return True  # "by video link", "via videoconference"
        return False

    def _evaded(self, token: Token) -> bool:
        """Whether a noun is what a verb of evasion takes ("dodge sanctions", "got around the
        sanctions"; the tagger often reads "dodge" as the noun's compound)."""
        if token.pos_ not in NOUN_POS:
            return False
        return (token.dep_ == "dobj" and self.lexicon.cue(token.head, "evade")) or any(
            c.dep_ in ("compound", "amod") and self.lexicon.cue(c, "evade") for c in token.children
        )

    def _verbal_attack(self, token: Token, trigger: Trigger) -> bool:
        """"is maliciously attacking and smearing X": an attack joined with a blaming verb is
        attacking in words; the blaming verb tells it (ACCUSE). "A rhetorical war", "a
        political war", "a trade war": force in a figure of speech is no force (a verbal
        "attack" is criticism: ``_criticism``)."""
        if trigger.type == "ASSAULT" and token.pos_ in NOUN_POS:
            return any(c.dep_ in ("amod", "compound") and c.lower_ in FIGURATIVE_FORCE | VERBAL_FORCE for c in token.children)
        if trigger.type != "ASSAULT" or token.pos_ not in VERB_POS:
            return False
        return any((row := self.trigger(c)) is not None and row.type == "ACCUSE" for c in token.conjuncts)

    def _figurative_ruin(self, token: Token, trigger: Trigger) -> bool:
        """"will not rest until he destroys the peace of the continent", "the destruction of
        trust": a verb of ruin (ASSAULT destroy) whose objects are all
        states, relations or undertakings ruins them in a figure of speech; nothing is hit."""
        if trigger.type != "ASSAULT" or trigger.mode != "destroy":
            return False
        ruined = of_objects(token) if token.pos_ in NOUN_POS else [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
        return bool(ruined) and all(self.lexicon.cue(t, "abstract") for r in ruined for t in (r, *r.conjuncts))  # not "hopes and homes"

    def _drawn_into_war(self, token: Token, trigger: Trigger) -> bool:
        """"accused Tarnia of pushing Vale into a war with Norland", "is pushing the region into
        an armed confrontation": a party driven "into" a war or a confrontation is made to join
        one, a charge of causing it; nothing is advanced on or hit ("pushed into Eastport" is)."""
        if trigger.type != "ASSAULT" or token.pos_ not in VERB_POS:
            return False
        ends = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "into" for g in c.children if g.dep_ == "pobj"]
        return any(self.lexicon.cue(g, "war") or g.lower_ in HOSTILITIES for g in ends)

    def _arms_as_means(self, token: Token, trigger: Trigger) -> bool:
        """"used missiles to destroy four depots", "has used drones to strike X": arms used for
        an attack a "to" clause tells are its means; the attack is the one event."""
        return trigger.term == "use" and any(
            c.dep_ in ("xcomp", "advcl") and _to_purpose(c) and (row := self.trigger(c)) is not None and row.type in FORCE_TYPES
            for c in token.children
        )

    def _criticism(self, token: Token, trigger: Trigger) -> Trigger:
        """"a stinging attack on her plans", "attacked his record", "attacking him for his
        friendships": an attack on what someone holds or says, or on a person for a reason of
        theirs ("for his friendships", "for backing X"; not "for the second time", "over the
        border"), is made in words: PLOVER ACCUSE disapprove (CAMEO 111 "criticize"), not force."""
        if trigger.type != "ASSAULT" or "attack" not in base_forms(token.lower_):
            return trigger
        if token.pos_ in NOUN_POS:
            verbal = any(c.dep_ in ("amod", "compound") and c.lower_ in VERBAL_FORCE for c in token.children)
            targets = [o for c in token.children if c.dep_ == "prep" and c.lower_ == "on" for o in c.children if o.dep_ == "pobj"]
            verbal = verbal or any(self.lexicon.cue(o, "argued") for o in targets)
        elif token.pos_ in VERB_POS:
            objects = [c for c in token.children if c.dep_ == "dobj"]
            reasons = [o for c in token.children if c.dep_ == "prep" and c.lower_ in ("for", "over") for o in c.children
                       if o.dep_ == "pcomp" or (o.dep_ == "pobj" and _a_reason(o))]  # "for his friendships", "for nationalism"
            people = [o for o in objects if o.ent_type_ == "PERSON" or o.lower_ in ("him", "her", "them")]
            verbal = any(self.lexicon.cue(o, "argued") for o in objects) or bool(people and reasons)
        else:
            verbal = False
        return replace(trigger, type="ACCUSE", mode="disapprove") if verbal else trigger

    def _cyber(self, token: Token, event: Event) -> Event:
        """"hit by a cyber attack", "a cyber-attack on X's banks", "attacks in cyberspace on
        Vale's banks": an attack by computer does no physical harm; PLOVER codes hacking
        and other cyber attacks as COERCE cyber (the lexicon's "cyberattack"), not ASSAULT. Its
        target and place are read as an attack's ("X was hit by a cyber attack")."""
        if event.type != "ASSAULT" or token.pos_ not in NOUN_POS:
            return event
        kinds = [c for c in token.children if c.dep_ in ("amod", "compound", "nmod")]
        kinds += [o for c in token.children if c.dep_ == "prep" and c.lower_ in ("in", "on") for o in c.children if o.dep_ == "pobj" and o.lower_ == "cyberspace"]
        return replace(event, type="COERCE", mode="cyber") if any(k.lower_ in CYBER for k in kinds) else event

    def _forces_ordered(self, token: Token, trigger: Trigger) -> Trigger:
        """"ordered its navy to hold missile drills", "ordered Norland's troops to rehearse
        deploying missiles near the border": forces ordered to drill, deploy or stand ready are put in
        that posture by whoever commands them (PLOVER MOBILIZE, as "put its forces on alert"),
        no request of another party; forces ordered to advance or stop, or a party ordered to
        act ("ordered Norland to withdraw"), are told to (REQUEST)."""
        if trigger.type != "REQUEST" or "@bid" not in trigger.needs or token.pos_ not in VERB_POS or not set(base_forms(token.lower_)) & ORDERING:
            return trigger
        if not any(c.dep_ == "dobj" and c.lower_ in ORDERED_FORCES for c in token.children):
            return trigger
        content = [t for c in token.children if c.dep_ in ("xcomp", "ccomp", "prep") for t in c.subtree]
        posture = next((row for t in content if (row := self.trigger(t)) is not None and row.type == "MOBILIZE"), None)
        return replace(trigger, type="MOBILIZE", mode=posture.mode) if posture is not None else trigger

    def _sent_to_help(self, token: Token, trigger: Trigger) -> Trigger:
        """"is sending 150 soldiers to Vale to resume the training of its recruits", "mobilised
        units that assist rescue operations", "deployed soldiers to help with flood relief":
        forces sent to train, rescue or relieve another benefit it (PLOVER AID: "deployments for
        disaster relief are AID", military personnel given), no show of force (MOBILIZE)."""
        if trigger.type != "MOBILIZE" or token.pos_ not in VERB_POS:
            return trigger
        aims = [c for c in token.children if c.dep_ == "advcl" and _child_word(c, "to")]
        aims += [g for c in token.children if c.dep_ == "dobj" for g in c.children if g.dep_ in ("relcl", "acl") and not _perfect(g)]  # not "troops who had finished their training"
        helped = any(_relief_task(aim) for aim in aims)
        return replace(trigger, type="AID", mode=None) if helped else trigger

    def _diplomatic(self, token: Token, anchor: Token, trigger: Trigger) -> Trigger:
        """"summoned the ambassador in strong protest", "lodged a formal protest": a protest made
        by a government in words is PLOVER's ACCUSE disapprove, not a street protest."""
        if trigger.type != "PROTEST" or token.pos_ not in NOUN_POS:
            return trigger
        words = [c for c in token.children if c.dep_ == "amod"] + [anchor, token.head]
        if any(self.lexicon.cue(w, "diplomatic") for w in words):
            return replace(trigger, type="ACCUSE", mode="disapprove")
        return trigger

    def _agrees_to_act(self, token: Token) -> bool:
        """"agreed to ban oil imports", "agreed to $9.7 billion in aid": the ban or the aid is the event."""
        inner = [c for c in token.children if c.dep_ in ("xcomp", "ccomp")]
        inner += [g for c in token.children if c.dep_ == "prep" for g in c.subtree]
        return any((row := self.trigger(t)) is not None and row.type != "AGREE" for t in inner)

    def _describes_other(self, token: Token) -> bool:
        """"strikes delivered by warplanes": a participle on another trigger noun only describes it."""
        return token.dep_ == "acl" and token.head.pos_ in NOUN_POS and self.trigger(token.head) is not None

    def _habitual(self, token: Token, trigger: Trigger) -> bool:
        """"has taken numerous trips": many meetings or trips are a habit, not one happening to report."""
        return trigger.type == "CONSULT" and token.tag_ == "NNS" and any(self.lexicon.cue(c, "habitual") for c in token.children)

    def _wished(self, token: Token, anchor: Token, trigger: Trigger) -> Trigger:
        """"wanted to meet the president" asks for a meeting (REQUEST meet); "is open to talks"
        offers one, and "offered a prisoner swap" a release (AGREE: PLOVER's offer of
        cooperation)."""
        if trigger.type not in ("CONSULT", *OFFERABLE):
            return trigger
        governing = _governing(token, anchor)
        if trigger.type == "CONSULT" and (any(self.lexicon.cue(t, "wish") for t in governing) or self._proposed(token, anchor)):
            return Trigger(trigger.term, trigger.pos, "REQUEST", "meet", trigger.needs)
        if any(self._willing(t, token) and (trigger.type == "CONSULT" or t.pos_ in VERB_POS) for t in governing):
            return Trigger(trigger.term, trigger.pos, "AGREE", None, trigger.needs)  # a release or joint act is offered by a verb ("offered a swap"), not by "ready to"
        return trigger

    def _proposed(self, token: Token, anchor: Token) -> bool:
        """"I suggest convening a summit", "proposed talks with X": a meeting a verb of proposing
        takes as its gerund or object is put forward, asked for, not held; "suggested that ..."
        only says something."""
        above = _chain(anchor)[1:] + (_chain(token.head) if token.dep_ == "dobj" else [])  # "convening a summit": the summit too
        return any(self.lexicon.cue(t, "propose") and t.pos_ in VERB_POS for t in above)

    def _willing(self, word: Token, token: Token) -> bool:
        """A word offering the act: "open to", "ready to"; a verb only of what it takes ("offered
        talks", "offered to mediate"), not of a meeting it is told at ("at a meeting, X offered ...")."""
        if not self.lexicon.cue(word, "willing"):
            return False
        return word.pos_ not in VERB_POS or (token.head == word and token.dep_ in ("dobj", "xcomp"))

    def _offerer(self, token: Token, anchor: Token, context: Context) -> list[Party]:
        """Who says it is willing or ready, or wants the meeting: the subject of the willing
        or wishing word's clause."""
        willing = next((t for t in _governing(token, anchor) if self._willing(t, token) or self.lexicon.cue(t, "wish")), None)
        subject = _subject(willing.head if willing is not None and willing.dep_ == "acomp" else willing) if willing is not None else None
        return _parties(subject, context) if subject is not None and subject.pos_ != "PRON" else []


TIME_UNITS = frozenset({"second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "night", "nights",
                        "week", "weeks", "month", "months", "year", "years", "time"})


def _of_a_party(noun: Token) -> bool:
    """Whether a noun is said to be a party's ("the Georgian delegation", "Armenia's envoys",
    "their team"): a group of people, whom one may meet, whatever its head word."""
    return any(c.dep_ in ("amod", "compound", "poss") and (c.ent_type_ in ("NORP", "GPE", "ORG", "PERSON") or c.tag_ == "PRP$") for c in noun.children)


def _a_reason(noun: Token) -> bool:
    """A noun a person is attacked "for" or "over" that is a reason of theirs: one they own ("his
    friendships") or a bare noun of no time and no place ("nationalism"; not "the border", "hours")."""
    if any(c.dep_ == "poss" for c in noun.children):
        return True
    bare = not any(c.dep_ in ("det", "nummod") for c in noun.children)
    return bare and not noun.ent_type_ and noun.lower_ not in TIME_UNITS and noun.pos_ == "NOUN"


ADDRESSING = frozenset({"tell", "told", "address", "addressed", "speak", "spoke"})


def _a_venue(noun: Token) -> bool:
    """A gathering named as where someone spoke or whom they told ("at a rally", "told a rally")."""
    head = noun.head
    return (noun.dep_ == "pobj" and head.lower_ in ("at", "to")) or (noun.dep_ in ("dobj", "dative") and bool(set(base_forms(head.lower_)) & ADDRESSING))


def _relief_task(aim: Token) -> bool:
    """Whether forces' aim is a task of help: training someone ("to train its recruits"), or a
    task of relief the aim takes on ("to resume the training of X", "help with flood relief",
    "support rescue operations"). Not a relief word anywhere in it: "to rescue the besieged
    garrison" and "to train for the offensive" are war, "to block relief convoys" hinders help."""
    if "train" in base_forms(aim.lower_) and any(c.dep_ == "dobj" for c in aim.children):
        return True
    tasks = [c for c in aim.children if c.dep_ == "dobj"]
    tasks += [g for c in aim.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return any(t.lower_ in RELIEF or (t.lower_ in AID_TASKS and any(m.dep_ in ("compound", "amod") and m.lower_ in RELIEF for m in t.children)) for t in tasks)


def _phase_as_time(war: Token) -> bool:
    """"since the start of the war", "from the beginning of the invasion", "throughout the course
    of the offensive": a stretch of the war inside a phrase of time dates what the story tells;
    the war itself is its setting (a dated start stays: "since the start of the war on 3 May")."""
    phase = war.head.head if war.head.lower_ == "of" else None
    if phase is None or phase.lower_ not in WAR_PHASES or phase.dep_ != "pobj":
        return False
    return not any(t.ent_type_ == "DATE" for t in phase.subtree)
