"""Word lists of the quotes rules and the lexicon: reporting verbs, cue nouns and adjectives,
records (``data/quotes_*``), loaded once."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from importlib import resources

from spacy.tokens import Token

from sitrep.nlp.inflection import base_forms
from sitrep.nlp.outlets import outlet_table


SUBJECT_DEPS = ("nsubj", "nsubjpass")
INHERITS_SUBJECT = ("advcl", "xcomp", "conj", "ccomp")  # "..., saying ...": its head's speaker
RELATIVE_PRONOUNS = {"who", "which", "that"}
PLURAL_PRONOUNS = {"they", "them"}
FINITE = {"VBD", "VBZ", "VBP", "MD"}  # tags of a verb or auxiliary that carries tense
GROUPS = ("ORG", "NORP")  # entity types "they" can stand for
HEARSAY_PASSIVES = frozenset({"report", "say", "rumour", "rumor", "allege", "believe", "think", "understand"})  # "X was reported to ..."
BODY_NOUNS = frozenset({  # words for a body "it" can stand for when it speaks ("The ministry said ... It accused X")
    "ministry", "government", "office", "agency", "council", "army", "military", "kremlin", "committee", "commission",
    "embassy", "department", "presidency", "cabinet", "parliament", "court", "alliance", "organisation", "organization",
    "command", "administration", "authority", "assembly", "mission", "union", "company", "party", "bloc", "service",
})
DEFINITE = {"the", "this", "that", "its", "his", "her", "their"}
INDEFINITE = {"a", "an", "one", "some", "another", "any"}  # "a spokesperson" is nobody in particular
MIN_CONTENT_TOKENS = 2
NEAR_TOKENS = 12  # how far beside a direct quote its reporting verb may be
SAME_QUOTE = 0.9  # a span this much inside another is held by it
SCARE_QUOTE_WORDS = 2  # fewer quoted words than this, with no verb reporting them, quote nobody
CLAUSE_ENDS = (".", "!", "?", ",", "…")
SENTENCE_ENDS = (".", "!", "?", "…")
ARTICLES = {"a", "an", "the"}
PHRASE_WORDS_MAX = 5  # a verbless quote this short, with no reporting verb taking it, is a label
WORK_NOUNS = frozenset({  # a title-cased quote right after one of these is the thing's name
    "operation", "campaign", "film", "movie", "documentary", "book", "novel", "memoir", "essay", "poem", "song",
    "album", "play", "opera", "show", "series", "programme", "program", "podcast", "exercise", "exercises", "drill",
    "drills", "initiative", "project", "festival", "exhibition", "magazine", "newspaper", "column", "painting",
})
UTTERANCES = frozenset({  # nouns for words said, that a sentence after a quote can name its speaker by
    "remark", "comment", "word", "statement", "message", "warning", "appeal", "plea", "speech", "address",
    "answer", "reply", "response", "post", "tweet", "announcement",
})  # ("The minister made the remarks on ..."; "That was the message from X")
MAKING = frozenset({"make", "deliver", "give", "issue", "send", "post"})  # "made the remarks", "delivered the message"
UTTERANCE_SOURCES = {"from", "of"}  # "the message from X", "the words of X"
BEING = {"be", "come"}  # "that was the message from X", "the remarks came from X"
DEMONSTRATIVES = {"this", "that", "these", "those"}
SAYING_ALONE = frozenset({  # verbs that, with no words of their own, can only report the quote before them ("X wrote on Telegram")
    "say", "write", "add", "tell", "post", "tweet", "state", "declare", "remark", "comment", "explain", "note",
    "stress", "emphasise", "emphasize", "insist", "announce", "exclaim", "reiterate", "quip",
})  # not "spoke with X", "attacked", "replied": a meeting, a deed or an answer to the words
NAMING_PARTICIPLES = frozenset({"called", "named", "titled", "entitled", "dubbed", "codenamed", "code-named"})
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
REBUTTALS = {  # verbs whose subject answers a cue noun, not holds it ("rejected claims that ...")
    "deny", "reject", "dismiss", "refute", "rebut", "dispute", "contest", "counter", "deflect", "answer",
    "respond", "investigate", "probe", "examine", "ridicule", "deride", "mock", "condemn", "denounce",
}
REASONS = {"for", "of"}


def rebutting(word: str) -> bool:
    """Whether a word answers others' words rather than holding them ("denied", "rejected")."""
    return bool(set(base_forms(word.lower())) & REBUTTALS)  # prepositions that give what an object was praised, blamed or accused for


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
    naming: bool = False  # "called the strike a crime" says something; "called Putin" phoned him
    stance: bool = False  # "believes", "wants": a thought or a stance attributed, nothing said aloud
    particles: frozenset[str] = frozenset()  # every particle it reports with ("voted for X", "voted against X")


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
        particles = frozenset(w[1:] for w in words if w.startswith("+"))
        verb = ReportingVerb(words[0], "!" in words, "?" in words, particle, prepositions, "%" in words, "~" in words, particles)
        extra = {w for w in words[1:] if w.isalpha()}
        for form in _inflections(verb.lemma) | extra:
            forms[form] = verb
    return forms


VERB_FORMS = _load_verbs()


def stance_cue(cue: str) -> bool:
    """Whether a cue attributes a thought or a stance ("believes", "wanted to") rather than words."""
    words = cue.lower().split()
    verb = VERB_FORMS.get(words[0]) if words else None
    return verb is not None and verb.stance


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
    if verb.particle and not any(c.dep_ in ("prt", "prep") and c.lower_ in verb.particles for c in _near(token)) \
            and not _hung_lower(token, verb.particles):  # "see X as Y" with "as" hung lower
        return None
    return verb


def _hung_lower(verb: Token, particles: frozenset[str]) -> bool:
    """ "They see the mayor as too timid", "diplomats see the minister's eagerness for a deal as
    prompted by worry": the "as" of "see X as Y" that the parser hung below the verb, on the object's
    clause or as an adverb of Y, in the verb's own clause (not in a clause with a subject of its
    own: "saw the rally, as she had planned")."""
    if "as" not in particles:
        return False
    for word in verb.subtree:
        if word.i <= verb.i or word.lower_ != "as" or word.dep_ not in ("prep", "mark", "advmod"):
            continue
        between = list(word.ancestors)
        between = between[:next(k for k, a in enumerate(between) if a.i == verb.i)]
        if not any(c.dep_ in SUBJECT_DEPS for a in between for c in a.children):
            return True
    return False


def _near(verb: Token) -> list[Token]:
    """The verb's children and its object's: "see X as Y" often hangs "as Y" on X."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return list(verb.children) + [c for o in objects for c in o.children]


AGENCIES = outlet_table("agency")  # agencies also relay what they report others saying
