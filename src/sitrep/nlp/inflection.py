"""English inflections undone by suffix: the pipeline runs no lemmatizer, so lexicon lookups
("captured" in a list of "capture", "occupies" of "occupy") try every stem a word could come from."""

from functools import lru_cache

SUFFIXES = (("ies", "y"), ("ied", "y"), ("ing", ""), ("ing", "e"), ("es", ""), ("ed", ""), ("ed", "e"), ("s", ""), ("d", ""))


@lru_cache(maxsize=65536)
def base_forms(word: str) -> tuple[str, ...]:
    """The word and the stems its English inflections could come from (cached: the lexicons
    ask for the same few thousand words hundreds of thousands of times a corpus)."""
    word = word.lower()
    forms = [word]
    for suffix, replacement in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[: -len(suffix)]
            forms.append(stem + replacement)
            if replacement == "" and len(stem) > 3 and stem[-1] == stem[-2]:
                forms.append(stem[:-1])  # "shelled" -> "shell" stays, "hitting" -> "hit"
    return tuple(forms)
