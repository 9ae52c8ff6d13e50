"""Events across articles: one development per happening, with all its sources.

An incoming event joins an existing development when the type agrees, the dates are
compatible (within ``DATE_WINDOW`` days; an unknown date takes the report's), the places
do not contradict each other, and actors or wording overlap enough. A plan and the act it
announced stay two developments, linked: the occurrence's ``plan_of`` names the plan. A party
says many things a day: its statements join only on whom they address or on words of what was
said, never on the speaker alone.
Matching is greedy, a report at a time; for gatherings, whose reports often say where only
after others were fused, :mod:`sitrep.fuse.gatherings` makes the test again after each
article and merges what turns out to be one (``DevelopmentIndex.merge``).
"""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import asdict, replace
from datetime import date, datetime, timedelta, timezone

from sitrep.facts import Event
from sitrep.nlp.countries import capital_code, code_of, code_of_word, government_of
from sitrep.nlp.entities import fold
from sitrep.nlp.events.words import SPOKEN
from sitrep.nlp.figures.amounts import Amount, find_amounts
from sitrep.nlp.times.words import MONTHS
from sitrep.spans import sentence_around
from sitrep.timex import compatible, day, period

DATE_WINDOW = 2
MATCH_THRESHOLD = 0.5
MANY_A_DAY = ("ASSAULT",)  # acts one side does many times a day, anywhere: actors and dates alone tell no two apart
COUNTED = ("AID",)  # acts told with what they give: reports of other sums or items are other acts
BROAD_PLACES = ("country", "region")  # places too wide to tell two strikes apart, or to make an ongoing act news
APART_MODES = {"CONSULT": {("phone", "meet"), ("phone", "visit")}}  # a call is no meeting: one official's call and visit on one day are two
GATHERING_SCORE = 0.6  # above MATCH_THRESHOLD, below a match of actors and words: one summit's reports join
SAME_SPOT_SCORE = 0.6  # above MATCH_THRESHOLD: a strike told without its doer, at a development's town on its day, joins it
SAME_PACKAGE_SCORE = 0.6  # above MATCH_THRESHOLD: aid of one donor country told with one sum on one day is one package
# acts done by saying or signing: where they are told is no part of them, so a country a party
# stands for ("Russia and Ukraine signed a deal ... exports from Ukraine") is who, not where
SAID_OR_SIGNED = frozenset({"AGREE", "ACCUSE", "REQUEST", "REJECT", "SUPPORT", "THREATEN", "SANCTION", "CONCEDE", "COOPERATE"})
SYMMETRIC = ("AGREE", "COOPERATE")  # "X signed a deal with Y" is Y's deal with X: who acts and with whom are one set of parties
DAY_WORDS = frozenset("monday tuesday wednesday thursday friday saturday sunday today yesterday week".split()) | {m.lower() for m in MONTHS}  # when, not what
# words any deal is told in: two deals of one pair of parties are one only if they share a word
# of what was agreed ("grain", "exports"), not just "signed a deal on Friday" (a grain deal and a
# gas deal signed the same day)
DEAL_WORDS = frozenset(
    "deal deals agreement agreements accord accords pact treaty memorandum signed sign signs signing agreed agree reached".split()
) | DAY_WORDS  # nor the day it was told
# words two reports of one statement share at least, beyond names, days and the verb ("defence
# spending", "jets ... tanks"): a party says many things in a day, and one word in common
# ("military", "countries") is chance
SAID_ALIKE = 2
# words any appeal for aid is made in: two requests sharing only these ("send more military aid",
# "asked for military aid") share nothing of what was asked
ASKING_WORDS = frozenset("military aid assistance support help more send supply provide give deliver".split())
SAME_WORDING = 0.6  # word overlap (Jaccard) of two reports that retell one another (attributions and dates alone share half)
_WORD = re.compile(r"[a-z]{3,}")
_MONTHS = "(?:" + "|".join(m.capitalize() for m in sorted(MONTHS, key=len, reverse=True)) + r")\.?"  # the times component's names
MONTH_AFTER = re.compile(rf"\s+{_MONTHS}(?![a-z])")  # "13 April"
MONTH_BEFORE = re.compile(rf"\b{_MONTHS}\s+$")  # "April 13"
_STOP = frozenset("the and for with that this from have has had will would said says into over after about their they".split())
# words that say nothing of what is given or how: two aid reports sharing only these ("Lavrov also
# said ... artillery provided by X", "X's aid chief also criticized ...") share no content
FUNCTION_WORDS = frozenset(
    "also only just even still more most some other such than then there these those which while who whom what when where"
    " were been being are was its his her our not but all any can could may might should very yet since under between"
    " against during before through each own same both again once here another further including".split()
)


STATUS_FAMILIES = {"planned": ("planned",), "hypothetical": ("hypothetical",)}


def makers_and_met(event: Event) -> Event:
    """A meeting, call or talks as the fusion reads it: the contract lists every participant
    as an actor, but who goes where and meets whom (a trip's traveller, the host met there,
    two meetings told apart by whom each met) turns on who made it and whom it met, so the
    participants the text names as met (``Event.counterparts``) are targets again here."""
    if not event.counterparts:
        return event
    return replace(event, actors=[a for a in event.actors if a not in event.counterparts],
                   targets=event.counterparts + event.targets, counterparts=[])


def status_family(status: str) -> tuple[str, ...]:
    """The statuses a development of ``status`` may join: a plan and a guess only their own, what
    happened (occurred, ongoing, claimed, denied) any of those."""
    return STATUS_FAMILIES.get(status, ("occurred", "ongoing", "claimed", "denied"))


def stated_date(event_date: str | None, when: date | None) -> str | None:
    """What a development says of its date: the event's own TIMEX when it has a known year
    ("2022-W12" stays a week), else, for a date without a year, the day it was matched on;
    none when the text dates it not at all (the briefing then shows when it was reported)."""
    if event_date and re.match(r"\d{4}", event_date):
        return event_date
    return when.isoformat() if when and event_date else None


def _other_day(mine: str | None, theirs: str | None) -> bool:
    """Whether two dates are both single days, and not the same one."""
    a, b = period(mine), period(theirs)
    return a is not None and b is not None and a[0] == a[1] and b[0] == b[1] and a != b


def _same_strike(place: dict | None, agreement: float, wording: float, event: Event, row: sqlite3.Row, when: date | None) -> bool:
    """Whether a strike can be a development's: at the same place finer than a country, on a
    target it names other than a country ("the hospital", not "Armenia": every strike of a war
    hits the side attacked; "the cruiser X" and "X" are one), told in much the same words (one
    outlet's copy of another's), or one attack on a country (``_one_attack_on_a_country``) the
    development dates to the day this report is dated or reported. A dated report of an
    undated development does not join it here: it is its own development and gathers the day's
    undated reports (``DevelopmentIndex._gather_undated``), by the same test, keeping its own
    summary and status."""
    fine = agreement == 1.0 and place is not None and place.get("kind") not in BROAD_PLACES
    theirs = [fold(t) for t in json.loads(row["targets"]) if t]
    named = [fold(t.name) for t in event.targets if t.name and code_of(t.name) is None]
    one_attack = day(row["date"]) is not None and _one_attack_on_a_country(_told_of_event(event, place, when), _told_of_row(row))
    return fine or _one_target(named, theirs) or wording >= SAME_WORDING or one_attack


def _told_of_event(event: Event, place: dict | None, when: date | None) -> dict:
    """What ``_one_attack_on_a_country`` compares of an incoming report."""
    return {"status": event.status, "mode": event.mode, "place": place, "targets": [t.name for t in event.targets if t.name],
            "day": _one_day(event.date, when), "dated": day(event.date) is not None}


def _told_of_row(row: sqlite3.Row) -> dict:
    """What ``_one_attack_on_a_country`` compares of a development."""
    return {"status": row["status"], "mode": row["mode"], "place": json.loads(row["place"]) if row["place"] else None,
            "targets": [t for t in json.loads(row["targets"]) if t], "day": _one_day(row["date"], day(row["first_reported"])),
            "dated": day(row["date"]) is not None}


def _one_attack_on_a_country(mine: dict, theirs: dict) -> bool:
    """Whether two reports tell one bare attack on a country (the opening of a war, told by
    every outlet and by most without its day, "the invasion of X"): each aims only at
    countries and they share one, each is placed in a country at most (a town struck is a
    strike of its own), both are told in one manner (an invasion and a shelling or drone
    strikes across the border the same day are two) and one status (a denial is no report of
    the attack), and one of them dates the attack to the day the other is dated or reported.
    Two undated mentions alone do not join: "since X's invasion of Y", told in passing months
    on, is no news of the day it is read, and merged it would rank as the day's best-sourced
    development."""
    countries = []
    for side in (mine, theirs):
        if not side["targets"] or any(code_of(t) is None for t in side["targets"]):
            return False
        if side["place"] is not None and side["place"].get("kind") != "country":
            return False
        countries.append({fold(t) for t in side["targets"]})
    return (bool(countries[0] & countries[1]) and mine["mode"] == theirs["mode"] and mine["status"] == theirs["status"]
            and (mine["dated"] or theirs["dated"]) and mine["day"] is not None and mine["day"] == theirs["day"]
            and place_agreement(mine["place"], theirs["place"]) is not None)


def _verb_at(event: Event, article: dict, sentence: str) -> int:
    """Where in its sentence an event's verb is: by the event's offsets in the article, or,
    for a sentence not cut from the article's text, where the verb's text first is."""
    text = article.get("text") or ""
    if text and 0 <= event.start < event.end <= len(text):
        start, end = sentence_around(text, event.start, event.end, article.get("body_start") or 0)
        if text[start:end] == sentence:
            return event.start - start
    return max(sentence.find(event.text), 0)


def _one_day(value: str | None, reported: date | None) -> date | None:
    """The single day a date value names, or for no date the day it was reported; none for a
    wider period ("this week" names no one day)."""
    if value is None:
        return reported
    span = period(value)
    return span[0] if span is not None and span[0] == span[1] else None


def _unnamed_doer_there(event: Event, place: dict | None, agreement: float, actors: list, row: sqlite3.Row, when: date | None) -> bool:
    """Whether a strike one report tells without its doer ("the enemy attacked the port of X",
    "the remaining two missiles hit the port") is the development's strike at the same town
    (finer than a country) on the same day, in no other manner: with no doer named, there are
    no actors to agree and each witness words it differently, yet a town struck on one day is
    the editor's one line. A capture and a shelling there stay two, as do strikes on targets
    named apart and strikes of other days."""
    fine = agreement == 1.0 and place is not None and place.get("kind") not in BROAD_PLACES
    unnamed = not actors or not json.loads(row["actors"])
    manner = event.mode is None or row["mode"] is None or event.mode == row["mode"]
    mine, theirs = [p.name for p in event.targets if p.name], [t for t in json.loads(row["targets"]) if t]
    aimed_apart = bool(mine and theirs) and not _one_target(mine, theirs)  # a hospital and a station hit: two strikes
    told = day(row["date"]) or day(row["first_reported"])
    return event.type in MANY_A_DAY and fine and unnamed and manner and not aimed_apart and when is not None and when == told


def _overlap(mine: set, theirs: set) -> float:
    """Jaccard overlap of two sets of parties, 0 when either is empty."""
    return len(mine & theirs) / len(mine | theirs) if mine and theirs else 0.0


def _party_names(event: Event) -> set[str]:
    """The folded names of an event's actors and targets: the parties of a symmetric act."""
    return {fold(p.name) for p in (*event.actors, *event.targets) if p.name}


def _party_country(place: dict | None, event: Event, row: sqlite3.Row) -> bool:
    """Whether a place is a country one of the parties of the act is named as (the event's
    actors or targets, the development's targets): for an act of saying or signing it tells who
    the act concerns, not where it was done, so it contradicts no town another report names."""
    if not place or place.get("kind") != "country" or event.type not in SAID_OR_SIGNED:
        return False
    parties = [p.name for p in (*event.actors, *event.targets) if p.name] + [t for t in json.loads(row["targets"]) if t]
    return place.get("country") in {code_of(name) for name in parties}


def _one_target(mine: list[str], theirs: list[str]) -> bool:
    """Whether two lists of target names share one, a name's words holding all of the other's
    ("the cruiser Sevan", "Sevan")."""
    return any(a and b and (a <= b or b <= a) for a in map(_name_words, mine) for b in map(_name_words, theirs))


def _name_words(name: str) -> set[str]:
    return set(name.split()) - {"the"}


def _other_amounts(sentence: str, summary: str) -> bool:
    """Whether two reports each name amounts and none in common: what they give or count
    differs, so they tell two happenings ("another $800m of military aid" and "promised to
    supply two air defence systems" are two pledges of one donor)."""
    mine, theirs = ({a.value for a in _amounts(text)} for text in (sentence, summary))
    return bool(mine) and bool(theirs) and not mine & theirs


def _same_sum(sentence: str, summary: str) -> bool:
    """Whether two reports name one sum of money ("$300m (£230m) of defence aid", "pledged
    $300m"): with one donor country on one day, one package."""
    mine, theirs = ({(a.currency, a.value) for a in _amounts(text) if a.currency} for text in (sentence, summary))
    return bool(mine & theirs)


def _amounts(text: str) -> list[Amount]:
    """The amounts a report names, leaving out the days of its dates."""
    return [a for a in find_amounts(text) if not _day_of_month(text, a)]


def _joint_and_own(mine: set, theirs: set) -> bool:
    """Whether one report's givers are several known parties and the other's only some of them
    ("X and Y agreed to supply anti-aircraft vehicles", "Y will give a small number of
    anti-aircraft vehicles"): a joint supply and one donor's own are two packages, and folding
    them into one would drop X from the aid. Names the resolver did not know (strings) are
    left out of the comparison."""
    known_mine, known_theirs = ({a for a in side if isinstance(a, int)} for side in (mine, theirs))
    joint, own = (known_mine, known_theirs) if len(known_mine) > len(known_theirs) else (known_theirs, known_mine)
    return len(joint) > 1 and bool(own) and own < joint


def _shared_content(shared: set[str], event: Event, row: sqlite3.Row) -> bool:
    """Whether two reports share a word beyond the names of who gives, who gets and where: one
    donor gives one recipient many things in a week ("a law to make it easier to provide
    equipment", "has begun training its forces abroad"), so a report that tells of the same
    parties in no common word of what is given or how tells another act."""
    return bool(_content(shared, event, row))


def _content(shared: set[str], event: Event, row: sqlite3.Row) -> set[str]:
    """The shared words that are not function words nor the names of the parties or the places."""
    place = json.loads(row["place"]) if row["place"] else None
    names = [p.name for p in (*event.actors, *event.targets)] + json.loads(row["targets"])
    names += [p["name"] for p in (place, asdict(event.place) if event.place else None) if p]
    return shared - FUNCTION_WORDS - {w for name in names if name for w in words(name)}


def _said_alike(said: str, their_said: str, wording: float, event: Event, row: sqlite3.Row) -> bool:
    """Whether a party's words and a development of the same party's words are one statement,
    each told from its own verb on (the speaker's name and title come before it): they name
    one party spoken to or of ("urged Nato", "appealed to Nato leaders"; a capital is its
    country, "asked Berlin", "urged Germany"), or, unless each names another addressee, share
    SAID_ALIKE words of what was said beyond the names of the parties and places, days and the
    words any appeal for aid is made in ("military aid", "send more"). A leader's appeal to an
    alliance and, the same day, their call for rallies, or a ministry's protest to one
    ambassador and its complaint about another country, share a speaker and no content: two
    statements; so are requests for aid to two addressees, unless told in much the same words."""
    mine_to, theirs_to = [t.name for t in event.targets if t.name], [t for t in json.loads(row["targets"]) if t]
    if _one_addressee(mine_to, theirs_to):
        return True
    if mine_to and theirs_to:
        return wording >= SAME_WORDING
    told = words(event.text) | DAY_WORDS | ASKING_WORDS
    return len(_content(words(said) & words(their_said), event, row) - told) >= SAID_ALIKE


def _one_addressee(mine: list[str], theirs: list[str]) -> bool:
    """Whether two lists of parties spoken to or of share one: by name (``_one_target``) or
    as one country, named or by its capital ("Berlin" and "Germany")."""
    if _one_target([fold(n) for n in mine], [fold(n) for n in theirs]):
        return True
    codes = ({code_of(n) or capital_code(n) for n in side} - {None} for side in (mine, theirs))
    return bool(next(codes) & next(codes))


def _day_of_month(text: str, amount: Amount) -> bool:
    """Whether an amount is the day of a date ("on 13 April", "April 13"), not a sum or a count."""
    return bool(MONTH_AFTER.match(text, amount.end) or MONTH_BEFORE.search(text[max(0, amount.start - 12):amount.start]))


def _one_gathering(event: Event, place: dict | None, agreement: float, row: sqlite3.Row) -> bool:
    """"Leaders gather in X for a summit", "on the eve of the alliance's summit in X": meetings
    in one town on compatible dates that name no one met are one gathering, whoever each report
    says meets (a bilateral meeting there, naming whom, stays its own)."""
    fine = agreement == 1.0 and place is not None and place.get("kind") not in BROAD_PLACES
    return fine and event.type == "CONSULT" and event.mode == row["mode"] == "meet" and not event.targets and not json.loads(row["targets"])


def _other_manner(event: Event, mode: str | None) -> bool:
    """Whether an event and a development are done in manners that exclude each other: a
    phone call and a meeting in person of the same officials on the same day are two
    happenings, though their actors, day and wording agree."""
    apart = APART_MODES.get(event.type, set())
    return (event.mode, mode) in apart or (mode, event.mode) in apart  # "phone talks" are talks, and a call


def words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if w not in _STOP}


def place_agreement(a: dict | None, b: dict | None) -> float | None:
    """1 same place, 0.5 same country or one unknown, None when they contradict."""
    if not a or not b:
        return 0.5
    if a.get("geonameid") and a.get("geonameid") == b.get("geonameid") or a["name"] == b["name"]:
        return 1.0
    if a.get("kind") == "country" or b.get("kind") == "country":
        return 0.5 if a.get("country") == b.get("country") else None
    return None


class PersonIds:
    """The global id of the person a name (any spelling of theirs) is known by, read from the
    store once per name until the store next changes: matching one event asks it of the same
    names for every candidate development, and each asking scans every person's names."""

    def __init__(self, db: sqlite3.Connection):
        self.db = db
        self._known: dict[str, int | None] = {}
        self._changes = -1

    def __call__(self, name: str) -> int | None:
        if self.db.total_changes != self._changes:  # a person fused or renamed since: ask again
            self._known.clear()
            self._changes = self.db.total_changes
        if name not in self._known:
            row = self.db.execute(
                "SELECT id FROM global_entities WHERE type = 'person' AND (name = ? OR EXISTS (SELECT 1 FROM json_each(names) WHERE value = ?))",
                (name, name)).fetchone()
            self._known[name] = row[0] if row else None
        return self._known[name]


class DevelopmentIndex:
    """Matches events to developments; the caller holds the transaction."""

    def __init__(self, db: sqlite3.Connection):
        self.db = db
        self.person_id = PersonIds(db)

    def add(self, event: Event, fact_id: int, article: dict, sentence: str, actors: list[int | str]) -> int:
        when = day(event.date) or day(article["published"])
        place = asdict(event.place) if event.place else None
        said = sentence[_verb_at(event, article, sentence):]
        match = self._best_match(event, when, place, actors, sentence, said)
        if match is None:
            development_id = self._create(event, when, place, actors, sentence, article)
        else:
            development_id = match
            if place is not None:  # a later report may tell where the first left out
                self._tell_where(match, event, place)
            if (stated := stated_date(event.date, when)) is not None:  # and when: "destroyed a tower" ... "slammed into it on Monday"
                self._tell_when(match, stated)
            if event.type == "CONSULT":
                self._add_met(match, event, actors)
        self.db.execute(
            "INSERT OR IGNORE INTO development_sources (development_id, fact_id, article_id) VALUES (?,?,?)",
            (development_id, fact_id, article["id"]),
        )
        self.recount(development_id)
        if event.type in MANY_A_DAY and day(event.date) is not None:
            development_id = self._gather_undated(development_id)
        return development_id

    def _gather_undated(self, development_id: int) -> int:
        """Fold into a development of an attack on a country, now dated to a day, the undated
        reports of the same doer's attack on that country told that day and fused before it
        (greedy matching leaves them apart: two undated mentions join no one day), by the test
        ``_same_strike`` makes of those fused after it (``_one_attack_on_a_country``); the
        merged development keeps the dated report's summary, status and manner. Its id."""
        row = self.db.execute("SELECT * FROM developments WHERE id = ?", (development_id,)).fetchone()
        the_day, actors = day(row["date"]), set(json.loads(row["actors"]))
        if the_day is None or not actors:
            return development_id
        mine = _told_of_row(row)
        for other in self.db.execute(
                "SELECT * FROM developments WHERE type = ? AND id != ? AND date IS NULL AND status = ? AND first_reported >= ? AND first_reported < ?",
                (row["type"], development_id, row["status"], the_day.isoformat(), (the_day + timedelta(days=1)).isoformat())).fetchall():
            if actors & set(json.loads(other["actors"])) and _one_attack_on_a_country(mine, _told_of_row(other)):
                development_id = self.merge(*sorted((other["id"], development_id)), lead=row["id"])
        return development_id

    def _tell_when(self, development_id: int, stated: str) -> None:
        """A later report's date where the development has none, or a narrower one: "signed a
        deal on Friday" tells the day of the deal an earlier report dated "this week"."""
        known = self.db.execute("SELECT date FROM developments WHERE id = ?", (development_id,)).fetchone()["date"]
        narrower = _narrower(known, stated)
        if narrower != known:
            self.db.execute("UPDATE developments SET date = ? WHERE id = ?", (narrower, development_id))

    def _tell_where(self, development_id: int, event: Event, place: dict) -> None:
        """A later report's place where the development has none, or where it has only a
        country a party stands for ("signed ... in Istanbul" after "a deal for Ukraine")."""
        row = self.db.execute("SELECT * FROM developments WHERE id = ?", (development_id,)).fetchone()
        known = json.loads(row["place"]) if row["place"] else None
        if known is None or (_party_country(known, event, row) and not _party_country(place, event, row)):
            self.db.execute("UPDATE developments SET place = ? WHERE id = ?", (json.dumps(place), development_id))

    def _development_parties(self, row: sqlite3.Row) -> set[str]:
        """The names of a development's actors (merged people and bodies by their name) and targets, folded."""
        names = [t for t in json.loads(row["targets"]) if t]
        for actor in json.loads(row["actors"]):
            found = self.db.execute("SELECT name FROM global_entities WHERE id = ?", (actor,)).fetchone() if isinstance(actor, int) else None
            names.append(found["name"] if found else str(actor))
        return {fold(name) for name in names}

    def _same_package(self, sentence: str, event: Event, when: date | None, actors: list, row: sqlite3.Row) -> bool:
        """Whether aid told with a sum is a development's package: one sum of money, one donor
        country, one day (dated or reported). Told in other words ("defence assistance",
        "military aid") it is still one package; a donor's equal sum pledged another day is
        another package."""
        mine_day, theirs_day = _one_day(event.date, when), _one_day(row["date"], day(row["first_reported"]))
        return (mine_day is not None and mine_day == theirs_day and _same_sum(sentence, row["summary"])
                and self._one_country(actors, json.loads(row["actors"])))

    def _one_country(self, mine: list, theirs: list) -> bool:
        """Whether two lists of doers stand for one and the same country, every one of them
        known to (a president, a ministry, the country itself): a head of state's pledge and
        his government's are one donor's, as aid trackers count donors."""
        mine_codes, theirs_codes = self._countries(mine), self._countries(theirs)
        return None not in mine_codes | theirs_codes and len(mine_codes) == 1 and mine_codes == theirs_codes

    def _countries(self, actors: list) -> set[str | None]:
        """The country of each doer: the resolver's for a known person or body, else the country
        or government its name names ("the White House"); None where unknown."""
        codes: set[str | None] = set()
        for actor in actors:
            row = self.db.execute("SELECT country FROM global_entities WHERE id = ?", (actor,)).fetchone() if isinstance(actor, int) else None
            codes.add(row["country"] if row else code_of(str(actor)) or government_of(str(actor)) or _government_named(str(actor)))
        return codes

    def _people(self, names: list) -> set[int]:
        """The global ids of the people among ``names`` (global ids, or any spelling a person is
        known by): places and bodies are no counterparts or co-travellers here."""
        found = set()
        for known in (n for n in names if isinstance(n, int)):
            if self.db.execute("SELECT 1 FROM global_entities WHERE id = ? AND type = 'person'", (known,)).fetchone():
                found.add(known)
        for name in (n for n in names if isinstance(n, str) and n):
            if (person := self.person_id(name)) is not None:
                found.add(person)
        return found

    def _other_counterparts(self, event: Event, actors: list, row: sqlite3.Row) -> bool:
        """Whether a meeting or talk and a development name different people met, beyond either's
        own parties: "X spoke today with A and B" and "X met today in Gyumri with C" are two,
        whatever their shared wording; "X met C" and "C met X" are one, and so are two partial
        reports of one meeting that share someone met ("X met A and B", "X met A and C")."""
        theirs_made = self._people(json.loads(row["actors"]))
        theirs_met = self._people(json.loads(row["targets"]))
        mine_made = self._people(actors)
        mine_met = self._people([t.name for t in event.targets])
        mine, theirs = mine_met - theirs_made - theirs_met, theirs_met - mine_made - mine_met
        return bool(mine and theirs) and not (mine_met & theirs_met)

    def _add_met(self, development_id: int, event: Event, actors: list[int | str]) -> None:
        """"Arrived at the summit in X" and, in a later report, "met Y at the summit": whom a
        meeting or visit was with is whom any of its reports names, not only its first; and who
        made it is whoever any report names ("Vale, after meeting Y in Gyumri", then "Moro and
        Vale visited Gyumri"), or a co-traveller the first report left out has no trip."""
        row = self.db.execute("SELECT actors, targets FROM developments WHERE id = ?", (development_id,)).fetchone()
        theirs = json.loads(row["targets"])
        more = [t.name for t in event.targets if t.name and t.name not in theirs]
        if more:
            self.db.execute("UPDATE developments SET targets = ? WHERE id = ?", (json.dumps(theirs + more), development_id))
        known = json.loads(row["actors"])
        met = self._people(theirs + [t.name for t in event.targets])
        hosted = bool(self._people([t.name for t in event.targets]) & self._people(known))  # "Y hosted X" after "X visited": Y is X's host
        people = [] if hosted else [a for a in self._people(actors) if a not in known and a not in met]  # a co-traveller, not a host met nor "Gyumri, which will host it" fused in
        if people:
            self.db.execute("UPDATE developments SET actors = ? WHERE id = ?", (json.dumps(_union(known, people)), development_id))

    def _said_from(self, row: sqlite3.Row) -> str:
        """A development's summary from its verb on: the summary is one of its reports' sentence,
        and that report's event tells where its verb is; the whole summary when none does."""
        for found in self.db.execute(
                "SELECT f.start, f.end, a.text, a.body_start FROM development_sources s JOIN facts f ON f.id = s.fact_id"
                " JOIN articles a ON a.id = s.article_id WHERE s.development_id = ? ORDER BY s.fact_id", (row["id"],)):
            if found["start"] is None or not found["text"]:
                continue
            start, end = sentence_around(found["text"], found["start"], found["end"], found["body_start"] or 0)
            if found["text"][start:end] == row["summary"]:
                return row["summary"][found["start"] - start:]
        return row["summary"]

    def _best_match(self, event: Event, when: date | None, place: dict | None, actors: list, sentence: str, said: str) -> int | None:
        best, best_score = None, MATCH_THRESHOLD
        for row in self._candidates(event, when):
            theirs_place = json.loads(row["place"]) if row["place"] else None
            agreement = place_agreement(place, theirs_place)
            if agreement is None and (_party_country(place, event, row) or _party_country(theirs_place, event, row)):
                agreement = 0.5  # "a deal to export grain from Armenia" and "signed in Batumi": who, and where
            if agreement is None or _other_manner(event, row["mode"]) or (event.type == "CONSULT" and self._other_counterparts(event, actors, row)):
                continue
            theirs = set(json.loads(row["actors"]))
            actor_overlap = _overlap(set(actors), theirs)
            mine, other = words(sentence), words(row["summary"])
            if event.type in SYMMETRIC and _shared_content(mine & other - DEAL_WORDS, event, row):
                actor_overlap = max(actor_overlap, _overlap(_party_names(event), self._development_parties(row)))
            wording = len(mine & other) / len(mine | other) if mine and other else 0.0
            if event.type in MANY_A_DAY and not _same_strike(place, agreement, wording, event, row, when):
                continue  # one side strikes many times a day: actors and a country tell no two strikes apart
            if event.type in SPOKEN and not _said_alike(said, self._said_from(row), wording, event, row):
                continue  # one party says many things a day: its name and the day tell no two statements apart
            same_package = event.type in COUNTED and self._same_package(sentence, event, when, actors, row)
            if event.type in COUNTED and (_other_amounts(sentence, row["summary"]) or not (same_package or _shared_content(mine & other, event, row))
                                          or _joint_and_own(set(actors), theirs)):
                continue  # "$800m of military aid", "two air defence systems": one donor's two packages
            score = 0.45 * actor_overlap + 0.25 * agreement + 0.6 * wording + (0.1 if event.mode == row["mode"] else 0.0)
            if _one_gathering(event, place, agreement, row):
                score = max(score, GATHERING_SCORE)
            if _unnamed_doer_there(event, place, agreement, actors, row, when):
                score = max(score, SAME_SPOT_SCORE)
            if same_package:
                score = max(score, SAME_PACKAGE_SCORE)  # "the ministry announced $300m", "the president promised $300m"
            if score > best_score:
                best, best_score = row["id"], score
        return best

    def _candidates(self, event: Event, when: date | None) -> list[sqlite3.Row]:
        """Developments of the same type and status family (what happens, is planned, or is only
        supposed: "X would send more arms" is no report of arms sent) whose dates overlap the event's
        (within the date window). Dates are periods: "in March" meets March 15, while a
        development dated "since October 2020" does not swallow every later report of its
        type. Without a date, an event is placed on the day it was reported, and an undated
        development on the day it was first reported (by its latest report, a development that
        gathers a report a day would reach every later one). Two acts each told on its own day
        are two acts ("struck X on Friday", "struck X on Sunday")."""
        family = status_family(event.status)
        sql = f"SELECT id, date, first_reported FROM developments WHERE type = ? AND status IN ({','.join('?' * len(family))})"
        mine = period(event.date) or ((when, when) if when else None)
        dates = self.db.cursor()
        dates.row_factory = None  # plain tuples: a type's every development is read here for each event
        ids = [development_id for development_id, their_date, first in dates.execute(sql, [event.type, *family])
               if compatible(mine, period(their_date) or period(first), DATE_WINDOW) and not _other_day(event.date, their_date)]
        return self._rows(ids)

    def _rows(self, ids: list[int]) -> list[sqlite3.Row]:
        """Whole rows of the developments ``ids``, in that order: the dates are tested first and
        only the few developments near the event's date are read in full."""
        found = {r["id"]: r for r in self.db.execute("SELECT * FROM developments WHERE id IN (SELECT value FROM json_each(?))", (json.dumps(ids),))}
        return [found[i] for i in ids]

    def _create(self, event: Event, when: date | None, place: dict | None, actors: list, sentence: str, article: dict) -> int:
        cursor = self.db.execute(
            "INSERT INTO developments (type, mode, status, date, place, actors, targets, summary, updated_at)"
            " VALUES (?,?,?,?,?,?,?,?,?)",
            (event.type, event.mode, event.status, stated_date(event.date, when),
             json.dumps(place) if place else None, json.dumps(actors),
             json.dumps([t.name for t in event.targets]), sentence, _now()),
        )
        development_id = cursor.lastrowid
        self._link_plan(development_id, event, when, place, actors)
        return development_id

    def _link_plan(self, development_id: int, event: Event, when: date | None, place: dict | None, actors: list) -> None:
        """An occurrence names the plan it fulfils; a plan arriving late is named by it: one
        sharing an actor, at the same place (so none for a development of no actor or place)."""
        if not actors or place is None:
            return
        planned = event.status == "planned"
        other_status = "status NOT IN ('planned')" if planned else "status = 'planned'"
        for row in self.db.execute(f"SELECT * FROM developments WHERE type = ? AND id != ? AND {other_status}", (event.type, development_id)):
            theirs = set(json.loads(row["actors"]))
            if not (set(actors) & theirs) or place_agreement(place, json.loads(row["place"]) if row["place"] else None) != 1.0:
                continue
            other_day = day(row["date"])
            if when and other_day and abs(when.toordinal() - other_day.toordinal()) > DATE_WINDOW:
                continue
            plan, act = (development_id, row["id"]) if planned else (row["id"], development_id)
            self.db.execute("UPDATE developments SET plan_of = ? WHERE id = ? AND plan_of IS NULL", (plan, act))
            return

    def merge(self, older: int, newer: int, lead: int | None = None) -> int:
        """Fold two developments into one and return its id: the newer id (SQLite gives a new
        row the highest id plus one, so dropping the highest would hand its id, and the Atom
        entry named by it, to the next development), with the summary, status and mode of the
        one first fused (its first report tells it), both one's reports, who they say acts and
        whom they say was met (the first one's first: at a gathering, who met is everyone either
        names), the place either knows, the narrower of their dates (a day told "on Wednesday"
        over "this week"), and the plan links that named either. ``lead``, one of the two ids,
        gives the summary, status and mode instead (a dated report gathering undated ones)."""
        rows = [self.db.execute("SELECT * FROM developments WHERE id = ?", (i,)).fetchone() for i in (older, newer)]
        first, second = sorted(rows, key=lambda r: (r["id"] != lead, self._first_fact(r["id"]), r["id"]))
        actors, targets = (json.dumps(_union(json.loads(first[k]), json.loads(second[k]))) for k in ("actors", "targets"))
        self.db.execute(
            "UPDATE developments SET summary = ?, status = ?, mode = ?, place = COALESCE(?, ?), date = ?, actors = ?, targets = ? WHERE id = ?",
            (first["summary"], first["status"], first["mode"], first["place"], second["place"],
             _narrower(first["date"], second["date"]), actors, targets, newer),
        )
        self.db.execute("UPDATE OR IGNORE development_sources SET development_id = ? WHERE development_id = ?", (newer, older))
        self.db.execute("DELETE FROM development_sources WHERE development_id = ?", (older,))
        self.db.execute("UPDATE developments SET plan_of = ? WHERE plan_of = ? AND id != ?", (newer, older, newer))
        self.db.execute("UPDATE developments SET plan_of = NULL WHERE id = ? AND plan_of = ?", (newer, older))
        dropped = rows[0]["plan_of"]
        if dropped not in (None, newer):
            self.db.execute("UPDATE developments SET plan_of = ? WHERE id = ? AND plan_of IS NULL", (dropped, newer))
        self.db.execute("DELETE FROM developments WHERE id = ?", (older,))
        self.recount(newer)
        return newer

    def _first_fact(self, development_id: int) -> int:
        """The development's first fused report (facts are stored in the order articles come)."""
        return self.db.execute("SELECT MIN(fact_id) FROM development_sources WHERE development_id = ?", (development_id,)).fetchone()[0] or 0

    def recount(self, development_id: int) -> None:
        """Sources, outlets and first/last report from the stored links (copies are not sources)."""
        row = self.db.execute(
            "SELECT COUNT(DISTINCT a.id) AS sources,"
            " COUNT(DISTINCT COALESCE(a.outlet, 'article ' || a.id)) AS outlets,"
            " MIN(a.published) AS first, MAX(a.published) AS last"
            " FROM development_sources s JOIN articles a ON a.id = s.article_id WHERE s.development_id = ?",
            (development_id,),
        ).fetchone()
        self.db.execute(
            "UPDATE developments SET sources = ?, outlets = ?, first_reported = ?, last_reported = ?, updated_at = ? WHERE id = ?",
            (row["sources"], row["outlets"], row["first"], row["last"], _now(), development_id),
        )


# words of an organ of state after a country's name or demonym: "X's defence ministry", "the Xian government"
ORGAN_WORDS = frozenset("government ministry cabinet administration authorities department office defence defense foreign finance state".split())
_COUNTRY_OWNED = re.compile(r"(?:[Tt]he\s+)?(?P<owner>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*?)(?P<possessive>['’]s)?\s+(?P<organ>[a-z][a-z ]*)$")


def _government_named(name: str) -> str | None:
    """The country whose government a body's name calls it, by the country's name or its
    demonym before words of an organ of state ("X's government", "the Xian government",
    "X's defence ministry"); None for any other name."""
    found = _COUNTRY_OWNED.fullmatch(name.strip())
    if not found or not set(found["organ"].split()) <= ORGAN_WORDS:
        return None
    owner = found["owner"]
    return code_of(owner) if found["possessive"] else code_of_word(owner)


def _union(mine: list, theirs: list) -> list:
    return mine + [x for x in theirs if x not in mine]


def _narrower(mine: str | None, theirs: str | None) -> str | None:
    """Of two date values, the one covering fewer days (either when one is unknown)."""
    spans = [(s[1] - s[0], value) for value in (mine, theirs) if value and (s := period(value))]
    if not spans:
        return mine or theirs
    return min(spans, key=lambda item: item[0])[1]


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")

