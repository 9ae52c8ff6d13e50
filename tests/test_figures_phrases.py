"""Figures: counted phrases with a model designation or joined modifiers, vague sums of money."""

from __future__ import annotations

import pytest

from sitrep.nlp.figures import find_amounts

from .test_figures import figures


def test_a_model_the_tagger_reads_as_a_number_belongs_to_the_counted_phrase(nlp):
    (figure,) = figures(nlp, "Valia will get 16 F-35 jets from Norland under the aid deal.")
    assert (figure.category, figure.value, figure.who) == ("aid_items", 16, "F-35 jets")


def test_modifiers_joined_by_and_belong_to_the_plural_they_modify(nlp):
    (figure,) = figures(nlp, "Norland is shipping 2,000 attack and surveillance drones to Valia as military aid.")
    assert (figure.category, figure.value, figure.who) == ("aid_items", 2000, "attack and surveillance drones")


def test_a_casualty_after_and_is_no_modifier(nlp):
    found = figures(nlp, "The shelling killed a soldier and wounded five civilians.")
    assert [(f.category, f.value) for f in found] == [("killed", 1), ("wounded", 5)]


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("Valia will receive billions of dollars in weapons aid from Norland over five years.", 1e9, "USD"),
        ("The bloc pledged hundreds of millions of euros in humanitarian aid to Valia.", 1e8, "EUR"),
    ],
)
def test_a_vague_sum_takes_the_currency_after_of(nlp, text, value, currency):
    (figure,) = figures(nlp, text)
    assert (figure.category, figure.value, figure.approx, figure.who) == ("aid_money", value, "at_least", currency)


def test_a_vague_count_of_things_has_no_currency():
    (amount,) = find_amounts("Thousands of dollar bills were found.")
    assert amount.currency is None


def test_every_member_of_a_list_after_deaths_of_is_killed(nlp):
    found = figures(nlp, "The officials confirmed the deaths of 40 soldiers, 58 medics and 176 volunteers.")
    assert [(f.category, f.value) for f in found] == [("killed", 40), ("killed", 58), ("killed", 176)]
