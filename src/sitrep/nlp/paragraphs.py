"""``sitrep_paragraphs``: a paragraph break always starts a sentence.

News text puts headlines, captions and datelines on lines of their own without a full stop;
left to itself the parser joins them to the next sentence, and every component downstream
then reads "Headline Words Finnish President ..." as one clause. Set before the parser,
these boundaries are respected by it.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


MAX_RUN = 250  # tokens with no full stop: beyond this a text (a table dump, a run-on page) is cut
SENTENCE_ENDS = frozenset({".", "!", "?", "…"})
CUT_BEFORE = frozenset({"and", "but", ";"})


@Language.component("sitrep_paragraphs")
def paragraph_starts(doc: Doc) -> Doc:
    """Start a sentence at every paragraph break, and cut runs of words no full stop ends:
    the components read each fact against its whole sentence, so a sentence of thousands of
    words made one article take minutes or hours. A run is cut at its first "and", "but" or
    ";" after ``MAX_RUN`` words, and at twice that length wherever it is (prose never has
    such sentences, so what the model reads of real news is unchanged)."""
    run = 0
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.whitespace_ or previous.is_space and "\n" in previous.text:
            token.is_sent_start = True
            run = 0
            continue
        run = 0 if previous.text in SENTENCE_ENDS else run + 1
        if run >= 2 * MAX_RUN or run >= MAX_RUN and token.lower_ in CUT_BEFORE:
            token.is_sent_start = True
            run = 0
    return doc
