"""Amounts in the text: digits and words, ranges and qualifiers, as value, low, high and approx."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from sitrep.nlp.figures.words import _alternation, _currencies, _numbers, _qualifiers, _words
from sitrep.nlp.pipeline import RUN_ON_NOUN


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
        rf"(?!(?<!,\d\d\d)[\w$€£]|(?<=,\d\d\d)(?!(?-i:{RUN_ON_NOUN}))[\w$€£]|[.,]\d|-[a-z])",  # "100,000soldiers": see pipeline.RUN_ON_NOUN
        re.IGNORECASE,
    )


def find_amounts(text: str) -> list[Amount]:
    """Every amount in ``text``, ranges merged, in text order."""
    amounts = [a for a in (_amount(m, text) for m in amount_pattern().finditer(text)) if a]
    return _merge_ranges(_corrected(amounts, text), text)


@lru_cache(maxsize=1)
def _scale_word() -> re.Pattern[str]:
    """A scale word after a space ("] billion")."""
    return re.compile(rf"\s+({_alternation(_words('scale'))})\b", re.IGNORECASE)


def _corrected(amounts: list[Amount], text: str) -> list[Amount]:
    """ "over $300 [$30] billion": a transcript's correction in square brackets right after an
    amount replaces it, with the scale written after the bracket; one amount, not two."""
    kept: list[Amount] = []
    for amount in amounts:
        wrong = kept[-1] if kept else None
        if wrong is None or not re.fullmatch(r"\s*\[", text[wrong.end:amount.start]) or text[amount.end:amount.end + 1] != "]":
            kept.append(amount)
            continue
        scale = _scale_word().match(text, amount.end + 1)
        word = scale.group(1) if scale else None
        factor = _numbers()[word.lower()][0] if word else 1.0
        kept[-1] = replace(
            amount, start=wrong.start, end=scale.end() if scale else amount.end + 1, value=_scaled(amount.value, factor),
            scale=amount.scale * factor, approx=wrong.approx, currency=amount.currency or wrong.currency,
        )
    return kept


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
    currency = _currencies().get((m.group("cur").strip().lower(), "prefix")) if m.group("cur") else _suffix_currency(text, m.end(), kind)
    return Amount(
        start=m.start(), end=m.end(), core_start=m.start("cur") if m.group("cur") else m.start("num"),
        value=_scaled(value, scale), kind=kind, approx=approx, currency=currency, scale=scale,
    )


def _scaled(value: float, scale: float) -> float:
    """A number times its scale words, without the binary fraction's dust: "4.1 million" is
    4,100,000, not 4,099,999.9999999995 (a count of people with a fraction is no count)."""
    return round(value * scale, 6) if scale > 1 else value


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


def _suffix_currency(text: str, end: int, kind: str) -> str | None:
    """The currency named after an amount ("500 million euros"); after a vague plural, "of"
    comes between ("billions of dollars", "hundreds of millions of euros")."""
    joint = re.match(r"\s+of\b", text[end:]) if kind == "vague" else None
    end += len(joint.group(0)) if joint else 0
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
            shared_scale = last.scale == 1.0 and last.value * amount.scale <= amount.value  # "between 900,000 and 1.6 million" keeps its own
            low = _scaled(last.value, THOUSAND if _thousands_implied(last, amount) else amount.scale if shared_scale else 1.0)
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
    return bool(re.fullmatch(r"\s+to\s+", between)) and (after_from or first.scale == 1.0 < second.scale or close or _thousands_implied(first, second))


THOUSAND = 1000.0


def _thousands_implied(first: Amount, second: Amount) -> bool:
    """"70 to 80,000 losses", "10 to 15,000": a small number before a round thousand-figure is
    that many thousands, the scale said once, as "2 to 3 million" says it once."""
    return (
        first.scale == second.scale == 1.0 and first.value < THOUSAND and second.value % THOUSAND == 0
        and first.value * THOUSAND < second.value <= 10 * first.value * THOUSAND
    )
