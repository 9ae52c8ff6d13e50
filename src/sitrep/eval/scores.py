"""The score arithmetic every scorer shares: a ratio that is 0 on an empty denominator,
the harmonic mean of precision and recall, and the printed line of a kind's rates."""

from __future__ import annotations


def ratio(part: float, whole: float) -> float:
    return part / whole if whole else 0.0


def f1(precision: float, recall: float) -> float:
    return ratio(2 * precision * recall, precision + recall)


def rate_line(kind: str, rates: dict[str, float | int], width: int = 8) -> str:
    """ "events   gold 69  P 0.487  R 0.536 ...": rates to three places, counts as they are."""
    return f"{kind:{width}s} " + "  ".join(f"{k} {v:.3f}" if isinstance(v, float) else f"{k} {v}" for k, v in rates.items())
