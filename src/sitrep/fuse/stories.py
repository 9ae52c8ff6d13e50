"""Stories across outlets: group reports that tell the same story, as they arrive.

Three steps, from the happening to the long-running story:

1. **Developments** (online, a day at a time, the way reports arrive): a report joins the
   most similar development active within ``window`` days when the cosine of its vector
   to the development's centroid reaches ``join``; otherwise it opens a new development.
   Reports of the same day are compared with each other too, so that the first wire of a
   story and its echoes in other outlets start one development together.
2. **Anchors**: developments that are mostly about the same salient name (the name with
   the largest idf-weighted count, if it carries at least ``anchor_share`` of the
   development's name weight) are grouped. A long-running story (a besieged plant, a
   massacre and its investigation) keeps returning to the same few names while its
   wording drifts, so the anchor links developments that share few words.
3. **Stories**: average-link agglomeration of those groups over their name profiles
   (TF-IDF of salient names), merging while the average cosine between members stays
   above ``1 - story_distance``; story-level merging of threads that keep sharing names.

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
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.spatial.distance import squareform
from sklearn.preprocessing import normalize

from sitrep.fuse.names import salient_names
from sitrep.fuse.similarity import encoder, name_vectors, tfidf


@dataclass(frozen=True)
class Report:
    """What clustering needs of an article: its headline text and its day."""

    text: str
    day: date


@dataclass(frozen=True)
class Settings:
    """Thresholds of the three steps; defaults chosen on the tuning half of
    ``sitrep eval clusters`` (odd months), never on the half it reports as held out."""

    join: float = 0.5
    window: int = 3
    anchor_share: float = 0.2
    max_name_share: float = 0.1
    story_distance: float = 0.995
    embedding_weight: float = 0.0


def cluster(reports: Sequence[Report], settings: Settings = Settings()) -> list[int]:
    """A story id for each report (ids are arbitrary integers, equal ids = same story)."""
    if not reports:
        return []
    texts = [r.text for r in reports]
    developments = _developments(reports, _vectors(texts, settings.embedding_weight), settings)
    anchored = _anchored(texts, developments, settings)
    return _stories(name_vectors(texts, settings.max_name_share), anchored, settings.story_distance)


def developments(reports: Sequence[Report], settings: Settings = Settings()) -> list[int]:
    """Step 1 alone: a development id for each report (same happening, a few days apart)."""
    if not reports:
        return []
    return _developments(reports, _vectors([r.text for r in reports], settings.embedding_weight), settings)


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


def _anchored(texts: Sequence[str], developments: list[int], settings: Settings) -> list[int]:
    """Developments mostly about the same name share a group id (see the module docstring)."""
    names = [salient_names(t) for t in texts]
    frequency = Counter(n for found in names for n in found)
    limit = settings.max_name_share * len(texts)
    weight: dict[int, Counter[str]] = defaultdict(Counter)
    for development, found in zip(developments, names):
        for name in found:
            if frequency[name] <= limit:
                weight[development][name] += np.log(len(texts) / frequency[name])
    group: dict[int, int] = {}
    by_anchor: dict[str, int] = {}
    for development in dict.fromkeys(developments):
        counts = weight.get(development)
        group[development] = development
        if counts:
            anchor, top = counts.most_common(1)[0]
            if top > 0 and top >= settings.anchor_share * sum(counts.values()):
                group[development] = by_anchor.setdefault(anchor, development)
    return [group[d] for d in developments]


def _stories(names: sparse.csr_matrix, groups: list[int], distance: float) -> list[int]:
    """Average-link merging of groups whose name profiles stay close; nameless groups stay apart."""
    ids = {g: k for k, g in enumerate(dict.fromkeys(groups))}
    rows = [ids[g] for g in groups]
    membership = sparse.csr_matrix((np.ones(len(rows)), (rows, range(len(rows)))), shape=(len(ids), len(rows)))
    profiles = normalize(membership @ names).astype(np.float32)  # halves the n-by-n matrix below
    named = np.flatnonzero(profiles.getnnz(axis=1))
    story = np.arange(len(ids)) + len(ids)  # nameless groups keep ids no merged story can take
    if len(named) > 1:
        similar = (profiles[named] @ profiles[named].T).toarray()
        condensed = squareform(np.clip(1.0 - similar, 0.0, 2.0), checks=False)
        story[named] = fcluster(linkage(condensed, method="average"), t=distance, criterion="distance")
    return [int(story[r]) for r in rows]
