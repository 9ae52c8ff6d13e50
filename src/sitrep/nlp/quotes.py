"""Quotes per article: every direct and indirect quote, with its speaker resolved to an entity.

* Direct quotes come from the quotation marks themselves, not the parse: straight, curly,
  typewriter (``'' ... ''``) and guillemet marks are paired by what surrounds them (an opening
  mark follows a space, a closing one precedes it), so an apostrophe is never a quote. A
  paragraph that opens a quote without closing it continues into the next paragraph when that
  one opens with a mark (the newspaper convention for long quotes). A quote inside another
  quote is part of it, not a second quote.
* Indirect speech comes from the parse: a reporting verb of ``data/quotes_speech_verbs.txt``
  with a complement clause ("X said (that) ..."), the inverted order ("..., said X", also when
  the parser makes "said" the root), an aside ("The talks, he said, will go on"; "As the
  ministry noted, ..."), an object for verbs such as "announce" or "endorse" (one word will do:
  "endorsed Smith", "said yes"; with its reason: "accused X of Y"), a passive with its agent
  ("was first reported by X"), "according to X", a record of ``data/quotes_records.txt`` set
  before its clause ("In a statement, the ministry rejected the plan"), a cue noun of ``data/quotes_cue_nouns.csv``
  ("her support for X", "his claim that ..."), "reportedly" (a report with no speaker named),
  and a paragraph headed "Name: ..." (headlines, transcripts) when the name is a person or body
  of the article. A reported clause stops before a reporting verb joined to it (", calling
  ..."), which is an attribution of its own; one inside another's report ("she said he
  wants ...") is part of that report unless it says or is "according to" someone. A noun that is what was said is the content of a verb
  modifying it ("the plan Norland rejected", "a view endorsed by X").
* A direct quote takes the attribution whose content holds it or that quotes it; else the
  nearest reporting verb beside it (so "'A,' he said, 'B.'" gives both halves one speaker);
  else "Name:" right before it; else a signature ("— Name (@handle) date", how tweets and
  statements are quoted); else the speaker of the quote before it in the paragraph or the
  paragraph before.
* Speakers resolve through ``doc._.entities``: a name or pronoun mention of an entity (the
  entities component links pronouns), an office ("the Kremlin spokesperson") to the person
  holding that title, and anything else keeps its own words with no entity ("NATO allies").
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from importlib import resources

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from sitrep.facts import Cue, Entity, Quote, Speaker
from sitrep.nlp.doctext import text_of
from sitrep.nlp.entities import TITLE_WORDS, fold, in_dateline, title_fits
from sitrep.nlp.figures import figure_classes

SUBJECT_DEPS = ("nsubj", "nsubjpass")
INHERITS_SUBJECT = ("advcl", "xcomp", "conj", "ccomp")  # "..., saying ...": its head's speaker
RELATIVE_PRONOUNS = {"who", "which", "that"}
PLURAL_PRONOUNS = {"they", "them"}
FINITE = {"VBD", "VBZ", "VBP", "MD"}  # tags of a verb or auxiliary that carries tense
GROUPS = ("ORG", "NORP")  # entity types "they" can stand for
DEFINITE = {"the", "this", "that", "its", "his", "her", "their"}
INDEFINITE = {"a", "an", "one", "some", "another", "any"}  # "a spokesperson" is nobody in particular
MIN_CONTENT_TOKENS = 2
NEAR_TOKENS = 12  # how far beside a direct quote its reporting verb may be
SAME_QUOTE = 0.9  # a span this much inside another is held by it
SCARE_QUOTE_WORDS = 2  # fewer quoted words than this, with no verb reporting them, quote nobody
CLAUSE_ENDS = (".", "!", "?", ",", "…")
TITLE_WORDS_MAX = 8  # a capitalised run longer than this is a headline or a sentence, not a title
TITLE_SMALL_WORDS = {"a", "an", "the", "of", "and", "or", "for", "to", "in", "on", "at", "by", "with", "from", "vs"}
AUDIENCES = {  # who is told: "told reporters", "reminded voters" (singular, lower case)
    "reporter", "journalist", "crowd", "audience", "supporter", "voter", "people", "viewer", "listener",
    "reader", "press", "colleague", "member", "lawmaker", "follower", "donor", "student", "worker",
    "employee", "resident", "friend", "fan", "delegate", "everyone", "anyone", "someone", "nobody",
}
ASPECTUAL = {"continue"}  # a verb of saying only with a clause ("continued to insist that ..."), never through its object
ANSWERS = {"so", "yes", "no"}  # "half said so", "most said yes": a one-word answer is what was said
PLACEHOLDERS = {"WP", "WDT"}  # a lone "what" or "which" ("what it says about X") stands for words said elsewhere
SAYING = {"say"}  # the verb that reports a speaker's words even inside another's report
HEARSAY = {"reportedly"}  # an adverb that reports the clause it modifies, no speaker named
RESULT_WORDS = {"now", "so", "such"}  # "now that ...", "so fast that ...": no complement clause
REASONS = {"for", "of"}  # prepositions that give what an object was praised, blamed or accused for


# -- lexicon ------------------------------------------------------------------------------


def _inflections(lemma: str) -> set[str]:
    """The regular -s, -ed and -ing forms of an English verb."""
    if lemma.endswith("e"):
        return {lemma, lemma + "s", lemma + "d", lemma[:-1] + "ing"}
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        return {lemma, lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
    plural = lemma + ("es" if lemma.endswith(("s", "sh", "ch", "x", "z", "o")) else "s")
    return {lemma, plural, lemma + "ed", lemma + "ing"}


@dataclass(frozen=True)
class ReportingVerb:
    lemma: str
    takes_object: bool  # "announced plans ...": the object is the content
    evidence: bool  # "the poll shows ...": the subject is a source, not a speaker
    particle: str | None  # "played up hopes", "pushed for": reports only with this particle or preposition
    prepositions: frozenset[str]  # "called for a ban": the object of these is the content


def _load_verbs() -> dict[str, ReportingVerb]:
    """Every inflected form of the lexicon's reporting verbs, with what the lexicon says of it."""
    text = resources.files("sitrep.nlp.data").joinpath("quotes_speech_verbs.txt").read_text()
    forms: dict[str, ReportingVerb] = {}
    for line in text.splitlines():
        words = line.split()
        if not words or line.startswith("#"):
            continue
        particle = next((w[1:] for w in words if w.startswith("+")), None)
        prepositions = frozenset(w[1:] for w in words if w[0] in "@+")
        verb = ReportingVerb(words[0], "!" in words, "?" in words, particle, prepositions)
        extra = {w for w in words[1:] if w.isalpha()}
        for form in _inflections(verb.lemma) | extra:
            forms[form] = verb
    return forms


VERB_FORMS = _load_verbs()


def _cue_rows(name: str) -> list[dict[str, str]]:
    """The rows of one of the cue tables in ``sitrep.nlp.data`` (lines starting "#" are notes)."""
    text = resources.files("sitrep.nlp.data").joinpath(name).read_text()
    return list(csv.DictReader(line for line in text.splitlines() if not line.startswith("#")))


def _load_nouns() -> dict[str, frozenset[str]]:
    """Each cue noun, singular and plural, with the words that introduce its content."""
    nouns: dict[str, frozenset[str]] = {}
    for row in _cue_rows("quotes_cue_nouns.csv"):
        noun = row["noun"]
        plural = noun + ("es" if noun.endswith(("s", "sh", "ch", "x")) else "s")
        nouns[noun] = nouns[plural] = frozenset(row["introduces"].split())
    return nouns


NOUN_CUES = _load_nouns()
# Stance adjectives of a copula ("critical of", "eager to") with the words that introduce their content.
ADJECTIVE_CUES = {row["adjective"]: frozenset(row["introduces"].split()) for row in _cue_rows("quotes_cue_adjectives.csv")}


def _load_records() -> dict[str, str]:
    """Each record noun, singular and plural, with whose words it carries: said, source or owned."""
    text = resources.files("sitrep.nlp.data").joinpath("quotes_records.txt").read_text()
    records: dict[str, str] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            noun, whose = line.split()
            plural = noun if noun.endswith("s") else noun + ("es" if noun.endswith(("sh", "ch", "x")) else "s")
            records[noun] = records[plural] = whose
    return records


RECORDS = _load_records()
_SAYS = ReportingVerb("say", False, False, None, frozenset())  # what "according to" counts as


def reporting_verb(token: Token) -> ReportingVerb | None:
    """The lexicon entry ``token`` reports speech through, if it is a verb that does."""
    verb = VERB_FORMS.get(token.lower_)
    if verb is None or token.pos_ not in ("VERB", "AUX"):
        return None
    if verb.particle and not any(c.dep_ in ("prt", "prep") and c.lower_ == verb.particle for c in _near(token)):
        return None
    return verb


def _near(verb: Token) -> list[Token]:
    """The verb's children and its object's: "see X as Y" often hangs "as Y" on X."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return list(verb.children) + [c for o in objects for c in o.children]


# -- quotation marks ----------------------------------------------------------------------

MARK = re.compile(r"``|''|[\"“”„«»'‘’‹›]")
FAMILY = {"``": "double", "''": "double", '"': "double", "“": "double", "”": "double", "„": "double",
          "«": "double", "»": "double", "'": "single", "‘": "single", "’": "single", "‹": "single", "›": "single"}
OPENS = {"``", "“", "„", "«", "‘", "‹"}  # what a mark is when its surroundings do not tell
CLOSES = {"”", "»", "’", "›"}
MARKUP_TAG = re.compile(r"</?[a-z][\w-]*(?:\s[^<>\n]*)?>")
OPEN_CONTEXT = "([{—–-/:" + "".join(FAMILY)


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    family: str  # "double" or "single"
    role: str  # "open", "close" or "either"


def find_marks(text: str) -> list[Mark]:
    """Every quotation mark with its role, judged from the characters either side of it."""
    marks = []
    tags = [m.span() for m in MARKUP_TAG.finditer(text)]
    for match in MARK.finditer(text):
        if any(start < match.start() < end for start, end in tags):
            continue  # an attribute's value in left-over markup: <tweet id="...">
        char = match.group()
        before = text[match.start() - 1] if match.start() else " "
        after = text[match.end()] if match.end() < len(text) else " "
        if FAMILY[char] == "single" and before.isalnum() and after.isalnum():
            continue  # an apostrophe: don't, Smith's, rock'n'roll
        can_open = (before.isspace() or before in OPEN_CONTEXT) and not after.isspace()
        can_close = not before.isspace() and (after.isspace() or not after.isalnum())
        if can_open != can_close:
            role = "open" if can_open else "close"
        else:
            role = "open" if char in OPENS else "close" if char in CLOSES else "either"
        if FAMILY[char] == "single" and role != "close" and before.isalnum():
            continue  # a letter before an "opening" single mark makes it an apostrophe
        marks.append(Mark(match.start(), match.end(), FAMILY[char], role))
    return marks


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Content offsets of the outermost quotations (marks excluded, paragraphs continued)."""
    marks = find_marks(text)
    spans = [s for family in ("double", "single") for s in _pair(text, [m for m in marks if m.family == family])]
    return sorted(s for s in spans if not any(o != s and o[0] <= s[0] and s[1] <= o[1] for o in spans))


def _pair(text: str, marks: list[Mark]) -> list[tuple[int, int]]:
    """Pair opening and closing marks of one family; an open quote may run on by paragraphs."""
    spans: list[tuple[int, int]] = []
    opened: Mark | None = None
    resumed = 0  # where the quote's latest paragraph began
    for mark in marks:
        if opened is not None and "\n" in text[resumed:mark.start]:
            if mark.role != "close" and _opens_next_paragraph(text, resumed, mark):
                resumed = mark.end
                continue
            opened = None  # never closed: not a quote we can bound
        if opened is None:
            if mark.role != "close":
                opened, resumed = mark, mark.end
        elif mark.role != "open":
            spans.append(_strip(text, opened.end, mark.start))
            opened = None
        else:
            opened, resumed = mark, mark.end  # two openers: the first was never closed
    return [s for s in spans if s[0] < s[1]]


def _opens_next_paragraph(text: str, since: int, mark: Mark) -> bool:
    """True when ``mark`` starts the paragraph right after the one that began at ``since``."""
    gap = text[since:mark.start]
    last_break = gap.rfind("\n")
    return not gap[last_break:].strip() and "\n" not in gap[:last_break].strip("\n \t\xa0")


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


SIGNATURE = re.compile(
    r"[.!?\"”’…]\s*(?:[—―–]|--)\s*(?P<name>(?:(?:[A-Z][\w.'’-]*|of|the)\s?){1,6}?)\s*"
    r"(?:\(@\w+\))?\s*(?:[A-Z][a-z]+\.? \d{1,2}, \d{4})?\.?\s*$"
)


SENTENCE_END = re.compile(r"(\w+)[.!?][\"'’”)]*\s+(?=\S)")  # a full stop with more text after it
HEADLINE = re.compile(r"(?!(?:The|A|An) )(?P<name>(?:[A-Z][\w.'’-]* ){0,3}[A-Z][\w.'’-]*):[ \t]")
COLON_NAME = re.compile(r"(?<![\w'’])(?P<name>(?:[A-Z][\w.'’-]* ){0,3}[A-Z][\w.'’-]*):$")
HEADLINE_BREAKS = {"on", "to", "about", "for", "at", "in", "with", "over", "after", "against"}  # "X On Y: ..." quotes X


def signatures(text: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """(content, author) offsets of paragraphs signed "— Name (@handle) date": tweets, statements."""
    found = []
    offset = 0
    for paragraph in text.split("\n"):
        match = SIGNATURE.search(paragraph)
        if match and match.start() > 0:
            content = _strip(text, offset, offset + match.start() + 1)
            found.append((content, (offset + match.start("name"), offset + match.end("name"))))
        offset += len(paragraph) + 1
    return [(c, _strip(text, *n)) for c, n in found]


# -- attributions -------------------------------------------------------------------------


@dataclass
class Attribution:
    """What the parse says before speakers are resolved: content, cue and speaker tokens."""

    start: int
    end: int
    direct: bool
    cue: Span | None = None
    speaker: Span | None = None
    speaker_text: tuple[int, int] | None = None  # a signature's author, not a parsed phrase


class QuoteFinder:
    """``sitrep_quotes``: direct and indirect quotes with resolved speakers in ``doc._.quotes``."""

    def __init__(self, nlp: Language, name: str = "sitrep_quotes"):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        direct = quote_runs(text_of(doc))
        indirect = [a for a in reported_speech(doc) + headed_paragraphs(doc) if not _inside_any(a, direct)]
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


def reported_speech(doc: Doc) -> list[Attribution]:
    """Indirect quotes: reporting verbs with their content, and "according to X"."""
    found = []
    for token in doc:
        if token.lower_ == "according" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to":
            found.extend(_according_to(token))
        elif reporting_verb(token) is not None:
            found.extend(_reported(token))
        elif (clause := _that_clause(token)) is not None:
            found.extend(_proposition(token, clause))
        elif token.pos_ == "NOUN" and token.lower_ in NOUN_CUES:
            found.extend(_nominal(token))
        elif token.pos_ == "ADJ" and token.lower_ in ADJECTIVE_CUES:
            found.extend(_stance(token))
        elif token.pos_ == "NOUN" and (clause := _noun_clause(token)) is not None:
            found.extend(_held(token, clause))
        elif token.lower_ in HEARSAY and token.dep_ == "advmod":
            found.extend(_hearsay(token))
        elif token.lower_ == "in" and token.dep_ == "prep":
            found.extend(_in_record(token))
    return found


def _in_record(prep: Token) -> list[Attribution]:
    """ "In a statement, the ministry rejected the plan", "In the latest poll, the mayor leads", "In
    her view, the talks failed": a record set before the clause is its source, as "according to"
    is; its owner speaks through it, else the clause's subject through a statement or a letter,
    else a poll or a study itself. A clause whose own verb reports
    ("In a statement, she said ...") is that verb's attribution, and a record after its verb
    ("she appeared in an interview") is where something happened, not a source."""
    record = next((c for c in prep.children if c.dep_ == "pobj"), None)
    clause = prep.head
    if record is None or record.lower_ not in RECORDS or clause.pos_ not in ("VERB", "AUX") or prep.i > clause.i:
        return []
    if reporting_verb(clause) is not None or not _has_subject(clause):
        return []
    owner = next((c for c in record.children if c.dep_ == "poss"), None)
    whose = RECORDS[record.lower_]
    if whose == "owned" and owner is None:
        return []
    phrase = {t.i for t in prep.subtree}
    content = _trimmed(prep.doc, [t for t in clause.subtree if t.i not in phrase and t.i < _next_report(clause)])
    if content is None:
        return []
    source = noun_phrase(owner) if owner is not None else subject_of(clause) if whose == "said" else noun_phrase(record)
    return [Attribution(content.start_char, content.end_char, False, cue=prep.doc[prep.i:prep.i + 1], speaker=source)]


def _hearsay(adverb: Token) -> list[Attribution]:
    """ "The envoy has reportedly left": the clause is reported speech whose speaker is not named."""
    clause = adverb.head
    if clause.pos_ not in ("VERB", "AUX"):
        return []
    tokens = [t for t in clause.subtree if t.i < _next_report(clause)]
    content = _trimmed(adverb.doc, tokens)
    if content is None:
        return []
    return [Attribution(content.start_char, content.end_char, False, cue=adverb.doc[adverb.i:adverb.i + 1])]


def _nominal(noun: Token) -> list[Attribution]:
    """ "her support for the plan", "his claim that ...": a cue noun with its content, said by its
    possessor or by the subject of the verb it is the object of ("X won support for Y"); with
    neither ("support for the plan grew") it reports nobody and is no attribution, unless its
    content is a clause ("complaints that the count was rigged": said, by someone unnamed)."""
    if noun.dep_ == "dobj" and reporting_verb(noun.head) is not None:
        return []  # "expressed support for Y": the verb's attribution already holds it
    content = _trimmed(noun.doc, _noun_content(noun))
    holder = _holder_of(noun)
    if content is None or holder is None and not _states(noun, content):
        return []
    cue = noun.doc[noun.i:noun.i + 1]
    return [Attribution(content.start_char, content.end_char, False, cue=cue, speaker=holder)]


def _stance(adjective: Token) -> list[Attribution]:
    """ "X is critical of the plan", "X was eager to talk", "X is confident that ...": a stance
    adjective of a copula holds its content for the copula's subject; with no subject ("critical
    voices") it is no attribution."""
    if adjective.dep_ not in ("acomp", "oprd") or adjective.head.pos_ not in ("AUX", "VERB"):
        return []
    tokens = _cue_content(adjective, ADJECTIVE_CUES[adjective.lower_], ("ccomp", "xcomp", "advcl"), openers=("mark", "aux"))
    content = _trimmed(adjective.doc, tokens, least=1)
    speaker = subject_of(adjective.head)
    if content is None or speaker is None:
        return []
    cue = adjective.doc[adjective.i:adjective.i + 1]
    return [Attribution(content.start_char, content.end_char, False, cue=cue, speaker=speaker)]


def _noun_clause(noun: Token) -> Token | None:
    """The content clause a noun no lexicon lists takes right after it ("suggestions that he had
    lied", "the hope that talks resume"): a proposition, held by the noun's possessor or by the
    subject of the verb it is the object of. A relative clause ("the plan that she drew up")
    begins with a pronoun, not with the complementiser "that", and is none."""
    for clause in noun.rights:
        if clause.dep_ in ("acl", "ccomp") and _complementiser(clause) and clause.left_edge.i == noun.i + 1:
            return clause
    return None


def _complementiser(clause: Token) -> bool:
    """Whether a clause opens with the conjunction "that" (not the relative pronoun)."""
    return clause.left_edge.lower_ == "that" and clause.left_edge.dep_ == "mark"


def _clause_content(clause: Token) -> Span | None:
    """A that-clause without its "that", up to the next report in the sentence."""
    return _trimmed(clause.doc, [t for t in clause.subtree if t.i != clause.left_edge.i and t.i < _next_report(clause)])


def _held(noun: Token, clause: Token) -> list[Attribution]:
    """The attribution of a noun's content clause, to the noun's holder if it has one."""
    content = _clause_content(clause)
    if content is None:
        return []
    return [Attribution(content.start_char, content.end_char, False, cue=noun.doc[noun.i:noun.i + 1], speaker=_holder_of(noun))]


def _states(noun: Token, content: Span) -> bool:
    """Whether a cue noun's content is a clause of its own ("complaints that the count was
    rigged"): a report even when nobody is named as saying it."""
    after = content.doc[noun.i + 1:content.end]
    return content.start > noun.i and any(t.dep_ in ("acl", "ccomp") and t.head == noun for t in after)


def _noun_content(noun: Token) -> list[Token]:
    """What a cue noun introduces: the object of its preposition, its that-clause or its infinitive."""
    return _cue_content(noun, NOUN_CUES[noun.lower_], ("acl", "ccomp", "relcl"))


def _cue_content(word: Token, introduces: frozenset[str], clauses: tuple[str, ...], openers: tuple[str, ...] = ("mark",)) -> list[Token]:
    """The content a cue word introduces: the object of one of its prepositions, or a clause of
    one of the ``clauses`` kinds opened by one of its words ("that", "to"), without an opener of
    the ``openers`` kinds (a noun's infinitive keeps its "to": "a decision to close"); a relative
    clause counts only when "that" opens it ("the claim that ...", not "the claim it made")."""
    for child in word.rights:
        if child.dep_ == "prep" and child.lower_ in introduces:
            return [t for c in child.children if c.dep_ in ("pobj", "pcomp") for t in c.subtree]
        if child.dep_ in clauses:
            marks = {c.lower_ for c in child.children if c.dep_ in ("mark", "aux")}
            if marks & introduces and not (child.dep_ == "relcl" and "that" not in marks):
                return [t for t in child.subtree if not (t.dep_ in openers and t.i == child.left_edge.i)]
    return []


def _holder_of(noun: Token) -> Span | None:
    """Whose the attribution a noun carries is: its possessor, else the subject of its verb."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None:
        return noun_phrase(owner)
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    if noun.dep_ in ("dobj", "pobj") and verb.pos_ in ("VERB", "AUX"):
        return subject_of(verb)
    return None


def _reported(verb: Token) -> list[Attribution]:
    content = _content(verb)
    if content is None:
        return []
    speaker = subject_of(verb)
    if speaker is not None and (speaker.start_char, speaker.end_char) == (content.start_char, content.end_char):
        return []  # "'...?' asked Ana Lind": the parser took the inverted speaker for the object
    return [Attribution(content.start_char, content.end_char, False, cue=_cue(verb), speaker=speaker)]


def _that_clause(verb: Token) -> Token | None:
    """The "that" clause a verb no lexicon lists takes as its complement, when the verb has a
    subject of its own: "the court ruled that ...", "investigators discovered that ...", "they
    assumed that ...". Such a clause is a proposition its subject holds, whatever the verb
    (PARC's attribution covers beliefs, findings and rulings alike). "Now that", "so ... that"
    and a clause set off by a comma are conditions and results, not complements."""
    if verb.pos_ != "VERB" or not _has_subject(verb):
        return None
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.i < verb.i or not _complementiser(clause):
            continue
        before = verb.doc[clause.left_edge.i - 1]
        if before.lower_ not in RESULT_WORDS and not before.is_punct and not _apart(verb, clause):
            return clause
    return None


def _proposition(verb: Token, clause: Token) -> list[Attribution]:
    """The attribution of a that-clause to the subject of the verb that takes it; a passive's
    subject holds it too ("residents were convinced that ..."), unless it is the "it" that
    stands in for the clause ("it was feared that ...")."""
    content = _clause_content(clause)
    if content is None:
        return []
    speaker = subject_of(verb)
    experiencer = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.lower_ != "it"), None)
    if speaker is None and experiencer is not None:
        speaker = noun_phrase(experiencer)
    return [Attribution(content.start_char, content.end_char, False, cue=_cue(verb), speaker=speaker)]


def _content(verb: Token) -> Span | None:
    """What was said: the complement clause, the noun the verb modifies, the clause an inverted
    verb is set into, or the object."""
    doc = verb.doc
    clauses = [c for c in verb.children if _complement(c, verb) and not _apart(c, verb)]  # not a line before
    clause = min(clauses, key=lambda c: (c.i < verb.i, abs(c.i - verb.i)), default=None)
    if clause is not None:
        end = _next_report(clause)
        tokens = [t for t in clause.subtree if not (t.dep_ == "mark" and t.i == clause.left_edge.i) and t.i < end]
    elif (modified := _gapped(verb)) is not None:
        return _trimmed(doc, list(noun_phrase(modified)), least=1)  # "a view endorsed by X", "the plan X rejected"
    elif _inverted(verb):
        aside = _aside(verb)
        tokens = [t for t in verb.head.subtree if t.i not in aside]
    elif _objects(verb):
        tokens = [t for o in _objects(verb) for t in o.subtree if not (t.dep_ == "mark" and t.i == o.left_edge.i)]
        return _trimmed(doc, tokens, least=1)  # one word will do: "endorsed Cruz"
    elif (closer := _closing(verb)) is not None:
        tokens = [t for t in verb.sent if t.i < closer.left_edge.i]
    elif _parenthetical(verb):
        aside = {t.i for t in verb.subtree}
        tokens = [t for t in verb.head.subtree if t.i not in aside]
    elif (done := _passive_by(verb)) is not None:
        return _trimmed(doc, list(done.subtree), least=1)  # "the move was first reported by X"
    else:
        return None
    return _trimmed(doc, tokens)


def _complement(child: Token, verb: Token) -> bool:
    """A clause the verb reports: its complement, or a "that" clause the parser took for an
    adverbial one ("wrote late on Sunday that the plan was "reckless"")."""
    return child.dep_ == "ccomp" or child.dep_ == "advcl" and child.i > verb.i and child.left_edge.lower_ == "that"


def _gapped(verb: Token) -> Token | None:
    """The noun a reporting verb modifies when that noun is what was said: a relative clause whose
    object is the noun ("the plan that Norland rejected", "something he denied") or a participle
    with its agent ("a view endorsed by the farmers")."""
    noun = verb.head
    if verb.dep_ not in ("relcl", "acl") or noun.pos_ not in ("NOUN", "PROPN", "PRON") or noun.lower_ == "what":
        return None
    if verb.dep_ == "acl":
        return noun if verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in verb.children) else None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    said = [c for c in verb.children if c.dep_ in ("dobj", "ccomp", "xcomp", "oprd")]
    if subject is None or subject.lower_ in RELATIVE_PRONOUNS or any(c.lower_ not in RELATIVE_PRONOUNS for c in said):
        return None
    return noun


def _passive_by(verb: Token) -> Token | None:
    """The passive subject of a verb whose "by" agent says it: what the agent reported, backed, denied."""
    if not any(c.dep_ == "agent" for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubjpass" and c.lower_ not in RELATIVE_PRONOUNS), None)


def _inverted(verb: Token) -> bool:
    """ "The talks will go on, he said": a verb with its own subject set off after the clause it reports."""
    edge = verb.left_edge
    set_off = edge.is_punct or edge.i > 0 and verb.doc[edge.i - 1].is_punct  # the comma may be the verb's own
    return verb.dep_ in ("parataxis", "ccomp") and verb.head.i < verb.i and _has_subject(verb) and set_off


def _aside(verb: Token) -> set[int]:
    """The tokens of an inverted attribution: the verb, what precedes it (its subject, a comma) and
    what follows it up to the first word that could be said. "It is his job, he said, to warn
    them": the clause goes on after the aside, though the parser hangs its rest on the verb."""
    aside = {t.i for c in verb.lefts for t in c.subtree} | {verb.i}
    for child in verb.rights:
        if not (_only_when(child) or child.dep_ == "prt"):
            break
        aside |= {t.i for t in child.subtree}
    return aside


def _next_report(clause: Token) -> int:
    """Where a reported clause ends: before a reporting verb joined to it ("he respects her and
    calls her ...", "..., calling them ..."), which is an attribution of its own."""
    joined = [c for c in clause.rights if c.dep_ in ("conj", "advcl") and reporting_verb(c) is not None]
    if not joined:
        return clause.right_edge.i + 1
    start = joined[0].left_edge.i
    while start > clause.i and clause.doc[start - 1].dep_ in ("cc", "punct"):
        start -= 1  # the "and" or comma that joins it
    return start


def _closing(verb: Token) -> Token | None:
    """The subject of a verb that closes its sentence after a comma ("..., the ministry said on
    Tuesday"), when the parser made the verb the root and hung the clause before on something else."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.right_edge.i == verb.i - 1), None)
    if verb.dep_ != "ROOT" or subject is None or subject.left_edge.i == verb.sent.start:
        return None
    if not all(_only_when(c) for c in verb.rights):
        return None  # "In an interview, she spoke about ...": the verb has its own content after it
    return subject if verb.doc[subject.left_edge.i - 1].text == "," else None


def _only_when(token: Token) -> bool:
    """Punctuation or a time ("on Tuesday", "later"): nothing that could be what was said."""
    if token.is_punct or token.dep_ in ("npadvmod", "advmod"):
        return True
    inside = [t for t in token.subtree if t != token]
    return token.dep_ == "prep" and all(t.ent_type_ in ("DATE", "TIME") or t.is_punct for t in inside)


def _parenthetical(verb: Token) -> bool:
    """ "This campaign, he says, is different", "As the Post reported, the talks failed": a verb
    with its own subject set into or before the clause it reports, which is its head's. An "as"
    clause may also follow it or name its speaker as an agent ("..., as reported by the Post")."""
    as_clause = verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
    if as_clause:  # not "as polls show X", "as she continues to lead": those say something of their own
        said = any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "acomp") for c in verb.children)
        return not said and (_has_subject(verb) or any(c.dep_ == "agent" for c in verb.children))
    if not _has_subject(verb) or verb.head.i <= verb.i:
        return False
    edge = verb.left_edge
    set_off = edge.is_punct or edge.i > 0 and verb.doc[edge.i - 1].is_punct  # the comma may be the verb's own
    return verb.dep_ == "parataxis" and set_off


def _objects(verb: Token) -> list[Token]:
    """The object of a verb that reports through it, or of its lexicon preposition ("call for X")."""
    lexicon = VERB_FORMS[verb.lower_]
    if verb.tag_ == "VB" and not _has_subject(verb):
        return []  # "urged women to vote for X": the infinitive is what was urged, not an attribution
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and not any(c.dep_ == "agent" for c in verb.children):
        return []  # "a firm called X", "a town now named Y": a name given, said by nobody named
    objects = [
        c for c in verb.children
        if c.dep_ in ("dobj", "xcomp", "oprd") and _object_said(c, lexicon) or c.i > verb.i and c.lower_ in ANSWERS
    ]
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in lexicon.prepositions):
        objects.extend(c for c in prep.children if c.dep_ in ("pobj", "pcomp"))
    objects.extend(c for c in verb.children if c.dep_ == "advcl" and _marked_by(c, lexicon.prepositions))
    objects.extend(_bidding(verb) if not lexicon.takes_object else [])
    if any(o.dep_ == "dobj" for o in objects):  # "praised X for Y", "accused X of Y": the reason goes with X
        objects.extend(c for c in verb.children if c.dep_ == "prep" and c.lower_ in REASONS and c.i > objects[0].i)
    return objects


def _object_said(obj: Token, lexicon: ReportingVerb) -> bool:
    """Whether a verb's object is what was said: always for a verb the lexicon marks so ("pledged
    aid", "endorsed Cruz"); for any other verb of saying unless it is the person addressed ("told
    reporters", "warned him") or the verb is one of evidence ("the poll shows" has no speaker).
    PolNeAR train: objects of the unmarked verbs ("explained his vote", "wrote a memo", "hoped to
    win") are attributions about six times in ten."""
    if lexicon.takes_object:
        return True
    if lexicon.lemma in ASPECTUAL:
        return False  # "continues shelling cities": the act goes on, nothing is said
    return not lexicon.evidence and not _addressee(obj) and _can_speak(obj.head)


def _can_speak(verb: Token) -> bool:
    """Whether a verb's subject could have said anything: not the war itself ("the war has
    claimed thousands of lives" says nothing)."""
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    return subject is None or not figure_classes(subject) & {"war"}


def _addressee(token: Token) -> bool:
    """A person or audience spoken to: a personal pronoun, a name, a title or an audience noun."""
    return (
        token.tag_ == "PRP" and token.lower_ != "it"
        or token.ent_type_ in ("PERSON", "NORP", "ORG")
        or _is_title(token)
        or _audience(token)
    )


def _audience(token: Token) -> bool:
    """A noun of people spoken or written to ("reporters", "voters"), singular or plural."""
    return token.lower_.rstrip("s") in AUDIENCES


def _bidding(verb: Token) -> list[Token]:
    """ "told the crowd to go home", "warned residents to leave": with a person addressed, the
    infinitive is what was said, though the addressee alone ("told reporters") is not."""
    if not any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return []
    return [c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.i > verb.i and c.tag_ == "VB"
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]


def _marked_by(clause: Token, prepositions: frozenset[str]) -> bool:
    """ "called for Russia to withdraw": the parser makes the preposition the mark of a clause."""
    return any(c.dep_ == "mark" and c.lower_ in prepositions for c in clause.children)


def _according_to(according: Token) -> list[Attribution]:
    """ "according to X, ...": X is the speaker, the rest of the clause the content."""
    to = according.doc[according.i + 1]
    source = next((c for c in to.children if c.dep_ == "pobj"), None)
    phrase = {t.i for t in according.subtree} | {t.i for t in to.subtree}
    clause = according.head if according.head.i != according.i else according.sent.root
    tokens = [t for t in clause.subtree if t.i not in phrase]
    content = _trimmed(according.doc, tokens)
    if content is None or source is None:
        return []
    cue = according.doc[according.i:according.i + 2]
    return [Attribution(content.start_char, content.end_char, False, cue=cue, speaker=noun_phrase(source))]


def _trimmed(doc: Doc, tokens: list[Token], least: int = MIN_CONTENT_TOKENS) -> Span | None:
    """The contiguous run of ``tokens``, without punctuation, quote marks or a dateline at its edges."""
    words = [t for t in tokens if not (t.is_punct or t.is_space or in_dateline(t))]
    if sum(1 for t in words if t.is_alpha) < least or len(words) == 1 and words[0].tag_ in PLACEHOLDERS:
        return None
    return doc[words[0].i:words[-1].i + 1]


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in SUBJECT_DEPS for c in verb.children)


def _cue(verb: Token) -> Span:
    """The verb with its particle ("point out") as the cue span."""
    end = max([verb.i] + [c.i for c in verb.children if c.dep_ == "prt"])
    return verb.doc[verb.i:end + 1]


def subject_of(verb: Token) -> Span | None:
    """Who speaks through ``verb``: its subject, a relative clause's noun, or its head's subject.

    The nearest subject wins: the parser may give a verb a second one from a line before it."""
    for child in sorted(verb.children, key=lambda c: abs(c.i - verb.i)):
        if child.dep_ == "nsubj" and child.ent_type_ in ("DATE", "TIME"):
            named = next((c for c in child.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ not in ("DATE", "TIME")), None)
            if named is not None:
                return noun_phrase(named)  # "X Monday morning described ...": the date took X for its compound
        if child.dep_ == "nsubj" and not _apart(child, verb) and child.ent_type_ != "TIME":
            if child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                return noun_phrase(verb.head)
            if in_dateline(child):
                child = _after_dateline(child)
                if child is None:
                    continue
            return noun_phrase(child)
        if child.dep_ == "agent":
            agent = next((c for c in child.children if c.dep_ == "pobj"), None)
            return noun_phrase(agent) if agent is not None else None
    raised = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if raised is not None and any(c.dep_ == "xcomp" for c in verb.children):
        return noun_phrase(raised)  # "The Times is expected to endorse X": the Times endorses
    if verb.dep_ == "acl" and (sender := _record_sender(verb.head)) is not None:
        return sender  # "the party put out a video saying ...": the party speaks
    if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
        return noun_phrase(verb.head)  # "officials saying ..."
    if verb.dep_ in INHERITS_SUBJECT and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX"):
        raised = verb.dep_ == "xcomp" and next((c for c in verb.head.children if c.dep_ == "nsubjpass"), None)
        if raised:
            return noun_phrase(raised)  # "X is expected to endorse ...": X endorses
        joined = verb.dep_ == "conj" or verb.dep_ == "advcl" and verb.tag_ == "VBG"  # "and saying", ", calling"
        return subject_of(_reporting_ancestor(verb) if joined else verb.head)
    if verb.dep_ == "xcomp" and verb.head.pos_ == "ADJ" and verb.head.dep_ in ("acomp", "advcl", "amod", "conj"):
        stance = verb.head  # "X is keen to show ...", "X set out the plan, keen to show ..."
        if stance.head.pos_ in ("VERB", "AUX") and stance.head.i != stance.i:
            return subject_of(stance.head)
    if verb.dep_ == "pcomp" and (governor := _governing_verb(verb.head)) is not None:
        return subject_of(governor)  # "X began by saying ...", "X was the loudest in denouncing ..."
    following = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if _names_speaker(following):
        return noun_phrase(following.head if following.dep_ == "compound" else following)  # "said X"
    return _stranded_subject(verb)


def _governing_verb(preposition: Token) -> Token | None:
    """The verb a preposition's phrase belongs to, through the nouns and adjectives it hangs on:
    "began [by saying]", "was the loudest [in denouncing]", "has a habit [of blaming]"."""
    head = preposition.head
    for _ in range(3):
        if head.i == preposition.i or head.pos_ not in ("NOUN", "ADJ", "VERB", "AUX"):
            return None
        if head.pos_ in ("VERB", "AUX"):
            return head
        if head.dep_ not in ("dobj", "attr", "acomp", "advmod") or head.head.i == head.i:
            return None
        head = head.head
    return None


def _stranded_subject(verb: Token) -> Span | None:
    """The subject the parser hung elsewhere: the noun right before a finite verb that has none
    ("Speaking to A and B, the minister stated ...", where "the minister" became B's
    apposition; "X, the party's leader, said", where X became another noun's conjunct). Only
    dates, adverbs and an apposition may stand between them."""
    if verb.tag_ not in FINITE or any(c.dep_ in SUBJECT_DEPS + ("csubj", "expl") for c in verb.children):
        return None
    before = verb.i - 1
    while before >= verb.sent.start and (verb.doc[before].ent_type_ in ("DATE", "TIME") or verb.doc[before].pos_ == "ADV"):
        before -= 1
    noun = verb.doc[before] if before >= verb.sent.start else None
    if noun is not None and noun.text == "," and before - 1 >= verb.sent.start:
        noun = verb.doc[before - 1]  # "X, the party's leader, said": the apposition's noun
        if noun.dep_ != "appos":
            return None
        while noun.dep_ == "appos" and noun.head.i < noun.i and noun.head.dep_ not in ("pobj", "dobj"):
            noun = noun.head  # not up to an object: "In a note to the paper, her aide, X, said"
    if noun is None or noun.pos_ not in ("NOUN", "PROPN") or noun.head == verb:
        return None
    return noun_phrase(noun)


def _record_sender(record: Token) -> Span | None:
    """Who put out a record that speaks through a participle: the subject of the verb whose object
    it is ("X put out a video calling ...", "sent a letter to Y urging ..."), as for a message to
    an audience the parser hung the participle on ("X wrote to voters saying ..."). A record
    nobody is said to have put out ("a statement saying") speaks for itself."""
    if record.pos_ != "NOUN" or RECORDS.get(record.lower_) != "said" and not _audience(record):
        return None
    verb = record.head.head if record.dep_ == "pobj" else record.head
    if record.dep_ not in ("dobj", "pobj") or verb.pos_ not in ("VERB", "AUX"):
        return None
    return subject_of(verb)


def _after_dateline(subject: Token) -> Token | None:
    """The real subject when the parser made a dateline ("BERLIN (AP) - X said") the subject
    and hung the speaker on it as an apposition: that apposition, if it is past the dateline."""
    return next((c for c in reversed(list(subject.children)) if c.dep_ == "appos" and not in_dateline(c)), None)


def _apart(a: Token, b: Token) -> bool:
    """Tokens in different paragraphs: the parser may join a live blog's time line to the next one."""
    first, last = sorted((a, b), key=lambda t: t.i)
    return "\n" in text_of(first.doc)[first.idx:last.idx]


def _names_speaker(token: Token | None) -> bool:
    """Whether the word after an inverted verb ("..., said X") can be X: not "said Tuesday", nor
    the owner of the verb's object ("opposing Russia's war": Russia opposes nothing)."""
    return (
        token is not None and token.pos_ in ("PROPN", "NOUN", "PRON") and token.dep_ not in ("dobj", "poss")
        and not (token.dep_ == "compound" and token.head.dep_ == "poss")
        and token.ent_type_ not in ("DATE", "TIME", "CARDINAL", "ORDINAL")
    )


def _reporting_ancestor(verb: Token) -> Token:
    """What a coordinated "and saying" or a trailing ", calling ..." joins: the nearest reporting
    verb above it, else its head.

    The parser often hangs "X playing up hopes the war could end and saying ..." on "end"."""
    return next((a for a in verb.ancestors if reporting_verb(a) is not None), verb.head)


def noun_phrase(head: Token) -> Span:
    """A speaker phrase: the head with what precedes it and its "of" phrases, no clauses."""
    tokens = [head] + [t for c in head.lefts for t in c.subtree]
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ == "of" or child.dep_ == "compound":
            tokens.extend(child.subtree)
    tokens = [t for t in tokens if not t.is_punct and not _apart(t, head)] or [head]  # a punctuation head
    start = min(t.i for t in tokens)
    end = max(t.i for t in tokens)
    return head.doc[start:end + 1]


# -- direct quotes ------------------------------------------------------------------------


def attribute_direct(doc: Doc, direct: list[tuple[int, int]], indirect: list[Attribution]) -> list[Attribution]:
    """An Attribution for each direct quote run; indirect ones that merely repeat it are removed."""
    found: list[Attribution] = []
    signed = signatures(text_of(doc))
    for start, end in direct:
        same = [a for a in indirect if _within((a.start, a.end), (start, end))]
        holder = _holder(start, end, [a for a in indirect if a not in same])
        attribution = Attribution(start, end, True)
        source = same[0] if same else (
            holder or _nearby(doc, start, end) or _colon_named(text_of(doc), start, end) or _introduced(doc, start, end)
            or _signed(signed, start, end)
            or _headline(text_of(doc), start, end) or _governing(doc, start, end)
        )
        if source is not None:
            attribution.cue, attribution.speaker, attribution.speaker_text = source.cue, source.speaker, source.speaker_text
            if found and _same_attribution_sentence(found[-1], attribution):
                attribution.cue = found[-1].cue
        for a in same:
            indirect.remove(a)
        found.append(attribution)
    _carry_over(text_of(doc), found, indirect)
    return [a for a in found if a.cue is not None or a.speaker_text or not _scare_quote(doc, a)]



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
    return _title(words) and not _presented(doc, attribution.start)


def _presented(doc: Doc, start: int) -> bool:
    """Whether the word before a quote's opening mark is a verb, "as" or a colon."""
    opening = doc.char_span(start, start + 1, alignment_mode="expand")
    i = opening.start - 1 if opening is not None else -1
    while i >= 0 and doc[i].text in FAMILY:
        i -= 1
    return i >= 0 and (doc[i].pos_ in ("VERB", "AUX") or doc[i].lower_ in ("as", ":"))


def _title(words: str) -> bool:
    """Capitalised words, the small ones of titles aside ("Tales of the Old Port,"): the name
    of a work, a show or a slogan, which no clause of speech is written as."""
    tokens = re.findall(r"[\w'’-]+", words)
    if not tokens or len(tokens) > TITLE_WORDS_MAX or words.rstrip().endswith(("?", "!")):
        return False
    return all(t[0].isupper() or t[0].isdigit() or t.lower() in TITLE_SMALL_WORDS for t in tokens)


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
    """The reporting verb right after the quote ("...," he said), else right before (He said: "...")."""
    after = _window(doc, end, forward=True)
    before = _window(doc, start, forward=False)
    for verb in [t for t in after + before if reporting_verb(t) is not None]:  # nearest first
        speaker = subject_of(verb)
        if speaker is not None:
            return Attribution(start, end, True, cue=_cue(verb), speaker=speaker)
    return None


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
        if FAMILY.get(token.text) or (token.text in ".!?" and forward and tokens):
            break
        tokens.append(token)
        if forward and "\n" in token.whitespace_:
            break
        i += step
    return tokens


def _governing(doc: Doc, start: int, end: int) -> Attribution | None:
    """No reporting verb: the subject of the clause the quote sits in ("Ryan called it "..."")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    for verb in span.root.ancestors:
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None and not start <= subject.idx < end and subject.lower_ not in RELATIVE_PRONOUNS:
            return Attribution(start, end, True, speaker=noun_phrase(subject))
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
            content = _strip(text_of(doc), head[1] + 1, offset + len(paragraph))
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


def _carry_over(text: str, direct: list[Attribution], indirect: list[Attribution]) -> None:
    """A quote with no speaker near it continues the last speaker in its or the paragraph before.

    Right after a direct quote and its attribution ("'A,' she said. 'B.'", or the next paragraph
    of a long quote) it is the rest of that quote and shares its cue, so the halves read as one
    statement; else it is a statement of its own, with no cue."""
    paragraph_starts = [0] + [m.end() for m in re.finditer(r"\n", text)]
    attributed = sorted((a for a in direct + indirect if a.speaker is not None or a.speaker_text), key=lambda a: a.start)
    for quote in direct:
        if quote.speaker is not None or quote.speaker_text:
            continue
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


# -- speakers -----------------------------------------------------------------------------


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
        if _is_title(head) and phrase[0].lower_ not in INDEFINITE:
            holder = self._by_title(phrase)
            if holder is not None:
                return Speaker(holder.id, holder.name, phrase.start_char, phrase.end_char)
        antecedent = plural_antecedent(head) if head.lower_ in PLURAL_PRONOUNS else None
        if antecedent is not None:
            return self._through(antecedent, phrase)
        return Speaker(None, _without_article(phrase.text), phrase.start_char, phrase.end_char)

    def _joined_name(self, head: Token) -> tuple[Entity, tuple[int, int]] | None:
        """The person a bare role is joined to: "[party hopeful] and former judge X", "[Acme Vice
        President] for sales X" (the parser coordinates the name with the role). Only for
        a singular role without an article: "the president and X" are two speakers."""
        if head.tag_ not in ("NN", "NNP") or any(c.dep_ == "det" for c in head.children):
            return None
        for child in head.children:
            if child.dep_ in ("conj", "appos"):
                found = self._mention_at(child.idx, child.idx + len(child.text))
                if found is not None and found[0].type == "person":
                    return found
        return None

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
            shared = max((len(words & set(fold(t).split())) for t in entity.titles), default=0)
            before = max((m[0] for m in entity.mentions if m[0] < phrase.start_char), default=-1)
            if best is None or (shared, before) > best:
                best, holder = (shared, before), entity
        return holder


def plural_antecedent(pronoun: Token) -> Span | None:
    """What "they" most likely refers to: the nearest subject before it, in its sentence or the one
    before, that is plural or a body ("Most voters said they ...", "The ministry said they ...")."""
    sentence = pronoun.sent
    first = sentence.start if sentence.start == 0 else pronoun.doc[sentence.start - 1].sent.start
    for token in reversed(pronoun.doc[first:pronoun.i]):
        if token.dep_ in SUBJECT_DEPS and token.pos_ != "PRON" and _plural(token) and _finite(token.head):
            return noun_phrase(token)
    return None


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


def _is_title(token: Token) -> bool:
    return token.lower_ in TITLE_WORDS or token.lower_.rstrip("s") in TITLE_WORDS


def _without_article(text: str) -> str:
    return re.sub(r"^(?:the|The)\s+", "", text)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _within(inner: tuple[int, int], outer: tuple[int, int]) -> bool:
    """Nearly all of ``inner`` inside ``outer`` (edges differ by a mark or a full stop)."""
    return _overlap(inner, outer) >= SAME_QUOTE * (inner[1] - inner[0])


def _part_of_report(attribution: Attribution, indirect: list[Attribution]) -> bool:
    """An attribution inside another one's content ("she said he wants a recount", "they say his
    support for the plan is waning", "he noted that she called it ...") is part of what was
    reported, as PolNeAR annotates it; only "say" and "according to" report a second speaker's
    words there ("she said the allies have said ...")."""
    cue = attribution.cue
    if cue is None or not _inside_any(attribution, [(a.start, a.end) for a in indirect if a is not attribution]):
        return False
    verb = reporting_verb(cue[0])
    return not (verb is not None and verb.lemma in SAYING or cue[0].lower_ == "according")


def _inside_any(attribution: Attribution, spans: list[tuple[int, int]]) -> bool:
    """A reporting verb inside a quote belongs to the quoted speaker's own words."""
    cue = attribution.cue
    return cue is not None and any(s <= cue.start_char and cue.end_char <= e for s, e in spans)
