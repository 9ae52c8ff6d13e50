"""Agreement between two annotations of the same articles, scored the way sitrep is scored.

Two sets of extract-v1 gold files (matched by article id) are compared with the matching of
``sitrep.eval.facts`` (events: type and overlapping span, shared actor, or same date or place;
figures: category and span or value): the first set plays gold, the second the system. Its F1
is the ceiling a system can be expected to reach against either annotator: a goal above it asks
more of the system than two careful annotators agree on.

    .venv/bin/python -m sitrep.eval.agreement eval/blind19 eval/agreement19
"""

from __future__ import annotations

import json
import sys
from typing import TextIO

from sitrep.eval.facts import _files, _rates, _summed, score_events, score_figures
from sitrep.eval.scores import rate_line


def _by_id(path: str) -> dict[str, dict]:
    return {gold["id"]: gold for gold in (json.loads(f.read_text()) for f in _files([path]))}


def agreement(first: str, second: str, out: TextIO = sys.stdout) -> dict[str, dict[str, float]]:
    """Rates of the second annotation against the first, over the articles both annotated."""
    one, two = _by_id(first), _by_id(second)
    shared = sorted(one.keys() & two.keys())
    if not shared:
        raise SystemExit(f"{first} and {second} share no article id")
    events = _summed([score_events(one[i]["events"], two[i]["events"]) for i in shared])
    figures = _summed([score_figures(one[i]["figures"], two[i]["figures"]) for i in shared])
    report = {"figures": _rates(figures), "events": _rates(events)}
    print(f"{second} against {first}: {len(shared)} articles", file=out)
    for kind, rates in report.items():
        print("  " + rate_line(kind, rates), file=out)
    return report


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit("usage: python -m sitrep.eval.agreement FIRST_DIR SECOND_DIR")
    agreement(sys.argv[1], sys.argv[2])
