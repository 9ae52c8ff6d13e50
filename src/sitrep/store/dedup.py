"""Fingerprints that make an article count once: exact (normalised text) and near (simhash).

Wire copies differ by a dateline, a byline or a trailing sentence; a 64-bit simhash over
word trigrams stays within a few bits for such copies while unrelated texts differ by ~32.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

import numpy as np

_WORD = re.compile(r"\w+")
SIMHASH_BITS = 64
NEAR_COPY_BITS = 3  # measured: edited wire copies 0-3 bits apart, distinct stories >= 12


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).lower()
    return " ".join(_WORD.findall(text))


def text_hash(text: str) -> str:
    return hashlib.sha256(normalise(text).encode()).hexdigest()


def simhash(text: str) -> int:
    """Signed 64-bit simhash (SQLite integers are signed) of the text's word trigrams."""
    words = normalise(text).split()
    shingles = [" ".join(words[i:i + 3]) for i in range(max(1, len(words) - 2))]
    digests = b"".join(hashlib.blake2b(s.encode(), digest_size=8).digest() for s in shingles)
    bits = np.unpackbits(np.frombuffer(digests, dtype=np.uint8)).reshape(len(shingles), SIMHASH_BITS)
    majority = bits.sum(axis=0) * 2 > len(shingles)
    value = int("".join("1" if b else "0" for b in majority), 2)
    return value - (1 << 64) if value >= 1 << 63 else value


def distance(a: int, b: int) -> int:
    return ((a ^ b) & ((1 << 64) - 1)).bit_count()
