"""Stories across outlets: group reports that tell the same story, as they arrive.

Two passes, both over reports in time order:

1. **Developments** (online, a day at a time, the way reports arrive): a report joins the
   most similar development active within ``window`` days when the cosine of its vector
   to the development's centroid reaches ``join``; otherwise it opens a new development.
   Reports of the same day are compared with each other too, so that the first wire of a
   story and its echoes in other outlets start one development together.
2. **Stories**: developments that share their *anchor*, the salient name they are most
   about (``salient_names`` weighted by how rare the name is), become one story; a
   development without a name carrying at least ``anchor_share`` of its name weight stays
   on its own. A long-running story (a besieged plant, a massacre and its investigation)
   keeps returning to the same few names while its wording drifts, so the anchor links
   its developments where word overlap cannot.

Vectors are TF-IDF rows, optionally concatenated with sentence embeddings
(``embedding_weight`` > 0); see :mod:`sitrep.fuse.similarity`.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from itertools import groupby

import numpy as np
from scipy import sparse
from sklearn.preprocessing import normalize

from sitrep.fuse.similarity import encoder, idf_weights, salient_names, tfidf


@dataclass(frozen=True)
class Report:
    """What clustering needs of an article: its headline text and its day."""

    text: str
    day: date


@dataclass(frozen=True)
class Settings:
    """Thresholds of the two passes (chosen on a tuning split, see ``sitrep.eval.clusters``)."""

    join: float = 0.3
    window: int = 3
    anchor_share: float = 0.2
    max_name_share: float = 0.05
    embedding_weight: float = 0.0


def cluster(reports: Sequence[Report], settings: Settings = Settings()) -> list[int]:
    """A story id for each report (ids are arbitrary integers, equal ids = same story)."""
    if not reports:
        return []
    vectors = _vectors([r.text for r in reports], settings.embedding_weight)
    developments = _developments(reports, vectors, settings)
    return _stories(reports, developments, settings)


def _vectors(texts: list[str], embedding_weight: float) -> sparse.csr_matrix:
    """Unit rows: TF-IDF, and sentence embeddings scaled so they carry ``embedding_weight``."""
    words = tfidf(texts)
    model = encoder() if embedding_weight > 0 else None
    if model is None:
        return words
    dense = sparse.csr_matrix(model.encode(texts) * np.sqrt(embedding_weight))
    return normalize(sparse.hstack([words * np.sqrt(1.0 - embedding_weight), dense]).tocsr())


def _developments(reports: Sequence[Report], vectors: sparse.csr_matrix, settings: Settings) -> list[int]:
    """Online single-pass clustering, a day at a time (see the module docstring)."""
    order = sorted(range(len(reports)), key=lambda i: reports[i].day)
    labels = [-1] * len(reports)
    sums: list[sparse.csr_matrix] = []
    last_day: list[date] = []
    for day, group in groupby(order, key=lambda i: reports[i].day):
        today = list(group)
        active = [c for c, seen in enumerate(last_day) if (day - seen).days <= settings.window]
        to_old = np.zeros((len(today), 0))
        if active:
            centroids = normalize(sparse.vstack([sums[c] for c in active]))
            to_old = (vectors[today] @ centroids.T).toarray()
        among = (vectors[today] @ vectors[today].T).toarray()
        for k, i in enumerate(today):
            best, score = -1, settings.join
            if to_old.shape[1]:
                j = int(to_old[k].argmax())
                if to_old[k, j] >= score:
                    best, score = active[j], to_old[k, j]
            for m in range(k):
                if among[k, m] >= score:
                    best, score = labels[today[m]], among[k, m]
            if best < 0:
                best = len(sums)
                sums.append(sparse.csr_matrix(vectors[i].shape))
                last_day.append(day)
            labels[i] = best
        for i in today:
            sums[labels[i]] = sums[labels[i]] + vectors[i]
            last_day[labels[i]] = day
    return labels


def _stories(reports: Sequence[Report], developments: list[int], settings: Settings) -> list[int]:
    """Developments with the same anchor name become one story."""
    names = [salient_names(r.text) for r in reports]
    idf = idf_weights(names)
    common = {n for n, w in idf.items() if _share(w, len(reports)) > settings.max_name_share}
    weight: dict[int, Counter[str]] = defaultdict(Counter)
    for development, found in zip(developments, names):
        for name in found - common:
            weight[development][name] += idf[name]
    story: dict[int, int] = {}
    by_anchor: dict[str, int] = {}
    for development in dict.fromkeys(developments):
        counts = weight.get(development)
        if counts:
            anchor, top = counts.most_common(1)[0]
            if top >= settings.anchor_share * sum(counts.values()):
                story[development] = by_anchor.setdefault(anchor, development)
                continue
        story[development] = development
    return [story[d] for d in developments]


def _share(idf: float, n: int) -> float:
    """The share of documents a name occurs in, recovered from its smoothed idf."""
    return ((1 + n) / np.exp(idf - 1.0) - 1) / n
