"""The event lexicon: trigger words with their PLOVER type and mode, and the cue-word lists
(``data/events_*.csv``), loaded once."""

from __future__ import annotations

import csv
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from spacy.tokens import Token

from sitrep.nlp.inflection import base_forms


KNOWN_LIMIT = 200_000  # cached cue answers kept before starting afresh


@dataclass(frozen=True)
class Trigger:
    """One lexicon row: a word that reports an event of ``type`` in ``mode``."""

    term: str
    pos: str
    type: str
    mode: str | None
    needs: frozenset[str]


@dataclass
class Lexicon:
    triggers: dict[str, list[Trigger]]
    modes: dict[tuple[str, str], str]
    cues: dict[str, set[str]]
    phrasal: frozenset[str] = frozenset()  # the cue kinds that list a verb with its particle ("sign off")
    _known: dict[tuple[str, str], bool] = field(default_factory=dict, repr=False, compare=False)  # answers given, per (word, kind)

    def cue(self, token: Token, kind: str) -> bool:
        """Whether the token, in any inflection, is a cue word of ``kind``, or with its particle
        a phrasal verb listed so ("signed off" of "sign off,grant")."""
        if self.cue_word(token.lower_, kind):
            return True
        if kind not in self.phrasal:
            return False
        particle = next((c for c in token.children if c.dep_ == "prt"), None)
        return particle is not None and any(f"{form} {particle.lower_}" in self.cues[kind] for form in base_forms(token.lower_))

    def cue_word(self, word: str, kind: str) -> bool:
        key = (word, kind)
        answer = self._known.get(key)
        if answer is None:
            if len(self._known) > KNOWN_LIMIT:
                self._known.clear()  # a long-running watcher meets ever more words
            answer = self._known[key] = any(form in self.cues[kind] for form in base_forms(word))
        return answer


def _rows(name: str) -> list[dict[str, str]]:
    text = resources.files("sitrep.nlp.data").joinpath(name).read_text()
    return list(csv.DictReader(line for line in text.splitlines() if line and not line.startswith("#")))


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Read the three data files once: triggers, mode words, status and attribution cues."""
    triggers: dict[str, list[Trigger]] = defaultdict(list)
    for row in _rows("events_triggers.csv"):
        needs = frozenset(filter(None, row["needs"].split("|")))
        triggers[row["term"]].append(Trigger(row["term"], row["pos"], row["type"], row["mode"] or None, needs))
    modes = {(row["word"], row["type"]): row["mode"] for row in _rows("events_modes.csv")}
    cues: dict[str, set[str]] = defaultdict(set)
    for row in _rows("events_cues.csv"):
        cues[row["kind"]].add(row["cue"])
    phrasal = frozenset(kind for kind, words in cues.items() if any(" " in w for w in words))
    return Lexicon(dict(triggers), modes, cues, phrasal)


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    """The one-word office titles the entities component knows ("minister", "ayatollah")."""
    text = resources.files("sitrep.nlp.data").joinpath("titles.txt").read_text()
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#") and " " not in line.strip())
