"""The briefing in a real browser: `sitrep serve` in a subprocess, Debian's Chromium driven by Playwright.

Reads as an analyst would: the five sections, the map with the seeds' places, and a source
link that lands on the highlighted span of the article. Nothing is fetched from outside.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlparse

import httpx
import pytest

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-quic"]
SECTIONS = ("latest", "diplomacy", "military_aid", "civilians", "map")
SEED_PLACES = {"Brussels", "Poland", "Moldova"}


@pytest.fixture(scope="module")
def base_url(seeded_db, tmp_path_factory) -> Iterator[str]:
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is absent: install Debian's browser with `apt-get install -y chromium`")
    with sitrep_serve(seeded_db, tmp_path_factory.mktemp("serve") / "serve.log") as (url, _):
        yield url


@contextmanager
def sitrep_serve(db: Path, log: Path) -> Iterator[tuple[str, subprocess.Popen]]:
    """`sitrep serve` over ``db`` on a free port, its output in ``log``: its address and process,
    stopped afterwards if it still runs."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with log.open("w") as out:
        server = subprocess.Popen([sys.executable, "-m", "sitrep.cli", "serve", "--db", str(db), "--port", str(port)],
                                  stdout=out, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(url, server, log)
        yield url, server
    finally:
        if server.poll() is None:
            server.terminate()
        server.wait(timeout=10)


def _wait_until_up(url: str, server: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        assert server.poll() is None, f"sitrep serve exited:\n{log.read_text()}"
        try:
            httpx.get(url + "/static/sitrep.css", timeout=2)
            return
        except httpx.TransportError:
            time.sleep(0.1)
    pytest.fail(f"sitrep serve did not answer within a minute:\n{log.read_text()}")


@pytest.fixture(scope="module")
def browser(base_url: str):
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, base_url: str):
    """A fresh tab that records every request leaving the local server (there must be none)."""
    tab = browser.new_page()
    tab.outside = []
    local = urlparse(base_url).netloc
    tab.on("request", lambda r: urlparse(r.url).netloc != local and tab.outside.append(r.url))
    yield tab
    tab.close()


def test_briefing_sections_and_map(page, base_url: str) -> None:
    page.goto(base_url + "/")
    for key in SECTIONS:
        assert page.locator(f"section#{key}").is_visible(), key
    assert page.locator("section#latest li.statement").count() > 0
    svg = page.locator("section#map svg")
    assert svg.is_visible() and svg.bounding_box()["width"] > 300
    names = page.locator("section#map svg .marker").evaluate_all("els => els.map(e => e.dataset.name)")
    assert SEED_PLACES <= set(names)
    assert page.outside == [], "the page works offline"


def test_source_link_lands_on_highlighted_span(page, base_url: str) -> None:
    page.goto(base_url + "/")
    link = page.locator("section#military_aid a.source").first
    href = link.get_attribute("href")
    quoted = page.locator("section#military_aid li.statement .text").first.inner_text()
    link.click()
    page.wait_for_url(base_url + href)
    fragment = href.split("#")[1]
    span = page.locator(f"[id='{fragment}']")
    assert span.inner_text() == quoted, "the span is the statement's sentence"
    assert "target" in span.get_attribute("class")
    assert span.evaluate("el => getComputedStyle(el).backgroundColor") not in ("rgba(0, 0, 0, 0)", "transparent")
    inner = span.evaluate("el => [...el.querySelectorAll('.mark')].map(m => getComputedStyle(m).backgroundColor)")
    target = span.evaluate("el => getComputedStyle(el).backgroundColor")
    assert inner and all(c in (target, "rgba(0, 0, 0, 0)") for c in inner), "facts inside the span keep its highlight"
    assert span.evaluate("el => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; }")


def test_place_link_shows_the_geocode(page, base_url: str) -> None:
    page.goto(base_url + "/")
    page.locator("table.places a", has_text="Moldova").first.click()
    page.wait_for_url("**/articles/*#span-*")
    span = page.locator(".mark.target").first
    assert span.inner_text() == "Moldova"
    assert "Place: Moldova, MD; country" in span.get_attribute("title")
    assert page.outside == []


def test_a_long_briefing_can_be_got_about(page, base_url: str) -> None:
    """A table of contents links every section; a keyboard reader can skip the header; the map
    has an accessible name."""
    page.goto(base_url + "/")
    targets = page.locator("nav.sections a").evaluate_all("els => els.map(e => e.getAttribute('href'))")
    assert set(targets) == {f"#{key}" for key in SECTIONS}
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip-link"
    assert page.locator(".skip-link").is_visible() and page.locator("main#content").count() == 1
    assert page.locator("section#map svg > title").text_content().startswith("Map of")


@pytest.mark.parametrize("path", ["/", "/articles"])
def test_a_phone_wide_page_does_not_scroll_sideways(browser, base_url: str, path: str) -> None:
    phone = browser.new_page(viewport={"width": 375, "height": 800})
    phone.goto(base_url + path)
    width = phone.evaluate("document.documentElement.scrollWidth")
    phone.close()
    assert width <= 375, f"{width}px: wide tables and figures scroll inside themselves"


def test_the_period_form_keeps_a_month_or_a_year_it_was_opened_with(page, base_url: str) -> None:
    """A period of a month or a year (which the address, the API and the CLI take) showed empty
    date boxes, and pressing Show again dropped it: the boxes hold its first and last day."""
    page.goto(base_url + "/?since=2022-03&until=2022")
    assert page.input_value("input[name=since]") == "2022-03-01"
    assert page.input_value("input[name=until]") == "2022-12-31"
    count = page.locator("#count-articles").inner_text()
    page.click("form.period button[type=submit]")
    page.wait_for_url("**/?since=2022-03-01&until=2022-12-31")
    assert page.locator("#count-articles").inner_text() == count
    page.goto(base_url + "/articles?until=2022-02")
    assert page.input_value("input[name=until]") == "2022-02-28"


@pytest.mark.parametrize("path", ["/", "/articles"])
def test_a_phone_wide_table_scrolls_rather_than_breaking_its_words(browser, base_url: str, path: str) -> None:
    """At a phone's width the tables had shrunk to a letter per line ("entities" written down the
    column, an outlet's name one letter a line) instead of scrolling inside themselves."""
    phone = browser.new_page(viewport={"width": 375, "height": 800})
    phone.goto(base_url + path)
    broken = phone.evaluate("""() => [...document.querySelectorAll('th, td')].filter(cell => {
        const word = cell.textContent.trim();
        if (!/^\\w{1,16}$/.test(word)) return false;  // one word, no hyphen to break at
        const text = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT, n => n.textContent.trim() ? 1 : 3).nextNode();
        const range = document.createRange();
        range.selectNodeContents(text);
        return new Set([...range.getClientRects()].map(r => Math.round(r.top))).size > 1;
    }).map(cell => cell.textContent.trim())""")
    width = phone.evaluate("document.documentElement.scrollWidth")
    phone.close()
    assert broken == [], f"one-word cells broken over lines: {broken[:10]}"
    assert width <= 375
