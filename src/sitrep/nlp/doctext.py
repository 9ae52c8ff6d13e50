"""The text of a Doc, read once.

spaCy's ``Doc.text`` joins every token on each call, so a rule that reads it per token costs
time proportional to the article squared; components read it through ``text_of``, which keeps
the joined string in ``doc.user_data`` (the text never changes once the doc is made)."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from sitrep.nlp.countries import issuer_of

KEY = "sitrep_text"


def text_of(doc: Doc) -> str:
    """``doc.text``, joined on the first call and kept for the rest of the pipeline."""
    text = doc.user_data.get(KEY)
    if text is None:
        text = doc.user_data[KEY] = doc.text
    return text


SPEAKER_LABEL = re.compile(r"^[ \t]*[A-Z][A-Z .'’-]{2,}:", re.MULTILINE)  # "PRIME MINISTER LIND:" opens a transcript's turn


def issuers_voice(token: Token) -> str | None:
    """The country a government's own text speaks for, when ``token`` ("we", "I") is that text's
    voice: not inside a quote, nor after a transcript's speaker label ("PRIME MINISTER LIND:
    Today we are sending ...": a guest's "we" is not the host's); None otherwise."""
    doc = token.doc
    code = issuer_of(doc._.outlet)
    if code is None or token.lower_ not in ("we", "i") or any(q.start <= token.idx < q.end for q in doc._.quotes or []):
        return None
    return None if SPEAKER_LABEL.search(text_of(doc), 0, token.idx) else code  # whose turn it is, a label cannot say
