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
