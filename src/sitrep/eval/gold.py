"""`sitrep eval gold GOLD.json...`: score `sitrep extract` against extract-v1 gold files.

Scored leniently, as the annotation guide says: spans match when they overlap (each gold and
each system fact used once), then the values that matter for each kind are compared on the
matched pairs. Each gold file carries its text, so the article is rebuilt from it exactly
as the text reader would read it.
"""

from __future__ import annotations

import json
import math
import sys
from collections import defaultdict
from pathlib import Path
from collections.abc import Callable
from typing import Any, TextIO

from sitrep.eval.scores import f1, rate_line, ratio
from sitrep.nlp.extract import extract
from sitrep.sources.text import parse_text

KINDS = ("times", "places", "quotes", "figures", "events")


def attribute_checks(kind: str) -> dict[str, Any]:
    """For each kind, what is compared on matched pairs, as gold value -> system value -> bool."""
    return {
        "times": {"value": lambda g, s: g["value"] == s["value"]},
        "places": {"within_161km": lambda g, s: _km(g, s) <= 161, "geonameid": lambda g, s: g.get("geonameid") == s.get("geonameid")},
        "quotes": {"speaker": lambda g, s: _name(g.get("speaker")) == _name(s.get("speaker")), "direct": lambda g, s: g["direct"] == s["direct"]},
        "figures": {"category": lambda g, s: g["category"] == s["category"], "value": lambda g, s: g["value"] == s["value"]},
        "events": {"type": lambda g, s: g["type"] == s["type"], "status": lambda g, s: g["status"] == s["status"]},
    }[kind]


def match(
    gold: list[dict], system: list[dict], same: Callable[[dict, dict], bool] | None = None, overlap: bool = True
) -> list[tuple[dict, dict]]:
    """Greedy one-to-one pairing of overlapping spans, largest overlap first.

    ``same`` restricts the pairs (e.g. to facts of one type); with ``overlap=False`` the
    spans need not overlap and any qualifying pair will do (matching by attributes).
    """
    candidates = sorted(
        ((_closeness(g, s, overlap), i, j) for i, g in enumerate(gold) for j, s in enumerate(system) if same is None or same(g, s)),
        reverse=True,
    )
    used_gold, used_system, pairs = set(), set(), []
    for overlap, i, j in candidates:
        if overlap > 0 and i not in used_gold and j not in used_system:
            used_gold.add(i)
            used_system.add(j)
            pairs.append((gold[i], system[j]))
    return pairs


def _closeness(gold: dict, system: dict, overlap: bool) -> int:
    """Characters the spans share; without ``overlap`` every pair qualifies equally."""
    return min(gold["end"], system["end"]) - max(gold["start"], system["start"]) if overlap else 1


def score_document(gold: dict, system: dict) -> dict[str, dict[str, int]]:
    counts: dict[str, dict[str, int]] = {}
    for kind in KINDS:
        pairs = match(gold[kind], system[kind])
        tally = {"gold": len(gold[kind]), "system": len(system[kind]), "matched": len(pairs)}
        for name, check in attribute_checks(kind).items():
            tally[name] = sum(1 for g, s in pairs if check(g, s))
        counts[kind] = tally
    counts["entities"] = _entity_counts(gold, system)
    return counts


def _entity_counts(gold: dict, system: dict) -> dict[str, int]:
    """Mentions found, and gold entities whose mentions land in one system entity of the same name."""
    def mentions(doc: dict) -> list[dict]:
        return [{"start": s, "end": e, "entity": ent["name"]} for ent in doc["entities"] for s, e in ent["mentions"]]

    pairs = match(mentions(gold), mentions(system))
    by_gold: dict[str, set[str]] = defaultdict(set)
    for g, s in pairs:
        by_gold[g["entity"]].add(s["entity"])
    whole = sum(1 for name, found in by_gold.items() if found == {name})
    return {"gold": len(mentions(gold)), "system": len(mentions(system)), "matched": len(pairs),
            "entities_gold": len(gold["entities"]), "entities_whole_and_named": whole}


def run(paths: str | list[str], out: TextIO = sys.stdout) -> dict[str, dict[str, float]]:
    files = sorted(Path(p) for p in ([paths] if isinstance(paths, str) else paths))
    files = [f for p in files for f in (sorted(p.glob("*.json")) if p.is_dir() else [p])]
    golds = [json.loads(f.read_text()) for f in files]
    articles = [parse_text(g["text"], g["id"]) for g in golds]
    totals: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for gold, document in zip(golds, extract(articles)):
        for kind, tally in score_document(gold, document.to_json()).items():
            for key, value in tally.items():
                totals[kind][key] += value
    report = {kind: _rates(tally) for kind, tally in totals.items()}
    print(f"gold files: {len(files)}", file=out)
    for kind, rates in report.items():
        print(rate_line(kind, rates, width=9), file=out)
    return report


def _rates(tally: dict[str, int]) -> dict[str, float]:
    precision, recall = ratio(tally["matched"], tally["system"]), ratio(tally["matched"], tally["gold"])
    rates: dict[str, float] = {"gold": tally["gold"], "P": precision, "R": recall,
                               "F1": f1(precision, recall)}
    for key, value in tally.items():
        if key not in ("gold", "system", "matched", "entities_gold"):
            denominator = tally["entities_gold"] if key == "entities_whole_and_named" else tally["matched"]
            rates[f"{key}_acc"] = value / denominator if denominator else 0.0
    return rates


def _name(speaker: dict | None) -> str | None:
    name = (speaker or {}).get("name")
    return name.lower().removeprefix("the ").strip() if name else None


def _km(a: dict, b: dict) -> float:
    if None in (a.get("lat"), a.get("lon"), b.get("lat"), b.get("lon")):
        return math.inf
    lat1, lon1, lat2, lon2 = map(math.radians, (a["lat"], a["lon"], b["lat"], b["lon"]))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h))
