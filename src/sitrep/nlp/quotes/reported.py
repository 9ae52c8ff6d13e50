"""Indirect speech from the parse: reporting verbs and their content, "according to X",
records, cue nouns, hearsay adverbs, and the subject who speaks."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from sitrep.nlp.doctext import text_of
from sitrep.nlp.entities import TITLE_WORDS, in_dateline
from sitrep.nlp.figures import can_speak, figure_classes
from sitrep.nlp.figures.words import PERSONS
from sitrep.nlp.furniture import past_run_in
from sitrep.nlp.inflection import base_forms
from sitrep.nlp.outlets import news_medium
from sitrep.nlp.quotes.attribution import Attribution
from sitrep.nlp.quotes.words import (
    ADJECTIVE_CUES, ANSWERS, ASPECTUAL, AUDIENCES, FINITE, HEARSAY, HEARSAY_PASSIVES, INHERITS_SUBJECT,
    MIN_CONTENT_TOKENS, NOUN_CUES, PLACEHOLDERS, REASONS, RECORDS, RELATIVE_PRONOUNS, RESULT_WORDS,
    ReportingVerb, SUBJECT_DEPS, TITLE_SMALL_WORDS, VERB_FORMS, rebutting, reporting_verb,
)


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
    for sentence in doc.sents:
        found.extend(_headline(sentence))
    return found


def _headline(sentence: Span) -> list[Attribution]:
    """A headline in title case ("Ana Lind Slams Border Deal", "X Backs Y And Denounces Z"): the
    parser takes its verbs for names, so a reporting verb in a tense form ("Slams", "Said") set
    between capitalised words is read from the words themselves: the run before the first
    such verb (after any comma or quote mark) speaks, and each verb says what follows it, up to
    the next one, a colon or the end. PolNeAR train texts 0-400: 17 of 21 right."""
    words = [t for t in sentence if t.is_alpha]
    if len(words) < 3 or not all(t.text[0].isupper() or t.lower_ in TITLE_SMALL_WORDS for t in words) \
            or all(t.is_upper for t in words):
        return []
    cues = [t for t in words if t.i > sentence.start and t.pos_ in ("PROPN", "NOUN") and _tensed(t)]
    if not cues:
        return []
    first = max([sentence.start] + [t.i + 1 for t in sentence.doc[sentence.start:cues[0].i] if t.is_punct and t.text not in "-–'’."])
    speaker_end = cues[0].i
    while speaker_end > first and sentence.doc[speaker_end - 1].pos_ == "ADV":
        speaker_end -= 1  # "X Just Dismissed Y"
    head = sentence.doc[speaker_end - 1] if speaker_end > first else None
    if head is None or head.pos_ != "PROPN":
        return []
    found = []
    for k, cue in enumerate(cues):
        end = cues[k + 1].i if k + 1 < len(cues) else sentence.end
        end = next((t.i for t in sentence.doc[cue.i + 1:end] if t.text == ":"), end)
        while end > cue.i + 1 and sentence.doc[end - 1].lower_ in ("and", "but", "as"):
            end -= 1
        start = cue.i + 1
        if start < end and sentence.doc[start].lower_ in VERB_FORMS[cue.lower_].prepositions:
            start += 1  # "UN Calls For Ceasefire": what is called for
        content = _trimmed(sentence.doc, list(sentence.doc[start:end]), least=1)
        if content is not None:
            speaker = sentence.doc[first:speaker_end]
            found.append(Attribution(content.start_char, content.end_char, False, cue=sentence.doc[cue.i:cue.i + 1], speaker=speaker))
    return found


def _tensed(token: Token) -> bool:
    """A reporting verb's -s or past form, not its bare form, a particle verb's or a verb of force's
    ("Slams", "Said"; not "Call", "Attacks")."""
    verb = VERB_FORMS.get(token.lower_)
    if verb is None or verb.particle is not None or verb.lemma in FORCE_VERBS:
        return False
    return token.lower_ != verb.lemma and not token.lower_.endswith("ing")


def _in_record(prep: Token) -> list[Attribution]:
    """ "In a statement, the ministry rejected the plan", "In the latest poll, the mayor leads", "In
    her view, the talks failed": a record set before the clause is its source, as "according to"
    is; its owner speaks through it, else the clause's subject through a statement or a letter,
    else a poll or a study itself. A clause whose own verb reports
    ("In a statement, she said ...") is that verb's attribution, and a record after its verb
    ("she appeared in an interview") is where something happened, not a source, unless it is a
    source of its own such as a poll ("Vale leads in a new poll"; ``_found_in``)."""
    record = next((c for c in prep.children if c.dep_ == "pobj"), None)
    clause = prep.head
    if record is None or record.lower_ not in RECORDS or clause.pos_ not in ("VERB", "AUX"):
        return []
    if prep.i > clause.i and not _found_in(record, clause):
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


_ELECTORAL = frozenset("win elect defeat lose vote stand run beat contest concede finish come".split())
_ELECTION_KINDS = frozenset("snap general presidential parliamentary local runoff municipal".split())


def _found_in(record: Token, clause: Token) -> bool:
    """Whether a source record after its clause is where the clause was found ("Vale leads Moro
    by six points in a new poll", "turnout fell in the latest survey"): a record of its own (a
    poll, a study, not a speech or an interview, which are where something happened), not in a
    relative clause ("a rival who leads in the polls"), and not the bare plural "the polls" of
    "rose in the polls", an idiom for standing more often than a source."""
    if RECORDS[record.lower_] != "source" or clause.dep_ == "relcl":
        return False
    if record.lower_ in ("poll", "polls") and (set(base_forms(clause.lower_)) & _ELECTORAL or any(
            c.ent_type_ == "DATE" or c.lower_ in _ELECTION_KINDS or c.dep_ == "acl" for c in record.children)):
        return False  # "won in the poll", "defeated in a snap poll", "the 2020 poll", "the poll held in X": an election
    return record.tag_ != "NNS" or any(c.dep_ != "det" or c.lower_ != "the" for c in record.children)


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
    """Whose the attribution a noun carries is: its possessor or its "from" ("a call from X
    for ..."), else the subject of its verb ("X won support for Y"; not one who "heard a call")."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    owner = owner or next((o for c in noun.children if c.dep_ == "prep" and c.lower_ == "from" for o in c.children if o.dep_ == "pobj"), None)
    if owner is not None:
        return noun_phrase(owner)
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    if noun.dep_ in ("dobj", "pobj") and verb.pos_ in ("VERB", "AUX") and not _rebuts(verb):
        return subject_of(verb)
    return None


def _rebuts(verb: Token) -> bool:
    """ "denied reports that ...", "pushed back against allegations that ...": who answers
    others' words does not hold them."""
    return rebutting(verb.lower_) or any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in verb.children)


def _reported(verb: Token) -> list[Attribution]:
    content = _content(verb)
    if content is None:
        return []
    speaker = subject_of(verb)
    if speaker is None and _passive(verb) is not None:
        speaker = _stray_agent(verb)  # "X was attacked on the speeches by Y": the parser hung "by Y" lower
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
    clauses = [c for c in verb.children if _complement(c, verb) and not _apart(c, verb) and not _outlet_wrapper(c, verb)]
    clause = min(clauses, key=lambda c: (c.i < verb.i, abs(c.i - verb.i)), default=None)
    if clause is not None:
        end = _next_report(clause, participles=True)  # "said she was tired and wanted a deal": one report
        tokens = _without_aside([t for t in clause.subtree if not (t.dep_ == "mark" and t.i == clause.left_edge.i) and t.i < end])
    elif (modified := _gapped(verb)) is not None:
        return _trimmed(doc, list(noun_phrase(modified)), least=1)  # "a view endorsed by X", "the plan X rejected"
    elif _inverted(verb):
        aside = _aside(verb)
        tokens = [t for t in verb.head.subtree if t.i not in aside]
    elif _objects(verb):
        tokens = [t for o in _objects(verb) for t in o.subtree if not (t.dep_ == "mark" and t.i == o.left_edge.i)]
        return _trimmed(doc, _without_aside(tokens), least=1)  # one word will do: "endorsed Cruz"
    elif (closer := _closing(verb)) is not None:
        tokens = [t for t in verb.sent if t.i < closer.left_edge.i]
    elif _parenthetical(verb):
        aside = {t.i for t in verb.subtree}
        tokens = [t for t in verb.head.subtree if t.i not in aside]
    elif (done := _passive_by(verb)) is not None:
        return _trimmed(doc, list(done.subtree), least=1)  # "the move was first reported by X"
    elif (done := _passive(verb)) is not None:
        return _trimmed(doc, list(done.subtree), least=1)  # "the deal was announced", "his plan was widely condemned"
    else:
        return None
    return _trimmed(doc, tokens)


def _without_aside(tokens: list[Token]) -> list[Token]:
    """A content without the relative clause set off by a comma that ends it ("criticised Piet Moro,
    with whom he sat on the board", "said it would be Lind, who leads the race"), on a name
    and with no verb of saying of its own ("who she says will win" stays what was said): the
    writer's aside about what was said, not part of it."""
    if not tokens:
        return tokens
    last = max(t.i for t in tokens)
    for t in sorted(tokens, key=lambda t: t.i):
        edge = t.left_edge
        pronoun = t.doc[edge.i + 1] if edge.dep_ == "prep" and edge.i + 1 < len(t.doc) else edge  # "with whom"
        if t.dep_ == "relcl" and pronoun.tag_ in ("WP", "WDT", "WP$") and edge.i > 0 and t.doc[edge.i - 1].text == "," \
                and t.right_edge.i >= last - 1 and t.head.pos_ == "PROPN" \
                and not any(reporting_verb(u) is not None for u in t.subtree):
            return [u for u in tokens if u.i < edge.i]
    return tokens


def _outlet_wrapper(clause: Token, verb: Token) -> bool:
    """Whether a clause after the verb is only an agency's note that it carried the report ("Norland
    seized the town, Ana Lind said on Monday, AFP reported", parsed with "reported" below "said"):
    a reporting verb with a news outlet for subject and nothing reported of its own, so no content."""
    if clause.i < verb.i or reporting_verb(clause) is None:
        return False
    if any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in clause.children):
        return False
    subject = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
    return subject is not None and news_medium(noun_phrase(subject).text)


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


def _passive(verb: Token) -> Token | None:
    """The subject of a passive verb of saying with no "by" agent of its own ("the deal was
    announced on Monday", "his plan has been widely condemned as reckless", "he is accused of
    fraud"): what was said, by someone the clause does not name. Not what a verb of force takes
    ("Kyiv was attacked"): struck, not spoken of. PolNeAR train texts 0-400: 39 of the 65 such
    attributions are right."""
    if not any(c.dep_ == "auxpass" for c in verb.children) or any(c.dep_ == "agent" for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.lower_ not in RELATIVE_PRONOUNS), None)
    lexicon = reporting_verb(verb)
    if subject is None or lexicon is None or lexicon.lemma in FORCE_VERBS:
        return None
    return subject


def _stray_agent(verb: Token) -> Span | None:
    """A passive's "by" phrase the parser hung below the verb rather than on it ("Clinton has been
    attacked on the speeches by Ana Lind", with "by" on "speeches"): its noun is the speaker."""
    by = next((t for t in verb.subtree if t.i > verb.i and t.lower_ == "by" and t.dep_ in ("prep", "agent")), None)
    agent = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
    if agent is None or agent.pos_ not in ("PROPN", "NOUN") or agent.ent_type_ in ("DATE", "TIME"):
        return None
    return noun_phrase(agent)


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


def _next_report(clause: Token, participles: bool = False) -> int:
    """Where a reported clause ends: before a reporting verb joined to it ("he respects her and
    calls her ...", "..., calling them ..."), which is an attribution of its own. Of adverbial
    clauses only a participle set off by a comma counts ("because she believed ...", "before
    claiming ..." stay in the clause, as PolNeAR annotates them); with ``participles``, of joined
    verbs too only a participle ("playing up hopes the war could end and saying ...", where the
    parser hung "saying" on "end") or a verb of speech in the reporting verb's tense ("said the
    count was fair and warned rivals ..."), as another finite verb after "and" or "but" goes on
    the speaker's clause ("said she was tired and wanted a deal", "he wanted X but found Y too weak")."""
    joined = [c for c in clause.rights if c.dep_ in ("conj", "advcl") and reporting_verb(c) is not None
              and (c.dep_ != "advcl" or c.tag_ == "VBG" and c.doc[c.left_edge.i - 1].text == ",")
              and (c.dep_ != "conj" or not participles or c.tag_ == "VBG" or _another_report(c, clause))]
    if not joined:
        return clause.right_edge.i + 1
    start = joined[0].left_edge.i
    while start > clause.i and clause.doc[start - 1].dep_ in ("cc", "punct"):
        start -= 1  # the "and" or comma that joins it
    return start


def _another_report(verb: Token, clause: Token) -> bool:
    """Whether a verb joined to a reported clause is a second report of the same speaker: a verb of
    speech (not of stance or evidence: "said she was tired and wanted a deal", "said he wanted a
    truce but found the offer too weak" are one report each) in the tense of
    the reporting verb ("said the count was fair and warned rivals to accept it", "says he
    backs the plan and tells voters to ...", "said she would vote but did not say for whom")."""
    lexicon = reporting_verb(verb)
    inner = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
    if inner is not None and inner.pos_ != "PRON" and (inner.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or inner.lower_ in _SPEAKING_NOUNS):
        return False  # "said the minister announced X and promised Y": who promised may be the minister
    return lexicon is not None and not (lexicon.stance or lexicon.evidence) and _tense(verb) == _tense(clause.head) in ("VBD", "VBZ")


_SPEAKING_NOUNS = frozenset("minister ministers rebels official officials government president leader leaders army police spokesman spokeswoman".split())


def _tense(verb: Token) -> str:
    """The tag that carries a verb's tense: its auxiliary's ("did not say", "has said"), else its own."""
    auxiliary = next((c for c in verb.children if c.dep_ == "aux" and c.i < verb.i), None)
    return auxiliary.tag_ if auxiliary is not None else verb.tag_


def _closing(verb: Token) -> Token | None:
    """The subject of a verb that closes its sentence after a comma ("..., the ministry said on
    Tuesday"), when the parser made the verb the root and hung the clause before on something else."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.right_edge.i == verb.i - 1), None)
    if verb.dep_ != "ROOT" or subject is None or subject.left_edge.i == verb.sent.start:
        return None
    if not all(_only_when(c) for c in verb.rights):
        return None  # "In an interview, she spoke about ...": the verb has its own content after it
    if any(c.dep_ == "advcl" and c.i < subject.i and c.tag_ in ("VBN", "VBG") and not _has_subject(c) for c in verb.lefts):
        return None  # "Asked whether ..., she said:", "Speaking to reporters, he said:": a preface, not what was said
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
    if verb.tag_ == "VB" and not _has_subject(verb) and _bidden(verb):
        return []  # "urged women to vote for X": the infinitive is what was urged, not an attribution
    # (but "appeared before reporters to discuss X", "took to social media to praise X" report X)
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and not any(c.dep_ == "agent" for c in verb.children):
        return []  # "a firm called X", "a town now named Y": a name given, said by nobody named
    objects = [
        c for c in verb.children
        if c.dep_ in ("dobj", "xcomp", "oprd") and _object_said(c, lexicon) or c.i > verb.i and c.lower_ in ANSWERS
    ]
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in lexicon.prepositions):
        objects.extend(c for c in prep.children if c.dep_ in ("pobj", "pcomp"))
    objects.extend(c for c in verb.children if c.dep_ == "advcl" and _marked_by(c, lexicon.prepositions))
    if not objects and not lexicon.evidence and not lexicon.particle:  # "spoke of X", "mused about X"
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in TOPICS and c.i > verb.i):
            objects.extend(c for c in prep.children if c.dep_ in ("pobj", "pcomp"))
    objects.extend(_bidding(verb) if not lexicon.takes_object else [])
    if "of" in lexicon.prepositions:
        objects = _past_addressee(verb, objects)
    if any(o.dep_ == "dobj" for o in objects):  # "praised X for Y", "accused X of Y": the reason goes with X
        objects.extend(c for c in verb.children if c.dep_ == "prep" and c.lower_ in REASONS and c.i > objects[0].i)
    return objects


def _past_addressee(verb: Token, objects: list[Token]) -> list[Token]:
    """"warned the villagers of more shelling": for a verb whose "of" phrase is what was said
    (Levin 1993, 37.9 advise verbs: "warn/inform X of Y"), an object with such a phrase after it is
    the one addressed and the phrase the content, wherever the parser hangs it (on the verb or on
    the object). Not a name's "of" ("warned residents of Vale"), which says whose residents, and
    no "of" at all when an "about" or "against" phrase says what was said ("warned the villagers
    of the valley about the floods": the "of" says whose villagers)."""
    topics = {o: _topic(o, ABOUT) or (None if _topic(verb, {"of"}, after=o) else _topic(o, {"of"})) for o in objects if o.dep_ == "dobj"}
    addressed = [o for o, topic in topics.items() if topic is not None or _topic(verb, {"of"}, after=o) is not None]
    return [o for o in objects if o not in addressed] + [t for o in addressed if (t := topics[o]) is not None]


def _topic(head: Token, words: set[str] | frozenset[str], after: Token | None = None) -> Token | None:
    """The object of ``head``'s phrase of one of these prepositions (after ``after``, if given)
    when it is a topic, not a name of a place, body or people."""
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in words and (after is None or prep.i > after.i):
            topic = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
            if topic is not None and topic.pos_ != "PROPN" and topic.ent_type_ not in NAMED:
                return topic
    return None


def _bidden(verb: Token) -> bool:
    """Whether a bare verb says nothing of its own: an imperative or a tag's word ("Consider the
    case of X", "<tweet author=...>"), or an infinitive that is what a verb or noun above it
    reports ("urged women to vote for X", "a decision to endorse X"). An infinitive of purpose
    or one a verb of trying takes ("appeared before reporters to discuss X", "took to social
    media to praise X", "refused to endorse X") reports for the clause's subject: PolNeAR
    train texts 0-400, 66 of 96 such attributions right."""
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    if not infinitive or any(reporting_verb(a) is not None or a.pos_ == "NOUN" for a in verb.ancestors):
        return True
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.head.children)  # "will join a summit to discuss X": not said yet


def _object_said(obj: Token, lexicon: ReportingVerb) -> bool:
    """Whether a verb's object is what was said: always for a verb the lexicon marks so ("pledged
    aid", "endorsed Cruz"); for any other verb of saying unless it is the person addressed ("told
    reporters", "warned him") or the verb is one of evidence ("the poll shows" has no speaker).
    PolNeAR train: objects of the unmarked verbs ("explained his vote", "wrote a memo", "hoped to
    win") are attributions about six times in ten."""
    if lexicon.naming and _a_person(obj) and not any(c.dep_ in ("oprd", "attr", "appos") for c in obj.children) \
            and not any(c.dep_ in ("oprd", "xcomp", "ccomp") for c in obj.head.children):
        return False  # "Macron also called Putin": a call, nothing said
    if obj.ent_type_ in ("GPE", "LOC", "FAC") and lexicon.lemma in FORCE_VERBS:
        return False  # "when Russia attacked Ukraine": a country struck, nothing said
    if not _can_speak(obj.head):
        return False
    if _cited_as_saying(obj.head) == obj:
        return False  # "quoted the army as saying ...": the army speaks, it is not what was said
    if lexicon.takes_object:
        return True
    if lexicon.lemma in ASPECTUAL:
        return False  # "continues shelling cities": the act goes on, nothing is said
    return not lexicon.evidence and not _addressee(obj)


# A verb of saying with no object or clause of its own says its "about", "against" or "of" phrase
# ("spoke of his brother", "mused about the race", "spoke out against the plan"), whatever the
# lexicon lists for it; not "for", "on" or "at" (half wrong on PolNeAR train texts 0-400).
TOPICS = frozenset({"about", "against", "of"})
ABOUT = TOPICS - {"of"}  # the topic prepositions that never say whose ("the villagers of the valley")
FORCE_VERBS = frozenset({"attack"})  # the lexicon's verbs of saying that are verbs of force in war
NAMED = frozenset({"PERSON", "NORP", "ORG", "GPE", "LOC", "FAC"})  # the NER's people, bodies and places


def _a_person(token: Token) -> bool:
    """Whether a noun names a person: the NER's PERSON, or a person of the entities component."""
    if token.ent_type_ == "PERSON":
        return True
    left, right = token.left_edge.idx, token.idx + len(token.text)
    return any(e.type == "person" and any(s < right and left < t for s, t in e.mentions) for e in token.doc._.entities or [])


def _can_speak(verb: Token) -> bool:
    """Whether a verb's subject could have said anything (``figures.can_speak``): not the war
    or an attack ("the war has claimed thousands of lives" says nothing)."""
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is not None and subject.tag_ == "WDT" and verb.dep_ == "relcl":
        subject = verb.head  # "a conflict that has claimed 14,000 lives": the conflict
    return subject is None or can_speak(subject)


def _addressee(token: Token) -> bool:
    """A person or audience spoken to: a personal pronoun, a name (a country's too: "warned
    Hungary"), a title, an audience noun, a noun of people or troops ("implored the border
    guards", "warned the soldiers"), or the object what was asked follows, a bidden infinitive or
    the verb's preposition ("told the authorities to reopen it")."""
    return (
        token.tag_ == "PRP" and token.lower_ != "it"
        or token.ent_type_ in ("PERSON", "NORP", "ORG", "GPE")  # a country told or warned, as a person
        or _is_title(token)
        or _audience(token)
        or token.pos_ == "NOUN" and bool(figure_classes(token) & PERSONS)
        or token.dep_ in ("dobj", "dative") and _asked_after(token)
    )


def _asked_after(obj: Token) -> bool:
    """Whether what was asked follows a verb's object as a bidden infinitive or the lexicon's
    preposition ("pushed the council for a vote", "told the clerks to wait"): the object
    is the one asked, whatever the noun."""
    verb = obj.head
    lexicon = VERB_FORMS.get(verb.lower_)
    asked = _bidding(verb) + [c for c in verb.children if c.dep_ == "prep" and lexicon is not None and c.lower_ in lexicon.prepositions]
    return any(c.i > obj.i for c in asked)


def _audience(token: Token) -> bool:
    """A noun of people spoken or written to ("reporters", "voters"), singular or plural."""
    return token.lower_.rstrip("s") in AUDIENCES


def _bidding(verb: Token) -> list[Token]:
    """ "told the crowd to go home", "warned residents to leave": with a person addressed, the
    infinitive is what was said, though the addressee alone ("told reporters") is not; the parser
    hangs it as a complement or as an adverbial ("exhorted the crowd to stay calm")."""
    if not any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return []
    return [c for c in verb.children if c.dep_ in ("xcomp", "ccomp", "advcl") and c.i > verb.i and c.tag_ == "VB"
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
    """The contiguous run of ``tokens``, without punctuation, quote marks or a dateline at its edges
    (in text order: "called for a commission to oversee X" joins a preposition's object and a
    clause the parser lists the other way round)."""
    words = sorted((t for t in tokens if not (t.is_punct or t.is_space or in_dateline(t))), key=lambda t: t.i)
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
        if set(base_forms(verb.lower_)) & HEARSAY_PASSIVES:
            return None  # "X was reported to be considering ...", "X is said to ...": others say it of X
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
        cited = _cited_as_saying(governor)
        if cited is not None and verb.head.lower_ == "as":
            return noun_phrase(cited)  # "the agency quoted X as saying ...": X speaks, the agency carries it
        return subject_of(governor)  # "X began by saying ...", "X was the loudest in denouncing ..."
    following = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if _names_speaker(following):
        return noun_phrase(following.head if following.dep_ == "compound" else following)  # "said X"
    return _stranded_subject(verb)


# Verbs that pass on another's words in "V X as saying ...", in their forms (the pipeline runs no lemmatizer).
CITING = frozenset(f"{stem}{end}" for stem in ("quot", "cit") for end in ("e", "es", "ed", "ing")) | frozenset(
    {"report", "reports", "reported", "reporting"}
)


def _cited_as_saying(verb: Token) -> Token | None:
    """The object of "quoted X as saying ...", "cited X as warning ...", "reported X as saying
    ...": the one whose words the verb's subject (often a news agency) passes on, and who
    therefore speaks them; None when the verb has no "as" phrase with a verb of saying, or is
    no verb of citing ("described X as saying too little" is the subject's account of X)."""
    if verb.lower_ not in CITING:
        return None
    saying = any(
        c.dep_ == "prep" and c.lower_ == "as" and any(g.dep_ == "pcomp" and reporting_verb(g) is not None for g in c.children)
        for c in verb.children
    )
    return next((c for c in verb.children if c.dep_ == "dobj"), None) if saying else None


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
    """A speaker phrase: the head with what precedes it and its "of" phrases, no clauses, no dateline."""
    tokens = [head] + [t for c in head.lefts for t in c.subtree]
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ == "of" or child.dep_ == "compound":
            tokens.extend(child.subtree)
    tokens = [t for t in tokens if not t.is_punct and not _apart(t, head) and not in_dateline(t)] or [head]  # a punctuation head; "TOWN, X — The G7"
    tokens = past_run_in(sorted(tokens, key=lambda t: t.i))
    start = min(t.i for t in tokens)
    end = max(t.i for t in tokens)
    return head.doc[start:end + 1]


def _is_title(token: Token) -> bool:
    return token.lower_ in TITLE_WORDS or token.lower_.rstrip("s") in TITLE_WORDS
