"""Shared fixtures: the real pipeline, a real SQLite store with the seeds ingested."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EXAMPLES = ROOT / "examples"
SEEDS = sorted((EXAMPLES / "seeds").glob("*.txt"))
SEED_GOLD = SHARED / "seeds" / "gold"
DATA = SHARED / "data"


def need(path: Path) -> Path:
    """Skip, saying what is missing, where the shared data is not on this machine."""
    if not path.exists():
        pytest.skip(f"{path} is absent: this test reads ../shared (see DEVELOPERS.md)")
    return path


@pytest.fixture(scope="session")
def nlp():
    from sitrep.nlp.pipeline import shared

    return shared()


@pytest.fixture(scope="session")
def seeded_db(tmp_path_factory) -> Path:
    """A database with both seed articles ingested through the real ingest path."""
    from sitrep.ingest import ingest
    from sitrep.store.sqlite import Store

    path = tmp_path_factory.mktemp("seeded") / "sitrep.db"
    with Store(path) as store:
        summary = ingest([str(p) for p in SEEDS], store, progress=False)
    assert summary.new == len(SEEDS) == 2
    return path
