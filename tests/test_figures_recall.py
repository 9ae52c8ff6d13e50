"""Figures the counted-thing rules used to miss: a force's own arms, counts of sanctions, people
in a plight, people a force has, casualty verbs in every inflection."""

from __future__ import annotations

import pytest

from .test_figures import figures, only


def _read(nlp, text: str) -> list[tuple[str, str | None, float]]:
    return [(f.category, f.who, f.value) for f in figures(nlp, text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Georgian air force has 120 combat aircraft, analysts say.", [("other", "combat aircraft", 120)]),
        ("Armenia is ordering six new warships and 40 fighter jets.", [("other", "new warships", 6), ("other", "fighter jets", 40)]),
        ("Georgia plans to buy 250 tanks for its own army.", [("other", "tanks", 250)]),
        ("Tomas Berg said Georgia had lost 300 tanks since March.", [("other", "tanks", 300)]),
    ],
)
def test_a_force_s_own_arms_are_counted_as_other(nlp, text, expected):
    assert _read(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Georgia has 300 tanks. Armenia fired 20 cruise missiles at Gyumri on Sunday.", [("other", "tanks", 300)]),
        ("Georgia has 300 tanks. Some 40 missiles have been launched at Vanadzor since March.", [("other", "tanks", 300)]),
        ("Georgia has 300 tanks. Armenia will send Georgia 40 tanks as military aid.", [("other", "tanks", 300), ("aid_items", "tanks", 40)]),
        ("Georgia has 300 tanks. Each of its batteries can carry four missiles.", [("other", "tanks", 300)]),
        ("Georgia has 300 tanks. The deal would mean Armenia had 70 more planes.", [("other", "tanks", 300)]),
    ],
)
def test_arms_spent_supposed_or_given_are_no_force_s_arms(nlp, text, expected):
    assert _read(nlp, text) == expected


def test_a_count_of_sanctions_is_other(nlp):
    figure = only(nlp, "Georgia is applying 25 new sanctions against Armenia, Jon Vale said.")
    assert (figure.category, figure.who, figure.value) == ("other", "new sanctions", 25)


@pytest.mark.parametrize(
    "text, value",
    [
        ("About 300,000 residents of Gyumri were in mortal danger, Ana Lind said.", 300_000),
        ("Jon Vale said 20 million people were threatened by food shortages.", 20_000_000),
        ("Piet Moro said 9 million people were facing acute hunger.", 9_000_000),
        ("Some 500,000 people in Batumi are at risk of famine.", 500_000),
    ],
)
def test_people_in_a_plight_are_counted_as_other(nlp, text, value):
    figure = only(nlp, text)
    assert (figure.category, figure.value) == ("other", value)


@pytest.mark.parametrize(
    "text, value",
    [
        ("Overall, the Armenian army has an estimated 90,000 active-duty personnel.", 90_000),
        ("The Georgian military is much smaller now, with about 40,000 personnel.", 40_000),
    ],
)
def test_people_a_force_has_are_troops(nlp, text, value):
    figure = only(nlp, text)
    assert (figure.category, figure.value) == ("troops", value)


@pytest.mark.parametrize(
    "text, category",
    [
        ("Shells struck Gyumri, hurting 12 people.", "wounded"),
        ("Armenian forces are capturing 40 Georgian soldiers a day, Jon Vale said.", "detained"),
    ],
)
def test_casualty_verbs_in_every_inflection(nlp, text, category):
    assert only(nlp, text).category == category
