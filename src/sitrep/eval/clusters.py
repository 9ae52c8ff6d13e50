"""Story clustering benchmark: B-cubed scores of headline clusters against event labels.

placeholder
"""

from __future__ import annotations

import csv
import io
import sys
import zipfile
from collections import Counter, defaultdict
from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TextIO

DEFAULT_PATH = Path(__file__).resolve().parents[3].parent / "shared" / "data" / "ruwa-ukraine-war-links-2022"


@dataclass(frozen=True)
class Labelled:
    """One headline with its outlet, day and gold event."""

    title: str
    desc: str
    site: str
    day: date
    event: str


def bcubed(gold: Sequence[Hashable], predicted: Sequence[Hashable]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 (Bagga & Baldwin 1998; Amigó et al. 2009).

    For each item, precision is the share of its predicted cluster that shares its gold
    label, recall the share of its gold class that shares its predicted cluster; both are
    averaged over items, so big classes weigh as much as their members.
    """
    if len(gold) != len(predicted):
        raise ValueError("gold and predicted label lists differ in length")
    if not gold:
        return 0.0, 0.0, 0.0
    joint = Counter(zip(gold, predicted))
    gold_size, pred_size = Counter(gold), Counter(predicted)
    precision = sum(n * n / pred_size[p] for (g, p), n in joint.items()) / len(gold)
    recall = sum(n * n / gold_size[g] for (g, p), n in joint.items()) / len(gold)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def read_ruwa(path: Path) -> list[Labelled]:
    """Rows of the RUWA zip (or its CSV) with a title or subheading and an event label.

    Rows with neither text nor label are noise the benchmark skips, as its issue asks.
    """
    if path.is_dir():
        found = sorted(path.glob("*.zip")) or sorted(path.glob("*.csv"))
        if not found:
            raise FileNotFoundError(f"{path}: no .zip or .csv")
        path = found[0]
    if path.suffix == ".zip":
        with zipfile.ZipFile(path) as archive:
            name = next(n for n in archive.namelist() if n.endswith(".csv") and not n.startswith("__MACOSX"))
            text = archive.read(name).decode("utf-8")
    else:
        text = path.read_text(encoding="utf-8")
    rows = []
    for row in csv.DictReader(io.StringIO(text)):
        title, desc, event = (row.get(k, "").strip() for k in ("title", "desc", "Event"))
        if not (title or desc) or not event:
            continue
        month, dd, year = (int(x) for x in row["Date"].split("/"))
        rows.append(Labelled(title, desc, row["Site"], date(year, month, dd), event))
    return rows
