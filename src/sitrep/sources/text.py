"""Plain-text articles: an optional ` date YYYY-MM-DD` marker, an optional title line, a body.

The marker is metadata even when the body follows on the same line. The text is kept
unchanged (extract-v1 offsets index the input as given); ``Article.body_start`` tells the
pipeline where the prose begins so that the marker yields no facts.
"""

from __future__ import annotations

import re

from sitrep.facts import Article

_DATE_MARKER = re.compile(r"^\s*date[:\s]\s*(\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?)?)\s*")
_SENTENCE_END = re.compile(r"[.!?:;\"'”’)]$")


def looks_binary(text: str) -> bool:
    """Decoded bytes that are no text: a NUL, or more than 1% control characters in the head
    (random bytes decode in some single-byte charset, but read as garbage)."""
    head = text[:8192]
    controls = sum(1 for c in head if ord(c) < 32 and c not in "\n\r\t\f")
    return "\x00" in head or controls > len(head) * 0.01


def split_date_marker(text: str) -> tuple[str | None, int]:
    """Return (date, offset of the body) when the text opens with a ` date 2022-03-16` marker."""
    match = _DATE_MARKER.match(text)
    if not match:
        return None, 0
    return match.group(1).replace(" ", "T"), match.end()


def detect_title(text: str) -> str | None:
    """A first line is a title when it is short, stands alone and does not end a sentence."""
    first, sep, rest = text.lstrip().partition("\n")
    first = first.strip()
    if not sep or not rest.strip() or not first:
        return None
    words = first.split()
    if len(words) > 25 or _SENTENCE_END.search(first):
        return None
    return first


def parse_text(text: str, article_id: str, origin: str | None = None) -> Article:
    published, body_start = split_date_marker(text)
    return Article(
        id=article_id,
        text=text,
        title=detect_title(text[body_start:]),
        published=published,
        origin=origin,
        body_start=body_start,
    )
