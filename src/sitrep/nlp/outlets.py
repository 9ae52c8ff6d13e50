"""News outlets (``data/news_outlets.csv``): agencies, newspapers, broadcasters and picture
agencies in one sourced table, so that the quotes rules (an outlet carries others' words), the
events rules (an outlet's adjectives are narration) and photo credits (a caption ends with its
agency) agree on who is a news outlet. Plain data, no spaCy: ``sitrep.spans`` reads it too."""

from __future__ import annotations

import csv
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
