"""Structured corpora: JSON, JSON Lines and CSV, one article per record.

Field names differ from corpus to corpus, so each article field is looked up through a list
of common names (``text``/``body``/``article``...); ``FieldMap`` lets the user name the
columns instead. A record that cannot be used is reported as a ``ReadError`` in the stream
and the next record is read: one broken line never costs the rest of the file.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass, field

from sitrep.facts import Article
from sitrep.sources.errors import ReadError

csv.field_size_limit(64 * 1024 * 1024)

DEFAULT_FIELDS: dict[str, tuple[str, ...]] = {
    "text": ("text", "body", "article", "articles", "content", "full_text", "story"),
    "title": ("title", "headline", "headlines", "heading"),
    "published": ("published", "date", "date_formatted", "published_at", "pubdate", "seen_date", "datetime", "time"),
    "url": ("url", "article_url", "link", "source_url"),
    "outlet": ("outlet", "source", "publisher", "site", "sitename"),
    "id": ("id", "doc_id", "article_id", "guid"),
}


@dataclass
class FieldMap:
    """Which record field holds each article field; explicit names win over the defaults."""

    explicit: dict[str, str] = field(default_factory=dict)

    def keys(self, record: dict, name: str) -> list[str]:
        """The record's own keys that may hold ``name``, most likely first."""
        keys = {_norm(k): k for k in record}
        candidates = (self.explicit[name],) if name in self.explicit else DEFAULT_FIELDS[name]
        return [keys[_norm(c)] for c in candidates if _norm(c) in keys]

    def first(self, record: dict, name: str) -> tuple[str, object] | None:
        """The first of ``name``'s keys holding a value (not empty, not a list or an object)."""
        for key in self.keys(record, name):
            value = record.get(key)
            if value not in (None, "") and not isinstance(value, (list, dict)):
                return key, value
        return None

    def pick(self, record: dict, name: str) -> str | None:
        found = self.first(record, name)
        if found is None:
            return None
        return str(found[1]).strip() if name != "text" else str(found[1])



def _norm(name: object) -> str:
    return str(name).strip().lower().replace(" ", "_").replace("-", "_")


def record_to_article(record: object, fields: FieldMap, source: str, position: str) -> Article:
    where = f"{source} {position}"
    if not isinstance(record, dict):
        raise ReadError(where, f"expected an object with a text field, got {type(record).__name__}")
    found = fields.first(record, "text")
    if found is not None and not isinstance(found[1], str):  # {"text": 12345} is a number, no article
        raise ReadError(where, f"text field {found[0]!r} holds {found[1]!r}, not text")
    text = found[1] if found is not None else None
    if text is None or not text.strip():
        present = fields.keys(record, "text")
        if present:
            raise ReadError(where, f"empty text in field {present[0]!r}")
        raise ReadError(where, f"no text field ({_wanted_text(fields)}); fields present: {', '.join(map(str, record)) or 'none'}")
    return Article(
        id=fields.pick(record, "id") or f"{source}#{position.split()[-1]}",
        text=text,
        title=fields.pick(record, "title"),
        outlet=fields.pick(record, "outlet"),
        url=fields.pick(record, "url"),
        published=fields.pick(record, "published"),
        origin=where,
    )


def _wanted_text(fields: FieldMap) -> str:
    """The field names a record's text is looked for under, as an error shows them."""
    return fields.explicit.get("text") or "/".join(DEFAULT_FIELDS["text"])


def read_jsonl(content: str, source: str, fields: FieldMap) -> Iterator[Article | ReadError]:
    for number, line in enumerate(content.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield ReadError(f"{source} line {number}", f"broken JSON ({error.msg})")
            continue
        yield from _guarded(record, fields, source, f"line {number}")


def read_json(content: str, source: str, fields: FieldMap) -> Iterator[Article | ReadError]:
    try:
        data = json.loads(content)
    except json.JSONDecodeError as error:
        if "\n{" in content:  # JSON Lines saved as .json
            yield from read_jsonl(content, source, fields)
            return
        yield ReadError(source, f"broken JSON at line {error.lineno} ({error.msg})")
        return
    if isinstance(data, dict):
        lists = [v for v in data.values() if isinstance(v, list) and v and isinstance(v[0], dict)]
        data = lists[0] if fields.pick(data, "text") is None and lists else [data]
    if not isinstance(data, list):
        yield ReadError(source, "expected a JSON object or a list of objects")
        return
    if not data:  # said, not silently nothing: the user may have exported the wrong file
        yield ReadError(source, "no records (an empty list)")
        return
    for number, record in enumerate(data, start=1):
        yield from _guarded(record, fields, source, f"record {number}")


def read_csv(content: str, source: str, fields: FieldMap) -> Iterator[Article | ReadError]:
    reader = csv.DictReader(io.StringIO(content))
    if not reader.fieldnames:
        yield ReadError(source, "empty CSV (no header row)")
        return
    if not fields.keys(dict.fromkeys(reader.fieldnames), "text"):  # said once, not once for each of its rows
        yield ReadError(source, f"no text column ({_wanted_text(fields)}); columns: {', '.join(reader.fieldnames)}")
        return
    try:
        for number, row in enumerate(reader, start=2):
            if None in row:  # DictReader files the fields past the header under the key None
                yield ReadError(f"{source} row {number}", f"{len(reader.fieldnames) + len(row[None])} fields, header has {len(reader.fieldnames)}")
                continue
            if None in row.values() and fields.pick(row, "text") is None:  # a short row: DictReader fills in None
                yield ReadError(f"{source} row {number}", _short_row(row, content))
                continue
            yield from _guarded(row, fields, source, f"row {number}")
    except csv.Error as error:
        yield ReadError(f"{source} row {reader.line_num}", f"broken CSV ({error})")


def _short_row(row: dict, content: str) -> str:
    """Why a row lacks its text: fewer fields than the header, most often because a quote
    opened in it is never closed (the rest of the file became one field)."""
    have = sum(value is not None for value in row.values())
    unclosed = "; a quote is never closed" if content.count('"') % 2 else ""
    return f"{have} field{'s' if have != 1 else ''}, header has {len(row)}{unclosed}"


def _guarded(record: object, fields: FieldMap, source: str, position: str) -> Iterator[Article | ReadError]:
    """One record's article or its error: whatever goes wrong with one record (even a case no
    check foresaw) is that record's one-line error, and the next record is still read."""
    try:
        yield record_to_article(record, fields, source, position)
    except ReadError as error:
        yield error
    except Exception as error:  # noqa: BLE001 - an unforeseen record shape must not end the run
        yield ReadError(f"{source} {position}", f"unreadable record ({type(error).__name__}: {error})")
