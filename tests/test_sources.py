"""Every reader, and every kind of bad input, through the public read_inputs entry point."""

from __future__ import annotations

import http.server
import json
import threading
from pathlib import Path

import pytest

from sitrep.facts import Article
from sitrep.sources import FieldMap, ReadError, Skipped, read_inputs
from tests.conftest import SEEDS

BODY = (
    "Officials said on Monday that the convoy had reached the border crossing after a long delay. "
    "Aid workers described crowded shelters and a shortage of medicine in the region. " * 3
)


def read(*inputs: str, fields: FieldMap | None = None) -> tuple[list[Article], list[ReadError]]:
    items = list(read_inputs(inputs, fields))
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, ReadError)]


def test_txt_date_marker_is_metadata_and_text_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(" date 2022-03-16 Somewhere: " + BODY)
    [article], errors = read(str(path))
    assert not errors
    assert article.published == "2022-03-16"
    assert article.text == path.read_text()  # offsets index the input unchanged
    assert article.text[article.body_start:].startswith("Somewhere:")
    assert article.title is None


def test_txt_title_line_detected(tmp_path: Path) -> None:
    path = tmp_path / "b.txt"
    path.write_text("Convoy Reaches Border After Delay\n\n" + BODY)
    [article], _ = read(str(path))
    assert article.title == "Convoy Reaches Border After Delay"
    assert article.published is None


def test_seed_reads_with_title() -> None:
    [article], _ = read(str(SEEDS[0]))
    assert article.title and article.title.startswith("Blinken Heads")


def test_html_main_text_and_metadata(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>Convoy reaches border</title>"
        '<meta property="og:site_name" content="Example News">'
        '<meta property="article:published_time" content="2022-03-05T10:00:00Z"></head>'
        "<body><nav>Home | World</nav><article><h1>Convoy reaches border</h1>"
        f"<p>{BODY}</p></article><footer>Copyright</footer></body></html>"
    )
    [article], errors = read(str(path))
    assert not errors
    assert "convoy had reached the border" in article.text
    assert article.title == "Convoy reaches border"
    assert article.outlet == "Example News"
    assert article.published and article.published.startswith("2022-03-05")


def test_broken_html_still_yields_its_text(tmp_path: Path) -> None:
    path = tmp_path / "broken.html"
    path.write_text(f"<html><body><div><p>{BODY}<p>unclosed <b>tags</div")
    [article], errors = read(str(path))
    assert not errors and "border crossing" in article.text


def test_html_without_text_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_text("<html><body><script>var x = 1;</script></body></html>")
    articles, [error] = read(str(path))
    assert not articles and "empty.html" in str(error)


def test_jsonl_with_a_broken_line_keeps_the_rest(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_text(
        json.dumps({"id": "one", "text": BODY, "headline": "H1", "date": "2022-03-01"}) + "\n"
        + '{"id": "two", "text": \n'
        + json.dumps({"body": BODY + " Second.", "url": "https://example.org/3"}) + "\n"
    )
    articles, [error] = read(str(path))
    assert [a.id for a in articles][0] == "one"
    assert articles[0].title == "H1" and articles[0].published == "2022-03-01"
    assert articles[1].url == "https://example.org/3"
    assert str(error).startswith(f"{path} line 2: broken JSON")


def test_json_list_and_object_with_articles(tmp_path: Path) -> None:
    listing = tmp_path / "list.json"
    listing.write_text(json.dumps([{"text": BODY, "title": "T"}]))
    wrapped = tmp_path / "wrapped.json"
    wrapped.write_text(json.dumps({"articles": [{"content": BODY}, {"content": BODY + "!"}]}))
    articles, errors = read(str(listing), str(wrapped))
    assert not errors and len(articles) == 3


def test_csv_default_and_mapped_fields(tmp_path: Path) -> None:
    path = tmp_path / "d.csv"
    path.write_text('Heading,Date Formatted,Article Url,Text\n"A title",2022-02-23,https://x.org/a,"' + BODY + '"\n')
    [article], _ = read(str(path))
    assert (article.title, article.published, article.url) == ("A title", "2022-02-23", "https://x.org/a")
    custom = tmp_path / "e.csv"
    custom.write_text('story_body,when\n"' + BODY + '",2022-04-01\n')
    [mapped], _ = read(str(custom), fields=FieldMap({"text": "story_body", "published": "when"}))
    assert mapped.published == "2022-04-01"


def test_csv_with_unexpected_columns_names_them(tmp_path: Path) -> None:
    path = tmp_path / "f.csv"
    path.write_text("foo,bar\n" + "1,2\n" * 500)
    articles, [error] = read(str(path))  # one error for the file, not one for each of its 500 rows
    assert not articles
    assert str(error) == f"{path}: no text column (text/body/article/articles/content/full_text/story); columns: foo, bar"
    _, [mapped] = read(str(path), fields=FieldMap({"text": "baz"}))
    assert str(mapped) == f"{path}: no text column (baz); columns: foo, bar"


def test_bad_files_in_a_folder_are_reported_and_the_rest_read(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "good.txt").write_text(BODY)
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "junk.txt").write_bytes(bytes(range(256)) * 40)
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    articles, errors = read(str(tmp_path))
    assert [a.origin for a in articles] == [str(tmp_path / "sub" / "good.txt")]
    messages = sorted(str(e) for e in errors)
    assert any("big.txt: file too large" in m for m in messages)
    assert any("empty.txt: empty file" in m for m in messages)
    assert any("junk.txt: binary data" in m for m in messages)


def test_missing_path(tmp_path: Path) -> None:
    _, [error] = read(str(tmp_path / "nope.txt"))
    assert "no such file" in str(error)


FEED = """<?xml version="1.0"?><rss version="2.0"><channel><title>Example Wire</title>
<item><title>Full story</title><link>{base}/full</link><pubDate>Tue, 15 Mar 2022 10:00:00 GMT</pubDate>
<description><![CDATA[<p>{body}</p>]]></description></item>
<item><title>Teaser</title><link>{base}/page.html</link><pubDate>Wed, 16 Mar 2022 08:00:00 GMT</pubDate>
<description>Short teaser.</description></item>
<item><title>Gone</title><link>{base}/missing</link><description>Short.</description></item>
</channel></rss>"""


@pytest.fixture()
def site(tmp_path: Path):
    """A real HTTP server on localhost serving a feed, a page and a 404."""
    (tmp_path / "page.html").write_text(f"<html><head><title>Linked page</title></head><body><article><p>{BODY}</p></article></body></html>")
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), lambda *a: http.server.SimpleHTTPRequestHandler(*a, directory=str(tmp_path)))
    base = f"http://127.0.0.1:{server.server_port}"
    (tmp_path / "feed.xml").write_text(FEED.format(base=base, body=(BODY + " ") * 3))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield base
    server.shutdown()


def test_feed_items_full_text_or_followed_link(site: str) -> None:
    articles, [error] = read(f"{site}/feed.xml")
    assert [a.title for a in articles] == ["Full story", "Teaser"]
    assert articles[0].outlet == "Example Wire" and articles[0].published == "Tue, 15 Mar 2022 10:00:00 GMT"  # as written
    assert "border crossing" in articles[1].text  # followed the link to the page
    assert str(error) == f"{site}/feed.xml item 3: link {site}/missing: HTTP 404"  # names the feed and the item


GUID_FEED = """<?xml version="1.0"?><rss version="2.0"><channel><title>{title}</title>
<item><title>{title} story</title><guid>{guid}</guid><description><![CDATA[<p>{body}</p>]]></description></item>
</channel></rss>"""


def test_a_feed_guid_is_no_address(tmp_path: Path) -> None:
    """feedparser makes a GUID the item's link; "1" is no URL: two feeds' items with GUID 1 are
    two articles (not one and a silent "duplicate"), and a short item is read from its text
    rather than "fetched" from "item-77"."""
    from sitrep.ingest import ingest
    from sitrep.store.sqlite import Store

    for name, guid, body in (("a", "1", "Piet Moro arrived in Gavar on Tuesday, officials said."),
                             ("b", "1", "Ana Lind met envoys in Gyumri on Saturday, the administration said."),
                             ("c", "urn:gd:1", BODY)):
        (tmp_path / f"{name}.rss").write_text(GUID_FEED.format(title=name.upper(), guid=guid, body=body))
    articles, errors = read(*(str(tmp_path / f"{n}.rss") for n in "abc"))
    assert errors == [] and [a.url for a in articles] == [None, None, None]
    assert "Piet Moro arrived" in articles[0].text
    with Store(tmp_path / "s.db") as store:
        summary = ingest([str(tmp_path / "a.rss"), str(tmp_path / "b.rss")], store, progress=False)
    assert (summary.new, summary.duplicate) == (2, 0)


def test_binary_content_from_a_url_is_refused(site: str, tmp_path: Path) -> None:
    (tmp_path / "blob.bin").write_bytes(bytes(range(1, 256)) * 20)
    _, [error] = read(f"{site}/blob.bin")
    assert str(error) == f"{site}/blob.bin: binary data, not text (application/octet-stream)"


def test_url_page_and_failing_url(site: str) -> None:
    [article], _ = read(f"{site}/page.html")
    assert article.url == f"{site}/page.html" and "shelters" in article.text
    _, [error] = read("http://127.0.0.1:9/nothing")
    assert "could not fetch" in str(error)


def test_csv_row_with_empty_text_says_so(tmp_path: Path) -> None:
    path = tmp_path / "g.csv"
    path.write_text('Heading,Text\n"A title",""\n"Another","' + BODY + '"\n')
    [article], [error] = read(str(path))
    assert article.title == "Another"
    assert str(error) == f"{path} row 2: empty text in field 'Text'"


def test_a_malformed_or_unsupported_url_is_reported_and_the_rest_read(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(BODY)
    articles, errors = read(str(tmp_path / "good.txt"), "http://[::1", "ftp://127.0.0.1/x")
    assert len(articles) == 1
    assert sorted(str(e) for e in errors) == [
        "ftp://127.0.0.1/x: unsupported URL scheme 'ftp' (http and https only)",
        "http://[::1: not a valid URL (Invalid port: ':1')",
    ]


def test_utf16_text_is_read_and_a_number_is_no_text(tmp_path: Path) -> None:
    (tmp_path / "windows.txt").write_bytes(BODY.encode("utf-16"))
    (tmp_path / "num.jsonl").write_text('{"text": 12345}\n' + json.dumps({"text": BODY}) + "\n")
    articles, errors = read(str(tmp_path / "windows.txt"), str(tmp_path / "num.jsonl"))
    assert [a.text.strip() for a in articles] == [BODY.strip(), BODY.strip()]
    assert [str(e) for e in errors] == [f"{tmp_path / 'num.jsonl'} line 1: text field 'text' holds 12345, not text"]


def test_a_list_in_the_text_field_gives_way_to_the_next_text_field(tmp_path: Path) -> None:
    (tmp_path / "list.jsonl").write_text(json.dumps({"text": ["x"], "body": BODY}) + "\n")
    articles, errors = read(str(tmp_path / "list.jsonl"))
    assert [a.text for a in articles] == [BODY] and errors == []


def test_latin1_text_is_read_as_western_not_a_guessed_codepage(tmp_path: Path) -> None:
    """Short French Latin-1 was guessed cp1250 ("à" became "ŕ"); Cyrillic and Polish in their
    own codepages are left to the detector, not taken as cp1252."""
    french = "Réfugiés à Gyumri\n\nAna Lind a déclaré que 1 200 réfugiés étaient arrivés à Gyumri. Café, naïve, Müller, Ségolène.\n"
    (tmp_path / "fr.txt").write_bytes(french.encode("latin-1"))
    (tmp_path / "ru.txt").write_bytes(("Беженцы прибыли в Гюмри в понедельник, заявили официальные лица. " * 4).encode("cp1251"))
    (tmp_path / "pl.txt").write_bytes(("Łódź: żołnierze wrócili do miasta, powiedział urzędnik w środę. " * 4).encode("cp1250"))
    [fr, ru, pl], errors = read(*(str(tmp_path / f"{n}.txt") for n in ("fr", "ru", "pl")))
    assert errors == [] and fr.text == french
    assert "Беженцы" in ru.text
    from sitrep.sources.text import _western

    assert _western((tmp_path / "pl.txt").read_bytes()) is None  # "¹", "³", "¿" in words: not read as cp1252 here


def test_stdin_is_sniffed_like_a_file(tmp_path: Path) -> None:
    """A feed, a CSV, a JSON array and JSON Lines piped to ``-`` are read by their kind, not
    stored as one article of raw markup."""
    import subprocess
    import sys

    from tests.conftest import ROOT

    inputs = {
        "feed": GUID_FEED.format(title="Wire", guid="1", body="Piet Moro arrived in Gavar on Tuesday."),
        "csv": 'title,text\n"Convoy","Aid reached Gavar on Monday."\n"Talks","Ana Lind met envoys in Gyumri."\n',
        "array": json.dumps([{"title": "Shelling", "text": "Shelling resumed near Gavar."}]),
        "lines": json.dumps({"title": "One", "text": "Piet Moro spoke."}) + "\n",
        "text": "Plain title\n\nPiet Moro said, in Gavar, that talks, if any, would wait.\n",
    }
    script = "from sitrep.sources import read_inputs\nfor a in read_inputs(['-']): print(repr((a.title, a.text.strip())))"
    seen = {}
    for kind, content in inputs.items():
        result = subprocess.run([sys.executable, "-c", script], input=content, capture_output=True, text=True, cwd=ROOT, timeout=120)
        assert result.returncode == 0, result.stderr
        seen[kind] = result.stdout.splitlines()
    assert seen == {
        "feed": ["('Wire story', 'Piet Moro arrived in Gavar on Tuesday.')"],
        "csv": ["('Convoy', 'Aid reached Gavar on Monday.')", "('Talks', 'Ana Lind met envoys in Gyumri.')"],
        "array": ["('Shelling', 'Shelling resumed near Gavar.')"],
        "lines": ["('One', 'Piet Moro spoke.')"],
        "text": ["('Plain title', 'Plain title\\n\\nPiet Moro said, in Gavar, that talks, if any, would wait.')"],
    }


def test_an_empty_json_list_is_said(tmp_path: Path) -> None:
    """`[]` once gave no message, exit 0 and, from extract, no line at all."""
    (tmp_path / "empty.json").write_text("[]")
    _, [error] = read(str(tmp_path / "empty.json"))
    assert str(error) == f"{tmp_path / 'empty.json'}: no records (an empty list)"


def test_a_broken_csv_or_truncated_feed_says_what_is_wrong(tmp_path: Path) -> None:
    """An unclosed quote was reported as "empty text in field 'text'", a truncated feed only as
    an item with "neither text nor link"."""
    (tmp_path / "broken.csv").write_text('title,text,published\n"unterminated,"Piet Moro in Gavar\n')
    (tmp_path / "broken.rss").write_text('<?xml version="1.0"?><rss><channel><title>x</title><item><title>Broken')
    _, errors = read(str(tmp_path / "broken.csv"), str(tmp_path / "broken.rss"))
    assert [str(e) for e in errors] == [
        f"{tmp_path / 'broken.csv'} row 2: 1 field, header has 3",
        f"{tmp_path / 'broken.rss'} item 1: item has neither text nor link; the feed is malformed (<unknown>:1:87: no element found)",
    ]


def test_a_page_of_navigation_alone_is_no_article_and_menus_stay_out_of_the_text(tmp_path: Path) -> None:
    menu = "<nav><ul><li><a href='/'>Home</a></li><li><a href='/world'>World</a></li></ul></nav>"
    (tmp_path / "menu.html").write_text(f"<html><body>{menu}</body></html>")
    (tmp_path / "short.html").write_text(
        f"<html><body><header>{menu}</header><main><p>Piet Moro said in Gyumri that talks would resume.</p></main>"
        "<footer>Copyright Example Daily</footer></body></html>"
    )
    [article], [error] = read(str(tmp_path))
    assert str(error) == f"{tmp_path / 'menu.html'}: no readable text in the HTML"
    assert article.text == "Piet Moro said in Gyumri that talks would resume."


def test_a_year_in_a_pages_prose_is_not_its_publication_date(tmp_path: Path) -> None:
    prose = "Ana Lind recalled the floods of 2008 in Gyumri and said the bridge was rebuilt. " * 6
    (tmp_path / "undated.html").write_text(f"<html><body><article><p>{prose}</p></article></body></html>")
    (tmp_path / "dated.html").write_text(
        '<html><head><meta property="article:published_time" content="2026-03-04T10:00:00"></head>'
        f"<body><article><p>{prose}</p></article></body></html>"
    )
    articles, _ = read(str(tmp_path))
    assert {a.id: a.published for a in articles} == {"dated": "2026-03-04", "undated": None}


def test_a_feeds_relative_links_are_read_against_its_address(site: str, tmp_path: Path) -> None:
    items = "".join(
        f"<item><title>Teaser {n}</title><link>{link}</link><guid>{n}</guid><description>Short.</description></item>"
        for n, link in enumerate(["/page.html", "page.html", "/gone.html"], start=1)
    )
    channel = f"<?xml version='1.0'?><rss version='2.0'><channel><title>Gyumri Daily</title><link>{{home}}</link>{items}</channel></rss>"
    (tmp_path / "relative.rss").write_text(channel.format(home="http://unused.invalid/"))
    (tmp_path / "saved.rss").write_text(channel.format(home=f"{site}/"))
    for feed in (f"{site}/relative.rss", str(tmp_path / "saved.rss")):  # fetched, or saved with its channel link
        articles, [error] = read(feed)
        assert [(a.url, a.title) for a in articles] == [(f"{site}/page.html", "Teaser 1"), (f"{site}/page.html", "Teaser 2")]
        assert "border crossing" in articles[0].text
        assert str(error) == f"{feed} item 3: link {site}/gone.html: HTTP 404"


def test_a_page_served_without_a_charset_is_decoded_like_a_file(site: str, tmp_path: Path) -> None:
    prose = "Réunion à Gyumri : Piet Moro a déclaré que la séance était terminée. " * 4
    (tmp_path / "latin.html").write_bytes(f"<html><body><article><p>{prose}</p></article></body></html>".encode("latin-1"))
    [article], errors = read(f"{site}/latin.html")
    assert not errors and article.text == prose.strip()


def test_json_and_plain_text_urls_are_read_as_their_kind_not_as_a_page(site: str, tmp_path: Path) -> None:
    records = [{"title": f"Talks in Batumi, day {n}", "text": f"Ana Lind met Piet Moro in Batumi on day {n}."} for n in (1, 2)]
    (tmp_path / "export.json").write_text(json.dumps(records))
    (tmp_path / "notes.txt").write_text("Convoy reaches Gyumri\n\nPiet Moro said the convoy arrived.\n\nAna Lind confirmed it.")
    articles, errors = read(f"{site}/export.json", f"{site}/notes.txt")
    assert not errors
    assert [(a.title, a.text) for a in articles[:2]] == [(r["title"], r["text"]) for r in records]
    assert articles[2].title == "Convoy reaches Gyumri" and articles[2].url == f"{site}/notes.txt"
    assert articles[2].text == (tmp_path / "notes.txt").read_text()


def test_what_a_browser_saves_beside_a_page_is_not_read_as_articles(tmp_path: Path) -> None:
    (tmp_path / "Talks in Batumi.html").write_text(f"<html><body><article><p>{BODY}</p></article></body></html>")
    resources = tmp_path / "Talks in Batumi_files" / "frames"
    resources.mkdir(parents=True)
    (resources / "saved_resource.html").write_text("<html><body><div>Advertisement: Gyumri hotels from 20 euros</div></body></html>")
    (resources.parent / "widget.htm").write_text("<html><body><script>track()</script></body></html>")
    (tmp_path / "notes_files").mkdir()  # no notes.html beside it: an ordinary folder
    (tmp_path / "notes_files" / "memo.txt").write_text("Piet Moro's memo on the convoy.\n\nIt reached Gyumri.")
    articles, errors = read(str(tmp_path))
    assert not errors
    assert [a.id for a in articles] == ["Talks in Batumi", "memo"]


def test_a_feed_title_sent_as_html_is_its_text(tmp_path: Path) -> None:
    feed = tmp_path / "live.rss"
    feed.write_text("<?xml version='1.0'?><rss version='2.0'><channel><title>Gyumri Daily</title><item>"
                    "<title>&lt;b&gt;Live:&lt;/b&gt; talks in Batumi &amp; Gyumri</title><guid>7</guid>"
                    f"<description>{BODY}</description></item></channel></rss>")
    [article], _ = read(str(feed))
    assert article.title == "Live: talks in Batumi & Gyumri"


def test_a_page_sent_as_plain_text_or_json_is_still_read_as_a_page(site: str, tmp_path: Path) -> None:
    page = ("<!DOCTYPE html>\n<html><head><title>Ferry resumes to Batumi</title></head><body><article>"
            f"<p>Ana Lind said the ferry to Batumi sailed again. {BODY}</p></article></body></html>")
    (tmp_path / "ferry.txt").write_text(page)  # the test server sends .txt as text/plain, .json as application/json
    (tmp_path / "ferry.json").write_text(page)
    articles, errors = read(f"{site}/ferry.txt", f"{site}/ferry.json")
    assert not errors
    assert [a.title for a in articles] == ["Ferry resumes to Batumi"] * 2
    assert all(a.text.startswith("Ana Lind said the ferry to Batumi sailed again.") and "<p>" not in a.text for a in articles)


def test_own_text_and_records_in_a_folder_named_like_a_saved_pages_are_read(tmp_path: Path) -> None:
    (tmp_path / "archive.html").write_text("<html><body><ul><li><a href='archive_files/ferry.txt'>Ferry</a></li></ul></body></html>")
    own = tmp_path / "archive_files"  # beside archive.html, yet holding no browser's frames
    own.mkdir()
    (own / "ferry.txt").write_text("Ferry resumes to Batumi\n\nAna Lind said the ferry to Batumi sailed again on Monday.")
    (own / "talks.json").write_text(json.dumps([{"id": "talks-1", "text": "Piet Moro met Ana Lind in Gyumri on Tuesday."}]))
    (own / "frame.html").write_text("<html><body><div>Advertisement: Batumi flats to let</div></body></html>")
    articles, errors = read(str(tmp_path))
    assert not errors
    assert [a.id for a in articles] == ["archive", "ferry", "talks-1"]


def test_a_story_set_in_an_aside_is_read_and_its_menu_still_left_out(tmp_path: Path) -> None:
    story = "Ana Lind said the ferry to Batumi sailed again on Monday after a week in port. " * 5
    (tmp_path / "ferry.html").write_text(
        "<html><body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
        f"<aside class='story'><h1>Ferry resumes to Batumi</h1><p>{story}</p></aside></body></html>"
    )
    [article], errors = read(str(tmp_path / "ferry.html"))
    assert not errors
    assert story.strip() in article.text and "Home" not in article.text


def test_a_page_in_the_charset_it_declares_is_read_in_it_served_or_saved(site: str, tmp_path: Path) -> None:
    prose = "Přístav v Batumi byl uzavřen, řekla Ana Lind; škody jsou značné. " * 4
    page = f'<html><head><meta charset="windows-1250"><title>Batumi</title></head><body><article><p>{prose}</p></article></body></html>'
    (tmp_path / "cs.html").write_bytes(page.encode("cp1250"))  # served without a charset in its content type
    articles, errors = read(f"{site}/cs.html", str(tmp_path / "cs.html"))
    assert not errors
    assert [a.text for a in articles] == [prose.strip()] * 2


def test_a_feed_title_sent_as_text_keeps_its_angle_brackets_and_an_html_ones_line_break_is_a_space(tmp_path: Path) -> None:
    entries = "".join(
        f"<entry><id>urn:gyumri:{n}</id><title type='{kind}'>{title}</title><content type='html'>{BODY}</content></entry>"
        for n, (kind, title) in enumerate([("html", "&lt;em&gt;Talks&lt;/em&gt;&lt;br&gt;in Gyumri"),
                                           ("text", "Ana Lind &lt;ana@lind.invalid&gt; writes from Batumi")])
    )
    feed = tmp_path / "gyumri.atom"
    feed.write_text(f"<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'><title>Gyumri Daily</title>{entries}</feed>")
    articles, errors = read(str(feed))
    assert not errors
    assert [a.title for a in articles] == ["Talks in Gyumri", "Ana Lind <ana@lind.invalid> writes from Batumi"]


def test_an_xhtml_page_is_read_as_a_page_and_xml_that_is_no_feed_is_reported(tmp_path: Path) -> None:
    class XhtmlHandler(http.server.SimpleHTTPRequestHandler):
        extensions_map = {".xhtml": "application/xhtml+xml"}

    (tmp_path / "ferry.xhtml").write_text(
        "<?xml version='1.0' encoding='utf-8'?>\n<html xmlns='http://www.w3.org/1999/xhtml'><head><title>Ferry resumes to Batumi</title></head>"
        f"<body><article><p>Ana Lind said the ferry to Batumi sailed again. {BODY}</p></article></body></html>"
    )
    (tmp_path / "sitemap.xml").write_text("<?xml version='1.0'?><urlset><url><loc>http://gyumri.invalid/a</loc></url></urlset>")
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), lambda *a: XhtmlHandler(*a, directory=str(tmp_path)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        articles, errors = read(f"http://127.0.0.1:{server.server_port}/ferry.xhtml", str(tmp_path / "sitemap.xml"))
    finally:
        server.shutdown()
        server.server_close()
    assert [a.title for a in articles] == ["Ferry resumes to Batumi"]
    assert [str(e) for e in errors] == [f"{tmp_path / 'sitemap.xml'}: not an RSS/Atom feed (no channel or feed element)"]


def test_json_sent_as_plain_text_is_read_as_records_and_a_bracketed_note_as_text(site: str, tmp_path: Path) -> None:
    (tmp_path / "talks.txt").write_text(json.dumps([{"id": "talks-1", "text": "Piet Moro met Ana Lind in Gyumri on Tuesday."}]))
    (tmp_path / "note.txt").write_text("[Update] Ferry resumes to Batumi\n\nAna Lind said the ferry sailed again.")
    articles, errors = read(f"{site}/talks.txt", f"{site}/note.txt")  # the test server sends .txt as text/plain
    assert not errors
    assert [(a.id, a.text) for a in articles[:1]] == [("talks-1", "Piet Moro met Ana Lind in Gyumri on Tuesday.")]
    assert articles[1].text.startswith("[Update] Ferry resumes to Batumi")


def test_files_of_other_kinds_in_a_folder_are_told_in_one_note_not_failed(tmp_path: Path) -> None:
    (tmp_path / "ferry.txt").write_text("Ferry resumes to Batumi\n\nAna Lind said the ferry sailed again on Monday.")
    (tmp_path / "minutes.pdf").write_bytes(b"%PDF-1.4 minutes of the Gyumri council")
    (tmp_path / "scans").mkdir()
    (tmp_path / "scans" / "letter.pdf").write_bytes(b"%PDF-1.4 a letter from Jon Vale")
    (tmp_path / "scans" / "memo.docx").write_bytes(b"PK a memo")
    (tmp_path / "Talks in Batumi.html").write_text(f"<html><body><article><p>{BODY}</p></article></body></html>")
    (tmp_path / "Talks in Batumi_files").mkdir()  # what a browser saved with the page: not the user's files
    (tmp_path / "Talks in Batumi_files" / "logo.png").write_bytes(b"\x89PNG")
    (tmp_path / "Talks in Batumi_files" / "site.css").write_text("body { margin: 0 }")
    (tmp_path / ".thumbs.db").write_bytes(b"hidden")
    articles, [note] = read(str(tmp_path))
    assert [a.id for a in articles] == ["Talks in Batumi", "ferry"]
    assert isinstance(note, Skipped) and note.files == 3 and note.source == str(tmp_path)
    assert note.problem.startswith("3 files not read (2 .pdf, 1 .docx; sitrep reads ")
    assert note.problem.endswith("such as minutes.pdf")
