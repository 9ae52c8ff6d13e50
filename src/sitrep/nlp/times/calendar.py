"""Handlers for calendar expressions: dates, months, years, decades, quarters, seasons."""

from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.tokens import Token

from sitrep.nlp.times.anchor import _safe_date, _shift_months
from sitrep.nlp.times.values import _Context, _day_number, _month_number, _rel_word, _year_for, _year_shift
from sitrep.nlp.times.words import Found, NOT_AFTER_YEAR, ORDINALS, SEASONS, SEASON_START, UNITS, WEEKDAYS


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
