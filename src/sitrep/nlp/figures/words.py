"""Word lists and patterns of the figures rules, and the lexicon (``data/figures_*.csv``): number
words, qualifiers, currencies and what a word near a number says of it."""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from importlib import resources

from spacy.tokens import Token


CASUALTIES = ("killed", "wounded", "missing", "detained")
UPROOTED = frozenset({"refugees", "displaced"})  # people driven from their homes, abroad or within
CAUSE_MARKS = frozenset({"after", "when", "as"})  # "died after shells hit X": the blow that killed
DATING_MARKS = CAUSE_MARKS | {"before"}  # and "massed 90,000 troops before it invaded in January": a count held up to then
ONE_HELD = ("detained",)  # "police arrested a man": one arrest is an event (COERCE), not a count of the held
HARMS = frozenset({"killed", "wounded"})
PENALTIES = frozenset({"sentence", "sentenced", "sentencing", "condemn", "condemned"})  # "sentenced to death": a penalty, no death
NOUN_CATEGORIES = ("refugees", "displaced", "evacuated", "troops", "votes", "aid_items")
CUE_CATEGORIES = ("refugees", "displaced", "evacuated", "troops", "other")
LOCATIVE = frozenset({"in", "to", "into", "at", "inside", "across", "throughout", "within"})
RUN_TAGS = frozenset({"JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "HYPH", "VBN", "RB"})
PEOPLE_LIKE = frozenset({"people", "troops", "refugees", "displaced", "evacuated", "other"})
NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
AMOUNT_SUFFIXES = frozenset({"m", "bn", "mn", "k", "b", "tn", "trn"})  # "$225m", "£1bn": a sum's unit, written onto its number
PERSONS = frozenset({"people", "troops"})
AID = frozenset({"aid_money", "aid_items"})
PLACELESS = AID | {"votes"}  # aid's "to Ukraine" is its recipient, a vote's body has no place
NOT_WHERE_PREPS = frozenset({"from", "by", "out", "with"})  # origins ("fled from X"), agents and partners ("exchanged with X")
NOT_WHERE_DEPS = frozenset({"nsubj", "nsubjpass", "poss", "agent"})
# The nouns of complex prepositions of reason, purpose and exchange, "in"/"on" + noun + "of"/"to"/
# "for"/"with" (Quirk et al. 1985, A Comprehensive Grammar of the English Language, 9.10-9.11:
# "in response to", "in an attempt to", "in exchange for", "on behalf of"): a place in their
# phrase says why or for what something was done ("in response to the invasion of X"), not where
# ("in support of X" and "in defence of X" are left out: forces sent in support of X are in X).
REASON_NOUNS = frozenset(
    "response reaction retaliation reprisal protest solidarity exchange return attempt bid effort "
    "favour favor honour honor memory recognition view light spite case behalf".split()
)
DATELINE = re.compile(r"(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)?\s*(?:\([\w ]+\)\s*)?[—–-]\s")  # ", Ukraine (AP) — "
# Words for a kind of place or site ("the Donetsk region", "visited the frontline"): a place name
# before one still says where, and a trip to one goes somewhere (shared with events).
PLACE_WORDS = frozenset(
    "area areas district districts border coast front frontline frontlines front-line positions trenches base bases "
    "headquarters port airport oblast province county state outskirts centre center plant site sites region regions "
    "city cities town towns village villages capital country countries island islands territory territories".split()
)
# Buildings a place name may modify ("a Vanadzor apartment block was hit"): the name says where the
# building stands, even when the building is the clause's subject
# (not "house" or "station": a legislature, a broadcaster); plurals are the lexicon's sites
BUILDING_WORDS = frozenset(
    "block building apartment home school hospital factory warehouse depot bridge market "
    "church theatre theater mall shop hotel dormitory".split()
)
COUNTRY_LAST = {"country": 1}  # in a sentence, "Stara Vale" says more than "Ruritania"
SETTLEMENT_NOUNS = {  # a settlement or region told by its kind: the place kinds it can stand for
    "city": {"city"}, "town": {"city"}, "village": {"city"}, "port": {"city"}, "capital": {"city"},
    "region": {"admin1", "region"}, "province": {"admin1"}, "oblast": {"admin1"},
}
WORKS_NOUNS = frozenset({"plant", "complex", "steelworks", "factory", "mill"})  # "the plant": a works in the town the story is at
LOCATOR_LAST = {"admin1": 1, "water": 1, "country": 2}  # "near X, in the Y region", "X, on the banks of the Y river": Y locates X
CLIMB_DEPS = frozenset({
    "nsubj", "nsubjpass", "dobj", "pobj", "prep", "agent", "appos", "nummod", "compound", "amod",
    "quantmod", "npadvmod", "attr", "dative", "conj", "nmod", "advmod", "pcomp", "oprd",
})
MAX_RUN = 6  # tokens of a counted noun phrase
MAX_CLIMB = 8  # head steps from an amount to its verb
DATE_VALUE = re.compile(r"^(?:\d{4}|XXXX)-(?:\d\d-\d\d|W\d\d|\d\d)$")
DAY = re.compile(r"^(?:\d{4}|XXXX)-\d\d-\d\d$")
WEEK = re.compile(r"^(\d{4}|XXXX)-W(\d\d)$")
WHOLE_OF = re.compile(r"\s+of\s+(?:(?:the|its|their|his|her)\s+)?(?:[\w.-]+(?:'s|’s)\s+)?", re.IGNORECASE)  # "of the country's"
MODEL = re.compile(r"[A-Z][A-Za-z]{0,3}-?\d{1,3}[A-Z]?")  # "F-16", "MiG-29", "M777": a weapon model
MODEL_PLURAL = re.compile(MODEL.pattern + "s")  # "F-16s", "MiG-29s", "M777s": weapon models
AID_ITEMS = frozenset({"aid_items"})
OWN_FORCES = frozenset({"military", "army", "defence", "defense", "navy", "forces"})  # "€100bn for the armed forces": a budget
AID_WORDS = frozenset({"aid", "assistance", "humanitarian", "relief", "donation", "donations"})  # "grain as humanitarian aid" is aid
TALLY = re.compile(r"\bby\s+[\d.,]+\s*(?:%|per\s?cent)\s+to\s+[\d.,]+\s*(?:%|per\s?cent)", re.IGNORECASE)  # "by 66.9% to 33.1%"
MONTH = re.compile(r"^(?:\d{4}|XXXX)-\d\d$")
NOT_ANCHORS = frozenset({"since", "from", "until", "till", "before"})
YEAR_END = re.compile(r"(?:the\s+)?(?:very\s+)?(?:end|close)\s+of\s", re.I)  # "the end of 2022", "the end of last year"


def _rows(name: str) -> list[dict[str, str]]:
    """Rows of one ``figures_*.csv`` data file, without its ``#`` comment lines."""
    text = resources.files("sitrep.nlp.data").joinpath(name).read_text(encoding="utf-8")
    return list(csv.DictReader(line for line in text.splitlines() if line and not line.startswith("#")))


@lru_cache(maxsize=1)
def _numbers() -> dict[str, tuple[float, str]]:
    return {r["word"]: (float(r["value"]), r["kind"]) for r in _rows("figures_numbers.csv")}


@lru_cache(maxsize=1)
def _qualifiers() -> dict[tuple[str, str], str]:
    return {(r["phrase"], r["position"]): r["approx"] for r in _rows("figures_qualifiers.csv")}


@lru_cache(maxsize=1)
def _currencies() -> dict[tuple[str, str], str]:
    return {(r["form"].lower(), r["position"]): r["code"] for r in _rows("figures_currencies.csv")}


@lru_cache(maxsize=1)
def lexicon() -> dict[str, frozenset[str]]:
    """Word form -> the classes it belongs to (categories and roles, see figures_lexicon.csv)."""
    classes: dict[str, set[str]] = {}
    for row in _rows("figures_lexicon.csv"):
        classes.setdefault(row["word"], set()).add(row["class"])
    return {word: frozenset(found) for word, found in classes.items()}


@lru_cache(maxsize=1)
def groups() -> dict[str, tuple[str, bool]]:
    """Word -> (the group's plural, whether the word before it says which group), from
    figures_groups.csv: the parts of a place's people a count may be of ("children")."""
    return {r["word"]: (r["plural"], r["kind_before"] == "yes") for r in _rows("figures_groups.csv")}


def figure_classes(token: Token) -> frozenset[str]:
    """What the lexicon says of a word; a plural model designation ("F-16s", "M777s") is
    weapons, whatever its maker calls it; a noun read as a verb ("who lives with") nothing."""
    found = lexicon().get(token.lower_, frozenset())
    if "noun" in found and token.pos_ in ("VERB", "AUX"):
        return frozenset()
    if token.lower_ == "death" and token.i > 1 and token.nbor(-1).lower_ == "to" and PENALTIES & {token.nbor(-2).lower_, token.nbor(-1).head.lower_}:
        return frozenset()  # "the sentencing to death of two Britons": no one died
    return found | AID_ITEMS if not found and MODEL_PLURAL.fullmatch(token.text) else found


def can_speak(subject: Token) -> bool:
    """Whether the subject of a verb of saying can have said anything: not a war or an attack
    ("the war has claimed thousands of lives", "the shelling has claimed 14 lives" say nothing)."""
    return not figure_classes(subject) & {"war", "attack"}


def amount_suffix(token: Token) -> bool:
    """The "m" of "$225m", which the tagger can take for the verb "am": part of a sum, no verb."""
    previous = token.nbor(-1) if token.i > 0 else None
    return token.lower_ in AMOUNT_SUFFIXES and previous is not None and previous.like_num and not previous.whitespace_


def aid_item(token: Token) -> bool:
    """Whether the word is an armament or kit the lexicon counts as aid items, in the plural it
    lists too: "supply a howitzer", "a Patriot system"."""
    word = token.lower_
    plural = word + "es" if word.endswith(("s", "x", "z", "ch", "sh")) else word + "s"
    return "aid_items" in figure_classes(token) or "aid_items" in lexicon().get(plural, ())


def _words(kind: str) -> list[str]:
    return [w for w, (_, k) in _numbers().items() if k == kind]


def _alternation(phrases: list[str]) -> str:
    """Longest first, so that "more than" wins over "more" and "US$" over "$"."""
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=len, reverse=True))
