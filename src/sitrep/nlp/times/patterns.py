"""Regular-expression building blocks (case-sensitive where capitals carry meaning: month, weekday)."""

from __future__ import annotations

import re

from sitrep.nlp.times.words import MONTHS, NUMBER_WORDS, UNITS, VAGUE_NUMBERS, WEEKDAYS


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
