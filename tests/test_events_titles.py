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
