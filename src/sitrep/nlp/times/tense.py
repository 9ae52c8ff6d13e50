"""Tense from the parse: whether an expression lies before or after the anchor."""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.nlp.inflection import irregular_verbs
from sitrep.nlp.times.words import FUTURE_AUX, OPEN_ENDED_HEADS, PAST_PLANS, PLAN_HEADS, Tense


def _governing_verb(token: Token) -> Token | None:
    """Climb the dependency tree to the verb the expression modifies."""
    for _ in range(8):
        if token.pos_ in ("VERB", "AUX"):
            return token
        if token.head == token:
            return None
        token = token.head
    return None


def _open_ended(token: Token, verb: Token) -> bool:
    """Whether "until", "effective"... stands between ``token`` and its verb: "gave them
    until 9 a.m. Tuesday" names a deadline, which may lie ahead of the giving."""
    while token != verb and token.head != token:
        token = token.head
        if token.lower_ in OPEN_ENDED_HEADS:
            return True
    return False


def _past_plan(verb: Token) -> bool:
    """"planned", "were planning": a plan, unless pluperfect ("had been scheduled to
    expire Friday" is a plan already overtaken) or a mere modifier ("a service planned
    for Saturday was canceled" takes the tense of its clause)."""
    if verb.lower_ not in PAST_PLANS or verb.dep_ in ("acl", "amod", "relcl"):
        return False
    return not any(c.lower_ == "had" for c in verb.children if c.dep_ == "aux")


def _before_reported_subject(token: Token, verb: Token) -> bool:
    """"said on Wednesday it would strike": a time between a reporting verb and the subject of
    what it reports is the saying's, though the parse hangs it on the reported verb."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    opened = any(c.dep_ == "mark" and c.i < token.i for c in verb.children)  # "said that on Monday it would": the report's
    return verb.dep_ == "ccomp" and subject is not None and verb.head.i < token.i < subject.i and not opened


def _past_form_read_as_present(verb: Token) -> bool:
    """"In May the army retook the port": an irregular past form ("retook", "fled") that the
    tagger read as a present one (VBP); the form is no present of any verb."""
    return verb.tag_ == "VBP" and verb.lower_ in irregular_verbs()


def tense_of(token: Token, depth: int = 0) -> Tense:
    """PAST, FUTURE or PRESENT for the clause around ``token``: "said", "will visit", "is".

    ``depth`` bounds the climb through "to"-infinitives: a parse of a malformed text can
    loop, and one odd sentence must not sink the whole article."""
    verb = _governing_verb(token)
    if verb is None or depth > 6:
        return "PRESENT"
    if depth == 0 and _before_reported_subject(token, verb):
        return tense_of(verb.head, depth + 1)
    if depth == 0 and _open_ended(token, verb):
        return "PRESENT"  # "extended until Friday", "effective Feb. 1": may lie ahead of a past act
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {c.lower_ for c in aux}
    if words & FUTURE_AUX or (_past_plan(verb) and token.i > verb.i):
        return "FUTURE"  # "planned a rally on Saturday"; "On Friday, they planned..." dates the planning
    if "to" in words and verb.head != verb:
        if _past_plan(verb.head):
            return "FUTURE"  # "were planning to march Monday"
        if verb.head.lower_ in PLAN_HEADS and verb.head.dep_ in ("acl", "amod", "advcl"):
            return "FUTURE"  # "the talks, set to resume Monday": a plan, whatever the main verb
        head_tense = tense_of(verb.head, depth + 1)
        if head_tense == "PRESENT" and verb.head.lower_ in PLAN_HEADS:
            return "FUTURE"  # "is to meet", "plans to travel"
        if head_tense == "PAST":
            return "PRESENT"  # "agreed to buy it in January": ahead of the agreement, not known
        return head_tense
    if verb.tag_ == "VBG" and not aux and verb.dep_ in ("advcl", "pcomp", "pobj", "prep"):
        return tense_of(verb.head, depth + 1)  # "was hit by shelling on Sunday", "killing six on Sunday", "following talks on
        # Wednesday, X announced": the clause's tense (not "a ceasefire taking effect on Sunday")
    if verb.tag_ == "VBD" or any(c.tag_ == "VBD" for c in aux) or _past_form_read_as_present(verb):
        return "PAST"
    if verb.tag_ == "VBN" and (words & {"has", "have", "had", "'ve", "'s"} or verb.dep_ in ("acl", "amod")):
        return "PAST"
    return "PRESENT"
