"""`sitrep eval facts GOLD...`: score figures and events against extract-v1 gold or the dev set.

Figures and events are what the briefing is made of, so they get their own, more forgiving
matching than ``sitrep eval gold``: an analyst and the system often mark different words for
one happening. A figure matches on category plus value or overlapping span; an event on type
plus overlapping span, else type plus a shared actor, else type plus date or place. Matched
pairs are then checked for place and as_of (figures), status and actors (events).

Gold files carry their text. Dev-set files (``eval/dev/*.json``) carry only offsets and
labels and point at an article in ``../shared/data``; each says whether it is ``tuned`` or
``unseen`` (never inspected for errors), and the report gives both parts separately.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

from spacy.language import Language

from sitrep.eval.gold import _rates, match
from sitrep.eval.scores import rate_line
from sitrep.facts import Article
from sitrep.nlp import gazetteer
from sitrep.nlp.countries import code_of, country_of_demonym
from sitrep.nlp.entities import fold
from sitrep.nlp.gazetteer import strip_division, translit_key
from sitrep.nlp.extract import extract
from sitrep.sources.errors import ReadError
from sitrep.sources.text import parse_text

DATA = Path(__file__).resolve().parents[3].parent / "shared" / "data"
Pair = tuple[dict, dict]


def run(paths: str | list[str], out: TextIO = sys.stdout, nlp: Language | None = None) -> dict[str, dict[str, dict[str, float]]]:
    """Score every gold file under ``paths``; rates per part (gold, tuned, unseen) and kind."""
    files = _files([paths] if isinstance(paths, str) else paths)
    golds = [json.loads(f.read_text()) for f in files]
    totals: dict[str, dict[str, dict[str, int]]] = defaultdict(lambda: defaultdict(lambda: defaultdict(int)))
    for gold, document in zip(golds, extract([article(g) for g in golds], nlp=nlp)):
        if isinstance(document, ReadError):
            print(f"{document} (scored as finding nothing)", file=sys.stderr)
        system = {"figures": [], "events": []} if isinstance(document, ReadError) else document.to_json()
        for kind, tally in (("figures", score_figures(gold["figures"], system["figures"])), ("events", score_events(gold["events"], system["events"]))):
            for key, value in tally.items():
                totals[gold.get("split", "gold")][kind][key] += value
    report = {part: {kind: _rates(tally) for kind, tally in kinds.items()} for part, kinds in totals.items()}
    parts = [p for p in totals if p != "gold"]
    if len(parts) > 1:  # the annotated parts as one sample (the seeds' own gold stays apart)
        report["pooled"] = {kind: _rates(_summed([totals[p][kind] for p in parts])) for kind in ("figures", "events")}
    for part, kinds in sorted(report.items()):
        count = sum(1 for g in golds if g.get("split", "gold") in (parts if part == "pooled" else [part]))
        print(f"{part}: {count} articles" + (f" ({', '.join(sorted(parts))})" if part == "pooled" else ""), file=out)
        for kind, rates in kinds.items():
            print("  " + rate_line(kind, rates), file=out)
    return report


def _summed(tallies: list[dict[str, int]]) -> dict[str, int]:
    summed: dict[str, int] = defaultdict(int)
    for tally in tallies:
        for key, value in tally.items():
            summed[key] += value
    return summed


def _files(paths: list[str]) -> list[Path]:
    found = [Path(p) for p in paths]
    return [f for p in sorted(found) for f in (sorted(p.glob("*.json")) if p.is_dir() else [p])]


def article(gold: dict[str, Any]) -> Article:
    """The article a gold file is about: its own text, or the dev set's record in ../shared/data."""
    if "text" in gold:
        return parse_text(gold["text"], gold["id"])
    return Article(id=gold["id"], text=source_text(gold["source"]), published=gold.get("published"))


def source_text(source: dict[str, Any]) -> str:
    """The text of one record: a JSON Lines record by ``id``, or a CSV row by number."""
    path = DATA / source["file"]
    if not path.exists():
        raise FileNotFoundError(f"{path} is absent: the dev set reads its texts from ../shared/data")
    if path.suffix == ".jsonl":
        with path.open() as lines:
            return next(json.loads(line)["text"] for line in lines if json.loads(line)["id"] == source["id"])
    csv.field_size_limit(sys.maxsize)
    with path.open(newline="") as handle:
        row = list(csv.DictReader(handle))[source["row"]]
    return row.get("articles") or row.get("Text") or ""


def tiers(gold: list[dict], system: list[dict], rules: list[tuple[Callable[[dict, dict], bool], bool]]) -> list[Pair]:
    """Pair facts rule by rule (predicate, spans must overlap), each fact used once overall."""
    pairs: list[Pair] = []
    for same, overlap in rules:
        left = [g for g in gold if not any(g is p[0] for p in pairs)]
        right = [s for s in system if not any(s is p[1] for p in pairs)]
        pairs += match(left, right, same, overlap)
    return pairs


def score_figures(gold: list[dict], system: list[dict]) -> dict[str, int]:
    """Category + (overlapping span or equal value); then place and as_of on the matches."""
    category = lambda g, s: g["category"] == s["category"]  # noqa: E731
    pairs = tiers(gold, system, [(category, True), (lambda g, s: category(g, s) and g["value"] == s["value"], False)])
    return {"gold": len(gold), "system": len(system), "matched": len(pairs),
            "place": sum(same_place(g["place"], s["place"]) for g, s in pairs),
            "as_of": sum(g.get("as_of") == s.get("as_of") for g, s in pairs)}


def score_events(gold: list[dict], system: list[dict]) -> dict[str, int]:
    """Type + (overlapping span, a shared actor, or the same date or place); then status and actors."""
    kind = lambda g, s: g["type"] == s["type"]  # noqa: E731
    rules = [
        (kind, True),
        (lambda g, s: kind(g, s) and shared_party(g["actors"], s["actors"]), False),
        (lambda g, s: kind(g, s) and ((g["date"] and g["date"] == s["date"]) or (g["place"] and same_place(g["place"], s["place"]))), False),
    ]
    pairs = tiers(gold, system, rules)
    return {"gold": len(gold), "system": len(system), "matched": len(pairs),
            "status": sum(g["status"] == s["status"] for g, s in pairs),
            "actors": sum(same_parties(g["actors"], s["actors"]) for g, s in pairs)}


def norm(name: str | None) -> str:
    """Names compared as the contract says: case-folded (accents and a typographic apostrophe
    too: "Orbán" ~ "Orban", "Ukraine’s" ~ "Ukraine's"), without a leading "the" or dots."""
    return fold((name or "").replace("’", "'")).replace(".", "").removeprefix("the ").strip()


def _party_names(parties: list[dict]) -> set[str]:
    return {norm(p.get("name")) for p in parties if p.get("name")}


def shared_party(gold: list[dict], system: list[dict]) -> bool:
    """At least one party named alike: one name's words a run of the other's, spelt alike or in
    another romanisation, as places are compared ("Volodymyr Zelenskiy" ~ "Zelensky": the system
    keeps the article's spelling, a gold file may hold another); a possessive folded and a
    demonym before a noun read as its country ("Russia" ~ "Russia's army" ~ "Russian forces"), and
    so a people named alone in the plural ("Russians"); or a name's initials ("EU" ~ "European
    Union"). Whole words only, so a name is not a longer name it begins ("Niger" ~ "Nigeria"), nor
    the name a compass word makes another place of ("Sudan" ~ "South Sudan")."""
    pairs = [(_words(a), _words(b)) for a in _party_names(gold) for b in _party_names(system)]
    return any(_run_of(x, y) or _run_of(y, x) for a, b in pairs for x, y in ((a, b), (_romanised(a), _romanised(b))))


# "North Korea", "South Sudan", "East Timor", "West Bank": a compass word before a name names
# another place than the name alone.
COMPASS = frozenset({"north", "south", "east", "west"})


def _words(name: str) -> list[str]:
    """A normed name's words, a possessive "'s" dropped ("russia's army": russia, army) and a
    demonym before another word read as its country ("russian army": russia, army): a country's
    forces or ministry are the country as its possessive is. So is a people named alone in the
    plural ("russians": russia): an actor "the Russians" who shelled a town is Russia's side. Not
    a demonym alone in the singular ("Georgian", an adjective the parser left without its noun),
    nor a country's name that begins another's ("niger" stays, not "nigeria")."""
    words = re.findall(r"\w+", re.sub(r"'s\b", "", name))
    if len(words) == 1 and _plural_demonym(words[0]):
        return _country_words(words[0].removesuffix("s"))
    return [w for i, word in enumerate(words) for w in (_country_words(word) if i < len(words) - 1 else [word])]


def _plural_demonym(word: str) -> bool:
    """Whether a word is a people's name in the plural ("ukrainians", "poles"): a demonym with an
    "s" after it, and no country's name ("philippines"). A demonym in "-i" holds its country's
    name whole ("israelis", "iraqis"), for the looser stem rule would read a given name so
    ("Canadis": "canadi" ~ Canada)."""
    singular = word.removesuffix("s")
    country = country_of_demonym(singular) if word != singular and code_of(word) is None else None
    return country is not None and (not singular.endswith("i") or singular.startswith(norm(country).split()[0]))


def _country_words(word: str) -> list[str]:
    """The words of the country a demonym names ("american": united, states), else the word."""
    country = None if code_of(word) is not None else country_of_demonym(word)
    return norm(country).split() if country else [word]


def _run_of(inner: list[str], outer: list[str]) -> bool:
    """Whether ``inner`` occurs in ``outer`` as consecutive whole words, not after a compass word,
    or is the initials of all of it ("eu" ~ "european union", "un" ~ "united nations")."""
    n = len(inner)
    if n == 1 and len(outer) > 1 and inner[0] == "".join(word[0] for word in outer):
        return True
    return n > 0 and any(outer[i:i + n] == inner and (i == 0 or outer[i - 1] not in COMPASS) for i in range(len(outer) - n + 1))


def _romanised(words: list[str]) -> list[str]:
    """A name's words by their transliteration keys (``translit_key``); a word of under four
    letters as it is spelt, since its key is shared by other short names ("Lee" ~ "Li",
    "Tom" ~ "Tim"), and a compass word too, so that it still makes another place."""
    return [translit_key(word) if len(word) >= 4 and word not in COMPASS else word for word in words]


def same_parties(gold: list[dict], system: list[dict]) -> bool:
    """Actors right: both none, or a shared party."""
    return (not gold and not system) or shared_party(gold, system)


def same_place(gold: dict | None, system: dict | None) -> bool:
    """Same place by name (one inside the other: "Luhansk" ~ "Luhansk Oblast"; spellings of one
    name transliterated alike: "Vinnytsia" ~ "Vinnytsya"; one division by two division words:
    "Vale region" ~ "Vale Oblast"), or both none."""
    if not gold or not system:
        return not gold and not system
    names = [norm(gold["name"]), norm(system["name"])]
    keys = [translit_key(name) for name in names]
    bases = [strip_division(name) or name for name in names]  # "Vale region" ~ "Vale Oblast"
    return any(a in b or b in a for a, b in (names, keys)) or bases[0] == bases[1] or _named_alike(gold["name"], system)


def _named_alike(name: str, system: dict) -> bool:
    """The gold name is one of the gazetteer's names for the system's place: gold files hold
    the name as the article spells it ("Eastport"), the system GeoNames' own spelling
    ("Iestport")."""
    site = system.get("geonameid")
    return site is not None and any(m.place.geonameid == site for m in gazetteer.load().lookup(name))
