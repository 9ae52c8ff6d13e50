"""Figures: the faults readers of the briefing's civilians and refugees section found (who
survived a blow, where hosted refugees are, the day a later report holds for)."""

from __future__ import annotations

import pytest

from sitrep.facts import Figure

from .test_figures import figures as figures_at

ANCHOR = "2023-05-10"


def figures(nlp, text: str) -> list[Figure]:
    return figures_at(nlp, text, ANCHOR)


def one(nlp, text: str) -> Figure:
    found = figures(nlp, text)
    assert len(found) == 1, found
    return found[0]


def category_of(nlp, text: str) -> str:
    return one(nlp, text).category


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
    place = one(nlp, text).place
    return place.name if place is not None else None


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


def test_a_count_told_inside_the_after_phrase_keeps_the_named_day(nlp):
    """The toll of the earlier blow, told within "a week after ...", holds on that blow's day;
    the count of the main clause on the day the week comes to."""
    text = "A week after the raid on 3 May, which left 14 people dead in Gyumri, Piet Moro said 9 more had died."
    assert [(f.value, f.as_of) for f in figures(nlp, text)] == [(14, "2023-05-03"), (9, "2023-05-10")]


def test_a_span_of_days_later_goes_on_from_the_last_day_named(nlp):
    text = "The bridge at Gyumri was hit on 4 May. Three days later, Ana Lind said 9 people had died."
    assert [f.as_of for f in figures(nlp, text)] == ["2023-05-07"]


@pytest.mark.parametrize(
    "text",
    [
        "Volunteers rescued 300 people from the ruins of Gyumri.",
        "Teams evacuated 60 residents from the collapsed building.",
        "Crews rescued 80 people from the collapsed town of Vanadzor by bus.",
    ],
)
def test_people_moved_out_of_a_ruined_town_or_evacuated_are_evacuated(nlp, text):
    """A wreck outranks "rescued" only when it is a building's: the ruins of a whole town are
    left, not dug out of, and "evacuated" says itself what befell the counted."""
    assert category_of(nlp, text) == "evacuated"


@pytest.mark.parametrize(
    "text",
    [
        "Fighting has raged across Georgia since March. Georgia now has 3 million refugees, Jon Vale said.",
        "Armenia shelled Georgia for months. Georgia has 3 million refugees.",
    ],
)
def test_a_country_warred_on_without_the_word_war_has_its_refugees_abroad(nlp, text):
    found = [f for f in figures(nlp, text) if f.category == "refugees"]
    assert [f.place for f in found] == [None]


@pytest.mark.parametrize(
    "text, as_of",
    [
        ("Fighting lasted two days after the vote on 20 April, and 40 people died in Vanadzor.", "2023-04-20"),
        ("The truce held for two days after 20 April, Ana Lind said, and 40 people had died in Batumi.", "2023-04-20"),
    ],
)
def test_a_span_that_tells_how_long_something_lasted_dates_no_count(nlp, text, as_of):
    assert [f.as_of for f in figures(nlp, text)] == [as_of]


def test_a_span_after_a_day_no_calendar_has_reads_without_failing(nlp):
    """ "29 February" of a common year is no day: counting on from it must not break the article."""
    found = figures(nlp, "Two days after the strike on 29 February, 40 people had died in Batumi.")
    assert [f.category for f in found] == ["killed"]


def test_a_conjunct_whose_subject_the_parse_lost_is_not_hosted_by_the_first_subject(nlp):
    """ "X closed its border and Y took in ...": the parse reads Y as a second thing closed, but
    the refugees are Y's, not X's."""
    assert place_of(nlp, "Armenia closed its border and Georgia took in 12,000 refugees.") != "Armenia"
