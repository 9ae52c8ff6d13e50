"""Events a speaker makes by speaking: a verdict on an attack, blame or praise of a party, a
penalty it is warned of, dismay at what was done, and what it should or must do."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token


from sitrep.facts import Event, Party, Quote
from sitrep.nlp.doctext import text_of
from sitrep.nlp.events.context import Context
from sitrep.nlp.events.cues import (
    _asked, _counterfactual, _met_with, _obliged_party, _on_condition, _same_side, governor,
)
from sitrep.nlp.events.grammar import (
    _aux, _aux_word, _chain, _child_word, _denied_noun, _negated, _nobody_speaks, _stance_held, _subject, _told, clause_subject, marked,
)
from sitrep.nlp.events.lexicon import Trigger
from sitrep.nlp.events.merge import trigger_span
from sitrep.nlp.events.parties import (
    _antecedent, _judged, _naming_party, _owners, _parties, _person_party, actors,
)
from sitrep.nlp.events.reader import LexiconReader
from sitrep.nlp.events.when import event_date
from sitrep.nlp.events.words import BE_FORMS, CONDITION_MARKS, DESCRIBING, FIRST_PERSON, MAY_COME, NO_CONDUCT, NOUN_POS, PRESENT_BE, RESOLVE_STATES, SEEMING, STATES_OF_AFFAIRS, TIME_NOUNS, THIRD_PERSON, VERB_POS
from sitrep.nlp.furniture import in_furniture
from sitrep.nlp.inflection import base_forms
from sitrep.nlp.outlets import REPORTERS, news_medium, outlet_table, outlets_staff
from sitrep.nlp.quotes.words import rebutting


# News outlets (``data/news_outlets.csv``), with the name words that make a name ending in them an
# outlet's ("the Daily Post", "Fox News", "Anadolu Agency").
MEDIA = outlet_table(*REPORTERS, "name_word")


class SpokenEvents(LexiconReader):
    """Events read from judging words, not from a trigger: each method takes one token and
    returns the speaker's act it makes, or None."""

    def verdict(self, token: Token, context: Context) -> Event | None:
        """"the needless and cruel war, she said", "such raids are vile, he said": condemning
        words on an attack or a war, spoken by someone, are that speaker's accusation (ACCUSE
        disapprove) against the attacker."""
        if token.pos_ not in NOUN_POS:
            return None
        trigger = self.trigger(token)
        if not (trigger is not None and trigger.type == "ASSAULT") and not self.lexicon.cue(token, "durative"):
            return None
        words = [c for c in token.children if c.dep_ == "amod"]
        if token.dep_ == "nsubj":
            words += [c for c in token.head.children if c.dep_ == "acomp"]  # "such attacks are abhorrent"
        words = [w for w in words + [g for c in words for g in c.conjuncts] if self.lexicon.cue(w, "condemn")]
        anchor = governor(token)
        source = self.source(token, anchor, context) if words and not self._topic_of_talks(token, context) else None
        if source is None or self._media(source):
            return None
        ends = [token, *words]
        start, end = min(w.idx for w in ends), max(w.idx + len(w.text) for w in ends)
        attacker = actors(token, token, trigger or Trigger(token.lower_, "N", "ASSAULT", None, frozenset()), context)
        return Event(
            start=start, end=end, text=text_of(token.doc)[start:end], type="ACCUSE", status="occurred",
            mode="disapprove", actors=[source], targets=attacker, place=None,
            date=event_date(token, anchor, context), according_to=source.name,
        )

    def quoted_verdicts(self, doc: Doc, context: Context, found: list[tuple[Event, Token]]) -> list[tuple[Event, Token]]:
        """"the closure was 'a grave violation', Jon Vale said", "Jon Vale called the plan
        reckless", "described the tariffs as an unfair measure": a condemning word (the condemn,
        blame and disapprove cues) a named speaker predicates of something in their own quoted
        or reported words is that speaker's disapproval (PLOVER ACCUSE disapprove, "criticise,
        condemn") even where the parse names no party it is said of (``judgement`` needs one).
        The word must be what something is said to be (a predicate, what it is called or
        described as, or the quote's whole phrase): "the fight against terrorism" names a topic.
        One per quote, none in a quote or sentence that already tells an accusation, and none in
        a rebuttal ("said the claims were absurd"), a guess ("would be reckless"), an impression
        ("seems dangerous") or a judgement of how things stand ("a dangerous moment")."""
        made: list[tuple[Event, Token]] = []
        for quote in context.quotes:
            source = self._quoted_judge(quote, doc, context)
            if source is None:
                continue
            low = min(quote.start, quote.cue.start) if quote.cue else quote.start
            high = max(quote.end, quote.cue.end) if quote.cue else quote.end
            span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
            word = next((w for w in self._verdict_words(quote, span, doc) if self._verdict_word(w, span, context)), None) if span is not None else None
            if word is None or in_furniture(doc, word.idx, word.idx + len(word.text)):
                continue
            told = [e for e, _ in found + made if e.type == "ACCUSE"]
            sentence = word.sent
            if any(e.start < high and low < e.end or (e.start < sentence.end_char and sentence.start_char < e.end) for e in told):
                continue
            judged, _ = _judged(word, context)
            judged = [p for p in judged if p.entity != source.entity and not _same_side([p], source, context)]
            start, end = trigger_span(word)
            made.append((Event(
                start=start, end=end, text=text_of(doc)[start:end], type="ACCUSE", status="occurred",
                mode="disapprove", actors=[source], targets=judged, place=None,
                date=event_date(word, governor(word), context), according_to=source.name,
            ), word))
        return made

    def _quoted_judge(self, quote: Quote, doc: Doc, context: Context) -> Party | None:
        """The named speaker of a quote who can judge in it: not a news outlet, not one told
        or asked something, not a stance the quotes component attributes, not a rebuttal."""
        speaker = quote.speaker
        if speaker is None or speaker.entity is None or not speaker.name or _stance_held(quote) or _told(quote, doc):
            return None
        if quote.cue is not None and rebutting(quote.cue.text.split()[0]):
            return None  # "denied that its forces were responsible"
        cue = doc.char_span(quote.cue.start, quote.cue.end, alignment_mode="expand") if quote.cue is not None else None
        subject = _subject(cue.root) if cue is not None else None
        if cue is not None and cue.root.tag_ in ("VBP", "VBZ") and subject is not None and any(c.dep_ == "conj" for c in subject.children):
            return None  # "Georgia and its allies say the war is unprovoked": a side's standing position, told as background
        source = Party(speaker.entity, speaker.name)
        return None if self._media(source) else source

    def _verdict_words(self, quote: Quote, span: Span, doc: Doc) -> list[Token]:
        """The words of a quote, and for a describing verb's quote ("described the plan",
        which the quotes component ends at the object) also what the plan is described as."""
        cue = doc.char_span(quote.cue.start, quote.cue.end, alignment_mode="expand") if quote.cue is not None else None
        if cue is None or not DESCRIBING.intersection(base_forms(cue.root.lower_)):
            return list(span)
        named = [g for c in cue.root.children if c.dep_ == "oprd" or (c.dep_ == "prep" and c.lower_ == "as") for g in c.subtree]
        return list(span) + [t for t in named if not (span.start <= t.i < span.end)]

    def _verdict_word(self, word: Token, quote: Span, context: Context) -> bool:
        """Whether a word of a quote is a condemning verdict on something (see ``quoted_verdicts``)."""
        if not any(self.lexicon.cue(word, kind) for kind in ("condemn", "blame", "disapprove")) or word.lower_ == "responsible":
            return False  # "responsible" needs whom it holds so ("the office responsible"): ``judgement``
        if _negated(word) or word.ent_type_ or context.entity_at(word.idx, word.idx + len(word.text)) is not None:
            return False
        phrase = word.head if word.dep_ in ("amod", "compound") and word.head.pos_ in NOUN_POS else word
        while phrase.dep_ == "conj" and phrase.head.pos_ in ("ADJ", *NOUN_POS):
            phrase = phrase.head  # "dangerous and irresponsible", "aggressors, invaders"
        if phrase != word and (phrase.lower_ in TIME_NOUNS or phrase.lower_ in STATES_OF_AFFAIRS):
            return False  # "a dangerous moment for the region": how things stand, no deed judged
        if phrase.dep_ in ("attr", "acomp", "oprd"):
            verb, judged = phrase.head, next((c for c in phrase.head.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")), None)
        elif phrase.dep_ == "pobj" and phrase.head.lower_ == "as" and phrase.head.head.pos_ == "VERB":
            verb = phrase.head.head  # "described the move as reckless"
            if not DESCRIBING.intersection(base_forms(verb.lower_)):
                return False  # "listed as a terrorist group", "designated as": a classing, no verdict
            judged = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
        elif phrase.dep_ == "ROOT" and phrase.pos_ in ("ADJ", *NOUN_POS):
            return quote.start <= phrase.i < quote.end  # "'Reckless,' he said": the quote is the verdict
        else:
            return False
        if judged is not None and judged.lower_ in STATES_OF_AFFAIRS | TIME_NOUNS | NO_CONDUCT:
            return False  # "the weather was cruel", "the harvest was disastrous": no deed judged
        if verb.dep_ == "relcl" or _asked(word) or _on_condition(verb):
            return False  # "critics who called the plan unfair were wrong", "Is the ban unfair?", "unfair if it targets X"
        if _negated(verb) or any(c.dep_ == "aux" and c.lower_ in MAY_COME for c in verb.children):
            return False  # "was not illegal", "would be a reckless step": no verdict given
        if SEEMING.intersection(base_forms(verb.lower_)):
            return False  # "a world that seems ever more dangerous": an impression of how things stand
        if judged is None:
            return True
        charge = self.trigger(judged)
        return not (self.lexicon.cue(judged, "proposition") or self.lexicon.cue(judged, "hearsay") or (charge is not None and charge.type == "ACCUSE"))  # "the claims were absurd", "the accusations are baseless": a rebuttal

    def _topic_of_talks(self, token: Token, context: Context) -> bool:
        """ "The two leaders discussed the consequences of X's unprovoked war": what talks were
        about is told in the reporter's words, not the talkers'."""
        return any(
            q.start <= token.idx < q.end and not q.direct and q.cue is not None and self.lexicon.cue_word(q.cue.text, "topic")
            for q in context.quotes
        )

    def judgement(self, token: Token, context: Context) -> Event | None:
        """"the Kremlin was fully responsible for the death, she said", "X's reckless attempts",
        "the war crimes of X", "described X's remarks as reasonable", "hailed the troops as
        heroes", "said the army is endangering civilians": judging words said of a party are the
        judge's act on it, blame or a wrongdoing verb an accusation (ACCUSE disapprove) of another
        side, praise backing (SUPPORT). The judge is whoever
        names the party so ("described", "hailed") or says the clause. Words said of nobody ("a
        dangerous moment"), denied ("was not responsible") or in the reporter's own voice judge
        no one."""
        wrongdoing = token.pos_ == "VERB" and self.lexicon.cue(token, "wrongdoing")
        kind = "ACCUSE" if self.lexicon.cue(token, "blame") or self.lexicon.cue(token, "condemn") or wrongdoing else None
        kind = kind or ("SUPPORT" if self.lexicon.cue(token, "praise") else None)
        if kind is None or _negated(token) or _negated(token.head):
            return None
        if token.lower_ == "responsible" and not _child_word(token, "for"):
            return None  # "the official responsible": an office, not a charge
        if token.ent_type_ or context.entity_at(token.idx, token.idx + len(token.text)) is not None:
            return None  # a word of a name: "the International Criminal Court"
        if _rebutted(token, context):
            return None  # "X rejected claims that Y was responsible": X judges no one so
        judged, naming = _judged(token, context)
        anchor = governor(token)
        judge = _naming_party(naming, context) if naming is not None else None
        source = judge or (self.source(token, anchor, context) if judged else None)
        if source is None or self._media(source) or source.entity is None:
            return None
        judged = [p for p in judged if p.entity != source.entity]
        if kind == "ACCUSE":
            judged = [p for p in judged if not _same_side([p], source, context)]
        if not judged:
            return None
        start, end = trigger_span(token)
        return Event(
            start=start, end=end, text=text_of(token.doc)[start:end], type=kind, status="occurred",
            mode="disapprove" if kind == "ACCUSE" else None, actors=[source], targets=judged, place=None,
            date=event_date(token, naming or anchor, context), according_to=source.name,
        )

    def penalty(self, token: Token, context: Context) -> Event | None:
        """"Moscow will pay a high price, she said", "X would face consequences", "any attack will
        be met with a firm response", "if they attack, our response will be cruel": a penalty
        someone says another party (or an act) will incur
        is that speaker's threat (PLOVER THREATEN) against it; "X has paid a heavy price" counts
        losses, and "would not face" spares it."""
        if not self.lexicon.cue(token, "penalty"):
            return None
        if token.dep_ == "dobj" and self.lexicon.cue(token.head, "incur"):
            verb = token.head
        elif _met_with(token):
            verb = token.head.head  # "any attack on X will be met with a firm response"
        elif token.dep_ == "nsubj" and token.head.lower_ in BE_FORMS and _on_condition(token.head):
            verb = token.head  # "if they attack us, our response will be the most cruel"
        else:
            return None
        if _negated(verb) or not (_aux(verb, self.lexicon, "will") or _aux_word(verb, "would")):
            return None
        source = self.source(token, governor(token), context)
        if source is None or source.entity is None or self._media(source):
            return None
        if verb == token.head and token.dep_ == "nsubj":
            punished, start = [], token.left_edge.idx  # the condition names whom it warns, often only as "they"
        else:
            subject = _subject(verb) or next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
            if subject is None:
                return None
            if subject.lower_ in THIRD_PERSON and (warned := clause_subject(verb, "advcl", CONDITION_MARKS)) is not None:
                subject = warned  # "if X chooses war, it would pay a high price": the condition names whom "it" is
            punished = [p for p in _owners(subject, context) if p.entity != source.entity and not _same_side([p], source, context)]
            if not punished and not (_met_with(token) and self.trigger(subject) is not None):
                return None  # "any attack ... will be met with a response": whoever attacks is warned
            start = trigger_span(verb)[0]
        end = max(token.idx + len(token.text), verb.idx + len(verb.text))
        return Event(
            start=start, end=end, text=text_of(token.doc)[start:end],
            type="THREATEN", status="occurred", mode=self.mode_from_words(token, "THREATEN"), actors=[source],
            targets=punished, place=None, date=event_date(verb, governor(verb), context), according_to=source.name,
        )

    def dismay(self, token: Token, context: Context) -> Event | None:
        """"she was appalled by reports of horrors", "X expressed shock at the footage": a party
        shocked or horrified by what was done condemns it (PLOVER ACCUSE disapprove); the one
        who feels it is the passive's subject or whoever expresses the feeling. "The images
        shocked the world" names no one who condemns."""
        if not self.lexicon.cue(token, "dismay") or _negated(token):
            return None
        if token.pos_ in NOUN_POS:
            if token.dep_ != "dobj" or "express" not in base_forms(token.head.lower_):
                return None
            verb, feeler = token.head, _subject(token.head)
        else:
            verb = token.head if token.dep_ == "acomp" else token
            feeler = next((c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")), None)
            if not any(c.lower_ in ("by", "at", "about", "over") for c in token.children):
                return None  # "shocked by the images": what shocks is named
        if feeler is None or _negated(verb):
            return None
        sayer = _subject(verb.head) if feeler.pos_ == "PRON" and verb.dep_ == "ccomp" else None
        if feeler.pos_ == "PRON" and context.referent(feeler) is None:
            feeler = _antecedent(feeler, context)
        parties = _parties(feeler, context) if feeler is not None else []
        said_by = _parties(sayer, context) if sayer is not None and sayer.pos_ != "PRON" else []
        if said_by and said_by[0].entity is not None and (feeler is None or feeler.pos_ == "PRON"):
            parties = said_by if _person_party(said_by[0], context) or not parties else parties  # "X said he was shocked": X was
        if not parties or parties[0].entity is None:
            return None
        start, end = trigger_span(token)
        source = self.source(token, governor(token), context)
        return Event(
            start=start, end=end, text=text_of(token.doc)[start:end], type="ACCUSE", status="occurred",
            mode="disapprove", actors=parties, targets=[], place=None,
            date=event_date(token, governor(token), context), according_to=source.name if source else None,
        )

    def obligation(self, token: Token, context: Context) -> Event | None:
        """"Norland should free the pilots, she said", "the pilots must be freed," he said: what a
        speaker says a party should or must do, or should be done, is the speaker's demand
        (PLOVER REQUEST) on that party, whatever the act demanded; the act itself is its
        content, not a happening. "X should know that ..." warns X (THREATEN)."""
        source = self._demander(token, context)
        if source is None or _counterfactual(token):
            return None  # "X should have given way": a reproach for the past, no demand
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        asked = _parties(subject, context) if subject is not None else []
        kind = "THREATEN" if self._warning(token) else "REQUEST"
        start, end = trigger_span(token)
        return Event(
            start=start, end=end, text=text_of(token.doc)[start:end], type=kind, status="occurred",
            mode=self.mode_from_words(token, kind), actors=[source], targets=[p for p in asked if p != source],
            place=None, date=event_date(token, token, context), according_to=source.name,
        )

    def _demander(self, verb: Token, context: Context) -> Party | None:
        """The speaker who says what someone should or must do with this verb, if it is such a
        demand: "we must ..." is the speaker's own resolve, and "prices should fall" a forecast
        about a thing, "X must be careful" a judgement, and a news outlet demands nothing in its narration."""
        if verb.pos_ not in VERB_POS or not (_aux(verb, self.lexicon, "oblige") or self._necessary(verb) or _said_needed(verb)) or _asked(verb):
            return None
        caused = any(g.pos_ in VERB_POS for c in verb.children for g in (c, *c.children) if c.dep_ in ("dobj", "ccomp", "xcomp"))
        if verb.lower_ in BE_FORMS or (verb.lower_ in ("have", "has") and not caused):
            return None  # "X must be careful", "countries should have a say": a judgement; "should have sanctions placed on him" asks
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None and self._own_state(verb):
            return None  # "we must be prepared", "I must be ready": the speaker's own resolve
        needed = verb.dep_ == "xcomp" and self._necessary(verb)  # "it is important to increase X": asked of everyone
        if subject is None and verb.dep_ != "conj" and not needed and not any(c.dep_ == "nsubjpass" for c in verb.children):
            return None  # "should gas supplies stop": a verb with no subject of its own (nor one it shares) is a misread, no demand
        if subject is not None and not _obliged_party(subject, context):
            return None
        if subject is not None and any(c.dep_ == "aux" and c.i < subject.i for c in verb.children):
            return None  # "should Norland use gas": "should" before its subject is "if", no demand
        source = self.source(verb, verb, context)
        return None if source is None or self._media(source) or _nobody_speaks(source) else source

    def _own_state(self, verb: Token) -> bool:
        """"We must be prepared", "we must be united": a participle of resolve whose subject is
        the speaker's own "we/I" tells a state the speaker's side resolves to be in; "we must be
        admitted", "we must be helped" still ask others for something."""
        return verb.lower_ in RESOLVE_STATES and any(c.dep_ == "nsubjpass" and c.lower_ in FIRST_PERSON for c in verb.children)

    def _necessary(self, verb: Token) -> bool:
        """"It is vital that civilians be evacuated", "it was crucial that the donors did not let
        up", "it is important to increase the pressure": a clause said to be necessary is asked
        for, as one that "should" happen."""
        if verb.dep_ not in ("ccomp", "xcomp") or self.lexicon.cue(verb, "speech") or self.lexicon.cue(verb, "know"):
            return False  # "it is important to understand that ...": a point made, not an act asked
        be = verb.head.head if verb.head.pos_ == "ADJ" else verb.head
        adjectives = [c for c in be.children if c.dep_ == "acomp"] if be.lower_ in BE_FORMS else []
        expletive = any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in be.children)  # not "what is necessary to help"
        modal = any(c.dep_ == "aux" for c in be.children)  # "it may be vital to ...": a supposition
        return expletive and not modal and any(self.lexicon.cue(a, "necessity") and not _negated(a) and not _negated(be) for a in adjectives)

    def _warning(self, verb: Token) -> bool:
        """"X should know that it will be held to account": telling a party what it must know
        or understand warns it (PLOVER THREATEN), it asks nothing of it."""
        return self.lexicon.cue(verb, "know") and any(c.dep_ == "ccomp" for c in verb.children)

    def _demanded(self, anchor: Token, context: Context) -> bool:
        """Whether the act is what a speaker says someone should or must do (see ``obligation``)."""
        return any(self._demander(t, context) is not None for t in _chain(anchor))

    def _media(self, source: Party) -> bool:
        """Whether the source is a news outlet ("the newspaper", "The Daily Post"): a reporter's
        adjective ("the brutal invasion") is narration, no party's condemnation. Matched as the
        quotes rules match outlets, capitals and all, so "Ria Lind" is no RIA."""
        return news_medium(source.name or "", MEDIA) or outlets_staff(source.name or "", MEDIA)


def _said_needed(verb: Token) -> bool:
    """"Further restrictions are needed", "an independent inquiry is urgently needed, she said":
    a thing said to be needed now is asked for, as one that "should" be done (the passive of
    PLOVER REQUEST's "need"); "what is needed", "more time is needed", "it is needed", "Nato is
    needed" (a party, not a thing to be done) and "no more troops are needed" name no demand,
    nor does a need supposed or weighed ("if more aid is needed", "unclear whether more is needed")."""
    if verb.lower_ != "needed" or verb.dep_ == "relcl" or _negated(verb) or any(c.dep_ == "aux" and c.lower_ in MAY_COME for c in verb.children):
        return False
    if marked(verb, CONDITION_MARKS | {"whether", "when"}):
        return False
    if not any(c.dep_ == "auxpass" and c.lower_ in PRESENT_BE for c in verb.children):
        return False  # "the new laws were needed to guarantee supplies": why something was done, no demand made now
    held = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return held is not None and held.pos_ == "NOUN" and held.lower_ not in TIME_NOUNS | STATES_OF_AFFAIRS and not _denied_noun(held)


def _rebutted(token: Token, context: Context) -> bool:
    """Whether the word is in what a speaker denies or rejects ("denied that its forces were
    responsible", "rejected claims that ..."): the judgement is someone else's, or no one's."""
    return any(
        q.start <= token.idx < q.end and q.cue is not None and rebutting(q.cue.text.split()[0])
        for q in context.quotes
    )
