"""When an event happened: its date from the times component, and whether it is background
(a happening set long before the story)."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from sitrep.facts import Time
from sitrep.nlp.doctext import per_sentence, text_of
from sitrep.nlp.events.cues import find_trigger
from sitrep.nlp.events.grammar import _aux_word, _be_to, _passive, clause_of
from sitrep.nlp.events.lexicon import load_lexicon
from sitrep.nlp.events.words import (
    CALENDAR, DAY, HEAD_STEPS, LANDMARKS, LONG_SPAN, NOUN_POS, PRECISE_DATE, TIME_NOUNS, TIME_PREPS,
    VERB_POS, WEEKDAY,
)
from sitrep.timex import BACKGROUND_AGE, period

if TYPE_CHECKING:  # annotations only: these modules build on this one
    from sitrep.nlp.events.context import Context


def event_date(token: Token, anchor: Token, context: Context, planned: bool = False) -> str | None:
    """A date whose phrase hangs off the trigger's clause ("leave ... on March 3"), or off the
    verb that carries the act on ("on Friday continued to shell": that day's shelling). A plan
    is not dated by the day it was told ("said on Wednesday he would send arms"), nor is an act
    the past perfect sets before the saying ("said on Monday it had withdrawn from X": by then,
    not that day); a done act told that day in the past may be ("said on Friday it imposed
    sanctions"). A date of the act's own beats the day of saying ("said on Monday it had
    withdrawn from X on Sunday")."""
    clause = clause_of(anchor)
    carried = clause.dep_ == "xcomp" and (load_lexicon().cue(clause.head, "continue") or _aux_word(clause, "have") or _be_to(clause) or _expected(clause.head))
    clauses = {clause, token} | ({clause.head} if carried else set())  # "claimed on Wednesday to have struck X": done by then; "On Saturday, he is to meet X"
    sent = token.sent
    said_on = None
    for time in context.times_at.between(sent.start_char, sent.end_char):
        if not PRECISE_DATE.match(time.value):
            continue
        span = token.doc.char_span(time.start, time.end, alignment_mode="expand")
        if span is None or not _when(span.root) or _dates_other_act(span.root, token):
            continue
        if clause_of(span.root) in clauses and _dates_saying(span):
            said_on = said_on or time  # the saying's day: the act's own date, told later, comes first
            continue
        if clause_of(span.root) in clauses:
            return _range_start(time, context, text_of(token.doc))
        if _fronted_for_both(span, clause):
            return _range_start(time, context, text_of(token.doc))
    if said_on is not None and not planned and not _aux_word(clause, "had"):
        return _range_start(said_on, context, text_of(token.doc))
    return _when_clause_date(clause, context) or _meanwhile_date(clause, context) or _hours_apart_date(clause, context)


def _expected(verb: Token) -> bool:
    """"On Tuesday X is expected to travel to Y", "is scheduled on Friday to meet": a plan told
    in the passive carries the day of the act it plans, as "is to" does (no one says it then)."""
    return verb.pos_ in VERB_POS and _passive(verb) and load_lexicon().cue(verb, "plan")


RANGE_LINKS = {"to", "until", "till", "through", "-", "–", "—"}


def _range_start(time: Time, context: Context, text: str) -> str:
    """"from May 17 to 18": a stay told as a range of days is dated by its first day, whichever
    end the parse hangs on the verb."""
    near = context.times_by_end.between(_link_reach(text, time.start), time.start + 1)
    before = [t for t in near if text[t.end:time.start].strip().lower() in RANGE_LINKS]
    return before[-1].value if before and PRECISE_DATE.match(before[-1].value) else time.value


def _link_reach(text: str, start: int) -> int:
    """How far back from ``start`` a time can end and leave no more than a range's link between
    them: past the last few letters there is more than "to" or "through" between, so only the
    times ending that close need reading (a whole article of times ended before it otherwise)."""
    reach, letters = start, 0
    while reach > 0 and (text[reach - 1].isspace() or letters < LONGEST_LINK):
        letters += not text[reach - 1].isspace()
        reach -= 1
    return reach


LONGEST_LINK = max(map(len, RANGE_LINKS))


def _fronted_for_both(span: Span, clause: Token) -> bool:
    """ "In March 2022, X captured A and shelled B": a time put before the first of two joined
    verbs dates the second too."""
    head = clause.head
    return clause.dep_ == "conj" and head.pos_ in VERB_POS and clause_of(span.root) == head and span.end <= head.i


def _when_clause_date(clause: Token, context: Context) -> str | None:
    """ "held since mid-February, when she was arrested", "On March 3, when forces shelled X,":
    a "when" clause right after a time names that time for its act."""
    if not any(c.dep_ == "advmod" and c.lower_ == "when" for c in clause.children):
        return None
    start = clause.left_edge
    before = start.doc[start.i - 1] if start.i > 0 else None
    if before is None or before.text != ",":
        return None
    end = before.idx
    return next((t.value for t in context.times_by_end.between(end, end + 1) if PRECISE_DATE.match(t.value)), None)


def _meanwhile_date(clause: Token, context: Context) -> str | None:
    """"X was also targeted in April, as the secretary-general visited the city": an act told in
    the simple past in an "as" or "while" clause happened at the time of the verb the clause
    hangs on ("will visit X next week as the US has accused Y": no time shared)."""
    if clause.dep_ != "advcl" or clause.tag_ != "VBD" or not any(c.dep_ == "mark" and c.lower_ in ("as", "while") for c in clause.children):
        return None
    head, sent = clause_of(clause.head), clause.sent
    for time in context.times_at.between(sent.start_char, sent.end_char):
        if not PRECISE_DATE.match(time.value):
            continue
        span = clause.doc.char_span(time.start, time.end, alignment_mode="expand")
        if span is not None and _when(span.root) and clause_of(span.root) == head and not _dates_other_act(span.root, head):
            return time.value
    return None


SAME_DAY_UNITS = {"hour", "hours", "minute", "minutes"}  # "an hour earlier", "minutes later": that same day


def _hours_apart_date(clause: Token, context: Context) -> str | None:
    """"X spoke in Y on Saturday. About an hour earlier, X had met Z": an act told hours or
    minutes before or after the one the previous sentence dates is on its day."""
    shift = [c for c in clause.children if c.dep_ == "advmod" and c.lower_ in ("earlier", "later", "before", "after")]
    if not any(g.lower_ in SAME_DAY_UNITS for c in shift for g in c.subtree) or clause.sent.start == 0:
        return None
    before = clause.doc[clause.sent.start - 1].sent
    days = [t for t in context.times_at.between(before.start_char, before.end_char) if DAY.fullmatch(t.value)]
    if len({t.value for t in days}) != 1 or "\n" in text_of(clause.doc)[days[-1].end:clause.sent.start_char]:
        return None  # no one day told just before, or told in another paragraph
    return days[-1].value


def _dates_saying(span: Span) -> bool:
    """ "X said on Wednesday he would send arms": a time between a verb and the subject of the
    clause it takes dates the verb (the saying), however the parser hangs it on the clause."""
    clause = clause_of(span.root)
    if clause.dep_ != "ccomp" or not clause.head.i < span.start:
        return False
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    phrase = span.root.head if span.root.dep_ == "pobj" else span.root  # "on Wednesday"
    own = {t.i for t in clause.subtree} - {t.i for t in phrase.subtree}
    between = range(clause.head.i + 1, span.start)
    return subject is not None and span.end <= subject.left_edge.i and not any(i in own for i in between)  # not "said that on Friday, X ..."


def _next_weekday(when: str | None, token: Token, context: Context) -> str | None:
    """"he expected a council meeting on Tuesday": a weekday named for a plan is the next one,
    even when the past tense of the report resolved it to the one before publication."""
    day = _day(when) if when is not None and DAY.fullmatch(when) else None
    if day is None or context.published is None or day >= context.published:
        return when
    sent = token.sent
    named = [t for t in context.times_at.between(sent.start_char, sent.end_char) if t.value == when]
    if not named or not all(WEEKDAY.match(t.text.strip()) for t in named):
        return when
    weeks = -(-(context.published - day).days // 7)  # the first such weekday on or after publication
    return (day + timedelta(days=7 * weeks)).isoformat()


def _dates_other_act(date: Token, token: Token) -> bool:
    """"on his first visit since the start of the invasion on 24 February": a date that hangs
    off another act's noun (or a landmark of one: its start, end or anniversary) dates that act,
    not the trigger whose clause holds it."""
    lexicon = load_lexicon()
    current = date.head
    while current.pos_ not in VERB_POS and current.head != current and current != token:
        if current.pos_ in NOUN_POS and (current.lower_ in LANDMARKS or find_trigger(current, lexicon) is not None):
            return True
        current = current.head
    return False


def background(token: Token, anchor: Token, context: Context) -> bool:
    """"fought in Afghanistan for 20 years", "Russia's 2014 invasion", "bombed Serbia during the
    Kosovo conflict", a raid a verb of 2010 was meant to stop: a happening set in a time long past is the story's background, not news,
    and a briefing of developments must not show it as one."""
    heads = {token, anchor, *_enclosing(anchor), *_exemplified(token)}
    sent = token.sent
    for time in context.all_times_at.between(sent.start_char, sent.end_char):
        if not _long_past(time, context.published):
            continue
        span = token.doc.char_span(time.start, time.end, alignment_mode="expand")
        if time.type == "DURATION" and (text_of(token.doc)[max(0, time.start - 4):time.start].strip().lower() == "to" or (span is not None and span.root.dep_ in ("amod", "compound"))):
            continue  # "sentenced to two years", "a nine-year jail sentence": a term, not a time the act is set in
        if span is not None and _hangs_on(span.root, heads):
            return True
    return set_in_past_war(sent, heads) or _sequel_of_the_past(sent, context)


SEQUEL_REACH = 1500  # characters back to the time a fronted "within days" follows on from (a few paragraphs)
SEQUEL = re.compile(r"\s*(within (a few |several |some )?(days|weeks|months)|((a few|several|some|two|three) )?(days|weeks|months) later)\b", re.I)


def _sequel_of_the_past(sent: Span, context: Context) -> bool:
    """"In 2008 the mayor of X fled. ... Within days, troops entered Y": a sentence
    opened by a span of time after something ("within days", "weeks later") goes on from the
    last time the text told before it; when that time is long past, so is all the sentence tells
    (unless the sentence dates itself)."""
    if not SEQUEL.match(sent.text) or any(t.type == "DATE" for t in context.all_times_at.between(sent.start_char, sent.end_char)):
        return False
    told = [t for t in context.all_times if t.type == "DATE" and _day(t.value) is not None and t.end <= sent.start_char and sent.start_char - t.end <= SEQUEL_REACH]
    return bool(told) and _long_past(told[-1], context.published)  # a calendar time, not "recently" said in passing


def set_in_past_war(sent: Span, heads: set[Token]) -> bool:
    """Whether the sentence sets one of the heads in a war long past ("bombed Vale during the
    Eastport conflict", "millions died in the Second World War")."""
    return any(_hangs_on(sent.doc[i], heads) for i in _past_war_words(sent))


def _past_war_words(sent: Span) -> list[int]:
    """Where the sentence names a past war (the word its time hangs from; ``per_sentence``:
    every figure and event of the sentence asks)."""
    return per_sentence(sent, "sitrep_past_wars", lambda: [(w.head if w.dep_ == "compound" else w).i for w in sent if _past_war(w)])


EXAMPLE_WORDS = frozenset({"including", "like", "notably", "especially"})


def _exemplified(token: Token) -> list[Token]:
    """"the struggles of the last war, including the siege of X": an act given as an example of
    something shares its time, so the noun it exemplifies and the words above it up to their
    verb are heads whose time is the act's."""
    if token.dep_ != "pobj" or token.head.lower_ not in EXAMPLE_WORDS:
        return []
    above = [token.head.head]  # "the second world war, including the siege": the parse may hang it on the war itself
    while above[-1].pos_ not in VERB_POS and above[-1].head != above[-1] and len(above) < HEAD_STEPS + 2:
        above.append(above[-1].head)
    return above


def _enclosing(anchor: Token) -> list[Token]:
    """The verbs whose time an act shares: those it is the purpose, condition or content of
    ("From 1990 to 2000 Norland patrolled the border to protect villages from raids": the raids
    are of that decade too; "began his term in 2010 by promising ..."; "in 2018 it adopted a
    resolution which condemned ...": the verb of the noun a relative clause describes), not a
    verb it is joined to by "and"."""
    above: list[Token] = []
    current = anchor
    for _ in range(HEAD_STEPS):
        if current.dep_ == "relcl" and current.head.head != current.head:
            current = current.head.head  # "adopted in 2018 a resolution which condemned ...": the adopting's time
        elif current.dep_ in ("xcomp", "advcl", "ccomp", "pcomp", "prep") and current.head != current:
            current = current.head
        else:
            break
        above.append(current)
    return above


def _long_past(time: Time, published: date | None) -> bool:
    """A date over a year before publication, or a span of several years or decades."""
    span = LONG_SPAN.match(time.value) if time.type == "DURATION" else None
    if span is not None:
        return span.group(1) == "X" or int(span.group(1)) >= 2
    day = _day(time.value) if time.type == "DATE" else None
    return day is not None and published is not None and day < published - BACKGROUND_AGE


def _after(value: str | None, published: date | None) -> bool:
    """Whether a date begins after the day of publication ("next week" in a story of today)."""
    span = period(value)
    return span is not None and published is not None and span[0] > published


def _day(value: str) -> date | None:
    """The last day a time value can mean ("2014" is 2014-12-31, "199" the 1990s), if any."""
    match = CALENDAR.match(value)
    if match is None:
        return None
    digits, month, day = match.groups()
    try:
        return date(int(digits.ljust(4, "9")), int(month or 12), int(day or (28 if month else 31)))
    except ValueError:
        return None


def _hangs_on(word: Token, heads: set[Token]) -> bool:
    """Whether a phrase modifies one of the heads directly, or through a preposition ("in 2014",
    "2014 invasion"), a word of time ("in the early months of 2022") or the object such a
    phrase is hung on ("repelled the attempt in 2022": the parser's attachment, the repelling's
    time) or a passive's agent ("captured by forces in 1783"), and not some other noun of the
    clause ("after the 2014 annexation")."""
    current, by_preposition = word.head, False
    while current.head != current:
        if current.pos_ == "ADP":
            by_preposition = True
        elif not (current.dep_ == "pobj" and current.lower_ in TIME_NOUNS) and not (by_preposition and current.dep_ == "dobj") \
                and not (by_preposition and current.dep_ == "pobj" and current.head.dep_ == "agent"):
            break  # "captured by imperial forces in the 18th century": the parser hangs the time on the agent
        current = current.head
    return current in heads and current != word


def _past_war(noun: Token) -> bool:
    """"the Kosovo conflict", "the second world war", "his first invasion": a war named by an
    ordinal, a word of past wars' names, or a proper name the article mentions nowhere else (the
    story's own war is named again and again), or an invasion or occupation called earlier."""
    lexicon = load_lexicon()
    if lexicon.cue(noun, "state") and any(c.dep_ == "amod" and lexicon.cue(c, "earlier") for c in noun.children):
        return True  # "launched his first invasion", "the previous occupation": an earlier war than the story's
    if not lexicon.cue(noun, "war"):
        return False
    words = list(noun.children)
    if noun.dep_ == "compound":
        words += [w for w in noun.head.children if w != noun]  # "World War II": the parse heads the name on "II"
    for word in words:
        if word.dep_ not in ("compound", "amod", "nmod", "nummod"):
            continue
        if word.ent_type_ == "ORDINAL" or lexicon.cue(word, "past_war"):
            return True
        if word.pos_ == "PROPN" and text_of(noun.doc).count(word.text) == 1:
            return True
    return False


def _when(root: Token) -> bool:
    """A date phrase that says when ("on March 3", "Tuesday"), not since or until when; a
    range's start ("from March 4 to 5", "from Monday until Wednesday") is when it begins, and
    the day a plan is set "for" is when it is to happen."""
    if root.head.lower_ == "from" and any(c.dep_ == "prep" and c.lower_ in ("to", "until", "till", "through") for c in (*root.head.children, *root.children)):
        return True
    if root.head.lower_ == "for" and load_lexicon().cue(root.head.head, "plan"):
        return True  # "is planned for February 24", "scheduled for Monday": the day it is set for
    return root.head.pos_ != "ADP" or root.head.lower_ in TIME_PREPS
