"""The watch loop over a local folder and a local feed served by the test itself."""

from __future__ import annotations

import http.server
import io
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from sitrep.store.sqlite import Store
from sitrep.watch import Watcher, parse_every
from tests.conftest import ROOT

STORY = "{place} officials said on {day} that {n} families had been evacuated from the district after overnight shelling hit the power station."
ITEM = "<item><title>{title}</title><link>{link}</link><pubDate>{date}</pubDate><description><![CDATA[<p>{body}</p>]]></description></item>"


def feed(items: list[tuple[str, str]]) -> str:
    body = "".join(
        ITEM.format(title=title, link=f"https://example.org/{i}", date="Tue, 15 Mar 2022 10:00:00 GMT", body=(text + " ") * 12)
        for i, (title, text) in enumerate(items)
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Local Wire</title>{body}</channel></rss>'


@pytest.fixture()
def served(tmp_path: Path):
    root = tmp_path / "www"
    root.mkdir()
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), lambda *a: http.server.SimpleHTTPRequestHandler(*a, directory=str(root)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield root, f"http://127.0.0.1:{server.server_port}"
    server.shutdown()


def test_folder_and_feed_new_items_only(tmp_path: Path, served) -> None:
    www, base = served
    folder = tmp_path / "drop"
    folder.mkdir()
    (folder / "one.txt").write_text(STORY.format(place="Kharkiv", day="Monday", n=40))
    (www / "feed.xml").write_text(feed([("First", STORY.format(place="Odesa", day="Tuesday", n=12))]))
    with Store(tmp_path / "w.db") as store:
        watcher = Watcher(store, [str(folder), f"{base}/feed.xml"], every=1, errors=io.StringIO())
        first = watcher.poll()
        assert (first.read, first.new) == (2, 2)
        idle = watcher.poll()
        assert (idle.read, idle.new) == (1, 0)  # the unchanged folder is not re-read; the feed is
        (folder / "two.txt").write_text(STORY.format(place="Sumy", day="Wednesday", n=7))
        (www / "feed.xml").write_text(feed([("First", STORY.format(place="Odesa", day="Tuesday", n=12)),
                                            ("Second", STORY.format(place="Mykolaiv", day="Thursday", n=30))]))
        third = watcher.poll()
        assert (third.new, third.duplicate) == (2, 1)
        assert store.counts()["articles"] == 4
        assert store.db.execute("SELECT COUNT(*) FROM fused_articles").fetchone()[0] == 4


def test_an_edited_file_replaces_its_old_version(tmp_path: Path) -> None:
    """A file in a watched folder edited (a sentence appended) was stored as a second article:
    the story was listed twice and counted by two reports."""
    import os
    import time

    folder = tmp_path / "drop"
    folder.mkdir()
    story = folder / "w1.txt"
    story.write_text(STORY.format(place="Kharkiv", day="Monday", n=40))
    with Store(tmp_path / "w.db") as store:
        watcher = Watcher(store, [str(folder)], every=1, errors=io.StringIO())
        assert watcher.poll().new == 1
        story.write_text(story.read_text() + "\nAna Lind said 300 people had left Sevan and gone to Gyumri on Monday.\n")
        os.utime(story, (time.time() + 5, time.time() + 5))  # a changed mtime whatever the clock's grain
        assert watcher.poll().new == 1
        [article] = store.articles()
        assert "300 people had left Sevan" in store.article(article["id"])["text"]
        assert store.counts()["articles"] == 1
        assert store.db.execute("SELECT COUNT(*) FROM facts WHERE article_id != ?", (article["id"],)).fetchone()[0] == 0


def test_failing_feed_backs_off_and_others_go_on(tmp_path: Path) -> None:
    folder = tmp_path / "drop"
    folder.mkdir()
    now = [0.0]
    errors = io.StringIO()
    with Store(tmp_path / "w.db") as store:
        watcher = Watcher(store, ["http://127.0.0.1:9/feed.xml", str(folder)], every=10, errors=errors, clock=lambda: now[0])
        watcher.poll()
        assert "retrying in 20 s" in errors.getvalue()
        (folder / "a.txt").write_text(STORY.format(place="Lviv", day="Friday", n=3))
        now[0] = 5.0
        assert watcher.poll().new == 1  # the folder is polled while the feed waits
        assert errors.getvalue().count("failed") == 1
        now[0] = 25.0
        watcher.poll()
        assert "failed (2 in a row); retrying in 40 s" in errors.getvalue()


def test_watch_command(tmp_path: Path) -> None:
    folder = tmp_path / "drop"
    folder.mkdir()
    (folder / "a.txt").write_text(STORY.format(place="Dnipro", day="Sunday", n=9))
    (folder / "b.html").write_text("<html><body><script>var x = 1;</script></body></html>")  # trafilatura complains of it
    db = tmp_path / "c.db"
    result = subprocess.run([sys.executable, "-m", "sitrep.cli", "watch", str(folder), "--db", str(db), "--every", "0.1s", "--polls", "2"],
                            capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "watch: read 1, new 1" in result.stderr and "b.html: no readable text" in result.stderr
    assert "sitrep.watch: " in result.stderr and "trafilatura" not in result.stderr  # our log, not the libraries' chatter
    with Store(db) as store:
        assert store.counts()["articles"] == 1
    bad = subprocess.run([sys.executable, "-m", "sitrep.cli", "watch", str(folder), "--every", "soon"], capture_output=True, text=True, cwd=ROOT)
    assert bad.returncode == 2 and "cannot read 'soon'" in bad.stderr


def test_parse_every() -> None:
    assert [parse_every(t) for t in ("30s", "5m", "1h", "2")] == [30, 300, 3600, 2]


def test_a_watched_feed_file_is_read_when_it_changes_and_an_empty_one_waits(tmp_path: Path) -> None:
    """A JSON Lines file another tool appends to, watched from the moment it is created: empty,
    it is nothing yet (it had failed and backed off, up to an hour, so the first records sat
    unread); unchanged, it is not read again at every poll."""
    import json

    feed_file = tmp_path / "wire.jsonl"
    feed_file.write_text("")
    now = [0.0]
    errors = io.StringIO()

    def append(place: str, day: str) -> None:
        record = {"title": f"{place} evacuation", "outlet": "Vanadzor Wire", "published": "2022-03-15",
                  "text": STORY.format(place=place, day=day, n=12)}
        with feed_file.open("a") as out:
            out.write(json.dumps(record) + "\n")

    with Store(tmp_path / "w.db") as store:
        watcher = Watcher(store, [str(feed_file)], every=10, errors=errors, clock=lambda: now[0])
        empty = watcher.poll()
        assert (empty.read, empty.failed) == (0, 0) and "failed" not in errors.getvalue()
        append("Gyumri", "Monday")
        now[0] = 10.0
        assert watcher.poll().new == 1
        now[0] = 20.0
        assert watcher.poll().read == 0, "the unchanged file is not read again"
        append("Batumi", "Tuesday")
        now[0] = 30.0
        later = watcher.poll()
        assert (later.new, later.duplicate) == (1, 1)
        assert store.counts()["articles"] == 2


def test_an_item_that_cannot_be_read_is_told_once_not_at_every_poll(tmp_path: Path, served) -> None:
    """A feed keeps listing an item sitrep cannot read (here one in French) for days: its error
    was printed again at every poll. It is told once; a new item's error is still told."""
    www, base = served
    french = "Les autorités de Gyumri ont déclaré lundi que des familles avaient été évacuées du quartier après les bombardements."
    english = STORY.format(place="Gyumri", day="Monday", n=40)
    (www / "feed.xml").write_text(feed([("Une", french), ("One", english)]))
    errors = io.StringIO()
    with Store(tmp_path / "w.db") as store:
        watcher = Watcher(store, [f"{base}/feed.xml"], every=1, errors=errors)
        for _ in range(3):
            summary = watcher.poll()
        assert summary.failed == 1, "still counted at each poll"
        assert errors.getvalue().count("not English") == 1, errors.getvalue()
        (www / "feed.xml").write_text(feed([("Une", french), ("One", english), ("Deux", french.replace("lundi", "mardi"))]))
        watcher.poll()
    assert errors.getvalue().count("not English") == 2, errors.getvalue()


def test_a_watched_page_that_changes_at_its_address_is_read_again_in_place(tmp_path: Path, served) -> None:
    """A live page grows at one address; it was read once and never again (its address was
    a duplicate), so the briefing kept its first hour. Now each changed text replaces the old."""
    www, base = served
    entries = ["Ana Lind said on Monday that 40 families had been evacuated from Gyumri after shelling hit the power station."]

    def publish() -> None:
        paragraphs = "".join(f"<p>{entry} {' '.join(['Officials gave no further detail on the night.'] * 3)}</p>" for entry in entries)
        (www / "live.html").write_text(f"<html><head><title>Gyumri live</title></head><body><article>{paragraphs}</article></body></html>")

    publish()
    with Store(tmp_path / "w.db") as store:
        watcher = Watcher(store, [f"{base}/live.html"], every=1, errors=io.StringIO())
        assert watcher.poll().new == 1
        entries.append("Piet Moro said on Tuesday that 300 people had left Vanadzor for Batumi.")
        publish()
        second = watcher.poll()
        assert (second.new, second.replaced) == (1, 1)
        [article] = store.articles()
        assert article["url"] == f"{base}/live.html"
        assert "300 people had left Vanadzor" in store.article(article["id"])["text"]
        assert store.counts()["articles"] == 1
        assert store.db.execute("SELECT COUNT(*) FROM facts WHERE article_id != ?", (article["id"],)).fetchone()[0] == 0
        unchanged = watcher.poll()
        assert (unchanged.new, unchanged.duplicate) == (0, 1)
