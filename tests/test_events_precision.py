"""Events a briefing must not report: words that name the war as the thing judged or labelled,
not a development (a precision study of the read gold parts, where these were false positives)."""

from __future__ import annotations

import pytest

from tests.test_events import of_type


@pytest.mark.parametrize("text", [
    "Last week, Piet Moro condemned Norland's invasion of Armenia in a sharp statement.",
    "Armenia voted for a resolution condemning Norland's invasion of Georgia.",
    "Georgia, which has refused to oppose Norland's invasion, was not invited to the summit.",
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
    assert of_type(nlp, "Norland launched its aggression against Armenia in May.", "ASSAULT")
