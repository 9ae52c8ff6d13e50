"""Finding, choosing and valuing expressions: candidates by trigger words, the longest of
overlapping ones, clock times joined to their day, and the story's dateline as anchor."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from datetime import date

from sitrep.facts import Time
from sitrep.nlp.times.anchor import Anchor, _safe_date
from sitrep.nlp.times.calendar import (
    _decade, _full_date, _month_alone, _month_day, _month_relative_year, _month_year, _numeric_date,
    _year_alone,
)
from sitrep.nlp.times.durations import (
    _duration, _in_units, _set_every, _set_every_month, _set_every_weekday, _set_times_per,
    _vague_duration,
)
from sitrep.nlp.times.named import _DECADE_STEMS, _clock
from sitrep.nlp.times.patterns import _MONTH, _alternation
from sitrep.nlp.times.relative import _DAY_WORDS, _ago, _weekday
from sitrep.nlp.times.rules import RULES
from sitrep.nlp.times.values import Handler, _Context, _month_number
from sitrep.spans import trimmed
from sitrep.nlp.times.words import (
    ADVERB_SETS, HOLIDAYS, LONG_UNITS, MONTHS, MOVABLE_HOLIDAYS, PARTS_OF_DAY, REFERENCE_WORDS,
    SEASONS, UNITS, WEEKDAYS,
)


# Every expression holds one of these words (or a digit): the rules only scan near them,
# which keeps the component a small fraction of the pipeline's time.
TRIGGERS = frozenset(
    [*MONTHS, *WEEKDAYS, *(w + "s" for w in WEEKDAYS), *UNITS, *(u + "s" for u in UNITS), "centuries", "weekend", "weekends"]
    + [*_DAY_WORDS, *PARTS_OF_DAY, *SEASONS, *ADVERB_SETS, *REFERENCE_WORDS, "past", "future"]
    + [w for name in [*HOLIDAYS, *MOVABLE_HOLIDAYS] for w in name.split() if w not in ("day", "eve", "new", "year's", "good")]
    + ["noon", "midday", "midnight", "overnight", "ago", "nineteen", "thousand", "term", "year-end", "eve", "while"]
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
                start, stop = trimmed(text, match.start(), match.end())
                found = handler(match, ctx)
                if found is not None and stop > start:
                    yield Time(start, stop, text[start:stop], found[0], found[1])


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
    r"(?:\s+(?:and|or|to|through|until)\s+|\s*[-–]\s*)(?P<day>[0-3]?\d)(?![:.]\d)(?:st|nd|rd|th)?(?:,?\s+(?P<year>(?:1[5-9]|20)\d\d))?"
    r"(?=\s*(?:[^\w\s]|$|(?:in|at|on|of|when|for|to|with|after|before|while|as|and)\b))"
)
_MONTH_DAY_VALUE = re.compile(r"[\dX]{4}-\d\d-\d\d")
_ENDS_WITH_DAY = re.compile(r"(?<![\d,])[0-3]?\d(?:st|nd|rd|th)?$")


def _conjoined_days(times: list[Time], text: str) -> list[Time]:
    """Add the bare day that follows a month-day ("April 24 and 25", "August 6-8"), in its
    month; a year after the second day ("August 6-8, 2016") is both days' year."""
    out: list[Time] = []
    years: set[int] = set()  # the bare years a range has taken in
    for time in times:
        out.append(time)
        if not (_MONTH_DAY_VALUE.fullmatch(time.value) and _ENDS_WITH_DAY.search(time.text)):
            continue
        match = _CONJOINED_DAY.match(text, time.end)
        if match is None:
            continue
        inside = [t for t in times if t.start < match.end() and t.end > match.start("day")]
        year = match.group("year")
        if any(not (year and t.start == match.start("year") and t.end == match.end("year")) for t in inside):
            continue
        first, second = int(time.value[8:]), int(match.group("day"))
        if second > first and _safe_date(int(year or 2000), int(time.value[5:7]), second) is not None:
            if year:
                time.value = year + time.value[4:]
                years |= {id(t) for t in inside}
            start, end = match.start("day"), match.end()
            out.append(Time(start, end, text[start:end], "DATE", f"{time.value[:8]}{second:02d}"))
    return [t for t in out if id(t) not in years]


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
