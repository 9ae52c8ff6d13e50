"""Fusion across articles on the real pipeline and store, with articles written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.fuse import fuse
from sitrep.ingest import ingest
from sitrep.store.sqlite import Store


def write(folder: Path, name: str, text: str) -> str:
    path = folder / name
    path.write_text(text)
    return str(path)


@pytest.fixture()
def store(tmp_path: Path):
    with Store(tmp_path / "fuse.db") as opened:
        yield opened


def global_people(store: Store) -> dict[str, int]:
    return {row["name"]: row["links"] for row in store.db.execute(
        "SELECT name, (SELECT COUNT(*) FROM entity_links l WHERE l.global_id = g.id) AS links"
        " FROM global_entities g WHERE type = 'person'")}


def test_one_person_across_spellings_and_not_a_namesake(store: Store, tmp_path: Path) -> None:
    articles = [
        " date 2022-03-10 Ukrainian President Volodymyr Zelenskiy said on Thursday that the talks in Turkey had achieved little.",
        " date 2022-03-11 President Volodymyr Zelensky told reporters in Kyiv that the army would hold the capital.",
        " date 2022-03-12 Zelensky appealed to the parliament of Canada for more weapons on Saturday.",
        " date 2022-03-12 Oksana Zelenska, a teacher from Lviv, told reporters on Saturday that the school had closed.",
    ]
    ingest([write(tmp_path, f"a{i}.txt", text) for i, text in enumerate(articles)], store, progress=False)
    summary = fuse(store)
    assert summary.articles == 4
    people = global_people(store)
    [president] = [name for name in people if name.startswith("Volodymyr")]
    assert people[president] == 3
    assert people.get("Oksana Zelenska") == 1


def test_fusion_is_incremental(store: Store, tmp_path: Path) -> None:
    ingest([write(tmp_path, "b1.txt", " date 2022-03-01 Officials in Warsaw said Foreign Minister Zbigniew Rau would travel to Vienna.")], store, progress=False)
    assert fuse(store).articles == 1
    assert fuse(store).articles == 0  # nothing new: nothing re-read
    ingest([write(tmp_path, "b2.txt", " date 2022-03-02 Rau arrived in Vienna on Wednesday for talks with his counterparts.")], store, progress=False)
    again = fuse(store)
    assert again.articles == 1
    assert global_people(store) == {"Zbigniew Rau": 2}
