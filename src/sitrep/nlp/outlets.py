"""News outlets (``data/news_outlets.csv``): agencies, newspapers, broadcasters and picture
agencies in one sourced table, so that the quotes rules (an outlet carries others' words), the
events rules (an outlet's adjectives are narration) and photo credits (a caption ends with its
agency) agree on who is a news outlet. Plain data, no spaCy: ``sitrep.spans`` reads it too."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from importlib import resources


KINDS = frozenset({"agency", "newspaper", "broadcaster", "photo", "name_word"})
REPORTERS = ("agency", "newspaper", "broadcaster")  # outlets that report the news (not picture agencies)


@dataclass(frozen=True)
class Outlet:
    name: str  # as outlets print it ("AFP", "The Times", "state media")
    kind: str  # one of KINDS


def _load() -> tuple[Outlet, ...]:
    """Every row of the table; a kind the header does not list is an error in the table."""
    text = resources.files("sitrep.nlp.data").joinpath("news_outlets.csv").read_text(encoding="utf-8")
    rows = csv.DictReader(line for line in text.splitlines() if line and not line.startswith("#"))
    outlets = tuple(Outlet(row["name"], row["kind"]) for row in rows)
    unknown = {o.kind for o in outlets} - KINDS
    if unknown:
        raise ValueError(f"news_outlets.csv: unknown kind {sorted(unknown)}")
    return outlets


OUTLETS = _load()


def outlet_names(*kinds: str) -> tuple[str, ...]:
    """The names of the outlets of these kinds, as printed, in the table's order."""
    return tuple(o.name for o in OUTLETS if o.kind in kinds)


def outlet_table(*kinds: str) -> dict[str, tuple[bool, ...]]:
    """The outlets of these kinds, by their words in lower case ("people s daily"), with which of
    those words must be printed with a capital: a name printed so ("The Observer", "The Guardian",
    "RIA") names the outlet only in capitals, for "the observer said" is a monitor, "the guardian of
    the boy" a person and "ria" no name; its "The" and the descriptions printed in lower case
    ("state media", "dpa") match in any case."""
    table = {}
    for name in outlet_names(*kinds):
        words = re.findall(r"[\w-]+", name)
        table[" ".join(w.lower() for w in words)] = tuple(w[:1].isupper() and w.lower() != "the" for w in words)
    return table


# The names and descriptions of news outlets that report: not the picture agencies, which only
# credit photos, nor the name words that make the events rules call "the Energy Agency" an outlet.
NEWS_MEDIA = outlet_table(*REPORTERS)


def news_medium(phrase: str, outlets: dict[str, tuple[bool, ...]] = NEWS_MEDIA) -> bool:
    """Whether a phrase ends in the name or description of a news agency or outlet of the table
    ("AFP", "the state news agency", "Tass"), in whole words, so "Reuters" counts but "Reutersville"
    does not, "the agency's editor" (a person the phrase's last words name) does not, nor a common
    noun a paper's name is made of ("the observer"), nor a person whose first name is an outlet's
    ("Ria Lind")."""
    words = re.findall(r"[\w-]+", phrase)
    for i in range(max(0, len(words) - 4), len(words)):
        capitals = outlets.get(" ".join(w.lower() for w in words[i:]))
        if capitals is not None and all(w[:1].isupper() or not needed for w, needed in zip(words[i:], capitals)):
            return True
    return False


# The newsroom's people and posts a place name can stand between an outlet and ("the BBC Caspian
# correspondent", "the AFP Kyiv bureau"): the news occupations of the US Standard Occupational
# Classification (27-3023 news analysts, reporters and journalists; 27-3041 editors; 27-4021
# photographers; 27-4031 camera operators) and the correspondent's bureau. Not "team" or "crew",
# which any body or place has ("the Energy Agency Vale team", "the Herald Square crew").
JOURNALIST_NOUNS = frozenset({
    "correspondent", "correspondents", "reporter", "reporters", "journalist", "journalists", "editor", "editors",
    "photographer", "photographers", "cameraman", "camera", "stringer", "stringers", "bureau",
})
PLACE_WORDS_MAX = 3  # "the BBC Middle East editor", "the AP New York bureau"


def outlets_staff(phrase: str, outlets: dict[str, tuple[bool, ...]] = NEWS_MEDIA) -> bool:
    """Whether a phrase is an outlet's name followed by a common noun or its possessive ("a
    Reuters correspondent", "the BBC's Caspian correspondent"), or by a place and a newsroom noun
    ("the BBC Caspian correspondent"): one of its journalists, who reports for it, not a person
    whose name an outlet's begins ("Ria Lind"), nor a place an outlet's name begins ("the Times
    Square crowd")."""
    words = re.findall(r"[\w-]+", phrase)
    for i in range(1, len(words)):
        if not words[i].islower():
            continue
        if news_medium(" ".join(words[:i]), outlets):
            return True
        capitals = [j for j in range(max(1, i - PLACE_WORDS_MAX), i) if all(w[:1].isupper() for w in words[j:i])]
        if words[i] in JOURNALIST_NOUNS and any(news_medium(" ".join(words[:j]), outlets) for j in capitals):
            return True
    return False
