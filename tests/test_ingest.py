"""Ingest into a real SQLite store: once per article, copies linked, bad input reported, kill-safe."""

from __future__ import annotations

import io
import json
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from sitrep.ingest import ingest
from sitrep.store.sqlite import Store
from tests.conftest import EXAMPLES, ROOT, SEEDS


def test_reingest_is_idempotent(tmp_path: Path) -> None:
    renamed = tmp_path / "same-text-other-name.txt"
    renamed.write_text(SEEDS[1].read_text())
    with Store(tmp_path / "s.db") as store:
        first = ingest([str(p) for p in SEEDS], store, progress=False)
        second = ingest([str(p) for p in SEEDS] + [str(renamed)], store, progress=False)
        assert (first.new, first.duplicate) == (2, 0)
        assert (second.read, second.new, second.duplicate) == (3, 0, 3)
        assert store.counts()["articles"] == 2


def test_files_of_other_kinds_are_noted_and_fail_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(SEEDS[1].read_text())
    (folder / "slides.pptx").write_bytes(b"PK slides on the Gyumri convoy")
    errors = io.StringIO()
    with Store(tmp_path / "s.db") as store:
        summary = ingest([str(folder)], store, errors=errors, progress=False)
    assert (summary.new, summary.failed, summary.unread) == (1, 0, 1)
    assert errors.getvalue().startswith(f"note: {folder}: 1 file not read (1 .pptx; sitrep reads ")
    assert summary.line().endswith("failed 0, not read 1 (files of other kinds)")


def test_near_copy_is_linked_to_its_original(tmp_path: Path) -> None:
    original = SEEDS[0].read_text()
    copy = tmp_path / "wire-copy.txt"
    copy.write_text(original.replace("With reporting by AFP and Reuters", "Compiled by our correspondents"))
    other = tmp_path / "other.txt"
    other.write_text(SEEDS[1].read_text())
    with Store(tmp_path / "s.db") as store:
        ingest([str(SEEDS[0])], store, progress=False)
        summary = ingest([str(copy), str(other)], store, progress=False)
        assert (summary.new, summary.duplicate) == (1, 1)
        [listed_original] = [a for a in store.articles() if a["doc_id"] == SEEDS[0].stem]
        assert listed_original["copies"] == 1
        [linked] = [a for a in store.articles(include_copies=True) if a["duplicate_of"]]
        assert linked["duplicate_of"] == listed_original["id"]
        assert store.document(linked["id"]).entities == []  # a copy adds a source, not facts


def test_bad_file_is_reported_and_the_rest_stored(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(SEEDS[1].read_text())
    (folder / "bad.json").write_text("{not json")
    errors = io.StringIO()
    with Store(tmp_path / "s.db") as store:
        summary = ingest([str(folder)], store, errors=errors, progress=False)
        assert (summary.read, summary.new, summary.failed) == (1, 1, 1)
        assert errors.getvalue().strip() == f"error: {folder / 'bad.json'}: broken JSON at line 1 (Expecting property name enclosed in double quotes)"
    result = subprocess.run([sys.executable, "-m", "sitrep.cli", "ingest", str(folder), "--db", str(tmp_path / "t.db")],
                            capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "bad.json: broken JSON" in result.stderr and "read 1, new 1, duplicate 0, failed 1" in result.stderr


def test_a_ragged_csv_row_is_one_error_and_the_files_around_it_are_stored(tmp_path: Path) -> None:
    """A row with more fields than the header once escaped as a traceback and cost the good
    file read before it (still in the pending batch) and the one after it."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a_good.txt").write_text(SEEDS[0].read_text())
    (folder / "b_ragged.csv").write_text('title,text\n"c","Piet Moro in Gavar on Monday.","extra"\n')
    (folder / "c_good.txt").write_text(SEEDS[1].read_text())
    errors = io.StringIO()
    with Store(tmp_path / "s.db") as store:
        summary = ingest([str(folder)], store, errors=errors, progress=False)
        assert (summary.read, summary.new, summary.failed) == (2, 2, 1)
    assert errors.getvalue().strip() == f"error: {folder / 'b_ragged.csv'} row 2: 3 fields, header has 2"


def test_an_unforeseen_reader_failure_ends_only_its_input() -> None:
    """Whatever a reader raises for one input is one line naming it; the stream goes on."""
    from sitrep.facts import Article
    from sitrep.sources import ReadError, guarded

    def entries():
        yield Article(id="first", text="Read before the failure.")
        raise AttributeError("'NoneType' object has no attribute 'strip'")

    first, error = list(guarded("in/b.csv", entries()))
    assert first.id == "first" and isinstance(error, ReadError)
    assert str(error) == "in/b.csv: unreadable (AttributeError: 'NoneType' object has no attribute 'strip')"


def test_killed_run_leaves_no_half_article_and_rerun_completes(tmp_path: Path) -> None:
    db = tmp_path / "k.db"
    sample = str(EXAMPLES / "open-ukraine-2022.jsonl")
    command = [sys.executable, "-m", "sitrep.cli", "ingest", sample, "--db", str(db)]
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 240
    while time.time() < deadline and _count(db, "SELECT COUNT(*) FROM articles") < 70:
        time.sleep(0.2)
    process.send_signal(signal.SIGKILL)
    process.wait()
    stored = _count(db, "SELECT COUNT(*) FROM articles")
    assert 0 < stored < 251, "the kill must land mid-run for this test to mean anything"
    assert _count(db, "SELECT COUNT(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM facts f WHERE f.article_id = a.id)") == 0
    subprocess.run(command, cwd=ROOT, check=True, capture_output=True, timeout=600)
    assert _count(db, "SELECT COUNT(*) FROM articles") == 251
    assert _count(db, "SELECT COUNT(DISTINCT text_hash) FROM articles") == 251


def _count(db: Path, sql: str) -> int:
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(db, timeout=5) as connection:
            return connection.execute(sql).fetchone()[0]
    except sqlite3.OperationalError:  # schema not created yet
        return 0


def test_parallel_workers_store_the_same_facts(tmp_path: Path) -> None:
    documents = {}
    for workers in (1, 2):
        with Store(tmp_path / f"w{workers}.db") as store:
            ingest([str(p) for p in SEEDS] + [str(EXAMPLES / "open-ukraine-2022.jsonl")], store, workers=workers, progress=False)
            documents[workers] = [store.document(a["id"]).to_json() for a in store.articles(limit=1000)]
    assert len(documents[1]) == 253 and documents[1][0]["places"]
    assert documents[1] == documents[2]


def test_an_article_that_breaks_a_component_is_reported_alone() -> None:
    """A component bug on one text costs that article only, named in the error."""
    from spacy.language import Language

    from sitrep.facts import Article
    from sitrep.nlp.extract import extract
    from sitrep.nlp.pipeline import build
    from sitrep.sources.errors import ReadError

    @Language.component("test_fails_on_poison")
    def fails_on_poison(doc):
        if "poison" in doc.text:
            raise RecursionError("component loops")
        return doc

    nlp = build()
    nlp.add_pipe("test_fails_on_poison")
    articles = [Article(id=str(i), text=text, origin=f"input-{i}") for i, text in
                enumerate(["Talks resumed in Kyiv on Monday.", "A poison text.", "Shelling hit Kharkiv on Tuesday."])]
    results = list(extract(articles, nlp=nlp))
    assert [type(r).__name__ for r in results] == ["Document", "ReadError", "Document"]
    assert isinstance(results[1], ReadError)
    assert str(results[1]) == "input-1: extraction failed (RecursionError: component loops)"
    assert results[2].places[0].name == "Kharkiv"


def test_a_db_that_is_no_sitrep_database_is_one_line_and_exit_2(tmp_path: Path) -> None:
    """Random bytes, another application's SQLite file or a folder as --db: one line naming it
    (brief and ingest once raised a traceback; serve started and answered 500s), and the
    other application's file is left as it was."""
    junk = tmp_path / "junk.db"
    junk.write_bytes(bytes(range(256)) * 16)
    foreign = tmp_path / "other.db"
    with sqlite3.connect(foreign) as db:
        db.execute("CREATE TABLE articles (x)")
    db_text = foreign.read_bytes()
    for db, problem in ((junk, "file is not a database"), (foreign, "it holds other tables: articles"),
                        (tmp_path, "unable to open database file")):
        for command in (["brief"], ["ingest", str(SEEDS[0])], ["serve", "--port", "1"]):
            result = subprocess.run([sys.executable, "-m", "sitrep.cli", *command, "--db", str(db)],
                                    capture_output=True, text=True, cwd=ROOT, timeout=300)
            assert (result.returncode, result.stderr) == (2, f"error: {db}: not a sitrep database ({problem})\n"), command
    assert foreign.read_bytes() == db_text


def test_an_edited_file_ingested_again_replaces_its_old_version(tmp_path: Path) -> None:
    """`sitrep ingest` of a text file edited since it was read stored the story twice (watch
    alone replaced it); a JSON Lines file of many articles keeps them all."""
    story = tmp_path / "report.txt"
    story.write_text("Georgian forces shelled Gyumri on Monday, the Armenian defence ministry said.\n")
    command = [sys.executable, "-m", "sitrep.cli", "ingest", str(story), "--db", str(tmp_path / "e.db")]
    subprocess.run(command, check=True, capture_output=True, timeout=600)
    story.write_text("Armenian troops entered Batumi on Tuesday after heavy fighting, Ana Lind said.\n"
                     "Georgia said 40 civilians had been killed in Batumi.\n")
    result = subprocess.run(command, check=True, capture_output=True, text=True, timeout=600)
    assert "replacing an earlier version" in result.stderr
    with Store(tmp_path / "e.db") as store:
        [article] = store.articles()
        assert "Batumi" in store.article(article["id"])["text"]
        assert store.counts()["articles"] == 1


def test_a_feed_items_date_is_the_outlets_own_day_in_any_form(tmp_path: Path) -> None:
    bodies = ["Piet Moro met Ana Lind in Batumi to discuss the grain corridor. " * 20,
              "Ana Lind flew to Gyumri where the harbour repairs were said to be late. " * 20]
    items = "".join(
        f"<item><title>Talks {n}</title><guid isPermaLink='false'>talks-{n}</guid><pubDate>{date}</pubDate>"
        f"<description>{body}</description></item>"
        for n, (date, body) in enumerate(zip(["Sat, 14 Mar 2026 00:30:00 +0200", "03/17/2026"], bodies), start=1)
    )
    feed = tmp_path / "talks.rss"
    feed.write_text(f"<?xml version='1.0'?><rss version='2.0'><channel><title>Batumi Post</title>{items}</channel></rss>")
    with Store(tmp_path / "s.db") as store:
        ingest([str(feed)], store, progress=False)
        dates = {a["title"]: a["published"] for a in store.articles(include_copies=True)}
    assert dates == {"Talks 1": "2026-03-14T00:30", "Talks 2": "2026-03-17"}


def test_a_near_copy_keeps_its_date_in_the_stores_form(tmp_path: Path) -> None:
    body = " ".join(f"Piet Moro met Ana Lind in Batumi for round {n} of the talks on the harbour." for n in range(40))
    records = tmp_path / "wire.jsonl"
    records.write_text("\n".join(json.dumps(r) for r in [
        {"id": "first", "date": "2026-06-22", "text": body + "Reporting by Gyumri Wire."},
        {"id": "copy", "date": "June 23, 2026", "text": body + "Compiled by the Batumi desk."},
    ]))
    with Store(tmp_path / "s.db") as store:
        summary = ingest([str(records)], store, progress=False)
        dates = {a["doc_id"]: a["published"] for a in store.articles(include_copies=True)}
    assert (summary.new, summary.duplicate) == (1, 1)
    assert dates == {"first": "2026-06-22", "copy": "2026-06-23"}


def test_a_count_of_a_day_of_unknown_year_is_stored_and_fused(tmp_path: Path) -> None:
    undated = tmp_path / "undated.txt"  # no date anywhere: its "May 5" has no year (XXXX-05-05)
    undated.write_text("Evacuation from Gyumri\n\nOn May 5, the regional governor Piet Moro said 300 civilians "
                       "were evacuated from Gyumri. Ana Lind said 40 civilians were killed in Batumi on May 5.\n")
    result = subprocess.run([sys.executable, "-m", "sitrep.cli", "ingest", str(undated), "--db", str(tmp_path / "s.db")],
                            capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert "Traceback" not in result.stderr and result.returncode == 0
    assert "fused 1 articles" in result.stderr


FOREIGN = {  # invented reports of one meeting, in three languages the English pipeline cannot read
    "fr.txt": "Le ministre des affaires étrangères de Norland, Piet Moro, a rencontré lundi à Gyumri son homologue "
              "arménien pour discuter de la sécurité régionale et de l'aide humanitaire. Selon le gouvernement, plus "
              "de deux mille familles ont quitté la région depuis le début des combats.",
    "de.txt": "Der Außenminister von Norland, Piet Moro, traf sich am Montag in Gyumri mit seinem armenischen "
              "Amtskollegen, um über regionale Sicherheit und humanitäre Hilfe zu sprechen. Nach Angaben der "
              "Regierung haben mehr als zweitausend Familien die Region seit Beginn der Kämpfe verlassen.",
    "ru.txt": "Министр иностранных дел Норланда Пит Моро в понедельник встретился в Гюмри со своим армянским "
              "коллегой, чтобы обсудить региональную безопасность и гуманитарную помощь. По данным правительства, "
              "более двух тысяч семей покинули регион с начала боёв.",
}


def test_an_article_in_another_language_is_refused_by_name_and_the_english_one_stored(tmp_path: Path) -> None:
    """The English model read a Russian or French report all the same and stored nonsense as
    facts ("Министр" an organisation). Each is refused as one line saying why; the English
    report beside them, with a short foreign quote in it, is stored."""
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in FOREIGN.items():
        (folder / name).write_text(text)
    (folder / "en.txt").write_text(
        "Norland's foreign minister, Piet Moro, met his Armenian counterpart in Gyumri on Monday to discuss regional "
        "security and aid. More than 2,000 families have left the region since the fighting began, the government said. "
        "“Мы просим о поддержке,” a local official told reporters after the talks in the town hall.")
    errors = io.StringIO()
    with Store(tmp_path / "s.db") as store:
        summary = ingest([str(folder)], store, errors=errors, progress=False)
        assert (summary.read, summary.new, summary.failed) == (4, 1, 3), errors.getvalue()
        (stored,) = store.articles()
        assert store.article(stored["id"])["text"].startswith("Norland's foreign minister")
    lines = sorted(errors.getvalue().strip().splitlines())
    assert lines == [
        f"error: {folder / 'de.txt'}: not English (Latin letters, but few English words); sitrep reads English articles only",
        f"error: {folder / 'fr.txt'}: not English (Latin letters, but few English words); sitrep reads English articles only",
        f"error: {folder / 'ru.txt'}: not English (mostly Cyrillic letters); sitrep reads English articles only",
    ]


def test_a_page_that_now_serves_another_stored_text_keeps_its_version(tmp_path: Path) -> None:
    """A page read again at its address whose text another address's article already holds (a
    live page now showing a story stored apart, two addresses serving one text) is that text's
    duplicate: storing it again as the page's new version stopped the run on the unique text key."""
    ferry = "Ana Lind said the ferry from Batumi carried 300 passengers to Gyumri on Tuesday evening."
    talks = "Piet Moro met Jon Vale in Vanadzor on Wednesday to talk about the new border crossing."
    first, again = tmp_path / "first.jsonl", tmp_path / "again.jsonl"
    first.write_text("".join(json.dumps({"id": i, "url": f"https://news.test/{i}", "text": t}) + "\n"
                             for i, t in (("live", ferry), ("talks", talks))))
    again.write_text(json.dumps({"id": "live", "url": "https://news.test/live", "text": talks}) + "\n")
    with Store(tmp_path / "s.db") as store:
        ingest([str(first)], store, progress=False)
        summary = ingest([str(again)], store, progress=False, errors=io.StringIO())
        assert (summary.new, summary.duplicate, summary.failed) == (0, 1, 0)
        texts = {row["url"]: store.article(row["id"])["text"] for row in store.articles()}
    assert texts == {"https://news.test/live": ferry, "https://news.test/talks": talks}


def test_a_page_s_new_version_keeps_its_article_id(tmp_path: Path) -> None:
    """A live page changes at every poll; each new version took a new id, so a briefing's link
    to it (/articles/1) led nowhere after the next poll. The new version keeps the id, search
    finds its new words, and it is fused again."""
    from sitrep.fuse import fuse

    def publish(name: str, text: str) -> str:
        (tmp_path / name).write_text(json.dumps({"id": "live", "url": "https://news.test/live", "text": text}) + "\n")
        return str(tmp_path / name)

    with Store(tmp_path / "s.db") as store:
        ingest([publish("v1.jsonl", "Ana Lind said 40 families were evacuated from Gyumri on Monday.")], store, progress=False)
        fuse(store)
        [first] = store.articles()
        grown = "Ana Lind said 40 families were evacuated from Gyumri on Monday. Jon Vale said the ferry to Batumi sailed on Tuesday."
        summary = ingest([publish("v2.jsonl", grown)], store, progress=False)
        assert (summary.new, summary.replaced) == (1, 1)
        [second] = store.articles()
        assert second["id"] == first["id"] and store.article(first["id"])["text"] == grown
        assert [a["id"] for a in store.articles(words="ferry")] == [first["id"]]
        assert fuse(store).articles == 1, "the new version is fused again"
