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


@pytest.mark.parametrize(
    "text, as_of",
    [
        ("A day after the shelling of Vanadzor on 2 May, the mayor said 17 people had died.", "2023-05-03"),
        ("Tomas Berg said 17 people had died in Vanadzor, a day after the shelling on 2 May.", "2023-05-03"),
        ("Four days after the raid on Batumi on 1 May, the toll stood at 31 dead.", "2023-05-05"),
        ("Two weeks before the referendum on 30 April, 600 people had fled Gyumri.", "2023-04-16"),
    ],
)
def test_a_span_of_days_after_or_before_a_named_day_dates_the_count(nlp, text, as_of):
    found = figures(nlp, text)
    assert [f.as_of for f in found] == [as_of]
    assert found[0].who is None or "per day" not in found[0].who  # "a day after" is no rate


def test_a_span_of_days_later_goes_on_from_the_last_day_named(nlp):
    text = "The bridge at Gyumri was hit on 4 May. Three days later, Ana Lind said 9 people had died."
    assert [f.as_of for f in figures(nlp, text)] == ["2023-05-07"]
