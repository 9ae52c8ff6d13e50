"""Whether an article is English: the one language the pipeline (spaCy's English model and
our English lexicons) reads.

An article in another language went through it all the same and came out with nonsense: a
Russian report's "Министр" tagged as an organisation, figures and events from words the
model does not know. It is refused instead, as one line naming it. Two cheap checks, no model:
the letters' script (Cyrillic, Arabic, Greek, CJK ... are no English), and for Latin letters
the share of words that are English function words ("the", "of", "and" ...), a fifth of any
English news text and near none of a French, German or Spanish one.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

JUDGED_LETTERS = 200  # fewer letters (a headline, a caption) are not enough to judge by
LATIN_SHARE = 0.5  # below: mostly another script
FUNCTION_SHARE = 0.06  # below: Latin letters, but not English words
# The most frequent English words in news (function words of the Brown news section); the
# lowest share among 1,338 English texts of the bundled and shared corpora is .096 (a dataset
# readme), .145 for a news text; French, German and Spanish paragraphs score under .03.
FUNCTION_WORDS = frozenset(
    "the of and to in a is that for on was with said by as it at from has have be are were".split()
)
WORD = re.compile(r"[^\W\d_]+")


def not_english(text: str) -> str | None:
    """Why ``text`` is no English text the pipeline can read ("mostly Cyrillic letters"), or
    None for English, or too short to tell."""
    letters = [c for c in text if c.isalpha()]
    if len(letters) < JUDGED_LETTERS:
        return None
    scripts = Counter("LATIN" if c.isascii() else _script(c) for c in letters)  # most are ASCII: no name looked up
    if scripts["LATIN"] / len(letters) < LATIN_SHARE:
        script = next(s for s, _ in scripts.most_common() if s != "LATIN")
        return f"mostly {script.title()} letters"
    words = WORD.findall(text.lower())
    if sum(word in FUNCTION_WORDS for word in words) / len(words) < FUNCTION_SHARE:
        return "Latin letters, but few English words"
    return None


def _script(letter: str) -> str:
    """A letter's script as the first word of its Unicode name ("CYRILLIC SMALL LETTER A")."""
    return unicodedata.name(letter, "UNKNOWN ?").split()[0]
