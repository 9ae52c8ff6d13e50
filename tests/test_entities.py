"""Entity merging on the real pipeline, on sentences written for these tests."""

from __future__ import annotations

import pytest


def entities(nlp, text: str, anchor: str = "2022-03-16") -> dict[str, object]:
    doc = nlp.make_doc(text)
    doc._.anchor = anchor
    for _, component in nlp.pipeline:
        doc = component(doc)
    return {e.name: e for e in doc._.entities}


def mentions(text: str, entity) -> list[str]:
    return [text[s:e] for s, e in entity.mentions]


def test_variant_spellings_and_surname_merge_under_the_prose_form(nlp) -> None:
    text = (
        "Minister Visits Border\n\n"
        "Foreign Minister Dmytro Kuleba (file photo)\n\n"
        "Ukrainian Foreign Minister Dmitro Kuleba met his counterparts on Monday to discuss the supply of weapons to the army. "
        "Kuleba said the talks had gone well, and he thanked the allies for their support during the week."
    )
    found = entities(nlp, text)
    people = [e for e in found.values() if e.type == "person"]
    assert len(people) == 1
    [kuleba] = people
    assert kuleba.name == "Dmitro Kuleba"  # the body's spelling, not the caption's
    assert {"Dmytro Kuleba", "Dmitro Kuleba", "Kuleba", "he"} <= set(mentions(text, kuleba))
    assert "Ukrainian Foreign Minister" in kuleba.titles


def test_title_in_apposition(nlp) -> None:
    text = "Sergei Lavrov, the Russian foreign minister, said on Tuesday that the talks would continue next week."
    lavrov = entities(nlp, text)["Sergei Lavrov"]
    assert lavrov.titles == ["Russian foreign minister"]


def test_city_tagged_as_person_is_a_place_not_a_person(nlp) -> None:
    text = "Officials in Kharkiv said that shelling continued overnight, while the mayor of Kharkiv asked for help."
    found = entities(nlp, text)
    assert not [e for e in found.values() if e.type == "person" and "Kharkiv" in e.name]


def test_acronym_and_full_name_are_one_organisation(nlp) -> None:
    text = (
        "The North Atlantic Treaty Organization met in Brussels on Thursday to agree new deployments. "
        "NATO leaders said the alliance would defend every member."
    )
    found = entities(nlp, text)
    orgs = [e for e in found.values() if e.type == "organisation"]
    assert len(orgs) == 1
    assert orgs[0].name == "North Atlantic Treaty Organization" and len(orgs[0].mentions) == 2


def test_countries_come_with_their_codes(nlp) -> None:
    text = "The U.S. and Britain said they would send more aid to Ukraine after talks in America."
    found = entities(nlp, text)
    assert found["United States"].country == "US" and len(found["United States"].mentions) == 2
    assert found["United Kingdom"].country == "GB"
    assert found["Ukraine"].type == "country"


@pytest.mark.parametrize("headline", ["Macron Warns Of Long War As Talks Stall\n\n", "MACRON WARNS OF LONG WAR\n\n"])
def test_headline_capitals_do_not_make_names(nlp, headline: str) -> None:
    text = headline + "French President Emmanuel Macron said on Friday that the war would be long, and he urged unity."
    found = entities(nlp, text)
    people = [e for e in found.values() if e.type == "person"]
    assert [p.name for p in people] == ["Emmanuel Macron"]
    assert not [e for e in found.values() if e.type == "organisation" and "Talks" in e.name]


@pytest.mark.parametrize("opening", ["As", "Joining", "One of"])
def test_a_capitalised_word_before_a_title_is_not_part_of_it(nlp, opening: str) -> None:
    text = f"{opening} President Maria Reyes arrived in the capital, the crowd cheered on Monday."
    reyes = entities(nlp, text)["Maria Reyes"]
    assert reyes.titles == ["President"]


def test_pronouns_follow_gender_from_titles_and_honorifics(nlp) -> None:
    text = (
        "Health spokeswoman Maria Lindqvist met Mr Tomas Berg in the capital on Monday. "
        "She said the clinics would stay open, and he said the budget was too small."
    )
    found = entities(nlp, text)
    assert "She" in mentions(text, found["Maria Lindqvist"]) and "he" not in mentions(text, found["Maria Lindqvist"])
    assert "he" in mentions(text, found["Tomas Berg"]) and "She" not in mentions(text, found["Tomas Berg"])


def test_titled_name_tagged_as_organisation_is_a_person(nlp) -> None:
    text = "On Saturday evening, first lady Olena Zelenska spoke to a charity gala in Paris."
    found = entities(nlp, text)
    assert found["Olena Zelenska"].type == "person"
    assert found["Olena Zelenska"].titles == ["first lady"]


def test_subject_pronoun_of_a_reported_clause_is_the_reporter(nlp) -> None:
    """ "X told Y that he ...": "he" is X, though Y is the nearer man."""
    text = "Mr Jonas Lind told Mr Tomas Berg on Monday that he would resign."
    found = entities(nlp, text)
    assert "he" in mentions(text, found["Jonas Lind"])
    assert "he" not in mentions(text, found["Tomas Berg"])
