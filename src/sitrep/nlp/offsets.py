"""Facts found by the character offsets they start or end at.

A rule that asks "which times start in this sentence?" or "which places lie inside this
phrase?" used to filter the article's whole list of facts each time it asked; with one fact
asked about per fact, an article of a thousand killings told in one breath ("Ana Lind said 5
people were killed in Eastport on Sunday and ...") cost a million comparisons per rule. An
``OffsetIndex`` sorts the facts by offset once and answers by bisection. It returns exactly the
facts the filter would have, in the list's own order (the rules take the first or last match,
so the order is part of the answer).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

from spacy.tokens import Doc

from sitrep.nlp.doctext import per_document

T = TypeVar("T")


class OffsetIndex(Generic[T]):
    """``items`` keyed by one offset each (``key``, the start by default), for range queries."""

    def __init__(self, items: Sequence[T], key: Callable[[T], int] = lambda item: item.start) -> None:  # type: ignore[attr-defined]
        self.items = items
        self._order = sorted(range(len(items)), key=lambda i: key(items[i]))  # stable: ties keep list order
        self._keys = [key(items[i]) for i in self._order]
        self._in_order = self._order == list(range(len(items)))  # text-ordered lists need no re-sort
        self._longest: int | None = None

    def between(self, low: int, high: int) -> list[T]:
        """The items whose offset is at least ``low`` and below ``high``, in list order."""
        first, last = bisect_left(self._keys, low), bisect_left(self._keys, high)
        if first >= last:
            return []
        if self._in_order:
            return list(self.items[first:last])
        return [self.items[i] for i in sorted(self._order[first:last])]

    def overlapping(self, low: int, high: int) -> list[T]:
        """The items (with a ``start`` and an ``end``, indexed by start) that share a character
        with ``[low, high)``, in list order: none starts further back than the longest is long."""
        if self._longest is None:
            self._longest = max((item.end - item.start for item in self.items), default=0)  # type: ignore[attr-defined]
        return [item for item in self.between(low - self._longest, high) if low < item.end]  # type: ignore[attr-defined]


def kept_index(doc: Doc, name: str, items: Sequence[T], key: Callable[[T], int] = lambda item: item.start) -> OffsetIndex[T]:  # type: ignore[attr-defined]
    """An ``OffsetIndex`` of ``items`` made once per document (``per_document``)."""
    return per_document(doc, name, lambda: OffsetIndex(items, key), items)
