"""`make bench`: ingest+extract throughput on the real news corpora, against bare spaCy NER; article search on a synthetic store.

Each phase runs in a fresh process so its peak memory (ru_maxrss) is its own. The ratio to
bare ``nlp.pipe`` NER over the same texts says what sitrep's components cost on top of the
model; the per-component shares say where that time goes. Figures go to
docs/performance.md by hand, with this command beside them.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path

DATA = Path(__file__).resolve().parents[3].parent / "shared" / "data"
CORPORA = ("ukraine-news-gdelt-5country", "ukraine-news-guardian-nato-2022", "ukraine-news-nyt-guardian-2022")


def corpus_paths(data: Path) -> list[str]:
    return [str(data / name) for name in CORPORA if (data / name).exists()]


def _texts(paths: list[str]) -> list[str]:
    from sitrep.sources import read_inputs

    return [a.text for a in read_inputs(paths) if hasattr(a, "text")]


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bare_ner(paths: list[str]) -> dict:
    """spaCy's model alone, NER and what it needs, over the same texts."""
    import spacy

    from sitrep.nlp.pipeline import MODEL

    texts = _texts(paths)
    nlp = spacy.load(MODEL, exclude=["lemmatizer"])
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=16):
        pass
    return {"articles": len(texts), "seconds": time.perf_counter() - start, "peak_mb": _peak_mb()}


def sitrep_ingest(paths: list[str], workers: int) -> dict:
    """The real ingest path (read, dedupe, extract, store) into a fresh SQLite file."""
    import io

    from sitrep.fuse import fuse
    from sitrep.ingest import ingest
    from sitrep.nlp.pipeline import shared
    from sitrep.store.sqlite import Store

    shared()  # model load is reported apart from throughput
    with tempfile.TemporaryDirectory() as folder, Store(Path(folder) / "bench.db") as store:
        start = time.perf_counter()
        summary = ingest(paths, store, workers=workers, errors=io.StringIO(), progress=False)
        elapsed = time.perf_counter() - start
        start = time.perf_counter()
        fused = fuse(store)
        fuse_seconds = time.perf_counter() - start
        picture = fused_picture(store)
    return {"articles": summary.new, "read": summary.read, "duplicates": summary.duplicate,
            "failed": summary.failed, "seconds": elapsed, "peak_mb": _peak_mb(),
            "fuse_seconds": fuse_seconds, "events": fused.events, **picture}


def fused_picture(store) -> dict:
    """What the corpus fuses into: developments, sources per development, figure series."""
    def one(sql: str):
        return store.db.execute(sql).fetchone()[0]

    return {
        "developments": one("SELECT COUNT(*) FROM developments"),
        "sources_per_development": one("SELECT AVG(sources) FROM developments") or 0.0,
        "multi_source_developments": one("SELECT COUNT(*) FROM developments WHERE sources > 1"),
        "figure_series": one("SELECT COUNT(*) FROM figure_series"),
        "series_with_several_points": one(
            "SELECT COUNT(*) FROM (SELECT series_id FROM figure_points GROUP BY series_id HAVING COUNT(*) > 1)"),
    }


def component_shares(paths: list[str]) -> dict:
    """Seconds per pipeline component, each run over all docs in turn."""
    from sitrep.nlp.pipeline import shared

    nlp = shared()
    docs = [nlp.make_doc(t) for t in _texts(paths)]
    shares = {}
    for name, component in nlp.pipeline:
        start = time.perf_counter()
        docs = list(component.pipe(docs)) if hasattr(component, "pipe") else [component(d) for d in docs]
        shares[name] = time.perf_counter() - start
    return shares


SEARCH_VOCABULARY = (
    "the talks fund until aid minister army border shelling envoy visit refugees sanctions union under unit "
    "council convoy grain port drone missile said week ceasefire monday friday prices rose troops"
).split()
SEARCHED_WORDS = ("zzzz", "UN", "border", "sanction*", "talks aid")


def article_search(count: int = 20_000) -> dict:
    """Seconds for a search's count and first page of 50 on ``count`` synthetic 800-word
    articles: a word nowhere, "UN" (in every 50th article, and inside "until" and "fund" in
    all), a word in every article, a prefix, two words. Synthetic, so it runs without the data."""
    import random

    from sitrep.facts import Article
    from sitrep.store.sqlite import Store

    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as folder, Store(Path(folder) / "search.db") as store:
        for number in range(count):
            words = [rng.choice(SEARCH_VOCABULARY) for _ in range(800)]
            if number % 50 == 0:
                words[rng.randrange(800)] = "UN"
            store.add(Article(f"a{number}", " ".join(words), title=f"Report {number}", published="2022-03-01"), None)
        seconds = {}
        for words in SEARCHED_WORDS:
            start = time.perf_counter()
            store.count_articles(words=words), store.articles(words=words, limit=50)
            seconds[words] = time.perf_counter() - start
        size_mb = (Path(folder) / "search.db").stat().st_size / 1e6
    return {"articles": count, "seconds": seconds, "store_mb": size_mb}


def load_time() -> dict:
    from sitrep.nlp.pipeline import build

    start = time.perf_counter()
    build()
    return {"seconds": time.perf_counter() - start, "peak_mb": _peak_mb()}


def _in_fresh_process(function, *args):
    with ProcessPoolExecutor(max_workers=1, mp_context=get_context("spawn")) as pool:
        return pool.submit(function, *args).result()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="sitrep-bench", description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    args = parser.parse_args(argv)
    search = _in_fresh_process(article_search)
    print(f"article search on {search['articles']} synthetic articles ({search['store_mb']:.0f} MB store), count + "
          "first page: " + ", ".join(f"{w!r} {s:.2f} s" for w, s in search["seconds"].items()), flush=True)
    paths = corpus_paths(args.data)
    if not paths:
        print(f"bench: no corpora under {args.data} ({', '.join(CORPORA)}); nothing measured", file=sys.stderr)
        return 0
    print(f"corpora: {', '.join(Path(p).name for p in paths)}", flush=True)
    results = {"article_search": search, "pipeline_load": _in_fresh_process(load_time)}
    load = results["pipeline_load"]
    print(f"pipeline load: {load['seconds']:.1f} s, {load['peak_mb']:.0f} MB", flush=True)
    bare = results["bare_spacy_ner"] = _in_fresh_process(bare_ner, paths)
    print(f"bare spaCy NER: {bare['articles'] / bare['seconds']:.1f} articles/s ({bare['articles']} in "
          f"{bare['seconds']:.1f} s), peak {bare['peak_mb']:.0f} MB", flush=True)
    ours = results["sitrep_ingest"] = _in_fresh_process(sitrep_ingest, paths, args.workers)
    print(f"sitrep ingest+extract (workers={args.workers}): {ours['articles'] / ours['seconds']:.1f} articles/s "
          f"({ours['articles']} new of {ours['read']} read, {ours['failed']} failed, in {ours['seconds']:.1f} s), "
          f"peak {ours['peak_mb']:.0f} MB", flush=True)
    print(f"ratio sitrep / bare NER throughput: {(ours['articles'] / ours['seconds']) / (bare['articles'] / bare['seconds']):.2f}")
    print(f"fusion: {ours['events']} events -> {ours['developments']} developments "
          f"({ours['sources_per_development']:.2f} sources each on average, {ours['multi_source_developments']} with several), "
          f"{ours['figure_series']} figure series ({ours['series_with_several_points']} with several points), "
          f"fused in {ours['fuse_seconds']:.1f} s", flush=True)
    shares = results["component_seconds"] = _in_fresh_process(component_shares, paths)
    total = sum(shares.values())
    print("component shares: " + ", ".join(f"{k} {v / total:.1%}" for k, v in shares.items()))
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
