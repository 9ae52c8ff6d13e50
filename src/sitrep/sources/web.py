"""Articles from the network: a single URL, or an RSS/Atom feed and the pages it links to.

Only what the user names is fetched. A feed item that carries its full text is used as is;
otherwise its link is followed and the page read like any HTML file. A failing item is
reported and the rest of the feed still read.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from urllib.parse import urljoin

import feedparser
import httpx

from sitrep.facts import Article
from sitrep.sources.errors import ReadError
from sitrep.sources.html import looks_like_html, parse_html, visible_text
from sitrep.sources.records import FieldMap, read_json
from sitrep.sources.text import decode, looks_binary, parse_text
from sitrep.urls import web_url

TIMEOUT = httpx.Timeout(20.0, connect=10.0)
HEADERS = {"User-Agent": "sitrep/0.1 (+https://github.com/sitrep)"}
FULL_TEXT_WORDS = 150  # a feed entry with fewer words is a teaser: follow its link
TEXT_TYPES = ("text/", "html", "xml", "json", "rss", "atom")  # content types a page or feed comes as


def fetch(url: str) -> httpx.Response:
    try:
        response = httpx.get(url, timeout=TIMEOUT, headers=HEADERS, follow_redirects=True)
        response.raise_for_status()
    except httpx.HTTPStatusError as error:
        raise ReadError(url, f"HTTP {error.response.status_code}") from None
    except httpx.HTTPError as error:
        raise ReadError(url, f"could not fetch ({type(error).__name__}: {error})") from None
    except httpx.InvalidURL as error:  # "http://[::1": not an HTTPError, and it must not end the run
        raise ReadError(url, f"not a valid URL ({error})") from None
    return response


def page_text(response: httpx.Response, source: str) -> str:
    """The text of a fetched page; a file of another kind (an image, an archive, random bytes)
    is refused as a local binary file is, rather than stored as an article of garbage. A page
    whose server names no charset is decoded as a local file is (UTF-8, else Western, else
    detected)."""
    kind = response.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind and not any(t in kind for t in TEXT_TYPES):
        raise ReadError(source, f"binary data, not text ({kind})")
    if response.charset_encoding is None:  # httpx would read it as UTF-8, a Latin-1 page as "R\ufffdunion"
        return decode(response.content, source)
    text = response.text
    if looks_binary(text):
        raise ReadError(source, f"binary data, not text ({kind or 'no content type'})")
    return text


def looks_like_feed(content: str) -> bool:
    head = content.lstrip()[:500].lower()
    return head.startswith("<?xml") and ("<rss" in head or "<feed" in head or "<rdf" in head) or head.startswith(("<rss", "<feed"))


def read_url(url: str, fields: FieldMap | None = None) -> Iterator[Article | ReadError]:
    """Read a URL by what the server says it is: a feed yields its items, JSON its records (an
    export or an API's list, read as a .json file is), plain text and a page one article each."""
    try:
        response = fetch(url)
        content = page_text(response, url)
    except ReadError as error:
        yield error
        return
    kind = response.headers.get("content-type", "").split(";")[0].strip().lower()
    address = str(response.url)
    try:
        if looks_like_feed(content) or "html" not in kind and ("xml" in kind or "rss" in kind or "atom" in kind):
            yield from read_feed(content, url, base=address)
        elif looks_like_html(content):  # a page, though sent as "text/plain" or "application/json"
            yield parse_html(content, article_id=address, origin=url, url=address)
        elif "json" in kind or kind == "text/plain" and _looks_like_json(content):  # raw file hosts send JSON as text
            yield from read_json(content, url, fields or FieldMap())
        elif kind == "text/plain":
            yield replace(parse_text(content, article_id=address, origin=url), url=address)
        else:  # HTML or XHTML ("application/xhtml+xml" is no feed), or a type that says nothing
            yield parse_html(content, article_id=address, origin=url, url=address)
    except ReadError as error:
        yield error


def _looks_like_json(content: str) -> bool:
    """Whether text sent as plain text is a JSON array or object (a "[Update]" line is not)."""
    if not content.lstrip().startswith(("[", "{")):
        return False
    try:
        json.loads(content)
    except ValueError:
        return False
    return True


def read_feed(content: str, source: str, base: str | None = None) -> Iterator[Article | ReadError]:
    """A feed's items; ``base`` is the address the feed was fetched from (a feed file on disk
    has none, and its channel's own link stands in), against which relative links are read."""
    parsed = feedparser.parse(content)
    if parsed.bozo and not parsed.entries:
        yield ReadError(source, f"not a readable RSS/Atom feed ({parsed.get('bozo_exception', 'no entries')})")
        return
    if not parsed.entries and not parsed.get("version"):  # well-formed XML of another kind (a sitemap, a page): said, not passed over
        yield ReadError(source, "not an RSS/Atom feed (no channel or feed element)")
        return
    outlet = parsed.feed.get("title")
    base = base or web_url(parsed.feed.get("link"))
    malformed = f"; the feed is malformed ({parsed.bozo_exception})" if parsed.bozo else ""  # a truncated file, say
    for number, entry in enumerate(parsed.entries, start=1):
        try:
            yield _entry_article(entry, outlet, f"{source} item {number}", base)
        except ReadError as error:
            yield ReadError(error.source, error.problem + malformed)


def _entry_article(entry: feedparser.FeedParserDict, outlet: str | None, where: str, base: str | None) -> Article:
    link = _entry_link(entry, base)
    published = entry.get("published") or entry.get("updated")  # as written: the pipeline reads it in the outlet's own time
    html = "".join(part.get("value", "") for part in entry.get("content", [])) or entry.get("summary", "")
    if link and len(html.split()) < FULL_TEXT_WORDS:
        article = parse_html(_linked_page(link, where), article_id=link, origin=where, url=link)
    elif html:
        article = parse_html(html, article_id=entry.get("id") or link or where, origin=where, url=link)
    else:
        raise ReadError(where, "item has neither text nor link")
    article.title = _entry_title(entry) or article.title
    article.outlet = article.outlet or outlet
    article.published = published or article.published
    return article


def _entry_title(entry: feedparser.FeedParserDict) -> str | None:
    """An item's title as a reader sees it: one sent as HTML ("<b>Live:</b> talks") is its text,
    not its tags; one sent as text is kept whole, its "<" and ">" included ("Ana Lind <ana@x.am>")."""
    title = entry.get("title") or ""
    if "html" in (entry.get("title_detail") or {}).get("type", ""):
        title = visible_text(title) or ""
    return " ".join(title.split()) or None


def _linked_page(link: str, where: str) -> str:
    """The page a feed item links to; a failure names the feed and the item, then the link."""
    try:
        return page_text(fetch(link), link)
    except ReadError as error:
        raise ReadError(where, f"link {link}: {error.problem}") from None


def _entry_link(entry: feedparser.FeedParserDict, base: str | None) -> str | None:
    """The web address an item links to. Many feeds write links relative to their site
    ("/world/1.html"), read against ``base``; a GUID feedparser offers as the link ("1",
    "urn:x:1") is an address only when written as one."""
    link = entry.get("link")
    if not link or entry.get("guidislink") or not base:
        return web_url(link)
    return web_url(urljoin(base, link))
