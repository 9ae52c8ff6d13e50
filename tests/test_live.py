"""Live briefing: the Atom feed, the event stream, and an open page that updates itself.

Every test runs the real server over its own copy of the fused seed store and adds an
article the way `sitrep ingest` and `sitrep watch` do (real extraction, real fusion), so the
server sees the change only through SQLite, as it would in use.
"""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any
from pathlib import Path
from urllib.parse import urlparse

import feedparser
import httpx
import pytest

from sitrep.fuse import fuse
from sitrep.ingest import ingest
from sitrep.store.sqlite import Store
from sitrep.web.queries import stamp
from tests.test_browser import CHROMIUM, CHROMIUM_ARGS, sitrep_serve
from tests.test_web import fused_copy, serving

# A planned visit the extractor reads as a CONSULT development in Warsaw.
VISIT = (" date 2022-03-20 Finnish President Sauli Niinisto will travel to Warsaw on March 22 to meet Polish "
         "President Andrzej Duda, his office said on Sunday.\n\nThe two presidents will discuss the security of the "
         "Baltic Sea region and help for refugees arriving from Ukraine.\n")
STREAM_WAIT = 30.0


@pytest.fixture
def db(seeded_db, tmp_path: Path) -> Path:
    return fused_copy(seeded_db, tmp_path)


@pytest.fixture
def base_url(db: Path) -> Iterator[str]:
    with serving(db) as url:
        yield url


@contextmanager
def chromium_page() -> Iterator[Any]:
    """A tab of Debian's Chromium (the test skips where it is absent), closed afterwards."""
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is absent: install Debian's browser with `apt-get install -y chromium`")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser.new_page()
        browser.close()


def add_visit(db: Path, folder: Path) -> str:
    """Ingest and fuse the visit article; the store's new stamp."""
    article = folder / "visit.txt"
    article.write_text(VISIT)
    with Store(db) as store:
        assert ingest([str(article)], store, progress=False).new == 1
        assert fuse(store).new_developments >= 1
        return stamp(store)


def events(response: httpx.Response) -> Iterator[dict[str, str]]:
    """The server-sent events of a streaming response, as field -> value (comments skipped)."""
    event: dict[str, str] = {}
    for line in response.iter_lines():
        if not line:
            if event:
                yield event
            event = {}
        elif not line.startswith(":"):
            field, _, value = line.partition(":")
            event[field] = value.removeprefix(" ")


def test_atom_feed_carries_the_developments(base_url: str) -> None:
    response = httpx.get(base_url + "/briefing.atom", timeout=60)
    assert response.headers["content-type"].startswith("application/atom+xml")
    feed = feedparser.parse(response.text)
    assert not feed.bozo, feed.get("bozo_exception")
    briefing = httpx.get(base_url + "/api/briefing", timeout=60).json()
    developments = {
        s["id"]: s for section in briefing["sections"] for s in (*section["statements"], *section["aside"]) if s["kind"] == "development"
    }  # a section's subsection (Military aid's deployments) is in the feed too
    assert developments and len(feed.entries) == len(developments)
    assert len({entry.id for entry in feed.entries}) == len(feed.entries)
    for entry in feed.entries:
        link = urlparse(entry.link)
        assert f"{link.scheme}://{link.netloc}" == base_url, "links are absolute"
        statement = developments[int(entry.id.rsplit("/", 1)[1])]
        assert f"{link.path}#{link.fragment}" == statement["sources"][0]["link"]
        assert entry.title == statement["text"] and entry.updated_parsed
        assert "1 report" in entry.summary and statement["type"] in entry.summary  # the seeds name no outlet
        assert entry.authors
    assert any(entry.title.startswith("Blinken will make a stop in Moldova") for entry in feed.entries)
    assert feed.feed.links and feed.feed.updated_parsed


def test_stream_sends_an_event_when_an_article_arrives(base_url: str, db: Path, tmp_path: Path) -> None:
    with httpx.stream("GET", base_url + "/api/stream", timeout=STREAM_WAIT) as response:
        assert response.headers["content-type"].startswith("text/event-stream")
        received = events(response)
        first = next(received)
        assert first["event"] == "briefing" and first["id"] == stamp_of(db), "a new client hears the state at once"
        new = add_visit(db, tmp_path)
        assert new != first["id"]
        second = next(received)
    assert second["event"] == "briefing" and second["id"] == new and new in second["data"]
    briefing = httpx.get(base_url + "/api/briefing", timeout=60).json()
    assert any("Niinisto" in s["text"] for section in briefing["sections"] for s in section["statements"])


def test_stream_is_quiet_for_a_client_that_is_up_to_date(base_url: str, db: Path) -> None:
    with httpx.stream("GET", f"{base_url}/api/stream?stamp={stamp_of(db)}", timeout=2.5) as response:
        with pytest.raises(httpx.ReadTimeout):
            next(events(response))


def stamp_of(db: Path) -> str:
    with Store(db) as store:
        return stamp(store)


@pytest.mark.browser
def test_open_briefing_shows_a_new_development_without_reload(base_url: str, db: Path, tmp_path: Path) -> None:
    with chromium_page() as page:
        outside: list[str] = []
        page.on("request", lambda r: urlparse(r.url).netloc != urlparse(base_url).netloc and outside.append(r.url))
        page.goto(base_url + "/")
        page.evaluate("window.stillTheSamePage = true")
        assert page.locator("section#diplomacy").inner_text().count("Niinisto") == 0
        assert page.locator("#live-notice").is_hidden()
        add_visit(db, tmp_path)
        visit = page.locator("section#diplomacy li.statement", has_text="Sauli Niinisto will travel to Warsaw")
        visit.first.wait_for(timeout=STREAM_WAIT * 1000)
        assert visit.first.locator(".badge", has_text="planned").count() == 1
        assert page.locator("section#diplomacy .itinerary h4", has_text="Sauli Niinisto").count() == 1
        assert page.locator("#live-notice").is_visible() and "Updated" in page.locator("#live-notice").inner_text()
        assert page.evaluate("window.stillTheSamePage") is True, "swapped in, not reloaded"
        assert page.locator("#count-articles").inner_text() == "3 articles"
        assert outside == [], "the live page works offline"


def test_a_briefing_is_built_once_per_store_state_and_period(db: Path, tmp_path: Path) -> None:
    """An open page asks again at every change; the same state and period give the same
    briefing object, a new state a new one."""
    from sitrep.web.deps import Period
    from sitrep.web.queries import briefing

    with Store(db) as store:
        first_stamp, first = briefing(store, Period(None, None))
        assert briefing(store, Period(None, None)) == (first_stamp, first)
        assert briefing(store, Period(None, None))[1] is first
        assert briefing(store, Period("2022-03-01", None))[1] is not first
    add_visit(db, tmp_path)
    with Store(db) as store:
        later_stamp, later = briefing(store, Period(None, None))
    assert later_stamp != first_stamp and later is not first


@pytest.mark.browser
def test_a_page_whose_period_did_not_change_is_left_alone(base_url: str, db: Path, tmp_path: Path) -> None:
    """A page filtered to a period the new article is not in hears of the change, fetches its
    body, finds it the same, and says nothing (no "new reports arrived")."""
    with chromium_page() as page:
        page.goto(base_url + "/?until=2022-03-01")
        before = page.locator("#briefing-body").get_attribute("data-stamp")
        after = add_visit(db, tmp_path)
        page.wait_for_function(f"document.querySelector('#briefing-body').dataset.stamp === '{after}'", timeout=STREAM_WAIT * 1000)
        assert before != after
        assert page.locator("#live-notice").is_hidden()


def test_a_stopped_server_ends_its_event_streams_quietly(db: Path, tmp_path: Path) -> None:
    """`sitrep serve` stopped with a page open: the stream ends by itself, no traceback is printed."""
    log = tmp_path / "serve.log"
    with sitrep_serve(db, log) as (url, server):
        with httpx.stream("GET", f"{url}/api/stream", timeout=10) as response:
            stream = events(response)
            assert next(stream)["event"] == "briefing"
            server.send_signal(signal.SIGINT)
            try:
                ended = list(stream) is not None
            except httpx.HTTPError:
                ended = False  # cut by the server instead of ended
        assert server.wait(timeout=15) in (0, 130)  # 130: stopped by Ctrl-C, as a shell reports it
    printed = log.read_text()
    assert ended and "Traceback" not in printed, printed[-2000:]


@pytest.mark.browser
def test_a_page_of_a_closed_week_is_left_alone_when_a_later_report_retells_it(tmp_path: Path) -> None:
    """A report published after the page's period joins one of its developments: the period's
    briefing is the same (its reports, its outlets, its order), so the page says nothing. It had
    moved the retold meeting up and said "new reports arrived" though none of its week had."""
    from tests.test_brief import CLOSED_WEEK, RETOLD_LATER, jsonl

    db = tmp_path / "week.db"
    with Store(db) as store:
        ingest([str(jsonl(tmp_path / "week.jsonl", *CLOSED_WEEK))], store, progress=False)
        fuse(store)
    with serving(db) as url, chromium_page() as page:
        page.goto(url + "/?until=2022-03-03")
        order = page.locator("section#latest li.statement p.text").all_inner_texts()
        with Store(db) as store:
            ingest([str(jsonl(tmp_path / "later.jsonl", RETOLD_LATER))], store, progress=False)
            fuse(store)
            after = stamp(store)
        page.wait_for_function(f"document.querySelector('#briefing-body').dataset.stamp === '{after}'",
                               timeout=STREAM_WAIT * 1000)
        assert page.locator("#live-notice").is_hidden()
        assert page.locator("section#latest li.statement p.text").all_inner_texts() == order
        assert "reported by 2 outlets" in httpx.get(url + "/", timeout=60).text, "the full briefing counts both"


@pytest.mark.browser
def test_an_open_article_list_shows_a_new_article_without_reload(tmp_path: Path) -> None:
    """An editor keeping the article list open saw nothing arrive until reloading; it follows
    the store as the briefing does."""
    from tests.test_brief import CLOSED_WEEK, RETOLD_LATER, jsonl

    db = tmp_path / "desk.db"
    with Store(db) as store:
        ingest([str(jsonl(tmp_path / "week.jsonl", *CLOSED_WEEK))], store, progress=False)
    with serving(db) as url, chromium_page() as page:
        page.goto(url + "/articles?limit=2")
        page.evaluate("window.stillTheSamePage = true")
        assert page.locator("table.articles tbody tr").count() == 2
        with Store(db) as store:
            ingest([str(jsonl(tmp_path / "later.jsonl", RETOLD_LATER))], store, progress=False)
        newest = page.locator("table.articles tbody tr").first
        newest.filter(has_text="Batumi Post").wait_for(timeout=STREAM_WAIT * 1000)
        assert page.locator("table.articles tbody tr").count() == 2, "the page keeps its size"
        assert "showing 1–2 of 3" in page.locator("#articles-body p.summary").inner_text()
        older = urlparse(page.locator("a[rel=next]").get_attribute("href"))
        assert older.path == "/articles" and sorted(older.query.split("&")) == ["limit=2", "offset=2"]
        assert page.locator("#live-notice").is_visible()
        assert page.evaluate("window.stillTheSamePage") is True, "swapped in, not reloaded"


def placed_article(number: int, published: str, places: int, first: int = 0) -> tuple[Any, Any]:
    """An invented article naming ``places`` villages (``first`` on), stored with them as its places."""
    from sitrep.facts import Article, Document, Place, Published

    names = [f"Selo {n}" for n in range(first, first + places)]
    text = "Roads reopened in " + ", ".join(names) + "."
    spots, at = [], len("Roads reopened in ")
    for n, name in zip(range(first, first + places), names):
        spots.append(Place(at, at + len(name), name, name, "AM", 1000 + n, 40.0 + n / 100, 44.0, "village"))
        at += len(name) + 2
    return (Article(f"placed-{number}", text, title=f"Roads {number}", published=published),
            Document(f"placed-{number}", text, Published(published, "metadata"), title=f"Roads {number}", places=spots))


@pytest.mark.browser
def test_an_opened_list_of_places_stays_open_and_unchanged_is_no_news(tmp_path: Path) -> None:
    """Opening the folded list of places made every store change look like news: the open list
    differed from the fetched body, which was swapped in (closing the list) with "new reports
    arrived" though none of the page's period had. An open list is no change and stays open
    when new reports do arrive."""
    from sitrep.web.pages import PLACES_SHOWN

    db = tmp_path / "places.db"
    with Store(db) as store:
        store.add(*placed_article(1, "2022-05-02", PLACES_SHOWN + 5))
    with serving(db) as url, chromium_page() as page:
        page.goto(url + "/?until=2022-05-31")
        page.click("details.more-places summary")
        assert page.locator("details.more-places").evaluate("el => el.open")
        with Store(db) as store:
            store.add(*placed_article(2, "2022-07-01", 3, first=100))  # after the page's period
            after = stamp(store)
        page.wait_for_function(f"document.querySelector('#briefing-body').dataset.stamp === '{after}'",
                               timeout=STREAM_WAIT * 1000)  # set in the same task as a swap, just before it
        assert page.locator("#live-notice").is_hidden(), page.locator("#live-notice").inner_text()
        assert page.locator("details.more-places").evaluate("el => el.open"), "the list the reader opened"
        page.evaluate("document.querySelector('details.more-places').dataset.before = 'yes'")
        with Store(db) as store:
            store.add(*placed_article(3, "2022-05-20", 2, first=200))  # in the period: new places
        page.locator("#live-notice").wait_for(state="visible", timeout=STREAM_WAIT * 1000)
        details = page.locator("details.more-places")
        assert details.get_attribute("data-before") is None, "a new body was swapped in"
        assert details.evaluate("el => el.open"), "and the list is still open"
        assert page.locator("table.places a", has_text="Selo 200").count() == 1
