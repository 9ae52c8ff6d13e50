"""Entities across articles: one global id per person, body or country, whatever the spelling.

Articles already merge their own mentions (nlp/entities.py); here each article entity is
matched to the global table: countries by ISO code, organisations by folded name or
acronym, persons by a transliteration-tolerant surname plus a compatible first name
("Kovalenkiy"/"Kovalenky", "Mykhailo"/"Mikhail"), with shared titles breaking ties.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from functools import lru_cache

import jellyfish

from sitrep.facts import Entity
from sitrep.nlp.entities import NAME_SUFFIXES, fold, title_fits
from sitrep.nlp.gazetteer import translit_key

SURNAME_SIMILARITY = 0.92
FIRSTNAME_SIMILARITY = 0.85
ROMANISED_MIN_LENGTH = 6  # transliteration keys fold vowels: short names would meet too easily
ROMANISED_SIMILARITY = 0.8


def name_parts(name: str) -> list[str]:
    """Folded words of a person's name without initials or a closing generation: "Mary J. Smith
    Jr." -> mary, smith ("Piet J. Moro III" is "Piet Moro")."""
    words = [w.rstrip(",") for w in fold(name).split()]
    while len(words) > 1 and words[-1].rstrip(".") in NAME_SUFFIXES:
        words = words[:-1]
    kept = [w for w in words if not (len(w) <= 2 and w.endswith("."))]
    return kept or words


def key_of(entity: Entity) -> str:
    """The blocking key: candidates for a match share it (persons: the surname's first letters)."""
    if entity.type == "country" and entity.country:
        return entity.country
    name = fold(entity.name).removeprefix("the ")
    if entity.type == "person":
        return translit_key(name_parts(name)[-1])[:2] if name.split() else name  # "Sinegubov" and "Synehubov" meet
    return name


class EntityResolver:
    """Maps article entities to rows of ``global_entities``, creating rows for new referents."""

    def __init__(self, db: sqlite3.Connection):
        self.db = db
        self.by_key: dict[tuple[str, str], list[dict]] = defaultdict(list)
        self.by_first: dict[str, list[dict]] = defaultdict(list)  # persons by the first word of a full name ("xi" of "Xi Jinping")
        self.organisations: list[dict] = []
        self.rows: dict[int, dict] = {}
        for row in db.execute("SELECT id, type, name, key, country, titles, names FROM global_entities"):
            self._index(dict(row) | {"titles": json.loads(row["titles"]), "names": json.loads(row["names"])})

    def _index(self, row: dict) -> None:
        block = key_of(Entity(id="", name=row["name"], type=row["type"], country=row["country"]))  # as this version blocks, whatever a store kept
        self.by_key[(row["type"], block)].append(row)
        self.rows[row["id"]] = row
        if row["type"] == "person":
            for name in {row["name"], *row["names"]}:
                self._index_first(row, name)
        if row["type"] == "organisation":
            self.organisations.append(row)

    def _index_first(self, row: dict, name: str) -> None:
        parts = name_parts(name)
        if len(parts) > 1 and all(other is not row for other in self.by_first[parts[0]]):
            self.by_first[parts[0]].append(row)

    def resolve(self, article_id: int, entities: list[Entity]) -> dict[str, int]:
        """Global id for each local entity id; writes links (caller holds the transaction)."""
        mapping = {}
        for entity in entities:
            row = self._match(entity) or self._create(entity)
            self._absorb(row, entity)
            mapping[entity.id] = row["id"]
            self.db.execute(
                "INSERT OR REPLACE INTO entity_links (article_id, local_id, global_id) VALUES (?,?,?)",
                (article_id, entity.id, row["id"]),
            )
        return mapping

    def country(self, global_id: int) -> str | None:
        """The country a global entity belongs to, as any article fused so far tells it."""
        row = self.rows.get(global_id)
        return row["country"] if row is not None else None

    def person_country(self, name: str) -> str | None:
        """The country of the person a name best matches as fused so far, a surname alone
        joining the best-known holder ("the Lind administration" is Ana Lind's country's)."""
        row = self._match(Entity(id="", name=name, type="person"))
        return row["country"] if row is not None else None

    def _match(self, entity: Entity) -> dict | None:
        candidates = self.by_key.get((entity.type, key_of(entity)), [])
        if entity.type == "person":
            parts = name_parts(entity.name)
            if len(parts) == 1:  # "Xi": also the persons whose full name starts with it
                candidates = candidates + [r for r in self.by_first.get(parts[0], []) if all(r is not c for c in candidates)]
            scored = [(self._person_score(entity, row), row) for row in candidates]
            scored = [(s, r) for s, r in scored if s > 0]
            return max(scored, key=lambda item: item[0])[1] if scored else None
        if entity.type == "organisation" and (person := self._person_named(entity.name)) is not None:
            return person
        if candidates:
            return candidates[0]
        if entity.type == "organisation":
            return next((r for r in self.organisations if _acronym_pair(entity.name, r["name"])), None)
        return None

    def _person_named(self, name: str) -> dict | None:
        """The one person another report names with exactly this full name: a first name and
        surname the model took for a body here ("the meeting of X with Y") is that person."""
        parts = name_parts(name)
        if len(parts) < 2:
            return None
        people = [r for r in self.by_first.get(parts[0], []) if any(name_parts(n) == parts for n in {r["name"], *r["names"]})]
        return people[0] if len(people) == 1 else None

    def _body_named(self, name: str) -> dict | None:
        """An organisation an earlier report named with exactly this full name (a first name and
        a surname): the model took the person for a body there ("..., Ana Lind said on
        television" in a live blog), and the later report that titles them tells who it is."""
        if len(name_parts(name)) < 2:
            return None
        return next((r for r in self.organisations if fold(r["name"]) == fold(name)), None)

    def _as_person(self, row: dict, entity: Entity) -> dict:
        """The organisation row, its links kept, made the person's (the mirror of ``_person_named``)."""
        block = key_of(Entity(id="", name=row["name"], type=row["type"], country=row["country"]))
        self.by_key[(row["type"], block)] = [r for r in self.by_key[(row["type"], block)] if r is not row]
        self.organisations = [r for r in self.organisations if r is not row]
        row["type"], row["key"] = "person", key_of(entity)
        self.db.execute("UPDATE global_entities SET type = ?, key = ? WHERE id = ?", (row["type"], row["key"], row["id"]))
        self._index(row)
        return row

    @staticmethod
    def _person_score(entity: Entity, row: dict) -> float:
        """0 when the names cannot be one person; more for full names and shared titles.

        A first name must agree with the full names already known ("Maria X" is not
        "Sergey X" even though a bare "X" was seen); a bare surname joins the best-known one."""
        parts = name_parts(entity.name)
        if not parts:
            return 0.0
        known = [name_parts(name) for name in row["names"]]
        family_first = len(parts) == 1 and any(len(other) > 1 and other[0] == parts[0] for other in known)  # "Xi" of "Xi Jinping"
        surname = any(other and _similar(parts[-1], other[-1], SURNAME_SIMILARITY) for other in known)
        if not (surname or (family_first and _offices_agree(entity.titles, row["titles"]))):
            return 0.0  # "King Tomas" is not "President Tomas Berg": a first word only joins a holder of the same office
        full = [other for other in known if len(other) > 1]
        if len(parts) > 1 and full and not any(_given_names_agree(parts, other) for other in full):
            return 0.0
        return 1.0 + len(full) + 0.5 * len(set(entity.titles) & set(row["titles"]))

    def _create(self, entity: Entity) -> dict:
        if entity.type == "person" and entity.titles and (body := self._body_named(entity.name)) is not None:
            return self._as_person(body, entity)
        cursor = self.db.execute(
            "INSERT INTO global_entities (type, name, key, country, titles, names) VALUES (?,?,?,?,?,?)",
            (entity.type, entity.name, key_of(entity), entity.country, "[]", "[]"),
        )
        row = {"id": cursor.lastrowid, "type": entity.type, "name": entity.name, "key": key_of(entity),
               "country": entity.country, "titles": [], "names": []}
        self._index(row)
        return row

    def _absorb(self, row: dict, entity: Entity) -> None:
        """Remember the article's name and titles; the fullest name becomes the global one."""
        changed = False
        if entity.name not in row["names"]:
            row["names"].append(entity.name)
            changed = True
            if entity.type == "person":
                self._index_first(row, entity.name)
        for title in entity.titles:
            if title not in row["titles"]:
                row["titles"].append(title)
                changed = True
        fullest = max(row["names"], key=lambda n: (len(n.split()), row["names"].count(n), -row["names"].index(n)))
        if entity.type == "person" and fullest != row["name"]:
            row["name"] = fullest
            changed = True
        if entity.country and not row["country"]:
            row["country"] = entity.country
            changed = True
        if changed:
            self.db.execute(
                "UPDATE global_entities SET name = ?, country = ?, titles = ?, names = ? WHERE id = ?",
                (row["name"], row["country"], json.dumps(row["titles"]), json.dumps(row["names"]), row["id"]),
            )


def _offices_agree(a: list[str], b: list[str]) -> bool:
    """Whether two lists of titles can be one person's: one is empty, or one names the other's
    office (``title_fits``: "President" and "Armenian President"; not "King" and "European
    Council President", nor "Prime Minister" and "Foreign Minister")."""
    return not a or not b or any(title_fits(x.split(), y) or title_fits(y.split(), x) for x in a for y in b)


def _given_names_agree(a: list[str], b: list[str]) -> bool:
    """Whether two full names' given names can be one person's: the same first name, or one's
    first name among the other's given names ("Tayyip Erdogan" of "Recep Tayyip Erdogan")."""
    return any(_similar(x[0], name, FIRSTNAME_SIMILARITY) for x, y in ((a, b), (b, a)) for name in y[:-1])


def _similar(a: str, b: str, threshold: float) -> bool:
    """Close spellings, or one name in two romanisations ("Oleh Synehubov", "Oleg Sinegubov")."""
    a, b = a.rstrip("."), b.rstrip(".")
    closeness = jellyfish.jaro_winkler_similarity(a, b)
    romanised = min(len(a), len(b)) >= ROMANISED_MIN_LENGTH and closeness >= ROMANISED_SIMILARITY and translit_key(a) == translit_key(b)
    return closeness >= threshold or romanised  # not "Tom" and "Tim", whose keys are one


def _acronym_pair(a: str, b: str) -> bool:
    short, long_ = sorted((a, b), key=len)
    if not short.isupper() or len(short) < 2:
        return False
    return _initials(long_) == short.lower().replace(".", "")


@lru_cache(maxsize=65536)
def _initials(name: str) -> str:
    """The initials an acronym of a body's name would be; cached, as a new acronym is tried
    against every known organisation's name."""
    return "".join(w[0] for w in fold(name).split() if w not in {"of", "the", "and", "for"})
