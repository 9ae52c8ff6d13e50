"""The web app as clients see it: a real uvicorn server over the seeded store, real HTTP."""

from __future__ import annotations

import html
import json
import re
import socket
import threading
import time
from collections.abc import Iterator

import httpx
import jsonschema
import pytest
import uvicorn

from sitrep.brief import build_briefing, render
from sitrep.store.sqlite import Store
from sitrep.web.app import create_app
from sitrep.web.highlight import Mark, markup
from tests.conftest import SHARED, need
from tests.test_extract_cli import spans_of

SECTIONS = ("latest", "diplomacy", "military_aid", "civilians", "map")
SEED_PLACES = {"Brussels", "Poland", "Moldova"}


@pytest.fixture(scope="module")
def base_url(seeded_db) -> Iterator[str]:
    """uvicorn in a thread, on a socket bound beforehand so no other process can take the port."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(create_app(seeded_db), log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "the server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    server.should_exit = True
    thread.join(timeout=10)


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


def test_every_briefing_link_lands_on_a_span(client: httpx.Client) -> None:
    briefing = get(client, "/api/briefing", kind="application/json").json()
    links = {s["link"] for section in briefing["sections"] for st in section["statements"] for s in st["sources"]}
    links |= {f"/articles/{s['article_id']}#span-{s['start']}-{s['end']}" for p in briefing["places"] for s in p["sources"]}
    assert links
    pages: dict[str, str] = {}
    for link in links:
        path, fragment = link.split("#")
        page = pages.setdefault(path, get(client, path).text)
        assert f'id="{fragment}"' in page, link


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
    get(client, "/docs")
    spec = get(client, "/openapi.json", kind="application/json").json()
    assert {"/api/articles", "/api/articles/{article_id}", "/api/articles/{article_id}/facts", "/api/briefing"} <= set(spec["paths"])
    assert all(operation["get"].get("summary") for operation in spec["paths"].values())
    assert "/articles" not in spec["paths"], "the HTML pages are not API"


def test_standalone_briefing_is_one_file(seeded_db) -> None:
    with Store(seeded_db) as store:
        page = render(build_briefing(store), "html")
    assert "<style>" in page and "/static/" not in page and "<script" not in page
    assert '<section id="map"' in page and "<svg" in page


def test_crossing_spans_are_split_and_keep_one_id() -> None:
    """A quote running over a sentence end cannot nest in HTML: it closes and reopens."""
    html = markup("Ab cd. Ef", [Mark(0, 6, ["sentence"]), Mark(3, 9, ["quote"], ["Quote: direct"])])
    assert html == (
        '<span id="span-0-6" class="mark sentence" data-span="0-6">Ab '
        '<span id="span-3-9" class="mark quote" data-span="3-9" title="Quote: direct">cd.</span></span>'
        '<span class="mark quote continued" data-span="3-9" title="Quote: direct"> Ef</span>'
    )
