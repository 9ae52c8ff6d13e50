"""The briefing built from the seeds: sections, sourced statements, the map, every format."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from sitrep.brief import build_briefing, render
from sitrep.brief.render import badges, figure, map_data, markdown
from sitrep.store.sqlite import Store
from tests.conftest import ROOT


@contextmanager
def fused_store(tmp_path, texts: dict[str, str]) -> Iterator[Store]:
    """A store holding ``texts`` (file name -> text) ingested and fused, as `sitrep ingest` leaves it."""
    from sitrep.fuse import fuse
    from sitrep.ingest import ingest

    for name, text in texts.items():
        (tmp_path / name).write_text(text)
    with Store(tmp_path / "fused.db") as store:
        ingest([str(tmp_path / name) for name in texts], store, progress=False)
        fuse(store)
        yield store


def briefing_of(tmp_path, texts: dict[str, str]):
    """The briefing of ``texts`` (file name -> text), ingested and fused."""
    with fused_store(tmp_path, texts) as store:
        return build_briefing(store)


def _section(store, key: str):
    """The briefing's section with ``key``."""
    return next(s for s in build_briefing(store).sections if s.key == key)


def _shown(tmp_path, texts: dict[str, str], key: str, developments: bool = False) -> list[str]:
    """The lines a section shows for ``texts`` fused in a fresh store (only its developments'
    when ``developments``, leaving out the topic sentences that fill a short section)."""
    with fused_store(tmp_path, texts) as store:
        return [s.text for s in _section(store, key).statements if not developments or s.kind == "development"]


def _development_types(store, key: str) -> list[str]:
    """The PLOVER types of a section's developments, in the order shown."""
    return [s.type for s in _section(store, key).statements if s.kind == "development"]


def test_sections_statements_and_sources(seeded_db) -> None:
    with Store(seeded_db) as store:
        briefing = build_briefing(store)
        texts = {a["id"]: store.article(a["id"])["text"] for a in store.articles()}
    assert [s.title for s in briefing.sections] == ["Latest developments", "Diplomacy", "Military aid", "Civilians and refugees"]
    for section in briefing.sections:
        for statement in section.statements:
            [source] = statement.sources
            assert texts[source.article_id][source.start:source.end] == statement.text
    diplomacy = " ".join(s.text for s in briefing.sections[1].statements)
    assert "Brussels" in diplomacy and "March 24" in diplomacy
    refugees = " ".join(s.text for s in briefing.sections[3].statements)
    assert "450,000" in refugees and "1.8 million" in refugees


def test_map_points_carry_places_and_their_articles(seeded_db) -> None:
    with Store(seeded_db) as store:
        briefing = build_briefing(store)
    points = {p.name: p for p in briefing.places}
    for name in ("Brussels", "Poland", "Moldova", "Chisinau", "Lithuania", "Latvia", "Estonia"):
        assert points[name].sources, name
    assert len(points["Brussels"].sources) == 2  # both seeds send someone to Brussels
    assert points["Ukraine"].count > points["Chisinau"].count


def test_period_filter(seeded_db) -> None:
    with Store(seeded_db) as store:
        assert build_briefing(store, since="2022-03-16").articles == 1
        assert build_briefing(store, until="2022-03-01").articles == 0


def test_markdown_and_json_from_the_command(seeded_db) -> None:
    markdown = subprocess.run([sys.executable, "-m", "sitrep.cli", "brief", "--db", str(seeded_db)],
                              capture_output=True, text=True, cwd=ROOT, check=True).stdout
    for heading in ("## Latest developments", "## Diplomacy", "## Military aid", "## Civilians and refugees", "## Map"):
        assert heading in markdown
    assert "data:image/svg+xml;base64," in markdown
    assert "](/articles/" in markdown and "#span-" in markdown
    data = json.loads(subprocess.run([sys.executable, "-m", "sitrep.cli", "brief", "--db", str(seeded_db), "--format", "json"],
                                     capture_output=True, text=True, cwd=ROOT, check=True).stdout)
    assert data["sections"][0]["statements"][0]["sources"][0]["link"].startswith("/articles/")
    assert {"Brussels", "Chisinau"} <= {p["name"] for p in data["places"]}


def test_missing_database_is_one_clear_line(tmp_path) -> None:
    result = subprocess.run([sys.executable, "-m", "sitrep.cli", "brief", "--db", str(tmp_path / "none.db")],
                            capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 1 and result.stderr.strip() == f"{tmp_path / 'none.db'}: no such database; run `sitrep ingest` first"


def test_render_html_is_standalone(seeded_db) -> None:
    with Store(seeded_db) as store:
        html = render(build_briefing(store), "html")
    assert "<svg" in html and 'id="diplomacy"' in html and "<style" in html


def test_a_sentence_with_several_events_is_one_line(tmp_path) -> None:
    from sitrep.fuse import fuse
    from sitrep.ingest import ingest

    path = tmp_path / "two.txt"
    path.write_text(" date 2022-04-02 The ministers condemned the shelling of the port and imposed sanctions on the "
                    "commanders responsible, officials said on Saturday.")
    with Store(tmp_path / "b.db") as store:
        ingest([str(path)], store, progress=False)
        fuse(store)
        assert store.db.execute("SELECT COUNT(*) FROM developments").fetchone()[0] >= 2
        latest = build_briefing(store).sections[0].statements
    spans = [(s.sources[0].article_id, s.sources[0].start) for s in latest]
    assert len(spans) == len(set(spans))


def test_latest_leaves_out_background_and_shows_newest_first(tmp_path) -> None:
    """A shelling recalled from weeks before is a development but not a latest one; the
    rest, equally corroborated, read newest first, whatever order the articles came in."""
    texts = {
        "late.txt": " date 2022-05-27 Russian forces captured the town of Izium on Thursday, officials said. "
                    "On April 2, Russian warships shelled the harbour of Berdyansk, the mayor recalled.",
        "early.txt": " date 2022-05-10 Artillery shelled the port of Odesa on Monday, killing two people.",
    }
    with fused_store(tmp_path, texts) as store:
        dates = {row["date"] for row in store.db.execute("SELECT date FROM developments")}
        latest = build_briefing(store).sections[0].statements
    assert {"2022-05-26", "2022-05-09", "2022-04-02"} <= dates
    assert [s.date for s in latest if s.kind == "development"] == ["2022-05-26", "2022-05-09"]


def test_a_development_cites_a_sentence_once(tmp_path) -> None:
    """Two events of one sentence fused into one development are one citation, not two."""
    from sitrep.brief.developments import developments
    from sitrep.fuse import fuse
    from sitrep.ingest import ingest

    path = tmp_path / "one.txt"
    path.write_text(" date 2022-04-02 The ministers condemned the shelling of the port and imposed sanctions on the "
                    "commanders responsible, officials said on Saturday.")
    with Store(tmp_path / "c.db") as store:
        ingest([str(path)], store, progress=False)
        fuse(store)
        links = store.db.execute("SELECT development_id, fact_id, article_id FROM development_sources").fetchall()
        assert len(links) >= 2
        first = links[0]["development_id"]
        for link in links[1:]:  # as if fusion had judged every event of the sentence one happening
            store.db.execute("INSERT OR IGNORE INTO development_sources VALUES (?, ?, ?)",
                             (first, link["fact_id"], link["article_id"]))
        (statement,) = [s for s in developments(store, None, None) if s.id == first]
    assert len(statement.sources) == 1


def test_latest_takes_news_not_the_state_of_things_and_spreads_over_articles(tmp_path) -> None:
    """A war said to go on across a country is the state of things, not news; shelling said to
    go on in a town is. One article's many acts do not crowd out another article's."""
    from sitrep.brief.developments import developments, is_news

    texts = {
        "speech.txt": " date 2022-06-10 Ruritanian forces captured the town of Vale on Thursday, officials said. "
                      "Ruritanian troops shelled the port of Eastport on Wednesday. "
                      "Ruritanian artillery destroyed a bridge near Stara Vale on Tuesday. "
                      "Norland imposed sanctions on Ruritanian banks on Tuesday. "
                      "Ruritania's war against Norland continues.",
        "brief.txt": " date 2022-06-01 Norland troops shelled the port of Westhaven on Tuesday, officials said.",
    }
    with fused_store(tmp_path, texts) as store:
        every = developments(store, None, None)
        titles = {a["id"]: "brief" if "Westhaven" in store.article(a["id"])["text"] else "speech" for a in store.articles()}
        latest = [s for s in build_briefing(store).sections[0].statements if s.kind == "development"]
    news = [s for s in every if is_news(s)]
    assert len(news) >= 4 and len(latest) == len(news)  # room for all: every one is shown
    broad = [s for s in every if s.status == "ongoing" and (s.place is None or s.place.kind == "country")]
    assert broad and all(not is_news(s) for s in broad)
    from sitrep.brief.build import _per_first_report

    ranked = sorted(news, key=lambda s: titles[s.sources[0].article_id] == "brief")  # the long one first
    spread = _per_first_report(ranked, 2)
    assert [titles[s.sources[0].article_id] for s in spread][:3] == ["speech", "speech", "brief"]


def test_is_news_by_status_and_place() -> None:
    from sitrep.brief.developments import is_news
    from sitrep.brief.model import Source, Statement
    from sitrep.facts import PlaceRef

    source = Source(1, "t", "o", "2022-06-10", None, 0, 10)
    town = PlaceRef("Vale", "XX", None, None, None, "city")
    country = PlaceRef("Norland", "XX", None, None, None, "country")

    def line(status: str, place: PlaceRef | None) -> Statement:
        return Statement("text", [source], date="2022-06-09", status=status, place=place, kind="development")

    assert is_news(line("occurred", None)) and is_news(line("claimed", country))
    assert is_news(line("ongoing", town))
    assert not is_news(line("ongoing", country)) and not is_news(line("ongoing", None))
    assert not is_news(line("planned", town)) and not is_news(line("denied", town))
    old = Statement("text", [source], date="2022-04-01", status="occurred", kind="development")
    assert not is_news(old)  # background: weeks before its report


def test_sections_leave_out_history(tmp_path) -> None:
    """A sentence recalling years-old events is history: no section shows it, while one of the
    same week is kept."""
    text = (" date 2022-05-20 On Thursday, 2,000 refugees crossed from Ruritania into Norland, officials said. "
            "In 2014, thousands of refugees fled Eastport for the hills of Vale, the minister recalled.")
    with fused_store(tmp_path, {"a.txt": text}) as store:
        shown = [s for section in build_briefing(store).sections for s in section.statements]
    assert any("2,000 refugees" in s.text for s in shown)
    assert not any("In 2014" in s.text for s in shown), [s.text for s in shown]


def test_a_section_shows_its_own_kind_of_development_first(tmp_path) -> None:
    """Food aid is AID, but the Military aid section lists weapons first, whatever the ranking."""
    texts = {
        "a.txt": " date 2022-05-20 Norland sent 40 tonnes of food aid to Vale on Thursday, the ministry said.",
        "b.txt": " date 2022-05-10 Ruritania delivered 12 howitzers and anti-tank weapons to Vale on Monday, officials said.",
    }
    with fused_store(tmp_path, texts) as store:
        section = _section(store, "military_aid")
    developments = [s for s in section.statements if s.kind == "development"]
    assert len(developments) == 2 and "howitzers" in developments[0].text, [s.text for s in developments]


def test_a_capture_of_a_village_the_gazetteer_lacks_is_listed_but_not_drawn(tmp_path) -> None:
    """The village has a name and a country but no coordinates: the claims list names it, the
    map draws only what it can place."""
    text = (" date 2022-08-02 Armenian forces captured Dovhove, a village in the Kherson region, on Monday, "
            "the Armenian defence ministry said.")
    briefing = briefing_of(tmp_path, {"village.txt": text})
    assert [(c.place, c.lat) for c in briefing.control] == [("Dovhove", None)]
    assert all(point["lat"] is not None for point in map_data(briefing))
    assert "**Dovhove**" in render(briefing, "md")


def test_an_itinerary_keeps_undated_stops_after_the_dated_stop_their_report_tells(tmp_path) -> None:
    """A stop the text does not date is not dated by its report: it follows the trip's dated
    stop, in the order told, and the next trip's stops come after it."""
    texts = {
        "trip.txt": " date 2022-03-02 Armenian Foreign Minister Ararat Mirzoyan will travel to Tbilisi on March 3. "
                    "From there he will travel to Baku. He will also visit Tehran.",
        "later.txt": " date 2022-03-10 Armenian Foreign Minister Ararat Mirzoyan visited Paris on March 9.",
    }
    with fused_store(tmp_path, texts) as store:
        (itinerary,) = [i for i in build_briefing(store).itineraries if "Mirzoyan" in i.who]
    assert [(leg.place, leg.date) for leg in itinerary.legs] == [
        ("Tbilisi", "2022-03-03"), ("Baku", None), ("Tehran", None), ("Paris", "2022-03-09"),
    ]


def test_a_stop_several_reports_tell_is_one_stop(tmp_path) -> None:
    """The announcement (countries, no dates), the schedule (cities, dates) and the readout
    (done) of one trip give one leg per stop with every source; the same country told two
    months later is another trip."""
    texts = {
        "announced.txt": " date 2022-03-01 Armenian Foreign Minister Ararat Mirzoyan will travel to Georgia and Iran.",
        "schedule.txt": " date 2022-03-03 Armenian Foreign Minister Ararat Mirzoyan will visit Tbilisi on March 7. "
                        "He will visit Tehran on March 9.",
        "readout.txt": " date 2022-03-08 Armenian Foreign Minister Ararat Mirzoyan visited Tbilisi on March 7.",
        "later.txt": " date 2022-05-10 Armenian Foreign Minister Ararat Mirzoyan will travel to Georgia.",
    }
    with fused_store(tmp_path, texts) as store:
        (itinerary,) = [i for i in build_briefing(store).itineraries if "Mirzoyan" in i.who]
    assert [(leg.place, leg.date, leg.status, len({s.article_id for s in leg.sources})) for leg in itinerary.legs] == [
        ("Tbilisi", "2022-03-07", "occurred", 3), ("Tehran", "2022-03-09", "planned", 2), ("Georgia", None, "planned", 1),
    ]


def test_a_development_is_told_by_its_first_report_whatever_came_in_first(tmp_path) -> None:
    """The later report, ingested first, only recalls the shelling; the line shows the report
    that tells it."""
    texts = {
        "later.txt": " date 2022-03-05 Aid reached Gyumri on Saturday, two days after Norland's forces shelled Gyumri, "
                     "officials said.",
        "first.txt": " date 2022-03-03 Norland's forces shelled Gyumri on Thursday, the Armenian defence ministry said.",
    }
    with fused_store(tmp_path, texts) as store:
        shelling = [s for s in build_briefing(store).sections[0].statements if s.type == "ASSAULT"]
    assert len(shelling) == 1 and len(shelling[0].sources) == 2, [(s.text, len(s.sources)) for s in shelling]
    assert shelling[0].text.startswith("Norland's forces shelled Gyumri on Thursday")


def test_reported_by_says_outlets_only_when_the_reports_name_them() -> None:
    from sitrep.brief.model import Source, Statement
    from sitrep.brief.render import reported_by

    def source(article: int, outlet: str | None) -> Source:
        return Source(article, "title", outlet, "2022-03-03", None, 0, 10)

    def line(*sources: Source) -> str:
        return reported_by(Statement("text", list(sources), kind="development", outlets=len(sources)))

    assert line(source(1, "Daily Post"), source(2, "Evening Star")) == "reported by 2 outlets"
    assert line(source(1, "Daily Post"), source(2, "Daily Post")) == "reported by 1 outlet in 2 reports"
    assert line(source(1, None), source(2, None), source(3, None)) == "3 reports"
    assert line(source(1, "Daily Post"), source(2, None)) == "2 reports, 1 named outlet"


def test_a_trip_announced_as_a_list_takes_each_stop_s_own_date(tmp_path) -> None:
    """"Will travel to X and Y from June 3 to 8", then "in Yerevan, Armenia on June 5": the
    listed countries are the schedule's towns, on the schedule's dates, not two more stops on
    the list's first day; a listed stop told no more keeps the list's date."""
    texts = {"trip.txt": " date 2022-06-01 Foreign Minister Piet Moro will travel to Armenia, Georgia and Azerbaijan from June 3 to 8. "
                         "He will travel to Yerevan, Armenia on June 5 to meet with officials. He will then travel to Tbilisi, Georgia on June 7."}
    with fused_store(tmp_path, texts) as store:
        (itinerary,) = build_briefing(store).itineraries
    assert [(leg.place, leg.date, len(leg.sources)) for leg in itinerary.legs] == [
        ("Azerbaijan", "2022-06-03", 1), ("Yerevan", "2022-06-05", 2), ("Tbilisi", "2022-06-07", 2),
    ]


def test_lists_within_lists_each_join_the_town_they_name() -> None:
    """A three-country list on June 3, a two-country list on June 4, then Yerevan on the 5th and
    Tbilisi on the 7th, all in one report: every listed stop ends in its town (a stop that
    absorbed a wider list still joins its own town)."""
    from sitrep.brief.developments import _listed_into_schedule
    from sitrep.brief.model import Leg, Source

    def leg(place: str, date: str, start: int, country: str, kind: str) -> Leg:
        return Leg(place, date, "planned", "visit", [Source(1, "trip", None, "2022-06-01", None, start, start + 10)], country, kind)

    legs = [
        leg("Armenia", "2022-06-03", 0, "AM", "country"), leg("Georgia", "2022-06-03", 0, "GE", "country"),
        leg("Azerbaijan", "2022-06-03", 0, "AZ", "country"), leg("Armenia", "2022-06-04", 100, "AM", "country"),
        leg("Georgia", "2022-06-04", 100, "GE", "country"), leg("Yerevan", "2022-06-05", 200, "AM", "city"),
        leg("Tbilisi", "2022-06-07", 300, "GE", "city"),
    ]
    kept = _listed_into_schedule(legs)
    assert [(k.place, k.date, len(k.sources)) for k in kept] == [
        ("Azerbaijan", "2022-06-03", 1), ("Yerevan", "2022-06-05", 3), ("Tbilisi", "2022-06-07", 3),
    ]
    month = [leg("Armenia", "2022-06", 0, "AM", "country"), leg("Georgia", "2022-06", 0, "GE", "country"), leg("Yerevan", "2022-06-20", 200, "AM", "city")]
    assert [k.place for k in _listed_into_schedule(month)] == ["Georgia", "Yerevan"]  # a list dated by its month holds the month's stops


def test_an_itinerary_gives_each_traveller_their_title_and_whom_they_met(tmp_path) -> None:
    """Two officials travelling together each have the stop; the itinerary says who they are and
    whom they met there (people and bodies, not the place visited)."""
    texts = {"visit.txt": " date 2022-06-08 Foreign Minister Piet Moro and Defence Minister Ana Lind visited Yerevan, Armenia on Tuesday. "
                          "On Wednesday, Piet Moro met with Armenian President Jon Vale in Yerevan."}
    briefing = briefing_of(tmp_path, texts)
    stops = {i.who: (i.titles, [(leg.place, leg.date, leg.met) for leg in i.legs]) for i in briefing.itineraries}
    assert stops["Ana Lind"] == (["Defence Minister"], [("Yerevan", "2022-06-07", ["Piet Moro"])]), stops
    assert stops["Piet Moro"] == (["Foreign Minister"], [("Yerevan", "2022-06-07", ["Ana Lind"]), ("Yerevan", "2022-06-08", ["Jon Vale"])]), stops
    assert "with Jon Vale" in render(briefing, "md") and "with Jon Vale" in render(briefing, "html")


def test_a_stop_called_off_is_cancelled_not_still_ahead(tmp_path) -> None:
    """A later notice that the official will no longer travel to the country on that day cancels
    the planned stop there (citing the notice); the trip's other stop stays planned."""
    texts = {
        "trip.txt": " date 2022-06-01 Foreign Minister Piet Moro will travel to Gavar, Armenia on June 10. He will travel to Vale, Georgia on June 12.",
        "notice.txt": " date 2022-06-05 Due to scheduling issues, Foreign Minister Piet Moro will no longer travel to Armenia on June 10.",
    }
    with fused_store(tmp_path, texts) as store:
        (itinerary,) = build_briefing(store).itineraries
    assert [(leg.place, leg.date, leg.status, len(leg.sources)) for leg in itinerary.legs] == [
        ("Gavar", "2022-06-10", "cancelled", 2), ("Vale", "2022-06-12", "planned", 1),
    ]


def test_itineraries_are_officials_not_countries_or_private_people(tmp_path) -> None:
    """A country's delegation visiting is diplomacy, but no one's itinerary; a private
    person's trip is no diplomacy."""
    texts = {
        "delegation.txt": " date 2022-03-08 A delegation from Armenia visited Tbilisi on Monday.",
        "minister.txt": " date 2022-03-08 Armenian Foreign Minister Ararat Mirzoyan visited Baku on Tuesday.",
        "player.txt": " date 2022-03-08 Tomas Berg, who plays for a Yerevan club, arrived in Batumi on Tuesday for a match.",
    }
    with fused_store(tmp_path, texts) as store:
        travellers = [i.who for i in build_briefing(store).itineraries]
    assert travellers == ["Ararat Mirzoyan"]  # not a country, nor a player with no office


def test_a_host_meeting_guests_in_their_own_capital_goes_nowhere(tmp_path) -> None:
    """"X hosted Y in X's capital": the guest's stop; the host's itinerary has no stop at home."""
    texts = {"host.txt": " date 2022-03-08 Armenian Prime Minister Tomas Berg met Georgian Foreign Minister Levan Giorgi Kapanadze in Yerevan on Tuesday."}
    with fused_store(tmp_path, texts) as store:
        stops = {i.who: [leg.place for leg in i.legs] for i in build_briefing(store).itineraries}
    assert "Tomas Berg" not in stops and stops.get("Levan Giorgi Kapanadze") == ["Yerevan"], stops
    texts = {"host.txt": " date 2022-03-08 Armenian Prime Minister Tomas Berg met Georgian Foreign Minister Levan Giorgi Kapanadze in Armenia on Tuesday."}
    (tmp_path / "country").mkdir()
    with fused_store(tmp_path / "country", texts) as store:
        stops = {i.who: [leg.place for leg in i.legs] for i in build_briefing(store).itineraries}
    assert "Tomas Berg" not in stops, stops  # the host's own country, not only its capital


def test_military_aid_shows_third_parties_deploying_not_the_warring_sides(tmp_path) -> None:
    """A party to the war (fuse/data/parties.csv) moving its troops is front news; an ally
    deploying to a neighbour is shown in Military aid's subsection of deployments."""
    texts = {
        "front.txt": " date 2022-05-02 Russian forces deployed 3,000 troops to the border with Georgia on Monday, officials said.",
        "ally.txt": " date 2022-05-02 Norland deployed 800 troops to Armenia on Monday, its defence ministry said.",
    }
    with fused_store(tmp_path, texts) as store:
        section = _section(store, "military_aid")
    deployments = [s.who for s in section.aside if s.kind == "development" and s.type == "MOBILIZE"]
    assert deployments == [["Norland"]], deployments


def test_a_sentence_repeated_word_for_word_is_one_line_with_both_sources(tmp_path) -> None:
    """Live blogs repeat their summary paragraphs: the section shows the sentence once."""
    sentence = "Officials in Gyumri said 300 refugees from Goris had arrived at the city's shelters overnight."
    texts = {
        "blog1.txt": f" date 2022-05-02 {sentence}\n\nThe mayor thanked volunteers.",
        "blog2.txt": f" date 2022-05-03 {sentence}\n\nTrains were running again.",
    }
    with fused_store(tmp_path, texts) as store:
        section = _section(store, "civilians")
    lines = [s for s in section.statements if "300 refugees from Goris" in s.text]
    assert len(lines) == 1 and len({src.article_id for src in lines[0].sources}) == 2, [(s.text, s.sources) for s in lines]


def test_control_claims_are_captures_withdrawals_and_surrenders_not_resignations(tmp_path) -> None:
    """PLOVER files a resignation and a prisoner release under RETREAT too; neither is ground lost."""
    briefing = briefing_of(tmp_path, {
        "pullout.txt": " date 2022-06-02 Armenian troops withdrew from Goris on Thursday, the defence ministry said.",
        "resigns.txt": " date 2022-06-02 Gyumri's mayor Tomas Berg announced his resignation in Gyumri on Thursday.",
        "swap.txt": " date 2022-06-02 Norland released 12 prisoners in Yerevan on Thursday, officials said.",
    })
    assert [(c.place, c.type) for c in briefing.control] == [("Goris", "RETREAT")]


def test_control_claims_about_one_place_stand_side_by_side(tmp_path) -> None:
    """The claims about one town are listed together (the latest-reported town first), whatever
    order the reports came in; the markdown gives each town once with its claims under it."""
    briefing = briefing_of(tmp_path, {
        "a.txt": " date 2022-06-02 Georgian forces captured Gavar on Thursday, the Georgian defence ministry said.",
        "b.txt": " date 2022-06-03 Armenian troops withdrew from Goris on Friday, the defence ministry said.",
        "c.txt": " date 2022-06-04 Armenian troops withdrew from Gavar on Saturday, the Armenian defence ministry said.",
    })
    assert [(c.place, c.type) for c in briefing.control] == [("Gavar", "ASSAULT"), ("Gavar", "RETREAT"), ("Goris", "RETREAT")]
    markdown = render(briefing, "md")
    claims = markdown[markdown.index("### Control claims"):]
    assert claims.count("- **Gavar**\n") == 1 and claims.index("- **Gavar**\n") < claims.index("- **Goris**\n"), claims


def test_a_control_claim_retold_is_one_claim_with_its_sources() -> None:
    from sitrep.brief.developments import _by_place
    from sitrep.brief.model import ControlClaim, Source

    def claim(article: int) -> ControlClaim:
        return ControlClaim("Gavar", 40.35, 45.12, "ASSAULT", "claimed", ["Georgian forces"], "2022-06-02", "Georgia",
                            [Source(article, "t", None, "2022-06-02", None, 0, 10)])

    (merged,) = _by_place([claim(1), claim(2)])
    assert [s.article_id for s in merged.sources] == [1, 2]


def test_one_long_article_fills_no_section_with_its_sentences(tmp_path) -> None:
    """A live blog of many refugee lines gives the Civilians section a few of them, not all."""
    lines = [f"Volunteers in Gyumri said {n} families of refugees had arrived at the shelter on Street {n} this week." for n in range(1, 9)]
    briefing = briefing_of(tmp_path, {"blog.txt": " date 2022-04-30 " + " ".join(lines)})
    (civilians,) = [s for s in briefing.sections if s.key == "civilians"]
    from_blog = [st for st in civilians.statements if st.sources and st.sources[0].article_id == 1]
    assert 0 < len(from_blog) <= 3, [st.text for st in civilians.statements]


def test_a_control_claim_the_text_gives_no_day_is_undated(tmp_path) -> None:
    """"since X's withdrawal from Y" may be months old: not dated by the day it was reported."""
    texts = {
        "since.txt": " date 2022-06-02 Since the Armenian withdrawal from Goris, 900 bodies have been found there.",
        "dated.txt": " date 2022-06-02 Armenian troops withdrew from Gavar on Thursday, the defence ministry said.",
    }
    briefing = briefing_of(tmp_path, texts)
    assert sorted((c.place, c.date) for c in briefing.control) == [("Gavar", "2022-06-02"), ("Goris", None)]


def test_a_development_the_text_does_not_date_shows_when_it_was_reported() -> None:
    from sitrep.brief.model import Statement
    from sitrep.brief.render import shown_date

    assert shown_date(Statement("x", [], date="2022-03-03", kind="development")) == ("date", "2022-03-03")
    undated = Statement("x", [], date="2022-08-06T00:59", kind="development", dated=False)
    assert shown_date(undated) == ("reported", "2022-08-06")  # a publication time is no time of the event
    assert shown_date(Statement("x", [], date="2022-W30", kind="development")) == ("date", "the week of 2022-07-25")
    assert shown_date(Statement("x", [], date="2022-FA", kind="development")) == ("date", "autumn 2022")  # no raw TIMEX season


def test_a_development_does_not_quote_its_own_sentence_back(tmp_path) -> None:
    """"X did Y, according to Z" is an indirect quote of Z that is the whole report: showing it
    again under the line repeats it; a reaction in the next sentence is still quoted."""
    texts = {"report.txt": " date 2022-05-02 Armenian troops recaptured three hamlets near Goris on Monday, according to "
                           "General Tomas Berg. \"This is a turning point,\" Berg said."}
    with fused_store(tmp_path, texts) as store:
        (capture,) = [s for s in build_briefing(store).sections[0].statements if s.type == "ASSAULT"]
    assert [q.text for q in capture.quotes] == ["This is a turning point,"], [q.text for q in capture.quotes]


def test_towns_told_undated_in_a_country_whose_stop_is_dated_are_on_that_date(tmp_path) -> None:
    """The readout dates the country, then names the towns: one stop per town, on that date."""
    texts = {
        "readout.txt": " date 2022-04-02 Armenian Foreign Minister Ararat Mirzoyan traveled to Georgia on March 30. "
                       "While in Tbilisi, he met with students. In Batumi, he met with the mayor. "
                       "He will travel to Paris on April 5.",
    }
    with fused_store(tmp_path, texts) as store:
        (itinerary,) = [i for i in build_briefing(store).itineraries if "Mirzoyan" in i.who]
    legs = [(leg.place, leg.date) for leg in itinerary.legs]
    assert legs == [("Tbilisi", "2022-03-30"), ("Batumi", "2022-03-30"), ("Paris", "2022-04-05")], legs


def test_reported_speech_is_shown_without_quote_marks(tmp_path) -> None:
    """A paraphrase is the reporter's words: quote marks would put them in the speaker's mouth."""
    texts = {"report.txt": " date 2022-05-02 Armenian troops recaptured three hamlets near Goris on Monday. "
                           "General Tomas Berg said the offensive would continue."}
    briefing = briefing_of(tmp_path, texts)
    (capture,) = [s for s in briefing.sections[0].statements if s.type == "ASSAULT"]
    assert [(q.text, q.direct) for q in capture.quotes] == [("the offensive would continue", False)]
    markdown = render(briefing, "md")
    assert "Tomas Berg, General, in reported speech: the offensive would continue" in markdown
    assert "“the offensive would continue”" not in markdown


def test_a_denial_is_shown_with_its_cue(tmp_path) -> None:
    """"X denied that Y" shown as "X, in reported speech: Y" would put Y in X's mouth."""
    texts = {"report.txt": " date 2022-05-02 Armenian troops recaptured three hamlets near Goris on Monday. "
                           "General Tomas Berg denied that the offensive had stalled."}
    with fused_store(tmp_path, texts) as store:
        markdown = render(build_briefing(store), "md")
    assert "Tomas Berg, General, in reported speech (denied): the offensive had stalled" in markdown


def test_an_act_recalled_in_later_stories_is_no_latest_development() -> None:
    """The invasion's first day, recalled in every later story, ages from its own day, not from
    its latest report: it ranks below the same act told of the newest day; an act no report
    dates ranks by its report, below one a report gives its day ("on Thursday")."""
    from sitrep.brief.developments import _ordinal, _score

    row = {"type": "ASSAULT", "mode": None, "actors": "[1]", "place": None, "outlets": 2, "sources": 2}
    newest = _ordinal("2022-05-12")
    recalled = _score(row | {"date": "2022-02-24", "last_reported": "2022-05-12"}, newest)
    fresh = _score(row | {"date": "2022-05-12", "last_reported": "2022-05-12"}, newest)
    assert recalled < fresh / 100
    undated = _score(row | {"date": None, "last_reported": "2022-05-12"}, newest)  # by its report, below an act given its day
    assert recalled < undated < fresh
    assert _score(row | {"date": "2022", "last_reported": "2022-05-03"}, newest) < fresh  # a year-dated act is no newer than its report


def test_a_thought_ascribed_is_not_quoted_as_speech(tmp_path) -> None:
    """"X believes Y" attributes Y to X, but X said nothing: the briefing quotes what was said."""
    texts = {"report.txt": " date 2022-05-02 Armenian troops recaptured three hamlets near Goris on Monday. "
                           "General Tomas Berg believes the offensive will continue."}
    with fused_store(tmp_path, texts) as store:
        (capture,) = [s for s in build_briefing(store).sections[0].statements if s.type == "ASSAULT"]
    assert capture.quotes == []


def test_a_capture_near_a_place_is_claimed_near_it(tmp_path) -> None:
    """"recaptured three hamlets near X": the guide places the capture at X, the landmark; the
    control claims must not say X itself changed hands."""
    texts = {"near.txt": " date 2022-06-02 Armenian troops recaptured three hamlets near Goris on Thursday, the defence ministry said."}
    briefing = briefing_of(tmp_path, texts)
    assert [c.place for c in briefing.control] == ["near Goris"]


def test_a_landmark_spelled_otherwise_than_the_gazetteer_is_still_near(tmp_path) -> None:
    texts = {"near.txt": " date 2022-06-02 Armenian troops recaptured three hamlets near Dilijan on Thursday, the defence ministry said."}
    briefing = briefing_of(tmp_path, texts)
    assert [c.place.startswith("near ") for c in briefing.control] == [True], [c.place for c in briefing.control]


def test_a_withdrawal_from_a_towns_suburbs_is_near_the_town(tmp_path) -> None:
    """Troops leaving "the suburbs of X" or "the outskirts of X" did not leave X itself."""
    texts = {"edge.txt": " date 2022-06-04 Georgian troops withdrew from the northern suburbs of Gyumri on Saturday, the defence ministry said."}
    briefing = briefing_of(tmp_path, texts)
    assert [c.place for c in briefing.control] == ["near Gyumri"]


def test_military_aid_puts_packages_with_their_amounts_first(tmp_path) -> None:
    """A package announced with its sum outranks words of support in the aid section."""
    texts = {
        "old.txt": "date 2022-03-01\nNorland will send $50 million in military aid to Eastland, its defence minister said on Tuesday.\n",
        "new.txt": "date 2022-03-09\nNorland's president said Norland would keep sending weapons to Eastland's army, "
                   "and Westland has delivered artillery to Eastland.\n",
    }
    with fused_store(tmp_path, texts) as store:
        section = _section(store, "military_aid")
    assert "$50 million" in section.statements[0].text


def test_military_aid_keeps_arms_before_food_aid_with_a_sum(tmp_path) -> None:
    """A sum lifts a development among its own kind only: arms delivered still come before a
    sum of food aid, which is AID too but another story."""
    texts = {
        "new.txt": "date 2022-03-09\nNorland delivered artillery and anti-tank weapons to Eastland's army on Wednesday.\n",
        "old.txt": "date 2022-03-01\nNorland will send $20 million in humanitarian aid for food and medicine to Eastland, its minister said on Tuesday.\n",
    }
    with fused_store(tmp_path, texts) as store:
        section = _section(store, "military_aid")
    assert "artillery" in section.statements[0].text


def test_military_aid_leaves_out_help_of_another_kind(tmp_path) -> None:
    """An aid verb alone makes no package: help to a consulate's own citizens, told in no arms
    words, with no sum and to no party to the war, is left out; howitzers sent are shown."""
    text = (" date 2022-07-20 Georgia will send 30 howitzers to the Armenian army, its defence minister Jon Vale said on Monday.\n\n"
            "The Norland consulate said it was giving consular assistance to the families of two stranded sailors.")
    shown = _shown(tmp_path, {"a.txt": text}, "military_aid")
    assert any("howitzers" in t for t in shown) and not any("consular" in t for t in shown), shown


def test_military_aid_keeps_aid_sent_on_through_a_third_country(tmp_path) -> None:
    """Radars (no word of the section's) delivered to a neighbour "for onward shipment to"
    a party to the war are aid to the war, though the neighbour is the act's recipient."""
    text = (" date 2023-05-20 Norland delivered coastal radars to Poland on Monday for onward shipment to Ukraine, officials said.\n\n"
            "Georgian forces shelled Gyumri on Tuesday.")
    shown = _shown(tmp_path, {"t.txt": text}, "military_aid", developments=True)
    assert any("radars" in t for t in shown), shown


def test_military_aid_words_are_no_farm_package_nor_riflemen_rebuilding_a_bridge(tmp_path) -> None:
    """A support package for dairy farmers and riflemen helping villagers are no arms: neither
    is a Military aid line, even as filler; rifles delivered are."""
    text = (" date 2023-05-20 The Norland cabinet approved a support package for its dairy farmers on Monday.\n\n"
            "Norland riflemen helped villagers near Batumi rebuild a bridge on Monday.\n\n"
            "Norland handed 500 rifles to the Armenian border guards on Tuesday, officials said.")
    shown = _shown(tmp_path, {"f.txt": text}, "military_aid")
    assert any("500 rifles" in t for t in shown) and not any("dairy" in t or "riflemen" in t for t in shown), shown


def test_diplomacy_leaves_out_a_trip_made_on_no_one_s_behalf(tmp_path) -> None:
    """A sportsman arriving to ride for a club travels for no government: his trip is no
    Diplomacy line, though a visit; the ministers' meeting is."""
    text = (" date 2022-07-20 The Armenian foreign minister Ana Lind met her Georgian counterpart Jon Vale in Batumi on Tuesday.\n\n"
            "The cyclist Tomas Berg arrived in Georgia on Monday to ride for a Batumi team over the winter.")
    shown = _shown(tmp_path, {"p.txt": text}, "diplomacy")
    assert any("Ana Lind" in t for t in shown) and not any("cyclist" in t for t in shown), shown


def test_military_aid_keeps_a_package_named_as_such(tmp_path) -> None:
    """"Unveiled a third aid package meant for X": a package is the section's, though the
    sentence names no arms, no sum and no party to the war."""
    text = (" date 2022-07-20 Georgia will send 30 howitzers to the Armenian army, its defence minister Jon Vale said on Monday.\n\n"
            "On Tuesday the Norland defence ministry unveiled a third aid package meant for Armenia.")
    shown = _shown(tmp_path, {"k.txt": text}, "military_aid")
    assert any("aid package" in t for t in shown), shown


def test_a_photo_credit_ends_at_its_agency_s_whole_name() -> None:
    from sitrep.spans import sentences

    text = "A view of the square. Photograph: Ana Lind/APTN Troops shelled the town on Sunday."
    assert [text[a:b] for a, b in sentences(text)] == ["A view of the square.", "Photograph: Ana Lind/APTN Troops shelled the town on Sunday."]
    text = "Photograph: Ana Lind/APTroops shelled the town on Sunday."
    assert [text[a:b] for a, b in sentences(text)][-1] == "Troops shelled the town on Sunday."


def test_a_photo_credit_run_into_a_sentence_is_not_its_text(tmp_path) -> None:
    """A scraped page glues the picture's credit to the next sentence; the development is told
    from where the sentence starts, not with "Photograph: X/Reuters" in front of it."""
    texts = {"credit.txt": " date 2022-02-28 A view of the square. Photograph: Ana Lind/Reuters Armenian troops shelled "
                           "the town of Gavar on Sunday, officials said."}
    with fused_store(tmp_path, texts) as store:
        latest = build_briefing(store).sections[0].statements
    (shelling,) = [s for s in latest if s.kind == "development"]
    assert shelling.text.startswith("Armenian troops shelled"), shelling.text


def test_a_statement_in_the_next_paragraph_is_not_the_development_s_quote(tmp_path) -> None:
    """A new paragraph is often another story: its statement is not the reaction to the line above."""
    texts = {"report.txt": " date 2022-05-02 Armenian troops recaptured three hamlets near Goris on Monday.\n\n"
                           "General Tomas Berg said the budget talks would resume in June."}
    with fused_store(tmp_path, texts) as store:
        (capture,) = [s for s in build_briefing(store).sections[0].statements if s.type == "ASSAULT"]
    assert capture.quotes == []


def test_a_title_that_names_an_office_by_itself_is_shown() -> None:
    from sitrep.brief.developments import best_title

    assert best_title(["Georgian president", "his newly elected Georgian counterpart"]) == "Georgian president"
    assert best_title(["its secretary general", "secretary general of the alliance"]) == "secretary general of the alliance"
    assert best_title(["his counterpart"]) == "his counterpart"  # nothing better told
    assert best_title([]) is None
    assert best_title(["", "president"]) == "president"


def test_a_phrase_opening_with_a_preposition_is_no_title() -> None:
    """A clause's tail taken for a title, longer than the office, headed an itinerary in place of
    the office (seen in the editor's window)."""
    from sitrep.brief.developments import best_title

    assert best_title(["Armenian president", "president of Armenia", "of protracted border talks"]) == "president of Armenia"
    assert best_title(["during the talks"]) == "during the talks"  # nothing better told


def test_a_title_with_a_word_run_in_before_its_owner_is_no_title() -> None:
    """A live blog's line run into the next ("... shelled Vanadzor" + "Armenia's president
    said") leaves the place glued to a title, "Vanadzor Armenia's president": longer, but no
    office a reader can read; an owner after a preposition still makes one."""
    from sitrep.brief.developments import best_title

    assert best_title(["Armenian president", "Vanadzor Armenia’s president", "Armenia's president"]) == "Armenia's president"
    assert best_title(["general", "head of Norland's navy"]) == "head of Norland's navy"


def test_a_quote_s_speaker_goes_by_the_merged_name(tmp_path) -> None:
    texts = {"a.txt": " date 2022-04-30 General Tomás Berg visited the front near Goris on Saturday.",
             "b.txt": " date 2022-05-02 Armenian troops recaptured three hamlets near Goris on Monday. "
                      "General Tomas Berg said the offensive would continue."}
    with fused_store(tmp_path, texts) as store:
        names = {row["name"] for row in store.db.execute("SELECT name FROM global_entities WHERE type = 'person'")}
        (capture,) = [s for s in build_briefing(store).sections[0].statements if s.type == "ASSAULT"]
    assert len(names) == 1 and [q.speaker for q in capture.quotes] == list(names), (names, capture.quotes)


def test_what_a_speaker_would_not_confirm_is_not_quoted_as_said(tmp_path) -> None:
    texts = {"report.txt": " date 2022-05-02 Armenian troops recaptured three hamlets near Goris on Monday. "
                           "General Tomas Berg would not confirm that the offensive would continue."}
    with fused_store(tmp_path, texts) as store:
        (capture,) = [s for s in build_briefing(store).sections[0].statements if s.type == "ASSAULT"]
    assert capture.quotes == []


def test_a_quoted_phrase_inside_a_paraphrase_is_not_a_statement_of_its_own(tmp_path) -> None:
    texts = {"report.txt": " date 2022-05-02 Armenian troops recaptured three hamlets near Goris on Monday. "
                           "General Tomas Berg said the troops would move on to Gavar \"as soon as possible\"."}
    with fused_store(tmp_path, texts) as store:
        (capture,) = [s for s in build_briefing(store).sections[0].statements if s.type == "ASSAULT"]
    assert [(q.text[:33], q.direct) for q in capture.quotes] == [("the troops would move on to Gavar", False)]


def test_diplomacy_shows_who_met_whom_before_sanctions(tmp_path) -> None:
    """A sanction weighs more than a meeting in the ranking, but Diplomacy is first who goes
    where and meets whom: the meeting leads the section, the sanctions follow it."""
    texts = {
        "a.txt": " date 2022-03-24 Armenian president Piet Moro met Georgian president Ana Lind on Thursday to discuss the war.",
        "b.txt": " date 2022-03-24 Armenia imposed sanctions on 30 Georgian officials on Thursday.",
        "c.txt": " date 2022-03-24 Georgia imposed sanctions on 12 Armenian banks on Thursday.",
    }
    with fused_store(tmp_path, texts) as store:
        kinds = _development_types(store, "diplomacy")
    assert kinds == ["CONSULT", "SANCTION", "SANCTION"], kinds


def test_a_trip_to_a_country_and_the_arrival_in_its_town_that_day_are_one_stop(tmp_path) -> None:
    texts = {
        "announced.txt": " date 2022-03-21 Armenian president Piet Moro will travel to Georgia on Friday to discuss the refugee crisis.",
        "arrived.txt": " date 2022-03-26 On Friday, Armenian president Piet Moro flew into the Georgian town of Batumi, where he met refugees.",
    }
    with fused_store(tmp_path, texts) as store:
        (itinerary,) = build_briefing(store).itineraries
    assert [(leg.place, leg.date, leg.status, len(leg.sources)) for leg in itinerary.legs] == [("Batumi", "2022-03-25", "occurred", 2)]


def test_an_official_s_visit_to_a_town_of_their_own_country_is_no_diplomacy(tmp_path) -> None:
    """A prime minister touring a town at home is a domestic trip: no stop, no Diplomacy line;
    the same official abroad is both."""
    texts = {
        "home.txt": " date 2022-06-29 Armenian prime minister Piet Moro visited Gyumri on Monday to open a school.",
        "abroad.txt": " date 2022-06-29 Armenian prime minister Piet Moro visited Batumi on Tuesday to open a school.",
    }
    briefing = briefing_of(tmp_path, texts)
    (itinerary,) = briefing.itineraries
    assert [leg.place for leg in itinerary.legs] == ["Batumi"]
    diplomacy = next(s for s in briefing.sections if s.key == "diplomacy")
    assert [s.where for s in diplomacy.statements if s.kind == "development"] == [["Batumi"]]


def test_a_stop_is_with_whom_any_of_its_reports_says_the_official_met(tmp_path) -> None:
    texts = {
        "arrived.txt": " date 2022-06-29 Arriving at a two-day summit in Batumi, Armenian president Piet Moro announced new aid for Georgia.",
        "met.txt": " date 2022-06-30 Armenian president Piet Moro met Georgian president Ana Lind at the summit in Batumi.",
    }
    with fused_store(tmp_path, texts) as store:
        (itinerary,) = [i for i in build_briefing(store).itineraries if i.who == "Piet Moro"]
    assert [(leg.place, leg.met, len(leg.sources)) for leg in itinerary.legs] == [("Batumi", ["Ana Lind"], 2)]


def test_civilians_lines_are_no_idiom_that_begins_like_a_cue(tmp_path) -> None:
    """"a dead cert", "a deadweight" and an office's corridors are no civilian news; a sentence
    counting the dead is, by its figure, though it says neither 'killed' nor 'civilians'."""
    text = (" date 2022-03-27 When Piet Moro rolled the dice in Gavar a month ago, he thought his plan was a dead cert, Ana Lind said on Saturday. "
            "Ana Lind said in Gyumri on Saturday that Piet Moro is a deadweight for the government in Batumi. "
            "Ana Lind was speaking in the presidential office in Vanadzor on Saturday, where the corridors are protected by sandbags. "
            "Twelve people were dead after the shelling of Goris on Friday, Jon Vale said.")
    with fused_store(tmp_path, {"a.txt": text}) as store:
        civilians = _section(store, "civilians")
    assert [s.text[:6] for s in civilians.statements] == ["Twelve"], [s.text for s in civilians.statements]


def test_a_building_taken_in_a_town_is_no_capture_of_the_town(tmp_path) -> None:
    """A nuclear plant named after a town, a hospital in a town: the claim says what was taken."""
    texts = {
        "plant.txt": " date 2022-04-02 The Gyumri nuclear plant was seized by Georgian forces on Friday, after an attack that started a fire.",
        "hospital.txt": " date 2022-03-05 Georgian forces have taken control of a psychiatric hospital in the town of Vanadzor, the regional governor Ana Lind said on Saturday.",
        "town.txt": " date 2022-03-05 Georgian forces captured Gavar on Friday, the defence ministry said.",
    }
    briefing = briefing_of(tmp_path, texts)
    assert sorted(c.place for c in briefing.control) == ["Gavar", "hospital at Vanadzor", "plant at Gyumri"]


def test_a_control_claim_names_the_act_retaking_or_surrender(tmp_path) -> None:
    """A town taken back is a recapture, soldiers laying down arms a surrender, not a withdrawal;
    the act is the capture's own even when the sentence first tells another event (a shelling)."""
    texts = {
        "back.txt": " date 2022-06-02 Georgian troops shelled Goris and retook Gavar on Thursday, the defence ministry said.",
        "arms.txt": " date 2022-06-03 Forty Georgian soldiers surrendered in Vanadzor on Friday, the Armenian defence ministry said.",
        "noun.txt": " date 2022-06-04 A swift recapture of villages in Shirak Province by Armenian troops cheered Yerevan, Ana Lind said.",
    }
    briefing = briefing_of(tmp_path, texts)
    acts = sorted((c.place, c.act) for c in briefing.control)
    assert acts == [("Gavar", "recapture"), ("Vanadzor", "surrender"), ("part of Shirak", "recapture")], acts
    claims = render(briefing, "md").split("### Control claims")[1]
    assert "recapture by Georgian troops" in claims and "surrender by Forty Georgian soldiers" in claims, claims


def test_a_town_encircled_is_a_control_claim_and_a_shelling_is_none(tmp_path) -> None:
    """An encircled town is cut off, not taken: the claim says so; an attack on a town is no claim on it."""
    texts = {
        "ring.txt": " date 2022-06-02 Georgian forces encircled Gavar on Thursday, the defence ministry said.",
        "shells.txt": " date 2022-06-03 Georgian forces shelled Vanadzor on Friday, officials said.",
    }
    briefing = briefing_of(tmp_path, texts)
    assert [(c.place, c.act, c.actors) for c in briefing.control] == [("Gavar", "encirclement", ["Georgian forces"])]
    assert [p["marker"] for p in map_data(briefing) if p.get("marker")] == ["encirclement"]


def test_a_capture_told_as_an_effort_is_no_control_claim(tmp_path) -> None:
    """"stepped up their efforts to capture X": what a side strives for, not ground it holds."""
    texts = {
        "effort.txt": " date 2022-06-02 Georgian forces stepped up their efforts to capture Gavar on Thursday, the defence ministry said.",
        "took.txt": " date 2022-06-04 Georgian forces captured Goris on Saturday, the defence ministry said.",
    }
    assert [c.place for c in briefing_of(tmp_path, texts).control] == ["Goris"]


def test_a_capture_after_an_effort_word_told_done_stays_a_control_claim(tmp_path) -> None:
    """"succeeded in their bid to capture X", "after weeks of efforts to capture X, forces seized
    X": the aim was reached, the place changed hands; an effort towards X after another place
    was taken stays an aim."""
    texts = {
        "bid.txt": " date 2022-06-02 Georgian forces succeeded in their bid to capture Goris on Thursday, the defence ministry said.",
        "after.txt": " date 2022-06-03 After weeks of efforts to capture Gavar, Georgian forces seized Gavar on Friday, the defence ministry said.",
        "other.txt": " date 2022-06-04 Georgian forces stepped up their efforts to capture Kapan, days after they seized Sisian, the defence ministry said.",
    }
    places = [c.place for c in briefing_of(tmp_path, texts).control]
    assert "Goris" in places and "Gavar" in places and "Kapan" not in places


def test_a_siege_broken_or_lifted_is_no_encirclement_claim(tmp_path) -> None:
    """"broke the siege of X", "lifted the encirclement of X": the town is no longer cut off, the
    opposite of what an encirclement marker would tell."""
    texts = {
        "broke.txt": " date 2022-06-02 Armenian troops broke the siege of Gavar on Thursday, the defence ministry said.",
        "lifted.txt": " date 2022-06-03 Armenian troops lifted the encirclement of Vanadzor on Friday, the defence ministry said.",
        "ring.txt": " date 2022-06-04 Georgian forces encircled Goris on Saturday, the defence ministry said.",
    }
    briefing = briefing_of(tmp_path, texts)
    assert [(c.place, c.act) for c in briefing.control] == [("Goris", "encirclement")], [(c.place, c.act) for c in briefing.control]


def test_a_town_taken_after_part_of_it_was_hit_is_taken_whole(tmp_path) -> None:
    """"captured X after shelling destroyed much of X": the sentence names X whole as what was
    taken; the part phrase is about the damage, not the claim."""
    texts = {"whole.txt": " date 2022-06-03 Georgian forces captured Gavar on Thursday after shelling destroyed much of Gavar, officials said."}
    briefing = briefing_of(tmp_path, texts)
    assert [c.place for c in briefing.control] == ["Gavar"], [c.place for c in briefing.control]


def test_a_capture_of_most_of_a_town_is_no_capture_of_the_town(tmp_path) -> None:
    """"took most of X", "villages in the X province": the claim says only part of it changed hands."""
    texts = {
        "most.txt": " date 2022-06-03 Georgian forces captured most of Gyumri on Thursday, the defence ministry said.",
        "villages.txt": " date 2022-06-04 Armenian troops recaptured 12 villages in Shirak Province on Saturday, officials said.",
    }
    with fused_store(tmp_path, texts) as store:
        places = sorted(c.place for c in build_briefing(store).control)
    assert places[0] == "most of Gyumri" and places[1].startswith("part of Shirak"), places


def test_the_map_draws_one_marker_per_claimed_place_telling_every_claim() -> None:
    """Claims about one town drawn one marker each lie on one spot, only the top one readable:
    one marker tells them all, a diamond where a capture and a withdrawal are told, hollow
    where all are denials; the legend says what the marks mean."""
    from sitrep.brief.map import render_svg
    from sitrep.brief.model import Briefing, ControlClaim, Source

    def claim(place: str, lat: float, kind: str, status: str, who: str) -> ControlClaim:
        act = "capture" if kind == "ASSAULT" else "withdrawal"
        return ControlClaim(place, lat, 44.5, kind, status, [who], "2022-06-02", None,
                            [Source(1, "t", None, "2022-06-02", None, 0, 10)], act)

    briefing = Briefing("2022-06-03", None, None, 1, [], [], control=[
        claim("Gavar", 40.3, "ASSAULT", "claimed", "Georgian forces"), claim("Gavar", 40.3, "RETREAT", "occurred", "Armenian troops"),
        claim("Goris", 39.5, "ASSAULT", "denied", "Georgian forces"), claim("most of Gavar", 40.3, "ASSAULT", "occurred", "Georgian forces"),
    ])
    points = [p for p in map_data(briefing) if p.get("marker")]
    assert [(p["name"], p["marker"], p["denied"]) for p in points] == [("Gavar", "several", False), ("Goris", "capture", True)]
    title = points[0]["title"]
    assert "capture (claimed) by Georgian forces" in title and "withdrawal (occurred) by Armenian troops" in title and "most of Gavar: capture (occurred)" in title
    svg = render_svg(points)
    assert svg.count('class="claim ') == 2 and 'class="legend"' in svg and "different acts told" in svg, svg


def test_reports_of_one_summit_in_one_town_are_one_line(tmp_path) -> None:
    """A summit told by one report as leaders gathering and by another as the alliance's summit
    is one gathering; a bilateral meeting there, naming whom, stays its own."""
    texts = {
        "a.txt": " date 2022-06-28 Leaders of the Caucasus alliance gather in Gavar for a summit playing out in the shadow of the war.",
        "b.txt": " date 2022-06-29 A last-minute deal was struck on the eve of the Caucasus alliance's summit in Gavar.",
        "c.txt": " date 2022-06-29 Armenian president Piet Moro met Georgian president Ana Lind in Gavar on Wednesday.",
    }
    meetings = _meetings(tmp_path, texts, "diplomacy", "whom")
    assert sorted(meetings) == [([], 2), (["Ana Lind"], 1)], meetings


def test_a_summit_told_before_its_town_was_known_is_one_latest_line(tmp_path) -> None:
    """Latest developments shows one summit once, with all its reports, though the first ones
    were fused before any report said where it was (fusion is greedy, the gathering is not)."""
    texts = {
        "a.txt": " date 2022-05-11 Alliance foreign ministers met on Wednesday for a crisis summit, officials said.",
        "b.txt": " date 2022-05-11 After the crisis summit on Wednesday, Ana Lind said the alliance would send more aid.",
        "c.txt": " date 2022-05-12 Alliance foreign ministers met in Gyumri on Wednesday for the crisis summit, the government said.",
        "d.txt": " date 2022-05-13 Jon Vale met the Armenian president, Piet Moro, in Batumi on Friday.",
    }
    meetings = _meetings(tmp_path, texts, "latest", "where")
    assert sorted(meetings) == [(["Batumi"], 1), (["Gyumri"], 3)], meetings


def _meetings(tmp_path, texts: dict[str, str], section: str, field: str) -> list[tuple]:
    """(the statement's ``field``, its number of sources) for each meeting development a section shows."""
    with fused_store(tmp_path, texts) as store:
        shown = _section(store, section)
    return [(getattr(s, field), len(s.sources)) for s in shown.statements if s.kind == "development" and s.type == "CONSULT"]


def test_a_meeting_told_without_diplomacy_words_still_leads_diplomacy(tmp_path) -> None:
    """"Leaders met in X": a meeting is Diplomacy's whatever words tell it (the lexicon's "meet"
    does not begin "met"), so it is not pushed behind fifty sanctions told in the section's words."""
    from datetime import date, timedelta

    texts = {f"s{i}.txt": f" date {date(2022, 1, 1) + timedelta(days=3 * i)} Armenia imposed sanctions on Georgian banks, officials said."
             for i in range(50)}
    texts["m.txt"] = f" date {date(2022, 1, 1) + timedelta(days=150)} Alliance leaders met in Gyumri on Tuesday to agree new aid."
    with fused_store(tmp_path, texts) as store:
        diplomacy = _section(store, "diplomacy")
    assert diplomacy.statements[0].type == "CONSULT", [s.text for s in diplomacy.statements]


def test_a_village_north_of_a_city_described_is_taken_near_the_city(tmp_path) -> None:
    text = (" date 2022-05-12 Armenia’s general staff said it had recaptured Pytomnyk, a village on the main highway "
            "north of the second-largest city of Gyumri, about halfway to the border.")
    briefing = briefing_of(tmp_path, {"a.txt": text})
    assert [c.place for c in briefing.control] == ["near Gyumri"]


def test_ground_given_up_in_a_region_of_several_countries_is_no_control_claim(tmp_path) -> None:
    """Neighbours abandoning a policy "in Europe's security order" gave up no place on the front."""
    text = (" date 2022-05-20 The offensive on Armenia has achieved the reverse, as the Nordic neighbours have abandoned "
            "decades of military non-alignment in a seismic shift in Europe’s security order.")
    with fused_store(tmp_path, {"a.txt": text}) as store:
        assert build_briefing(store).control == []


def test_a_sea_is_no_place_taken(tmp_path) -> None:
    """"Norland's seizure of the ports in the X Sea": the sea only locates the ports; the Map had
    listed a sea as captured."""
    text = " date 2022-05-20 The ministers condemned Georgia's seizure of the Armenian ports in the Black Sea."
    with fused_store(tmp_path, {"a.txt": text}) as store:
        assert build_briefing(store).control == []


def test_markdown_escapes_what_the_articles_say(tmp_path) -> None:
    """Many Markdown viewers render inline HTML: a title or outlet "<img onerror=...>" must come
    out as text, and a bracket in a title must not break the ``[label](link)``."""
    record = {"id": "x", "title": "<script>alert('t')</script> [Quoted] title & more",
              "outlet": "<img src=x onerror=alert('outlet')>", "date": "2026-12-01",
              "text": "Piet Moro said <b>that</b> 12 people were killed in Gavar on Monday. "
                      "\"We condemn this <b>attack</b>\", Ana Lind said."}
    with fused_store(tmp_path, {"x.jsonl": json.dumps(record) + "\n"}) as store:
        text = render(build_briefing(store), "md")
    assert "<img" not in text and "<script" not in text and "<b>" not in text
    assert "&lt;img src=x onerror=alert('outlet')&gt;, 2026-12-01" in text
    assert "\\[Quoted\\] title &amp; more](/articles/" in text


def _sources_in(value: object) -> list:
    """Every Source cited anywhere in a briefing (sections, quotes, series, map, claims)."""
    from dataclasses import fields, is_dataclass

    from sitrep.brief.model import Source

    if isinstance(value, Source):
        return [value]
    if is_dataclass(value):
        return [s for f in fields(value) for s in _sources_in(getattr(value, f.name))]
    if isinstance(value, (list, tuple)):
        return [s for item in value for s in _sources_in(item)]
    return []


def test_a_period_is_one_of_publication_dates_everywhere(tmp_path) -> None:
    """A briefing of 25-30 November once cited a report published on 1 December (its figure
    held as of 30 November): every source cited is an article counted in the period."""
    texts = {
        "a.txt": " date 2026-11-28 Piet Moro said 5 people were killed in Gavar on Friday. Ana Lind met envoys in Gyumri on Saturday.",
        "b.txt": " date 2026-12-01 Ana Lind said 12 people were killed in Gavar on Monday, 30 November. Piet Moro met envoys in Gyumri on Tuesday.",
    }
    with fused_store(tmp_path, texts) as store:
        whole = build_briefing(store)
        briefing = build_briefing(store, since="2026-11-25", until="2026-11-30")
    assert {s.published[:10] for s in _sources_in(whole)} == {"2026-11-28", "2026-12-01"}
    cited = _sources_in(briefing)
    assert cited and {s.published[:10] for s in cited} == {"2026-11-28"}
    assert briefing.articles == len({s.article_id for s in cited}) == 1


def test_military_aid_is_not_filled_with_attacks_told_in_arms_words(tmp_path) -> None:
    """A period with no aid news leaves Military aid without the sentences that say what arms
    were fired ("artillery shelled the town"): they are front news, not aid."""
    text = (" date 2022-06-27 Georgian artillery shelled the Armenian town of Gavar on Sunday, killing four people, the regional governor Ana Lind said. "
            "Georgia will send more artillery to Armenia's neighbour Batumi next month, Jon Vale said on Monday.")
    with fused_store(tmp_path, {"a.txt": text}) as store:
        aid = _section(store, "military_aid")
    assert not any("shelled" in s.text for s in aid.statements), [s.text for s in aid.statements]


def test_military_aid_lists_aid_and_puts_an_ally_s_force_posture_in_its_own_subsection(tmp_path) -> None:
    """Aid trackers count what is given to the country at war: an ally putting troops on alert
    or sending them to a neighbour is no aid line (nor a filler sentence for its troop words),
    but a line of the section's deployments subsection, after the aid."""
    texts = {
        "a.txt": " date 2022-06-28 Moldova will boost the number of troops on high alert to over 30,000, Piet Moro said on Tuesday.",
        "b.txt": " date 2022-06-28 Moldova will deploy 2,000 more troops to Batumi next month, Jon Vale said on Tuesday.",
        "c.txt": " date 2022-06-27 Georgia said on Monday it would give Armenia a small number of anti-aircraft vehicles.",
    }
    with fused_store(tmp_path, texts) as store:
        section = _section(store, "military_aid")
        md = markdown(build_briefing(store))
    assert [s.type for s in section.statements if s.kind == "development"] == ["AID"], section.statements
    assert not any("troops" in s.text for s in section.statements), [s.text for s in section.statements]
    assert "MOBILIZE" in [s.type for s in section.aside] and section.aside_title == "Third parties' deployments"
    assert md.index("anti-aircraft vehicles") < md.index("### Third parties' deployments") < md.index("2,000 more troops"), md
    from sitrep.web.pages import atom_feed

    (tmp_path / "feed").mkdir()
    with fused_store(tmp_path / "feed", texts) as store:
        feed = atom_feed(build_briefing(store), "http://localhost", "http://localhost/briefing.atom")
    assert "2,000 more troops" in feed  # the subsection's developments are entries of the feed too


def test_latest_leads_with_the_corroborated_development_not_the_last_day_s_column(tmp_path) -> None:
    """A wire editor leads with what more outlets report: a gas cut-off two outlets carried on
    Wednesday opens Latest developments above a single column sentence of Saturday, though it
    is older (newest first only among equally corroborated developments)."""
    texts = {
        "a.txt": " date 2022-04-27 Georgia's state energy company halted gas supplies to Armenia and Moldova on Wednesday.",
        "b.txt": " date 2022-04-28 Georgia on Wednesday halted gas deliveries to Armenia and Moldova for refusing to pay in lari.",
        "c.txt": " date 2022-04-30 Georgian artillery shelled the Armenian town of Gavar on Saturday, the governor said.",
    }
    with fused_store(tmp_path, texts) as store:
        latest = [s for s in build_briefing(store).sections[0].statements if s.kind == "development"]
    assert [(s.outlets, s.date) for s in latest[:2]] == [(2, "2022-04-27"), (1, "2022-04-30")], [(s.outlets, s.date, s.text) for s in latest]


def test_further_reports_of_one_outlet_corroborate_a_development() -> None:
    """In a corpus of one outlet (a live blog, then its news story), a happening it reported four
    times outranks one it mentioned once the same day, though never as much as four outlets."""
    from sitrep.brief.developments import _ordinal, _score

    row = {"type": "SANCTION", "mode": None, "actors": "[1]", "place": None, "date": "2022-04-27", "last_reported": "2022-04-28"}
    newest = _ordinal("2022-04-28")
    once, four_reports, four_outlets = (_score(row | {"outlets": o, "sources": r}, newest) for o, r in ((1, 1), (1, 4), (4, 4)))
    assert once < four_reports < four_outlets


def test_police_work_in_a_mixed_live_blog_is_no_war_development(tmp_path) -> None:
    """A man shot by police in a town, told in a live blog beside the war's news, is crime news:
    neither a development of Latest nor a sentence filling it."""
    texts = {"blog.txt": " date 2022-06-27 Georgian artillery shelled the Armenian town of Gavar on Sunday, killing four people, "
                         "the regional governor Ana Lind said.\n\nA man has been shot by police in Ostvale on Monday, the agency reports. "
                         "The man was being treated by paramedics."}
    with fused_store(tmp_path, texts) as store:
        latest = build_briefing(store).sections[0].statements
    assert latest and not any("police" in s.text for s in latest), [s.text for s in latest]


# A week of two reports, then a report by another outlet, published after it, retelling the meeting.
CLOSED_WEEK = [
    {"outlet": "Gyumri Herald", "published": "2022-03-03",
     "text": "Georgian forces shelled Gyumri on Thursday, the Armenian defence ministry said."},
    {"outlet": "Vanadzor Daily", "published": "2022-03-03",
     "text": "Armenian Foreign Minister Piet Moro met Georgian Foreign Minister Ana Lind in Vanadzor on Thursday, "
             "the ministry said."},
]
RETOLD_LATER = {"outlet": "Batumi Post", "published": "2022-03-06",
                "text": "Talks in the north: Armenian Foreign Minister Piet Moro met Georgian Foreign Minister Ana Lind "
                        "in Vanadzor on Thursday to discuss the border, his spokesman told reporters on Sunday."}


def jsonl(path, *records: dict):
    """``records`` as a JSON Lines file at ``path``, each titled by its outlet."""
    path.write_text("".join(json.dumps({"title": f"{r['outlet']} report", **r}) + "\n" for r in records))
    return path


def test_a_closed_period_is_not_moved_by_reports_published_after_it(tmp_path) -> None:
    """A briefing of a period counts, ranks and dates a development by its reports of the period:
    a later report by another outlet retelling the meeting neither lifts it above the shelling
    nor adds an outlet the period does not cite (a page of last week reordered itself as this
    week's news came in, and said "reported by 1 outlet" while counting two)."""
    from sitrep.fuse import fuse
    from sitrep.ingest import ingest

    def closed_week(store: Store) -> dict:
        shown = build_briefing(store, until="2022-03-03").to_json()
        shown.pop("generated")
        return shown

    with Store(tmp_path / "closed.db") as store:
        ingest([str(jsonl(tmp_path / "week.jsonl", *CLOSED_WEEK))], store, progress=False)
        fuse(store)
        before = closed_week(store)
        ingest([str(jsonl(tmp_path / "later.jsonl", RETOLD_LATER))], store, progress=False)
        fuse(store)
        meeting = [s for s in build_briefing(store).sections[0].statements if "Piet Moro met" in s.text and s.mode == "meet"]
        after = closed_week(store)
    assert len(meeting) == 1 and meeting[0].outlets == 2, "the later report joins the meeting"
    assert after == before


def test_a_range_is_shown_with_both_ends(tmp_path) -> None:
    """"between 300 and 400 people" is no count of 300: the Civilians table gives the range."""
    briefing = briefing_of(tmp_path, {
        "a.txt": " date 2022-06-02 Between 300 and 400 people were killed in Gyumri on Thursday, officials said.",
    })
    (series,) = [s for s in briefing.series if s.category == "killed"]
    assert figure(series.points[0]) == "300 to 400"
    assert "**300 to 400**" in render(briefing, "md")


@pytest.mark.parametrize("sentence, sections", [
    ("Piet Moro met Ana Lind in Batumi on Monday.", ["diplomacy"]),
    ("The metal plant in Gyumri was shelled on Monday.", []),
])
def test_an_irregular_form_is_a_whole_word_cue(sentence, sections):
    """ "met" is Diplomacy's word as "meet" is, but not the start of "metal" or "method"."""
    from sitrep.brief.build import sections_of

    assert sections_of(sentence) == sections



def test_a_live_blog_entry_s_time_stamp_is_no_part_of_its_latest_line(tmp_path) -> None:
    """A live blog opens each entry with its time stamp ("23 Jul 2022 18.05 Three people were
    killed ...") and lists key events as "From 23 Jul 2022 22.17 ...": the line and its cited
    span start at the sentence, not at the page furniture."""
    blog = (" date 2022-07-23 Georgia war live\n\nFrom 23 Jul 2022 22.17 The Armenian foreign minister Ana Lind has condemned the Georgian missile attack on Batumi.\n\n"
            "23 Jul 2022 18.05 Three people were killed when Georgian missiles hit an airfield in Gyumri on Saturday, the regional governor said.")
    with fused_store(tmp_path, {"blog.txt": blog}) as store:
        latest = _section(store, "latest").statements
        texts = {a["id"]: store.article(a["id"])["text"] for a in store.articles()}
    shown = [s.text for s in latest if s.kind == "development"]
    assert shown and not [t for t in shown if t[:1].isdigit() or t.startswith("From ")], shown
    for statement in latest:
        for source in statement.sources:
            assert not texts[source.article_id][source.start:source.end][:1].isdigit(), statement.text


def test_a_quoted_speaker_titled_only_relative_to_a_name_takes_the_office_another_report_gives(tmp_path) -> None:
    """"Georgia has the initiative, and its president, Piet Moro, said ...": "its president"
    says whose only beside "Georgia"; the key quote shows the office another report names him
    by ("Georgian president")."""
    texts = {
        "a.txt": " date 2022-07-22 The Georgian president Piet Moro visited Batumi on Friday, officials said.",
        "b.txt": " date 2022-07-23 Georgian missiles struck Gyumri on Saturday, killing four people. Georgia has the initiative, and its president, Piet Moro, said the strike was a warning to the Armenian government.",
    }
    with fused_store(tmp_path, texts) as store:
        quotes = [q for s in _section(store, "latest").statements for q in s.quotes]
    assert [(q.speaker, q.title) for q in quotes] == [("Piet Moro", "Georgian president")], quotes


def test_an_undated_act_told_after_a_sentence_of_an_earlier_year_is_history_not_latest(tmp_path) -> None:
    """"In early 2014, mass protests forced out a president. / Georgia responded by annexing
    the region of Lori": the undated act is history told for context. The week's shelling, told
    after the same kind of sentence but dated, is news."""
    text = (" date 2022-07-20 In early 2014, mass protests in Yerevan forced out the president.\n\n"
            "Georgia responded by annexing the Armenian region of Lori and seized the town of Vanadzor.\n\n"
            "The war of 2016 lasted four days.\n\nGeorgian forces shelled Gyumri on Tuesday, killing three people, Armenian officials said.")
    shown = _shown(tmp_path, {"h.txt": text}, "latest", developments=True)
    assert any("Gyumri" in t for t in shown) and not any("annexing" in t for t in shown), shown


def test_an_undated_act_told_beside_a_month_long_past_is_history_not_latest(tmp_path) -> None:
    """A sentence dated "in March" in a July story recalls the spring: its undated second act
    (drones wrecking tugs) is history too, not a development of the week; the week's shelling,
    told "on Tuesday", still is."""
    text = (" date 2022-07-20 Georgian forces shelled Gyumri on Tuesday, killing three people, Armenian officials said.\n\n"
            "A Georgian missile sank an Armenian coastguard cutter off Batumi in March, and Georgian drones also wrecked two tugs moored at Poti.")
    shown = _shown(tmp_path, {"m.txt": text}, "latest", developments=True)
    assert any("Gyumri" in t for t in shown) and not any("tugs" in t for t in shown), shown


def test_diplomacy_leaves_out_an_undated_trip_told_in_a_sentence_of_an_earlier_year(tmp_path) -> None:
    """"In 2016 ... envoys flew to Norland to meet X": a trip recalled from years before is no
    diplomacy of the period, in Diplomacy as in Latest developments."""
    text = (" date 2022-07-20 The Armenian foreign minister Ana Lind met her Georgian counterpart Jon Vale in Batumi on Tuesday.\n\n"
            "In 2016 the talks collapsed, and Armenian envoys, led by Piet Moro, flew to Norland to meet Tomas Berg instead.")
    shown = _shown(tmp_path, {"d.txt": text}, "diplomacy")
    assert any("Batumi" in t for t in shown) and not any("2016" in t for t in shown), shown


def test_talks_told_as_going_on_beside_an_old_month_are_still_shown(tmp_path) -> None:
    """"... since the fighting started in March, and envoys are holding talks in Batumi": the
    month dates what came before, the talks are told as going on now."""
    text = (" date 2022-07-20 Norland has armed Armenia since the fighting started in March, "
            "and envoys of both governments are holding talks in Batumi on more help.")
    with fused_store(tmp_path, {"o.txt": text}) as store:
        shown = [s for s in _section(store, "diplomacy").statements if s.kind == "development"]
    assert [s.status for s in shown] == ["ongoing"], shown


def test_a_meeting_still_ahead_told_after_an_old_month_is_still_shown(tmp_path) -> None:
    """"In early May, an aide said ... / The two ministers would meet in Batumi": a meeting told
    as ahead is no history, whatever old month the sentence before opens with."""
    text = (" date 2022-07-20 In early May, an aide to the Armenian foreign minister Ana Lind said the talks had stalled.\n\n"
            "Lind and her Georgian counterpart Jon Vale would meet in Batumi to restart them, the aide added.")
    with fused_store(tmp_path, {"w.txt": text}) as store:
        shown = [s for s in _section(store, "diplomacy").statements if s.kind == "development"]
    assert any("would meet" in s.text for s in shown), [(s.text, s.status) for s in shown]


def test_an_old_month_in_a_clause_about_the_doer_leaves_the_act_news(tmp_path) -> None:
    """"Norland forces, which took the coast in March, bombarded Gyumri, ...": the month dates
    what the relative clause says of the doer, not the bombardment, which is the week's news."""
    text = (" date 2023-05-20 Norland forces, which took the coast in March, bombarded Gyumri overnight, "
            "leaving four civilians dead, Armenian officials said.\n\nPiet Moro, the mayor of Gyumri, appealed for calm.")
    shown = _shown(tmp_path, {"r.txt": text}, "latest", developments=True)
    assert any("bombarded" in t for t in shown), shown


def test_an_act_after_a_sentence_opening_with_last_month_is_still_news(tmp_path) -> None:
    """"Last month, X. / Y bombarded Z overnight": a month of the report's year opening the
    sentence before leads into the news; only a year before the report's opens a recalled
    story ("In 2016, ... / Georgia responded by ...")."""
    text = (" date 2023-05-20 Last month, Norland vowed to keep out of the quarrel.\n\n"
            "Georgian gunners bombarded Gyumri overnight, leaving four civilians dead, the Armenian army said.")
    shown = _shown(tmp_path, {"l.txt": text}, "latest", developments=True)
    assert any("bombarded" in t for t in shown), shown


def test_an_act_beside_a_day_of_the_report_s_week_in_the_year_before_is_still_news(tmp_path) -> None:
    """"on December 30" in a report of January 2 is three days back, not a past year: the
    undated bombardment told beside it is the week's news."""
    text = (" date 2023-01-02 Talks broke up on December 30, and Georgian gunners then bombarded Gyumri, "
            "leaving four civilians dead, Armenian officials said.\n\nPiet Moro appealed for calm.")
    shown = _shown(tmp_path, {"y.txt": text}, "latest", developments=True)
    assert any("bombarded" in t for t in shown), shown


def test_an_act_told_as_what_a_noun_is_known_for_is_no_latest_line(tmp_path) -> None:
    """"Armenia's defence ministry urged citizens in Vanadzor, a key town seized by Georgia, to
    report ...": the capture is what the town is known for, the news is the appeal; told "was
    seized by" it is a report of the capture."""
    texts = {
        "a.txt": " date 2022-07-23 Armenia's defence ministry has urged citizens in Vanadzor, a key town seized by Georgia, to reveal where Georgian troops are living.",
        "b.txt": " date 2022-07-23 The port of Batumi was seized by Armenian troops, Georgian officials said.",
    }
    shown = _shown(tmp_path, texts, "latest", developments=True)
    assert any("Batumi" in t for t in shown) and not any("Vanadzor" in t for t in shown), shown


@pytest.mark.parametrize(
    "text",
    [
        " date 2022-07-20 Georgian artillery shelled the centre of Gyumri, killing five civilians, in the heaviest bombardment of the city since 2020, Armenian officials said.",
        " date 2022-07-20 The two countries fought a brief war over the region in 2020.\n\nGeorgian troops captured the town of Vanadzor, Armenian officials said.",
        " date 2022-07-20 Gyumri hit by Georgian missiles, killing three civilians.\n\nThe Armenian defence ministry said air defences had failed.",
    ],
    ids=["since-a-year", "a-year-ending-the-sentence-before", "headline-clause"],
)
def test_the_weeks_news_beside_an_earlier_year_or_in_a_headline_clause_is_latest(tmp_path, text) -> None:
    """A year is history's mark only where it dates the act or opens the sentence before ("In
    early 2014, ..."), not as a baseline ("the heaviest since 2020") or at the end of the
    sentence before; a participle after a bare name is a headline's clause, no description."""
    shown = _shown(tmp_path, {"n.txt": text}, "latest", developments=True)
    assert shown, text


def test_a_key_quote_keeps_its_own_office_over_a_former_one_another_report_gives(tmp_path) -> None:
    """"President Piet Moro said ...": another report's "former Georgian prime minister" is no
    fuller form of "President"; the quote keeps the office its own report gives."""
    texts = {
        "a.txt": " date 2022-07-20 The former Georgian prime minister Piet Moro visited Batumi on Wednesday, officials said.",
        "b.txt": ' date 2022-07-23 Georgian missiles struck Gyumri on Saturday, killing four people. President Piet Moro said "the strike was a warning to the Armenian government".',
    }
    with fused_store(tmp_path, texts) as store:
        quotes = [q for s in _section(store, "latest").statements for q in s.quotes]
    assert quotes and all(q.title == "President" for q in quotes if q.speaker == "Piet Moro"), quotes


def test_a_decision_is_not_quoted_as_speech(tmp_path) -> None:
    """"X decided to Y" tells what X chose to do, not anything X said: no key quote."""
    texts = {"report.txt": " date 2022-05-02 Armenian troops recaptured three hamlets near Goris on Monday. "
                           "After long talks with his staff, General Tomas Berg decided to move two more brigades to the northern border."}
    with fused_store(tmp_path, texts) as store:
        (capture,) = [s for s in build_briefing(store).sections[0].statements if s.type == "ASSAULT"]
    assert capture.quotes == []


def test_a_topic_referred_to_is_no_key_quote(tmp_path) -> None:
    """"He referred to the "significant intelligence skills" of the army": a topic spoken of, no
    statement; the development's own report is still told by its sentence."""
    text = (' date 2022-02-18 Georgian forces shelled Gyumri on Friday, killing four people, the Armenian president Piet Moro said. '
            'He referred to the "significant intelligence skills" of the Armenian army.')
    with fused_store(tmp_path, {"r.txt": text}) as store:
        latest = _section(store, "latest").statements
    quotes = [q.text for s in latest for q in s.quotes]
    assert any("Gyumri" in s.text for s in latest) and not any("intelligence" in q for q in quotes), quotes


def test_a_paraphrase_read_across_two_speakers_reports_is_no_key_quote(tmp_path) -> None:
    """"Georgia has said X; Norland said Y, the defence minister, Ana Lind, said": the clauses
    parsed as Ana Lind's (and Georgia's) run over another speaker's report, so neither is quoted
    as one speaker's words. "Piet Moro said the allies agree that X" is still Piet
    Moro's: a report told inside his, speaker first."""
    texts = {"p.txt": " date 2022-07-20 Georgian troops shelled Gyumri on Tuesday, Armenian officials said. Georgia has said it will keep its "
                      "ports open to grain ships; Norland said it is ready to lend Armenia two coastguard cutters, the defence minister, Ana Lind, said.",
             "q.txt": " date 2022-07-21 Georgian drones struck a depot in Vanadzor on Wednesday, Armenian officials said. Piet Moro said the allies "
                      "agree that the raid has changed the region \"for a very long time. Nobody will forget it.\""}
    with fused_store(tmp_path, texts) as store:
        latest = _section(store, "latest").statements
    quotes = [(q.speaker, q.text) for s in latest for q in s.quotes]
    assert any("Gyumri" in s.text for s in latest) and any("Vanadzor" in s.text for s in latest), [s.text for s in latest]
    assert not [q for q in quotes if "has said" in q[1] or "Ana Lind" in q[1]], quotes
    assert ("Piet Moro", 'the allies agree that the raid has changed the region "for a very long time') in quotes, quotes


def test_a_quote_holding_a_live_blog_time_stamp_is_no_key_quote(tmp_path) -> None:
    """A live blog scraped to plain text glues an entry's "Updated at" line, the next entry's
    time and its headline to the report after them: a quote read over that run shows page
    furniture as words said."""
    text = (" date 2022-05-16 Georgian forces shelled Gyumri on Monday, killing two people. By evening the last families had reached "
            "Batumi after a month spent hiding in cellars.Updated at 09.12 BST 16 May 202221.05Ceasefire talks open in BatumiCeasefire "
            "talks with Norland are under way in Batumi, Piet Moro confirmed, with envoys of six nations at the table.")
    with fused_store(tmp_path, {"blog.txt": text}) as store:
        latest = _section(store, "latest").statements
    quotes = [q.text for s in latest for q in s.quotes]
    assert any("Gyumri" in s.text for s in latest), [s.text for s in latest]
    assert not [q for q in quotes if "Updated at" in q or "BST" in q], quotes


def test_a_strike_is_told_by_the_report_of_the_strike_not_by_its_condemnation(tmp_path) -> None:
    """The same day's reports: "The Armenian foreign minister has condemned the Georgian attack
    on Batumi" tells the strike through a condemnation; "Georgia struck the port of
    Batumi" tells it. The line is the second, and cites it first."""
    texts = {
        "a.txt": " date 2022-07-23 The Armenian foreign minister Ana Lind has condemned the Georgian missile attack on Batumi, accusing Georgia of deepening the food crisis.",
        "b.txt": " date 2022-07-23 Georgia struck the port of Batumi with cruise missiles on Saturday, hours after signing a grain deal.",
    }
    with fused_store(tmp_path, texts) as store:
        strikes = [s for s in _section(store, "latest").statements if s.type == "ASSAULT"]
    assert [(s.text.split()[:2], len(s.sources)) for s in strikes] == [(["Georgia", "struck"], 2)], [(s.text, s.sources) for s in strikes]


def test_hosts_a_travelling_official_meets_have_no_stop_though_their_country_is_untold(tmp_path) -> None:
    """"X met President Y and Ambassador Z in Gyumri": the visitor's stop. Y and Z are
    the hosts met there; their titles name no country, yet they did not travel to Gyumri."""
    texts = {"visit.txt": " date 2022-03-08 Georgian Foreign Minister Piet Moro met President Jon Vale and Ambassador Ana Lind in Gyumri on Monday."}
    with fused_store(tmp_path, texts) as store:
        stops = {i.who: [(leg.place, leg.met) for leg in i.legs] for i in build_briefing(store).itineraries}
    assert list(stops) == ["Piet Moro"] and stops["Piet Moro"][0][0] == "Gyumri", stops


def test_whom_an_official_of_a_government_s_own_text_meets_abroad_are_hosts(tmp_path, monkeypatch) -> None:
    """On a ministry's own page, "Deputy Secretary X met Secretary General Y in Gyumri": X's title
    names no country, but the page is a government's, so X is abroad and Y is the host met
    there, with no stop of his own. (The outlet is an invented one, taken as Georgia's.)"""
    import sitrep.brief.developments as developments
    monkeypatch.setattr(developments, "issuer_of", lambda outlet: "GE" if outlet == "Vanadzor Gazette Ministry Desk" else None)
    record = {"id": "n1", "published": "2022-03-08", "outlet": "Vanadzor Gazette Ministry Desk", "title": "Meeting",
              "text": "Deputy Secretary Piet Moro met today in Gyumri with Secretary General Jon Vale. They agreed to keep in touch."}
    with fused_store(tmp_path, {"notice.jsonl": json.dumps(record) + "\n"}) as store:
        stops = {i.who: [leg.place for leg in i.legs] for i in build_briefing(store).itineraries}
    assert stops == {"Piet Moro": ["Gyumri"]}, stops


def test_tolls_of_single_attacks_are_dots_not_a_line() -> None:
    """One strike's 47 dead in a town and another's 10 a week later are no fall from 47 to 10:
    a series of single attacks' tolls is drawn as dots; a running count keeps its line."""
    from sitrep.brief.chart import series_svg
    from sitrep.brief.model import Series, SeriesPoint, Source
    from sitrep.fuse.figures import ONE_ATTACK

    def point(day: str, value: float) -> SeriesPoint:
        return SeriesPoint(day, value, "exact", None, None, Source(7, "Title", "Outlet", day, None, 0, 5))

    series = Series("killed", "Gyumri", ONE_ATTACK, [point("2022-03-03", 47), point("2022-03-10", 10)])
    assert 'class="line"' not in series_svg(series) and series_svg(series).count('class="point"') == 2
    series.unit, series.points[1].value = None, 52
    assert 'class="line"' in series_svg(series)


def test_a_toll_s_line_never_falls_and_the_chart_says_what_it_counts() -> None:
    """A town's 5,000 dead, then one day's 8 there, then 5,200: the line ran down to 8 and back
    up, as if the dead had come back to life; it joins 5,000 and 5,200, and 8 is a dot below.
    The chart's title reads as the table's heading, "killed in Gyumri", not "killed Gyumri"."""
    import re

    from sitrep.brief.chart import series_svg
    from sitrep.brief.model import Series, SeriesPoint, Source

    def point(day: str, value: float) -> SeriesPoint:
        return SeriesPoint(day, value, "exact", None, None, Source(7, "Title", "Outlet", day, None, 0, 5))

    series = Series("killed", "Gyumri", None, [point("2022-03-01", 5000), point("2022-03-05", 8), point("2022-03-09", 5200)])
    svg = series_svg(series)
    assert re.search(r'class="line" d="M([^"]+)"', svg).group(1).count("L") == 1 and svg.count('class="point"') == 3
    assert "<title>killed in Gyumri</title>" in svg
    refugees = Series("refugees", "Georgia", None, series.points)
    assert re.search(r'class="line" d="M([^"]+)"', series_svg(refugees)).group(1).count("L") == 2, "a host country's refugees may move on or home"
    refugees.place = None  # all who have fled so far: the lower figure is a narrower count
    assert re.search(r'class="line" d="M([^"]+)"', series_svg(refugees)).group(1).count("L") == 1


def test_a_chart_says_why_a_toll_s_dots_fall_below_its_line() -> None:
    """A toll's line leaves a later lower figure off it; the chart says the line is the highest
    count so far and a dot below a narrower count, not a figure the line forgot. A chart whose
    line takes every date says nothing of the kind."""
    from sitrep.brief.chart import series_svg
    from sitrep.brief.model import Series, SeriesPoint, Source

    def point(day: str, value: float) -> SeriesPoint:
        return SeriesPoint(day, value, "exact", None, None, Source(7, "Title", "Outlet", day, None, 0, 5))

    below = "line: the highest count so far; dots below: narrower counts"
    fell = Series("killed", "Gyumri", None, [point("2022-03-01", 500), point("2022-03-05", 8), point("2022-03-09", 520)])
    assert below in series_svg(fell)
    fell.points[1].value = 510
    assert below not in series_svg(fell)


def test_a_party_s_claim_sets_no_floor_for_a_toll_s_line() -> None:
    """A party claims 2,000 dead in Gyumri; a monitor counts 300, then 350. A toll's line never
    falls, and with the claim as its top it left both counts off the line and drew none; the
    claim is a hollow dot, and the monitor's counts are joined."""
    import re

    from sitrep.brief.chart import series_svg
    from sitrep.brief.model import Series, SeriesPoint, Source

    def point(day: str, value: float, claim_of: str | None = None) -> SeriesPoint:
        return SeriesPoint(day, value, "exact", "ministry" if claim_of else "monitor", claim_of, Source(7, "Title", "Outlet", day, None, 0, 5))

    series = Series("killed", "Gyumri", None, [point("2022-03-05", 2000, "UA"), point("2022-03-05", 300), point("2022-03-09", 350)])
    svg = series_svg(series)
    assert svg.count('class="point claim"') == 1
    assert (line := re.search(r'class="line" d="M([^"]+)"', svg)) and line.group(1).count("L") == 1, svg


def test_parts_of_larger_counts_are_dots_not_a_line() -> None:
    """ "9,000 of them since Saturday" and, a week later, "2,000 of them children" are parts of
    different wholes under one unit: a line from one to the other is no change of one count."""
    from sitrep.brief.chart import series_svg
    from sitrep.brief.model import Series, SeriesPoint, Source
    from sitrep.fuse.figures import SHARE

    def point(day: str, value: float) -> SeriesPoint:
        return SeriesPoint(day, value, "exact", None, None, Source(7, "Title", "Outlet", day, None, 0, 5))

    series = Series("refugees", "Armenia", SHARE, [point("2022-03-01", 9000), point("2022-03-08", 2000)])
    assert 'class="line"' not in series_svg(series) and series_svg(series).count('class="point"') == 2


def test_a_claim_mark_is_a_word_apart_from_its_source_in_html() -> None:
    """ "according to the ministry claim of Norland", not "ministryclaim of Norland": the page's
    whitespace trimming must not glue the claim mark to the source's name."""
    import re

    from sitrep.brief.model import Briefing, Section, Series, SeriesPoint, Source

    source = Source(7, "Title", "Outlet", "2022-03-05", None, 0, 5)
    point = SeriesPoint("2022-03-05", 2000, "exact", "the ministry", "AM", source)
    briefing = Briefing("2022-03-10T00:00:00+00:00", None, None, 1, [Section("civilians", "Civilians")], [], series=[Series("killed", "Gyumri", None, [point])])
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", render(briefing, "html")))
    assert "according to the ministry claim of AM" in text


def test_whom_an_official_met_on_a_stop_is_named_once(tmp_path) -> None:
    """"X visited Gyumri, where he met Y" and "Y and X visited a hospital in Gyumri": one stop,
    where X met Y once, not Y twice; Y, named met by one report, is no co-traveller."""
    texts = {"a.txt": " date 2022-06-13 Georgian Foreign Minister Piet Moro visited Gyumri on Monday, where he met Armenian President Ana Lind.",
             "b.txt": " date 2022-06-13 Armenian President Ana Lind and Georgian Foreign Minister Piet Moro visited a hospital in Gyumri on Monday."}
    with fused_store(tmp_path, texts) as store:
        stops = {i.who: [(leg.place, leg.met) for leg in i.legs] for i in build_briefing(store).itineraries}
    assert stops == {"Piet Moro": [("Gyumri", ["Ana Lind"])]}, stops


@pytest.mark.parametrize(("older", "newer", "first"), [
    # a running total sums the packages already told: a tracker counts the new package first
    ("Georgia will send $40 million in military aid to Armenia, its defence minister Jon Vale said on Tuesday.",
     "The new drawdown brings the total military aid Georgia has committed to Armenia to $3 billion, Ana Lind said on Wednesday.",
     "$40 million"),
    # "keeps supplying weapons" and "will continue to provide weapons" tell no new package
    ("Moldova will send anti-tank weapons to Armenia's army, Piet Moro said on Wednesday.",
     "Georgia keeps supplying weapons to Armenia's army, Tomas Berg said on Thursday.", "anti-tank"),
    ("Moldova will send anti-tank weapons to Armenia's army, Piet Moro said on Wednesday.",
     "Georgia will continue to provide weapons to Armenia's army, Tomas Berg said on Thursday.", "anti-tank"),
    # "military support" tells arms aid as much as "military aid": before a newer sum of food aid
    ("Georgia unveiled $200m in extra military support for Armenia on Tuesday, Jon Vale said.",
     "Moldova will send $20 million in humanitarian aid for food to Armenia, its minister Ana Lind said on Wednesday.",
     "military support"),
])
def test_military_aid_puts_a_new_package_first(tmp_path, older, newer, first) -> None:
    """A tracker counts new packages: one comes first though the other report is newer."""
    texts = {"older.txt": f"date 2022-03-02\n{older}\n", "newer.txt": f"date 2022-03-10\n{newer}\n"}
    with fused_store(tmp_path, texts) as store:
        section = _section(store, "military_aid")
    assert first in section.statements[0].text, [(s.status, s.text) for s in section.statements]


def test_aid_only_supposed_is_badged_neither_pledge_nor_delivery(tmp_path) -> None:
    """"Could send tanks if the talks fail" is no commitment: the line says hypothetical, not pledge."""
    texts = {"maybe.txt": "date 2022-03-08\nGeorgia could send tanks to Armenia's army if the talks in Batumi fail, Piet Moro said on Monday.\n"}
    with fused_store(tmp_path, texts) as store:
        (line,) = [s for s in _section(store, "military_aid").statements if s.kind == "development"]
    assert badges(line) == ["AID", "hypothetical"]


def test_a_pledge_made_while_something_else_continues_is_no_aid_said_to_go_on(tmp_path) -> None:
    """"As fighting continues, X will send" is a new pledge: the "continue" cue is another
    clause's, not the verb's, so the pledge is not taken for aid said to go on; "will continue
    to provide" is."""
    from sitrep.brief.build import carried_on
    texts = {
        "new.txt": "date 2022-03-10\nAs fighting continues, Georgia will send anti-tank weapons to Armenia's army, Tomas Berg said on Thursday.\n",
        "more.txt": "date 2022-03-11\nMoldova will continue to provide rifles to Armenia's army, Piet Moro said on Friday.\n",
    }
    with fused_store(tmp_path, texts) as store:
        lines = [s for s in _section(store, "military_aid").statements if s.kind == "development"]
        said = {("anti-tank" in s.text): carried_on(store, s) for s in lines}
    assert said == {True: False, False: True}, [(s.text, s.status) for s in lines]


def test_the_briefing_counts_every_article_of_its_period(tmp_path) -> None:
    """The count heads the page: past the few hundred articles read for filler sentences it
    stood still, and an editor watching a store grow saw no new article arrive."""
    from sitrep.brief.build import MAX_ARTICLES
    from sitrep.facts import Article

    with Store(tmp_path / "many.db") as store:
        for number in range(MAX_ARTICLES + 3):
            store.add(Article(f"note-{number}", f"Ana Lind wrote note {number} from Vanadzor on Monday.",
                              published="2022-05-02"), None)
        assert build_briefing(store).articles == MAX_ARTICLES + 3
        assert build_briefing(store, since="2022-06").articles == 0


BUSY_DAY = {  # articles each reporting several developments with quotes: a briefing asks of each many times
    "gyumri.txt": " date 2022-06-03 Armenian artillery shelled Gyumri on Friday, killing four people, the mayor Jon Vale said. "
                  "\"We will rebuild every house,\" Jon Vale told reporters. Georgia imposed sanctions on two Armenian "
                  "commanders on Friday. Piet Moro, the Georgian foreign minister, met Ana Lind in Batumi on Friday.",
    "batumi.txt": " date 2022-06-04 Piet Moro met Ana Lind in Batumi on Saturday to discuss the shelling of Gyumri. "
                  "\"The attack on Gyumri was a crime,\" Piet Moro said. Georgia sent 40 tanks to Armenia's neighbours, "
                  "Tomas Berg said on Saturday. Armenian forces captured Vanadzor on Saturday, officials said.",
}


def test_a_briefing_splits_each_article_into_sentences_once(tmp_path, monkeypatch) -> None:
    """Every development, source and quote of an article asks for its sentences; splitting the
    text again each time made a briefing of 500 articles take most of a minute. A text is split
    for its body and at most once more whole (the sentence of an aid sum is read from the text)."""
    from sitrep import spans

    with fused_store(tmp_path, BUSY_DAY) as store:
        assert store.db.execute("SELECT COUNT(*) FROM developments").fetchone()[0] >= 4
        splits = []
        real = spans._sentences
        monkeypatch.setattr(spans, "_sentences", lambda text: splits.append(text) or real(text))
        build_briefing(store)
    assert splits and max(Counter(splits).values()) <= 2


def test_a_briefing_keeps_no_sentences_once_it_is_built(tmp_path, monkeypatch) -> None:
    """The split texts were kept for the life of the process (4096 texts with their spans, a
    6 MB text's 124 MB): a briefing keeps them while it is built only. A second build splits
    again; a briefing built after others read the same texts was not measured at all."""
    from sitrep import spans

    with fused_store(tmp_path, BUSY_DAY) as store:
        build_briefing(store)
        splits = []
        real = spans._sentences
        monkeypatch.setattr(spans, "_sentences", lambda text: splits.append(text) or real(text))
        build_briefing(store)
        first = len(splits)
        build_briefing(store)
    assert first and len(splits) == 2 * first, "each build splits as many texts, none kept from before"


def test_a_text_is_kept_split_once_however_it_is_asked_for(monkeypatch) -> None:
    """``sentences(text)`` and ``sentences(text, 0)`` were two entries of the cache, each
    splitting the text; a text of hundreds of thousands of characters is split again rather
    than kept."""
    from sitrep import spans

    splits = []
    real = spans._sentences
    monkeypatch.setattr(spans, "_sentences", lambda text: splits.append(len(text)) or real(text))
    text = "Troops shelled the town of Ostrova on Monday. The mayor Ana Lind said four people were hurt."
    huge = "Troops shelled the town of Ostrova on Monday. " * (spans.KEPT_UP_TO // 40)
    with spans.sentences_kept():
        assert spans.sentences(text) == spans.sentences(text, 0) == spans.sentences(text, body_start=0)
        assert len(spans.sentences(text)) == 2 and splits == [len(text)]
        assert spans.sentences(huge) == spans.sentences(huge)
        assert splits == [len(text), len(huge), len(huge)], "not kept: its spans alone are tens of megabytes"
    spans.sentences(text)
    assert splits[-1] == len(text) and len(splits) == 4, "outside a build nothing is kept"


def test_fusion_splits_each_article_into_sentences_once(tmp_path, monkeypatch) -> None:
    """Fusion reads the sentence of every event and figure of an article: one split of its text."""
    from sitrep import spans

    splits = []
    real = spans._sentences
    monkeypatch.setattr(spans, "_sentences", lambda text: splits.append(text) or real(text))
    with fused_store(tmp_path, BUSY_DAY) as store:
        events = store.db.execute("SELECT COUNT(*) FROM facts WHERE kind = 'events'").fetchone()[0]
    assert events > len(BUSY_DAY) and splits and max(Counter(splits).values()) == 1


def test_a_briefing_reads_each_article_s_quotes_once(tmp_path, monkeypatch) -> None:
    """The key quotes of each development come from its first report's quotes and speakers,
    read from the store once per article, not once per development it reports."""
    with fused_store(tmp_path, BUSY_DAY) as store:
        reads = []
        real = store.fact_rows
        monkeypatch.setattr(store, "fact_rows", lambda article_id, kind: reads.append((article_id, kind)) or real(article_id, kind))
        build_briefing(store)
    quotes = [article for article, kind in reads if kind == "quotes"]
    assert quotes and len(quotes) == len(set(quotes))


def test_a_source_without_an_outlet_is_cited_by_its_site_and_an_untitled_one_by_its_number() -> None:
    """A feed or archive without outlet names gave citations of a bare date ("2022-05-02"):
    nothing told an editor whose report it was or which article to open."""
    from sitrep.brief.model import Source

    assert Source(7, "Talks resume", None, "2022-05-02", "https://www.batumi-post.example/world/7", 0, 9).label \
        == "batumi-post.example, 2022-05-02, Talks resume"
    assert Source(8, None, None, "2022-05-02T14:15", None, 0, 9).label == "2022-05-02T14:15, article 8"
    assert Source(9, "Talks resume", "Batumi Post", None, "javascript:alert(1)", 0, 9).label == "Batumi Post, Talks resume"
    assert Source(9, "Talks resume", None, None, "urn:feed:9", 0, 9).label == "Talks resume", "no site in a feed's id"


def test_an_article_cited_for_several_passages_is_named_once() -> None:
    """A leg of a trip rests on three passages of one travel announcement: the announcement's
    outlet, date and title were written out three times. Now each article is named once, its
    first passage under its name and the others numbered after it; another article keeps its name."""
    from sitrep.brief.model import Briefing, Itinerary, Leg, Section, Source, Statement

    def passage(article: int, title: str, start: int) -> Source:
        return Source(article, title, "Gyumri Herald", "2022-06-01", None, start, start + 20)

    sources = [passage(4, "Lind to visit Batumi", 0), passage(4, "Lind to visit Batumi", 300),
               passage(5, "Lind lands", 10), passage(4, "Lind to visit Batumi", 600)]
    sections = [Section("latest", "Latest developments", [Statement("Ana Lind visits Batumi.", sources)]), Section("diplomacy", "Diplomacy")]
    briefing = Briefing("2022-06-02", None, None, 2, sections, [],
                        itineraries=[Itinerary("Ana Lind", [], [Leg("Batumi", "2022-06-03", "planned", "visit", sources)])])
    text = markdown(briefing)
    cited = ("[Gyumri Herald, 2022-06-01, Lind to visit Batumi](/articles/4#span-0-20) ([2](/articles/4#span-300-320), "
             "[3](/articles/4#span-600-620)) [Gyumri Herald, 2022-06-01, Lind lands](/articles/5#span-10-30)")
    assert text.count(cited) == 2 and text.count("Lind to visit Batumi") == 2, text
    page = render(briefing, "html")
    assert page.count(">Gyumri Herald, 2022-06-01, Lind to visit Batumi</a>") == 2, "once per line"
    assert page.count('href="/articles/4#span-600-620"') == 2 and page.count('href="/articles/5#span-10-30"') == 2


def test_a_long_figures_subsection_shows_the_most_reported_series_and_folds_the_rest() -> None:
    """Fifteen aid series of Norland: the twelve most reported are shown in full; the three
    one-figure ones after them are one line each in Markdown (their latest figure and source)
    and folded away in HTML, where each keeps its table."""
    import re

    from sitrep.brief.model import Briefing, Section, Series, SeriesPoint, Source
    from sitrep.brief.render import SERIES_SHOWN

    def point(day: str, value: float) -> SeriesPoint:
        return SeriesPoint(day, value, "exact", None, None, Source(7, "Title", "Outlet", day, None, 0, 5))

    kinds = [f"Vortex-{i} launchers" for i in range(15)]
    series = [Series("aid_items", None, kind, [point("2022-03-0" + str(d), 10 * (i + 1)) for d in range(1, 4 if i < 12 else 2)], "Norland")
              for i, kind in enumerate(kinds)]
    briefing = Briefing("2022-03-10T00:00:00+00:00", None, None, 1, [Section("military_aid", "Military aid")], [], series=series)
    text = render(briefing, "md")
    assert SERIES_SHOWN == 12
    assert text.count("| As of |") == 12, "a table for each of the twelve most reported series only"
    assert "#### 3 more series" in text
    assert "- aid items (Vortex-14 launchers) from Norland, 2022-03-01: **150** [Outlet, 2022-03-01, Title]" in text
    page = render(briefing, "html")
    shown, folded = page.split('<details class="more-series">')
    assert shown.count('class="series-points"') == 12 and folded.count('class="series-points"') == 3
    assert re.search(r"<summary>\s*3 more series", folded)


def test_aid_series_of_a_named_donor_come_before_those_of_none() -> None:
    """Sums no text gave a donor for gather several donors' pledges: however often reported,
    they come after the series of named donors, which keep their order (most reported first)."""
    from sitrep.brief.model import Briefing, Section, Series, SeriesPoint, Source
    from sitrep.brief.render import aid_series

    def points(n: int) -> list[SeriesPoint]:
        return [SeriesPoint(f"2022-03-0{d}", 100, "exact", None, None, Source(7, "Title", "Outlet", "2022-03-01", None, 0, 5)) for d in range(1, n + 1)]

    series = [Series("aid_money", None, "USD, military", points(5)), Series("aid_money", None, "USD, military", points(3), "Georgia"),
              Series("aid_items", None, "helmets", points(1), "Armenia")]
    briefing = Briefing("2022-03-10T00:00:00+00:00", None, None, 1, [Section("military_aid", "Military aid")], [], series=series)
    assert [s.donor for s in aid_series(briefing)] == ["Georgia", "Armenia", None]


def test_one_figure_several_outlets_report_is_one_figure_with_their_sources(tmp_path) -> None:
    """Two outlets telling the governor's "at least 40" dead in Gyumri are one figure citing
    both, not two cells side by side and two dots on the chart as if two counts agreed; a
    third report's 35 on that day is another figure and stays beside it."""
    briefing = briefing_of(tmp_path, {
        "a.txt": " date 2022-06-02 At least 40 people were killed in Gyumri on Thursday, the governor Ana Lind said.",
        "b.txt": " date 2022-06-02 Governor Ana Lind said at least 40 people had died in Gyumri on Thursday after the shelling.",
        "c.txt": " date 2022-06-02 Officials in Gyumri said 35 people were killed there on Thursday.",
    })
    row = next(line for line in render(briefing, "md").splitlines() if line.startswith("| 2022-06-02 |"))
    assert row.count("**at least 40**") == 1 and row.count("/articles/") == 3, row
    (series,) = [s for s in briefing.series if s.category == "killed"]
    assert sorted((p.value, len({s.article_id for s in p.sources})) for p in series.points) == [(35, 1), (40, 2)]
    page = render(briefing, "html")
    assert page.count("<b>at least 40</b>") == 1 and page.count("<b>35</b>") == 1


def test_equal_figures_of_different_counters_are_not_one_figure(tmp_path) -> None:
    """A party's claim of 40 dead in Gyumri and a monitor's 40 are two counts that agree: as one
    point, the monitor's report was cited as the party's claim. Each keeps its own attribution."""
    briefing = briefing_of(tmp_path, {
        "a.txt": " date 2022-06-02 At least 40 civilians were killed in Gyumri on Thursday, the Russian defence ministry claimed.",
        "b.txt": " date 2022-06-02 At least 40 civilians were killed in Gyumri on Thursday, the UN human rights office said.",
    })
    (series,) = [s for s in briefing.series if s.category == "killed"]
    told = sorted((p.claim_of or "", [s.article_id for s in p.sources]) for p in series.points)
    assert told == [("", [2]), ("RU", [1])], told


def test_counts_placed_outside_the_war_s_countries_say_so_and_come_last(tmp_path) -> None:
    """A shooting in Gyumri, in a country no party to the war (fuse/data/parties.csv), is no
    point of the war's toll: its series is titled as outside the war's countries and follows
    the war's own, however often it is reported; refugees in their host country are the war's."""
    briefing = briefing_of(tmp_path, {
        "a.txt": " date 2022-06-02 A gunman killed 9 people at a mall in Gyumri on Thursday, police said.",
        "b.txt": " date 2022-06-03 The gunman who killed 9 people in Gyumri on Thursday was charged, police said.",
        "c.txt": " date 2022-06-03 At least 12 people were killed in Ukraine on Friday, officials said.",
        "d.txt": " date 2022-06-03 More than 3,000 refugees from Ukraine have arrived in Armenia, officials said.",
    })
    text = render(briefing, "md")
    headings = [line for line in text.splitlines() if line.startswith(("#### killed", "#### refugees"))]
    assert headings[-1] == "#### killed in Gyumri, outside the war's countries", headings
    assert "#### refugees in Armenia" in headings


def test_a_party_s_fighters_counted_abroad_are_the_war_s(tmp_path) -> None:
    """Ten Ukrainian soldiers wounded and brought to a hospital in Gyumri are the war's wounded,
    though Gyumri's country is no party to it: their series is not titled outside the war's countries."""
    briefing = briefing_of(tmp_path, {
        "a.txt": " date 2022-06-02 Ten Ukrainian soldiers were wounded and taken to a hospital in Gyumri on Thursday, officials said.",
    })
    (series,) = [s for s in briefing.series if s.category == "wounded"]
    assert not series.outside_war and "outside" not in render(briefing, "md")


def test_a_figure_as_of_a_week_or_a_season_reads_as_one() -> None:
    """A week's count was dated "2022-W26" in the table, a code no reader of a briefing knows;
    now "the week of 2022-06-27", as developments show such dates; a day stays a day."""
    from sitrep.brief.model import Briefing, Section, Series, SeriesPoint, Source

    def point(as_of: str, value: float) -> SeriesPoint:
        return SeriesPoint(as_of, value, "exact", None, None, Source(7, "Title", "Outlet", "2022-07-08", None, 0, 5))

    series = Series("wounded", "Gyumri", "per week", [point("2022-W26", 27), point("2022-07-08", 30)])
    briefing = Briefing("2022-07-10T00:00:00+00:00", None, None, 1, [Section("civilians", "Civilians")], [], series=[series])
    rows = [line.split(" | ")[0] for line in render(briefing, "md").splitlines() if line.startswith("| 2022") or line.startswith("| the")]
    assert rows == ["| the week of 2022-06-27", "| 2022-07-08"]
    assert '<td class="date">the week of 2022-06-27</td>' in render(briefing, "html")
    from sitrep.brief.chart import series_svg

    assert "<title>27 as of the week of 2022-06-27: " in series_svg(series), "a dot's note reads the date as the table does"
