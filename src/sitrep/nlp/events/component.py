"""``sitrep_events``: the spaCy component that finds events in a parsed article."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Token

from sitrep.facts import Event, Party
from sitrep.nlp.doctext import text_of
from sitrep.nlp.events.context import Context
from sitrep.nlp.events.cues import (
    _a_condition, _a_danger, _a_person_sent, _agrees_with_view, _aim, _any_one, _asked,
    _bare_infinitive, _briefing, _capacity, _counterfactual, _dated_start, _decided, _defined,
    _deliberated, _describing, _entitled, _generic, _given_to_others, _givers, _impression,
    _in_concert, _in_passing, _intended_not, _invitation, _kept_silent, _list_keeper, _material,
    _met_with, _moving_on, _needed_thing, _needs_actor, _no_one, _nobody, _obliged_party,
    _on_condition, _own_parties, _present_state, _pulled_back, _risk, _same_side, _stance_of_people,
    _tallied, _told_ahead, _told_before, _under_way, _voiced, _warned_to_act, _warrant_issuer,
    find_trigger, governor,
)
from sitrep.nlp.events.grammar import (
    _a_means, _accused, _after_word, _aux, _aux_word, _caption, _chain, _child_word, _continued,
    _controller, _cued_by, _denied_noun, _done_with, _every, _governing, _is_to, _lasting, _later,
    _negated, _negation_reach, _nobody_speaks, _own_pronouns, _own_subject, _passive,
    _perfect_progressive, _performative, _present_progressive, _progressive, _simple_present,
    _stance_held, _subject, _to_reader, lends_subject,
)
from sitrep.nlp.events.headlines import _headline_word, _in_lines, _told_in_body, recase_headlines
from sitrep.nlp.events.lexicon import Trigger, load_lexicon
from sitrep.nlp.events.merge import _anchored, drop_whole_trips, merge, trigger_span
from sitrep.nlp.events.parties import (
    _antecedent, _circumstance, _judged, _likewise, _named, _names_somewhere, _naming_party,
    _own_act, _own_side_act, _owners, _parties, _person_party, _source_party, _unique, actors,
    targets,
)
from sitrep.nlp.events.when import _after, _next_weekday, background, event_date
from sitrep.nlp.events.where import _place_party, _side_party, event_place, per_place
from sitrep.nlp.events.words import (
    ACKNOWLEDGING, BE_FORMS, CONTENT_TAKERS, DAY, EXPECTERS, FIGURATIVE_FORCE, FIRST_PERSON,
    FORCE_TYPES, HEAD_STEPS, HOSTILE, MOVES, NEEDS_DONOR, NOUN_POS, OUTCOMES, PERCEIVED, PLANNERS,
    POSSIBLE, QUERY_VERBS, REFUSED_MODES, RELATIVE, SETTING_NOUNS, SETTING_PREPS, SPOKEN, VERB_POS,
    WEIGHING,
)
from sitrep.nlp.figures import AID_WORDS, figure_classes, unresolved
from sitrep.nlp.furniture import in_furniture
from sitrep.nlp.inflection import base_forms
from sitrep.spans import headline_lines


class EventExtractor:
    """spaCy component: ``doc._.events`` from triggers, the parse, and the other components' facts."""

    def __init__(self, nlp: Language, name: str = "sitrep_events") -> None:
        self.lexicon = load_lexicon()
        self.nlp = nlp
        # What a party backs by stating it: the objects "welcome" needs (events_triggers.csv).
        self.proposals = frozenset(word for row in self.lexicon.triggers["welcome"] if "proposal" in row.needs for word in row.needs)

    def __call__(self, doc: Doc) -> Doc:
        context = Context(doc)
        found: list[tuple[Event, Token]] = []
        consumed: set[int] = set()
        headlines = headline_lines(text_of(doc))
        for token in doc:
            if token.i in consumed or _in_lines(token, headlines):
                continue  # a headline is in capitals the parser reads badly: read below, recased
            if in_furniture(doc, token.idx, token.idx + len(token)):
                continue  # another story's teaser: "... – video", "...Read more"
            said = self.verdict(token, context) or self.obligation(token, context) or self.judgement(token, context) or self.penalty(token, context) or self.dismay(token, context)
            if said is not None:
                found.append((said, token))
            trigger = self.trigger(token)
            if trigger is not None:
                found += [(event, token) for event in self.events(token, trigger, context, consumed)]
        found += [h for h in self.headline_events(doc, context, headlines) if not _told_in_body(h[0], [e for e, _ in found])]
        doc._.events = [e for e in drop_whole_trips(merge(found, context)) if _anchored(e)]
        return doc

    def headline_events(self, doc: Doc, context: Context, headlines: list[tuple[int, int]]) -> list[tuple[Event, Token]]:
        """"New Talks Planned While Ruritania Keeps Shelling Vale", "NORLAND POSTPONES
        TALKS": a headline or a linked story's title reports happenings too, but the parser
        takes its capitals for names; its lines are parsed again in sentence case (see
        ``recase_headlines``), with the same offsets, so the article's entities and places
        still point into them. The caller drops those the body tells already (``_told_in_body``)."""
        if not headlines:
            return []
        text = text_of(doc)
        recased = self.nlp.make_doc(recase_headlines(text, headlines))
        for name, component in self.nlp.pipeline:
            if not name.startswith("sitrep_") or name == "sitrep_paragraphs":
                recased = component(recased)  # the model's own parse and names, not sitrep's facts
        found: list[tuple[Event, Token]] = []
        consumed: set[int] = set()
        for token in recased:
            trigger = self.trigger(token) if _in_lines(token, headlines) and token.i not in consumed else None
            if trigger is not None:
                found += [(replace(e, text=text[e.start:e.end]), token) for e in self.events(token, trigger, context, consumed) if e.actors]
        return found  # a headline drops its verbs and articles: an act there with no doer is a topic

    def trigger(self, token: Token) -> Trigger | None:
        return find_trigger(token, self.lexicon)

    def events(self, token: Token, trigger: Trigger, context: Context, consumed: set[int]) -> list[Event]:
        """The happenings one trigger reports: one per place when it names several ("captured X
        and Y", "will go to X and Y")."""
        event = self.event(token, trigger, context, consumed)
        return per_place(event, token, trigger, context) if event is not None else []

    def event(self, token: Token, trigger: Trigger, context: Context, consumed: set[int]) -> Event | None:
        if self._describes_other(token) or self._habitual(token, trigger) or _in_passing(token):
            return None
        if _headline_word(token) or _asked(token) or _generic(token) or _defined(token) or self._no_goods(token, trigger) or self._foretold(token, trigger, context):
            return None
        if _nobody(token) or self._other_sense(token) or self._naming(token, trigger) or self._no_party_met(token, trigger):
            return None
        if self._verbal_attack(token, trigger) or _needed_thing(token, trigger) or _briefing(token) or _moving_on(token, trigger) or _stance_of_people(token, trigger) or _describing(token) or _impression(token) or self._prevented(token) or _risk(token, trigger, context) or _a_danger(token, trigger):
            return None
        if self._reported_on(token) or self._done_by_war(token, trigger) or self._patronage(token, trigger) or self._fear_voiced(token, trigger):
            return None
        if _told_before(token) or _intended_not(token) or _deliberated(token) or self._traded(token, trigger) or _counterfactual(token) or _in_concert(token):
            return None
        if trigger.term == "commit" and token.dep_ == "acl":
            return None  # "accountable for crimes committed in X": crimes named as what is judged, a background noun phrase
        if trigger.type == "REJECT" and _kept_silent(token):
            return None  # "declined to comment", "refused to say": nothing turned down
        if trigger.type in FORCE_TYPES and (_capacity(token) or _entitled(token)):
            return None  # "rockets that can strike into Norland", "X has the right to strike": what may be done, not done
        if trigger.type == "ASSAULT" and self._war_as_setting(token):
            return None  # "after the invasion", "sanctions over the invasion": the war as the time or cause
        if trigger.type in FORCE_TYPES and (_a_condition(token) or _any_one(token)):
            return None  # "if Russia attacks", "any attack on X will be met ...": a condition, no attack reported
        anchor = governor(token)
        if background(token, anchor, context):
            return None
        row = self.trigger(anchor) if anchor != token else None
        if row is not None and self._takes_content(anchor, row) and not self._presupposed(token) and not _voiced(token, trigger):
            return None  # "called for new sanctions", "threatened a strike", "rejected talks": the asking's, threat's or refusal's content
        if self._sought(token):
            return None  # "its pursuit of more support", "a demand for weapons": what is asked for
        if self._talked_about(token):
            return None  # "discussions on Norland's occupation of X", "talks about a ceasefire": a topic
        if row is not None and row.type != "AGREE":
            anchor = token  # "deploring Russia's invasion": the noun is the other event's content
        if anchor != token and self.lexicon.cue(anchor, "topic") and not _own_parties(token):
            return None  # "discussed the sanctions": a topic of talk, not the act reported
        if self._requested(anchor) and not self._presupposed(token):
            return None  # "ordered X to stop its invasion": the invasion is there, only its end is asked
        if self._demanded(anchor, context):
            return None  # "Norland should free the pilots, she said": the freeing is what she demands
        status = self.status(token, token if _circumstance(token) else anchor, trigger)
        if status is None and self._refused(token, anchor, trigger):
            trigger, status = Trigger(trigger.term, trigger.pos, "REJECT", REFUSED_MODES.get(trigger.type), trigger.needs), "occurred"
        if status is None or _to_reader(token, anchor, context):
            return None
        if trigger.type == "AGREE" and not _invitation(trigger) and (self._agrees_to_act(token) or _agrees_with_view(token)):
            return None
        trigger = self._attacked(token, trigger)
        if trigger is None:
            return None
        trigger = _warned_to_act(token, _pulled_back(token, _material(token, anchor, trigger)))
        if status in ("planned", "hypothetical") and trigger.type in HOSTILE and _on_condition(anchor):
            trigger, status = Trigger(trigger.term, trigger.pos, "THREATEN", None, trigger.needs), "occurred"
        wished = self._wished(token, anchor, trigger)
        offer = wished.type == "AGREE" and trigger.type != "AGREE"
        if offer and status == "ongoing":
            status = "occurred"  # "is willing to resume talks": the offer is made, whatever the talks would be
        trigger = self._diplomatic(token, anchor, wished)
        mode, extra_targets = trigger.mode, []
        purpose = _purpose_meeting(token, self) if trigger.mode == "visit" else None
        if purpose is not None:
            consumed.add(purpose.i)
            mode, extra_targets = self.trigger(purpose).mode, targets(purpose, purpose, trigger, context)
        place = event_place(token, anchor, trigger, context)
        source = self.source(token, anchor, context)
        event_actors = actors(token, anchor, trigger, context) or self._speaker_as_actor(token, anchor, trigger, source, context)
        event_actors = _unique(event_actors + _likewise(anchor, context)) if event_actors else event_actors
        if not event_actors and "@blacklist" in trigger.needs:
            event_actors = _list_keeper(anchor, context)  # "was added to a UK sanctions list": the UK lists
        if not event_actors and offer:
            event_actors = self._offerer(token, anchor, context)  # "Georgia is willing to resume talks": Georgia offers
        if (issuer := _warrant_issuer(token, trigger, context)) is not None:
            trigger, event_actors = Trigger(trigger.term, trigger.pos, "THREATEN", "arrest", trigger.needs), issuer
            extra_targets = [p for c in token.children if c.dep_ == "poss" for p in _parties(c, context)]  # "for X's arrest"
        receiver: list[Party] = []
        if token == anchor and self.lexicon.cue(token, "receipt"):
            receiver, event_actors = event_actors, _givers(token, context)  # "X received a loan from Y": Y gives
        if "@place" in trigger.needs and (place is None or (mode == "visit" and not _named(event_actors))):
            return None  # a trip needs a destination and a traveller; a capture, a place
        if not event_actors and _needs_actor(token, trigger):
            return None
        event_targets = receiver or extra_targets or targets(token, anchor, trigger, context)
        if mode == "visit" and not event_targets and place is not None:
            event_targets = [_place_party(place, context)]
        if mode == "seize":
            event_targets = []
        if status == "occurred" and trigger.type not in SPOKEN and source is not None and _same_side(event_actors, source, context):
            status = "claimed"  # "Russian forces captured X, the Russian defence ministry said"
        when = event_date(token, anchor, context)
        timetabled = status == "occurred" or (status == "ongoing" and token == anchor and (_simple_present(token) or _present_progressive(token)))
        if timetabled and (_after(when, context.published) or (status == "ongoing" and _later(token))):
            status = "planned"  # "when she meets ministers next week", "are meeting later today": a time still to come is a plan
        elif status == "ongoing" and when is not None and DAY.fullmatch(when) and token.pos_ in VERB_POS and _continued(token):
            status = "occurred"  # "on Friday continued to shell X": that day's shelling was done
        if status == "planned":
            when = _next_weekday(when, token, context)
        if trigger.type == "ASSAULT" and not event_actors and when is None and _tallied(token):
            return None  # "40 medics were killed in X": a tally (a figure), no one attack
        start, end = trigger_span(token)
        return Event(
            start=start, end=end, text=text_of(token.doc)[start:end], type=trigger.type, status=status,
            mode=mode or self.mode_from_words(token, trigger.type),
            actors=event_actors, targets=[t for t in event_targets if t not in event_actors],
            place=place.ref() if place else None, date=when,
            according_to=source.name if source else None,
        )

    def _speaker_as_actor(self, token: Token, anchor: Token, trigger: Trigger, source: Party | None, context: Context) -> list[Party]:
        """Who acts when the parse names nobody: the speaker, for a verdict spoken ("is the fault
        of X, she said") or for the speaker's own pronoun ("X said it had captured Y", "we will")."""
        if source is None or (token.pos_ in NOUN_POS and (anchor == token or not lends_subject(anchor))):
            return []  # a noun that is another act's content has no subject of its own
        subject = _subject(anchor)
        pronoun = subject.lower_ if subject is not None and subject.pos_ == "PRON" else None
        if pronoun in FIRST_PERSON and any(q.direct and q.start <= token.idx < q.end for q in context.quotes):
            side = _side_party(source, context) if pronoun == "we" else None
            return [side or source]  # "we" in a quote is the speaker's side (a minister's "we": the country), however deep the clause
        if not any(self._said(t) for t in _chain(anchor)):
            return []
        if trigger.type in NEEDS_DONOR and subject is None and _passive(anchor):
            return [source] if _given_to_others(token, anchor, trigger, source, context) else []
        return [source] if trigger.type in SPOKEN or pronoun in _own_pronouns(source, context) else []

    def _said(self, clause: Token) -> bool:
        """Whether a clause is itself what someone said ("X is to blame, she said"), not a word
        deeper in it: only then is the speaker the one who acts."""
        if clause.dep_ in ("ccomp", "parataxis") and self.lexicon.cue(clause.head, "speech"):
            return True
        return any(c.dep_ == "parataxis" and self.lexicon.cue(c, "speech") for c in clause.children)

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
        source = self.source(token, anchor, context) if words else None
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

    def judgement(self, token: Token, context: Context) -> Event | None:
        """"the Kremlin was fully responsible for the death, she said", "X's reckless attempts",
        "the war crimes of X", "described X's remarks as reasonable", "hailed the troops as
        heroes": judging words said of a party are the judge's act on it, blame an accusation
        (ACCUSE disapprove) of another side, praise backing (SUPPORT). The judge is whoever
        names the party so ("described", "hailed") or says the clause. Words said of nobody ("a
        dangerous moment"), denied ("was not responsible") or in the reporter's own voice judge
        no one."""
        kind = "ACCUSE" if self.lexicon.cue(token, "blame") or self.lexicon.cue(token, "condemn") else None
        kind = kind or ("SUPPORT" if self.lexicon.cue(token, "praise") else None)
        if kind is None or _negated(token) or _negated(token.head):
            return None
        if token.lower_ == "responsible" and not _child_word(token, "for"):
            return None  # "the official responsible": an office, not a charge
        if token.ent_type_ or context.entity_at(token.idx, token.idx + len(token.text)) is not None:
            return None  # a word of a name: "the International Criminal Court"
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
        if verb.pos_ not in VERB_POS or not (_aux(verb, self.lexicon, "oblige") or self._necessary(verb)) or _asked(verb):
            return None
        caused = any(g.pos_ in VERB_POS for c in verb.children for g in (c, *c.children) if c.dep_ in ("dobj", "ccomp", "xcomp"))
        if verb.lower_ in BE_FORMS or (verb.lower_ in ("have", "has") and not caused):
            return None  # "X must be careful", "countries should have a say": a judgement; "should have sanctions placed on him" asks
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        needed = verb.dep_ == "xcomp" and self._necessary(verb)  # "it is important to increase X": asked of everyone
        if subject is None and verb.dep_ != "conj" and not needed and not any(c.dep_ == "nsubjpass" for c in verb.children):
            return None  # "should gas supplies stop": a verb with no subject of its own (nor one it shares) is a misread, no demand
        if subject is not None and not _obliged_party(subject, context):
            return None
        if subject is not None and any(c.dep_ == "aux" and c.i < subject.i for c in verb.children):
            return None  # "should Norland use gas": "should" before its subject is "if", no demand
        source = self.source(verb, verb, context)
        return None if source is None or self._media(source) or _nobody_speaks(source) else source

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
        adjective ("the brutal invasion") is narration, no party's condemnation."""
        return any(self.lexicon.cue_word(word, "media") for word in re.findall(r"[A-Za-z]+", source.name or ""))

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
        return any((row := self.trigger(t)) is not None and (row.type == "REQUEST" or _invitation(row) or self._threatened_act(t, row)) for t in above)

    def _threatened_act(self, verb: Token, row: Trigger) -> bool:
        """"threatened to shell X", "threatened that it would strike": what a threat
        says will be done is its content, not a happening (a warning of an act foresees it)."""
        return row.type == "THREATEN" and verb.pos_ in VERB_POS and not self.lexicon.cue(verb, "foretell")

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
        return any(self.lexicon.cue(t, "message") for t in things)

    def _traded(self, token: Token, trigger: Trigger) -> bool:
        """"Norland's gas deliveries", "deliveries of grain rose", "supplied oil": goods a state
        sells are trade, not aid, unless the clause calls them aid ("grain as humanitarian aid")."""
        if trigger.type != "AID":
            return False
        things = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass", "compound", "amod")]
        things += [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        goods = [t for thing in things for t in (thing, *thing.conjuncts) if t.pos_ in NOUN_POS]  # "LNG" is a proper noun to the tagger
        if not goods or not all("commodity" in figure_classes(t) for t in goods):
            return False  # "fuel and weapons" is aid
        clause = token.head if token.pos_ in NOUN_POS else token
        return not any(t.lower_ in AID_WORDS for t in clause.subtree)

    def _prevented(self, token: Token) -> bool:
        """"obstructed the transfer of medicine to Vale", "kept from sending food" (when the verb
        is a prevent cue): an act a governing word stopped did not happen."""
        return any(t.pos_ in VERB_POS and self.lexicon.cue(t, "prevent") for t in list(token.ancestors)[:HEAD_STEPS])  # not "an apartment block"

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
        things += [g for t in things for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        if any(self.lexicon.cue(t, "goal") or self.lexicon.cue(t, "sheltered") or self.lexicon.cue(t, "installation") for t in things):
            return True  # "hosting 20,000 refugees", "hosts some of its most powerful armaments", "hosted US bases": no meeting
        met = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children if g.dep_ == "pobj"]
        if met and trigger.term in ("meet", "met") and all(_no_one(g) for g in met):
            return True  # "met with a cool reception", "any attack will be met with a firm response": answered, nobody met
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

    def _done_by_war(self, verb: Token, trigger: Trigger) -> bool:
        """"The war has halted trade on the sea": what a war or an invasion does is its toll, no
        party's decision to sanction, give or agree; only force (ASSAULT, COERCE) is the war's
        own act."""
        if trigger.type in FORCE_TYPES or verb.pos_ not in VERB_POS:
            return False
        return any(c.dep_ == "nsubj" and self.lexicon.cue(c, "state") for c in verb.children)

    def _reported_on(self, token: Token) -> bool:
        """"the latest updates on the shelling of Eastport", "news about military aid": an act
        that is what a report or a newsletter covers is its subject, told elsewhere if at all;
        so is what an inquiry looks into ("evidence of X's atrocities")."""
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
        support" is no demonstration); "supported views that ...",
        "backs the theory": what supports a proposition is evidence, no party's act; "recognise that
        X", "the truth we recognise": a fact granted, no state recognised."""
        bare = not any(c.dep_ == "dobj" for c in token.children)  # "warned X against joining": X is warned, a threat
        particles = [c.lower_ for c in token.children if c.dep_ == "prt" or (c.dep_ == "prep" and bare) or (c.dep_ == "advmod" and token.pos_ in VERB_POS)]  # "a demonstration of support", "warned against", "go further"
        particles += [form for c in token.children if c.dep_ in ("xcomp", "dobj") for form in base_forms(c.lower_)]  # "rally support" gathers, no rally
        if any(f"{form} {p}" in self.lexicon.cues["other_sense"] for form in base_forms(token.lower_) for p in particles):
            return True
        if "rally" in base_forms(token.lower_) and token.pos_ in VERB_POS and not bare:
            return True  # "rallied support", "rallied farmers behind the levy": gathering backing, no demonstration
        if token.dep_ == "relcl" and self.lexicon.cue(token.head, "proposition") and not any(c.dep_ == "dobj" for c in token.children):
            return True  # "the truth we must recognise" (not "suspicions the US is supplying arms", which tells what is suspected)
        if set(base_forms(token.lower_)) & ACKNOWLEDGING and any(c.dep_ == "ccomp" for c in token.children):
            return True  # "we need to recognise that warfare has changed": acknowledging a fact recognises no state
        return any(c.dep_ == "dobj" and self.lexicon.cue(c, "proposition") for c in token.children)  # "the data support the view that ..."

    def _war_as_setting(self, token: Token) -> bool:
        """"after the invasion", "sanctions over the invasion", "in response to the invasion",
        "in the wake of the war": the war named as the time or the cause of what the story tells
        is its setting, not a development (annotation convention of unseen16). A war told as a
        dated act ("its 3 March invasion") is one, and so is the war going on ("as the war goes
        on", "since the invasion", "amid the invasion": the seeds' gold keeps such a mention)."""
        if token.pos_ not in NOUN_POS or not self.lexicon.cue(token, "durative") or any(t.ent_type_ == "DATE" for t in token.subtree):
            return False
        head = token.head
        caused = token.dep_ == "nsubj" and any(c.dep_ == "dobj" for c in head.children)  # not "the offensive shifted to the east"
        if (caused or (token.dep_ == "pobj" and head.dep_ == "agent")) and self.lexicon.cue(head if caused else head.head, "cause"):
            return True  # "the invasion has triggered a rethink", "a shift prompted by the invasion": the war as the cause
        return token.dep_ == "pobj" and (head.lower_ in SETTING_PREPS or head.head.lower_ in SETTING_NOUNS)

    def _verbal_attack(self, token: Token, trigger: Trigger) -> bool:
        """"is maliciously attacking and smearing X": an attack joined with a blaming verb is
        attacking in words; the blaming verb tells it (ACCUSE). "A verbal attack", "a
        political war", "a trade war": force in a figure of speech is no force."""
        if trigger.type == "ASSAULT" and token.pos_ in NOUN_POS:
            return any(c.dep_ in ("amod", "compound") and c.lower_ in FIGURATIVE_FORCE for c in token.children)
        if trigger.type != "ASSAULT" or token.pos_ not in VERB_POS:
            return False
        return any((row := self.trigger(c)) is not None and row.type == "ACCUSE" for c in token.conjuncts)

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
        """"wanted to meet the president" asks for a meeting (REQUEST meet); "is open to talks" offers one (AGREE)."""
        if trigger.type != "CONSULT":
            return trigger
        governing = _governing(token, anchor)
        if any(self.lexicon.cue(t, "wish") for t in governing):
            return Trigger(trigger.term, trigger.pos, "REQUEST", "meet", trigger.needs)
        if any(self.lexicon.cue(t, "willing") for t in governing):
            return Trigger(trigger.term, trigger.pos, "AGREE", None, trigger.needs)
        return trigger

    def _offerer(self, token: Token, anchor: Token, context: Context) -> list[Party]:
        """Who says it is willing or ready: the subject of the willing word's clause."""
        willing = next((t for t in _governing(token, anchor) if self.lexicon.cue(t, "willing")), None)
        subject = _subject(willing.head if willing is not None and willing.dep_ == "acomp" else willing) if willing is not None else None
        return _parties(subject, context) if subject is not None and subject.pos_ != "PRON" else []

    def mode_from_words(self, token: Token, event_type: str) -> str | None:
        """A mode chosen by the trigger's own words or modifiers ("missile strike", "urged ... weapons")."""
        near = [token, *token.children, *(g for c in token.children for g in c.children)]
        for word in near:
            mode = self.lexicon.modes.get((word.lower_, event_type))
            if mode:
                return mode
        return None

    def status(self, token: Token, anchor: Token, trigger: Trigger) -> str | None:
        """Modality from the governing words; None when the text says it did not happen."""
        chain = _chain(anchor)
        if anchor.dep_ == "ccomp":
            chain.append(anchor.head)  # "denied that its forces had shelled", "claimed that ..."
        elif chain[-1].dep_ == "ccomp" and chain[-1].head.lower_ in PERCEIVED:
            chain.append(chain[-1].head)  # "have not seen China evade sanctions or provide arms": neither was seen
        governing = [t for below, t in zip(chain, chain[1:]) if below.dep_ != "conj"]  # "continue ... and have taken": a sibling, not a cue
        cue = self.lexicon.cue
        if any(cue(t, "deny") for t in governing):
            return "denied"
        if anchor != token and self._presupposed(token):
            return "occurred" if _dated_start(token) else "ongoing"  # "if they resist his invasion", "has not stopped its war": the war is there
        if any(_negated(t) for t in _negation_reach(chain)) or _negated(token) or _denied_noun(token):
            return None
        if any(cue(t, "refuse") for t in governing) or (anchor != token and trigger.type not in FORCE_TYPES and cue(anchor, "refuse")):
            return None  # "has resisted supporting sanctions", "declined to attend": it did not happen (an attack resisted did)
        if trigger.type not in SPOKEN | {"CONSULT"} and any(cue(t, "wish") and not cue(t, "attempt") and not self._caused(t) for t in governing):
            return None  # "people want to kill them": a wish is no happening; "want to thank" thanks, a wished meeting is a request
        if any(cue(t, "wish") and not self._caused(t) and (_controller(t) is not None or _own_subject(below)) for below, t in zip(chain, chain[1:])):
            return None  # "wants Vale to recognise X": what one party wants of another is its demand, not an act
        if any(t.pos_ in NOUN_POS and any(c.dep_ == "amod" and c.lower_ in POSSIBLE for c in t.children) for t in (token, anchor, *governing)):
            return "hypothetical"  # "a possible embargo", "a potential blockade": may come
        if _aim(anchor) and cue(anchor.head, "plan"):
            return "planned"  # "the president's plans to visit the Gulf"
        if any(set(base_forms(t.lower_)) & WEIGHING for t in governing):
            return "hypothetical"  # "the Pentagon is considering sending launchers": an option weighed
        if any(cue(t, "attempt") and _progressive(t) for t in governing) or (_under_way(anchor) and trigger.type not in OUTCOMES):
            return "ongoing"  # "Norland is trying to seize X", "efforts to impose costs": the attempt is under way
        conditional = trigger.type != "THREATEN" and any(_on_condition(t) and not set(base_forms(t.lower_)) & QUERY_VERBS for t in chain)  # a threat is conditional by nature; "asked if" asks whether
        if conditional or any(_child_word(t, "if") or _child_word(t, "whether") for t in chain) or self._feared(token) or _aim(anchor) or any(cue(t, "attempt") for t in governing) or _a_means(chain):
            return "hypothetical"
        if _bare_infinitive(anchor):
            return "hypothetical"  # "commitment to support X, impose costs on Y": the parse lost the "to"
        if token.pos_ in NOUN_POS and any(c.dep_ == "det" and c.lower_ == "any" for c in token.children):
            return "hypothetical"  # "any attack on X will be met with force": whichever may come
        if any(_aux(t, self.lexicon, "would") for t in chain):  # "said allies would continue": reported "will"
            reported_will = any(_aux_word(t, "would") for t in chain) and self.speech_verb(anchor) is not None
            return "planned" if reported_will else "hypothetical"  # "could attack, officials said" stays a supposition
        planned_noun = anchor != token and bool((PLANNERS | EXPECTERS) & set(base_forms(anchor.lower_)))  # "they plan another round of talks", "braced for an offensive"
        planning = [t for t in governing if cue(t, "plan") and not (trigger.type != "AID" and _decided(t))]
        if any(_aux(t, self.lexicon, "will") for t in chain) or planning or _is_to(chain) or planned_noun:
            return "planned"
        if trigger.type == "AID" and (any(cue(t, "grant") for t in chain) or cue(token, "plan")):
            return "planned"  # "announced a new package of arms", "approved $100m in funding", "pledged arms": promised, not yet delivered
        if token.pos_ in NOUN_POS and any(c.dep_ in ("amod", "acl") and cue(c, "plan") for c in token.children):
            return "planned"  # "a planned meeting", "the upcoming summit", "a summit scheduled for June"
        if token.pos_ in NOUN_POS and _after_word(token, "ahead"):
            return "planned"  # "ahead of the summit": it is still to come
        said_now = trigger.type in SPOKEN and (anchor.tag_ in ("VBZ", "VBP") or (anchor.tag_ == "VBD" and not _aux_word(anchor, "had")))
        # "we condemn X," she said; "X said it backed the sale": the saying is the act (a past tense
        # under "said" is the time of saying), where "said it had warned Y" claims an earlier act
        if any(cue(t, "claim") for t in governing) or (self._self_claim(token, anchor) and not said_now) or self._hearsay(anchor):
            return "claimed"
        if any(t.dep_ == "pcomp" and t.head.lower_ == "of" and _accused(t.head.head) is not None for t in (anchor, _done_with(anchor)) if t is not None):
            return "claimed"  # "X is accused of massacring civilians", "of using drones to hit X": the charge, not a fact the text vouches for
        if any(cue(t, "continue") for t in governing) or _progressive(anchor) or _lasting(anchor) or (anchor != token and cue(anchor, "continue")):
            return "ongoing"
        if anchor.tag_ == "VBG" and anchor.dep_ == "advcl" and not _child_word(anchor, "after") and _progressive(anchor.head):
            return "ongoing"  # "forces were moving towards X, targeting Y": the participle goes on as its verb does
        if token == anchor and _perfect_progressive(token):
            return "ongoing"
        if token == anchor and token.pos_ in NOUN_POS and _told_ahead(token):
            return "planned"  # "EU summits that will be attended by X": a gathering still to come
        if token.dep_ == "pobj" and token.head.lower_ == "in" and token.head.head == anchor and _present_state(anchor):
            return "ongoing"  # "X and Y are in talks with Z", "X has been in discussion with Y": a state in the present
        if token.pos_ in NOUN_POS and self.lexicon.cue(token, "durative") and not _dated_start(token):
            return "ongoing"  # "Russia's invasion", "the siege": a state that lasts, whatever verb reports it
        if _every(anchor) or _after_word(token, "amid") or token.pos_ in NOUN_POS and any(c.dep_ == "amod" and cue(c, "lasting") for c in token.children):
            return "ongoing"  # "relentless shelling", "almost daily strikes", "amid a barrage": it goes on
        if token == anchor and _simple_present(token) and not (trigger.type in SPOKEN and _performative(token)) and not _caption(token):
            return "ongoing"  # "forces regularly shell villages", "Vale demands reparations": what goes on, not one act done
        return "occurred"

    def _hearsay(self, anchor: Token) -> bool:
        """"could not verify reports of X moving troops away", "allegations of torture", "rockets
        reportedly struck X", "allegedly killed": an act known from reports of it is claimed,
        not vouched for."""
        if any(c.dep_ == "advmod" and self.lexicon.cue(c, "hearsay") for c in anchor.children):
            return True
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
        plain "did not send" only says nothing happened; not backing a proposal rejects it."""
        if trigger.type == "SUPPORT" and token.pos_ in VERB_POS and _negated(token):
            return any(c.dep_ == "dobj" and set(base_forms(c.lower_)) & self.proposals for c in token.children)  # "did not support proposals for X" rejects them
        if trigger.type not in REFUSED_MODES or token.pos_ not in VERB_POS:
            return False
        chain = _chain(anchor)
        if any(self.lexicon.cue(t, "decline") for t in chain[1:]):
            return True
        negated = any(_negated(t) for t in _negation_reach(chain)) or _negated(token)
        future = any(_aux(t, self.lexicon, "will") or _aux_word(t, "would") or t.lower_ == "going" for t in chain)
        return negated and future

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
        "invasion fears", "a possible attack": the act is only feared or supposed, so hypothetical."""
        head = token.head
        if token.dep_ == "pobj" and head.lower_ in ("about", "of") and self.lexicon.cue(head.head, "fear"):
            return True
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

    def _self_claim(self, token: Token, anchor: Token) -> bool:
        """"X said it had captured Y", "X said it is holding Z": a reported act, done or going
        on, whose subject is the speaker."""
        speech = self.speech_verb(anchor)
        finite = anchor if anchor.tag_ in ("VBD", "VBN", "VBG", "VBZ", "VBP") else _done_with(anchor)
        if speech is None or finite is None:
            return False
        subject = _subject(finite)
        return subject is not None and subject.pos_ == "PRON" and subject.lower_ in ("it", "they", "we")

    def speech_verb(self, anchor: Token) -> Token | None:
        """The reporting verb whose content holds the anchor ("X said ...", "..., X said")."""
        current = anchor
        for _ in range(HEAD_STEPS):
            for child in current.children:
                if child.dep_ == "parataxis" and self.lexicon.cue(child, "speech"):
                    return child
            if current.dep_ in ("ccomp", "parataxis") and self.lexicon.cue(current.head, "speech"):
                return current.head
            if current.head == current:
                return None
            current = current.head
        return None

    def source(self, token: Token, anchor: Token, context: Context) -> Party | None:
        """Who the text attributes the event to: a quote's speaker, "according to X", or "X said"."""
        quote = next((q for q in context.quotes if q.start <= token.idx < q.end and q.speaker and not _cued_by(q, anchor) and not _stance_held(q)), None)
        if quote is not None and quote.speaker.name:
            return None if quote.speaker.entity is None and unresolved(quote.speaker.name) else Party(quote.speaker.entity, quote.speaker.name)
        for candidate in token.sent:
            if candidate.lower_ == "according" and candidate.head in _chain(anchor):
                objects = [g for c in candidate.children for g in c.children if g.dep_ == "pobj"]
                if objects:
                    return _source_party(objects[0], context)
        speech = self.speech_verb(anchor)
        subject = _subject(speech) if speech is not None else None
        return _source_party(subject, context) if subject is not None else None


@Language.factory("sitrep_events")
def make_event_extractor(nlp, name):  # untyped: spaCy validates real annotations
    return EventExtractor(nlp, name)


def _purpose_meeting(token: Token, extractor: EventExtractor) -> Token | None:
    """"leave for Vienna for meetings with ...", "travel to Eastport to meet ...": the meeting a
    trip is for, reported with it."""
    for child in token.children:
        if child.dep_ == "advcl" and _child_word(child, "to"):
            row = extractor.trigger(child)
            if row is not None and row.type == "CONSULT" and row.mode in ("meet", "talks"):
                return child
        if child.dep_ == "prep" and child.lower_ == "for":
            for noun in child.children:
                row = extractor.trigger(noun) if noun.dep_ == "pobj" else None
                if row is not None and row.type == "CONSULT" and row.mode in ("meet", "talks"):
                    return noun
    return None
