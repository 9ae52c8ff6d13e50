"""Word lists of the times rules: months, weekdays, numbers, units, seasons, holidays and the
words that tell tense."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Literal


Tense = Literal["PAST", "PRESENT", "FUTURE"]
Found = tuple[str, str]  # (TIMEX3 type, value)
MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "october": 10,
    "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
    "a dozen": 12, "a hundred": 100, "a couple of": 2, "a couple": 2, "couple of": 2,
}  # fmt: skip
VAGUE_NUMBERS = ("several", "a few", "few", "many", "some", "numerous", "a number of")
ORDINALS: dict[str, int] = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
    "4th": 4, "final": 4, "last": 4,
}  # fmt: skip
# unit word -> (ISO 8601 designator, is a clock unit: written after "T" in a duration)
UNITS: dict[str, tuple[str, bool]] = {
    "second": ("S", True), "minute": ("M", True), "hour": ("H", True),
    "day": ("D", False), "night": ("D", False), "week": ("W", False),
    "fortnight": ("W", False), "month": ("M", False), "quarter": ("Q", False),
    "year": ("Y", False), "decade": ("DE", False), "century": ("CE", False),
}  # fmt: skip
LONG_UNITS = ("hour", "day", "week", "month", "year", "decade", "century")  # "weeklong", "decade-long"
UNIT_MULTIPLIER = {"fortnight": 2, "decade": 10, "century": 100}  # expressed in weeks/years
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
ADVERB_SETS = {
    "hourly": "PT1H", "daily": "P1D", "nightly": "P1D", "weekly": "P1W",
    "monthly": "P1M", "quarterly": "P3M", "annually": "P1Y", "yearly": "P1Y",
}  # fmt: skip
REFERENCE_WORDS = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "currently": "PRESENT_REF",
    "current": "PRESENT_REF", "nowadays": "PRESENT_REF", "these days": "PRESENT_REF", "at present": "PRESENT_REF",
    "presently": "PRESENT_REF", "recently": "PAST_REF", "lately": "PAST_REF",
    "the past": "PAST_REF", "the future": "FUTURE_REF", "the near term": "FUTURE_REF",
    "the short term": "FUTURE_REF",
}  # fmt: skip
# Words that are temporal only in some uses, and the parts of speech of those uses.
# ("previously", "recent", "future", "soon" are left out: in news they are marked less
# often than not, so they cost more precision than they bring recall.)
REFERENCE_POS = {"current": {"ADJ"}, "now": {"ADV"}}
HOLIDAYS: dict[str, tuple[int, int]] = {
    "new year's day": (1, 1), "valentine's day": (2, 14), "independence day": (7, 4),
    "halloween": (10, 31), "christmas eve": (12, 24), "christmas day": (12, 25),
    "christmas": (12, 25), "boxing day": (12, 26), "new year's eve": (12, 31),
}  # fmt: skip


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> date:
    """The ``nth`` (1-based; -1 the last) ``weekday`` (0 is Monday) of a month."""
    if nth < 0:
        end = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
        return end - timedelta(days=(end.weekday() - weekday) % 7)
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))


def _easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    golden, century, rest = year % 19, year // 100, year % 100
    leap_skips, century_rest = divmod(century, 4)
    moon_fix = (8 * century + 13) // 25
    epact = (19 * golden + century - leap_skips - moon_fix + 15) % 30
    quads, rest_rest = divmod(rest, 4)
    to_sunday = (32 + 2 * century_rest + 2 * quads - epact - rest_rest) % 7
    late = (golden + 11 * epact + 22 * to_sunday) // 451
    month, day = divmod(epact + to_sunday - 7 * late + 114, 31)
    return date(year, month, day + 1)


# Holidays whose day moves, by the rule that sets it (the US ones by federal law).
MOVABLE_HOLIDAYS: dict[str, Callable[[int], date]] = {
    "thanksgiving": lambda y: _nth_weekday(y, 11, 3, 4),
    "thanksgiving day": lambda y: _nth_weekday(y, 11, 3, 4),
    "labor day": lambda y: _nth_weekday(y, 9, 0, 1),
    "memorial day": lambda y: _nth_weekday(y, 5, 0, -1),
    "election day": lambda y: _nth_weekday(y, 11, 0, 1) + timedelta(days=1),
    "easter": _easter,
    "easter sunday": _easter,
    "easter monday": lambda y: _easter(y) + timedelta(days=1),
    "good friday": lambda y: _easter(y) - timedelta(days=2),
}
# Names that are a holiday only when capitalised: "Election Day" (US), not "election day".
CAPITALISED_HOLIDAYS = {"election day", "labor day", "memorial day"}
FUTURE_AUX = {"will", "'ll", "shall", "wo", "would", "'d"}
PLAN_HEADS = {
    "is", "are", "am", "'s", "'re", "be", "plans", "plan", "planned", "intends", "expected",
    "scheduled", "due", "set", "going", "hopes", "wants", "aims",
}  # fmt: skip
# Present-tense verbs that report what was said or what records show, not what is scheduled.
REPORTING_PRESENT = {"say", "says", "tell", "tells", "report", "reports", "quote", "quotes", "insist", "insists", "claim", "claims",
                     "show", "shows", "suggest", "suggests", "indicate", "indicates"}  # fmt: skip
# Dependency labels of nouns: a "verb" hung on its head by one of them is a misread noun.
NOUN_DEPS = {"dobj", "pobj", "nsubj", "nsubjpass", "compound"}
SCHEDULE_PREPOSITIONS = {"on", "in", "for", "until", "till", "through", "by", "before"}
# Heads after which a date may lie ahead of the clause's own (past) time.
OPEN_ENDED_HEADS = {"until", "till", "through", "effective", "starting", "beginning", "from"}
# Past forms of a plan: what was planned lies ahead of the planning ("protesters planned
# a rally on Saturday", "they were planning to march Monday").
PAST_PLANS = {"planned", "planning", "scheduled", "intended", "intending"}
NOT_AFTER_YEAR = {"%", "percent", "per", "people", "troops", "soldiers", "residents", "km", "kilometres", "miles", "tons", "tonnes", "meters", "metres", "feet", "barrels", "dollars", "euros"}  # fmt: skip
