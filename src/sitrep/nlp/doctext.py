"""The text of a Doc, read once.

spaCy's ``Doc.text`` joins every token on each call, so a rule that reads it per token costs
time proportional to the article squared; components read it through ``text_of``, which keeps
the joined string in ``doc.user_data`` (the text never changes once the doc is made)."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sized
from typing import TypeVar

from spacy.tokens import Doc, Span

KEY = "sitrep_text"
T = TypeVar("T")


def text_of(doc: Doc) -> str:
    """``doc.text``, joined on the first call and kept for the rest of the pipeline."""
    text = doc.user_data.get(KEY)
    if text is None:
        text = doc.user_data[KEY] = doc.text
    return text


def per_sentence(sent: Span, name: str, compute: Callable[[], T], *extra: Hashable) -> T:
    """What ``compute`` finds of a sentence, found once and kept in ``doc.user_data`` under
    ``name`` (with ``extra`` keys, such as the publication day it depends on): each fact of a
    sentence asks the same question of it, and a run-on page of one sentence has thousands of
    words and hundreds of facts, so a scan per fact made ingest quadratic."""
    found = sent.doc.user_data.setdefault(name, {})
    key = (sent.start, sent.end, *extra)
    if key not in found:
        found[key] = compute()
    return found[key]


def per_document(doc: Doc, name: str, compute: Callable[[], T], *made_of: Sized) -> T:
    """What ``compute`` finds of a document, found once and kept in ``doc.user_data`` under
    ``name``; found again should it be asked of other lists ``made_of`` than it was made of, or
    of one grown since (a rule asked per word or per fact must not rebuild it each time)."""
    made = doc.user_data.get(name)
    sizes = tuple(len(part) for part in made_of)
    if made is None or made[1] != sizes or any(a is not b for a, b in zip(made[0], made_of)):
        made = doc.user_data[name] = (made_of, sizes, compute())
    return made[2]
