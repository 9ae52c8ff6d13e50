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
        "The Tarnian cabinet persuaded Vale to drop its objection to the treaty.",
        "Karl Weber tried to convince the Norland premier to halt the shelling of Vale.",
        "Peter Holm said his office convinced the Vale foreign minister to cancel her trip to Eastport.",
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
        "The Vale parliament is convinced of the chance of a settlement with Norland.",
        "Karl Weber convinced voters in Eastport.",
    ],
)
def test_a_view_won_over_is_no_request(nlp, text):
    assert "REQUEST" not in [k for k, _, _ in kinds(nlp, text)], kinds(nlp, text)


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("Norland's government banned the activities of the opposition party.", "restrict"),
        ("Norland banned several independent broadcasters last year.", "censor"),
        ("Rallies against the war were banned in Eastport on Monday.", "restrict"),
    ],
)
def test_a_ban_on_news_or_political_activity_is_coercion(nlp, text, mode):
    assert [(k, m) for k, m, _ in kinds(nlp, text)] == [("COERCE", mode)], kinds(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Vale banned imports of Norland oil.",
        "Tarnia banned a dozen Vale reporters from entering its territory.",
        "The ruling party banned imports of Norland oil.",
    ],
)
def test_a_ban_on_goods_or_entry_stays_a_sanction(nlp, text):
    assert [k for k, _, _ in kinds(nlp, text)] == ["SANCTION"], kinds(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The West pushed Vale into a confrontation with Norland over Eastport.",
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
        "Banks in Vale have been hit by a cyber attack, officials said on Monday.",
        "Norland launched a cyber-attack on Vale's banks on Tuesday.",
        "Vale said Norland was behind cyber attacks that disrupted its tax office.",
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
        "Norland ordered its navy to hold missile drills in the northern sea.",
        "Karl Weber has ordered Norland's troops to rehearse deploying missiles near the border.",
        "Karl Weber ordered the army to deploy more troops to the border.",
    ],
)
def test_forces_ordered_to_drill_or_deploy_are_mobilised_by_who_orders(nlp, text):
    found = nlp(text)._.events
    assert [e.type for e in found] == ["MOBILIZE"] and found[0].text == "ordered", kinds(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Karl Weber ordered his commanders to press on with their advance on Eastport.",
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
        "Peter Holm promised to support Tarnia against any Norland threat in every way possible.",
        "The bloc would support its neighbours to strengthen their defences, it said.",
    ],
)
def test_support_for_a_party_pledged_ahead_is_aid(nlp, text):
    assert ("AID", "planned") in [(e.type, e.status) for e in nlp(text)._.events], kinds(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Peter Holm said Tarnia will support whichever path Vale chooses.",
        "Karl Weber told Peter Holm that Tarnia would support Norland's right to neutrality.",
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
        "Tarnia is sending 150 soldiers to Vale to resume the training of its new recruits.",
        "Several governments have mobilised units that assist rescue operations after the earthquake in Vale.",
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


def test_talking_oneself_into_an_act_is_no_request(nlp):
    assert "REQUEST" not in [k for k, _, _ in kinds(nlp, "The minister convinced himself to resign.")]


@pytest.mark.parametrize(
    "text",
    [
        "Norland banned fishing activities in the bay.",
        "Vale banned military activities near the border.",
    ],
)
def test_a_ban_on_activities_of_no_party_is_no_repression(nlp, text):
    assert [k for k, _, _ in kinds(nlp, text)] == ["SANCTION"], kinds(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Tarnia will support Vale in its application to join the union.",
        "Tarnia said it would support Peter Holm in the election.",
    ],
)
def test_support_pledged_in_a_bid_or_for_a_person_stays_support(nlp, text):
    """The backing word is a SUPPORT, no AID (the bid itself may be an event of its own)."""
    assert [k for k, _, word in kinds(nlp, text) if word == "support"] == ["SUPPORT"], kinds(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Norland sent troops to rescue the besieged garrison.",
        "Norland deployed special forces to rescue its pilots behind Vale lines.",
        "Norland deployed troops to train for the offensive.",
        "Norland deployed troops to block relief convoys to Eastport.",
    ],
)
def test_forces_sent_to_fight_or_hinder_relief_are_mobilised(nlp, text):
    assert "AID" not in [k for k, _, _ in kinds(nlp, text)] and "MOBILIZE" in [k for k, _, _ in kinds(nlp, text)], kinds(nlp, text)


def test_forces_sent_to_train_another_are_aid(nlp):
    assert [k for k, _, _ in kinds(nlp, "Norland is sending 200 troops to Vale to train its recruits.")] == ["AID"]
