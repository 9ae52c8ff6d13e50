"""Page furniture run into an article's text: the titles of linked stories and videos.

News pages scraped to plain text keep the teasers a page sets between paragraphs: a linked
story's title glued to its "Read more" button ("How X and Y trod separate paths to NatoRead
more"), an embedded video's running time, title and label ("01:45 Evacuation possible,
says X – video") or its label opening a line ("See the video ..."), and a block of links
under a header such as "Other Topics of Interest" or "Read also" (the header, the linked
titles and their blurbs, to the end of its line), and a picture's caption closed by its credit
("... Photograph: X/Reuters"). They are other
stories' headlines or what a photo shows, not this article's report: what they tell is
neither dated nor sourced here, so components read past them."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from sitrep.nlp.doctext import text_of
from sitrep.spans import READ_MORE, captions

KEY = "sitrep_furniture"
VIDEO = re.compile(r"(?<![\w:])\d{1,2}:\d{2}(?=\s?['‘“\"A-Z])[^\n]{1,240}?\s–\s(?:video|audio)(?:\s+explainer)?\b")
LINKS = re.compile(r"^(?:Other Topics of Interest|(?:Read also|Also read|See also|Related(?: stories| articles)?|More on this story):)[^\n]*", re.MULTILINE)  # a header opening its line
# An embedded video's label opening its line ("See the video Gyumri's mayor on the floods?Moro: we
# are ready"): the video's title and the headline glued to it run to the end of that line.
VIDEO_LINE = re.compile(r"^(?:See|Watch) the video\b(?!:)[^\n]{0,300}(?=\n|$)", re.MULTILINE | re.IGNORECASE)  # "Watch the video: ..." leads prose in
SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+|\n")
TEASER = 300  # the longest linked title read back from its button
EMBED_LABELS = frozenset({"map", "graphic", "chart", "infographic", "illustration", "video", "photograph", "photo"})  # an embedded item's label, left in the text where the item stood ("... Map Lind hailed the deal")


def furniture(text: str) -> list[tuple[int, int]]:
    """Character spans of linked-story and video teasers and of picture captions in ``text``."""
    spans = [(m.start(), m.end()) for pattern in (VIDEO, VIDEO_LINE, LINKS) for m in pattern.finditer(text)] + captions(text)
    for button in READ_MORE.finditer(text):
        window = text[max(0, button.start() - TEASER) : max(0, button.start() - 1)]  # not the title's own "?"
        ends = list(SENTENCE_END.finditer(window))
        start = button.start() - len(window) - 1 + ends[-1].end() if ends else max(0, button.start() - TEASER)
        spans.append((max(start, 0), button.end()))
    return sorted(spans)


def doc_furniture(doc: Doc) -> list[tuple[int, int]]:
    """``furniture`` of the doc's text, found once per doc."""
    spans = doc.user_data.get(KEY)
    if spans is None:
        spans = doc.user_data[KEY] = furniture(text_of(doc))
    return spans


def furniture_around(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """The teaser or caption a span lies in, if any."""
    return next(((a, b) for a, b in doc_furniture(doc) if a <= start and end <= b), None)


def in_furniture(doc: Doc, start: int, end: int) -> bool:
    """Whether the span lies in a teaser or a caption."""
    return furniture_around(doc, start, end) is not None


def past_run_in(tokens: list[Token]) -> list[Token]:
    """A noun phrase's tokens (in order) from where a new sentence begins inside it: a caption
    run into the text without a full stop ("Map of Russian offensive The UN agencies said")
    leaves a capitalised article mid-phrase; the phrase meant starts there."""
    glued = [t for t in tokens[1:] if t.text in ("The", "A", "An") and t.nbor(-1).pos_ not in ("ADP", "DET", "CCONJ")]  # not "editor of The Economist"
    return tokens[tokens.index(glued[-1]):] if glued else tokens
