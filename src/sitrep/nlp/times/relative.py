"""Handlers for expressions relative to the anchor: weekdays, "yesterday", "last week",
"two days ago", and the story's own time ("the following day")."""

from __future__ import annotations

import re
from datetime import timedelta

from sitrep.facts import Time
from sitrep.nlp.times.anchor import Anchor, _shift_months
from sitrep.nlp.times.calendar import _weekday_date
from sitrep.nlp.times.patterns import _r
from sitrep.nlp.times.values import _Context, _duration_value, _number, _part, _rel_word, _unit
from sitrep.nlp.times.words import Found, PARTS_OF_DAY, Tense, UNITS, UNIT_MULTIPLIER, WEEKDAYS


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


def _overnight(m: re.Match[str], ctx: _Context) -> Found | None:
    """ "Overnight, X said": in a report, the night just gone, "last night" (TimeBank marks it so,
    a TIME of the night before its anchor); not the "suddenly" of "will not end overnight", nor
    the kind of an "an overnight train"."""
    token = ctx.token(m.start())
    if token is not None and any(c.dep_ == "neg" or c.lower_ in ("a", "an") for c in token.head.children):
        return None
    anchor = ctx.anchor
    value = anchor.ymd(anchor.day - timedelta(days=1)) if anchor.day else "XXXX-XX-XX"
    return "TIME", f"{value}T{PARTS_OF_DAY['night']}"


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


def _reanchor(times: list[Time], text: str) -> None:
    """Value "the following day", "that year" on the last date mentioned before them that the
    story is at, not one that names a past event by its day ("its 24 February invasion")."""
    reference: tuple[Anchor, str] | None = None
    for time in times:
        match = _ANAPHORIC.fullmatch(time.text)
        if match and reference is not None:
            unit, shift = _anaphoric_parts(match)
            if reference[1] in _UNIT_NEEDS.get(unit, ("day",)):
                time.value = _unit_step(reference[0], unit, shift)
        if time.type == "DATE" and not _names_an_event(time, text):
            reference = _story_date(time.value) or reference


_OWNER_BEFORE = re.compile(r"(?:\b(?:its|their|his|her|our|my|your)|\w['’]s)\s+$", re.IGNORECASE)
_NOUN_AFTER = re.compile(r"\s+[a-z]+\b(?!\s+(?:of\s+)?(?:the\s+)?\d)")


def _names_an_event(time: Time, text: str) -> bool:
    """A date between an owner and a noun ("its 24 February invasion", "Norland's May 9
    parade"): a name of the owner's event, not the day the story has got to."""
    return bool(_OWNER_BEFORE.search(text, _owner_reach(text, time.start), time.start)) and bool(_NOUN_AFTER.match(text, time.end))


def _owner_reach(text: str, start: int) -> int:
    """Where an owner right before ``start`` can begin: a few letters before the spaces that
    end there (``_OWNER_BEFORE`` ends in them). Searching from the article's start instead
    read the whole text before each date: a run-on page of a thousand dates read it a
    thousand times."""
    reach = start
    while reach > 0 and text[reach - 1].isspace():
        reach -= 1
    return max(0, reach - OWNER_LETTERS)


OWNER_LETTERS = 8  # "their" is five letters, "X's" three: a margin over the longest owner


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
