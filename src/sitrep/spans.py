"""Sentence spans by punctuation: what the briefing and the fusion quote a fact with.

A regex splitter rather than the parser, because it runs over stored text long after
extraction; periods of initials ("U.S."), titles and month abbreviations do not end one, and a
photo credit run into the next sentence ends where its picture agency is named.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from sitrep.nlp.outlets import REPORTERS, outlet_names

_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*(?=\s+[\"'“‘(]?[A-Z0-9])|\n|$")
_ABBREVIATION = re.compile(
    r"(?:\b(?:[A-Za-z]\.)+|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Sen|Rep|Gov|Prof|Jr|Sr|No|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|vs|etc)\.)$"
)


KEPT_UP_TO = 200_000  # characters of a text whose sentences are kept: a long report is 30,000, a day's live blog 150,000

_kept: ContextVar[dict[tuple[str, int], tuple[tuple[int, int], ...]] | None] = ContextVar("sentences_kept", default=None)


@contextmanager
def sentences_kept() -> Iterator[None]:
    """Within it, each text is split once: a briefing asks again for every development, source
    and quote of an article (a dozen times an article), and splitting was then most of a build
    (30 s of 60 on 500 articles). What is kept is dropped at its end, so no process holds the
    texts of every briefing it built (a lasting cache of 4096 held a 6 MB text's 124 MB of spans).
    Per context, so two briefings built at once in two threads keep their own."""
    if _kept.get() is not None:  # within another: that one keeps them
        yield
        return
    token = _kept.set({})
    try:
        yield
    finally:
        _kept.reset(token)


def sentences(text: str, body_start: int = 0) -> tuple[tuple[int, int], ...]:
    """(start, end) of each sentence, trimmed of surrounding white space; a sentence that
    a leading metadata marker (ending at ``body_start``) runs into starts where the body does,
    and a newsletter's sign-up line run into a sentence is cut out of it.

    Split once per text within ``sentences_kept`` (but a text of over ``KEPT_UP_TO`` characters);
    a tuple, so no caller can change what others get."""
    kept = _kept.get()
    if kept is None or len(text) > KEPT_UP_TO:
        return _split(text, body_start)
    key = (text, body_start)
    if key not in kept:
        kept[key] = _split(text, body_start)
    return kept[key]


def _split(text: str, body_start: int) -> tuple[tuple[int, int], ...]:
    spans = [(max(begin, body_start), end) for begin, end in _sentences(text) if end > body_start]
    cuts = promos(text)
    spans = [piece for span in spans for piece in _around(text, span, cuts)]
    return tuple(after_stamp(text, begin, end) for begin, end in spans if end - begin > 1)


# A live blog's time stamp opening an entry, or a key-events link to it ("23 Jul 2022 18.05
# Three people were killed ...", "From 23 Jul 2022 22.17 The US ..."): page furniture, no part
# of the sentence a reader is shown.
_DAY = r"\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{4},?"
_STAMP = re.compile(
    rf"(?:From\s+)?{_DAY}\s+\d{{1,2}}[.:]\d\d"
    r"(?:\s*(?:BST|GMT|CET|CEST|EDT|EST|ET|UTC)\b)?\s+(?=[A-Z0-9“\"‘'])"
)
# A stamp anywhere in a span, also an entry's "Updated at 08.39 BST" line and a stamp whose
# time is glued to its year ("16 May 202222.38") when a page is scraped to plain text.
_ANY_STAMP = re.compile(rf"\bUpdated at \d{{1,2}}[.:]\d\d\b|{_DAY}\s*\d{{1,2}}[.:]\d\d")


def after_stamp(text: str, begin: int, end: int) -> tuple[int, int]:
    """A sentence span without the live-blog time stamp it opens with (when words follow it)."""
    stamp = _STAMP.match(text, begin, end)
    return (stamp.end(), end) if stamp and stamp.end() < end else (begin, end)


def holds_stamp(text: str) -> bool:
    """Whether a text holds a live blog's time stamp, which joins two entries, or an entry and
    the headline glued to it, when a page is scraped to plain text."""
    return _ANY_STAMP.search(text) is not None


# A newsletter's sign-up line as news pages print it between paragraphs, with its schedule
# ("Sign up to First Edition, our free daily newsletter – every weekday morning at 7am BST"),
# often run into the next sentence without a stop when a page is scraped to plain text.
_WORD = r"(?:[a-z0-9.:]+|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?)"
_SCHEDULE = rf"(?:every|each|daily|weekly|sent|delivered)(?:\s{_WORD}){{0,11}}"  # "every Friday at 6pm"
_PROMO = re.compile(
    rf"\bSign up (?:to|for) [^.\n]{{0,80}}?\bnewsletters?\b(?:\s*[–—-]\s*{_SCHEDULE}(?:\s(?:BST|GMT|CET|EST|EDT|ET)\b)?(?=\s*[A-Z“\"]|\s*$))?"
)


def promos(text: str) -> list[tuple[int, int]]:
    """Character spans of newsletter sign-up lines: they say nothing of any story, so
    extraction blanks them and no sentence shown to a reader holds one."""
    return [(m.start(), m.end()) for m in _PROMO.finditer(text)]


def _around(text: str, span: tuple[int, int], cuts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``span`` without the cuts inside it, each piece trimmed of white space."""
    pieces, begin = [], span[0]
    for cut_start, cut_end in cuts:
        if span[0] < cut_end and cut_start < span[1]:
            pieces.append((begin, max(begin, cut_start)))
            begin = min(span[1], cut_end)
    pieces.append((begin, span[1]))
    return [trimmed(text, start, end) for start, end in pieces]


def trimmed(text: str, begin: int, end: int) -> tuple[int, int]:
    """The span without white space at either end (a pattern's match, a sentence, a quote's content)."""
    while begin < end and text[begin].isspace():
        begin += 1
    while end > begin and text[end - 1].isspace():
        end -= 1
    return begin, end


def _spellings(name: str) -> set[str]:
    """A name as printed, in capitals and with capital initials ("TASS", "Tass"; "Rex", "REX")."""
    return {name, name.upper(), " ".join(w[:1].upper() + w[1:].lower() for w in name.split())}


# A photo credit as news pages print it under a picture ("Photograph: Ana Lind/Reuters"), ending
# with a news outlet or a picture agency (``nlp/data/news_outlets.csv``), glued to the text after
# it when a page is scraped to plain text. Longest names first, so "Getty Images" is not cut at "Getty".
_AGENCY = "|".join(
    re.escape(name) for name in sorted({s for n in outlet_names(*REPORTERS, "photo") for s in _spellings(n)}, key=lambda n: (-len(n), n))
)
CAPTION = 300  # the longest caption read back from its credit
_CREDIT = re.compile(
    rf"\b(?:Photograph|Photo|Composite|Illustration): (?:[^\n/]{{1,60}}/){{0,3}}(?:{_AGENCY})(?:/iStockphoto| via Getty Images)?"
    r"(?=\s|$|[A-Z][a-z])"  # the agency's name ends there ("/APTN" is another), or runs into the next sentence's first word
)


def captions(text: str) -> list[tuple[int, int]]:
    """A picture's caption with its credit ("X, left, meeting Y in Brussels in October.
    Photograph: Ana Lind/Reuters"): the sentence the credit closes, which tells what a photo
    shows, often months back, and not the article's report. A credit on a line of its own
    closes no sentence: it is the caption's whole."""
    found = []
    for credit in _CREDIT.finditer(text):
        if credit.start() == 0 or text[credit.start() - 1] == "\n":
            found.append((credit.start(), credit.end()))
            continue
        first, last = max(0, credit.start() - CAPTION), max(0, credit.start() - 2)  # not the caption's own full stop
        ends = [m.end() for m in _SENTENCE_END.finditer(text, first, last) if m.group() and not _abbreviation(text, m, first)]
        found.append(trimmed(text, ends[-1] if ends else first, credit.end()))
    return found


# A linked story's title glued to its "Read more" button ("Gyumri opens a museumRead more"):
# the button ends the teaser, and the article's own sentence starts after it.
# Glued to the title's last word or mark, not after an opening quote or bracket ("(Read more)",
# 'told pupils to "Read more books"'), and not running on into a lower-case word.
READ_MORE = re.compile(r"(?<=[^\s(\[\"“‘'])Read more\b(?!\s+[a-z])")  # "Read more here." is prose


def _abbreviation(text: str, end: re.Match[str], start: int) -> bool:
    """Whether a sentence end found after ``start`` is the full stop of an abbreviation ("Mr.")."""
    return end.group().startswith(".") and bool(_ABBREVIATION.search(text[max(start, end.end() - 12):end.start() + 1]))


def _sentences(text: str) -> list[tuple[int, int]]:
    spans = []
    start = 0
    ends = [*_SENTENCE_END.finditer(text), *_CREDIT.finditer(text), *READ_MORE.finditer(text)]
    for match in sorted(ends, key=lambda m: m.end()):
        end = match.end()
        if end <= start:
            continue
        if _abbreviation(text, match, start):
            continue
        begin, stop = trimmed(text, start, end)
        if stop - begin > 1:
            spans.append((begin, stop))
        start = end
    return spans


def sentence_around(text: str, start: int, end: int, body_start: int = 0) -> tuple[int, int]:
    """The sentence holding a span (the span itself when it crosses sentences), never
    reaching back into a leading metadata marker that ends at ``body_start``."""
    for begin, stop in sentences(text, body_start):
        if begin <= start and end <= stop:
            return begin, stop
    return start, end


def title_lines(text: str) -> list[tuple[int, int]]:
    """Lines of three words or more that end with no full stop: a title, a crosshead or a
    caption ("Talks in Gyumri go on", "Vale: Norland moves more troops") names its story's
    news in a few words rather than tells it in a sentence of the report."""
    lines = []
    offset = 0
    for line in text.split("\n"):
        words = re.findall(r"[A-Za-z][\w'’-]*", line)
        if len(words) >= 3 and not re.search(r"[.!?]\W*$", line.strip()):
            lines.append((offset, offset + len(line)))
        offset += len(line) + 1
    return lines


def headline_lines(text: str) -> list[tuple[int, int]]:
    """Title lines written in headline capitals, where NER tends to take any capital for a name."""
    lines = []
    for start, end in title_lines(text):
        words = re.findall(r"[A-Za-z][\w'’-]*", text[start:end])
        if sum(1 for w in words if w[0].isupper()) / len(words) >= 0.7:
            lines.append((start, end))
    return lines
