"""Quote attribution benchmark: sitrep_quotes and textacy's direct quotations on PolNeAR.

``run(path)`` reads a PolNeAR split in BRAT standoff (``text/*.txt`` and
``attributions/*_<annotator>.ann``; a text several annotators did counts once, with the
first annotator's file by name), runs the ``sitrep_quotes`` pipeline and, on the same parse,
textacy's ``direct_quotations`` as the off-the-shelf baseline, and prints and returns:

* content precision/recall/F1 over all attributions: a predicted attribution matches a gold
  one when their content overlaps by at least half of the shorter (one-to-one, largest
  overlaps first). sitrep writes a quote split by its cue, and a quoted phrase inside an
  indirect quote, as several quotes sharing one cue; they are one attribution here, as in
  PolNeAR;
* direct recall: the share of gold contents in quotation marks that are matched;
* speaker accuracy over matched attributions whose gold source is more than a pronoun:
  right when the predicted speaker mention overlaps the gold source, or the predicted
  canonical name's last word (before a "Jr." or "III") is a word of the gold source ("Donald
  Trump" for "Mr. Trump").

    .venv/bin/python -m sitrep.eval.quotes ../shared/data/polnear/dev
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

import numpy as np
import spacy
from scipy.optimize import linear_sum_assignment
from spacy.language import Language
from spacy.tokens import Doc

from sitrep.eval.scores import f1, ratio
from sitrep.facts import Quote
from sitrep.nlp import entities as _entities, places as _places, quotes as _quotes  # noqa: F401  (factories)
from sitrep.nlp.entities import fold
from sitrep.nlp.pipeline import MODEL

PRONOUNS = {
    "i", "me", "we", "us", "you", "he", "him", "his", "she", "her", "it", "its", "they", "them",
    "their", "who", "whom", "which", "that", "this", "these", "those", "one",
}
SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}  # "Joseph Biden Jr." is "Mr. Biden": his surname is the word before
QUOTE_CHARS = "\"“”'‘’`«»„"

Spans = tuple[tuple[int, int], ...]


@dataclass
class Attribution:
    """One attribution, gold or predicted: content spans, the source mention and name."""

    content: Spans
    source: tuple[int, int] | None
    name: str | None = None
    direct: bool = False


def read_polnear(path: Path) -> Iterator[tuple[str, list[Attribution]]]:
    """(text, gold attributions) for each text of a split, one annotator per text."""
    seen: set[str] = set()
    for ann in sorted((path / "attributions").glob("*.ann")):
        stem = re.sub(r"_[0-9a-z]+$", "", ann.stem)
        if stem in seen:
            continue
        seen.add(stem)
        text = (path / "text" / f"{stem}.txt").read_text(encoding="utf-8")
        yield text, _read_ann(ann.read_text(encoding="utf-8"), text)


def _read_ann(ann: str, text: str) -> list[Attribution]:
    spans: dict[str, Spans] = {}
    gold = []
    for line in ann.splitlines():
        fields = line.split("\t")
        if len(fields) < 2:
            continue  # the rest of a span text that held a line break
        if fields[0].startswith("T"):
            _, offsets = fields[1].split(" ", 1)
            spans[fields[0]] = tuple(tuple(int(x) for x in part.split()) for part in offsets.split(";"))
        elif fields[0].startswith("E"):
            roles = dict(role.split(":") for role in fields[1].split())
            content = spans.get(roles.get("Content", ""))
            source = spans.get(roles.get("Source", ""))
            if content:
                direct = any(_marked(text, start, end) for start, end in content)
                src = (source[0][0], source[-1][1]) if source else None
                gold.append(Attribution(content, src, text[src[0]:src[1]] if src else None, direct))
    return gold


def _marked(text: str, start: int, end: int) -> bool:
    """A content in quotation marks: one at its edge, inside or just outside."""
    inner = text[start:end].strip()
    outside = text[max(0, start - 1):start]
    return bool(inner) and (inner[0] in QUOTE_CHARS or outside in tuple(QUOTE_CHARS))


def sitrep_attributions(quotes: list[Quote]) -> list[Attribution]:
    """Group quotes sharing a cue into one attribution, as PolNeAR has them."""
    groups: dict[object, list[Quote]] = {}
    for quote in quotes:
        if quote.speaker is None and quote.cue is None and not quote.direct:
            continue
        key = (quote.cue.start, quote.cue.end) if quote.cue else ("alone", quote.start)
        groups.setdefault(key, []).append(quote)
    found = []
    for group in groups.values():
        speaker = group[0].speaker
        source = (speaker.start, speaker.end) if speaker and speaker.start is not None else None
        found.append(Attribution(
            tuple((q.start, q.end) for q in group), source, speaker.name if speaker else None, any(q.direct for q in group)
        ))
    return found


def textacy_attributions(doc: Doc) -> list[Attribution]:
    """textacy's direct quotations as attributions; none where textacy refuses the text."""
    from textacy.extract.triples import direct_quotations

    try:
        triples = list(direct_quotations(doc))
    except ValueError:  # textacy bails out of a text with an odd number of quote marks
        return []
    found = []
    for triple in triples:
        content = ((triple.content.start_char, triple.content.end_char),)
        speaker = triple.speaker
        source = (speaker[0].idx, speaker[-1].idx + len(speaker[-1])) if speaker else None
        found.append(Attribution(content, source, " ".join(t.text for t in speaker) if speaker else None, True))
    return found


# -- scoring ------------------------------------------------------------------------------


def _length(spans: Spans) -> int:
    return sum(end - start for start, end in spans)


PAIR_WEIGHT = 1e9  # larger than any overlap in characters


def _overlap(a: Spans, b: Spans) -> int:
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)


def match(gold: list[Attribution], predicted: list[Attribution]) -> list[tuple[Attribution, Attribution]]:
    """One-to-one pairs overlapping by at least half the shorter content: as many pairs as
    the spans allow, then the largest overlaps. An optimal assignment, not a greedy one: a
    long content holding a nested attribution ("criticized X, which he argued ...") must not
    take the nested gold span and leave its own unmatched."""
    if not gold or not predicted:
        return []
    weights = np.zeros((len(gold), len(predicted)))
    for i, g in enumerate(gold):
        for j, p in enumerate(predicted):
            overlap = _overlap(g.content, p.content)
            if overlap and overlap >= 0.5 * min(_length(g.content), _length(p.content)):
                weights[i, j] = PAIR_WEIGHT + overlap  # any pair outweighs any difference in overlap
    rows, cols = linear_sum_assignment(weights, maximize=True)
    return [(gold[i], predicted[j]) for i, j in zip(rows, cols) if weights[i, j] > 0]


def speaker_right(gold: Attribution, predicted: Attribution) -> bool:
    """The predicted speaker is the gold source: same mention, or the name's last word in it."""
    if predicted.source and gold.source and predicted.source[0] < gold.source[1] and gold.source[0] < predicted.source[1]:
        return True
    if not predicted.name or not gold.name:
        return False
    words = [w for w in fold(predicted.name).split() if w.rstrip(".") not in SUFFIXES] or fold(predicted.name).split()
    return bool(words) and words[-1] in re.findall(r"[\w'-]+", fold(gold.name))  # a name with no word names no one


def _pronoun_only(gold: Attribution) -> bool:
    return not gold.name or all(w in PRONOUNS for w in re.findall(r"\w+", gold.name.lower()))


@dataclass
class Tally:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    direct: int = 0
    direct_matched: int = 0
    speakers: int = 0
    speakers_right: int = 0

    def add(self, gold: list[Attribution], predicted: list[Attribution]) -> None:
        pairs = match(gold, predicted)
        self.gold += len(gold)
        self.predicted += len(predicted)
        self.matched += len(pairs)
        self.direct += sum(1 for g in gold if g.direct)
        self.direct_matched += sum(1 for g, _ in pairs if g.direct)
        judged = [(g, p) for g, p in pairs if not _pronoun_only(g)]
        self.speakers += len(judged)
        self.speakers_right += sum(1 for g, p in judged if speaker_right(g, p))

    def figures(self) -> dict[str, float]:
        precision, recall = ratio(self.matched, self.predicted), ratio(self.matched, self.gold)
        return {
            "precision": 100 * precision,
            "recall": 100 * recall,
            "f1": 100 * f1(precision, recall),
            "direct_recall": 100 * self.direct_matched / self.direct if self.direct else 0.0,
            "speaker_accuracy": 100 * self.speakers_right / self.speakers if self.speakers else 0.0,
            "gold": self.gold,
            "direct_gold": self.direct,
            "speakers_judged": self.speakers,
        }


def pipeline() -> Language:
    """The model with only what quotes need: places feed entities, entities feed speakers."""
    nlp = spacy.load(MODEL, exclude=["lemmatizer"])
    for name in ("sitrep_places", "sitrep_entities", "sitrep_quotes"):
        nlp.add_pipe(name)
    return nlp


def run(path: str | Path, out: TextIO = sys.stdout, limit: int | None = None) -> dict[str, dict[str, float]]:
    """Score sitrep and textacy on one PolNeAR split (its first ``limit`` texts if given)."""
    nlp = pipeline()
    baseline = spacy.load(MODEL)  # textacy finds its cues by lemma: keep the lemmatizer
    articles = list(read_polnear(Path(path)))[:limit]
    sitrep, textacy = Tally(), Tally()
    texts = [text for text, _ in articles]
    for (_, gold), doc, plain in zip(articles, nlp.pipe(texts), baseline.pipe(texts)):
        sitrep.add(gold, sitrep_attributions(doc._.quotes))
        textacy.add(gold, textacy_attributions(plain))
    results = {"sitrep": sitrep.figures(), "textacy": textacy.figures()}
    print(f"PolNeAR {path}: {len(articles)} texts, {sitrep.gold} attributions, {sitrep.direct} direct", file=out)
    print(f"{'system':<10}{'P':>7}{'R':>7}{'F1':>7}{'direct R':>10}{'speaker':>9}", file=out)
    for system, f in results.items():
        print(
            f"{system:<10}{f['precision']:7.1f}{f['recall']:7.1f}{f['f1']:7.1f}{f['direct_recall']:10.1f}"
            f"{f['speaker_accuracy']:9.1f}",
            file=out,
        )
    return results


if __name__ == "__main__":
    for argument in sys.argv[1:]:
        run(argument)
