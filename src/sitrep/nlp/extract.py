"""From articles to extract-v1 documents: date them, run the pipeline in batches, collect facts.

Publication dates are settled for the whole batch first (an undated article may borrow its
year from the others), then every text goes through ``nlp.pipe`` with its anchor on
``doc._.anchor``, so the components stay independent of where an article came from.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language

from sitrep.facts import FACT_KINDS, Article, Document, Published
from sitrep.nlp.pipeline import shared
from sitrep.nlp.published import infer_published

BATCH_SIZE = 16


def extract(
    articles: Iterable[Article], nlp: Language | None = None, n_process: int = 1, batch_size: int = BATCH_SIZE
) -> Iterator[Document]:
    """Documents in input order, one per article."""
    nlp = nlp or shared()
    articles = list(articles)
    dates = infer_published(articles)
    docs = []
    for article, published in zip(articles, dates):
        doc = nlp.make_doc(article.text)
        doc._.anchor = published.value
        docs.append(doc)
    for article, published, doc in zip(articles, dates, nlp.pipe(docs, batch_size=batch_size, n_process=n_process)):
        yield to_document(article, published, doc)


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
