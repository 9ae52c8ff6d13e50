"""Decide each article's publication date: the anchor every relative time hangs on.

Metadata wins when it is there. Otherwise the text is read the way an analyst would: a
dateline, a phrase that ties the report to a day ("earlier on March 2", "on Tuesday (March
15, 2022)"), or an explicit full date. A year is only taken from a full date (or a month
with its year) in the same text: a lone "in 1992" is a past event, not the report year.
Failing that, the batch the article came with lends its most common year, and failing
that the year stays ``XXXX``. Today's date is never used: a wrong anchor is worse than an
unknown one.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import datetime

import dateparser

from sitrep.facts import Article, Published
from sitrep.nlp.times import MONTHS, WEEKDAYS


_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_WEEKDAY = r"(?:" + "|".join(WEEKDAYS) + r")"
# "March 2", "March 2, 2022", "2 March", "2 March 2022", "2022-03-02", "2022/03/02".
_DATE_FORMS = (
    rf"\b{_MONTH}\s+{_DAY}\b(?:,?\s+{_YEAR}\b)?",
    rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}\b(?:,?\s+{_YEAR}\b)?",
    r"\b(?P<year>(?:19|20)\d\d)[-/](?P<month>[01]?\d)[-/](?P<day>[0-3]?\d)\b",
)
_DATE_RES = tuple(re.compile(form, re.IGNORECASE) for form in _DATE_FORMS)
_MONTH_YEAR_RE = re.compile(rf"\b{_MONTH}\s*,?\s+{_YEAR}\b", re.IGNORECASE)
# Phrases that say "this report is from that day".
_REPORT_DAY_RES = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        r"\bearlier\s+(?:today\s*,?\s*|on\s+(?:" + _WEEKDAY + r"\s*,?\s*)?)\(?\s*$",
        r"\b(?:today|tonight|this\s+(?:morning|afternoon|evening))\s*,?\s*\(?\s*$",
        r"\b(?:on\s+)?" + _WEEKDAY + r"\s*\(\s*$",
    )
)
_DATELINE_CHARS = 200
_SENTENCE_END_RE = re.compile(r"[a-z]{2}[.!?](?:\s|$)")  # "U.S. " does not end one
_TIME_RE = re.compile(r"\b(?P<hour>[0-2]?\d):(?P<minute>[0-5]\d)")
_ISO_RE = re.compile(
    r"^\s*(?P<year>\d{4})[-/](?P<month>\d\d)[-/](?P<day>\d\d)"
    r"(?:[T ](?P<hour>\d\d):(?P<minute>\d\d))?"
)
# Absolute parsers only: "relative-time" would resolve "yesterday" against today.
_DATEPARSER_SETTINGS = {
    "REQUIRE_PARTS": ["day", "month", "year"],
    "PARSERS": ["timestamp", "custom-formats", "absolute-time"],
    "RETURN_AS_TIMEZONE_AWARE": False,
}


@dataclass(frozen=True)
class TextDate:
    """A date found in the text; ``year`` is None when the text gives none with it."""

    year: int | None
    month: int
    day: int
    start: int
    end: int

    def value(self, year: int | None = None) -> str:
        shown = self.year or year
        return f"{shown:04d}-{self.month:02d}-{self.day:02d}" if shown else f"XXXX-{self.month:02d}-{self.day:02d}"


def infer_published(articles: list[Article]) -> list[Published]:
    """One :class:`Published` per article, in order; the batch lends a year where needed."""
    found = [_from_metadata(a.published) or _from_text(a.text) for a in articles]
    results: list[Published] = []
    for index, published in enumerate(found):
        if published.value and published.value.startswith("XXXX"):
            others = [p for i, p in enumerate(found) if i != index]
            published = _with_batch_year(published, others)
        results.append(published)
    return results


def normalise_date(raw: str) -> str | None:
    """``YYYY-MM-DD`` or ``YYYY-MM-DDTHH:MM`` for a metadata date string, or None.

    The time is kept as written (no timezone shift): the anchor is the outlet's own day.
    """
    iso = _ISO_RE.match(raw)
    if iso:
        parts = iso.groupdict()
        try:
            datetime(int(parts["year"]), int(parts["month"]), int(parts["day"]))
        except ValueError:
            return None
        date = f"{parts['year']}-{parts['month']}-{parts['day']}"
        return f"{date}T{parts['hour']}:{parts['minute']}" if parts["hour"] else date
    if basic := _iso_basic(raw):
        return basic
    parsed = dateparser.parse(raw, settings=_DATEPARSER_SETTINGS)
    if parsed is None:
        return None
    if _TIME_RE.search(raw):
        return parsed.strftime("%Y-%m-%dT%H:%M")
    return parsed.strftime("%Y-%m-%d")


def _iso_basic(raw: str) -> str | None:
    """ISO 8601's basic form without separators ("20220301T143000Z", "20220301"), which some
    feeds and archives write and dateparser does not read; the time as written, as above."""
    try:
        parsed = datetime.fromisoformat(raw.strip())
    except ValueError:
        return None
    day = parsed.date().isoformat()  # four-digit years always, as strftime's %Y is not
    return f"{day}T{parsed:%H:%M}" if "T" in raw.upper() else day


def _from_metadata(raw: str | None) -> Published | None:
    if not raw or not raw.strip():
        return None
    value = normalise_date(raw.strip())
    return Published(value, "metadata", f"metadata date {raw.strip()!r}") if value else None


def find_dates(text: str) -> list[TextDate]:
    """Every calendar date the text spells out, with or without its year, in text order."""
    dates: dict[int, TextDate] = {}
    for regex in _DATE_RES:
        for match in regex.finditer(text):
            date = _text_date(match)
            if date and not any(_overlaps(date, d) for d in dates.values()):
                dates[date.start] = date
    return [dates[k] for k in sorted(dates)]


def _text_date(match: re.Match[str]) -> TextDate | None:
    parts = match.groupdict()
    if not parts["month"][0].isupper() and not parts["month"].isdigit():
        return None  # "may 3" in running text is a verb, not a month
    month_text = parts["month"].lower()
    month = MONTHS.get(month_text) or (int(month_text) if month_text.isdigit() else 0)
    day = int(parts["day"])
    year = int(parts["year"]) if parts.get("year") else None
    try:
        datetime(year or 2000, month, day)  # 2000 is a leap year: Feb 29 stays valid
    except ValueError:
        return None
    return TextDate(year, month, day, match.start(), match.end())


def _overlaps(a: TextDate, b: TextDate) -> bool:
    return a.start < b.end and b.start < a.end


def _from_text(text: str) -> Published:
    dates = find_dates(text)
    chosen = (
        _dateline(text, dates) or _report_day(text, dates) or _latest_full_date(text, dates)
    )
    if chosen is None:
        return Published(None, "none", "no date in metadata or text")
    date, evidence = chosen
    if date.year:
        return Published(date.value(), "text", evidence)
    year, year_why = _year_from_text(text, dates)
    evidence += f"; year from {year_why}" if year else "; no year in the text"
    return Published(date.value(year), "text", evidence)


def _dateline(text: str, dates: list[TextDate]) -> tuple[TextDate, str] | None:
    """A full date before the first sentence ends is the dateline of the report."""
    first_end = _SENTENCE_END_RE.search(text)
    limit = min(_DATELINE_CHARS, first_end.start() if first_end else len(text))
    for date in dates:
        if date.start >= limit:
            break
        if date.year:
            return date, f"dateline {_quote(text, date.start, date.end)}"
    return None


def _report_day(text: str, dates: list[TextDate]) -> tuple[TextDate, str] | None:
    """"earlier on March 2", "today (March 2)", "on Tuesday (March 15, 2022)"."""
    for date in dates:
        window = max(0, date.start - 40)
        for regex in _REPORT_DAY_RES:
            cue = regex.search(text[window : date.start])
            if cue:
                return date, f"report day {_quote(text, window + cue.start(), date.end)}"
    return None


def _latest_full_date(text: str, dates: list[TextDate]) -> tuple[TextDate, str] | None:
    """A report is at least as recent as the latest full date it gives."""
    full = [d for d in dates if d.year]
    if not full:
        return None
    date = max(full, key=lambda d: (d.year, d.month, d.day))
    return date, f"latest full date in the text {_quote(text, date.start, date.end)}"


def _quote(text: str, start: int, end: int) -> str:
    return repr(" ".join(text[start:end].split()))


def _year_from_text(text: str, dates: list[TextDate]) -> tuple[int | None, str]:
    """The most common year written with a day or a month; lone years are history."""
    years = [d.year for d in dates if d.year]
    years += [int(m.group("year")) for m in _MONTH_YEAR_RE.finditer(text)]
    if not years:
        return None, ""
    year = Counter(years).most_common(1)[0][0]
    return year, f"a full date of {year} in the text"


def _with_batch_year(published: Published, others: list[Published]) -> Published:
    """Borrow the batch's most common year for a year-less date (source "inferred")."""
    years = [p.value[:4] for p in others if p.value and not p.value.startswith("XXXX")]
    if not years:
        return published
    year = Counter(years).most_common(1)[0][0]
    evidence = f"{published.evidence}; year {year} inferred from the other articles of the batch"
    return Published(year + published.value[4:], "inferred", evidence)
