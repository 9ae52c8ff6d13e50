"""Events: the party behind a force or an arm, where the text names only the force ("its
troops") or the arm ("artillery shelling") and leaves the owner to its speaker or demonym."""

from __future__ import annotations

import pytest


def _actors(nlp, text: str, kind: str) -> list[str]:
    found = [e for e in nlp(text)._.events if e.type == kind]
    assert len(found) == 1, [(e.type, e.text) for e in found]
    return [p.name for p in found[0].actors]


@pytest.mark.parametrize(
    ("text", "kind", "actor"),
    [
        ("Armenia's interior ministry said its police had arrested Piet Moro in Vanadzor.", "COERCE", "Armenia"),
        ("The Georgian defence ministry said its troops shelled Gyumri overnight.", "ASSAULT", "Georgia"),
        ("Georgia said on Friday that its army had pushed Armenian units back from Batumi.", "ASSAULT", "Georgia"),
        ("Armenia's defence ministry has claimed its forces struck a fuel depot near Batumi.", "ASSAULT", "Armenia"),
    ],
)
def test_a_force_named_by_its_owners_pronoun_is_the_speakers_country(nlp, text: str, kind: str, actor: str) -> None:
    assert _actors(nlp, text, kind) == [actor]


def test_a_demonym_on_the_arm_of_an_attack_names_who_attacks(nlp) -> None:
    text = "Two farmers were hurt in Armenian artillery shelling of Batumi on Sunday, Tomas Berg said."
    assert _actors(nlp, text, "ASSAULT") == ["Armenia"]
