"""Figures: where a count is (its place) and the day it holds for (its as_of), by clause."""

from __future__ import annotations

from sitrep.facts import Figure

ANCHOR = "2022-03-16"


def figures(nlp, text: str) -> list[Figure]:
    doc = nlp.make_doc(text)
    doc._.anchor = ANCHOR
    return nlp(doc)._.figures


def place_of(nlp, text: str, span: str, nth: int = 0) -> str | None:
    """The place name of the ``nth`` figure whose text is ``span``."""
    found = [f for f in figures(nlp, text) if f.text == span]
    assert len(found) > nth, figures(nlp, text)
    place = found[nth].place
    return place.name if place is not None else None


def test_an_infinitive_of_hosting_is_hosted_by_its_controller(nlp):
    text = "Georgia has prepared itself to receive up to 50,000 refugees fleeing Armenia."
    assert place_of(nlp, text, "up to 50,000") == "Georgia"


def test_an_item_of_a_list_is_where_its_own_phrase_says(nlp):
    text = ("Piet Moro announced the stationing of a brigade of 3,000 combat troops in Armenia, two squadrons "
            "of jets in Georgia and two navy destroyers in Turkey.")
    assert place_of(nlp, text, "3,000") == "Armenia"
    assert place_of(nlp, text, "two", 0) == "Georgia"
    assert place_of(nlp, text, "two", 1) == "Turkey"


def test_sanctions_against_a_country_are_not_in_it(nlp):
    assert place_of(nlp, "Georgia imposed 30 new sanctions against Armenia on Monday.", "30") is None


def test_arms_weighed_against_a_country_s_are_not_in_it(nlp):
    text = "Armenia has big advantages in the air: its air force has 1,172 jets against Georgia’s 124, according to Jon Vale."
    assert place_of(nlp, text, "1,172") is None


def test_a_toll_of_a_strike_against_a_town_is_still_there(nlp):
    assert place_of(nlp, "A missile strike against Gyumri killed seven people on Monday, Ana Lind said.", "seven") == "Gyumri"


def test_captives_of_a_prisoner_swap_hold_no_place(nlp):
    text = ("The war in Armenia goes on. Armenia has held its fifth prisoner swap with Georgia since March, "
            "exchanging six Georgian captives for seven Armenians, Piet Moro said.")
    assert place_of(nlp, text, "six") is None
    assert place_of(nlp, text, "seven") is None


def test_captives_taken_in_a_town_are_there(nlp):
    assert place_of(nlp, "Georgian forces captured 40 Armenian soldiers in Gyumri on Monday.", "40") == "Gyumri"


def test_a_toll_in_a_clause_of_the_invasion_is_the_war_s(nlp):
    text = ("The war in Armenia is in its second year. Having failed to take the capital, Yerevan, in the first "
            "weeks of an invasion that has killed thousands, Georgia has moved its attacks to the north.")
    assert place_of(nlp, text, "thousands") == "Armenia"


def test_a_toll_in_a_clause_of_a_blow_is_where_the_blow_fell(nlp):
    assert place_of(nlp, "A shelling that killed four people hit Gyumri on Monday.", "four") == "Gyumri"


def test_where_the_speaker_spoke_is_not_where_the_counted_are(nlp):
    text = ("Speaking at the start of a food conference in Gyumri, a forum where donors will pledge aid to Armenia, "
            "Ana Lind said 345 million people worldwide were now threatened by hunger.")
    assert place_of(nlp, text, "345 million") is None


def test_where_the_speaker_says_the_dead_are_is_kept(nlp):
    assert place_of(nlp, "Speaking in Yerevan, Ana Lind said 40 people had been killed in Gyumri.", "40") == "Gyumri"


def test_a_month_on_a_gerund_after_from_dates_the_ban(nlp):
    found = [f for f in figures(nlp, "Georgia banned dozens of Armenian officials from entering the country in February, Jon Vale said.") if f.text == "dozens"]
    assert [f.as_of for f in found] == ["2022-02"]


def test_a_place_in_the_clause_of_another_count_is_not_this_count_s(nlp):
    text = ("Georgia has not only massed roughly 100,000 troops on its southern border but sent an additional "
            "30,000 troops to neighbouring Armenia, whose border is a three-hour drive to Yerevan.")
    assert place_of(nlp, text, "roughly 100,000") is None
    assert place_of(nlp, text, "30,000") == "Armenia"


def test_a_joined_verb_without_a_count_of_its_own_shares_the_place(nlp):
    assert place_of(nlp, "Georgia gathered 2,000 soldiers and sent them to Armenia.", "2,000") == "Armenia"


def test_a_count_of_residents_a_city_council_reports_is_in_its_town(nlp):
    text = "On Monday the Batumi city council said about 40,000 residents remained trapped without water."
    assert place_of(nlp, text, "about 40,000") == "Batumi"


def test_a_count_of_residents_a_ministry_reports_is_not_in_its_country(nlp):
    assert place_of(nlp, "Georgia's defence ministry said about 40,000 residents were in grave danger.", "about 40,000") is None
