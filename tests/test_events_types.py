"""Events whose PLOVER type hangs on the words around the trigger: the same verb or noun is one
kind of act or another by what it takes (a ban on a newspaper censors, one on imports cuts
trade; an attack by computer coerces, one by missiles assaults)."""

from __future__ import annotations

import pytest


def kinds(nlp, text: str) -> list[tuple[str, str | None, str]]:
    return [(e.type, e.mode, e.text) for e in nlp(text)._.events]


@pytest.mark.parametrize(
    "text",
    [
        "The Tarnian government persuaded Vale to lift its block on the deal.",
        "Karl Weber tried to convince Norland's leader to end the assault on Vale.",
        "Peter Holm said his administration convinced the president of Vale to abandon his visit to Eastport.",
        "Norland pressured Vale to hand over the pilots.",
    ],
)
def test_persuading_someone_to_act_is_a_request_not_the_act(nlp, text):
    assert [k for k, _, _ in kinds(nlp, text)] == ["REQUEST"], kinds(nlp, text)


def test_pressure_to_act_is_a_request_and_the_act_only_its_content(nlp):
    found = kinds(nlp, "Vale resisted Norland's pressure to support the war.")
    assert "REQUEST" in [k for k, _, _ in found] and "SUPPORT" not in [k for k, _, _ in found], found


@pytest.mark.parametrize(
    "text",
    [
        "Peter Holm persuaded the ministers that Norland would attack.",  # a view won over: the attack is told as feared
        "The Senate is convinced of the possibility of dialogue with Norland.",
        "Karl Weber convinced voters in Eastport.",
    ],
)
def test_a_view_won_over_is_no_request(nlp, text):
    assert "REQUEST" not in [k for k, _, _ in kinds(nlp, text)], kinds(nlp, text)


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("Norland's government banned the activities of the opposition party.", "restrict"),
        ("Norland has banned most local independent media.", "censor"),
        ("Rallies against the war were banned in Eastport on Monday.", "restrict"),
    ],
)
def test_a_ban_on_news_or_political_activity_is_coercion(nlp, text, mode):
    assert [(k, m) for k, m, _ in kinds(nlp, text)] == [("COERCE", mode)], kinds(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Vale banned imports of Norland oil.",
        "Norland banned 29 members of the Vale media from entering the country.",
        "The ruling party banned imports of Norland oil.",
    ],
)
def test_a_ban_on_goods_or_entry_stays_a_sanction(nlp, text):
    assert [k for k, _, _ in kinds(nlp, text)] == ["SANCTION"], kinds(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Tarnia is pushing Europe into a military confrontation with Norland on the territory of Vale.",
        "Norland dragged Vale into a war.",
    ],
)
def test_a_party_pushed_into_a_war_is_no_attack(nlp, text):
    assert "ASSAULT" not in [k for k, _, _ in kinds(nlp, text)], kinds(nlp, text)


@pytest.mark.parametrize(
    "text",
    ["Norland's forces pushed into the Eastport region.", "Norland's troops pushed into the conflict zone near Eastport."],
)
def test_forces_pushing_into_a_place_attack(nlp, text):
    assert "ASSAULT" in [k for k, _, _ in kinds(nlp, text)], kinds(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Institutions in Vale have been hit by a denial-of-service cyber attack, officials said on Monday.",
        "Norland launched a cyber-attack on Vale's banks on Tuesday.",
        "Vale said Norland was behind cyber attacks this week that shut down the websites of two banks.",
    ],
)
def test_an_attack_by_computer_is_coercion_not_assault(nlp, text):
    found = kinds(nlp, text)
    assert ("COERCE", "cyber") in [(k, m) for k, m, _ in found] and "ASSAULT" not in [k for k, _, _ in found], found


def test_an_attack_by_missiles_stays_an_assault(nlp):
    found = kinds(nlp, "Norland launched a missile attack on Vale's banks on Tuesday.")
    assert [k for k, _, _ in found] == ["ASSAULT"], found


@pytest.mark.parametrize(
    "text",
    [
        "Norland ordered its military to hold battlefield nuclear weapons drills.",
        "Karl Weber has ordered Norland's forces to rehearse deploying tactical nuclear weapons.",
        "Karl Weber ordered the army to deploy more troops to the border.",
    ],
)
def test_forces_ordered_to_drill_or_deploy_are_mobilised_by_who_orders(nlp, text):
    found = nlp(text)._.events
    assert [e.type for e in found] == ["MOBILIZE"] and found[0].text == "ordered", kinds(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Karl Weber ordered his generals to carry on their advance towards Eastport.",
        "Karl Weber ordered the troops to withdraw from Eastport.",
        "Ana Lind ordered Norland to deploy observers to the border.",
    ],
)
def test_an_order_to_advance_withdraw_or_to_another_party_stays_a_request(nlp, text):
    assert [k for k, _, _ in kinds(nlp, text)] == ["REQUEST"], kinds(nlp, text)


def test_weapons_drills_are_a_mobilisation(nlp):
    assert [k for k, _, _ in kinds(nlp, "Norland's army held weapons drills near the border on Tuesday.")] == ["MOBILIZE"]


@pytest.mark.parametrize(
    "text",
    [
        "Tarnia and its partners will continue to support Vale, Karl Weber said.",
        "Peter Holm promised to support Tarnia and Vale against potential Norland threats in any way necessary.",
        "The alliance would support its neighbours in the region to build resilience, it said.",
    ],
)
def test_support_for_a_party_pledged_ahead_is_aid(nlp, text):
    assert ("AID", "planned") in [(e.type, e.status) for e in nlp(text)._.events], kinds(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Peter Holm said Tarnia will support whatever course of action Vale decides to take.",
        "Karl Weber told Peter Holm that Tarnia would support Norland's sovereignty and security.",
        "Tarnia will staunchly support Vale, Karl Weber said.",
        "Tarnia supports Vale.",
        "Peter Holm said Tarnia would support the plan.",
    ],
)
def test_support_for_a_view_a_bid_or_as_a_stance_stays_support(nlp, text):
    assert [k for k, _, _ in kinds(nlp, text)] == ["SUPPORT"], kinds(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Tarnia is sending 225 troops to Vale to recommence the training of Norland recruits.",
        "Many countries have mobilized teams that support rescue operations in Vale.",
        "Tarnia deployed 300 soldiers to Vale to help with flood relief.",
    ],
)
def test_forces_sent_to_train_or_rescue_are_aid(nlp, text):
    assert [k for k, _, _ in kinds(nlp, text)] == ["AID"], kinds(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Tarnia deployed 3,000 troops to the border to deter Norland.",
        "Norland deployed 3,000 troops who had finished their training to the border on Monday.",
    ],
)
def test_forces_sent_to_deter_or_already_trained_are_mobilised(nlp, text):
    assert [k for k, _, _ in kinds(nlp, text)] == ["MOBILIZE"], kinds(nlp, text)
