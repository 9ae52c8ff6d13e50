"""Events: categories, modes, statuses and parties on sentences of our own and the seeds' gold
events (the dev-set floors are in test_eval_facts.py)."""

from __future__ import annotations

import json

import pytest

from tests.conftest import SEED_GOLD, need


def events(nlp, text: str) -> list:
    return nlp(text)._.events


def of_type(nlp, text: str, kind: str) -> list:
    return [e for e in events(nlp, text) if e.type == kind]


def only(nlp, text: str):
    found = events(nlp, text)
    assert len(found) == 1, [(e.type, e.text) for e in found]
    return found[0]


@pytest.mark.parametrize(
    ("text", "kind", "mode", "status"),
    [
        ("Tomas Berg will travel to Paris on Monday.", "CONSULT", "visit", "planned"),
        ("Piet Moro met Tomas Berg in Berlin on Tuesday.", "CONSULT", "meet", "occurred"),
        ("Piet Moro spoke by phone with Tomas Berg.", "CONSULT", "phone", "occurred"),
        ("Germany sent 500 anti-tank weapons to Georgia.", "AID", None, "occurred"),
        ("The Pentagon will supply four more rocket launchers to Georgia.", "AID", None, "planned"),  # any aid item
        ("Germany delivered radars to Georgia.", "AID", None, "occurred"),
        ("Germany plans to send aid to Georgia.", "AID", None, "planned"),
        ("Germany imposed sanctions on Armenia.", "SANCTION", "discontinue", "occurred"),
        ("Armenian forces shelled the town of Gyumri.", "ASSAULT", "heavy-weapons", "occurred"),
        ("Armenian forces are shelling Gyumri.", "ASSAULT", "heavy-weapons", "ongoing"),
        ("Armenia denied that its forces had shelled Gyumri.", "ASSAULT", "heavy-weapons", "denied"),
        ("Armenian forces could shell Gyumri within days.", "ASSAULT", "heavy-weapons", "hypothetical"),
        ("Armenian troops withdrew from Gyumri.", "RETREAT", "withdraw", "occurred"),
        ("France deployed troops to Estonia.", "MOBILIZE", "troops", "occurred"),
        ("Germany threatened Armenia with sanctions.", "THREATEN", None, "occurred"),
        ("Germany rejected the proposal from France.", "REJECT", None, "occurred"),
        ("Germany and France agreed on a ceasefire.", "AGREE", None, "occurred"),
        ("Thousands protested in Berlin against the war.", "PROTEST", "demo", "occurred"),
        ("Police arrested the mayor of Gyumri.", "COERCE", "arrest", "occurred"),
        ("France will commit an extra 600 troops to Estonia.", "MOBILIZE", "troops", "planned"),
        ("The mayor advised residents of Gyumri to leave the town.", "REQUEST", None, "occurred"),
        ("Georgia exchanged 40 soldiers with Armenia on Friday.", "RETREAT", "release", "occurred"),
        ("A judge in Gyumri remanded Tomas Berg in custody.", "COERCE", "arrest", "occurred"),
        ("Investigators opened a criminal case against Tomas Berg.", "ACCUSE", "allege", "occurred"),
        ("Armenia warned that it would retaliate against any attack.", "THREATEN", None, "occurred"),
        ("Georgia stopped gas deliveries to Armenia.", "SANCTION", "discontinue", "occurred"),
        ("Georgia ceased deliveries of gas to Armenia.", "SANCTION", "discontinue", "occurred"),
        ("Armenia has blocked the ports of Georgia.", "COERCE", None, "occurred"),
    ],
)
def test_category_mode_status(nlp, text, kind, mode, status):
    event = only(nlp, text)
    assert (event.type, event.mode, event.status) == (kind, mode, status)


def test_actor_target_and_place_come_from_the_syntax(nlp):
    """A meeting's participants are all its actors (PLOVER CONSULT: only a visit's host is a
    target); whom the text names as met stays in ``counterparts``."""
    event = only(nlp, "Piet Moro met Tomas Berg in Berlin on Tuesday.")
    assert [a.name for a in event.actors] == ["Piet Moro", "Tomas Berg"]
    assert (event.targets, [c.name for c in event.counterparts]) == ([], ["Tomas Berg"])
    assert event.place.name == "Berlin"


def test_condemnation_is_accuse_with_its_own_actor(nlp):
    accuse = next(e for e in events(nlp, "France condemned the attack on Tbilisi.") if e.type == "ACCUSE")
    assert accuse.mode == "disapprove" and [a.name for a in accuse.actors] == ["France"]


def test_appeal_is_request_with_mode_from_its_object(nlp):
    request = next(e for e in events(nlp, "Tomas Berg urged France to send more weapons.") if e.type == "REQUEST")
    assert request.mode == "assist" and [t.name for t in request.targets] == ["France"]


def test_negated_act_is_no_event(nlp):
    assert events(nlp, "Armenia did not attack Gyumri.") == []
    assert of_type(nlp, "Armenia will no longer shell Gyumri.", "ASSAULT") == []
    assert [e.status for e in of_type(nlp, "Armenia deployed troops to Georgia no more than a week ago.", "MOBILIZE")] == ["occurred"]


def test_a_trip_called_off_is_no_planned_visit_and_a_visit_ahead_frames_what_is_planned(nlp):
    """"will no longer travel" turns the trip down, as "will not travel" does; "during her
    visit, she will meet ..." is a visit still to come, not one made."""
    consults = [(e.mode, e.status) for e in of_type(nlp, "Foreign Minister Piet Moro will no longer travel to Armenia on June 10.", "CONSULT")]
    assert consults == [], consults
    text = "Defence Minister Piet Moro will travel to Armenia on June 5. During his visit, he will meet with soldiers."
    assert {e.status for e in of_type(nlp, text, "CONSULT")} == {"planned"}
    siege = of_type(nlp, "During the siege of Gyumri, Germany will deliver food to the town.", "ASSAULT")
    assert [e.status for e in siege] == ["ongoing"]  # a state that frames the plan goes on


def test_a_meeting_told_after_a_stop_is_at_that_stop(nlp):
    """"He will then travel to Vale on June 5. He will meet with President X": the meeting is
    at that stop, on its day; one in the next paragraph, or of another traveller, is not."""
    text = "Foreign Minister Piet Moro will travel to Gavar, Armenia on June 3. He will then travel to Vale, Georgia on June 5. He will meet with President Ana Lind to discuss trade."
    (meeting,) = [e for e in of_type(nlp, text, "CONSULT") if e.mode == "meet"]
    assert (meeting.place.name if meeting.place else None, meeting.date) == ("Vale", "XXXX-06-05"), meeting
    for text in (
        "Foreign Minister Piet Moro will travel to Vale, Georgia on June 5.\n\nHe will meet with President Ana Lind to discuss trade.",
        "Foreign Minister Piet Moro will travel to Armenia, Georgia and Azerbaijan from June 3 to 8. He will meet with the leaders of the three countries.",
        "Foreign Minister Piet Moro will travel to Gavar, Armenia on June 3. Before leaving, he will meet with President Ana Lind on June 1.",
        "Foreign Minister Piet Moro will travel to Gavar, Armenia on June 3. He will meet with President Ana Lind after he returns on June 10.",
    ):  # another paragraph; which stop of a list is not said; a meeting with a time of its own
        (meeting,) = [e for e in of_type(nlp, text, "CONSULT") if e.mode == "meet"]
        assert meeting.place is None, (text, meeting)


def test_acts_listed_after_promises_to_stay_promised_when_the_parse_hangs_them_on_the_main_verb(nlp):
    """"came to X with promises to accept refugees, give aid and impose sanctions": the later
    bare verbs of the list are promised too, not done because the parser joined them to "came"."""
    text = "The minister came to Batumi on Friday with promises to accept up to 50,000 refugees, give $2bn in new aid and impose sanctions on 200 members of the Armenian parliament."
    assert {(e.type, e.status) for e in events(nlp, text) if e.type in ("AID", "SANCTION")} == {("AID", "planned"), ("SANCTION", "planned")}


def test_a_meeting_at_a_hotel_in_part_of_a_town_with_a_group_including_named_people(nlp):
    """"met counterparts including minister X and chief Y at the Grand hotel in central Z": the
    hotel phrase the parse hangs on the last name is where they met, in Z (not a town called
    Grand; "in central Z" says a place follows as "in Z" does), and whom the group lists are met."""
    text = "Ana Lind spoke in Vanadzor on Saturday. Earlier, Ana Lind had held a brief meeting with Georgian counterparts including foreign minister Piet Moro and defence chief Jon Vale at the Grand hotel in central Vanadzor."
    (meeting,) = of_type(nlp, text, "CONSULT")
    assert meeting.place is not None and meeting.place.name == "Vanadzor", meeting
    assert {"Piet Moro", "Jon Vale"} <= {t.name for t in meeting.counterparts}


def test_a_trip_framing_a_state_told_in_the_present_is_still_ahead(nlp):
    """"Lind’s options during her trip to X are limited": a trip whose conditions are told in
    the present is still to come (one made would be told in the past), and is hers."""
    text = "The Armenian foreign minister, Ana Lind, will travel to Batumi on Monday. Lind’s options during her trip to Gavar are limited."
    (trip,) = [e for e in of_type(nlp, text, "CONSULT") if e.text == "trip"]
    assert (trip.status, [a.name for a in trip.actors], trip.place.name) == ("planned", ["Ana Lind"], "Gavar"), trip


def test_a_meeting_named_only_as_the_setting_of_a_question_meets_no_one_asked(nlp):
    """"X was asked at the conference whether ...": the one asked is no party the conference is
    with (else a later "during the conference, Y said" makes Y meet X there)."""
    (conference,) = of_type(nlp, "Ana Lind was asked at the conference in Batumi whether the attack had been decided.", "CONSULT")
    assert conference.targets == [], conference


def test_an_act_told_hours_before_or_after_a_dated_one_is_on_its_day(nlp):
    """"X spoke in Y on Saturday. About an hour earlier, X had met Z": the same day; an act in
    another paragraph, or told days apart, is not dated so."""
    text = "Ana Lind spoke in Gavar on Saturday. About an hour earlier, Ana Lind had held talks with Piet Moro in Gavar."
    assert [e.date for e in dated(nlp, text, "2022-03-26") if e.type == "CONSULT"] == ["2022-03-26"]
    for text in ("Ana Lind spoke in Gavar on Saturday.\n\nAbout an hour earlier, Ana Lind had held talks with Piet Moro in Gavar.",
                 "Ana Lind spoke in Gavar on Saturday. Two days earlier, Ana Lind had held talks with Piet Moro in Gavar."):
        assert [e.date for e in dated(nlp, text, "2022-03-26") if e.type == "CONSULT"] != ["2022-03-26"], text


def test_a_trip_used_to_weigh_the_cost_of_an_invasion_is_the_trip_not_the_invasion(nlp):
    """"is expected to use a trip to X to press home the cost of an invasion of Y": the subject
    makes the trip (on the day the plan is told for); the invasion is only weighed, by no one."""
    doc = nlp.make_doc("Georgian minister Ana Lind will visit Gavar on Monday. On Friday, Lind is expected to use a trip to Batumi to press home the economic cost of an invasion of Georgia.")
    doc._.anchor = "2022-05-16"  # a Monday
    found = nlp(doc)._.events
    (trip,) = [e for e in found if e.type == "CONSULT" and e.text == "trip"]
    assert (trip.mode, trip.status, trip.date, [a.name for a in trip.actors], trip.place.name) == ("visit", "planned", "2022-05-20", ["Ana Lind"], "Batumi")
    (invasion,) = [e for e in found if e.type == "ASSAULT"]
    assert (invasion.status, invasion.actors) == ("hypothetical", [])


@pytest.mark.parametrize("text", [
    "Foreign Minister Piet Moro will travel to the Caucasus from June 5 to 9, with stops in Armenia, Georgia, and Azerbaijan.",
    "Foreign Minister Piet Moro visited the Caucasus, stopping in Armenia, Georgia and Azerbaijan.",
])
def test_a_trip_s_stops_named_as_stops_are_its_visits(nlp, text):
    """"with stops in X, Y and Z", "stopping in X and Y": one visit per stop (the region they
    are in is told by its stops)."""
    assert [e.place.name for e in of_type(nlp, text, "CONSULT") if e.place] == ["Armenia", "Georgia", "Azerbaijan"]


@pytest.mark.parametrize("place", ["Vale, Georgia", "Gavar, Armenia"])
def test_a_stay_told_as_a_range_of_days_is_dated_by_its_first(nlp, place):
    """"from May 17 to 18": whichever end the parse hangs on the verb, the stay starts on the 17th."""
    text = f"Counselor Piet Moro will lead an interagency delegation to {place}, from May 17 to 18."
    assert [e.date for e in of_type(nlp, text, "CONSULT")] == ["XXXX-05-17"]


@pytest.mark.parametrize(("text", "places"), [
    ("Bodies were found in Gyumri after it was recaptured from Georgian invaders.", ["Gyumri"]),
    ("Gyumri was shelled for weeks before it fell to Georgian forces.", ["Gyumri"]),
    ("Exports from Gyumri said it fell to a record low.", []),  # no town taken
    ("Officials in Gyumri said it had fallen sharply.", []),
])
def test_a_town_taken_told_by_it_is_the_town_before(nlp, text, places):
    """"after it was recaptured", "before it fell to X's forces": the town named before "it" in the sentence."""
    assert [e.place.name for e in events(nlp, text) if e.mode == "seize" and e.place] == places


def test_a_target_located_by_a_where_clause_is_struck_there(nlp):
    """"bombed a theatre where civilians were sheltering in X": the clause says where the theatre is."""
    text = "Georgian forces bombed a theatre where civilians were sheltering in the encircled Armenian city of Gavar, the city council said."
    assert [e.place.name for e in of_type(nlp, text, "ASSAULT") if e.place] == ["Gavar"]


def test_a_meeting_in_a_place_the_parse_cuts_short_is_there(nlp):
    """"met with X in Washington, D.C. They ...": the parse hangs "D.C." on the verb; the
    meeting is still in the whole place named."""
    text = "Secretary of State Piet Moro met today with Armenian President Ana Lind in Washington, D.C. They discussed energy security."
    (meeting,) = [e for e in of_type(nlp, text, "CONSULT") if e.mode == "meet"]
    assert meeting.place is not None and meeting.place.name == "Washington, D.C."


def test_repeated_mentions_are_one_event(nlp):
    text = "Germany imposed sanctions on Armenia. Germany imposed sanctions on Armenia again."
    assert len(of_type(nlp, text, "SANCTION")) == 1


def test_fighting_in_the_city_is_in_the_city_named_before(nlp):
    text = "Armenian forces shelled Gyumri on Monday.\n\nHeavy fighting continued in the city on Tuesday."
    fighting = next(e for e in events(nlp, text) if e.text == "Heavy fighting")
    assert fighting.place.name == "Gyumri"


def test_a_possessed_mention_refers_back_to_the_act_told(nlp):
    """ "his arrest" in a later claim about its cause is the arrest already told, still the
    article's own statement; "its support" that will grow is a new, planned act."""
    text = (
        "Police in Valia arrested Tomas Berg, a critic of the government, on Friday. Some sources claimed that "
        "Berg's arrest followed a quarrel with a rival. Others say complaints by the army may have triggered his arrest."
    )
    (arrest,) = of_type(nlp, text, "COERCE")  # the army's complaints are an act of their own (ACCUSE)
    assert (arrest.status, arrest.according_to) == ("occurred", None)
    text = "Georgia provides aid to Armenia. Georgia will increase its aid to Armenia next year."
    assert sorted(e.status for e in of_type(nlp, text, "AID")) == ["ongoing", "planned"]


@pytest.mark.parametrize(
    "text",
    [
        "Georgia has become a mediator in negotiations.",  # a bare noun after a preposition is a topic
        "The first shipments arrived in Tbilisi.",  # aid nobody gives
        "Tomas Berg has taken numerous trips to Paris.",  # a habit, not one trip
        "Armenia was not ready to launch an assault on Gyumri.",  # negation above an adjective
        "Germany is debating whether to send tanks to Georgia.",  # an option weighed
        "Germany discussed where to deploy troops.",
        "Gas deliveries from Georgia to Armenia rose in May.",  # trade, not aid
        "Tomas Berg said Georgia should have withdrawn from Gyumri.",  # a reproach, no demand
        "Germany could have sent tanks to Georgia.",  # what did not happen
    ],
)
def test_talk_about_an_act_is_no_event(nlp, text):
    assert events(nlp, text) == []


def test_goods_called_aid_are_aid_even_when_traded_goods(nlp):
    assert len(of_type(nlp, "Georgia supplied 100 tonnes of grain to Armenia as humanitarian aid.", "AID")) == 1


def test_a_tally_of_the_killed_is_a_figure_not_an_attack(nlp):
    assert of_type(nlp, "In Georgia, 40 medics were killed.", "ASSAULT") == []
    assert len(of_type(nlp, "Five people were killed in Gyumri on 3 March 2022.", "ASSAULT")) == 1  # one day's attack
    assert len(of_type(nlp, "Armenian forces killed five people in Gyumri.", "ASSAULT")) == 1


def test_participle_on_an_attack_describes_it(nlp):
    found = events(nlp, "Armenian strikes, delivered by drones and artillery, hit Gyumri.")
    assert {e.type for e in found} == {"ASSAULT"}


def test_wish_to_meet_is_a_request_and_openness_an_offer(nlp):
    request = only(nlp, "Tomas Berg wanted to meet Piet Moro.")
    assert (request.type, request.mode) == ("REQUEST", "meet")
    assert only(nlp, "Tomas Berg said he was open to talks with Piet Moro.").type == "AGREE"


def test_a_meeting_sought_is_asked_for_by_the_seeker_and_a_seeking_meeting_was_held(nlp):
    """"sought" is "seek" (irregular verbs come from the model's lemmatizer table); a wish
    governs what it takes, not its own subject nor a verb joined to it."""
    request = only(nlp, "Tomas Berg sought a meeting with Piet Moro.")
    assert (request.type, request.mode, [a.name for a in request.actors]) == ("REQUEST", "meet", ["Tomas Berg"])
    (conference,) = events(nlp, "This week, an international conference in Yerevan wanted to coordinate an approach to the war crimes allegations.")
    assert (conference.type, conference.status) == ("CONSULT", "occurred")
    text = "Tomas Berg has sought to engage with Piet Moro and has called for a ceasefire, including on a phone call last month with Ana Lind."
    assert [e.mode for e in of_type(nlp, text, "CONSULT")] == ["phone"]
    met = of_type(nlp, "Tomas Berg sought a ceasefire and met Ana Lind in Yerevan on Monday.", "CONSULT")
    assert [(e.mode, e.place.name) for e in met] == [("meet", "Yerevan")]
    (capture,) = of_type(nlp, "The initial invasion sought to occupy much of the south and capture the capital, Yerevan.", "ASSAULT")
    assert capture.status == "hypothetical"


def test_an_attack_told_in_the_passive_is_where_its_subject_is_and_a_time_of_day_dates_it(nlp):
    (hit,) = of_type_dated(nlp, "The Armenian city of Gyumri was hit by powerful shelling on Sunday afternoon, the mayor said.")
    assert (hit.place.name, hit.date, hit.status) == ("Gyumri", "2022-07-10", "occurred")
    (strike,) = of_type_dated(nlp, "Missiles hit a crowded shopping centre in Gavar on Monday afternoon.")
    assert strike.date == "2022-07-11"
    (convoy,) = of_type_dated(nlp, "A convoy from Gavar was hit by shelling near Gyumri on Monday.")
    assert convoy.place.name == "Gyumri"  # where the convoy came from is not where it was hit


def of_type_dated(nlp, text: str, kind: str = "ASSAULT") -> list:
    return [e for e in dated(nlp, text, "2022-07-15") if e.type == kind]


@pytest.mark.parametrize(
    "text",
    [
        "Georgia recruited mercenaries to fight in Armenia.",
        "Georgian men were drafted to fight in Armenia last year.",
    ],
)
def test_what_someone_is_sent_or_drafted_for_is_no_act_done(nlp, text):
    assert of_type(nlp, text, "ASSAULT") == []


@pytest.mark.parametrize(
    "text",
    [
        "Georgian forces are reported to have shelled Gyumri.",
        "Georgian forces have managed to capture Gavar.",
        "Georgia has started to shell Gyumri.",
        "Georgian troops were seen to shell Gyumri on Monday.",
        "Georgia broke the ceasefire to shell Gyumri on Monday.",
        "Georgian troops crossed the river to attack Gyumri on Monday.",
    ],
)
def test_an_act_told_through_another_verb_is_still_told(nlp, text):
    assert len(of_type(nlp, text, "ASSAULT")) == 1


def test_an_act_there_is_a_need_for_is_not_done(nlp):
    (capture,) = of_type(nlp, "There would be no need for Georgia to capture Yerevan militarily.", "ASSAULT")
    assert capture.status == "hypothetical"


def test_what_a_means_is_used_for_or_a_party_made_to_do_is_done(nlp):
    (attack,) = of_type(nlp, "Drones were used by the rebels to attack Gyumri.", "ASSAULT")
    assert (attack.status, [a.name for a in attack.actors]) == ("occurred", ["rebels"])
    (seized,) = of_type(nlp, "Armenian troops needed only two days to recapture Gavar last week.", "ASSAULT")
    assert seized.status == "occurred"


def test_aid_a_parliament_passes_is_a_pledge(nlp):
    (passed,) = of_type(nlp, "The Georgian parliament has finally passed a long-awaited package of military aid for Armenia.", "AID")
    assert passed.status == "planned"


def test_an_offered_release_is_an_offer_and_offered_aid_a_pledge(nlp):
    swap = only(nlp, "Georgia offered a prisoner exchange to Armenia.")
    assert (swap.type, swap.status) == ("AGREE", "occurred")
    (aid,) = of_type(nlp, "Georgia offered military aid to Armenia.", "AID")
    assert aid.status == "planned"
    assert [e.type for e in events(nlp, "Armenian troops were ready to surrender, the officer said.")] != ["AGREE"]  # readiness offers nothing to anyone
    text = "At an online meeting of the group's foreign ministers last month, Georgia offered to build refineries with its partners."
    assert [e.type for e in events(nlp, text) if e.text == "online meeting"] == ["CONSULT"]


def test_aim_of_an_effort_is_hypothetical(nlp):
    agree = next(e for e in events(nlp, "France backed efforts by Georgia to reach a ceasefire.") if e.type == "AGREE")
    assert agree.status == "hypothetical"


def test_the_agreement_again_is_the_same_agreement(nlp):
    text = "Armenia and Georgia signed an agreement on Friday. Their ministers signed the agreement in Tbilisi."
    assert len(of_type(nlp, text, "AGREE")) == 1


def test_capture_is_its_own_event_beside_the_invasion(nlp):
    found = events(nlp, "Armenia's invasion continued, and with the seizure of Gyumri its forces have taken control of Shirak.")
    assert {e.mode for e in found if e.type == "ASSAULT"} >= {None, "seize"}
    assert next(e for e in found if e.mode is None).status == "ongoing"


def test_relative_pronoun_subject_is_the_noun_it_follows(nlp):
    found = events(nlp, "Officials blamed Armenia, which has shelled Gyumri.")
    shelling = next(e for e in found if e.type == "ASSAULT")
    assert [a.name for a in shelling.actors] == ["Armenia"]


def test_a_capture_of_two_towns_is_two_captures(nlp):
    found = events(nlp, "Armenian troops captured Kutaisi and Batumi.")
    assert sorted(e.place.name for e in found if e.mode == "seize") == ["Batumi", "Kutaisi"]


def test_trip_stops_named_together_are_one_visit_each(nlp):
    text = "Piet Moro will travel to the Caucasus next week. He will go to Tbilisi and Yerevan."
    assert sorted(e.place.name for e in events(nlp, text) if e.mode == "visit") == ["Tbilisi", "Yerevan"]


@pytest.mark.parametrize(
    ("text", "kind", "status"),
    [
        ("Armenian troops continue their advance in the north.", "ASSAULT", "ongoing"),
        ("Armenian ships blockaded the port of Batumi.", "COERCE", "occurred"),
        ("Armenian forces tried to capture Gyumri.", "ASSAULT", "hypothetical"),
        ("Georgia is not a member of the bloc but has long objected to an Armenian military presence.", "ACCUSE", "ongoing"),
        ("European leaders agreed to $9.7 billion in aid to Georgia.", "AID", "occurred"),
    ],
)
def test_more_ways_to_report_an_act(nlp, text, kind, status):
    assert [(e.type, e.status) for e in events(nlp, text)] == [(kind, status)]


def test_report_by_the_actors_own_side_is_a_claim(nlp):
    own = only(nlp, "Armenia's forces captured Gyumri, the Armenian defence ministry said.")
    other = only(nlp, "Armenia's forces captured Gyumri, the Georgian defence ministry said.")
    assert (own.status, other.status) == ("claimed", "occurred")
    assert own.place.name == "Gyumri"


@pytest.mark.parametrize(
    ("text", "kind", "actor"),
    [
        ("Armenia said it had captured Gyumri.", "ASSAULT", "Armenia"),
        ('"We will keep sending weapons to Georgia," Piet Moro said.', "AID", "Piet Moro"),
        ("The crisis is the fault of Armenia, the minister said.", "ACCUSE", "minister"),
        ("The courage of the Georgian people is inspiring the world, Piet Moro said.", "SUPPORT", "Piet Moro"),
    ],
)
def test_the_speaker_acts_for_its_own_pronoun_and_its_verdicts(nlp, text, kind, actor):
    event = only(nlp, text)
    assert event.type == kind and [a.name for a in event.actors] == [actor]


def test_condemning_words_on_a_war_are_the_speakers_accusation(nlp):
    event = only(nlp, "The unprovoked and unjustified war on Georgia must end, Piet Moro said.")
    assert (event.type, event.mode, event.text) == ("ACCUSE", "disapprove", "unprovoked and unjustified war")
    assert [a.name for a in event.actors] == ["Piet Moro"]


@pytest.mark.parametrize(
    "text",
    [
        "Piet Moro discussed the sanctions on Armenia.",  # a topic of talk
        "Piet Moro delivered an address to parliament in Tbilisi.",  # nothing given
    ],
)
def test_talked_about_or_delivered_words_are_no_event(nlp, text):
    assert events(nlp, text) == []


def dated(nlp, text: str, published: str = "2022-03-20") -> list:
    """Events of a text published on a given day (background is judged against that day)."""
    doc = nlp.make_doc(text)
    doc._.anchor = published
    return nlp(doc)._.events


@pytest.mark.parametrize(
    "text",
    [
        "Armenian forces fought in Georgia for 20 years.",  # a span of years
        "Armenia imposed sanctions on Georgia in 2009.",  # a year long before the article
        "They bombed Gyumri during the Karabakh conflict.",  # a war named once: a past war
        "Norland bombed Gyumri in World War II.",  # the name's head is "II", "War" its compound
        "Gyumri repelled Norland's assault in the early months of 2019.",  # a year told through a word of time, hung on the object
        "The trading hub of Gavar was captured by imperial forces in the 18th century.",  # a century, hung on the agent
    ],
)
def test_a_happening_long_past_is_background_not_news(nlp, text):
    assert dated(nlp, text) == []


def test_the_year_on_the_act_makes_it_background_not_a_year_elsewhere(nlp):
    assert dated(nlp, "Armenia's 2008 invasion of Georgia shaped its army.") == []
    found = dated(nlp, "Armenia invaded Georgia after the 2008 annexation of Shirak.")
    assert [e.type for e in found] == ["ASSAULT"]


def test_only_a_support_verb_lends_its_subject_to_a_noun(nlp):
    def actors(text: str) -> list[str]:
        return [a.name for e in events(nlp, text) if e.type != "SUPPORT" for a in e.actors]

    assert actors("The authorities responded to mass protests in Tbilisi.") == []  # responding is not protesting
    assert actors("Piet Moro welcomed the sanctions on Armenia.") == []  # his welcome is his SUPPORT, not the sanctions'
    assert [e.type for e in events(nlp, "Piet Moro welcomed the sanctions on Armenia.")].count("SUPPORT") == 1
    assert actors("Germany imposed sanctions on Armenia.") == ["Germany"]
    assert actors("Armenia continued its attack on Gyumri.") == ["Armenia"]  # "its": the subject's own act


@pytest.mark.parametrize(
    "text",
    ["Armenia is targeting Georgian arms convoys.", "Armenia sent military drones into Georgia."],
)
def test_an_attack_on_aid_or_arms_sent_into_a_country_is_assault(nlp, text):
    event = only(nlp, text)
    assert event.type == "ASSAULT" and [a.name for a in event.actors] == ["Armenia"]


def test_words_to_the_reader_are_no_event(nlp):
    assert events(nlp, "By signing up, you agree to our Terms of Service.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Georgia stayed calm. SEE ALSO: ARMENIA ATTACKS GYUMRI AS TALKS STALL",  # a headline run into the body
        "Will Armenia attack Gyumri?",  # a question reports nothing
        "Did Piet Moro agree to send tanks to Georgia?",
        "Armenia is a state that threatens its neighbours.",  # a present-tense description
        "Georgia faces a direct threat to its security.",  # a threat nobody made
        "Tomas Berg agreed with Piet Moro that the war must end.",  # agreeing with a view
        "Marcel Dupont, an economist, agreed.",
        "Journalists sent questions to the Armenian ministry.",  # a message is no aid
        "Tomas Berg sent me this voice memo.",
        "Recapturing Gyumri could help restore momentum to Armenia, and give its troops a much-needed morale boost.",  # a lift is no goods
        "Georgian attack helicopters delivered a heavy blow to Armenian positions.",  # the subject is no thing given
        "Georgian forces are taking advantage of delays in Armenian military assistance to advance.",  # held up, not given
        "The Georgian ministry released a statement on Monday.",  # nor a freed captive
        "Many Georgians want to strike Armenia.",  # a wish is no happening
        "Germany failed to send tanks to Georgia.",  # not done, and turned down by nobody
        "There was no talk of a ceasefire.",  # a noun the text says is absent
        "The Visit Georgia agency sold 150 tickets.",  # a word of a name
        "No one threatened Armenia.",  # nobody did it
        "Tomas Berg backed down from new measures against Armenia.",  # a particle makes it another verb
        "Piet Moro warned that delays could help Armenia.",  # a prediction, nobody warned
        "Crude oil shipments from Armenia fell by 30% in April.",  # a fall that takes no place
        "The latest reading, released by the Georgian agency on Friday, showed a rise.",
        "The current situation demands that we reinforce the defensive posture on the eastern flank, Tomas Berg said.",  # a need, no request
        "The moment calls for unity among the allies, Tomas Berg said.",
    ],
)
def test_words_that_tell_no_happening_are_no_event(nlp, text):
    assert events(nlp, text) == []


def test_fighting_ones_way_into_a_town_is_no_capture(nlp):
    """The dev gold codes "battled their way into X" as an assault with no mode: entering a
    town is not taking it, and the control map must not list it as captured."""
    (fight,) = of_type(nlp, "Armenian troops battled their way into the devastated city of Gyumri on Tuesday.", "ASSAULT")
    assert fight.mode != "seize" and fight.place.name == "Gyumri"


def test_the_settlement_a_kind_is_of_is_the_place_not_its_locator(nlp):
    (seized,) = of_type(nlp, "Georgian forces made rapid gains on the south coast, seizing the Black Sea port of Batumi.", "ASSAULT")
    assert seized.place.name == "Batumi"


@pytest.mark.parametrize("clause", ["which was occupied by Georgian troops for a month", "which Georgian troops captured in May"])
def test_a_town_a_relative_clause_tells_taken_is_the_place_of_the_capture(nlp, clause):
    """The relative pronoun stands for the town the clause hangs on: it is what was taken."""
    (seized,) = of_type(nlp, f"The governor returned to Vanadzor, {clause}.", "ASSAULT")
    assert (seized.mode, seized.place.name, [a.name for a in seized.actors]) == ("seize", "Vanadzor", ["Georgian troops"])


def test_a_thing_a_relative_clause_tells_taken_is_no_place(nlp):
    assert of_type(nlp, "The governor bought a car that Georgian troops captured in May.", "ASSAULT") == []


@pytest.mark.parametrize("how", ["virtually addressed the summit in Norland", "addressed the summit in Norland by video link"])
def test_a_meeting_held_at_a_distance_is_a_call_and_no_stop(nlp, how):
    (address,) = [e for e in of_type(nlp, f"Tomas Berg {how} on Monday.", "CONSULT") if e.actors]
    assert (address.mode, address.place) == ("phone", None)
    (meeting,) = of_type(nlp, "Tomas Berg met Ana Lind in Gyumri on Monday over a video that showed the strike.", "CONSULT")
    assert (meeting.mode, meeting.place.name) == ("meet", "Gyumri")  # a video talked over is no video link


def test_sanctions_evaded_are_no_sanctioning_and_a_condition_no_act(nlp):
    """"helped X dodge sanctions" tells no one imposing them; a deal "contingent on the
    withdrawal of X's troops" waits on a withdrawal that has not happened."""
    assert of_type(nlp, "Norland has blacklisted dozens of companies for helping the Georgian military dodge sanctions.", "SANCTION") == []
    assert of_type(nlp, "Georgia evaded the sanctions by buying through Norland.", "SANCTION") == []
    (withdrawal,) = of_type(nlp, "Any deal is contingent on a ceasefire and the withdrawal of Georgian troops.", "RETREAT")
    assert withdrawal.status == "hypothetical"


def test_a_gain_a_military_organ_of_no_named_country_reports_is_a_claim(nlp):
    text = "Georgia invaded Armenia in March. Georgian forces captured Dilijan, the general staff said."
    assert [e.status for e in of_type(nlp, text, "ASSAULT") if e.mode == "seize"] == ["claimed"]
    text = "Georgia invaded Armenia in March. Georgian forces captured Dilijan, the Armenian general staff said."
    assert [e.status for e in of_type(nlp, text, "ASSAULT") if e.mode == "seize"] == ["occurred"]  # the other side concedes it


def test_a_second_stop_with_its_verb_left_out_is_a_trip_of_its_own(nlp):
    trips = dated(nlp, "Tomas Berg will visit Yerevan on Monday and Tbilisi on Tuesday.", "2022-07-15")
    assert [(e.place.name, e.date, [t.name for t in e.targets]) for e in trips] == [
        ("Yerevan", "2022-07-18", ["Yerevan"]), ("Tbilisi", "2022-07-19", ["Tbilisi"])]


def test_a_noun_subjects_target_is_not_its_verbs_object(nlp):
    visits = [e for e in events(nlp, "The Armenian leader's visit to Georgia follows Zhou's controversial state visit to Iran.") if e.mode == "visit"]
    assert [[t.name for t in e.targets] for e in visits] == [["Georgia"], ["Iran"]]


def test_things_captured_from_a_towns_forces_are_no_capture_of_the_town(nlp):
    text = "An exhibition of Western military equipment captured from Yerevan forces during the fighting opened in Tbilisi."
    assert [e for e in events(nlp, text) if e.mode == "seize"] == []
    (taken,) = [e for e in events(nlp, "Georgian forces captured Gyumri from Armenian troops.") if e.mode == "seize"]
    assert taken.place.name == "Gyumri"


def test_a_town_that_fell_is_the_subjects_place(nlp):
    event = only(nlp, "The town of Gyumri fell to Armenian forces.")
    assert (event.mode, event.place.name) == ("seize", "Gyumri")


def test_a_place_left_is_no_stop_and_a_dateline_or_a_month_no_scene(nlp):
    found = events(nlp, "Piet Moro left Georgia and travelled to Yerevan.")
    assert [e.place.name for e in found if e.mode == "visit"] == ["Yerevan"]
    assert events(nlp, "GYUMRI, Armenia — Anna Petrosyan fell to her knees on the steps of the station.") == []
    assert events(nlp, "Piet Moro left Tbilisi in March.") == []
    assert [e.type for e in events(nlp, "Piet Moro was detained after he arrived from Tbilisi.")] == ["COERCE"]
    (trip,) = [e for e in events(nlp, "Piet Moro arrived in Yerevan from Tbilisi on Monday.") if e.mode == "visit"]
    assert trip.place.name == "Yerevan"


def test_a_warning_to_someone_is_a_threat(nlp):
    event = only(nlp, "Tomas Berg warned Piet Moro of severe costs.")
    assert event.type == "THREATEN" and [t.name for t in event.targets] == ["Piet Moro"]


def test_calling_something_a_name_is_no_request(nlp):
    assert [e.type for e in events(nlp, "Piet Moro called the strike on Gyumri a war crime.")] == ["ASSAULT"]


def test_an_act_asked_for_is_the_request_only(nlp):
    assert [e.type for e in events(nlp, "Tomas Berg called on France to ban Armenian imports.")] == ["REQUEST"]
    assert [e.type for e in events(nlp, "Tomas Berg requested France send tanks to Georgia.")] == ["REQUEST"]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Armenia could attack Gyumri at any moment, officials said.", "hypothetical"),  # reported "could" stays a supposition
        ("Officials warned of an Armenian attack on Gyumri.", "hypothetical"),
        ("Georgia prepared for a possible attack by Armenia.", "hypothetical"),
        ("Georgia fears an imminent invasion by Armenia.", "hypothetical"),
        ("Armenian forces regularly shell villages near Gyumri.", "ongoing"),  # generic present
        ("The president's plans to visit Tbilisi drew criticism.", "planned"),
    ],
)
def test_modality_of_feared_supposed_and_habitual_acts(nlp, text, status):
    found = [e for e in events(nlp, text) if e.type in ("ASSAULT", "CONSULT")]
    assert [e.status for e in found] == [status]


def test_a_diplomatic_protest_is_an_accusation(nlp):
    event = only(nlp, "Georgia summoned the Armenian ambassador in strong protest.")
    assert (event.type, event.mode) == ("ACCUSE", "disapprove")


def test_the_war_named_again_is_one_happening(nlp):
    text = "Armenia invaded Georgia in March. Since then, Armenia's invasion has forced many to flee."
    assert len(of_type(nlp, text, "ASSAULT")) == 1


def test_meetings_in_one_town_are_one_gathering(nlp):
    text = "European leaders met in Versailles on Thursday. The summit in Versailles discussed new sanctions."
    assert len(of_type(nlp, text, "CONSULT")) == 1


def test_a_country_named_before_an_invasion_is_not_its_invader(nlp):
    found = events(nlp, "Georgia said the Armenia invasion had failed.")
    assert all(a.name != "Armenia" for e in found for a in e.actors)


@pytest.mark.parametrize(
    ("text", "kind", "mode"),
    [
        ("Armenian forces destroyed a bridge near Gyumri.", "ASSAULT", "destroy"),
        ("Armenia freed 20 Georgian prisoners.", "RETREAT", "release"),
        ("Armenia has amassed troops near Gyumri.", "MOBILIZE", "troops"),
    ],
)
def test_more_plover_words(nlp, text, kind, mode):
    event = only(nlp, text)
    assert (event.type, event.mode) == (kind, mode)


def test_freeing_things_is_no_release(nlp):
    assert events(nlp, "Armenia will free up storage space in Batumi.") == []


def test_a_pledge_is_done_not_claimed_by_its_donor(nlp):
    event = only(nlp, "The United States pledged $800 million in military aid to Georgia.")
    assert event.type == "AID" and event.status != "claimed"


def test_attacks_on_two_places_are_two_attacks(nlp):
    text = "Armenian forces shelled Gyumri on Monday. The shelling of Vanadzor continued overnight."
    found = of_type(nlp, text, "ASSAULT")
    assert len(found) == 2, [(e.text, e.place, e.targets) for e in found]


def test_a_leaders_war_on_one_country_is_the_countrys_war(nlp):
    text = "Armenia's invasion of Georgia is in its third week. Karen Vardanyan's aggression against Georgia has united its neighbours."
    assert len(of_type(nlp, text, "ASSAULT")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Food is scarce in besieged towns like Gyumri, the agency said.",
        "Armenian troops obstructed the delivery of food aid from a Peruvian charity to Gyumri.",
        "Rising prices threaten to derail the recovery.",
    ],
)
def test_a_description_a_prevented_act_or_a_risk_is_no_event(nlp, text):
    assert events(nlp, text) == [], [(e.type, e.text) for e in events(nlp, text)]


@pytest.mark.parametrize(
    ("text", "kind", "mode"),
    [
        ("Armenian troops opened fire on protesters in Gyumri.", "ASSAULT", "firearms"),
        ("Georgian forces said they had blown up a bridge near Gyumri.", "ASSAULT", "destroy"),
        ("Two rockets slammed into a market in Gyumri on Monday.", "ASSAULT", "heavy-weapons"),
        ("Georgia warned that Armenia would face severe consequences.", "THREATEN", None),
        ("Georgia's foreign ministry summoned the Armenian envoy on Monday.", "ACCUSE", "disapprove"),
        ("Armenia is gathering troops near Gyumri.", "MOBILIZE", "troops"),
        ("Thousands of people rallied in Tbilisi on Sunday.", "PROTEST", "demo"),
        ("Armenia waged a brutal war against Georgia.", "ASSAULT", None),
        ("Karen Vardanyan postponed his meeting with the Georgian president.", "REJECT", "meet"),
        ("Armenia turned down the offer from Georgia.", "REJECT", None),
        ("Georgia sought military aid from Peru.", "REQUEST", "assist"),
        ("Foreign ministers convened in Batumi on Tuesday.", "CONSULT", "meet"),
        ("The EU imposed a ban on Armenian oil imports.", "SANCTION", "discontinue"),
        ("Georgia cut diplomatic ties with Armenia.", "SANCTION", "discontinue"),
    ],
)
def test_phrasal_nominal_and_weapon_subject_forms(nlp, text, kind, mode):
    event = only(nlp, text)
    assert (event.type, event.mode) == (kind, mode)


def test_condemning_words_said_of_attacks_are_the_speakers_accusation(nlp):
    accuse = next(e for e in events(nlp, '"Such raids on villages are vile and cowardly," Karen Vardanyan said.') if e.type == "ACCUSE")
    assert accuse.mode == "disapprove" and [a.name for a in accuse.actors] == ["Karen Vardanyan"]


def test_an_unresolved_they_is_the_group_named_just_before(nlp):
    text = "Armenian forces crossed the border on Monday. They shelled Gyumri overnight."
    assault = next(e for e in events(nlp, text) if e.type == "ASSAULT")
    assert [a.name for a in assault.actors] == ["Armenian forces"]
    other = of_type(nlp, "Karen Vardanyan spoke on Monday. They shelled Gyumri overnight.", "ASSAULT")
    assert other and all(e.actors == [] for e in other)  # a person named before is not "they"


def test_the_by_phrase_of_a_participle_names_the_doer_of_a_noun(nlp):
    event = only(nlp, "The destruction left by Armenian forces near Gyumri is vast.")
    assert event.type == "ASSAULT" and [a.name for a in event.actors] == ["Armenian forces"]


def test_a_noun_of_circumstance_keeps_its_own_modality(nlp):
    found = of_type(nlp, "The talks could collapse amid the Armenian invasion of Georgia, Karen Vardanyan said.", "ASSAULT")
    assert [e.status for e in found] == ["ongoing"]


@pytest.mark.parametrize(
    "text",
    [
        "Armenia's defence ministry said it is shelling Georgian positions near Gyumri.",
        "Georgia says it believes Armenian troops shelled Gyumri.",
    ],
)
def test_a_side_reporting_its_own_ongoing_act_or_a_belief_is_a_claim(nlp, text):
    assert [e.status for e in events(nlp, text) if e.type == "ASSAULT"] == ["claimed"]


def test_what_came_under_fire_is_the_target(nlp):
    event = only(nlp, "Gyumri came under fire on Wednesday.")
    assert event.type == "ASSAULT" and [t.name for t in event.targets] == ["Gyumri"]


def test_a_support_verb_in_the_past_lends_its_subject(nlp):
    event = only(nlp, "Armenian and Georgian officials held talks in Yerevan on Tuesday.")
    assert event.mode == "talks" and event.actors and event.place.name == "Yerevan"


def test_a_demonym_names_its_country_when_the_article_does_not(nlp):
    event = only(nlp, "A Peruvian offensive near Tumbes stalled on Monday.")
    assert [a.name for a in event.actors] == ["Peru"]


def test_support_counted_in_money_is_aid(nlp):
    event = only(nlp, "Karen Vardanyan said Armenia would raise its support for Georgia to €3 billion.")
    assert (event.type, event.status) == ("AID", "planned")


@pytest.mark.parametrize(
    "text",
    [
        "Piet Moro offered money to Jon Vale to drop the case.",  # a bribe
        "Georgia offered cash for information on the attackers.",  # a reward
        "Piet Moro promised money to voters at home.",  # a campaign pledge
    ],
)
def test_money_offered_in_exchange_is_no_aid(nlp, text):
    assert not [e for e in events(nlp, text) if e.type == "AID"]


@pytest.mark.parametrize(
    "text",
    [
        "Norland has offered Armenia $40 million to buy winter fuel.",  # a sum offered is aid promised, not a deal
        "Norland will support Armenia with cash.",  # backing paid in money
    ],
)
def test_money_offered_or_given_as_backing_is_aid(nlp, text):
    (aid,) = [e for e in events(nlp, text) if e.type in ("AID", "AGREE", "SUPPORT")]
    assert (aid.type, aid.status, [t.name for t in aid.targets]) == ("AID", "planned", ["Armenia"])


@pytest.mark.parametrize(
    "text",
    [
        "Norland supported the new school reform financially, Ana Lind said.",  # a scheme paid for, no party aided
        "Norland offered Armenia a package of tax reforms on Monday.",  # a bundle of measures, not an aid package
    ],
)
def test_backing_a_scheme_or_a_package_of_measures_is_no_aid(nlp, text):
    assert not of_type(nlp, text, "AID")


@pytest.mark.parametrize(
    "text, receiver",
    [
        ("Norland has supported Georgia militarily since the spring.", "Georgia"),
        ("Norland offered Armenia a package of rifles and tents.", "Armenia"),
    ],
)
def test_backing_a_party_militarily_or_a_package_of_arms_is_aid(nlp, text, receiver):
    (aid,) = of_type(nlp, text, "AID")
    assert [t.name for t in aid.targets] == [receiver]


def test_an_unresolved_first_person_is_no_source(nlp):
    found = events(nlp, "According to our estimates, Armenian forces shelled Gyumri on Monday.")
    assert found and all(e.according_to is None for e in found)


# -- general rules for unseen text: passives, controllers, backgrounds, topics, warnings ----


def test_a_passive_names_no_doer_from_the_clause_above(nlp):
    found = of_type(nlp, "After Karen Vardanyan was killed in a plane crash, Armen Sarkissian appeared to have survived.", "ASSAULT")
    assert found and all(a.name != "Armen Sarkissian" for e in found for a in e.actors)


def test_the_one_ordered_to_act_is_the_actor(nlp):
    found = of_type(nlp, "The court has ordered Armenia to stop its invasion of Georgia.", "ASSAULT")
    assert found and [a.name for a in found[0].actors] == ["Armenia"]


def test_a_gerund_after_by_is_done_by_the_subject(nlp):
    found = of_type(nlp, "Karen Vardanyan welcomed the envoy by thanking Georgia for its help.", "SUPPORT")
    assert found and [a.name for a in found[0].actors] == ["Karen Vardanyan"]


def test_a_possessive_that_is_not_the_subjects_keeps_no_wrong_actor(nlp):
    text = "Karen Vardanyan said Georgia will suffer if its leaders continue to resist his invasion."
    found = of_type(nlp, text, "ASSAULT")
    assert found and all(a.name != "leaders" for a in found[0].actors) and found[0].status == "ongoing"


def test_a_persons_they_is_not_the_speaker(nlp):
    found = of_type(nlp, "Karen Vardanyan said they had captured Gyumri.", "ASSAULT")
    assert found and found[0].actors == [] and found[0].status == "claimed"


def test_an_act_a_decade_old_verb_was_for_is_background(nlp):
    for text in ("In 2010 Armenia sent troops to the border to stop attacks by Georgia.",
                 "Karen Vardanyan began his term in 2010 by promising to end the blockade of Georgia."):
        doc = nlp.make_doc(text)
        doc._.anchor = "2022-03-16"
        assert nlp(doc)._.events == [], text


def test_a_round_of_talks_planned_is_a_planned_consult(nlp):
    event = only(nlp, "Armenia and Georgia plan another round of talks on Monday.")
    assert (event.type, event.status) == ("CONSULT", "planned")
    assert {a.name for a in event.actors} == {"Armenia", "Georgia"}


def test_a_means_defined_is_hypothetical_not_planned(nlp):
    found = events(nlp, "The only way to do it is to send Armenian jets into the airspace, Karen Vardanyan said.")
    assert all(e.status == "hypothetical" for e in found)


def test_a_noun_that_qualifies_a_thing_or_another_act_is_no_event(nlp):
    assert events(nlp, "Prisoners were held at a pre-trial detention centre in the village.") == []
    assert [e.type for e in events(nlp, "Armenia bought attack helicopters and held talks with Georgia.")] == ["CONSULT"]


def test_blame_traded_is_an_accusation_not_the_act_blamed(nlp):
    found = events(nlp, "Armenia and Georgia have traded blame over the strikes.")
    accuse = next(e for e in found if e.type == "ACCUSE")
    assert {a.name for a in accuse.actors} == {"Armenia", "Georgia"}
    assert all(e.actors == [] for e in found if e.type == "ASSAULT")


def test_a_swap_talked_about_is_a_topic(nlp):
    assert of_type(nlp, "Armenia says it is ready to talk about a prisoner swap with Georgia.", "RETREAT") == []


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("Armenia fired three dozen missiles at Gyumri on Thursday.", "heavy-weapons"),
        ("Armenian troops stormed Gyumri in late January.", None),
        ("Georgian forces repelled the Armenian troops near Gyumri.", None),
    ],
)
def test_firing_storming_and_repelling_are_assaults(nlp, text, mode):
    event = next(e for e in events(nlp, text) if e.type == "ASSAULT")
    assert event.mode == mode


def test_a_warning_of_anothers_act_is_no_threat_but_of_ones_own_is(nlp):
    assert of_type(nlp, "The department warned of unlawful arrests.", "THREATEN") == []
    threat = of_type(nlp, "Karen Vardanyan warned that he could block the alliance's expansion.", "THREATEN")
    assert threat and [a.name for a in threat[0].actors] == ["Karen Vardanyan"]
    sanction = of_type(nlp, "Armenia warned that it would impose sanctions on Georgia.", "THREATEN")
    assert sanction


def test_a_capture_takes_its_town_from_a_joined_verb_or_the_noun_it_describes(nlp):
    liberated = next(e for e in events(nlp, "Graves were found in Gyumri, a town recently liberated by Armenian troops.") if e.type == "ASSAULT")
    assert (liberated.mode, liberated.place.name, [a.name for a in liberated.actors]) == ("seize", "Gyumri", ["Armenian troops"])
    seized = next(e for e in events(nlp, "Armenia, which has seized or blockaded all of Georgia's ports, denied it.") if e.type == "ASSAULT")
    assert (seized.mode, seized.place.name) == ("seize", "Georgia")

def test_meeting_a_standard_is_no_meeting_and_recalling_an_envoy_a_sanction(nlp):
    assert [e for e in events(nlp, "Armenia plans to modernise its army to meet alliance standards.") if e.type in ("CONSULT", "REQUEST")] == []
    event = only(nlp, "Armenia recalled its ambassador to Georgia on Friday.")
    assert (event.type, event.mode) == ("SANCTION", "withdraw")  # PLOVER: pulling one's own diplomats out


@pytest.mark.parametrize(
    "text, withdrawn",
    [
        ("Georgia evacuated its diplomats from Yerevan on Monday.", True),
        ("Georgia is drawing down its embassy staff in Yerevan.", True),
        ("Georgia evacuated its embassy staff from Yerevan on Monday.", True),
        ("Armenia evacuated 300 civilians from Gyumri on Monday.", False),  # people led to safety, no ties cut
        ("The Georgian embassy evacuated 200 citizens from Gyumri.", False),  # the embassy acts, no one pulls it out
        ("Armenia evacuated 300 civilians to the Georgian embassy in Gyumri.", False),
        ("The army drew down its stocks of shells.", False),
        ("Georgia drew criticism from embassy staff in Yerevan.", False),  # draws nothing out
    ],
)
def test_pulling_diplomats_out_is_a_sanction(nlp, text, withdrawn):
    """PLOVER's SANCTION withdraw: a state pulling out its own non-military presence, as
    evacuating its diplomats or drawing down its embassy; evacuating civilians is none."""
    assert bool([e for e in of_type(nlp, text, "SANCTION") if e.mode == "withdraw"]) == withdrawn


def test_the_phrase_holding_the_trigger_is_not_its_place(nlp):
    found = of_type(nlp, "Karen Vardanyan, who was subjected to Georgian sanctions on Friday, has been charged.", "SANCTION")
    assert found and found[0].place is None

def test_an_infinitive_on_a_noun_is_done_by_whose_plan_it_is(nlp):
    offer = only(nlp, "Armenia's offer to send planes to Georgia was made on Monday.")
    assert (offer.type, [a.name for a in offer.actors]) == ("AID", ["Armenia"])
    decided = next(e for e in events(nlp, "Armenia made the decision to provide military aid to Georgia.") if e.type == "AID")
    assert ([a.name for a in decided.actors], decided.status) == (["Armenia"], "planned")
    spoken_of = events(nlp, "The ministry described a Georgian offer to send planes to the airbase as untenable.")
    assert all(a.name != "ministry" for e in spoken_of if e.type == "AID" for a in e.actors)


def test_it_was_striking_is_no_strike(nlp):
    assert of_type(nlp, "It was striking when the minister described the plan as untenable.", "ASSAULT") == []

def test_what_one_party_wants_of_another_is_no_act(nlp):
    assert of_type(nlp, "The Kremlin wants Georgia to recognise Abkhazia as part of Armenia.", "SUPPORT") == []
    assert [e.type for e in events(nlp, "Armenia wants to thank Georgia for its help.")] == ["SUPPORT"]


def test_a_newspapers_adjective_is_no_accusation(nlp):
    text = "It is not known whether the drones violate the rules after the brutal Armenian invasion of Georgia, the newspaper added."
    assert of_type(nlp, text, "ACCUSE") == []


def test_a_person_whose_first_name_is_an_outlets_is_no_outlet(nlp):
    """News outlets are matched as the quotes rules match them, capitals and all: "Ria Lind" is a
    person, not the RIA agency, and her adjective condemns; the agency's is narration."""
    (verdict,) = of_type(nlp, "The lawmaker Ria Lind told reporters that Norland’s brutal war must end.", "ACCUSE")
    assert [a.name for a in verdict.actors] == ["Ria Lind"]
    assert of_type(nlp, "The agency RIA told reporters that Norland’s brutal war must end.", "ACCUSE") == []

@pytest.mark.parametrize(
    "source", ["A Reuters correspondent", "The BBC's Caspian correspondent", "The BBC Caspian correspondent", "An AFP reporter"]
)
def test_an_outlets_journalist_narrates_like_the_outlet(nlp, source: str):
    """A journalist of an outlet ("a Reuters correspondent") reports for it: the adjective of
    the report is narration, as the outlet's own would be, not the journalist's accusation."""
    assert of_type(nlp, f"{source} said Norland's troops had shelled Ostrava in a brutal assault.", "ACCUSE") == []


@pytest.mark.parametrize("source", ["The Energy Agency Vale team", "The Herald Square crew"])
def test_a_team_named_after_an_outlets_word_is_no_journalist(nlp, source: str):
    """A team or crew is no newsroom's by its word alone: a name ending in an outlet's word
    ("Agency", "Herald") and then a place is a body's or a place's, whose adjective condemns."""
    (verdict,) = of_type(nlp, f"{source} said Norland's troops had shelled Ostrava in a brutal assault.", "ACCUSE")
    assert [a.name for a in verdict.actors] == [source.removeprefix("The ")]


def test_a_threat_described_or_a_paper_released_is_no_event(nlp):
    assert events(nlp, "The most serious threat to Georgia would be an alliance of its rivals, he said.") == []
    assert events(nlp, "In a paper released on Wednesday by the institute, Karen Vardanyan said the risk was high.") == []

def test_the_subject_of_a_seized_plant_names_the_place(nlp):
    event = next(e for e in events(nlp, "The Gyumri power plant was seized by Armenian forces on Friday.") if e.type == "ASSAULT")
    assert event.mode == "seize" and event.place.name == "Gyumri"


def _seed_events(nlp, name: str):
    gold = json.loads((need(SEED_GOLD) / name).read_text())
    doc = nlp.make_doc(gold["text"])
    doc._.anchor = gold["published"]["value"]
    return gold, nlp(doc)._.events


def _found(system, gold_event) -> object | None:
    """The system event of the gold event's type whose span overlaps it."""
    return next((e for e in system if e.type == gold_event["type"] and e.start < gold_event["end"] and gold_event["start"] < e.end), None)


def test_seed_trip_is_one_planned_event_per_stop_with_its_place(nlp):
    gold, system = _seed_events(nlp, "000_043407dd7b9b1d86.json")
    stops = [g for g in gold["events"] if g["type"] == "CONSULT"][1:]  # the headline's talks aside
    for stop in stops:
        event = _found(system, stop)
        assert event is not None, stop["text"]
        assert event.status == "planned" and event.place.name == stop["place"]["name"]


def test_seed_general_assembly_vote_is_accuse(nlp):
    gold, system = _seed_events(nlp, "000_043407dd7b9b1d86.json")
    vote = next(g for g in gold["events"] if g["actors"][0]["entity"] == "un_general_assembly")
    event = _found(system, vote)
    assert event is not None and event.mode == "disapprove" and event.status == "occurred"
    assert [a.entity for a in event.actors] == ["un_general_assembly"]
    assert [t.entity for t in event.targets] == [t["entity"] for t in vote["targets"]]


def test_seed_summit_and_talks(nlp):
    gold, system = _seed_events(nlp, "003_6e568331d214322c.json")
    summit, talks = (next(g for g in gold["events"] if g["mode"] == mode) for mode in ("meet", "talks"))
    found_summit, found_talks = _found(system, summit), _found(system, talks)
    assert found_summit.status == "planned" and found_summit.date == summit["date"]
    assert found_talks.date == talks["date"]
    assert {a.entity for a in found_talks.actors} == {a["entity"] for a in talks["actors"]}


def test_where_the_person_met_is_where_the_meeting_is(nlp) -> None:
    """The parse hangs "in Vienna" on the person met; a person holds no places, so it is the meeting's."""
    [meeting] = of_type(nlp, "Foreign Minister Jonas Berg met today with Norland's envoy Ana Lind in Vienna.", "CONSULT")
    assert meeting.place is not None and meeting.place.name == "Vienna"
    assert [t.name for t in meeting.counterparts] == ["Ana Lind"]


def test_two_entities_claiming_one_mention_do_not_break_extraction(nlp) -> None:
    """The entities component may give one span to two entities (a capital read as its country
    and as a place-named body); the events component must still run and pick one of them."""
    from sitrep.facts import Entity
    from sitrep.nlp.events import Context

    doc = nlp("Eastport denied on Monday that its troops had shelled Vale.")
    doc._.entities = [Entity("eastport", "Eastport", "organisation", [(0, 8)]), Entity("norland", "Norland", "country", [(0, 8)])]
    assert Context(doc).entity_at(0, 8).id == "eastport"


@pytest.mark.parametrize(
    "text",
    [
        "Ana Lind ordered Norland to withdraw its troops from Vale.",
        "Ruritania told Norland to withdraw its troops from Vale.",
        "Ruritania wants Norland to release the prisoners.",
    ],
)
def test_an_order_or_a_demand_on_another_is_a_request_not_the_act(nlp, text):
    found = events(nlp, text)
    assert [e.type for e in found] == ["REQUEST"], [(e.type, e.text) for e in found]


def test_telling_reporters_is_no_order(nlp):
    assert not any(e.type == "REQUEST" for e in events(nlp, "Ana Lind told reporters she would go to Vale."))


def test_an_invasion_ordered_to_stop_is_still_reported(nlp):
    found = events(nlp, "Vale ordered Norland to stop its invasion of Ruritania.")
    assert {e.type for e in found} >= {"REQUEST", "ASSAULT"}, [(e.type, e.text) for e in found]


def test_help_with_weapons_is_aid(nlp):
    event = only(nlp, "Norland is helping Ruritania with weapons.")
    assert (event.type, [a.name for a in event.actors], [t.name for t in event.targets]) == ("AID", ["Norland"], ["Ruritania"])


def test_help_without_goods_is_no_aid(nlp):
    assert not any(e.type == "AID" for e in events(nlp, "Norland helped Ruritania evacuate civilians."))


@pytest.mark.parametrize(
    "text",
    [
        "An apartment block in Eastport hit by Ruritanian rockets collapsed on Monday.",
        "A hospital in Eastport struck by missiles stayed shut.",
    ],
)
def test_a_thing_struck_names_where_the_attack_landed(nlp, text):
    attacks = of_type(nlp, text, "ASSAULT")
    assert attacks and attacks[0].place is not None and attacks[0].place.name == "Eastport"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Norland slammed the attack on Vale.", "ACCUSE"),
        ("Norland voiced outrage over the shelling of Vale.", "ACCUSE"),
        ("Rockets slammed into Vale overnight.", "ASSAULT"),
    ],
)
def test_spoken_condemnation_words(nlp, text, kind):
    found = events(nlp, text)
    assert found and found[0].type == kind, [(e.type, e.text) for e in found]


@pytest.mark.parametrize(
    "text",
    [
        "Norland called for new sanctions on Vale.",
        "Norland demanded new sanctions on Vale.",
        "Norland pushed for new sanctions on Vale.",
    ],
)
def test_what_a_request_asks_for_is_no_event_of_its_own(nlp, text):
    found = events(nlp, text)
    assert [e.type for e in found] == ["REQUEST"], [(e.type, e.text) for e in found]


def test_lobbying_for_weapons_is_a_request(nlp):
    event = only(nlp, "Ruritania lobbied for fighter jets from Norland.")
    assert (event.type, [a.name for a in event.actors]) == ("REQUEST", ["Ruritania"])


def test_military_help_is_aid(nlp):
    event = only(nlp, "Norland's military help to Ruritania arrived on Monday.")
    assert (event.type, [a.name for a in event.actors], [t.name for t in event.targets]) == ("AID", ["Norland"], ["Ruritania"])


def test_backing_named_by_a_noun_is_support(nlp):
    event = only(nlp, "Norland reaffirmed its backing for Ruritania.")
    assert (event.type, [a.name for a in event.actors]) == ("SUPPORT", ["Norland"])


@pytest.mark.parametrize(
    "text, kind, expected",
    [
        ("Norland deployed 3,000 troops to its border with Ruritania on Monday.", "MOBILIZE", True),
        ("Hackers in Ruritania deployed new malware against banks in Norland.", "MOBILIZE", False),
        ("The visit will reinforce support for the government of Vale.", "MOBILIZE", False),
        ("Ruritania released 12 prisoners of war on Friday.", "RETREAT", True),
        ("The ministry of Norland released a plan to rebuild Eastport.", "RETREAT", False),
    ],
)
def test_deployments_and_releases_need_forces_and_people(nlp, text, kind, expected):
    assert any(e.type == kind for e in events(nlp, text)) == expected, [(e.type, e.text) for e in events(nlp, text)]


def test_a_relative_clause_shares_the_time_of_the_noun_it_describes(nlp):
    """ "In 2015 the assembly adopted a resolution which condemned ...": the condemnation is of
    2015, background to a 2022 report; the same clause of last week is news."""
    old = nlp.make_doc("In 2015, the assembly of Vale adopted a resolution which condemned the blockade of Eastport.")
    new = nlp.make_doc("On Monday, the assembly of Vale adopted a resolution which condemned the blockade of Eastport.")
    found = []
    for doc in (old, new):
        doc._.anchor = "2022-05-19"
        for _, component in nlp.pipeline:
            doc = component(doc)
        found.append([e.type for e in doc._.events])
    assert "ACCUSE" not in found[0] and "ACCUSE" in found[1], found


def test_an_invitation_to_talks_is_an_offer_not_talks_held(nlp):
    event = only(nlp, "Any country with ties to Norland is welcome to discuss with Ruritania other ways to address the threat.")
    assert event.type == "AGREE"


def test_the_owner_of_a_force_is_not_where_it_acted(nlp):
    """ "the withdrawal of Chad's troops": whose troops, not a withdrawal in Chad."""
    event = only(nlp, "The withdrawal of Chad's troops was completed on Monday.")
    assert event.type == "RETREAT" and event.place is None


def test_strikes_on_towns_joined_by_and_are_one_attack_per_town(nlp):
    """A digest of strikes: each town struck is its own attack, with its own place."""
    found = events(nlp, "Ruritanian jets carried out strikes on Eastport and Vale, two towns in Norland.")
    assert sorted(e.place.name for e in found if e.type == "ASSAULT") == ["Eastport", "Vale"]


def test_towns_listed_as_a_group_after_a_dash_are_one_front_not_attacks_each(nlp):
    """ "strikes on the last row of towns — X, Y and Z": the list says which front one barrage
    hit; the split by town is for places the attack takes directly."""
    from sitrep.nlp.events.where import _listed_in_group

    grouped = nlp("Ruritania began daily strikes on the last row of towns — Eastport, Vale and Marn.")
    direct = nlp("Ruritania began daily strikes on Eastport, Vale and Marn.")
    assert _listed_in_group(next(t for t in grouped if t.text == "Vale"))
    assert not _listed_in_group(next(t for t in direct if t.text == "Vale"))


def test_a_verb_joined_to_a_request_by_and_is_an_act_of_its_own(nlp):
    """ "has called for X and backs Y": the backing is a second act, not what was asked for."""
    found = events(nlp, "Norland has urged harsher penalties against Ruritania and backs Vale's bid to join the bloc.")
    assert {e.type for e in found} >= {"REQUEST", "SUPPORT"}, [(e.type, e.text) for e in found]


@pytest.mark.parametrize(
    ("text", "consult"),
    [
        ("Ana Lind spoke with Piet Moro on Tuesday.", True),
        ("Piet Moro spoke to reporters in Eastport.", False),
    ],
)
def test_speaking_with_a_named_person_is_a_conversation(nlp, text, consult):
    """Talking with a named person consults them; speaking to the press is a statement."""
    assert any(e.type == "CONSULT" for e in events(nlp, text)) == consult, [(e.type, e.text) for e in events(nlp, text)]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Norland's army launched a counteroffensive in the north of Vale.", "ASSAULT"),
        ("Ruritanian jets dropped bombs on Eastport, a town in Norland.", "ASSAULT"),
        ("Norland announced on Friday a fresh tranche of weapons for Vale's army.", "AID"),
        ("About 300 Norland soldiers surrendered at Eastport, a town in Vale, Ruritania said.", "RETREAT"),
        ("Ruritania has cut gas supplies to Norland.", "SANCTION"),
        ("Ruritania slashed oil deliveries to Norland and Vale.", "SANCTION"),
        ("Ruritania brought charges against Piet Moro on Monday.", "ACCUSE"),
    ],
)
def test_counteroffensives_bombs_dropped_tranches_surrenders_cuts_and_charges(nlp, text, kind):
    assert kind in [e.type for e in events(nlp, text)], [(e.type, e.text) for e in events(nlp, text)]


def test_dropping_a_plan_is_no_attack(nlp):
    """ "dropped" attacks only with bombs: a plan or a demand dropped is none."""
    assert not of_type(nlp, "Norland dropped its plan to build a bridge to Eastport.", "ASSAULT")


@pytest.mark.parametrize(
    ("text", "demand"),
    [
        ("Norland should free the pilots at once, Ana Lind said.", True),
        ('"The pilots must be freed," Piet Moro said.', True),
        ("Analysts in Vale said prices should fall next year.", False),
        ('"We must not forget Eastport," Ana Lind said.', False),
    ],
)
def test_what_a_speaker_says_a_party_should_do_is_a_demand(nlp, text, demand):
    """ "X should free them, she said": her demand on X (REQUEST); a forecast about a thing or
    the speaker's own "we must" asks nothing of anyone."""
    found = events(nlp, text)
    assert any(e.type == "REQUEST" for e in found) == demand, [(e.type, e.text) for e in found]
    assert not any(e.type == "RETREAT" for e in found)  # the freeing is what is asked for, not done


@pytest.mark.parametrize(
    ("text", "demand"),
    [
        ("Further financial restrictions against Norland are needed, the Vale prime minister, Ana Lind, said.", True),
        ("An independent inquiry into the shelling is urgently needed, Ana Lind said.", True),
        ("Ana Lind said more time is needed to see whether other shipments will follow.", False),
        ("Ana Lind said she would do what is needed to defend the country.", False),
        ("Ana Lind said no further restrictions are needed.", False),
        ("Ana Lind said the new laws were needed to guarantee the supply of fuel.", False),
        ("Ana Lind said that if more doctors are needed, the hospital will hire them.", False),
        ("Ana Lind said it is unclear whether more doctors are needed.", False),
    ],
)
def test_what_a_speaker_says_is_needed_now_is_a_demand(nlp, text, demand):
    """ "Further restrictions are needed, she said": a thing said to be needed now is asked for,
    as one that "should" be done (REQUEST by the speaker); time needed, "what is needed", a need
    denied, what was needed for a past act, and a need supposed or weighed ask for nothing."""
    found = events(nlp, text)
    assert any(e.type == "REQUEST" and e.actors and e.actors[0].name == "Ana Lind" for e in found) == demand, [(e.type, e.text, e.actors) for e in found]


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("Vale badly needs air defence missiles to protect its cities, Ana Lind said.", True),
        ("Vale needs time to rebuild its harbour, Ana Lind said.", False),
    ],
)
def test_a_party_said_to_need_arms_asks_for_them(nlp, text, asks):
    assert any(e.type == "REQUEST" for e in events(nlp, text)) == asks, [(e.type, e.text) for e in events(nlp, text)]


@pytest.mark.parametrize(
    ("text", "donor"),
    [
        ("The Norland government said that 400 generators are to be sent to Vale.", "Norland government"),
        ("Vale said that 40 tanks had been delivered to Vale.", None),
    ],
)
def test_help_told_in_the_passive_is_the_speakers_when_it_goes_to_another(nlp, text, donor):
    """The speaker gives what it says "will be sent" to another party; a recipient reporting
    what it got names no donor."""
    given = of_type(nlp, text, "AID")
    assert [a.name for e in given for a in e.actors] == ([donor] if donor else []), given


def test_telling_a_party_what_it_should_know_warns_it(nlp):
    """ "X should know that they will answer for it", she said: a warning to X (THREATEN)."""
    event = only(nlp, '"Piet Moro and his generals should know that they will answer for these crimes," Ana Lind said.')
    assert (event.type, [a.name for a in event.actors]) == ("THREATEN", ["Ana Lind"])


def test_hosting_refugees_is_no_meeting(nlp):
    assert not of_type(nlp, "Norland is hosting more than 30,000 refugees from Vale.", "CONSULT")


def test_a_headline_in_capitals_is_read_in_sentence_case(nlp):
    """A linked story's title reports a happening too: parsed again in sentence case, the
    shelling it names is found, with its doer written as the body writes it."""
    text = (
        "SEE ALSO: New Talks Planned While Ruritania Keeps Shelling Norland Towns\n"
        "The minister of Norland, Ana Lind, said on Monday that help from Vale was reaching the army. Ruritania and Norland are at war."
    )
    shelling = of_type(nlp, text, "ASSAULT")
    assert [(e.text, [a.name for a in e.actors]) for e in shelling] == [("Shelling", ["Ruritania"])]


def test_recased_headlines_keep_offsets_and_the_bodys_names():
    from sitrep.nlp.events import recase_headlines

    text = "NORLAND POSTPONES TALKS WITH VALE LEADER\nThe talks with Vale were to start on Monday, Norland said."
    recased = recase_headlines(text, [(0, 40)])
    assert len(recased) == len(text)
    assert recased.startswith("Norland postpones talks with Vale leader\n") and not recased.strip("\n ").endswith("said.")


def test_a_headline_that_sums_up_the_body_adds_nothing(nlp):
    """The headline's condemnation is the one the body tells, though each names the speaker
    differently."""
    text = "NORLAND CONDEMNS RURITANIAN SHELLING OF EASTPORT\nThe foreign ministry of Norland condemned the shelling of Eastport by Ruritania on Monday."
    assert sorted(e.type for e in events(nlp, text)) == ["ACCUSE", "ASSAULT"], [(e.type, e.text) for e in events(nlp, text)]


def test_what_a_deployment_moves_is_not_who_deploys(nlp):
    """ "announced the deployment of those weapons": "of X" names no party here, so the one who
    announces the deployment is its actor."""
    event = only(nlp, "Ana Lind announced the deployment of those missiles to nearby Vale.")
    assert (event.type, [a.name for a in event.actors]) == ("MOBILIZE", ["Ana Lind"])


def test_funding_someone_approves_is_aid(nlp):
    found = events(nlp, "The Norland parliament approved $40 million in emergency funding for Vale on Monday.")
    assert [e.type for e in found] == ["AID"], [(e.type, e.text) for e in found]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Ana Lind said 300 soldiers from Eastport were taken to an old prison camp in Vale.", "COERCE"),
        ("Norland said 40 Vale soldiers were moved into a detention centre in Eastport.", "COERCE"),
        ("Norland sent 40 soldiers to Eastport, a town in Vale.", "MOBILIZE"),
    ],
)
def test_people_sent_into_custody_are_held_not_deployed(nlp, text, kind):
    assert [e.type for e in events(nlp, text)] == [kind], [(e.type, e.text) for e in events(nlp, text)]


@pytest.mark.parametrize(
    ("text", "kind", "found"),
    [
        ("Ana Lind and Piet Moro discussed talks between Norland and Vale.", "CONSULT", True),
        ("Ana Lind and Piet Moro discussed the sanctions on Vale.", "SANCTION", False),
    ],
)
def test_a_topic_that_names_who_does_it_is_a_happening(nlp, text, kind, found):
    assert any(e.type == kind for e in events(nlp, text)) == found, [(e.type, e.text) for e in events(nlp, text)]


def test_a_standing_ovation_is_backing(nlp):
    found = events(nlp, "The Norland parliament gave a standing ovation to Vale's president, Ana Lind, on Monday.")
    assert [e.type for e in found] == ["SUPPORT"], [(e.type, e.text) for e in found]


def test_what_a_newsletter_covers_is_no_happening(nlp):
    """A blurb for "the latest updates on the shelling of X" advertises a report; the shelling
    is its subject, not an attack this text tells."""
    assert not events(nlp, "Get the latest updates on the shelling of Eastport, a town in Norland, in our live blog.")


def test_volunteers_joining_an_army_mobilise_it(nlp):
    found = events(nlp, "Hundreds of volunteers have been queuing in Eastport to join the Norland army.")
    assert [e.type for e in found] == ["MOBILIZE"], [(e.type, e.text) for e in found]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Ruritania has threatened a strike against Vale's ministries if Norland sends jets.", "ASSAULT"),
        ("Vale rejected talks with Ruritania on Monday.", "CONSULT"),
    ],
)
def test_an_act_threatened_or_refused_is_not_done(nlp, text, kind):
    """The strike threatened and the talks rejected are what the threat and the refusal are
    about, not happenings of their own."""
    assert not [e for e in events(nlp, text) if e.type == kind], [(e.type, e.text) for e in events(nlp, text)]


def test_an_invasion_called_first_or_previous_is_background(nlp):
    found = events(nlp, "Ana Lind said Ruritania had waged war on Norland since it launched its first invasion of Vale.")
    assert [e.text for e in found if e.type == "ASSAULT"] == ["war"], [(e.type, e.text) for e in found]


@pytest.mark.parametrize(
    ("text", "aid"),
    [
        ("Norland approved a rescue package for Vale on Monday.", True),
        ("Norland approved a package of reforms on Monday.", False),
    ],
)
def test_a_rescue_package_is_aid(nlp, text, aid):
    assert any(e.type == "AID" for e in events(nlp, text)) == aid, [(e.type, e.text) for e in events(nlp, text)]


def test_what_a_war_does_is_no_party_decision(nlp):
    """"The war has halted trade": the war's toll, not a sanction by the war's owner."""
    assert events(nlp, "Norland's unprovoked war of aggression has halted maritime trade in large parts of the Vale Sea.") == []
    assert events(nlp, "The war has halted grain exports from Vale, Ana Lind said.") == []
    assert [e.type for e in events(nlp, "Norland has halted trade with Ruritania.")] == ["SANCTION"]


def test_a_relative_clause_with_its_own_object_gives_nothing_to_its_noun(nlp):
    """"weapons, for which the parliament provided authority": the parliament gave authority,
    not the weapons; "the weapons which Vale provided" were given by Vale."""
    text = "Norland will speed up the delivery of weapons and equipment for which the parliament has provided authority."
    assert [e.text for e in events(nlp, text) if e.type == "AID"] == ["delivery"]
    assert [e.text for e in events(nlp, "Norland praised the weapons which Vale provided last month.") if e.type == "AID"] == ["provided"]


def test_what_an_inquiry_looks_into_is_not_reported_as_news(nlp):
    """"evidence of X's atrocities", "accountability for the war crimes": the act is what is
    proven or answered for, not a happening this sentence tells."""
    text = "Norland will support efforts to document evidence of Ruritania's atrocities in Vale."
    assert [e.type for e in events(nlp, text)] == ["SUPPORT"]
    assert "ASSAULT" in [e.type for e in events(nlp, "Ruritania committed atrocities in Vale, Ana Lind said.")]


def test_our_help_is_not_the_subjects_own(nlp):
    """"The people of Vale, with our assistance, have defended ...": "our" is the speaker's,
    so the defenders are not the donors of that aid."""
    text = "The people of Vale, with our military assistance, have defended their homeland against Ruritania, Norland said."
    assert not [e for e in events(nlp, text) if e.type == "AID" and any(a.name == "people" for a in e.actors)]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Georgia said Armenia was fully responsible for the death of a Georgian aid worker.", "Armenia"),
        ('"The Armenian missile tests are dangerous and irresponsible," Piet Moro said.', "Armenia"),
        ("Piet Moro said the world stands against Armenia's reckless attempts to change its border.", "Armenia"),
        # a second judging word joined to the first is said of the same thing
        ("Jon Vale, the British defence secretary, said Georgia's announcement was unexpected and irresponsible.", "Georgia"),
        # what is done "by" a party is that party's
        ("Jon Vale, the British defence secretary, said the drills were ordered after provocative statements by Georgian officials.", "Georgia"),
    ],
)
def test_blaming_words_said_of_a_party_are_the_speakers_accusation(nlp, text, target):
    accuse = of_type(nlp, text, "ACCUSE")
    assert len(accuse) == 1, [(e.type, e.text) for e in events(nlp, text)]
    assert accuse[0].mode == "disapprove" and [t.name for t in accuse[0].targets] == [target]
    assert accuse[0].actors and accuse[0].actors[0].name != target


@pytest.mark.parametrize(
    "text",
    [
        "Armenia's reckless attempts to change its border have failed.",  # the reporter's words
        "Piet Moro said it was a dangerous moment for the region.",  # said of nobody
        "Piet Moro said the official responsible had resigned.",  # an office, no charge
        "Piet Moro said he would ask the International Criminal Court to act.",  # a word of a name
        "Armenia said Armenian officials were not responsible for the fire.",  # its own side
    ],
)
def test_blaming_words_of_nobody_or_by_nobody_are_no_accusation(nlp, text):
    assert not of_type(nlp, text, "ACCUSE"), [(e.type, e.text) for e in events(nlp, text)]


@pytest.mark.parametrize(
    ("text", "kind", "mode"),
    [
        ("Georgia has blocked Armenian gas imports.", "SANCTION", "discontinue"),
        ("Armenia barred twenty Georgian officials from entering the country.", "SANCTION", "discontinue"),
        ("Armenia has blocked access to two Georgian news websites.", "COERCE", "censor"),
        ("Armenia has launched a sweeping crackdown on independent news outlets.", "COERCE", "restrict"),
    ],
)
def test_blocking_trade_entry_or_news_and_crackdowns(nlp, text, kind, mode):
    event = only(nlp, text)
    assert (event.type, event.mode) == (kind, mode)


@pytest.mark.parametrize("text", ["Protesters blocked the road to the airport.", "The guards barred the door."])
def test_blocking_a_road_or_a_door_is_no_sanction(nlp, text):
    assert not [e for e in events(nlp, text) if e.type in ("SANCTION", "COERCE")]


@pytest.mark.parametrize(
    ("text", "judge", "target"),
    [
        ("The former Armenian president Karen Vardanyan described Piet Moro's remarks as reasonable.", "Karen Vardanyan", "Piet Moro"),
        ("A trial of the Georgian pilots, described by the Georgian president, Ana Lind, as heroes, is due in May.", "Ana Lind", "Georgia"),
        ("The European Commission has said Georgia was acting legally.", "European Commission", "Georgia"),
    ],
)
def test_praising_words_said_of_a_party_are_the_speakers_support(nlp, text, judge, target):
    support = of_type(nlp, text, "SUPPORT")
    assert len(support) == 1, [(e.type, e.text) for e in events(nlp, text)]
    assert [a.name for a in support[0].actors] == [judge]
    assert len(support[0].targets) == 1 and support[0].targets[0].name.startswith(target)  # "Georgia" or "Georgian pilots"


def test_praise_denied_is_no_support(nlp):
    assert not of_type(nlp, "The European Commission said Georgia was not acting legally.", "SUPPORT")


@pytest.mark.parametrize(
    ("text", "actor", "mode"),
    [
        ("Piet Moro said Norland will not supply Vale with rockets.", "Norland", "assist"),
        ("Norland declined to send tanks to Vale.", "Norland", "assist"),
        ("Norland forces will not withdraw from Eastport, Piet Moro said.", "Norland forces", "yield"),
        ("Piet Moro said Norland did not plan to send rockets to Vale.", "Norland", "assist"),  # an intent disowned
        ("Norland does not agree to this, Piet Moro said.", "Norland", "yield"),  # a stand taken now
    ],
)
def test_a_party_saying_it_will_not_give_meet_or_yield_rejects(nlp, text, actor, mode):
    event = only(nlp, text)
    assert (event.type, event.mode, event.status) == ("REJECT", mode, "occurred")
    assert [a.name for a in event.actors] == [actor]


@pytest.mark.parametrize("text", [
    "Piet Moro said Norland did not expect to send rockets to Vale this month.",  # a forecast, no intent disowned
    "If Norland does not agree to the truce, the talks in Eastport will end.",  # a condition
])
def test_no_refusal_in_a_forecast_or_a_condition(nlp, text):
    assert not of_type(nlp, text, "REJECT")


def test_an_act_that_simply_did_not_happen_is_no_rejection(nlp):
    assert events(nlp, "Norland did not send tanks to Vale.") == []
    assert events(nlp, "Norland and Vale did not agree on a ceasefire.") == []  # no deal, no stand taken
    assert events(nlp, "Norland and Vale do not agree on where the line runs.") == []  # a difference, no offer turned down


@pytest.mark.parametrize(
    ("text", "kind", "actor"),
    [
        ("The Georgian defence minister, Jon Vale, said Georgia is not sending troops to Armenia.", "MOBILIZE", "Georgia"),
        ("Georgia said it is not providing Armenia with arms.", "AID", "Georgia"),
        ('"We did not shell Vanadzor," Piet Moro said.', "ASSAULT", "Piet Moro"),
    ],
)
def test_a_deed_its_own_side_says_it_did_not_do_is_denied(nlp, text, kind, actor):
    """The contract: what did not happen is no event unless someone denies it; a party's "not"
    on its own deed is that denial, where the reporter's own "did not send" is none."""
    (event,) = of_type(nlp, text, kind)
    assert event.status == "denied" and [a.name for a in event.actors] == [actor]


def test_a_deed_another_side_says_a_party_did_not_do_is_no_event(nlp):
    assert of_type(nlp, "Jon Vale said Georgia is not providing Armenia with arms.", "AID") == []


@pytest.mark.parametrize("text", [
    "Georgia said it had not yet sent troops to Armenia.",
    "Georgia said it still has not sent troops to Armenia.",
])
def test_a_deed_its_side_has_not_yet_done_is_pending_not_denied(nlp, text):
    """"Not yet" or "still not" says the deed may come, as "had not yet decided" does: no one
    denies it."""
    assert of_type(nlp, text, "MOBILIZE") == []


@pytest.mark.parametrize(
    ("text", "kind", "trigger"),
    [
        ("Georgia has continued its build-up of troops near Gyumri.", "MOBILIZE", "build-up"),
        ("A cease-fire between Georgia and Armenia began on Monday.", "AGREE", "cease-fire"),
    ],
)
def test_a_hyphenated_trigger_split_by_the_tokenizer_is_read_whole(nlp, text, kind, trigger):
    """The tokenizer splits "build-up" into three tokens; the lexicon lists the whole word, so
    neither its last part alone nor nothing at all is read."""
    assert [e.text for e in events(nlp, text)] == [trigger] and events(nlp, text)[0].type == kind


@pytest.mark.parametrize(
    "text",
    [
        "Norland's president Piet Moro spoke with the Vale president, Ana Lind, to discuss sanctions.",
        "Norland's president Piet Moro spoke to his Vale counterpart on Monday.",
    ],
)
def test_speaking_with_an_office_holder_is_a_call_by_the_named_person(nlp, text):
    event = only(nlp, text)
    assert event.type == "CONSULT" and [a.name for a in event.actors if a not in event.counterparts] == ["Piet Moro"]


def test_speaking_to_reporters_is_no_call(nlp):
    assert of_type(nlp, "Piet Moro spoke to reporters on Monday.", "CONSULT") == []


@pytest.mark.parametrize(
    "text",
    ["Norland will double the number of missiles it sends to Vale.", "Norland is providing intelligence to Vale."],
)
def test_goods_a_party_is_sending_are_aid(nlp, text):
    event = only(nlp, text)
    assert event.type == "AID" and [a.name for a in event.actors] == ["Norland"]


@pytest.mark.parametrize(
    "text", [
        "Piet Moro said Norland would face severe consequences.", '"Norland will pay a heavy price for this," Piet Moro said.',
        "Piet Moro assured that if Norland chooses a war in Armenia, it would bear a high cost.",  # "it" is whom the condition names
    ]
)
def test_a_penalty_said_to_come_is_the_speakers_threat(nlp, text):
    threat = of_type(nlp, text, "THREATEN")
    assert len(threat) == 1 and [a.name for a in threat[0].actors] == ["Piet Moro"]
    assert [t.name for t in threat[0].targets] == ["Norland"]


@pytest.mark.parametrize(
    "text",
    ["Norland has paid a heavy price, Piet Moro said.", "Piet Moro said Norland would not face consequences.", "Oil prices will rise, Piet Moro said."],
)
def test_losses_paid_or_penalties_spared_are_no_threat(nlp, text):
    assert not of_type(nlp, text, "THREATEN")


def test_a_penalty_the_speakers_own_side_pays_warns_no_one_the_condition_names(nlp):
    text = "Piet Moro warned that if Norland cuts off gas, we would pay a heavy price."
    assert not [t.name for e in of_type(nlp, text, "THREATEN") for t in e.targets], [(e.text, e.targets) for e in events(nlp, text)]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Norland has long objected to a Valish military presence in Eastport.", "ongoing"),
        ("Norland has shelled Vale since March.", "ongoing"),
        ("Norland has shelled Vale for weeks.", "ongoing"),
        ("Norland has shelled Vale.", "occurred"),
    ],
)
def test_a_present_perfect_stretched_to_now_goes_on(nlp, text, status):
    assert only(nlp, text).status == status



@pytest.mark.parametrize(
    "text",
    [
        "The strike came hours before a planned meeting between the presidents of Armenia and Georgia.",
        "Pashinyan arrived in Tbilisi ahead of an upcoming summit with Georgia's leaders.",
        "Officials in Yerevan spoke of the scheduled talks between Armenia and Georgia.",
    ],
)
def test_a_meeting_said_to_be_planned_or_upcoming_is_planned(nlp, text):
    meetings = of_type(nlp, text, "CONSULT")
    assert [e.status for e in meetings] == ["planned"]


@pytest.mark.parametrize(
    "text",
    [
        "Mirzoyan presses for support when he meets the Georgian foreign minister in Tbilisi next week.",
        "Mirzoyan meets the Georgian foreign minister in Tbilisi next week.",
    ],
)
def test_an_act_dated_after_the_day_of_publication_is_planned(nlp, text):
    """The present tense names no modal ("when she meets ... next week"): the date, later than
    the article's day, says the meeting is still to come."""
    (meeting,) = [e for e in dated(nlp, text) if e.type == "CONSULT"]
    assert (meeting.status, meeting.date) == ("planned", "2022-W12")


def test_an_act_dated_before_the_day_of_publication_stays_done(nlp):
    (met,) = [e for e in dated(nlp, "Mirzoyan met the Georgian foreign minister in Tbilisi last week.") if e.type == "CONSULT"]
    assert (met.status, met.date) == ("occurred", "2022-W10")


def test_an_amount_given_of_goods_is_aid(nlp):
    """"provided 4,200 of the missiles": the goods are in the number's "of" phrase."""
    event = only(nlp, "Armenia has already provided more than 4,200 of the anti-tank missiles to Georgia.")
    assert (event.type, [a.name for a in event.actors]) == ("AID", ["Armenia"])
    assert events(nlp, "The ministry provided 40 of the names.") == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The Armenian prime minister admonished Georgia for failing to heed the warnings.", "ACCUSE"),
        ("The Georgian foreign minister berated the Armenian ambassador.", "ACCUSE"),
        ("Armenia welcomed the decision of Georgia to reopen the border.", "SUPPORT"),
        ("The Armenian president congratulated the Georgian prime minister.", "SUPPORT"),
    ],
)
def test_judgement_verbs_of_blame_and_praise(nlp, text, kind):
    assert only(nlp, text).type == kind


def test_welcoming_people_is_no_backing(nlp):
    assert of_type(nlp, "Armenia welcomed the refugees at the border.", "SUPPORT") == []


def test_a_rule_about_any_act_is_no_happening(nlp):
    """"an attack on one member is an attack on all" defines a kind of act; a real one stays."""
    assert of_type(nlp, "The treaty states that an attack on one member is an attack on all.", "ASSAULT") == []
    assert [e.type for e in events(nlp, "An attack on Gyumri killed three people on Monday.")] == ["ASSAULT"]


def test_a_capture_takes_a_place_not_what_is_said_of_one(nlp):
    """"capture, analyze and publish evidence of crimes in X" captures no place; "seized or
    blockaded the ports of X" and "captured the town of X" do."""
    text = "The ministry set up an office to capture, analyze, and make available evidence of war crimes in Georgia."
    assert [e for e in events(nlp, text) if e.mode == "seize"] == []
    taken = [e for e in events(nlp, "Armenian forces seized or blockaded the ports of Batumi and Poti.") if e.mode == "seize"]
    assert {e.place.name for e in taken} == {"Batumi", "Poti"}


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Georgian troops overran the town of Gavar on Tuesday.", "occurred"),
        ("Georgia has refocused its efforts on capturing the town of Gavar.", "ongoing"),  # an effort, no capture yet
        ("Georgian forces were moving south, claiming the capture of Vanadzor.", "claimed"),
        ("Georgia's defence ministry said its forces had taken control of Gavar.", "claimed"),  # the speaker's own forces
        ("Surrounded, the troops at the plant continued to fight even after Gavar fell to Georgian forces.", "occurred"),  # the fall only dates the fighting
    ],
)
def test_a_capture_done_tried_or_claimed(nlp, text, status):
    """The map shows who holds a town: an attempt or a side's claim is no capture that occurred."""
    assert [(e.place.name if e.place else None, e.status) for e in events(nlp, text) if e.mode == "seize"] == [
        ("Vanadzor" if "Vanadzor" in text else "Gavar", status)
    ]


def test_who_claims_a_capture_made_it_as_claimed(nlp):
    """"..., claiming the capture of X": the claimer's own capture, claimed; who alleges a
    killing, or a person who claims one, did not do it."""
    (capture,) = [e for e in events(nlp, "Georgian forces were moving south, claiming the capture of Vanadzor.") if e.mode == "seize"]
    assert ([a.name for a in capture.actors], capture.status) == (["Georgian forces"], "claimed")
    for text in ("Piet Moro alleged the killing of 12 civilians in Gavar.", "Georgia claimed the massacre of 12 civilians in Gavar."):
        assert all(not e.actors for e in of_type(nlp, text, "ASSAULT")), text


def test_a_person_s_its_forces_is_no_claim_of_his_own(nlp):
    """"X said its forces had taken Y" is a body's claim of its own act; a person saying another
    country's forces withdrew is no claim of his."""
    (retreat,) = of_type(nlp, "Piet Moro said Armenia was losing ground and its forces had withdrawn from Gavar.", "RETREAT")
    assert retreat.status == "occurred"


def test_each_verb_joined_to_an_aim_is_an_aim(nlp):
    """"a commitment to end the blockade and send aid": the sending is aimed at, like the ending
    (with "efforts" it is under way, as the seeds' gold has it: see below)."""
    (aid,) = of_type(nlp, "Armenia announced a commitment to end the blockade and send aid to Georgia.", "AID")
    assert aid.status == "hypothetical"
    (sent,) = of_type(nlp, "Armenia announced efforts to end the blockade and send aid to Georgia.", "AID")
    assert sent.status == "ongoing"


def test_financial_reserves_are_no_forces(nlp):
    assert of_type(nlp, "Sanctions blunt the Central Bank's ability to deploy international reserves, including gold, to prop up the economy.", "MOBILIZE") == []


@pytest.mark.parametrize(
    ("text", "kind", "status"),
    [
        ("Armenian troops have begun launching almost daily strikes on Gyumri.", "ASSAULT", "ongoing"),
        ("Residents fled amid shelling of Gyumri by Armenian forces.", "ASSAULT", "ongoing"),
        ("Residents fled during relentless shelling of Gyumri by Armenian forces.", "ASSAULT", "ongoing"),
        ("Georgia has been threatening a new military incursion into Armenia.", "THREATEN", "ongoing"),
        ("Leaders gathered in Tbilisi ahead of the summit in Yerevan.", "CONSULT", "planned"),
    ],
)
def test_words_that_make_an_act_go_on_or_still_to_come(nlp, text, kind, status):
    """(The leaders' gathering in Tbilisi is a meeting of its own, done: only the act the words
    are about is checked.)"""
    assert [e.status for e in events(nlp, text) if e.type == kind and e.text not in ("gathered",)] == [status]



def test_any_act_of_a_kind_is_hypothetical(nlp):
    """"would welcome any talks": whichever talks may come, none have been held; "any attack on
    X will be met with force" reports no attack at all."""
    assert [e.status for e in events(nlp, "Georgia would welcome any talks with Armenia.") if e.type == "AGREE"] == ["hypothetical"]
    assert not of_type(nlp, "Any attack on Armenia will be met with force.", "ASSAULT")


@pytest.mark.parametrize("text", ["Armenian forces shelled the villages daily.", "Armenian forces shell Gyumri every night."])
def test_an_act_said_of_every_day_goes_on(nlp, text):
    assert [e.status for e in events(nlp, text) if e.type == "ASSAULT"] == ["ongoing"]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Armenian forces inflict destruction on Gyumri every day.", "Armenian forces"),
        ("Georgian troops perpetrated atrocities in Gyumri.", "Georgian troops"),
    ],
)
def test_the_doer_of_an_act_inflicted_or_perpetrated_is_the_subject(nlp, text, actor):
    (event,) = of_type(nlp, text, "ASSAULT")
    assert [a.name for a in event.actors] == [actor]


def test_a_meeting_people_were_supposed_to_hold_is_a_plan(nlp):
    (meeting,) = of_type(nlp, "The two presidents were supposed to meet in Tbilisi last week.", "CONSULT")
    assert meeting.status == "planned"
    (met,) = of_type(nlp, "I suppose the two presidents met in Tbilisi.", "CONSULT")
    assert met.status == "occurred"


@pytest.mark.parametrize(
    "text",
    ["The editor was detained over the outlet's calls for sanctions against Armenia.",
     "The pipeline shut down when officials insisted that sanctions against Armenia made it impossible to run.",
     "A scholar who has studied sanctions on Armenia said the plan would fail."],
)
def test_sanctions_nobody_imposes_are_a_topic(nlp, text):
    assert of_type(nlp, text, "SANCTION") == []


def test_sanctions_a_verb_imposes_stay_without_a_named_actor(nlp):
    text = "They discussed transatlantic efforts to impose economic costs on Armenia."
    assert [e.type for e in events(nlp, text) if e.type == "SANCTION"] == ["SANCTION"]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Tomas Berg announced a new package of arms and ammunition for Georgia.", "planned"),
        ("The Valish parliament approved $100m in funding to train Georgian pilots.", "planned"),
        ("Norland and its allies have supplied Georgia with many types of smaller drones.", "occurred"),
        ("Valia was preparing to provide Norland with several hundred UAVs.", "planned"),
        ("German weapons are still flowing to Georgia.", "ongoing"),
    ],
)
def test_aid_announced_approved_measured_out_or_flowing(nlp, text, status):
    """Aid announced or approved is a pledge (planned); goods measured out by "types of" or a
    sum split by the tokenizer ("$100m") are still goods; weapons flowing to a party are aid."""
    assert [(e.type, e.status) for e in events(nlp, text) if e.type == "AID"] == [("AID", status)]


def test_money_flowing_into_a_company_is_no_aid(nlp):
    assert of_type(nlp, "Money is flowing into the company.", "AID") == []


@pytest.mark.parametrize(
    ("text", "kind", "mode"),
    [
        ("Armenia has increased the number of its troops along the Georgian border by 7,000 soldiers.", "MOBILIZE", "troops"),
        ("The US has provided Poland with two Patriot missile batteries.", "AID", None),
        ("Yesterday, President Tomas Berg talked about the situation around Georgia by phone with chancellor Ana Lind.", "CONSULT", "phone"),
        ("Ana Lind talked with Tomas Berg in Paris.", "CONSULT", None),
    ],
)
def test_troops_increased_batteries_given_and_talks_held(nlp, text, kind, mode):
    assert [(e.type, e.mode) for e in events(nlp, text) if e.type == kind] == [(kind, mode)]


@pytest.mark.parametrize("text", ["Prices increased by 10 percent.", "Ana Lind talked to reporters in Paris.", "Ana Lind talked about the war."])
def test_other_increases_and_talk_are_no_events(nlp, text):
    assert events(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "kind", "mode"),
    [
        ("Armenian forces captured two British volunteers near Gyumri.", "COERCE", "arrest"),
        ("Ana, a paramedic who was captured by Armenian forces in Gyumri on 16 March, was freed.", "COERCE", "arrest"),
        ("Armenian forces captured the town of Gyumri.", "ASSAULT", "seize"),
    ],
)
def test_a_capture_of_people_is_an_arrest_of_a_place_a_seizure(nlp, text, kind, mode):
    assert [(e.type, e.mode) for e in events(nlp, text) if e.type in ("COERCE", "ASSAULT")] == [(kind, mode)]


@pytest.mark.parametrize(
    "text",
    ["The secretary general, Tomas Berg, said he had spoken to Georgia's president, Ana Lind.",
     "Ana Lind had a long conversation with Tomas Berg on Monday."],
)
def test_a_conversation_had_or_spoken_is_a_consultation_of_its_speaker(nlp, text):
    (event,) = of_type(nlp, text, "CONSULT")
    assert sorted(a.name for a in event.actors) == ["Ana Lind", "Tomas Berg"]


def test_should_before_its_subject_is_a_condition_not_a_demand(nlp):
    text = "Tomas Berg warned of consequences for Armenia should Ana Lind use chemical weapons in Georgia."
    assert of_type(nlp, text, "REQUEST") == []


def test_a_group_backed_by_a_party_is_a_standing_tie_a_plan_backed_is_support(nlp):
    tie = "Fighting broke out between army units and separatist regions supported by Armenia in southern Georgia."
    assert of_type(nlp, tie, "SUPPORT") == []
    (backing,) = of_type(nlp, "The plan, supported by France, was adopted on Monday.", "SUPPORT")
    assert [a.name for a in backing.actors] == ["France"]


def test_troops_stationed_somewhere_are_a_standing_deployment_told_in_passing(nlp):
    standing = "The funds will support Georgian troops stationed on allied territory."
    assert of_type(nlp, standing, "MOBILIZE") == []
    moved = "The battalion, deployed to Estonia on Monday, began patrols."
    assert [e.type for e in events(nlp, moved) if e.type == "MOBILIZE"] == ["MOBILIZE"]


def test_what_talks_or_discussions_are_about_is_a_topic(nlp):
    found = events(nlp, "Armenia and Georgia held talks on a ceasefire in Tbilisi.")
    assert [e.type for e in found] == ["CONSULT"]
    topic = "He will meet officials for discussions on Armenia's continuing occupation of parts of Georgia."
    assert of_type(nlp, topic, "ASSAULT") == []


def test_verbs_joined_to_an_aim_the_parse_cut_off_are_no_acts_done(nlp):
    text = "They underscored their continued commitment to support Georgia, impose costs on Armenia, and reinforce the alliance's eastern flank."
    assert [(e.type, e.status) for e in events(nlp, text) if e.status != "hypothetical"] == []


@pytest.mark.parametrize(
    "text",
    ["Georgia suspended certification of the Armenian pipeline.",
     "Armenia reduced the flow of gas through the pipeline by 40% last week.",
     "Armenia has curbed gas supplies to Georgia."],
)
def test_energy_cut_or_curbed_and_approvals_suspended_are_sanctions(nlp, text):
    assert [(e.type, e.mode) for e in events(nlp, text) if e.type == "SANCTION"] == [("SANCTION", "discontinue")]


def test_aid_received_from_a_party_is_given_by_that_party(nlp):
    (aid,) = of_type(nlp, "Georgia has received 200 missiles from Norway.", "AID")
    assert ([a.name for a in aid.actors], [t.name for t in aid.targets]) == (["Norway"], ["Georgia"])
    assert of_type(nlp, "Georgia received a letter from Norway.", "AID") == []
    assert of_type(nlp, "Georgia received 200 missiles.", "AID") == []  # no giver named


def test_talks_scrapped_are_rejected_a_tax_scrapped_is_nothing(nlp):
    assert [(e.type, e.mode) for e in events(nlp, "Georgia scrapped the talks with Armenia.")] == [("REJECT", "meet")]
    assert events(nlp, "Georgia scrapped the tax.") == []


def test_a_violation_said_of_a_party_is_the_speakers_accusation(nlp):
    text = "Governor Tomas Berg said Armenia's clampdown was a most serious violation of free transit."
    (accusation,) = of_type(nlp, text, "ACCUSE")
    assert ([a.name for a in accusation.actors], [t.name for t in accusation.targets]) == (["Tomas Berg"], ["Armenia"])
    assert of_type(nlp, "Officials said the error was corrected.", "ACCUSE") == []


@pytest.mark.parametrize(
    "text",
    ["Storage should reach 90% by November, which experts say should just about see Georgia through the winter.",
     "He said that should gas supplies from Armenia stop, Georgia would struggle."],
)
def test_what_a_thing_should_do_or_a_misread_should_is_no_demand(nlp, text):
    assert of_type(nlp, text, "REQUEST") == []


def test_a_demand_shared_by_joined_verbs_stays(nlp):
    text = "The embassy said the symbol stood for killings and should be banned."
    assert [e.type for e in events(nlp, text) if e.type == "REQUEST"] == ["REQUEST"]


def test_a_warrant_for_an_arrest_threatens_it_and_the_possessor_is_the_one_to_be_held(nlp):
    text = "The international criminal court has issued a warrant for Tomas Berg's arrest over the deportations."
    (warrant,) = [e for e in events(nlp, text) if e.type in ("THREATEN", "COERCE")]
    assert (warrant.type, warrant.mode, [t.name for t in warrant.targets]) == ("THREATEN", "arrest", ["Tomas Berg"])
    assert "Tomas Berg" not in [a.name for a in warrant.actors]


def test_a_prison_term_is_no_time_long_past(nlp):
    (sentence,) = of_type(nlp, "A Yerevan court sentenced Tomas Berg to two years in prison.", "SANCTION")
    assert (sentence.mode, [t.name for t in sentence.targets]) == ("convict", ["Tomas Berg"])


def test_leaving_somewhere_is_no_trip_only_leaving_for_somewhere(nlp):
    assert [e.type for e in events(nlp, "Foreign Minister Tomas Berg left for Paris on Monday.")] == ["CONSULT"]
    text = "President Tomas Berg remarked to journalists after leaving Friday prayers in Ankara that Georgia did not support the bid."
    assert of_type(nlp, text, "CONSULT") == []


@pytest.mark.parametrize(
    ("text", "kind", "mode"),
    [
        ("Since 2015, Canada has trained 33,000 Georgian military and security personnel.", "AID", None),
        ("Georgia has ceded some territory in Tavush to Armenian forces.", "RETREAT", "withdraw"),
        ("Protesters gathered after a nine-year jail sentence in Yerevan for the activist Tomas Berg.", "SANCTION", "convict"),
    ],
)
def test_training_forces_ceding_ground_and_a_sentence_passed(nlp, text, kind, mode):
    assert [(e.type, e.mode) for e in events(nlp, text) if e.type == kind] == [(kind, mode)]


def test_training_ones_own_staff_is_no_aid(nlp):
    assert events(nlp, "The company trained its staff.") == []


@pytest.mark.parametrize(
    "text",
    ["She said Georgia and its allies had no intention of attacking Armenia.",
     "Armenia has no plans to deploy troops to the border.",
     "Mr. Berg will pay attention to this request when time permits, his spokeswoman said."],
)
def test_acts_nobody_intends_and_acts_pointed_back_at_are_no_new_events(nlp, text):
    assert events(nlp, text) == []


def test_encircling_a_place_is_an_assault_surrounding_a_person_is_not(nlp):
    assert [e.type for e in events(nlp, "Armenian forces have encircled Gyumri.")] == ["ASSAULT"]
    assert events(nlp, "Crowds surrounded the minister.") == []


def test_a_town_the_model_calls_a_person_is_captured_as_a_place_not_arrested(nlp):
    """The small model tags "Zugdidi" PERSON; as the object of "captured" the places component
    takes it for the town, and a captured town is a seizure, not an arrest."""
    doc = nlp("Armenian forces captured Zugdidi on Wednesday.")
    assert [p.name for p in doc._.places] == ["Zugdidi"]
    (event,) = doc._.events
    assert (event.type, event.mode, event.place.name) == ("ASSAULT", "seize", "Zugdidi")
    assert only(nlp, "Armenian forces captured Tomas Berg on Wednesday.").type == "COERCE"


def test_the_subject_after_an_opening_clause_is_no_place_of_its_act(nlp):
    """The parse runs "before the invasion of X" on into "Y and Z announced": Y and Z are who
    announced, not more countries invaded."""
    found = of_type(nlp, "Shortly before Armenia's invasion of Georgia, Turkey and Iran announced a pact.", "ASSAULT")
    assert [(e.place.name, [t.name for t in e.targets]) for e in found] == [("Georgia", ["Georgia"])]
    split = of_type(nlp, "Armenian forces shelled Zugdidi, Poti and Rustavi on Monday.", "ASSAULT")
    assert sorted(e.place.name for e in split) == ["Poti", "Rustavi", "Zugdidi"]


def test_a_capital_wages_its_countrys_war_and_a_background_mention_lends_no_source(nlp):
    """"Yerevan's invasion" and "Armenia's invasion" are one war; the watchdog's say is of its own
    watch, not of the invasion it dates it by."""
    found = of_type(nlp, "Georgia freed ten captives since the start of Yerevan's invasion in February. "
                         "The watchdog says it is watching Georgia closely since Armenia's invasion.", "ASSAULT")
    assert len(found) == 1 and found[0].according_to is None


@pytest.mark.parametrize(
    ("text", "kind", "status"),
    [
        ("Georgia demands reparations from Armenia.", "REQUEST", "ongoing"),
        ("Armenia consistently refuses to negotiate with Georgia.", "REJECT", "ongoing"),
        ('"We condemn the shelling of Gyumri," Tomas Berg said.', "ACCUSE", "occurred"),
        ("Georgia condemned the shelling of Gyumri.", "ACCUSE", "occurred"),
    ],
)
def test_a_stance_told_in_the_present_goes_on_unless_said_in_the_speakers_own_words(nlp, text, kind, status):
    """A party's demand or refusal told in the simple present is its standing position; the same
    verb in a speaker's own words ("we condemn") is the act of saying it, done once."""
    (event,) = of_type(nlp, text, kind)
    assert event.status == status


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Tomas Berg raised concerns over Armenia's support for the rebels.", "ACCUSE"),
        ("Turkey agreed to lift its objections to Georgia's membership.", "CONCEDE"),
        ("Georgia dropped its demand for reparations.", "CONCEDE"),
        ("Tomas Berg pushed back against any territorial compromise with Armenia.", "REJECT"),
    ],
)
def test_concerns_lifted_objections_and_pushing_back(nlp, text, kind):
    assert of_type(nlp, text, kind)


def test_concern_about_an_attack_still_feared_is_no_accusation(nlp):
    found = events(nlp, "Leaders of Georgia and Turkey have expressed concerns about an Armenian attack.")
    assert [(e.type, e.status) for e in found] == [("ASSAULT", "hypothetical")]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Georgia's deal went ahead despite opposition from Armenia.", "REJECT"),
        ("Georgia ignored an Armenian ultimatum to surrender the town of Gyumri.", "REJECT"),
        ("Armenia has delayed weapons deliveries to Georgia.", "REJECT"),
        ("Turkey sold Georgia armed drones last year.", "AID"),
    ],
)
def test_opposition_ignored_ultimatums_delays_and_arms_sales(nlp, text, kind):
    assert of_type(nlp, text, kind)


def test_the_opposition_as_a_party_is_no_rejection(nlp):
    assert not of_type(nlp, "The opposition said the budget was too small.", "REJECT")


@pytest.mark.parametrize(
    "text",
    ["This implies that Armenian forces must leave Georgia.", "Some 42% believe Georgia should stay out of the alliance."],
)
def test_what_a_statement_implies_or_a_poll_share_believes_is_nobodys_demand(nlp, text):
    assert not of_type(nlp, text, "REQUEST")


def test_what_a_named_speaker_says_a_party_must_do_is_a_demand(nlp):
    (event,) = of_type(nlp, "Tomas Berg said Armenian forces must leave Georgia.", "REQUEST")
    assert [a.name for a in event.actors] == ["Tomas Berg"]


def test_a_day_is_no_one_told_to_act_and_a_day_of_continued_shelling_is_done(nlp):
    """"Armenia on Friday continued to shell ...": Armenia shells (not "Friday", read as the one
    "called on"), and that Friday's shelling occurred; with no day it goes on."""
    (event,) = [e for e in dated(nlp, "Armenia on Friday continued to shell infrastructure across Georgia.") if e.type == "ASSAULT"]
    assert ([a.name for a in event.actors], event.date, event.status) == (["Armenia"], "2022-03-18", "occurred")
    (going,) = [e for e in dated(nlp, "Armenia continued to shell infrastructure across Georgia.") if e.type == "ASSAULT"]
    assert going.status == "ongoing"


@pytest.mark.parametrize(
    ("text", "kind", "mode", "status"),
    [
        ("The commanders are being held in a prison camp near Gyumri.", "COERCE", "arrest", "ongoing"),
        ("In recent days Armenia has transferred troops to the southern front.", "MOBILIZE", "troops", "occurred"),
    ],
)
def test_people_held_in_custody_and_troops_transferred(nlp, text, kind, mode, status):
    (event,) = of_type(nlp, text, kind)
    assert (event.mode, event.status) == (mode, status)


@pytest.mark.parametrize("text", ["The talks were held in Yerevan.", "Georgia held elections in May."])
def test_holding_talks_or_elections_is_no_custody(nlp, text):
    assert not of_type(nlp, text, "COERCE")


def test_an_act_setting_the_time_of_another_verb_is_not_where_that_verb_is(nlp):
    """"At the start of Armenian aggression, Berg shopped in Paris": the aggression is not in
    Paris, and it is the same war as "the invasion of Georgia" told before."""
    found = of_type(nlp, "Despite the armed invasion of Georgia, they rest in resorts. "
                         "At the start of Armenian aggression, Tomas Berg shopped in Paris.", "ASSAULT")
    assert len(found) == 1 and found[0].place.name == "Georgia"


def test_warning_someone_of_what_others_will_do_is_a_prediction_not_a_threat(nlp):
    assert not of_type(nlp, "Tomas Berg warned allies that supplies would run short.", "THREATEN")
    assert of_type(nlp, "Tomas Berg warned Armenia.", "THREATEN")
    assert of_type(nlp, "Armenia warned Georgia that it would face consequences.", "THREATEN")


@pytest.mark.parametrize(
    ("text", "visits"),
    [
        ("The police later visited the family home.", 0),
        ("Tomas Berg visited the frontline near Gyumri.", 1),
        ("Tomas Berg plans to visit the self-governing island.", 1),
    ],
)
def test_a_visit_goes_to_a_place_or_a_party_not_a_private_spot(nlp, text, visits):
    assert len([e for e in events(nlp, text) if e.mode == "visit"]) == visits


def test_acts_nobody_has_seen_are_no_events(nlp):
    found = events(nlp, "Officials say they have not seen Armenia evade sanctions on Georgia or provide it with military equipment.")
    assert not [e for e in found if e.type == "AID"]


@pytest.mark.parametrize(
    "text",
    [
        "Georgia has also been pressing Armenia to supply some of its own rockets.",
        "Finland and Sweden applied to join the alliance in May.",
        "Georgia's application for eleven air defence systems is being held up.",
    ],
)
def test_pressing_someone_to_act_and_applying_are_requests(nlp, text):
    assert of_type(nlp, text, "REQUEST")


def test_pressing_a_case_is_no_request(nlp):
    assert not of_type(nlp, "The minister pressed the case for the cap.", "REQUEST")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("A campaigner challenged Tomas Berg over the failure to bring in sanctions.", "ACCUSE"),
        ("Tomas Berg published several harsh critiques of the Armenian president.", "ACCUSE"),
        ("The announcement prompted a backlash from the Georgian government.", "ACCUSE"),
        ("Armenia has cast doubt on Georgian membership of the alliance.", "REJECT"),
    ],
)
def test_challenges_critiques_backlash_and_doubt_cast(nlp, text, kind):
    assert of_type(nlp, text, kind)


def test_an_offer_of_talks_is_made_by_whoever_says_it_is_willing(nlp):
    (offer,) = of_type(nlp, "Georgia is willing to resume talks with Armenia.", "AGREE")
    assert (offer.status, [a.name for a in offer.actors]) == ("occurred", ["Georgia"])


def test_pledged_aid_is_planned_and_an_attempt_under_way_goes_on(nlp):
    (aid,) = of_type(nlp, "Tomas Berg has pledged to send more defensive equipment to Georgia.", "AID")
    assert aid.status == "planned"
    (seizure,) = of_type(nlp, "Armenian forces are trying to seize Gyumri.", "ASSAULT")
    assert seizure.status == "ongoing"
    (tried,) = of_type(nlp, "Armenian forces may attempt to seize Gyumri.", "ASSAULT")
    assert tried.status == "hypothetical"


def test_a_grant_verb_lends_its_subject_and_officials_gathering_meet(nlp):
    (aid,) = of_type(nlp, "Tomas Berg announced $225m in humanitarian assistance for Georgia.", "AID")
    assert ([a.name for a in aid.actors], aid.status) == (["Tomas Berg"], "planned")
    (meeting,) = of_type(nlp, "Alliance defence ministers gathered in Brussels on Monday.", "CONSULT")
    assert meeting.mode == "meet" and meeting.place.name == "Brussels"
    assert not of_type(nlp, "Armenian troops gathered near the border.", "CONSULT")


@pytest.mark.parametrize(
    "text",
    ["Zelenskiy said Armenian troops were slowly pulling back from Gyumri.", "Tomas Berg had been consistently criticizing Armenia."],
)
def test_the_past_progressive_goes_on(nlp, text):
    assert {e.status for e in events(nlp, text)} == {"ongoing"}


def test_an_investigation_goes_on(nlp):
    (probe,) = of_type(nlp, "Georgia has launched criminal investigations against Armenian forces.", "ACCUSE")
    assert probe.status == "ongoing"


def test_a_trip_to_a_country_and_a_visit_to_a_city_in_it_are_one_stop(nlp):
    (trip,) = [e for e in events(nlp, "Tomas Berg will travel to Armenia next week. He will visit Gyumri on Monday.") if e.mode == "visit"]
    assert trip.place.name == "Gyumri"
    two = [e for e in events(nlp, "Tomas Berg will travel to Armenia next week. He will visit Tbilisi on Monday.") if e.mode == "visit"]
    assert sorted(e.place.name for e in two) == ["Armenia", "Tbilisi"]


def test_a_ministers_we_is_the_country_the_title_names(nlp):
    text = 'U.S. Secretary of State Ana Lind spoke in Tbilisi. "We will continue to support Georgia with weapons," Lind said.'
    (aid,) = of_type(nlp, text, "AID")
    assert [a.name for a in aid.actors] == ["United States"] and aid.according_to == "Ana Lind"
    (own,) = of_type(nlp, '"We will continue to support Georgia with weapons," Ana Lind said.', "AID")
    assert [a.name for a in own.actors] == ["Ana Lind"]  # no country named for her: the speaker herself


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The Armenian Senate has ratified Georgia's accession to the alliance.", "SUPPORT"),
        ("There has been an accumulation of Armenian troops at the border with Georgia.", "MOBILIZE"),
        ("Armenian officials blamed the hacking of Georgian ministries on Turkey.", "COERCE"),
    ],
)
def test_ratification_troop_accumulation_and_hacking(nlp, text, kind):
    assert of_type(nlp, text, kind)


def test_a_fuel_shipment_named_by_its_acronym_is_trade_not_aid(nlp):
    assert not of_type(nlp, "Georgia is sending LNG to Armenia.", "AID")


def test_warning_of_a_danger_predicts_and_warning_of_costs_threatens(nlp):
    assert not of_type(nlp, "Tomas Berg has warned of a dangerous moment for the world.", "THREATEN")
    assert of_type(nlp, "Armenia warned Georgia of severe costs.", "THREATEN")
    assert of_type(nlp, "Armenia warned of countermeasures.", "THREATEN")


def test_assurances_and_reassuring_are_support(nlp):
    assert of_type(nlp, "Tomas Berg sought to reassure Georgia of continued backing.", "SUPPORT")
    assert of_type(nlp, "Georgia has received assurances from the US that it would be protected.", "SUPPORT")


def test_an_act_in_a_whether_clause_is_hypothetical(nlp):
    (aid,) = of_type(nlp, "Armenia is exploring whether it can send fighter jets to Georgia.", "AID")
    assert aid.status == "hypothetical"


@pytest.mark.parametrize(
    ("lookalike", "act", "kind"),
    [
        ("Any attack on the pipeline will be met with a firm and united response, Tomas Berg said.",
         "Tomas Berg was met by Armenian officials in Yerevan.", "CONSULT"),
        ("The observatory is a further demonstration of Georgia's steadfast support for Armenia.",
         "Police broke up a demonstration outside the Armenian embassy in Tbilisi on Sunday.", "PROTEST"),
        ("Armenia and Georgia vowed to take steps to control support for armed groups in their countries.",
         "Armenian forces took control of Gyumri on Monday.", "ASSAULT"),
        ("I asked him what to thank him for, Tomas Berg said.", "Tomas Berg asked Georgia to send more tanks.", "REQUEST"),
        ("Tomas Berg was asked by reporters to comment on the strikes.", "Tomas Berg asked Georgia to send more tanks.", "REQUEST"),
        ("Tomas Berg was asked to explain how Georgia could justify the strikes.", "Armenia asked NATO to respond to the Georgian invasion.", "REQUEST"),
        ('"I refuse to believe that you support this war," Tomas Berg told the crowd in Yerevan.',
         "Tomas Berg refused to sign the agreement with Georgia.", "REJECT"),
    ],
    ids=["met-with-a-response", "demonstration-of-support", "take-steps-to-control", "asked-what", "asked-to-comment", "asked-to-explain", "refuse-to-believe"],
)
def test_a_lookalike_wording_is_no_event_where_the_act_is_one(nlp, lookalike, act, kind):
    """Being met with a response, a demonstration of support, taking steps, asking a question and
    refusing to believe look like a meeting, a protest, a seizure, a request and a refusal."""
    assert not of_type(nlp, lookalike, kind)
    assert of_type(nlp, act, kind)


def test_lifting_a_block_concedes(nlp):
    (lifted,) = of_type(nlp, "Tomas Berg lifted the block on Georgia's application on Tuesday.", "CONCEDE")
    assert [a.name for a in lifted.actors] == ["Tomas Berg"]


def test_a_spoken_act_said_in_the_past_is_the_saying_not_a_claim(nlp):
    (backed,) = of_type(nlp, "The Armenian government said it backed the sale of fighter jets to Georgia.", "SUPPORT")
    assert backed.status == "occurred"
    (warned,) = of_type(nlp, "The Armenian government said it had warned Georgia of severe costs.", "THREATEN")
    assert warned.status == "claimed"  # an earlier act the speaker says it did


def test_calling_someone_a_tyrant_accuses(nlp):
    (called,) = of_type(nlp, 'Tomas Berg called Ana Lind a "tyrant" on Saturday.', "ACCUSE")
    assert [a.name for a in called.actors] == ["Tomas Berg"] and [t.name for t in called.targets] == ["Ana Lind"]
    assert not of_type(nlp, 'Tomas Berg called Ana Lind a "friend" on Saturday.', "ACCUSE")


@pytest.mark.parametrize(
    ("text", "kind", "status"),
    [
        ("Tomas Berg lamented the impact of the sanctions on poor countries.", "ACCUSE", "occurred"),
        ("Armenia has boycotted Norland's oil since March.", "SANCTION", "ongoing"),
        ("The federation decided to withhold ranking points from the Yerevan tournament, Tomas Berg said.", "SANCTION", None),
        ("Armenia has resisted calls to negotiate with Norland.", "REJECT", "ongoing"),
        ("The G7 leaders are expected to promise more weapons to Georgia.", "AID", "planned"),
    ],
)
def test_laments_boycotts_withholding_resisting_and_promised_arms(nlp, text, kind, status):
    (found,) = of_type(nlp, text, kind)
    assert status is None or found.status == status


def test_an_act_a_party_resists_doing_is_not_done(nlp):
    assert not of_type(nlp, "Armenia has resisted supporting sanctions against Norland.", "SANCTION")
    assert not of_type(nlp, "Armenia has resisted calls to negotiate with Norland.", "CONSULT")
    assert of_type(nlp, "Georgian troops resisted the Norland attack on Gyumri.", "ASSAULT")  # an attack resisted happened


def test_promised_support_for_a_bid_is_support_not_aid(nlp):
    assert not of_type(nlp, "Tomas Berg welcomed the Georgian leader, promising full support for the membership application.", "AID")


def test_a_raised_subject_acts_in_the_infinitive(nlp):
    (promised,) = of_type(nlp, "The Armenian leaders are expected to promise more weapons to Georgia.", "AID")
    assert [a.name for a in promised.actors] == ["Armenian leaders"]
    (attack,) = of_type(nlp, "Norland's drones had been used by Armenian rebels to attack Georgia.", "ASSAULT")
    assert [a.name for a in attack.actors] == ["Armenian rebels"]  # "by X" names the doer, not the raised subject


def test_denying_a_claim_rejects_it_and_a_denied_act_is_denied(nlp):
    (denial,) = of_type(nlp, "Armenian officials have denied their forces were involved.", "REJECT")
    assert [a.name for a in denial.actors] == ["Armenian officials"]
    (shelled,) = of_type(nlp, "Norland denied that its forces had shelled Gyumri.", "ASSAULT")
    assert shelled.status == "denied" and not of_type(nlp, "Norland denied that its forces had shelled Gyumri.", "REJECT")


def test_a_date_on_another_act_s_noun_does_not_date_the_trigger(nlp):
    (visit,) = of_type(nlp, "Tomas Berg spoke in Yerevan on his first visit to Armenia since the start of the war on 24 February.", "CONSULT")
    assert visit.date is None


def test_a_caption_tells_in_the_present_what_happened(nlp):
    """A caption with a photographer's credit tells in the present what the picture caught; one
    whose credit names a picture agency is page furniture (``spans.captions``): no event."""
    text = "Tomas Berg meets with Armenian officials during a visit to a stadium in Yerevan. Photograph: Ana Lind"
    (met,) = [e for e in of_type(nlp, text, "CONSULT") if e.mode == "meet"]
    assert met.status == "occurred"
    assert not of_type(nlp, text + "/Reuters", "CONSULT")
    (meets,) = [e for e in of_type(nlp, "Tomas Berg meets with Armenian officials every month.", "CONSULT") if e.mode == "meet"]
    assert meets.status == "ongoing"


def test_the_one_on_a_visit_is_the_subject_of_the_verb_it_dates(nlp):
    (visit,) = of_type(nlp, 'Tomas Berg described the war as "an absurdity" on a visit to Yerevan.', "CONSULT")
    assert [a.name for a in visit.actors] == ["Tomas Berg"]


def test_the_accused_did_the_act_charged_as_a_claim(nlp):
    (shelling,) = of_type(nlp, "Armenia accused Norland of shelling Gyumri on Monday.", "ASSAULT")
    assert [a.name for a in shelling.actors] == ["Norland"] and shelling.status == "claimed"
    (bombing,) = of_type(nlp, "Norland is suspected of bombing the hospital in Gyumri.", "ASSAULT")
    assert [a.name for a in bombing.actors] == ["Norland"] and bombing.status == "claimed"


def test_an_act_a_party_is_encouraged_or_prompted_to_do_is_not_done(nlp):
    assert not of_type(nlp, "Norland encouraged Armenia to send tanks to Georgia.", "AID")
    assert not of_type(nlp, "Norland warned the west to stop encouraging Armenia to strike targets inside Georgia.", "ASSAULT")
    assert of_type(nlp, "Norland sent tanks to Georgia.", "AID")


def test_promised_retaliation_threatens(nlp):
    (threat,) = of_type(nlp, "The Armenian government promised swift retaliation.", "THREATEN")
    assert [a.name for a in threat.actors] == ["Armenian government"]
    assert of_type(nlp, "Norland vowed revenge for the attack.", "THREATEN")
    assert not of_type(nlp, "Tomas Berg promised a new trade deal.", "THREATEN")


def test_a_refusal_or_resistance_held_up_to_now_goes_on(nlp):
    (refusal,) = of_type(nlp, "So far, Norland has refused to condemn the invasion of Armenia.", "REJECT")
    assert refusal.status == "ongoing"
    (refused,) = of_type(nlp, "Norland refused to condemn the invasion of Armenia on Monday.", "REJECT")
    assert refused.status == "occurred"


def test_acts_efforts_are_made_for_go_on_but_a_goal_they_reach_for_is_hypothetical(nlp):
    (costs,) = of_type(nlp, "Armenia discussed joint efforts to impose heavy costs on Norland.", "SANCTION")
    assert costs.status == "ongoing"
    (truce,) = of_type(nlp, "Georgia will back the efforts by Armenia to reach a truce with Norland.", "AGREE")
    assert truce.status == "hypothetical"


def test_a_town_said_to_be_captured_is_seized_not_a_captive(nlp):
    found = events(nlp, "Goris, captured in early March, has long been a focus for the Armenians.")
    assert [(e.type, e.mode) for e in found] == [("ASSAULT", "seize")]


def test_guns_promised_are_aid(nlp):
    (aid,) = of_type(nlp, "The first three of the guns promised by Georgia have arrived in Armenia.", "AID")
    assert [a.name for a in aid.actors] == ["Georgia"]


def test_what_a_threat_names_is_not_done(nlp):
    found = events(nlp, "Norland threatened to shell Gyumri if the weapons were delivered.")
    assert [e.type for e in found] == ["THREATEN"]


def test_a_meeting_due_to_be_held_somewhere_is_planned_there(nlp):
    (summit,) = of_type(nlp, "A special ministerial summit is due to be held in Yerevan.", "CONSULT")
    assert summit.status == "planned" and summit.place is not None and summit.place.name == "Yerevan"


def test_a_hostile_act_announced_on_a_condition_threatens(nlp):
    (threat,) = of_type(nlp, "Norland will halt gas deliveries to Armenia unless it pays in roubles, the company said.", "THREATEN")
    assert [a.name for a in threat.actors] == ["Norland"] and threat.status == "occurred"
    assert not of_type(nlp, "Norland will halt gas deliveries to Armenia unless it pays in roubles, the company said.", "SANCTION")
    (halt,) = of_type(nlp, "Norland will halt gas deliveries to Armenia next week.", "SANCTION")
    assert halt.status == "planned"


def test_greeting_an_announcement_supports_it_greeting_guests_does_not(nlp):
    assert of_type(nlp, "Tomas Berg greeted the announcement by tweeting his thanks.", "SUPPORT")
    assert not of_type(nlp, "Tomas Berg greeted the Armenian delegation at the airport.", "SUPPORT")


def test_a_town_that_fell_was_taken_by_whom_it_fell_to_never_by_itself(nlp):
    (fell,) = of_type(nlp, "The town of Kapan fell to Norland's forces on Sunday.", "ASSAULT")
    assert [a.name for a in fell.actors] == ["Norland's forces"]
    (fell,) = of_type(nlp, "Goris's twin town of Kapan fell on Sunday.", "ASSAULT")
    assert fell.actors == []


def test_an_attack_named_only_as_the_time_of_something_else_has_no_actor_of_that_clause(nlp):
    found = of_type(nlp, "Officials said that over 300 civilians were in the market at the time of the strike.", "ASSAULT")
    assert not any(a.name == "civilians" for e in found for a in e.actors)


def test_a_finite_verb_the_parser_hangs_on_a_long_subject_is_the_main_verb(nlp):
    (call,) = of_type(nlp, "Armenia's foreign minister, Ana Lind, called on Nato allies to supply more tanks.", "REQUEST")
    assert [a.name for a in call.actors] == ["Ana Lind"]


def test_what_must_be_stopped_is_a_demand_to_yield(nlp):
    (demand,) = of_type(nlp, "Ana Lind said Norland's aggression must be stopped.", "REQUEST")
    assert demand.mode == "yield" and [a.name for a in demand.actors] == ["Ana Lind"]


def test_a_present_progressive_with_a_time_to_come_is_planned(nlp):
    (meeting,) = of_type(nlp, "Foreign ministers of Nato states are meeting later on Thursday in Yerevan.", "CONSULT")
    assert meeting.status == "planned"
    (shelling,) = of_type(nlp, "Norland's forces are shelling Goris.", "ASSAULT")
    assert shelling.status == "ongoing"


def test_what_drones_or_missiles_were_used_to_do_is_the_user_s_act(nlp):
    (hit,) = of_type(nlp, "Armenia was accused on Tuesday of using three drones to hit an oil depot in Gyumri.", "ASSAULT")
    assert [a.name for a in hit.actors] == ["Armenia"] and hit.status == "claimed"
    (strike,) = of_type(nlp, "The army used drones to strike a depot near Goris.", "ASSAULT")
    assert [a.name for a in strike.actors] == ["army"] and strike.status == "occurred"
    (destroyed,) = of_type(nlp, "Norland's defence ministry said it used missiles to destroy four fuel depots in Goris.", "ASSAULT")
    assert destroyed.status == "claimed"


def test_a_party_said_to_be_a_threat_is_described_not_threatening(nlp):
    assert not of_type(nlp, '"Norland is the most significant and direct threat to our security," the strategy said.', "THREATEN")
    assert of_type(nlp, "Norland threatened Armenia with retaliation.", "THREATEN")


def test_rallying_support_is_no_demonstration(nlp):
    assert not of_type(nlp, "Tomas Berg was talking about his work to rally support for Armenia.", "PROTEST")
    assert of_type(nlp, "Thousands rallied in Yerevan against the war.", "PROTEST")


def test_the_support_a_party_needs_is_no_appeal(nlp):
    assert not of_type(nlp, "Armenia continues to receive the military support it needs to repel Norland's forces.", "REQUEST")
    assert of_type(nlp, "Armenia needs more weapons, Ana Lind said.", "REQUEST")


def test_a_means_shares_the_modality_of_the_act_it_serves(nlp):
    demanded = "Ana Lind said Nato countries should respond to the strikes by imposing further sanctions on Norland."
    assert not of_type(nlp, demanded, "SANCTION")
    (planned,) = of_type(nlp, "Nato countries will respond to the strikes by imposing further sanctions on Norland.", "SANCTION")
    assert planned.status == "planned"
    (done,) = of_type(nlp, "Nato countries responded to the strikes by imposing further sanctions on Norland.", "SANCTION")
    assert done.status == "occurred"


def test_possible_kinds_of_an_attack_and_an_attack_braced_for_are_not_done(nlp):
    (possible,) = of_type(nlp, "De Vries argues there are two possible types of Armenian attack.", "ASSAULT")
    assert possible.status == "hypothetical"
    (braced,) = of_type(nlp, "Armenia is braced for a renewed Norland offensive on its southern front.", "ASSAULT")
    assert braced.status == "planned"


def test_not_backing_a_proposal_rejects_it(nlp):
    (rejected,) = of_type(nlp, "Hungary did not support proposals for European energy sanctions against Norland.", "REJECT")
    assert [a.name for a in rejected.actors] == ["Hungary"]
    assert not of_type(nlp, "Hungary does not support Armenia.", "REJECT")


def test_a_video_call_is_a_call_and_a_suspended_account_is_censored(nlp):
    (call,) = of_type(nlp, "Defence ministers from Black Sea coastal countries held a video call to discuss the war.", "CONSULT")
    assert call.mode == "phone"
    (censored,) = of_type(nlp, "YouTube suspended the account of Tomas Berg.", "COERCE")
    assert censored.mode == "censor" and [a.name for a in censored.actors] == ["YouTube"]


def test_attacking_in_words_accuses(nlp):
    found = events(nlp, "Nato, with cold war thinking, is maliciously attacking and smearing Armenia.")
    assert [e.type for e in found] == ["ACCUSE"]
    assert [e.type for e in events(nlp, "Norland's forces attacked and captured Goris.")] == ["ASSAULT", "ASSAULT"]


def test_an_act_foretold_on_a_condition_is_hypothetical_but_a_threat_is_made(nlp):
    (attack,) = of_type(nlp, "If Norland wins, it will continue to attack, Ana Lind said.", "ASSAULT")
    assert attack.status == "hypothetical"
    (threat,) = of_type(nlp, "Norland has threatened a strike against Yerevan if Armenia joins the alliance.", "THREATEN")
    assert threat.status == "occurred"


def test_a_town_said_to_fall_twice_fell_once_to_whom_the_second_names(nlp):
    text = "Kapan fell on Saturday in a blow to Armenia. Rescuers reached Goris, while the strategic town of Kapan fell to Norland's forces."
    (fell,) = [e for e in of_type(nlp, text, "ASSAULT") if e.mode == "seize"]
    assert [a.name for a in fell.actors] == ["Norland's forces"]


def test_an_office_named_before_its_holder_is_the_holder_named_next_in_the_paragraph(nlp):
    text = "Georgia's president said during a visit to Armenia that her country was vulnerable. President Ana Lind visited three towns."
    visits = of_type(nlp, text, "CONSULT")
    assert visits and [a.name for a in visits[0].actors] == ["Ana Lind"]
    text = "President Tomas Berg met Ana Lind. Georgia's president said during a visit to Armenia that her country was vulnerable."
    assert not any(a.name == "Ana Lind" for e in of_type(nlp, text, "CONSULT") if e.mode == "visit" for a in e.actors)


def test_who_addresses_or_attends_a_gathering_takes_part_in_it(nlp):
    (meeting,) = [e for e in of_type(nlp, "Ana Lind has virtually addressed the meeting of world leaders at the summit in Yerevan.", "CONSULT") if any(a.name == "Ana Lind" for a in e.actors)]
    assert [a.name for a in meeting.actors] == ["Ana Lind"] and meeting.mode == "phone"  # at a distance: a call, no stop in Yerevan
    (meeting,) = of_type(nlp, "Ana Lind attended the meeting of foreign ministers in Yerevan.", "CONSULT")
    assert [a.name for a in meeting.actors] == ["Ana Lind"]
    requests = of_type(nlp, "Georgia and Armenia will address the pending extradition requests.", "REQUEST")
    assert not any(a.name in ("Georgia", "Armenia") for e in requests for a in e.actors)


def test_what_someone_must_be_or_should_have_is_a_judgement_not_a_demand(nlp):
    assert not of_type(nlp, 'Ana Lind said Tomas Berg must be careful not to "become Norland\'s servant".', "REQUEST")
    assert not of_type(nlp, '"Countries outside the west should have a say," Ana Lind said.', "REQUEST")
    assert of_type(nlp, "Ana Lind said Tomas Berg should have sanctions placed on him.", "REQUEST")
    assert of_type(nlp, "Ana Lind said Norland must withdraw its troops.", "REQUEST")


def test_suspending_a_state_from_a_body_expels_it_and_pushing_into_a_town_attacks_it(nlp):
    (expelled,) = of_type(nlp, "The assembly suspended Norland from the human rights council on Thursday.", "SANCTION")
    assert expelled.mode == "expel"
    (cut,) = of_type(nlp, "Armenia suspended imports from Norland.", "SANCTION")
    assert cut.mode == "discontinue"
    (push,) = of_type(nlp, "Norland-backed separatists said they were pushing into Goris.", "ASSAULT")
    assert push.status == "claimed" and push.place is not None and push.place.name == "Goris"
    assert not of_type(nlp, "Tomas Berg warned against a temptation to push Ana Lind into accepting a deal.", "ASSAULT")


def test_the_speaker_on_a_call_or_at_a_joint_press_conference_takes_part(nlp):
    (call,) = of_type(nlp, "Ana Lind told her Georgian counterpart in a phone call that Armenia needed more air defence.", "CONSULT")
    assert [a.name for a in call.actors] == ["Ana Lind", "Georgia"]
    (joint,) = of_type(nlp, "At a joint press conference in Yerevan, Ana Lind said Armenia had to be prepared.", "CONSULT")
    assert [a.name for a in joint.actors] == ["Ana Lind"]
    (summit,) = of_type(nlp, "Norland attacked Goris at the time of the summit in Yerevan.", "CONSULT")
    assert summit.actors == []


def test_speaking_at_a_news_conference_consults_no_one(nlp):
    assert not of_type(nlp, "The war is uniting the world, Ana Lind said at a news conference in Yerevan.", "CONSULT")


def test_parties_who_are_in_talks_are_talking_now(nlp):
    (talks,) = of_type(nlp, "Georgia and Armenia are in talks with Norland to discuss its opposition.", "CONSULT")
    assert talks.status == "ongoing"
    (talks,) = of_type(nlp, "Georgia and Armenia were in talks with Norland last week.", "CONSULT")
    assert talks.status == "occurred"


def test_forces_moving_on_advance_and_what_they_do_on_the_way_goes_on(nlp):
    found = events(nlp, "Norland's forces were moving towards Goris, targeting police buildings.")
    assert [(e.type, e.status) for e in found] == [("ASSAULT", "ongoing")]
    (moved,) = of_type(nlp, "Norland moved troops to the border with Armenia.", "MOBILIZE")
    assert moved.status == "occurred"


def test_a_party_welcomed_with_open_arms_is_supported(nlp):
    (welcome,) = of_type(nlp, "Georgia and Armenia would be welcomed with open arms, Ana Lind said.", "SUPPORT")
    assert [a.name for a in welcome.actors] == ["Ana Lind"] and {t.name for t in welcome.targets} == {"Georgia", "Armenia"}


def test_what_a_speaker_calls_vital_is_asked_for(nlp):
    (request,) = of_type(nlp, '"It is vital that civilians be evacuated from Goris," Ana Lind said.', "REQUEST")
    assert [a.name for a in request.actors] == ["Ana Lind"]
    assert of_type(nlp, '"It is so important to increase sanctions pressure on Norland," Ana Lind said.', "REQUEST")
    assert not of_type(nlp, '"It is important to understand that the town was shelled," Ana Lind said.', "REQUEST")
    assert not of_type(nlp, "Ana Lind said it was not vital to send troops.", "REQUEST")


def test_a_stance_that_describes_people_is_no_act(nlp):
    text = "The regime approved a law to apply the death penalty to activists and those opposing Norland's war in Armenia."
    assert not of_type(nlp, text, "REJECT")
    assert of_type(nlp, "Georgia is opposing Norland's war in Armenia.", "REJECT")


def test_granting_a_fact_recognises_no_state(nlp):
    assert not of_type(nlp, '"That is the truth we must recognise," Tomas Berg said.', "SUPPORT")
    assert not of_type(nlp, "Georgia recognised that Armenia faces real security concerns.", "SUPPORT")
    (recognised,) = of_type(nlp, "Georgia recognised the independence of Armenia's breakaway region.", "SUPPORT")
    assert [a.name for a in recognised.actors] == ["Georgia"]


def test_soldiers_captured_are_an_attack_s_captives_civilians_are_arrested(nlp):
    (taken,) = of_type(nlp, "Norland's forces captured 50 Armenian soldiers near Goris.", "ASSAULT")
    assert taken.mode == "abduct"
    (arrest,) = of_type(nlp, "Norland's forces captured two Armenian journalists near Goris.", "COERCE")
    assert arrest.mode == "arrest"


def test_an_attack_said_to_meet_a_firm_response_is_threatened(nlp):
    text = "Tomas Berg, Armenia's defence minister, said any attack on Armenian infrastructure will be met with a firm response."
    (threat,) = of_type(nlp, text, "THREATEN")
    assert [a.name for a in threat.actors] == ["Tomas Berg"]
    assert not of_type(nlp, "The delegation was met with a warm welcome in Yerevan.", "THREATEN")


def test_people_kept_captive_are_held_and_named_as_people(nlp):
    (held,) = of_type(nlp, "Norland is holding 170 people captive in Syunik.", "COERCE")
    assert held.mode == "arrest" and held.status == "ongoing" and [t.name for t in held.targets] == ["people"]


def test_a_consequence_or_a_response_set_on_a_condition_threatens(nlp):
    text = 'Tomas Berg has warned his Armenian counterpart that relations could be "negatively affected" if Armenia applies for membership.'
    assert of_type(nlp, text, "THREATEN")
    (threat,) = of_type(nlp, "Tomas Berg said he will launch military action against Armenia if his country is attacked.", "THREATEN")
    assert [t.name for t in threat.targets] == ["Armenia"]
    assert of_type(nlp, '"If they commit an aggression against Norland, our response will be the most cruel," Tomas Berg said.', "THREATEN")
    assert not of_type(nlp, '"Our response was swift," Tomas Berg said.', "THREATEN")


def test_joint_calls_phone_conversations_and_hostages(nlp):
    (call,) = of_type(nlp, "The US president held a joint call on Friday with Tomas Berg and Ana Lind.", "CONSULT")
    assert call.mode == "phone"
    (conversation,) = of_type(nlp, "Tomas Berg told Ana Lind in a phone conversation that Armenia would apply.", "CONSULT")
    assert conversation.mode == "phone"
    (hostage,) = of_type(nlp, "Norland's forces have been accused of taking hostage the people of the town of Goris.", "COERCE")
    assert hostage.status == "claimed" and [a.name for a in hostage.actors] == ["Norland's forces"]


def test_clearing_the_way_for_a_delivery_pledges_it(nlp):
    (aid,) = of_type(nlp, "Georgia announced it had cleared the way for delivery of anti-aircraft guns to Armenia.", "AID")
    assert aid.status == "planned" and [a.name for a in aid.actors] == ["Georgia"]


def test_a_barrage_of_fire_attacks_a_barrage_of_criticism_does_not(nlp):
    (barrage,) = of_type(nlp, "Norland's forces escalated their barrage of key targets on Tuesday.", "ASSAULT")
    assert [a.name for a in barrage.actors] == ["Norland's forces"]
    assert not of_type(nlp, "Ana Lind faced a barrage of criticism from the opposition.", "ASSAULT")


def test_addressing_a_parliament_consults_and_targeting_reserves_sanctions(nlp):
    (address,) = of_type(nlp, "Ana Lind has addressed the Swedish parliament and told it that Armenia deserves to join.", "CONSULT")
    assert ([a.name for a in address.actors], [t.name for t in address.targets]) == (["Ana Lind"], ["Swedish parliament"])
    assert not of_type(nlp, "Ana Lind addressed the nation on Monday evening.", "CONSULT")
    (sanction,) = of_type(nlp, "Tomas Berg said Georgia could target Norland's gold reserves.", "SANCTION")
    assert sanction.status == "hypothetical"
    assert of_type(nlp, "Norland's forces targeted civilian infrastructure in Goris.", "ASSAULT")


def test_an_act_an_event_prompted_was_done_an_act_a_party_prompted_was_not(nlp):
    text = "Relations have soured since Norland's invasion of Armenia, which prompted Georgia to impose drastic sanctions on Norland."
    (sanction,) = of_type(nlp, text, "SANCTION")
    assert sanction.status == "occurred" and [a.name for a in sanction.actors] == ["Georgia"]
    assert not of_type(nlp, "Norland prompted Armenia to strike targets inside Georgia.", "ASSAULT")


def test_an_act_a_party_is_considering_is_hypothetical(nlp):
    (aid,) = of_type(nlp, "The Pentagon is considering sending four additional rocket launchers to Armenia.", "AID")
    assert aid.status == "hypothetical"
    (sent,) = of_type(nlp, "Georgia sent four rocket launchers to Armenia.", "AID")
    assert sent.status == "occurred"


def test_holding_a_person_detains_them_and_rebuffing_pressure_rejects_it(nlp):
    (held,) = of_type(nlp, "Norland continues to hold Tomas Berg, a marine veteran.", "COERCE")
    assert held.status == "ongoing" and [t.name for t in held.targets] == ["Tomas Berg"]
    (rebuff,) = of_type(nlp, "Norland's representatives rebuffed pressure by Armenian counterparts to help end the war.", "REJECT")
    assert [a.name for a in rebuff.actors] == ["Norland"]
    assert not of_type(nlp, "Having rebuffed Armenia's counteroffensive, the Norland army made gains.", "REJECT")


def test_damaging_a_ship_or_a_building_attacks_it_damaging_an_economy_does_not(nlp):
    (damage,) = of_type(nlp, "Armenia says it has damaged a Norland navy logistics ship near Gyumri.", "ASSAULT")
    assert damage.status == "claimed" and [a.name for a in damage.actors] == ["Armenia"]
    assert not of_type(nlp, "Sanctions have damaged the Norland economy.", "ASSAULT")


def test_agreeing_on_what_should_be_done_is_an_agreement_an_opinion_is_not(nlp):
    (agree,) = of_type(nlp, "Ana Lind said the leaders agreed that more sanctions were needed.", "AGREE")
    assert agree.status == "occurred" and [a.name for a in agree.actors] == ["leaders"]
    assert of_type(nlp, "The ministers agreed that their teams should continue to engage.", "AGREE")
    assert not of_type(nlp, "The ministers agreed that the talks had been useful.", "AGREE")
    assert not of_type(nlp, "The leaders agreed that Georgia required supplies of protective equipment.", "AGREE")


def test_pressed_by_others_to_act_is_their_request(nlp):
    (request,) = of_type(nlp, "Tomas Berg was pressed by MPs to support a no-fly zone across Armenia.", "REQUEST")
    assert [a.name for a in request.actors] == ["MPs"] and [t.name for t in request.targets] == ["Tomas Berg"]
    (retreat,) = of_type(nlp, "Armenian forces were ordered to withdraw from Goris.", "RETREAT")
    assert retreat.status == "occurred"
    assert retreat.according_to is None  # who is ordered to act does not report the act


def test_a_station_hit_is_attacked(nlp):
    (hit,) = of_type(nlp, "The Goris railway station was hit on Friday.", "ASSAULT")
    assert hit.status == "occurred"
    assert not of_type(nlp, "The Norland economy was hit on Friday.", "ASSAULT")


def test_a_decision_told_in_the_past_was_carried_out(nlp):
    (arrest,) = of_type(nlp, "The police decided to detain him as a suspect.", "COERCE")
    assert arrest.status == "occurred"
    (aid,) = of_type(nlp, "Georgia decided to send tanks to Armenia.", "AID")
    assert aid.status == "planned"
    (talks,) = of_type(nlp, "Georgia has decided to hold talks with Armenia.", "CONSULT")
    assert talks.status == "planned"


def test_warning_against_rallying_the_world_and_going_further_are_no_acts(nlp):
    assert not of_type(nlp, "Tomas Berg also warned against any meeting between Norland and Armenian troops.", "THREATEN")
    (threat,) = of_type(nlp, "Norland has repeatedly warned Armenia against joining the alliance.", "THREATEN")
    assert [a.name for a in threat.actors] == ["Norland"]
    assert not of_type(nlp, '"If Norland proceeds we will rally the world," Ana Lind said.', "PROTEST")
    assert of_type(nlp, "Thousands of protesters rallied in Yerevan on Sunday.", "PROTEST")
    assert not of_type(nlp, "Georgia stood ready to go further with military support to the alliance.", "CONSULT")


def test_troops_moved_away_withdraw_and_reports_of_it_are_claims(nlp):
    (retreat,) = of_type(nlp, "Georgia could not verify reports of Norland moving some troops away from the Armenian border.", "RETREAT")
    assert retreat.status == "claimed" and [a.name for a in retreat.actors] == ["Norland"]
    (moved,) = of_type(nlp, "Norland moved troops to the Armenian border on Monday.", "MOBILIZE")
    assert moved.status == "occurred"


def test_a_party_shocked_or_appalled_by_what_was_done_condemns_it(nlp):
    (shock,) = of_type(nlp, "Tomas Berg said he was shocked by haunting images from Goris.", "ACCUSE")
    assert shock.status == "occurred" and shock.mode == "disapprove" and [a.name for a in shock.actors] == ["Tomas Berg"]
    (expressed,) = of_type(nlp, "Tomas Berg expressed shock about the terrible footage from Goris.", "ACCUSE")
    assert [a.name for a in expressed.actors] == ["Tomas Berg"]
    assert not of_type(nlp, "The images shocked the world.", "ACCUSE")
    assert not of_type(nlp, "Tomas Berg was not shocked by the decision.", "ACCUSE")


def test_a_letter_calling_for_an_act_is_its_authors_request(nlp):
    (request,) = of_type(nlp, "A group of experts released a letter calling for a no-fly zone over Armenia.", "REQUEST")
    assert [a.name for a in request.actors] == ["experts"]
    (statement,) = of_type(nlp, "Armenian lawmakers issued a statement calling for an immediate ceasefire in Goris.", "REQUEST")
    assert [a.name for a in statement.actors] == ["Armenian lawmakers"]


def test_an_invitation_to_visit_is_an_offer_and_no_visit(nlp):
    found = events(nlp, "Tomas Berg invited the Armenian president to visit Goris in May.")
    assert [(e.type, e.status, [a.name for a in e.actors]) for e in found] == [("AGREE", "occurred", ["Tomas Berg"])]


def test_a_weekday_named_for_a_plan_is_the_next_one(nlp):
    doc = nlp.make_doc("Tomas Berg said he expected a security council meeting on Tuesday to discuss the atrocities.")
    doc._.anchor = "2022-04-04"  # a Monday
    (meeting,) = [e for e in nlp(doc)._.events if e.type == "CONSULT"]
    assert meeting.status == "planned" and meeting.date == "2022-04-05"
    doc = nlp.make_doc("Tomas Berg met Ana Lind on Tuesday.")
    doc._.anchor = "2022-04-04"
    (met,) = [e for e in nlp(doc)._.events if e.type == "CONSULT"]
    assert met.status == "occurred" and met.date == "2022-03-29"


def test_the_day_a_plan_or_pledge_is_told_is_not_pushed_to_the_next_week(nlp):
    """ "said on Wednesday he would send": the day dates the saying, not the sending; "on
    Wednesday announced $1bn in aid": the pledge was made that Wednesday."""
    told = [e for e in dated(nlp, "Tomas Berg said on Wednesday he would send more weapons to Armenia.", "2022-07-15") if e.type == "AID"]
    assert [(e.status, e.date) for e in told] == [("planned", None)]
    pledged = [e for e in dated(nlp, "The president on Wednesday announced an additional $1 billion in weapons and aid for Armenia.", "2022-07-15") if e.type == "AID"]
    assert [(e.status, e.date) for e in pledged] == [("planned", "2022-07-13")]
    captured = [e for e in dated(nlp, "Georgia said on Wednesday its forces had captured Gyumri.", "2022-07-15") if e.type == "ASSAULT"]
    assert [e.date for e in captured] == [None]  # "had captured": before Wednesday, not that day (the Map dated towns' falls by the telling)


def test_a_when_clause_after_a_time_is_dated_by_it(nlp):
    arrest = [e for e in dated(nlp, "Ana Lind has been held since mid-February, when she was arrested at an airport in Yerevan.", "2022-07-15") if e.type == "COERCE"]
    assert [e.date for e in arrest] == ["2022-02"]
    shelling = [e for e in dated(nlp, "On March 3, when Georgian forces shelled Gyumri, the mayor fled.", "2022-03-20") if e.type == "ASSAULT"]
    assert [e.date for e in shelling] == ["2022-03-03"]


def test_a_fronted_time_dates_both_joined_verbs(nlp):
    found = dated(nlp, "In March 2022, Georgian forces captured Gyumri and shelled Vanadzor.", "2022-07-15")
    assert [(e.mode, e.date) for e in found if e.type == "ASSAULT"] == [("seize", "2022-03"), ("heavy-weapons", "2022-03")]


def test_a_time_clause_under_will_is_still_to_come(nlp):
    found = [e for e in events(nlp, "Tomas Berg will ask Ana Lind to commit to that goal when she visits Yerevan.") if e.mode == "visit"]
    assert [e.status for e in found] == ["planned"]


def test_collecting_evidence_investigates_and_crushing_protests_restricts(nlp):
    (probe,) = of_type(nlp, "Armenian prosecutors are collecting evidence of war crimes in Goris.", "ACCUSE")
    assert probe.mode == "investigate" and probe.status == "ongoing"
    (crush,) = of_type(nlp, "The Norland government has crushed protests in Goris.", "COERCE")
    assert crush.mode == "restrict"
    assert not of_type(nlp, "Armenian volunteers collected food for the refugees.", "ACCUSE")


def test_welcoming_an_accord_backs_it_and_as_did_adds_its_parties(nlp):
    (welcome,) = of_type(nlp, "Georgia welcomed the accord, as did Armenia and the United Nations.", "SUPPORT")
    assert [a.name for a in welcome.actors] == ["Georgia", "Armenia", "United Nations"]


def test_a_name_run_on_after_an_office_is_its_holder(nlp):
    (met,) = of_type(nlp, "On Thursday, the head of the British government Jonas Berg met with the secretary general NATO Ana Lind.", "CONSULT")
    assert [a.name for a in met.actors if a not in met.counterparts] == ["Jonas Berg"]


def test_a_persons_name_on_a_visit_is_the_traveller(nlp):
    (visit,) = of_type(nlp, "Tomas Berg arrived on Monday. The purpose of the Berg visit to Norland is to encourage talks.", "CONSULT")
    assert [a.name for a in visit.actors] == ["Tomas Berg"]
    (summit,) = of_type(nlp, "A Georgia-Armenia summit was held in Yerevan on Monday.", "CONSULT")
    assert [a.name for a in summit.actors] == ["Georgia", "Armenia"]  # both sides meet, neither is a traveller alone


def test_a_noun_with_names_in_apposition_stands_for_them(nlp):
    text = "The vote followed historic applications for membership by Georgia's neighbours, Armenia and Azerbaijan."
    (application,) = of_type(nlp, text, "REQUEST")
    assert [a.name for a in application.actors] == ["Armenia", "Azerbaijan"]


def test_the_killing_of_civilians_is_a_targeted_attack(nlp):
    (killing,) = of_type(nlp, "Norland's retreat led to the discovery of the killing of hundreds of civilians in Goris.", "ASSAULT")
    assert killing.mode == "targeted" and killing.status == "occurred"


def test_an_attack_set_as_a_condition_or_any_attack_is_no_attack_reported(nlp):
    assert not of_type(nlp, '"If Norland attacks Armenia it would be a war of choice," Tomas Berg said.', "ASSAULT")
    assert not of_type(nlp, "Georgians would defend the country if Georgia was attacked.", "ASSAULT")
    assert not of_type(nlp, "Armenia would respond to any attack on Gyumri.", "ASSAULT")
    (feared,) = of_type(nlp, "Georgia has expressed concerns about an Armenian attack.", "ASSAULT")
    assert feared.status == "hypothetical"


def test_an_act_told_as_reported_or_alleged_is_claimed(nlp):
    (strike,) = of_type(nlp, "In Goris, Norland rockets reportedly struck a mobile anti-drone system.", "ASSAULT")
    assert strike.status == "claimed"
    (killing,) = of_type(nlp, "The commander allegedly killed a civilian in Syunik on 28 February.", "ASSAULT")
    assert killing.status == "claimed"
    (struck,) = of_type(nlp, "In Goris, Norland rockets struck a mobile anti-drone system.", "ASSAULT")
    assert struck.status == "occurred"


def test_offering_to_act_is_an_offer(nlp):
    (offer,) = of_type(nlp, "Georgia offered to run a control centre in Yerevan.", "AGREE")
    assert [a.name for a in offer.actors] == ["Georgia"]
    assert not of_type(nlp, "Georgia offered condolences to Armenia.", "AGREE")


def test_a_warning_of_what_the_warners_own_country_could_do_threatens(nlp):
    (threat,) = of_type(nlp, "Armenia's president has warned that Yerevan could still block the process.", "THREATEN")
    assert [a.name for a in threat.actors] == ["Armenia"]
    assert not of_type(nlp, "Armenia's president has warned that Georgia could run out of grain.", "THREATEN")


def test_one_actors_like_acts_on_different_targets_are_two_acts(nlp):
    text = "Norland banned Armenian officials from entering the country. Norland has also barred Georgian officials from entering."
    assert len(of_type(nlp, text, "SANCTION")) == 2
    text = "Norland shelled Goris on Monday. Norland's shelling continued on Tuesday."
    assert len(of_type(nlp, text, "ASSAULT")) == 1


def test_an_act_that_names_a_target_after_one_that_named_none_is_another_act(nlp):
    text = "Norland unveiled new sanctions on Monday. Two days later Norland also banned imports from Georgia."
    unveiled, banned = of_type(nlp, text, "SANCTION")
    assert (unveiled.targets, [t.name for t in banned.targets]) == ([], ["Georgia"])


def test_a_condemnation_told_again_with_its_target_is_one_statement(nlp):
    text = (
        'Jon Vale denounced "a cruel and pointless war" on Monday in Gyumri.'
        '\n\nLater he condemned "Norland\'s cruel war against the farmers of Armenia."'
    )
    (condemned,) = of_type(nlp, text, "ACCUSE")
    assert [t.name for t in condemned.targets] == ["Norland"]


def test_talks_one_side_has_proposed_are_not_held(nlp):
    text = "Ana Lind said she supports Jon Vale's proposed talks with Georgia."
    (talks,) = of_type(nlp, text, "CONSULT")
    assert talks.status == "hypothetical"


def test_proposed_sanctions_that_were_approved_are_imposed(nlp):
    (sanctions,) = of_type(nlp, "The proposed sanctions on Armenia were approved by Norland on Monday.", "SANCTION")
    assert sanctions.status == "occurred"


@pytest.mark.parametrize(
    "text, kind, target",
    [
        ("Norland attacked on Monday. Norland attacked Armenia on Monday, Ana Lind said.", "ASSAULT", "Armenia"),
        ("Armenia sent aid on Tuesday. Armenia sent aid to Georgia, including tents and blankets, Jon Vale said.", "AID", "Georgia"),
        ("Norland imposed sanctions on Monday. Norland imposed sanctions on Armenia's banks, Piet Moro said.", "SANCTION", "Armenia"),
    ],
)
def test_an_act_retold_by_the_same_word_with_its_target_is_one_act(nlp, text, kind, target):
    (act,) = of_type(nlp, text, kind)
    assert [t.name for t in act.targets] == [target]


@pytest.mark.parametrize(
    "text, kind",
    [
        ('Armenian troops shelled Vanadzor overnight. "They shelled our homes," said Piet Moro, a baker there.', "ASSAULT"),
        ('Piet Moro and Ana Lind held talks in Batumi on Tuesday. "We had good talks," Moro said later.', "CONSULT"),
    ],
)
def test_a_speaker_s_quote_retelling_the_reported_act_is_that_act(nlp, text, kind):
    (act,) = of_type(nlp, text, kind)
    assert act.status == "occurred"


@pytest.mark.parametrize(
    "text, kind",
    [
        ('Norland\'s troops shelled Vanadzor overnight. "They shelled Gyumri too," said Piet Moro, a baker there.', "ASSAULT"),
        ('Norland\'s troops shelled Vanadzor overnight. "Georgian troops shelled us as well," said Piet Moro.', "ASSAULT"),
        ('Jon Vale met Ana Lind in Gyumri on Monday. "I will meet Tomas Berg next week," Vale told reporters.', "CONSULT"),
        ('Jon Vale met Ana Lind in Gyumri on Monday. "We met again in the evening," Vale told reporters.', "CONSULT"),
    ],
)
def test_a_quote_naming_another_party_or_told_as_one_more_is_another_act(nlp, text, kind):
    """Guards (they pass before the quote rule too): a new target or actor, a time to come, or
    "again" in a speaker's words tells a second happening, which a merge must keep apart."""
    assert len(of_type(nlp, text, kind)) == 2


def test_an_act_told_as_one_more_with_a_target_is_another_act(nlp):
    text = "Norland's army shelled the border. Norland's army also shelled Gyumri."
    border, gyumri = of_type(nlp, text, "ASSAULT")
    assert (border.targets, [t.name for t in gyumri.targets]) == ([], ["Gyumri"])


def test_a_dateline_is_no_party(nlp):
    text = (
        "GORIS, 3 March (Armenpress) – Georgia is ready to host talks on ending the conflict in Norland,"
        " Armenpress learned from President Tomas Berg on 3 March."
    )
    (offer,) = of_type(nlp, text, "AGREE")
    assert [a.name for a in offer.actors] == ["Georgia"]


def test_an_act_a_question_turns_on_is_not_reported(nlp):
    assert not events(nlp, "Reporters asked Tomas Berg whether Georgia needed more tanks.")
    (tanks,) = of_type(nlp, "Georgia is weighing whether it can send tanks to Armenia, the ministry said on Friday.", "AID")
    assert tanks.status == "hypothetical"  # an option weighed is still told


@pytest.mark.parametrize(
    "text, kind",
    [
        ("The mayor rallied farmers behind the new levy on Tuesday.", "PROTEST"),  # gathering backing
        ("The firm will close its Goris plant in consultation with the unions.", "CONSULT"),  # the way it is done
        ("Cutting the power lines is an economic attack on Armenia, the minister said.", "ASSAULT"),
        ("In Norland, he would not meet with a cool reception.", "REJECT"),  # a response, nobody met (or refused)
        ("The plan met with fierce resistance in Goris.", "CONSULT"),
        ("But in Armenia, the news was met coolly.", "CONSULT"),  # a thing received, nobody met
    ],
)
def test_words_of_events_in_other_senses(nlp, text, kind):
    assert not of_type(nlp, text, kind), text


def test_the_senses_kept_beside_them(nlp):
    assert of_type(nlp, "Thousands rallied in Yerevan on Sunday against the war.", "PROTEST")
    assert of_type(nlp, "Armenia is in talks with Norland about a ceasefire.", "CONSULT")
    assert of_type(nlp, "Tomas Berg met with officials in Yerevan on Monday.", "CONSULT")
    assert of_type(nlp, "The delegation was met at the airport by Armenian officials.", "CONSULT")
    assert of_type(nlp, "The Georgian delegation was met in Yerevan on Monday.", "CONSULT")
    assert of_type(nlp, "Norland launched a missile attack on Goris on Tuesday.", "ASSAULT")


def test_a_person_called_is_a_phone_call(nlp):
    (call,) = of_type(nlp, "Tomas Berg called me on Sunday and said the talks would go on.", "CONSULT")
    assert call.mode == "phone" and [a.name for a in call.actors] == ["Tomas Berg"]
    assert not of_type(nlp, "Tomas Berg called Ana Lind a liar.", "CONSULT")
    assert not of_type(nlp, "Tomas Berg called on Norland to withdraw its troops.", "CONSULT")


def test_a_possible_act_is_hypothetical(nlp):
    (ban,) = of_type(nlp, "Armenia fears a likely decision by Norland to ban its grain.", "SANCTION")
    assert ban.status == "hypothetical"


def test_the_war_as_the_time_or_cause_of_the_news_is_its_setting(nlp):
    assert not of_type(nlp, "Armenia introduced sanctions after the Norland invasion of Georgia.", "ASSAULT")
    assert not of_type(nlp, "Armenia imposed sanctions on Norland over its invasion of Georgia.", "ASSAULT")
    assert not of_type(nlp, "Armenia froze the assets in response to the Norland invasion of Georgia.", "ASSAULT")
    (going_on,) = of_type(nlp, "Tomas Berg has not been to Goris since the Norland invasion of Georgia.", "ASSAULT")
    assert going_on.status == "ongoing"  # the seeds' reading: the war still going on
    assert of_type(nlp, "Norland launched its invasion of Georgia on 24 February.", "ASSAULT")


@pytest.mark.parametrize("text", [
    "Armenia has bought more grain since the start of the Norland invasion of Georgia.",
    "Jon Vale has lived in Gyumri from the beginning of the Norland invasion of Georgia.",
    "Prices in Batumi rose throughout the course of Norland's offensive in Georgia.",
])
def test_a_stretch_of_the_war_as_the_time_of_the_news_is_its_setting(nlp, text):
    """"since the start of the invasion": a part of the war that only dates what is told names
    the war as its setting, as "after the invasion" does; a war told with its date is the act,
    and a start that is what is told is no time frame."""
    assert not of_type(nlp, text, "ASSAULT")
    assert of_type(nlp, "Armenia has bought more grain since the start of Norland's 24 February invasion of Georgia.", "ASSAULT")
    assert of_type(nlp, "The start of the Norland invasion of Georgia shocked Armenia.", "ASSAULT")


@pytest.mark.parametrize("text", [
    "Armenia supports the invasion of Georgia.",
    "Belarus is a close ally and backs the war against Georgia.",
    "Ana Lind spoke about the cost of the invasion of Georgia.",
])
def test_a_war_no_one_is_named_to_wage_at_no_time_is_the_backdrop(nlp, text):
    """"supports the invasion of X", "the cost of the invasion": a war a verb takes, or another noun
    does, named without its doer or a time is the state the news is set in, not a development;
    its doer ("Norland's", "its") or its date makes it one, and so does being told as a subject."""
    assert not of_type(nlp, text, "ASSAULT")
    assert of_type(nlp, "Armenia supports Norland's invasion of Georgia.", "ASSAULT")
    assert of_type(nlp, "Armenia warned Norland against escalating its invasion of Georgia.", "ASSAULT")
    assert of_type(nlp, "The invasion of Georgia began on 3 March.", "ASSAULT")


@pytest.mark.parametrize("text", [
    "Armenia will close the border in the event of a Norland invasion of Georgia.",
    "Piet Moro said Georgia would call its reserves in case of an attack by Norland on Batumi.",
])
def test_an_attack_named_as_a_condition_is_no_event(nlp, text):
    """"in the event of an invasion" is "if X invades" said as a phrase: the attack is what the
    plan waits on, not an attack told (a named doer does not make it one)."""
    assert not of_type(nlp, text, "ASSAULT")
    assert of_type(nlp, "Norland attacked Batumi in the event of a drought.", "ASSAULT")


def test_blame_put_on_someone_is_the_putters_accusation(nlp):
    (blame,) = of_type(nlp, "The defence chief, Tomas Berg, pinned the blame for the blackout on Norland.", "ACCUSE")
    assert [a.name for a in blame.actors] == ["Tomas Berg"]
    (blame,) = of_type(nlp, "Tomas Berg put the blame on Norland.", "ACCUSE")
    assert [a.name for a in blame.actors] == ["Tomas Berg"] and [t.name for t in blame.targets] == ["Norland"]


def test_a_warning_that_tells_another_party_what_to_do_is_a_demand(nlp):
    text = "Ana Lind, the ministry's spokeswoman, also warned the allies on Friday to stop arming rebels near the border with Norland."
    assert [e.type for e in events(nlp, text)] == ["REQUEST"]
    assert [e.type for e in events(nlp, "Tomas Berg warned Norland on Monday to expect a firm response.")] == ["THREATEN"]
    text = "Tomas Berg has warned of grave consequences for Norland should it shell Goris again."
    assert "REQUEST" not in [e.type for e in events(nlp, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Georgia will not send Armenia rocket systems that can strike into Norland, Tomas Berg said.",
        "The longest range system can fire missiles up to 300 km away.",
        "Tomas Berg defended Armenia's right to strike inside Norland.",
        "It is legitimate for Armenian forces to target depots in Norland, he said.",
    ],
)
def test_what_a_party_can_do_or_may_do_is_no_attack(nlp, text):
    assert not of_type(nlp, text, "ASSAULT"), text


def test_an_attack_beside_what_may_be_done_is_still_told(nlp):
    assert of_type(nlp, "It is important for Armenian forces to hit depots in Norland, he said.", "ASSAULT")
    assert of_type(nlp, "Norland shelled Goris on Monday.", "ASSAULT")


def test_a_named_collective_asks_and_is_asked(nlp):
    (plea,) = of_type(nlp, "Armenian media organisations have called on the international community to help Goris.", "REQUEST")
    assert [a.name for a in plea.actors] == ["Armenian media organisations"]
    assert [t.name for t in plea.targets] == ["international community"]


def test_declining_to_act_is_a_rejection_but_declining_to_comment_is_not(nlp):
    (turned_down,) = of_type(nlp, "Armenia has declined to join the sanctions against Norland.", "REJECT")
    assert [a.name for a in turned_down.actors] == ["Armenia"]
    assert of_type(nlp, "VideoHub has declined to take down the videos from Goris.", "REJECT")
    assert not of_type(nlp, "The Armenian ministry declined to comment on the report.", "REJECT")
    assert not of_type(nlp, "The Armenian ministry refused to say when the troops would leave.", "REJECT")
    assert not of_type(nlp, "Tomas Berg declined to spell out what Armenia would send.", "REJECT")


def test_a_place_on_a_sanctions_list_is_a_sanction(nlp):
    (listed,) = of_type(nlp, "A blogger who filmed in Goris has been added to a UK government sanctions list.", "SANCTION")
    assert [a.name for a in listed.actors] == ["United Kingdom"]
    (listed,) = of_type(nlp, "The EU added three Norland banks to its sanctions list on Monday.", "SANCTION")
    assert [a.name for a in listed.actors] == ["EU"] and [t.name for t in listed.targets] == ["Norland"]
    assert of_type(nlp, "Armenia put the oligarch on its blacklist.", "SANCTION")
    assert not of_type(nlp, "Armenia was added to the list of countries that will receive grain.", "SANCTION")


def test_calls_with_what_is_asked_are_requests(nlp):
    (plea,) = of_type(nlp, "There were calls from Georgian politicians to close the border.", "REQUEST")
    assert [a.name for a in plea.actors] == ["Georgian politicians"]
    assert of_type(nlp, "Despite calls from Armenia for a ceasefire, Norland shelled Goris.", "REQUEST")
    assert not of_type(nlp, "Tomas Berg made a call to Ana Lind on Monday.", "REQUEST")


def test_being_in_discussion_with_is_talks(nlp):
    (talks,) = of_type(nlp, "Armenia is in discussions with Georgia about a ceasefire.", "CONSULT")
    assert talks.mode == "talks" and [a.name for a in talks.actors] == ["Armenia", "Georgia"]
    assert not of_type(nlp, "The discussion of the sanctions in Yerevan was long.", "CONSULT")


def test_a_summit_named_for_its_body_is_that_bodys_meeting(nlp):
    (summit,) = of_type(nlp, "Ahead of the Nato summit in Madrid, Ana Lind spoke to reporters.", "CONSULT")
    assert [a.name for a in summit.actors] == ["Nato"]
    (summit,) = of_type(nlp, "The Armenian foreign minister criticised Norland at the G20 summit in Bali.", "CONSULT")
    assert [a.name for a in summit.actors] == ["G20"]


def test_a_teaser_of_another_story_reports_nothing(nlp):
    text = "Armenia and Georgia met in Yerevan on Monday. Norland shells Goris as talks stallRead more The talks went on."
    assert not of_type(nlp, text, "ASSAULT")
    text = "The talks went on. 00:41'They shelled the convoy,' says driver wounded near Goris – video Ana Lind left."
    assert not of_type(nlp, text, "ASSAULT")
    assert of_type(nlp, "The talks went on. Norland shelled Goris on Monday. Ana Lind left.", "ASSAULT")


def test_a_person_sent_is_no_aid(nlp):
    assert not of_type(nlp, "Norland also sent him to Georgia, where he commanded a brigade.", "AID")
    assert not of_type(nlp, "Armenia will send a new ambassador to Yerevan.", "AID")
    (guards,) = of_type(nlp, "In November, Armenia sent border guards to patrol the area.", "MOBILIZE")
    assert [a.name for a in guards.actors] == ["Armenia"]
    assert of_type(nlp, "Armenia sent 40 tanks to Georgia.", "AID")
    assert of_type(nlp, "The allies have supplied Yerevan with many types of drones.", "AID")


def test_crimes_named_by_a_participle_are_what_is_judged(nlp):
    text = "Armenian groups called on the court to hold Norland accountable for crimes committed in Goris."
    assert not of_type(nlp, text, "ASSAULT")
    assert of_type(nlp, "Norland troops committed war crimes in Goris, the court found.", "ASSAULT")


def test_repositioning_a_battery_is_a_deployment(nlp):
    (moved,) = of_type(nlp, "Armenia and Georgia said they would reposition one of their batteries in Goris.", "MOBILIZE")
    assert moved.status == "planned"


def test_it_after_but_is_the_first_clauses_subject(nlp):
    text = "Norland has rejected reports that its leader will visit Armenia in May but it has threatened unspecified consequences if the alliance admits Armenia."
    (threat,) = of_type(nlp, text, "THREATEN")
    assert [a.name for a in threat.actors] == ["Norland"]
    text = "Norland rejected reports that its leader would visit Armenia, and they threatened unspecified consequences."
    assert not [a.name for e in of_type(nlp, text, "THREATEN") for a in e.actors]  # "they" is not one country


def test_the_war_as_the_cause_of_a_change_is_its_setting(nlp):
    assert not of_type(nlp, "The Norland invasion of Georgia has triggered a rethink in Yerevan.", "ASSAULT")
    assert not of_type(nlp, "Armenia dropped its neutrality in a shift prompted by the Norland invasion of Georgia.", "ASSAULT")
    (offensive,) = of_type(nlp, "The Norland offensive in Georgia shifted from shelling to street fighting on Tuesday.", "ASSAULT")
    assert offensive.status in ("occurred", "ongoing")


def test_a_plea_with_its_own_asker_was_made_whatever_is_done_with_it(nlp):
    (plea,) = of_type(nlp, "Armenia ignored Georgia's demands for a ceasefire.", "REQUEST")
    assert [a.name for a in plea.actors] == ["Georgia"]
    assert of_type(nlp, "Armenia ignored Georgia's demands for a ceasefire.", "REJECT")
    assert not of_type(nlp, "Armenia rejected calls for talks.", "REQUEST")  # the bare plea is what is turned down


def test_a_lasting_act_named_by_its_date_or_opening_was_done(nlp):
    (invasion,) = of_type(nlp, "Norland launched its 24 February invasion of Georgia from the north.", "ASSAULT")
    assert invasion.status == "occurred"
    statuses = [e.status for e in of_type(nlp, "Armenian troops took Goris in the first days of the invasion.", "ASSAULT")]
    assert statuses and "ongoing" not in statuses
    (going_on,) = of_type(nlp, "Norland continues its invasion of Georgia.", "ASSAULT")
    assert going_on.status == "ongoing"


def test_leaving_an_organisation_or_treaty_is_a_sanction_not_a_retreat(nlp):
    (left,) = of_type(nlp, "Norland announced its withdrawal on Friday from the tourism organisation.", "SANCTION")
    assert left.mode == "withdraw" and [a.name for a in left.actors] == ["Norland"]
    assert of_type(nlp, "Norland withdrew from the arms treaty.", "SANCTION")
    assert of_type(nlp, "Norland withdrew its troops from Goris.", "RETREAT")


def test_support_with_assistance_is_aid(nlp):
    assert of_type(nlp, "The Germans supported Armenia with economic assistance.", "AID")
    assert of_type(nlp, "The Germans supported Armenia in the vote.", "SUPPORT")


def test_hosting_bases_or_weapons_is_no_meeting(nlp):
    assert not of_type(nlp, "Gyumri is the headquarters of the fleet and hosts some of its most powerful armaments.", "CONSULT")
    assert not of_type(nlp, "Armenia already hosted numerous US military bases.", "CONSULT")
    assert of_type(nlp, "Armenia hosted talks between Norland and Georgia.", "CONSULT")


def test_pushing_back_forces_is_an_attack_pushing_back_on_a_proposal_rejects_it(nlp):
    (pushed,) = of_type(nlp, "Armenia pushed back Norland forces near Goris on Monday.", "ASSAULT")
    assert [a.name for a in pushed.actors] == ["Armenia"]
    assert not of_type(nlp, "Armenia pushed back Norland forces near Goris on Monday.", "REJECT")
    assert of_type(nlp, "Armenia pushed back on the proposal.", "REJECT")


def test_states_that_hold_until_now_are_ongoing(nlp):
    (talks,) = of_type(nlp, "Tomas Berg has been in discussion with the Armenian military about the support.", "CONSULT")
    assert talks.status == "ongoing"
    (refusal,) = of_type(nlp, "VideoHub has so far declined to take down the videos.", "REJECT")
    assert refusal.status == "ongoing"
    (refusal,) = of_type(nlp, "VideoHub declined to take down the videos on Monday.", "REJECT")
    assert refusal.status == "occurred"


def test_a_gathering_whose_own_clause_is_in_the_future_is_planned(nlp):
    text = "Ana Lind spoke ahead of the EU summits that will be attended by Tomas Berg in Brussels."
    assert [e.status for e in of_type(nlp, text, "CONSULT")] == ["planned"]


def test_an_attack_a_thing_is_exposed_to_or_shielded_from_is_no_attack(nlp):
    assert of_type(nlp, "The silos are full and subject to attack by Norland missiles.", "ASSAULT") == []
    assert of_type(nlp, "The shield would protect Armenia from Norland air attacks.", "ASSAULT") == []
    text = "Norland protected its convoy from attack and then shelled Goris."
    assert [(e.text, e.status) for e in of_type(nlp, text, "ASSAULT")] == [("shelled", "occurred")]


def test_a_bare_participle_names_its_victims_not_its_doers(nlp):
    text = "In the suburb, civilians bore the brunt of Norland's assault, killed on their bicycles or executed with their hands bound."
    assert all("civilians" not in [a.name for a in e.actors] for e in of_type(nlp, text, "ASSAULT"))
    (capture, advance) = of_type(nlp, "Having captured Goris, Norland forces advanced on Gyumri.", "ASSAULT")
    assert [a.name for a in capture.actors] == ["Norland forces"]


def test_every_item_of_a_list_an_inquiry_looks_into_is_its_subject(nlp):
    text = "The ministry is launching an observatory to make available evidence of Norland-perpetrated war crimes and other atrocities in Armenia."
    assert of_type(nlp, text, "ASSAULT") == []
    text = "Our agencies will promote accountability for the war crimes and other atrocities being committed by Norland's forces."
    assert of_type(nlp, text, "ASSAULT") == []


def test_aid_sent_to_a_country_has_it_as_target_and_place(nlp):
    """The parser calls the "to" of "sent arms to X" a dative."""
    (aid,) = of_type(nlp, "Norland sent weapons to Armenia.", "AID")
    assert [t.name for t in aid.targets] == ["Armenia"] and aid.place.name == "Armenia"


def test_a_place_name_on_the_thing_moved_is_whose_it_is_not_where(nlp):
    (move,) = of_type(nlp, "The United States will reposition a U.S. Patriot missile system to Georgia.", "MOBILIZE")
    assert move.place.name == "Georgia"


def test_what_talks_were_about_is_told_in_the_reporters_words(nlp):
    text = "The two leaders discussed efforts to address the consequences of Norland’s unprovoked and unjustified war against Armenia."
    assert of_type(nlp, text, "ACCUSE") == []
    (verdict,) = of_type(nlp, "The minister told reporters that Norland’s brutal war must end.", "ACCUSE")
    assert [a.name for a in verdict.actors] == ["minister"]


def test_an_act_named_as_an_objective_is_only_aimed_at(nlp):
    for text in (
        "Norland has failed in its initial objective of capturing Gyumri.", "Norland’s goal of capturing Gyumri has not changed.",
        "Armenia's top officials have given no clear timeline for retaking Gyumri.", "The general set a deadline for capturing Gyumri.",
    ):
        assert [e.status for e in of_type(nlp, text, "ASSAULT")] == ["hypothetical"], text
    assert [e.status for e in of_type(nlp, "Analysts credit the new strategy for retaking Gyumri last month.", "ASSAULT")] == ["occurred"]


def test_training_a_focus_or_sights_on_something_is_no_training_aid(nlp):
    text = ("More than $322 million in this obligation is for Armenia and will provide support for the capabilities "
            "Armenia needs as Norland’s forces train their focus on the east.")
    assert all(a.name != "Norland’s forces" for e in of_type(nlp, text, "AID") for a in e.actors)
    (training,) = of_type(nlp, "Georgia will train 2,000 Armenian soldiers.", "AID")
    assert [a.name for a in training.actors] == ["Georgia"]


def test_a_demonym_names_the_doer_of_an_act_the_parser_tags_a_verb(nlp) -> None:
    """"a driver wounded in Russian shelling of the hospital": the small model tags "shelling"
    a verb there; it still stands as a noun, and its demonym names who shelled."""
    text = "Russia has moved troops to the border. A nurse was injured and a driver wounded in Russian shelling of the hospital."
    [shelling] = [e for e in events(nlp, text) if e.text.endswith("shelling")]
    assert [(a.entity, a.name) for a in shelling.actors] == [("russia", "Russia")]


def test_an_irregular_demonym_names_the_articles_country(nlp) -> None:
    """"the Polish invasion" is the article's Poland, though "Pol-" is too short a stem to match."""
    text = "Poland sent more soldiers to the border on Monday. The Polish invasion of the island began on Tuesday."
    [invasion] = [e for e in events(nlp, text) if e.type == "ASSAULT"]
    assert [(a.entity, a.name) for a in invasion.actors] == [("poland", "Poland")]


@pytest.mark.parametrize(
    "text, accuser, accused",
    [
        ("Amnesty International has said the Armenian army is endangering the lives of civilians.", "Amnesty International", "Armenian army"),
        ("Tomas Berg said Georgia was blackmailing Europe with gas.", "Tomas Berg", "Georgia"),
        ("“Georgia is blackmailing us,” Tomas Berg said on Monday.", "Tomas Berg", "Georgia"),
    ],
)
def test_a_wrongdoing_said_of_a_party_is_an_accusation(nlp, text, accuser, accused):
    [accusation] = of_type(nlp, text, "ACCUSE")
    assert [a.name for a in accusation.actors] == [accuser] and [t.name for t in accusation.targets] == [accused]


@pytest.mark.parametrize(
    "text",
    [
        "The Armenian army is endangering the lives of civilians.",  # the reporter's own voice accuses no one
        "Tomas Berg said the new rules would undermine the economy.",  # rules are no party
    ],
)
def test_a_wrongdoing_nobody_says_of_a_party_is_no_accusation(nlp, text):
    assert of_type(nlp, text, "ACCUSE") == []


def test_force_a_speaker_claims_the_other_side_used_is_also_an_accusation(nlp):
    """The convention of unseen5: "X claimed Y shelled Z" is Y's shelling, claimed, and X's
    charge against Y (ACCUSE allege); a plain "said" reports, and a side's claim for itself charges no one."""
    opening = "Armenia and Georgia are at war. "
    claimed = events(nlp, opening + "Armenian officials claimed Georgian forces shelled the town of Gyumri on Monday.")
    [charge] = [e for e in claimed if e.type == "ACCUSE"]
    assert (charge.mode, [a.name for a in charge.actors], [t.name for t in charge.targets]) == ("allege", ["Armenian officials"], ["Georgian forces"])
    assert charge.text.startswith("claimed")
    said = opening + "Armenian officials said Georgian forces shelled the town of Gyumri on Monday."
    own = opening + "Armenian officials claimed Armenian forces captured the town of Gyumri on Monday."
    assert of_type(nlp, said, "ACCUSE") == [] and of_type(nlp, own, "ACCUSE") == []


@pytest.mark.parametrize(
    "text, kind, actor, target",
    [
        ("Tomas Berg said Armenia was strongly supportive of Georgia's membership in the alliance.", "SUPPORT", "Armenia", "Georgia"),
        ("Georgia has been highly critical of Armenia's policy.", "ACCUSE", "Georgia", "Armenia"),
    ],
)
def test_an_adjective_said_of_a_party_is_its_act(nlp, text, kind, actor, target):
    """ "X was supportive of Y" is X backing Y, as "X supports Y" is."""
    [event] = of_type(nlp, text, kind)
    assert [a.name for a in event.actors] == [actor] and [t.name for t in event.targets] == [target]


def test_an_adjective_that_qualifies_a_thing_is_no_act(nlp):
    assert of_type(nlp, "The website published content critical of Armenia's policy.", "ACCUSE") == []


@pytest.mark.parametrize(
    "text, kind",
    [
        ("A peace settlement would be contingent on the withdrawal of Armenian troops from Georgia, Tomas Berg said.", "RETREAT"),
        ("Armenian artillery is likely to play a key role in a possible counter-offensive to recapture the town of Gyumri.", "ASSAULT"),
        ("Armenia is likely to attack Gyumri again.", "ASSAULT"),
    ],
)
def test_a_condition_or_a_forecast_is_hypothetical(nlp, text, kind):
    [event] = of_type(nlp, text, kind)
    assert event.status == "hypothetical"


def test_agreeing_about_a_need_is_a_view_not_a_deal(nlp):
    assert of_type(nlp, "Tomas Berg said he agreed about the urgent need for more weapons for Georgia.", "AGREE") == []


def test_the_act_a_refusal_turns_down_is_no_event(nlp):
    found = events(nlp, "Georgia ruled out agreeing to a ceasefire with Armenia on Monday.")
    assert [e.type for e in found] == ["REJECT"]


def test_who_is_under_strikes_suffers_them(nlp):
    [strikes] = of_type(nlp, "Armenia and Georgia are at war. Peaceful Georgian towns are under strikes every day.", "ASSAULT")
    assert strikes.actors == [] and [t.name for t in strikes.targets] == ["Georgia"]


def test_help_a_party_needs_is_no_help_given(nlp):
    found = events(nlp, "Tomas Berg said that, aside from more weapons, Georgia needed help training troops abroad.")
    assert [e.type for e in found] == ["REQUEST"]


def test_leading_a_delegation_somewhere_is_a_visit_and_sending_one_is_no_aid(nlp):
    [visit] = events(nlp, "Tomas Berg will lead a delegation to Yerevan next week.")
    assert (visit.type, visit.mode, visit.status, [a.name for a in visit.actors]) == ("CONSULT", "visit", "planned", ["Tomas Berg"])
    assert of_type(nlp, "Armenia sent a delegation to Tbilisi on Monday.", "AID") == []


def test_who_is_somewhere_for_talks_holds_them_as_a_visitor(nlp):
    """A trip for talks (PLOVER's visit): the one who is there acts, whom the talks are with hosts."""
    [talks] = events(nlp, "Tomas Berg will be in Yerevan on Monday for talks with Armenian officials.")
    assert (talks.type, talks.status, [a.name for a in talks.actors], [t.name for t in talks.targets]) == ("CONSULT", "planned", ["Tomas Berg"], ["Armenian officials"])


def test_a_range_of_days_dates_an_act_by_its_first(nlp):
    doc = nlp("Tomas Berg will visit Yerevan from March 4 to 5, the ministry said on March 1.")
    [visit] = [e for e in doc._.events if e.type == "CONSULT"]
    assert visit.date is not None and visit.date.endswith("-03-04")


def test_options_to_attack_are_no_attack(nlp):
    [attack] = of_type(nlp, "Analysts say Armenia has several options to attack Gyumri.", "ASSAULT")
    assert attack.status == "hypothetical"


def test_a_delegation_led_somewhere_to_meet_someone_is_one_meeting(nlp):
    found = events(nlp, "Tomas Berg led a delegation to Yerevan to meet the Armenian president, Peter Holm.")
    assert [(e.type, e.mode) for e in found] == [("CONSULT", "meet")]


def test_blocking_a_bill_rejects_it(nlp):
    [block] = of_type(nlp, "Tomas Berg has blocked the passage of a $40bn aid bill for Georgia in the Senate.", "REJECT")
    assert [a.name for a in block.actors] == ["Tomas Berg"]


@pytest.mark.parametrize(
    "text, kinds",
    [
        ("Armenia will retaliate if Georgia attacks, Tomas Berg said.", ["THREATEN"]),  # force on a condition threatens
        ("Armenia retaliated with strikes on Gyumri on Monday.", ["ASSAULT"]),
        ("Armenia retaliated by expelling three Georgian diplomats.", ["SANCTION"]),  # the means is the act
    ],
)
def test_retaliation_is_force_or_the_means_it_names(nlp, text, kinds):
    assert [e.type for e in events(nlp, text)] == kinds


@pytest.mark.parametrize(
    "text",
    [
        "Armenia will supply a howitzer to Georgia.",  # the lexicon lists "howitzers"
        "Armenia announced plans to supply a Norland-made air defence system to Georgia.",
    ],
)
def test_one_armament_given_is_aid_to_its_receiver(nlp, text):
    (aid,) = of_type(nlp, text, "AID")
    assert [a.name for a in aid.actors] == ["Armenia"] and [t.name for t in aid.targets] == ["Georgia"]


@pytest.mark.parametrize(
    "text",
    [
        "Armenia signed off on an additional $270m in military aid to Georgia.",  # "on" after a particle: the object
        "The Armenian government announced $225m worth of humanitarian assistance.",  # "m" is no verb "am"
    ],
)
def test_aid_a_government_approves_is_its_pledge(nlp, text):
    (aid,) = of_type(nlp, text, "AID")
    assert aid.status == "planned" and aid.actors


@pytest.mark.parametrize(
    "text",
    [
        "Armenia has sent $50m of medical supplies to Lebanon.",  # the parser hangs "to" on the goods
        "Armenia pledged £1bn in military aid to Lebanon.",
    ],
)
def test_the_receiver_of_the_goods_given_is_the_aids_target_and_place(nlp, text):
    (aid,) = of_type(nlp, text, "AID")
    assert [t.name for t in aid.targets] == ["Lebanon"] and aid.place.name == "Lebanon"


def test_aid_given_in_addition_to_other_aid_is_not_given_to_its_donor(nlp):
    (aid,) = [e for e in of_type(nlp, "In addition to Norland's aid, Armenia is providing assistance.", "AID") if e.text == "providing"]
    assert aid.targets == [] and aid.place is None


@pytest.mark.parametrize(
    "text",
    [
        "Tomas Berg said it would be completely legitimate for Georgia to use foreign weapons.",
        "Tomas Berg said it was legitimate under international law for Georgian forces to target the depots.",
    ],
)
def test_calling_a_partys_act_legitimate_backs_the_party(nlp, text):
    (backing,) = of_type(nlp, text, "SUPPORT")
    assert [a.name for a in backing.actors] == ["Tomas Berg"] and [t.name for t in backing.targets] == ["Georgia"]


def test_joined_demonyms_name_every_country(nlp):
    (backing,) = of_type(nlp, "Tomas Berg said Norway was strongly supportive of Armenian and Georgian membership in the alliance.", "SUPPORT")
    assert [t.name for t in backing.targets] == ["Armenia", "Georgia"]


@pytest.mark.parametrize(
    "text",
    [
        "Armenia applied to join the Eurasian Union on Tuesday.",
        "Armenia formally applied for membership of the Eurasian Union.",
        "Armenia submitted its application to join the Eurasian Union.",
        "Armenia will apply for Eurasian Union membership.",
    ],
)
def test_an_application_for_membership_asks_the_body_it_would_join(nlp, text):
    (application,) = of_type(nlp, text, "REQUEST")
    assert [a.name for a in application.actors] == ["Armenia"] and [t.name for t in application.targets] == ["Eurasian Union"]


def test_a_place_that_leads_or_makes_a_thing_is_not_where_it_is(nlp):
    (application,) = of_type(nlp, "Armenia applied to join the Norland-led alliance.", "REQUEST")
    assert application.place is None


@pytest.mark.parametrize(
    "text, status",
    [
        ("The Georgian defence minister, Tomas Berg, was in Armenia on Wednesday in a show of solidarity.", "occurred"),
        ("The Georgian defence minister, Tomas Berg, is also in Armenia to discuss the convoy plan.", "ongoing"),
        ("The Georgian defence minister, Tomas Berg, will be in Armenia next week.", "planned"),
    ],
)
def test_an_official_in_another_country_is_visiting_it(nlp, text, status):
    (visit,) = of_type(nlp, text, "CONSULT")
    assert visit.mode == "visit" and visit.status == status
    assert [a.name for a in visit.actors] == ["Tomas Berg"] and visit.place.name == "Armenia"


@pytest.mark.parametrize(
    "text",
    [
        "The Armenian president, Peter Holm, was in Yerevan on Wednesday.",  # at home
        "Tomas Berg was in Armenia on Wednesday.",  # no office: a traveller, not an envoy
        "The Georgian defence minister, Tomas Berg, was not in Armenia on Wednesday.",
    ],
)
def test_being_at_home_untitled_or_not_there_is_no_visit(nlp, text):
    assert of_type(nlp, text, "CONSULT") == []


def test_touring_a_town_visits_it(nlp):
    (visit,) = of_type(nlp, "Tomas Berg toured Gavar and other towns on Thursday.", "CONSULT")
    assert visit.mode == "visit" and visit.place.name == "Gavar"


def test_a_sanction_hits_its_object_which_is_no_place(nlp):
    (ban,) = of_type(nlp, "Armenia has barred dozens of Canada and Georgia officials from entering.", "SANCTION")
    assert ban.place is None and ban.targets  # "dozens of": whom it counts


@pytest.mark.parametrize(
    "text",
    [
        "“We pulled out several bodies, but there are more trapped under the rubble,” said a firefighter.",  # a rescue
        "Norland state television recently discussed attacking Georgia.",  # a topic of talk
        "The ministers talked about sending troops to Georgia.",
    ],
)
def test_rescues_and_acts_talked_about_are_no_events(nlp, text):
    assert [e.type for e in events(nlp, text) if e.type in ("RETREAT", "ASSAULT", "MOBILIZE")] == []


@pytest.mark.parametrize(
    "text",
    [
        "On Friday, Tomas Berg flew into Gavar, where he met US troops bolstering the alliance's flank.",
        "After meeting the prime ministers of Canada and Lebanon on Monday, Tomas Berg is due to host other leaders.",
    ],
)
def test_whom_a_meeting_is_with_is_not_where_it_is(nlp, text):
    meetings = [e for e in of_type(nlp, text, "CONSULT") if e.mode == "meet"]
    assert meetings and all(e.place is None or e.place.name not in ("United States", "Canada") for e in meetings)


def test_where_a_weapon_was_fired_from_is_not_where_it_struck(nlp):
    (strike,) = of_type(nlp, "Armenian missiles fired from the Caspian Sea hit Gavar on Monday.", "ASSAULT")
    assert strike.place is None or strike.place.name != "Caspian Sea"


def test_where_an_attack_came_from_is_not_where_it_was(nlp):
    """"an attack from X" struck elsewhere (here the passive's subject); "repelled the invaders
    from the edge of X" was in X."""
    (attack,) = of_type(nlp, "Lebanon was hit by a missile attack from Georgia on Monday.", "ASSAULT")
    assert [a.name for a in attack.actors] == ["Georgia"] and attack.place.name == "Lebanon"
    (repelled,) = of_type(nlp, "Armenian weapons helped repel Georgian forces from the fringes of Gavar.", "ASSAULT")
    assert repelled.place.name == "Gavar"


@pytest.mark.parametrize(
    "text",
    [
        "The Georgian military has put some of the equipment captured from Armenian forces on display in Tbilisi.",
        "Georgia has taken the Georgian subsidiary of the Armenian oil company under state control.",
        "Georgia seized control of the Armenian oil firm in Gavar on Monday.",
        "Norland police seized a yacht at Gavar on Monday.",
        "He was convicted for the violent seizure of power in Gavar.",
        "The capture of two Armenian soldiers near Gavar on Monday angered Yerevan.",
    ],
)
def test_a_capture_of_arms_or_of_a_business_takes_no_ground(nlp, text):
    assert [e for e in events(nlp, text) if e.mode == "seize"] == []


def test_a_capture_of_a_town_or_a_site_takes_ground(nlp):
    (capture,) = [e for e in events(nlp, "Georgian forces took control of the airport near Gavar on Monday.") if e.mode == "seize"]
    assert capture.place.name == "Gavar"


def test_an_act_a_party_needs_to_do_is_not_done(nlp):
    """"the capability it needs to retake X": a need, no capture to put on the map."""
    found = [e for e in events(nlp, "Armenia lacks the long-range capability it needs to retake Gavar.") if e.mode == "seize"]
    assert all(e.status == "hypothetical" for e in found)
    (done,) = [e for e in events(nlp, "Armenian troops needed only two days to recapture Gavar last week.") if e.mode == "seize"]
    assert done.status == "occurred"  # the time it took, not a need


def test_a_trip_abandoned_is_rejected_and_a_visit_of_a_person_is_not_in_their_country(nlp):
    """"abandoned his planned trip": the meeting is called off (PLOVER REJECT), no withdrawal;
    "the visit of US House Speaker X to Y" is in Y; "abandoned their positions" still withdraws."""
    (abandoned,) = events(nlp, "Tomas Berg abandoned his planned trip to Munich on Friday.")
    assert abandoned.type == "REJECT"
    (visit,) = of_type(nlp, "Tensions rose after the visit of US House Speaker Ana Lind to Taiwan.", "CONSULT")
    assert visit.place.name == "Taiwan"
    assert [e.type for e in events(nlp, "Armenian troops abandoned their positions near Gavar.")] == ["RETREAT"]


def test_a_rebuke_at_a_party_accuses_it(nlp):
    (rebuke,) = of_type(nlp, "Armenia has issued a strong rebuke at Georgia over the border drills.", "ACCUSE")
    assert [a.name for a in rebuke.actors] == ["Armenia"] and [t.name for t in rebuke.targets] == ["Georgia"]


@pytest.mark.parametrize(
    "text",
    [
        "Norland withdrew its diplomats from Yerevan on Saturday.",  # people withdrawn, no rescue
        "The UN pulled out its staff from Gavar on Monday.",
    ],
)
def test_people_pulled_out_are_withdrawn(nlp, text):
    assert [e.type for e in events(nlp, text) if e.type == "RETREAT"] == ["RETREAT"]


def test_where_an_accusation_is_made_is_not_whom_it_accuses(nlp):
    (charge,) = of_type(nlp, "The Norland foreign minister accused Armenia of war crimes at the United Nations on Monday.", "ACCUSE")
    assert [t.name for t in charge.targets] == ["Armenia"]


def test_an_envoy_at_the_post_is_not_visiting(nlp):
    assert of_type(nlp, "The Georgian ambassador to Armenia, Tomas Berg, is in Yerevan this week.", "CONSULT") == []


def test_what_should_not_happen_is_no_demand_of_anyone(nlp):
    assert of_type(nlp, "“This shouldn’t happen,” Tomas Berg said of the shelling.", "REQUEST") == []


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Armenian helicopters appeared to have taken control of the airport outside Gavar.", "claimed"),  # as it looked
        ("Armenian forces seem to have captured Gavar.", "claimed"),
        ("Armenian forces apparently captured Gavar on Monday.", "claimed"),
        # a claim or a denial reaches the act its clause tells by its means
        ("The Georgian defence ministry claims the Armenian military used rockets to strike the prison.", "claimed"),
        ("Georgia denied that its forces had used rockets to strike the prison.", "denied"),
    ],
)
def test_an_act_told_as_it_looked_or_as_a_party_says_is_not_vouched_for(nlp, text, status):
    """"apparently captured X", "claims X used rockets to strike Y": claimed, not a fact."""
    (act,) = of_type(nlp, text, "ASSAULT")
    assert act.status == status


@pytest.mark.parametrize(
    "text",
    [
        "Ana Lind hailed the deal as a very good agreement, rejecting claims that she had conceded too much to Tomas Berg.",
        "Armenia has rejected Georgian claims that any military target was hit.",
    ],
)
def test_rejecting_a_claim_is_a_rejection(nlp, text):
    assert [e.type for e in of_type(nlp, text, "REJECT")] == ["REJECT"]


def test_an_official_in_another_country_on_a_day_to_come_is_a_planned_visit(nlp):
    doc = nlp.make_doc("The Georgian defence minister, Tomas Berg, is in Armenia on Friday.")
    doc._.anchor = "2022-07-12"  # a Tuesday: Friday is still to come
    (visit,) = [e for e in nlp(doc)._.events if e.type == "CONSULT"]
    assert (visit.status, visit.date) == ("planned", "2022-07-15")


@pytest.mark.parametrize(
    ("troops", "source", "status"),
    [
        ("Armenian", "Armenian general Piet Moro", "claimed"),  # the side's own general: its claim
        ("Armenian", "Georgian general Piet Moro", "occurred"),  # another side's word
        ("Moroccan", "the analyst Piet Moro", "occurred"),  # a guard: a surname that starts like a country's name speaks for none
    ],
)
def test_a_side_known_only_by_its_demonym_claims_its_own_gains(nlp, troops, source, status):
    """An article that never names the country itself: the troops and the general are one side
    by their demonym, as they would be by the country's entity."""
    text = f"{troops} troops advanced on Sunday. By nightfall they had recaptured Aparan and the hill above it, according to {source}."
    [capture] = [e for e in events(nlp, text) if e.type == "ASSAULT" and e.mode == "seize"]
    assert capture.status == status


def test_what_a_grant_is_for_is_done_by_its_granter(nlp):
    """"authorized a drawdown to provide arms": a thing granted is told nothing; the granter
    provides. A body authorized to act is still the one that acts."""
    (aid,) = of_type(nlp, "Norland has authorized a drawdown to provide immediate military assistance to Eastland.", "AID")
    assert [a.name for a in aid.actors] == ["Norland"] and aid.status == "planned"
    (sent,) = of_type(nlp, "Norland authorized Tomas Berg to send tanks to Eastland.", "AID")
    assert [a.name for a in sent.actors] == ["Tomas Berg"]
    (delivered,) = of_type(nlp, "Norland authorized its defence ministry to send tanks to Eastland.", "AID")
    assert [a.name for a in delivered.actors] != ["Norland"]  # a body named by a common noun acts too


def test_a_statements_i_is_its_bylined_author(nlp):
    """A statement opening "Name, Title" speaks as "I": the author acts; a quoted "I" is the quote's."""
    text = "Piet Moro, Secretary of State\n\nToday I have authorized a drawdown to provide immediate military assistance to Eastland."
    (aid,) = of_type(nlp, text, "AID")
    assert [a.name for a in aid.actors] == ["Piet Moro"]
    quoted = text.replace("Today I have", '"Today I have').rstrip(".") + '," said Ana Lind.'
    assert [[a.name for a in e.actors] for e in of_type(nlp, quoted, "AID")] == [["Ana Lind"]]


@pytest.mark.parametrize(
    "first_line",
    [
        "Tomas Berg, left, meets Piet Moro in Eastport on Monday.",  # a caption
        "Piet Moro, 54, dies in Eastport",  # an obituary's headline
        "Piet Moro,",  # a letter's address
    ],
)
def test_a_first_line_that_is_no_byline_makes_no_author(nlp, first_line):
    text = f"{first_line}\n\nLast week I authorized a drawdown to provide military assistance to Eastland."
    assert all(a.name not in ("Tomas Berg", "Piet Moro") for e in of_type(nlp, text, "AID") for a in e.actors)


@pytest.mark.parametrize(
    ("outlet", "actors"),
    [
        ("U.S. Department of State", ["United States"]),  # a government's own statement: "we" is that government
        ("The White House", ["United States"]),
        ("Eastport Herald", []),  # a guard: a newspaper's "we" is no government
    ],
)
def test_a_governments_we_is_its_country(nlp, outlet, actors):
    from sitrep.facts import Article
    from sitrep.nlp.extract import extract

    text = 'Today, we are implementing full blocking sanctions on two Eastport banks. "We will not stop," said Ana Lind.'
    [document] = extract([Article(id="s", text=text, outlet=outlet, published="2022-04-06")], nlp=nlp)
    [sanction] = [e for e in document.events if e.type == "SANCTION"]
    assert [a.name for a in sanction.actors] == actors


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Piet Moro launched a stinging attack on Ana Lind's economic plans at a rally in Gyumri on Monday.", "Piet Moro"),
        ("Ana Lind has savaged Piet Moro on foreign policy, attacking him for his friendships with Yerevan.", "Ana Lind"),
        ("Jon Vale attacked the minister's record in a speech on Tuesday.", "Jon Vale"),
        ("Ana Lind has savaged Piet Moro on foreign policy, attacking him for nationalism.", "Ana Lind"),
    ],
)
def test_an_attack_in_words_is_criticism(nlp, text, actor):
    """An attack on what someone holds or says, or on a person for a reason, is ACCUSE
    disapprove (CAMEO 111), not force; an attack on a town for three days stays one."""
    found = events(nlp, text)
    assert not [e for e in found if e.type == "ASSAULT"], [(e.type, e.text) for e in found]
    (accuse,) = [e for e in found if e.type == "ACCUSE"]
    assert (accuse.mode, [a.name for a in accuse.actors]) == ("disapprove", [actor])
    (attack,) = of_type(nlp, "Georgian forces attacked Gyumri for three days.", "ASSAULT")
    assert attack.status == "occurred"


def test_a_crisis_that_blew_up_hit_nothing(nlp):
    assert events(nlp, "Ever since the Gavar crisis blew up, Georgia has been on the defensive.") == []
    (blast,) = of_type(nlp, "Saboteurs blew up a bridge near Gyumri on Monday.", "ASSAULT")
    assert blast.mode == "destroy"


def test_a_ship_that_sank_is_a_loss_with_no_named_doer(nlp):
    (sunk,) = of_type(nlp, "The Armenian flagship cruiser Sevan has sunk in the Black Sea, the ministry said.", "ASSAULT")
    assert (sunk.mode, sunk.actors, [t.name for t in sunk.targets]) == ("destroy", [], ["cruiser Sevan"])
    (hit,) = of_type(nlp, "Georgian missiles sank the cruiser Sevan on Thursday.", "ASSAULT")
    assert [a.name for a in hit.actors] == ["Georgia"]
    assert events(nlp, "Grain prices have sunk to a record low.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The new Georgian missiles are capable of shooting down Armenian drones.",
        "Georgian troops are able to strike Gyumri.",
        "Piet Moro can accompany this with special forces attacks in Gyumri to sow confusion.",
    ],
)
def test_what_a_party_or_weapon_can_do_is_no_attack(nlp, text):
    assert of_type(nlp, text, "ASSAULT") == []


def test_an_act_in_the_hope_of_which_something_is_done_did_not_happen(nlp):
    found = events(nlp, "Many in Tbilisi contemplate harsher measures in the hope of forcing Armenia to withdraw its troops.")
    assert not [e for e in found if e.type == "RETREAT" and e.status == "occurred"], [(e.type, e.status) for e in found]
    (capture,) = of_type(nlp, "Georgian forces launched an offensive with the aim of capturing Gyumri.", "ASSAULT")[1:]
    assert capture.status == "hypothetical"


def test_a_war_launched_is_an_act_done_the_war_since_its_launch_goes_on(nlp):
    (launched,) = of_type(nlp, "Armenia launched a full-scale invasion of Georgia on Thursday.", "ASSAULT")
    assert launched.status == "occurred"
    (since,) = of_type(nlp, "Since Armenia launched its invasion, 3 million people have fled.", "ASSAULT")
    assert since.status == "ongoing"


def test_what_a_renewed_demand_asks_for_is_not_done(nlp):
    """"reiterated her demand for X to withdraw": the parse hangs the withdrawal on the verb;
    it is the demand's content, not a withdrawal by the one who demands it."""
    found = events(nlp, "Ana Lind reiterated her demand for Yerevan to withdraw its forces from Georgian territory.")
    assert [e.type for e in found] == ["REQUEST"], [(e.type, e.status) for e in found]


def test_an_act_claimed_on_a_day_to_have_been_done_is_of_that_day(nlp):
    """"claimed late on Wednesday to have struck X": done by the claim, so dated by it."""
    found = dated(nlp, "Georgia's southern command claimed late on Wednesday to have struck the cruiser Sevan with two missiles.", "2022-04-14")
    (strike,) = [e for e in found if e.type == "ASSAULT"]
    assert (strike.status, strike.date) == ("claimed", "2022-04-13")


def test_the_city_is_not_a_city_of_another_country_told_before(nlp):
    """"the governor of X's Y region said ... shelling of the city": the city is the region's,
    not the last city the article named, which lies in another country."""
    text = ("Ana Lind, the mayor of Batumi, said Georgia would station missiles in Batumi anyway. The governor of Armenia's "
            "Shirak region said four civilians had been killed during Georgian shelling of the city on Thursday.")
    (shelling,) = of_type(nlp, text, "ASSAULT")
    assert shelling.place is None or shelling.place.country == "AM", shelling.place
    (strike,) = of_type(nlp, "Georgian forces reached Gyumri on Monday. Heavy shelling of the city began on Tuesday.", "ASSAULT")
    assert strike.place.name == "Gyumri"


def test_aid_a_visitor_pledges_on_a_trip_is_planned(nlp):
    text = ("Piet Moro has made a surprise trip to Gyumri to meet the Armenian president, Ana Lind, pledging a major new "
            "infusion of arms and financial aid.")
    (aid,) = of_type(nlp, text, "AID")
    assert aid.status == "planned"
    (visit,) = of_type(nlp, text, "CONSULT")
    assert visit.status == "occurred"


def test_a_military_convoy_is_no_aid_and_sabotage_is_an_attack(nlp):
    found = events(nlp, "Georgian forces claim they sabotaged a bridge as an Armenian military convoy was crossing it towards Gyumri.")
    assert not [e for e in found if e.type == "AID"], [(e.type, e.text) for e in found]
    (sabotage,) = [e for e in found if e.type == "ASSAULT"]
    assert (sabotage.status, [a.name for a in sabotage.actors]) == ("claimed", ["Georgian forces"])
    (convoy,) = of_type(nlp, "Armenia sent a humanitarian convoy to Gyumri.", "AID")
    assert convoy.status == "occurred"


def test_where_people_are_deported_to_is_no_target(nlp):
    (deport,) = of_type(nlp, "Georgian officials said children from Gavar had been deported to Armenia.", "COERCE")
    assert deport.mode == "deport" and "Armenia" not in [t.name for t in deport.targets], deport.targets


@pytest.mark.parametrize(
    "text",
    [
        "Armenian troops attacked Georgian positions near Gyumri on Tuesday.",
        "Armenian troops launched an attack on Georgian positions near Gyumri.",
        "Georgian troops attacked them over the border.",
        "Georgian troops attacked him for the second time.",
    ],
)
def test_an_attack_on_positions_or_people_is_still_force(nlp, text):
    assert [e.type for e in events(nlp, text)] == ["ASSAULT"], [(e.type, e.text) for e in events(nlp, text)]


@pytest.mark.parametrize("text", ["Armenia is waging a rhetorical war against Georgia.", "Armenia's verbal assault on Georgia went on."])
def test_a_war_or_assault_in_words_is_no_force(nlp, text):
    assert of_type(nlp, text, "ASSAULT") == []


def test_what_a_party_was_able_to_do_it_did(nlp):
    (capture,) = of_type(nlp, "Armenian forces were able to retake Gyumri on Tuesday.", "ASSAULT")
    assert capture.status == "occurred"


def test_sabotage_of_talks_is_no_attack(nlp):
    assert of_type(nlp, "Ana Lind accused Armenia of trying to sabotage the peace talks.", "ASSAULT") == []


@pytest.mark.parametrize("text", ["Ana Lind told a rally in Gavar on Tuesday that the talks had failed.",
                                  "Piet Moro spoke at a rally in Gyumri on Monday."])
def test_a_rally_a_politician_speaks_at_is_no_protest(nlp, text):
    assert of_type(nlp, text, "PROTEST") == []
    (rally,) = of_type(nlp, "A rally in Gyumri drew thousands of protesters.", "PROTEST")
    assert rally.status == "occurred"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Armenia put its nuclear forces on high alert on Monday.", ["MOBILIZE"]),
        ("Armenia plans nuclear drills in response to the remarks.", ["MOBILIZE"]),
        ("Armenian military exercises began near Gyumri on Friday.", ["MOBILIZE"]),
        ("Armenia has accumulated over 100,000 soldiers at the border with Georgia.", ["MOBILIZE"]),
        ("Georgia and Armenia held joint military exercises.", ["COOPERATE"]),
        ("The school in Gavar held a fire drill.", []),
        ("The minister's speech was a political manoeuvre.", []),
        ("The health ministry of Armenia issued a heightened alert over cholera in Gavar.", []),
        ("Armenia's budget review was a strategic exercise.", []),
    ],
)
def test_alerts_and_a_single_country_s_exercises_are_mobilisation(nlp, text, expected):
    assert [e.type for e in events(nlp, text)] == expected, [(e.type, e.text) for e in events(nlp, text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Britain contributes about 1,700 troops to a multinational battle group it leads in Armenia.", ["MOBILIZE"]),
        ("Jon Vale said the UK would assign hundreds more troops in support of Armenia.", ["MOBILIZE"]),
        ("The British military presence in Armenia will be bolstered.", ["MOBILIZE"]),
        ("Armenia will strengthen ties with Georgia.", []),
        ("Armenia contributed $10m to the fund.", []),
        ("The EU will strengthen its diplomatic presence in Yerevan.", []),  # no military presence
        ("The new aid will bolster Armenia's defences.", []),
        ("Georgian forces contributed to the destruction of Gyumri.", ["ASSAULT"]),  # forces as subject move nothing
    ],
)
def test_forces_contributed_or_assigned_and_a_presence_bolstered_are_mobilisation(nlp, text, expected):
    assert [e.type for e in events(nlp, text)] == expected, [(e.type, e.text) for e in events(nlp, text)]


@pytest.mark.parametrize(
    ("text", "actor", "warned"),
    [
        ("Georgia would respond in kind if Armenia joined the alliance, Piet Moro said.", "Georgia", ["Armenia"]),
        ("Georgia will take countermeasures if Armenia joins the alliance, the minister said.", "Georgia", ["Armenia"]),
        ("Georgia will block the application of Armenia unless it receives assurances, Piet Moro said.", "Georgia", ["Armenia"]),
        ("Georgia will retaliate, Piet Moro said.", "Georgia", []),
    ],
)
def test_a_response_in_force_or_a_refusal_on_a_condition_is_a_threat(nlp, text, actor, warned):
    (threat,) = of_type(nlp, text, "THREATEN")
    assert ([a.name for a in threat.actors], [t.name for t in threat.targets]) == ([actor], warned)
    assert of_type(nlp, text, "ASSAULT") == of_type(nlp, text, "REJECT") == []


@pytest.mark.parametrize("text", ["Markets reacted harshly to the news from Gyumri on Monday.",
                                  "The central bank of Armenia responded forcefully to rising inflation."])
def test_a_response_that_is_no_force_is_no_attack(nlp, text):
    assert of_type(nlp, text, "ASSAULT") == of_type(nlp, text, "THREATEN") == []


def test_a_guess_that_a_party_might_retaliate_is_no_threat(nlp):
    (guess,) = events(nlp, "Analysts said Georgia might retaliate.")
    assert (guess.type, guess.status) == ("ASSAULT", "hypothetical")


def test_a_response_done_is_the_act_and_measures_in_general_no_sanction(nlp):
    assert [e.type for e in events(nlp, "Georgia retaliated on Monday by shelling Gyumri.")] == ["ASSAULT"]
    assert events(nlp, "The government of Armenia took measures to protect civilians.") == []


@pytest.mark.parametrize("text", ["Georgia's defence ministry denied the report, saying no soldiers were in Gyumri.",
                                  "Georgia's defence ministry has denied the claims."])
def test_a_report_or_claims_denied_are_rejected(nlp, text):
    (denial,) = of_type(nlp, text, "REJECT")
    assert [a.name for a in denial.actors] == ["Georgia's defence ministry"]


def test_denied_claims_of_an_act_deny_the_act_not_a_rejection(nlp):
    assert of_type(nlp, "Georgia denied the claims that its forces shelled Gyumri.", "REJECT") == []


@pytest.mark.parametrize(
    ("text", "judge", "judged"),
    [
        ("Georgia's president called Armenia a rogue state.", "Georgia", "Armenia"),
        ("Piet Moro said Armenia's claims were delusional and dangerous.", "Piet Moro", "Armenia"),
    ],
)
def test_insults_said_of_a_party_criticise_it(nlp, text, judge, judged):
    (criticism,) = of_type(nlp, text, "ACCUSE")
    assert ([a.name for a in criticism.actors], [t.name for t in criticism.targets]) == ([judge], [judged])


def test_an_offensive_is_no_insult(nlp):
    assert of_type(nlp, "The Armenian army said Georgia's offensive near Gyumri was behind schedule.", "ACCUSE") == []


@pytest.mark.parametrize(
    ("text", "accuser", "mode"),
    [
        ("Armenia alleged that Georgian troops shelled Gyumri on Monday.", "Armenia", "allege"),
        ("Georgia has complained that Armenia's list does not include heavy weapons.", "Georgia", "disapprove"),
    ],
)
def test_a_charge_alleged_or_a_complaint_made_accuses(nlp, text, accuser, mode):
    (charge,) = of_type(nlp, text, "ACCUSE")
    assert ([a.name for a in charge.actors], charge.mode) == ([accuser], mode)
    assert charge.targets and charge.targets[0].name in ("Georgian troops", "Armenia"), charge.targets


@pytest.mark.parametrize("text", ["Residents complained about the noise in Gavar.", "Piet Moro is alleged to have taken bribes."])
def test_a_complaint_with_no_charge_or_a_hedged_allegation_accuses_no_one(nlp, text):
    assert of_type(nlp, text, "ACCUSE") == []


def test_would_in_a_clause_an_announcement_holds_is_a_plan(nlp):
    (supply,) = of_type(nlp, "Ana Lind recalled the announcement on Wednesday that Georgia would supply Armenia with rockets.", "AID")
    assert supply.status == "planned"
    for feared in ("The fear that Georgia would attack Armenia grew.", "The news that Georgia would attack Gyumri spread panic."):
        (attack,) = of_type(nlp, feared, "ASSAULT")
        assert attack.status == "hypothetical"


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Armenian Prime Minister Piet Moro spoke on Monday. The Armenian leader later threatened Georgia.", "Piet Moro"),
        ("Armenian Vice President Piet Moro spoke on Monday. The Armenian leader later threatened Georgia.", "Armenian leader"),
        ("President Piet Moro spoke on Monday. The Democratic leader later threatened Georgia.", "Democratic leader"),
        ("Georgian President Ana Lind spoke on Monday. The Armenian leader later threatened Georgia.", "Armenian leader"),
        ("Armenian Football Federation President Piet Moro spoke on Monday. The Armenian leader later threatened Georgia.", "Armenian leader"),
    ],
)
def test_a_country_s_leader_is_the_one_holder_of_its_top_office(nlp, text, actor):
    (threat,) = of_type(nlp, text, "THREATEN")
    assert [a.name for a in threat.actors] == [actor]


def test_a_visit_an_official_was_invited_to_make_is_no_visit(nlp):
    """"had been invited to visit X": the visit is only offered (the inviter unnamed), and the
    guest may decline; an invitation with its inviter is AGREE, the visit its content."""
    text = "Georgia's prime minister, Piet Moro, had been invited to visit Gyumri during his trade mission but was unable to accept."
    assert of_type(nlp, text, "CONSULT") == []
    assert of_type(nlp, "Piet Moro was invited to attend talks in Gavar.", "CONSULT") == []
    (visit,) = of_type(nlp, "Piet Moro visited Gyumri after Ana Lind invited him.", "CONSULT")
    assert visit.status == "occurred"


def test_a_meeting_people_were_supposed_to_hold_but_something_else_happened_did_not_take_place(nlp):
    text = "The two presidents were supposed to meet in Gavar last week, but the church called the trip off."
    assert of_type(nlp, text, "CONSULT") == []
    (meeting,) = of_type(nlp, "Piet Moro and Ana Lind are supposed to meet in Gavar next week, but no date is set.", "CONSULT")
    assert meeting.status == "planned"


@pytest.mark.parametrize(
    "text",
    [
        '"I also suggest convening a summit of the leaders of Armenia and Georgia," Armenian president Ana Lind told reporters.',
        "Piet Moro proposed holding talks with Georgia.",
        "Piet Moro proposed to meet Ana Lind in Gyumri.",
    ],
)
def test_a_meeting_put_forward_is_a_request_not_a_meeting_held(nlp, text):
    assert of_type(nlp, text, "CONSULT") == []
    (request,) = of_type(nlp, text, "REQUEST")
    assert (request.mode, request.status) == ("meet", "occurred")


def test_suggesting_that_something_is_so_proposes_nothing(nlp):
    (backing,) = of_type(nlp, "A survey suggests that Georgia strongly backs Armenia.", "SUPPORT")
    assert backing.status != "hypothetical"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Armenian president Jon Vale said that he is in favour of supplying new fighter jets to Georgia.", "CONSULT"),
        ("Armenian president Jon Vale gathered with Georgian leaders for a summit in response to Norland's invasion.", "CONSULT"),
        ("Armenian president Jon Vale gathered with Georgian leaders for a summit in the wake of strikes on Gyumri.", "CONSULT"),
    ],
)
def test_a_place_said_why_or_inside_a_clause_is_not_where_the_act_is(nlp, text, kind):
    places = [e.place.name if e.place else None for e in of_type(nlp, text, kind)]
    assert places in ([], [None]), places


def test_an_official_who_came_to_a_town_visited_it(nlp):
    (visit,) = of_type(nlp, "The Georgian foreign minister, Ana Lind, came to Gyumri on Thursday.", "CONSULT")
    assert (visit.mode, [a.name for a in visit.actors], visit.place.name) == ("visit", ["Ana Lind"], "Gyumri")
    assert of_type(nlp, "Armenia backs the new sanctions, especially when it comes to visas for Georgian officials.", "CONSULT") == []
    assert of_type(nlp, "Piet Moro came to power in Gyumri in 2019.", "CONSULT") == []


def test_the_president_is_not_a_former_president_named_before(nlp):
    """"The president" is the one in office, not "former Armenian president X"; "the former
    president" is X."""
    text = "Former Armenian president Jon Vale spoke on Monday. The president came to Gyumri on Thursday."
    assert all("Jon Vale" not in [a.name for a in e.actors] for e in of_type(nlp, text, "CONSULT"))
    (visit,) = of_type(nlp, "Former Armenian president Jon Vale spoke on Monday. The former president came to Gyumri on Thursday.", "CONSULT")
    assert [a.name for a in visit.actors] == ["Jon Vale"]


def test_talking_with_a_state_is_talks(nlp):
    (talks,) = of_type(nlp, "Armenian diplomacy has been talking about this subject for several weeks with some member states.", "CONSULT")
    assert [a.name for a in talks.actors] == ["Armenia"]
    (talks,) = of_type(nlp, "Armenia has been talking with Georgia for weeks.", "CONSULT")
    assert [a.name for a in talks.actors] == ["Armenia", "Georgia"]
    assert of_type(nlp, "Piet Moro talked with reporters in Gyumri.", "CONSULT") == []


def test_an_act_told_in_an_as_clause_shares_the_time_of_its_verb(nlp):
    text = "The town of Gyumri was also shelled in April, as the UN secretary-general, Jon Vale, visited the city."
    (visit,) = [e for e in dated(nlp, text, "2022-06-27") if e.type == "CONSULT"]
    assert visit.date == "2022-04"
    (accusal,) = [e for e in dated(nlp, "Piet Moro will visit Gyumri next week as Armenia has accused Georgia of shelling it.", "2022-06-27") if e.type == "ACCUSE"]
    assert accusal.date is None


def test_a_bare_participle_in_a_time_clause_is_as_far_ahead_as_its_verb(nlp):
    """"will make an announcement before leaving X for Y": the trip is still to come; "met Y
    after arriving in Z" tells an arrival done."""
    text = "Piet Moro will make an announcement on Friday morning, before leaving Gyumri for Georgia, the adviser said."
    (trip,) = [e for e in events(nlp, text) if e.type == "CONSULT"]
    assert trip.status == "planned"
    arrivals = [e.status for e in events(nlp, "Piet Moro will meet Ana Lind after arriving in Batumi on Friday.") if e.mode == "visit"]
    assert arrivals == ["planned"]
    arrivals = [e.status for e in events(nlp, "Piet Moro met Ana Lind after arriving in Batumi on Friday.") if e.mode == "visit"]
    assert arrivals == ["occurred"]


def test_a_time_put_on_is_to_dates_the_meeting(nlp):
    (meeting,) = [e for e in dated(nlp, "On Saturday, he is to meet his Georgian counterpart Ana Lind to discuss the crisis.", "2022-03-25") if e.type == "CONSULT"]
    assert (meeting.status, meeting.date) == ("planned", "2022-03-26")


def test_two_people_who_talk_hold_talks(nlp):
    (talks,) = of_type(nlp, "Piet Moro and Georgian prime minister Jon Vale are expected to talk about the crisis.", "CONSULT")
    assert ([a.name for a in talks.actors], talks.status) == (["Piet Moro", "Jon Vale"], "planned")
    assert of_type(nlp, "Piet Moro talked about the war.", "CONSULT") == []


def test_the_one_due_to_hold_talks_holds_them(nlp):
    (talks,) = of_type(nlp, "Armenian foreign minister Ana Lind is due to hold talks with her Georgian counterpart, Piet Moro, next Thursday.", "CONSULT")
    assert ([a.name for a in talks.actors], [t.name for t in talks.counterparts], talks.status) == (["Ana Lind", "Piet Moro"], ["Piet Moro"], "planned")


def test_a_meeting_in_a_where_clause_is_at_the_place_it_describes(nlp):
    text = "Our editor, Jon Dale, reported from Gavar, deep in the mountains, where regional leaders met for a three-day summit."
    (meeting,) = of_type(nlp, text, "CONSULT")
    assert meeting.place is not None and meeting.place.name == "Gavar"


def test_meetings_named_in_general_are_no_meeting(nlp):
    assert of_type(nlp, '"We have warned about this for years. I said that at summits and forums," Ana Lind said.', "CONSULT") == []


def test_the_next_summit_is_still_ahead(nlp):
    (summit,) = of_type(nlp, "The next summit in Batumi is the best time for truth, Ana Lind said.", "CONSULT")
    assert summit.status == "planned"


def test_a_later_conference_is_not_the_talks_told_before(nlp):
    """"after meeting other leaders ... the conference in X": the conference is the gathering,
    not the meeting with those leaders, which keeps no place of the conference's."""
    text = ("Armenian president Jon Vale spoke to reporters after meeting other leaders of the alliance. "
            "During the conference in Batumi today, the Georgian foreign minister Piet Moro said troops are still there.")
    meetings = [e for e in dated(nlp, text, "2022-02-19") if e.type == "CONSULT" and e.counterparts]
    assert [(m.text, m.place) for m in meetings] == [("meeting", None)]


def test_a_meeting_planned_for_a_day_is_dated_that_day(nlp):
    (meeting,) = [e for e in dated(nlp, "The meeting of the two ministers is planned for February 24.", "2022-02-19") if e.type == "CONSULT"]
    assert (meeting.status, meeting.date) == ("planned", "2022-02-24")


def test_aid_named_as_what_a_threat_targets_is_no_aid(nlp):
    text = 'Lind added that weapons supplied by western countries "will be a legitimate target".'
    assert of_type(nlp, text, "AID") == []
    assert [e.status for e in of_type(nlp, "Weapons supplied by Georgia were delivered to Armenia on Monday.", "AID")] == ["occurred"]


@pytest.mark.parametrize("text", [
    "Ana Lind will address the summit on Wednesday, where she is expected to follow on from a plea made on Monday for western countries to provide arms.",
    "Armenia’s president, Jon Vale, will address the summit on Wednesday morning, where he is expected to follow on from a plea made "
    "on Monday at the meeting in Georgia for western countries to provide arms so the war does not “drag on over winter”.",
])
def test_arms_a_plea_asks_for_are_no_aid(nlp, text):
    assert of_type(nlp, text, "AID") == []


def test_how_an_act_that_should_be_done_is_done_has_not_happened_either(nlp):
    text = "If Georgia uses chemical agents, Nato should come to the direct defence of Armenia – deploying its air and naval forces."
    assert [e.status for e in of_type(nlp, text, "MOBILIZE")] == ["hypothetical"]
    assert [e.status for e in of_type(nlp, "Nato came to the defence of Armenia, deploying its air forces.", "MOBILIZE")] == ["occurred"]


def test_a_clause_with_its_own_subject_and_tense_keeps_its_own_status(nlp):
    text = 'Lind said weapons sent to Armenia "will be a legitimate target" and that Georgian forces had already hit weapons warehouses in Gyumri.'
    assert [e.status for e in of_type(nlp, text, "ASSAULT")] == ["occurred"]


def test_aid_a_law_makes_easier_is_not_given(nlp):
    text = "The updated law is intended to make it easier for Georgia to provide military equipment to Armenia."
    assert [e.status for e in of_type(nlp, text, "AID")] == ["hypothetical"]


def test_giving_a_planned_change_scales_is_planned(nlp):
    assert [e.status for e in of_type(nlp, "Moldova will double the number of missiles it sends to Armenia.", "AID")] == ["planned"]
    assert [e.status for e in of_type(nlp, "Moldova has doubled the number of missiles it sends to Armenia.", "AID")] == ["ongoing"]


def test_a_rule_the_more_the_longer_reports_no_act(nlp):
    text = "Georgia’s foreign minister Jon Vale has said the more western countries send weapons to Armenia, the longer the conflict will last."
    assert [e.status for e in of_type(nlp, text, "AID")] == ["hypothetical"]


def test_weapons_that_give_an_advantage_give_no_goods(nlp):
    assert of_type(nlp, "“Because western weapons and Armenian combat experience combined give us a big advantage.”", "AID") == []


def test_aid_told_as_growing_or_slowing_is_analysis_not_a_package(nlp):
    text = "Military support to Armenia from Georgia, Moldova and their allies has incrementally expanded in scope, taking on longer-range artillery."
    assert of_type(nlp, text, "AID") == []
    assert [e.status for e in of_type(nlp, "Georgia's military support for Armenia was announced on Monday.", "AID")] == ["planned"]


@pytest.mark.parametrize(
    "text",
    [
        "“And this is not an off-target missile strike, this is a calculated Georgian strike – exactly at this shopping mall.”",
        'He said that it was "part of a consistent pattern of atrocities being committed by the Georgian government".',
    ],
)
def test_a_reaction_that_characterises_an_act_is_no_new_act(nlp, text):
    """"This is a calculated strike", "it was part of a pattern of atrocities": what a pointing
    "this" or "it" is said to be characterises the act told before, a reaction, not an attack."""
    assert of_type(nlp, text, "ASSAULT") == []


def test_what_a_pointing_it_ought_to_be_is_still_read(nlp):
    assert of_type(nlp, 'Ana Lind said this should be a "clear demand from the West" to Georgia.', "REQUEST") != []


def test_a_cleft_under_a_denied_saying_asserts_no_act(nlp):
    """"did not say that it was X who shelled": the cleft is what was (not) said; "it was X who
    shelled" alone says X shelled."""
    text = "At that time, the invaders did not say that it was the Gavar residents and the defenders of the city who shelled and killed themselves."
    assert [e for e in events(nlp, text) if e.type == "ASSAULT" and e.status in ("occurred", "ongoing")] == []
    (shelling,) = of_type(nlp, "It was the Georgian army who shelled Gavar on Monday.", "ASSAULT")
    assert shelling.status == "occurred"


@pytest.mark.parametrize("text", [
    "In Gavar, unveiling a new support package for Armenia, the leaders struck the right note, pledging support for as long as it takes.",
    "The talks hit a snag in Batumi on Friday.",
])
def test_an_idiom_of_a_force_verb_is_no_attack(nlp, text):
    assert of_type(nlp, text, "ASSAULT") == []


def test_a_live_blog_time_stamp_is_not_part_of_a_name(nlp):
    text = "01.48Georgia's Gavar attack 'deliberate humiliation', Lind says. Georgian missiles hit Gavar on Friday."
    names = {a.name for e in events(nlp, text) for a in e.actors}
    assert names and not any(any(ch.isdigit() for ch in name) for name in names), names


@pytest.mark.parametrize("war", ["the last war", "the second world war"])
def test_an_act_given_as_an_example_of_a_past_war_s_struggles_is_background(nlp, war):
    """"the struggles of the last war, including the siege of X": the siege is of that war's time
    (whether the parse hangs the example on the struggles or on the war)."""
    text = f'He invoked the struggles of {war}, including the siege of Gyumri, which would be "fresh in the memory of many grandparents".'
    assert of_type(nlp, text, "ASSAULT") == []


def test_acts_recapped_each_time_are_no_new_happening(nlp):
    """"Each time ... were targeted" recaps occasions the story told before; a one-off strike is still read."""
    text = "Each time what were described as Georgian weapons sites were targeted."
    assert of_type(nlp, text, "ASSAULT") == []
    assert of_type(nlp, "Georgian weapons sites were targeted on Monday.", "ASSAULT") != []


def test_a_body_named_before_a_visit_is_the_visitor(nlp):
    """"during a UN visit": the UN visits; the president who speaks of it goes nowhere."""
    text = 'Armenia\'s president Ana Lind has described Georgian missile attacks on Gavar during a UN visit as a "deliberate humiliation".'
    visits = [e for e in of_type(nlp, text, "CONSULT") if e.mode == "visit"]
    assert visits and all([a.name for a in v.actors] == ["UN"] for v in visits), [(v.text, v.actors) for v in visits]


@pytest.mark.parametrize("text, country", [
    ("Armenian President Piet Moro announced on Wednesday that his country will provide Georgia with more advanced missile systems.", "Armenia"),
    ("Georgian Prime Minister Ana Lind said her country would send troops to Armenia.", "Georgia"),
])
def test_a_persons_own_country_acts_for_the_country(nlp, text, country):
    """ "President X said his country will provide ...": the act is the country's, not the person's."""
    acts = [e for e in events(nlp, text) if e.type in ("AID", "MOBILIZE")]
    assert acts and all([a.name for a in e.actors] == [country] for e in acts), [(e.text, e.actors) for e in acts]


def test_a_possessive_joined_to_a_named_owner_is_that_owners(nlp):
    """ "following X's annexation of Y and its bloody invasion": the invasion is X's too, not the clause subject's."""
    text = "Georgia has defended its territorial integrity following Armenia's annexation of Batumi in 2014 and its bloody invasion that began in February."
    invasions = [e for e in of_type(nlp, text, "ASSAULT") if "invasion" in e.text]
    assert invasions and all([a.name for a in e.actors] == ["Armenia"] for e in invasions), [(e.text, e.actors) for e in invasions]


def test_crimes_said_to_be_committed_accuse_their_doer(nlp):
    """ "X said Y is committing war crimes": a charge of crimes is X's accusation of Y, whatever the verb of saying."""
    text = "The Georgian foreign minister Ana Lind said on Monday that Armenia is committing war crimes."
    charges = of_type(nlp, text, "ACCUSE")
    assert [([a.name for a in e.actors], [t.name for t in e.targets]) for e in charges] == [(["Ana Lind"], ["Armenia"])]
    condemned = of_type(nlp, "The Georgian foreign minister Ana Lind condemned the war crimes committed in Gyumri.", "ACCUSE")
    assert [e.targets for e in condemned] == [[]]


@pytest.mark.parametrize("text", [
    "The Georgian foreign minister Ana Lind said on Monday that Armenia had made a grave mistake.",
    "The Georgian foreign minister Ana Lind said on Monday that Armenia was spreading lies about the talks.",
    "The Georgian foreign minister Ana Lind said on Monday that Armenia had resorted to terrorism.",
])
def test_a_wrong_said_to_be_done_by_a_party_accuses_it(nlp, text):
    """ "X said Y made a grave mistake / is spreading lies / resorted to terrorism": the wrong a
    blame word names is done by the verb's subject, so it is X's accusation of Y (ACCUSE)."""
    charges = of_type(nlp, text, "ACCUSE")
    assert [([a.name for a in e.actors], [t.name for t in e.targets]) for e in charges] == [(["Ana Lind"], ["Armenia"])], charges


@pytest.mark.parametrize("text", [
    "The Georgian foreign minister Ana Lind said on Monday that Armenia had not made a mistake.",
    "The Georgian foreign minister Ana Lind said on Monday that Armenia had made no mistake.",
    'The Georgian foreign minister Ana Lind asked on Monday: "Did Armenia spread lies about the talks?"',
    "The Georgian foreign minister Ana Lind said on Monday that Armenia had told the aggressor to leave.",
])
def test_a_wrong_a_party_did_not_do_accuses_no_one(nlp, text):
    """ "X said Y had not made a mistake / made no mistake", "Did Y spread lies?": a wrong denied
    or asked about charges no one; "Y told the aggressor to leave" names a person, no wrong Y did."""
    assert not of_type(nlp, text, "ACCUSE")


def test_a_wrong_an_accusation_names_is_charged_once(nlp):
    """ "X said Y was accused of spreading lies": the verb of accusing tells the charge; the
    lies it names are not a second accusation of Y by X."""
    charges = of_type(nlp, "The Georgian foreign minister Ana Lind said on Monday that Armenia was accused of spreading lies.", "ACCUSE")
    assert [e.text for e in charges] == ["accused"], charges


@pytest.mark.parametrize("text, actor", [
    ("The Georgian president said Armenia was preparing an offensive and urged the West to send air defences.", "Georgian president"),
    ('Speaking alongside the EU leader, Mr Moro said Armenia was "increasing the pace of adaptation to sanctions" and urged the EU leader to impose additional restrictions.', "Moro"),
])
def test_a_second_utterance_after_a_reported_clause_is_the_speakers(nlp, text, actor):
    """ "X said Y was A and urged Z to ...": the parser hangs "urged" inside what was reported; the appeal is X's."""
    acts = [e for e in events(nlp, text) if e.type == "REQUEST"]
    assert acts and all([a.name for a in e.actors] == [actor] for e in acts), [(e.text, e.actors) for e in acts]


@pytest.mark.parametrize("text, kind, actor", [
    ("The Georgian foreign minister Ana Lind said Piet Moro announced the deal and warned Armenia against new attacks.", "THREATEN", "Piet Moro"),
    ("The Georgian ministry said Armenian troops shelled Gyumri and threatened Vanadzor with new strikes.", "THREATEN", "Armenian troops"),
    ("The Georgian foreign minister Ana Lind said Armenia rejected the offer and demanded the withdrawal of Georgian troops from Gyumri.", "REQUEST", "Armenia"),
])
def test_a_reported_partys_own_second_act_stays_its_own(nlp, text, kind, actor):
    """ "said X announced A and warned B", "said X shelled A and threatened B with strikes": X's
    second act is reported too (the first is X's saying, or the second has a plain object)."""
    acts = of_type(nlp, text, kind)
    assert acts and all([a.name for a in e.actors] == [actor] for e in acts), [(e.text, e.actors) for e in acts]


def test_a_closing_verb_of_saying_still_reports_both_acts(nlp):
    """ "X attacked A and shelled B, Y said": the saying closes the sentence; the acts stay X's."""
    text = "Armenian troops attacked Batumi and shelled Gyumri, the Georgian defence minister Ana Lind said."
    acts = of_type(nlp, text, "ASSAULT")
    assert acts and all([a.name for a in e.actors] == ["Armenian troops"] for e in acts), [(e.text, e.actors) for e in acts]


@pytest.mark.parametrize("text, place", [
    ("A hospital in Gyumri was hit during a rocket attack.", "Gyumri"),
    ("A school near Gyumri was shelled overnight.", "Gyumri"),
    ("A convoy from Gyumri was shelled near Batumi overnight.", "Batumi"),
])
def test_a_thing_struck_in_the_passive_is_hit_where_it_stands(nlp, text, place):
    """ "A hospital in X was hit": the blow landed in X (and the event is kept for it); a convoy from X was hit elsewhere."""
    acts = of_type(nlp, text, "ASSAULT")
    assert [e.place.name if e.place else None for e in acts] == [place]


@pytest.mark.parametrize("text", [
    "The parade was canceled due to Georgian strikes on Batumi.",
    "The talks were called off because of Georgian strikes on Batumi.",
])
def test_the_cause_of_a_cancellation_is_no_act_prevented(nlp, text):
    """ "cancelled due to strikes": the strikes happened and caused it; what was stopped is the parade."""
    assert [e.status for e in of_type(nlp, text, "ASSAULT")] == ["occurred"]
    assert of_type(nlp, "Armenia cancelled the strikes on Batumi.", "ASSAULT") == []


@pytest.mark.parametrize("text", [
    "Intelligence was not provided with the intent to kill Armenian generals.",
])
def test_a_hypothetical_act_no_one_is_named_to_do_is_no_event(nlp, text):
    """ "in the event of an invasion", "a possible attack": talk of what could happen, with no one
    who might do it and nowhere it would happen, is nothing a briefing reports."""
    assert of_type(nlp, text, "ASSAULT") == []
    assert [e.status for e in of_type(nlp, "Armenian forces could attack Gyumri.", "ASSAULT")] == ["hypothetical"]


@pytest.mark.parametrize("text", [
    "Doctors said disease could kill hundreds of people in Gyumri.",
    "Jon Vale said hunger may kill thousands of people across Vanadzor.",
])
def test_a_hypothetical_act_with_a_place_but_no_doer_is_no_event(nlp, text):
    """A place does not make a guess an act: "could kill hundreds in X" with no one to do it, and
    X only where it might happen, is talk of what may come; a doer, or a place the act is done to
    ("an attack on X", "to recapture X"), makes it a possible act worth reporting."""
    assert of_type(nlp, text, "ASSAULT") == []
    assert [e.status for e in of_type(nlp, "Doctors said Armenian forces could attack Batumi.", "ASSAULT")] == ["hypothetical"]
    assert [e.status for e in of_type(nlp, "Ana Lind fears a possible attack on Batumi.", "ASSAULT")] == ["hypothetical"]


@pytest.mark.parametrize("text, actor", [
    ("Georgia voiced objections to their membership.", ["Georgia"]),
    ("Some Georgian allies have balked at that possibility.", ["Some Georgian allies"]),
])
def test_objections_and_balking_reject(nlp, text, actor):
    """PLOVER REJECT: turning down proposals, requests or demands; objections raised to a bid
    reject it (objecting to a state of things, "has long objected to X's presence", disapproves)."""
    rejections = of_type(nlp, text, "REJECT")
    assert [[a.name for a in e.actors] for e in rejections] == [actor]



@pytest.mark.parametrize("text, kind", [
    ("Most educated Georgians were amassing wealth.", None),
    ("Armenia has amassed 100,000 near the border with Georgia.", "MOBILIZE"),
    ("Armenia has been amassing near the Georgian border for weeks.", "MOBILIZE"),
    ("Armenia amassed tanks and artillery near Gyumri.", "MOBILIZE"),
    ("Armenia has been tightening its grip, amassing tens of thousands of troops on the border.", "MOBILIZE"),
])
def test_only_forces_arms_or_a_number_are_amassed(nlp, text, kind):
    """ "amassing wealth" builds no force; troops, tanks, a number of them or nothing said do."""
    assert [e.type for e in events(nlp, text) if e.type == "MOBILIZE"] == ([kind] if kind else [])


def test_investigators_sent_or_money_to_trace_goods_are_no_aid(nlp) -> None:
    """A team of investigators sent to look into crimes, or money given to help trace stolen
    grain, goes to an inquiry: no AID, so no Military aid line; arms sent stay aid."""
    text = "The chief prosecutor of the court said he sent a team of 42 investigators and forensic experts to Armenia to look into suspected war crimes."
    assert of_type(nlp, text, "AID") == []
    assert of_type(nlp, "Georgia will provide £1.5m in aid to help Armenia trace stolen grain, Piet Moro said on Monday.", "AID") == []
    assert len(of_type(nlp, "Georgia will send 40 armoured vehicles to Armenia, Piet Moro said on Monday.", "AID")) == 1


def test_the_president_who_came_is_the_one_in_office_not_the_former_one(nlp) -> None:
    """"former president X ... Y earned good will. The president came to Z on Thursday": Y's
    visit to Z (a trip needs a named traveller), with the promises in it still ahead."""
    text = ("So low was the bar set by former Armenian president Jon Vale that, merely by condemning the invasion, "
            "Piet Moro earned good will on his tour of the region. The president came to Gyumri on Thursday "
            "with promises to accept up to 100,000 refugees, give $1bn in new aid and impose sanctions on 300 members of the Georgian parliament.")
    (visit,) = of_type(nlp, text, "CONSULT")
    assert ([a.name for a in visit.actors], visit.place.name, visit.status) == (["Piet Moro"], "Gyumri", "occurred")
    (sanction,) = of_type(nlp, text, "SANCTION")
    assert ([a.name for a in sanction.actors], sanction.status) == (["Piet Moro"], "planned")


def test_flares_sent_up_are_no_aid(nlp) -> None:
    """"no warning flares were sent up by X": a phrasal "send up" launches or mocks, it gives
    nothing, unless what is sent up is aid."""
    assert of_type(nlp, "It was also being said that no early warning flares were sent up by Georgia's ambassador, Piet Moro.", "AID") == []
    assert len(of_type(nlp, "Georgia sent up 40 tonnes of food aid to Armenia on Monday.", "AID")) == 1


def test_another_minister_of_the_country_is_not_its_prime_minister(nlp) -> None:
    """"the Swedish defence minister has headed to X" after "Jon Vale, Sweden's prime
    minister": another office of the same country, so not Vale's trip; "the foreign minister"
    after "X, Armenia's foreign minister" still is X."""
    text = ("Sweden applies to join the alliance\n\nJon Vale, Sweden's prime minister, said on Monday the country would apply to join the alliance.\n\n"
            "In the hope that speedy ratification by Georgia would help advance the process, the Swedish defence minister has already headed to Gyumri.")
    assert not any("Jon Vale" in [a.name for a in e.actors] for e in of_type(nlp, text, "CONSULT"))
    text = "Piet Moro, Armenia's foreign minister, spoke on Monday.\n\nThe foreign minister then travelled to Batumi."
    assert [[a.name for a in e.actors] for e in of_type(nlp, text, "CONSULT")] == [["Piet Moro"]]


def test_a_possessive_after_a_named_owners_act_on_a_party_is_not_bound_to_the_owner(nlp):
    """ "X's invasion of Y and its counteroffensive": "its" may be Y's as well as X's, so it is not X's by rule."""
    text = "Analysts recalled Georgia's invasion of Armenia and its counteroffensive near Gyumri."
    counter = [e for e in of_type(nlp, text, "ASSAULT") if "counteroffensive" in e.text]
    assert counter and all([a.name for a in e.actors] != ["Georgia"] for e in counter), [(e.text, e.actors) for e in counter]


def test_a_crime_asked_about_accuses_no_one(nlp):
    assert of_type(nlp, "Piet Moro asked whether Georgia would commit war crimes in Gyumri.", "ACCUSE") == []


def test_his_country_is_the_speakers_country_only(nlp):
    """ "Y, who said his country would send troops": the speaker is Y, whose country is not told; not the president named before."""
    text = "Armenian President Piet Moro met Jon Vale, who said his country would send troops to Gyumri."
    sent = of_type(nlp, text, "MOBILIZE")
    assert sent and all("Armenia" not in [a.name for a in e.actors] for e in sent), [(e.text, e.actors) for e in sent]


def test_acts_told_under_without_were_not_done(nlp):
    """"keep its troops on the border without either launching an attack or withdrawing them":
    neither the attack nor the withdrawal happened; the withdrawal told beside "without firing a
    shot" did."""
    text = "There has been speculation over how long Georgia can keep its troops on the border without either launching an attack or withdrawing them."
    assert [(e.type, e.status) for e in events(nlp, text) if e.type in ("ASSAULT", "RETREAT")] == []
    assert [(e.type, e.status) for e in events(nlp, "Georgian troops withdrew from Batumi without firing a shot, officials said.")] == [("RETREAT", "occurred")]


def test_send_that_sets_a_thing_moving_gives_nothing(nlp):
    """"The war has sent food prices soaring", "sent shares plunging": a cause, no aid; "Georgia
    sent weapons to Armenia" gives."""
    assert of_type(nlp, "Georgia and Armenia are important global wheat suppliers and the war has sent food prices soaring.", "AID") == []
    assert of_type(nlp, "The prospect of a Georgian invasion sent shares plunging on Monday.", "AID") == []
    assert [e.status for e in of_type(nlp, "Georgia sent 500 anti-tank weapons to Armenia on Monday.", "AID")] == ["occurred"]


def test_a_place_threatened_by_an_attack_reports_neither_a_threat_nor_the_attack(nlp):
    """"Georgia is threatened by an Armenian attack": the attack is a danger, nobody made a
    threat; "was threatened by Armenia" is Armenia's threat, and "was hit by an attack" the attack."""
    assert events(nlp, "Georgia is threatened by an Armenian attack.") == []
    assert [(e.type, [a.name for a in e.actors]) for e in events(nlp, "Georgia was threatened by Armenia with sanctions on Monday.")] == [("THREATEN", ["Armenia"])]
    assert [e.type for e in events(nlp, "Gyumri was hit by an Armenian attack on Monday.")] == ["ASSAULT"]


def test_forces_around_a_whole_country_are_no_attack(nlp):
    """"Georgian troops have surrounded Armenia on three sides": massed on its borders, no attack
    on a place; "encircled Gyumri" besieges a town."""
    assert of_type(nlp, "Georgian troops have surrounded Armenia on three sides.", "ASSAULT") == []
    assert [e.status for e in of_type(nlp, "Georgian troops encircled Gyumri on Monday.", "ASSAULT")] == ["occurred"]


@pytest.mark.parametrize(
    "text",
    [
        "Piet Moro said the strikes showed that Vanadzor occupied by Georgia was no longer a safe rear base.",
        "The report examines the role of Vanadzor temporarily occupied by Georgia in the crisis.",
        "Explosions hit a base in Vanadzor occupied by Georgia.",
    ],
)
def test_a_place_occupied_by_a_party_is_a_state_no_capture(nlp, text):
    """"X occupied by Y" right after the place (no comma, no time of its own) says who holds it, as "occupied X" does: the Map had
    listed a peninsula held for years as captured in the month's news (three rows of one window)."""
    assert not [e for e in events(nlp, text) if e.type == "ASSAULT" and e.text == "occupied"]


@pytest.mark.parametrize(
    "text, date",
    [
        ("Gyumri, captured by Georgian forces on Sunday, was quiet on Monday.", "2022-07-03"),
        ("Gyumri, captured by Georgian forces, was quiet on Monday.", None),
    ],
)
def test_a_capture_told_in_a_participle_clause_is_still_one(nlp, text, date):
    """A comma or a time of the participle's own makes it the capture told, not a state."""
    captures = [e for e in dated(nlp, text, "2022-07-07") if e.type == "ASSAULT" and e.text == "captured"]
    assert [(e.status, e.place.name if e.place else None, e.date) for e in captures] == [("occurred", "Gyumri", date)]


@pytest.mark.parametrize(
    "text",
    [
        'Piet Moro said Georgian soldiers were "doing their work" to protect Georgia and "liberate" Gyumri.',
        "Georgia sent its best brigades east in May to capture Gyumri, the ministry said.",
        "Georgian forces launched a new push last month to capture Gyumri.",
    ],
)
def test_a_capture_told_as_what_an_act_is_for_is_no_capture_done(nlp, text):
    """A town's taking told only as the aim of another act (or joined to one) may never have
    come: the Map had listed such an aim, said by a president, as a capture claimed."""
    captures = [e for e in events(nlp, text) if e.type == "ASSAULT" and e.place is not None and e.place.name == "Gyumri"]
    assert captures and all(e.status == "hypothetical" for e in captures)


def test_they_after_a_passive_with_an_agent_names_neither_side(nlp):
    """"X were detained by Y's troops as they withdrew": "they" may be the captives or the
    troops; the Map had shown the captives' side withdrawing. No guess; a plain "they" after one
    subject still takes it."""
    text = "About 80 Armenian reserve members have been detained by the Georgian troops as they withdrew from the Gyumri airport, officials said."
    assert [e.actors for e in of_type(nlp, text, "RETREAT")] == [[]]
    plain = of_type(nlp, "Armenian reserve members left their posts on Monday. They withdrew from Gyumri.", "RETREAT")
    assert [[a.name for a in e.actors] for e in plain] == [["Armenian reserve members"]]


@pytest.mark.parametrize(
    "text, date",
    [
        ("Armenia said on Monday it had retreated from Gyumri on Sunday.", "2022-07-03"),  # the act's own day
        ("Armenia said on Monday it had retreated from Gyumri.", None),  # before Monday: by then, not that day
        ("Armenia said on Monday it retreated from Gyumri.", "2022-07-04"),
    ],
)
def test_a_withdrawal_is_dated_by_its_own_day_not_the_day_it_was_told(nlp, text, date):
    """The Map had dated a town's loss by the day the loser said so (and even over the day the
    sentence gave the loss itself)."""
    assert [e.date for e in dated(nlp, text, "2022-07-05") if e.type == "RETREAT"] == [date]


@pytest.mark.parametrize(
    "text, kept",
    [
        ("In 2008 Ana Lind opened a bakery in Gyumri. The mayor had just resigned after weeks of strikes. "
         "Within days, Georgian troops moved in to occupy Vanadzor.", False),
        ("In 2014 the president fled to Georgia. Weeks later, Georgian troops captured Vanadzor.", False),
        ("Georgian forces crossed the border on Monday. Within days, Georgian troops moved in to occupy Vanadzor.", True),
        ("Piet Moro was elected in 2019. Within days, Georgian troops captured Vanadzor on Sunday, the ministry said.", True),
    ],
)
def test_a_sentence_opened_by_within_days_goes_on_from_the_time_told_before(nlp, text, kept):
    """"Within days", "weeks later" follow on from the last time told: after a year long past the
    act is history (the Map had listed an occupation of 2014 among July's claims); after a recent
    day, or with a date of its own, it is news."""
    assert bool([e for e in dated(nlp, text, "2022-07-07") if e.type == "ASSAULT"]) == kept


@pytest.mark.parametrize(
    "text, status",
    [
        ("Ana Lind said she would not rule out the possibility of sending troops to Armenia.", "hypothetical"),
        ("Tomas Berg raised the option of an attack on Gyumri.", "hypothetical"),
        ("Ana Lind sent troops to Armenia on Monday.", "occurred"),
    ],
)
def test_an_act_a_noun_of_possibility_is_of_may_come(nlp, text, status):
    """"The possibility of sending troops" had been read as troops sent."""
    assert [e.status for e in dated(nlp, text, "2022-07-13") if e.type in ("MOBILIZE", "ASSAULT")] == [status]


def test_a_lasting_act_dated_on_a_day_is_that_act_done(nlp):
    """"The invasion on 24 February" names the day it was launched (occurred), where "the
    siege" with no day of its own is a state that lasts."""
    found = [(e.text, e.status) for text in ("The invasion on February 24 came after the crop was planted.", "The siege of Gyumri by Georgian forces goes on.")
             for e in dated(nlp, text, "2022-07-13")]
    assert found == [("invasion", "occurred"), ("siege", "ongoing")]


def test_a_participle_after_with_takes_what_was_done_to_as_no_actor(nlp):
    """"..., with five people killed": the parser makes "people" the subject of "killed";
    they are the victims, and no actor of their own act."""
    found = dated(nlp, "Five railway stations in Armenia were hit on Monday, with at least five people killed and 18 injured.", "2022-07-13")
    assert [(e.type, e.date) for e in found] == [("ASSAULT", "2022-07-11")]
    assert not any(p.name == "people" for e in found for p in e.actors)


@pytest.mark.parametrize(
    "text",
    [
        "The forum in Gyumri was a precursor to the summit of Caucasus leaders in Batumi.",
        "Prices rose in Gyumri in the run-up to the summit of Caucasus leaders in Batumi.",
    ],
)
def test_a_meeting_told_by_what_comes_before_it_is_planned(nlp, text):
    """"A precursor to the summit", "in the run-up to the summit": the summit is still to come."""
    assert [e.status for e in dated(nlp, text, "2022-07-13") if e.text == "summit"] == ["planned"]


def test_an_absolute_participle_leaves_its_joined_clauses_and_raised_subjects_alone(nlp):
    """"With two soldiers killed and Georgian troops shelling X": the shelling keeps its doer;
    "with Jon Vale scheduled to visit Y": he visits (rev39's must-fix 1 and 2)."""
    found = dated(nlp, "Ana Lind flew to Batumi on Monday, with Jon Vale scheduled to visit Gyumri on Tuesday.", "2022-07-13")
    assert [[p.name for p in e.actors] for e in found if e.mode == "visit"] == [["Jon Vale"]]
    found = dated(nlp, "Rockets fell on Gyumri, with two soldiers killed and Georgian troops shelling Vanadzor.", "2022-07-13")
    assert any(p.name == "Georgian troops" for e in found if e.type == "ASSAULT" for p in e.actors)


@pytest.mark.parametrize(
    "text, status",
    [
        ("The siege of Gyumri on Monday entered its tenth day.", "ongoing"),  # the clause's day, hung on the noun
        ("Georgia blamed the failed talks in Batumi in the run-up to the summit.", "occurred"),
    ],
)
def test_a_day_or_a_run_up_told_of_a_held_act_leaves_its_status(nlp, text, status):
    """rev39's must-fix 3 and should-fix 6: a weekday the parser hangs on a lasting act is no
    date of its start; a meeting told as failed is not still to come."""
    found = [e for e in dated(nlp, text, "2022-07-13") if e.text in ("siege", "failed talks", "talks")]
    assert [e.status for e in found] == [status]
def test_a_meeting_held_is_not_the_summit_still_to_come(nlp) -> None:
    """"a note sent out after the meeting" and, later, "before the summit in June in Batumi":
    a meeting held and one to come are two, or the one held takes the other's place and month."""
    found = events(nlp, "The plan came up at the meeting of Caucasus trade ministers, but nothing was settled. "
                        "In a note sent out after the meeting, the ministers said they would keep trying. "
                        "The plan is to be ready before the Caucasus summit in June in Batumi.")
    assert not [e for e in found if e.type == "CONSULT" and e.status == "occurred" and e.place is not None], found


def test_a_summit_being_prepared_for_is_still_to_come(nlp) -> None:
    """"The talks will cover preparations for this year's summit in Batumi": the summit is ahead."""
    found = [e for e in events(nlp, "The talks covered trade and preparations for this year's Caucasus summit in Batumi, the ministry announced.")
             if e.type == "CONSULT" and e.place is not None and e.place.name == "Batumi"]
    assert found and all(e.status == "planned" for e in found), found


@pytest.mark.parametrize("text", [
    "Ana Lind recalled the words of Georgian President Piet Moro about Armenia, who met in Batumi with President Jon Vale.",
    "Ana Lind drew attention to the words that the President of Georgia Piet Moro recently said in the context of Armenia, who met in Batumi with President Jon Vale.",
])
def test_who_after_a_country_is_the_person_named_before_it(nlp, text) -> None:
    """"who" is a person, never a place: the meeting is the last person's named before the country."""
    (meeting,) = [e for e in events(nlp, text) if e.type == "CONSULT"]
    assert [a.name for a in meeting.actors] == ["Piet Moro", "Jon Vale"], meeting


def test_he_who_visits_a_capital_is_the_guest_not_its_own_leader(nlp) -> None:
    """"X (Armenian) said he will ask Y (Georgian) ... when he visits Yerevan": no one visits their
    own capital, so the visitor is Y; a trip abroad told the same way stays the subject's."""
    (visit,) = [e for e in events(nlp, "Armenian President Piet Moro has said he will ask Georgian President Jon Vale to commit "
                                       "to that goal when he visits Yerevan this summer.") if e.mode == "visit"]
    assert [a.name for a in visit.actors] == ["Jon Vale"], visit
    (trip,) = [e for e in events(nlp, "Armenian President Piet Moro met Georgian President Jon Vale on Monday, and then he visited Tbilisi.")
               if e.mode == "visit"]
    assert [a.name for a in trip.actors] == ["Piet Moro"], trip


@pytest.mark.parametrize(
    "text, speaker, word",
    [
        ("Tomas Berg said the closure of the border was a grave violation.", "Tomas Berg", "grave violation"),
        ('"The blockade is cynical," Jon Vale said.', "Jon Vale", "cynical"),
        ("Jon Vale called the decision cynical.", "Jon Vale", "cynical"),
        ("Jon Vale described the tariffs as an unfair measure.", "Jon Vale", "unfair"),
        ("Piet Moro said the new visa rules were unfair.", "Piet Moro", "unfair"),
    ],
)
def test_a_condemning_verdict_in_a_named_speakers_words_is_their_disapproval(nlp, text, speaker, word):
    """A condemning word a named speaker predicates of something (what it is, or is called or
    described as) is that speaker's disapproval (PLOVER ACCUSE disapprove), even when the parse
    names no party it is said of; the read parts' largest class of missed events was such
    verdicts."""
    (accuse,) = of_type(nlp, text, "ACCUSE")
    assert (accuse.mode, accuse.status, accuse.text) == ("disapprove", "occurred", word)
    assert [a.name for a in accuse.actors] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Tomas Berg said the talks in Batumi were constructive.",  # praise is no verdict against anyone
        "Tomas Berg said such a move would be reckless.",  # a guess or a warning about what may come
        "Tomas Berg said the group was listed as a terrorist organisation.",  # a classing, no verdict
        "Jon Vale said the world seems more dangerous than ever.",  # an impression of how things stand
        "Tomas Berg said the fight against terrorism would continue.",  # a topic, not a predicate
        "Georgia and its allies say the blockade is unfair.",  # a side's standing position, background
        "Jon Vale said the claims were absurd.",  # a rebuttal of others' words
        "Tomas Berg said the closure of the border was not illegal.",  # denied
    ],
)
def test_neutral_guessed_or_rebutting_words_of_a_speaker_are_no_disapproval(nlp, text):
    assert not of_type(nlp, text, "ACCUSE")


@pytest.mark.parametrize(
    "text",
    [
        "Jon Vale said the winter in Gyumri had been cruel.",
        "Piet Moro said it is false that Armenia closed the border.",
        "Tomas Berg said critics who called the plan unfair were wrong.",
        "Jon Vale said the ban is unfair if it targets farmers.",
    ],
)
def test_verdicts_on_the_weather_rebuttals_others_words_and_conditions_are_no_disapproval(nlp, text):
    """rev39c: a verdict on the season, a rebuttal ("it is false that"), the words of critics
    the speaker quotes to reject, and a verdict under "if" are no ACCUSE of the speaker's."""
    assert of_type(nlp, text, "ACCUSE") == []


def test_a_summit_prepared_for_that_has_ended_is_held(nlp) -> None:
    """"preparations for the summit in Batumi, which ended on Monday": told as over, the summit
    is held, not still to come."""
    found = [e for e in events(nlp, "Jon Vale thanked the staff for their preparations for the summit in Batumi, which ended on Monday.")
             if e.type == "CONSULT" and e.place is not None and e.place.name == "Batumi"]
    assert found and all(e.status == "occurred" for e in found), found


def test_a_leader_visiting_a_region_of_his_own_country_is_no_guest(nlp) -> None:
    """"X (Armenian) met Y (Georgian), and he visited Armenia's northern border": a part of one's
    own country is visited by its own leader; only the country or capital itself tells a guest."""
    (visit,) = [e for e in events(nlp, "Armenian President Piet Moro met Georgian President Jon Vale on Monday, "
                                       "and he visited Armenia's northern border the next day.") if e.mode == "visit"]
    assert [a.name for a in visit.actors] == ["Piet Moro"], visit


def test_a_contingent_of_soldiers_sent_is_a_deployment(nlp) -> None:
    """"sent a small contingent of soldiers": the forces are in the quantity word's "of"
    phrase; a troop move (MOBILIZE), not aid."""
    text = "Georgia sent a small contingent of soldiers to Armenia in May."
    assert of_type(nlp, text, "MOBILIZE") and not of_type(nlp, text, "AID"), events(nlp, text)


@pytest.mark.parametrize("text, moved", [
    ("Norland moved its rocket batteries to the border with Armenia last week, Piet Moro said.", True),
    ("Norland has placed roughly 2,000 troops in Armenia for drills.", True),
    ("Norland has placed roughly 1,000 troops in the region for drills.", True),
    ("Piet Moro said Norland had moved two batches of missiles to Armenia.", True),
    ("Armenia placed its nuclear forces on high alert.", True),
    ("The ministry moved its IT systems to the cloud.", False),
    ("Freighters moved grain out of Batumi.", False),
    ("Norland placed its troops under a single command.", False),
    ("Norland placed the captured soldiers in a prison camp in Gyumri.", False),
    ("The court placed the soldiers on trial in Gyumri.", False),
])
def test_arms_moved_or_forces_placed_somewhere_are_a_deployment(nlp, text, moved) -> None:
    """What is moved or placed must be forces or arms (not the subject, not captives), and a
    placing needs a place."""
    assert bool(of_type(nlp, text, "MOBILIZE")) is moved, events(nlp, text)


def test_the_forces_a_deployment_moves_are_not_its_targets(nlp) -> None:
    (move,) = of_type(nlp, "Norland sent 2,000 more troops to Armenia on Monday.", "MOBILIZE")
    assert [t.name for t in move.targets] == ["Armenia"], move.targets


def test_forces_put_on_alert_keep_the_only_party_the_sentence_gives(nlp) -> None:
    """"put its nuclear forces on high alert": the forces are the alert's only party, so they
    stay (the trigger is the noun "alert", not a verb moving them)."""
    assert of_type(nlp, "Armenia put its nuclear forces on high alert on Monday.", "MOBILIZE")


@pytest.mark.parametrize("text", [
    "Piet Moro will not rest until he destroys the peace of the continent, the ministry said.",
    "Ana Lind said the West destroys peace on the planet.",
    "Norland has destroyed the reputation of Armenia, Jon Vale said.",
])
def test_ruin_of_a_state_or_relation_is_no_attack(nlp, text) -> None:
    assert of_type(nlp, text, "ASSAULT") == []


@pytest.mark.parametrize("text", [
    "Norland's forces destroyed the hopes and homes of Gyumri, Jon Vale said.",
    "Norland's soldiers destroyed an image of a saint in the church in Gyumri.",
])
def test_ruin_of_a_thing_is_an_attack(nlp, text) -> None:
    assert of_type(nlp, text, "ASSAULT"), events(nlp, text)


@pytest.mark.parametrize("text, asked", [
    ('"We must be prepared for the worst," Piet Moro said.', False),
    ('"We must be admitted to the alliance," Piet Moro said.', True),
    ('"We must be protected by our allies," Piet Moro said.', True),
    ('"Georgia must be prepared for the worst," Piet Moro said.', True),
])
def test_we_must_be_prepared_is_resolve_but_we_must_be_admitted_asks(nlp, text, asked) -> None:
    """A participle of resolve whose subject is the speaker's own "we" tells a state the
    speaker's side resolves to be in, no demand; being admitted or protected is asked of others."""
    assert bool(of_type(nlp, text, "REQUEST")) is asked, events(nlp, text)


@pytest.mark.parametrize("text, kind, status", [
    ("Armenian gunners used cluster munitions on Gyumri in May.", "ASSAULT", "occurred"),
    ("Armenia said it would use its missiles if Georgia struck Gyumri.", "THREATEN", "occurred"),
])
def test_arms_used_are_an_attack_and_arms_that_would_be_used_on_a_condition_a_threat(nlp, text, kind, status) -> None:
    found = of_type(nlp, text, kind)
    assert found and found[0].status == status, events(nlp, text)


def test_a_threat_on_a_condition_warns_the_other_side_not_the_speakers_own(nlp) -> None:
    (threat,) = of_type(nlp, "Armenian President Piet Moro said nuclear arms could be used if Armenia faced a threat to its existence.", "THREATEN")
    assert threat.targets == [], threat.targets
    (warning,) = of_type(nlp, "Armenia said it would use its missiles if Georgia struck Gyumri.", "THREATEN")
    assert [t.name for t in warning.targets] == ["Georgia"], warning.targets


@pytest.mark.parametrize("text", [
    "Armenia will use the funds to purchase missiles.",
    "The rebels used to have rockets stored in the tunnels.",
    "The army used weapons and ammunition to train recruits.",
])
def test_arms_not_used_to_attack_are_no_attack(nlp, text) -> None:
    assert of_type(nlp, text, "ASSAULT") == [], events(nlp, text)


def test_arms_used_before_another_attack_are_an_attack_of_their_own(nlp) -> None:
    """"after X shelled Y" is a time, no purpose: the use of arms is not that attack's means."""
    found = of_type(nlp, "Norland used missiles after Armenian forces shelled Gyumri.", "ASSAULT")
    assert len(found) == 2, found


@pytest.mark.parametrize("text, threat", [
    ('"We would respond if they use it," Piet Moro said.', True),
    ("Piet Moro said Armenia will respond to any attack.", True),
    ("Piet Moro said the ministry will respond to requests from journalists.", False),
    ("Armenia responded to the letter on Monday.", False),
])
def test_a_response_to_come_or_on_a_condition_is_a_threat_but_not_an_answer_to_questions(nlp, text, threat) -> None:
    """PLOVER THREATEN: a response announced, on a condition or still to come, whatever its
    manner; answering requests or a letter threatens no one."""
    assert bool(of_type(nlp, text, "THREATEN")) is threat and not of_type(nlp, text, "ASSAULT"), events(nlp, text)


@pytest.mark.parametrize(
    ("text", "critics", "criticised"),
    [
        ("Georgia drew sharp criticism from Armenia after the vote in Batumi.", ["Armenia"], ["Georgia"]),
        ("Ana Lind faced criticism over the delay in Vanadzor.", [], ["Ana Lind"]),
        ("Jon Vale now faces charges of treason in Gyumri.", [], ["Jon Vale"]),
    ],
)
def test_criticism_or_charges_borne_name_the_one_accused(nlp, text, critics, criticised):
    """"X faced criticism", "X drew criticism from Y", "X faces charges": a charge told with
    no speaker still accuses the subject that bears it (and the "from" party makes it)."""
    (charge,) = of_type(nlp, text, "ACCUSE")
    assert ([a.name for a in charge.actors], [t.name for t in charge.targets]) == (critics, criticised)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Norland's state television spread lies about the floods in Vale on Monday.", "occurred"),
        ("Norland has peddled a false narrative about the border since May.", "ongoing"),
    ],
)
def test_spreading_falsehoods_is_misinformation(nlp, text, status):
    """PLOVER COERCE misinformation: deception spread by a party, told by a verb of spreading
    what is false."""
    (spread,) = of_type(nlp, text, "COERCE")
    assert (spread.mode, spread.status, [a.name for a in spread.actors]) == ("misinformation", status, ["Norland"])


def test_spreading_that_is_no_falsehood_is_no_misinformation(nlp):
    assert of_type(nlp, "The floods spread to Vale on Monday.", "COERCE") == []


@pytest.mark.parametrize(("text", "kind"), [
    ('"As long as the occupation of Tarsk lasts, our sanctions will stay in place," the Georgian finance minister, Piet Moro, said.', "SANCTION"),
    ('"We will convey our solidarity to the people of Tarsk," said Piet Moro, the Georgian foreign minister.', "SUPPORT"),
])
def test_our_act_in_a_quote_is_the_speakers(nlp, text: str, kind: str):
    """"our sanctions", "our solidarity" in someone's quoted words: the speaker's (side's) own
    act, as "we" is; with no doer found the noun was dropped as a topic."""
    (found,) = of_type(nlp, text, kind)
    assert [a.name for a in found.actors] in (["Piet Moro"], ["Georgia"])


def test_a_second_accusation_after_a_reported_clause_is_the_speakers(nlp):
    """ "X said Y had done A and accused Z of B": the parser hangs "accused" inside what was
    reported, as it does "urged"; the charge is X's, not Y's."""
    text = "Piet Moro said Armenia had shelled Gyumri and accused Tarsk of helping it."
    assert [[a.name for a in e.actors] for e in of_type(nlp, text, "ACCUSE")] == [["Piet Moro"]]


def test_our_act_in_a_quote_is_never_the_one_speaker(nlp):
    """"our offensive" in the words of a reporter or a soldier is his side's act, never the one
    person's: with no side found, no doer is given rather than the speaker himself."""
    for found in of_type(nlp, '"Our offensive near Tarsk has stalled," a freelance reporter wrote.', "ASSAULT"):
        assert "freelance reporter" not in " ".join(a.name for a in found.actors)


@pytest.mark.parametrize(("text", "mode"), [
    ("Norland has conscripted 5,000 men in the occupied province, the ministry said.", "troops"),
    ("Norland called up 300,000 reservists on Tuesday.", "troops"),
    ("Norland announced a call-up of 10,000 reservists on Monday.", "troops"),
    ("Norland ordered the conscription of 10,000 men on Monday.", "troops"),
    ("Norland has recruited 2,000 mercenaries for the war, officials said.", "troops"),
    ("About 2,000 Ostian troops arrived in Vale on Sunday.", "troops"),
    ("Six more Ostian fighter jets landed at the Vale air base on Monday.", "troops"),
    ("The Norland navy has gathered over 30 warships in the bay.", "troops"),
    ("Satellite images showed a gathering of Norland tanks near the border on Friday.", "troops"),
    ("Norland continues to amass huge amounts of firepower at the border.", "troops"),
    ("Norland will deploy two destroyers to the Vale coast next month.", "troops"),
    ("The Ostian president attended police drills in Dorn on Friday.", "police"),
])
def test_forces_raised_gathered_or_arriving_are_mobilised(nlp, text: str, mode: str):
    """PLOVER MOBILIZE: conscription and call-ups raise forces; forces or warplanes arriving,
    landing or gathered somewhere, and arms massed, are deployed there; police drills are the
    police mode."""
    assert [e.mode for e in of_type(nlp, text, "MOBILIZE")] == [mode], [(e.type, e.text) for e in events(nlp, text)]


@pytest.mark.parametrize(("text", "kind"), [
    ("Ana Lind called on other countries to step up their defence spending.", "REQUEST"),
    ("Mercenary forces have committed numerous abuses in Dorn.", None),
    ("Thousands of protesters gathered in the square on Sunday.", None),
    ("Norland drafted a resolution on the crisis.", None),
])
def test_no_forces_moved_no_mobilisation(nlp, text: str, kind: str | None):
    """An "up" deeper in what is asked ("called on X to step up") calls no one up; forces that
    commit abuses commit no forces; people gathering and a resolution drafted move no forces."""
    assert of_type(nlp, text, "MOBILIZE") == []
    assert kind is None or of_type(nlp, text, kind)


@pytest.mark.parametrize(("text", "kind", "mode"), [
    ("Norland's army is confiscating grain stocks in Vale, officials said.", "COERCE", "seize"),
    ("Norland's troops have been pummelling the factory for days.", "ASSAULT", "heavy-weapons"),
    ("The Norland army conquered the city on Sunday.", "ASSAULT", "seize"),
    ("Ostian troops counterattacked and drove Norland's forces out of Dorn.", "ASSAULT", None),
    ("Ostia launched a counterattack near Dorn on Friday.", "ASSAULT", None),
    ("Police in Norland persecuted two journalists on Monday.", "COERCE", "restrict"),
    ("Norland has repressed the opposition since March.", "COERCE", "restrict"),
])
def test_confiscation_conquest_and_repression(nlp, text: str, kind: str, mode: str | None):
    """PLOVER COERCE seize ("confiscation") and restrict (repression, persecution) and ASSAULT:
    ground conquered is taken, a place pummelled is pounded, a counterattack attacks."""
    assert [e.mode for e in of_type(nlp, text, kind)] == [mode], [(e.type, e.text) for e in events(nlp, text)]


@pytest.mark.parametrize(("text", "kind", "mode"), [
    ("Norland's troops entered the city of Dorn on Sunday.", "ASSAULT", "seize"),
    ("Ana Lind decided after consulting the country's allies on Monday.", "CONSULT", "talks"),
    ("Ostia consulted with its partners on Monday.", "CONSULT", "talks"),
])
def test_forces_entering_a_town_and_consultations(nlp, text: str, kind: str, mode: str):
    """Forces that enter a town take it (ASSAULT seize); consulting allies or partners is a
    consultation (PLOVER CONSULT); a person entering a hall takes nothing."""
    assert [e.mode for e in of_type(nlp, text, kind)] == [mode], [(e.type, e.text) for e in events(nlp, text)]
    assert events(nlp, "The minister entered the hall on Sunday.") == []


@pytest.mark.parametrize("text", [
    "Ana Lind called up her sister on Sunday.",
    "Norland's football federation called up three new players.",
    "Ana Lind was called up to the stage in Dorn.",
    "Norland has built up its economy.",
    "Norland built a road up the mountain to Dorn.",
    "Ostia and Norland joined forces to fight poverty.",
    "Norland's Green Party recruited volunteers for its election campaign.",
    "Norland Red Cross units arrived in Dorn on Monday.",
    "A Norland contingent of journalists arrived in Dorn.",
])
def test_up_particles_idioms_and_helpers_mobilise_nothing(nlp, text: str):
    """ "call up" and "build up" raise a force only when what they raise is forces or arms; "join
    forces" (bare) is the idiom for working together; volunteers recruited, units and contingents
    arriving are as often a campaign's, a charity's or the press's."""
    assert of_type(nlp, text, "MOBILIZE") == [], [(e.type, e.text) for e in events(nlp, text)]


@pytest.mark.parametrize("text", [
    "Norland called up two reserve brigades on Monday.",
    "Thousands of Norland men were called up last month.",
    "Norland has built up its forces along the border.",
    "Norland's forces have been building up along the border for weeks.",
    "Thousands of Norland men joined the armed forces last year.",
    "Norland recruited volunteers to serve in the army.",
])
def test_forces_called_up_built_up_or_joined_are_mobilised(nlp, text: str):
    """The same verbs with forces raised or building up, an army joined, or volunteers recruited to
    serve still mobilise."""
    assert [e.mode for e in of_type(nlp, text, "MOBILIZE")] == ["troops"], [(e.type, e.text) for e in events(nlp, text)]


@pytest.mark.parametrize(("text", "kind"), [
    ("Ostian President Ana Lind repressed a smile as she spoke.", "COERCE"),
    ("Norland's president could barely repress his anger.", "COERCE"),
    ("Norland's army entered a new phase of the war.", "ASSAULT"),
    ("Ostia's army conquered the title.", "ASSAULT"),
])
def test_feelings_repressed_and_no_ground_taken(nlp, text: str, kind: str):
    """A feeling held back is no repression (WordNet repress 2); forces entering a phase or
    conquering a title take no place."""
    assert of_type(nlp, text, kind) == [], [(e.type, e.text) for e in events(nlp, text)]


def test_protests_repressed_are_coercion(nlp):
    """What is put down by force is people or their protest (WordNet repress 1)."""
    text = "Protests were violently repressed by Norland's police."
    assert [e.mode for e in of_type(nlp, text, "COERCE")] == ["restrict"], [(e.type, e.text) for e in events(nlp, text)]


def test_consulting_ones_own_lawyers_is_no_meeting(nlp):
    """ "consulted with" is a consultation of parties only with allies, partners, a person or a
    state named ("consulted with its partners"), as "met with his lawyers" is no meeting."""
    assert of_type(nlp, "Norland's prime minister consulted with his lawyers on Monday.", "CONSULT") == []


@pytest.mark.parametrize("text", [
    "Storms pummelled Norland's coast on Monday.",
    "Storms pounded Norland's coast on Monday.",
    "Norland's stock market was pummelled by fears of new sanctions.",
])
def test_weather_and_markets_pounded_are_no_shelling(nlp, text: str):
    """Pounding and pummelling are shelling (PLOVER ASSAULT heavy weapons) unless weather or fear
    does it or a market takes it (WordNet pound 2, "strike, beat repeatedly")."""
    assert of_type(nlp, text, "ASSAULT") == [], [(e.type, e.text) for e in events(nlp, text)]


def test_a_town_pummelled_by_artillery_is_shelled(nlp):
    """Arms pounding a place are still shelling, whoever the passive names as doer."""
    text = "Dorn was pummelled by Ostian artillery overnight."
    assert [e.mode for e in of_type(nlp, text, "ASSAULT")] == ["heavy-weapons"], [(e.type, e.text) for e in events(nlp, text)]


@pytest.mark.parametrize("text", [
    "Norland officials are in daily contact with their Vale counterparts, officials said.",
    "\"We are in contact with the Vale authorities,\" the Norland foreign ministry said.",
])
def test_parties_in_contact_consult(nlp, text: str):
    """Being "in contact with" another party is keeping in touch, a consultation (PLOVER CONSULT:
    "consultations of every kind")."""
    assert len(of_type(nlp, text, "CONSULT")) == 1, [(e.type, e.text) for e in events(nlp, text)]


@pytest.mark.parametrize("text", [
    "Norland lost contact with the unit on Monday.",
    "Shelling increased along the line of contact in eastern Vale.",
])
def test_contact_lost_or_a_line_of_contact_is_no_consultation(nlp, text: str):
    assert of_type(nlp, text, "CONSULT") == [], [(e.type, e.text) for e in events(nlp, text)]


@pytest.mark.parametrize("text", [
    "Vale units were in contact with the enemy all night near Dorn.",
    "Soldiers in contact with the Vale army reported heavy fire.",
])
def test_troops_in_contact_with_the_enemy_are_fighting_not_consulting(nlp, text: str):
    """Armed forces "in contact with" the enemy or another army are in combat, no consultation."""
    assert of_type(nlp, text, "CONSULT") == [], [(e.type, e.text) for e in events(nlp, text)]


def test_a_ministry_in_contact_with_an_army_consults(nlp):
    """Only two armed sides in contact fight: a ministry in touch with an army still consults."""
    text = "The Norland defence ministry is in contact with the Vale military."
    assert len(of_type(nlp, text, "CONSULT")) == 1, [(e.type, e.text) for e in events(nlp, text)]
