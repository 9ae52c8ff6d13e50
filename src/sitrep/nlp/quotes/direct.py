"""Direct quotes: each quoted run takes the attribution that holds or cues it, a "Name:"
before it, a signature after it, or the speaker of the quote before it."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from sitrep.facts import Quote, Speaker
from sitrep.nlp.doctext import text_of
from sitrep.nlp.entities import fold
from sitrep.nlp.furniture import furniture_around, in_furniture
from sitrep.nlp.inflection import base_forms
from sitrep.nlp.quotes.attribution import Attribution
from sitrep.nlp.quotes.marks import (
    COLON_NAME, FAMILY, HEADLINE, HEADLINE_BREAKS, SENTENCE_END, quoted_spans, signatures,
)
from sitrep.nlp.quotes.reported import _cue, noun_phrase, subject_of
from sitrep.nlp.quotes.speakers import SpeakerResolver
from sitrep.nlp.quotes.words import (
    ARTICLES, AUDIENCES, BEING, CLAUSE_ENDS, DEFINITE, DEMONSTRATIVES, MAKING, MIN_CONTENT_TOKENS, SAYING_ALONE, NAMING_PARTICIPLES, NEAR_TOKENS, PHRASE_WORDS_MAX, RELATIVE_PRONOUNS,
    SAME_QUOTE, SCARE_QUOTE_WORDS, SENTENCE_ENDS, SUBJECT_DEPS, TITLE_SMALL_WORDS, TITLE_WORDS_MAX, UTTERANCE_SOURCES,
    UTTERANCES, VERB_FORMS, WORK_NOUNS, _SAYS, reporting_verb,
)
from sitrep.spans import trimmed


def attribute_direct(doc: Doc, direct: list[tuple[int, int]], indirect: list[Attribution]) -> list[Attribution]:
    """An Attribution for each direct quote run; indirect ones that merely repeat it are removed."""
    found: list[Attribution] = []
    signed = signatures(text_of(doc))
    for start, end in direct:
        same = [a for a in indirect if _within((a.start, a.end), (start, end))]
        holder = _holder(*_words_of(text_of(doc), start, end), [a for a in indirect if a not in same])
        attribution = Attribution(start, end, True)
        source = same[0] if same else (
            holder or _nearby(doc, start, end) or _named_after(doc, start, end) or _colon_named(text_of(doc), start, end) or _introduced(doc, start, end)
            or _signed(signed, start, end)
            or _headline(text_of(doc), start, end) or _governing(doc, start, end)
        )
        teaser = furniture_around(doc, start, end)  # "'There will be no way back': will X change?Read more"
        if source is not None and teaser is not None and not _inside(source, teaser):
            source = None  # a linked story's headline: its speaker is named in the teaser or nowhere in this article
        if source is not None:
            attribution.cue, attribution.speaker, attribution.speaker_text = source.cue, source.speaker, source.speaker_text
            if found and _same_attribution_sentence(found[-1], attribution):
                attribution.cue = found[-1].cue
        for a in same:
            indirect.remove(a)
        found.append(attribution)
    _carry_over(doc, found, indirect)
    repeated = set()
    resolver = SpeakerResolver(doc)
    for quote in found:
        if holders := _repeated_holders(text_of(doc), quote, found):
            speakers = {_speaker_key(resolver.speaker(doc, h)) for h in holders}
            holder = holders[0] if len(speakers) == 1 else Attribution(quote.start, quote.end, True)  # two speakers' words: no one's
            quote.speaker, quote.speaker_text, quote.cue = holder.speaker, holder.speaker_text, None
            repeated.add(id(quote))
    kept = [a for a in found if not _label(doc, a.start, a.end)]
    kept = [a for a in kept if a.speaker is not None or a.speaker_text or not in_furniture(doc, a.start, a.end)]  # an unattributed teaser quotes no one of this article
    return [a for a in kept if a.cue is not None or a.speaker_text or id(a) in repeated or not _scare_quote(doc, a)]


def _inside(attribution: Attribution, span: tuple[int, int]) -> bool:
    """Whether an attribution's cue and speaker lie within a span of text."""
    parts = [(p.start_char, p.end_char) for p in (attribution.cue, attribution.speaker) if p is not None]
    parts += [attribution.speaker_text] if attribution.speaker_text else []
    return all(span[0] <= a and b <= span[1] for a, b in parts)


def _crosshead(text: str, start: int, end: int) -> bool:
    """Whether a quote is a paragraph of its own with no full stop (a crosshead: "'Like a
    storm'"), a section's heading that often repeats words said below or above it."""
    line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    line = text[line_start:len(text) if line_end < 0 else line_end].strip()
    marks = "".join(FAMILY)
    return line.strip(marks).strip() == text[start:end].strip() and not line.rstrip(marks + " \t").endswith(SENTENCE_ENDS)  # 'threat. "'


def _repeated_holders(text: str, quote: Attribution, found: list[Attribution]) -> list[Attribution]:
    """The quotes whose words a crosshead repeats best, if the quote is such a crosshead: it is a
    direct quote all the same (the annotation guide counts content inside quotation marks,
    attributed or not), said by who said the words there, not by the speaker before the heading,
    and no scare quote however short ("'Disaster for the region'" over "'it would be a disaster
    for the region,' said X"). The words are matched whole ("'Rain'" repeats no "training"), and
    the best quote is the one the heading takes most of: a heading lifts the core of one remark,
    so of two quotes that hold its words the shorter is the one repeated, and two as short are
    the caller's to tell apart (one speaker's, or no one's)."""
    if not _crosshead(text, quote.start, quote.end):
        return []
    heading = _folded_words(text[quote.start:quote.end])
    words = {id(o): _folded_words(text[o.start:o.end]) for o in found if o is not quote and not _crosshead(text, o.start, o.end)}
    holders = [o for o in found if id(o) in words and _holds_run(words[id(o)], heading)]
    least = min((len(words[id(o)]) for o in holders), default=0)
    return [o for o in holders if len(words[id(o)]) == least]


def _folded_words(text: str) -> list[str]:
    """A text's words, case and accents folded, punctuation dropped."""
    return re.findall(r"\w+", fold(text))


def _holds_run(words: list[str], run: list[str]) -> bool:
    """Whether ``run`` occurs in ``words`` as whole, consecutive words."""
    return bool(run) and any(words[i:i + len(run)] == run for i in range(len(words) - len(run) + 1))


def _speaker_key(speaker: Speaker | None) -> str | None:
    """Who a resolved speaker is: the entity, else the words naming them ("she" and "Ana Lind"
    are one speaker when the pronoun resolves to her)."""
    return None if speaker is None else speaker.entity or fold(speaker.name or "")


def _same_attribution_sentence(last: Attribution, quote: Attribution) -> bool:
    """Whether ``quote`` took its cue from the sentence that attributes the quote before it
    ("'A,' he said, repeating a refrain. 'B.'"): it goes on that quote, under its first cue;
    a cue that introduces it in that sentence is its own ("..., adding, 'B.'")."""
    if last.cue is None or quote.cue is None or last.cue.start == quote.cue.start or not last.direct:
        return False
    if not last.end <= last.cue.start_char < quote.cue.start_char < quote.start or last.cue.sent != quote.cue.sent:
        return False
    between = text_of(last.cue.doc)[quote.cue.start_char:quote.start]
    return any(_ends_sentence(m) for m in SENTENCE_END.finditer(between))  # not "..., adding, 'B.'"


def _scare_quote(doc: Doc, attribution: Attribution) -> bool:
    """A few quoted words that end no clause ("the so-called "lifeboat" option") or a title
    named in passing ("the author of "The Long Road Home,""): a name or an irony, not a
    statement, unless a reporting verb claims them. A title a verb, "as" or a colon presents
    ("a rally had one message: "Go Home"", "billed as "Hope for Vale"") is what someone said."""
    words = text_of(doc)[attribution.start:attribution.end]
    if len(words.split()) < SCARE_QUOTE_WORDS and not words.rstrip().endswith(CLAUSE_ENDS):
        return True
    if attribution.speaker is None and _writers_clause(doc, attribution.start, attribution.end):
        return True  # no quote before it that it goes on either
    if _phrase(doc, attribution.start, attribution.end):  # "labelled X an "unwanted group"", "hailed X as a "hero"" name
        verb = _governing_verb(doc, attribution.start, attribution.end)
        named = verb is not None and reporting_verb(verb) is not None
        return not named and not _presented(doc, attribution.start, past_articles=True)
    return _title(words) and not _presented(doc, attribution.start)


def _writers_clause(doc: Doc, start: int, end: int) -> bool:
    """Quoted words that finish a clause the writer began, with its subject outside the marks
    and no verb of saying above it ("trying to guess what the envoy "really wants"", "the plan
    "runs out of road" in May"): the writer's wording held at a distance, whose clause's subject
    is no speaker of it. A quote with a subject of its own, or one a verb of saying takes, is
    what someone said."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.root.pos_ not in ("VERB", "AUX"):
        return False
    subject = next((c for c in span.root.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or subject.i >= span.start:
        return False
    return not any(reporting_verb(t) is not None for t in span.root.ancestors)


def _short(text: str, start: int, end: int) -> bool:
    """A few quoted words that end no sentence: a phrase, which a verb beside it need not report."""
    words = text[start:end].rstrip("".join(FAMILY))
    return len(words.split()) <= PHRASE_WORDS_MAX and not words.endswith(SENTENCE_ENDS)


def _phrase(doc: Doc, start: int, end: int) -> bool:
    """A few quoted words with no verb that end no sentence ("a "temporary" fix", "to some "safe
    house""): a label the writer marks, not a statement, when no reporting verb takes them."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and _short(text_of(doc), start, end) and not any(t.pos_ in ("VERB", "AUX") for t in span)


def _takes(verb: Token, doc: Doc, start: int, end: int) -> bool:
    """Whether a reporting verb beside a short quote reports it: the quote sits in the verb's
    clause but not in its subject ("called the truce "fragile""), or no other verb stands between
    them ("'Never,' Lind said"). A verb past another clause, or whose subject holds the quote
    ("the "quiet" envoys are expected to ..."), reports other words."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    subjects = {t.i for c in verb.children if c.dep_ in SUBJECT_DEPS for t in c.subtree}
    if span.root.i not in subjects and verb in span.root.ancestors:
        return True
    between = doc[span.end:verb.i] if verb.i >= span.end else doc[verb.i + 1:span.start]
    return not any(t.pos_ in ("VERB", "AUX") for t in between)


def _label(doc: Doc, start: int, end: int) -> bool:
    """A quote the words before it mark as a name, whoever speaks: "so-called "X"" (a label
    the writer keeps at a distance) and a title after the noun of a work or an undertaking
    ("the film "Long Night"", "Operation "Iron Gate"", "a campaign called "Bread First""),
    the title of a thing, not words anyone said."""
    before = re.findall(r"[\w-]+", text_of(doc)[max(0, start - 40):start].lower())
    if before[-1:] == ["so-called"] or before[-2:] == ["so", "called"]:
        return True
    if before[-1:] and before[-1] in NAMING_PARTICIPLES:
        before = before[:-1]
    return bool(before) and before[-1] in WORK_NOUNS and _title(text_of(doc)[start:end])


def _presented(doc: Doc, start: int, past_articles: bool = False) -> bool:
    """Whether the word before a quote's opening mark is a verb, "as" or a colon (past "a" or
    "the" too if ``past_articles``: "admires her as a "true patriot"")."""
    opening = doc.char_span(start, start + 1, alignment_mode="expand")
    i = opening.start - 1 if opening is not None else -1
    while i >= 0 and (doc[i].text in FAMILY or (past_articles and doc[i].lower_ in ARTICLES)):
        i -= 1
    return i >= 0 and (doc[i].pos_ in ("VERB", "AUX") or doc[i].lower_ in ("as", ":"))


def _title(words: str) -> bool:
    """Capitalised words, the small ones of titles aside ("Tales of the Old Port,"): the name
    of a work, a show or a slogan, which no clause of speech is written as."""
    tokens = re.findall(r"[\w'’-]+", words)
    if not tokens or len(tokens) > TITLE_WORDS_MAX or words.rstrip().endswith(("?", "!")):
        return False
    return all(t[0].isupper() or t[0].isdigit() or t.lower() in TITLE_SMALL_WORDS for t in tokens)


def _words_of(text: str, start: int, end: int) -> tuple[int, int]:
    """A quote's span without the punctuation at its edges ("peanuts," of "is "peanuts," ..."):
    a reported clause that holds the quote ends at its last word, not at its comma."""
    while end > start + 1 and not text[end - 1].isalnum():
        end -= 1
    while start < end - 1 and not text[start].isalnum():
        start += 1
    return start, end


def _holder(start: int, end: int, indirect: list[Attribution]) -> Attribution | None:
    """The innermost attribution whose content holds the quote and whose subject speaks."""
    holders = [a for a in indirect if _within((start, end), (a.start, a.end))]
    spoken = [a for a in holders if a.cue is None or not VERB_FORMS.get(a.cue[0].lower_, _SAYS).evidence]
    return min(spoken or holders, key=lambda a: a.end - a.start, default=None)


def quote_runs(text: str) -> list[tuple[int, int]]:
    """Everything quoted directly: quoted spans, and signed paragraphs without marks of their own."""
    direct = quoted_spans(text)
    unmarked = [c for c, _ in signatures(text) if not any(_overlap(c, d) for d in direct)]
    return sorted(direct + unmarked)


def _nearby(doc: Doc, start: int, end: int) -> Attribution | None:
    """The reporting verb right after the quote ("...," he said), else right before (He said: "...").
    A quote whose own full stop ends its sentence, with a capital after the mark ("'... B.' The
    ministry said ..."), has no attribution after it: the next sentence reports something else."""
    after = [] if _closes_sentence(text_of(doc), end) else _window(doc, end, forward=True)
    before = _window(doc, start, forward=False)
    short = _short(text_of(doc), start, end)
    for verb in [t for t in after + before if reporting_verb(t) is not None]:  # nearest first
        speaker = subject_of(verb)
        if speaker is not None and (not short or _takes(verb, doc, start, end)):
            return Attribution(start, end, True, cue=_cue(verb), speaker=speaker)
    return None


def _named_after(doc: Doc, start: int, end: int) -> Attribution | None:
    """A quote that is a sentence of its own, whose speaker the next sentence names ("'...' The
    minister made the remarks on Monday."; "'...' That was the message from X."; "'...' X wrote
    on Telegram."): the next sentence says who said it, not something else, when it is only
    about the words (a definite noun for them, "the remarks", "that message", made by or coming
    from someone) or is a verb of saying with a subject and nothing said of its own, and does not
    deny it ("X did not comment", "X never said so")."""
    if not _closes_sentence(text_of(doc), end):
        return None
    sentence = _next_sentence(doc, end)
    for token in sentence:
        if any(c.dep_ == "neg" for c in token.children):
            continue  # "X did not comment", "those were not the words of X": denied, not named
        speaker = _utterance_source(token) or _bare_saying(token, sentence)
        if speaker is not None:
            return Attribution(start, end, True, cue=_cue(token), speaker=speaker)
    return None


def _next_sentence(doc: Doc, end: int) -> list[Token]:
    """The tokens of the sentence right after a quote's closing mark, up to its full stop."""
    span = doc.char_span(end, min(end + 1, len(text_of(doc))), alignment_mode="expand")
    i = span.start if span is not None else len(doc)
    while i < len(doc) and (doc[i].text in FAMILY or doc[i].is_space or doc[i].text in SENTENCE_ENDS):
        i += 1
    tokens = []
    while i < len(doc) and doc[i].text not in SENTENCE_ENDS and doc[i].text not in FAMILY and "\n" not in doc[i].text:
        tokens.append(doc[i])
        i += 1
    return tokens


def _said_words(token: Token) -> bool:
    """A definite noun for words said ("the remarks", "that message", "those words", "his comments")."""
    return bool(set(base_forms(token.lower_)) & UTTERANCES) and any(
        c.dep_ in ("det", "poss") and c.lower_ in DEFINITE | DEMONSTRATIVES for c in token.children
    )


def _utterance_source(verb: Token) -> Span | None:
    """Who the words are said to come from, when a clause is only about them: "X made the
    remarks", "the remarks were made by X", "the comments came from X", "that was the message
    from X", "those were the words of X"."""
    forms = set(base_forms(verb.lower_))
    said = [c for c in verb.children if _said_words(c)]
    if forms & MAKING and any(c.dep_ in ("dobj", "nsubjpass") for c in said):
        return subject_of(verb)  # the maker, or the passive's agent
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    about_words = subject is not None and (subject in said or subject.lower_ in DEMONSTRATIVES and any(c.dep_ == "attr" for c in said))
    if not forms & BEING or not about_words:
        return None
    for holder in [verb, *said]:
        for prep in holder.children:
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if prep.dep_ == "prep" and prep.lower_ in UTTERANCE_SOURCES and pobj is not None:
                return noun_phrase(pobj)
    return None


def _bare_saying(verb: Token, sentence: list[Token]) -> Span | None:
    """The subject of a verb of saying that says nothing of its own ("X wrote on Telegram on
    Sunday", "she told reporters"): the words it reports are the quote before it. Not an answer
    to them ("X replied"), a meeting ("X spoke with Y") or a deed ("X attacked")."""
    if reporting_verb(verb) is None or not set(base_forms(verb.lower_)) & SAYING_ALONE or (verb.head != verb and verb.head in sentence):
        return None
    own = [c for c in verb.children if c.i >= sentence[0].i]  # the parser may hang the quote before on the verb
    if any(c.dep_ in ("ccomp", "xcomp", "dobj", "attr", "oprd") and not _audience(c) for c in own):
        return None
    subject = next((c for c in own if c.dep_ == "nsubj"), None)
    return noun_phrase(subject) if subject is not None else None


def _audience(token: Token) -> bool:
    """Who is told ("told reporters"): an object that is no content."""
    return bool(set(base_forms(token.lower_)) & AUDIENCES)


def _closes_sentence(text: str, end: int) -> bool:
    """Whether a quote ends in a full stop and a capitalised word follows its closing mark."""
    rest = text[end:end + 12].lstrip("".join(FAMILY)).lstrip(" \t")
    return text[:end].rstrip("".join(FAMILY)).endswith(".") and rest[:1].isupper()


def _window(doc: Doc, offset: int, forward: bool) -> list[Token]:
    """Tokens beside a quote up to the next quote mark, sentence end or paragraph break."""
    span = doc.char_span(offset, min(offset + 1, len(text_of(doc))), alignment_mode="expand")
    if span is None:
        return []
    step = 1 if forward else -1
    i = span.start if forward else span.start - 1
    if 0 <= i < len(doc) and doc[i].text in FAMILY:
        i += step  # the quote's own mark
    tokens: list[Token] = []
    while 0 <= i < len(doc) and len(tokens) < NEAR_TOKENS:
        token = doc[i]
        if "\n" in token.text or (not forward and "\n" in token.whitespace_):
            break
        if FAMILY.get(token.text) or (token.text in ".!?" and forward):
            break  # '...alive”. Peskov denied ...': the full stop after the mark ends the quote's sentence
        tokens.append(token)
        if forward and "\n" in token.whitespace_:
            break
        i += step
    return tokens


def _governing(doc: Doc, start: int, end: int) -> Attribution | None:
    """No reporting verb: the subject of the clause the quote sits in ("Ryan called it "..."")."""
    verb = _governing_verb(doc, start, end)
    if verb is None or _writers_clause(doc, start, end):
        return None
    subject = next(c for c in verb.children if c.dep_ == "nsubj")
    return Attribution(start, end, True, speaker=noun_phrase(subject))


def _governing_verb(doc: Doc, start: int, end: int) -> Token | None:
    """The nearest head above a quote with a subject of its own outside it (not "who")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    for verb in span.root.ancestors:
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None and not start <= subject.idx < end and subject.lower_ not in RELATIVE_PRONOUNS:
            return verb
    return None


def _introduced(doc: Doc, start: int, end: int) -> Attribution | None:
    """A quote opening a paragraph after one that ends in a colon ("Smith responded:") is what
    that sentence introduces: its reporting verb's speaker, else its main clause's subject."""
    paragraph = text_of(doc).rfind("\n", 0, start) + 1
    before = text_of(doc)[:paragraph].rstrip()
    if not before.endswith(":") or text_of(doc)[paragraph:start].strip(" \t" + "".join(FAMILY)):
        return None
    colon = doc.char_span(len(before) - 1, len(before), alignment_mode="expand")
    if colon is None:
        return None
    lead = [t for t in colon[0].sent if t.i < colon.start]  # the parser may run the sentence into the quote
    for verb in reversed([t for t in lead if reporting_verb(t) is not None]):
        speaker = subject_of(verb)
        if speaker is not None:
            return Attribution(start, end, True, cue=_cue(verb), speaker=speaker)
    subjects = [t for t in lead if t.dep_ == "nsubj" and t.head in lead and t.lower_ not in RELATIVE_PRONOUNS]
    subject = min(subjects, key=lambda t: len(list(t.head.ancestors)), default=None)  # the main clause's
    return Attribution(start, end, True, speaker=noun_phrase(subject)) if subject is not None else None


def _colon_named(text: str, start: int, end: int) -> Attribution | None:
    """A quote right after "Name:" ("... - Mara Voss: "The first lesson is ...""), how digests and
    transcripts quote: the capitalised words before the colon speak."""
    line = text.rfind("\n", 0, start) + 1
    match = COLON_NAME.search(text[line:start].rstrip(" \t" + "".join(FAMILY)))
    if match is None or match["name"].isupper():
        return None
    return Attribution(start, end, True, speaker_text=(line + match.start("name"), line + match.end("name")))


def _headline(text: str, start: int, end: int) -> Attribution | None:
    """A quote in a paragraph headed "Name: ..." (how headlines quote) is that name's."""
    head = _heading(text, text.rfind("\n", 0, start) + 1)
    if head is None or head[1] > start:
        return None
    return Attribution(start, end, True, speaker_text=head[0])


def _heading(text: str, paragraph: int, people: frozenset[str] = frozenset()) -> tuple[tuple[int, int], int] | None:
    """The speaker offsets and the colon's offset of a paragraph headed "Name: ...", if it is.

    A name in capitals is a transcript's speaker ("SMITH: ...") only when it names one of the
    article's ``people`` (folded name words); else it is a label ("UPDATE:", "BREAKING:")."""
    match = HEADLINE.match(text, paragraph)
    if match is None:
        return None
    words = match["name"].split()
    if all(w.isupper() for w in words) and not all(fold(w) in people for w in words):
        return None
    kept = words[:next((i for i, w in enumerate(words) if w.lower() in HEADLINE_BREAKS), len(words))]
    if not kept:
        return None
    return (match.start("name"), match.start("name") + len(" ".join(kept))), match.end() - 2


def _names_someone(doc: Doc, span: tuple[int, int], people: frozenset[str]) -> bool:
    """Whether a heading's name is a person or a body of the article (a mention of one, or words of
    a person's name), not a dateline's place ("New Delhi: ...") or a label ("Latest News: ...")."""
    if set(fold(text_of(doc)[span[0]:span[1]]).split()) <= people:
        return True
    speakers = [m for e in doc._.entities or [] if e.type in ("person", "organisation") for m in e.mentions]
    place = any(_overlap(span, (p.start, p.end)) for p in doc._.places or [])
    return any(_overlap(span, m) for m in speakers) and not place


def headed_paragraphs(doc: Doc) -> list[Attribution]:
    """Paragraphs headed "Name: ..." ("Voss: No deal without guarantees"): the rest of the
    paragraph is what the name said, the colon its cue, as headlines and transcripts attribute."""
    people = frozenset(w for e in doc._.entities or [] if e.type == "person" for w in fold(e.name).split())
    found = []
    offset = 0
    for paragraph in text_of(doc).split("\n"):
        head = _heading(text_of(doc), offset, people)
        if head is not None and _names_someone(doc, head[0], people):
            content = trimmed(text_of(doc), head[1] + 1, offset + len(paragraph))
            colon = doc.char_span(head[1], head[1] + 1, alignment_mode="expand")
            if len(text_of(doc)[content[0]:content[1]].split()) >= MIN_CONTENT_TOKENS and colon is not None:
                found.append(Attribution(*content, False, cue=colon, speaker_text=head[0]))
        offset += len(paragraph) + 1
    return found


def _signed(signed: list[tuple[tuple[int, int], tuple[int, int]]], start: int, end: int) -> Attribution | None:
    for content, author in signed:
        if content[0] <= start and end <= content[1]:
            return Attribution(start, end, True, speaker_text=author)
    return None


def _carry_over(doc: Doc, direct: list[Attribution], indirect: list[Attribution]) -> None:
    """A quote with no speaker near it continues the last speaker in its or the paragraph before.

    Right after a direct quote and its attribution ("'A,' she said. 'B.'", or the next paragraph
    of a long quote) it is the rest of that quote and shares its cue, so the halves read as one
    statement; else it is a statement of its own, with no cue. A verbless phrase (a "safe"
    village) is a label, which goes on no one's statement."""
    text = text_of(doc)
    paragraph_starts = [0] + [m.end() for m in re.finditer(r"\n", text)]
    attributed = sorted((a for a in direct + indirect if a.speaker is not None or a.speaker_text), key=lambda a: a.start)
    for quote in direct:
        if quote.speaker is not None or quote.speaker_text or quote.cue is not None or _phrase(doc, quote.start, quote.end):
            continue  # reported with no speaker named ('reportedly "..."'): that report's; or a label
        if in_furniture(doc, quote.start, quote.end):
            continue  # a linked story's title: no statement of the paragraph before
        paragraph = max(s for s in paragraph_starts if s <= quote.start)
        previous = max((s for s in paragraph_starts if s < paragraph - 1 and text[s:paragraph].strip()), default=0)
        earlier = [a for a in attributed if previous <= a.start < quote.start]
        if earlier:
            continued = _continued(text, earlier, quote)
            last = continued or earlier[-1]
            quote.speaker, quote.speaker_text, quote.cue = last.speaker, last.speaker_text, None
            if continued is not None or _continues(text, last, quote):
                quote.cue = last.cue
                attributed.append(quote)  # a quote running on over several paragraphs


def _continued(text: str, earlier: list[Attribution], quote: Attribution) -> Attribution | None:
    """The last direct quote cued after it ("'A,' she said"), if ``quote`` goes on it also past what
    its attribution sentence holds: a report ("'A,' she said, adding that X. 'B.'") or a quoted
    name ("'A,' said Ana Lind, the author of 'Old Port,' who teaches in Vale. 'B.'")."""
    last = next((a for a in reversed(earlier) if a.direct and a.cue is not None and a.end <= a.cue.start_char), None)
    return last if last is not None and _continues(text, last, quote) else None


def _continues(text: str, last: Attribution, quote: Attribution) -> bool:
    """Whether ``quote`` is the rest of the direct quote ``last``: only its attribution ("..." she
    said, "...", also when the attribution ends the paragraph) or a paragraph break lies between."""
    if not last.direct or last.end > quote.start:
        return False
    marks = " \t\n\xa0" + "".join(FAMILY)
    if last.cue is None or not last.end <= last.cue.start_char < quote.start:
        return not text[last.end:quote.start].strip(marks + ".,")
    after_cue = text[last.cue.start_char:quote.start].rstrip(marks)
    return not any(_ends_sentence(m) for m in SENTENCE_END.finditer(after_cue))


def _ends_sentence(match: re.Match) -> bool:
    """A full stop after a lower-case or long word ends a sentence; after "Sen." or "Fla." it need not."""
    word = match.group(1)
    return word.islower() or len(word) > 4


def join_pieces(text: str, quotes: list[Quote]) -> list[Quote]:
    """A direct quote that goes on the sentence of an earlier quote by the same speaker ("X
    insisted the levy is "an old burden" but "no minister will repeal it"") is a piece of that
    statement: it takes the earlier quote's cue, as a quote split by its cue does."""
    for i, quote in enumerate(quotes):
        if not quote.direct or quote.speaker is None or quote.cue is not None:
            continue
        for earlier in reversed(quotes[:i]):
            if earlier.end > quote.start or earlier.cue is None or earlier.speaker is None:
                continue
            if "\n" in text[earlier.end:quote.start] or any(_ends_sentence(m) for m in SENTENCE_END.finditer(text[earlier.start:quote.start])):
                break
            if earlier.speaker.name == quote.speaker.name:
                quote.cue = earlier.cue
            break
    return quotes


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _within(inner: tuple[int, int], outer: tuple[int, int]) -> bool:
    """Nearly all of ``inner`` inside ``outer`` (edges differ by a mark or a full stop)."""
    return _overlap(inner, outer) >= SAME_QUOTE * (inner[1] - inner[0])
