"""When two mentions of one kind of act in an article are one happening, and when they are two
(a study of merges on the read gold parts: a merge that folds a second act into the first loses
it from the briefing)."""

from __future__ import annotations

import pytest

from tests.test_events import of_type


@pytest.mark.parametrize(("text", "kind"), [
    ("Norland has massed 5,000 troops on its border and sent 3,000 soldiers to Vale.", "MOBILIZE"),
    ("Norland already provides Vale with intelligence and sends rifles to its army.", "AID"),
    ("Norland demanded a trial and later called for new sanctions on Vale.", "REQUEST"),
])
def test_coordinated_verbs_each_with_an_object_are_two_acts(nlp, text, kind):
    """"massed troops on the border and sent more to Vale": each verb of the coordination does
    something of its own to something of its own, so the sentence tells two acts of one doer,
    not one act told twice."""
    assert len(of_type(nlp, text, kind)) == 2


@pytest.mark.parametrize(("text", "kind"), [
    ("Norland massed and deployed 3,000 soldiers near Vale.", "MOBILIZE"),
    ("Norland urged and pressed Vale to return to the talks.", "REQUEST"),
])
def test_verbs_sharing_one_object_stay_one_act(nlp, text, kind):
    """Guards: "massed and deployed 3,000 soldiers", one object for both verbs, is one act."""
    assert len(of_type(nlp, text, kind)) == 1


def test_a_phone_call_told_again_is_the_call_not_a_gathering(nlp):
    """"talked to Piet Moro ... During the telephone conversation": "the" conversation, a call,
    is the talk already told, not a conference the article is about (which a later "the
    conference" with no one named can be)."""
    text = "Tomas Berg talked to Piet Moro on Monday.\n\nDuring the telephone conversation, Berg stressed that the border must stay open."
    (call,) = of_type(nlp, text, "CONSULT")
    assert (call.mode, [c.name for c in call.counterparts]) == ("phone", ["Piet Moro"])


def test_a_second_verb_on_it_or_them_tells_the_first_act_again(nlp):
    """"gave Vale 40 tanks and sent them by sea": "them" are the tanks given, so the second verb
    tells how the one delivery went, not a second one."""
    assert len(of_type(nlp, "Norland gave Vale 40 tanks and sent them by sea.", "AID")) == 1


def test_it_as_the_one_asked_is_no_thing_told_again(nlp):
    """Guard: "asked it to free the prisoners": "it" is the one asked and the clause a new request."""
    assert len(of_type(nlp, "Norland urged Vale to return to the talks and asked it to free the prisoners.", "REQUEST")) == 2
