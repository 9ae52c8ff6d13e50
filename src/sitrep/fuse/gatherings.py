"""One gathering, one development, whatever order its reports arrive in.

Events join developments greedily, one report at a time (:mod:`sitrep.fuse.events`), and a
report can only join what is already known: "leaders met on Wednesday for an emergency
summit", fused before any report said where the summit was, opens a development of its own,
and when a later report says "in X" it joins another one. The test of one gathering (a
meeting in one town on compatible dates) is therefore made again, after each article, between
the developments that article touched and the others, and developments that turn out to be
one gathering are merged. That makes the result the same in whatever order the reports came.

Two meeting developments (CONSULT, mode meet, of one status family) are one gathering when
they are in the same town (finer than a country: every meeting of a war is "in" some
country), or one of them says nowhere where it was and both date it, on dates that agree, and

* both are in one town, neither names a person met ("leaders gather in X", "the summit
  in X", "met allied leaders in X"), and they name a party in common or no acting person
  who takes no part in the other (X met officials, Y met aid groups: two meetings), or
* both are told as the same named gathering ("summit", "conference": ``GATHERING_NOUNS``)
  and neither names a person met who takes no part in the other, nor, when either names a
  person met, an acting person (a bilateral meeting on a summit's sidelines, naming whom,
  stays its own, and so do two such meetings with one host), or
* they name a party in common and no person, acting or met, who takes no part in the other
  ("X met Y" and "Z met Y" in one town on one day are two meetings with one visitor).

A placeless development joins one in a town only when that is the only one it qualifies for
(two summits that day: the placeless report could tell either, so it joins neither).

Dates agree as in the greedy match (``DATE_WINDOW``; two different single days never do);
an undated report of a past meeting ("when leaders recently gathered in X") is of one held up
to ``RECALL_DAYS`` before it was reported. Happenings on different days, or in different
places, are never merged.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable
from datetime import date, timedelta

from sitrep.facts import fact_from_json
from sitrep.fuse.events import BROAD_PLACES, DATE_WINDOW, DevelopmentIndex, PersonIds, _other_day, makers_and_met, place_agreement, status_family
from sitrep.nlp.entities import fold
from sitrep.spans import sentence_around
from sitrep.timex import compatible, period

GATHERING_NOUNS = re.compile(r"\b(summit|conference|forum|congress)(?:es|s)?\b", re.IGNORECASE)  # gatherings many attend; "meeting" and "talks" are as often two people's
RECALL_DAYS = 7  # an undated report of a past gathering recalls one at most this long before it (BACKGROUND_DAYS in the briefing)
_NAME_WORD = re.compile(r"[a-z0-9]+")


def join_gatherings(index: DevelopmentIndex, touched: Iterable[int]) -> None:
    """Merge each touched meeting development with the one gathering it turns out to be part
    of, again after every merge (the merged development may now meet a third)."""
    evidence = _Evidence(index.db, index.person_id)
    pending, gone = sorted(set(touched)), set()
    while pending:
        development_id = pending.pop(0)
        if development_id in gone:
            continue
        row = _row(index.db, development_id)
        if row is None or not _meeting(row):
            continue
        other = _partner(row, _meetings(index.db, row), evidence)
        if other is None:
            continue
        older, newer = sorted((development_id, other["id"]))
        index.merge(older, newer)
        evidence.forget(older, newer)
        gone.add(older)
        pending.append(newer)


def _row(db: sqlite3.Connection, development_id: int) -> sqlite3.Row | None:
    return db.execute("SELECT * FROM developments WHERE id = ?", (development_id,)).fetchone()


def _meeting(row: sqlite3.Row) -> bool:
    return row["type"] == "CONSULT" and row["mode"] == "meet"


def _place(row: sqlite3.Row) -> dict | None:
    return json.loads(row["place"]) if row["place"] else None


def _town(row: sqlite3.Row) -> bool:
    """Whether a development is placed finer than a country or region."""
    place = _place(row)
    return place is not None and place.get("kind") not in BROAD_PLACES


def _meetings(db: sqlite3.Connection, row: sqlite3.Row) -> list[sqlite3.Row]:
    """The other meeting developments of the row's status family whose dates could agree with
    its own (the cheap test first: a store holds many meetings)."""
    family = status_family(row["status"])
    sql = f"SELECT * FROM developments WHERE type = 'CONSULT' AND mode = 'meet' AND id != ? AND status IN ({','.join('?' * len(family))})"
    return [r for r in db.execute(sql, (row["id"], *family)) if _dates_agree(row, r)]


def _recalled(row: sqlite3.Row) -> tuple[date, date] | None:
    """The days an undated development can be on: the ``RECALL_DAYS`` before its first report
    for a past meeting ("leaders recently gathered in X"), after it for a planned one."""
    first = period((row["first_reported"] or "")[:10])
    if first is None:
        return None
    if row["status"] == "planned":
        return first[0], first[0] + timedelta(days=RECALL_DAYS)
    return first[0] - timedelta(days=RECALL_DAYS), first[0]


def _dates_agree(a: sqlite3.Row, b: sqlite3.Row) -> bool:
    """Compatible within ``DATE_WINDOW`` days, and never two different single days."""
    if _other_day(a["date"], b["date"]):
        return False
    if not a["date"] and not b["date"]:  # two undated reports: as the greedy match, by their first reports
        first = [period((r["first_reported"] or "")[:10]) for r in (a, b)]
        return compatible(first[0], first[1], DATE_WINDOW)
    if a["date"] and b["date"]:
        return compatible(period(a["date"]), period(b["date"]), DATE_WINDOW)
    dated, undated = (a, b) if a["date"] else (b, a)
    return compatible(period(dated["date"]), _recalled(undated), 0)  # the recalled week is slack enough


def _partner(row: sqlite3.Row, others: list[sqlite3.Row], evidence: _Evidence) -> sqlite3.Row | None:
    """The development ``row`` is one gathering with, if any: one in a town, or one placed
    nowhere. A placeless development joins one in a town only when that is the only one in a
    town it qualifies for."""
    found = [r for r in others if _same_gathering(row, r, evidence)]
    if not _town(row):
        placed = [r for r in found if _town(r)]
        return placed[0] if len(placed) == 1 and row["place"] is None else None
    for other in found:
        if _town(other):
            return other
        if other["place"] is None and sum(_town(r) and _same_gathering(other, r, evidence) for r in _meetings(evidence.db, other)) == 1:
            return other
    return None


def _same_gathering(a: sqlite3.Row, b: sqlite3.Row, evidence: _Evidence) -> bool:
    """Whether two meeting developments, dates agreeing, are one gathering (module docstring)."""
    if _town(a) and _town(b):
        if place_agreement(_place(a), _place(b)) != 1.0:
            return False
        if not evidence.meets_someone(a) and not evidence.meets_someone(b) and (evidence.shared(a, b) or not evidence.foreign(a, b, met_only=False)):
            return True  # "leaders gathered in X", "met allied leaders in X": no bilateral meeting, and no one else's
    elif not (a["place"] is None and _town(b) or b["place"] is None and _town(a)):
        return False  # both placed nowhere, or one only in a country: nothing says where they are one
    elif not (a["date"] and b["date"]):
        return False  # a placeless report must say when
    if evidence.nouns(a) & evidence.nouns(b):  # both told as the summit: whoever each says attends
        bilateral = evidence.meets_someone(a) or evidence.meets_someone(b)
        return not evidence.foreign(a, b, met_only=not bilateral)  # two people's meetings on its sidelines: who meets, too
    return evidence.shared(a, b) and not evidence.foreign(a, b, met_only=False)  # the same people, no one else


class _Evidence:
    """What the reports of a development tell of its gathering, read once per merge pass: the
    gathering nouns of their sentences, and who takes part (acting or met) and who of them
    are people."""

    def __init__(self, db: sqlite3.Connection, person_id: PersonIds):
        self.db = db
        self.person_id = person_id
        self._nouns: dict[int, set[str]] = {}
        self._parties: dict[int, list[tuple[set[str], bool, bool]]] = {}

    def forget(self, *ids: int) -> None:
        for cache in (self._nouns, self._parties):
            for development_id in ids:
                cache.pop(development_id, None)

    def nouns(self, row: sqlite3.Row) -> set[str]:
        """The gathering nouns ("summit", "conference") the development's report sentences use."""
        if row["id"] not in self._nouns:
            found = set()
            for r in self._sources(row["id"]):
                start, end = sentence_around(r["text"], r["start"], r["end"], r["body_start"] or 0)
                found |= {m.lower() for m in GATHERING_NOUNS.findall(r["text"][start:end])}
            self._nouns[row["id"]] = found
        return self._nouns[row["id"]]

    def parties(self, row: sqlite3.Row) -> list[tuple[set[str], bool, bool]]:
        """Who takes part, as (name words, a person?, met?): whom any of its reports names as
        acting or met (not only the first report's actors, which the development shows), the
        actors by every spelling the resolver knows them by."""
        if row["id"] not in self._parties:
            named: list[tuple[str, bool]] = [(t, True) for t in json.loads(row["targets"]) if t]
            for actor in json.loads(row["actors"]):
                if isinstance(actor, int):
                    entity = self.db.execute("SELECT name, names FROM global_entities WHERE id = ?", (actor,)).fetchone()
                    if entity is not None:
                        named += [(n, False) for n in (entity["name"], *json.loads(entity["names"] or "[]"))]
                elif actor:
                    named.append((actor, False))
            for r in self._sources(row["id"]):
                event = makers_and_met(fact_from_json("events", json.loads(r["data"])))
                named += [(p.name, False) for p in event.actors if p.name]
                named += [(p.name, True) for p in event.targets if p.name]
            self._parties[row["id"]] = [(words, self._person(name), met) for name, met in dict.fromkeys(named) if (words := _name_words(name))]
        return self._parties[row["id"]]

    def meets_someone(self, row: sqlite3.Row) -> bool:
        """Whether any report names a person met: a meeting with a counterpart, not a gathering
        of "allied leaders" or "the EU"."""
        return any(person and met for _, person, met in self.parties(row))

    def shared(self, a: sqlite3.Row, b: sqlite3.Row) -> bool:
        """Whether the two name a party in common (one name's words holding the other's:
        "Alliance leaders" and "leaders", "Piet Moro" and "Moro")."""
        return any(_one_name(x, y) for x, _, _ in self.parties(a) for y, _, _ in self.parties(b))

    def foreign(self, a: sqlite3.Row, b: sqlite3.Row, met_only: bool) -> bool:
        """Whether either names a person (met, or with ``met_only`` false also acting) who takes
        no part in the other: a bilateral meeting of its own at a summit ("X met Y on the
        sidelines"), or, where no summit is named, another meeting with the same visitor
        (X met Y, and Z met Y, in one town on one day: two meetings)."""
        for this, other in ((a, b), (b, a)):
            theirs = [words for words, _, _ in self.parties(other)]
            for words, person, met in self.parties(this):
                if person and (met or not met_only) and not any(_one_name(words, name) for name in theirs):
                    return True
        return False

    def _sources(self, development_id: int) -> list[sqlite3.Row]:
        return self.db.execute(
            "SELECT f.start, f.end, f.data, a.text, a.body_start FROM development_sources s JOIN facts f ON f.id = s.fact_id"
            " JOIN articles a ON a.id = s.article_id WHERE s.development_id = ?", (development_id,)).fetchall()

    def _person(self, name: str) -> bool:
        """Whether the resolver knows a name as a person's (not a country, a body or "allied leaders")."""
        return self.person_id(name) is not None


def _name_words(name: str) -> set[str]:
    return set(_NAME_WORD.findall(fold(name))) - {"the", "of"}


def _one_name(a: set[str], b: set[str]) -> bool:
    return a <= b or b <= a
