"""Figures: the faults readers of the briefing's civilians and refugees section found (who
survived a blow, where hosted refugees are, the day a later report holds for)."""

from __future__ import annotations

import pytest

from sitrep.facts import Figure

ANCHOR = "2023-05-10"


def figures(nlp, text: str) -> list[Figure]:
    doc = nlp.make_doc(text)
    doc._.anchor = ANCHOR
    return nlp(doc)._.figures


def category_of(nlp, text: str) -> str:
    found = figures(nlp, text)
    assert len(found) == 1, found
    return found[0].category


@pytest.mark.parametrize(
    "text, unlike, category",
    [
        ("Firemen dragged 23 residents from the rubble of a block of flats in Vanadzor.",
         "Volunteers rescued 350 civilians from the encircled town of Gyumri.", "evacuated"),
        ("Nineteen residents were rescued from the collapsed building on Tuesday.",
         "Seven people were killed under the rubble in Batumi.", "killed"),
        ("Medics brought 14 people out of the ruins alive.", "Seven people were killed under the rubble in Batumi.", "killed"),
    ],
)
def test_people_saved_from_a_wreck_survived_a_blow_and_were_not_evacuated(nlp, text, unlike, category):
    """Saved from a wreck: other; a rescue out of a town is still an evacuation, a death in a wreck still a death."""
    assert category_of(nlp, text) == "other"
    assert category_of(nlp, unlike) == category


def place_of(nlp, text: str) -> str | None:
    found = figures(nlp, text)
    assert len(found) == 1, found
    return found[0].place.name if found[0].place is not None else None


@pytest.mark.parametrize(
    "text, host",
    [
        ("Armenia has 40,000 refugees, its interior minister said.", "Armenia"),
        ("Georgia kept its ports open and took in 12,000 refugees.", "Georgia"),
        ("Armenia has leaned on donors while taking in thousands of refugees.", "Armenia"),
    ],
)
def test_refugees_a_country_has_or_takes_in_are_hosted_there(nlp, text, host):
    assert place_of(nlp, text) == host


def test_a_country_at_war_has_its_refugees_abroad(nlp):
    """The reviewer's case kept: the war's own country "has" refugees who left it."""
    text = "Since the war in Armenia began, Armenia has had 2 million refugees."
    found = [f for f in figures(nlp, text) if f.category == "refugees"]
    assert [f.place for f in found] == [None]
    assert place_of(nlp, "Armenia has 2 million refugees abroad.") is None
    assert place_of(nlp, "Armenia has 2 million refugees.") == "Armenia"
