"""Readers: every input (file, folder, stdin, URL, feed) becomes a stream of Article.

``read_inputs`` is the one entry point: it yields ``Article`` objects and, in the same
stream, a ``ReadError`` for each input (or record) that could not be read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from sitrep.facts import Article
from sitrep.sources.errors import ReadError, Skipped
from sitrep.sources.files import folder_files, read_file, read_stdin, unread_note
from sitrep.sources.records import FieldMap
from sitrep.sources.web import read_url

__all__ = ["FieldMap", "ReadError", "Skipped", "guarded", "read_inputs"]


def read_inputs(inputs: Iterable[str], fields: FieldMap | None = None) -> Iterator[Article | ReadError]:
    fields = fields or FieldMap()
    for item in inputs:
        if item == "-":
            yield from guarded("stdin", read_stdin(fields))
        elif item.startswith(("http://", "https://")):
            yield from guarded(item, read_url(item, fields))
        elif scheme := re.match(r"([a-z][a-z0-9+.-]*)://", item, re.IGNORECASE):
            yield ReadError(item, f"unsupported URL scheme {scheme[1]!r} (http and https only)")
        else:
            path = Path(item)
            if path.is_dir():
                readable, unread = folder_files(path)
                yield from (entry for file in readable for entry in guarded(str(file), read_file(file, fields)))
                if unread:
                    yield unread_note(path, unread)
            elif path.exists():
                yield from guarded(item, read_file(path, fields))
            else:
                yield ReadError(item, "no such file or folder")


def guarded(source: str, entries: Iterator[Article | ReadError]) -> Iterator[Article | ReadError]:
    """One input's entries; an exception no reader foresaw ends only that input, as a
    one-line error naming it, never the run (the articles read before it are still stored)."""
    try:
        yield from entries
    except ReadError as error:
        yield error
    except Exception as error:  # noqa: BLE001 - one bad input must not cost the others
        yield ReadError(source, f"unreadable ({type(error).__name__}: {error})")
