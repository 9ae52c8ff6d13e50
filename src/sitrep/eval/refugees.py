"""Refugee figures against UNHCR: how close are the counts sitrep reads in the news?

``run(data_dir)`` extracts every article of ``DATA_DIR/ukraine-news-*`` with the full
pipeline, keeps the refugee figures that name a host country and hold on a date inside
UNHCR's window (``DATA_DIR/unhcr-ukraine-refugees-march2022``: cumulative arrivals per
neighbouring country, data dates 8-26 March 2022), and sets each beside UNHCR's value for
that country on the nearest data date. The relative gap is (extracted - UNHCR) / UNHCR;
news figures round, lag and sometimes quote national border guards, so gaps are expected
and reported as they are, per figure and in summary (median absolute gap, share within
10% and 25%). Identical (country, date, value) triples count once: the news folders
overlap, and one article read twice is no second witness.

    .venv/bin/python -m sitrep.eval.refugees [DATA_DIR] [--processes N]
"""

import argparse
import csv
import statistics
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TextIO

from sitrep.facts import Article, Document, Figure
from sitrep.nlp.extract import extract
from sitrep.nlp.gazetteer import load
from sitrep.sources import read_inputs

UNHCR_FOLDER = "unhcr-ukraine-refugees-march2022"
NEWS_GLOB = "ukraine-news-*"


@dataclass(frozen=True)
class Snapshot:
    """UNHCR's cumulative count of arrivals in one country on one data date."""

    country: str  # ISO 3166-1 alpha-2
    day: date
    individuals: int


@dataclass(frozen=True)
class Comparison:
    article: str
    figure: Figure
    country: str
    day: date
    unhcr: Snapshot

    @property
    def gap(self) -> float:
        return (self.figure.value - self.unhcr.individuals) / self.unhcr.individuals


def read_unhcr(folder: Path) -> list[Snapshot]:
    """Per-country snapshots, one per (country, data date); rows not naming one country
    ("Other European countries") have no host to compare with and are left out."""
    gazetteer = load()
    found: dict[tuple[str, date], int] = {}
    for path in sorted(folder.glob("*.csv")):
        with path.open(newline="", encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                country = _country_code(gazetteer, row["country"])
                if country and row["admin_level"] == "Country":
                    found[(country, date.fromisoformat(row["data_date"]))] = int(row["individuals"])
    return [Snapshot(c, d, n) for (c, d), n in sorted(found.items())]


def _country_code(gazetteer, name: str) -> str | None:
    return next((m.place.country for m in gazetteer.lookup(name) if m.place.kind == "country"), None)


def nearest(snapshots: list[Snapshot], country: str, day: date) -> Snapshot | None:
    """UNHCR's value for ``country`` on the data date nearest ``day`` (the later one on a tie)."""
    own = [s for s in snapshots if s.country == country]
    return min(own, key=lambda s: (abs((s.day - day).days), -s.day.toordinal()), default=None)


def window(snapshots: list[Snapshot]) -> tuple[date, date]:
    days = [s.day for s in snapshots]
    return min(days), max(days)


def refugee_figures(documents: list[Document]) -> list[tuple[str, Figure]]:
    return [(d.id, f) for d in documents for f in d.figures if f.category == "refugees"]


def compare(figures: list[tuple[str, Figure]], snapshots: list[Snapshot], slack_days: int = 1) -> list[Comparison]:
    """Figures with a host country and a full as_of date within the window (plus ``slack_days``
    after it: UNHCR's data date trails the day the news reports it), once per triple."""
    first, last = window(snapshots)
    seen: set[tuple[str, date, float]] = set()
    rows: list[Comparison] = []
    for article, figure in figures:
        day = _day(figure.as_of)
        place = figure.place
        if day is None or place is None or place.kind != "country" or not place.country or figure.value is None:
            continue
        if not first <= day <= date.fromordinal(last.toordinal() + slack_days):
            continue
        unhcr = nearest(snapshots, place.country, day)
        key = (place.country, day, figure.value)
        if unhcr is None or key in seen:
            continue
        seen.add(key)
        rows.append(Comparison(article, figure, place.country, day, unhcr))
    return rows


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None  # XXXX-03-02, 2022-W12: no day to compare on


def summary(rows: list[Comparison], n_documents: int, n_refugee: int) -> dict:
    gaps = [abs(r.gap) for r in rows]
    return {
        "documents": n_documents,
        "refugee_figures": n_refugee,
        "compared": len(rows),
        "median_abs_gap": statistics.median(gaps) if gaps else None,
        "median_gap": statistics.median(r.gap for r in rows) if rows else None,
        "within_10": sum(g <= 0.10 for g in gaps) / len(gaps) if gaps else None,
        "within_25": sum(g <= 0.25 for g in gaps) / len(gaps) if gaps else None,
        "rows": [
            {"article": r.article, "text": r.figure.text, "country": r.country, "as_of": r.day.isoformat(),
             "value": r.figure.value, "approx": r.figure.approx, "unhcr": r.unhcr.individuals,
             "unhcr_date": r.unhcr.day.isoformat(), "gap": r.gap}
            for r in rows
        ],
    }


def print_report(result: dict, out: TextIO) -> None:
    print(f"{'country':<7} {'as_of':<10} {'extracted':>12} {'approx':<9} {'UNHCR':>10} {'UNHCR date':<10} {'gap':>8}  figure", file=out)
    for row in sorted(result["rows"], key=lambda r: (r["country"], r["as_of"])):
        print(f"{row['country']:<7} {row['as_of']:<10} {row['value']:>12,.0f} {row['approx']:<9} {row['unhcr']:>10,} "
              f"{row['unhcr_date']:<10} {row['gap']:>+8.1%}  {row['text']!r} ({Path(row['article']).name})", file=out)
    print(f"\n{result['documents']} articles, {result['refugee_figures']} refugee figures, "
          f"{result['compared']} with a host country and a date in UNHCR's window", file=out)
    if result["compared"]:
        print(f"median |gap| {result['median_abs_gap']:.1%} (signed median {result['median_gap']:+.1%}); "
              f"within 10%: {result['within_10']:.0%}, within 25%: {result['within_25']:.0%}", file=out)


def run(data_dir: str = "/work/shared/data", out: TextIO = sys.stdout, n_process: int = 1) -> dict:
    """Extract, compare, print the table and summary; return the summary with its rows."""
    root = Path(data_dir)
    snapshots = read_unhcr(root / UNHCR_FOLDER)
    inputs = [str(p) for p in sorted(root.glob(NEWS_GLOB))]
    articles = [a for a in read_inputs(inputs) if isinstance(a, Article)]
    documents = [d for d in extract(articles, n_process=n_process) if isinstance(d, Document)]
    figures = refugee_figures(documents)
    result = summary(compare(figures, snapshots), len(documents), len(figures))
    print_report(result, out)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", nargs="?", default="/work/shared/data")
    parser.add_argument("--processes", type=int, default=1, help="worker processes for extraction")
    args = parser.parse_args(argv)
    run(args.data_dir, n_process=args.processes)
    return 0


if __name__ == "__main__":
    sys.exit(main())
