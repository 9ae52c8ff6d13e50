"""``sitrep_figures``: the spaCy component that turns amounts into figures."""

# No postponed annotations here: spaCy validates the factory's argument types.
import re
from dataclasses import dataclass, replace
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from sitrep.facts import Figure, Place, PlaceRef, Time
from sitrep.nlp.countries import code_of
from sitrep.nlp.doctext import per_sentence, text_of
from sitrep.nlp.figures.amounts import Amount, find_amounts
from sitrep.nlp.figures.counted import (
    _asked_for, _befalls, _included, _partitive_antecedent, _place_at, _what, _who, counted_run, governing_verb, of_objects,
    with_shared_noun,
)
from sitrep.nlp.figures.setting import (
    _according_to, _as_of, _dated_verbs, _donor, _governors, _place, lead_words, place_mentions, present_perfect, rate,
)
from sitrep.nlp.figures.words import (
    AID, CASUALTIES, HARMS, LOCATOR_LAST, MAX_CLIMB, NOT_ANCHORS, ONE_HELD, PERSONS, PLACELESS, WHOLE_OF, _currencies, figure_classes,
)
from sitrep.nlp.inflection import base_forms
from sitrep.nlp.offsets import kept_index
from sitrep.timex import BACKGROUND_AGE, day, period
from sitrep.nlp.syntax import first_conjunct

if not Doc.has_extension("figures"):
    Doc.set_extension("figures", default=None)


@Language.factory("sitrep_figures", requires=["token.dep", "token.tag", "doc._.times", "doc._.places"], assigns=["doc._.figures"])
class FiguresComponent:
    """Sets ``doc._.figures`` to a list of :class:`sitrep.facts.Figure`, in text order."""

    def __init__(self, nlp: Language, name: str = "sitrep_figures") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        places = place_mentions(doc)
        readings = read_amounts(doc, places)
        kept = [reading for reading in readings if not _sought(reading) and not _arms_not_held(reading)]
        dated = [_news_or_history(_figure(doc, reading, readings, places), reading, doc._.anchor) for reading in kept]
        figures = [f for f in dated if f is not None]
        text = text_of(doc)
        doc._.figures = first_mentions([f for f in figures if not _named_again(text, f, figures) and not _one_of_a_toll(f, figures)])
        return doc

    def to_disk(self, path: object, *, exclude: object = ()) -> None:
        """Stateless: the rules live in code and data files, nothing to save."""

    def from_disk(self, path: object, *, exclude: object = ()) -> "FiguresComponent":
        return self


@dataclass
class Reading:
    """An amount read against the parse: what it counts and the verb it belongs to. All of a
    document's readings are made before any place is chosen, because a place that another
    count's verb claims ("with 2.1 million arriving in Norland") is not this count's place."""

    amount: Amount
    span: Span
    anchor: Token  # the counted noun, else the amount itself
    verb: Token | None
    category: str
    who: str | None
    place: PlaceRef | None = None  # set where the structure says it: an item of a gapped list
    whole: "Reading | None" = None  # the count this one is given as a part of ("..., including 19 children")


def read_amounts(doc: Doc, places: list[Place]) -> list[Reading]:
    """The amounts of ``doc`` that count something tracked, in text order."""
    times = doc._.times or []
    readings: list[Reading] = []
    last: Amount | None = None
    whole: Reading | None = None  # the last reading that is no included part of the one before
    for amount in find_amounts(text_of(doc)):
        span = doc.char_span(amount.core_start, amount.end, alignment_mode="expand")
        base = _share_base(text_of(doc), last, amount) or _conversion(text_of(doc), last, amount)
        last = amount
        if span is None or base:
            continue
        reading = _gapped_item(doc, amount, span, readings, places, times)
        if reading is None:
            if _not_a_count(doc, amount, span, times) or _asked(span) or _in_counted_name(doc, span, readings):
                continue
            before = whole or (readings[-1] if readings else None)  # "331 civilians, including 19 children, ... and 675 injured": civilians
            previous = before if before is not None and before.span.start >= _scene_start(doc, span) else None
            reading = _read(doc, amount, span, previous)
            if not reading or _fraction_of_a_person(reading):
                continue
        readings.append(reading)
        if _included(reading.anchor):
            reading.whole = whole
        else:
            whole = reading
    singles = [r for r in map(_single_casualty, doc) if r is not None]
    tallies = [t for t in _vote_tallies(doc) if not any(r.amount.start < t.amount.end and t.amount.start < r.amount.end for r in readings)]
    return sorted(readings + singles + tallies, key=lambda r: r.amount.start)


CLOCK = re.compile(r"(?:[01]?\d|2[0-3])[.:][0-5]\d")  # "13.44", "03.24": a time of day as live blogs stamp it
CHECKING_VERBS = frozenset({"confirm", "verify", "record", "document", "register", "count"})  # "confirmed 331 civilians ... had been killed"
PEOPLE_CATEGORIES = frozenset({*CASUALTIES, "refugees", "displaced", "evacuated", "troops"})
VOTE_TALLY = re.compile(r"\b(?:vot(?:ed|ing)|(?:a|the)\s+vote\s+of|by)\s+(?P<ayes>\d[\d,]*)\s*(?:-|–|to)\s*(?P<noes>\d[\d,]*)\b(?!\s*(?:%|per\s?cent))", re.IGNORECASE)


def _vote_tallies(doc: Doc) -> list[Reading]:
    """ "voted 95-1", "by a vote of 141 to 5": a tally counts the votes for, the first number,
    as the guide's votes (the number against is the tally's other side, not a second count)."""
    found = []
    text = text_of(doc)
    for match in VOTE_TALLY.finditer(text):
        if match.group(0).lower().startswith("by") and not VOTE_CONTEXT.search(text[max(0, match.start() - 40) : match.start()]):
            continue  # "by 66.9% to 33.1%" is read as shares; a bare "by 3 to 1" needs a vote named before it
        span = doc.char_span(match.start("ayes"), match.end("noes"), alignment_mode="expand")
        if span is None:
            continue
        amount = Amount(match.start("ayes"), match.end("noes"), match.start("ayes"), float(match["ayes"].replace(",", "")), "count")
        found.append(Reading(amount, span, span.root, governing_verb(span.root), "votes", "votes in favour"))
    return found


VOTE_CONTEXT = re.compile(r"\b(?:vote[ds]?|voting|passed|approved|adopted|ratified|rejected)\b[^.]*$", re.IGNORECASE)


def _single_casualty(token: Token) -> Reading | None:
    """ "A 71-year-old civilian was wounded", "killing a woman": one person a casualty befell,
    counted by the article "a" (a spelled "one" is an amount already)."""
    person = token.head
    if token.lower_ not in ("a", "an") or token.dep_ != "det" or person.tag_ != "NN" or not figure_classes(person) & PERSONS:
        return None
    verb = governing_verb(person)
    if person.dep_ not in ("nsubj", "nsubjpass", "dobj") or verb is None or person.head != verb or not _befalls(verb):
        return None
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "for") or c.tag_ == "MD" for c in verb.children):
        return None  # "if a soldier is killed", "a civilian could be hurt", "for a person to lose freedom": no one was
    if _long_past(token.doc, token.doc[token.i:person.i + 1], verb):
        return None  # "used in 2018, killing a woman": history
    category = next((c for c in CASUALTIES if c in figure_classes(verb) and c not in ONE_HELD), None)
    end = person.idx + len(person.text)
    amount = Amount(token.idx, end, token.idx, 1.0, "count")
    return Reading(amount, token.doc[token.i:person.i + 1], person, verb, category, _who(token.doc, [person])) if category else None


CONVERSION_OR = re.compile(r",?\s+or\s+(?:about\s+|around\s+|roughly\s+|some\s+)?")  # "$40bn, or £32bn"
ANAPHORIC = re.compile(r"\b(?:the|these|those)\s+$", re.IGNORECASE)
FEW = 10  # "the two men", "these three soldiers": numbers this small after "the" point back at people counted before
GAP = re.compile(r",?\s+(?:and\s+)?(?:the\s+)?$")  # what stands between list items: ", ", ", and ", " and the "


def _space_before(text: str, start: int) -> int:
    """Where the run of spaces that ends at ``start`` begins: a place with nothing but spaces
    before an amount ends in it (reading the text after every earlier place instead cost a
    slice of the article per place and amount)."""
    while start > 0 and text[start - 1].isspace():
        start -= 1
    return start


def _gapped_item(
    doc: Doc, amount: Amount, span: Span, readings: list[Reading], places: list[Place], times: list[Time]
) -> Reading | None:
    """ "Norland has taken in 1.5 million refugees, Southland 200,000 and Eastland 90,000": a
    list whose items are a place and an amount with the verb and noun left out (gapping)
    counts what its first item counts, each in its own place, as the first item's own
    subject is its place."""
    text = text_of(doc)
    if not readings or any(t.start < amount.end and amount.core_start < t.end for t in times):
        return None
    before = readings[-1]
    near = kept_index(doc, "sitrep_figure_place_ends", places, key=lambda p: p.end).between(_space_before(text, amount.start), amount.start + 1)
    place = next((p for p in near if not text[p.end:amount.start].strip()), None)  # only spaces between
    if place is None or before.span.sent != span.sent or before.category in PLACELESS:
        return None
    gap = text[before.amount.end if before.place else _run_end(before):place.start]
    if not GAP.fullmatch(gap) or not gap.strip():
        return None
    if before.place is None:
        subject = next((c for c in (before.verb.children if before.verb is not None else []) if c.dep_ == "nsubj"), None)
        own = _place_at([subject], places) if subject is not None else None
        if own is None:
            return None  # the first item has no place of its own to pair with the rest
        before.place = own
    return Reading(amount, span, span.root, before.verb, before.category, before.who, place.ref())


def _run_end(reading: Reading) -> int:
    """Where the first item of a list ends: after its counted noun phrase."""
    return max(reading.amount.end, reading.anchor.idx + len(reading.anchor))


def _share_base(text: str, share: Amount | None, amount: Amount) -> bool:
    """ "two-thirds of the 193 member states", "six of the country's 200 MPs": the 193 and
    the 200 are the whole a part is taken of."""
    return share is not None and bool(WHOLE_OF.fullmatch(text[share.end:amount.start]))


def _scene_start(doc: Doc, span: Span) -> int:
    """The first token of the counts an amount may go on from: its sentence's, or its
    paragraph's for "N more" ("The US has given X 16 systems. Four more arrived this week.")."""
    start = span.sent.start
    if span.end < len(doc) and doc[span.end].lower_ == "more":
        paragraph = text_of(doc).rfind("\n", 0, span.sent.start_char) + 1
        while start > 0 and doc[start - 1].idx >= paragraph:
            start -= 1
    return start


def _conversion(text: str, before: Amount | None, amount: Amount) -> bool:
    """ "worth $1bn (£825m)", "$40bn, or £32bn,": a sum in brackets, or after "or" in another
    currency, right after another sum is the same money in another currency, added for the
    reader, not a second sum ("$40bn or $50bn" are two guesses)."""
    if before is None or not before.currency or not amount.currency:
        return False
    gap = text[before.end:amount.start]
    bracketed = gap.strip() == "(" and text[amount.end:amount.end + 1] == ")"
    return bracketed or (bool(CONVERSION_OR.fullmatch(gap)) and amount.currency != before.currency)


def _in_counted_name(doc: Doc, span: Span, readings: list[Reading]) -> bool:
    """ "10 Switchblade 600 combat drones": a number inside the counted phrase of the count
    right before it is part of a model's name, no count of its own."""
    run = counted_run(doc, readings[-1].span.end) if readings else []
    return bool(run) and run[0].i <= span.start and span.end <= run[-1].i


def _asked(span: Span) -> bool:
    """ "Is the Kremlin counting by Stalin's mathematics – 20 million losses?": a number in a
    question asks or taunts, it reports no count."""
    return span.sent.text.rstrip().rstrip("\"”’'").endswith("?")


def _not_a_count(doc: Doc, amount: Amount, span: Span, times: list[Time]) -> bool:
    """Years, dates, durations, ages and a lone "one": numbers that are no counts."""
    if any(t.start < amount.end and amount.core_start < t.end for t in times):
        return True
    number = text_of(doc)[amount.core_start:amount.end]
    following = doc[span.end] if span.end < len(doc) else None
    if re.fullmatch(r"(?:19|20)\d\d", number) and (following is None or following.tag_ != "NNS"):
        return True  # a year the times component did not take
    qualified_one = (number.lower() == "one" and amount.start < amount.core_start  # "killing at least one": a count
                     and (following is None or following.lower_ not in ("of", "in", "out")))  # not "at least one of the five"
    if re.fullmatch(r"(?:one|a)", number, re.IGNORECASE) and not _one_person(number, following) and not qualified_one:
        return True  # "one of the", "no one": a pronoun far more often than a count
    if _model_number(number, span):
        return True
    if following is not None and "length" in figure_classes(following):
        return True  # "18.5 miles (30km) north-west of X": a distance
    if CLOCK.fullmatch(number) and amount.kind == "count" and amount.scale == 1 and amount.currency is None:
        return True  # "13.44", "Updated at 03.24 GMT": a live blog's clock, no count
    if _or_so(doc, span):
        return True
    before = doc[span.start - 1].lower_ if span.start else ""
    after = " ".join(t.lower_ for t in doc[span.end:span.end + 2])
    died_at = before == "at" and span.root.head.head.lower_ in ("died", "dies", "die", "dead")  # "died on 23 April at 88": an age
    aged_range = before == "between" and span.start > 1 and doc[span.start - 2].lower_ in ("aged", "ages")  # "men aged between 18 and 60"
    return died_at or aged_range or before in ("aged", "age") or after.startswith(("years old", "year old", "- year"))


def _or_so(doc: Doc, span: Span) -> bool:
    """ "a handful or two of tanks", "a day or two": a number after "or" that follows a singular
    noun with "a" makes the noun vague, it counts nothing."""
    words = doc[max(0, span.start - 3):span.start]
    return len(words) == 3 and words[0].lower_ in ("a", "an") and words[1].tag_ == "NN" and words[2].lower_ == "or"


def _fraction_of_a_person(reading: Reading) -> bool:
    """ "13.44 killed": people come whole; a count of them with a fraction is a misread number
    (a clock time, a distance), unless a scale word makes it whole ("1.5 million")."""
    value = reading.amount.value
    return reading.category in PEOPLE_CATEGORIES and reading.amount.kind == "count" and value != int(value)


def _model_number(number: str, span: Span) -> bool:
    """ "Falcon 2 tanks", "the Northline 2 pipeline": a small bare number right after a
    proper noun that modifies the noun after it is part of a name (a model, a pipeline), no count."""
    if not re.fullmatch(r"\d{1,3}", number) or span.start == span.sent.start:
        return False
    before = span.doc[span.start - 1]
    after = span.doc[span.end] if span.end < len(span.doc) else None
    modifies_next = before.dep_ in ("compound", "nmod") and before.head.i >= span.end  # not "in Vale 40 civilians"
    within_name = after is not None and after.tag_ in ("NNP", "NNPS") and after.is_title  # "Leopard 2 Main Battle Tanks"
    place = before.ent_type_ in ("GPE", "NORP", "LOC") or any(p.start <= before.idx < p.end for p in span.doc._.places or [])  # "gave Norland 16 Himars": whom, not a model
    return before.tag_ in ("NNP", "NNPS") and before.i != span.sent.start and not place and (modifies_next or within_name)


def _one_person(number: str, following: Token | None) -> bool:
    """ "One man died": a spelled "one" before a singular person noun counts that person."""
    return number.lower() == "one" and following is not None and following.tag_ == "NN" and bool(figure_classes(following) & PERSONS)


def _read(doc: Doc, amount: Amount, span: Span, previous: Reading | None) -> Reading | None:
    run = with_shared_noun(counted_run(doc, span.end))
    anchor = run[-1] if run else span.root
    verb = governing_verb(anchor)
    verb = _fate_told_after(verb, anchor) or verb
    if verb is not None and _long_past(doc, span, verb):
        return None
    if run and (_kin(run[-1]) or _of_a_bygone_state(run[-1])):
        return None
    category, who = _what(doc, amount, span, run or _partitive_antecedent(span.root, verb), verb, previous)
    if category is None or text_of(doc)[amount.core_start:amount.end].lower() == "one" and category not in CASUALTIES:
        return None  # a single person is news only as a casualty
    if run and _whole_of_a_part(run[-1], category):
        return None
    harm = category in CASUALTIES or "toll" in figure_classes(anchor)  # "60 casualties": the killed and wounded, filed as other
    if harm and (_other_cause(anchor, verb) or UNRELATED.search(span.sent.text)):
        return None  # "the earthquake caused 60 casualties", like "killed 60 people"
    return Reading(amount, span, anchor, verb, category, who)


# "killed when their aircraft crashed during an exercise unrelated to the war": the sentence itself
# says its harm is no part of the war.
UNRELATED = re.compile(r"\b(?:unrelated|not related|unconnected|not connected)\s+to\b", re.IGNORECASE)


def _other_cause(noun: Token, verb: Token | None) -> bool:
    """ "23 deaths from Covid-19", "the tower fire claimed 72 lives", "killed in a flood": a toll
    of a disease or a disaster is no casualty of the war, whatever the page it is on."""
    causes = [g for h in (noun, verb) if h is not None for c in h.children if c.dep_ == "prep" and c.lower_ in ("from", "of", "in", "by") for g in c.children if g.dep_ == "pobj"]
    causes += [c for c in verb.children if c.dep_ == "nsubj"] if verb is not None else []
    causes = [w for w in causes if not any(c.dep_ in ("acl", "relcl") for c in w.children)]  # "a fire caused by the shelling" is the war's
    return any("nonwar" in figure_classes(w) or any("nonwar" in figure_classes(c) for c in w.children if c.dep_ == "compound") for w in causes)


def _fate_told_after(verb: Token | None, noun: Token) -> Token | None:
    """ "it had confirmed 331 civilians, including 19 children, had been killed": the parser
    makes the counted people the object of the verb of checking and leaves "had been killed"
    a clause of its own with no subject; that clause tells what befell them."""
    if verb is None or noun.dep_ != "dobj" or not set(base_forms(verb.lower_)) & CHECKING_VERBS:
        return None
    clauses = [c for c in verb.head.children if c.dep_ in ("ccomp", "conj") and c.i > noun.i] if verb.dep_ == "ccomp" else []
    return next((c for c in clauses if not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children) and figure_classes(c) & set(CASUALTIES)), None)


def _kin(noun: Token) -> bool:
    """ "evacuated his wife and two children", "her three sons": one person's family, a
    story's detail rather than a count of the war's victims."""
    nouns = [noun, *noun.conjuncts]
    return any(c.dep_ == "poss" and c.lower_ in ("his", "her", "my") for n in nouns for c in n.children)


def _of_a_bygone_state(noun: Token) -> bool:
    """ "Millions of Soviet soldiers died in the war", "20,000 Nazi troops": people counted as
    those of a state that no longer exists were counted in its time, history told beside the
    news, whatever date the sentence seems to carry. Not arms of its making ("Soviet-designed
    tanks" are sent today), so only a count of people; and only the state's own word, not a
    prefixed one that names people of now ("200 neo-Nazi fighters", "post-Soviet migrants")."""
    from sitrep.nlp.events.grammar import hyphen_start  # here: the events package imports this one

    return bool(figure_classes(noun) & PERSONS) and any(
        c.dep_ in ("amod", "compound", "nmod") and "bygone" in figure_classes(c) and hyphen_start(c) == c for c in noun.children
    )


PART_WORDS = frozenset({"many", "some", "few", "several", "much"})  # an unstated part; "all of", "most of" keep the whole's count


def _whole_of_a_part(noun: Token, category: str) -> bool:
    """ "forcing many of the city's half a million residents to flee", "many of the 300
    soldiers were killed": a count after a word of an unstated part ("many of", "some of") is
    the whole the part is taken from, and only the part did what the clause says. A count
    whose own words say what it is stays one: its noun names the category ("some of the 3
    million refugees") or a clause of its own tells the act ("some of the 5,000 residents who
    fled")."""
    part = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    if part is None or part.lower_ not in PART_WORDS:
        return False
    return category not in figure_classes(noun) and not any(c.dep_ in ("relcl", "acl") for c in noun.children)


def _long_past(doc: Doc, span: Span, verb: Token) -> bool:
    """"Norland fielded an army of two million soldiers in 1990", "three million died in the
    Second World War": a count whose own verb is dated over a year before the report (to the
    last day of the year or month named), or set in a war long past, is history, not a figure of
    the news."""
    from sitrep.nlp.events.when import set_in_past_war  # here: the events package imports this one

    heads = _governors(verb)
    sent = span.sent  # once: spaCy finds a span's sentence by scanning, and a run-on sentence is long
    if set_in_past_war(sent, heads):
        return True
    published = day((doc._.anchor or "").split("T")[0])  # None for no date, or a day of unknown year
    if published is None:
        return False
    times = [t for t in doc._.times or [] if t.type == "DATE"]
    if _goes_on_from(sent, times, heads):
        before = doc[sent.start - 1].sent
        told = _scene_dates(doc, before, times)
        return bool(told) and all(_older(t, published) for t in told)
        # "In May 1951 a shell hit a school. It killed 86 people": the 1951 shell's toll; not "A
        # missile, a model made in 1976, hit X on Friday. The missile killed 50": Friday's
    return bool(_verbs_dated_long_ago(doc, sent, times, published) & {h.i for h in heads})


def _verbs_dated_long_ago(doc: Doc, sent: Span, times: list[Time], published: date) -> set[int]:
    """The verbs of the sentence that one of its dates over a year old dates (``per_sentence``:
    each count of the sentence asks)."""
    def dated() -> set[int]:
        old = [t for t in times if _within(t, sent) and not _up_to_now(doc, t, sent) and _older(t, published)]
        spans = [doc.char_span(t.start, t.end, alignment_mode="expand") for t in old]
        return {v.i for span in spans if span is not None for v in _dated_verbs(span.root)}
    return per_sentence(sent, "sitrep_verbs_dated_long_ago", dated, published)


PRONOUN_SUBJECTS = frozenset({"it", "they", "this", "he", "she"})


def _goes_on_from(sent: Span, times: list[Time], heads: set[Token]) -> bool:
    """A sentence whose count has no date of its own and whose subject points back, a pronoun
    ("It killed 86 people") or "the" with a noun of the sentence before ("... caused a famine
    in 1891. The famine killed two million"), tells more of what the sentence before it told,
    at that sentence's time. A date of another verb of the sentence ("... and was remembered
    last week") is not the count's."""
    if sent.start == 0 or not (sent[0].lower_ in PRONOUN_SUBJECTS and sent[0].dep_ in ("nsubj", "nsubjpass") or _named_before(sent, heads)):
        return False
    spans = [sent.doc.char_span(t.start, t.end, alignment_mode="expand") for t in times if _within(t, sent)]
    return not any(span is None or _dated_verbs(span.root) & heads for span in spans)


def _named_before(sent: Span, heads: set[Token]) -> bool:
    """ "The famine killed ...", "The event killed ...": a subject that opens the sentence with
    "the", "this" or "that" and whose noun the sentence before names, or a noun that only points
    back ("event", "incident"), the same thing again, told in the past tense as
    that sentence was ("The shelter houses 300 refugees" is now, whenever it was built). Not the
    war itself ("... invaded in February 2022. The invasion killed thousands"): this war began
    long before many reports of it, and its toll is news."""
    subject = next((t for t in sent if t.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or not any(h.tag_ == "VBD" and _caused_harm(h) for h in heads) or subject.pos_ != "NOUN" or "war" in figure_classes(subject):
        return False
    if sent[0].dep_ != "det" or sent[0].head != subject or sent[0].lower_ not in ("the", "this", "that"):
        return False
    return "aforesaid" in figure_classes(subject) or any(t.lower_ == subject.lower_ and t.pos_ == "NOUN" for t in sent.doc[sent.start - 1].sent)


def _scene_dates(doc: Doc, sent: Span, times: list[Time]) -> list[Time]:
    """The dates of what a sentence tells: not a span running up to now ("since 2014"), nor
    the day it was told ("In 1951 a shell hit X, a report said on Monday"), which dates no
    happening."""
    def of_saying(time: Time) -> bool:
        span = doc.char_span(time.start, time.end, alignment_mode="expand")
        verbs = _dated_verbs(span.root) if span is not None else set()
        return bool(verbs) and all("report" in figure_classes(v) for v in verbs)
    return [t for t in times if _within(t, sent) and not _up_to_now(doc, t, sent) and not of_saying(t)]


def _caused_harm(verb: Token) -> bool:
    """ "The famine killed ...": a happening told again is the cause of a toll. A subject that
    "lost" 200 fighters or "sheltered" 1,000 is a body that lasts ("The regiment was founded in
    2014. The regiment lost 200 fighters"), whose count is of its own day."""
    classes = figure_classes(verb)
    return bool(classes & HARMS) and "loss" not in classes


def _up_to_now(doc: Doc, time: Time, sent: Span) -> bool:
    """ "since 2015, Canada has trained 33,000": a period up to now, no date of the past."""
    lead = lead_words(doc, time, sent.start_char)
    return bool(lead) and lead[-1] in NOT_ANCHORS


def _within(time: Time, sent: Span) -> bool:
    return sent.start_char <= time.start < sent.end_char


def _as_of_long_past(figure: Figure, anchor: str | None) -> bool:
    """A count whose as-of date ended over ``BACKGROUND_AGE`` before the report ("Late that
    evening a shell hit a school. It killed 86 people", told on the 1951 siege's anniversary): the
    date its own words or the story's thread give it makes it history, however the sentence got
    it, not a figure of the news."""
    published = day((anchor or "").split("T")[0])  # None for no date, or a day of unknown year
    covered = period(figure.as_of)
    return published is not None and covered is not None and published - covered[1] > BACKGROUND_AGE


RUNNING = re.compile(r"\b(?:since|so far|to date|thus far|until now|up to now)\b", re.IGNORECASE)


def _running(reading: Reading) -> bool:
    """A count told in the present perfect ("have been killed") or in a sentence of "since",
    "so far" or "to date" is a running total up to now, however long ago its count began: no
    history, whatever date it is given."""
    return reading.verb is not None and present_perfect(reading.verb) or bool(RUNNING.search(reading.span.sent.text))


def _news_or_history(figure: Figure, reading: Reading, anchor: str | None) -> Figure | None:
    """The figure as news, or None for history (``_as_of_long_past``); a running total whose
    count began over a year ago ("since February 2022, 5,000 have been killed") stands as of the
    report's day, not as of the day its count began."""
    if not _as_of_long_past(figure, anchor):
        return figure
    return replace(figure, as_of=(anchor or "").split("T")[0]) if _running(reading) else None


def _older(time: Time, published: date) -> bool:
    """A date whose period ended over ``BACKGROUND_AGE`` before the report's day."""
    covered = period(time.value)
    return covered is not None and published - covered[1] > BACKGROUND_AGE


def _sought(reading: Reading) -> bool:
    """ "is seeking hundreds of drones from Iran", "wants 300 tanks", "is considering sending four
    drones": aid sought or weighed, not given or pledged. It is no figure, though it still tells what a later bare count counts ("..., and
    Britain will send 14 of them")."""
    weighed = reading.verb is not None and reading.verb.dep_ == "xcomp" and "weighing" in figure_classes(reading.verb.head)
    asked = reading.verb is not None and (_asked_for(reading.verb) or _asked_of_another(reading.verb))
    return reading.category in AID and (asked or weighed or _listed_as_wanted(reading.anchor))


def _arms_not_held(reading: Reading) -> bool:
    """ "each boat can hold six rockets", "the deal would leave Norland with 30 extra jets",
    "there will be 12 howitzers at the base": a force's arms told under a modal verb are a
    capacity, a supposition or a plan, no count of what it holds or lost."""
    verb = reading.verb
    arms = reading.category == "other" and "arms" in figure_classes(reading.anchor)
    return arms and verb is not None and _modal_over(verb)


def _modal_over(verb: Token) -> bool:
    """Whether a modal ("can", "would", "will") rules the verb: its own, or that of a verb whose
    complement it is ("would mean Norland had ..."), but not that of a verb of saying ("will
    tell MPs that Norland has ...": the telling is to come, not the holding) nor of the clause
    a relative clause hangs on ("Norland, which has 300 tanks, will not attack": the relative
    clause asserts what it holds)."""
    from sitrep.nlp.quotes.words import VERB_FORMS  # here, not at the top: the quotes package imports this one

    current = verb
    while not any(c.tag_ == "MD" for c in current.children):
        if current.dep_ not in ("xcomp", "ccomp", "advcl") or current.head.lower_ in VERB_FORMS:
            return False
        current = current.head
    return True


def _asked_of_another(verb: Token) -> bool:
    """ "asked parliament to approve a $21bn package", "urged Norland to provide $12m", "called
    on Norland to send 40 tanks", "asked Congress to give approval for spending that would
    include $20bn": aid someone is asked to give (or to approve the spending it is part of) is
    not given yet."""
    verb = _clause_of_noun(verb)
    asker = verb.head
    asks = verb.dep_ == "xcomp" and bool(figure_classes(asker) & {"wish", "plea"})
    return asks and any(c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ == "on" for c in asker.children)


def _clause_of_noun(verb: Token) -> Token:
    """The verb of the clause a relative or noun clause hangs in ("approval for spending that
    would include $20bn": the verb "approval" is the object of), so far as the parse goes; the
    verb itself when it is no such clause."""
    for _ in range(MAX_CLIMB):
        if verb.dep_ not in ("relcl", "acl") or verb.head.pos_ not in ("NOUN", "PROPN"):
            break
        up = governing_verb(verb.head)
        if up is None or up == verb:
            break
        verb = up
    return verb


def _listed_as_wanted(noun: Token) -> bool:
    """ "gave an inventory of Ukraine's needs: 1,000 howitzers, 500 tanks", "its wishlist: 300
    tanks": items in apposition to a list of what is needed are asked for, whoever gives the list."""
    noun = first_conjunct(noun)
    if noun.dep_ != "appos":
        return False
    listed = noun.head
    words = [listed, *of_objects(listed)]
    return any("wanted" in figure_classes(w) for w in words)


def _figure(doc: Doc, reading: Reading, readings: list[Reading], places: list[Place]) -> Figure:
    amount, span, verb = reading.amount, reading.span, reading.verb
    per = rate(reading) if reading.category not in AID else None
    donor = _donor(doc, reading) if reading.category in AID else None
    who = _donors_dollar(doc, amount, donor) or reading.who  # the currency, for money
    return Figure(
        start=amount.start, end=amount.end, text=text_of(doc)[amount.start:amount.end],
        value=amount.value / 100 if amount.kind == "percent" else amount.value,
        category=reading.category, approx=amount.approx, low=amount.low, high=amount.high,
        who=" ".join(w for w in (who, per) if w) or None,
        place=None if reading.category in PLACELESS else _place(doc, reading, readings, places),
        as_of=_as_of(doc, *_dated_by(reading)), according_to=_according_to(doc, span, verb),
        donor=donor, part_of=_whole_group(reading),
    )


def _donors_dollar(doc: Doc, amount: Amount, donor: str | None) -> str | None:
    """ "Canada will send $4m": a bare "$" that a country with a dollar of its own gives is that
    dollar (CAD), not the US dollar the sign stands for elsewhere."""
    if donor is None or amount.currency is None or text_of(doc)[amount.core_start] != "$":
        return None
    code = code_of(donor)
    return _currencies().get((code.lower(), "country")) if code else None


def _dated_by(reading: Reading) -> tuple[Span, Token | None]:
    """The count (span and verb) whose day a count holds on: a part given in its whole's
    sentence ("900 were evacuated on Monday, officials said, with 300 of them from X") is told
    of the whole's day, wherever the parse hangs the part; unless the part's own phrase tells a
    day ("including a further $5m unveiled on Monday")."""
    whole = _whole_in_sentence(reading)
    return (reading.span, reading.verb) if whole is None or _dated_within(reading.anchor) else (whole.span, whole.verb)


def _dated_within(word: Token) -> bool:
    """Whether a day or time is told inside the phrase a word heads."""
    start, end = word.left_edge.idx, word.right_edge.idx + len(word.right_edge)
    return any(start <= t.start and t.end <= end for t in word.doc._.times or [] if t.type in ("DATE", "TIME"))


def _whole_in_sentence(reading: Reading) -> Reading | None:
    """The count a part is given of, when it is of the part's kind and in the part's sentence."""
    whole = reading.whole
    if whole is None or whole.span.sent != reading.span.sent or whole.category != reading.category:
        return None
    return whole


def _whole_group(reading: Reading) -> str | None:
    """What the count a part is given of counts ("28 journalists were killed, including seven
    foreigners": journalists; "864 cases - 763 men, 94 women and seven boys": cases), so that
    a breakdown is never shown as a second figure for the whole; only a count of its own kind in
    its own sentence ("$1bn, including 20 carriers" is no part of a sum)."""
    whole = _whole_in_sentence(reading)
    return None if whole is None else whole.who or whole.category


def _named_again(text: str, figure: Figure, figures: list[Figure]) -> bool:
    """"two volunteers were captured ... The two men were taken to ... these two citizens": a
    small number after "the/these/those" that an earlier figure already gave points back at
    the people counted there, whatever the later sentence does to them. A larger one ("1,000
    troops were on standby ... the 1,000 troops that are on standby are there to support X")
    points back at an earlier count of the same kind; a first "the 152 bodies" is a count of
    its own."""
    if figure.value is None or not ANAPHORIC.search(text[max(0, figure.start - 8):figure.start]):
        return False
    return any(
        f.start < figure.start and f.value == figure.value and (figure.value < FEW or f.category == figure.category)
        for f in figures
    )


def _one_of_a_toll(figure: Figure, figures: list[Figure]) -> bool:
    """ "The attack killed at least eight civilians ... A child and a father were killed": one
    person an article tells of after its toll of the same harm, in the same place or none, is
    one of those counted, a detail of the story, no figure of its own."""
    if figure.value != 1 or not re.match(r"an?\b", figure.text, re.IGNORECASE):
        return False
    return any(
        f.start < figure.start and f.category == figure.category and (f.value or 0) > 1
        and (f.place is None or figure.place is None or _same_area(f.place, figure.place))
        for f in figures
    )


def first_mentions(figures: list[Figure]) -> list[Figure]:
    """One figure per fact: a number repeated for the same count ("400 vehicles ... more than
    400 vehicles", a sum named in the lead and again in the body) is the fact told twice, so
    only its first mention is kept. Counts of one category and value stay apart when their
    places or dates differ (5 killed in Vale, 5 killed in Eastport; a total announced on
    May 5 and restated in June are two points of a series). A count of "people" told again
    of whom ("19 civilians") keeps its first mention with whom the second names, and one told
    again in a narrower place ("in the country" first, "in X" later) takes that place."""
    kept: list[Figure] = []
    for figure in figures:
        same = next((i for i, k in enumerate(kept) if _same_fact(k, figure)), None)
        if same is None:
            kept.append(figure)
            continue
        if _counted_noun(kept[same]) in ANYONE and _counted_noun(figure) not in ANYONE:
            first = kept[same]  # "19 people ... 19 civilians": the first mention, with whom the second names and its source
            kept[same] = replace(first, who=figure.who, according_to=first.according_to or figure.according_to)
        if _breadth(figure.place) < _breadth(kept[same].place):
            first = kept[same]  # "eight died" (in the country at war) told again "in X, police said": in X, by the police
            kept[same] = replace(first, place=figure.place, according_to=first.according_to or figure.according_to)
    return kept


def _breadth(place: PlaceRef | None) -> int:
    """How wide a place is: a town, a region, a country, none."""
    return 3 if place is None else LOCATOR_LAST.get(place.kind or "", 0)


ANYONE = frozenset({"people", "persons"})  # who a count of people names when it names no one in particular


def _counted_noun(figure: Figure) -> str:
    return figure.who.lower().split()[-1] if figure.who else ""


def _same_fact(a: Figure, b: Figure) -> bool:
    """Same category, value, bounds and date, the same thing counted ("400 vehicles" is not
    "400 missiles") and no two different places."""
    if (a.category, a.value, a.low, a.high, a.as_of) != (b.category, b.value, b.low, b.high, b.as_of):
        return False
    if a.who and b.who and _counted_noun(a) != _counted_noun(b) and not {_counted_noun(a), _counted_noun(b)} & ANYONE:
        return False  # "400 vehicles" is not "400 missiles"; "19 people" may be "19 civilians"
    return a.place is None or b.place is None or _same_area(a.place, b.place)


def _same_area(a: PlaceRef, b: PlaceRef) -> bool:
    """One place, or a country or a region and a place in the same country: "three killed
    near Vale" told again as "three killed in Ruritania", "75 evacuated from Eastport" as the
    governor's "we evacuated 75 people" in his region, is the same count."""
    if a.name == b.name:
        return True
    broader = [p for p in (a, b) if p.kind in ("country", "admin1")]
    return len(broader) == 1 and a.country is not None and a.country == b.country
