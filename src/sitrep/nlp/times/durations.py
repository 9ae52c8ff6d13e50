"""Handlers for durations ("three years", "for weeks") and sets ("every Monday", "twice a year")."""

from __future__ import annotations

import re
from datetime import timedelta

from spacy.tokens import Token

from sitrep.nlp.times.relative import _offset_date
from sitrep.nlp.times.values import _Context, _duration_value, _month_number, _number, _unit
from sitrep.nlp.times.words import ADVERB_SETS, Found, PARTS_OF_DAY, UNITS, UNIT_MULTIPLIER, WEEKDAYS


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
