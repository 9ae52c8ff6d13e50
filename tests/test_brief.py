"""The briefing built from the seeds: sections, sourced statements, the map, every format."""

from __future__ import annotations

import json
import subprocess
import sys

from sitrep.brief import build_briefing, render
from sitrep.store.sqlite import Store
from tests.conftest import ROOT


def test_sections_statements_and_sources(seeded_db) -> None:
    with Store(seeded_db) as store:
        briefing = build_briefing(store)
        texts = {a["id"]: store.article(a["id"])["text"] for a in store.articles()}
    assert [s.title for s in briefing.sections] == ["Latest developments", "Diplomacy", "Military aid", "Civilians and refugees"]
    for section in briefing.sections:
        for statement in section.statements:
            [source] = statement.sources
            assert texts[source.article_id][source.start:source.end] == statement.text
    diplomacy = " ".join(s.text for s in briefing.sections[1].statements)
    assert "Brussels" in diplomacy and "March 24" in diplomacy
    refugees = " ".join(s.text for s in briefing.sections[3].statements)
    assert "450,000" in refugees and "1.8 million" in refugees


def test_map_points_carry_places_and_their_articles(seeded_db) -> None:
    with Store(seeded_db) as store:
        briefing = build_briefing(store)
    points = {p.name: p for p in briefing.places}
    for name in ("Brussels", "Poland", "Moldova", "Chisinau", "Lithuania", "Latvia", "Estonia"):
        assert points[name].sources, name
    assert len(points["Brussels"].sources) == 2  # both seeds send someone to Brussels
    assert points["Ukraine"].count > points["Chisinau"].count


def test_period_filter(seeded_db) -> None:
    with Store(seeded_db) as store:
        assert build_briefing(store, since="2022-03-16").articles == 1
        assert build_briefing(store, until="2022-03-01").articles == 0


def test_markdown_and_json_from_the_command(seeded_db) -> None:
    markdown = subprocess.run([sys.executable, "-m", "sitrep.cli", "brief", "--db", str(seeded_db)],
                              capture_output=True, text=True, cwd=ROOT, check=True).stdout
    for heading in ("## Latest developments", "## Diplomacy", "## Military aid", "## Civilians and refugees", "## Map"):
        assert heading in markdown
    assert "data:image/svg+xml;base64," in markdown
    assert "](/articles/" in markdown and "#span-" in markdown
    data = json.loads(subprocess.run([sys.executable, "-m", "sitrep.cli", "brief", "--db", str(seeded_db), "--format", "json"],
                                     capture_output=True, text=True, cwd=ROOT, check=True).stdout)
    assert data["sections"][0]["statements"][0]["sources"][0]["link"].startswith("/articles/")
    assert {"Brussels", "Chisinau"} <= {p["name"] for p in data["places"]}


def test_missing_database_is_one_clear_line(tmp_path) -> None:
    result = subprocess.run([sys.executable, "-m", "sitrep.cli", "brief", "--db", str(tmp_path / "none.db")],
                            capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 1 and result.stderr.strip() == f"{tmp_path / 'none.db'}: no such database; run `sitrep ingest` first"


def test_render_html_is_standalone(seeded_db) -> None:
    with Store(seeded_db) as store:
        html = render(build_briefing(store), "html")
    assert "<svg" in html and 'id="diplomacy"' in html and "<style" in html


def test_a_sentence_with_several_events_is_one_line(tmp_path) -> None:
    from sitrep.fuse import fuse
    from sitrep.ingest import ingest

    path = tmp_path / "two.txt"
    path.write_text(" date 2022-04-02 The ministers condemned the shelling of the port and imposed sanctions on the "
                    "commanders responsible, officials said on Saturday.")
    with Store(tmp_path / "b.db") as store:
        ingest([str(path)], store, progress=False)
        fuse(store)
        assert store.db.execute("SELECT COUNT(*) FROM developments").fetchone()[0] >= 2
        latest = build_briefing(store).sections[0].statements
    spans = [(s.sources[0].article_id, s.sources[0].start) for s in latest]
    assert len(spans) == len(set(spans))


def test_latest_leaves_out_background_and_shows_newest_first(tmp_path) -> None:
    """A shelling recalled from weeks before is a development but not a latest one; the
    rest read newest first, whatever order the articles came in."""
    from sitrep.fuse import fuse
    from sitrep.ingest import ingest

    texts = {
        "late.txt": " date 2022-05-27 Russian forces captured the town of Izium on Thursday, officials said. "
                    "On April 2, Russian warships shelled the harbour of Berdyansk, the mayor recalled.",
        "early.txt": " date 2022-05-10 Artillery shelled the port of Odesa on Monday, killing two people.",
    }
    for name, text in texts.items():
        (tmp_path / name).write_text(text)
    with Store(tmp_path / "l.db") as store:
        ingest([str(tmp_path / name) for name in texts], store, progress=False)
        fuse(store)
        dates = {row["date"] for row in store.db.execute("SELECT date FROM developments")}
        latest = build_briefing(store).sections[0].statements
    assert {"2022-05-26", "2022-05-09", "2022-04-02"} <= dates
    assert [s.date for s in latest if s.kind == "development"] == ["2022-05-26", "2022-05-09"]


def test_a_development_cites_a_sentence_once(tmp_path) -> None:
    """Two events of one sentence fused into one development are one citation, not two."""
    from sitrep.brief.developments import developments
    from sitrep.fuse import fuse
    from sitrep.ingest import ingest

    path = tmp_path / "one.txt"
    path.write_text(" date 2022-04-02 The ministers condemned the shelling of the port and imposed sanctions on the "
                    "commanders responsible, officials said on Saturday.")
    with Store(tmp_path / "c.db") as store:
        ingest([str(path)], store, progress=False)
        fuse(store)
        links = store.db.execute("SELECT development_id, fact_id, article_id FROM development_sources").fetchall()
        assert len(links) >= 2
        first = links[0]["development_id"]
        for link in links[1:]:  # as if fusion had judged every event of the sentence one happening
            store.db.execute("INSERT OR IGNORE INTO development_sources VALUES (?, ?, ?)",
                             (first, link["fact_id"], link["article_id"]))
        (statement,) = [s for s in developments(store, None, None) if s.id == first]
    assert len(statement.sources) == 1
