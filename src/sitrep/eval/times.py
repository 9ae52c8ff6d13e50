"""Score temporal expressions against TimeML gold (TempEval-3 .tml files).

Each document is anchored on its creation time (the TIMEX3 with
functionInDocument="CREATION_TIME"), which is itself left out of scoring. Span scores come
strict (same offsets) and relaxed (overlap); value F1 counts a system expression as right
when it overlaps a gold one with the same value (precision over system expressions,
recall over gold ones). The same run scores a baseline, dateparser over spaCy's DATE/TIME
entities, so a figure always comes with what the obvious approach would get.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Literal, TextIO

import dateparser
from spacy.language import Language
from spacy.tokens import Doc

from sitrep.eval.scores import f1, ratio
from sitrep.facts import Time

System = Callable[[Doc, str | None], list[Time]]


@dataclass
class GoldDoc:
    name: str
    group: str  # the sub-folder (TimeBank, AQUAINT) the file came from
    text: str
    anchor: str | None
    times: list[Time]


def read_tml(path: Path, group: str = "") -> GoldDoc:
    """The TEXT of a .tml file as plain text, its in-text TIMEX3s and its creation time."""
    root = ET.parse(path).getroot()
    anchor = None
    for timex in root.iter("TIMEX3"):
        if timex.get("functionInDocument") == "CREATION_TIME":
            anchor = timex.get("value")
    body = root.find("TEXT")
    parts: list[str] = []
    times: list[Time] = []
    if body is not None:
        _flatten(body, parts, times)
    return GoldDoc(path.stem, group, "".join(parts), anchor, times)


def _flatten(element: ET.Element, parts: list[str], times: list[Time]) -> None:
    """Append the element's text to ``parts``, recording TIMEX3 offsets on the way."""
    parts.append(element.text or "")
    for child in element:
        start = sum(map(len, parts))
        _flatten(child, parts, times)
        if child.tag == "TIMEX3":
            end = sum(map(len, parts))
            text = "".join(parts)[start:end]
            times.append(Time(start, end, text, child.get("type", "DATE"), child.get("value", "")))  # type: ignore[arg-type]
        parts.append(child.tail or "")


def read_corpus(directory: str) -> list[GoldDoc]:
    root = Path(directory)
    docs = []
    for path in sorted(root.rglob("*.tml")):
        if path.name.startswith("._"):
            continue
        group = path.parent.relative_to(root).as_posix() if path.parent != root else root.name
        docs.append(read_tml(path, group))
    return docs


def read_files(paths: Iterable[str]) -> list[GoldDoc]:
    """Given .tml files, each grouped under its folder's name."""
    return [read_tml(Path(path), Path(path).parent.name) for path in paths]


Split = Literal["odd", "even", "halves"]


def split_group(docs: list[GoldDoc], split: Split, group: str = "AQUAINT") -> list[GoldDoc]:
    """One half of ``group`` (other groups whole), so a tuning round can keep the other unseen.

    Files of the group are taken in sorted name order; "odd" keeps the 1st, 3rd, ... and
    "even" the 2nd, 4th, .... Each half is scored as its own group ("AQUAINT-odd");
    "halves" keeps both, side by side."""
    members = sorted((d for d in docs if d.group == group), key=lambda d: d.name)
    labelled = [replace(d, group=f"{group}-{'odd' if i % 2 == 0 else 'even'}") for i, d in enumerate(members)]
    kept = [d for d in labelled if split == "halves" or d.group.endswith(split)]
    return [d for d in docs if d.group != group] + kept


def normalise_value(value: str) -> str:
    """Compare values as TIMEX3 means them: "W7" is "W07", "T17" is "T17:00"."""
    value = re.sub(r"-W0?(\d)(?!\d)", r"-W0\1", value.strip())
    return re.sub(r"(T\d\d)$", r"\1:00", value)


@dataclass
class Counts:
    system: int = 0
    gold: int = 0
    strict_sys: int = 0
    strict_gold: int = 0
    relaxed_sys: int = 0
    relaxed_gold: int = 0
    value_sys: int = 0
    value_gold: int = 0

    def add(self, gold: list[Time], system: list[Time]) -> None:
        self.system += len(system)
        self.gold += len(gold)
        for s in system:
            overlapping = [g for g in gold if g.start < s.end and s.start < g.end]
            self.strict_sys += any((g.start, g.end) == (s.start, s.end) for g in overlapping)
            self.relaxed_sys += bool(overlapping)
            self.value_sys += any(_same_value(g, s) for g in overlapping)
        for g in gold:
            overlapping = [s for s in system if g.start < s.end and s.start < g.end]
            self.strict_gold += any((g.start, g.end) == (s.start, s.end) for s in overlapping)
            self.relaxed_gold += bool(overlapping)
            self.value_gold += any(_same_value(g, s) for s in overlapping)

    def scores(self) -> dict[str, float]:
        out: dict[str, float] = {"system": self.system, "gold": self.gold}
        for name in ("strict", "relaxed", "value"):
            p = ratio(getattr(self, f"{name}_sys"), self.system)
            r = ratio(getattr(self, f"{name}_gold"), self.gold)
            out[f"{name}_p"], out[f"{name}_r"] = p, r
            out[f"{name}_f1"] = f1(p, r)
        return out


def _same_value(gold: Time, system: Time) -> bool:
    return normalise_value(gold.value) == normalise_value(system.value)


def sitrep_system(doc: Doc, anchor: str | None) -> list[Time]:
    from sitrep.nlp.times import find_times

    return find_times(doc, anchor)


_BASELINE_FORMATS = {"DATE": "%Y-%m-%d", "TIME": "%Y-%m-%dT%H:%M"}


def baseline_system(doc: Doc, anchor: str | None) -> list[Time]:
    """dateparser over spaCy's DATE/TIME entities: the obvious approach to beat."""
    settings: dict[str, object] = {"RETURN_AS_TIMEZONE_AWARE": False}
    base = _anchor_datetime(anchor)
    if base is not None:
        settings["RELATIVE_BASE"] = base
    out = []
    for ent in doc.ents:
        if ent.label_ not in _BASELINE_FORMATS:
            continue
        parsed = dateparser.parse(ent.text, settings=settings)  # type: ignore[arg-type]
        value = parsed.strftime(_BASELINE_FORMATS[ent.label_]) if parsed else ""
        out.append(Time(ent.start_char, ent.end_char, ent.text, ent.label_, value))  # type: ignore[arg-type]
    return out


def _anchor_datetime(anchor: str | None) -> datetime | None:
    match = re.match(r"(\d{4})-(\d\d)-(\d\d)", anchor or "")
    return datetime(*map(int, match.groups())) if match else None


def _model_pipeline() -> Language:
    import spacy

    from sitrep.nlp.pipeline import MODEL

    return spacy.load(MODEL, exclude=["lemmatizer"])


def evaluate(docs: Iterable[GoldDoc], nlp: Language, systems: dict[str, System]) -> dict:
    """Counts per system and per group, plus how long each system took beside the model."""
    counts: dict[tuple[str, str], Counts] = {}
    seconds = {name: 0.0 for name in ("model", *systems)}
    for gold in docs:
        began = time.perf_counter()
        doc = nlp(gold.text)
        seconds["model"] += time.perf_counter() - began
        for name, system in systems.items():
            began = time.perf_counter()
            found = system(doc, gold.anchor)
            seconds[name] += time.perf_counter() - began
            for group in (gold.group, "all"):
                counts.setdefault((name, group), Counts()).add(gold.times, found)
    result: dict = {"seconds": seconds}
    for (name, group), count in counts.items():
        result.setdefault(name, {})[group] = count.scores()
    return result


def run(directory: str, out: TextIO = sys.stdout, split: Split | None = None, files: Iterable[str] = ()) -> dict:
    """Score sitrep and the baseline on every .tml under ``directory``; print a table.

    ``split`` scores one half of AQUAINT, or both apart (see ``split_group``); ``files``, when
    given, are scored instead of the folder."""
    files = list(files)
    docs = read_files(files) if files else read_corpus(directory)
    if split is not None:
        docs = split_group(docs, split)
    if not docs:
        raise FileNotFoundError(f"no .tml files under {directory}")
    result = evaluate(docs, _model_pipeline(), {"sitrep": sitrep_system, "baseline": baseline_system})
    _print(result, out)
    return result


def _print(result: dict, out: TextIO) -> None:
    header = f"{'system':<9} {'group':<10} {'gold':>5} {'sys':>5}  {'strict P/R/F1':>17}  {'relaxed P/R/F1':>17}  {'value P/R/F1':>17}"
    print(header, file=out)
    for name in ("sitrep", "baseline"):
        groups = sorted(result[name], key=lambda g: (g == "all", g))
        if len(groups) == 2:
            groups = ["all"]  # one group: its row and the total are the same
        for group in groups:
            s = result[name][group]
            cells = "  ".join(
                f"{100 * s[f'{k}_p']:5.1f}/{100 * s[f'{k}_r']:5.1f}/{100 * s[f'{k}_f1']:5.1f}"
                for k in ("strict", "relaxed", "value")
            )
            print(f"{name:<9} {group:<10} {int(s['gold']):>5} {int(s['system']):>5}  {cells}", file=out)
    seconds = result["seconds"]
    share = ratio(seconds["sitrep"], seconds["model"] + seconds["sitrep"])
    print(
        f"time: model {seconds['model']:.1f}s, sitrep_times {seconds['sitrep']:.2f}s "
        f"({100 * share:.1f}% of the pipeline), baseline {seconds['baseline']:.1f}s",
        file=out,
    )


def main(argv: list[str] | None = None) -> None:
    """``python -m sitrep.eval.times DIR [--split odd|even|halves] [--files F.tml ...]``."""
    parser = argparse.ArgumentParser(prog="python -m sitrep.eval.times", description=main.__doc__)
    parser.add_argument("directory", nargs="?", default=".", help="folder of .tml files (searched recursively)")
    parser.add_argument("--split", choices=("odd", "even", "halves"), help="score one half of AQUAINT (or both, apart), by sorted file name")
    parser.add_argument("--files", nargs="+", default=[], metavar="TML", help="score these .tml files instead")
    args = parser.parse_args(argv)
    run(args.directory, split=args.split, files=args.files)


if __name__ == "__main__":
    main()
