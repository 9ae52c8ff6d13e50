"""HTML pages: the main text and metadata through trafilatura, with a plain fallback.

trafilatura drops navigation and boilerplate; when it finds no main text (a bare fragment
or a page that is mostly markup) the visible text of the body is used instead, so a short
but valid page still yields an article.
"""

from __future__ import annotations

import lxml.html
import trafilatura

from sitrep.facts import Article
from sitrep.sources.errors import ReadError
from sitrep.urls import web_url

# A page's date from its markup only (meta tags, <time>, the URL): htmldate's extensive search
# would otherwise take a year the prose mentions ("after the war in 2008") as "2008-01-01", a
# wrong anchor for every relative time in the article; a dateline in the text is read later.
MARKUP_DATES_ONLY = {"extensive_search": False, "original_date": True}
# Page furniture, never article text: with recall favoured trafilatura keeps a menu's links
# ("Home", "World") as text, so a page of navigation alone became an article of them.
NAVIGATION = ["//nav", "//*[@role='navigation']"]
FURNITURE = [*NAVIGATION, "//footer", "//aside"]


def looks_like_html(content: str) -> bool:
    """Whether text is an HTML document by its opening, whatever its file name or content type
    says: servers send pages as "text/plain" or "application/json" too."""
    return content.lstrip()[:15].lower().startswith(("<!doctype html", "<html"))


def parse_html(html: str, article_id: str, origin: str | None = None, url: str | None = None) -> Article:
    if not html.strip():
        raise ReadError(origin or article_id, "empty HTML")
    document, text = _main_text(html, url, FURNITURE)
    if not text:  # the story itself inside an <aside> or a <footer>: only the menus are left out
        document, text = _main_text(html, url, NAVIGATION)
    if not text:
        raise ReadError(origin or article_id, "no readable text in the HTML")
    return Article(
        id=article_id,
        text=text,
        title=document.title if document else None,
        outlet=document.sitename if document else None,
        url=(web_url(document.url) if document else None) or url,  # a page's own address, if it is a web address
        published=document.date if document else None,
        origin=origin,
    )


def _main_text(html: str, url: str | None, furniture: list[str]) -> tuple[trafilatura.settings.Document | None, str | None]:
    """trafilatura's reading of a page with ``furniture`` pruned, and its main text (else the
    visible text), or None where nothing readable is left."""
    document = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, favor_recall=True,
        date_extraction_params=MARKUP_DATES_ONLY, prune_xpath=furniture,
    )
    text = (document.text if document else None) or visible_text(html, furniture)
    return document, text if text and text.strip() else None


def visible_text(html: str, furniture: list[str] = FURNITURE) -> str | None:
    """The text a reader sees in a piece of HTML, ``furniture`` left out: a page's when
    trafilatura finds no main text, or a feed title's sent with markup in it."""
    try:
        root = lxml.html.fromstring(html)
    except (lxml.etree.ParserError, ValueError):
        return None
    for bad in root.xpath("|".join(["//script", "//style", "//noscript", *furniture])):
        bad.drop_tree()
    for line_break in root.iter("br"):  # "Batumi<br>Day 2" reads as two words, not "BatumiDay"
        line_break.tail = " " + (line_break.tail or "")
    return "\n\n".join(
        " ".join(block.text_content().split())
        for block in root.iter("p", "h1", "h2", "h3", "li", "div")
        if block.text and block.text.strip()
    ) or " ".join(root.text_content().split())
