"""Readings of the dependency parse that the components share (events, figures, places), kept
in one place so each asks the parse the same way."""

from __future__ import annotations

from spacy.tokens import Token


def first_conjunct(token: Token) -> Token:
    """The head of a coordination a token is a later member of ("A, B and C": A for C), which
    holds the place in the clause all its members share."""
    while token.dep_ == "conj" and token.head != token:
        token = token.head
    return token
