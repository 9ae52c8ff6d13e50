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
