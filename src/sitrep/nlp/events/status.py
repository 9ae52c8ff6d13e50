"""The status of an event from the words that govern its trigger: occurred, ongoing, planned,
claimed, denied or hypothetical, or none when the text says it did not happen."""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.nlp.events.cues import (
    _a_condition, _aim, _aim_noun, _bare_infinitive, _conditioned_on, _dated_start, _decided, _framed_ahead, _on_condition, framed_now, governor, _present_state,
    _told_ahead, _told_openly, _under_way,
)
from sitrep.nlp.events.grammar import (
    _a_means, _accused, _after_word, _aux, _aux_word, _caption, _chain, _child_word, _controller, _counted_up,
    _denied_noun, _done_with, _done_without, _every, _fell_through, _is_to, _lasting, _negated, _negation_reach, _own_subject,
    _in_future_clause, _later, _perfect_progressive, _performative, _present_perfect, _progressive, _simple_present, _subject, hyphen_start, marked,
)
from sitrep.nlp.events.lexicon import Trigger
from sitrep.nlp.events.reader import LexiconReader
from sitrep.nlp.events.words import (
    ANNOUNCING, ARRIVING, BE_FORMS, DEONTIC, EASE, EXPECTERS, FORCE_TYPES, HELD_MARKS, INTENDING, MASSING, MAY_COME, NEWS_TIMES, NOUN_POS, OUTCOMES, PERCEIVED,
    PLANNERS, PLEDGES, POSSIBLE, PREPARING, PRESENT_BE, QUERY_VERBS, REFUSED_MODES, RELATIVE, RUN_UP, SCALING, SPOKEN, TIME_MARKS, VERB_POS, WEIGHING,
)
from sitrep.nlp.inflection import base_forms
from sitrep.nlp.syntax import first_conjunct


class StatusReader(LexiconReader):
    """Modality: what the governing words, tense and source say of whether an act happened."""

    def status(self, token: Token, anchor: Token, trigger: Trigger) -> str | None:
        """Modality from the governing words; None when the text says it did not happen."""
        chain = _own_tense(_chain(anchor))
        if _manner_of_modal(chain[-1]):
            chain.append(chain[-1].head)  # "Nato should come to its defence – deploying its forces": deployed only if it comes
        chain += _cleft(chain[-1])  # "did not say that it was X who shelled Y": the cleft is what was (not) said
        if anchor.dep_ == "ccomp":
            chain.append(anchor.head)  # "denied that its forces had shelled", "claimed that ..."
        elif chain[-1].dep_ == "ccomp" and (chain[-1].head.lower_ in PERCEIVED or self.lexicon.cue(chain[-1].head, "claim") or self.lexicon.cue(chain[-1].head, "deny")):
            chain.append(chain[-1].head)  # "have not seen China evade sanctions": neither was seen; "claims X used rockets to strike Y": claimed
        governing = [t for below, t in zip(chain, chain[1:]) if below.dep_ != "conj"]  # "continue ... and have taken": a sibling, not a cue
        cue = self.lexicon.cue
        if any(cue(t, "deny") for t in governing):
            return "denied"
        if anchor != token and self._presupposed(token):
            return "occurred" if _dated_start(token) else "ongoing"  # "if they resist his invasion", "has not stopped its war": the war is there
        if any(_negated(t) for t in _negation_reach(chain)) or _negated(token) or _denied_noun(token) or _done_without(token, anchor):
            return None
        if any(cue(t, "refuse") for t in governing) or (anchor != token and trigger.type not in FORCE_TYPES and cue(anchor, "refuse")):
            return None  # "has resisted supporting sanctions", "declined to attend": it did not happen (an attack resisted did)
        if any((row := self.trigger(t)) is not None and row.type == "REJECT" for t in governing):
            return None  # "ruled out agreeing to a ceasefire": what a refusal turns down did not happen
        if trigger.type not in SPOKEN | {"CONSULT"} and any(cue(t, "wish") and not cue(t, "attempt") and not self._caused(t) for t in governing):
            return None  # "people want to kill them": a wish is no happening; "want to thank" thanks, a wished meeting is a request
        if any(cue(t, "wish") and not self._caused(t) and (_controller(t) is not None or _own_subject(below)) for below, t in zip(chain, chain[1:]) if below.dep_ != "conj"):
            return None  # "wants Vale to recognise X": what one party wants of another is its demand, not an act
        if any(cue(t, "propose") and t.pos_ in VERB_POS and below.dep_ != "ccomp" for below, t in zip(chain, chain[1:])):
            return "hypothetical"  # "suggest convening a summit": a meeting put forward is not held
        if _fell_through(chain):
            return None  # "were supposed to meet in X": the meeting did not take place as planned
        if _conditioned_on(token):
            return "hypothetical"  # "contingent on a ceasefire and the withdrawal of X's troops"
        if any(_still_needed(t) for t in governing):
            return "hypothetical"  # "the capability it needs to retake X": a need, nothing done yet
        if any(t.pos_ in NOUN_POS and any(c.dep_ == "amod" and c.lower_ in POSSIBLE for c in t.children) for t in (token, anchor, *governing)):
            return "hypothetical"  # "a possible embargo", "a potential blockade": may come
        if trigger.type == "CONSULT" and token.pos_ in NOUN_POS and any(c.dep_ == "amod" and cue(c, "propose") for c in token.children):
            return "hypothetical"  # "backs X's proposed talks", "the suggested summit": put forward, not held ("the
            # proposed sanctions were approved" are imposed: the approval is the act)
        if token.pos_ in VERB_POS and any(t.pos_ == "ADJ" and t.lower_ in POSSIBLE for t in governing):
            return "hypothetical"  # "X is likely to attack", "likely to play a role in ... to recapture Y": a forecast
        if token.pos_ in VERB_POS and any(t.pos_ == "ADJ" and t.lower_ in EASE and _child_word(below, "to") for below, t in zip(chain, chain[1:])):
            return "hypothetical"  # "the law is intended to make it easier for X to provide arms": enabled, not done
        if (dated := _dated_by_clause(anchor)) is not None and _aux(dated, self.lexicon, "will"):
            return "planned"  # "will make an announcement before leaving X": the leaving is as far ahead
        if _aim(anchor) and cue(anchor.head, "plan"):
            return "planned"  # "the president's plans to visit the Gulf"
        if any(set(base_forms(t.lower_)) & WEIGHING for t in governing):
            return "hypothetical"  # "the Pentagon is considering sending launchers": an option weighed
        if any(cue(t, "attempt") and (_progressive(t) or _perfect_progressive(t) or _goes_on_with_verb(t)) for t in governing) or ((_under_way(anchor) or self._attempts_now(anchor)) and trigger.type not in OUTCOMES):
            return "ongoing"  # "Norland is trying to seize X", "has been trying to agree Y", "efforts to impose costs",
            # "is massing its guns on trying to take X": the attempt is under way
        if trigger.mode == "seize" and _seizure_as_aim(anchor):
            return "hypothetical"  # "massed troops to capture X", "to defend Y and free X": the aim, not the taking
        conditional = trigger.type != "THREATEN" and any(_on_condition(t) and not set(base_forms(t.lower_)) & QUERY_VERBS for t in chain)  # a threat is conditional by nature; "asked if" asks whether
        if conditional or any(_child_word(t, "if") or _child_word(t, "whether") for t in chain) or self._feared(token) or _aim(anchor) or any(cue(t, "attempt") for t in governing) or _a_means(chain):
            return "hypothetical"
        if _bare_infinitive(anchor):
            return "hypothetical"  # "commitment to support X, impose costs on Y": the parse lost the "to"
        if _the_more(token):
            return "hypothetical"  # "the more western countries send weapons, the longer the war will last": a supposed rule
        if token.pos_ in NOUN_POS and any(c.dep_ == "det" and c.lower_ == "any" for c in token.children):
            return "hypothetical"  # "any attack on X will be met with force": whichever may come
        if any(_aux(t, self.lexicon, "would") for t in chain):  # "said allies would continue": reported "will"
            reported_will = any(_aux_word(t, "would") for t in chain) and (self.speech_verb(anchor) is not None or _announced(chain))
            return "planned" if reported_will else "hypothetical"  # "could attack, officials said" stays a supposition
        planned_noun = anchor != token and bool((PLANNERS | EXPECTERS) & set(base_forms(anchor.lower_)))  # "they plan another round of talks", "braced for an offensive"
        planning = [t for t in governing if cue(t, "plan") and not (trigger.type != "AID" and _decided(t, trigger.type))]
        if any(_aux(t, self.lexicon, "will") for t in chain) or planning or _is_to(chain) or planned_noun or self._rescaled(anchor):
            return "planned"
        if trigger.type == "AID" and (any(cue(t, "grant") for t in chain) or cue(token, "plan") or set(base_forms(anchor.lower_)) & PLEDGES) and not _arrived(anchor):
            return "planned"  # "announced a new package of arms", "approved $100m in funding", "pledged arms", "pledging
            # an infusion of aid": promised, not yet delivered
        if token.pos_ in NOUN_POS and any(c.dep_ in ("amod", "acl") and cue(c, "plan") for c in token.children):
            return "planned"  # "a planned meeting", "the upcoming summit", "a summit scheduled for June"
        if token.pos_ in NOUN_POS and (_after_word(token, "ahead") or _led_up_to(token, trigger) or _meeting_after(token, trigger)):
            return "planned"  # "ahead of the summit", "preparations for this year's summit", "in the run-up to the talks",
            # "was speaking before talks with X": still to come
        said_now = trigger.type in SPOKEN and (anchor.tag_ in ("VBZ", "VBP") or (anchor.tag_ == "VBD" and not _aux_word(anchor, "had")))
        # "we condemn X," she said; "X said it backed the sale": the saying is the act (a past tense
        # under "said" is the time of saying), where "said it had warned Y" claims an earlier act
        if trigger.type == "SANCTION" and self._self_claim(token, anchor):
            return "occurred"  # "Lithuania said it was expelling the ambassador": the sanction is imposed by announcing it
        claimed_thing = token.pos_ in NOUN_POS and token.dep_ == "dobj" and cue(token.head, "claim")  # "claiming the capture of X"
        if any(cue(t, "claim") for t in governing) or claimed_thing or (self._self_claim(token, anchor) and not said_now and not _told_openly(trigger.type, self._teller_words(anchor), anchor)) or self._hearsay(anchor):
            return "claimed"
        if any(t.dep_ == "pcomp" and t.head.lower_ == "of" and _accused(t.head.head) is not None for t in (anchor, _done_with(anchor)) if t is not None):
            return "claimed"  # "X is accused of massacring civilians", "of using drones to hit X": the charge, not a fact the text vouches for
        if trigger.type == "SANCTION" and _progressive(anchor):
            return "planned" if _later(anchor) else "occurred"  # "Vale is recalling its ambassador", "we are introducing new
            # sanctions": a legal act done once by announcing it, not one going on; "is imposing them next week" is an
            # arrangement (a claim of another's sanction, above, stays claimed)
        if any(cue(t, "continue") for t in _above_time_clause(chain)) or _progressive(anchor) or _lasting(anchor) or (anchor != token and cue(anchor, "continue")):
            return "ongoing"
        if (token == anchor and _standing_force(token, trigger) and not self._withdrawn(token)) or self._told_going_on(token):
            return "ongoing"  # "has amassed 40,000 troops on the border", "said talks were ongoing"
        if _joined_progressive(anchor):
            return "ongoing"  # "troops are shelling and destroying X": the second participle shares the "are"
        if anchor.tag_ == "VBG" and anchor.dep_ == "advcl" and not _child_word(anchor, "after") and self._goes_on_with_head(anchor):
            return "ongoing"  # "forces were moving towards X, targeting Y", "has been tightening its grip, amassing troops",
            # "still sells fuel to X, while refusing to back sanctions": the participle goes on as its verb does
        if token == anchor and _perfect_progressive(token):
            return "ongoing"
        if token == anchor and token.pos_ in NOUN_POS and (_told_ahead(token) or (_framed_ahead(token) and not cue(token, "durative"))):
            return "planned"  # "EU summits that will be attended by X", "during her visit, she will meet" (not "during the siege"): still to come
        if trigger.mode == "visit" and token.pos_ in NOUN_POS and framed_now(token):
            return "planned"  # "X's options during his trip to Y are limited": the trip is ahead
        if token.dep_ == "pobj" and token.head.lower_ == "in" and token.head.head == anchor and _present_state(anchor):
            return "ongoing"  # "X and Y are in talks with Z", "X has been in discussion with Y": a state in the present
        if token.pos_ in NOUN_POS and self.lexicon.cue(token, "durative") and not _dated_start(token):
            return "ongoing"  # "Russia's invasion", "the siege": a state that lasts, whatever verb reports it
        if _every(anchor) or _after_word(token, "amid") or token.pos_ in NOUN_POS and any(c.dep_ == "amod" and cue(c, "lasting") for c in token.children):
            return "ongoing"  # "relentless shelling", "almost daily strikes", "amid a barrage": it goes on
        if _series_now(token):
            return "ongoing"  # "the attacks have intensified", "talks are under way": a series up to now
        if token == anchor and _simple_present(token) and not (trigger.type in SPOKEN and _performative(token)) and not _caption(token):
            return "ongoing"  # "forces regularly shell villages", "Vale demands reparations": what goes on, not one act done
        return "occurred"

    def _goes_on_with_head(self, participle: Token) -> bool:
        """Whether the verb a bare participle hangs on tells what goes on, so the participle goes
        on with it: a progressive ("were moving towards X, targeting Y"), a present perfect
        stretched up to now ("has been tightening its grip", "has backed X since the war began,
        quietly supporting Y"), or a present of habit or state ("still sells fuel to X, while
        refusing to back sanctions", "echo the official view, blaming X"); not a present that is a
        caption or a saying ("X says, blaming Y": the blame is said once), nor one whose participle
        counts what it did ("seizes the port, killing 12 civilians": a tally of acts done, as a
        headline tells them in the present)."""
        verb = participle.head
        if _progressive(verb) or _perfect_progressive(verb) or _lasting(verb):
            return True
        return (
            _simple_present(verb) and not _caption(verb) and not self.lexicon.cue(verb, "speech") and not _performative(verb)
            and not _counted_up(participle)
        )

    def _told_going_on(self, noun: Token) -> bool:
        """"talks between X and Y were ongoing", "the shelling is constant", "fighting in X is
        ongoing": an act (a noun, or a gerund the parser makes a verb) that is the subject of "be"
        with a word that makes it go on is said to go on, whatever the tense (a past one is the
        time of the report: "officials said talks were ongoing")."""
        act = noun.pos_ in NOUN_POS or noun.tag_ == "VBG"
        if not act or noun.dep_ not in ("nsubj", "csubj") or noun.head.lower_ not in BE_FORMS:
            return False
        return any(c.dep_ == "acomp" and self.lexicon.cue(c, "lasting") for c in noun.head.children)

    def _withdrawn(self, verb: Token) -> bool:
        """"has amassed troops on the border and withdrawn them", "has gathered troops, but they have
        since pulled back": a withdrawal joined to the build-up undoes the force it left standing."""
        return any(c.dep_ == "conj" and (row := self.trigger(c)) is not None and row.type == "RETREAT" for c in verb.children)

    def _attempts_now(self, anchor: Token) -> bool:
        """"has stepped up attempts to encircle X", "attempts to take Y continue": tries, unlike efforts,
        are counted one by one and mostly told when made or beaten back ("made two attempts last year",
        "attempts were repelled", "will make new attempts"); they are under way only when the verb they
        hang on holds now, is not negated, counts none and stops none ("has thwarted attempts")."""
        noun = _aim_noun(anchor)
        if noun is None or noun.lower_ != "attempts" or noun.dep_ not in ("dobj", "nsubj", "nsubjpass") or noun.head.pos_ not in VERB_POS:
            return False
        verb = noun.head
        counted = any(c.dep_ == "nummod" for c in noun.children)
        return not counted and _told_now(verb) and not _negated(verb) and not self.lexicon.cue(verb, "prevent")

    def _rescaled(self, anchor: Token) -> bool:
        """"will double the number of missiles it sends", "will increase the aid it gives": the
        act a relative clause names on what a planned change scales is the plan (the news is
        the doubling to come), not the giving that goes on now."""
        if anchor.dep_ != "relcl" or anchor.head.dep_ != "dobj":
            return False
        scaled = anchor.head.head
        return bool(set(base_forms(scaled.lower_)) & SCALING) and _aux(scaled, self.lexicon, "will")

    def _hearsay(self, anchor: Token) -> bool:
        """"could not verify reports of X moving troops away", "allegations of torture", "rockets
        reportedly struck X", "allegedly killed", "appeared to have taken X": an act known from
        reports of it, or from how things looked, is claimed, not vouched for."""
        if any(c.dep_ == "advmod" and self.lexicon.cue(c, "hearsay") for c in anchor.children):
            return True
        if anchor.dep_ == "xcomp" and self.lexicon.cue(anchor.head, "seeming"):
            return True  # "helicopters appeared to have taken control of X": as it looked, not vouched for
        return anchor.dep_ in ("pcomp", "pobj") and anchor.head.lower_ == "of" and self.lexicon.cue(anchor.head.head, "hearsay")

    def _caused(self, verb: Token) -> bool:
        """"the invasion, which prompted Washington to impose sanctions": an event that prompted or
        provoked a party's act caused it, done; only a party prompting another asks it to act."""
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.lower_ in RELATIVE and verb.dep_ == "relcl":
            subject = verb.head
        return subject is not None and subject.pos_ in NOUN_POS and self.trigger(subject) is not None

    def _refused(self, token: Token, anchor: Token, trigger: Trigger) -> bool:
        """"X will not supply Y with rockets", "we are not going to send", "declined to meet":
        a party saying it will not give, meet or yield turns it down (PLOVER REJECT), where a
        plain "did not send" only says nothing happened; not backing a proposal rejects it, and
        "does not agree" says a stand taken now, no act left undone."""
        if trigger.type == "AGREE" and token.pos_ in VERB_POS and _negated(token) and (_aux_word(token, "do") or _aux_word(token, "does")):
            return not _child_word(token, "on") and not _a_condition(token)  # "Germany does not agree to this": refused as it is said; "X and Y do not agree on Z" differ and "if X does not agree, ..." sets a condition: no offer turned down
        if trigger.type == "SUPPORT" and token.pos_ in VERB_POS and _negated(token):
            return any(c.dep_ == "dobj" and set(base_forms(c.lower_)) & self.proposals for c in token.children)  # "did not support proposals for X" rejects them
        if trigger.type not in REFUSED_MODES or token.pos_ not in VERB_POS:
            return False
        chain = _chain(anchor)
        if any(self.lexicon.cue(t, "decline") for t in chain[1:]):
            return True
        negated = any(_negated(t) for t in _negation_reach(chain)) or _negated(token)
        future = any(_aux(t, self.lexicon, "will") or _aux_word(t, "would") or t.lower_ == "going" for t in chain)
        intended = any(set(base_forms(t.lower_)) & INTENDING for t in chain[1:])  # "did not plan to intervene", "has no intention of ceding"
        # (not "did not expect to meet", "is not due to meet": a forecast or a timetable, no stand)
        return negated and (future or intended)

    def _presupposed(self, token: Token) -> bool:
        """A lasting act named as someone's ("his invasion", "the Russian siege") is taken as
        real whatever the verb around it says, unless it is only feared ("a possible war")."""
        if token.pos_ not in NOUN_POS or not self.lexicon.cue(token, "durative") or self._feared(token):
            return False
        owner = any(c.dep_ == "poss" for c in token.children)
        named = any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) and any(c.dep_ == "amod" and c.ent_type_ == "NORP" for c in token.children)
        return owner or named

    def _fear_voiced(self, token: Token, trigger: Trigger) -> bool:
        """"expressed concerns about a Russian attack": concern for an act still feared is fear,
        not the disapproval "raised concerns over X's support" voices."""
        if trigger.type != "ACCUSE" or not self.lexicon.cue(token, "fear"):
            return False
        objects = [g for c in token.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
        return any(self.trigger(g) is not None and self._feared(g) for g in objects)

    def _feared(self, token: Token) -> bool:
        """"concerns about a Russian attack", "in case of an invasion", "warned of an attack",
        "invasion fears", "a possible attack", "contingent on a withdrawal": the act is only
        feared, supposed or set as a condition, so hypothetical."""
        head = token.head
        if token.dep_ in ("pobj", "pcomp") and head.lower_ in ("about", "of") and self.lexicon.cue(head.head, "fear"):
            return True  # "the possibility of sending troops": a gerund too
        if self._supposed_outcome(token):
            return True
        if token.dep_ == "pobj" and head.lower_ in ("on", "upon"):
            holder = [head.head, *(c for c in head.head.children if c.dep_ == "acomp")]  # "is contingent on", the parse's "be ... on"
            if any(self.lexicon.cue(t, "contingent") for t in holder):
                return True  # "a settlement contingent on the withdrawal of X": a condition, not done
        if token.dep_ == "compound" and self.lexicon.cue(head, "fear"):
            return True
        if token.pos_ not in NOUN_POS:
            return False
        said_of = [c for c in token.children if c.dep_ == "amod"]
        if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.pos_ in NOUN_POS:
            said_of += [c for c in token.head.head.children if c.dep_ == "amod"]  # "two possible types of Norland attack"
        if token.dep_ == "nsubj":
            said_of += [c for c in head.children if c.dep_ == "acomp"]  # "a new offensive is imminent"
        return any(self.lexicon.cue(c, "possible") for c in said_of)

    def _supposed_outcome(self, token: Token) -> bool:
        """"the economic cost of an invasion", "the price of a war": an act with "a" or "an"
        whose cost or price is weighed is one supposed, not one that happened or is planned
        ("the cost of the invasion" is the real one's)."""
        head = token.head
        indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children)
        return indefinite and token.dep_ == "pobj" and head.lower_ == "of" and self.lexicon.cue(head.head, "outcome")

    def _teller_words(self, anchor: Token) -> set[str]:
        """The words of the phrase of the one who tells the act ("the defence ministry")."""
        speech = self.speech_verb(anchor)
        speaker = _subject(speech) if speech is not None else None
        return {t.lower_ for t in speaker.subtree} if speaker is not None else set()

    def _self_claim(self, token: Token, anchor: Token) -> bool:
        """"X said it had captured Y", "X said it is holding Z": a reported act, done or going
        on, whose subject is the speaker."""
        speech = self.speech_verb(anchor)
        finite = anchor if anchor.tag_ in ("VBD", "VBN", "VBG", "VBZ", "VBP") else _done_with(anchor)
        if speech is None or finite is None:
            return False
        subject = _subject(finite)
        if subject is None:
            return False
        speaker = _subject(speech)
        body = speaker is not None and speaker.ent_type_ != "PERSON" and speaker.lower_ not in ("he", "she")  # a person has no "its forces"
        own = body and subject != token and any(c.dep_ == "poss" and c.lower_ in ("its", "their", "our") for c in subject.children)
        return (subject.pos_ == "PRON" and subject.lower_ in ("it", "they", "we")) or own  # "the ministry said its forces had taken X"


def _arrived(pledge: Token) -> bool:
    """"the tanks pledged by X reached Y", "once the guns promised by X had arrived": aid
    told by a participle of promising on goods that are the subject of a verb of arrival in the
    past or the present perfect was delivered, a promise kept ("have not arrived", "will arrive"
    keep it a promise)."""
    if pledge.dep_ != "acl" or pledge.head.dep_ != "nsubj":
        return False
    verb = pledge.head.head
    if not set(base_forms(verb.lower_)) & ARRIVING or _negated(verb) or _a_condition(verb) or _in_future_clause(verb):
        return False  # "if the tanks promised by X arrived", "once the guns pledged by X have arrived, Y will attack"
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and not any(c.dep_ == "aux" and c.lower_ in MODALS for c in verb.children))


def _seizure_as_aim(verb: Token) -> bool:
    """Whether a taking is told only as what another act is for: a "to" infinitive of purpose
    ("massed troops to capture X"), or a verb joined to one ("to defend Y and free X"). An
    attack so told is often the act itself ("crossed the river to attack X"), but a town's fall
    is an outcome the act may not reach; "managed to capture X" (a complement) did take it, and so
    did "needed only two days to recapture X" (the time the taking took)."""
    while verb.dep_ == "conj" and verb.head.pos_ in VERB_POS and verb.head != verb:
        verb = verb.head
    timed = any(c.dep_ == "dobj" and c.ent_type_ == "DATE" for c in verb.head.children)
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)  # not "fell to Y's forces"
    return verb.dep_ == "advcl" and infinitive and not _aux_word(verb, "have") and not timed


def _series_now(noun: Token) -> bool:
    """"the attacks have ramped up", "several raids have been reported", "talks are under way":
    acts in the plural that are the subject of a verb in the present or the present perfect
    are a series that goes on up to the time told ("strikes hit X on Monday", in the past, are
    acts done)."""
    if noun.tag_ != "NNS" or noun.dep_ not in ("nsubj", "nsubjpass") or noun.head.pos_ not in VERB_POS:
        return False
    return _told_now(noun.head)


def _told_now(verb: Token) -> bool:
    """"have intensified", "are under way", "continue": a verb in the present or the present
    perfect holds at the time of the report ("hit X on Monday", "were repelled", "will make" do not)."""
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if auxiliaries & (MODALS | {"were", "was", "had", "did"}):
        return False
    return bool(auxiliaries & ({"have", "has", "'ve"} | PRESENT_BE)) or verb.tag_ in ("VBZ", "VBP")


def _standing_force(verb: Token, trigger: Trigger) -> bool:
    """"Norland has amassed 40,000 troops on the border", "has built up tanks near X": the present
    perfect of a build-up tells the force that stands there now (the perfect of result), so
    the build-up goes on; dated as news ("has recently amassed", "in recent days has gathered")
    or in the simple past it is the move made."""
    if trigger.type != "MOBILIZE" or not _present_perfect(verb) or not set(base_forms(verb.lower_)) & MASSING:
        return False
    timed = [c for c in verb.children if c.dep_ in ("advmod", "npadvmod", "prep")]
    return not any(t.lower_ in NEWS_TIMES or t.ent_type_ in ("DATE", "TIME") for c in timed for t in c.subtree)


def _goes_on_with_verb(attempt: Token) -> bool:
    """"is massing its guns on trying to take X", "are pressing west, trying to cut off Y": a bare
    participle of trying, with no auxiliary of its own, goes on as the progressive verb it hangs on does;
    only "on" sets the trying as what the verb is bent on ("is thinking about trying", "is interested in
    trying" weigh it), and not when the verb plans it ("is planning on trying")."""
    if attempt.tag_ != "VBG" or attempt.dep_ not in ("pcomp", "advcl") or any(c.dep_ in ("aux", "auxpass") for c in attempt.children):
        return False
    if attempt.dep_ == "pcomp" and attempt.head.lower_ != "on":
        return False
    verb = attempt.head.head if attempt.dep_ == "pcomp" else attempt.head
    return (_progressive(verb) or _perfect_progressive(verb)) and not set(base_forms(verb.lower_)) & (PLANNERS | WEIGHING)


def _the_more(token: Token) -> bool:
    """Whether the act stands between the two halves of a "the more ..., the longer ..."
    comparison: a rule supposed of whatever is done, no act reported."""
    doc, sent = token.doc, token.sent
    halves = [t.i for t in doc[sent.start:sent.end - 1] if t.lower_ == "the" and doc[t.i + 1].tag_ in ("JJR", "RBR")]
    return any(i < token.i for i in halves) and any(i > token.i for i in halves)


def _led_up_to(noun: Token, trigger: Trigger) -> bool:
    """Whether the noun is told by what comes before it: what is prepared for ("preparations for
    the summit in Batumi", "preparing for talks"), or a meeting something is the run-up or a
    precursor to ("in the run-up to the talks", "a precursor to the summit"): still to come,
    whatever tense the clause is in, unless told as over ("preparations for the summit, which
    ended on Monday"; a meeting also not "the failed talks" or one with a day of its own)."""
    prep = noun.head if noun.dep_ == "pobj" and noun.head.lower_ in ("of", "for", "to") else None
    if prep is None or _told_over(noun):
        return False
    word = prep.head
    before = prep.doc[prep.i - 1] if prep.i else word  # the parse may hang "for" on the clause's verb
    if prep.lower_ == "for" and any(PREPARING & set(base_forms(t.lower_)) for t in (word, before)):
        return True
    if trigger.type != "CONSULT" or _told_as_held(noun):
        return False
    if (start := hyphen_start(word)) is not word:
        return start.doc[start.i:word.i + 1].text.lower() in RUN_UP  # the parser splits "run-up"
    return bool(set(base_forms(word.lower_)) & RUN_UP)


def _meeting_after(noun: Token, trigger: Trigger) -> bool:
    """"was speaking before a meeting of ministers", "has spoken before talks with X": a meeting
    that the clause's act comes before is still to come at the time told, unless told as over
    or with a day of its own ("before the talks on 3 May"), or the clause is a narrative in the
    simple past ("she said before the meeting": the meeting is past too); a war "before the
    invasion" is the past the clause looks back on, so meetings only. ("On the eve of the summit"
    is left alone: fusion would part such a summit from the reports of it being held.)"""
    if trigger.type != "CONSULT" or _told_as_held(noun) or not _after_word(noun, "before"):
        return False
    verb = governor(noun)
    return not (verb.tag_ == "VBD" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children))


def _told_as_held(noun: Token) -> bool:
    """"the failed talks", "the talks, which ended on Monday", "the summit on 3 May": a meeting
    told as over, or with a day of its own, is not still to come whatever came before it."""
    if any(c.dep_ == "amod" and c.lower_ in HELD_MARKS for c in noun.children):
        return True
    if _told_over(noun):
        return True
    return any(c.dep_ == "prep" and any(t.ent_type_ == "DATE" for t in c.subtree) for c in noun.children)


def _told_over(noun: Token) -> bool:
    """"the talks, which ended on Monday": a clause on the noun in the past tense, or an
    intransitive one the parse hangs on the place the noun is in ("the summit in Batumi, which
    ended on Monday"; not "in Batumi, which hosted the talks")"""
    if any(c.dep_ in ("relcl", "acl") and c.tag_ == "VBD" for c in noun.children):
        return True
    places = [o for c in noun.children if c.dep_ == "prep" and c.lower_ in ("in", "at") for o in c.children if o.dep_ == "pobj"]
    return any(c.dep_ == "relcl" and c.tag_ == "VBD" and not any(d.dep_ == "dobj" for d in c.children) for o in places for c in o.children)


def _own_tense(chain: list[Token]) -> list[Token]:
    """The chain up to a clause joined by "and" that has its own subject and its own
    auxiliary ("said weapons will be a target and that its forces had already hit depots"), or
    a verb in the simple past joined to one under a modal ("announced it would cut ties and
    banned two groups": no "would" or "will" takes a past form): such a clause tells its own
    time, and the "will" of the clause before it is not its."""
    for i, word in enumerate(chain[:-1]):
        own = {c.dep_ for c in word.children}
        if word.dep_ == "conj" and own & {"nsubj", "nsubjpass"} and own & {"aux", "auxpass"}:
            return chain[:i + 1]
        if word.dep_ == "conj" and word.tag_ == "VBD" and not own & {"aux", "auxpass"} and any(c.dep_ == "aux" and c.lower_ in MODALS for c in word.head.children):
            return chain[:i + 1]
    return chain


def _joined_progressive(verb: Token) -> bool:
    """"are shelling and destroying X", "have been shelling and burning Y": a participle joined
    to a progressive verb, with no auxiliary or subject of its own, shares its "are" or "have
    been"."""
    if verb.tag_ != "VBG" or verb.dep_ != "conj" or any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children):
        return False
    return _progressive(verb.head) or _perfect_progressive(verb.head)


def _manner_of_modal(clause: Token) -> bool:
    """ "should come to the defence of X – deploying its forces", "would respond, sending
    troops": a bare participle (no subject, no opening word) tells how the act of its verb is
    done, so what "should", "would" or "could" says of that act it says of the participle too."""
    if clause.dep_ != "advcl" or clause.tag_ != "VBG" or any(c.dep_ in ("nsubj", "mark") for c in clause.children):
        return False
    return any(c.dep_ == "aux" and c.lower_ in MODALS for c in clause.head.children)


MODALS = DEONTIC | MAY_COME


def _cleft(clause: Token) -> list[Token]:
    """"It was the residents who shelled the town": the relative clause of a cleft is the
    sentence's claim, so the words governing the "it was" (its "not", a "did not say that", a
    "claimed that") govern it: the copula and the verb whose clause it is, to be read with the
    rest of the chain."""
    if clause.dep_ != "relcl":
        return []
    named = first_conjunct(clause.head)  # "the residents and the defenders who shelled"
    copula = named.head
    pointing = any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in copula.children)
    if named.dep_ != "attr" or copula.lower_ not in BE_FORMS or not pointing:
        return []
    return [copula, copula.head] if copula.dep_ == "ccomp" else [copula]


def _still_needed(verb: Token) -> bool:
    """"needs to retake X", "need to withdraw", "no need for X to capture Y": an act a party
    needs to do, told in the present or by the noun, is not done; "needed only two days to
    recapture X" took that time to do it, and "will need to" plans it."""
    if verb.lower_ not in ("need", "needs"):
        return False
    return verb.pos_ == "NOUN" or verb.tag_ in ("VBZ", "VBP") and not any(
        c.dep_ in ("dobj", "npadvmod") or (c.dep_ == "aux" and c.lower_ in ("will", "shall")) for c in verb.children
    )


def _announced(chain: list[Token]) -> bool:
    """"the announcement that X would supply Y", "his pledge that troops would be sent": a clause
    a noun of telling holds is said, and its "would" is the "will" then said: a plan."""
    return any(t.dep_ in ("acl", "ccomp") and t.head.pos_ in NOUN_POS and set(base_forms(t.head.lower_)) & ANNOUNCING for t in chain)


def _dated_by_clause(verb: Token) -> Token | None:
    """The verb a bare participle's time clause dates ("will speak before leaving X", "met Y
    after arriving in Z"): the participle has no subject or tense of its own, so it happens
    when its verb says, before or after it."""
    if verb.tag_ != "VBG" or any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in verb.children):
        return None
    if verb.dep_ == "pcomp" and verb.head.lower_ in TIME_MARKS and verb.head.head.pos_ in VERB_POS:
        return verb.head.head
    return verb.head if verb.dep_ == "advcl" and marked(verb, TIME_MARKS) else None


def _above_time_clause(chain: list[Token]) -> list[Token]:
    """The governing words up to a clause that only dates the act ("continued to fight even after
    X fell": the fall is done, the fighting goes on), not past a "conj" sibling."""
    above = []
    for below, word in zip(chain, chain[1:]):
        if below.dep_ == "advcl" and marked(below, TIME_MARKS):
            break
        if below.dep_ != "conj":
            above.append(word)
    return above
