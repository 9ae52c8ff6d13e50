"""Geoparsing benchmark: toponym detection and resolution against public gold corpora.

``run(path)`` reads GeoVirus, GeoWebNews or TR-News (by file name, or every one under a
folder), runs the ``sitrep_places`` pipeline and, on the same texts, a naive baseline
(spaCy GPE/LOC entities, each given the most populous gazetteer place of that name), and
prints and returns for each system:

* detection precision/recall/F1, a predicted span matching a gold one when they overlap
  (``exact_f1`` also given, for spans that coincide);
* acc@161: the share of matched toponyms resolved within 161 km (100 miles) of the gold
  point; a matched toponym the system could not resolve counts as an error of 20,039 km;
* acc161_sub: the same over toponyms not resolved to a country, since corpora disagree
  on where a country's point is (GeoNames, Wikipedia and the Factbook differ by hundreds
  of km for Canada, China or Russia) while a town's point is hardly in doubt;
* acc161_area: a lenient variant of acc@161 that also counts a toponym resolved to a
  country as right when the gold point lies inside that country's Natural Earth shape,
  so that a corpus's choice of country point does not decide the score (reported beside
  the strict figure, never instead of it);
* recall_nodem: detection recall over gold toponyms that are not demonyms ("Russian",
  "Turkish"), which our annotation guide leaves out. GeoWebNews marks them (modifierType
  "Adjective"); TR-News does not, so there a gold phrase counts as a demonym when it is a
  single word with a demonym ending that the gazetteer does not know as a name;
* the median error in km, and AUC, the mean of log(1 + error) / log(20039) over matched
  toponyms (0 is perfect, 1 is antipodal; Gritta et al. 2018's area under the error curve).

Gold offsets are aligned to the text first: GeoVirus' are one character late and some of
TR-News' drift, so a gold name not found at its offset is searched for nearby.

A second argument ``odd`` or ``even`` scores only the documents of that parity in file
order (1st, 3rd, ... or 2nd, 4th, ...), so that one half can serve for looking at errors
and the other stay a held-out figure, reported in aggregate only.

    PYTHONPATH=src python -m sitrep.eval.places ../shared/data/geovirus/GeoVirus.xml [odd|even]
"""

from __future__ import annotations

import math
import re
import statistics
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TextIO

import shapely
import spacy

from sitrep.brief.map import country_shapes
from sitrep.eval.scores import f1
from sitrep.nlp import places as _places  # noqa: F401  (registers sitrep_places)
from sitrep.nlp.gazetteer import haversine_km, load
from sitrep.nlp.pipeline import MODEL

MAX_ERROR_KM = 20039.0
ACC_KM = 161.0
_ALIGN_WINDOW = 40
_DEMONYM_ENDING = re.compile(r"^[A-Z][a-z]+(?:ian|ean|an|ish|ese|i|ic|ch)$")


@dataclass
class Toponym:
    start: int
    end: int
    lat: float | None
    lon: float | None
    demonym: bool = False


@dataclass
class Article:
    text: str
    gold: list[Toponym]


def read_geovirus(path: Path) -> list[Article]:
    root = ET.parse(path).getroot()
    return [
        _article(
            a.findtext("text") or "",
            [(l.findtext("name"), l.findtext("start"), l.findtext("end"), l.findtext("lat"), l.findtext("lon"), False) for l in a.iter("location")],
        )
        for a in root.iter("article")
    ]


def read_geowebnews(path: Path) -> list[Article]:
    """Gold: the toponyms GeoWebNews gives coordinates (literal, metonymic, modifiers...)."""
    root = ET.parse(path).getroot()
    out = []
    for a in root.iter("article"):
        rows = [
            (
                t.findtext("extractedName"),
                t.findtext("start"),
                t.findtext("end"),
                t.findtext("latitude"),
                t.findtext("longitude"),
                t.findtext("modifierType") == "Adjective",
            )
            for t in a.iter("toponym")
            if t.findtext("latitude")
        ]
        out.append(_article(a.findtext("text") or "", rows))
    return out


def read_trnews(path: Path) -> list[Article]:
    root = ET.parse(path).getroot()
    out = []
    for a in root.iter("article"):
        rows = []
        for t in a.iter("toponym"):
            tag = t.find("gaztag")
            lat = tag.findtext("lat") if tag is not None else None
            lon = tag.findtext("lon") if tag is not None else None
            phrase = t.findtext("phrase") or ""
            rows.append((phrase, t.findtext("start"), t.findtext("end"), lat, lon, _looks_like_demonym(phrase)))
        out.append(_article(a.findtext("text") or "", rows))
    return out


def _looks_like_demonym(phrase: str) -> bool:
    """TR-News does not mark demonyms: a one-word phrase with a demonym ending ("Syrian",
    "Turkish", "Chinese", "Iraqi", "French") that names no place in the gazetteer."""
    return bool(_DEMONYM_ENDING.match(phrase)) and not load().lookup(phrase)


READERS = {"geovirus.xml": read_geovirus, "gwn.xml": read_geowebnews, "tr-news.xml": read_trnews}


def _article(text: str, rows: list[tuple]) -> Article:
    gold = []
    for name, start, end, lat, lon, demonym in rows:
        span = _align(text, name or "", int(start), int(end))
        if span:
            gold.append(Toponym(span[0], span[1], _float(lat), _float(lon), demonym))
    return Article(text, gold)


def _align(text: str, name: str, start: int, end: int) -> tuple[int, int] | None:
    """The gold span where the name really is: at its offset, or the nearest occurrence."""
    if text[start:end] == name or not name:
        return start, end
    lo = max(0, start - _ALIGN_WINDOW)
    hits = [i for i in range(lo, min(len(text), end + _ALIGN_WINDOW)) if text.startswith(name, i)]
    if not hits:
        return None
    best = min(hits, key=lambda i: abs(i - start))
    return best, best + len(name)


def _float(value: str | None) -> float | None:
    try:
        return float(value) if value not in (None, "") else None
    except ValueError:
        return None


@dataclass
class Pred:
    start: int
    end: int
    lat: float | None
    lon: float | None
    kind: str | None = None
    country: str | None = None


def sitrep_predict(nlp, texts: list[str]) -> list[list[Pred]]:
    return [
        [Pred(p.start, p.end, p.lat, p.lon, p.kind, p.country) for p in doc._.places]
        for doc in nlp.pipe(texts, batch_size=16)
    ]


def baseline_predict(nlp, texts: list[str]) -> list[list[Pred]]:
    """spaCy GPE/LOC, each the most populous place of exactly that name (or unresolved)."""
    gaz = load()
    out = []
    for doc in nlp.pipe(texts, batch_size=16):
        preds = []
        for ent in doc.ents:
            if ent.label_ not in ("GPE", "LOC"):
                continue
            cands = [m.place for m in gaz.lookup(ent.text) if m.how in ("name", "alt")]
            best = max(cands, key=lambda p: p.population, default=None)
            lat, lon, kind, country = (best.lat, best.lon, best.kind, best.country) if best else (None,) * 4
            preds.append(Pred(ent.start_char, ent.end_char, lat, lon, kind, country))
        out.append(preds)
    return out


def score(articles: list[Article], predictions: list[list[Pred]]) -> dict:
    """Detection P/R/F1 (overlap and exact), recall without demonyms, acc@161 (strict,
    without countries, and with country shapes), median error, AUC."""
    tp_pred = exact = n_pred = 0
    found: list[bool] = []  # per gold toponym: detected?
    demonyms: list[bool] = []
    errors: list[float] = []
    sub_errors: list[float] = []
    area_hits: list[bool] = []
    for art, preds in zip(articles, predictions):
        n_pred += len(preds)
        tp_pred += sum(1 for p in preds if any(_overlap(p, g) for g in art.gold))
        exact += sum(1 for p in preds if any(p.start == g.start and p.end == g.end for g in art.gold))
        for g in art.gold:
            match = next((p for p in preds if _overlap(p, g)), None)
            found.append(match is not None)
            demonyms.append(g.demonym)
            if match is None or g.lat is None:
                continue
            errors.append(_error(match, g))
            area_hits.append(errors[-1] <= ACC_KM or _in_predicted_country(match, g))
            if match.kind != "country":
                sub_errors.append(errors[-1])
    n_gold = len(found)
    precision = tp_pred / n_pred if n_pred else 0.0
    recall = sum(found) / n_gold if n_gold else 0.0
    exact_p, exact_r = (exact / n_pred if n_pred else 0.0), (exact / n_gold if n_gold else 0.0)
    named = [f for f, d in zip(found, demonyms) if not d]
    return {
        "gold": n_gold,
        "predicted": n_pred,
        "precision": _pct(precision),
        "recall": _pct(recall),
        "f1": _pct(f1(precision, recall)),
        "exact_f1": _pct(f1(exact_p, exact_r)),
        "recall_nodem": _pct(sum(named) / len(named)) if named else 0.0,
        "resolved": len(errors),
        "acc161": _acc(errors),
        "acc161_sub": _acc(sub_errors),
        "acc161_area": _pct(sum(area_hits) / len(area_hits)) if area_hits else 0.0,
        "median_km": round(statistics.median(errors), 1) if errors else None,
        "auc": round(sum(math.log1p(e) for e in errors) / (len(errors) * math.log(MAX_ERROR_KM)), 3) if errors else None,
    }


def _pct(share: float) -> float:
    return round(100 * share, 1)


def _acc(errors: list[float]) -> float:
    return _pct(sum(e <= ACC_KM for e in errors) / len(errors)) if errors else 0.0


def _in_predicted_country(p: Pred, g: Toponym) -> bool:
    """Whether a toponym resolved to a country has its gold point inside that country."""
    if p.kind != "country" or not p.country:
        return False
    shape = _country_areas().get(p.country)
    return shape is not None and shape.contains(shapely.Point(g.lon, g.lat))


@lru_cache(maxsize=1)
def _country_areas() -> dict:
    """ISO-2 -> prepared Natural Earth shape (the map's, simplified to ~2 km)."""
    areas = {}
    for iso, shape in country_shapes():
        if iso:
            shapely.prepare(shape)
            areas[iso] = shape
    return areas


def _overlap(p: Pred, g: Toponym) -> bool:
    return p.start < g.end and g.start < p.end


def _error(p: Pred, g: Toponym) -> float:
    if p.lat is None or p.lon is None:
        return MAX_ERROR_KM
    return haversine_km(p.lat, p.lon, g.lat, g.lon)


def _datasets(path: Path) -> list[tuple[str, Path]]:
    if path.is_dir():
        return [(f.name, f) for f in sorted(path.rglob("*.xml")) if f.name.lower() in READERS]
    return [(path.name, path)]


SPLITS = {"odd": 0, "even": 1}  # offset of the first document of each half


def select_split(articles: list[Article], split: str | None) -> list[Article]:
    """The documents of one parity in file order (numbered from 1), or all when no split."""
    if split is None:
        return articles
    if split not in SPLITS:
        raise ValueError(f"unknown split {split!r} (expected one of {sorted(SPLITS)})")
    return articles[SPLITS[split] :: 2]


def run(path: str, out: TextIO = sys.stdout, split: str | None = None) -> dict:
    """Score sitrep and the baseline on every gold corpus at ``path`` (or one half of each,
    by ``split``); print a table."""
    nlp = spacy.load(MODEL, exclude=["lemmatizer"])
    base_nlp = spacy.load(MODEL, exclude=["lemmatizer"])
    nlp.add_pipe("sitrep_places")
    results = {}
    for name, file in _datasets(Path(path)):
        reader = READERS.get(file.name.lower())
        if reader is None:
            raise ValueError(f"unknown gold file {file} (expected one of {sorted(READERS)})")
        articles = select_split(reader(file), split)
        texts = [a.text for a in articles]
        results[name] = {
            "sitrep": score(articles, sitrep_predict(nlp, texts)),
            "baseline": score(articles, baseline_predict(base_nlp, texts)),
        }
        _print(name + (f" [{split}]" if split else ""), len(articles), results[name], out)
    return results


def _print(name: str, n_articles: int, result: dict, out: TextIO) -> None:
    cols = [
        "gold", "predicted", "precision", "recall", "f1", "exact_f1", "recall_nodem",
        "resolved", "acc161", "acc161_sub", "acc161_area", "median_km", "auc",
    ]
    print(f"\n{name} ({n_articles} articles)", file=out)
    print("system    " + " ".join(f"{c:>10}" for c in cols), file=out)
    for system, figures in result.items():
        print(f"{system:<9} " + " ".join(f"{str(figures[c]):>10}" for c in cols), file=out)


if __name__ == "__main__":
    run(sys.argv[1] if len(sys.argv) > 1 else "../shared/data", split=sys.argv[2] if len(sys.argv) > 2 else None)
