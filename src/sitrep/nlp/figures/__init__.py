"""Figures: the ``sitrep_figures`` spaCy component (numbers that count what a briefing tracks).

A figure is found in three steps:

1. **Amounts** come from one regular expression over the text, built from the data files
   ``figures_*.csv``: digits ("12,500", "1.8 million", "$1.2bn"), spelled numbers ("forty
   thousand", "a dozen"), vague plurals ("thousands", "tens of thousands": a lower bound),
   fractions and percentages, each with the qualifier before or after it ("more than",
   "about", "or more") and a currency sign or name. Adjacent amounts joined by "and" after
   "between", by "to" or by a dash become one range. Amounts inside a time expression of
   ``doc._.times`` (years, dates, durations), ages, digit groups of phone numbers and model
   numbers ("Falcon 2 tanks") are dropped here.
2. **What is counted** comes from the dependency parse and a counted-thing lexicon: the noun
   phrase after the amount ("Ukrainian refugees", "of UN members"), the verb the amount or
   that phrase belongs to ("having fled", "were killed") and that verb's predicates ("are
   dead"). What happened to a group (killed, wounded, missing, detained) outranks what the
   group is (troops, refugees); a bare group of people ("civilians") with no such cue is no
   figure, nor is an amount of things the briefing does not track ("10 cities") unless its
   verb says a casualty befell them ("four media professionals were killed"). Lacking such
   words, what became of them says it ("sent to a prison colony": detained; "lining up to
   join the army": troops; "the country has taken in": refugees), and a status they wait for
   ("asked to be evacuated") is not theirs yet. Money counts only as aid, in a sentence about
   aid; weapons as aid there, else (not fired, not under a modal) as a force's own arms, other;
   people in a plight ("in danger", "at risk of famine") and counts of sanctions are other too;
   shares and percentages count only as votes. An amount with no noun of its
   own counts the noun "of which" it is said ("weapons, of which it has sent 4,200"), else
   the group of the figure before it in the sentence ("and 35 wounded").
3. **Where, when, says who, who gives** also come from the parse: a place of
   ``doc._.places`` (or a later mention of its name) under "in"/"to" of the counted phrase,
   its relative clause or its verb; the subject (or relative-clause antecedent) of a hosting
   verb ("Poland, which has taken in ..."); else the most specific place of the sentence that
   is no actor, origin, dateline or other count's place; else, for a bare amount going on
   from a count of its sentence ("bringing the total to 1,200"), that count's place; else (not
   for refugees) the place an earlier sentence of the paragraph is about. Aid and votes have
   no place. A date of ``doc._.times`` on the figure's verb or a verb above it ("officials
   said on Monday", "in remarks published Saturday, X said"), else
   one on the main verb of an earlier sentence of the paragraph, never after publication,
   else the publication date ``doc._.anchor``; "according to X", the speaker of an enclosing
   reported quote (``doc._.quotes``, when that component runs), or the subject of a verb of
   saying above the figure; the donor of aid from the giving verb's subject or agent; names
   canonical from ``doc._.entities``.
4. **One figure per fact**: a count repeated with the same category, value, thing counted,
   date and place is kept at its first mention only.
"
The package: ``words`` (lexicon and word lists), ``amounts`` (numbers in the text),
``counted`` (what an amount counts), ``setting`` (where, as of when, says who) and
``component``, the spaCy component that puts them together.
"""

from sitrep.nlp.figures.amounts import find_amounts
from sitrep.nlp.figures.component import FiguresComponent, first_mentions
from sitrep.nlp.figures.counted import antecedent_place, by_phrase_passive, for_inquiry, is_dateline, of_objects
from sitrep.nlp.figures.setting import backed_by, place_mentions, pronoun_owner, unresolved
from sitrep.nlp.figures.words import AID_WORDS, PLACE_WORDS, aid_item, amount_suffix, can_speak, figure_classes

__all__ = [
    "AID_WORDS", "PLACE_WORDS", "FiguresComponent", "aid_item", "amount_suffix", "antecedent_place", "backed_by", "by_phrase_passive",
    "can_speak", "figure_classes", "find_amounts",
    "first_mentions", "for_inquiry", "is_dateline", "of_objects", "place_mentions", "pronoun_owner", "unresolved",
]
