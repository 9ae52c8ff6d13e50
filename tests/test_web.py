"""The web app as clients see it: a real uvicorn server over the seeded, fused store, real HTTP."""

from __future__ import annotations

import html
import json
import re
import socket
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import jsonschema
import pytest
import uvicorn

from sitrep.brief import build_briefing, render
from sitrep.brief.model import Briefing, Section, Series, SeriesPoint, Source
from sitrep.fuse import fuse
from sitrep.ingest import ingest
from sitrep.store.sqlite import Store
from sitrep.web.app import create_app
from sitrep.web.highlight import Mark, markup
from tests.conftest import SEEDS, SHARED, need
from tests.test_extract_cli import spans_of

SECTIONS = ("latest", "diplomacy", "military_aid", "civilians", "map")
SEED_PLACES = {"Brussels", "Poland", "Moldova"}


CAPTURE = (" date 2022-03-02 Russian forces captured the southern city of Kherson on Wednesday, "
           "the Russian defence ministry said.")


def fused_copy(seeded_db: Path, folder: Path, *extra: str) -> Path:
    """The seeded store copied (the session's copy stays as other tests expect it) and fused,
    with a wire copy of the first seed stored as its near-copy, and any extra texts."""
    path = folder / "fused.db"
    with sqlite3.connect(seeded_db) as source, sqlite3.connect(path) as target:
        source.backup(target)
    wire = folder / "wire-copy.txt"
    wire.write_text(SEEDS[0].read_text().replace("Blinken", "Secretary Blinken", 1))
    extra_files = []
    for number, text in enumerate(extra):
        extra_files.append(folder / f"extra-{number}.txt")
        extra_files[-1].write_text(text)
    with Store(path) as store:
        assert ingest([str(wire)], store, progress=False).duplicate == 1
        assert ingest([str(f) for f in extra_files], store, progress=False).new == len(extra)
        fuse(store)
    return path


@contextmanager
def serving(db_path: Path) -> Iterator[str]:
    """uvicorn in a thread, on a socket bound beforehand so no other process can take the port."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(create_app(db_path), log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "the server did not start"
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="module")
def fused_db(seeded_db, tmp_path_factory) -> Path:
    return fused_copy(seeded_db, tmp_path_factory.mktemp("fused"))


@pytest.fixture(scope="module")
def capture_client(seeded_db, tmp_path_factory) -> Iterator[httpx.Client]:
    """A server over the seeds plus a reported capture: the seeds have no control claim."""
    with serving(fused_copy(seeded_db, tmp_path_factory.mktemp("capture"), CAPTURE)) as url, \
            httpx.Client(base_url=url, timeout=60) as http:
        yield http


@pytest.fixture(scope="module")
def base_url(fused_db) -> Iterator[str]:
    with serving(fused_db) as url:
        yield url


@pytest.fixture(scope="module")
def client(base_url: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=base_url, timeout=60) as http:
        yield http


@pytest.fixture(scope="module")
def article_ids(client: httpx.Client) -> list[int]:
    return [item["id"] for item in client.get("/api/articles").json()["items"]]


def get(client: httpx.Client, path: str, status: int = 200, kind: str = "text/html") -> httpx.Response:
    response = client.get(path)
    assert response.status_code == status, (path, response.text[:500])
    assert response.headers["content-type"].startswith(kind), path
    return response


def test_pages_answer_head(client: httpx.Client, article_ids: list[int]) -> None:
    """Link checkers and uptime probes ask HEAD; it once answered 405."""
    for path in ("/", "/articles", f"/articles/{article_ids[0]}", "/docs"):
        response = client.head(path)
        assert (response.status_code, response.content) == (200, b""), path


def test_the_feed_and_the_api_answer_head(client: httpx.Client, article_ids: list[int]) -> None:
    """Feed readers and uptime probes ask HEAD of the feed and the API too: it answered 405."""
    for path in ("/briefing.atom", "/api/articles", "/api/briefing", f"/api/articles/{article_ids[0]}",
                 f"/api/articles/{article_ids[0]}/facts", "/openapi.json"):
        response = client.head(path)
        assert (response.status_code, response.content) == (200, b""), path
        assert response.headers["content-type"] == client.get(path).headers["content-type"], path
    assert client.head("/api/articles/999999").status_code == 404


def test_html_pages(client: httpx.Client, article_ids: list[int]) -> None:
    for path in ["/", "/?since=2022-03-10&until=2022-03-31", "/?since=&until=", "/articles", "/articles?limit=1&offset=1",
                 *(f"/articles/{i}" for i in article_ids)]:
        page = get(client, path).text
        assert 'href="/articles"' in page and 'href="/docs"' in page, "every page has the nav"
        assert '<link rel="stylesheet" href="/static/sitrep.css">' in page


def test_briefing_page_has_sections_map_and_sources(client: httpx.Client) -> None:
    page = get(client, "/").text
    for key in SECTIONS:
        assert f'<section id="{key}"' in page
    assert "2 articles" in page
    map_section = page[page.index('<section id="map"'):]
    assert "<svg" in map_section
    assert SEED_PLACES <= set(re.findall(r'class="marker"[^>]*data-name="([^"]+)"', map_section))
    for place in SEED_PLACES:
        assert f">{place}</a></td>" in map_section, f"{place} in the table of places"
    assert re.search(r'<a class="source" href="/articles/\d+#span-\d+-\d+">', page)


def links_in(value: object) -> set[str]:
    """Every source link anywhere in a briefing's JSON: statements, quotes, legs, series, claims, places."""
    if isinstance(value, dict):
        return ({value["link"]} if "link" in value else set()) | {l for v in value.values() for l in links_in(v)}
    if isinstance(value, list):
        return {link for item in value for link in links_in(item)}
    return set()


def test_every_briefing_link_lands_on_a_span(capture_client: httpx.Client) -> None:
    client = capture_client
    briefing = get(client, "/api/briefing", kind="application/json").json()
    links = links_in(briefing)
    assert links_in(briefing["itineraries"]) and links_in(briefing["series"]) and links_in(briefing["control"])
    pages: dict[str, str] = {}
    for link in links:
        path, fragment = link.split("#")
        page = pages.setdefault(path, get(client, path).text)
        assert f'id="{fragment}"' in page, link


def test_developments_show_badges_outlets_sources_and_quotes(client: httpx.Client) -> None:
    page = get(client, "/").text
    latest = page[page.index('<section id="latest"'):page.index('<section id="diplomacy"')]
    developments = re.findall(r'<li class="statement development">(.*?)</li>', latest, re.S)
    assert developments, "the latest developments are fused developments"
    for item in developments:
        assert re.search(r'<span class="badge">[A-Z]+</span>', item), "the PLOVER type"
        assert re.search(r'<span class="badge">(occurred|ongoing|claimed)</span>', item), "the status"
        assert '<span class="outlets">1 report</span>' in item  # the seeds name no outlet
        assert re.search(r'<span class="date">(reported )?2022-', item) and '<a class="source" href="/articles/' in item
    quote = re.search(r'<blockquote class="quote">.*?</blockquote>', page, re.S).group(0)  # the seeds' latest quote no statement
    assert '<span class="speaker">Antony Blinken</span>, <span class="speaker-title">U.S. Secretary of State</span>' in page
    assert '<a class="source"' in quote, "a quote links to where it was said"


def test_diplomacy_shows_itineraries_in_date_order(client: httpx.Client) -> None:
    page = get(client, "/").text
    diplomacy = page[page.index('<section id="diplomacy"'):page.index('<section id="military_aid"')]
    assert "<h3>Itineraries</h3>" in diplomacy
    blinken = diplomacy[diplomacy.index("<h4>Antony Blinken"):]
    blinken = blinken[:blinken.index("</ol>")]
    legs = re.findall(r'<span class="date">([^<]+)</span>\s*<b class="place">([^<]+)</b>', blinken)
    assert {"Poland", "Moldova", "Brussels"} <= {place for _, place in legs}
    assert [date for date, _ in legs] == sorted(date for date, _ in legs)
    assert blinken.count('<li class="leg planned">') == len(legs), "the trip is announced, not done"
    assert blinken.count('<a class="source"') >= len(legs), "every stop is sourced"


def test_military_aid_and_civilians_show_developments_series_and_charts(client: httpx.Client) -> None:
    page = get(client, "/").text
    aid = page[page.index('<section id="military_aid"'):page.index('<section id="civilians"')]
    assert re.search(r'<span class="badge">AID</span>.*?<span class="badge">(pledge|delivery)</span>', aid, re.S)
    civilians = page[page.index('<section id="civilians"'):page.index('<section id="map"')]
    poland = civilians[civilians.index("<h4>refugees in Poland</h4>"):]
    poland = poland[:poland.index("</table>")]
    assert '<svg xmlns="http://www.w3.org/2000/svg" class="sitrep-chart"' in poland
    assert poland.count('class="point"') == 2, "a dot per reported figure"
    rows = re.findall(r'<td class="date">([^<]+)</td>\s*<td>(.*?)</td>', poland, re.S)
    assert [date for date, _ in rows] == ["2022-03-02", "2022-03-16"]
    assert "<b>more than 450,000</b>" in rows[0][1] and "<b>more than 1,800,000</b>" in rows[1][1]
    assert "according to United Nations" in rows[1][1] and '<a class="source"' in rows[1][1]


def test_map_section_lists_control_claims(capture_client: httpx.Client) -> None:
    page = get(capture_client, "/").text
    claims = page[page.index('<table class="control">'):]
    row = re.search(r'<tr class="claim-row (capture|withdrawal)">(.*?)</tr>', claims, re.S)
    assert row, "a capture or withdrawal claim"
    assert '<a class="source" href="/articles/' in row.group(2) and "2022-03-02" in row.group(2)
    assert 'class="claim claim-capture" d="' in page and 'data-name="Kherson"' in page, "the claim is drawn on the map"


def test_disagreeing_figures_and_claims_stand_side_by_side() -> None:
    """Two figures at one date, one a party's claim: one row holding both, two dots, a hollow one."""
    def point(value: float, claim_of: str | None, start: int) -> SeriesPoint:
        source = Source(7, "Title", "Outlet", "2022-03-05", None, start, start + 5)
        return SeriesPoint("2022-03-05", value, "exact", "ministry" if claim_of else "UN", claim_of, source)

    series = Series("killed", "Mariupol", None, [point(2000, "UA", 10), point(300, None, 40), point(2000, None, 80)])
    series.points[2].as_of = "2022-03-09"
    briefing = Briefing("2022-03-10T00:00:00+00:00", None, None, 1, [Section("civilians", "Civilians")], [], series=[series])
    text = render(briefing, "md")
    row = next(line for line in text.splitlines() if line.startswith("| 2022-03-05 |"))
    assert "**2,000** according to ministry **(claim of UA)** [Outlet" in row and "**300** according to UN" in row
    assert "![Chart of killed in Mariupol](data:image/svg+xml;base64," in text
    from sitrep.brief.chart import series_svg

    svg = series_svg(series)
    assert svg.count('class="point"') == 2 and svg.count('class="point claim"') == 1
    assert "2022-03-05" in svg and "2022-03-09" in svg and "2k" in svg, "dates and a round top tick"
    assert 'class="line"' in svg, "a place's count is one quantity: its dates are joined"
    series.place = None  # counts of no place gather different incidents: dots, not a line
    assert 'class="line"' not in series_svg(series) and series_svg(series).count('class="point') == 3


def test_a_magnitude_keeps_its_words_and_stays_off_the_line() -> None:
    """ "tens of thousands" is shown as written with its bound, and drawn as a ring the line
    does not join: a bound, not a count."""
    def point(value: float, approx: str, written: str, as_of: str) -> SeriesPoint:
        return SeriesPoint(as_of, value, approx, "UN", None, Source(7, "Title", "Outlet", as_of, None, 0, 5), written)

    series = Series("killed", "Gyumri", None, [point(10000, "at_least", "tens of thousands", "2022-03-05"),
                                               point(300, "exact", "300", "2022-03-06"), point(350, "about", "about 350", "2022-03-09"),
                                               point(2, "at_least", "At least two", "2022-03-09")])
    briefing = Briefing("2022-03-10T00:00:00+00:00", None, None, 1, [Section("civilians", "Civilians")], [], series=[series])
    text = render(briefing, "md")
    assert "**tens of thousands (at least 10,000)**" in text and "**300**" in text and "**about 350**" in text
    assert "**at least 2**" in text, "a spelled count is no magnitude"
    from sitrep.brief.chart import series_svg

    svg = series_svg(series)
    assert svg.count('class="point magnitude"') == 1 and svg.count('class="point"') == 3
    line = re.search(r'class="line" d="M([^"]+)"', svg).group(1)
    assert line.count("L") == 1, "the line joins the two counts only"


def test_one_day_s_figures_are_no_chart() -> None:
    """A chart of one day shows no change over time: the series is its table alone."""
    from sitrep.brief.chart import series_svg

    source = Source(7, "Title", "Outlet", "2022-03-05", None, 0, 5)
    series = Series("killed", "Gyumri", None, [SeriesPoint("2022-03-05", 300, "exact", "UN", None, source),
                                               SeriesPoint("2022-03-05", 320, "exact", "ministry", None, source)])
    assert series_svg(series) is None
    series.points[1].as_of = "2022-03-06"
    assert series_svg(series) is not None


def test_article_page_marks_facts_with_tooltips(client: httpx.Client, article_ids: list[int]) -> None:
    pages = " ".join(get(client, f"/articles/{i}").text for i in article_ids)
    assert re.search(r'<span id="span-\d+-\d+" class="mark place"[^>]*title="Place: Brussels, BE; city; [-\d.]+, [-\d.]+', pages)
    assert re.search(r'class="mark time"[^>]*title="Time \(DATE\): 2022-03-03"', pages)
    assert re.search(r'class="mark entity"[^>]*title="Entity: Antony Blinken \(person\)', pages)
    assert 'class="fact-list places"' in pages, "the side list of facts"


def test_api_articles_paginate_newest_first(client: httpx.Client) -> None:
    listing = get(client, "/api/articles", kind="application/json").json()
    dates = [item["published"] for item in listing["items"]]
    assert len(dates) == 2 and dates == sorted(dates, reverse=True)
    assert listing["next"] is None
    first = get(client, "/api/articles?limit=1", kind="application/json").json()
    assert [i["id"] for i in first["items"]] == [listing["items"][0]["id"]] and first["next"]
    second = get(client, first["next"], kind="application/json").json()
    assert [i["id"] for i in second["items"]] == [listing["items"][1]["id"]] and second["next"] is None
    assert all(item["facts"]["places"] > 0 and item["link"] == f"/articles/{item['id']}" for item in listing["items"])


def test_articles_page_paginates(client: httpx.Client, article_ids: list[int]) -> None:
    first = get(client, "/articles?limit=1").text
    assert f'href="/articles/{article_ids[0]}"' in first and 'rel="prev"' not in first
    older = html.unescape(re.search(r'rel="next" href="([^"]+)"', first).group(1))
    second = get(client, older).text
    assert f'href="/articles/{article_ids[1]}"' in second and 'rel="prev"' in second and 'rel="next"' not in second


def test_api_period_filters(client: httpx.Client) -> None:
    later = get(client, "/api/articles?since=2022-03-10", kind="application/json").json()["items"]
    assert [i["published"][:10] for i in later] == ["2022-03-16"]
    assert get(client, "/api/briefing?until=2022-03-10", kind="application/json").json()["articles"] == 1
    get(client, "/api/briefing?since=last-week", status=422, kind="application/json")


@pytest.mark.parametrize(
    "query, problem",
    [
        ("since=2022-02-30", "since: '2022-02-30' is not a date"),  # shaped like a date, names none
        ("until=2022-13-45", "until: '2022-13-45' is not a date"),
        ("until=2022-05-01T25:00", "until: '2022-05-01T25:00' is not a date"),
        ("since=2022-03-10T10:00", "since: '2022-03-10T10:00' is not a date"),  # the CLI takes no time of day
        ("until=2022-03-10%2010:00", "until: '2022-03-10 10:00' is not a date"),
        ("since=2022-04-01&until=2022-03-01", "the period is empty"),
    ],
)
def test_api_refuses_a_period_the_cli_refuses(client: httpx.Client, query: str, problem: str) -> None:
    for path in ("/api/briefing", "/api/articles", "/briefing.atom"):
        detail = get(client, f"{path}?{query}", status=422, kind="application/json").json()["detail"]
        assert problem in " ".join(f"{e['loc'][-1]}: {e['msg']}" for e in detail), detail  # FastAPI's documented shape
    assert problem in html.unescape(get(client, f"/?{query}", status=400).text)  # the page says it too


def test_an_id_or_offset_too_big_for_the_store_is_refused_not_a_crash(client: httpx.Client) -> None:
    huge = "99999999999999999999999"
    for path in (f"/api/articles/{huge}", f"/api/articles/{huge}/facts", f"/api/articles?offset={huge}"):
        get(client, path, status=422, kind="application/json")
    get(client, f"/articles/{huge}", status=400)


def test_api_article_and_facts(client: httpx.Client, article_ids: list[int]) -> None:
    schema = json.loads(need(SHARED / "contract" / "extract-v1.schema.json").read_text())
    for article_id in article_ids:
        article = get(client, f"/api/articles/{article_id}", kind="application/json").json()
        document = get(client, f"/api/articles/{article_id}/facts", kind="application/json").json()
        jsonschema.validate(document, schema)
        assert document["text"] == article["text"] and document["id"] == article["doc_id"]
        for start, end, text in spans_of(document):
            assert 0 <= start < end <= len(document["text"])
            assert text is None or document["text"][start:end] == text
        assert article["facts"] == {kind: len(document[kind]) for kind in article["facts"]}


def test_api_briefing_places_carry_sources(client: httpx.Client) -> None:
    briefing = get(client, "/api/briefing", kind="application/json").json()
    assert briefing["articles"] == 2
    assert [s["key"] for s in briefing["sections"]] == list(SECTIONS[:-1])
    places = {p["name"]: p for p in briefing["places"]}
    assert SEED_PLACES <= set(places)
    for name in SEED_PLACES:
        assert places[name]["sources"] and all(s["article_id"] and s["end"] > s["start"] for s in places[name]["sources"])
    assert places["Brussels"]["country"] == "BE" and places["Moldova"]["kind"] == "country"


def test_not_found(client: httpx.Client) -> None:
    assert get(client, "/api/articles/999", 404, "application/json").json() == {"detail": "no article 999"}
    get(client, "/api/articles/999/facts", 404, "application/json")
    get(client, "/api/nothing", 404, "application/json")
    assert "no article 999" in get(client, "/articles/999", 404).text
    assert "Back to the briefing" in get(client, "/no/such/page", 404).text
    assert "article_id" in get(client, "/articles/latest", 400).text


def test_static_and_docs(client: httpx.Client) -> None:
    assert ".mark.target" in get(client, "/static/sitrep.css", kind="text/css").text
    get(client, "/static/sitrep.js", kind="text/javascript")
    spec = get(client, "/openapi.json", kind="application/json").json()
    assert {"/api/articles", "/api/articles/{article_id}", "/api/articles/{article_id}/facts", "/api/briefing",
            "/api/stream", "/briefing.atom"} <= set(spec["paths"])
    assert all(operation["get"].get("summary") for operation in spec["paths"].values())
    assert "/articles" not in spec["paths"], "the HTML pages are not API"
    docs = get(client, "/docs").text
    assert "<script" not in docs and "cdn" not in docs.lower(), "the reference works offline"
    for path, operations in spec["paths"].items():
        for method, operation in operations.items():
            assert f'{method.upper()}</span> <code>{html.escape(path)}</code>' in docs, path
            assert operation["summary"] in html.unescape(docs)
    assert "<code>since</code>" in docs and "ArticleList" in docs and "ArticleDetail" in docs
    assert "`" not in html.unescape(docs), "a description's backticked words show as code"
    assert "<code>/api/articles/{id}/facts</code>" in docs
    briefing = spec["paths"]["/api/briefing"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    assert briefing["$ref"].endswith("/Briefing") and {"sections", "places", "series"} <= set(spec["components"]["schemas"]["Briefing"]["properties"])
    get(client, "/redoc", status=404)


def test_standalone_briefing_is_one_file(fused_db) -> None:
    with Store(fused_db) as store:
        briefing = build_briefing(store)
    page = render(briefing, "html")
    assert "<style>" in page and "/static/" not in page and "<script" not in page
    assert '<section id="map"' in page and "<svg" in page and "sitrep-chart" in page
    linked = render(briefing, "html", link_base="http://127.0.0.1:8000")
    assert 'href="/articles' not in linked
    assert len(re.findall(r'href="http://127.0.0.1:8000/articles/\d+#span-\d+-\d+"', linked)) == page.count('href="/articles/')
    text = render(briefing, "md", link_base="http://127.0.0.1:8000")
    assert "](/articles" not in text and "](http://127.0.0.1:8000/articles/" in text
    assert "### Itineraries" in text and "### Figures over time" in text


def test_article_shows_near_copies_and_counts(client: httpx.Client, article_ids: list[int]) -> None:
    listing = get(client, "/api/articles", kind="application/json").json()["items"]
    copies = {item["id"]: item["copies"] for item in listing}
    assert sorted(copies.values()) == [0, 1], "the wire copy is folded into its original"
    for article_id, count in copies.items():
        assert get(client, f"/api/articles/{article_id}", kind="application/json").json()["copies"] == count
        page = get(client, f"/articles/{article_id}").text
        assert f'<span class="copies">{count} near-cop{"y" if count == 1 else "ies"} folded in</span>' in page
    assert "1 near-copies folded in" in get(client, "/articles").text


def test_crossing_spans_are_split_and_keep_one_id() -> None:
    """A quote running over a sentence end cannot nest in HTML: it closes and reopens."""
    html = markup("Ab cd. Ef", [Mark(0, 6, ["sentence"]), Mark(3, 9, ["quote"], ["Quote: direct"])])
    assert html == (
        '<span id="span-0-6" class="mark sentence" data-span="0-6">Ab '
        '<span id="span-3-9" class="mark quote" data-span="3-9" title="Quote: direct">cd.</span></span>'
        '<span class="mark quote continued" data-span="3-9" title="Quote: direct"> Ef</span>'
    )


def test_a_page_past_the_last_article_says_so(client: httpx.Client) -> None:
    page = get(client, "/articles?offset=1000").text
    assert "none at this offset" in page and "showing 0" not in page and "showing 1001" not in page


def test_a_place_s_first_source_is_its_earliest_report(seeded_db) -> None:
    from sitrep.brief.build import map_points

    with Store(seeded_db) as store:
        points = map_points(store, None, None)
    several = [p for p in points if len(p.sources) > 1]
    assert several, "the seeds share places"
    assert all([s.published for s in p.sources] == sorted(s.published for s in p.sources) for p in several)


def test_only_web_addresses_become_links(seeded_db, tmp_path) -> None:
    """A record's url is untrusted: ``javascript:`` must never be an href (stored XSS), on the
    pages or in ``brief --format html``; a real http(s) address still is a link."""
    corpus = tmp_path / "xss.jsonl"
    corpus.write_text("\n".join(json.dumps(r) for r in [
        {"id": "x1", "url": "javascript:alert('url')", "date": "2026-12-01", "outlet": "Evil",
         "text": "Piet Moro said that 12 people were killed in Gavar on Monday, officials said."},
        {"id": "x2", "url": " JavaScript:alert(2)", "date": "2026-12-01", "outlet": "Evil",
         "text": "Ana Lind said that 45 civilians were wounded in Gyumri on Monday, officials said."},
        {"id": "ok", "url": "https://example.org/a", "date": "2026-12-01", "outlet": "Good",
         "text": "Aid convoys reached Gavar on Tuesday carrying food for 3,000 people, the UN said."},
    ]) + "\n")
    path = fused_copy(seeded_db, tmp_path)
    with Store(path) as store:
        assert ingest([str(corpus)], store, progress=False).new == 3
        fuse(store)
        page = render(build_briefing(store), "html")
    with serving(path) as url, httpx.Client(base_url=url, timeout=60) as http:
        items = http.get("/api/articles").json()["items"]
        pages = [http.get("/").text, page] + [http.get(f"/articles/{item['id']}").text for item in items]
    for text in pages:
        assert not re.search(r'href="\s*javascript:', text, re.IGNORECASE), "no script address is a link"
    assert any('href="https://example.org/a"' in text for text in pages)


def test_the_reference_says_what_values_a_parameter_takes(client: httpx.Client) -> None:
    """The reference page listed `limit` as an integer, without its range or default, though the
    API refuses 0 and 501 and pages by 50 when it is left out."""
    docs = html.unescape(get(client, "/docs").text)
    row = next(line for line in docs.split("<tr>") if "<code>limit</code>" in line)
    assert "1 to 500" in row and "default 50" in row, row
    offset = next(line for line in docs.split("<tr>") if "<code>offset</code>" in line)
    assert "at least 0" in offset and "9223372036854775807" not in offset, offset
    assert "YYYY-MM-DD, YYYY-MM or YYYY" in docs, "since and until take a month or a year too"


# Three invented reports for searching the article list.
DESK = [
    {"title": "Shelters open in Gyumri", "outlet": "Gyumri Herald", "published": "2022-03-03",
     "text": "Officials in Gyumri opened four shelters on Thursday after overnight shelling, Ana Lind said."},
    {"title": "Ministers meet", "outlet": "Batumi Post", "published": "2022-03-04",
     "text": "Piet Moro met Ana Lind in Batumi on Friday. Prices rose 50% in Vanadzor, traders said."},
    {"title": "Border talks", "outlet": "Vanadzor Daily", "published": "2022-03-05",
     "text": "Jon Vale said talks on the Gyumri crossing would resume next week."},
]


@pytest.fixture(scope="module")
def desk_url(tmp_path_factory) -> Iterator[str]:
    """A store of the three invented reports, served."""
    from tests.test_brief import jsonl

    folder = tmp_path_factory.mktemp("desk")
    with Store(folder / "desk.db") as store:
        ingest([str(jsonl(folder / "desk.jsonl", *DESK))], store, progress=False)
    with serving(folder / "desk.db") as url:
        yield url


def desk_titles(desk_url: str, query: str) -> list[str]:
    """The titles the API lists for a query, newest first."""
    response = httpx.get(f"{desk_url}/api/articles?{query}", timeout=60)
    assert response.status_code == 200, response.text
    return [item["title"] for item in response.json()["items"]]


def test_the_article_list_is_searched_by_words(desk_url: str) -> None:
    """An editor looking for the reports that name a town or a person had only the period to go
    by; `q` keeps the articles whose title or text holds every word, in either case."""
    def titles(query: str) -> list[str]:
        return desk_titles(desk_url, query)

    assert titles("q=gyumri") == ["Border talks", "Shelters open in Gyumri"]
    assert titles("q=GYUMRI+lind") == ["Shelters open in Gyumri"]
    assert titles("q=50%25") == ["Ministers meet"] and titles("q=5_%25") == [], "% and _ are what they are"
    assert titles("q=gyumri&since=2022-03-04") == ["Border talks"]
    assert titles("q=+") == titles("") and len(titles("")) == 3
    first = httpx.get(f"{desk_url}/api/articles?q=gyumri&limit=1", timeout=60).json()
    assert "q=gyumri" in first["next"]
    assert [i["title"] for i in httpx.get(desk_url + first["next"], timeout=60).json()["items"]] == ["Shelters open in Gyumri"]
    assert httpx.get(f"{desk_url}/api/articles?q={'x' * 201}", timeout=60).status_code == 422
    page = httpx.get(f"{desk_url}/articles?q=vale", timeout=60).text
    assert "Border talks" in page and "Ministers meet" not in page and 'value="vale"' in page
    assert "hold “nowhere”" in httpx.get(f"{desk_url}/articles?q=nowhere", timeout=60).text


@pytest.mark.browser
def test_an_editor_searches_the_article_list_in_the_browser(desk_url: str) -> None:
    from tests.test_live import chromium_page

    with chromium_page() as page:
        page.goto(desk_url + "/articles?since=2022-03-04")
        box = page.get_by_label("Words")
        box.fill("Ana Lind")
        box.press("Enter")
        page.wait_for_url("**/articles?q=Ana+Lind*")
        assert page.locator("table.articles tbody tr").all_inner_texts()[0].count("Ministers meet") == 1
        assert page.locator("table.articles tbody tr").count() == 1, "the period is kept with the words"
        assert page.get_by_label("Words").input_value() == "Ana Lind"
        assert page.get_by_label("Since").input_value() == "2022-03-04"


def test_the_article_list_says_how_many_match_over_all_pages(desk_url: str) -> None:
    """A page of 50 said "showing 1-50", never of how many; the API gave no count to page by."""
    first = httpx.get(f"{desk_url}/api/articles?limit=1", timeout=60).json()
    assert (first["total"], len(first["items"])) == (3, 1)
    assert httpx.get(f"{desk_url}/api/articles?q=gyumri&since=2022-03-04", timeout=60).json()["total"] == 1
    assert "showing 1–2 of 2" in httpx.get(f"{desk_url}/articles?q=gyumri", timeout=60).text


def test_a_searched_word_is_found_whole_not_inside_another(desk_url: str) -> None:
    """Searching for "UN" or "EU" listed nearly every article ("until", "fund", "neutral" hold
    them): a word is found whole, or with a plural or possessive ending; a trailing * asks for
    every word it begins."""
    assert desk_titles(desk_url, "q=rice") == [], "not inside 'Prices'"
    assert desk_titles(desk_url, "q=lin") == []
    assert desk_titles(desk_url, "q=lin*") == ["Ministers meet", "Shelters open in Gyumri"]
    assert desk_titles(desk_url, "q=shelter") == ["Shelters open in Gyumri"], "a plural"
    assert desk_titles(desk_url, "q=TALK+crossing") == ["Border talks"]
    assert httpx.get(f"{desk_url}/api/articles?q=rice", timeout=60).json()["total"] == 0
    assert "hold “rice”" in httpx.get(f"{desk_url}/articles?q=rice", timeout=60).text


SEARCHED = {  # invented titles and texts for the store's own search
    "Kyiv talks": "Kyiv’s mayor met the UN envoy on Monday. Talks resume.",
    "Aid fund": "The fund sent aid until Friday; prices rose 50%.",
    "Réunion visit": "A minister from RÉUNION visited Gyumri. Straße closed.",
    "Shelters": "Zelenskyy's office said the shelters' roofs held.",
    "Sanctions": "Georgia imposed sanctions; the sanctioned banks closed.",
}


def searched_store(folder: Path, monkeypatch) -> tuple[Store, list[tuple[str, str]]]:
    """A store of the SEARCHED articles whose SQL ``holds_word`` records each (text, word) it is asked of."""
    from sitrep.facts import Article
    from sitrep.store import sqlite as store_module

    asked: list[tuple[str, str]] = []
    real = store_module._holds_word
    monkeypatch.setattr(store_module, "_holds_word", lambda text, word: asked.append((text, word)) or real(text, word))
    store = Store(folder / "searched.db")
    for number, (title, text) in enumerate(SEARCHED.items()):
        store.add(Article(f"searched-{number}", text, title=title, published=f"2022-05-0{number + 1}"), None)
    return store, asked


def test_a_search_runs_its_regex_only_where_the_word_index_finds_the_word(tmp_path, monkeypatch) -> None:
    """Whole-word search runs a Python regex over titles and texts. A LIKE pre-filter let a
    short common word through nearly everywhere ("UN" is inside "until" and "fund": 13.7 s on
    20,000 articles); the full-text index hands the regex only the articles holding the word's
    tokens, and the regex still finds what it found before."""
    store, asked = searched_store(tmp_path, monkeypatch)
    with store:
        def titles(words: str) -> list[str]:
            asked.clear()
            return [a["title"] for a in store.articles(words=words)]

        assert titles("nowhere") == [] and asked == [], "no article holds the word"
        assert titles("UN") == ["Kyiv talks"]
        assert {text for text, _ in asked} <= {"Kyiv talks", SEARCHED["Kyiv talks"]}, "not 'until' nor 'fund'"
        assert titles("rice") == [] and asked == [], "'rice' is only inside 'prices'"
        assert titles("visité") == [] and asked == [], "no text holds 'visite' even without its accent"
        assert titles("gyumri") == ["Réunion visit"] and titles("kyiv") == ["Kyiv talks"]
        assert titles("sanction") == ["Sanctions"] and titles("sanction*") == ["Sanctions"]
        assert titles("50%") == ["Aid fund"] and titles("5_%") == []
        assert titles("réunion") == ["Réunion visit"] and titles("RÉUNION") == ["Réunion visit"]
        assert titles("reunion") == [], "the index folds the accent, the regex after it does not"
        assert titles("straße") == ["Réunion visit"] and titles("STRASSE") == []
        assert store.count_articles(words="kyiv talks") == 1 and store.count_articles(words="talks aid") == 0


def test_the_word_index_follows_the_store(tmp_path, monkeypatch) -> None:
    """A store written before the word index existed is indexed when opened, and an article
    replaced by its edited version is found once, as edited."""
    import sqlite3

    from sitrep.facts import Article

    store, _ = searched_store(tmp_path, monkeypatch)
    store.close()
    old = sqlite3.connect(tmp_path / "searched.db")
    old.executescript(
        "DROP TABLE article_words; DROP TRIGGER article_words_added; DROP TRIGGER article_words_deleted;"
        " DROP TRIGGER article_words_changed; PRAGMA user_version = 4;"
    )
    old.close()
    with Store(tmp_path / "searched.db") as store:
        assert [a["title"] for a in store.articles(words="gyumri")] == ["Réunion visit"]
        for text in ("Ana Lind reached Batumi by train.", "Ana Lind reached Batumi by ferry."):
            store.add(Article("edited", text, title="Lind trip", origin="lind.txt", published="2022-05-09"), None)
        assert store.count_articles(words="lind") == 2
        assert store.keep_latest("lind.txt") == 1
        assert [a["title"] for a in store.articles(words="lind")] == ["Lind trip"]
        assert store.count_articles(words="train") == 0 and store.count_articles(words="ferry") == 1


def test_a_straight_and_a_curly_apostrophe_find_each_other(tmp_path, monkeypatch) -> None:
    """Searching "Zelenskyy’s" (as a phone types it) found no text writing "Zelenskyy's", nor
    "Kyiv's" one writing "Kyiv’s": a typed possessive is no part of the word searched, and any
    apostrophe is one."""
    from sitrep.store.sqlite import word_pattern

    store, _ = searched_store(tmp_path, monkeypatch)
    with store:
        for words in ("Zelenskyy's", "Zelenskyy’s", "zelenskyy", "ZELENSKYY’S"):
            assert [a["title"] for a in store.articles(words=words)] == ["Shelters"], words
        for words in ("Kyiv's", "Kyiv’s", "Kyiv‘s", "kyiv"):
            assert [a["title"] for a in store.articles(words=words)] == ["Kyiv talks"], words
        assert [a["title"] for a in store.articles(words="shelters'")] == ["Shelters"]
    assert re.search(word_pattern("rock'n'roll"), "rock’n’roll", re.IGNORECASE)


def test_a_word_of_no_letter_or_digit_is_no_search(tmp_path, monkeypatch, desk_url: str) -> None:
    """"*" or "-*" searched for punctuation (and "*" found nothing): such a word is left out of
    the search, the others are still looked for."""
    store, asked = searched_store(tmp_path, monkeypatch)
    with store:
        every = [a["title"] for a in store.articles()]
        for words in ("*", "-*", "**", "'s", "%", "_", "\\", "' ’"):
            assert [a["title"] for a in store.articles(words=words)] == every, words
        assert [a["title"] for a in store.articles(words="* kyiv -")] == ["Kyiv talks"]
        assert asked and all(word == "kyiv" for _, word in asked)
    assert desk_titles(desk_url, "q=*") == desk_titles(desk_url, "")
    page = httpx.get(f"{desk_url}/articles?q=-*", timeout=60).text
    assert "holding" not in page and " hold “" not in page


def test_the_map_folds_away_its_long_tail_of_places() -> None:
    """A store of 500 articles names some 260 places: their table ran to tens of thousands of
    pixels and the control claims under it were out of an editor's reach. The most mentioned
    places are shown; the rest wait in a folded list."""
    from sitrep.brief.model import MapPoint
    from sitrep.web.pages import briefing_page

    places = [MapPoint(f"Village {n}", 40.0 + n / 100, 44.0, "AM", "village", 300 - n,
                       [Source(n + 1, "Roads reopen", "Gyumri Herald", "2022-05-02", None, 0, 5)])
              for n in range(120)]
    page = briefing_page(Briefing("2022-05-03T00:00:00+00:00", None, None, 1, [], places))
    assert page.count("<td><a href=") == 120, "every place is still listed"
    shown, _, folded = page.partition('<details class="more-places">')
    rows = shown.count("<td><a href=")
    assert 10 <= rows <= 40 and ">Village 0</a>" in shown, "the most mentioned first, a screenful or two"
    assert folded.count("<td><a href=") == 120 - rows and f"{120 - rows} more places" in folded
    assert '<details class="more-places">' not in briefing_page(Briefing("2022-05-03T00:00:00+00:00", None, None, 1, [], places[:3]))
