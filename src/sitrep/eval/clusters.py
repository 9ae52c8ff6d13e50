"""Story clustering benchmark: B-cubed scores of headline clusters against event labels.

``run(path)`` reads the RUWA links dataset (headlines and subheadings from nine outlets,
each row labelled with one of nine long-running war stories), clusters the rows with
:func:`sitrep.fuse.stories.cluster` exactly as sitrep fuses stories across outlets, and
prints B-cubed precision, recall and F1 on three parts:

* ``tuning``: rows dated in odd months, the only part the default thresholds of
  :class:`sitrep.fuse.stories.Settings` were chosen on;
* ``held-out``: rows dated in even months, never looked at while tuning;
* ``all``: every row, clustered in one run.

Each part is clustered on its own, and beside the system two trivial references show how
to read the figure: everything in one cluster (recall 1, precision = how mixed the labels
are) and one cluster per day. The labels are coarse (one "event" spans months of
coverage) and noisy (rows matched by a keyword search), so B-cubed recall rewards huge
clusters and precision is capped well below 1 by the labelling itself.

    PYTHONPATH=src python -m sitrep.eval.clusters ../shared/data/ruwa-ukraine-war-links-2022
"""

from __future__ import annotations

import csv
import io
import sys
import zipfile
import time
from collections import Counter
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TextIO

from sitrep.eval.scores import f1
from sitrep.fuse.stories import Report, cluster

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
    return precision, recall, f1(precision, recall)


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


def _parts(rows: Sequence[Labelled]) -> dict[str, list[int]]:
    """Row indices of the tuning part (odd months), the held-out part (even months), all."""
    return {
        "tuning": [i for i, r in enumerate(rows) if r.day.month % 2 == 1],
        "held-out": [i for i, r in enumerate(rows) if r.day.month % 2 == 0],
        "all": list(range(len(rows))),
    }


def _systems() -> dict[str, Callable[[list[Labelled]], list[Hashable]]]:
    """The system and the two references, each mapping rows to cluster ids."""
    return {
        "sitrep stories": lambda rows: cluster([Report(f"{r.title} {r.desc}".strip(), r.day) for r in rows]),
        "all in one cluster": lambda rows: [0] * len(rows),
        "one cluster per day": lambda rows: [r.day for r in rows],
    }


def run(path: str | Path | None = None, out: TextIO = sys.stdout) -> dict:
    """Print and return B-cubed scores per part and system (empty when the data is absent)."""
    path = Path(path) if path else DEFAULT_PATH
    if not path.exists():
        print(f"clusters: {path} is absent; skipping (RUWA, see ../shared/data)", file=out)
        return {}
    rows = read_ruwa(path)
    print(f"RUWA: {len(rows)} labelled rows with text, {len({r.site for r in rows})} outlets, "
          f"{len({r.event for r in rows})} events", file=out)
    print(f"{'part':9} {'system':20} {'rows':>6} {'clusters':>8} {'P':>6} {'R':>6} {'F1':>6} {'secs':>6}", file=out)
    results: dict = {}
    for part, indices in _parts(rows).items():
        subset = [rows[i] for i in indices]
        gold = [r.event for r in subset]
        for name, system in _systems().items():
            start = time.perf_counter()
            predicted = system(subset)
            seconds = time.perf_counter() - start
            precision, recall, f1 = bcubed(gold, predicted)
            results.setdefault(part, {})[name] = {
                "rows": len(subset), "clusters": len(set(predicted)),
                "precision": precision, "recall": recall, "f1": f1, "seconds": seconds,
            }
            print(f"{part:9} {name:20} {len(subset):6} {len(set(predicted)):8} "
                  f"{precision:6.3f} {recall:6.3f} {f1:6.3f} {seconds:6.1f}", file=out)
    return results


if __name__ == "__main__":
    run(sys.argv[1] if len(sys.argv) > 1 else None)
