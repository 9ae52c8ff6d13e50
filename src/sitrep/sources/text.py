"""Plain-text articles: an optional ` date YYYY-MM-DD` marker, an optional title line, a body.

The marker is metadata even when the body follows on the same line. The text is kept
unchanged (extract-v1 offsets index the input as given); ``Article.body_start`` tells the
pipeline where the prose begins so that the marker yields no facts. ``decode`` turns the
bytes of a file, or of a page whose server names no charset, into that text.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from sitrep.facts import Article
from sitrep.sources.errors import ReadError

_DATE_MARKER = re.compile(r"^\s*date[:\s]\s*(\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?)?)\s*")
_SENTENCE_END = re.compile(r"[.!?:;\"'”’)]$")


def looks_binary(text: str) -> bool:
    """Decoded bytes that are no text: a NUL, or more than 1% control characters in the head
    (random bytes decode in some single-byte charset, but read as garbage)."""
    head = text[:8192]
    controls = sum(1 for c in head if ord(c) < 32 and c not in "\n\r\t\f")
    return "\x00" in head or controls > len(head) * 0.01


def decode(data: bytes, source: str) -> str:
    """Bytes to text: UTF-8 first, else the charset a page declares, else Western, else the
    detected charset; binary data is refused."""
    if not data.strip():
        raise ReadError(source, "empty file")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):  # a Windows "Unicode" text file
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise ReadError(source, "broken UTF-16 text") from None
    if b"\x00" in data[:8192]:
        raise ReadError(source, "binary data, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = _declared(data) or _western(data)
        if text is None:
            best = from_bytes(data[:1_000_000]).best()
            if best is None or best.encoding is None:
                raise ReadError(source, "binary data, not text (no text encoding fits)") from None
            text = data.decode(best.encoding, errors="replace")
    if looks_binary(text):
        raise ReadError(source, "binary data, not text")
    return text


# A page's or feed's own word on its charset, in its first bytes: <meta charset="windows-1250">,
# <meta http-equiv="Content-Type" content="text/html; charset=...">, <?xml ... encoding="..."?>.
DECLARED_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([a-z0-9_.:-]+)|<\?xml[^>]*?encoding\s*=\s*["']([a-z0-9_.:-]+)""", re.IGNORECASE)
# Browsers read a page declared Latin-1 or ASCII as Windows-1252, its superset ("\x93" a quote, not a control).
AS_WINDOWS_1252 = {"iso8859-1", "ascii"}


def _declared(data: bytes) -> str | None:
    """Text that is not UTF-8 read in the charset it declares itself, where it declares one
    that reads it: a Czech page in windows-1250 read as Western would turn "ř" into "ø"."""
    found = DECLARED_CHARSET.search(data[:4096])
    if not found:
        return None
    try:
        name = codecs.lookup((found[1] or found[2]).decode("ascii")).name
        return data.decode("cp1252" if name in AS_WINDOWS_1252 else name)
    except (LookupError, UnicodeDecodeError):  # an unknown name, or one the bytes belie (UTF-8 declared, say)
        return None


WESTERN_MARKS = set("‘’‚“”„–—…•«»°€£§©®±·×÷¡¢¥¦¨ªº¬¯´µ¶¸¼½¾\xa0")  # punctuation and signs of Western text
FOREIGN_RUN = re.compile(r"[^\x00-\x7f]{3,}")  # Cyrillic or Greek bytes read as cp1252: "Ïðèâåò"


def _western(data: bytes) -> str | None:
    """Text that is not UTF-8, read as Windows-1252 (Latin-1's superset) when it reads as
    Latin-script prose: every non-ASCII character a letter or a Western sign, none in runs.
    Most such files are Western European; charset detection on short text guesses cp1250 or
    cp775 ("à" became "ŕ"), so it is asked only when this reading fails (Polish in cp1250
    reads here as "¹", "³", "¿" inside words, no letters)."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:  # a byte cp1252 leaves undefined
        return None
    foreign = {c for c in text if ord(c) > 127 and not c.isalpha() and c not in WESTERN_MARKS}
    return None if foreign or FOREIGN_RUN.search(text) else text


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
