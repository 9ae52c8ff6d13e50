"""Events per article: PLOVER categories with modes, parties, place, date, status and source.

A trigger lexicon (``data/events_triggers.csv``) names the words that report a happening;
the dependency parse says who did it to whom, where, when and with what certainty:

* actors come from the subject (or the agent of a passive, the possessor or demonym of a
  noun; a passive without "by" names no doer, "ordered X to act" makes X the doer, an
  "offer to act" is its owner's), targets from the object or an "against/on/with X" phrase, resolved to the
  article's entities (``doc._.entities``) by character offsets;
* the place is a place (``doc._.places``) inside the trigger's own "in/to/at/from X" phrase
  or object, never just any place in the sentence; the date is a time (``doc._.times``)
  whose clause is the trigger's clause;
* status follows the words that govern the trigger (``data/events_cues.csv``): "will",
  "plans to", "is to" make it planned, "would/could" hypothetical (so do "if", fears,
  "possible", "imminent"), "said it had" or "claimed" claimed, "denied" denied, "continues"
  or the present simple ongoing; a negated act is no event;
* ``according_to`` is the speaker of a quote around the trigger (``doc._.quotes``) or the
  subject of the reporting verb that governs it;
* a report by the actor's own side (same country by entity or demonym) is the actor's claim;
  the speaker acts for its own pronoun ("said it had captured", "we" in its quote) and for a
  verdict it speaks ("is the fault of X", "the unprovoked war");
* "ordered/told/wants X to act" is X being asked (REQUEST), and what a request asks for
  ("called for sanctions") is its content, no event, unless it is a lasting act already there
  ("ordered X to stop its invasion");
* blaming words said of a party by someone outside its side ("X was fully responsible for
  ...", "X's reckless attempts", "the crimes of X") are the speaker's accusation (ACCUSE), and
  praising ones ("described X's remarks as reasonable", "X was acting legally") its backing
  (SUPPORT); a party saying it will not give, meet or yield ("will not supply X with rockets",
  "declined to send tanks") turns it down (REJECT), and one saying another will pay a price or
  face consequences threatens it (THREATEN);
* "X should/must do Y", said by someone, is the speaker's demand on X (REQUEST; "should know
  that" warns, THREATEN), and Y its content; a headline in capitals is parsed again in
  sentence case, and keeps only acts of a kind the body does not tell;
* words that report no happening give no event: questions, headlines run into the body, a
  wish, an act not done ("failed to send"), the content of a request, a prediction ("warned that ..."), agreeing with
  a view, a spoken act nobody made ("a direct threat to X"), a message sent or released, an
  act a governing verb stopped ("obstructed the transfer"), a participle used as an adjective
  ("the encircled towns"), a noun qualifying a thing ("a detention centre"), a thing that
  "threatens to", a threat described ("the biggest threat would be"), a warning of another's
  act ("warned of arrests"), a goal met ("meet the standards"), what one party wants of
  another, a news outlet's adjective;
* repeated mentions of one happening (same type, compatible parties, place and date) are
  merged, and so are the article's war named again (by one side or against one country) and
  meetings in one town, while attacks on other places or by other actors stay apart, and so do
  two coordinated verbs each with its own object ("massed troops ... and sent more to X"); a capture,
  trip or attack naming several places is one event per place, and a trip whose stops are named
  is reported per stop, not as a whole.

The package follows the data's path through the rules: ``lexicon`` (the trigger words),
``cues`` (what the words around a trigger say of it), ``grammar`` (tense, modality, subjects),
``parties``, ``when`` and ``where`` (who, when, where), ``merge`` (one event per happening),
``headlines``; the component's parts, each a class reading through the lexicon (``reader``):
``senses`` (whether a trigger reports a happening here, and of which kind), ``spoken`` (acts
a speaker makes by speaking: verdicts, blame, penalties, demands), ``presence`` (an official
said to be abroad is visiting) and ``status`` (modality);
and ``component``, the spaCy component that puts them together.
"""

from sitrep.nlp.events.component import EventExtractor, make_event_extractor
from sitrep.nlp.events.context import Context
from sitrep.nlp.events.headlines import recase_headlines

__all__ = ["Context", "EventExtractor", "make_event_extractor", "recase_headlines"]
