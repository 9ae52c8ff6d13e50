"""Temporal expressions (TIMEX3) as a spaCy component: ``doc._.times``.

Every expression TempEval-3 would mark is found by a table of regular expressions over
the text (fast, and spans come out as character offsets), then valued against the anchor
in ``doc._.anchor`` (the publication date). What the regexes cannot know, the parse tells:
the tense of the governing verb decides whether "Tuesday" or "March 3" lies before or
after the anchor (news writes scheduled events in the present: "the leaders meet
Tuesday" lies ahead), and the tagger tells a month "May" from the modal verb. spaCy's own
DATE/TIME entities are not used: they miss durations and sets, and their spans include
prepositions TimeML leaves out. The anchor is never replaced by today's date: an unknown
year stays ``XXXX``. Expressions that count from the story's own time ("the following
day", "that year") are moved onto the last date mentioned before them.
"""

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from spacy.language import Language
from spacy.attrs import IDX, LENGTH
from spacy.tokens import Doc, Token

from sitrep.facts import Time

Tense = Literal["PAST", "PRESENT", "FUTURE"]
Found = tuple[str, str]  # (TIMEX3 type, value)

# ---------------------------------------------------------------------------------------
# Lexicons
# ---------------------------------------------------------------------------------------

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

# ---------------------------------------------------------------------------------------
# Regex building blocks (case-sensitive where capitals carry meaning: month, weekday)
# ---------------------------------------------------------------------------------------


def _alternation(words: object) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))  # type: ignore[arg-type]


_MONTH_FORMS = sorted(MONTHS, key=len, reverse=True)
# Abbreviations may carry their dot ("Sept."); full names never swallow a full stop.
_MONTH = (
    r"(?P<month>"
    + "|".join(re.escape(w.capitalize()) + (r"\.?" if len(w) <= 4 and w not in ("may", "june", "july") else "") for w in _MONTH_FORMS)
    + r")(?!\w)"
)
_WEEKDAY = r"(?P<weekday>" + _alternation(w.capitalize() for w in WEEKDAYS) + r")(?!\w)"
# Spelled ordinals, as transcripts write days ("March eighth", "the twenty-first of May").
_ORDINAL_UNITS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
DAY_ORDINALS: dict[str, int] = {
    **{w: i + 1 for i, w in enumerate(_ORDINAL_UNITS)},
    **{w: i + 10 for i, w in enumerate(("tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"))},
    **{f"{tens}{sep}{w}": base + i + 1 for tens, base in (("twenty", 20), ("thirty", 30)) for sep in ("-", " ") for i, w in enumerate(_ORDINAL_UNITS)},
    "thirtieth": 30,
}  # fmt: skip
_DAY = r"(?P<day>[0-3]?\d(?:st|nd|rd|th)?(?![\d:.,]\d|\w)|(?i:" + _alternation(DAY_ORDINALS) + r")(?!\w))"
_YEAR = r"(?P<year>(?:1[5-9]|20)\d\d)(?![\d%]|\w|,\d|\.\d)"
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_DIGIT_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine)"
# "nineteen ninety-four", "two thousand and one": broadcast transcripts spell years out.
_SPELLED_YEAR = (
    r"(?P<spelled>(?i:(?:nineteen|twenty)[\s-](?:ten|" + _TENS + r")(?:[\s-]" + _DIGIT_WORD + r")?"
    r"|two\s+thousand(?:\s+(?:and\s+)?(?:" + _DIGIT_WORD + r"|ten))?))"
)
_ANY_YEAR = r"(?:" + _YEAR + r"|" + _SPELLED_YEAR + r")"
_NUM = r"(?i:(?P<num>\d{1,3}(?:\.\d+)?(?:\s+1/2)?|" + _TENS + r"[- ](?:one|two|three|four|five|six|seven|eight|nine)|" + _alternation(NUMBER_WORDS) + r")(?P<halfnum>\s+and\s+a\s+half)?|(?P<vague>" + _alternation(VAGUE_NUMBERS) + r"))"  # fmt: skip
# "two more weeks", "an additional year", "eight trading days"
_MORE = r"(?:(?i:more|additional|extra|further|trading|business|working)\s+)?"
_AND_HALF = r"(?P<andhalf>\s+and\s+a\s+half)?"  # "two and a half years", "a year and a half"
_UNIT = r"(?i:(?P<unit>" + _alternation(UNITS) + r"|centurie)s?" + _AND_HALF + r")"
_APPROX = r"(?i:(?:about|around|nearly|almost|more\s+than|less\s+than|fewer\s+than|at\s+least|at\s+most|over|some|roughly|approximately|up\s+to|another)\s+)?"  # fmt: skip
_B = r"(?<![\w$£€/.-])"  # no match glued to a word, number, currency or path before it
_E = r"(?![\w])"


def _r(pattern: str) -> re.Pattern[str]:
    return re.compile(_B + pattern + _E)


# ---------------------------------------------------------------------------------------
# Anchor and value formatting
# ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Anchor:
    """The reference point: a calendar day (a stand-in year when the year is unknown)."""

    day: date | None
    year_known: bool = False

    @classmethod
    def parse(cls, raw: str | None) -> "Anchor":
        match = re.match(r"^(\d{4}|XXXX)-(\d\d)-(\d\d)", raw or "")
        if not match:
            return cls(None)
        year, month, day = match.groups()
        known = year != "XXXX"
        stand_in = 2000 if (month, day) == ("02", "29") else 2001
        try:
            return cls(date(int(year) if known else stand_in, int(month), int(day)), known)
        except ValueError:
            return cls(None)

    @property
    def year(self) -> int | None:
        return self.day.year if self.day and self.year_known else None

    def ymd(self, day: date) -> str:
        return day.isoformat() if self.year_known else f"XXXX-{day:%m-%d}"

    def ym(self, year: int, month: int) -> str:
        return f"{self.y(year)}-{month:02d}"

    def y(self, year: int) -> str:
        return str(year) if self.year_known else "XXXX"

    def week(self, day: date) -> str:
        if not self.year_known:
            return "XXXX-WXX"
        iso = day.isocalendar()
        return f"{iso[0]}-W{iso[1]:02d}"


def _shift_months(day: date, months: int) -> tuple[int, int]:
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


# ---------------------------------------------------------------------------------------
# Tense from the parse
# ---------------------------------------------------------------------------------------


def _governing_verb(token: Token) -> Token | None:
    """Climb the dependency tree to the verb the expression modifies."""
    for _ in range(8):
        if token.pos_ in ("VERB", "AUX"):
            return token
        if token.head == token:
            return None
        token = token.head
    return None


def _open_ended(token: Token, verb: Token) -> bool:
    """Whether "until", "effective"... stands between ``token`` and its verb: "gave them
    until 9 a.m. Tuesday" names a deadline, which may lie ahead of the giving."""
    while token != verb and token.head != token:
        token = token.head
        if token.lower_ in OPEN_ENDED_HEADS:
            return True
    return False


def _past_plan(verb: Token) -> bool:
    """"planned", "were planning": a plan, unless pluperfect ("had been scheduled to
    expire Friday" is a plan already overtaken) or a mere modifier ("a service planned
    for Saturday was canceled" takes the tense of its clause)."""
    if verb.lower_ not in PAST_PLANS or verb.dep_ in ("acl", "amod", "relcl"):
        return False
    return not any(c.lower_ == "had" for c in verb.children if c.dep_ == "aux")


def tense_of(token: Token, depth: int = 0) -> Tense:
    """PAST, FUTURE or PRESENT for the clause around ``token``: "said", "will visit", "is".

    ``depth`` bounds the climb through "to"-infinitives: a parse of a malformed text can
    loop, and one odd sentence must not sink the whole article."""
    verb = _governing_verb(token)
    if verb is None or depth > 6:
        return "PRESENT"
    if depth == 0 and _open_ended(token, verb):
        return "PRESENT"  # "extended until Friday", "effective Feb. 1": may lie ahead of a past act
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {c.lower_ for c in aux}
    if words & FUTURE_AUX or (_past_plan(verb) and token.i > verb.i):
        return "FUTURE"  # "planned a rally on Saturday"; "On Friday, they planned..." dates the planning
    if "to" in words and verb.head != verb:
        if _past_plan(verb.head):
            return "FUTURE"  # "were planning to march Monday"
        if verb.head.lower_ in PLAN_HEADS and verb.head.dep_ in ("acl", "amod", "advcl"):
            return "FUTURE"  # "the talks, set to resume Monday": a plan, whatever the main verb
        head_tense = tense_of(verb.head, depth + 1)
        if head_tense == "PRESENT" and verb.head.lower_ in PLAN_HEADS:
            return "FUTURE"  # "is to meet", "plans to travel"
        if head_tense == "PAST":
            return "PRESENT"  # "agreed to buy it in January": ahead of the agreement, not known
        return head_tense
    if verb.tag_ == "VBD" or any(c.tag_ == "VBD" for c in aux):
        return "PAST"
    if verb.tag_ == "VBN" and (words & {"has", "have", "had", "'ve", "'s"} or verb.dep_ in ("acl", "amod")):
        return "PAST"
    return "PRESENT"


# ---------------------------------------------------------------------------------------
# Rules: (pattern, handler). A handler returns (type, value), or None to reject the match.
# ---------------------------------------------------------------------------------------


class _Context:
    """What a handler may consult: the doc (for tense and tags) and the anchor."""

    def __init__(self, doc: Doc, anchor: Anchor) -> None:
        self.doc = doc
        self.text = doc.text  # spaCy rebuilds doc.text on every access: read it once
        self.anchor = anchor
        # Token offsets from one array read: building a Token per word costs more than the rules.
        self.starts, self.lengths = (doc.to_array([IDX, LENGTH]).T.tolist() if len(doc) else ([], []))
        self._tenses: dict[int, Tense] = {}

    def token(self, char: int) -> Token | None:
        """The token covering ``char`` (or the one just before it)."""
        index = bisect_right(self.starts, char) - 1
        return self.doc[index] if 0 <= index < len(self.doc) else None

    def tense(self, char: int) -> Tense:
        token = self.token(char)
        if token is None:
            return "PRESENT"
        if token.i not in self._tenses:
            tense = tense_of(token)
            self._tenses[token.i] = "FUTURE" if tense == "PRESENT" and _scheduled(token) else tense
        return self._tenses[token.i]


Handler = Callable[[re.Match[str], _Context], Found | None]


def _month_number(text: str) -> int:
    return MONTHS[text.rstrip(".").lower()]


def _rel_word(m: re.Match[str]) -> str:
    """The relative word of a match, "" if none; "this coming" counts as "coming"."""
    words = (m.group("rel") or "").lower().split()
    return words[-1] if words else ""


def _part(m: re.Match[str]) -> str | None:
    """The part of the day a match names, after its day ("Friday night") or before it."""
    return m.groupdict().get("part") or m.groupdict().get("partpre")


def _day_number(m: re.Match[str]) -> int:
    """The day of the month, written "8", "8th" or "eighth"."""
    text = m.group("day").lower()
    return int(text.rstrip("stndrh")) if text[0].isdigit() else DAY_ORDINALS[text]


def _number(match: re.Match[str]) -> float | None:
    """The count in a NUM group; None for vague amounts ("several")."""
    if match.group("vague"):
        return None
    halves = match.groupdict().get("halfnum") or match.groupdict().get("andhalf")
    return _count(match.group("num").lower()) + (0.5 if halves else 0)


def _count(text: str) -> float:
    """"3", "2 1/2", "twenty-one", "a dozen" as a number."""
    if text[0].isdigit():
        whole, _, half = text.partition(" ")
        return float(whole) + (0.5 if half else 0)
    parts = re.split(r"[- ]", text)
    if text in NUMBER_WORDS:
        return NUMBER_WORDS[text]
    return float(sum(NUMBER_WORDS.get(p, 0) for p in parts))


def _unit(match: re.Match[str]) -> str:
    word = (match.groupdict().get("unit") or match.groupdict().get("unitadj") or "").lower()
    if word.startswith("centur"):
        return "century"
    return word[:-1] if word not in UNITS and word.endswith("s") else word


def _duration_value(amount: float | None, unit: str) -> str:
    """ISO 8601 duration: P3W, PT5H, P10Y for a decade, PXY for "several years"."""
    designator, clock = UNITS[unit]
    prefix = "PT" if clock else "P"
    if designator == "Q":
        designator, amount = "M", None if amount is None else amount * 3
    if designator in ("DE", "CE"):
        designator, amount = "Y", None if amount is None else amount * UNIT_MULTIPLIER[unit]
    if unit == "fortnight" and amount is not None:
        amount *= 2
    if amount is None:
        return f"{prefix}X{designator}"
    if amount != int(amount):
        return _fractional_duration(amount, designator, prefix)
    return f"{prefix}{int(amount)}{designator}"


# (prefix, designator) -> the next smaller designator and how many of it make one.
_FRACTION_UNITS = {
    ("P", "Y"): ("M", 12), ("P", "M"): ("D", 30), ("P", "W"): ("D", 7),
    ("PT", "H"): ("M", 60), ("PT", "M"): ("S", 60),
}  # fmt: skip


def _fractional_duration(amount: float, designator: str, prefix: str) -> str:
    """"2 1/2 years" is P2Y6M: TIMEX3 values prefer whole numbers of smaller units."""
    whole, fraction = int(amount), amount % 1
    if (prefix, designator) == ("P", "D"):
        return f"P{whole}DT{round(fraction * 24)}H"
    if (prefix, designator) not in _FRACTION_UNITS:
        return f"{prefix}{amount:g}{designator}"
    smaller, per = _FRACTION_UNITS[(prefix, designator)]
    return f"{prefix}{whole}{designator}{round(fraction * per)}{smaller}"


def _year_for(month: int, day: int, ctx: _Context, char: int) -> int | None:
    """The year of a month-day given without one: the anchor's, moved by tense."""
    return _year_near(lambda year: _safe_date(year, month, day) or date(year, month, 28), ctx, char)


def _year_near(day_in: Callable[[int], date], ctx: _Context, char: int) -> int | None:
    """The year of a day named without one (``day_in`` gives it in a year): the anchor's,
    moved by tense."""
    anchor = ctx.anchor.day
    if anchor is None:
        return None
    # a past clause may name a deadline a few weeks ahead at most
    return anchor.year + _year_shift(ctx.tense(char), (day_in(anchor.year) - anchor).days, 183, 60, 14)


def _year_shift(tense: Tense, ahead: int, half: int, past_slack: int, future_slack: int) -> int:
    """-1, 0 or +1 year for a month or day ``ahead`` units after the anchor's in its year.

    A past clause never points into next year nor a future one into last year; a present
    one takes the nearer year (``half`` is half a year in the unit)."""
    if tense == "PAST":
        return -1 if ahead > past_slack else 0
    if tense == "FUTURE":
        return 1 if ahead < -future_slack else 0
    return -1 if ahead > half else (1 if ahead < -half else 0)


def _full_date(m: re.Match[str], ctx: _Context) -> Found | None:
    day = _safe_date(int(m.group("year")), _month_number(m.group("month")), _day_number(m))
    return ("DATE", day.isoformat()) if day else None


def _numeric_date(m: re.Match[str], ctx: _Context) -> Found | None:
    day = _safe_date(int(m.group("year")), int(m.group("mm")), int(m.group("dd")))
    return ("DATE", day.isoformat()) if day else None


def _month_day(m: re.Match[str], ctx: _Context) -> Found | None:
    month, day = _month_number(m.group("month")), _day_number(m)
    if not _month_ok(m, ctx) or _safe_date(2000, month, day) is None:
        return None
    year = _relative_year_of_day(m, ctx, month, day)
    if year is None or not ctx.anchor.year_known:
        return "DATE", f"XXXX-{month:02d}-{day:02d}"
    return "DATE", f"{year}-{month:02d}-{day:02d}"


_REL_BEFORE = re.compile(r"(?i:\b(?P<rel>last|next|this\s+coming|coming)\s+)$")


def _relative_year_of_day(m: re.Match[str], ctx: _Context, month: int, day: int) -> int | None:
    """"last Oct. 23" is the latest Oct. 23 before the anchor, "next May 1" the first
    after it (TimeML leaves the word outside the span); otherwise the tense decides."""
    before = _REL_BEFORE.search(ctx.text, max(0, m.start() - 20), m.start())
    anchor = ctx.anchor.day
    if before is None or anchor is None:
        return _year_for(month, day, ctx, m.start())
    candidate = _safe_date(anchor.year, month, day) or date(anchor.year, month, 28)
    if before.group("rel").lower() == "last":
        return anchor.year - (candidate >= anchor)
    return anchor.year + (candidate <= anchor)


def _month_ok(m: re.Match[str], ctx: _Context) -> bool:
    """"May" the month, not the modal verb; "March" the month, not the verb; neither
    "Jan" nor "June" in a person's name ("Jan Novak", "June Carter said")."""
    token = ctx.token(m.start("month"))
    if token is not None and token.ent_type_ == "PERSON" and not _month_day_follows(ctx, m.end("month")):
        return False
    if m.group("month").rstrip(".").lower() not in ("may", "march"):
        return True
    return token is None or token.tag_ in ("NNP", "NNPS", "NN", "CD")


_DAY_AFTER = re.compile(r"\.?\s*[0-3]?\d(?!\d)")


def _month_day_follows(ctx: _Context, end: int) -> bool:
    """A day number right after a month word: a date, whatever the tagger thought."""
    return _DAY_AFTER.match(ctx.text, end) is not None


def _month_year(m: re.Match[str], ctx: _Context) -> Found | None:
    year = _year_of(m)
    return ("DATE", f"{year}-{_month_number(m.group('month')):02d}") if year else None


def _month_relative_year(m: re.Match[str], ctx: _Context) -> Found | None:
    """"January this year", "June last year"."""
    shift = {"this": 0, "last": -1, "next": 1}[m.group("rel").lower()]
    anchor = ctx.anchor
    if anchor.day is None:
        return "DATE", f"XXXX-{_month_number(m.group('month')):02d}"
    return "DATE", anchor.ym(anchor.day.year + shift, _month_number(m.group("month")))


def _month_alone(m: re.Match[str], ctx: _Context) -> Found | None:
    """"March", "mid-March", "last November"; "last February" in March is a year back.
    "last Oct. 23" is left to the month-day rule."""
    if not _month_ok(m, ctx) or _month_day_follows(ctx, m.end("month")):
        return None
    month = _month_number(m.group("month"))
    anchor = ctx.anchor
    if anchor.day is None:
        return "DATE", f"XXXX-{month:02d}"
    rel = _rel_word(m)
    year = anchor.day.year
    if rel in ("last", "past", "previous"):
        year -= 1 if month >= anchor.day.month - 1 else 0  # a March article says "last month"
    elif rel in ("next", "coming"):
        year += 1 if month <= anchor.day.month else 0
    elif rel != "this":
        year += _year_shift(ctx.tense(m.start("month")), month - anchor.day.month, 7, 2, 0)
    return "DATE", anchor.ym(year, month)


def _year_alone(m: re.Match[str], ctx: _Context) -> Found | None:
    """A bare 4-digit year, unless it counts something ("2000 troops")."""
    token = ctx.token(m.start("year"))
    before = token.doc[token.i - 1] if token is not None and token.i > 0 else None
    if token is not None and token.i + 1 < len(token.doc):
        following = token.doc[token.i + 1]
        if following.lower_ in NOT_AFTER_YEAR:
            return None
        prefixed = m.start("year") > m.start()  # "fiscal 1989 sales", "early 1996 talks"
        if following.tag_ == "NNS" and following.lower_ not in UNITS and not (_determined(before) or prefixed):
            return None  # "2000 rockets", but "the 1996 elections"
    if before is not None and before.text in ("$", "£", "€", "No", "No."):
        return None
    return "DATE", m.group("year")


def _determined(token: Token | None) -> bool:
    """A year after "the" or a possessive names the year of its noun ("the 1996 elections")."""
    return token is not None and (token.lower_ == "the" or token.tag_ in ("PRP$", "POS"))


def _decade(m: re.Match[str], ctx: _Context) -> Found | None:
    digits = m.group("decade") or m.group("decade2")
    if len(digits) == 2:  # "the '90s", "the 90s": last century unless it is the 2000s
        digits = ("20" if digits in ("00", "10", "20") else "19") + digits
    return "DATE", digits[:3]


CENTURY_WORDS = {"nineteenth": 19, "twentieth": 20, "twenty-first": 21}


def _century(m: re.Match[str], ctx: _Context) -> Found | None:
    """"the 20th century" / "the twentieth century" -> 19 (TIMEX3 writes a century as its
    first two digits)."""
    ordinal = m.group("ord")
    number = CENTURY_WORDS.get(ordinal.lower()) or int(re.sub(r"\D", "", ordinal))
    return "DATE", f"{number - 1:02d}"


def _quarter(m: re.Match[str], ctx: _Context) -> Found | None:
    """"the third quarter", "Q3 2022", "fourth-quarter": the latest such quarter by default."""
    ordinal = m.group("qnum") or m.group("ord")
    quarter = int(ordinal) if ordinal.isdigit() else ORDINALS[ordinal.lower()]
    if m.group("year") or m.group("qyear"):
        return "DATE", f"{m.group('year') or m.group('qyear')}-Q{quarter}"
    if _year_word(m):
        return "DATE", f"{_relative_year(m, ctx)}-Q{quarter}"
    anchor = ctx.anchor
    if anchor.day is None:
        return "DATE", f"XXXX-Q{quarter}"
    year = anchor.day.year
    current = (anchor.day.month - 1) // 3 + 1
    if quarter > current and ctx.tense(m.start()) != "FUTURE":
        year -= 1
    return "DATE", f"{anchor.y(year)}-Q{quarter}"


def _the_quarter(m: re.Match[str], ctx: _Context) -> Found | None:
    """"the quarter", "the latest quarter": in a report, the last completed one."""
    anchor = ctx.anchor
    if anchor.day is None:
        return "DATE", "XXXX-QX"
    year, month = _shift_months(anchor.day, -3)
    return "DATE", f"{anchor.y(year)}-Q{(month - 1) // 3 + 1}"


def _half(m: re.Match[str], ctx: _Context) -> Found | None:
    """"the first half of 2021", "the second half of next year", "last year's first half"."""
    word = m.group("half").lower()
    if word == "last" and not (m.group("year") or _year_word(m)):
        return None  # "the last half of the game": only a year makes it a calendar half
    half = 1 if word == "first" else 2
    return "DATE", f"{m.group('year') or _relative_year(m, ctx)}-H{half}"


# "this year's third quarter", "the first half of next year": a part of a relative year.
_YEAR_SHIFT = {"this": 0, "current": 0, "last": -1, "previous": -1, "past": -1, "next": 1, "coming": 1}
_POSS_YEAR = r"(?:(?P<yposs>(?i:this|last|next))\s+(?i:year)['’]s\s+)?"
_OF_YEAR = r"(?P<yof>(?i:this|last|next|the\s+(?:current|previous|past|coming)))\s+(?i:year)"


def _year_word(m: re.Match[str]) -> str | None:
    """The relative word of a year a part belongs to ("this", "the previous"), if any."""
    word = m.groupdict().get("yposs") or m.groupdict().get("yof")
    return word.split()[-1].lower() if word else None


def _relative_year(m: re.Match[str], ctx: _Context) -> str:
    """The year the part belongs to: shifted by its relative word, else the anchor's."""
    anchor = ctx.anchor
    if anchor.day is None:
        return "XXXX"
    return anchor.y(anchor.day.year + _YEAR_SHIFT.get(_year_word(m) or "this", 0))


_OF_AFTER = re.compile(r"\s+of\b", re.IGNORECASE)


def _season(m: re.Match[str], ctx: _Context) -> Found | None:
    season = SEASONS[m.group("season").lower()]
    rel = _rel_word(m)
    if _year_of(m):
        return "DATE", f"{_year_of(m)}-{season}"
    token = ctx.token(m.start("season"))
    if not rel and token is not None and token.pos_ not in ("NOUN", "PROPN"):
        return None  # "prices fall"
    if _OF_AFTER.match(ctx.text, m.end()):
        return None  # "the fall of the city", "the spring of their discontent": no year, no season
    anchor = ctx.anchor
    if anchor.day is None:
        return "DATE", f"XXXX-{season}"
    start = SEASON_START[season]
    year = anchor.day.year
    started = anchor.day.month >= start or (season == "WI" and anchor.day.month <= 2)
    if season == "WI" and anchor.day.month <= 2:
        year -= 1
    if rel in ("last", "past", "previous"):
        year -= 1 if started else 1
        if season != "WI" and anchor.day.month >= start + 3:
            year += 1
    elif rel in ("next", "coming"):
        year += 1 if started else 0
    elif not rel:
        tense = ctx.tense(m.start("season"))
        if tense == "PAST" and not started:
            year -= 1
    return "DATE", f"{anchor.y(year)}-{season}"


def _weekday_date(m: re.Match[str], ctx: _Context) -> date | None | str:
    """The calendar day a weekday names, by its modifier or the clause's tense."""
    weekday = WEEKDAYS.index(m.group("weekday").lower())
    anchor = ctx.anchor
    if anchor.day is None or not anchor.year_known:
        return f"XXXX-WXX-{weekday + 1}"
    back = (anchor.day.weekday() - weekday) % 7
    ahead = (weekday - anchor.day.weekday()) % 7
    rel = _rel_word(m)
    if rel in ("last", "past", "previous"):
        return anchor.day - timedelta(days=back or 7)
    if rel in ("next", "coming"):
        return anchor.day + timedelta(days=ahead or 7)
    tense = "PRESENT" if _possessive(ctx.token(m.start("weekday"))) else ctx.tense(m.start("weekday"))
    if tense == "PAST":
        return anchor.day - timedelta(days=back)
    if tense == "FUTURE":
        return anchor.day + timedelta(days=ahead)
    # Present tense: the nearer one, leaning to the past as news mostly reports.
    return anchor.day - timedelta(days=back) if back <= ahead + 1 else anchor.day + timedelta(days=ahead)


def _possessive(token: Token | None) -> bool:
    """"Wednesday's ruling" dates its noun, not the clause: "would appeal Wednesday's
    ruling" looks back, "ahead of Sunday's vote" forward, whatever the verb's tense."""
    return token is not None and token.i + 1 < len(token.doc) and token.nbor(1).tag_ == "POS"


def _scheduled(token: Token | None) -> bool:
    """"The leaders meet Tuesday", "talks are resuming Monday": news writes a scheduled
    event in the present; "officials say Monday" reports a past statement instead."""
    if token is None or token.dep_ not in ("npadvmod", "pobj", "attr"):
        return False  # "follows Tuesday's vote": the day of a named event, not of the verb
    if token.dep_ == "pobj" and token.head.lower_ not in SCHEDULE_PREPOSITIONS:
        return False  # "down since Tuesday" looks back whatever the tense
    verb = token.head.head if token.dep_ == "pobj" else token.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lower_ in REPORTING_PRESENT:
        return False
    if verb.dep_ in NOUN_DEPS:
        return False  # "announced the plan phases on Thursday": a noun the tagger read as a verb
    if verb.tag_ == "VBP" and _singular_subject(verb):
        return False  # "weakness hurt the index on Friday": a past form the tagger read as present
    if verb.tag_ in ("VBP", "VBZ"):
        return True  # "meet Tuesday", "the funeral is Tuesday"
    # "are meeting Tuesday", "is scheduled for Tuesday"
    wanted = {"VBG": "aux", "VBN": "auxpass"}.get(verb.tag_)
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    perfect = any(c.dep_ == "aux" and c.lower_ in ("has", "have", "'s", "'ve") for c in aux)
    return not perfect and any(c.dep_ == wanted and c.tag_ in ("VBP", "VBZ") for c in aux)


def _singular_subject(verb: Token) -> bool:
    """A singular noun as subject: its present would end in -s, so a bare form ("hurt",
    "cut", "set", "put") with one is the past tense of a verb that does not change."""
    return any(c.dep_ == "nsubj" and c.tag_ in ("NN", "NNP") for c in verb.children)


def _weekday(m: re.Match[str], ctx: _Context) -> Found | None:
    day = _weekday_date(m, ctx)
    value = day if isinstance(day, str) else ctx.anchor.ymd(day)  # type: ignore[arg-type]
    part = _part(m)
    if part:
        return "TIME", f"{value}T{PARTS_OF_DAY[part.lower()]}"
    return "DATE", value


_DAY_WORDS = {
    "today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1,
    "the day before yesterday": -2, "the day after tomorrow": 2,
}  # fmt: skip


# "today's world", "today's children": the present in general, not the publication day.
# ("today's talks", "today's editions" are the day itself, so plurals alone do not tell.)
GENERIC_AFTER_TODAY = {"world", "society", "economy", "generation", "youth", "age", "standards", "technology"}


def _generic_today(m: re.Match[str], ctx: _Context) -> bool:
    """"today's" before a word for the era (adjectives skipped): TimeML's PRESENT_REF."""
    token = ctx.token(m.start("dayword"))
    if token is None or token.i + 2 >= len(token.doc) or token.nbor(1).lower_ not in ("'s", "’s"):
        return False
    noun = next((t for t in token.doc[token.i + 2 : token.i + 5] if t.pos_ != "ADJ"), token)
    return noun.lower_ in GENERIC_AFTER_TODAY


def _day_word(m: re.Match[str], ctx: _Context) -> Found | None:
    word = " ".join(m.group("dayword").lower().split())
    part = _part(m)
    if word == "today" and not part and _generic_today(m, ctx):
        return "DATE", "PRESENT_REF"
    anchor = ctx.anchor
    value = anchor.ymd(anchor.day + timedelta(days=_DAY_WORDS[word])) if anchor.day else "XXXX-XX-XX"
    if word == "tonight":
        return "TIME", f"{value}TNI"
    if part:
        return "TIME", f"{value}T{PARTS_OF_DAY[part.lower()]}"
    return "DATE", value


def _part_of_day(m: re.Match[str], ctx: _Context) -> Found | None:
    """"this morning", "last night": a part of the anchor's day (or the day before)."""
    part = m.group("part").lower()
    anchor = ctx.anchor
    rel = _rel_word(m) if m.groupdict().get("rel") else "this"  # "mid-morning": today's
    if rel == "last" and part != "night":
        return None  # "last morning" is not idiomatic
    offset = -1 if rel in ("last", "yesterday") else 0
    value = anchor.ymd(anchor.day + timedelta(days=offset)) if anchor.day else "XXXX-XX-XX"
    return "TIME", f"{value}T{PARTS_OF_DAY[part]}"


def _is_title(m: re.Match[str], ctx: _Context) -> bool:
    """"This Week" capitalised mid-sentence names a programme or a column, not a week."""
    token = ctx.token(m.start())
    words = m.group(0).split()
    return token is not None and not token.is_sent_start and all(w[0].isupper() for w in words)


def _relative_unit(m: re.Match[str], ctx: _Context) -> Found | None:
    """"last week", "this month", "next year", "the past year", "earlier this month"."""
    if _is_title(m, ctx):
        return None
    rel = m.group("rel").lower().split()[-1]
    unit = m.group("unitword").lower()
    shift = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "this": 0, "current": 0}[rel]
    anchor = ctx.anchor
    if unit == "weekend":
        return _weekend(anchor, shift, ctx.tense(m.start()))
    if anchor.day is None:
        return "DATE", {"week": "XXXX-WXX", "month": "XXXX-XX", "quarter": "XXXX-QX"}.get(unit, "XXXX")
    if unit == "week":
        return "DATE", anchor.week(anchor.day + timedelta(weeks=shift))
    if unit == "month":
        return "DATE", anchor.ym(*_shift_months(anchor.day, shift))
    if unit == "quarter":
        year, month = _shift_months(anchor.day, 3 * shift)
        return "DATE", f"{anchor.y(year)}-Q{(month - 1) // 3 + 1}"
    if unit == "decade":
        return "DATE", anchor.y(anchor.day.year + 10 * shift)[:3]
    if unit == "century":
        return "DATE", anchor.y(anchor.day.year + 100 * shift)[:2]
    return "DATE", anchor.y(anchor.day.year + shift)


def _weekend(anchor: Anchor, shift: int, tense: Tense) -> Found:
    if anchor.day is None or not anchor.year_known:
        return "DATE", "XXXX-WXX-WE"
    if shift == 0 and tense == "PAST" and anchor.day.weekday() < 5:
        shift = -1
    return "DATE", anchor.week(anchor.day + timedelta(weeks=shift)) + "-WE"


def _the_weekend(m: re.Match[str], ctx: _Context) -> Found | None:
    return _weekend(ctx.anchor, 0, ctx.tense(m.start()))


def _the_week(m: re.Match[str], ctx: _Context) -> Found | None:
    """"for the week", "the week's busiest session": a week of the story the words do not
    pin down (TimeML's underspecified week of the anchor's year); "the week of May 3" is
    left to the date."""
    anchor = ctx.anchor
    return "DATE", f"{anchor.y(anchor.day.year) if anchor.day else 'XXXX'}-WXX"


# "the following day", "that year", "the day before": relative to the time the story is
# at (the last date mentioned), not to the publication date. Word -> shift in units.
_ANAPHORIC_SHIFT = {"following": 1, "next": 1, "after": 1, "previous": -1, "before": -1, "same": 0, "that": 0}
_PART_WORDS = "|".join(PARTS_OF_DAY)
_ANAPHORIC = _r(
    r"(?i:the\s+(?P<rel>following|previous|same)\s+(?P<unit>day|week|month|year|" + _PART_WORDS + "|" + "|".join(WEEKDAYS) + r")"
    r"|(?:(?:earlier|later)\s+)?(?P<that>that)\s+(?P<unit4>week|month|year|" + _PART_WORDS + r")"  # "that day" is as often a generic one
    r"|(?:earlier|later)\s+(?P<that2>that)\s+(?P<unit5>day)"  # ... but "later that day" is the story's
    r"|the\s+(?P<unit2>day|week|month|year)\s+(?P<rel2>before|after)(?=\s*[^\w\s]|\s*$)"  # not "before the vote"
    r"|the\s+(?P<rel3>next)\s+(?P<unit3>day|" + _PART_WORDS + r"))"
)
# The finest unit a reference value carries: "1995" holds a year, "1995-05-22" a day.
_GRANULARITY = {4: "year", 7: "month", 10: "day"}
_UNIT_NEEDS = {"year": ("year", "month", "day"), "month": ("month", "day")}  # other units: a day


def _anaphoric_parts(m: re.Match[str]) -> tuple[str, int]:
    """The unit and the shift of an anaphoric match: "the day before" is ("day", -1)."""
    unit = (m.group("unit") or m.group("unit2") or m.group("unit3") or m.group("unit4") or m.group("unit5")).lower()
    word = (m.group("rel") or m.group("that") or m.group("that2") or m.group("rel2") or m.group("rel3")).lower()
    return unit, _ANAPHORIC_SHIFT[word]


def _unit_step(anchor: Anchor, unit: str, shift: int) -> str:
    """The day, week, month or year ``shift`` units away from the anchor, at that unit;
    "the following morning" is the next day's morning, "the previous Friday" the last
    Friday before the anchor."""
    day = anchor.day
    assert day is not None
    if unit in WEEKDAYS:
        gap = (WEEKDAYS.index(unit) - day.weekday()) % 7
        if shift < 0:
            return anchor.ymd(day - timedelta(days=(7 - gap) % 7 or 7))
        return anchor.ymd(day + timedelta(days=gap or 7 * shift))
    if unit in PARTS_OF_DAY:
        return f"{anchor.ymd(day + timedelta(days=shift))}T{PARTS_OF_DAY[unit]}"
    if unit == "day":
        return anchor.ymd(day + timedelta(days=shift))
    if unit == "week":
        return anchor.week(day + timedelta(weeks=shift))
    if unit == "month":
        return anchor.ym(*_shift_months(day, shift))
    return anchor.y(day.year + shift)


_UNKNOWN_AT = {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "month": "XXXX-XX", "year": "XXXX"}


def _anaphoric(m: re.Match[str], ctx: _Context) -> Found | None:
    """Valued on the publication date until :func:`_reanchor` finds the story's own date."""
    unit, shift = _anaphoric_parts(m)
    kind = "TIME" if unit in PARTS_OF_DAY else "DATE"
    if ctx.anchor.day is None:
        if unit in WEEKDAYS:
            return kind, f"XXXX-WXX-{WEEKDAYS.index(unit) + 1}"
        return kind, _UNKNOWN_AT.get(unit, "XXXX-XX-XX") + (f"T{PARTS_OF_DAY[unit]}" if unit in PARTS_OF_DAY else "")
    return kind, _unit_step(ctx.anchor, unit, shift)


def _story_date(value: str) -> tuple[Anchor, str] | None:
    """A DATE value the story can move on from ("1995-05-22", "1995-05", "1995"), and its unit."""
    if not re.fullmatch(r"\d{4}(?:-[01]\d(?:-[0-3]\d)?)?", value):
        return None
    padded = value + "-01-01"[len(value) - 4 :] if len(value) < 10 else value
    return Anchor.parse(padded), _GRANULARITY[len(value)]


def _reanchor(times: list[Time]) -> None:
    """Value "the following day", "that year" on the last date mentioned before them."""
    reference: tuple[Anchor, str] | None = None
    for time in times:
        match = _ANAPHORIC.fullmatch(time.text)
        if match and reference is not None:
            unit, shift = _anaphoric_parts(match)
            if reference[1] in _UNIT_NEEDS.get(unit, ("day",)):
                time.value = _unit_step(reference[0], unit, shift)
        if time.type == "DATE":
            reference = _story_date(time.value) or reference


def _offset_date(anchor: Anchor, amount: float, unit: str) -> str:
    """The anchor moved by ``amount`` units, written at the unit's granularity."""
    day = anchor.day
    assert day is not None
    if unit in ("day", "night"):
        return anchor.ymd(day + timedelta(days=amount))
    if unit in ("week", "fortnight"):
        return anchor.ymd(day + timedelta(weeks=amount * UNIT_MULTIPLIER.get(unit, 1)))
    if unit == "month":
        return anchor.ym(*_shift_months(day, int(amount)))
    if unit == "quarter":
        year, month = _shift_months(day, int(3 * amount))
        return f"{anchor.y(year)}-Q{(month - 1) // 3 + 1}"
    return anchor.y(day.year + int(amount * UNIT_MULTIPLIER.get(unit, 1)))


def _ago(m: re.Match[str], ctx: _Context) -> Found | None:
    """"two days ago", "a year earlier", "three weeks from now"; "three days later" is left
    to the duration rule: TimeML marks "three days" alone, a span after a narrated event."""
    word = m.group("dir").lower()
    if word == "later":
        return None
    unit = _unit(m)
    if UNITS[unit][1]:
        return "DURATION", _duration_value(_number(m), unit)
    amount = _number(m)
    direction = -1 if word in ("ago", "earlier") else 1
    if amount is None:
        return "DATE", "PAST_REF" if direction < 0 else "FUTURE_REF"
    if ctx.anchor.day is None:
        return "DURATION", _duration_value(amount, unit)
    return "DATE", _offset_date(ctx.anchor, direction * amount, unit)


def _year_ago_adjective(m: re.Match[str], ctx: _Context) -> Found | None:
    """"year-earlier results", "the year-ago quarter": last year."""
    anchor = ctx.anchor
    return "DATE", anchor.y(anchor.day.year - 1) if anchor.day else "XXXX"


def _in_units(m: re.Match[str], ctx: _Context) -> Found | None:
    """"in three weeks": a date ahead when the clause is about the future, else a duration."""
    unit, amount = _unit(m), _number(m)
    if amount is None or UNITS[unit][1] or ctx.anchor.day is None or ctx.tense(m.start("num")) != "FUTURE":
        return "DURATION", _duration_value(amount, unit)
    if unit in ("week", "fortnight"):
        return "DATE", ctx.anchor.week(ctx.anchor.day + timedelta(weeks=amount * UNIT_MULTIPLIER.get(unit, 1)))
    return "DATE", _offset_date(ctx.anchor, amount, unit)


_QUANTITY_WORDS = {"%", "percent", "million", "billion", "trillion"}


def _after_quantity(token: Token | None) -> bool:
    """"$5 a year", "20% annually", "700 seats a week": a rate, which TimeML leaves unmarked."""
    if token is None or token.i == 0:
        return False
    before = token.doc[token.i - 1]
    if before.like_num or before.lower_ in _QUANTITY_WORDS:
        return True
    return before.tag_ == "NNS" and before.i > 0 and before.doc[before.i - 1].like_num


def _after_modal_or_subject(token: Token | None) -> bool:
    """"will one day", "he one day": "one day" as "some day", not a 24-hour span."""
    return token is not None and token.i > 0 and token.doc[token.i - 1].tag_ in ("MD", "PRP")


def _titled_unit(m: re.Match[str], ctx: _Context) -> bool:
    """A capitalised unit mid-sentence names a programme or a book ("60 Minutes")."""
    unit = m.groupdict().get("unit") or m.groupdict().get("unitadj") or ""
    token = ctx.token(m.start())
    return unit[:1].isupper() and token is not None and not token.is_sent_start


def _plural_unit(m: re.Match[str]) -> bool:
    """Whether the unit word is written in the plural ("months", "centuries")."""
    if not m.groupdict().get("unit"):
        return False
    return m.string[m.end("unit") : m.end("unit") + 1].lower() == "s"


def _duration(m: re.Match[str], ctx: _Context) -> Found | None:
    """"three weeks", "a two-day visit", "the past few weeks" (PXW); "$5 a year" is a rate,
    "52 years old" an age: neither is marked."""
    unit, amount = _unit(m), _number(m)
    if m.group(0).lower().endswith("-old") or ctx.text[m.end() : m.end() + 4].lower() == " old":
        return None
    if m.group("num") and m.group("num").lower() in ("a", "an"):
        if unit == "second" or _plural_unit(m):
            return None  # "a second group"; "a months-long siege" is the adjective's
        if _after_quantity(ctx.token(m.start())):
            return None
    if _titled_unit(m, ctx):
        return None
    if m.group(0).lower() == "one day" and _after_modal_or_subject(ctx.token(m.start())):
        return "DATE", "FUTURE_REF"  # "it will one day be", "he hopes he one day flies"
    return "DURATION", _duration_value(amount, unit)


def _unit_long(m: re.Match[str], ctx: _Context) -> Found | None:
    """"a day-long meeting", "a weeklong visit": one unit; "a months-long siege": some."""
    return "DURATION", _duration_value(None if m.group("many") else 1, _unit(m))


def _vague_duration(m: re.Match[str], ctx: _Context) -> Found | None:
    """"for years", "for decades": an unknown number of units."""
    return "DURATION", _duration_value(None, _unit(m) or m.group("unit2").lower()[:-1])


def _while(m: re.Match[str], ctx: _Context) -> Found | None:
    """"for a while": a duration of unknown length and unit."""
    return "DURATION", "PXX"


# Units whose "recent ..." TimeBank marks as a stretch of unknown length up to now: "in
# recent weeks" is a few weeks (PXW). "recent days" and "recent years" it values as the
# past at large (PAST_REF), as it does "lately".
RECENT_STRETCH_UNITS = {"week", "month", "quarter"}


def _recent_units(m: re.Match[str], ctx: _Context) -> Found | None:
    """"recent days" looks back, "the coming weeks" ahead; "recent months" lasts months,
    "recent weeks and months" no one unit: the past at large."""
    unit = m.group("unit").lower()[:-1]
    if m.group("rel").lower() != "recent":
        return "DATE", "FUTURE_REF"
    if unit in RECENT_STRETCH_UNITS and not m.group("more"):
        return "DURATION", _duration_value(None, unit)
    return "DATE", "PAST_REF"


def _set_every(m: re.Match[str], ctx: _Context) -> Found | None:
    """"every day", "every two weeks", "every other month", "each year"."""
    amount = 2 if m.group("other") else (_number(m) if m.group("num") else 1)
    return "SET", _duration_value(amount, _unit(m))


def _set_every_month(m: re.Match[str], ctx: _Context) -> Found | None:
    return "SET", f"XXXX-{_month_number(m.group('month')):02d}"


def _set_every_weekday(m: re.Match[str], ctx: _Context) -> Found | None:
    """"every Monday", "on Mondays", "Tuesday nights" (XXXX-WXX-2TNI)."""
    parts = m.groupdict().get("parts")
    time = f"T{PARTS_OF_DAY[parts.lower()[:-1]]}" if parts else ""
    return "SET", f"XXXX-WXX-{WEEKDAYS.index(m.group('weekday').lower()) + 1}{time}"


def _set_adverb(m: re.Match[str], ctx: _Context) -> Found | None:
    """"meets daily" is a set; "a daily tally", "its quarterly dividend" and rates
    ("rise 8% annually") are not marked."""
    token = ctx.token(m.start())
    if token is not None and (token.dep_ == "amod" or _after_quantity(token) or _a_periodical(token)):
        return None
    return "SET", ADVERB_SETS[m.group("adverb").lower()]


def _a_periodical(token: Token) -> bool:
    """"the party daily Granma", "a leading weekly said": the word names a newspaper, which
    the parse shows as a noun or as a word hung on a name rather than on a verb."""
    return token.pos_ in ("NOUN", "PROPN") or token.head.pos_ == "PROPN"


def _set_times_per(m: re.Match[str], ctx: _Context) -> Found | None:
    """"twice a week", "three times a year": a set of the unit."""
    return "SET", _duration_value(1, _unit(m))


def _clock(m: re.Match[str], ctx: _Context) -> Found | None:
    """"5 p.m.", "10:35 a.m.", "at 14:30": valued on the anchor's day until a date claims it."""
    hour, minute = int(m.group("hour")), int(m.group("minute") or 0)
    meridian = (m.group("ampm") or "").lower()
    if meridian.startswith("p") and hour < 12:
        hour += 12
    if meridian.startswith("a") and hour == 12:
        hour = 0
    if hour > 24 or minute > 59:
        return None
    day = ctx.anchor.ymd(ctx.anchor.day) if ctx.anchor.day else "XXXX-XX-XX"
    return "TIME", f"{day}T{hour:02d}:{minute:02d}"


def _today(m: re.Match[str], ctx: _Context) -> Found | None:
    """"later in the day": the anchor's day."""
    return "DATE", ctx.anchor.ymd(ctx.anchor.day) if ctx.anchor.day else "XXXX-XX-XX"


def _ordinal_day(m: re.Match[str], ctx: _Context) -> Found | None:
    """"the second day of the offensive" names today only in the present tense."""
    return _today(m, ctx) if ctx.tense(m.start("dayord")) == "PRESENT" else None


def _named_time(m: re.Match[str], ctx: _Context) -> Found | None:
    hour = {"noon": "12:00", "midday": "12:00", "midnight": "24:00"}[m.group("named").lower()]
    day = ctx.anchor.ymd(ctx.anchor.day) if ctx.anchor.day else "XXXX-XX-XX"
    return "TIME", f"{day}T{hour}"


def _reference(m: re.Match[str], ctx: _Context) -> Found | None:
    """"now", "currently", "recently", "the future": PRESENT_REF / PAST_REF / FUTURE_REF."""
    word = " ".join(m.group("ref").lower().split())
    allowed = REFERENCE_POS.get(word)
    if allowed:
        token = ctx.token(m.start("ref"))
        if token is not None and token.pos_ not in allowed:
            return None
    return "DATE", REFERENCE_WORDS[word]


def _holiday_in(name: str, year: int) -> date:
    """The day of a holiday in ``year``."""
    if name in MOVABLE_HOLIDAYS:
        return MOVABLE_HOLIDAYS[name](year)
    month, day = HOLIDAYS[name]
    return _safe_date(year, month, day) or date(year, month, 28)


def _names_a_place(token: Token | None) -> bool:
    """"Easter Island", "Christmas Island": the holiday opens a proper name."""
    if token is None or token.dep_ != "compound" or token.head.i <= token.i:
        return False
    return token.head.pos_ == "PROPN" and token.head.text[:1].isupper() and token.head.ent_type_ != "DATE"


def _holiday(m: re.Match[str], ctx: _Context) -> Found | None:
    """"Christmas", "Thanksgiving Day", "Easter 1998"; "Easter week" is the holiday's week."""
    written = " ".join(m.group("holiday").replace("’", "'").split())
    name = written.lower()
    if name in CAPITALISED_HOLIDAYS and not written.istitle():
        return None  # "election day" is any country's; "Election Day" the US one
    if _names_a_place(ctx.token(m.end("holiday") - 1)):
        return None
    year = int(m.group("year")) if m.group("year") else None
    if year is None and ctx.anchor.year_known:
        year = _year_near(lambda y: _holiday_in(name, y), ctx, m.start())
    if year is None:
        return "DATE", _yearless_holiday(name, bool(m.group("hweek")))
    day = _holiday_in(name, year)
    if m.group("hweek"):
        iso = day.isocalendar()
        return "DATE", f"{iso[0]}-W{iso[1]:02d}"
    return "DATE", day.isoformat()


def _yearless_holiday(name: str, week: bool) -> str:
    """Without a year only a fixed holiday keeps its day ("XXXX-12-25"): a movable one
    moves with the year."""
    if week:
        return "XXXX-WXX"
    fixed = HOLIDAYS.get(name)
    return f"XXXX-{fixed[0]:02d}-{fixed[1]:02d}" if fixed else "XXXX-XX-XX"


_SPELLED_TENS = {"ten": 1, "twenty": 2, "thirty": 3, "forty": 4, "fifty": 5, "sixty": 6, "seventy": 7, "eighty": 8, "ninety": 9}  # fmt: skip
_SPELLED_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}  # fmt: skip


def _spelled_year_number(text: str) -> int | None:
    """"nineteen ninety-six" is 1996, "two thousand and one" 2001 (transcripts spell years)."""
    words = re.findall(r"[a-z]+", text.lower())
    if "thousand" in words:
        return 2000 + sum(_SPELLED_UNITS.get(w, 0) for w in words[words.index("thousand") + 1 :])
    if words[1] == "ten" and len(words) > 2:
        return None  # "nineteen ten four" is no year
    century = 1900 if words[0] == "nineteen" else 2000
    return century + _SPELLED_TENS[words[1]] * 10 + (_SPELLED_UNITS[words[2]] if len(words) > 2 else 0)


def _year_of(m: re.Match[str]) -> int | None:
    """The year of a match, written in digits ("year") or in words ("spelled")."""
    if m.groupdict().get("year"):
        return int(m.group("year"))
    return _spelled_year_number(m.group("spelled")) if m.groupdict().get("spelled") else None


_UNITS_AFTER = re.compile(r"\s+(?i:" + _alternation(UNITS) + r"|centurie)s\b")


def _spelled_year(m: re.Match[str], ctx: _Context) -> Found | None:
    """"nineteen ninety-six", "the year two thousand"."""
    year = _year_of(m)
    if _UNITS_AFTER.match(ctx.text, m.end()):
        return None  # "two thousand years" counts years
    return ("DATE", str(year)) if year else None


_DECADE_STEMS = [w[:-1] for w in _SPELLED_TENS if w != "ten"]  # "ninety" -> "nineties"


def _spelled_decade(m: re.Match[str], ctx: _Context) -> Found | None:
    """"the nineties": the last century's decade."""
    return "DATE", f"19{_SPELLED_TENS[m.group('decadeword').lower() + 'y']}"


_YEAR_ENDED = re.compile(r"\s+(?i:ended|ending)\b")


def _the_year(m: re.Match[str], ctx: _Context) -> Found | None:
    """"the year ended June 30" is a year-long period; "for the year" the anchor's year."""
    if _YEAR_ENDED.match(ctx.text, m.end()):
        return "DURATION", "P1Y"  # TimeML leaves "ended" and its date outside the span
    return _this_year(m, ctx)


def _this_year(m: re.Match[str], ctx: _Context) -> Found | None:
    anchor = ctx.anchor
    return "DATE", anchor.y(anchor.day.year) if anchor.day else "XXXX"


def _this_month(m: re.Match[str], ctx: _Context) -> Found | None:
    anchor = ctx.anchor
    return "DATE", anchor.ym(anchor.day.year, anchor.day.month) if anchor.day else "XXXX-XX"


# "expected to last six months": "last" the verb stays outside the duration.
_NOT_VERB = r"(?<!\bto\s)(?<!\bwill\s)(?<!\bmay\s)(?<!\bcan\s)(?<!\bcould\s)(?<!\bwould\s)(?<!\bmight\s)"
_REL = r"(?P<rel>(?i:last|next|this(?:\s+coming)?|past|previous|coming))"
_MOD = r"(?:(?i:early|mid|late|the\s+(?:beginning|start|end|middle|first\s+half|second\s+half)\s+of)[\s-]+)?"
# "early Tuesday", "late yesterday": TimeML keeps the modifier inside the span and the day's value.
_EDGE = r"(?:(?i:early|late|earlier|later)\s+)?"
# "mid-afternoon yesterday", "morning Tuesday": the part of the day written first
_PART_FIRST = r"(?:(?i:mid[\s-]?)?(?P<partpre>(?i:morning|afternoon|evening))\s+)?"
_UNIT_WORD = r"(?P<unitword>(?i:week|weekend|month|year|quarter|decade|century))"
_PART = r"(?P<part>(?i:morning|afternoon|evening|night))"

RULES: tuple[tuple[re.Pattern[str], Handler], ...] = (
    (_r(_MOD + _MONTH + r"\s+" + _DAY + r",?\s+" + _YEAR), _full_date),
    (_r(_MOD + _DAY + r"\s+(?i:of\s+)?" + _MONTH + r",?\s+" + _YEAR), _full_date),
    (_r(r"(?P<year>(?:1[5-9]|20)\d\d)-(?P<mm>[01]\d)-(?P<dd>[0-3]\d)"), _numeric_date),
    (_r(r"(?P<mm>[01]?\d)/(?P<dd>[0-3]?\d)/(?P<year>(?:1[5-9]|20)\d\d)"), _numeric_date),
    (_r(_MONTH + r"\s+" + _DAY), _month_day),
    (_r(r"(?i:the\s+)?" + _DAY + r"\s+(?i:of\s+)?" + _MONTH), _month_day),
    (_r(_MOD + _MONTH + r",?\s+(?i:of\s+)?" + _ANY_YEAR), _month_year),
    (_r(_MONTH + r"\s+" + r"(?P<rel>(?i:this|last|next))\s+(?i:year)"), _month_relative_year),
    (_r(r"(?:" + _REL + r"\s+)?" + _MOD + _MONTH), _month_alone),
    (_r(r"(?:(?i:fiscal|calendar|the\s+year|early|late|mid|the\s+(?:beginning|start|end|middle)\s+of)[\s-]+)?" + _YEAR), _year_alone),
    (_r(r"(?i:the)\s+" + _YEAR + r"\s+(?i:period|quarter)"), _year_alone),
    (_r(r"(?i:the\s+)?" + _MOD + r"(?:(?P<decade>(?:1[5-9]|20)\d0)|'(?P<decade2>\d0))'?s"), _decade),
    (_r(r"(?i:the\s+)?(?P<ord>\d{1,2}(?:st|nd|rd|th)|(?i:twentieth|twenty-first|nineteenth))\s+(?i:century)"), _century),
    (_r(r"(?i:the\s+(?!\w+-quarter))?(?:(?P<qyear>(?:19|20)\d\d)\s+|" + _POSS_YEAR + r")(?:(?P<ord>(?i:first|second|third|fourth|1st|2nd|3rd|4th))(?:[\s-]+(?i:fiscal|calendar))?[\s-]+(?i:quarter)|Q(?P<qnum>[1-4]))(?:,?\s+(?i:of\s+)?(?:(?i:fiscal|calendar)\s+)?(?:" + _YEAR + r"|" + _OF_YEAR + r"))?"), _quarter),
    (_r(r"(?i:the\s+(?:latest|last|past|previous|recent|most\s+recent|fiscal)?\s*quarter)"), _the_quarter),
    (_r(r"(?i:the\s+)?" + _POSS_YEAR + r"(?P<half>(?i:first|second|last))\s+(?i:half)(?:\s+(?i:of\s+)?(?:" + _YEAR + r"|" + _OF_YEAR + r"))?"), _half),
    (_r(r"(?:(?i:the)\s+)?(?:" + _REL + r"\s+)?" + _MOD + r"(?P<season>(?i:spring|summer|autumn|fall|winter))(?:,?\s+(?i:of\s+)?" + _ANY_YEAR + r")?"), _season),
    (_r(_EDGE + _PART_FIRST + r"(?:" + _REL + r"\s+)?" + _WEEKDAY + r"(?:\s+" + _PART + r")?"), _weekday),
    (_r(_EDGE + _PART_FIRST + r"(?P<dayword>(?i:today|tonight|yesterday|tomorrow|the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow))(?:\s+" + _PART + r")?"), _day_word),
    (_r(r"(?P<rel>(?i:this|last|yesterday|(?:early|late|later|earlier)\s+this|late\s+last))\s+" + _PART), _part_of_day),
    (_r(r"(?i:mid[\s-]?)(?P<part>(?i:morning|afternoon))"), _part_of_day),
    (_r(r"(?i:(?:earlier|later|early|late|the\s+(?:beginning|start|end|middle)\s+of)\s+)?(?P<rel>(?i:last|next|this|current|(?:the\s+)?(?:past|previous|coming|current|last)))\s+(?i:(?:fiscal|calendar)\s+)?" + _UNIT_WORD + r"(?:\s+(?i:or\s+so))?"), _relative_unit),
    (_r(r"(?i:the\s+weekend)"), _the_weekend),
    (_r(r"(?i:the\s+week)(?!\w|\s+of\b)"), _the_week),
    (_ANAPHORIC, _anaphoric),
    (_r(_APPROX + _NUM + r"\s+" + _UNIT + r"\s+(?i:or\s+so\s+)?(?P<dir>(?i:ago|earlier|later|from\s+now|hence))"), _ago),
    (_r(r"(?i:(?:a\s+)?year[\s-](?:earlier|ago))"), _year_ago_adjective),
    # "the same period last year", "the year-ago quarter": last year's part, see _year_back_quarters
    (_r(r"(?i:(?:the\s+)?(?:(?:same|corresponding|comparable)\s+period\s+(?:of\s+)?(?:last\s+year|a\s+year\s+(?:earlier|ago))|(?:comparable\s+)?year[\s-](?:earlier|ago)\s+(?:period|quarter)))"), _year_ago_adjective),
    (_r(r"(?<=\b[Ii]n\s)" + _APPROX + _NUM + r"\s+" + _UNIT), _in_units),
    (_r(r"(?i:(?:the\s+)?(?:(?:past|" + _NOT_VERB + r"last|next|previous|coming|following|first|final|latest|initial|remaining|recent)\s+)?)" + _APPROX + _NUM + r"\s+" + _MORE + _UNIT + r"(?:\s+(?i:or\s+so)(?!\s+(?i:ago|earlier)))?"), _duration),
    # "the eight-year war": the article belongs to the noun, not to the duration
    (_r(_APPROX + _NUM + r"-(?P<unitadj>(?i:" + _alternation(UNITS) + r"))(?:-(?i:long|old))?"), _duration),
    (_r(r"(?P<unitadj>(?i:" + _alternation(LONG_UNITS) + r"))(?P<many>s)?-?(?i:long)"), _unit_long),
    (_r(r"(?:(?<=\b[Ff]or\s)|(?<=\b[Oo]ver\s)|(?<=\b[Ww]ithin\s))(?P<unit>(?i:seconds|minutes|hours|days|weeks|months|years|decades|centuries))"), _vague_duration),
    # "over the years", "the weeks ahead": a stretch of unknown length
    (_r(r"(?:(?<=\b[Oo]ver\s)(?i:the)\s+(?P<unit>(?i:days|weeks|months|years|decades))|(?i:the)\s+(?P<unit2>(?i:days|weeks|months|years))\s+(?i:ahead))"), _vague_duration),
    (_r(r"(?:(?<=\b[Ff]or\s)|(?<=\b[Ii]n\s)|(?<=\b[Aa]fter\s))(?i:a\s+while)"), _while),
    (_r(r"(?i:(?:the\s+)?(?P<rel>recent|coming)\s+(?P<unit>days|weeks|months|quarters|years|decades)(?P<more>\s+(?:and|or)\s+(?:days|weeks|months|years))?)"), _recent_units),
    (_r(r"(?i:every|each)\s+(?:(?P<other>(?i:other))\s+)?(?:" + _NUM + r"\s+)?" + _UNIT), _set_every),
    (_r(r"(?i:every|each)\s+" + _WEEKDAY), _set_every_weekday),
    # "on Mondays", "Tuesday nights": a weekday that recurs
    (_r(r"(?P<weekday>" + _alternation(w.capitalize() for w in WEEKDAYS) + r")(?:s|\s+(?P<parts>(?i:mornings|afternoons|evenings|nights)))(?!\w)"), _set_every_weekday),
    (_r(r"(?i:every|each)\s+" + _MONTH), _set_every_month),
    (_r(r"(?i:the\s+(?:full\s+|fiscal\s+|calendar\s+|current\s+(?:fiscal\s+)?)?year)"), _the_year),
    (_r(r"(?i:(?:around\s+|the\s+)?(?:year[\s-]end|year's\s+end|the\s+end\s+of\s+the\s+year|earlier\s+in\s+the\s+year|later\s+in\s+the\s+year))"), _this_year),
    (_r(r"(?i:the\s+end\s+of\s+the\s+month|earlier\s+in\s+the\s+month|later\s+in\s+the\s+month)"), _this_month),
    (_r(r"(?i:the\s+year\s+)?" + _SPELLED_YEAR), _spelled_year),
    (_r(r"(?i:the\s+)?" + _MOD + r"(?P<decadeword>(?i:" + _alternation(_DECADE_STEMS) + r"))(?i:ies)"), _spelled_decade),
    (_r(r"(?P<adverb>(?i:" + _alternation(ADVERB_SETS) + r"))"), _set_adverb),
    (_r(r"(?i:once|twice|(?:\d+|two|three|four|five|six|ten)\s+times)\s+(?i:a|an|per|each|every)\s+" + _UNIT), _set_times_per),
    (_r(r"(?i:(?:about|around|approximately|roughly)\s+)?(?P<hour>[012]?\d)(?::(?P<minute>[0-5]\d))?\s*(?P<ampm>(?i:a\.m\.?|p\.m\.?|am|pm))(?!\w)"), _clock),
    (_r(r"(?<=\b[Aa]t\s)(?P<hour>[012]?\d):(?P<minute>[0-5]\d)(?:\s*(?P<ampm>(?i:GMT|UTC)))?"), _clock),
    # "0730 GMT": wire copy gives world time in four digits
    (_r(r"(?P<hour>[012]\d)(?P<minute>[0-5]\d)\s*(?P<ampm>GMT|UTC)"), _clock),
    # "today is the eighth day of the strike": in the present, the anchor's day
    (_r(r"(?i:the\s+)?(?P<dayord>(?i:" + _alternation(DAY_ORDINALS) + r"))\s+(?i:day)(?=\s+of\b)"), _ordinal_day),
    # "later in the day": the story's day
    (_r(r"(?:(?<=[Ee]arlier\sin\s)|(?<=[Ll]ater\sin\s))(?i:the\s+day)"), _today),
    (_r(r"(?P<named>(?i:noon|midday|midnight))"), _named_time),
    (_r(r"(?P<ref>(?i:" + _alternation(REFERENCE_WORDS) + r"))"), _reference),
    (_r(r"(?P<holiday>(?i:" + _alternation([*HOLIDAYS, *MOVABLE_HOLIDAYS]) + r"))(?:\s+(?P<hweek>(?i:week)))?(?:,?\s+" + _YEAR + r")?"), _holiday),
)


# ---------------------------------------------------------------------------------------
# Finding, choosing and valuing expressions
# ---------------------------------------------------------------------------------------


# Every expression holds one of these words (or a digit): the rules only scan near them,
# which keeps the component a small fraction of the pipeline's time.
TRIGGERS = frozenset(
    [*MONTHS, *WEEKDAYS, *(w + "s" for w in WEEKDAYS), *UNITS, *(u + "s" for u in UNITS), "centuries", "weekend", "weekends"]
    + [*_DAY_WORDS, *PARTS_OF_DAY, *SEASONS, *ADVERB_SETS, *REFERENCE_WORDS, "past", "future"]
    + [w for name in [*HOLIDAYS, *MOVABLE_HOLIDAYS] for w in name.split() if w not in ("day", "eve", "new", "year's", "good")]
    + ["noon", "midday", "midnight", "ago", "nineteen", "thousand", "term", "year-end", "eve", "while"]
    + [w + "ies" for w in _DECADE_STEMS]
    + [u + "long" for u in LONG_UNITS]
)
# Money, shares and percentages are numbers no expression is built on: no scan around them.
_NOT_TIME_NUMBER = r"(?<![$£€#])\d[\d,.]*+(?!\s*(?:%|percent|million|billion|trillion|cents?|shares|a\s+share)\b)"
_TRIGGER = re.compile(_NOT_TIME_NUMBER + r"|(?<!\w)(?:" + _alternation(TRIGGERS) + r")(?!\w)", re.IGNORECASE)
_WINDOW = 8  # tokens each side of a trigger: longer than any expression


# Rules whose every match holds a word of one kind: they only scan segments that have one.
_NEEDS: dict[Handler, str] = {
    **dict.fromkeys((_full_date, _month_day, _month_year, _month_relative_year, _month_alone, _set_every_month), "month"),
    **dict.fromkeys((_weekday, _set_every_weekday), "weekday"),
    **dict.fromkeys((_numeric_date, _year_alone, _decade, _clock), "digit"),
    **dict.fromkeys((_duration, _ago, _in_units, _set_every, _set_times_per, _vague_duration), "unit"),
}  # fmt: skip


def _kind(word: str) -> str:
    """What a trigger word is, in the terms of :data:`_NEEDS`."""
    word = word.lower().rstrip(".")
    if word[0].isdigit():
        return "digit"
    if word in MONTHS:
        return "month"
    if word in WEEKDAYS or word[:-1] in WEEKDAYS:
        return "weekday"
    return "unit" if word in UNITS or word[:-1] in UNITS or word == "centuries" else "word"


def _segments(ctx: _Context) -> list[tuple[int, int, set[str]]]:
    """Character ranges around trigger words, merged where they touch, with the kinds of
    trigger each holds."""
    ranges: list[tuple[int, int, set[str]]] = []
    starts, last = ctx.starts, len(ctx.starts) - 1
    for hit in _TRIGGER.finditer(ctx.text):
        index = bisect_right(starts, hit.start()) - 1
        first, final = max(0, index - _WINDOW), min(last, index + _WINDOW)
        if ranges and first <= ranges[-1][1]:
            ranges[-1] = (ranges[-1][0], final, ranges[-1][2])
        else:
            ranges.append((first, final, set()))
        ranges[-1][2].add(_kind(hit.group()))
    return [(starts[a], starts[b] + ctx.lengths[b], kinds) for a, b, kinds in ranges]


def _candidates(ctx: _Context) -> Iterator[Time]:
    text = ctx.text
    for begin, end, kinds in _segments(ctx):
        for pattern, handler in RULES:
            need = _NEEDS.get(handler)
            if need is not None and need not in kinds:
                continue
            for match in pattern.finditer(text, begin, end):
                start, stop = _trim(text, match.start(), match.end())
                found = handler(match, ctx)
                if found is not None and stop > start:
                    yield Time(start, stop, text[start:stop], found[0], found[1])


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop whitespace a pattern swallowed at either edge."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _choose(candidates: list[Time]) -> list[Time]:
    """Longest match wins; among equals, the earlier rule (candidates keep rule order)."""
    chosen: list[Time] = []
    taken = bytearray(max((c.end for c in candidates), default=0))
    for cand in sorted(candidates, key=lambda c: c.start - c.end):
        if not any(taken[cand.start : cand.end]):
            chosen.append(cand)
            taken[cand.start : cand.end] = b"\x01" * (cand.end - cand.start)
    return sorted(chosen, key=lambda c: c.start)


_DAY_VALUE = re.compile(r"[\dX]{4}-[\dX]{2}-[\dX]{2}")
_CLOCK_VALUE = re.compile(r"[\dX]{4}-[\dX]{2}-[\dX]{2}T\d")
# What may stand between a clock time and its day: "10 p.m. Wednesday", "5 p.m. EST, Nov. 9".
_GLUED_GAP = re.compile(r"[\s,]*(?:(?:[ECMP][SD]T|GMT|UTC|local\s+time)[\s,]*)?")
# ... and what still ties them when they stay two expressions: "Friday at 5 p.m.".
_LINKED_GAP = re.compile(r"[\s,)]*(?:on|at|of)?\s*")
# ... and between a local time and the same moment in world time: "10:30 a.m. (0730 GMT)".
_SAME_MOMENT_GAP = re.compile(r"\s*(?:local\s+time)?\s*\(\s*")


def _attach_clocks(times: list[Time], text: str) -> list[Time]:
    """Date clock times by their neighbouring day; "noon Thursday" becomes one expression."""
    out: list[Time] = []
    index = 0
    while index < len(times):
        time = times[index]
        after = times[index + 1] if index + 1 < len(times) else None
        if _CLOCK_VALUE.match(time.value) and after is not None and _DAY_VALUE.fullmatch(after.value):
            gap = text[time.end : after.start]
            if _GLUED_GAP.fullmatch(gap):
                value = after.value + time.value[10:]
                out.append(Time(time.start, after.end, text[time.start : after.end], "TIME", value))
                index += 2
                continue
            if _LINKED_GAP.fullmatch(gap):
                time.value = after.value + time.value[10:]
        before = out[-1] if out else None
        if _CLOCK_VALUE.match(time.value) and before is not None and _DAY_VALUE.fullmatch(before.value):
            if _LINKED_GAP.fullmatch(text[before.end : time.start]):
                time.value = before.value + time.value[10:]
        out.append(time)
        index += 1
    _share_days(out, text)
    return out


def _share_days(times: list[Time], text: str) -> None:
    """"10:30 a.m. local time (0730 GMT) on Friday": the first clock takes the second's day."""
    for first, second in reversed(list(zip(times, times[1:]))):
        if _CLOCK_VALUE.match(first.value) and _CLOCK_VALUE.match(second.value):
            if _SAME_MOMENT_GAP.fullmatch(text[first.end : second.start]):
                first.value = second.value[:10] + first.value[10:]


def _date_weekdays(times: list[Time], text: str) -> list[Time]:
    """"Saturday, April 25" is one expression (TimeML's span); "Tuesday (March 15, 2022)"
    stays two. Either way the weekday takes the value of the date beside it."""
    out: list[Time] = []
    for time in times:
        weekday = out[-1] if out else None
        if weekday is None or not _names_weekday_of(weekday, time, text):
            out.append(time)
        elif "(" in text[weekday.end : time.start]:
            weekday.value = time.value
            out.append(time)
        else:
            out[-1] = Time(weekday.start, time.end, text[weekday.start : time.end], "DATE", time.value)
    return out


def _names_weekday_of(weekday: Time, date_: Time, text: str) -> bool:
    """Whether ``weekday`` is the weekday of the full date right after it."""
    if weekday.text.lower() not in WEEKDAYS or not _DAY_VALUE.fullmatch(date_.value) or "X" in date_.value:
        return False
    if not re.fullmatch(r"\s*[,(]?\s*", text[weekday.end : date_.start]):
        return False
    return WEEKDAYS[date.fromisoformat(date_.value).weekday()] == weekday.text.lower()


# A leading " date 2022-03-16" line is a metadata field some feeds put before the body.
_METADATA_MARKER = re.compile(r"\s*date\s+\d{4}-\d\d-\d\d\b")


def _outside_marker(times: list[Time], text: str) -> list[Time]:
    marker = _METADATA_MARKER.match(text)
    return [t for t in times if t.start >= marker.end()] if marker else times


_YEAR_BACK = re.compile(
    r"(?i)(?:(?:^|\s)(?:a\s+)?year[\s-](?:ago|earlier)(?:\s+(?:period|quarter))?"
    r"|period\s+(?:of\s+)?(?:last\s+year|a\s+year\s+(?:earlier|ago)))$"
)
_PART_VALUE = re.compile(r"(\d{4})-(Q[1-4]|H[12])")


# "the 2020 period", "the 2021 quarter": a year's part, the one under discussion
_YEAR_PART = re.compile(r"(?i)the\s+(\d{4})\s+(?:period|quarter)")


# "net of $5 million, compared with $3 million last year": a figure set against last year's
_COMPARED_BEFORE = re.compile(r"(?i)\bcompared\s+(?:with|to)\b[^.;:]{0,60}$")


def _looks_a_year_back(time: Time, text: str) -> bool:
    """"a year ago", "the year-earlier period", or "last year" closing a comparison of
    figures: each sets a result against the same part of the year before."""
    if _YEAR_BACK.search(time.text):
        return True
    return time.text.lower() == "last year" and _COMPARED_BEFORE.search(text, max(0, time.start - 80), time.start) is not None


# "the first nine months", "the latest six months": a stretch of the year, not a quarter
_MONTHS_OF_YEAR = re.compile(r"(?i)(?:the\s+)?(?:first|latest|last|past)\s+\w+\s+months")
_PART_LAST_MONTH = {"Q1": 3, "Q2": 6, "Q3": 9, "Q4": 12, "H1": 6, "H2": 12}


def _reported(part: re.Match[str], anchor: Anchor) -> bool:
    """Whether a quarter or half was over by the anchor, so results for it can be out."""
    if anchor.day is None or not anchor.year_known:
        return True
    return (int(part.group(1)), _PART_LAST_MONTH[part.group(2)]) < (anchor.day.year, anchor.day.month)


def _year_back_quarters(times: list[Time], anchor: Anchor, text: str) -> None:
    """In a quarterly report, "a year ago" is the same quarter a year before, not the year;
    "the same period last year" after "the first half of 2021" is 2020's first half, and
    "the 2020 period" beside it is 2020's first half too.

    TimeML values a relative expression against the period under discussion; in earnings
    news that period is the last quarter (or half) reported before it. A quarter not over
    by the anchor ("a recovery by the fourth quarter") is an outlook, and passed over.
    """
    part: re.Match[str] | None = None
    for time in times:
        match = _PART_VALUE.fullmatch(time.value)
        if match:
            part = match if _reported(match, anchor) else part
        elif _MONTHS_OF_YEAR.fullmatch(time.text):
            part = None  # "the first nine months": the period under discussion is no quarter
        elif part is not None and _looks_a_year_back(time, text) and time.value.isdigit():
            time.value = f"{int(part.group(1)) - 1}-{part.group(2)}"
        elif part is not None and _YEAR_PART.fullmatch(time.text):
            time.value = f"{time.value}-{part.group(2)}"


# "April 24 and 25", "May 3 or 4": a second day of the same month, bare; not "May 3 and 40
# people" (a following word other than a preposition makes the number a count).
_CONJOINED_DAY = re.compile(
    r"\s+(?:and|or|to|through|until)\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
    r"(?=\s*(?:[^\w\s]|$|(?:in|at|on|of|when|for|to|with|after|before|while|as|and)\b))"
)
_MONTH_DAY_VALUE = re.compile(r"[\dX]{4}-\d\d-\d\d")
_ENDS_WITH_DAY = re.compile(r"(?<![\d,])[0-3]?\d(?:st|nd|rd|th)?$")


def _conjoined_days(times: list[Time], text: str) -> list[Time]:
    """Add the bare day that follows a month-day ("April 24 and 25"), in its month."""
    out: list[Time] = []
    for time in times:
        out.append(time)
        if not (_MONTH_DAY_VALUE.fullmatch(time.value) and _ENDS_WITH_DAY.search(time.text)):
            continue
        match = _CONJOINED_DAY.match(text, time.end)
        if match is None or any(t.start < match.end() and t.end > match.start("day") for t in times):
            continue
        first, second = int(time.value[8:]), int(match.group("day"))
        if second > first and _safe_date(2000, int(time.value[5:7]), second) is not None:
            start, end = match.start("day"), match.end()
            out.append(Time(start, end, text[start:end], "DATE", f"{time.value[:8]}{second:02d}"))
    return out


# "NAIROBI, August 21 (Xinhua) --": wire copy opens with where and when it was filed.
_DATELINE = re.compile(r"\s*[A-Z][A-Z .'-]+(?:,\s*[A-Z][\w .'-]+)?,\s+" + _MONTH + r"\s+(?P<day>[0-3]?\d)\s*\([^()]{2,40}\)\s*[-–—]")
_DATELINE_LAG = 3  # days a feed may stamp a story after its dateline


def _dateline_anchor(text: str, anchor: Anchor) -> Anchor:
    """The day the story was filed, when its dateline names one a few days before the
    publication date: "today" and "on Friday" count from the writer's day."""
    match = _DATELINE.match(text)
    if match is None or anchor.day is None or not anchor.year_known:
        return anchor
    filed = _safe_date(anchor.day.year, _month_number(match.group("month")), int(match.group("day")))
    if filed is not None and filed > anchor.day:
        filed = _safe_date(anchor.day.year - 1, filed.month, filed.day)  # filed on Dec. 31, out on Jan. 1
    if filed is None or not 0 < (anchor.day - filed).days <= _DATELINE_LAG:
        return anchor
    return Anchor(filed, True)


def find_times(doc: Doc, anchor: str | None) -> list[Time]:
    """Every temporal expression of ``doc``, valued against ``anchor`` (or left XXXX)."""
    ctx = _Context(doc, Anchor.parse(anchor))
    ctx.anchor = _dateline_anchor(ctx.text, ctx.anchor)  # doc.text is rebuilt per read: reuse ctx's
    times = _outside_marker(_choose(list(_candidates(ctx))), ctx.text)
    times = _conjoined_days(_date_weekdays(times, ctx.text), ctx.text)
    _year_back_quarters(times, ctx.anchor, ctx.text)
    _reanchor(times)
    return _attach_clocks(times, ctx.text)


class TimeTagger:
    """The ``sitrep_times`` pipe: reads ``doc._.{anchor_attr}``, writes ``doc._.{times_attr}``."""

    def __init__(self, name: str, anchor_attr: str, times_attr: str) -> None:
        self.name = name
        self.anchor_attr = anchor_attr
        self.times_attr = times_attr
        for attr in (anchor_attr, times_attr):
            if not Doc.has_extension(attr):
                Doc.set_extension(attr, default=None)

    def __call__(self, doc: Doc) -> Doc:
        doc._.set(self.times_attr, find_times(doc, doc._.get(self.anchor_attr)))
        return doc

    def to_disk(self, path: object, *, exclude: object = ()) -> None:
        """Stateless: the rules live in code, nothing to save."""

    def from_disk(self, path: object, *, exclude: object = ()) -> "TimeTagger":
        return self


@Language.factory(
    "sitrep_times",
    default_config={"anchor_attr": "anchor", "times_attr": "times"},
    requires=["token.tag", "token.pos", "token.dep"],
    assigns=["doc._.times"],
)
def make_time_tagger(nlp: Language, name: str, anchor_attr: str, times_attr: str) -> TimeTagger:
    return TimeTagger(name, anchor_attr, times_attr)
