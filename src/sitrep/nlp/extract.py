"""From articles to extract-v1 documents: date them, run the pipeline in batches, collect facts.

Publication dates are settled for the whole batch first (an undated article may borrow its
year from the others), then every text goes through ``nlp.pipe`` with its anchor on
``doc._.anchor``, so the components stay independent of where an article came from.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from multiprocessing import get_context

from spacy.language import Language

from sitrep.facts import FACT_KINDS, Article, Document, Published
from sitrep.nlp.language import not_english
from sitrep.nlp.pipeline import shared
from sitrep.nlp.published import infer_published
from sitrep.sources.errors import ReadError
from sitrep.spans import promos

BATCH_SIZE = 16


def extract(
    articles: Iterable[Article], nlp: Language | None = None, n_process: int = 1, batch_size: int = BATCH_SIZE
) -> Iterator[Document | ReadError]:
    """Documents in input order, one per article (a ReadError for one that fails).

    With ``n_process > 1`` the batches go to forked workers that return finished
    ``Document`` objects: spaCy's own multiprocessing would have to msgpack our facts.
    """
    nlp = nlp or shared()
    articles = list(articles)
    dates = infer_published(articles)
    if n_process <= 1 or len(articles) <= batch_size:
        yield from _run(nlp, articles, dates, batch_size)
        return
    chunks = [(articles[i:i + batch_size], dates[i:i + batch_size]) for i in range(0, len(articles), batch_size)]
    with get_context("fork").Pool(n_process) as pool:
        for documents in pool.imap(_run_chunk, chunks):
            yield from documents


def _run(nlp: Language, articles: list[Article], dates: list[Published], batch_size: int) -> Iterator[Document | ReadError]:
    """Batches through ``nlp.pipe``; a batch that fails is redone one article at a time so
    that only the article that breaks a component is lost, as a ReadError naming it."""
    for start in range(0, len(articles), batch_size):
        batch = list(zip(articles[start:start + batch_size], dates[start:start + batch_size]))
        refused = [_refused(nlp, a) for a, _ in batch]
        if any(refused):
            yield from (refusal or _one(nlp, a, p) for (a, p), refusal in zip(batch, refused))
            continue
        try:
            docs = list(nlp.pipe((_anchored(nlp, a, p) for a, p in batch), batch_size=batch_size))
            yield from (to_document(a, p, doc) for (a, p), doc in zip(batch, docs))
        except Exception:  # noqa: BLE001 - narrowed below, article by article
            yield from (_one(nlp, article, published) for article, published in batch)


def _one(nlp: Language, article: Article, published: Published) -> Document | ReadError:
    try:
        return to_document(article, published, nlp(_anchored(nlp, article, published)))
    except Exception as error:  # noqa: BLE001 - any component bug becomes this article's error
        return ReadError(article.origin or article.id, f"extraction failed ({type(error).__name__}: {error})")


def _refused(nlp: Language, article: Article) -> ReadError | None:
    """An article the pipeline cannot read, as one plain line: longer than the model reads
    (spaCy's ``max_length``), or not in English."""
    if len(article.text) > nlp.max_length:
        return ReadError(article.origin or article.id, f"article too long ({len(article.text):,} characters; limit {nlp.max_length:,})")
    language = not_english(article.text)
    if language:
        return ReadError(article.origin or article.id, f"not English ({language}); sitrep reads English articles only")
    return None


def _anchored(nlp: Language, article: Article, published: Published):
    """The doc to analyse: a leading metadata marker is blanked (same length, so offsets
    hold) because "2022-03-12 Firstname Lastname" reads to the tagger as one odd phrase, and so
    is a newsletter's sign-up line run into the text ("Sign up to ... newsletter – every weekday
    at 7am Western countries deny ..."): no name, time or speaker is in it. The blank ends in a
    paragraph break: after bare spaces the tagger misses the first name."""
    text = _blanked(article.text, [(0, article.body_start)] + promos(article.text))
    doc = nlp.make_doc(text)
    doc._.anchor = published.value
    doc._.outlet = article.outlet
    return doc


def _blanked(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with each span turned to spaces ending in a paragraph break (same length)."""
    for start, end in spans:
        if end > start:
            text = text[:start] + (" " * max(0, end - start - 2) + "\n\n")[-(end - start):] + text[end:]
    return text


def _run_chunk(chunk: tuple[list[Article], list[Published]]) -> list[Document | ReadError]:
    articles, dates = chunk
    return list(_run(shared(), articles, dates, BATCH_SIZE))


def to_document(article: Article, published: Published, doc) -> Document:
    """Collect the components' facts, leaving out any found in a leading metadata marker."""
    facts = {kind: [f for f in (getattr(doc._, kind) or []) if _in_body(f, article.body_start)] for kind in FACT_KINDS}
    return Document(
        id=article.id, text=article.text, published=published, title=article.title,
        outlet=article.outlet, url=article.url, **facts,
    )


def _in_body(fact: object, body_start: int) -> bool:
    if not body_start:
        return True
    if hasattr(fact, "start"):
        return fact.start >= body_start
    fact.mentions = [m for m in fact.mentions if m[0] >= body_start]
    return bool(fact.mentions)
