"""Local inputs: files, folders (recursively) and stdin, dispatched by extension.

Every problem with one input becomes a ``ReadError`` naming that input, yielded in the
stream, so a bad file in a folder of a thousand is reported and the others still read.
"""

from __future__ import annotations

import csv
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from sitrep.facts import Article
from sitrep.sources.errors import ReadError, Skipped
from sitrep.sources.html import looks_like_html, parse_html
from sitrep.sources.records import FieldMap, read_csv, read_json, read_jsonl
from sitrep.sources.text import decode, parse_text
from sitrep.sources.web import looks_like_feed, read_feed

MAX_ARTICLE_BYTES = 5 * 1024 * 1024  # one article in a .txt or .html file
MAX_CORPUS_BYTES = 512 * 1024 * 1024  # a .jsonl/.csv/.json corpus of many articles
ARTICLE_SUFFIXES = {".txt", ".text", ".md", ".html", ".htm", ".xhtml"}
RECORD_SUFFIXES = {".json", ".jsonl", ".ndjson", ".csv"}
FEED_SUFFIXES = {".rss", ".atom", ".xml"}
SUFFIXES = ARTICLE_SUFFIXES | RECORD_SUFFIXES | FEED_SUFFIXES
PAGE_SUFFIXES = {".html", ".htm", ".xhtml"}


def read_file(path: Path, fields: FieldMap) -> Iterator[Article | ReadError]:
    source = str(path)
    suffix = path.suffix.lower()
    try:
        size = path.stat().st_size
        limit = MAX_ARTICLE_BYTES if suffix in ARTICLE_SUFFIXES else MAX_CORPUS_BYTES
        if size > limit:
            raise ReadError(source, f"file too large ({size / 1e6:.1f} MB; limit {limit / 1e6:.0f} MB for {suffix or 'this'} files)")
        content = decode(path.read_bytes(), source)
    except OSError as error:
        yield ReadError(source, f"cannot read ({error.strerror or error})")
        return
    except ReadError as error:
        yield error
        return
    yield from read_content(content, source, suffix, fields, article_id=path.stem)


def read_content(content: str, source: str, suffix: str, fields: FieldMap, article_id: str) -> Iterator[Article | ReadError]:
    """Read decoded content by its kind; text that looks like HTML or a feed is read as such."""
    try:
        if suffix == ".jsonl" or suffix == ".ndjson":
            yield from read_jsonl(content, source, fields)
        elif suffix == ".json":
            yield from read_json(content, source, fields)
        elif suffix == ".csv":
            yield from read_csv(content, source, fields)
        elif suffix in FEED_SUFFIXES:
            yield from read_feed(content, source)
        elif suffix in PAGE_SUFFIXES or looks_like_html(content):
            yield parse_html(content, article_id=article_id, origin=source)
        else:
            yield parse_text(content, article_id=article_id, origin=source)
    except ReadError as error:
        yield error


def walk(path: Path) -> list[Path]:
    """Files under a folder that sitrep reads, recursively, in a stable order."""
    return folder_files(path)[0]


def folder_files(path: Path) -> tuple[list[Path], list[Path]]:
    """A folder's files that sitrep reads, and those of kinds no reader takes (for the note
    that tells of them), in one walk of the folder."""
    files = list(_survey(path))
    return [f for f in files if f.suffix.lower() in SUFFIXES], [f for f in files if f.suffix.lower() not in SUFFIXES]


def unread_note(path: Path, files: list[Path]) -> Skipped:
    """One note for a folder's unread files, by kind, naming the first: a folder of a thousand
    pictures is one line, and the user learns which files to convert to text."""
    kinds = Counter(file.suffix.lower() or "extensionless" for file in files)
    counted = ", ".join(f"{n} {kind}" for kind, n in kinds.most_common())
    readable = " ".join(sorted(SUFFIXES))
    noun = "file" if len(files) == 1 else "files"
    return Skipped(str(path), f"{len(files)} {noun} not read ({counted}; sitrep reads {readable}), "
                              f"such as {files[0].relative_to(path)}", len(files))


def _survey(path: Path) -> Iterator[Path]:
    """Every file under a folder a user put there: hidden files are left out, and so are the
    files a browser saves beside a page ("story.html" and "story_files/": frames that are ads
    and widgets, pictures, scripts). A browser saves no text, records or feeds there, so such
    files in a folder named like that are someone's own and are read."""
    for child in sorted(path.rglob("*")):
        if child.is_file() and not any(part.startswith(".") for part in child.relative_to(path).parts):
            if child.suffix.lower() in SUFFIXES - PAGE_SUFFIXES or not _saved_with_a_page(child, path):
                yield child


def _saved_with_a_page(file: Path, top: Path) -> bool:
    """Whether ``file`` lies in a page's resource folder below ``top``: "X_files" beside "X.html"."""
    for folder in file.relative_to(top).parents[:-1]:  # the last parent is top itself
        name = folder.name.removesuffix("_files")
        if name != folder.name and any((top / folder.parent / f"{name}{suffix}").is_file() for suffix in (".html", ".htm")):
            return True
    return False


def read_stdin(fields: FieldMap) -> Iterator[Article | ReadError]:
    data = sys.stdin.buffer.read()
    try:
        content = decode(data, "stdin")
    except ReadError as error:
        yield error
        return
    yield from read_content(content, "stdin", _sniffed(content, fields), fields, article_id="stdin")


def _sniffed(content: str, fields: FieldMap) -> str:
    """The kind of what came on stdin, which has no file name to tell it: JSON Lines, a JSON
    array, an RSS/Atom feed, a CSV whose header names a text column, else plain text (HTML is
    recognised by ``read_content`` as for any file)."""
    head = content.lstrip()
    if head.startswith("{"):
        return ".jsonl"
    if head.startswith("["):
        return ".json"
    if looks_like_feed(content):
        return ".rss"
    header = next(csv.reader([head.partition("\n")[0]]), [])
    if len(header) > 1 and fields.keys(dict.fromkeys(header), "text"):
        return ".csv"
    return ".txt"
