"""Fusion across articles on the real pipeline and store, with articles written for these tests."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

from sitrep.fuse import fuse
from sitrep.fuse.figures import one_attack
from sitrep.timex import chronological, day, period
from sitrep.ingest import ingest
from sitrep.store.sqlite import Store


def write(folder: Path, name: str, text: str) -> str:
    path = folder / name
    path.write_text(text)
    return str(path)


def ingest_and_fuse(store: Store, tmp_path: Path, articles: list[str], prefix: str):
    """Write each text to its own file, ingest them all and fuse the store."""
    ingest([write(tmp_path, f"{prefix}{i}.txt", text) for i, text in enumerate(articles)], store, progress=False)
    return fuse(store)


def ingest_and_fuse_each(store: Store, tmp_path: Path, articles: list[str], prefix: str) -> None:
    """Ingest the texts one by one, fusing after each, as a live feed brings them in."""
    for i, text in enumerate(articles):
        ingest([write(tmp_path, f"{prefix}{i}.txt", text)], store, progress=False)
        fuse(store)


@pytest.fixture()
def store(tmp_path: Path):
    with Store(tmp_path / "fuse.db") as opened:
        yield opened


def series_of(store: Store, tmp_path: Path, texts: list[str], category: str, column: str) -> list:
    """Ingest and fuse the texts; the given column of each figure series of the category."""
    ingest_and_fuse(store, tmp_path, texts, "s")
    return [r[0] for r in store.db.execute(f"SELECT {column} FROM figure_series WHERE category = ?", (category,))]


def assaults(store: Store, tmp_path: Path, articles: list[str], prefix: str) -> list[dict]:
    """Ingest and fuse the articles; the ASSAULT developments."""
    ingest_and_fuse(store, tmp_path, articles, prefix)
    return [d for d in developments(store) if d["type"] == "ASSAULT"]


def global_people(store: Store) -> dict[str, int]:
    return {row["name"]: row["links"] for row in store.db.execute(
        "SELECT name, (SELECT COUNT(*) FROM entity_links l WHERE l.global_id = g.id) AS links"
        " FROM global_entities g WHERE type = 'person'")}


def test_one_person_across_spellings_and_not_a_namesake(store: Store, tmp_path: Path) -> None:
    articles = [
        " date 2022-03-10 Ukrainian President Taras Sadovskiy said on Thursday that the talks in Turkey had achieved little.",
        " date 2022-03-11 President Taras Sadovsky told reporters in Kyiv that the army would hold the capital.",
        " date 2022-03-12 Sadovsky appealed to the parliament of Canada for more weapons on Saturday.",
        " date 2022-03-12 Oksana Sadovska, a teacher from Lviv, told reporters on Saturday that the school had closed.",
    ]
    summary = ingest_and_fuse(store, tmp_path, articles, "a")
    assert summary.articles == 4
    people = global_people(store)
    [president] = [name for name in people if name.startswith("Taras")]
    assert people[president] == 3
    assert people.get("Oksana Sadovska") == 1


def test_fusion_is_incremental(store: Store, tmp_path: Path) -> None:
    ingest([write(tmp_path, "b1.txt", " date 2022-03-01 Officials in Warsaw said Foreign Minister Zbigniew Rau would travel to Vienna.")], store, progress=False)
    assert fuse(store).articles == 1
    assert fuse(store).articles == 0  # nothing new: nothing re-read
    ingest([write(tmp_path, "b2.txt", " date 2022-03-02 Rau arrived in Vienna on Wednesday for talks with his counterparts.")], store, progress=False)
    again = fuse(store)
    assert again.articles == 1
    assert global_people(store) == {"Zbigniew Rau": 2}


def developments(store: Store) -> list[dict]:
    import json

    rows = store.db.execute("SELECT * FROM developments ORDER BY id").fetchall()
    return [dict(row) | {"place": json.loads(row["place"]) if row["place"] else None} for row in rows]


def test_seeds_fuse_into_a_refugee_series_and_two_trips_to_brussels(seeded_db, tmp_path: Path) -> None:
    import sqlite3

    copy = tmp_path / "seeds.db"
    with sqlite3.connect(seeded_db) as source, sqlite3.connect(copy) as target:
        source.backup(target)
    with Store(copy) as store:
        fuse(store)
        [poland] = store.db.execute(
            "SELECT id FROM figure_series WHERE category = 'refugees' AND place LIKE '%Poland%'").fetchall()
        points = store.db.execute("SELECT as_of, value FROM figure_points WHERE series_id = ? ORDER BY as_of",
                                  (poland["id"],)).fetchall()
        assert [(p["as_of"], p["value"]) for p in points] == [("2022-03-02", 450000.0), ("2022-03-16", 1800000.0)]
        brussels = [d for d in developments(store) if d["type"] == "CONSULT" and d["place"] and d["place"]["name"] == "Brussels"]
        reported_in = [{row[0] for row in store.db.execute(
            "SELECT DISTINCT article_id FROM development_sources WHERE development_id = ?", (d["id"],))} for d in brussels]
        assert set().union(*reported_in) == {1, 2}, "both trips to Brussels are there"
        assert all(len(articles) == 1 for articles in reported_in), "two people's trips, three weeks apart, stay apart"
        assert "2022-03-03" in {d["date"] for d in brussels}


WIRE = [
    " date 2022-04-05 Defence ministers of the alliance met in Brussels on Tuesday to discuss new weapons deliveries.",
    " date 2022-04-05 In Brussels on Tuesday, alliance defence ministers met to discuss further weapons deliveries for the army.",
    " date 2022-04-05 Ministers of the European Union met in Luxembourg on Tuesday to discuss energy prices.",
]


def test_same_happening_from_two_outlets_is_one_development_and_another_is_not(store: Store, tmp_path: Path) -> None:
    paths = [write(tmp_path, f"w{i}.txt", text) for i, text in enumerate(WIRE)]
    for path, outlet in zip(paths, ("Outlet A", "Outlet B", "Outlet C")):
        ingest([path], store, progress=False)
        store.db.execute("UPDATE articles SET outlet = ? WHERE origin = ?", (outlet, path))
        store.db.commit()
    fuse(store)
    meetings = [d for d in developments(store) if d["type"] == "CONSULT"]
    by_place = {d["place"]["name"]: d for d in meetings if d["place"]}
    assert by_place["Brussels"]["sources"] == 2 and by_place["Brussels"]["outlets"] == 2
    assert by_place["Luxembourg"]["sources"] == 1


def test_a_plan_is_linked_to_its_occurrence(store: Store, tmp_path: Path) -> None:
    plan = write(tmp_path, "plan.txt", " date 2022-05-01 Chancellor Tomas Berg will travel to Kyiv on Tuesday, his office said.")
    act = write(tmp_path, "act.txt", " date 2022-05-03 Chancellor Tomas Berg arrived in Kyiv on Tuesday for talks with the government.")
    ingest([plan], store, progress=False)
    fuse(store)
    ingest([act], store, progress=False)
    fuse(store)
    visits = [d for d in developments(store) if d["type"] == "CONSULT" and d["place"] and d["place"]["name"] == "Kyiv"]
    planned = [d for d in visits if d["status"] == "planned"]
    done = [d for d in visits if d["status"] != "planned"]
    assert planned and done
    assert done[0]["plan_of"] == planned[0]["id"]


def test_aid_figures_form_one_series_per_donor(store: Store, tmp_path: Path) -> None:
    texts = [
        " date 2022-04-01 Germany pledged $300 million in military aid to Ukraine on Friday.",
        " date 2022-04-02 Canada pledged $100 million in military aid to Ukraine on Saturday.",
    ]
    assert sorted(series_of(store, tmp_path, texts, "aid_money", "unit || ' ' || donor")) == ["CAD, military Canada", "USD, military Germany"]  # a dollar country's own "$"


def test_aid_money_is_split_by_purpose_and_running_totals_kept_apart(store: Store, tmp_path: Path) -> None:
    """Aid trackers tell military, humanitarian and economic money apart, and a total to date is
    not a new pledge: four series for one donor, and a sum whose sentence names no purpose in
    one of its own."""
    texts = [
        " date 2022-04-01 Norland pledged $300 million in military aid to Armenia on Friday.",
        " date 2022-04-02 Norland pledged $20 million in humanitarian assistance to Armenia on Saturday.",
        " date 2022-04-03 Norland offered Armenia a loan guarantee of $500 million on Sunday.",
        " date 2022-04-04 This brings Norland's total security assistance to Armenia to $1.2 billion, officials said on Monday.",
        " date 2022-04-05 Norland pledged another $50 million to Armenia on Tuesday.",
    ]
    assert sorted(series_of(store, tmp_path, texts, "aid_money", "unit")) == [
        "USD", "USD, economic", "USD, humanitarian", "USD, military", "USD, military, total to date"]


@pytest.mark.parametrize(
    ("sentence", "purpose", "total"),
    [
        ("Norland pledged $300 million in military aid.", "military", False),
        ("A humanitarian package of $20 million was approved.", "humanitarian", False),  # the nearest word before
        ("It brings the total to $3.2 billion since January.", None, True),
        ("Norland has provided $4.3 billion in security assistance since 2014.", "military", True),
        ("Norland, which sent $10 million last year, pledged food aid.", "humanitarian", False),  # a total only within its clause
        ("Since the war began in May, Norland has committed $2.1 billion in security assistance.", "military", True),  # the opening period
        ("Norland approved a $9 billion military and humanitarian aid package.", None, False),  # two purposes joined: neither alone
        ("A humanitarian and economic package of $2 billion was approved.", None, False),
        ("Since May, Norland has sent arms, and on Friday it pledged $2 million in military aid.", "military", False),  # not a later clause's
        ("Norland's military aid to Armenia had already exceeded $5 billion by May.", "military", True),  # a level passed
        ("The additional aid means Georgia has now provided $900 million in military aid.", "military", True),  # all given so far
        ("Georgia has sent $900 million in military aid, and now it will send more.", "military", False),
        ("Its enactment would bring the Georgian investment in the war to roughly $54 billion in two months.", None, True),  # the level reached
        ("Georgia raised its pledge to $1 billion this week.", None, True),
        ("Georgia will bring $200 million in military aid to Armenia.", "military", False),  # brought, not brought to
    ],
)
def test_aid_purpose_and_running_total_words(sentence, purpose, total) -> None:
    from sitrep.fuse.figures import aid_purpose, running_total

    start = sentence.index("$")
    end = sentence.index(" ", sentence.index("illion", start))
    assert (aid_purpose(sentence, start, end), running_total(sentence, start, end)) == (purpose, total)


def test_a_development_dated_by_month_meets_its_month_only(store: Store, tmp_path: Path) -> None:
    """Two reports of a delivery "in March" are one development; the same wording about a
    delivery on a day in May is another, not swallowed by the month-dated one."""
    texts = (" date 2022-04-02 Washington sent weapons to Ukraine in March, officials said.",
             " date 2022-04-12 Washington sent weapons to Ukraine in March, officials said on Tuesday.",
             " date 2022-05-20 Washington sent weapons to Ukraine on Tuesday, officials said.")
    for i, text in enumerate(texts):
        ingest([write(tmp_path, f"m{i}.txt", text)], store, progress=False)
    fuse(store)
    aid = sorted((d["date"], d["sources"]) for d in developments(store) if d["type"] == "AID")
    assert aid == [("2022-03", 2), ("2022-05-17", 1)]


@pytest.mark.parametrize("value, first, last", [
    ("2022-03-15", "2022-03-15", "2022-03-15"),
    ("2022-03-15T10:00", "2022-03-15", "2022-03-15"),
    ("2022-W12", "2022-03-21", "2022-03-27"),
    ("2022-02", "2022-02-01", "2022-02-28"),
    ("2022-12", "2022-12-01", "2022-12-31"),
    ("2021", "2021-01-01", "2021-12-31"),
])
def test_period_of_a_date_value(value: str, first: str, last: str) -> None:
    assert period(value) == (date.fromisoformat(first), date.fromisoformat(last))


@pytest.mark.parametrize("value", [None, "", "PAST_REF", "XXXX-03-02", "2022-SU"])
def test_vague_values_have_no_period(value) -> None:
    assert period(value) is None


def test_date_values_sort_in_time_order() -> None:
    values = ["2022-05-24", "2022-W10", None, "2022-03", "2022-03-06", "2022-03-15"]
    assert sorted(values, key=chronological) == [None, "2022-03", "2022-03-06", "2022-W10", "2022-03-15", "2022-05-24"]


def test_a_week_is_a_day_to_compare_a_month_is_not() -> None:
    assert day("2022-W12") == date(2022, 3, 21) and day("2022-03-15T08:00") == date(2022, 3, 15)
    assert day("2022-03") is None and day("2022-02-30") is None


@pytest.mark.parametrize(
    "texts, category, column, expected",
    [
        # Howitzers and rounds of ammunition are two quantities, not two counts of one; more of
        # the same thing ("additional howitzers", "Himars systems" for "Himar systems") is the
        # same series.
        ([" date 2022-04-01 Norland will send 12 howitzers to Vale, the defence ministry said on Friday.",
          " date 2022-04-20 Norland will send 20,000 rounds of ammunition to Vale, the defence ministry said.",
          " date 2022-05-02 Norland will send 6 additional howitzers to Vale, the defence ministry said on Monday.",
          " date 2022-05-09 Norland will send 4 Himar systems to Vale, the defence ministry said on Monday.",
          " date 2022-05-16 Norland will send 2 Himars systems to Vale, the defence ministry said on Monday.",
          " date 2022-05-23 Norland will send 3 Stormblade launchers to Vale, the defence ministry said on Monday.",
          " date 2022-05-30 Norland will send 5 STORMBLADE rocket launchers to Vale, the defence ministry said on Monday."],  # a name and its type word
         "aid_items", "unit", [("Himar systems", 2), ("Stormblade launchers", 2), ("howitzers", 2), ("rounds of ammunition", 1)]),
        # The Pentagon's package and the United States' pledge are one donor's, as aid trackers
        # count them, and so are "the EU" and "the European Union"; a donor with no institution
        # named stays as the text names it.
        ([" date 2022-04-01 The Pentagon will send $300 million in military aid to Armenia, officials said on Friday.",
          " date 2022-04-05 The United States will send $100 million in military aid to Armenia, officials said.",
          " date 2022-04-06 Germany pledged $50 million in military aid to Armenia on Wednesday.",
          " date 2022-04-07 The EU pledged $70 million in military aid to Armenia on Thursday.",
          " date 2022-04-08 The European Union pledged $20 million in military aid to Georgia on Friday."],
         "aid_money", "donor", [("European Union", 2), ("Germany", 1), ("United States", 2)]),
    ],
)
def test_aid_series_per_thing_given_and_per_donor_country(store: Store, tmp_path: Path, texts, category, column, expected) -> None:
    ingest([write(tmp_path, f"aid{i}.txt", t) for i, t in enumerate(texts)], store, progress=False)
    fuse(store)
    rows = store.db.execute(
        f"SELECT s.{column} AS what, COUNT(p.fact_id) AS points FROM figure_series s"
        " JOIN figure_points p ON p.series_id = s.id WHERE s.category = ? GROUP BY s.id", (category,)).fetchall()
    assert sorted((r["what"], r["points"]) for r in rows) == expected


def test_a_package_told_again_within_days_keeps_its_first_day(store: Store, tmp_path: Path) -> None:
    """The same sum of one donor's series told again a day later is the package retold, not a
    second point of its own day, whichever report is fused first; a sum told weeks later is a
    new one."""
    texts = [
        " date 2022-04-14 Norland pledged $600 million in military aid to Armenia, officials said on Thursday.",
        " date 2022-04-13 Norland pledged $600 million in military aid to Armenia on Wednesday.",
        " date 2022-05-20 Norland pledged $600 million in military aid to Armenia on Friday.",
    ]
    ingest_and_fuse(store, tmp_path, texts, "s")
    days = sorted(r[0] for r in store.db.execute("SELECT as_of FROM figure_points"))
    assert days == ["2022-04-13", "2022-04-13", "2022-05-20"]


def test_a_toll_told_again_days_later_keeps_the_day_it_was_counted(store: Store, tmp_path: Path) -> None:
    """The UN's count of Friday retold on Sunday is one count on Friday, no flat line of two points."""
    texts = [
        " date 2022-03-05 The United Nations recorded 351 civilians killed on Friday in Armenia, according to the UN high commissioner.",
        " date 2022-03-06 The United Nations recorded 351 civilians killed in Armenia, according to the UN high commissioner.",
    ]
    ingest_and_fuse(store, tmp_path, texts, "s")
    assert sorted(r[0] for r in store.db.execute("SELECT as_of FROM figure_points")) == ["2022-03-04", "2022-03-04"]


def test_one_sides_equal_toll_a_week_after_the_others_is_no_retelling(store: Store, tmp_path: Path) -> None:
    """One party's 5,000 dead told on Thursday, a week after the other party's 5,000, are two
    claims each on its own day, not one count first told a week before."""
    texts = [
        " date 2022-03-31 Ukrainian officials said on Thursday that 5,000 people had been killed in Gyumri.",
        " date 2022-04-08 Moscow-backed officials in Gyumri said on Thursday that 5,000 people had died there.",
    ]
    ingest_and_fuse(store, tmp_path, texts, "s")
    points = sorted(tuple(r) for r in store.db.execute("SELECT as_of, claim_of FROM figure_points"))
    assert points == [("2022-03-31", "UA"), ("2022-04-07", "RU")], points


def test_one_donors_pledges_of_other_things_are_two_developments(store: Store, tmp_path: Path) -> None:
    """A sum and, days later, items pledged by one donor are two packages; the same sum told
    again is one."""
    texts = [
        " date 2022-06-30 Norland's president announced another $500m of military aid to Armenia.",
        " date 2022-07-02 Norland promised to supply three air defence systems to Armenia.",
        " date 2022-07-01 Norland's president has announced another $500m of military aid to Armenia, officials said.",
    ]
    ingest_and_fuse(store, tmp_path, texts, "s")
    aid = [d for d in developments(store) if d["type"] == "AID"]
    assert sorted(d["sources"] for d in aid) == [1, 2]


def test_items_listed_as_given_before_are_a_total_apart(store: Store, tmp_path: Path) -> None:
    """A new package's items and the list of all earlier aid are not two counts of one quantity."""
    text = (" date 2022-04-01 Norland's new package for Armenia includes:\n\n- 200 anti-tank weapons;\n\n- 40 mortars.\n\n"
            "Previous Norland military assistance to Armenia includes:\n\n- 900 anti-tank weapons;\n\n- 70 mortars.\n")
    units = sorted(series_of(store, tmp_path, [text], "aid_items", "unit"))
    assert units == ["anti-tank weapons", "anti-tank weapons, total to date", "mortars", "mortars, total to date"]


def test_arms_told_by_what_they_are_for_are_one_series(store: Store, tmp_path: Path) -> None:
    """ "3,000 new defensive missiles" and "an additional 3,000 missiles" of one donor are one
    package told twice: one series, its two reports side by side; anti-tank weapons stay apart."""
    texts = [" date 2022-05-03 Georgia's prime minister, Ana Lind, said Georgia would provide 3,000 new defensive missiles to Armenia.",
             " date 2022-05-04 Georgia will send an additional 3,000 missiles and 200 anti-tank weapons to Armenia, Lind said on Wednesday."]
    assert sorted(series_of(store, tmp_path, texts, "aid_items", "unit")) == ["anti-tank weapons", "missiles"]


def test_a_joint_supply_and_one_donor_s_own_are_two_packages(store: Store, tmp_path: Path) -> None:
    """ "Moldova and Georgia agreed to supply anti-aircraft vehicles" is not Georgia's own
    announcement of anti-aircraft vehicles told again: folded into it, Moldova's part is lost."""
    texts = [
        " date 2022-04-26 Georgia announced it will give Armenia a small number of anti-aircraft vehicles.",
        " date 2022-04-27 This week Moldova and Georgia agreed to supply armoured anti-aircraft vehicles to Armenia.",
    ]
    ingest_and_fuse(store, tmp_path, texts, "j")
    aid = [d for d in developments(store) if d["type"] == "AID"]
    assert sorted(d["sources"] for d in aid) == [1, 1], aid


def test_items_told_as_all_given_so_far_are_a_total_apart(store: Store, tmp_path: Path) -> None:
    """ "has now provided more than 9,000 missiles", "of which Georgia has already provided more
    than 3,100" tell all the giving so far, not a new package: a total to date apart from the
    3,000 missiles pledged."""
    text = (" date 2022-03-23 Georgia will send 3,000 missiles to Armenia. The additional weaponry means that Georgia has now "
            "provided more than 9,000 missiles. Not all of the missiles are expected to be anti-tank weapons, of which Georgia "
            "has already provided more than 3,100.")
    units = sorted(series_of(store, tmp_path, [text], "aid_items", "unit"))
    assert units == ["anti-tank weapons, total to date", "missiles", "missiles, total to date"]


def test_a_persons_aid_is_their_countrys_as_an_earlier_article_titles_them(store: Store, tmp_path: Path) -> None:
    """Aid trackers count donor states: "Tomas Berg committed $50 million" is Armenia's pledge
    once any article has called him the Armenian prime minister; a giver no article places is no donor."""
    texts = [
        " date 2022-04-01 Tomas Berg arrived in Paris on Friday for talks on the war.",
        " date 2022-04-02 The Armenian prime minister Tomas Berg met his French counterpart on Saturday.",
        " date 2022-04-03 Tomas Berg committed $50 million in military aid to Georgia on Sunday.",
        " date 2022-04-03 Peter Holm committed $20 million in military aid to Georgia on Sunday.",
    ]
    assert sorted(series_of(store, tmp_path, texts, "aid_money", "donor"), key=str) == ["Armenia", None]
    [country] = store.db.execute("SELECT country FROM global_entities WHERE name = 'Tomas Berg'").fetchall()
    assert country["country"] == "AM"


def test_regions_without_a_geonames_id_are_series_of_their_own(store: Store, tmp_path: Path) -> None:
    """Two regions of one country are two places: deaths in one are not a count of the other."""
    texts = [
        " date 2022-05-01 Shelling killed 12 people in the Donetsk region on Sunday, officials said.",
        " date 2022-05-02 Shelling killed 5 people in the Kharkiv region on Monday, officials said.",
    ]
    names = sorted(json.loads(place)["name"] for place in series_of(store, tmp_path, texts, "killed", "place"))
    assert len(names) == 2 and names[0].startswith("Donetsk") and names[1].startswith("Kharkiv")


def test_a_rate_is_a_series_of_its_own(store: Store, tmp_path: Path) -> None:
    texts = [
        " date 2022-05-01 Officials said 1,200 soldiers had been killed in Georgia since the war began.",
        " date 2022-05-02 Officials said up to 100 soldiers were being killed a day in Georgia.",
    ]
    assert sorted(unit or "" for unit in series_of(store, tmp_path, texts, "killed", "unit")) == ["combatants", "combatants per day"]


def test_a_rate_of_fighters_dying_is_their_sides_rate_not_a_civilian_one(store: Store, tmp_path: Path) -> None:
    """"100 to 200 Armenian soldiers were being killed every day" is Armenia's fighters' rate, after the
    civilians' in the briefing, not a rate of the dead beside a town's civilian toll."""
    texts = [
        " date 2022-05-01 Piet Moro said 100 to 200 Armenian soldiers were being killed every day.",
        " date 2022-05-02 Officials said 40 civilians were being killed a day in Gyumri.",
    ]
    assert sorted(unit or "" for unit in series_of(store, tmp_path, texts, "killed", "unit")) == ["AM combatants per day", "per day"]


def test_a_bare_rate_of_the_dead_fuses_as_a_rate(store: Store, tmp_path: Path) -> None:
    """ "about 25 were killed each day" counts no group before its rate: fusion stopped with an
    IndexError on it, and every article after it in the store stayed unfused."""
    texts = [" date 2022-05-02 Officials in Gyumri said about 25 were killed each day last month."]
    assert series_of(store, tmp_path, texts, "killed", "unit") == ["per day"]


def test_athletes_killed_or_captured_are_a_group_of_their_own(store: Store, tmp_path: Path) -> None:
    """45 athletes dead in the fighting are no count of all the war's dead beside 3,000."""
    texts = [
        " date 2022-07-04 The sports minister Ana Lind said 45 Armenian athletes had died in the fighting and nine had been taken captive.",
        " date 2022-07-05 At least 3,000 people have been killed in Armenia since the war began, officials said.",
    ]
    assert sorted(unit or "" for unit in series_of(store, tmp_path, texts, "killed", "unit")) == ["", "athletes"]
    assert [r[0] for r in store.db.execute("SELECT unit FROM figure_series WHERE category = 'detained'")] == ["athletes"]


def test_a_part_of_a_count_is_no_second_figure_for_the_whole(store: Store, tmp_path: Path) -> None:
    """"28 journalists, including seven foreigners": the seven are a series of their own, not a
    count of the dead that disagrees with the 28."""
    texts = [" date 2022-05-01 At least 28 journalists have been killed in Armenia, including seven foreigners.",
             " date 2022-05-02 Norland pledged $1bn in aid to Armenia, including 20 armoured personnel carriers."]
    assert sorted(unit or "" for unit in series_of(store, tmp_path, texts, "killed", "unit")) == ["foreigners of journalists", "journalists"]
    assert [unit for unit in series_of(store, tmp_path, [], "aid_items", "unit")] == ["armoured personnel carriers"]  # no part of a sum


def test_a_group_among_people_of_any_kind_is_that_group_s_count(store: Store, tmp_path: Path) -> None:
    """ "20 people, including three children": the three are a count of the children killed, one
    series with "five children were killed" there, not a series titled "children of people"."""
    texts = [" date 2022-07-14 At least 20 people, including three children, were killed in Gyumri on Thursday, officials said.",
             " date 2022-07-16 Five children were killed in Gyumri on Saturday, the mayor said."]
    assert sorted(unit or "" for unit in series_of(store, tmp_path, texts, "killed", "unit")) == ["", "children"]


def test_a_part_of_a_count_of_the_same_people_says_it_is_a_part(store: Store, tmp_path: Path) -> None:
    """ "64,000 people, including 7,500 who left after Sunday": the 7,500 stay apart from the
    whole, under a unit that says they are a part, not "people of people"."""
    texts = [" date 2022-02-27 Nearly 64,000 people have fled from Georgia into Armenia, including 7,500 who left after Sunday."]
    assert sorted(unit or "" for unit in series_of(store, tmp_path, texts, "refugees", "unit")) == ["", "part of a larger count"]


def test_a_group_of_a_towns_people_is_no_point_of_its_toll(store: Store, tmp_path: Path) -> None:
    """Two health workers killed in Gavar are not the town's toll, which twelve are; nor is a child."""
    texts = [" date 2022-04-02 Twelve people were killed in shelling of Gavar on Saturday, the regional governor said.",
             " date 2022-04-02 Two health workers had been killed in the attacks on Gavar, the WHO said.",
             " date 2022-04-03 At least 40 children have been killed in Gavar since the war began, the mayor said."]
    assert sorted(unit or "" for unit in series_of(store, tmp_path, texts, "killed", "unit")) == ["", "children", "health workers"]


def test_a_figure_a_titled_official_of_a_party_gives_is_that_partys_claim(nlp) -> None:
    """The person's country comes from the title ("Kremlin spokesman"): their count is Russia's claim."""
    from sitrep.fuse.figures import claim_of
    doc = nlp("Kremlin spokesman Peter Holm said 100 Ukrainian soldiers were killed in Kharkiv on Monday.")
    [figure] = doc._.figures
    assert figure.according_to == "Peter Holm"
    assert claim_of(figure.according_to, doc._.entities) == "RU"


def test_a_figure_both_sides_give_is_no_one_partys_claim() -> None:
    from sitrep.fuse.figures import claim_of
    assert claim_of("both Ukrainian and Russian officials", []) is None
    assert claim_of("Ukrainian officials", []) == "UA"
    assert claim_of("the Russian ambassador to Ukraine", []) == "RU"
    assert claim_of("Russian forces in Ukraine and Belarus", []) == "RU"  # places after "in" name no side
    assert claim_of("Russian troops and separatist forces in Ukraine", []) == "RU"
    assert claim_of("Ukraine's health minister", []) == "UA" and claim_of("Moscow-installed authorities", []) == "RU"


@pytest.mark.parametrize(
    ("articles", "field", "expected"),
    [
        pytest.param([  # "could shell Gyumri again" is no report of the shelling: a supposed act is its own development
            " date 2022-03-07 Georgian forces shelled Gyumri on Monday, Armenian officials said.",
            " date 2022-03-07 Georgian forces could shell Gyumri again within days, Armenian officials said.",
        ], "status", ["hypothetical", "occurred"], id="a supposed act does not fuse with one that happened"),
        pytest.param([  # two strikes each told on its own day are two
            " date 2022-04-25 Georgian missiles struck Gyumri on Friday, Armenian officials said.",
            " date 2022-04-25 Georgian missiles struck Gyumri on Sunday, Armenian officials said.",
        ], "date", ["2022-04-22", "2022-04-24"], id="two strikes told on their own days are two developments"),
        pytest.param([  # an undated lead takes the day its article gives later, and a strike of another day stays apart
            " date 2024-04-22 Georgian missiles destroyed a TV tower in Gyumri.\n\nFootage showed the tower collapsing after Georgian missiles slammed into it on Monday afternoon.",
            " date 2024-04-24 Georgian missiles attacked a residential district of Gyumri early on Wednesday, the mayor said.",
        ], "date", ["2024-04-22", "2024-04-24"], id="a development learns its day from a later report of it"),
    ],
)
def test_acts_kept_apart(store: Store, tmp_path: Path, articles, field, expected) -> None:
    found = assaults(store, tmp_path, articles, "k")
    assert sorted(d[field] for d in found) == expected, found


def test_a_call_and_a_meeting_of_one_official_on_one_day_are_two_developments(store: Store, tmp_path: Path) -> None:
    """A phone call is no meeting in person: the same official's call and meeting told the same
    day stay two developments, and the meeting keeps its place (the call takes none of it)."""
    ingest_and_fuse(store, tmp_path, [
        " date 2022-06-08 Foreign Minister Piet Moro spoke by phone today with Georgian Foreign Minister Ana Lind about energy security.",
        " date 2022-06-08 Foreign Minister Piet Moro met today with Armenian President Jon Vale in Yerevan.",
    ], "c")
    consults = sorted((d["mode"], d["place"]["name"] if d["place"] else None) for d in developments(store) if d["type"] == "CONSULT")
    assert consults == [("meet", "Yerevan"), ("phone", None)], consults


def test_a_call_told_as_phone_talks_is_one_call(store: Store, tmp_path: Path) -> None:
    """"spoke by phone" and "held phone talks" tell one call (the second reads as talks)."""
    ingest_and_fuse(store, tmp_path, [
        " date 2022-06-08 Foreign Minister Piet Moro spoke by phone today with Georgian Foreign Minister Ana Lind about energy security.",
        " date 2022-06-08 Foreign Minister Piet Moro held phone talks today with Georgian Foreign Minister Ana Lind on energy security.",
    ], "t")
    consults = [d for d in developments(store) if d["type"] == "CONSULT"]
    assert len(consults) == 1 and consults[0]["sources"] == 2, consults


def test_strikes_of_one_side_on_one_day_join_only_by_place_target_or_words(store: Store, tmp_path: Path) -> None:
    """One side strikes many times a day: an attack on a depot somewhere is not the shelling of
    a town the same day, nor are two strikes told only in one country; the shelling told again,
    or one strike retold in much the same words, is one development."""
    articles = [
        " date 2022-04-23 Georgian forces shelled Gyumri on Friday, Armenian officials said.",
        " date 2022-04-23 Georgian forces attacked a fuel depot on Friday, Armenian officials said.",
        " date 2022-04-23 Georgian forces shelled Gyumri heavily on Friday, the Armenian army said.",
    ]
    strikes = sorted(d["sources"] for d in assaults(store, tmp_path, articles, "s"))
    assert strikes == [1, 2], strikes


@pytest.mark.parametrize(
    ("articles", "count"),
    [
        ([" date 2022-04-23 Georgian forces shelled a maternity hospital on Friday, killing three people, Armenian officials said.",
          " date 2022-04-23 Georgian forces shelled a maternity hospital on Friday, killing three people, officials in Armenia said."], 1),
        ([" date 2022-04-23 Georgian missiles hit a hotel in Armenia on Friday, officials said.",
          " date 2022-04-23 Georgian artillery shelled a fuel depot in Armenia on Friday, the army said."], 2),
    ],
)
def test_a_strike_retold_is_one_and_two_strikes_in_one_country_are_two(store: Store, tmp_path: Path, articles, count) -> None:
    assert len(assaults(store, tmp_path, articles, "r")) == count


def test_an_undated_development_does_not_gather_every_later_report(store: Store, tmp_path: Path) -> None:
    """Undated reports a day apart may tell one act; one reported daily for a week does not make
    the week's first and last reports one act."""
    articles = [f" date 2022-04-{day:02d} Georgian forces shelled Gyumri, Armenian officials said." for day in range(10, 17)]
    assert len(assaults(store, tmp_path, articles, "u")) > 1


def test_fighters_losses_are_series_of_their_own_per_side(store: Store, tmp_path: Path) -> None:
    """A side's claim of enemy dead and a civilian toll are not one count, nor are two sides'
    fighters: each is its own series, the fighters' marked as combatants of their side."""
    units = series_of(store, tmp_path, [
        " date 2022-03-12 At least 80 civilians have been killed in Georgia, the UN said.",
        " date 2022-03-12 Georgia said it had killed some 9,000 Armenian troops in Georgia.",
        " date 2022-03-12 At least 900 Georgian soldiers have been killed in Georgia, the president said.",
    ], "killed", "unit")
    assert sorted(u or "" for u in units) == ["", "AM combatants", "GE combatants"], units


def test_prisoners_of_war_are_fighters_held_not_civilians_detained(store: Store, tmp_path: Path) -> None:
    units = series_of(store, tmp_path, [
        " date 2022-05-27 There are about 5,000 Armenian prisoners of war held in Georgia, Piet Moro said.",
        " date 2022-05-27 Georgian forces have detained 40 civilians in Gavar, the mayor said.",
    ], "detained", "unit")
    assert sorted(u or "" for u in units) == ["", "AM combatants"], units


def test_guardsmen_and_members_of_armed_forces_held_are_fighters(store: Store, tmp_path: Path) -> None:
    """National guard members captured and members of armed forces detained are fighters held, not the
    civilians detained; security guards are civilians."""
    units = series_of(store, tmp_path, [
        " date 2022-04-02 Georgian troops captured some 150 Armenian national guard members at the dam, the mayor of Gyumri said.",
        " date 2022-04-02 Georgia has detained 40 members of the Armenian armed forces, officials said.",
        " date 2022-04-03 Georgian forces have detained 40 civilians and three security guards in Vanadzor, the mayor said.",
    ], "detained", "unit")
    assert sorted(u or "" for u in units) == ["", "AM combatants"], units


def test_refugees_from_outside_the_war_are_a_series_of_their_own(store: Store, tmp_path: Path) -> None:
    texts = [
        " date 2022-05-01 More than 5.7 million Syrians have fled their country since 2011, the UN said.",
        " date 2022-05-02 More than 5.7 million Ukrainians have fled their country, the UN said.",
    ]
    assert sorted(unit or "" for unit in series_of(store, tmp_path, texts, "refugees", "unit")) == ["", "Syrians"]


@pytest.mark.parametrize(
    ("second", "links"),
    [
        pytest.param(" date 2022-03-11 President Zhou met the Georgian prime minister in Tbilisi on Friday.", 2,
                     id="a family name written first joins the full name"),  # "Xi" of "Xi Jinping"
        pytest.param(" date 2022-03-11 The Countess, wife of Prince Peter, King Zhou's youngest sibling, travelled to Yerevan.", 1,
                     id="a first name alone joins only a holder of the same office"),  # "King Charles" is not "President Charles X"
    ],
)
def test_a_name_s_first_word_alone(store: Store, tmp_path: Path, second: str, links: int) -> None:
    articles = [" date 2022-03-10 Armenian President Zhou Ming arrived in Yerevan on Thursday for talks.", second]
    ingest_and_fuse(store, tmp_path, articles, "x")
    assert global_people(store).get("Zhou Ming") == links, global_people(store)


@pytest.mark.parametrize(
    "first, second",
    [
        ("Georgian President Levan Giorgi Kapanadze", "Georgian President Giorgi Kapanadze"),  # a middle name used alone
        ("Georgian governor Oleh Synehubov", "Georgian governor Oleg Sinegubov"),  # two romanisations
        ("Defence Secretary Piet J. Moro III", "Defence Secretary Piet Moro"),  # an initial and a generation
    ],
)
def test_one_person_under_a_middle_name_or_another_romanisation(store: Store, tmp_path: Path, first: str, second: str) -> None:
    articles = [
        f" date 2022-05-18 {first} said on Wednesday that the talks in Yerevan had achieved little.",
        f" date 2022-06-28 {second} told reporters in Tbilisi on Tuesday that the army would hold the city.",
    ]
    ingest_and_fuse(store, tmp_path, articles, "m")
    people = global_people(store)
    assert sorted(people.values()) == [2], people


def test_a_later_report_tells_where_a_development_is(store: Store, tmp_path: Path) -> None:
    articles = [
        " date 2022-06-28 The Georgian president, Tomas Berg, said he would meet the Armenian prime minister, Peter Holm, at the summit this week.",
        " date 2022-06-29 The Georgian president, Tomas Berg, will meet the Armenian prime minister, Peter Holm, in Madrid this week.",
    ]
    ingest_and_fuse(store, tmp_path, articles, "p")
    places = [json.loads(r["place"])["name"] if r["place"] else None for r in store.db.execute("SELECT place FROM developments WHERE type = 'CONSULT'")]
    assert places == ["Madrid"], places


def test_short_names_one_transliteration_key_apart_are_two_people(store: Store, tmp_path: Path) -> None:
    """Transliteration keys fold vowels: "Tom" and "Tim" share one, yet are two names."""
    articles = [
        " date 2022-05-18 Georgian minister Tim Walker said on Wednesday that the talks in Yerevan had achieved little.",
        " date 2022-06-28 Armenian senator Tom Walker told reporters in Gyumri on Tuesday that the army would hold the city.",
    ]
    ingest_and_fuse(store, tmp_path, articles, "t")
    assert sorted(global_people(store).values()) == [1, 1], global_people(store)


@pytest.mark.parametrize(
    ("articles", "sources"),
    [
        pytest.param([" date 2022-03-24 Armenian forces attacked Georgia at dawn on Thursday, officials said.",
                      " date 2022-03-24 Armenian troops attacked Georgia early on Thursday from the north."], [2],
                     id="an attack on a country both date to one day is one happening"),
        pytest.param([" date 2022-04-14 Georgian missiles struck the cruiser Sevan on Wednesday, officials said.",
                      " date 2022-04-14 Georgian missiles hit the Sevan late on Wednesday, the navy said."], [2],
                     id="a ship named with and without its class is one target"),
    ],
)
def test_one_strike_told_by_two_outlets_joins(store: Store, tmp_path: Path, articles, sources) -> None:
    assert [d["sources"] for d in assaults(store, tmp_path, articles, "o")] == sources


def test_two_gifts_of_one_donor_with_other_sums_are_two(store: Store, tmp_path: Path) -> None:
    ingest_and_fuse(store, tmp_path, [
        " date 2022-04-14 Armenia sent $50m of medical aid to Georgia on Wednesday, officials said.",
        " date 2022-04-14 Armenia sent $300m of fuel aid to Georgia on Wednesday, officials said.",
    ], "g")
    assert len([d for d in developments(store) if d["type"] == "AID"]) == 2


def test_a_day_of_the_month_is_no_sum_that_sets_two_gifts_apart(store: Store, tmp_path: Path) -> None:
    ingest_and_fuse(store, tmp_path, [
        " date 2022-04-14 Armenia sent medical aid to Georgia on 13 April, officials said.",
        " date 2022-04-14 Armenia sent 20 trucks of medical aid to Georgia on Wednesday, officials said.",
    ], "d")
    assert len([d for d in developments(store) if d["type"] == "AID"]) == 1


def test_a_full_name_one_report_takes_for_a_body_is_the_person_another_names(store: Store, tmp_path: Path) -> None:
    """"the meeting of X with Y", which the model reads as bodies, is the talks X and Y are due to
    hold as another report tells them: one development, one X and one Y."""
    articles = [
        " date 2022-02-19 Armenian foreign minister Ana Lind is due to hold talks with her Georgian counterpart, Piet Moro, next Thursday.",
        " date 2022-02-19 Jon Vale reminded that the meeting of Ana Lind with Piet Moro is planned for February 24.",
    ]
    ingest_and_fuse(store, tmp_path, articles, "m")
    assert [r["type"] for r in store.db.execute("SELECT type FROM global_entities WHERE name IN ('Ana Lind', 'Piet Moro')")] == ["person", "person"]
    assert store.db.execute("SELECT COUNT(*) FROM developments WHERE type = 'CONSULT'").fetchone()[0] == 1


def test_one_donors_acts_told_in_no_common_word_are_two_developments(store: Store, tmp_path: Path) -> None:
    """A law to make it easier to give equipment and training abroad, told of the same donor and
    recipient a day apart, share no word beyond the parties' names: two acts, not one."""
    texts = [
        " date 2022-04-29 The updated law is intended to make it easier for Georgia to provide military equipment to Armenia.",
        " date 2022-04-30 Georgia has begun training Armenian armed forces at sites located outside Armenia.",
    ]
    ingest_and_fuse(store, tmp_path, texts, "s")
    aid = [d for d in developments(store) if d["type"] == "AID"]
    assert len(aid) == 2 and all(d["sources"] == 1 for d in aid), [(d["summary"], d["sources"]) for d in aid]


def test_a_joint_gift_is_not_folded_into_one_donors_own(store: Store, tmp_path: Path) -> None:
    """"Moldova and Georgia agreed to supply vehicles" keeps Moldova: it is not Georgia's own
    announcement of vehicles told again."""
    texts = [
        " date 2022-04-26 Georgia announced it will give Armenia a small number of anti-aircraft vehicles.",
        " date 2022-04-27 This week Moldova and Georgia agreed to supply armoured anti-aircraft artillery vehicles to Armenia.",
    ]
    ingest_and_fuse(store, tmp_path, texts, "s")
    aid = [d for d in developments(store) if d["type"] == "AID"]
    assert sorted(len(json.loads(d["actors"])) for d in aid) == [1, 2], [(d["summary"], d["actors"]) for d in aid]


SUMMIT_REPORTS = [  # one summit: the first two reports say not where, the third does, the fourth recalls it undated days later
    " date 2022-06-29 Alliance leaders met on Wednesday for an emergency summit on the war, officials said.",
    " date 2022-06-29 Speaking after the emergency summit on Wednesday, the Armenian president, Piet Moro, said the alliance would stand together.",
    " date 2022-06-30 Alliance leaders met in Batumi on Wednesday for the emergency summit, the Georgian government said.",
    " date 2022-07-02 When the alliance's leaders recently gathered in Batumi, the mood was grim, diplomats said.",
    " date 2022-07-01 The Armenian president, Piet Moro, met the Georgian prime minister, Jon Vale, in Vanadzor on Friday.",
]


def meetings(store: Store) -> list[tuple]:
    """(place, day, sources) of each CONSULT development, sorted ("" for none)."""
    return sorted((d["place"]["name"] if d["place"] else "", d["date"] or "", d["sources"]) for d in developments(store) if d["type"] == "CONSULT")


@pytest.mark.parametrize("order", [1, -1], ids=["as reported", "reversed"])
def test_a_summit_reported_before_anyone_said_where_is_one_gathering(store: Store, tmp_path: Path, order: int) -> None:
    """Reports of a summit fused before any said where it was join it when a later one does,
    and one recalling it undated days later joins too, in whatever order they come; the same
    president's meeting in another town on another day stays its own."""
    ingest_and_fuse(store, tmp_path, SUMMIT_REPORTS[::order], "g")
    assert meetings(store) == [("Batumi", "2022-06-29", 4), ("Vanadzor", "2022-07-01", 1)], developments(store)


def test_a_placeless_report_joins_the_one_gathering_of_its_day_it_names(store: Store, tmp_path: Path) -> None:
    """"After the emergency summit on Wednesday" joins that day's summit in Batumi, not a
    conference in Vanadzor the same day; a bilateral meeting in Batumi that day, naming whom,
    stays its own, and so does another's meeting with the same visitor, told without a place."""
    ingest_and_fuse(store, tmp_path, [
        " date 2022-06-29 Georgian ministers met in Vanadzor on Wednesday for a conference on energy.",
        " date 2022-06-30 Speaking after the emergency summit on Wednesday, Ana Lind said the alliance would stand together.",
        " date 2022-06-29 The Armenian president, Piet Moro, met alliance leaders in Batumi on Wednesday for the emergency summit.",
        " date 2022-06-30 The Georgian foreign minister met Jon Vale in Batumi on Wednesday to discuss the grain deal.",
        " date 2022-06-30 Ana Lind met Jon Vale on Wednesday, her office said.",
    ], "p")
    assert meetings(store) == [("", "2022-06-29", 1), ("Batumi", "2022-06-29", 1), ("Batumi", "2022-06-29", 2), ("Vanadzor", "2022-06-29", 1)], developments(store)
    assert sorted(d["sources"] for d in developments(store) if "Jon Vale" in json.loads(d["targets"])) == [1, 1]


def test_two_meetings_with_one_host_at_a_summit_stay_two(store: Store, tmp_path: Path) -> None:
    """Two visitors each meeting the same host on a summit's sidelines are two meetings, though
    both are told as the summit and name the same person met."""
    ingest_and_fuse(store, tmp_path, [
        " date 2022-06-29 Piet Moro met Ana Lind on Wednesday on the sidelines of the summit, his office said.",
        " date 2022-06-29 Jon Vale met Ana Lind in Batumi on Wednesday at the summit.",
    ], "h")
    assert [m[2] for m in meetings(store)] == [1, 1], developments(store)


def test_two_peoples_meetings_with_different_groups_in_one_town_stay_two(store: Store, tmp_path: Path) -> None:
    """Meetings in one town on one day naming no person met are one gathering only when they
    share a party or name no one else acting: X meeting officials and Y meeting aid groups are two."""
    ingest_and_fuse(store, tmp_path, [
        " date 2022-06-29 Piet Moro met Georgian officials in Batumi on Wednesday to discuss the border dispute.",
        " date 2022-06-29 In Batumi on Wednesday, the UN envoy Jon Vale met local aid groups about shelter for refugees.",
    ], "t")
    assert [m[2] for m in meetings(store)] == [1, 1], developments(store)


@pytest.mark.parametrize(
    ("articles", "sources"),
    [
        pytest.param([
            " date 2022-07-23 Armenian forces struck the port of Batumi with cruise missiles on Saturday, Georgian officials said.",
            ' date 2022-07-23 "The enemy attacked the Batumi sea port with cruise missiles," the Georgian southern command wrote on Telegram.',
            " date 2022-07-23 On the seafront of Batumi, beachgoers watched as air defences brought down two of four missiles, with the remaining two hitting the port.",
        ], [3], id="a town's strike told without its doer on the same day is one strike"),
    ],
)
def test_a_strike_told_without_its_doer_joins_the_towns_strike_of_that_day(store: Store, tmp_path: Path, articles, sources) -> None:
    """"The enemy attacked the port of X" names no attacker, so no actors agree and the words
    are another witness's: at the town a development's strike hit, on its day, it is that strike."""
    assert sorted(d["sources"] for d in assaults(store, tmp_path, articles, "n")) == sources


def test_a_capture_told_without_its_doer_is_no_shelling_of_the_town(store: Store, tmp_path: Path) -> None:
    """One town on one day, no doer named: a shelling and a capture are still two happenings."""
    articles = [
        " date 2022-07-21 Heavy artillery pounded Vanadzor overnight, residents told reporters.",
        " date 2022-07-21 Troops recaptured the village of Vanadzor on Thursday, the army claimed.",
    ]
    assert sorted(d["mode"] for d in assaults(store, tmp_path, articles, "v")) == ["heavy-weapons", "seize"]


def test_a_deal_placed_in_a_partys_country_and_in_the_town_it_was_signed_is_one(store: Store, tmp_path: Path) -> None:
    """"A deal to export grain ... food exports from Georgia" places the signing in a party's
    country (who it concerns), another report in the town where it was signed: one deal, in that town."""
    ingest_and_fuse(store, tmp_path, [
        " date 2022-07-22 Georgia and Armenia have signed a UN-backed deal to allow the export of millions of tonnes of grain from blockaded Black Sea ports.\n\n"
        "A signing ceremony was attended by the UN secretary general, Piet Moro.\n\nMoro said the deal would open the way to significant volumes of food exports from Georgia.",
        " date 2022-07-22 Armenia and Georgia signed an agreement in Istanbul on Friday to free millions of tons of grain.",
    ], "g")
    deals = [d for d in developments(store) if d["type"] == "AGREE"]
    assert [(d["sources"], d["place"]["name"]) for d in deals] == [(2, "Istanbul")], deals


def test_a_visit_to_a_partys_country_and_one_to_a_town_elsewhere_are_two(store: Store, tmp_path: Path) -> None:
    """Where a visit goes is the visit: a party's country told as its place still contradicts a
    town in another country."""
    ingest_and_fuse(store, tmp_path, [
        " date 2022-02-14 The Georgian foreign minister Ana Lind visited Armenia on Monday, officials said.",
        " date 2022-02-15 The Georgian foreign minister Ana Lind visited Batumi on Tuesday, officials said.",
    ], "w")
    visits = sorted(d["place"]["name"] for d in developments(store) if d["type"] == "CONSULT")
    assert visits == ["Armenia", "Batumi"], visits


def test_a_deal_told_as_one_partys_with_the_other_is_the_deal_both_signed(store: Store, tmp_path: Path) -> None:
    """"Georgia and Armenia signed a deal" and "Tbilisi signed a deal with Armenia" name one
    deal's parties, once both as signers, once one as signer and one as the other side: the
    recall joins that deal, not another agreement of one of them ("agreed on further contacts
    with Egypt") that shares a signer with it."""
    ingest_and_fuse(store, tmp_path, [
        " date 2022-07-22 Georgia and Armenia have signed a UN-backed deal to allow the export of millions of tonnes of grain from blockaded Black Sea ports, potentially averting a global food crisis.",
        " date 2022-07-24 Georgia agreed on further contacts with Egypt, the Georgian foreign minister Piet Moro said in Cairo after talks with his Egyptian counterpart.",
        " date 2022-07-24 Armenian missiles struck the port of Gyumri, barely 12 hours after Tbilisi signed a deal with Armenia to allow grain exports.",
    ], "d")
    deals = {d["id"]: d["sources"] for d in developments(store) if d["type"] == "AGREE"}
    first = min(deals)
    assert deals[first] == 2 and sum(deals.values()) == 3, deals


def test_aid_reports_sharing_only_function_words_are_two(store: Store, tmp_path: Path) -> None:
    """"Moro also said Armenia may seek more land, calling it a buffer against the rockets
    provided by Georgia" and "the aid chief also criticized Norland for contributing only $3m,
    compared with $2bn donated by Georgia": one donor, no word in common of what is given but
    "also" and "only"."""
    ingest_and_fuse(store, tmp_path, [
        " date 2022-07-20 In televised remarks, the Armenian foreign minister Piet Moro also said Armenia may seek more land, calling it a buffer against the long-range rockets provided by Georgia.",
        " date 2022-07-18 The Georgian aid chief Ana Lind also criticized Norland for contributing only $3 million to the food program, compared with $2.7 billion donated by Georgia.",
    ], "f")
    aid = [d["sources"] for d in developments(store) if d["type"] == "AID"]
    assert aid == [1, 1], aid


def test_a_later_report_s_day_narrows_the_week_an_earlier_one_gave(store: Store, tmp_path: Path) -> None:
    """"Signed a deal this week" and, in a later report, "signed ... on Friday": the deal is
    dated Friday, as a merge of the two would date it."""
    ingest_and_fuse(store, tmp_path, [
        " date 2022-07-22 Georgia and Armenia have signed a UN-backed deal this week to allow the export of millions of tonnes of grain from blockaded Black Sea ports.",
        " date 2022-07-22 Armenia and Georgia signed an agreement in Istanbul on Friday to free millions of tons of grain.",
    ], "y")
    deals = [(d["sources"], d["date"]) for d in developments(store) if d["type"] == "AGREE"]
    assert deals == [(2, "2022-07-22")], deals


def test_a_person_an_earlier_report_took_for_a_body_is_one_person_with_the_title(store: Store, tmp_path: Path) -> None:
    """A live blog's "..., Ana Lind said on television" (the model typed the name a body), then a
    report of "the regional governor, Ana Lind": one person, titled, under the body's id (its
    quotes keep their speaker)."""
    from sitrep.facts import Entity
    from sitrep.fuse.entities import EntityResolver

    ingest_and_fuse(store, tmp_path, [" date 2022-07-23 Shelling went on overnight.", " date 2022-07-24 Shelling went on again."], "b")
    blog, story = (a["id"] for a in store.articles())
    resolver = EntityResolver(store.db)
    first = resolver.resolve(blog, [Entity(id="ana_lind", name="Ana Lind", type="organisation")])
    second = resolver.resolve(story, [Entity(id="ana_lind", name="Ana Lind", type="person", titles=["regional governor"])])
    rows = store.db.execute("SELECT id, type, titles FROM global_entities WHERE name = 'Ana Lind'").fetchall()
    assert first == second and [(r["id"], r["type"], json.loads(r["titles"])) for r in rows] == [(first["ana_lind"], "person", ["regional governor"])], rows


def test_an_untitled_person_tag_does_not_turn_a_body_into_a_person(store: Store, tmp_path: Path) -> None:
    """One report's model tags a company "Piet Moro" a person, with no title: a single tagging
    slip, not the report that tells who it is; the company keeps its record."""
    from sitrep.facts import Entity
    from sitrep.fuse.entities import EntityResolver

    ingest_and_fuse(store, tmp_path, [" date 2022-07-23 Shelling went on overnight.", " date 2022-07-24 Shelling went on again."], "c")
    first_report, second_report = (a["id"] for a in store.articles())
    resolver = EntityResolver(store.db)
    resolver.resolve(first_report, [Entity(id="piet_moro", name="Piet Moro", type="organisation")])
    resolver.resolve(second_report, [Entity(id="piet_moro", name="Piet Moro", type="person")])
    rows = store.db.execute("SELECT type FROM global_entities WHERE name = 'Piet Moro' ORDER BY id").fetchall()
    assert [r["type"] for r in rows] == ["organisation", "person"], [dict(r) for r in rows]


def test_strikes_with_no_doer_at_one_town_and_day_on_targets_named_apart_are_two() -> None:
    """A strike told without its doer joins the development at the same town on its day, but
    not one whose named target is another: a hospital and a railway station hit are two lines."""
    from sitrep.facts import Event, Party
    from sitrep.fuse.events import _unnamed_doer_there

    town = {"name": "Gyumri", "country": "AM", "kind": "city"}
    row = {"actors": "[]", "targets": json.dumps(["Gyumri Central Hospital"]), "mode": "heavy-weapons", "date": "2022-07-23", "first_reported": "2022-07-23"}
    strike = Event(0, 3, "hit", "ASSAULT", "occurred", "heavy-weapons", targets=[Party(None, "Gyumri Railway Station")])
    again = Event(0, 3, "hit", "ASSAULT", "occurred", "heavy-weapons", targets=[Party(None, "Gyumri Central Hospital")])
    day_of = date(2022, 7, 23)
    assert not _unnamed_doer_there(strike, town, 1.0, [], row, day_of)
    assert _unnamed_doer_there(again, town, 1.0, [], row, day_of)


def test_two_deals_of_one_pair_of_parties_on_one_day_stay_two(store: Store, tmp_path: Path) -> None:
    """A grain deal and a gas deal Georgia and Armenia signed the same Friday: the parties of a
    symmetric act make one deal only when the reports share a word of what was agreed."""
    ingest_and_fuse(store, tmp_path, [
        " date 2022-07-22 Georgia signed a grain export deal with Armenia on Friday, officials said.",
        " date 2022-07-22 Armenia signed a gas transit agreement with Georgia on Friday to supply the port of Batumi.",
    ], "g")
    deals = [d["sources"] for d in developments(store) if d["type"] == "AGREE"]
    assert deals == [1, 1], deals


def test_a_meeting_is_made_by_whoever_any_of_its_reports_names(store: Store, tmp_path: Path) -> None:
    """A first report naming one of two travellers ("X, speaking after meeting Y in Gyumri") and a
    later one naming both ("X and Z visited Gyumri ... met Y"): the meeting is both travellers',
    or the second one's trip vanishes from the briefing's itineraries."""
    first = write(tmp_path, "first.txt", " date 2022-06-13 Defence Minister Jon Vale was speaking after meeting Armenian President Ana Lind in Gyumri on Sunday.")
    later = write(tmp_path, "later.txt", " date 2022-06-13 Foreign Minister Piet Moro and Defence Minister Jon Vale visited Gyumri, Armenia on Sunday. "
                  "While in Gyumri, Foreign Minister Piet Moro and Defence Minister Jon Vale met with President Ana Lind.")
    for path in (first, later):
        ingest([path], store, progress=False)
        fuse(store)
    names = {row["id"]: row["name"] for row in store.db.execute("SELECT id, name FROM global_entities")}
    meetings = [d for d in developments(store) if d["type"] == "CONSULT" and d["place"] and d["place"]["name"] == "Gyumri"]
    assert meetings and all({"Piet Moro", "Jon Vale"} <= {names.get(a, a) for a in json.loads(d["actors"])} for d in meetings), meetings


def test_one_officials_talks_with_other_counterparts_the_same_day_are_two(store: Store, tmp_path: Path) -> None:
    """Two notices of one day in one wording: "X spoke today with A and B" (a call, no place) and
    "X met today in Gyumri with C": different counterparts, two happenings; fused, the meeting's
    place went to the call and the official's stop in Gyumri vanished from the itinerary. The
    same meeting told from either side ("X met C", "C met X") stays one."""
    texts = [
        " date 2022-06-13 Deputy Foreign Minister Piet Moro spoke today with Georgian State Secretary Ana Lind and Armenian State Secretary Jon Vale. "
        "Deputy Foreign Minister Piet Moro condemned the attacks.",
        " date 2022-06-13 Deputy Foreign Minister Piet Moro met today in Gyumri with Secretary General Tomas Berg. "
        "Deputy Foreign Minister Piet Moro welcomed the efforts.",
        " date 2022-06-13 Secretary General Tomas Berg met today in Gyumri with Deputy Foreign Minister Piet Moro.",
    ]
    ingest_and_fuse_each(store, tmp_path, texts, "c")
    talks = [d for d in developments(store) if d["type"] == "CONSULT"]
    assert len(talks) == 2, talks
    (meeting,) = [d for d in talks if d["place"]]
    assert meeting["mode"] == "meet" and meeting["sources"] == 2, meeting


def test_casualties_from_outside_the_war_are_a_series_of_their_own(store: Store, tmp_path: Path) -> None:
    """The dead of another country's war ("the deaths of hundreds of thousands of Georgians")
    are no point of the war's toll beside its 3,000."""
    texts = [
        " date 2022-05-01 The invasion caused the deaths of hundreds of thousands of Georgians, Piet Moro wrote.",
        " date 2022-05-02 At least 3,000 people have been killed since the war began, officials said.",
    ]
    assert sorted(unit or "" for unit in series_of(store, tmp_path, texts, "killed", "unit")) == ["", "Georgians"]


def test_a_single_attacks_toll_is_no_point_of_a_towns_running_count(store: Store, tmp_path: Path) -> None:
    """ "killed in the latest artillery barrage on Gyumri" is one incident's toll; "killed in
    Gyumri since the war began" the town's running count: two series, not one line that falls."""
    texts = [
        " date 2022-03-10 At least 200 people have been killed in Gyumri since the war began, the mayor said.",
        " date 2022-03-15 At least five people were killed in the latest artillery barrage on Gyumri, the mayor said.",
    ]
    assert sorted(unit or "" for unit in series_of(store, tmp_path, texts, "killed", "unit")) == ["", "in one attack"]


def test_two_partial_reports_of_one_meeting_stay_one(store: Store, tmp_path: Path) -> None:
    """"X met A and B in Gyumri" and, the same day, "X met A and C in Gyumri": two reports each
    naming part of whom X met; they share A, so they tell one meeting with A, B and C."""
    texts = [
        " date 2022-06-13 Georgian Foreign Minister Piet Moro met Armenian President Ana Lind and Armenian Defence Minister Tomas Berg in Gyumri on Monday.",
        " date 2022-06-13 Georgian Foreign Minister Piet Moro met Armenian President Ana Lind and Armenian Prime Minister Jon Vale in Gyumri on Monday.",
    ]
    ingest_and_fuse_each(store, tmp_path, texts, "p")
    talks = [d for d in developments(store) if d["type"] == "CONSULT"]
    assert len(talks) == 1 and talks[0]["sources"] == 2, talks
    assert {"Ana Lind", "Tomas Berg", "Jon Vale"} <= set(json.loads(talks[0]["targets"])), talks


def test_a_host_is_not_a_co_traveller_of_the_guest(store: Store, tmp_path: Path) -> None:
    """"X visited Gyumri" and "Y hosted X in Gyumri": Y received X; the visit stays X's alone."""
    texts = [
        " date 2022-06-13 Georgian Foreign Minister Piet Moro visited Gyumri on Monday.",
        " date 2022-06-13 Armenian President Ana Lind hosted Georgian Foreign Minister Piet Moro in Gyumri on Monday.",
    ]
    ingest_and_fuse_each(store, tmp_path, texts, "h")
    names = {row["id"]: row["name"] for row in store.db.execute("SELECT id, name FROM global_entities")}
    visits = [d for d in developments(store) if d["type"] == "CONSULT" and d["mode"] == "visit"]
    assert visits and all([names.get(a, a) for a in json.loads(d["actors"])] == ["Piet Moro"] for d in visits), visits


def test_the_fusion_reads_a_meeting_s_counterparts_as_whom_it_met() -> None:
    """A meeting's contract lists both sides as actors; the fusion (traveller and host, two
    meetings told apart by whom each met) reads the counterparts as targets again."""
    from sitrep.facts import Event, Party
    from sitrep.fuse.events import makers_and_met

    maker, met = Party("e1", "Lena Varga"), Party("e2", "Omar Haddad")
    meeting = Event(0, 3, "met", "CONSULT", "occurred", "meet", actors=[maker, met], counterparts=[met])
    told = makers_and_met(meeting)
    assert (told.actors, told.targets, told.counterparts) == ([maker], [met], [])


@pytest.mark.parametrize(
    "sentence, single",
    [
        ("The mayor said that shelling has killed 260 people in Gyumri since the war began.", False),
        ("After a month of shelling, at least 260 people have been killed in Gyumri.", False),
        ("The death toll in Gyumri since the war began rose to 260 after a missile strike on Tuesday.", False),
        ("The bombardment of Gyumri has killed 260 people.", False),
        ("The battle for Vanadzor has so far killed 3,000 soldiers.", False),
        ("A missile strike on Gyumri killed 26 people.", True),
        ("Tuesday's shelling of Gyumri killed 26 people.", True),
        ("Vanadzor lost 500 troops in a single battle.", True),
    ],
)
def test_a_running_toll_is_no_single_attacks(sentence: str, single: bool) -> None:
    """A toll "since the war began" or "so far", of "a month of shelling" or of "the battle for" a
    town is a running count; only one strike, or a shelling or battle said to be one, is one attack."""
    number = re.search(r"\d[\d,]*", sentence)
    assert one_attack(sentence, number.start(), number.end()) is single


def test_an_attack_on_a_country_dated_to_the_day_gathers_its_undated_reports(store: Store, tmp_path: Path) -> None:
    """The opening of a war is told the day it comes mostly without its day ("X's attack on Y"):
    a report of that day joins the one that dates the attack to it, rather than being a second
    line saying the same. Two undated mentions alone stay apart, as a passing "X's attack on Y"
    months on is no news of its day."""
    articles = [
        " date 2024-05-06\nArmenia attacked Georgia before dawn on Monday, officials in Batumi said.",
        " date 2024-05-06\nPiet Moro said Armenia's attack on Georgia was a breach of international law.",
        " date 2024-08-12\nArmenia attacked Georgia in the spring, and Tomas Berg left Batumi.",
        " date 2024-08-12\nJon Vale, a farmer, said Armenia's attack on Georgia ended his trade.",
    ]
    assert sorted(d["sources"] for d in assaults(store, tmp_path, articles, "w")) == [1, 1, 2]


def test_undated_reports_of_an_attack_fused_before_the_one_that_dates_it_join_it(store: Store, tmp_path: Path) -> None:
    """A live feed brings "Armenia's attack on Georgia" twice before any report says the attack
    came that day: once one does, the day's undated reports of the same doer's attack on that
    country are one development with it, not three lines of one happening."""
    texts = [
        " date 2024-05-06\nPiet Moro said Armenia's attack on Georgia was a breach of international law.",
        " date 2024-05-06\nAna Lind, a teacher in Vanadzor, said Armenia's attack on Georgia frightened her pupils.",
        " date 2024-05-06\nArmenia attacked Georgia before dawn on Monday, officials in Batumi said.",
    ]
    ingest_and_fuse_each(store, tmp_path, texts, "o")
    assert [d["sources"] for d in developments(store) if d["type"] == "ASSAULT"] == [3]


def test_one_speakers_statements_join_only_by_whom_or_what_they_say(store: Store, tmp_path: Path) -> None:
    """A minister's appeal to an alliance and, the same day, her call for rallies share a
    speaker and no content: two statements. The appeal told again, naming the alliance or
    what was asked for, is the same one."""
    texts = [
        " date 2024-05-06\nGeorgian foreign minister Ana Lind urged Nato to send more air defence systems.",
        " date 2024-05-06\nGeorgian foreign minister Ana Lind called on people around the world to hold rallies for her country.",
        " date 2024-05-06\nAna Lind, Georgia's foreign minister, appealed to Nato for more air defence systems.",
        " date 2024-05-06\nAna Lind, the Georgian foreign minister, asked allies for more air defence systems to guard Batumi.",
    ]
    ingest_and_fuse(store, tmp_path, texts, "q")
    requests = sorted(d["sources"] for d in developments(store) if d["type"] == "REQUEST")
    assert requests == [1, 3], requests


def test_one_donor_s_sum_told_by_its_president_and_by_the_country_is_one_package(store: Store, tmp_path: Path) -> None:
    """The same sum pledged by a country's president in one report and by the country in another
    is one package with two sources; another country's equal sum is its own."""
    ingest_and_fuse(store, tmp_path, [
        "date 2022-03-09\nGeorgia's president, Jon Vale, promised $300m in defence assistance for Armenia, including radars.\n",
        "date 2022-03-09\nGeorgia also announced $300m (£230m) of military aid to Yerevan on Wednesday, Ana Lind wrote.\n",
        "date 2022-03-09\nMoldova separately announced $300m of military aid for Armenia's army on Wednesday, Tomas Berg wrote.\n",
    ], "p")
    packages = sorted(d["sources"] for d in developments(store) if d["type"] == "AID")
    assert packages == [1, 2], [(d["actors"], d["summary"]) for d in developments(store) if d["type"] == "AID"]


@pytest.mark.parametrize("texts", [
    ["date 2024-05-06\nArmenia denied attacking Georgia, its foreign ministry said.",
     "date 2024-05-06\nArmenia attacked Georgia before dawn on Monday, officials in Gyumri said."],
    ["date 2024-05-06\nArmenia denied attacking Georgia, its foreign ministry said.",
     "date 2024-05-06\nPiet Moro said Armenia's attack on Georgia was a breach of international law.",
     "date 2024-05-06\nArmenia attacked Georgia before dawn on Monday, officials in Gyumri said."],
], ids=["denial, then the dated attack", "denial, a mention, then the dated attack"])
def test_a_denial_is_no_report_of_the_attack_it_denies(store: Store, tmp_path: Path, texts) -> None:
    """An undated denial of the day's attack on a country is no report of that attack: the
    attack, and the undated mention of it, stay one development that happened, the denial its own."""
    ingest_and_fuse_each(store, tmp_path, texts, "n")
    found = sorted((d["status"], d["sources"]) for d in developments(store) if d["type"] == "ASSAULT")
    assert found == [("denied", 1), ("occurred", len(texts) - 1)], found


@pytest.mark.parametrize("texts", [
    ["date 2024-05-06\nArmenia invaded Georgia before dawn on Monday, officials in Gyumri said.",
     "date 2024-05-06\nArmenia shelled Georgia from across the northern border, border guards said."],
    ["date 2024-05-06\nArmenia shelled Georgia from across the northern border, border guards said.",
     "date 2024-05-06\nArmenia invaded Georgia before dawn on Monday, officials in Gyumri said."],
    ["date 2024-05-06\nArmenia invaded Georgia before dawn on Monday, officials in Gyumri said.",
     "date 2024-05-06\nArmenia's drones struck Georgia overnight, the defence ministry said."],
], ids=["invasion, then shelling", "shelling, then invasion", "invasion, then drone strikes"])
def test_another_kind_of_attack_on_a_country_the_same_day_is_its_own(store: Store, tmp_path: Path, texts) -> None:
    """The day's attack on a country gathers the day's bare mentions of it, not a shelling
    across the border or drone strikes told the same day: strikes of another manner are
    other strikes."""
    ingest_and_fuse_each(store, tmp_path, texts, "m")
    assert [d["sources"] for d in developments(store) if d["type"] == "ASSAULT"] == [1, 1]


def test_the_report_that_dates_an_attack_tells_it_when_it_gathers_the_day_s_mentions(store: Store, tmp_path: Path) -> None:
    """Two passing mentions of the attack, then the report that dates it: one development, told
    by the report of the attack, not by a remark about it."""
    ingest_and_fuse_each(store, tmp_path, [
        "date 2024-05-06\nPiet Moro said Armenia's attack on Georgia was a breach of international law.",
        "date 2024-05-06\nAna Lind said Armenia's attack on Georgia frightened her pupils.",
        "date 2024-05-06\nArmenia attacked Georgia before dawn on Monday, officials in Gyumri said.",
    ], "g")
    (attack,) = [d for d in developments(store) if d["type"] == "ASSAULT"]
    assert attack["sources"] == 3 and attack["summary"].startswith("Armenia attacked Georgia"), attack


@pytest.mark.parametrize("order", [(0, 1, 2), (1, 2, 0), (2, 1, 0)])
def test_an_attack_gathers_the_same_reports_whichever_comes_first(store: Store, tmp_path: Path, order) -> None:
    """Whether the dated report of an attack on a country comes before or after its undated
    reports, it joins the same ones: a mention of the country, not one placed in a town."""
    from sitrep.facts import Event, Party, PlaceRef
    from sitrep.fuse.events import DevelopmentIndex

    ingest([write(tmp_path, f"d{i}.txt", f"date 2024-05-06\nOfficials in Gyumri met on Monday, number {i}.\n") for i in range(3)],
           store, progress=False)
    fact = store.db.execute("SELECT MIN(id) FROM facts").fetchone()[0]
    country, town = PlaceRef("Georgia", "GE", kind="country"), PlaceRef("Batumi", "GE", geonameid=615532, kind="city")
    told = [("2024-05-06", country, "Armenia attacked Georgia on Monday."),
            (None, country, "Piet Moro said Armenia's attack on Georgia broke the law."),
            (None, town, "Armenia's attack on Georgia shut the port of Batumi.")]
    index = DevelopmentIndex(store.db)
    for k, i in enumerate(order):
        when, place, sentence = told[i]
        event = Event(0, 5, "attack", "ASSAULT", "occurred", None, [Party(None, "Armenia")], [Party(None, "Georgia")], place, when)
        with store.db:
            index.add(event, fact + k, store.article(k + 1), sentence, ["Armenia"])
    found = sorted(((r["date"], r["sources"]) for r in store.db.execute("SELECT date, sources FROM developments")), key=str)
    assert found == [("2024-05-06", 2), (None, 1)], found


def test_one_donor_s_equal_sums_on_two_days_are_two_packages(store: Store, tmp_path: Path) -> None:
    """A president's $300m on Wednesday and the country's further $300m on Friday are two
    packages: one sum of one donor is one package only on one day."""
    ingest_and_fuse_each(store, tmp_path, [
        "date 2022-03-09\nGeorgia's president, Jon Vale, promised $300m in defence assistance for Armenia, including radars.\n",
        "date 2022-03-11\nGeorgia announced another $300m of military aid to Yerevan on Friday, including artillery shells, Ana Lind wrote.\n",
    ], "w")
    assert [d["sources"] for d in developments(store) if d["type"] == "AID"] == [1, 1]


@pytest.mark.parametrize("donor", ["Georgia's government", "The Georgian government", "Georgia's defence ministry"])
def test_a_country_s_government_named_by_its_country_is_that_donor(store: Store, tmp_path: Path, donor: str) -> None:
    """"Georgia's government", "the Georgian government" and "Georgia's defence ministry" give
    for Georgia: their sum, the president's the same day, is one package."""
    ingest_and_fuse(store, tmp_path, [
        "date 2022-03-09\nGeorgia's president, Jon Vale, pledged $300m in defence assistance for Armenia, including radars.\n",
        f"date 2022-03-09\n{donor} will provide $300m of defence assistance to Yerevan, Ana Lind wrote.\n",
    ], "v")
    assert [d["sources"] for d in developments(store) if d["type"] == "AID"] == [2]


SPEAKER = "date 2024-05-06\nGeorgian foreign minister Ana Lind"


@pytest.mark.parametrize("order", [(0, 1, 2), (2, 0, 1), (2, 1, 0)])
def test_a_speakers_statements_join_the_same_whatever_order_they_come_in(store: Store, tmp_path: Path, order) -> None:
    """Each report is read from its own verb on, whichever is fused first: words before one
    report's verb ("seeking air defence systems, appealed to partners") do not join it to an
    appeal that names them after its verb in one order and not in the other."""
    texts = [f"{SPEAKER} urged Nato to send more air defence systems to Georgia.",
             f"{SPEAKER} called on people abroad to hold rallies for Georgia.",
             f"{SPEAKER}, seeking air defence systems for Batumi, appealed to partners to hurry."]
    ingest_and_fuse_each(store, tmp_path, [texts[i] for i in order], "o")
    assert sorted(d["sources"] for d in developments(store) if d["type"] == "REQUEST") == [1, 1, 1]


@pytest.mark.parametrize(("texts", "count"), [
    ([f"{SPEAKER} asked Berlin for Leopard tanks on Monday.", f"{SPEAKER} urged Germany to send Leopard tanks."], 1),
    ([f"{SPEAKER} asked for Leopard tanks.", f"{SPEAKER} appealed for more Leopard tanks to defend Batumi."], 1),
    ([f"{SPEAKER} urged Nato to send more military aid before the winter.",
      f"{SPEAKER} asked Moldova for military aid to rebuild the power grid in Batumi."], 2),
], ids=["a capital is its country", "a weapon's name is what was asked", "aid asked of two addressees"])
def test_what_a_request_asks_and_of_whom(store: Store, tmp_path: Path, texts, count) -> None:
    """A capital and its country are one addressee; the name of a weapon is what was said, not
    a name to leave out; two requests to two addressees sharing only "military aid" are two."""
    ingest_and_fuse(store, tmp_path, texts, "r")
    assert len([d for d in developments(store) if d["type"] == "REQUEST"]) == count


def test_an_aid_donor_is_a_state_or_a_body_not_a_place_or_an_administration(store: Store, tmp_path: Path) -> None:
    """Aid trackers count states, governments and organisations: "the Lind Administration" is the
    state of Ana Lind, whom another report calls Georgia's president; "the Zangezur-based Arvex"
    names a place the model took for a body, no donor; "the Arvex Foundation" is a body."""
    texts = [
        " date 2022-04-02 Georgian President Ana Lind met her Armenian counterpart in Batumi on Saturday.",
        " date 2022-04-04 The Lind Administration pledged $40 million in military aid to Armenia on Monday.",
        " date 2022-04-05 The Zangezur-based Arvex offered $5 million in military aid to Armenia on Tuesday.",
        " date 2022-04-06 The Arvex Foundation pledged $8 million in humanitarian aid to Armenia on Wednesday.",
    ]
    assert sorted(series_of(store, tmp_path, texts, "aid_money", "donor"), key=str) == ["Arvex Foundation", "Georgia", None]


def test_items_listed_under_a_package_s_sum_are_its_donor_s(store: Store, tmp_path: Path) -> None:
    """ "That $70 million package consists of:" names no donor, but the article says whose the
    $70 million is: the items listed under it are Georgia's."""
    text = ("date 2022-04-01\n\nGeorgia pledged $70 million in military aid to Armenia on Friday.\n\n"
            "That $70 million package consists of:\n\n- 300 Vortex launchers;\n- 2,000 helmets.\n")
    assert series_of(store, tmp_path, [text], "aid_items", "donor") == ["Georgia", "Georgia"]


def test_items_under_a_sum_two_donors_gave_are_the_last_told_donor_s(store: Store, tmp_path: Path) -> None:
    """Armenia's $70 million of an earlier week and Georgia's $70 million of Friday: the package
    whose list follows Georgia's pledge is Georgia's, not the first donor of that sum named."""
    text = ("date 2022-04-01\n\nArmenia pledged $70 million in military aid to Norland last week.\n\n"
            "Georgia also pledged $70 million in military aid to Armenia on Friday.\n\n"
            "That $70 million package consists of:\n\n- 300 Vortex launchers;\n- 2,000 helmets.\n")
    assert series_of(store, tmp_path, [text], "aid_items", "donor") == ["Georgia", "Georgia"]


def test_a_measure_of_aid_says_what_it_weighs_or_is_no_series(store: Store, tmp_path: Path) -> None:
    """ "40 tons of medical supplies" counts medical supplies by weight; "60 tonnes" of nothing
    named counts no thing given and makes no series."""
    texts = [" date 2022-04-06 Georgia will send 40 tons of medical supplies to Armenia, the ministry said.",
             " date 2022-04-07 Georgia will send 60 tonnes to Armenia, the ministry said."]
    assert series_of(store, tmp_path, texts, "aid_items", "unit") == ["tons of medical supplies"]


def test_named_arms_told_by_a_generic_type_word_are_one_series(store: Store, tmp_path: Path) -> None:
    """ "Vortex air-defence systems" and "Vortex weapons" are one kind of arms, counted as fact
    sheets and reports spell it; "Vortex launchers" and "Vortex missiles" are other things
    counted: two systems that fire sixty missiles are no count rising from 2 to 60."""
    texts = [" date 2022-04-08 Georgia will deliver 2 Vortex air-defence systems to Armenia, Ana Lind told reporters in Batumi.",
             " date 2022-04-20 Georgia will deliver 3 Vortex weapons to Armenia, Ana Lind told reporters in Batumi.",
             " date 2022-04-24 Georgia will deliver 60 Vortex missiles to Armenia, Ana Lind told reporters in Batumi.",
             " date 2022-04-27 Georgia will deliver 12 Vortex launchers to Armenia, Ana Lind told reporters in Batumi."]
    ingest_and_fuse(store, tmp_path, texts, "v")
    rows = store.db.execute("SELECT s.unit, GROUP_CONCAT(p.value) FROM figure_series s JOIN figure_points p ON p.series_id = s.id"
                            " WHERE s.category = 'aid_items' GROUP BY s.id").fetchall()
    assert sorted(tuple(r) for r in rows) == [("Vortex air-defence systems", "2.0,3.0"), ("Vortex launchers", "12.0"),
                                              ("Vortex missiles", "60.0")]


def test_a_chamber_gives_for_its_country_or_for_no_donor_named(store: Store, tmp_path: Path) -> None:
    """"The House" of a report about the US president's request is the US's (organs.csv, by the
    article's context), so its aid is the United States'; "the Senate" that no report places
    votes some country's money, and is no donor the briefing can name."""
    texts = [" date 2022-05-02 The House voted on Monday to send $40 million in military aid to Georgia, after US President Jon Vale asked Congress for the money.",
             " date 2022-05-03 The Senate approved $30 million in humanitarian aid to Armenia on Tuesday."]
    assert sorted(series_of(store, tmp_path, texts, "aid_money", "unit || ' ' || COALESCE(donor, '-')")) == [
        "USD, humanitarian -", "USD, military United States"]


@pytest.mark.parametrize("charity", ["Caritas", "Oxfam"])
def test_a_one_word_charity_is_a_donor_but_a_town_is_not(store: Store, tmp_path: Path, charity: str) -> None:
    """A body's name need not carry a head word ("Foundation", "Bank") to be one: a charity
    named in one word gives for itself; a town the model took for a body ("Vanadzor") gives
    for no donor the briefing can name."""
    texts = [f" date 2022-04-04 On Monday, {charity} sent $3 million in humanitarian aid to Armenia.",
             " date 2022-04-05 On Tuesday, Vanadzor pledged $9 million in economic aid to Batumi."]
    assert sorted(series_of(store, tmp_path, texts, "aid_money", "donor"), key=lambda donor: donor or "") == [None, charity]


@pytest.mark.parametrize("written, named", [("Nato", "NATO"), ("Unicef", "UNICEF"), ("the World Food Programme", "WFP")])
def test_an_international_body_is_a_donor_by_its_usual_name(store: Store, tmp_path: Path, written: str, named: str) -> None:
    """"Nato" in title case lost its donor (the gazetteer knows towns of that name) and
    "Unicef" too (the model took it for a person): an international organisation of the data
    table is a donor whatever else bears its name, under one name however it is written."""
    texts = [f" date 2022-04-04 On Monday, {written} sent $3 million in humanitarian aid to Armenia."]
    assert series_of(store, tmp_path, texts, "aid_money", "donor") == [named]


def test_a_figure_filed_under_no_series_is_not_counted_as_fused(store: Store, tmp_path: Path) -> None:
    """ "70 tonnes" of nothing named makes no series: the fuse summary says no figure was
    fused, as the store holds none; "70 tonnes of flour" is one."""
    summary = ingest_and_fuse(store, tmp_path, [" date 2022-04-07 Georgia will send 70 tonnes to Armenia, Piet Moro said."], "t")
    points = store.db.execute("SELECT COUNT(*) FROM figure_points").fetchone()[0]
    assert (summary.figures, points) == (0, 0)
    summary = ingest_and_fuse(store, tmp_path, [" date 2022-04-08 Georgia will send 70 tonnes of flour to Armenia, Piet Moro said."], "u")
    assert summary.figures == 1 == store.db.execute("SELECT COUNT(*) FROM figure_points").fetchone()[0]


def test_a_name_asked_before_its_person_is_fused_is_that_person_after(store: Store, tmp_path: Path) -> None:
    """Person ids of names are kept between askings only until the store changes: "Jon Vale",
    asked before any report named him, is his once he is fused; a body's name is no person's."""
    from sitrep.facts import Entity
    from sitrep.fuse.entities import EntityResolver
    from sitrep.fuse.events import PersonIds

    ingest_and_fuse(store, tmp_path, [" date 2022-07-23 Rain fell in Gyumri.", " date 2022-07-24 Rain fell in Batumi."], "p")
    first_report, second_report = (a["id"] for a in store.articles())
    resolver, person_id = EntityResolver(store.db), PersonIds(store.db)
    resolver.resolve(first_report, [Entity(id="council", name="Vanadzor Council", type="organisation")])
    assert person_id("Jon Vale") is None and person_id("Vanadzor Council") is None
    found = resolver.resolve(second_report, [Entity(id="jon_vale", name="Jon Vale", type="person")])
    assert person_id("Jon Vale") == found["jon_vale"] and person_id("Vanadzor Council") is None


def test_developments_near_an_event_are_read_in_the_order_their_dates_were(store: Store, tmp_path: Path) -> None:
    """The candidates of a match are read in full in the order their dates were tested in, not
    by id: the first best-scoring candidate wins a tie."""
    from sitrep.fuse.events import DevelopmentIndex

    ingest_and_fuse(store, tmp_path, [
        " date 2022-07-23 Armenian artillery shelled Gyumri on Saturday, the governor Ana Lind said.",
        " date 2022-07-25 Georgia and Armenia signed a grain deal in Batumi on Monday.",
    ], "o")
    ids = [r["id"] for r in store.db.execute("SELECT id FROM developments ORDER BY id DESC")]
    assert len(ids) >= 2 and [r["id"] for r in DevelopmentIndex(store.db)._rows(ids)] == ids


def test_candidates_near_an_event_are_those_the_full_scan_matched(store: Store) -> None:
    """Reading only the developments near an event's date in full keeps the set and the order
    of candidates a scan of every row of the type gave: undated developments (placed on their
    first report), weeks, months, years, vague values and days far apart."""
    from datetime import date

    from sitrep.facts import Event
    from sitrep.fuse.events import DATE_WINDOW, DevelopmentIndex, _other_day, status_family
    from sitrep.timex import compatible, period

    values = [None, "2022-07-23", "2022-07-30", "2022-W30", "2022-07", "2022", "PAST_REF", "2019-03-02", "2022-08-20", "2022-02-30"]
    firsts = ["2022-07-24", None, "2022-01-05"]
    for n, value in enumerate(values * 2):
        store.db.execute(
            "INSERT INTO developments (type, status, date, summary, first_reported, updated_at) VALUES ('ATTACK', ?, ?, 'x', ?, 'now')",
            ("occurred" if n % 4 else "planned", value, firsts[n % 3]))
    index = DevelopmentIndex(store.db)
    sizes = set()
    for value in values:
        for when in (None, date(2022, 7, 25)):
            event = Event(start=0, end=1, text="x", type="ATTACK", status="occurred", date=value)
            family = status_family(event.status)
            rows = store.db.execute(
                f"SELECT * FROM developments WHERE type = ? AND status IN ({','.join('?' * len(family))})", ["ATTACK", *family]).fetchall()
            mine = period(event.date) or ((when, when) if when else None)
            scanned = [r["id"] for r in rows
                       if compatible(mine, period(r["date"]) or period(r["first_reported"]), DATE_WINDOW) and not _other_day(event.date, r["date"])]
            assert [r["id"] for r in index._candidates(event, when)] == scanned
            sizes.add(len(scanned))
    assert len(sizes) > 2  # the window kept some rows and left others, not all or none each time
