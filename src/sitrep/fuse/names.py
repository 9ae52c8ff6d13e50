"""Salient names of a text: the capitalised words that name places, people and things.

Kept apart from :mod:`sitrep.fuse.similarity` (which loads scikit-learn) so that event
fusion, which runs on every ingest, can tell names from what was said without that import.
"""

from __future__ import annotations

import re

_NAME = re.compile(r"\b[A-Z][\w'’-]*[a-z][\w'’-]*\b|\b[A-Z]{2,6}\b")
# Capitalised words that name nothing: sentence starts, headline case and report verbs.
_NOT_NAMES = frozenset(
    """a an the this that these those and or but if as at by for from in into of on to with
    after before over under about against amid during since until while why how what when
    where who which there here it its he she they we you i his her their our new more most
    says said say will would could can may might must should has have had is are was were be
    been not no yes all some any one two three four five six seven eight nine ten first last
    breaking live latest update updates video photo photos watch analysis opinion explainer
    day week month year today yesterday monday tuesday wednesday thursday friday saturday
    sunday january february march april may june july august september october november
    december""".split()
)


def salient_names(text: str) -> set[str]:
    """Lower-cased proper-noun-like words and acronyms of ``text``.

    Headline case capitalises every word, so a word counts only when it is also capitalised
    where it is not the first word of the text; acronyms (2-6 capitals) always count.
    """
    names: set[str] = set()
    for i, match in enumerate(_NAME.finditer(text)):
        word = match.group(0).strip("'’-")
        key = word.lower()
        if key in _NOT_NAMES or len(key) < 3:
            continue
        if i == 0 and not word.isupper() and match.start() == 0:
            continue
        names.add(_stem_name(key))
    return names


def _stem_name(key: str) -> str:
    """One key for a name and its possessive ("Kyiv’s" / "Kyiv")."""
    for suffix in ("'s", "’s"):
        if key.endswith(suffix):
            return key[: -len(suffix)]
    return key
