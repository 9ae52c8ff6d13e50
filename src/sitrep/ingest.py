"""Ingest: read inputs, keep what is new, extract facts in batches, store each article whole.

Duplicates are checked twice: before extraction (to skip the work) and again right before
each write (an article may repeat inside one batch). Every article is written in its own
transaction, so an interrupted run is simply run again.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from tqdm import tqdm

from sitrep.facts import Article, Document
from sitrep.nlp.extract import extract
from sitrep.nlp.published import infer_published
from sitrep.sources import FieldMap, ReadError, Skipped, read_inputs
from sitrep.sources.files import ARTICLE_SUFFIXES
from sitrep.store.sqlite import Store

BATCH = 64


@dataclass
class Summary:
    read: int = 0
    new: int = 0
    duplicate: int = 0
    failed: int = 0
    replaced: int = 0  # new articles that are edited versions of a file or page read before
    unread: int = 0  # files in the folders read of kinds no reader takes

    def line(self) -> str:
        edited = f" ({self.replaced} replacing an earlier version of their file or page)" if self.replaced else ""
        unread = f", not read {self.unread} (files of other kinds)" if self.unread else ""
        return f"read {self.read}, new {self.new}{edited}, duplicate {self.duplicate}, failed {self.failed}{unread}"


def ingest(
    inputs: Iterable[str], store: Store, fields: FieldMap | None = None, workers: int = 1,
    errors: TextIO = sys.stderr, progress: bool | None = None,
) -> Summary:
    summary = Summary()
    bar = tqdm(desc="ingest", unit=" articles", file=errors, disable=not progress if progress is not None else None)
    for batch in _batches(read_inputs(inputs, fields), summary, store, errors):
        for article, document in zip(batch, extract(batch, n_process=workers)):
            if isinstance(document, ReadError):
                _report(document, summary, errors)
            else:
                _store(store, article, document, summary)
            bar.update(1)
    bar.close()
    return summary


def _store(store: Store, article: Article, document: Document | None, summary: Summary) -> None:
    """Write a new article with its facts; a near-copy only as a link; an exact repeat not at
    all. A one-article file read again after an edit, or a page whose text changed at its
    address (a live page grown, a correction), is a new text whose new version replaces the
    old (ingested by hand or watched alike), rather than listing the story twice."""
    duplicate = store.find_duplicate(article)
    if duplicate is None and document is not None:
        summary.new += 1
        if (earlier := store.version_at(article.url)) is not None:
            store.replace(earlier, article, document)
            summary.replaced += 1
            return
        store.add(article, document)
        if _one_article_file(article.origin) and store.keep_latest(article.origin):
            summary.replaced += 1
        return
    summary.duplicate += 1
    if duplicate is not None and duplicate.kind == "near":  # its date normalised as an extracted article's ("June 23, 2026": 2026-06-23)
        store.add(article, None, duplicate.article_id, published=infer_published([article])[0])


def _one_article_file(origin: str | None) -> bool:
    """Whether an article came from a file that holds it alone (a text or a page, not a feed,
    a JSON Lines or a CSV file of many), so a later read of that file is its new version."""
    return origin is not None and Path(origin).suffix.lower() in ARTICLE_SUFFIXES and "://" not in origin


def _report(error: ReadError, summary: Summary, errors: TextIO) -> None:
    """An error fails its input; a note of files not read fails nothing (the rest was read)."""
    if isinstance(error, Skipped):
        summary.unread += error.files
        print(f"note: {error}", file=errors)
    else:
        summary.failed += 1
        print(f"error: {error}", file=errors)


def _batches(items: Iterator[Article | ReadError], summary: Summary, store: Store, errors: TextIO) -> Iterator[list[Article]]:
    """Batches of articles worth extracting; errors are reported as they come."""
    batch: list[Article] = []
    for item in items:
        if isinstance(item, ReadError):
            _report(item, summary, errors)
            continue
        summary.read += 1
        if store.find_duplicate(item):
            _store(store, item, None, summary)
            continue
        batch.append(item)
        if len(batch) >= BATCH:
            yield batch
            batch = []
    if batch:
        yield batch
