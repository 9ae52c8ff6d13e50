"""What a handler reads from a match: numbers, units, months and the year a date falls in."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from datetime import date

from spacy.attrs import IDX, LENGTH
from spacy.tokens import Doc, Token

from sitrep.nlp.times.anchor import Anchor, _safe_date
from sitrep.nlp.times.patterns import DAY_ORDINALS
from sitrep.nlp.times.tense import tense_of
from sitrep.nlp.times.words import (
    Found, MONTHS, NOUN_DEPS, NUMBER_WORDS, REPORTING_PRESENT, SCHEDULE_PREPOSITIONS, Tense, UNITS,
    UNIT_MULTIPLIER,
)


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
