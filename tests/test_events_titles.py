"""A title, crosshead or caption line in sentence case names news the body tells: its act is
the body's happening mentioned again, not a second one (a precision study of the read gold
parts, where such lines gave events the gold does not have)."""

from __future__ import annotations

import pytest

from tests.test_events import of_type


@pytest.mark.parametrize("lead, title, body, kind", [
    ("", "Norland troops shell Gyumri overnight", "Norland artillery shelled the market in Gyumri on Tuesday, the mayor said.", "ASSAULT"),
    ("", "Ana Lind to meet Jon Vale", "Ana Lind will meet Jon Vale in Vanadzor on Friday, her office said.", "CONSULT"),
    ("The strikes went on for a week.\n", "Armenia expels two Norland diplomats", "Armenia expelled two diplomats of Norland on Monday, the foreign ministry said.", "SANCTION"),
    ("The strikes went on for a week.\n", "Norland arrests Jon Vale in Gyumri", "Norland police arrested the journalist Jon Vale in Gyumri on Monday, his lawyer said.", "COERCE"),
])
def test_a_title_line_repeats_the_happening_the_body_tells(nlp, lead, title, body, kind):
    """A line with no full stop over a body that tells the same kind of act gives one event,
    the body's."""
    found = of_type(nlp, f"{lead}{title}\n{body}", kind)
    assert len(found) == 1, [e.text for e in found]
    assert found[0].start > len(lead + title)


def test_title_lines_are_unstopped_lines_and_headlines_those_in_capitals():
    """Both kinds of line end without a full stop; only headline capitals make a headline."""
    from sitrep.spans import headline_lines, title_lines

    text = "Talks in Gyumri go on\nTALKS IN BATUMI GO ON\nAna Lind met Jon Vale in Gyumri.\nOk then"
    second = text.index("TALKS")
    assert title_lines(text) == [(0, second - 1), (second, second + 21)]
    assert headline_lines(text) == [(second, second + 21)]


@pytest.mark.parametrize("text", [
    "Armenian guns shelled Batumi on Sunday, the mayor said.\nGeorgian guns also shelled Gyumri on Monday, Jon Vale said",
    "Georgian raids this week\n- Georgian guns shelled Gyumri on Monday\nArmenia said Georgian guns shelled Batumi on Wednesday.",
    "Jon Vale said on Monday that Georgia had shelled Gyumri:\n\"It was a warning,\" he said.\nArmenia shelled Batumi on Tuesday.",
    "Armenia shelled Batumi on Tuesday.\nJon Vale said on Monday that Georgian guns had shelled Gyumri, which he called \"a warning\"\nThe talks were put off.",
])
def test_a_sentence_lacking_its_full_stop_is_no_title(nlp, text):
    """A report cut off mid-sentence, a list item, a line running on into a quote, or one ending
    in a quotation tells a happening of its own, not the title of the one the body tells."""
    found = of_type(nlp, text, "ASSAULT")
    assert any("Gyumri" in [t.name for t in e.targets] for e in found), [(e.text, [t.name for t in e.targets]) for e in found]


def test_a_title_quoting_its_speaker_still_names_the_body_news(nlp):
    text = 'Vale: "Georgia shells Gyumri"\nGeorgian guns shelled Gyumri on Monday, Jon Vale said.\nThe talks were put off.'
    assert len(of_type(nlp, text, "ASSAULT")) == 1


def test_a_title_act_the_body_tells_of_other_parties_is_its_own_news(nlp):
    """A title shelling of Batumi by Georgia over a body that tells only of Armenia shelling
    Gyumri is a happening the body does not tell again: the two share no party nor place."""
    text = "Georgian troops shell Batumi\nArmenian guns shelled Gyumri on Monday, Jon Vale said.\nThe talks were put off."
    found = of_type(nlp, text, "ASSAULT")
    assert sorted(t.name for e in found for t in e.targets) == ["Batumi", "Gyumri"]


def test_an_unstopped_line_aimed_elsewhere_than_the_body_act_is_its_own_news(nlp):
    """Two shellings by one side at two towns are two happenings, even when the first line
    lacks its full stop and so reads like a title."""
    text = "Georgian guns shelled Gyumri on Monday (the mayor said)\nGeorgian guns shelled Batumi on Tuesday."
    found = of_type(nlp, text, "ASSAULT")
    assert sorted(t.name for e in found for t in e.targets) == ["Batumi", "Gyumri"]
