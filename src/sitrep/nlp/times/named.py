"""Handlers for named times: clock times, "noon", "now", holidays, spelled years, "the year"."""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Token

from sitrep.nlp.times.anchor import _safe_date
from sitrep.nlp.times.calendar import _SPELLED_TENS, _year_of
from sitrep.nlp.times.patterns import _alternation
from sitrep.nlp.times.values import _Context, _year_near
from sitrep.nlp.times.words import (
    CAPITALISED_HOLIDAYS, Found, HOLIDAYS, MOVABLE_HOLIDAYS, REFERENCE_POS, REFERENCE_WORDS, UNITS,
)


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
