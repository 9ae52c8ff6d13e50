"""`sitrep extract` as scorers see it: the real command, JSON Lines checked against the schema."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from tests.conftest import ROOT, SEEDS, SHARED, need

SITREP = [sys.executable, "-m", "sitrep.cli"]


def run_extract(*args: str, stdin: str | None = None) -> tuple[int, list[dict], str]:
    result = subprocess.run(SITREP + ["extract", *args], input=stdin, capture_output=True, text=True, cwd=ROOT, timeout=600)
    return result.returncode, [json.loads(line) for line in result.stdout.splitlines()], result.stderr


@pytest.fixture(scope="module")
def schema() -> dict:
    return json.loads(need(SHARED / "contract" / "extract-v1.schema.json").read_text())


@pytest.fixture(scope="module")
def seed_docs() -> list[dict]:
    code, docs, stderr = run_extract(*map(str, SEEDS))
    assert code == 0, stderr
    return docs


def spans_of(doc: dict):
    for kind in ("times", "places", "quotes", "figures", "events"):
        for fact in doc[kind]:
            yield fact["start"], fact["end"], fact["text"]
    for entity in doc["entities"]:
        for start, end in entity["mentions"]:
            yield start, end, None


def test_every_line_validates_and_offsets_index_text(seed_docs: list[dict], schema: dict) -> None:
    assert [d["id"] for d in seed_docs] == [p.stem for p in SEEDS]
    for doc in seed_docs:
        jsonschema.validate(doc, schema)
        assert doc["text"] == (ROOT / "examples" / "seeds" / f"{doc['id']}.txt").read_text()
        for start, end, text in spans_of(doc):
            assert 0 <= start < end <= len(doc["text"])
            if text is not None:
                assert doc["text"][start:end] == text


def test_seed_facts(seed_docs: list[dict]) -> None:
    trip, summit = seed_docs
    blinken = [e for e in trip["entities"] if e["type"] == "person" and "Blinken" in e["name"]]
    assert len(blinken) == 1, "both spellings of the Secretary of State are one entity"
    assert blinken[0]["name"] == "Antony Blinken"
    assert "U.S. Secretary of State" in blinken[0]["titles"]
    spelled = {trip["text"][s:e] for s, e in blinken[0]["mentions"]}
    assert {"Anthony Blinken", "Antony Blinken", "Blinken"} <= spelled
    places = {p["name"]: p for p in trip["places"]}
    for name, country in [("Brussels", "BE"), ("Poland", "PL"), ("Moldova", "MD"), ("Chisinau", "MD"),
                          ("Lithuania", "LT"), ("Latvia", "LV"), ("Estonia", "EE")]:
        assert places[name]["country"] == country and places[name]["lat"] is not None
    assert abs(places["Chisinau"]["lat"] - 47.0) < 0.2 and abs(places["Brussels"]["lon"] - 4.35) < 0.2
    times = {t["text"]: t["value"] for t in trip["times"]}
    assert times["March 3"].endswith("-03-03")
    assert {t["text"]: t["value"] for t in summit["times"]}["March 24"] == "2022-03-24"
    assert summit["published"] == {"value": "2022-03-16", "source": "metadata", "evidence": summit["published"]["evidence"]}


def test_undated_article_alone_keeps_unknown_year(schema: dict) -> None:
    code, [doc], _ = run_extract(str(SEEDS[0]))
    assert doc["published"]["value"] == "XXXX-03-02"
    assert doc["published"]["source"] in ("text", "inferred") and doc["published"]["evidence"]


def test_jsonl_stdin_published_flag_and_errors(tmp_path: Path, schema: dict) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(
        json.dumps({"id": "a", "text": "Officials said on Tuesday that talks in Warsaw would resume next week."}) + "\n"
        + "{broken\n"
        + json.dumps({"id": "c", "text": "Shelling hit Kharkiv yesterday.", "published": "2022-03-02"}) + "\n"
    )
    code, docs, stderr = run_extract("--jsonl", str(source), "--published", "2022-03-16")
    assert code == 1
    assert [d["id"] for d in docs] == ["a", f"{source} line 2", "c"]
    assert "broken JSON" in docs[1]["error"]
    assert f"{source} line 2: broken JSON" in stderr  # told on stderr too, not only in the output
    for doc in (docs[0], docs[2]):
        jsonschema.validate(doc, schema)
    assert docs[0]["published"]["value"] == "2022-03-16"
    assert {t["text"]: t["value"] for t in docs[0]["times"]}["next week"] == "2022-W12"
    assert {t["text"]: t["value"] for t in docs[2]["times"]}["yesterday"] == "2022-03-01"
    assert docs[2]["places"][0]["country"] == "UA"
    code, [plain], _ = run_extract("-", "--published", "2022-03-16", stdin="Talks were held in Kyiv on Monday.")
    assert code == 0 and plain["id"] == "stdin" and plain["text"] == "Talks were held in Kyiv on Monday."


def test_eval_with_no_paths_reads_its_default_data_and_a_missing_path_is_one_line() -> None:
    """`sitrep eval gold` scores the seeds' gold with no argument (the help says so); a path
    that is not there is named on stderr, exit code 1, no traceback."""
    need(SHARED / "seeds" / "gold")
    result = subprocess.run(SITREP + ["eval", "gold"], capture_output=True, text=True, cwd=ROOT, timeout=600)
    assert result.returncode == 0 and "quotes" in result.stdout and "Traceback" not in result.stderr, result.stderr
    result = subprocess.run(SITREP + ["eval", "places", "no-such-corpus"], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert result.returncode == 1 and "no-such-corpus: no such file or folder" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize(
    "args, message",
    [
        (["brief", "--since", "last week"], "'last week' is not a date"),
        (["brief", "--until", "2022-02-30"], "'2022-02-30' is not a date"),
        (["serve", "--port", "99999"], "'99999' is not a port"),
        (["extract", "--published", "2022-03", "-"], "'2022-03' is not a day"),
    ],
)
def test_a_bad_option_value_is_named_not_a_traceback(args: list[str], message: str) -> None:
    result = subprocess.run(SITREP + args, input="", capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert result.returncode == 2 and message in result.stderr and "Traceback" not in result.stderr, result.stderr


def test_a_period_that_ends_before_it_starts_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "empty.db"
    assert subprocess.run(SITREP + ["ingest", "--db", str(db), "-"], input="", capture_output=True, text=True, cwd=ROOT).returncode in (0, 1)
    result = subprocess.run(SITREP + ["brief", "--db", str(db), "--since", "2022-05-01", "--until", "2022-04"],
                            capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert result.returncode == 1 and "--since 2022-05-01 is after --until 2022-04" in result.stderr


def test_an_article_longer_than_the_model_reads_is_one_plain_error(nlp) -> None:
    """Past spaCy's max_length the error was spaCy's own paragraph about GPU memory; the
    articles beside it in the batch are still extracted."""
    from sitrep.facts import Article
    from sitrep.nlp.extract import extract
    from sitrep.sources import ReadError

    long = Article(id="long", text="word " * (nlp.max_length // 5 + 1), origin="big.txt")
    short = Article(id="short", text="Piet Moro arrived in Gavar on Monday.")
    error, document = list(extract([long, short], nlp=nlp))
    assert isinstance(error, ReadError)
    assert str(error) == f"big.txt: article too long ({len(long.text):,} characters; limit {nlp.max_length:,})"
    assert document.id == "short"


def test_a_run_on_text_is_cut_into_sentences_of_bounded_length(nlp) -> None:
    """Every fact is read against its whole sentence: a page of one endless sentence (a table
    dump, text with no full stops) made extraction take minutes, and hours for 100 KB."""
    doc = nlp("Piet Moro said 5 people were killed in Gavar on Sunday and " * 100 + "the rest fled.")
    assert len(doc) > 1000
    assert max(len(sentence) for sentence in doc.sents) <= 500  # twice paragraphs.MAX_RUN


def test_version() -> None:
    result = subprocess.run([sys.executable, "-m", "sitrep.cli", "--version"], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert result.returncode == 0 and result.stdout.startswith("sitrep ")
