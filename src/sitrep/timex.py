"""Arithmetic on TIMEX3 date values ("2022-03-15", "2022-W12", "2022-03", "2022"), shared
by fusion (do two reports' dates agree?) and the briefing (what is newest, what is
background): a value is read as the period of days it covers."""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache


BACKGROUND_AGE = timedelta(days=365)  # a happening or a count dated over a year before the report is its background


BOUND = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


def bound_problem(text: str) -> str | None:
    """Why a period bound (a year, a month or a day of publication) cannot be read, or None:
    "2022-02-30" is shaped right but names no date, and a time of day ("2022-03-16T10:00")
    bounds no period of publication dates. The CLI and the web read the same bounds, so they
    refuse the same ones."""
    if BOUND.fullmatch(text) is None or period(text) is None:
        return f"{text!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"
    return None


def empty_period(since: str | None, until: str | None) -> bool:
    """Whether a period ends before it starts (both bounds readable)."""
    first, last = period((since or "")[:10]), period((until or "")[:10])
    return first is not None and last is not None and first[0] > last[1]


def day(value: str | None) -> date | None:
    """A TIMEX value or publication date as one calendar day: the day itself, or the Monday
    of an ISO week ("2022-W12"), for comparing dates; None for a month or anything vaguer."""
    span = period(value)
    return span[0] if span and (span[1] - span[0]).days <= 6 else None


@lru_cache(maxsize=8192)
def period(value: str | None) -> tuple[date, date] | None:
    """First and last day of a TIMEX date value: a day, an ISO week, a month or a year;
    None for anything vaguer (PAST_REF, an unknown year). Cached: fusion compares each event's
    date with every development of its type, and a store holds few distinct values."""
    try:
        return _period(value or "")
    except ValueError:  # "2022-02-30", "2022-W60"
        return None


def _period(value: str) -> tuple[date, date] | None:
    if re.match(r"\d{4}-\d\d-\d\d", value):
        return (date.fromisoformat(value[:10]),) * 2
    if week := re.fullmatch(r"(\d{4})-W(\d\d)", value):
        return date.fromisocalendar(int(week[1]), int(week[2]), 1), date.fromisocalendar(int(week[1]), int(week[2]), 7)
    if month := re.fullmatch(r"(\d{4})-(\d\d)", value):
        year, number = int(month[1]), int(month[2])
        return date(year, number, 1), date(year + number // 12, number % 12 + 1, 1) - timedelta(days=1)
    if year := re.fullmatch(r"(\d{4})", value):
        return date(int(year[1]), 1, 1), date(int(year[1]), 12, 31)
    return None


def compatible(a: tuple[date, date] | None, b: tuple[date, date] | None, window: int) -> bool:
    """Whether two periods overlap, with ``window`` days of slack; unknown is compatible."""
    if a is None or b is None:
        return True
    return a[0].toordinal() - window <= b[1].toordinal() and b[0].toordinal() - window <= a[1].toordinal()


def chronological(value: str | None) -> tuple[date, date, str]:
    """Sort key putting date values in time order ("2022-W10" between March 6 and 14, not
    after May): by first day, then last; vaguer values first, by their text."""
    span = period(value)
    return (*span, value or "") if span else (date.min, date.min, value or "")
