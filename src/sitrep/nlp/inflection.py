"""English inflections undone by suffix: the pipeline runs no lemmatizer, so lexicon lookups
("captured" in a list of "capture", "occupies" of "occupy") try every stem a word could come from.
Irregular verbs ("sought", "withdrew", "overran") come from the model's own lemmatizer
exception table (WordNet's verb exceptions, shipped in the spaCy model package), read without
loading the lemmatizer component the pipeline leaves out."""

from functools import lru_cache
from pathlib import Path

import spacy.util
from spacy.lookups import Lookups

from sitrep.nlp.pipeline import MODEL

SUFFIXES = (("ies", "y"), ("ied", "y"), ("ing", ""), ("ing", "e"), ("es", ""), ("ed", ""), ("ed", "e"), ("s", ""), ("d", ""))


@lru_cache(maxsize=65536)
def base_forms(word: str) -> tuple[str, ...]:
    """The word and the stems its English inflections could come from (cached: the lexicons
    ask for the same few thousand words hundreds of thousands of times a corpus)."""
    word = word.lower()
    forms = [word, *irregular_verbs().get(word, ())]
    for suffix, replacement in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[: -len(suffix)]
            forms.append(stem + replacement)
            if replacement == "" and len(stem) > 3 and stem[-1] == stem[-2]:
                forms.append(stem[:-1])  # "shelled" -> "shell" stays, "hitting" -> "hit"
    return tuple(forms)


@lru_cache(maxsize=1)
def irregular_verbs() -> dict[str, tuple[str, ...]]:
    """Irregular verb forms and their base forms ("sought" -> "seek"), from the lemmatizer
    lookups of the spaCy model the pipeline loads (about 2,400 forms; read in milliseconds).
    A form that is also a verb of its own ("lay", "found", "saw") is left as it is: without
    the part of speech nothing says which verb a text means."""
    tables = Lookups().from_disk(next(Path(spacy.util.get_package_path(MODEL)).glob("*/lemmatizer/lookups")))
    verbs, lemmas = tables.get_table("lemma_exc")["verb"], set(tables.get_table("lemma_index")["verb"])
    return {form: tuple(base for base in bases if base != form) for form, bases in verbs.items() if form not in lemmas}
