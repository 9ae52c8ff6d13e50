"""``sitrep_events``: the spaCy component that finds events in a parsed article."""

from __future__ import annotations

from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Token

from sitrep.facts import Event, Party, Place
from sitrep.nlp.doctext import text_of
from sitrep.nlp.events.context import Context
from sitrep.nlp.events.cues import (
    _a_condition, _a_danger, _agrees_with_view, _any_one, _asked, _briefing, _capacity,
    _characterised, _counterfactual, _each_time, _defined, _deliberated, _describing, _discussed_act, _entitled, _generic,
    _given_to_others, _givers, _impression, _in_concert, _in_passing, _intended_not, _invitation, _of_a_kind,
    _kept_silent, _list_keeper, _material, _moving_on, _needed_thing, _needs_actor, _nobody,
    _on_condition, _own_parties, _pledged_backing, _pulled_back, _purpose, _purpose_clause, _rescue, _risk, _same_side, _stance_of_people,
    _tallied, _told_before, _told_openly, _voiced, _war_as_backdrop, _warded_off, _warned_to_act, _warrant_issuer, governor,
)
from sitrep.nlp.events.grammar import (
    _aux_word, _chain, _charged, _child_word, _continued, _heads, _in_future_clause, _later, _negated, _own_pronouns, _passive,
    _present_progressive, _simple_present, _subject, _to_reader, clause_subject, lends_subject, quoted,
)
from sitrep.nlp.events.headlines import _headline_word, _in_lines, _told_in_body, recase_headlines, standing_titles, untold_in_titles
from sitrep.nlp.events.lexicon import Trigger
from sitrep.nlp.events.merge import _anchored, drop_whole_trips, meetings_at_stops, merge, trigger_span
from sitrep.nlp.events.presence import PresenceEvents
from sitrep.nlp.events.parties import (
    _circumstance, _likewise, _named, _parties, _side, _sides, _unique, actors, guest_visitor, hosted, settled_parties, targets,
)
from sitrep.nlp.events.senses import TriggerSenses
from sitrep.nlp.events.spoken import SpokenEvents
from sitrep.nlp.events.status import StatusReader
from sitrep.nlp.events.when import _after, _next_weekday, background, event_date
from sitrep.nlp.events.where import _place_party, _side_party, event_place, per_place
from sitrep.nlp.events.words import (
    AIM_DONE, CONDITION_MARKS, DAY, FIRST_PERSON, FIRST_PERSON_POSSESSIVES, FORCE_TYPES, HOSTILE, NEEDS_DONOR, NOUN_POS, REFUSED_MODES, RESPONSES,
    SPOKEN, VERB_POS, WHERE_IT_HAPPENS,
)
from sitrep.nlp.furniture import in_furniture
from sitrep.nlp.inflection import base_forms
from sitrep.spans import headline_lines, title_lines


PENDING_MARKS = frozenset({"yet", "still"})  # "has not yet sent", "still has not sent": not done so far, no denial
CLAIMED_FEATS = ("seize", "destroy")  # what a side claims it did itself: a town taken, arms destroyed


class EventExtractor(SpokenEvents, PresenceEvents, TriggerSenses, StatusReader):
    """spaCy component: ``doc._.events`` from triggers, the parse, and the other components' facts."""

    def __init__(self, nlp: Language, name: str = "sitrep_events") -> None:
        super().__init__()
        self.nlp = nlp  # to parse headlines again in sentence case

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
            said = self.verdict(token, context) or self.obligation(token, context) or self.judgement(token, context) or self.penalty(token, context) or self.dismay(token, context) or self.presence(token, context)
            if said is not None:
                found.append((said, token))
            trigger = self.trigger(token)
            if trigger is not None:
                found += [(event, token) for event in self.events(token, trigger, context, consumed)]
        found = untold_in_titles(found, standing_titles(text_of(doc), title_lines(text_of(doc))))
        found += [h for h in self.headline_events(doc, context, headlines) if not _told_in_body(h[0], [e for e, _ in found])]
        found += self.quoted_verdicts(doc, context, found)
        doc._.events = settled_parties([e for e in meetings_at_stops(drop_whole_trips(merge(found, context)), doc) if _anchored(e)], context)
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

    def events(self, token: Token, trigger: Trigger, context: Context, consumed: set[int]) -> list[Event]:
        """The happenings one trigger reports: one per place when it names several ("captured X
        and Y", "will go to X and Y")."""
        event = self.event(token, trigger, context, consumed)
        if event is None:
            return []
        event = self._cyber(token, event)
        charge = self.crime_charged(event, token, context)
        if charge is not None:
            return charge
        return per_place(event, token, trigger, context) + self.allegation(event, token, context)

    def crime_charged(self, event: Event, token: Token, context: Context) -> list[Event] | None:
        """"Armenian officials said Norland's army is committing war crimes", "shocked by the
        atrocities committed by Norland's troops, she said": an act named only by the crime it
        is called (a blame word: war crimes, atrocities, genocide) tells no single attack but
        the speaker's charge against its doers, ACCUSE allege (the read gold codes such words so
        nine times in ten); none more where the crime's name already makes the speaker's
        verdict (``judgement``) or a word above it judges it ("condemned", "shocked by"). A
        crime reported with no one speaking, found rather than said ("the court found"), denied,
        or charged by its doers' own side stays as it is (None)."""
        crimes = self._crimes(token)
        if event.type != "ASSAULT" or event.status == "denied" or not event.actors or not crimes:
            return None
        anchor = governor(token)
        source = self.source(token, anchor, context) if self._spoken(token, anchor, context) else None
        if source is None or self._media(source) or source in event.actors or _same_side(event.actors, source, context):
            return None
        if any(self.judgement(crime, context) is not None for crime in crimes) or any(self._judging(head, context) for head in token.ancestors):
            return []
        return [replace(event, type="ACCUSE", mode="allege", status="occurred", actors=[source], targets=event.actors, place=None)]

    def _spoken(self, token: Token, anchor: Token, context: Context) -> bool:
        """Whether the act is in someone's words: their own quoted words, or the content of a
        verb of saying or claiming ("said", "told", "claimed"); a court's or a report's finding
        ("found", "concluded") establishes what it tells instead of charging it."""
        if quoted(token):
            return True
        return self.speech_verb(anchor) is not None or any(t.pos_ == "VERB" and self.lexicon.cue(t, "claim") for t in _heads(anchor))

    def _denied_in_words(self, token: Token, anchor: Token, trigger: Trigger, context: Context) -> bool:
        """"Georgia is not sending troops, its minister said": a deed whose own verb a speaker
        negates is that speaker's denial (the contract: what did not happen is no event, unless
        someone denies it); the same "not" in the reporter's voice only says nothing happened,
        a speech act negated ("did not condemn") is simply not done, and a deed "not yet" or
        "still not" done is one still pending, which no one denies. ``event`` keeps it only when
        the speaker is among the deed's actors or speaks for their side (``_same_side``)."""
        if trigger.type in SPOKEN or token.pos_ not in VERB_POS or not _negated(token):
            return False
        return not any(c.lower_ in PENDING_MARKS for c in token.children) and self._spoken(token, anchor, context)

    def _judging(self, word: Token, context: Context) -> bool:
        """Whether a word is itself an accusation or a speaker's dismay: a crime below it is what
        that word judges, no charge of its own."""
        row = self.trigger(word)
        return (row is not None and row.type == "ACCUSE") or self.dismay(word, context) is not None

    def _crimes(self, token: Token) -> list[Token]:
        """The crime an act's word names ("atrocities") or commits ("committed war crimes"): a
        word of blame, not of force."""
        named = [token] + [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")] if token.pos_ in VERB_POS else [token]
        return [w for w in named if w.pos_ in NOUN_POS and self.lexicon.cue(w, "blame")]

    def allegation(self, event: Event, token: Token, context: Context) -> list[Event]:
        """"Armenian officials claimed Georgian forces shelled the town": force a speaker claims
        the other side used is also the speaker's accusation (ACCUSE allege) against its doers
        (the annotation convention of unseen5). Both sides must be known (the article names
        their countries, or the speaker's words do); the span runs from the claiming verb over
        what is told."""
        if event.type not in FORCE_TYPES or event.according_to is None or event.status == "denied" or not event.actors:
            return []
        anchor = governor(token)
        source = self.source(token, anchor, context)
        if source is None or self._media(source):
            return []
        speaker_side, doers = _side(source, context), _sides(event.actors, context)
        if speaker_side is None or not doers or speaker_side in doers:
            return []
        speech = next((t for t in _heads(anchor) if t.pos_ == "VERB" and self.lexicon.cue(t, "claim") and not _negated(t)), None)
        if speech is None:
            return []  # "said X shelled the town" reports; "claimed", "insisted" charge
        ends = [(event.start, event.end), (speech.idx, speech.idx + len(speech.text))]
        start, end = min(s for s, _ in ends), max(e for _, e in ends)
        return [Event(
            start=start, end=end, text=text_of(token.doc)[start:end], type="ACCUSE", status="occurred", mode="allege",
            actors=[source], targets=event.actors, place=None,
            date=event_date(speech, speech, context), according_to=source.name,
        )]

    def event(self, token: Token, trigger: Trigger, context: Context, consumed: set[int]) -> Event | None:
        trigger = self._sent_to_help(token, self._forces_ordered(token, self._criticism(token, trigger)))
        if self._describes_other(token) or self._habitual(token, trigger) or _in_passing(token):
            return None
        if _headline_word(token) or _asked(token) or _generic(token) or _of_a_kind(token) or _defined(token) or _characterised(token) or _each_time(token) or self._no_goods(token, trigger) or self._foretold(token, trigger, context):
            return None
        if _nobody(token) or self._other_sense(token) or self._naming(token, trigger) or self._no_party_met(token, trigger):
            return None
        if self._verbal_attack(token, trigger) or self._figurative_ruin(token, trigger) or self._drawn_into_war(token, trigger) or self._arms_as_means(token, trigger) or _needed_thing(token, trigger) or _briefing(token) or _moving_on(token, trigger) or _stance_of_people(token, trigger) or _describing(token) or _impression(token) or self._prevented(token) or _risk(token, trigger, context) or _a_danger(token, trigger):
            return None
        if self._reported_on(token) or self._done_by_war(token, trigger) or self._patronage(token, trigger) or self._fear_voiced(token, trigger):
            return None
        if self._given_in_passing(token, trigger) or self._aid_trend(token, trigger) or self._around_a_country(token, trigger):
            return None
        if _told_before(token) or _intended_not(token) or _deliberated(token) or self._traded(token, trigger) or _counterfactual(token) or _in_concert(token):
            return None
        if _rescue(token, trigger) or _discussed_act(token):
            return None  # "pulled out several bodies": a rescue; "discussed attacking X": a topic
        if trigger.mode == "visit" and token.pos_ in VERB_POS and (_expletive_subject(token) or _idiom_to(token)):
            return None  # "when it comes to sanctions", "came to power", "went to war": no one goes anywhere
        if trigger.term == "retaliate" and _child_word(token, "by"):
            return None  # "retaliated by expelling diplomats": the means is the act, told by its own word
        if trigger.term == "commit" and token.dep_ == "acl":
            return None  # "accountable for crimes committed in X": crimes named as what is judged, a background noun phrase
        if trigger.term == "allege" and any(c.dep_ == "auxpass" for c in token.children):
            return None  # "X is alleged to have taken bribes": the writer's hedge, no one accuses
        if trigger.type == "REJECT" and _kept_silent(token):
            return None  # "declined to comment", "refused to say": nothing turned down
        if trigger.type in FORCE_TYPES and (_capacity(token) or _entitled(token)):
            return None  # "rockets that can strike into Norland", "X has the right to strike": what may be done, not done
        if trigger.type == "SANCTION" and self._evaded(token):
            return None  # "helped X dodge sanctions": sanctions others imposed before, no sanctioning told
        if self._no_ground_taken(token, trigger):
            return None  # "equipment captured from X's forces": no ground taken
        if trigger.type == "ASSAULT" and self._war_as_setting(token):
            return None  # "after the invasion", "sanctions over the invasion": the war as the time or cause
        if self._war_judged(token, trigger):
            return None  # "condemned Norland's invasion": the condemnation is the news, the war its subject
        if (_a_condition(token) and not self._presupposed(token)) or (trigger.type in FORCE_TYPES and (_any_one(token) or _warded_off(token))):
            return None  # "if Russia attacks", "if Norland expels its diplomats", "any attack on X will be met ...": a condition, no act reported ("if they resist his invasion": the invasion is real)
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
        own_denial = status is None and self._denied_in_words(token, anchor, trigger, context)
        if own_denial:
            status = "denied"
        if status is None or _to_reader(token, anchor, context):
            return None
        if status == "occurred" and trigger.type in FORCE_TYPES and _purpose(token):
            return None  # "recruited mercenaries to fight in X", "an operation to take control of Y": what an act is for
        if status == "occurred" and trigger.type not in AIM_DONE and _purpose_clause(token):
            return None  # "sent weapons to support X": the aim of the act told, not a second act
        if trigger.type == "AGREE" and not _invitation(trigger) and (self._agrees_to_act(token) or _agrees_with_view(token)):
            return None
        trigger = self._attacked(token, trigger)
        if trigger is None:
            return None
        trigger = _warned_to_act(token, _pulled_back(token, _material(token, anchor, trigger)))
        warned = None
        if status in ("planned", "hypothetical") and _threat(trigger, anchor, status):
            trigger, status, warned = Trigger(trigger.term, trigger.pos, "THREATEN", None, trigger.needs), "occurred", clause_subject(anchor, "advcl", CONDITION_MARKS)
        wished = self._wished(token, anchor, trigger)
        offer = wished.type == "AGREE" and trigger.type != "AGREE"
        asked = wished.type == "REQUEST" and trigger.type == "CONSULT"
        if (offer and status == "ongoing") or (asked and self._proposed(token, anchor)):
            status = "occurred"  # "is willing to resume talks", "I suggest convening a summit": the offer or proposal is made, whatever the talks would be
        trigger = self._diplomatic(token, anchor, wished)
        if trigger.type == "SUPPORT" and status == "planned" and _pledged_backing(token):
            trigger = replace(trigger, type="AID", mode=None)  # "will continue to support Vale": help pledged
        mode, extra_targets = trigger.mode, []
        purpose = _purpose_meeting(token, self) if trigger.mode == "visit" else None
        if purpose is not None:
            consumed.add(purpose.i)
            mode, extra_targets = self.trigger(purpose).mode, targets(purpose, purpose, trigger, context)
        place = event_place(token, anchor, trigger, context)
        if trigger.type == "CONSULT" and self._remote(token, anchor):
            mode, place = "phone", None  # "virtually addressed the summit in X", "met by video link": no one went there
        source = self.source(token, anchor, context)
        event_actors = actors(token, anchor, trigger, context) or self._speaker_as_actor(token, anchor, trigger, source, context)
        event_actors = _unique(event_actors + _likewise(anchor, context)) if event_actors else event_actors
        if mode == "visit":
            event_actors = guest_visitor(anchor, event_actors, place, context)
        if not event_actors and "@blacklist" in trigger.needs:
            event_actors = _list_keeper(anchor, context)  # "was added to a UK sanctions list": the UK lists
        if not event_actors and (offer or asked):
            event_actors = self._offerer(token, anchor, context)  # "Georgia is willing to resume talks": Georgia offers; "X sought a meeting": X asks
        if not event_actors and token.pos_ in NOUN_POS and token.dep_ == "dobj" and "claim" in base_forms(token.head.lower_) and trigger.mode in CLAIMED_FEATS:
            claimer = _subject(token.head)  # "X's forces claimed the capture of Y": their own feat, as they claim (one alleges others' acts)
            event_actors = _parties(claimer, context) if claimer is not None and claimer.ent_type_ != "PERSON" else event_actors
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
        if own_denial and not (source is not None and (source in event_actors or _same_side(event_actors, source, context))):
            return None  # "X did not shell Y, Ana Lind said" of another side: her view, not X's denial
        event_targets = receiver or extra_targets or targets(token, anchor, trigger, context)
        if trigger.type == "CONSULT" and (guests := hosted(token, event_actors, context)):
            mode, event_actors, event_targets = "visit", guests, event_actors  # "X hosted Y": Y visits X
        if warned is not None and not event_targets:  # "will retaliate if X joins": X is warned; not "if we are attacked"
            speakers = [*event_actors, *([source] if source is not None else [])]
            event_targets = [p for p in _parties(warned, context) if p not in speakers and not any(_same_side([p], s, context) for s in speakers)]
        if trigger.type == "ACCUSE" and not event_targets and (charged := clause_subject(token)) is not None:
            event_targets = _parties(charged, context)  # "alleged that X was in breach", "complained that X shelled Y"
        if trigger.type == "ACCUSE" and not event_targets and (charged := _charged(token)) is not None:
            event_targets = _parties(charged, context, any_noun=True)  # "X faced criticism", "faces charges"
            event_actors = event_actors or _givers(token.head, context)  # "X drew criticism from Y": Y criticises
        if mode == "visit" and not event_targets and place is not None:
            event_targets = [_place_party(place, context)]
        if mode == "seize":
            event_targets = []
        teller = set((source.name or "").lower().replace("'s", "").split()) if source is not None else set()
        if status == "occurred" and trigger.type not in SPOKEN and not _told_openly(trigger.type, teller, anchor) and source is not None and _same_side(event_actors, source, context):
            status = "claimed"  # "Russian forces captured X, the Russian defence ministry said" (not "the UK imposed sanctions, the UK said")
        when = event_date(token, anchor, context, planned=status == "planned")
        timetabled = status == "occurred" or (status == "ongoing" and token == anchor and (_simple_present(token) or _present_progressive(token)))
        if timetabled and (_after(when, context.published) or (status == "ongoing" and (_later(token) or _in_future_clause(token)))):
            status = "planned"  # "when she meets ministers next week", "are meeting later today": a time still to come is a plan
        elif status == "ongoing" and when is not None and DAY.fullmatch(when) and token.pos_ in VERB_POS and _continued(token):
            status = "occurred"  # "on Friday continued to shell X": that day's shelling was done
        if status == "planned" and not (trigger.type == "AID" and self.lexicon.cue(anchor, "grant")):
            when = _next_weekday(when, token, context)  # "announced $1bn in aid on Wednesday": the pledge's day has passed
        if trigger.type == "ASSAULT" and not event_actors and when is None and _tallied(token):
            return None  # "40 medics were killed in X": a tally (a figure), no one attack
        if trigger.type == "ASSAULT" and status == "ongoing" and when is None and _war_as_backdrop(token):
            return None  # "sanctions for its invasion", "because of the war": the war as the reason, undated
        if trigger.type == "ASSAULT" and status == "ongoing" and not event_actors and when is None and self.lexicon.cue(token, "state") and _taken_as_object(token) and not _doer_named(token):
            return None  # "backs the invasion of X": a war a verb takes, no one named to wage it and at no time, is the backdrop the verb is about
        if status == "hypothetical" and not event_actors and when is None and place is not None and not event_targets and not _place_taken(token, place):
            return None  # "disease could kill hundreds in X": where a guessed act might happen, with no doer, nothing it is done to and no time, is talk of what may come
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
        of X, she said") or for the speaker's own pronoun ("X said it had captured Y", "we will",
        "our sanctions will stay" in the speaker's quoted words)."""
        if source is None:
            return []
        owner = next((c.lower_ for c in token.children if c.dep_ == "poss"), None) if token.pos_ in NOUN_POS else None
        if owner in FIRST_PERSON_POSSESSIVES and quoted(token):
            if owner != "our":
                return [source]  # "my visit": the speaker's own act
            side = _side_party(source, context) or (source if source.entity is not None else None)
            return [side] if side is not None else []  # "our support": the speaker's side's, or a named speaker's; never "a soldier"
        if token.pos_ in NOUN_POS and (anchor == token or not lends_subject(anchor)):
            return []  # a noun that is another act's content has no subject of its own
        subject = _subject(anchor)
        pronoun = subject.lower_ if subject is not None and subject.pos_ == "PRON" else None
        if pronoun in FIRST_PERSON and quoted(token):
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


def _taken_as_object(token: Token) -> bool:
    """"backs the war", "the cost of the invasion": a noun a verb takes as its object, or another
    noun takes through a preposition (or joined to one of these), not a subject nor a phrase on a
    verb that sets the time or the cause of its clause ("during the war", "despite the invasion")."""
    while token.dep_ == "conj" and token.head.pos_ in NOUN_POS:
        token = token.head
    if token.dep_ == "dobj":
        return token.head.pos_ in VERB_POS
    return token.dep_ == "pobj" and token.head.dep_ == "prep" and token.head.head.pos_ in NOUN_POS


def _doer_named(token: Token) -> bool:
    """"the Norland invasion", "Armenian aggression", "its invasion": a name, a nationality or a
    possessive on the noun names who wages it, though no party is made of it."""
    return any(c.dep_ == "poss" or (c.dep_ in ("compound", "amod", "nmod") and (c.pos_ == "PROPN" or c.ent_type_ in ("NORP", "GPE", "ORG", "PERSON"))) for c in token.children)


def _place_taken(token: Token, place: Place) -> bool:
    """"to recapture the town of X", "an attack on X": the place is what the act is done to, named in
    its object or its "on/of" phrase; "could kill hundreds in X" names only where it might be."""
    for t in token.subtree:
        if t == token or not place.start <= t.idx < place.end:
            continue
        head, located = t, False
        while head != token and head.head != head:
            located = located or (head.dep_ == "prep" and head.lower_ in WHERE_IT_HAPPENS)
            head = head.head
        if not located:
            return True
    return False


@Language.factory("sitrep_events")
def make_event_extractor(nlp, name):  # untyped: spaCy validates real annotations
    return EventExtractor(nlp, name)


def _expletive_subject(verb: Token) -> bool:
    """A verb whose subject is an empty "it" ("when it comes to X", "it went to a vote"): no
    party is its doer, so no one travels."""
    return any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in verb.children)


def _idiom_to(verb: Token) -> bool:
    """"came to power", "went to war", "came to terms": a "to" that takes a bare common noun
    names a state reached, not a destination."""
    ends = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
    return any(g.pos_ == "NOUN" and not any(c.dep_ in ("det", "poss", "amod", "compound", "nummod") for c in g.children) for g in ends)


def _purpose_meeting(token: Token, extractor: EventExtractor) -> Token | None:
    """"leave for Vienna for meetings with ...", "travel to Eastport to meet ...", "led a
    delegation to Kyiv to meet ...": the meeting a trip is for, reported with it."""
    carriers = [token] + ([token.head] if token.pos_ in NOUN_POS and token.dep_ == "dobj" else [])
    for child in (c for carrier in carriers for c in carrier.children):
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


def _threat(trigger: Trigger, anchor: Token, status: str) -> bool:
    """A hostile act or a refusal announced on a condition ("would impose sanctions if X
    invades", "will block the bid unless ..."), or a response in force still to come ("would
    respond in kind", "will retaliate"): a threat made now (PLOVER THREATEN), not the act."""
    if trigger.type in HOSTILE and trigger.term in RESPONSES and (status == "planned" or _aux_word(anchor, "would")):
        return True  # "will retaliate", "would respond to any attack"; "might retaliate" is a guess, not a threat
    return (trigger.type in HOSTILE or trigger.type == "REJECT") and _on_condition(anchor)
