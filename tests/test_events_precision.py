"""Events a briefing must not report: words that name the war as the thing judged or labelled,
not a development (a precision study of the read gold parts, where these were false positives)."""

from __future__ import annotations

import pytest

from tests.test_events import of_type


@pytest.mark.parametrize("text", [
    "Last week, Piet Moro condemned Norland's invasion of Armenia in a sharp statement.",
    "Ana Lind drafted a motion condemning Norland's invasion of Georgia.",
    "Jon Vale has long refused to oppose Norland's invasion, his party said.",
])
def test_the_war_a_condemnation_or_refusal_judges_is_its_subject_not_news(nlp, text):
    """"condemned Norland's invasion": the condemnation (or the refusal to oppose) is what
    happened; the war it is about is no development of its own."""
    assert of_type(nlp, text, "ASSAULT") == []


def test_a_condemned_attack_is_still_an_attack(nlp):
    """One act condemned ("the shelling of X") is news in itself, unlike the war as a whole."""
    text = "Last week, Piet Moro condemned Norland's invasion of Armenia and the shelling of Gyumri by Norland."
    assert [e.text for e in of_type(nlp, text, "ASSAULT")] == ["shelling"]
    assert of_type(nlp, text, "ACCUSE")


@pytest.mark.parametrize("text", [
    "Piet Moro has often spoken about Norland's aggression.",
    "Ana Lind voiced concern on Monday about Norland's aggression against Armenia.",
])
def test_aggression_as_a_label_for_the_war_is_no_attack(nlp, text):
    """"spoke about Norland's aggression": "aggression" names the war as the speaker judges it;
    like "war", it reports an act only when something launches, commits or wages it."""
    assert of_type(nlp, text, "ASSAULT") == []
    assert of_type(nlp, "In May, Norland unleashed a brutal aggression on Armenia.", "ASSAULT")


def test_a_condemned_siege_is_still_a_siege(nlp):
    """A siege is of one town, not the war as a whole: condemned, it is still news (the map's
    encirclement), as "the shelling of X" is."""
    text = "Armenia condemned the siege of Gyumri by Norland on Monday."
    assert [e.text for e in of_type(nlp, text, "ASSAULT")] == ["siege"]


def test_an_invasion_someone_is_accused_of_is_told_as_done(nlp):
    """An accusation says the act was done ("accused X of an invasion of Y"): unlike a
    condemnation of the war, it is no judgement of a war everyone knows of."""
    text = "Armenia accused Norland of an invasion of Gyumri on Monday."
    assert of_type(nlp, text, "ASSAULT") and of_type(nlp, text, "ACCUSE")


@pytest.mark.parametrize("text, doer", [
    ("Armenia and Norland are at war. Armenian officials said Norland's army is committing war crimes in Gyumri.", "Norland's army"),
    ("Armenia and Norland are at war. Jon Vale, an Armenian envoy, told reporters that atrocities had been committed by Norland's troops in Vanadzor.", "Norland's troops"),
])
def test_a_crime_a_speaker_names_is_a_charge_not_an_attack(nlp, text, doer):
    """"said X is committing war crimes": a crime's name tells the speaker's charge against X
    (ACCUSE allege), not one attack the briefing could place."""
    assert of_type(nlp, text, "ASSAULT") == []
    [charge] = of_type(nlp, text, "ACCUSE")
    assert charge.mode == "allege" and charge.status == "occurred" and [t.name for t in charge.targets] == [doer]


def test_a_crime_is_charged_once_and_only_by_a_speaker(nlp):
    """"shocked by the atrocities committed by X": the dismay is the speaker's accusation; the
    crime it is about is neither an attack nor a second charge. With no one charging (the
    writer's own report) or with a denial, the act is what is told."""
    shocked = "Armenia and Norland are at war. Piet Moro said he was shocked by the atrocities committed by Norland's army in Gyumri."
    assert of_type(nlp, shocked, "ASSAULT") == [] and len(of_type(nlp, shocked, "ACCUSE")) == 1
    told = "Armenia and Norland are at war. Norland's army committed war crimes in Gyumri."
    denied = "Armenia and Norland are at war. Norland denied that its army committed war crimes in Gyumri."
    assert of_type(nlp, told, "ASSAULT") and of_type(nlp, told, "ACCUSE") == []
    assert [e.status for e in of_type(nlp, denied, "ASSAULT")] == ["denied"]


@pytest.mark.parametrize("text", [
    "The ministers agreed new sanctions on Norland for its invasion of Vale.",
    "The festival in Ostberg was cancelled because of Norland's invasion of Vale.",
    "Piet Moro has long voiced support for Norland's war against Vale.",
])
def test_the_war_as_the_reason_of_a_clause_is_its_backdrop(nlp, text):
    """"sanctions for its invasion", "cancelled because of the invasion": the war named,
    undated, as why something else happened is the setting of the story, not a happening it
    reports."""
    assert of_type(nlp, text, "ASSAULT") == []


def test_a_war_told_as_an_act_or_dated_stays_an_event(nlp):
    """Only the backdrop goes: the invasion told as done, or dated, is still reported."""
    assert of_type(nlp, "Norland invaded Vale on 3 March.", "ASSAULT")
    assert of_type(nlp, "The human costs of Norland's invasion of Vale are rising.", "ASSAULT")


@pytest.mark.parametrize("text", [
    "Norland has sent tanks and rockets to support Vale, its ministry said on Monday.",
    "Two Ostberg frigates are in the gulf to support the Vale navy, a spokesman said.",
])
def test_the_aim_an_act_is_done_for_is_no_act_of_its_own(nlp, text):
    """"sent tanks to support Vale": the infinitive tells what the sending was for; whether the
    aim came about is not told, so only the sending is reported."""
    assert of_type(nlp, text, "SUPPORT") == []
    assert [e.text for e in of_type(nlp, text, "AID")] in ([], ["sent"])


@pytest.mark.parametrize("text", [
    "The mayor of Ostberg conceded that the bridge could not be rebuilt before winter.",
    "On Monday the Norland defence minister conceded that his troops had suffered heavy losses.",
])
def test_conceding_a_fact_is_an_admission_not_a_concession(nlp, text):
    """PLOVER CONCEDE is a concession to another party (easing, a ceasefire, a pardon, regret);
    "conceded that the bridge could not be rebuilt" only grants a fact."""
    assert of_type(nlp, text, "CONCEDE") == []
    assert of_type(nlp, "Norland conceded the disputed island to Vale on Tuesday.", "CONCEDE")


@pytest.mark.parametrize("text", [
    "The drought in Ostland has dried up the wells and threatens to ruin the harvest, the agency said.",
    "Officials in Ostberg said that the flooding had cut the railway and threatens to isolate the valley.",
    "Losing the valley to Norland would threaten the security of the whole region, Ana Lind said.",
])
def test_a_thing_or_an_act_that_threatens_is_a_risk_not_a_threat(nlp, text):
    """PLOVER THREATEN is a party warning of what it will do; a drought that "threatens to
    ruin the harvest" (the subject of the first verb of the coordination) or a loss that would
    threaten the region is a danger described."""
    assert of_type(nlp, text, "THREATEN") == []
    assert of_type(nlp, "Norland threatened to cut gas supplies to Vale on Monday.", "THREATEN")


@pytest.mark.parametrize("text, kind", [
    ("The president of Tarnia took to social media to condemn the attack on Ostberg.", "ACCUSE"),
    ("Vale's foreign minister went on television to accuse Tarnia of war crimes.", "ACCUSE"),
    ("The foreign minister of Vale called a press conference to reject the peace plan.", "REJECT"),
    ("Ministers of the Lakeside bloc met in Ostberg to agree a new package of sanctions on Vale.", "AGREE"),
    ("Vale's envoy walked out of the talks to protest Tarnia's demands.", "PROTEST"),
])
def test_an_aim_done_by_speaking_is_an_act(nlp, text, kind):
    """Only an aim of help or backing is left untold: "went on television to accuse X" accuses
    X, as the speaking that serves the aim is the aim done."""
    assert of_type(nlp, text, kind)


@pytest.mark.parametrize("text", [
    "The talks collapsed and Vale threatened to retaliate.",
    "Prices rose and the government of Vale threatened to impose price controls.",
    "Vale said prices would rise and threatened to retaliate.",
])
def test_a_party_that_threatens_after_another_clause_threatens(nlp, text):
    """A later verb of a coordination borrows the first verb's subject only when it has none
    of its own, and not from a reported clause the parser joined it to."""
    assert [e.status for e in of_type(nlp, text, "THREATEN")] == ["occurred"]


@pytest.mark.parametrize("text, kind", [
    ("If Norland expels the diplomats, Vale will close its embassy, Karl Weber said.", "SANCTION"),
    ("If Norland bans imports of grain from Vale, bread will cost more, Peter Holm said.", "SANCTION"),
    ("Vale will keep its troops in Tarnia even if Norland pulls back from the border.", "RETREAT"),
    ("Peter Holm said Norland would impose sanctions if Vale refused to withdraw its troops.", "REJECT"),
    ("The minister said the army would respond if Vale decided to attack the border.", "ASSAULT"),
])
def test_an_act_set_as_a_condition_is_no_act_of_any_kind(nlp, text, kind):
    """"if Norland expels the diplomats": what an "if" clause supposes (or what its verb's
    infinitive does) is no happening, whatever its kind, not only an attack."""
    assert of_type(nlp, text, kind) == []


@pytest.mark.parametrize("text, kind", [
    ("Norland expelled two diplomats from Vale on Monday, Karl Weber said.", "SANCTION"),
    ("Norland banned imports of grain from Vale on Monday after Vale sent troops, Peter Holm said.", "SANCTION"),
    ("Vale refused to withdraw its troops from Tarnia, Peter Holm said.", "REJECT"),
    ("It remains unclear if Vale will shell the port of Lakeside, Karl Weber said.", "ASSAULT"),
    ("It is not clear if Norland expelled the diplomats on Monday.", "SANCTION"),
    ("It is not known if Norland expelled the diplomats on Monday.", "SANCTION"),
])
def test_an_act_told_outright_or_asked_about_with_if_stays(nlp, text, kind):
    """The same acts told as done stay, and "unclear if", "not clear if" ask whether: no condition."""
    assert of_type(nlp, text, kind)


@pytest.mark.parametrize("text", [
    "Karl Weber said he wanted the fighting in Tarnia to end by spring.",
    "Vale wants Tarnia to be a neutral state, Karl Weber said.",
    "Norland wants the new government of Vale to collapse, Karl Weber said.",
])
def test_an_outcome_wished_for_bids_no_one_act(nlp, text):
    """"want the war to end", "want X to be free": a wish that a state come about asks no one
    to do anything, so it is no demand (REQUEST)."""
    assert of_type(nlp, text, "REQUEST") == []


@pytest.mark.parametrize("text", [
    "Norland wants Vale to recognise Tarnia as part of Norland.",
    "Norland wants Vale to end its blockade of Tarnia.",
    "Peter Holm ordered the army to be ready to leave Tarnia.",
])
def test_an_act_wished_of_a_party_or_an_order_is_still_a_demand(nlp, text):
    """An act wished of someone ("to recognise X", "to end its blockade") or an order to be in a
    state bids them act."""
    assert of_type(nlp, text, "REQUEST")


def test_a_lasting_act_named_as_someones_in_a_condition_is_real(nlp):
    """"if its leaders resist his invasion": the condition is the resisting; the invasion it
    names is there all the same (a presupposition a condition lets through)."""
    text = "Karl Weber said Tarnia will suffer if its leaders refuse to accept his invasion."
    assert of_type(nlp, text, "ASSAULT")


@pytest.mark.parametrize("text", [
    "Peter Holm said the new rifles did not meet the needs of the army of Vale.",
    "The factories of Norland will meet the target of 500 shells a month by June.",
    "The troops of Norland met stiff resistance on the road to Lakeside.",
])
def test_meeting_a_need_or_resistance_meets_no_one(nlp, text):
    """"meet an aspiration", "meet the needs" satisfy them, "meet resistance" runs into it: no meeting."""
    assert of_type(nlp, text, "CONSULT") == [] and of_type(nlp, text, "REQUEST") == []


@pytest.mark.parametrize("text", [
    "Peter Holm will meet Karl Weber in Tarnia on Monday.",
    "Peter Holm met the foreign minister of Vale in Tarnia on Monday.",
    "Peter Holm met the opposition in Tarnia on Monday.",
])
def test_meeting_a_person_is_still_a_meeting(nlp, text):
    assert of_type(nlp, text, "CONSULT")


@pytest.mark.parametrize("text, kind", [
    ("Vale will put on trial anyone who has shelled the homes of civilians in Lakeside.", "ASSAULT"),
    ("Norland said it would punish governments that have expelled its diplomats.", "SANCTION"),
    ("Norland is looking for allies that can send tanks to Tarnia, Peter Holm said.", "AID"),
])
def test_a_clause_that_picks_out_a_kind_of_party_tells_no_happening(nlp, text, kind):
    """"anyone who has shelled homes", "governments that have expelled its diplomats": what a
    class of parties is picked out by is no act of anyone in particular."""
    assert of_type(nlp, text, kind) == []


@pytest.mark.parametrize("text, kind", [
    ("The Vale troops who shelled Lakeside on Monday withdrew on Tuesday.", "ASSAULT"),
    ("Norland expelled two diplomats who had met Karl Weber in Tarnia.", "CONSULT"),
    ("Those who attacked the convoy near Lakeside were arrested by the police of Vale.", "ASSAULT"),
    ("Groups that protested in Lakeside on Monday were dispersed by the police.", "PROTEST"),
])
def test_a_clause_on_particular_doers_still_tells_their_act(nlp, text, kind):
    """Named doers, or a class told by a past or dated act ("those who attacked the convoy"),
    did it: an episode, no kind."""
    assert of_type(nlp, text, kind)
