"""Figures across articles: the same quantity as one series over its as-of dates.

A series is a category counted at a place (refugees in Poland; killed in a city), with the
currency for money. Points that disagree at the same date stay side by side with their
sources; a figure attributed to a party to the conflict (fuse/data/parties.csv) is marked
as that party's claim rather than averaged with independent counts.
"""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import asdict
from datetime import timedelta
from functools import lru_cache

from sitrep.facts import Entity, Figure
from sitrep.nlp.countries import code_of, code_of_word, country_of_demonym, country_table, government_of, name_of
from sitrep.nlp.entities import fold
from sitrep.nlp.figures.counted import list_lead
from sitrep.nlp.figures.words import CASUALTIES, DAY, MODEL, UPROOTED, groups, lexicon
from sitrep.nlp.inflection import base_forms
from sitrep.spans import sentence_around
from sitrep.timex import day as calendar_day

AID_CATEGORIES = ("aid_money", "aid_items")


@lru_cache(maxsize=1)
def parties() -> dict[str, str]:
    """Folded name or adjective (without dots) -> ISO code of the party it speaks for."""
    return country_table("parties.csv", "sitrep.fuse.data", key=lambda text: fold(text).replace(".", ""))


def side_of(name: str) -> str | None:
    """The party to the conflict a name speaks or acts for, by its words ("Russian forces",
    "Kyiv", "the Russian Federation"); none for both sides together."""
    folded = re.sub(r"['’]s\b", "", fold(name)).replace("-", " ").removeprefix("the ")  # "Ukraine's health minister", "Moscow-installed authorities"
    head = re.split(r"\s(?:in|to|of|from|for|on)\s", folded)[0]  # "Russian forces in Ukraine and Belarus": the forces' side
    sides = list(dict.fromkeys(parties()[word] for word in head.split() if word in parties()))
    if len(sides) > 1 and " and " in f" {head} ":
        return None  # "both Ukrainian and Russian officials": both sides agree, no one party's claim
    first = next((parties()[word] for word in folded.split() if word in parties()), None)
    return first or parties().get(folded)


def claim_of(according_to: str | None, entities: list[Entity]) -> str | None:
    """The party whose claim a figure is, from its source's words or the source entity's country."""
    if not according_to:
        return None
    if (side := side_of(according_to)) is not None:
        return side
    source = fold(according_to).removeprefix("the ")
    for entity in entities:
        if fold(entity.name) == source and entity.country in set(parties().values()) and entity.type != "organisation":
            return entity.country
    return None


ITEM_QUALIFIERS = {"additional", "more", "new", "further", "extra", "other", "some", "the"}  # "additional Javelins" are Javelins
# Words that praise arms or say what they are for, not what kind they are: "6,000 new defensive
# missiles" and "an additional 6,000 missiles" are one package told twice, not two quantities.
ITEM_QUALIFIERS |= {"defensive", "modern", "advanced", "sophisticated", "powerful", "lethal", "state-of-the-art"}


RATE = re.compile(r"\bper (day|week|month)$")
SHARE = "part of a larger count"  # of the same people, told apart by its time or place
COMBATANTS = "combatants"  # the unit of fighters' losses, which the briefing shows after the civilians'
CAPTIVE_FIGHTERS = re.compile(r"\b(?:prisoners? of war|POWs?)$", re.IGNORECASE)


# The purpose of aid money, as aid trackers (the Kiel Institute's Ukraine Support Tracker) split it:
# the first purpose word after the sum in its sentence ("$12 million in humanitarian assistance"),
# else the nearest before it ("a humanitarian package of $12 million").
AID_PURPOSES = {
    "military": {"military", "security", "defense", "defence", "weapons", "arms", "lethal", "ammunition", "drawdown"},
    "humanitarian": {"humanitarian", "relief", "food", "medical", "medicine", "medicines", "shelter", "refugees"},
    "economic": {"economic", "budget", "budgetary", "loan", "loans", "guarantee", "financial", "macroeconomic", "fiscal", "reconstruction"},
}
# Words that make a sum a running total, not a new pledge ("brings the total to $3.2 billion",
# "$4.3 billion since the start of the administration", "to date", "aid had exceeded $6bn",
# "has now provided more than 10,000", "of which X has already provided 4,200": a perfect that
# is "now" or "already" tells what all the giving so far comes to).
RUNNING_TOTAL = re.compile(
    r"\b(?:total(?:s|ling|ing)?|cumulative|altogether|in all|to date|so far|since|exceed(?:s|ed)?|surpass(?:es|ed)?"
    r"|(?:has|have|had)\s+(?:now|already))\b", re.IGNORECASE)
# A sum a change brings something to ("would bring the Georgian investment in the war to roughly
# $54 billion", "raised its pledge to $1bn"): the level all the giving reaches, a total.
BROUGHT_TO = re.compile(r"\b(?:bring|brings|bringing|brought|raise|raises|raising|raised|lift|lifts|lifting|lifted)\b.*\bto\s+(?:(?:about|around|roughly|nearly|almost|some|approximately|over|more than|just over|just under)\s+)?$", re.IGNORECASE)
# A sentence that opens with the period it counts over ("Since February 24, X has committed ..."):
# its main clause tells a total, though a comma stands between.
OPENING_PERIOD = re.compile(r"\s*(?:since|so far|to date|until now)\b[^,;:]*,", re.IGNORECASE)
WORD = re.compile(r"[A-Za-z]+")


def aid_purpose(sentence: str, start: int, end: int) -> str | None:
    """Military, humanitarian or economic, for a sum at ``start:end`` of ``sentence``; None
    when its sentence says no purpose, or two joined ("a $9bn military and humanitarian aid
    package" is no military money alone)."""
    after = [w.lower() for w in WORD.findall(sentence[end:])]
    before = [w.lower() for w in reversed(WORD.findall(sentence[:start]))]
    for words in (after, before):
        found = [(i, purpose) for i, word in enumerate(words) if (purpose := _purpose(word)) is not None]
        if found:
            i, purpose = found[0]
            joined = words[i + 1:i + 3]
            mixed = len(joined) == 2 and joined[0] in ("and", "or") and _purpose(joined[1]) not in (None, purpose)
            return None if mixed else purpose
    return None


def _purpose(word: str) -> str | None:
    return next((p for p, cues in AID_PURPOSES.items() if word in cues), None)


def running_total(sentence: str, start: int, end: int) -> bool:
    """Whether the words right around a sum make it a total to date ("brings the total ... to
    $3.2 billion", "has provided $4.3 billion since January"), within its clause, or the
    period the sentence opens with does, for the clause right after it."""
    clauses = re.split(r"[,;:]", sentence[:start])
    before, after = clauses[-1], re.split(r"[,;:.]", sentence[end:])[0]
    opening = OPENING_PERIOD.match(sentence)
    total = RUNNING_TOTAL.search(before) or RUNNING_TOTAL.search(after) or BROUGHT_TO.search(before)
    return bool(total) or (opening is not None and len(clauses) == 2)


def unit_of(figure: Figure) -> str | None:
    """What a series counts in: the currency of aid money, the group a part of a count counts,
    the thing given for aid items
    (2,000 anti-tank weapons and 50 million rounds are not two counts of one quantity), a
    rate's unit of time for any other count (100 killed per day is no total of the dead; of
    fighters, their side's combatants per day), and
    the nationality of refugees, displaced people or casualties from outside the war ("5.7
    million Syrians have fled" is no count of the war's refugees, nor the dead of another
    country's war a point of this one's toll)."""
    if figure.category == "aid_money":
        return figure.who
    if figure.part_of and figure.who and not _group_of_anyone(figure.who, figure.part_of):
        if _head(figure.who) == _head(figure.part_of):
            return SHARE  # "64,000 people, including 7,500 who left after Sunday": no "people of people"
        return f"{figure.who} of {figure.part_of}"  # "including seven foreigners": of the journalists, no second figure for the whole
    if figure.category not in AID_CATEGORIES and figure.who and (per := RATE.search(figure.who)):
        counted = figure.who[:per.start()].strip()  # empty for a bare rate ("100 killed a day")
        fighters = _combatants(counted) if counted and figure.category in CASUALTIES else None
        return f"{fighters} {per.group(0)}" if fighters else per.group(0)  # "40 soldiers lost a week": the fighters' rate, no civilian one
    if figure.category in UPROOTED and figure.who and (foreigners := _foreign_nationals(figure.who)):
        return foreigners
    if figure.category in CASUALTIES and figure.who and (fighters := _combatants(figure.who)):
        return fighters
    if figure.category not in AID_CATEGORIES and figure.who and (group := _group(figure.who)):
        return group
    if figure.category in CASUALTIES and figure.who and (foreigners := _foreign_nationals(figure.who)):
        return foreigners  # "killed hundreds of thousands of Norlanders": another country's dead, no point of the war's toll
    if figure.category == "aid_items" and figure.who:
        words = figure.who.split()
        while len(words) > 1 and words[0].lower() in ITEM_QUALIFIERS:
            words = words[1:]
        return " ".join(words)
    return None


MEMBERS = frozenset({"personnel", "members"})  # "military personnel", "members of its armed forces"


def _combatants(who: str) -> str | None:
    """"combatants" (with their side's code when a demonym names it: "RU combatants") when the
    group counted is fighters ("Russian troops", "soldiers", "military personnel", "national guard
    members", "members of its armed forces", "prisoners of war"), whose losses are no civilian toll and no count of the same quantity as one."""
    words = CAPTIVE_FIGHTERS.sub("prisoners", who).split()  # "Armenian prisoners of war", "POWs": fighters held
    military = [word for word in words if "troops" in lexicon().get(word.lower(), frozenset())]
    members = words[-1].lower() in MEMBERS and any(word.lower() == "guard" for word in words[:-1])  # "national guard members"; "security guards" are no fighters
    fighters = members or bool(military) and (military[-1] == words[-1] or words[-1].lower() in MEMBERS)
    if not fighters and not CAPTIVE_FIGHTERS.search(who):
        return None  # "military personnel" are fighters; "medical personnel", "army wives" are not
    side = next((code for word in words[:-1] if (code := code_of_word(word)) is not None), None)
    return f"{side} {COMBATANTS}" if side else COMBATANTS


def _group(who: str) -> str | None:
    """The part of a place's people a count is of ("110 children", "a child", "two health
    workers"), in the plural, when the counted noun is such a group (figures_groups.csv): two
    health workers killed are no point of a town's toll."""
    words = who.lower().split()
    found = groups().get(words[-1])
    if found is None:
        return None
    plural, kind_before = found
    return f"{words[-2]} {plural}" if kind_before and len(words) > 1 else plural


def _group_of_anyone(who: str, whole: str) -> bool:
    """Whether a part is a group of people (figures_groups.csv) and its whole people of any
    kind ("20 people, including three children"; "bodies", "civilians"): the three are the
    children's count, as "three children were killed" is, not a series of "children of people"."""
    head = _head(whole)
    anyone = head not in groups() and bool(lexicon().get(head, frozenset()) & {"people", "killed"})
    return anyone and _group(who) is not None


def _head(words: str) -> str:
    """The last word of a counted phrase, lower-cased: what it counts ("Armenian refugees": refugees)."""
    return words.lower().split()[-1]


def _foreign_nationals(who: str) -> str | None:
    """The word of ``who`` naming people of a country that is no party to the war ("Syrians",
    "Afghan refugees"), if any."""
    party_codes = set(parties().values())
    for word in who.split():
        country = country_of_demonym(word)
        if country is not None and code_of(country) not in party_codes:
            return word
    return None


def donor_of(figure: Figure) -> str | None:
    """The aid's donor, as its country where the text names one of the country's institutions
    ("the Pentagon", "the Defense Department"): the Military aid section lists pledges per
    donor country, as aid trackers do."""
    if not figure.donor or figure.category not in AID_CATEGORIES:
        return None
    code = government_of(figure.donor)
    if code == "EU":
        return "European Union"
    return name_of(code) or figure.donor


def series_unit(figure: Figure, article: dict) -> str | None:
    """A figure's series unit (``unit_of``), and for aid money also its purpose and whether it
    is a running total, read from its sentence in the article ("USD, military", "USD,
    humanitarian, total to date"): a new military pledge is not the same quantity as food aid
    or as the sum of all pledges so far; so too items told as all given so far ("has now
    provided 10,000 missiles") or listed as all given before ("Stinger systems, total to date")."""
    if figure.category in HARMED:
        start, end = sentence_around(article["text"], figure.start, figure.end, article.get("body_start") or 0)
        incident = one_attack(article["text"][start:end], figure.start - start, figure.end - start)
        return ", ".join(p for p in (unit_of(figure), ONE_ATTACK if incident else None) if p) or None
    if figure.category not in AID_CATEGORIES or not figure.who:
        return unit_of(figure)
    start, end = sentence_around(article["text"], figure.start, figure.end, article.get("body_start") or 0)
    sentence, at, to = article["text"][start:end], figure.start - start, figure.end - start
    total = running_total(sentence, at, to)
    if figure.category == "aid_items":
        item = _weighed(unit_of(figure) or "", article["text"], figure.end)
        given_before = total or _listed_as_given_before(figure, article["text"])
        return ", ".join(p for p in (item, TOTAL_TO_DATE if given_before else None) if p) if item else None
    parts = [figure.who, aid_purpose(sentence, at, to), TOTAL_TO_DATE if total else None]
    return ", ".join(p for p in parts if p)


# What a measure weighs or holds, told after it: "50 tons of medical supplies", "2,000 litres
# of fuel for the hospitals" (up to the clause's end or a word that starts another phrase).
MEASURED = r"\s+of\s+(?P<what>[^\W\d][^,.;:()\n—–]*?)(?=\s+(?:to|for|from|by|into|with|a|an|per|each|and|or|as|in)\b|[,.;:()\n—–]|$)"


def _weighed(item: str, text: str, end: int) -> str | None:
    """The thing given, for a count of it: a measure alone ("tons", "litres") says no thing, so
    it takes what the text says it weighs or holds ("tons of medical supplies"); a measure of
    nothing the text names is no aid item (None), nor is an empty one."""
    words = item.split()
    if not words or not _measure(words[-1]) or " of " in f" {item} ":
        return item or None
    found = re.compile(rf"\s*(?:[\w-]+\s+){{0,3}}?{re.escape(words[-1])}{MEASURED}", re.IGNORECASE).match(text, end)
    return f"{item} of {found.group('what').strip()}" if found else None


def _measure(word: str) -> bool:
    """A unit things are weighed or measured in (figures_lexicon.csv, class measure), in either number."""
    return any("measure" in lexicon().get(form, frozenset()) for form in base_forms(word))


TOTAL_TO_DATE = "total to date"
ONE_ATTACK = "in one attack"
HARMED = ("killed", "wounded")
# One attack named in the clause of a toll: "killed in the latest artillery barrage on Vale",
# "raised the death toll from a missile strike to 47", "lost 5,000 troops in a single battle".
# Plural attacks ("Norland's strikes killed six") and the war itself are no one incident. A
# battle, a shelling or a bombardment goes on for days: it is one attack only when the words
# say one ("a single battle", "a shelling", "Monday's bombardment"), never as "the battle for X".
# No "of" is let between the opener and the attack ("after a month of shelling" is no one
# attack), and "that" opens clauses as often as it points.
FILLER = r"(?:(?!of\b)[\w-]+\s+){0,3}?"
ATTACK = re.compile(
    r"\b(?:a|an|the|this|one|single|latest|last|[A-Z][a-z]+day['’]s)\s+" + FILLER
    + r"(?:strike|airstrike|air strike|attack|barrage|bombing|blast|explosion|raid|shooting)\b(?!-)"
    r"|\b(?:a|an|one|single|[A-Z][a-z]+day['’]s)\s+" + FILLER + r"(?:bombardment|shelling|battle)\b(?!-)",
    re.IGNORECASE)
# A toll "since the war began", "so far", "to date" or "in total" is a running count, whatever
# attack its sentence also names.
RUNNING_TOLL = re.compile(r"\b(?:since|so far|to date|in total|thus far)\b", re.IGNORECASE)


def one_attack(sentence: str, start: int, end: int) -> bool:
    """Whether the clause of a toll at ``start:end`` of ``sentence`` names one attack it befell
    in: that toll is one incident's, no point of a place's running count (a town's 47 dead in
    one strike and 10 in another are no fall from 47 to 10)."""
    if RUNNING_TOLL.search(sentence):
        return False
    before = re.split(r"[;:]|,\s+(?:while|but|and|as)\b", sentence[:start])[-1]
    after = re.split(r"[;:.]|,\s+(?:while|but|and|as)\b", sentence[end:])[0]
    return bool(ATTACK.search(before) or ATTACK.search(after))
EARLIER = re.compile(r"\b(?:previous|previously|prior|earlier)\b", re.IGNORECASE)


def _listed_as_given_before(figure: Figure, text: str) -> bool:
    """Whether items are listed under a lead that tells what was given before or so far
    ("Previous assistance committed to X includes:", "Since May, Norland has sent:"): all
    earlier aid, no count of the same quantity as a new package's items."""
    lead = list_lead(text, figure.start)
    return lead is not None and bool(EARLIER.search(text[lead[0]:lead[1]]) or RUNNING_TOTAL.search(text[lead[0]:lead[1]]))


def series_key(figure: Figure, unit: str | None) -> str:
    """Category, place, and for aid the unit (currency or item, for money its purpose) and the
    donor: what makes two figures counts of the same quantity. A place without a GeoNames id (a
    region of the curated table) is its name within its country, never the whole country."""
    place = figure.place
    where = (str(place.geonameid) if place.geonameid else f"{place.country or '-'}:{fold(place.name)}") if place else "-"
    if figure.category == "aid_items":
        item, comma, total = (unit or "").partition(", ")
        unit = _item_key(item) + comma + total
    unit = unit or ""
    donor = fold(donor_of(figure) or "")
    return f"{figure.category}|{where}|{unit}|{donor}"


# Type words that tell no kind apart when a name says the kind: "Vortex anti-aircraft systems",
# "Vortex weapons" and "Vortex units" are how reports and fact sheets count the same named arms;
# missiles, launchers, batteries, rockets or vehicles of a name are other things counted (a
# "system" of an air defence is a battery that fires many of its missiles: two systems and
# sixty missiles are no series falling or rising).
GENERIC_TYPES = frozenset({"system", "weapon", "unit"})


def _item_key(unit: str) -> str:
    """What tells one thing given from another: its words folded and singular ("Himars systems",
    "Himar systems", "himars system"); with a name in it, the name and the noun alone ("HIMARS
    rocket launchers" and "Himars launchers": the name says what a type word only repeats), the
    name alone when the noun is a generic type word (GENERIC_TYPES)."""
    words = unit.split()
    names = [word for word in words[:-1] if word[:1].isupper() or MODEL.fullmatch(word)]
    noun = fold(words[-1]).removesuffix("s") if words else ""
    kept = (names if noun in GENERIC_TYPES else names + words[-1:]) if names else words
    return " ".join(word.removesuffix("s") for word in fold(" ".join(kept)).split())


def add_figure(db: sqlite3.Connection, figure: Figure, fact_id: int, article: dict, entities: list[Entity]) -> int | None:
    """File one figure under its series (created on first sight), and return the series; the
    caller holds the transaction."""
    unit = series_unit(figure, article)
    if figure.category == "aid_items" and not unit:
        return None  # "50 tons" of nothing named: no thing given to count
    key = series_key(figure, unit)
    row = db.execute("SELECT id FROM figure_series WHERE key = ?", (key,)).fetchone()
    if row:
        series_id = row[0]
    else:
        series_id = db.execute(
            "INSERT INTO figure_series (category, key, place, unit, donor) VALUES (?,?,?,?,?)",
            (figure.category, key, json.dumps(asdict(figure.place)) if figure.place else None, unit, donor_of(figure)),
        ).lastrowid
    as_of = figure.as_of or article["published"]
    claim = claim_of(figure.according_to, entities)
    if figure.category in RETOLD_CATEGORIES:
        as_of = _first_told(db, series_id, figure.value, as_of, claim)
    db.execute(
        "INSERT OR IGNORE INTO figure_points (series_id, fact_id, article_id, as_of, value, approx, according_to, claim_of)"
        " VALUES (?,?,?,?,?,?,?,?)",
        (series_id, fact_id, article["id"], as_of, figure.value, figure.approx, figure.according_to, claim),
    )
    return series_id


RETOLD_DAYS = 7  # a sum of one donor's series told again within a week is the same package
RETOLD_CATEGORIES = ("aid_money", *CASUALTIES, "refugees", "displaced", "evacuated")


def _first_told(db: sqlite3.Connection, series_id: int, value: float, as_of: str | None, claim: str | None = None) -> str | None:
    """The day a package or a count was first told: a sum that a point of its series already
    gives within RETOLD_DAYS ("authorized up to $600 million" on Monday, "the drawdown of $600
    million" in Tuesday's readout) is that package told again, not a second one, and so is a
    count ("the UN recorded 351 civilians killed" on Friday, retold on Sunday: no flat line of
    two points); all its points take the earliest day, whatever order the reports are fused in.
    Only a point of the same party's claim, or of no party's where the other is of none, is the
    same count told again: one side's 5,000 dead on Thursday is no retelling of the other side's 5,000 a
    week before, nor of an independent count."""
    day = calendar_day(as_of) if as_of and DAY.match(as_of) else None
    if day is None:
        return as_of  # an undated count, or one of an unknown year ("XXXX-05-05"), is no day's telling
    window = ((day - timedelta(days=RETOLD_DAYS)).isoformat(), (day + timedelta(days=RETOLD_DAYS)).isoformat())
    where = "series_id = ? AND value = ? AND as_of BETWEEN ? AND ? AND claim_of IS ?"
    (earliest,) = db.execute(f"SELECT MIN(as_of) FROM figure_points WHERE {where}", (series_id, value, *window, claim)).fetchone()
    first = min(as_of, earliest) if earliest and DAY.match(earliest) else as_of
    db.execute(f"UPDATE figure_points SET as_of = ? WHERE {where}", (first, series_id, value, *window, claim))
    return first
