"""Country names, demonyms and national institutions (nlp/countries.py)."""

from __future__ import annotations

import pytest

from sitrep.nlp.countries import code_of, country_of_demonym, government_of


@pytest.mark.parametrize(
    "demonym, country",
    [
        ("Polish", "Poland"), ("Poles", "Poland"), ("Dutch", "The Netherlands"), ("Swiss", "Switzerland"),
        ("American", "United States"), ("British", "United Kingdom"),  # irregular: the table
        ("Latvian", "Latvia"), ("Armenian", "Armenia"), ("Kazakh", "Kazakhstan"),  # regular: the stem rule
        ("European", None), ("Western", None), ("Soviet", None),  # no country
    ],
)
def test_a_demonym_names_its_country(demonym: str, country: str | None) -> None:
    assert country_of_demonym(demonym) == country


def test_institutions_and_country_names_give_codes() -> None:
    assert government_of("the Pentagon") == "US"
    assert government_of("Kremlin's") == "RU"
    assert government_of("the Treasury") is None  # several countries have one
    assert code_of("Armenia") == "AM"
    assert code_of("Norland") is None
