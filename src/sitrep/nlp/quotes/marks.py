"""Quotation marks: straight, curly, typewriter and guillemets, paired by what surrounds them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sitrep.spans import trimmed


MARK = re.compile(r"``|''|[\"“”„«»'‘’‹›]")
FAMILY = {"``": "double", "''": "double", '"': "double", "“": "double", "”": "double", "„": "double",
          "«": "double", "»": "double", "'": "single", "‘": "single", "’": "single", "‹": "single", "›": "single"}
OPENS = {"``", "“", "„", "«", "‘", "‹"}  # what a mark is when its surroundings do not tell
CLOSES = {"”", "»", "’", "›"}
MARKUP_TAG = re.compile(r"</?[a-z][\w-]*(?:\s[^<>\n]*)?>")
OPEN_CONTEXT = "([{—–-/:" + "".join(FAMILY)


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    family: str  # "double" or "single"
    role: str  # "open", "close" or "either"


def find_marks(text: str) -> list[Mark]:
    """Every quotation mark with its role, judged from the characters either side of it."""
    marks = []
    tags = [m.span() for m in MARKUP_TAG.finditer(text)]
    for match in MARK.finditer(text):
        if any(start < match.start() < end for start, end in tags):
            continue  # an attribute's value in left-over markup: <tweet id="...">
        char = match.group()
        before = text[match.start() - 1] if match.start() else " "
        after = text[match.end()] if match.end() < len(text) else " "
        if FAMILY[char] == "single" and before.isalnum() and after.isalnum():
            continue  # an apostrophe: don't, Smith's, rock'n'roll
        can_open = (before.isspace() or before in OPEN_CONTEXT) and not after.isspace()
        can_close = not before.isspace() and (after.isspace() or not after.isalnum())
        if can_open != can_close:
            role = "open" if can_open else "close"
        else:
            role = "open" if char in OPENS else "close" if char in CLOSES else "either"
        if FAMILY[char] == "single" and role != "close" and before.isalnum():
            continue  # a letter before an "opening" single mark makes it an apostrophe
        marks.append(Mark(match.start(), match.end(), FAMILY[char], role))
    return marks


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Content offsets of the outermost quotations (marks excluded, paragraphs continued)."""
    marks = find_marks(text)
    spans = [s for family in ("double", "single") for s in _pair(text, [m for m in marks if m.family == family])]
    return sorted(s for s in spans if not any(o != s and o[0] <= s[0] and s[1] <= o[1] for o in spans))


def _pair(text: str, marks: list[Mark]) -> list[tuple[int, int]]:
    """Pair opening and closing marks of one family; an open quote may run on by paragraphs."""
    spans: list[tuple[int, int]] = []
    opened: Mark | None = None
    resumed = 0  # where the quote's latest paragraph began
    for mark in marks:
        if opened is not None and "\n" in text[resumed:mark.start]:
            if mark.role != "close" and _opens_next_paragraph(text, resumed, mark):
                resumed = mark.end
                continue
            opened = None  # never closed: not a quote we can bound
        if opened is None:
            if mark.role != "close":
                opened, resumed = mark, mark.end
        elif mark.role != "open":
            spans.append(trimmed(text, opened.end, mark.start))
            opened = None
        else:
            opened, resumed = mark, mark.end  # two openers: the first was never closed
    return [s for s in spans if s[0] < s[1]]


def _opens_next_paragraph(text: str, since: int, mark: Mark) -> bool:
    """True when ``mark`` starts the paragraph right after the one that began at ``since``."""
    gap = text[since:mark.start]
    last_break = gap.rfind("\n")
    return not gap[last_break:].strip() and "\n" not in gap[:last_break].strip("\n \t\xa0")


SIGNATURE = re.compile(
    r"[.!?\"”’…]\s*(?:[—―–]|--)\s*(?P<name>(?:(?:[A-Z][\w.'’-]*|of|the)\s?){1,6}?)\s*"
    r"(?:\(@\w+\))?\s*(?:[A-Z][a-z]+\.? \d{1,2}, \d{4})?\.?\s*$"
)
SENTENCE_END = re.compile(r"(\w+)[.!?][\"'’”)]*\s+(?=\S)")  # a full stop with more text after it
HEADLINE = re.compile(r"(?!(?:The|A|An) )(?P<name>(?:[A-Z][\w.'’-]* ){0,3}[A-Z][\w.'’-]*):[ \t]")
COLON_NAME = re.compile(r"(?<![\w'’])(?P<name>(?:[A-Z][\w.'’-]* ){0,3}[A-Z][\w.'’-]*):$")
HEADLINE_BREAKS = {"on", "to", "about", "for", "at", "in", "with", "over", "after", "against"}  # "X On Y: ..." quotes X


def signatures(text: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """(content, author) offsets of paragraphs signed "— Name (@handle) date": tweets, statements."""
    found = []
    offset = 0
    for paragraph in text.split("\n"):
        match = SIGNATURE.search(paragraph)
        if match and match.start() > 0:
            content = trimmed(text, offset, offset + match.start() + 1)
            found.append((content, (offset + match.start("name"), offset + match.end("name"))))
        offset += len(paragraph) + 1
    return [(c, trimmed(text, *n)) for c, n in found]
