"""``sitrep_paragraphs``: a paragraph break always starts a sentence.

News text puts headlines, captions and datelines on lines of their own without a full stop;
left to itself the parser joins them to the next sentence, and every component downstream
then reads "Headline Words Finnish President ..." as one clause. Set before the parser,
these boundaries are respected by it.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("sitrep_paragraphs")
def paragraph_starts(doc: Doc) -> Doc:
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.whitespace_ or previous.is_space and "\n" in previous.text:
            token.is_sent_start = True
    return doc
