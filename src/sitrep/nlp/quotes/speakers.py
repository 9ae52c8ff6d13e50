"""Speakers resolved to the article's entities: names, titles, offices and pronouns."""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from sitrep.facts import Cue, Entity, Quote, Speaker
from sitrep.nlp.doctext import text_of
from sitrep.nlp.entities import fold, held_elsewhere, title_fits
from sitrep.nlp.offsets import kept_index
from sitrep.nlp.outlets import NEWS_MEDIA, news_medium
from sitrep.nlp.quotes.attribution import Attribution
from sitrep.nlp.quotes.reported import _is_title, noun_phrase, subject_of
from sitrep.nlp.quotes.words import (
    AGENCIES, BODY_NOUNS, DEFINITE, FINITE, GROUPS, INDEFINITE, PLURAL_PRONOUNS, SAYING, SUBJECT_DEPS, reporting_verb,
)




class SpeakerResolver:
    """Turns speaker phrases into Speaker facts through the document's entities."""

    def __init__(self, doc: Doc):
        self.entities: list[Entity] = list(doc._.entities or [])

    def quote(self, doc: Doc, attribution: Attribution) -> Quote:
        cue = attribution.cue
        return Quote(
            start=attribution.start,
            end=attribution.end,
            text=text_of(doc)[attribution.start:attribution.end],
            direct=attribution.direct,
            speaker=self.speaker(doc, attribution),
            cue=Cue(cue.start_char, cue.end_char, cue.text) if cue is not None else None,
        )

    def speaker(self, doc: Doc, attribution: Attribution) -> Speaker | None:
        if attribution.speaker_text is not None:
            return self._by_mention(doc, *attribution.speaker_text)
        if attribution.speaker is None:
            return None
        phrase = attribution.speaker
        head = phrase.root
        found = self._mention_at(head.idx, head.idx + len(head.text)) or self._joined_name(head)
        if found is not None:
            entity, (start, end) = found
            return Speaker(entity.id, entity.name, start, end)
        if _is_title(head) and phrase[0].lower_ not in INDEFINITE and head.tag_ not in ("NNS", "NNPS"):  # "the leaders" are no one person
            holder = self._by_title(phrase)
            if holder is not None:
                return Speaker(holder.id, holder.name, phrase.start_char, phrase.end_char)
        antecedent = antecedent_of(head, _plural) if head.lower_ in PLURAL_PRONOUNS else None
        if head.lower_ == "it" and head.dep_ in SUBJECT_DEPS:
            antecedent = antecedent_of(head, _body)  # "The ministry said ... It accused X": the ministry
        if antecedent is not None:
            return self._through(antecedent, phrase)
        return Speaker(None, _without_article(phrase.text), phrase.start_char, phrase.end_char)

    def _joined_name(self, head: Token) -> tuple[Entity, tuple[int, int]] | None:
        """The person a role is joined to: "[party hopeful] and former judge X", "[Acme Vice
        President] for sales X" (the parser coordinates the name with the role), "the governor,
        X," (in apposition). Coordination only for a singular role without an article: "the
        president and X" are two speakers."""
        if head.tag_ not in ("NN", "NNP"):
            return None
        determined = any(c.dep_ == "det" for c in head.children)
        for child in head.children:
            if child.dep_ == "appos" or child.dep_ == "conj" and not determined:  # "the governor, X," is X
                found = self._mention_at(child.idx, child.idx + len(child.text))
                if found is not None and found[0].type == "person":
                    return found
        last = head.right_edge  # "former president and deputy chairman of the Council X": the name closes the roles
        found = self._mention_at(last.idx, last.idx + len(last.text)) if last.i > head.i and not determined else None
        return found if found is not None and found[0].type == "person" and found[1][1] == last.idx + len(last.text) else None

    def _through(self, antecedent: Span, pronoun: Span) -> Speaker:
        """A pronoun speaker named after its antecedent: the entity it mentions, else its words."""
        found = self._mention_at(antecedent.root.idx, antecedent.root.idx + len(antecedent.root.text))
        name = found[0].name if found else _without_article(antecedent.text)
        return Speaker(found[0].id if found else None, name, pronoun.start_char, pronoun.end_char)

    def _by_mention(self, doc: Doc, start: int, end: int) -> Speaker:
        """A signature's or heading's author: the person mentioned inside it, else the one person
        whose name holds all its words, else its words."""
        inside = [
            (e, m) for e in self.entities for m in e.mentions if start <= m[0] and m[1] <= end and e.type == "person"
        ]
        if inside:
            entity, mention = max(inside, key=lambda em: em[1][1] - em[1][0])
            return Speaker(entity.id, entity.name, mention[0], mention[1])
        words = set(fold(text_of(doc)[start:end]).split())
        named = [e for e in self.entities if e.type == "person" and words <= set(fold(e.name).split())]
        if len(named) == 1:  # "SMITH:" in a transcript names the article's one Smith
            return Speaker(named[0].id, named[0].name, start, end)
        return Speaker(None, text_of(doc)[start:end], start, end)

    def _mention_at(self, start: int, end: int) -> tuple[Entity, tuple[int, int]] | None:
        for entity in self.entities:
            for mention in entity.mentions:
                if mention[0] < end and start < mention[1]:
                    return entity, mention
        return None

    def _by_title(self, phrase: Span) -> Entity | None:
        """The person whose titles share most words with "the Kremlin spokesperson", nearest first."""
        office = [t.text for t in phrase if t.is_alpha and t.lower_ not in DEFINITE and t.i <= phrase.root.i]
        words = {fold(w) for w in office}
        best: tuple[int, int] | None = None
        holder = None
        for entity in self.entities:
            if entity.type != "person" or not any(title_fits(office, t) for t in entity.titles):
                continue
            if held_elsewhere(phrase.root, entity.titles, phrase.doc._.places or []):
                continue  # "according to the governor of the region": of the region just named
            shared = max((len(words & set(fold(t).split())) for t in entity.titles), default=0)
            before = max((m[0] for m in entity.mentions if m[0] < phrase.start_char), default=-1)
            if best is None or (shared, before) > best:
                best, holder = (shared, before), entity
        return holder


def antecedent_of(pronoun: Token, fits: Callable[[Token], bool]) -> Span | None:
    """What a pronoun most likely refers to: the nearest subject before it, in its sentence or the
    one before, that ``fits`` it: for "they" one plural or a body ("Most voters said they ...",
    "The ministry said they ..."), for "it" a body ("The ministry said ... It accused X"). The
    subject of a clause someone reports is what was said, not who goes on speaking."""
    sentence = pronoun.sent
    first = sentence.start if sentence.start == 0 else pronoun.doc[sentence.start - 1].sent.start
    for token in reversed(pronoun.doc[first:pronoun.i]):
        reported = token.head.dep_ == "ccomp" and reporting_verb(token.head.head) is not None  # "said Georgia had shelled X"
        if token.dep_ in SUBJECT_DEPS and token.pos_ != "PRON" and fits(token) and _finite(token.head) and not reported:
            return noun_phrase(token)
    return None


def _body(token: Token) -> bool:
    """A singular organisation or state: named as one, or by a word for a body ("the ministry")."""
    return token.tag_ in ("NN", "NNP") and (token.ent_type_ in ("ORG", "GPE") or token.lower_ in BODY_NOUNS)


def _finite(verb: Token) -> bool:
    """A verb with a tense of its own: the subject of "(to) hold the Kremlin to account" is no
    one who could go on to speak as "they"."""
    return verb.tag_ in FINITE or any(c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE for c in verb.children)


def _plural(token: Token) -> bool:
    """A plural noun, a body ("the ministry"), or a share of a plural ("half of the delegates")."""
    if token.tag_ in ("NNS", "NNPS") or token.ent_type_ in GROUPS:
        return True
    shares = (c for c in token.children if c.dep_ == "prep" and c.lower_ == "of")
    return any(o.dep_ == "pobj" and o.tag_ in ("NNS", "NNPS") for p in shares for o in p.children)


def _without_article(text: str) -> str:
    return re.sub(r"^(?:the|The)\s+", "", text)


def _part_of_report(attribution: Attribution, indirect: list[Attribution]) -> bool:
    """An attribution inside another one's content ("she said he wants a recount", "they say his
    support for the plan is waning", "he noted that she called it ...") is part of what was
    reported, as PolNeAR annotates it; only "according to", and a "say" (not an infinitive)
    inside what someone said, report a second speaker's words there ("she said the allies have
    said ...", "officials playing up hopes ... and saying that ..."; not "declined to say whether
    ...", nor "a poll showing half said they ...", where a finding or a stance holds the saying)."""
    cue = attribution.cue
    holders = [a for a in _around(cue, indirect) if a is not attribution] if cue is not None else []
    if cue is None or not holders:
        return False
    if cue[0].lower_ == "according":
        return False
    verb = reporting_verb(cue[0])
    if verb is None or verb.lemma not in SAYING or any(c.dep_ == "aux" and c.lower_ == "to" for c in cue[0].children):
        return True
    return not all(_spoken(a) for a in holders)


def cut_at_wrapper(doc: Doc, attribution: Attribution, indirect: list[Attribution]) -> None:
    """End a report's content before an agency's trailing attribution of its words ("Ana Lind
    said the pass is open, the news agency reported": her words stop at the comma, however the parser
    nests the two verbs): what follows is the outlet's report of her report, not what she said."""
    if attribution.cue is None:
        return
    for trailing in indirect:
        cue = trailing.cue
        if trailing is attribution or cue is None or not _outlet(trailing) or not attribution.start < cue.start_char < attribution.end:
            continue
        clause = min(cue.start_char, trailing.speaker.start_char if trailing.speaker is not None else cue.start_char)
        if attribution.start <= trailing.start and trailing.end <= clause and clause > attribution.cue.end_char:
            attribution.end = len(text_of(doc)[:clause].rstrip(" \t\n,"))


def carried_report(doc: Doc, attribution: Attribution, indirect: list[Attribution]) -> bool:
    """Whether an attribution is a news agency or outlet passing on someone else's report ("The
    mayor said two houses burned, AFP reported"; "'...,' Ana Lind said, according to AFP"): the
    words are the inner speaker's, whose own attribution (or the verb beside a direct quote)
    already gives them; the outlet is where the reader found them, not who said them."""
    if not _outlet(attribution):
        return False
    if any(_same_words(attribution, other) and not _outlet(other) for other in indirect if other is not attribution):
        return True
    if not _outlet(attribution, AGENCIES) and attribution.cue is not None and attribution.cue.start_char < attribution.start:
        return False  # "The Times wrote that X had claimed a loss": a paper's own report; "X said Y, The Times reported" relays
    content = doc.char_span(attribution.start, attribution.end, alignment_mode="expand")
    return content is not None and any(_speaks_in(token, attribution.speaker) for token in _heads(content))


def _heads(content: Span) -> list[Token]:
    """The words that carry a report's content: its heads (whose own head lies outside it) and
    their conjuncts. "AFP reported that X said Y" is X's report, passed on; in "AFP reported that
    the mayor, who said Y, had resigned" the speech is a clause inside the agency's own news."""
    heads = [t for t in content if not (content.start <= t.head.i < content.end) or t.head == t]
    return heads + [c for h in heads for c in h.conjuncts if content.start <= c.i < content.end]


def _same_words(one: Attribution, other: Attribution) -> bool:
    """Whether two attributions report the same words (content spans that share ends)."""
    return (one.start, one.end) == (other.start, other.end)


def _outlet(attribution: Attribution, outlets: dict[str, tuple[bool, ...]] = NEWS_MEDIA) -> bool:
    """Whether an attribution's speaker is a news agency or outlet: the phrase's head is the
    agency's name or description ("AFP", "the state news agency"), not a person it names or
    owns ("Tomas Bloomberg", "the agency's editor"), who speaks in their own right."""
    speaker = attribution.speaker
    if speaker is None or speaker.root.ent_type_ == "PERSON":
        return False
    return news_medium(speaker.doc[speaker.start : speaker.root.i + 1].text, outlets)  # the phrase up to its head word


def _speaks_in(token: Token, outlet: Span) -> bool:
    """Whether ``token`` is a verb of speech (not evidence or a stance) with a subject of its own,
    other than the outlet: a second speaker inside the outlet's report."""
    verb = reporting_verb(token)
    if verb is None or verb.evidence or verb.stance:
        return False
    speaker = subject_of(token)
    return speaker is not None and not (outlet.start <= speaker.root.i < outlet.end)


def _around(cue: Span, indirect: list[Attribution]) -> list[Attribution]:
    """The attributions whose content holds the cue, in order: looked up in an index of
    ``indirect`` made once per document (each attribution asks it, and a page of a thousand
    reports read all the others a thousand times)."""
    if cue.start_char >= cue.end_char:
        return [a for a in indirect if a.start <= cue.start_char and cue.end_char <= a.end]  # no word: no overlap to look up by
    return [a for a in kept_index(cue.doc, "sitrep_quote_contents", indirect).overlapping(cue.start_char, cue.end_char)
            if a.start <= cue.start_char and cue.end_char <= a.end]


def _spoken(attribution: Attribution) -> bool:
    """Whether an attribution's cue is a verb of speech: not evidence or a stance ("showed",
    "believes"), not a noun or "according to"."""
    verb = reporting_verb(attribution.cue[0]) if attribution.cue is not None else None
    return verb is not None and not verb.evidence and not verb.stance


def _inside_any(attribution: Attribution, spans: list[tuple[int, int]]) -> bool:
    """A reporting verb inside a quote belongs to the quoted speaker's own words."""
    cue = attribution.cue
    return cue is not None and any(s <= cue.start_char and cue.end_char <= e for s, e in spans)
