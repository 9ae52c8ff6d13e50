"""The score arithmetic every scorer shares: a ratio that is 0 on an empty denominator,
and the harmonic mean of precision and recall."""

from __future__ import annotations


def ratio(part: float, whole: float) -> float:
    return part / whole if whole else 0.0


def f1(precision: float, recall: float) -> float:
    return ratio(2 * precision * recall, precision + recall)
