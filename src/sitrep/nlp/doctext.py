"""The text of a Doc, read once.

spaCy's ``Doc.text`` joins every token on each call, so a rule that reads it per token costs
time proportional to the article squared; components read it through ``text_of``, which keeps
the joined string in ``doc.user_data`` (the text never changes once the doc is made)."""

from __future__ import annotations

from spacy.tokens import Doc

KEY = "sitrep_text"


def text_of(doc: Doc) -> str:
    """``doc.text``, joined on the first call and kept for the rest of the pipeline."""
    text = doc.user_data.get(KEY)
    if text is None:
        text = doc.user_data[KEY] = doc.text
    return text
