"""Headlines in title case read as sentences, and events told only in them."""

from __future__ import annotations

import re
from collections.abc import Set

from spacy.tokens import Token

from sitrep.facts import Event
from sitrep.nlp.events.words import NAME_TYPES


def _headline_word(token: Token) -> bool:
    """"Other Topics Leader Urges More Aid ...", "SURPRISE CAPITAL VISIT": a trigger in a
    run of capitalised words is part of a headline or link run into the body, which repeats or
    advertises a story rather than reports it; capitalised inside a name, it names a body or a
    work, not an act."""
    if token.is_upper and len(token) > 2:
        return True
    if not token.text[:1].isupper() or token.i == token.sent.start:
        return False
    if token.ent_type_ in NAME_TYPES:
        return True  # "the Visit Norland agency": a word of a name
    window = [t for t in token.doc[max(token.i - 3, 0) : token.i + 4] if t.is_alpha]
    return len(window) >= 5 and sum(t.text[0].isupper() for t in window) >= len(window) - 1


def _told_in_body(event: Event, body: list[Event]) -> bool:
    """Whether a headline's act is of a kind (type and mode) the body tells: a headline sums
    up its story, so such an act is the body's own, however the two name its parties ("UN
    Deplores ..." over "the General Assembly deplored ..."); "Ruritania Shells Vale" over a
    body that tells of no shelling is news of its own (a linked story's title)."""
    return any(b.type == event.type and b.mode == event.mode for b in body)


def _in_lines(token: Token, lines: list[tuple[int, int]]) -> bool:
    """Whether the token starts inside one of the (start, end) character ranges."""
    return any(start <= token.idx < end for start, end in lines)


LIST_MARK = re.compile(r"\s*(?:[-–—•*·]|\d+[.)])\s")  # "- Norland shelled X", "2. Talks in Y"


def standing_titles(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The unstopped lines that stand as a title, crosshead or caption over text below them,
    not a sentence of the report that merely lacks its full stop: the last line with words (a
    report cut off mid-sentence), a list item ("- Norland shelled Gyumri on Monday"), a line
    ending in a colon or a comma (a sentence running on into a quote or a list), or one ending
    in a quotation it does not open after a colon ('she called them "spies"', where
    'Vale: "We hold Gyumri"' is a title) tells its own happening, whatever the body tells."""
    last = max((start for start, end in lines if text[end:].strip() == ""), default=None)
    titles = []
    for start, end in lines:
        line = text[start:end].rstrip()
        if start == last or LIST_MARK.match(line) or line.endswith((":", ",", ";")):
            continue
        if line.endswith(('"', "”", "’")) and not re.search(r":\s*[\"“‘]", line):
            continue
        titles.append((start, end))
    return titles


def untold_in_titles(found: list[tuple[Event, Token]], titles: list[tuple[int, int]]) -> list[tuple[Event, Token]]:
    """The events found, less those of a title, crosshead or caption line in sentence case
    ("Norland shells Gyumri again", "Talks of Moro and Lind") whose kind the body tells: such a
    line names the news the body reports (``_told_in_body``), one happening mentioned twice."""
    body = [event for event, token in found if not _in_lines(token, titles)]
    return [(event, token) for event, token in found if not _in_lines(token, titles) or not _told_in_body(event, [b for b in body if _shares_a_party(event, b)])]


def _shares_a_party(event: Event, other: Event) -> bool:
    """Whether two acts of one kind may be one happening: they share an actor, a target or a
    place, or one names none of these ("Talks go on" over any talks), and where both name
    whom or where the act is aimed at, they share that ("Norland shells Batumi" over a body
    telling only that Armenia, or Norland, shelled Gyumri is news of its own)."""
    mine, theirs = _parties_and_place(event), _parties_and_place(other)
    aims, their_aims = _parties_and_place(event, aimed=True), _parties_and_place(other, aimed=True)
    if aims and their_aims and not aims & their_aims:
        return False
    return not mine or not theirs or bool(mine & theirs)


def _parties_and_place(event: Event, aimed: bool = False) -> set[str]:
    """The event's parties (entity, else name) and place name; with ``aimed``, its targets and
    place only."""
    parties = event.targets if aimed else [*event.actors, *event.targets]
    names = {p.entity or (p.name or "").lower() for p in parties} - {""}
    return names | ({event.place.name.lower()} if event.place is not None else set())


def recase_headlines(text: str, headlines: list[tuple[int, int]]) -> str:
    """The text with its headline lines in sentence case and every other line blanked (same
    length, so offsets still hold): the first word of a line keeps its capital, any other only
    if the body writes it as a name: capitalised inside a sentence, or never in lower case
    ("Ruritania", "NATO" stay, "Shelling" goes)."""
    starts = {start for start, _ in headlines}
    lines = _lines(text)
    body = " ".join(text[start:end] for start, end in lines if start not in starts)
    words = re.findall(r"[A-Za-z][\w'’-]*", body)
    lower = {w for w in words if w[0].islower()}
    names = set(re.findall(r"(?<=[a-z0-9,] )[A-Z][\w'’-]*", body)) | {w for w in words if w[0].isupper() and w.lower() not in lower}
    out = []
    for start, end in lines:
        if start not in starts:
            out.append(re.sub(r"[^\n]", " ", text[start:end]))
            continue
        words = re.split(r"(\W+)", text[start:end])
        first = next((i for i, w in enumerate(words) if w[:1].isalpha()), None)
        out.append("".join(_recased_word(w, i == first, names) for i, w in enumerate(words)))
    return "".join(out)


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line with its newline, so the pieces join back into the text."""
    bounds, start = [], 0
    for line in text.splitlines(keepends=True):
        bounds.append((start, start + len(line)))
        start += len(line)
    return bounds


def _recased_word(word: str, first: bool, names: Set[str]) -> str:
    """One headline word in sentence case: a name the body writes keeps its form; a word
    whose case change would change its length stays as it is."""
    if word in names:
        return word
    low = word.lower()
    cased = low.capitalize() if first or low.capitalize() in names else low
    return cased if len(cased) == len(word) else word
