"""Event status: what the words around a trigger say of whether, and how, the act happened."""

from __future__ import annotations

import pytest


def war(nlp, text: str):
    found = [e for e in nlp(text)._.events if e.type == "ASSAULT"]
    assert len(found) == 1, [(e.type, e.text) for e in found]
    return found[0]


@pytest.mark.parametrize(
    "text",
    [
        "Wheat closed at its lowest price since Norland's invasion of Armenia on 12 March.",
        "Grain prices have doubled since Norland's invasion of Armenia began on 12 March.",
        "Farmers left the valley after Norland's invasion that began in March.",
        "Exports were cut off by Norland's invasion of Armenia in March 2021.",
    ],
)
def test_a_war_dated_in_words_is_the_dated_act(nlp, text):
    """The gold marks the invasion as one dated act: a date right after the war's phrase (on
    it, or on the verb that begins it) makes it occurred, wherever the parser hangs the date."""
    assert war(nlp, text).status == "occurred"


@pytest.mark.parametrize(
    "text",
    [
        "Norland's invasion of Armenia has made bread dearer.",
        "The siege of Gyumri on Monday entered its tenth day.",
    ],
)
def test_an_undated_war_still_goes_on(nlp, text):
    """No date of its own (a weekday is the clause's day): the war is a state that lasts."""
    assert war(nlp, text).status == "ongoing"


def kind(nlp, text: str, type_: str):
    found = [e for e in nlp(text)._.events if e.type == type_]
    assert len(found) == 1, [(e.type, e.text) for e in found]
    return found[0]


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("The Armenian government said it had imposed sanctions on Norland.", "SANCTION"),
        ("The Armenian foreign ministry said it had sent 40 tanks to Georgia.", "AID"),
        ("Georgia imposed new sanctions on Norland, the Georgian foreign ministry said.", "SANCTION"),
    ],
)
def test_an_act_in_the_open_told_by_its_doer_is_announced_not_claimed(nlp, text, type_):
    """Sanctions imposed or aid sent are done in the open: the doer's word that it did them is
    the announcement, occurred; "claimed" is for deeds of war a side tells of itself."""
    assert kind(nlp, text, type_).status == "occurred"


def test_ground_a_side_says_it_took_is_claimed(nlp):
    assert kind(nlp, "Norland's army said it had captured Gyumri.", "ASSAULT").status == "claimed"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Georgia said it was expelling the Norland ambassador.", "occurred"),
        ("Georgia said it is cutting ties with Norland.", "occurred"),
        ("Georgia said it will expel the Norland ambassador.", "planned"),
    ],
)
def test_a_sanction_its_imposer_announces_is_imposed(nlp, text, status):
    """"said it was expelling": the sanction takes effect by being announced, not going on."""
    assert kind(nlp, text, "SANCTION").status == status


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("Norland said it had delivered aid to the city, but Vale denied that any convoy had arrived.", "AID"),
        ("Norland said it had reached a ceasefire deal with Vale, a claim Vale rejected.", "AGREE"),
        ("Norland's defence ministry said it had delivered 40 tonnes of humanitarian aid to the besieged town.", "AID"),
        ("Georgia delivered 40 tonnes of humanitarian aid to the besieged town, the Georgian defence ministry said.", "AID"),
    ],
)
def test_an_open_act_disputed_or_told_by_a_military_is_claimed(nlp, text, type_):
    """The doer's word announces an open act only when no one in the sentence disputes it and
    the teller is no military organ (a side at war telling its own aid or truce is a claim)."""
    assert kind(nlp, text, type_).status == "claimed"


def test_a_date_of_the_verb_that_takes_the_war_does_not_date_the_war(nlp):
    """"discussed Norland's invasion of Vale on 3 March": the date is the discussing's, so the
    war it names is still the lasting state, not an act of that day."""
    assert war(nlp, "The minister discussed Norland's invasion of Vale on 3 March with her Swiss counterpart.").status == "ongoing"


@pytest.mark.parametrize(
    ("text", "type_", "trigger"),
    [
        ("Norland's troops are shelling and destroying farms across the Vale region, the governor said.", "ASSAULT", "destroying"),
        ("Norland's gunners have been shelling and bombing the harbour of Eastport for a week.", "ASSAULT", "bombing"),
        ("Norland has been tightening its hold on the valley since spring, massing thousands of soldiers near Eastport.", "MOBILIZE", "massing"),
        ("Vale has been trying to negotiate a truce with the northern clans for months.", "CONSULT", "negotiate"),
        ("Norland has been trying to capture the hill town of Ostrava since June.", "ASSAULT", "capture"),
        ("The fishermen left because of frequent Norland strikes on Eastport.", "ASSAULT", "frequent Norland strikes"),
    ],
)
def test_an_act_joined_to_or_told_by_a_progressive_goes_on(nlp, text, type_, trigger):
    """A participle joined to "are shelling" shares its "are"; a participle hung on "has been
    tightening", or an act "has been trying" to do, goes on as that verb does; "frequent"
    strikes go on as "repeated" ones do."""
    found = [e for e in nlp(text)._.events if e.type == type_ and e.text == trigger]
    assert len(found) == 1, [(e.type, e.text, e.status) for e in nlp(text)._.events]
    assert found[0].status == "ongoing"


def test_a_past_verb_joined_to_a_modal_one_is_done(nlp):
    """"announced it would cut ties and expelled two diplomats": no "would" takes a past form,
    so the expelling is done while the cutting is still to come."""
    events = {e.text: e.status for e in nlp("The foreign ministry of Norland announced that it would cut ties with a Vale charity and expelled two Vale diplomats.")._.events}
    assert events == {"cut": "planned", "expelled": "occurred"}


@pytest.mark.parametrize(("verb", "status"), [("denied", "denied"), ("claimed", "claimed")])
def test_a_past_verb_joined_to_a_denied_one_stays_denied(nlp, verb, status):
    """The past-form cut is for a modal only: "denied that its troops shelled X and detained Y"
    denies (or claims) both acts."""
    text = f"Vale {verb} that its troops shelled the village and detained the mayor."
    assert {e.type: e.status for e in nlp(text)._.events} == {"ASSAULT": status, "COERCE": status}


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The envoy was speaking before a meeting of Vale's trade ministers in Ostrava.", "planned"),
        ("A deal has been reached before the alliance's summit in Ostrava.", "planned"),
        ("The ministers met in Eastport before the talks on 3 May.", "occurred"),
    ],
)
def test_a_meeting_the_act_comes_before_is_still_to_come(nlp, text, status):
    """"before a meeting": the meeting is ahead of the time told, unless it has a day of its
    own (or the clause is a simple-past narrative)."""
    found = [e for e in nlp(text)._.events if e.text in ("meeting", "summit", "talks")]
    assert [e.status for e in found] == [status]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Norland's drone attacks have intensified around the port of Eastport.", "ongoing"),
        ("Norland's strikes have killed twelve people in Ostrava this month.", "ongoing"),
        ("Two Norland missile strikes hit the port of Eastport on Monday.", "occurred"),
    ],
)
def test_attacks_in_the_plural_told_in_the_present_go_on(nlp, text, status):
    """Attacks in the plural that are the subject of a present or present perfect verb are a
    series up to now; in the simple past they are acts done."""
    assert war(nlp, text).status == status


def test_talks_under_way_go_on(nlp):
    """Talks in the plural that "are under way" are a series going on, as attacks are."""
    found = [e for e in nlp("Talks with the Vale delegation are under way in Ostrava.")._.events if e.type == "CONSULT"]
    assert [e.status for e in found] == ["ongoing"]


def test_the_first_to_do_a_thing_did_it(nlp):
    """"the first leader to visit X": an infinitive on a ranked noun names the deed, not an aim."""
    found = [e for e in nlp("Ana Lind was the first leader of a Vale ally to visit Ostrava in April.")._.events if e.type == "CONSULT"]
    assert [e.status for e in found] == ["occurred"]


def test_the_latest_efforts_to_fight_are_under_way(nlp):
    """"the latest efforts to fight back": "latest" ranks no doer, the efforts are under way."""
    found = [e for e in nlp("Lind told Berg about the latest efforts to fight back against Norland's army.")._.events if e.type == "ASSAULT"]
    assert [e.status for e in found] == ["ongoing"]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Norland has amassed three tank brigades along the Kesh river.", "ongoing"),
        ("Norland has built up two armoured divisions around Kesh.", "ongoing"),
        ("Norland has recently amassed three tank brigades along the Kesh river.", "occurred"),
        ("Norland amassed three tank brigades along the Kesh river in March.", "occurred"),
    ],
)
def test_a_build_up_in_the_present_perfect_still_stands(nlp, text, status):
    """The present perfect of a build-up with no time of its own tells the force standing now
    (resultative perfect); "recently" or a simple past reports the move made."""
    assert kind(nlp, text, "MOBILIZE").status == status


@pytest.mark.parametrize(
    ("text", "kind_", "status"),
    [
        ("Officials said talks between Vale and Norland were ongoing.", "CONSULT", "ongoing"),
        ("Fighting in Brel is ongoing, the governor said on Tuesday.", "ASSAULT", "ongoing"),  # a gerund subject
        ("Fighting in Brel was brutal, the governor said.", "ASSAULT", "occurred"),
    ],
)
def test_acts_said_to_be_ongoing_go_on(nlp, text, kind_, status):
    """"said talks were ongoing", "fighting is ongoing": the act is said to go on; the past is the
    time of the report. Another word after "be" says nothing of its going on."""
    assert kind(nlp, text, kind_).status == status


@pytest.mark.parametrize(
    "text",
    [
        "Norland has stepped up attempts to encircle Vale's units near Ostrava.",
        "Norland is wasting its shells on trying to storm Kesh.",
    ],
)
def test_attempts_under_way_go_on(nlp, text):
    """Attempts in the plural are efforts under way, and a bare "trying" goes on as the
    progressive verb it hangs on does; a single attempt stays an aim ("a failed attempt")."""
    assert war(nlp, text).status == "ongoing"


@pytest.mark.parametrize(
    "text",
    [
        "Vale is recalling its envoy to Norland for consultations.",
        "The Vale government was imposing sanctions on twelve Norlandian banks, the minister said.",
    ],
)
def test_a_sanction_in_the_progressive_is_imposed(nlp, text):
    """A sanction told in the progressive is imposed by being announced, a legal act done
    once, not one that goes on ("is recalling its ambassador")."""
    assert kind(nlp, text, "SANCTION").status == "occurred"



def test_a_build_up_since_withdrawn_no_longer_stands(nlp):
    """"has amassed troops and then withdrawn them": the withdrawal joined to the build-up
    undoes the force it left standing, so the build-up is a move made, not one going on."""
    assert kind(nlp, "Norland has amassed 5,000 troops near Brel and then withdrawn them.", "MOBILIZE").status == "occurred"


@pytest.mark.parametrize(
    "text",
    [
        "Norland made two attempts to capture the town of Brel last year.",
        "Norland abandoned its attempts to capture the town of Brel.",
        "Norland will make new attempts to capture the town of Brel.",
        "Norland is thinking about trying to capture the town of Brel.",
    ],
)
def test_attempts_made_counted_or_weighed_are_no_tries_under_way(nlp, text):
    """Tries are counted one by one and mostly told when made, given up or still to come: only
    attempts told in the present are under way, and only a trying a verb is bent "on" goes on with it."""
    assert war(nlp, text).status == "hypothetical"


def test_another_partys_sanction_in_the_progressive_stays_claimed(nlp):
    """"Norland claims Vale is imposing sanctions": announcing a sanction imposes it only when the
    sanctioner tells it; someone else's claim stays a claim."""
    assert kind(nlp, "Norland claims that Vale is imposing sanctions on its banks.", "SANCTION").status == "claimed"


def test_a_sanction_in_the_progressive_with_a_time_to_come_is_planned(nlp):
    """"is imposing sanctions later today": the present progressive with a time to come is an
    arrangement, not a sanction already imposed (a later day the event's date tells anyway)."""
    from sitrep.facts import Article
    from sitrep.nlp.extract import extract

    text = "Vale is imposing sanctions on Norland's banks later today, the foreign minister of Vale said."
    [document] = extract([Article(id="s", text=text, published="2022-04-04")], nlp=nlp)
    [sanction] = [e for e in document.events if e.type == "SANCTION"]
    assert sanction.status == "planned"


def status_of(nlp, text: str, type_: str, trigger: str) -> str:
    found = [e for e in nlp(text)._.events if e.type == type_ and e.text == trigger]
    assert len(found) == 1, [(e.type, e.text, e.status) for e in nlp(text)._.events]
    return found[0].status


@pytest.mark.parametrize(
    ("text", "type_", "trigger", "status"),
    [
        ("Vale still sells fuel to Norland, while refusing to back sanctions against it.", "REJECT", "refusing", "ongoing"),
        ("Vale's newspapers echo the official view, blaming Norland for the war.", "ACCUSE", "blaming", "ongoing"),
        ("Norland has kept a low profile since the war began, quietly supporting Vale.", "SUPPORT", "supporting", "ongoing"),
        ("Norland has seized the port, killing dozens of civilians.", "ASSAULT", "killing", "occurred"),
    ],
)
def test_a_participle_goes_on_as_a_present_verb_does(nlp, text, type_, trigger, status):
    """A bare participle hung on a present of habit or state ("continues to supply", "repeat the
    line") or on a present perfect stretched up to now ("since the war began") goes on as its verb
    does; on a present perfect of one act done ("has seized the port") it is done too."""
    assert status_of(nlp, text, type_, trigger) == status


@pytest.mark.parametrize(
    ("text", "type_", "trigger", "status"),
    [
        ("Norland has backed Vale since the war began, staunchly supporting its army.", "SUPPORT", "backed", "ongoing"),
        ("Norland has shelled Eastport since the war began.", "ASSAULT", "shelled", "ongoing"),
        ("Norland has shelled Eastport since March.", "ASSAULT", "shelled", "ongoing"),
        ("Vale has carried out its fourth prisoner exchange with Norland since the spring.", "RETREAT", "fourth prisoner exchange", "occurred"),
        ("Tarnia has trained 9,000 Vale soldiers since 2019.", "AID", "trained", "occurred"),
        ("Peter Holm has met Karl Weber many times since the war began.", "CONSULT", "met", "occurred"),
    ],
)
def test_a_present_perfect_since_goes_on_unless_it_tallies(nlp, text, type_, trigger, status):
    """"Since" stretches a present perfect up to now, as a phrase or as a clause ("since the war
    began"); a count, an ordinal or a number of times in it tallies acts each done."""
    assert status_of(nlp, text, type_, trigger) == status


@pytest.mark.parametrize(
    ("text", "type_", "trigger", "status"),
    [
        ("The Tarnian prosecutor's office said it had brought charges against Peter Holm.", "ACCUSE", "charges", "occurred"),
        ("The Vale police say they are investigating the mayor of Eastport for bribery.", "ACCUSE", "investigating", "ongoing"),
        ("The Norland defence ministry said it had captured the village of Ostrava.", "ASSAULT", "captured", "claimed"),
        ("The Vale army said it had asked Norland to open a corridor.", "REQUEST", "asked", "claimed"),
    ],
)
def test_a_charge_or_request_its_doer_tells_is_announced(nlp, text, type_, trigger, status):
    """A charge, an investigation or a request is made in the open: its doer's word of it is the
    record, not a claim; a deed of war, or any act a military organ tells of its own side, stays claimed."""
    assert status_of(nlp, text, type_, trigger) == status


@pytest.mark.parametrize(
    ("text", "type_", "trigger", "status"),
    [
        ("The Tarnian council agreed to ban Norland's ships from its ports.", "SANCTION", "ban", "occurred"),
        ("Vale has decided to impose fresh sanctions on Norland.", "SANCTION", "fresh sanctions", "occurred"),
        ("A week after agreeing to drop its objections to Vale's entry, Tarnia threatened to block the talks.", "CONCEDE", "drop", "occurred"),
        ("Norland and Vale agreed to meet in Eastport next week.", "CONSULT", "meet", "planned"),
        ("Norland agreed to withdraw its troops from the border.", "RETREAT", "withdraw", "planned"),
        ("Tarnia agreed to send 40 tanks to Vale.", "AID", "send", "planned"),
        ("The Tarnian council will agree to ban Norland's ships from its ports.", "SANCTION", "ban", "planned"),
    ],
)
def test_a_sanction_or_concession_agreed_or_decided_is_made(nlp, text, type_, trigger, status):
    """A sanction or a concession is made by deciding it: agreed (or decided, in the simple past
    or the present perfect) it is done; a meeting, a withdrawal or aid agreed is still to do, and
    an agreement still to come plans the sanction."""
    assert status_of(nlp, text, type_, trigger) == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The tanks pledged by Tarnia reached Vale in May.", "occurred"),
        ("Vale moved the guns to the front once the howitzers promised by Tarnia had arrived.", "occurred"),
        ("The tanks pledged by Tarnia have not arrived yet.", "planned"),
        ("The tanks pledged by Tarnia will arrive next week.", "planned"),
    ],
)
def test_promised_aid_that_arrived_was_delivered(nlp, text, status):
    """Aid told by "promised" or "pledged" on goods that arrived is a promise kept, delivered;
    goods that have not arrived, or will, keep it a promise."""
    assert next(e.status for e in nlp(text)._.events if e.type == "AID") == status


@pytest.mark.parametrize(
    ("text", "type_", "trigger", "status"),
    [
        ("Norland has withdrawn its ambassador from Vale, since the talks have failed.", "RETREAT", "withdrawn", "occurred"),
        ("Norland has shelled Eastport since the war began.", "ASSAULT", "shelled", "ongoing"),
    ],
)
def test_a_since_clause_of_reason_stretches_nothing(nlp, text, type_, trigger, status):
    """"Since" with a clause in a tense other than the simple past gives a reason, not the
    start of a time up to now: the present perfect it hangs on tells one act done."""
    assert status_of(nlp, text, type_, trigger) == status


@pytest.mark.parametrize(
    ("text", "type_", "trigger"),
    [
        ("Tarnia left the summit without agreeing to ban Norland's ships.", "SANCTION", "ban"),
        ("Tarnia walked out without agreeing to lift its objections to Vale's entry.", "CONCEDE", "lift"),
        ("Instead of agreeing to ban Norland's ships, Vale expelled its diplomats.", "SANCTION", "ban"),
        ("Vale agreed to impose sanctions on Norland next month.", "SANCTION", "sanctions"),
    ],
)
def test_a_sanction_agreed_later_or_not_at_all_is_not_made(nlp, text, type_, trigger):
    """A gerund under "without" or "instead of" is a step not taken, and a time to come sets
    the sanction agreed for later: neither makes it."""
    assert status_of(nlp, text, type_, trigger) != "occurred"


@pytest.mark.parametrize(
    "text",
    [
        "Once the tanks pledged by Tarnia have arrived, Vale will attack.",
        "If the tanks promised by Tarnia arrived, Vale could attack.",
    ],
)
def test_promised_aid_arriving_on_a_condition_or_later_stays_a_promise(nlp, text):
    """An arrival in a condition, or in a time clause of a verb with "will", has not happened."""
    assert next(e.status for e in nlp(text)._.events if e.type == "AID") == "planned"


def test_a_participle_counting_its_toll_on_a_present_verb_is_done(nlp):
    """"seizes the port, killing 12 civilians": a counted toll on a present (as a headline
    tells it) is a tally of acts done, not a habit."""
    assert status_of(nlp, "Norland seizes the port, killing 12 civilians.", "ASSAULT", "killing") == "occurred"
