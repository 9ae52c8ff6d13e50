"""Temporal expressions (TIMEX3) as a spaCy component: ``doc._.times``.

Every expression TempEval-3 would mark is found by a table of regular expressions over
the text (fast, and spans come out as character offsets), then valued against the anchor
in ``doc._.anchor`` (the publication date). What the regexes cannot know, the parse tells:
the tense of the governing verb decides whether "Tuesday" or "March 3" lies before or
after the anchor (news writes scheduled events in the present: "the leaders meet
Tuesday" lies ahead), and the tagger tells a month "May" from the modal verb. spaCy's own
DATE/TIME entities are not used: they miss durations and sets, and their spans include
prepositions TimeML leaves out. The anchor is never replaced by today's date: an unknown
year stays ``XXXX``. Expressions that count from the story's own time ("the following
day", "that year") are moved onto the last date mentioned before them.

The package: ``words`` and ``patterns`` (lexicons and regex building blocks), ``anchor`` and
``tense`` (what an expression is valued against), ``values`` (what a match says), the
handlers (``calendar``, ``relative``, ``durations``, ``named``), ``rules`` (the table of
patterns and handlers), ``finding`` (candidates and choices) and ``component``.
"""

from sitrep.nlp.times.component import TimeTagger, dates, find_times, make_time_tagger
from sitrep.nlp.times.words import MONTHS, SEASONS, WEEKDAYS

__all__ = ["MONTHS", "SEASONS", "TimeTagger", "WEEKDAYS", "dates", "find_times", "make_time_tagger"]
