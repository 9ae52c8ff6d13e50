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
   ("asked to be evacuated") is not theirs yet. Money and weapons count only as aid, in a
   sentence about aid; shares and percentages only as votes. An amount with no noun of its
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
"""

import csv
import re
from collections.abc import Set
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from importlib import resources

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from sitrep.facts import Entity, Figure, Place, PlaceRef, Quote, Time
from sitrep.nlp.doctext import text_of
from sitrep.timex import BACKGROUND_AGE, period

if not Doc.has_extension("figures"):
    Doc.set_extension("figures", default=None)

CASUALTIES = ("killed", "wounded", "missing", "detained")
ONE_HELD = ("detained",)  # "police arrested a man": one arrest is an event (COERCE), not a count of the held
HARMS = frozenset({"killed", "wounded"})
NOUN_CATEGORIES = ("refugees", "displaced", "evacuated", "troops", "votes", "aid_items")
CUE_CATEGORIES = ("refugees", "displaced", "evacuated", "troops", "other")
LOCATIVE = frozenset({"in", "to", "into", "at", "inside", "across", "throughout", "within"})
RUN_TAGS = frozenset({"JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "HYPH", "VBN", "RB"})
PEOPLE_LIKE = frozenset({"people", "troops", "refugees", "displaced", "evacuated", "other"})
NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
PERSONS = frozenset({"people", "troops"})
AID = frozenset({"aid_money", "aid_items"})
PLACELESS = AID | {"votes"}  # aid's "to Ukraine" is its recipient, a vote's body has no place
NOT_WHERE_PREPS = frozenset({"from", "by", "out", "with"})  # origins ("fled from X"), agents and partners ("exchanged with X")
NOT_WHERE_DEPS = frozenset({"nsubj", "nsubjpass", "poss", "agent"})
DATELINE = re.compile(r"(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)?\s*(?:\([\w ]+\)\s*)?[—–-]\s")  # ", Ukraine (AP) — "
# Words for a kind of place or site ("the Donetsk region", "visited the frontline"): a place name
# before one still says where, and a trip to one goes somewhere (shared with events).
PLACE_WORDS = frozenset(
    "area areas district districts border coast front frontline frontlines front-line positions trenches base bases "
    "headquarters port airport oblast province county state outskirts centre center plant site sites region regions "
    "city cities town towns village villages capital country countries island islands territory territories".split()
)
COUNTRY_LAST = {"country": 1}  # in a sentence, "Stara Vale" says more than "Ruritania"
SETTLEMENT_NOUNS = {  # a settlement or region told by its kind: the place kinds it can stand for
    "city": {"city"}, "town": {"city"}, "village": {"city"}, "port": {"city"}, "capital": {"city"},
    "region": {"admin1", "region"}, "province": {"admin1"}, "oblast": {"admin1"},
}
LOCATOR_LAST = {"admin1": 1, "country": 2}  # "near X, in the Y region": Y locates X
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
AID_WORDS = frozenset({"aid", "assistance", "humanitarian", "relief", "donation", "donations"})  # "grain as humanitarian aid" is aid
TALLY = re.compile(r"\bby\s+[\d.,]+\s*(?:%|per\s?cent)\s+to\s+[\d.,]+\s*(?:%|per\s?cent)", re.IGNORECASE)  # "by 66.9% to 33.1%"
MONTH = re.compile(r"^(?:\d{4}|XXXX)-\d\d$")
NOT_ANCHORS = frozenset({"since", "from", "until", "till", "before"})


# -- data ---------------------------------------------------------------------------------


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


def figure_classes(token: Token) -> frozenset[str]:
    """What the lexicon says of a word; a plural model designation ("F-16s", "M777s") is
    weapons, whatever its maker calls it."""
    found = lexicon().get(token.lower_, frozenset())
    return found | AID_ITEMS if not found and MODEL_PLURAL.fullmatch(token.text) else found


def _words(kind: str) -> list[str]:
    return [w for w, (_, k) in _numbers().items() if k == kind]


def _alternation(phrases: list[str]) -> str:
    """Longest first, so that "more than" wins over "more" and "US$" over "$"."""
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=len, reverse=True))


# -- amounts ------------------------------------------------------------------------------


@dataclass
class Amount:
    """A number as the text states it, before anything is known of what it counts."""

    start: int  # the whole span, qualifier included
    end: int
    core_start: int  # the number itself
    value: float
    kind: str  # count, vague, fraction, percent
    approx: str = "exact"
    currency: str | None = None
    low: float | None = None
    high: float | None = None
    scale: float = 1.0  # its scale words' product ("3 million": 1e6), which a range shares


@lru_cache(maxsize=1)
def amount_pattern() -> re.Pattern[str]:
    """The one expression for an amount with its qualifier and currency (see module doc)."""
    units, tens = _alternation(_words("unit")), _alternation(_words("tens"))
    few = _alternation(_words("few"))
    single = _alternation(_words("single"))
    scaled_one = rf"(?:half\s+a|{single}|(?:a\s+)?(?:{few}))(?=\s+(?:hundred|thousand|million|billion|dozen)\b)"
    spelled = rf"(?:(?:{tens})(?:[\s-]+(?:{units}))?|{units}|{scaled_one})"
    spelled = rf"{spelled}(?:\s+hundred(?:\s+and\s+(?:(?:{tens})(?:[\s-]+(?:{units}))?|{units}))?)?"
    vague = _alternation(_words("vague"))
    fraction = rf"(?:a|one|{units})[\s-]+(?:{_alternation(_words('denominator'))})|half"
    digits = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
    scale = rf"\s+(?:{_alternation(_words('scale'))})\b|(?:{_alternation(_words('abbreviation'))})\b"
    before = _alternation([p for p, pos in _qualifiers() if pos == "before"])
    after = _alternation([p for p, pos in _qualifiers() if pos == "after"])
    prefix = _alternation([f for f, pos in _currencies() if pos == "prefix"])
    return re.compile(
        rf"(?<![\w.,$€£¥₴₽])(?<![a-z]-)(?:(?P<qual>{before})\s+)?(?P<cur>(?:{prefix})\s?)?"
        rf"(?P<num>(?P<vague>(?:{vague})(?:\s+of\s+(?:{vague}))?)|(?P<digits>{digits})|(?P<spelled>{spelled})|(?P<frac>{fraction}))"
        rf"(?P<scale>(?:{scale})+)?(?P<pct>\s*%|\s+per\s*cent\b|\s+percent\b)?(?:\s+(?P<post>{after}))?"
        rf"(?![\w$€£]|[.,]\d|-[a-z])",
        re.IGNORECASE,
    )


def find_amounts(text: str) -> list[Amount]:
    """Every amount in ``text``, ranges merged, in text order."""
    amounts = [a for a in (_amount(m, text) for m in amount_pattern().finditer(text)) if a]
    return _merge_ranges(amounts, text)


def _amount(m: re.Match[str], text: str) -> Amount | None:
    if _phone_digits(m, text) or _clock_digits(m, text):
        return None
    value, kind = _number_value(m)
    scale = 1.0
    for word in (m.group("scale") or "").lower().split():
        scale *= _numbers()[word][0]
    qual = re.sub(r"\s+", " ", (m.group("qual") or "").lower())
    approx = _qualifiers().get((qual, "before"), "exact")
    if m.group("post"):
        approx = _qualifiers()[(re.sub(r"\s+", " ", m.group("post").lower()), "after")]
    if (kind == "vague" or _few(m)) and approx == "exact":
        approx = "at_least"
    currency = _currencies().get((m.group("cur").strip().lower(), "prefix")) if m.group("cur") else _suffix_currency(text, m.end())
    return Amount(
        start=m.start(), end=m.end(), core_start=m.start("cur") if m.group("cur") else m.start("num"),
        value=value * scale, kind=kind, approx=approx, currency=currency, scale=scale,
    )


def _number_value(m: re.Match[str]) -> tuple[float, str]:
    """The bare number of a match (before scale words) and its kind."""
    if m.group("digits"):
        value = float(m.group("digits").replace(",", ""))
        return value, "percent" if m.group("pct") else "count"
    words = re.split(r"[\s-]+", m.group("num").lower())
    if m.group("vague"):
        value = 1.0
        for word in words:
            value *= _numbers().get(word, (1.0, ""))[0]
        return value, "vague"
    if m.group("frac"):
        if words == ["half"]:
            return 0.5, "fraction"
        numerator = 1.0 if words[0] in ("a", "one") else _numbers()[words[0]][0]
        return numerator / _numbers()[words[-1]][0], "fraction"
    return _spelled_value(words), "percent" if m.group("pct") else "count"


def _few(m: re.Match[str]) -> bool:
    """"several hundred", "a few thousand": a spelled amount with an unstated multiple."""
    return bool(m.group("spelled")) and any(_numbers().get(w, (0, ""))[1] == "few" for w in m.group("spelled").lower().split())


def _spelled_value(words: list[str]) -> float:
    """ "forty five" -> 45, "two hundred and ten" -> 210, "a" / "an additional" / "half a"
    (before a scale) -> 1 / 1 / 0.5."""
    if words[:2] == ["half", "a"]:
        return 0.5
    single = _single_prefix(words)
    if single:
        words = ["one"] + words[single:]
    total = 0.0
    for word in words:
        if word == "hundred":
            total = (total or 1.0) * 100
        elif _numbers().get(word, (0, ""))[1] == "few":
            total = 1.0
        elif word != "and":
            total += _numbers()[word][0]
    return total


def _single_prefix(words: list[str]) -> int:
    """How many leading words say "one" of the scale word after them ("a", "another", "an
    additional" million): they name no number, so they read as "one"."""
    for phrase in sorted((p.split() for p in _words("single")), key=len, reverse=True):
        if words[:len(phrase)] == phrase:
            return len(phrase)
    return 0


def _suffix_currency(text: str, end: int) -> str | None:
    following = re.match(r"\s+((?:[\w.$]+\s+){0,2}[\w.$]+)", text[end:end + 30])
    if not following:
        return None
    words = following.group(1).split()
    for n in range(len(words), 0, -1):
        name = " ".join(words[:n]).lower()
        code = _currencies().get((name, "suffix")) or _currencies().get((name.rstrip("."), "suffix"))  # "... five billion dollars."
        if code:
            return code
    return None


def _phone_digits(m: re.Match[str], text: str) -> bool:
    """Part of a digit group run ("+44 20 7946 0000") rather than a number of its own."""
    if not m.group("digits"):
        return False
    before, after = text[max(0, m.start() - 2):m.start()], text[m.end():m.end() + 2]
    return bool(re.search(r"(?:\d|\+)\s?$", before) or re.match(r"\s\d", after) and not m.group("scale"))


def _clock_digits(m: re.Match[str], text: str) -> bool:
    """Hours or minutes of a clock time ("01:48" heading a live-blog entry, "at 14:30"), which
    count nothing."""
    if not m.group("digits"):
        return False
    return bool(re.search(r"\d:$", text[max(0, m.start() - 2):m.start()]) or re.match(r":\d\d", text[m.end():m.end() + 3]))


def _merge_ranges(amounts: list[Amount], text: str) -> list[Amount]:
    """ "between 2 and 3 million", "from 5 to 10", "2,000-3,000": one amount with low and high."""
    merged: list[Amount] = []
    for amount in amounts:
        last = merged[-1] if merged else None
        if last and last.kind == amount.kind == "count" and _range_joint(last, amount, text):
            low = last.value * (amount.scale if last.scale == 1.0 else 1.0)
            merged[-1] = replace(
                last, end=amount.end, value=low, low=low, high=amount.value,
                approx="about" if last.approx == "about" else "exact", currency=last.currency or amount.currency,
            )
        else:
            merged.append(amount)
    return [replace(a, approx="exact") if a.approx == "range" else a for a in merged]


def _range_joint(first: Amount, second: Amount, text: str) -> bool:
    """Whether the text between two amounts makes them one range."""
    between = text[first.end:second.start]
    if first.approx == "range":
        return bool(re.fullmatch(r"\s+and\s+", between))
    if re.fullmatch(r"\s*[-–]\s*", between):
        return True
    after_from = text[max(0, first.start - 5):first.start].lower().endswith("from ")
    close = first.value < second.value <= 10 * first.value  # "3,000 to 5,000 troops", not "141 to 5"
    return bool(re.fullmatch(r"\s+to\s+", between)) and (after_from or first.scale == 1.0 < second.scale or close)


# -- the component ------------------------------------------------------------------------


@Language.factory("sitrep_figures", requires=["token.dep", "token.tag", "doc._.times", "doc._.places"], assigns=["doc._.figures"])
class FiguresComponent:
    """Sets ``doc._.figures`` to a list of :class:`sitrep.facts.Figure`, in text order."""

    def __init__(self, nlp: Language, name: str = "sitrep_figures") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        places = place_mentions(doc)
        readings = read_amounts(doc, places)
        figures = [_figure(doc, reading, readings, places) for reading in readings]
        text = text_of(doc)
        doc._.figures = first_mentions([f for f in figures if not _named_again(text, f, figures)])
        return doc

    def to_disk(self, path: object, *, exclude: object = ()) -> None:
        """Stateless: the rules live in code and data files, nothing to save."""

    def from_disk(self, path: object, *, exclude: object = ()) -> "FiguresComponent":
        return self


@dataclass
class Reading:
    """An amount read against the parse: what it counts and the verb it belongs to. All of a
    document's readings are made before any place is chosen, because a place that another
    count's verb claims ("with 2.1 million arriving in Norland") is not this count's place."""

    amount: Amount
    span: Span
    anchor: Token  # the counted noun, else the amount itself
    verb: Token | None
    category: str
    who: str | None
    place: PlaceRef | None = None  # set where the structure says it: an item of a gapped list


def read_amounts(doc: Doc, places: list[Place]) -> list[Reading]:
    """The amounts of ``doc`` that count something tracked, in text order."""
    times = doc._.times or []
    readings: list[Reading] = []
    last: Amount | None = None
    for amount in find_amounts(text_of(doc)):
        span = doc.char_span(amount.core_start, amount.end, alignment_mode="expand")
        base = _share_base(text_of(doc), last, amount) or _conversion(text_of(doc), last, amount)
        last = amount
        if span is None or base:
            continue
        item = _gapped_item(doc, amount, span, readings, places, times)
        if item:
            readings.append(item)
            continue
        if _not_a_count(doc, amount, span, times):
            continue
        previous = readings[-1] if readings and readings[-1].span.start >= _scene_start(doc, span) else None
        reading = _read(doc, amount, span, previous)
        if reading:
            readings.append(reading)
    singles = [r for r in map(_single_casualty, doc) if r is not None]
    tallies = [t for t in _vote_tallies(doc) if not any(r.amount.start < t.amount.end and t.amount.start < r.amount.end for r in readings)]
    return sorted(readings + singles + tallies, key=lambda r: r.amount.start)


VOTE_TALLY = re.compile(r"\b(?:vot(?:ed|ing)|(?:a|the)\s+vote\s+of|by)\s+(?P<ayes>\d[\d,]*)\s*(?:-|–|to)\s*(?P<noes>\d[\d,]*)\b(?!\s*(?:%|per\s?cent))", re.IGNORECASE)


def _vote_tallies(doc: Doc) -> list[Reading]:
    """ "voted 95-1", "by a vote of 141 to 5": a tally counts the votes for, the first number,
    as the guide's votes (the number against is the tally's other side, not a second count)."""
    found = []
    text = text_of(doc)
    for match in VOTE_TALLY.finditer(text):
        if match.group(0).lower().startswith("by") and not VOTE_CONTEXT.search(text[max(0, match.start() - 40) : match.start()]):
            continue  # "by 66.9% to 33.1%" is read as shares; a bare "by 3 to 1" needs a vote named before it
        span = doc.char_span(match.start("ayes"), match.end("noes"), alignment_mode="expand")
        if span is None:
            continue
        amount = Amount(match.start("ayes"), match.end("noes"), match.start("ayes"), float(match["ayes"].replace(",", "")), "count")
        found.append(Reading(amount, span, span.root, governing_verb(span.root), "votes", "votes in favour"))
    return found


VOTE_CONTEXT = re.compile(r"\b(?:vote[ds]?|voting|passed|approved|adopted|ratified|rejected)\b[^.]*$", re.IGNORECASE)


def _single_casualty(token: Token) -> Reading | None:
    """ "A 71-year-old civilian was wounded", "killing a woman": one person a casualty befell,
    counted by the article "a" (a spelled "one" is an amount already)."""
    person = token.head
    if token.lower_ not in ("a", "an") or token.dep_ != "det" or person.tag_ != "NN" or not figure_classes(person) & PERSONS:
        return None
    verb = governing_verb(person)
    if person.dep_ not in ("nsubj", "nsubjpass", "dobj") or verb is None or person.head != verb or not _befalls(verb):
        return None
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") or c.tag_ == "MD" for c in verb.children):
        return None  # "if a soldier is killed", "a civilian could be hurt": no one was
    if _long_past(token.doc, token.doc[token.i:person.i + 1], verb):
        return None  # "used in 2018, killing a woman": history
    category = next((c for c in CASUALTIES if c in figure_classes(verb) and c not in ONE_HELD), None)
    end = person.idx + len(person.text)
    amount = Amount(token.idx, end, token.idx, 1.0, "count")
    return Reading(amount, token.doc[token.i:person.i + 1], person, verb, category, _who(token.doc, [person])) if category else None


ANAPHORIC = re.compile(r"\b(?:the|these|those)\s+$", re.IGNORECASE)
FEW = 10  # "the two men", "these three soldiers": numbers this small after "the" point back at people counted before
GAP = re.compile(r",?\s+(?:and\s+)?(?:the\s+)?$")  # what stands between list items: ", ", ", and ", " and the "


def _gapped_item(
    doc: Doc, amount: Amount, span: Span, readings: list[Reading], places: list[Place], times: list[Time]
) -> Reading | None:
    """ "Norland has taken in 1.5 million refugees, Southland 200,000 and Eastland 90,000": a
    list whose items are a place and an amount with the verb and noun left out (gapping)
    counts what its first item counts, each in its own place, as the first item's own
    subject is its place."""
    text = text_of(doc)
    if not readings or any(t.start < amount.end and amount.core_start < t.end for t in times):
        return None
    before = readings[-1]
    place = next((p for p in places if p.end <= amount.start and not text[p.end:amount.start].strip()), None)
    if place is None or before.span.sent != span.sent or before.category in PLACELESS:
        return None
    gap = text[before.amount.end if before.place else _run_end(before):place.start]
    if not GAP.fullmatch(gap) or not gap.strip():
        return None
    if before.place is None:
        subject = next((c for c in (before.verb.children if before.verb is not None else []) if c.dep_ == "nsubj"), None)
        own = _place_at([subject], places) if subject is not None else None
        if own is None:
            return None  # the first item has no place of its own to pair with the rest
        before.place = own
    return Reading(amount, span, span.root, before.verb, before.category, before.who, place.ref())


def _run_end(reading: Reading) -> int:
    """Where the first item of a list ends: after its counted noun phrase."""
    return max(reading.amount.end, reading.anchor.idx + len(reading.anchor))


def _share_base(text: str, share: Amount | None, amount: Amount) -> bool:
    """ "two-thirds of the 193 member states", "six of the country's 200 MPs": the 193 and
    the 200 are the whole a part is taken of."""
    return share is not None and bool(WHOLE_OF.fullmatch(text[share.end:amount.start]))


def _scene_start(doc: Doc, span: Span) -> int:
    """The first token of the counts an amount may go on from: its sentence's, or its
    paragraph's for "N more" ("The US has given X 16 systems. Four more arrived this week.")."""
    start = span.sent.start
    if span.end < len(doc) and doc[span.end].lower_ == "more":
        paragraph = text_of(doc).rfind("\n", 0, span.sent.start_char) + 1
        while start > 0 and doc[start - 1].idx >= paragraph:
            start -= 1
    return start


def _conversion(text: str, before: Amount | None, amount: Amount) -> bool:
    """ "worth $1bn (£825m)": a sum in brackets right after another sum is the same money in
    another currency, added for the reader, not a second sum."""
    if before is None or not before.currency or not amount.currency:
        return False
    return text[before.end:amount.start].strip() == "(" and text[amount.end:amount.end + 1] == ")"


def _not_a_count(doc: Doc, amount: Amount, span: Span, times: list[Time]) -> bool:
    """Years, dates, durations, ages and a lone "one": numbers that are no counts."""
    if any(t.start < amount.end and amount.core_start < t.end for t in times):
        return True
    number = text_of(doc)[amount.core_start:amount.end]
    following = doc[span.end] if span.end < len(doc) else None
    if re.fullmatch(r"(?:19|20)\d\d", number) and (following is None or following.tag_ != "NNS"):
        return True  # a year the times component did not take
    if re.fullmatch(r"(?:one|a)", number, re.IGNORECASE) and not _one_person(number, following):
        return True  # "one of the", "no one": a pronoun far more often than a count
    if _model_number(number, span):
        return True
    before = doc[span.start - 1].lower_ if span.start else ""
    after = " ".join(t.lower_ for t in doc[span.end:span.end + 2])
    died_at = before == "at" and span.root.head.head.lower_ in ("died", "dies", "die", "dead")  # "died on 23 April at 88": an age
    return died_at or before in ("aged", "age") or after.startswith(("years old", "year old", "- year"))


def _model_number(number: str, span: Span) -> bool:
    """ "Falcon 2 tanks", "the Northline 2 pipeline": a small bare number right after a
    proper noun that modifies the noun after it is part of a name (a model, a pipeline), no count."""
    if not re.fullmatch(r"\d{1,3}", number) or span.start == span.sent.start:
        return False
    before = span.doc[span.start - 1]
    modifies_next = before.dep_ in ("compound", "nmod") and before.head.i >= span.end  # not "in Vale 40 civilians"
    return before.tag_ in ("NNP", "NNPS") and before.i != span.sent.start and modifies_next


def _one_person(number: str, following: Token | None) -> bool:
    """ "One man died": a spelled "one" before a singular person noun counts that person."""
    return number.lower() == "one" and following is not None and following.tag_ == "NN" and bool(figure_classes(following) & PERSONS)


def _read(doc: Doc, amount: Amount, span: Span, previous: Reading | None) -> Reading | None:
    run = counted_run(doc, span.end)
    anchor = run[-1] if run else span.root
    verb = governing_verb(anchor)
    if verb is not None and _long_past(doc, span, verb):
        return None
    if run and _kin(run[-1]):
        return None
    category, who = _what(doc, amount, span, run or _partitive_antecedent(span.root, verb), verb, previous)
    if category is None or text_of(doc)[amount.core_start:amount.end].lower() == "one" and category not in CASUALTIES:
        return None  # a single person is news only as a casualty
    return Reading(amount, span, anchor, verb, category, who)


def _kin(noun: Token) -> bool:
    """ "evacuated his wife and two children", "her three sons": one person's family, a
    story's detail rather than a count of the war's victims."""
    nouns = [noun, *noun.conjuncts]
    return any(c.dep_ == "poss" and c.lower_ in ("his", "her", "my") for n in nouns for c in n.children)


def _long_past(doc: Doc, span: Span, verb: Token) -> bool:
    """"Norland fielded an army of two million soldiers in 1990": a count whose own
    verb is dated over a year before the report (to the last day of the year or month named) is
    history, not a figure of the news."""
    published = (doc._.anchor or "").split("T")[0]
    if not DAY.match(published):
        return False
    heads = _governors(verb)
    for time in doc._.times or []:
        covered = period(time.value) if time.type == "DATE" else None
        if covered is None or not span.sent.start_char <= time.start < span.sent.end_char:
            continue
        lead = text_of(doc)[max(span.sent.start_char, time.start - 8):time.start].lower().split()
        if lead and lead[-1] in NOT_ANCHORS:
            continue  # "since 2015, Canada has trained 33,000": a period up to now
        token = doc.char_span(time.start, time.end, alignment_mode="expand")
        if token is None or not _dated_verbs(token.root) & heads:
            continue
        if date.fromisoformat(published) - covered[1] > BACKGROUND_AGE:
            return True
    return False


def _figure(doc: Doc, reading: Reading, readings: list[Reading], places: list[Place]) -> Figure:
    amount, span, verb = reading.amount, reading.span, reading.verb
    return Figure(
        start=amount.start, end=amount.end, text=text_of(doc)[amount.start:amount.end],
        value=amount.value / 100 if amount.kind == "percent" else amount.value,
        category=reading.category, approx=amount.approx, low=amount.low, high=amount.high, who=reading.who,
        place=None if reading.category in PLACELESS else _place(doc, reading, readings, places),
        as_of=_as_of(doc, span, verb), according_to=_according_to(doc, span, verb),
        donor=_donor(doc, reading) if reading.category in AID else None,
    )


def _named_again(text: str, figure: Figure, figures: list[Figure]) -> bool:
    """"two volunteers were captured ... The two men were taken to ... these two citizens": a
    small number after "the/these/those" that an earlier figure already gave points back at
    the people counted there, whatever the later sentence does to them. A larger one ("1,000
    troops were on standby ... the 1,000 troops that are on standby are there to support X")
    points back at an earlier count of the same kind; a first "the 152 bodies" is a count of
    its own."""
    if figure.value is None or not ANAPHORIC.search(text[max(0, figure.start - 8):figure.start]):
        return False
    return any(
        f.start < figure.start and f.value == figure.value and (figure.value < FEW or f.category == figure.category)
        for f in figures
    )


def first_mentions(figures: list[Figure]) -> list[Figure]:
    """One figure per fact: a number repeated for the same count ("400 vehicles ... more than
    400 vehicles", a sum named in the lead and again in the body) is the fact told twice, so
    only its first mention is kept. Counts of one category and value stay apart when their
    places or dates differ (5 killed in Vale, 5 killed in Eastport; a total announced on
    May 5 and restated in June are two points of a series)."""
    kept: list[Figure] = []
    for figure in figures:
        if not any(_same_fact(k, figure) for k in kept):
            kept.append(figure)
    return kept


def _same_fact(a: Figure, b: Figure) -> bool:
    """Same category, value, bounds and date, the same thing counted ("400 vehicles" is not
    "400 missiles") and no two different places."""
    if (a.category, a.value, a.low, a.high, a.as_of) != (b.category, b.value, b.low, b.high, b.as_of):
        return False
    if a.who and b.who and a.who.lower().split()[-1] != b.who.lower().split()[-1]:
        return False
    return a.place is None or b.place is None or _same_area(a.place, b.place)


def _same_area(a: PlaceRef, b: PlaceRef) -> bool:
    """One place, or a country or a region and a place in the same country: "three killed
    near Vale" told again as "three killed in Ruritania", "75 evacuated from Eastport" as the
    governor's "we evacuated 75 people" in his region, is the same count."""
    if a.name == b.name:
        return True
    broader = [p for p in (a, b) if p.kind in ("country", "admin1")]
    return len(broader) == 1 and a.country is not None and a.country == b.country


# -- what is counted ----------------------------------------------------------------------


def counted_run(doc: Doc, i: int) -> list[Token]:
    """The noun phrase right after an amount ("Ukrainian refugees", "of UN members"), up to
    its first plural noun: counted things are plural, and what follows them is not theirs,
    unless that noun only names the kind of the next ("personnel carriers"); a unit noun
    goes on to what it counts pieces of ("items of medical equipment"). Read off the surface
    because the parser often hangs a number on the wrong head."""
    if i < len(doc) and doc[i].lower_ == "of":
        i += 1 + (i + 1 < len(doc) and doc[i + 1].tag_ in ("DT", "PRP$"))
        while i < len(doc) and doc[i].tag_ == "CD":
            i += 1  # the whole of a share ("of the 193 member states")
    run: list[Token] = []
    while i < len(doc) and len(run) < MAX_RUN and _in_run(doc[i], run) and doc[i].lower_ not in ("of", "to"):
        run.append(doc[i])
        if doc[i].tag_ in ("NNS", "NNPS") and not _names_kind_of_next(doc[i]):
            break
        i += 1
    if run and i < len(doc) and doc[i].tag_ == "POS":
        return counted_run(doc, i + 1)  # "44 of the army's stock": the stock is counted, not the army
    while run and run[-1].tag_ not in NOUN_TAGS:
        run.pop()
    if run and "unit" in figure_classes(run[-1]) and run[-1].i + 1 < len(doc) and doc[run[-1].i + 1].lower_ == "of":
        return run + counted_run(doc, run[-1].i + 1)  # "4 million items of medical equipment" counts equipment
    return run


def _names_kind_of_next(token: Token) -> bool:
    """ "armoured personnel carriers": a plural noun compounded to the noun right after it."""
    return token.dep_ == "compound" and token.head.i == token.i + 1 and token.head.tag_ in NOUN_TAGS


def _in_run(token: Token, run: list[Token]) -> bool:
    """Whether a word continues a counted phrase: a noun-phrase word, the number of a model
    named before it ("14 Falcon 2 tanks"), or an "and" between two of its modifiers ("US and
    Canadian officials")."""
    if token.tag_ in RUN_TAGS or (token.tag_ == "CD" and bool(run) and run[-1].tag_ in ("NNP", "NNPS")):
        return True
    joined = token.lower_ in ("and", "or") and bool(run) and run[-1].tag_ in ("JJ", "NNP")
    return joined and token.i + 1 < len(token.doc) and token.nbor(1).tag_ in RUN_TAGS


def governing_verb(token: Token) -> Token | None:
    """The verb a phrase is subject, object or adjunct of, climbing at most MAX_CLIMB heads."""
    for _ in range(MAX_CLIMB):
        if token.pos_ in ("VERB", "AUX"):
            return token
        if token.dep_ == "ROOT" or token.dep_ not in CLIMB_DEPS:
            return token.head if token.head.pos_ in ("VERB", "AUX") else None
        token = token.head
    return None


def _partitive_antecedent(amount: Token, verb: Token | None) -> list[Token]:
    """ "anti-tank weapons, of which Norland has provided more than 4,200": a bare amount "of
    which" (or "of whom") in a relative clause counts the noun phrase the clause is about."""
    partitive = any(c.lower_ in ("which", "whom") for p in amount.children if p.lower_ == "of" for c in p.children)
    if not partitive or verb is None or verb.dep_ != "relcl" or verb.head.tag_ not in NOUN_TAGS:
        return []
    noun, start = verb.head, verb.head.i
    while start > 0 and noun.i - start + 1 < MAX_RUN and noun.doc[start - 1].tag_ in RUN_TAGS:
        start -= 1
    return list(noun.doc[start:noun.i + 1])


def _cues(anchor: Token, run: list[Token], verb: Token | None) -> list[Token]:
    """Words that may say what happened to the counted, what the clause tells first: its verb
    with its predicates, for "the death toll rose to" the verb's subject; then the phrase
    ("killing 50 captured fighters": killed, not detained), the noun it is "of" ("the bodies
    of 410 civilians"), its clauses; last the verbs joined to its verb ("were tortured and
    killed"), not one with a subject of its own."""
    cues: list[Token] = []
    if verb is not None and not _doer(anchor, verb):
        cues.append(verb)
        wish = "wish" in figure_classes(verb)  # "asked to be evacuated" was not evacuated
        cues += [c for c in verb.children if c.dep_ in ("acomp", "attr", "oprd") or c.dep_ == "xcomp" and not wish or c.dep_ == "advcl" and c.pos_ == "ADJ"]  # "went missing"
        cues += _ailments(verb)
        if "level" in figure_classes(verb):
            cues += [t for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree]
    cues += [t for t in run if not _spared_lives(t, verb)]
    if anchor.dep_ == "pobj" and anchor.head.lower_ == "of":
        owner = anchor.head.head
        if not _spared_lives(owner, owner.head):
            cues.append(owner)  # "the bodies of 410 civilians", "claimed the lives of 14,000 people"
        if (owner.like_num or owner.lower_ in _numbers()) and owner.dep_ == "pobj" and owner.head.lower_ == "of":
            whole = owner.head.head
            if not _spared_lives(whole, whole.head):
                cues.append(whole)  # "the killing of hundreds of civilians"
    cues += [c for c in anchor.children if c.dep_ in ("relcl", "acl", "amod")]
    if verb is not None:
        shared_subject = [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]
        cues += [c for c in shared_subject if not _doer(anchor, c, subject_of=verb)]  # "and that 300 had been killed" counts its own
        if verb.dep_ == "conj" and verb.head.pos_ == "VERB" and not any(c.dep_ == "dobj" for c in verb.head.children):
            cues.append(verb.head)  # "injuring and hospitalising four civilians": the object both verbs share
    return cues


def _meant_for(anchor: Token, verb: Token) -> bool:
    """ "The food supply for millions of people was held hostage": the verb befalls the thing
    meant for the counted, not them."""
    while anchor.dep_ == "pobj" and anchor.head.lower_ == "of" and anchor.head.head.dep_ == "pobj":
        anchor = anchor.head.head  # "millions of people" is counted by "millions"
    thing = anchor.head.head if anchor.dep_ == "pobj" and anchor.head.lower_ == "for" else None
    return thing is not None and thing.pos_ == "NOUN" and thing.head == verb and thing.dep_ in ("nsubj", "nsubjpass", "dobj")


def _spared_lives(noun: Token, verb: Token | None) -> bool:
    """ "saved 300 lives", "the lives of millions at risk": lives no verb takes are no toll."""
    return "life" in figure_classes(noun) and (verb is None or "takes" not in figure_classes(verb))


def _doer(anchor: Token, verb: Token, subject_of: Token | None = None) -> bool:
    """Whether the counted did to others what the verb names ("5,000 troops killed 20
    civilians and captured the town", "two sides swapped prisoners", "four rockets hit a
    depot"): a harm, a capture or a strike with
    an object befell the object; going somewhere ("300 people fled Ukraine") is still the
    subject's own fate. ``subject_of`` is the verb the count is the subject of, when ``verb``
    is joined to it."""
    acted_on = any(c.dep_ == "dobj" for c in verb.children) and not any(c.dep_ == "auxpass" for c in verb.children)
    return anchor.dep_ == "nsubj" and anchor.head == (subject_of or verb) and acted_on and bool(figure_classes(verb) & (set(CASUALTIES) | {"destroyed"}))


def _ailments(verb: Token) -> list[Token]:
    """ "were being treated for injuries", "hospitalised with wounds": a harm the verb's "for"
    or "with" names is what befell the counted, before what their clauses say of them ("80
    soldiers who surrendered were treated for injuries" are wounded); "led to safety",
    "brought to safety": where the verb took them says they were evacuated."""
    return [
        t for prep in verb.children if prep.dep_ == "prep"
        for t in prep.children if t.dep_ == "pobj" and (
            prep.lower_ in ("for", "with") and "wounded" in figure_classes(t)
            or prep.lower_ == "to" and "evacuated" in figure_classes(t)
        )
    ]


def _outcome_cues(doc: Doc, verb: Token | None) -> list[str]:
    """What the clause says became of the counted, weaker than any word about them: where
    they were taken or what they joined, what they wait for, who took them in."""
    if verb is None:
        return []
    movers = [verb] + [c for c in verb.children if c.dep_ in ("advcl", "xcomp")]  # "lining up to join"
    return [cue for mover in movers for cue in _joined(mover) + _held(mover) + _made(mover)] + _awaited(verb) + _hosted(doc, verb) + _among(verb)


def _among(verb: Token) -> list[str]:
    """"Three children were among the wounded", "two journalists were among those killed": the
    group a count is among says what befell it."""
    groups = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "among" for g in c.children if g.dep_ == "pobj"]
    words = [w for g in groups for w in [g, *(c for c in g.children if c.dep_ in ("acl", "amod", "relcl"))]]
    return [c for w in words for c in figure_classes(w) if c in CASUALTIES]


def _made(verb: Token) -> list[str]:
    """People "taken prisoner" or "taken hostage" are detained: what the verb makes of them."""
    return [c for t in verb.children if t.dep_ in ("oprd", "attr") for c in figure_classes(t) if c in CASUALTIES]


def _emigrated(doc: Doc, verb: Token | None) -> list[str]:
    """People who "have left the country" or "left Norland" are refugees, as UNHCR counts
    those who left their country; leaving a town or a party says nothing."""
    if verb is None or "origin" not in figure_classes(verb):
        return []
    countries = [p for p in doc._.places or [] if p.kind == "country"]
    left = [c for c in verb.children if c.dep_ == "dobj"]
    return ["refugees" for c in left if c.lower_ in ("country", "homeland") or _place_at([c], countries)]


def _joined(verb: Token) -> list[str]:
    """Men "lining up to join the army" or who "joined the defence forces" are troops; so are
    people who "are in the army" or "serve in the navy"."""
    if "join" in figure_classes(verb):
        return ["troops" for c in verb.children if c.dep_ == "dobj" for t in _head_words(c) if "troops" in figure_classes(t)]
    if verb.lower_ in ("is", "are", "was", "were", "serve", "serves", "served", "serving"):
        units = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children if g.dep_ == "pobj"]
        return ["troops" for g in units if figure_classes(g) & {"troops"} and g.lower_ in ("army", "armies", "navy", "military", "forces")]
    return []


def _held(verb: Token) -> list[str]:
    """Soldiers "sent to a prison colony", "transferred to a detention facility" or "held in
    detention camps" are detained; people "sent to hospital" or "taken to hospital" are wounded."""
    held = [
        (prep.lower_, t) for prep in verb.children if prep.dep_ in ("prep", "dative") and prep.lower_ in ("to", "into", "in")
        for place in prep.children if place.dep_ == "pobj" for t in _head_words(place)
    ]
    taken_to_care = ["wounded" for prep, t in held if prep != "in" and "care" in figure_classes(t)]  # not "were in the hospital"
    return ["detained" for _, t in held if "custody" in figure_classes(t)] + taken_to_care


def _awaited(verb: Token) -> list[str]:
    """People who "have asked to be evacuated" or "are waiting to be evacuated" are not
    evacuated yet: the tracked status they wait for makes them people in need (other)."""
    if "wish" not in figure_classes(verb):
        return []
    return ["other" for c in verb.children if c.dep_ == "xcomp" and figure_classes(c) & set(CUE_CATEGORIES)]


def _hosted(doc: Doc, verb: Token) -> list[str]:
    """People a country "has taken in" or "has received" are refugees there; a host that is
    no place ("the hospital admitted 40 people") says nothing."""
    return ["refugees"] if _host_place(verb, doc._.places or []) is not None else []


def _head_words(noun: Token) -> list[Token]:
    """A noun and the words that name its kind ("prison colony", "detainment facility")."""
    return [noun] + [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod")]


def _sentence_about(span: Span, classes: set[str]) -> bool:
    return any(figure_classes(t) & classes for t in span.sent)


def _what(
    doc: Doc, amount: Amount, span: Span, run: list[Token], verb: Token | None, previous: Reading | None
) -> tuple[str | None, str | None]:
    """(category, who) of an amount, or (None, None) when it counts nothing tracked."""
    nothing: tuple[str | None, str | None] = (None, None)
    if amount.currency:
        about_aid = _sentence_about(span, {"aid"}) or _worth_of_arms(doc, span)
        return ("aid_money", amount.currency) if about_aid and not _sales(verb) and _money_for_aid(doc, span.end) and not _paid_to_person(verb) else nothing
    noun = figure_classes(run[-1]) if run else frozenset()
    if run and _spared_lives(run[-1], verb):
        noun = frozenset({"people"})  # "saved 300 lives": people, no toll
    if run and run[-1].lower_ == "members" and not _sentence_about(span, {"vote", "votes"}):
        noun = frozenset({"people"})  # "86 members of its armed forces were exchanged": members of anything are people
    mixed = "troops" in noun and any("people" in figure_classes(t) for t in run[-1].conjuncts)
    if mixed:
        noun = frozenset({"people"})  # "hundreds of fighters and civilians": a mixed group, no count of forces
    if run and _size_of_place(run[-1]) or _difference(run[-1] if run else span.root):
        return nothing
    if run and "aid_items" in noun and _traded(run[-1]):
        return nothing
    if "troops" in noun and any(MODEL.fullmatch(t.text) for t in (*run[:-1], *run[-1].children)):
        noun = AID_ITEMS  # "40 F-16 fighters": aircraft of a model, not fighting men
    about_vote = _sentence_about(span, {"vote", "votes"})
    if amount.kind in ("fraction", "percent"):
        tallied = not run and _tally(doc, amount, span, verb, about_vote)
        return ("votes", _who(doc, run)) if about_vote and noun & {"voters", "votes"} or tallied else nothing
    if run and not noun:
        if not (run[-1].tag_ == "NNS" and run[-1].dep_ != "pobj" and _befalls(verb) and "loss" not in figure_classes(verb)):
            return nothing  # counts something the lexicon does not track ("10 cities"; "losing millions of barrels"; "killed during the two wars")
        noun = frozenset({"people"})  # "four media professionals were killed": whoever is killed is people
    said_after = [doc[span.end]] if not run and span.end < len(doc) else []  # "3,000 dead and 10,000 wounded"
    counted = run[-1] if run else span.root
    told = None if verb is not None and _meant_for(counted, verb) else verb  # a verb that befalls something else
    words = said_after + _cues(counted, run, told)
    if not run:
        words = [t for t in words if "loss" not in figure_classes(t)]  # "the army lost two": two what?
    said = [c for t in words for c in figure_classes(t)]
    more = not run and previous is not None and span.end < len(doc) and doc[span.end].lower_ == "more"
    if more and not set(said) & set(CASUALTIES):
        return previous.category, previous.who  # "16 systems so far. Four more arrived": more of the same, unless "dozens more were injured"
    cues = said + _outcome_cues(doc, told)
    if not run or run[-1].lower_ in ("people", "persons") or (run[-1].tag_ == "NNPS" and figure_classes(run[-1]) == {"people"}):
        cues += _emigrated(doc, verb)  # "tens of thousands of Russians have left the country"; "45 diplomats" who did are no refugees
    category = "other" if _either_fate(verb) else _category(noun, cues, _sentence_about(span, {"aid"}), about_vote)
    if mixed and category == "troops":
        return nothing
    if category == "killed" and run and _sentenced(run[-1]):
        return nothing  # "the sentencing to death of two Britons": a sentence passed, no one killed
    if category == "other" and run and noun & {"aid_items"} and _wielded(run[-1]):
        return nothing  # "two drones struck a refinery", "using two drones to hit it": the arms that hit, not arms lost
    if category in CASUALTIES and verb is not None and _supposed(verb):
        return nothing  # "cholera could kill thousands": a fear, no toll
    if run and category is None and noun & PEOPLE_LIKE and previous is not None and _included(run[-1]):
        category = previous.category  # "killed 31 people, including four students": a part of that count
    if run:
        return (category, _who(doc, run)) if category else nothing
    if not _argument_of(span.root, verb):
        return nothing  # "a mother of three": a number inside another noun phrase
    if category is None:
        if previous is not None and _included(span.root) and _counted_between(doc, previous, span):
            return nothing  # "7,000 sailors from 16 countries, including two aspiring to join": two of the countries
        return (previous.category, previous.who) if previous is not None else nothing
    if previous is not None and previous.who:
        return category, previous.who
    return category, None if category in CASUALTIES else _implicit_who(span.root, verb)  # "100 injured" did not injure


def _tally(doc: Doc, amount: Amount, span: Span, verb: Token | None, about_vote: bool) -> bool:
    """ "voters backed the proposal by 66.9% to 33.1%": two shares "by X to Y" of a vote, or of
    what voters or members did, are its result ("grew by 5% to 10%" is a range)."""
    sent = span.sent
    start = sent.start_char
    if not any(m.start() <= amount.start - start < m.end() for m in TALLY.finditer(text_of(doc)[start:sent.end_char])):
        return False
    voters = verb is not None and any("voters" in figure_classes(c) for c in verb.children if c.dep_ == "nsubj")
    return about_vote or voters


def _either_fate(verb: Token | None) -> bool:
    """"killed, injured or captured 5,000 troops": a count of people who met one fate or
    another is no count of any one of them (the guide's other)."""
    if verb is None:
        return False
    verbs = [verb, *verb.conjuncts]
    alternative = any(c.dep_ == "cc" and c.lower_ == "or" for v in verbs for c in v.children)
    return alternative and len({c for v in verbs for c in figure_classes(v) if c in CASUALTIES}) > 1


CHANGE_VERBS = frozenset(
    "cut cuts cutting reduce reduced reduces reducing increase increased increases increasing raise raised raises "
    "raising boost boosted boosting shrink shrank shrunk expand expanded expanding grow grew grown fall fell fallen "
    "rise rose risen drop dropped".split()
)


def _traded(unit: Token) -> bool:
    """"millions of tonnes of grain would be shipped": a weight of goods states sell and buy (the
    lexicon's commodities) is trade, not aid, unless the sentence calls it aid."""
    goods = [g for c in unit.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj" for g in (p, *p.conjuncts)]
    if not goods or not all("commodity" in figure_classes(g) for g in goods):
        return False
    return not any(t.lower_ in AID_WORDS for t in unit.sent)


def _difference(noun: Token) -> bool:
    """"cut the army by nearly 10,000 troops", "increased the budget by $2bn": the amount of a
    change, not a count of troops or aid there are or are given."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "by" and noun.head.head.lower_ in CHANGE_VERBS


def _counted_between(doc: Doc, previous: Reading, span: Span) -> bool:
    """Whether another counted noun ("16 countries") stands between the count before and a bare
    "including two": the part is of the nearer count."""
    between = doc[previous.span.end:span.start]
    return any(t.tag_ == "NNS" and t != previous.anchor and any(c.dep_ == "nummod" for c in t.children) for t in between)


def _supposed(verb: Token) -> bool:
    """A harm told with "could/might/may/would" ("diseases could kill thousands") has not befallen
    anyone: no count of the harmed."""
    return any(c.dep_ == "aux" and c.lower_ in ("could", "might", "may", "would") for c in verb.children)


def _size_of_place(noun: Token) -> bool:
    """ "the country's fourth-largest city with more than 1 million inhabitants": people "with"
    whom a place is described are its population, not a count of what befell anyone."""
    holder = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "with" else None
    return holder is not None and (holder.ent_type_ in ("GPE", "LOC") or "settlement" in figure_classes(holder))


def _included(noun: Token) -> bool:
    """"..., including four students", "among them two journalists", "864 cases – 763 men, 94
    women and seven boys –": a count given as part of the count before it."""
    while noun.dep_ == "conj" and noun.head != noun:
        noun = noun.head
    return (noun.dep_ == "pobj" and noun.head.lower_ in ("including", "among")) or (noun.dep_ == "appos" and noun.head.pos_ == "NOUN")


def _befalls(verb: Token | None) -> bool:
    """Whether the verb itself says a casualty befell its counted ("were killed", "wounded")."""
    return verb is not None and any(c in CASUALTIES for c in figure_classes(verb))


def _worth_of_arms(doc: Doc, span: Span) -> bool:
    """"$1 billion in artillery, air defences and other hardware would soon be heading to X": a
    sum named as a worth of arms is arms given, unless the sentence sells or buys them."""
    if span.end >= len(doc) or doc[span.end].lower_ not in ("in", "of", "worth"):
        return False
    after = doc[span.end + 1: span.end + 1 + MAX_RUN]
    return not _sentence_about(span, {"trade"}) and any(figure_classes(t) & {"aid_items", "aid", "materiel"} for t in after)


def _sales(verb: Token | None) -> bool:
    """ "received €5bn from exports of grain", "paid €2bn for imports": a sum its verb says came
    from or went on selling and buying is trade, however much of the sentence is about aid."""
    if verb is None:
        return False
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("from", "for", "on")]
    return any(figure_classes(o) & {"trade"} for p in preps for o in p.children if o.dep_ == "pobj")


def _paid_to_person(verb: Token | None) -> bool:
    """ "he had received about £400 from a bank account": a sum one person receives is a
    payment; aid goes to states, forces and organisations."""
    if verb is None or "receipt" not in figure_classes(verb):
        return False
    return any(c.dep_ == "nsubj" and (c.lower_ in ("he", "she", "i") or c.ent_type_ == "PERSON") for c in verb.children)


def _money_for_aid(doc: Doc, i: int) -> bool:
    """Whether a sum can be aid: bare ("$1.7bn in economic aid") or naming an aid thing in the
    noun phrase after it ("a $40bn military and humanitarian aid package"), not some other
    money ("a $44bn deal", "£1.7bn sanctions", "£1.4bn of import tariffs"), even in a sentence
    that mentions aid; the currency's name after the sum ("five billion dollars") is the sum's own."""
    while i < len(doc) and (doc[i].lower_, "suffix") in _currencies():
        i += 1
    if i < len(doc) and doc[i].lower_ == "of":
        i += 1 + (i + 1 < len(doc) and doc[i + 1].tag_ in ("DT", "PRP$"))
    phrase: list[Token] = []
    while i < len(doc) and len(phrase) < 2 * MAX_RUN and (doc[i].tag_ in RUN_TAGS or doc[i].tag_ == "CC"):
        phrase.append(doc[i])
        i += 1
    nouns = [t for t in phrase if t.tag_ in NOUN_TAGS]
    return not nouns or any(figure_classes(t) & {"aid", "aid_items"} for t in phrase)


def _argument_of(token: Token, verb: Token | None) -> bool:
    """Whether a bare amount is itself what its verb is about ("35 wounded", "rose to 2,187"),
    not a number inside some noun phrase; coordinated counts ("141 votes, five against") are.
    The amount itself may be a noun ("dozens more were injured")."""
    token = token.head
    while verb is not None and token.i != verb.i:
        if token.pos_ in ("NOUN", "PROPN") and token.dep_ != "conj" and not token.like_num:
            return False
        token = token.head
    return verb is not None


def _sentenced(noun: Token) -> bool:
    """The counted are the ones a court sentences ("the sentencing to death of two men",
    "sentenced two men to death")."""
    if noun.dep_ in ("dobj", "nsubjpass") and noun.head.lower_.startswith("sentenc"):
        return True
    death = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None  # "sentencing to death of X", as the parse reads it
    return death is not None and death.lower_ == "death" and death.head.lower_ == "to" and death.head.head.lower_.startswith("sentenc")


def _wielded(noun: Token) -> bool:
    """Arms that did the hitting: the subject of the striking verb, or the object of "use"."""
    return noun.dep_ == "nsubj" or (noun.dep_ == "dobj" and noun.head.lower_ in ("use", "uses", "used", "using"))


def _category(noun: frozenset[str], cues: list[str], about_aid: bool, about_vote: bool) -> str | None:
    """What the noun itself says ("deaths") first, unless it is a status a death or a wound
    outranks ("killed 50 prisoners"); then what happened to a group of people ("civilians were
    killed") outranks what the group is ("troops"); then other cues, a plight ("remain",
    "trapped") last."""
    for category in CASUALTIES:
        if category in noun and (category in HARMS or not set(cues) & HARMS):
            return category  # "killed 50 prisoners": a death outranks the status the noun names
    if not noun or noun & PEOPLE_LIKE or noun & {"missing", "detained"}:
        casualty = next((cue for cue in cues if cue in CASUALTIES), None)
        if casualty:
            return casualty
    for category in NOUN_CATEGORIES:
        if category in noun and (category != "aid_items" or about_aid):
            return category
    if noun & {"aid_items", "site"} and "destroyed" in cues:
        return "other"  # "destroyed nine launchers", "demolished 300 buildings": a force's or a town's losses, not aid
    if "voters" in noun and about_vote:
        return "votes"
    if noun - {"people"}:
        return None  # a group that is not counted as people here ("states", "missiles" not given)
    named = [cue for cue in cues if cue in CUE_CATEGORIES]
    return next((cue for cue in named if cue != "other"), named[0] if named else None)  # "remain displaced": displaced


def _who(doc: Doc, run: list[Token]) -> str | None:
    return text_of(doc)[run[0].idx:run[-1].idx + len(run[-1])] if run else None


def _implicit_who(amount: Token, verb: Token | None) -> str | None:
    """ "3 million having fled Ukraine" counts "people who fled Ukraine"; a passive subject
    ("three were wounded") is not the doer, so it says nothing of who."""
    if verb is None or verb.tag_ not in ("VBD", "VBN") or amount.dep_ != "nsubj":
        return None
    objects = [t for c in verb.children if c.dep_ in ("dobj", "prt") for t in c.subtree]
    return " ".join(["people who", verb.text] + [t.text for t in sorted(objects, key=lambda t: t.i)])


# -- where, when, says who ----------------------------------------------------------------


def place_mentions(doc: Doc) -> list[Place]:
    """The places of ``doc._.places`` plus every later mention of their names: a name keeps
    one sense per article, and a repeated "Bakhmut" may have gone unmarked. A name that is also
    a time expression ("in March") is a time."""
    times = doc._.times or []
    places: list[Place] = [p for p in doc._.places or [] if not any(t.start < p.end and p.start < t.end for t in times)]  # "in March" is when
    taken = [(p.start, p.end) for p in places]
    for place in {p.text: p for p in places}.values():
        for m in re.finditer(rf"(?<!\w){re.escape(place.text)}(?!\w)", text_of(doc)):
            if not any(s < m.end() and m.start() < e for s, e in taken):
                places.append(replace(place, start=m.start(), end=m.end()))
    return sorted(places, key=lambda p: p.start)


def _place_at(tokens: list[Token], places: list[Place]) -> PlaceRef | None:
    """The first place named among the tokens, else the one "the city" among them stands for."""
    for token in tokens:
        for place in places:
            if place.start <= token.idx < place.end:
                return place.ref()
    return next((found.ref() for t in tokens if (found := antecedent_place(t, places)) is not None), None)


def antecedent_place(noun: Token, places: list[Place]) -> Place | None:
    """ "in the city", "the ruined town, where ...": a settlement told by its kind alone is the
    last place of that kind the article named before it."""
    kinds = SETTLEMENT_NOUNS.get(noun.lower_)
    if kinds is None or not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in noun.children):
        return None
    if any(c.dep_ in ("poss", "compound") or c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return None  # "the city of X", "Norland's capital": said there, or another city
    before = [p for p in places if p.end <= noun.idx and p.kind in kinds and not is_dateline(text_of(noun.doc), p)]
    return before[-1] if before else None


def _clause(verb: Token) -> list[Token]:
    """A verb and its coordinated verbs: "were killed and 35 wounded in X" share "in X"."""
    return [verb] + [c for c in verb.children if c.dep_ == "conj"] + ([verb.head] if verb.dep_ == "conj" else [])


def _place(doc: Doc, reading: Reading, readings: list[Reading], places: list[Place]) -> PlaceRef | None:
    """Where the counted are, nearest statement first: "in/to X" on the counted phrase, its
    clauses or its verb; the host of a hosting verb; a place elsewhere in the sentence; for
    all but refugees (whose origin is named as often as their host), the place an earlier
    sentence of the paragraph set the scene in; a part of an earlier count ("including four
    students") is where that count is, and so is, lacking a place of its own, a bare count
    that goes on from an earlier count of its sentence ("bringing the total to 1,200")."""
    if reading.place is not None:
        return reading.place
    index = readings.index(reading)
    before = readings[index - 1] if index > 0 else None
    if before is not None and _included(reading.anchor):
        return _place(doc, before, readings, places)
    found = _attached_place(reading, places) or _host_place(reading.verb, places) or _sentence_place(doc, reading, readings, places)
    if found is None and before is not None and _goes_on_from(reading, before):
        found = _place(doc, before, readings, places)
    if found or reading.category == "refugees":
        return found
    return _paragraph_place(doc, reading.span.sent, places)


def _goes_on_from(reading: Reading, before: Reading) -> bool:
    """A bare amount after a count of its own sentence goes on from it ("300 surrendered in
    Eastport, bringing the total to 1,200"): it is about the same group and scene."""
    return before.span.sent == reading.span.sent and reading.anchor == reading.span.root


def _attached_place(reading: Reading, places: list[Place]) -> PlaceRef | None:
    """ "refugees in Norland", "refugees who fled to Norland", "were killed in Eastport", "Eastport,
    where hundreds were killed"."""
    anchor, verb = reading.anchor, reading.verb
    clause = _clause(verb) if verb is not None else []
    if reading.category not in CASUALTIES:  # "two million fled, and a million are displaced inside X": not where the first are
        clause = [v for v in clause if v == verb or not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children)]
    relative = next((v for v in clause if v.dep_ == "relcl"), None)
    if relative is not None and any(c.lower_ == "where" for v in clause for c in v.children):
        found = _place_at([relative.head], places)  # "Eastport, where hundreds of civilians were killed"
        if found:
            return found
    owners = [anchor] + [c for c in anchor.children if c.dep_ in ("relcl", "acl")] + clause
    return _place_by(owners, LOCATIVE, places) or _place_by(_from_owners(reading, clause), {"from"}, places)


def _from_owners(reading: Reading, clause: list[Token]) -> list[Token]:
    """Where "from X" says where the counted are, when nothing says "in X": people "evacuated
    from X" were in X; "nine [dead] from X, 30 from Y" counts the dead of each place. Refugees
    "from X" have left it, and people "from X" ("two men from X were killed at Y") come from it."""
    if reading.category == "evacuated":
        return clause
    return [reading.anchor] if reading.category in CASUALTIES and not figure_classes(reading.anchor) & PERSONS else []


def _place_by(owners: list[Token], prepositions: Set[str], places: list[Place]) -> PlaceRef | None:
    """The first place the owners' prepositions of that kind take as object; not one of a
    count the preposition takes ("compared to nine from X": X is the nine's)."""
    for owner in owners:
        for prep in owner.children:
            if prep.dep_ == "prep" and prep.lower_ in prepositions:
                found = _place_at([t for c in prep.children if c.dep_ == "pobj" and not c.like_num for t in c.subtree if not _across_border(t)], places)
                if found:
                    return found
    return None


def _host_place(verb: Token | None, places: list[Place]) -> PlaceRef | None:
    """ "Poland, which has taken in ...", "Hungary has received ...": the host is the subject."""
    if verb is None or not _hosts(verb):
        return None
    hosts = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    if verb.dep_ == "relcl":
        hosts.append(verb.head)
    return _place_at(hosts, places)


def _sentence_place(doc: Doc, reading: Reading, readings: list[Reading], places: list[Place]) -> PlaceRef | None:
    """The most specific place of the sentence that says where rather than who ("Russia
    said"), whence ("fled Ukraine") or where another count is ("1.8 million arriving in X")."""
    sent = reading.span.sent
    others = {r.verb.i for r in readings if r.verb is not None and r.verb != reading.verb and r.span.sent == sent}
    candidates = []
    for place in places:
        token = _place_token(doc, place)
        if token is None or not sent.start <= token.i < sent.end or _not_where(token) or is_dateline(text_of(doc), place):
            continue
        if reading.category == "refugees" and _war_place(token):
            continue  # "refugees of the war in X" have left X
        if governing_verb(token) is None or governing_verb(token).i not in others:
            candidates.append(place)
    best = min(candidates, key=lambda p: (COUNTRY_LAST.get(p.kind or "", 0), p.start), default=None)
    return best.ref() if best else None


def _war_place(token: Token) -> bool:
    """Whether a place is where the war is ("the war in X", "Russia's invasion of X")."""
    return token.dep_ == "pobj" and token.head.lower_ in ("in", "on", "of", "against") and "war" in figure_classes(token.head.head)


def _paragraph_place(doc: Doc, sent: Span, places: list[Place]) -> PlaceRef | None:
    """The place the last earlier sentence of the same paragraph that names one is about ("On
    Friday, families were fixing roofs in Bakhmut. One man died ..."); of its places, a town
    before the region or country that locates it ("a prison near X, in the Y region")."""
    start = text_of(doc).rfind("\n", 0, sent.start_char) + 1
    tokens = [(p, _place_token(doc, p)) for p in places if start <= p.start < sent.start_char]
    usable = [(p, t) for p, t in tokens if t is not None and not _not_where(t)]
    if not usable:
        return None
    last_sentence = usable[-1][1].sent
    scene = [p for p, t in usable if t.sent == last_sentence]
    return min(scene, key=lambda p: (LOCATOR_LAST.get(p.kind or "", 0), -p.start)).ref()


def is_dateline(text: str, place: Place) -> bool:
    """ "GENEVA — Troops ...": where the reporter files from, not where things are."""
    starts_line = place.start == 0 or text[place.start - 1] == "\n"
    return starts_line and bool(DATELINE.match(text, place.end))


def _place_token(doc: Doc, place: Place) -> Token | None:
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    return span.root if span is not None else None


def _not_where(token: Token) -> bool:
    """A place named as an actor ("Russia said", "Ukraine's army", "by Russia", "according to
    UK officials") or as an origin
    ("from Ukraine", "fled Ukraine"), or a provenance ("US officials", "US-made rockets",
    "UK-based troops"), rather than as where something is."""
    if _provenance(token):
        return True
    while token.dep_ in ("compound", "amod", "appos", "conj") and token.head.i != token.i:
        token = token.head
    if token.dep_ in NOT_WHERE_DEPS:
        return True
    if token.dep_ == "pobj" and token.head.lower_ in NOT_WHERE_PREPS:
        return True
    if token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.head.lower_ == "according":
        return True  # "according to UK officials": the source's country, not where
    if _across_border(token):
        return True
    return token.dep_ == "dobj" and bool(figure_classes(token.head) & {"refugees", "origin"})


def _provenance(token: Token) -> bool:
    """A place name that modifies a noun of people or things ("US and Canadian officials",
    "US-made systems", "UK-based troops") says whose they are, not where they are; before a
    word for a kind of place or site it still names where ("the Donetsk region", "the Kyiv
    suburb of Bucha", "the Odesa port")."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    head = token.head
    if token.dep_ == "npadvmod" and head.dep_ == "amod":
        return True  # "US-made", "UK-based"
    if token.dep_ not in ("compound", "amod", "nmod") or head.pos_ != "NOUN":
        return False
    return not (figure_classes(head) & {"settlement", "site"} or head.lower_ in SETTLEMENT_NOUNS or head.lower_ in PLACE_WORDS)


def _across_border(token: Token) -> bool:
    """ "soldiers at the border with X" are outside X."""
    return token.dep_ == "pobj" and token.head.lower_ == "with" and token.head.head.lower_ in ("border", "borders", "frontier")


def _hosts(verb: Token) -> bool:
    classes = figure_classes(verb)
    return "host" in classes or "host_in" in classes and any(_bare_in(c) for c in verb.children)


def _bare_in(token: Token) -> bool:
    """The particle of "taken in", which the parser may also call a preposition without object."""
    return token.lower_ == "in" and (token.dep_ == "prt" or token.dep_ == "prep" and not any(token.children))


def _as_of(doc: Doc, span: Span, verb: Token | None) -> str | None:
    """The day the count holds for: a date the sentence puts on the figure's verb or on a verb
    above it ("were killed on Monday", "officials said on Monday", "as of March 20"), else the
    date an earlier sentence of the paragraph set the scene on ("On Friday, ...") unless it is
    told in the present, else the publication date: a count in a report holds on the day it is
    reported."""
    published = (doc._.anchor or "").split("T")[0] or None
    own = _governors(verb) if verb is not None else set()
    above = own | set(_clause(verb)) | set(verb.ancestors) if verb is not None else set()
    dates = _dates(doc, span.sent.start_char, span.sent.end_char, published)
    for heads in (own, above):  # "killed on Saturday, and 30 more were injured on Sunday": its own verb's day first
        for time, token in dates:
            lead = text_of(doc)[max(span.sent.start_char, time.start - 8):time.start].lower().split()
            if _dated_verbs(token) & heads or lead[-2:] == ["as", "of"]:
                return time.value
    paragraph = text_of(doc).rfind("\n", 0, span.sent.start_char) + 1
    if _told_in_present(span.sent.root):
        return published  # "On Friday Norland chose to lend aid. The first sum is expected to be ...": holds now
    for time, token in reversed(_dates(doc, paragraph, span.sent.start_char, published)):
        if token.sent.root in _dated_verbs(token) and not MONTH.match(time.value):
            return time.value  # a day sets a scene; a month that ends an earlier count does not
    return published


def _told_in_present(root: Token) -> bool:
    """Whether a sentence tells its main clause in the present ("the first sum is expected to
    be", "200 remain"), which holds on the day of the report, not on a day an earlier sentence
    set; the past ("One man died") and what was announced for then ("the package will
    include") go on from that day."""
    finite = [root] + [c for c in root.children if c.dep_ in ("aux", "auxpass")]
    return not any(t.tag_ in ("VBD", "MD") for t in finite) and any(t.tag_ in ("VBZ", "VBP") for t in finite)


def _dated_verbs(when: Token) -> set[Token]:
    """The verbs a date dates: the one it belongs to and, when that is a participle naming a
    thing ("In remarks published Saturday, Ana Lind said"), the verb that thing belongs to:
    remarks published on a day were made on that day."""
    verb = governing_verb(when)
    if verb is None:
        return set()
    above = governing_verb(verb.head) if verb.dep_ == "acl" and verb.head.i != verb.i else None
    return {verb} if above is None else {verb, above}


def _governors(verb: Token) -> set[Token]:
    """The verb and the verbs above it, not the verb it is coordinated with ("killed on
    Saturday, and 30 more were injured on Sunday": Saturday is the killing's day)."""
    heads, current = {verb}, verb
    while current.head.i != current.i:
        if current.dep_ != "conj":
            heads.add(current.head)
        current = current.head
    return heads


def _dates(doc: Doc, start: int, end: int, published: str | None) -> list[tuple[Time, Token]]:
    """Days and weeks named between two offsets that may date a count ("killed on Monday"),
    and months that end the period counted ("225 dead through June", "as of May"): not
    "since"/"until" a day (a period's bound), not after publication (a plan, not a count)
    unless "as of" it; the month of publication stands for the day of publication."""
    found: list[tuple[Time, Token]] = []
    for time in doc._.times or []:
        if not start <= time.start < end or not DATE_VALUE.match(time.value):
            continue
        lead = text_of(doc)[max(start, time.start - 8):time.start].lower().split()
        token = doc.char_span(time.start, time.end, alignment_mode="expand")
        as_of = lead[-2:] == ["as", "of"]
        later = _after(time.value, published) and not as_of
        if published is not None and time.value == published[:7]:
            time = replace(time, value=published)  # "so far this month": the report's own day says more
        elif MONTH.match(time.value):
            if token is not None and not later and (as_of or lead[-1:] == ["through"]):
                found.append((time, token.root))
            continue  # "in May", "since February": a month a count is set in is mostly background
        if token is not None and not later and not (lead and lead[-1] in NOT_ANCHORS):
            found.append((time, token.root))
    return found


def _after(value: str, published: str | None) -> bool:
    """Whether a day, week or month comes after the publication day ("as early as next week" is a
    plan); by month and day alone when either lacks its year ("XXXX-03-03" is after
    "XXXX-03-02")."""
    if not published or not DAY.match(published):
        return False
    if WEEK.match(value):
        return not published.startswith("XXXX") and _later_week(value, date.fromisoformat(published))
    if MONTH.match(value):
        return "XXXX" not in (value[:4], published[:4]) and value > published[:7]
    if not DAY.match(value):
        return False
    return value[5:] > published[5:] if "XXXX" in (value[:4], published[:4]) else value > published


def _later_week(value: str, day: date) -> bool:
    """Whether an ISO week ("2022-W10") comes after the week of a day."""
    year, week = WEEK.match(value).groups()
    return year != "XXXX" and (int(year), int(week)) > day.isocalendar()[:2]


def _according_to(doc: Doc, span: Span, verb: Token | None) -> str | None:
    """The source, unless it is an unresolved pronoun ("according to we" tells a reader
    nothing): see ``_stated_source``."""
    source = _stated_source(doc, span, verb)
    return None if source is None or unresolved(source) else source


def _stated_source(doc: Doc, span: Span, verb: Token | None) -> str | None:
    """The source: "according to X" in the sentence, the speaker of the enclosing quote, or
    the subject of a verb of saying that governs the figure."""
    for token in span.sent:
        if token.lower_ == "according" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to":
            source = next((c for c in doc[token.i + 1].children if c.dep_ == "pobj"), None)
            if source is not None:
                return _source_name(doc, source)
    for quote in doc._.quotes or []:
        if quote.start <= span.start_char < quote.end and quote.speaker and quote.speaker.name and _said(quote):
            return quote.speaker.name
    sayer = _reporting_subject(verb or span.root)
    return _source_name(doc, sayer) if sayer is not None else None


UNRESOLVED_SOURCES = frozenset({"i", "we", "you", "he", "she", "it", "they", "us", "them", "one", "someone"})
POSSESSIVES = frozenset({"my", "our", "your", "his", "her", "its", "their"})


def unresolved(name: str) -> bool:
    """A source named only by a pronoun or a pronoun's thing ("we", "our estimates"): the
    components left it unresolved, and it tells a reader nothing."""
    words = name.lower().split()
    return not words or name.lower() in UNRESOLVED_SOURCES or words[0] in POSSESSIVES


def pronoun_owner(head: Token) -> Token | None:
    """The possessive pronoun a source phrase belongs to ("our figures", "according to their
    data"), whose entity, if any, is the source."""
    return next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)


def _said(quote: Quote) -> bool:
    """A quote that is a report: direct speech, or reported with a verb of saying (the quotes
    component also takes "the US pledged $800 million" as indirect speech of the US)."""
    return quote.direct or quote.cue is not None and "report" in lexicon().get(quote.cue.text.lower(), frozenset())


def _reporting_subject(token: Token) -> Token | None:
    """The subject of the nearest verb of saying among the heads above ``token``; "claimed
    the lives of 14,000" says nothing, it kills."""
    while True:
        if "report" in figure_classes(token) and not any(c.dep_ == "dobj" and figure_classes(c) & set(CASUALTIES) for c in token.children):
            return next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if token.head.i == token.i:
            return None
        token = token.head


def _source_name(doc: Doc, head: Token) -> str | None:
    """The canonical name of the entity a source phrase's head belongs to ("He" -> the person
    it stands for), else the phrase up to its head as written (without clauses after it); a
    pronoun's data ("our estimates", "his count") is its owner's, so nobody's when unresolved."""
    entity = _entity_at(doc, [head])
    if entity:
        return entity
    owner = pronoun_owner(head)
    if owner is not None:
        return _entity_at(doc, [owner])
    left = [t for t in head.subtree if t.i <= head.i and t.dep_ != "punct"]
    return text_of(doc)[left[0].idx:head.idx + len(head)]


def _entity_at(doc: Doc, tokens: list[Token]) -> str | None:
    """The canonical name of the first entity of ``doc._.entities`` one of ``tokens`` is in."""
    entities: list[Entity] = doc._.entities or []
    for token in tokens:
        for entity in entities:
            if any(s <= token.idx < e for s, e in entity.mentions):
                return entity.name
    return None


def _donor(doc: Doc, reading: Reading) -> str | None:
    """Who gives the aid: the subject of the giving verb ("the US pledged $800 million",
    "Germany will send 5,000 helmets", or of the verb it depends on: "is set to give"), the
    agent of a passive ("approved by Britain"), or "from X" / "X's" on the aid phrase."""
    givers = [t for c in reading.anchor.children if c.dep_ == "poss" or c.lower_ == "from" for t in c.subtree]
    verb = reading.verb
    while verb is not None and not givers:
        givers = [t for c in verb.children if c.dep_ in ("nsubj", "agent") for t in c.subtree]
        verb = verb.head if verb.dep_ in ("xcomp", "conj") and verb.head.i != verb.i else None
    return _entity_at(doc, givers)
