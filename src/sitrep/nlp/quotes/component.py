"""``sitrep_quotes``: the spaCy component that finds quotes and their speakers."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from sitrep.nlp.doctext import text_of
from sitrep.nlp.quotes.direct import attribute_direct, headed_paragraphs, join_pieces, quote_runs
from sitrep.nlp.quotes.reported import reported_speech
from sitrep.nlp.quotes.speakers import SpeakerResolver, _inside_any, _part_of_report, carried_report, cut_at_wrapper


class QuoteFinder:
    """``sitrep_quotes``: direct and indirect quotes with resolved speakers in ``doc._.quotes``."""

    def __init__(self, nlp: Language, name: str = "sitrep_quotes"):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        direct = quote_runs(text_of(doc))
        indirect = [a for a in reported_speech(doc) + headed_paragraphs(doc) if not _inside_any(a, direct)]
        for attribution in indirect:
            cut_at_wrapper(doc, attribution, indirect)
        indirect = [a for a in indirect if not carried_report(doc, a, indirect)]  # before: its inner report is no part of it
        indirect = [a for a in indirect if not _part_of_report(a, indirect)]
        found = attribute_direct(doc, direct, indirect)
        resolver = SpeakerResolver(doc)
        quotes = [resolver.quote(doc, a) for a in sorted(found + indirect, key=lambda a: (a.start, -a.end))]
        doc._.quotes = join_pieces(text_of(doc), quotes)
        return doc

    def to_disk(self, path, exclude=()) -> None:  # stateless: nothing to save
        pass

    def from_disk(self, path, exclude=()) -> QuoteFinder:
        return self


@Language.factory("sitrep_quotes")
def make_quote_finder(nlp, name):  # untyped: spaCy validates real annotations
    return QuoteFinder(nlp, name)
