"""Build the briefing from the store: fused developments first, sentences where none.

Each section takes the fused developments of its kinds (brief/developments.py), ranked by
corroboration, recency and weight; Latest developments leaves out background (events dated
well before their first report) and shows its picks as a wire editor leads a digest: the most
corroborated first, newest first among equally corroborated (``_lead_order``). No section shows
an undated act its reports tell only as context (``recalled_history``, ``told_as_attribute``):
a trip or a strike recalled from months before is no development of the period. Where a section has fewer than ``MIN_DEVELOPMENTS``, it
is filled with the period's fact-bearing sentences (who, where, when) that a general topic
lexicon (nlp/data/topics.csv) assigns to it, newest and densest first, so a briefing is
useful even before the event extractor recognises a kind of happening.
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from collections.abc import Callable
from datetime import datetime, timezone
from functools import lru_cache
from importlib import resources

from sitrep.brief import developments as fused
from sitrep.brief.model import Briefing, MapPoint, Section, Source, Statement
from sitrep.facts import Document
from sitrep.fuse.figures import AID_CATEGORIES, running_total, side_of
from sitrep.nlp.events.lexicon import load_lexicon
from sitrep.spans import sentence_around, sentences, sentences_kept
from sitrep.store.sqlite import Store
from sitrep.timex import chronological, period

SECTIONS = (
    ("latest", "Latest developments"),
    ("diplomacy", "Diplomacy"),
    ("military_aid", "Military aid"),
    ("civilians", "Civilians and refugees"),
)
_SENTENCE_CLOSE = re.compile(r"[.!?][\"'”’)]*$")
PER_SECTION = 15
MIN_DEVELOPMENTS = 5
# Which fused developments each section shows (PLOVER types; latest takes every type).
SECTION_TYPES = {
    "diplomacy": {"CONSULT", "AGREE", "REQUEST", "REJECT", "ACCUSE", "SANCTION", "SUPPORT", "THREATEN", "CONCEDE", "COOPERATE", "PROTEST"},
    "military_aid": {"AID", "MOBILIZE"},
    "civilians": set(),
}
LATEST_PER_ARTICLE = 2  # developments first reported by one article before any article's next, in latest
SECTION_PER_ARTICLE = 3  # and in the other sections: one long speech does not fill a section
MAX_ARTICLES = 500  # the newest articles of a period whose sentences fill a thin section (the count is of all)
HISTORY_DAYS = 30  # outside latest developments, what is dated this long before its report is history
# Military aid lists aid given or pledged to the country at war, as aid trackers count it (Kiel
# Institute: commitments per donor); third parties' deployments ("Nato will put 300,000 troops
# on high alert", "the UK will send 1,000 soldiers to Estonia") are no aid and go to a
# subsection of their own after it, so a posture never takes a package's place.
DEPLOYMENTS_TITLE = "Third parties' deployments"
DEPLOYMENTS_SHOWN = 5  # lines of that subsection


@lru_cache(maxsize=1)
def topic_cues() -> dict[str, tuple[str, ...]]:
    rows = resources.files("sitrep.nlp.data").joinpath("topics.csv").read_text().splitlines()
    cues: dict[str, list[str]] = defaultdict(list)
    for row in csv.reader(line for line in rows if line and not line.startswith("#")):
        if row[0] != "section":
            cues[row[0]].append(row[1])
    return {k: tuple(v) for k, v in cues.items()}


def sections_of(sentence: str) -> list[str]:
    """The sections a sentence's words belong to: a cue is a word start, or with a closing "$"
    a whole word (an irregular form such as "met", which begins "metal" and "method")."""
    lowered = sentence.lower()
    return [key for key, pattern in _topic_patterns().items() if pattern.search(lowered)]


@lru_cache(maxsize=1)
def _topic_patterns() -> dict[str, re.Pattern[str]]:
    """Each section's cues as one pattern: a briefing asks of every sentence of its articles,
    and a search per cue (hundreds of them) was a third of a build."""
    return {key: re.compile("|".join(map(_cue_pattern, cues))) for key, cues in topic_cues().items()}


def _cue_pattern(cue: str) -> str:
    return r"\b" + re.escape(cue[:-1]) + r"\b" if cue.endswith("$") else r"\b" + re.escape(cue)


def statements(article: dict, document: Document) -> list[tuple[str, Statement, int]]:
    """(section, statement, weight) for each fact-bearing sentence of one article."""
    result = []
    names = _mention_names(document)
    body_start = article.get("body_start") or 0
    for index, (start, end) in enumerate(sentences(document.text, body_start)):
        if start < (len(document.title) if document.title and document.text.startswith(document.title) else 0):
            continue  # the headline repeats the lead
        if not _SENTENCE_CLOSE.search(document.text[start:end]):
            continue  # captions and headings are not statements
        who = sorted({name for (s, e), name in names.items() if start <= s < end})
        where = list(dict.fromkeys(p.name for p in document.places if start <= p.start < end))
        times = [t for t in document.times if start <= t.start < end]
        weight = len(who) + len(where) + 2 * len(times)
        if not weight or len(document.text[start:end].split()) < 6:
            continue
        statement = Statement(
            text=document.text[start:end],
            sources=[Source.of(article, start, end)],
            date=next((t.value for t in times if t.type == "DATE" and t.value[:1].isdigit()), article["published"]),
            who=who, where=where, when=[t.text for t in times],
        )
        topics = sections_of(statement.text)
        if "military_aid" in topics and _arms_used(document, start, end):
            topics.remove("military_aid")  # "artillery shelled the town": arms fired, no arms given
        if "civilians" not in topics and any(f.category in fused.HUMAN_CATEGORIES and start <= f.start < end for f in document.figures):
            topics.append("civilians")  # "12 dead, 40 hurt": a count of people is the section's, whatever its words
        if index < LATEST_PER_ARTICLE + 1:
            topics.append("latest")
        result.extend((topic, statement, weight) for topic in topics)
    return result


FORCE = frozenset({"ASSAULT", "COERCE"})
GIVING = frozenset({"AID", "MOBILIZE"})


def _arms_used(document: Document, start: int, end: int) -> bool:
    """Whether a sentence tells force and no giving or deployment ("Georgian artillery shelled
    the town, killing four"): its arms words name what was fired, so it is front news, not a
    Military aid line, though the topic lexicon's "artillery" and "missile" match it."""
    kinds = {e.type for e in document.events if start <= e.start < end}
    return bool(kinds & FORCE) and not kinds & GIVING and not any(f.category in AID_CATEGORIES and start <= f.start < end for f in document.figures)


def build_briefing(store: Store, since: str | None = None, until: str | None = None) -> Briefing:
    with sentences_kept():  # each article is split into sentences once a build, and only for its build
        return _build(store, since, until)


def _build(store: Store, since: str | None, until: str | None) -> Briefing:
    articles = store.articles(since=since, until=until, limit=MAX_ARTICLES)
    developments = fused.developments(store, since, until)
    collected: dict[str, list[tuple[str, int, Statement]]] | None = None  # read only if a section needs it
    officials = fused.official_names(store)
    untitled = fused.untitled_people(store)
    sections = []
    for key, title in SECTIONS:
        judged: list[Statement] = []  # developments the section left out as no news: their sentences are no filler either
        aside: list[Statement] = []  # Military aid's third parties' deployments
        if key == "latest":
            chosen = [d for d in developments if fused.is_news(d)]
            judged = [d for d in developments if not fused.is_news(d)]
            chosen, recalled = _without_context(store, _per_first_report(_one_per_sentence(chosen), LATEST_PER_ARTICLE), PER_SECTION)
            judged += recalled
            chosen = _lead_order(chosen)
        else:
            chosen = _one_per_sentence([
                d for d in developments if _belongs(key, d) and not fused.is_background(d, HISTORY_DAYS) and not (key == "diplomacy" and (fused.domestic(d, officials) or fused.private(d, untitled)))
            ])
            chosen = _on_topic_first(key, chosen)
            if key == "military_aid":
                documents: dict[int, Document | None] = {}
                aid = [s for s in chosen if s.type == "AID" and _aid_to_the_war(store, s, documents)]
                chosen, aside = _amounts_first(store, aid, documents), [s for s in chosen if s.type != "AID"]
                aside, recalled = _without_context(store, _per_first_report(aside, SECTION_PER_ARTICLE), DEPLOYMENTS_SHOWN)
                judged += recalled
            if key == "diplomacy":
                chosen = _meetings_first(chosen)
            chosen, recalled = _without_context(store, _per_first_report(chosen, SECTION_PER_ARTICLE), PER_SECTION)
            judged += recalled
        if len(chosen) < MIN_DEVELOPMENTS:
            collected = collected if collected is not None else _topic_sentences(store, articles)
            cited = _cited(chosen) | _cited(judged) | _cited(aside)
            chosen += _sentences_for(key, collected[key], cited=cited, room=PER_SECTION - len(chosen))
        section = Section(key, title, chosen)
        if key == "military_aid":
            section.aside_title, section.aside = DEPLOYMENTS_TITLE, aside
        sections.append(section)
    return Briefing(
        generated=datetime.now(timezone.utc).isoformat(timespec="seconds"), since=since, until=until,
        articles=store.count_articles(since=since, until=until), sections=sections, places=map_points(store, since, until),
        itineraries=fused.itineraries(developments, officials, fused.party_names(store)),
        series=fused.series(store, fused.HUMAN_CATEGORIES + AID_CATEGORIES, since, until),
        control=fused.control_claims(store, developments),
    )


def _belongs(key: str, statement: Statement) -> bool:
    """A development of the section's kinds; in Military aid a deployment only by a third party
    ("Nato reinforces its eastern flank"): a party to the war moving its own troops is front news."""
    if statement.type not in SECTION_TYPES[key]:
        return False
    return not (key == "military_aid" and statement.type == "MOBILIZE" and (not statement.who or any(side_of(w) for w in statement.who)))


def _on_topic_first(key: str, statements: list[Statement]) -> list[Statement]:
    """The section's developments in rank order, those in its own words first: in Military aid,
    weapons delivered before food aid, which is AID too but belongs to another story. A
    meeting is Diplomacy's in whatever words its first report tells it ("leaders gathered in
    Y"), or a summit fused from many reports would fall behind the section's accusations for
    the words of one."""
    return sorted(statements, key=lambda s: key not in sections_of(s.text) and not (key == "diplomacy" and _meeting(s)))


def _meeting(statement: Statement) -> bool:
    return statement.type == "CONSULT" and statement.mode == "meet"


AMOUNT_REACH = 3 * PER_SECTION  # the ranked candidates an amount can lift into a section
MEETING_REACH = 3 * PER_SECTION  # and a meeting, visit, call or talks into Diplomacy


def _meetings_first(statements: list[Statement]) -> list[Statement]:
    """Among the best-ranked diplomatic developments, meetings, visits, calls and talks
    (CONSULT) before sanctions, appeals and accusations: Diplomacy is first who goes where and
    meets whom, and a sanction's higher weight in the ranking (it is front news too) must not
    crowd those out of the section."""
    head, rest = statements[:MEETING_REACH], statements[MEETING_REACH:]
    return sorted(head, key=lambda s: s.type != "CONSULT") + rest


# What aid trackers count as a commitment: a pledge (planned) or a delivery (occurred). Aid said
# to go on ("keeps supplying weapons") or only supposed ("could send tanks") is no package.
PACKAGE_STATUSES = frozenset({"planned", "occurred"})


def _aid_to_the_war(store: Store, statement: Statement, documents: dict[int, Document | None]) -> bool:
    """Whether an aid development is the section's: told in its words (arms, military or
    security assistance), with a sum or count of aid, or given to a party to the war, as its
    recipient or as where the sentence says the aid goes on to ("to Poland for onward shipment
    to X"). "A win would aid his standing at home", help from a consulate to its own citizens
    or jets promised to a third country are no package for the war, though an aid verb tells them."""
    return ("military_aid" in sections_of(statement.text) or any(side_of(w) for w in statement.whom)
            or any(side_of(name) for name in BOUND_FOR.findall(statement.text))
            or _says_how_much(store, statement, documents))


# A name the aid is bound for, after "to" or "for" ("for onward shipment to X", "bound for X's
# army"), not a source ("according to X officials")
BOUND_FOR = re.compile(r"(?<!according )\b(?:to|for)\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+[a-z]+)?)")


def _amounts_first(store: Store, statements: list[Statement], documents: dict[int, Document | None]) -> list[Statement]:
    """Among the best-ranked aid developments, those whose sentence says how much (a sum or a
    count of arms the figures component read there) before those that do not, and among
    either a pledge or a delivery before aid said to go on (``carried_on``) or only supposed: a
    package announced with its amount is the news, "the leaders affirmed their support" and
    "the West will continue to send weapons" are not."""
    head, rest = statements[:AMOUNT_REACH], statements[AMOUNT_REACH:]
    texts: dict[int, tuple[str, int, list]] = {}
    return sorted(head, key=lambda s: (
        "military_aid" not in sections_of(s.text),  # arms before food aid still
        not _says_how_much(store, s, documents),
        s.status not in PACKAGE_STATUSES or carried_on(store, s, texts),
    )) + rest


def _says_how_much(store: Store, statement: Statement, documents: dict[int, Document | None]) -> bool:
    """Whether the sentence a statement was first reported in has the sum or count of a package
    (documents read once per article, into ``documents``): a running total ("brings the total
    committed to $2 billion") sums the packages already told, and is no new one."""
    source = statement.sources[0]
    if source.article_id not in documents:
        documents[source.article_id] = store.document(source.article_id)
    document = documents[source.article_id]
    if document is None:
        return False
    start, end = sentence_around(document.text, source.start, source.end)
    sentence = document.text[start:end]
    return any(
        f.category in AID_CATEGORIES and start <= f.start < end and not running_total(sentence, f.start - start, f.end - start)
        for f in document.figures
    )


def _topic_sentences(store: Store, articles: list[dict]) -> dict[str, list[tuple[str, int, Statement]]]:
    """Every fact-bearing sentence of the period's articles, by section, with its date and weight."""
    collected: dict[str, list[tuple[str, int, Statement]]] = defaultdict(list)
    for article in articles:
        for topic, statement, weight in statements(article, store.document(article["id"])):
            collected[topic].append((article["published"] or "", weight, statement))
    return collected


def _one_per_sentence(statements: list[Statement]) -> list[Statement]:
    """One line per reporting sentence: a sentence that carries several events (an
    accusation and a sanction, say) is shown once, under its best-ranked development."""
    seen: set[tuple[int, int, int]] = set()
    kept = []
    for statement in statements:
        first = statement.sources[0]
        if (first.article_id, first.start, first.end) not in seen:
            seen.add((first.article_id, first.start, first.end))
            kept.append(statement)
    return kept


def _per_first_report(statements: list[Statement], limit: int) -> list[Statement]:
    """The ranked developments with those beyond ``limit`` per first-reporting article moved
    after all others: a speech that names ten acts would otherwise crowd out every other
    report, yet a briefing of few articles still shows all it has."""
    seen: dict[int, int] = defaultdict(int)
    first, rest = [], []
    for statement in statements:
        article_id = statement.sources[0].article_id
        seen[article_id] += 1
        (first if seen[article_id] <= limit else rest).append(statement)
    return first + rest


YEAR = re.compile(r"\d{4}")
TOLD_AS_DONE = frozenset({"occurred", "claimed", "denied"})  # statuses of an act that can be recalled as history


def _without_context(store: Store, ranked: list[Statement], room: int) -> tuple[list[Statement], list[Statement]]:
    """The first ``room`` ranked developments that are not context (history recalled,
    ``recalled_history``, or what a noun is known for, ``told_as_attribute``), and those passed
    over as such: read in rank order only as far as needed, since each reads its reports' text."""
    kept, recalled = [], []
    texts: dict[int, tuple[str, int, list]] = {}
    for statement in ranked:
        if len(kept) == room:
            break
        (recalled if recalled_history(store, statement, texts) or told_as_attribute(store, statement, texts) else kept).append(statement)
    return kept, recalled


def recalled_history(store: Store, statement: Statement, texts: dict[int, tuple[str, int, list]] | None = None) -> bool:
    """Whether a development no report dates is told by each report in, or right after, a
    sentence dated well before the report ("In early 2016, protests forced out the
    president. / Georgia responded by annexing the region of Lori"; "the ferry sank in March"
    told in a July story): history told for context, not a development of the period. A dated
    act is judged by its own date (``is_background``), and only an act told as done is
    recalled: one told as going on ("envoys are holding talks in X") is the present, and one told
    as ahead ("In late June, X said the leaders would meet") may still be, whatever old date
    its sentence, or the one before, also names."""
    if statement.dated or not statement.sources or statement.status not in TOLD_AS_DONE:
        return False
    texts = {} if texts is None else texts
    triggers = _triggers(store, statement)
    return all(_after_an_earlier_date(store, source, texts, [start for article, start, _ in triggers if article == source.article_id])
               for source in statement.sources)


# A past participle after a noun and before its doer ("Vanadzor, a key town seized by Georgia",
# "$2 billion donated by Norland", "a meeting convened by X on January 31"): the act
# is said of the noun, as what it is known for; after a form of "be" or "have" it is told.
PARTICIPLE = re.compile(r"(?:ed|en|wn)$|^(?:hit|struck|shot|held|cut|fought|lost|caught|overrun|sent|put|built|made)$", re.IGNORECASE)
BY_DOER = re.compile(r"\s+by\s+(?!force\b|storm\b|surprise\b)", re.IGNORECASE)
TOLD_BY = frozenset({"be", "is", "are", "was", "were", "been", "being", "has", "have", "had", "get", "gets", "got", "not"})


def told_as_attribute(store: Store, statement: Statement, texts: dict[int, tuple[str, int, list]] | None = None) -> bool:
    """Whether a development no report dates is told by each report only as a participle
    describing a noun, with its doer ("a key town seized by Georgia"): known background the
    sentence leans on, not what it reports (which is the appeal to that area's citizens). A
    dated one ("a school hit by a strike on Friday") is told as news."""
    return not statement.dated and _each_report(store, statement, texts, _attributive)


def carried_on(store: Store, statement: Statement, texts: dict[int, tuple[str, int, list]] | None = None) -> bool:
    """Whether each report tells the act only as carried on, a "continue" word of the events
    lexicon right before its trigger ("will continue to provide arms", "keep supplying
    weapons"): aid said to go on is support, not a new package an aid tracker would count,
    though its status may be planned ("will continue") or occurred."""
    return _each_report(store, statement, texts, lambda text, _body_start, start, _end: _after_continue(text, start))


def _each_report(store: Store, statement: Statement, texts: dict[int, tuple[str, int, list]] | None, told: Callable[[str, int, int, int], bool]) -> bool:
    """Whether every report of a development tells its trigger so: ``told(text, body_start,
    start, end)`` on each fused event's trigger, article texts read once into ``texts``."""
    if statement.id is None:
        return False
    triggers = _triggers(store, statement)
    texts = {} if texts is None else texts
    return bool(triggers) and all(told(*_text(store, article, texts)[:2], start, end) for article, start, end in triggers)


def _after_continue(text: str, start: int) -> bool:
    """Whether the word at ``start`` is governed by a "continue" cue right before it: the cue,
    then at most "to" or "on", a determiner with one word ("continue to provide", "keeps on
    sending", "continue its military aid") and an adverb. A cue of another clause ("as
    fighting continues, X will send") leaves the act news."""
    found = _GOVERNED.search(text[max(0, start - 60):start])
    return bool(found) and load_lexicon().cue_word(found["cue"].lower(), "continue")


def _triggers(store: Store, statement: Statement) -> list[tuple[int, int, int]]:
    """(article, start, end) of the trigger of each event fused into a development, in the
    reports the statement cites (those of its period)."""
    articles = {s.article_id for s in statement.sources}
    return [(row["article_id"], row["start"], row["end"]) for row in store.db.execute(
        "SELECT f.article_id, f.start, f.end FROM development_sources s JOIN facts f ON f.id = s.fact_id WHERE s.development_id = ?", (statement.id,))
        if row["article_id"] in articles]


HEDGES = frozenset({"reportedly", "allegedly", "apparently", "already", "recently", "previously", "reputedly", "earlier", "also"})
DETERMINERS = frozenset({"a", "an", "the", "its", "their", "his", "her", "this", "that", "these", "those"})
# a "continue" cue governing the word after it: "continue to", "keeps on", "continue its military", "continued to quickly"
_GOVERNED = re.compile(
    r"(?P<cue>[A-Za-z]+)\s+(?:(?:to|on)\s+)?(?:(?:" + "|".join(sorted(DETERMINERS)) + r")\s+(?:[a-z-]+\s+)?)?(?:[a-z]+ly\s+)?$")


def _attributive(text: str, body_start: int, start: int, end: int) -> bool:
    """Whether the word at ``start:end`` is a participle after a noun phrase opened by a
    determiner or an amount ("a key area seized by", "$2.7 billion donated by") and before "by"
    its doer; a bare name before it is a headline's clause ("X hit by missiles, killing three")."""
    phrase = re.split(r"[,.;:!?—–\n]", text[max(body_start, start - 40):start])[-1]
    before = re.findall(r"[\w'’$€£]+", phrase)
    words = [w.lower() for w in before if w.lower() not in HEDGES]  # "was reportedly seized by"
    opened = any(w in DETERMINERS or w[0] in "$€£" or w[0].isdigit() for w in words)
    return bool(PARTICIPLE.search(text[start:end])) and bool(BY_DOER.match(text, end)) and opened and words[-1] not in TOLD_BY


def _text(store: Store, article_id: int, texts: dict[int, tuple[str, int, list]]) -> tuple[str, int, list]:
    """An article's text, body start and time facts, read once into ``texts``."""
    if article_id not in texts:
        article = store.article(article_id)
        times = [t for _, t in store.fact_rows(article_id, "times")]
        texts[article_id] = (article["text"], article.get("body_start") or 0, times) if article else ("", 0, [])
    return texts[article_id]


def _after_an_earlier_date(store: Store, source: Source, texts: dict[int, tuple[str, int, list]], triggers: list[int]) -> bool:
    """Whether a report's sentence holds a date that ends well before the report (a year
    before its own, or a month, week or day more than ``BACKGROUND_DAYS`` before; not a
    "since" baseline, nor one in a clause about a noun that holds none of the act's
    ``triggers``: "Norland, which took the coast in March, shelled X") and none of the
    report's days, or the sentence before opens with a year before the report's ("In early
    2014, ..."): a year named at the end of the sentence before ("fought a war in 2020.")
    leads into the news, not into history, nor does a month of the report's year opening it
    ("Last month, X vowed ... / Y shelled Z overnight"), and a sentence that also tells "on
    Tuesday" may tell the week's act beside an old one."""
    if not source.published or not YEAR.match(source.published):
        return False
    text, body_start, times = _text(store, source.article_id, texts)
    spans = sentences(text, body_start)
    at = next((i for i, (start, end) in enumerate(spans) if start <= source.start < end), None)
    if at is None:
        return False
    own = spans[at][0]
    dates = [t for t in times if t.type == "DATE" and own <= t.start < source.end and not _since(text, t.start)
             and not _in_relative_clause(text, own, source.end, t.start, triggers)]
    if any(not _well_before(t.value, source.published) for t in dates if period(t.value)):
        return False
    if any(_well_before(t.value, source.published) for t in dates):
        return True
    if at == 0:
        return False
    lead, year = spans[at - 1][0], int(source.published[:4])
    return any(
        lead <= t.start < own and len(re.findall(r"[\w'’]+", text[lead:t.start])) <= 3
        for t in times if t.type == "DATE" and YEAR.match(t.value or "") and int(t.value[:4]) < year and _well_before(t.value, source.published)
    )


RELATIVE = frozenset({"which", "who", "whom", "whose"})


def _in_relative_clause(text: str, start: int, end: int, at: int, triggers: list[int]) -> bool:
    """Whether the date at ``at`` sits in a clause set off by a comma, dash or bracket that
    opens with a relative pronoun (", which took the coast in March,") and holds none of the
    act's ``triggers`` (offsets in ``text``): it dates what the clause says of a noun, not the act."""
    opened = max((start + m.end() for m in re.finditer(r"[,;—–(]", text[start:at])), default=start)
    closed = next((at + m.start() for m in re.finditer(r"[,;—–)]", text[at:end])), end)
    words = re.findall(r"[\w'’]+", text[opened:at])
    return opened > start and bool(words) and words[0].lower() in RELATIVE and not any(opened <= t < closed for t in triggers)


def _well_before(value: str | None, published: str) -> bool:
    """Whether a date value is a year before the report's or ends more than
    ``BACKGROUND_DAYS`` before its day ("April" in a story of May 31, not "last week", nor
    December 30 in a story of January 2)."""
    if fused.ended_before(value, published):
        return True
    span, day = period(value), period(published[:10])
    return bool(YEAR.fullmatch(value or "")) and span is not None and day is not None and span[1].year < day[0].year


def _since(text: str, at: int) -> bool:
    """Whether a date is a baseline ("the heaviest bombardment since 2020"), not the act's time."""
    return bool(re.search(r"\bsince\s*$", text[max(0, at - 8):at], re.IGNORECASE)) or text[at:at + 5].lower() == "since"


CORROBORATION_CAP = 3  # outlets (and reports) beyond this many tell no more about whether it happened


def _lead_order(statements: list[Statement]) -> list[Statement]:
    """The chosen developments in the order a wire editor leads a digest of a period: what more
    outlets report first, then what more separate reports tell (one outlet's live blog and its
    news story are two reports), and among equally corroborated ones the newest first. A single
    column sentence of the last day must not open the list above the week's event that every
    outlet carried; corroboration is counted up to ``CORROBORATION_CAP``, beyond which a fifth
    outlet says no more than a third, so a fresh story told thrice still leads an older one told
    ten times."""
    newest = sorted(statements, key=lambda s: chronological(s.date), reverse=True)
    return sorted(newest, key=lambda s: (min(s.outlets, CORROBORATION_CAP), min(_reports(s), CORROBORATION_CAP)), reverse=True)


def _reports(statement: Statement) -> int:
    """How many articles report a development (copies of one story are stored as one)."""
    return len({source.article_id for source in statement.sources})


def _cited(statements: list[Statement]) -> set[tuple[int, int, int]]:
    return {(s.article_id, s.start, s.end) for statement in statements for s in statement.sources}


def _sentences_for(key: str, collected: list[tuple[str, int, Statement]], cited: set, room: int) -> list[Statement]:
    """The section's topic sentences, newest and densest first, a few per article, leaving out
    cited ones and background (a sentence dated well before its article: "In 2018, the council
    adopted ...")."""
    ranked = sorted(collected, key=lambda item: (_sortable(item[0]), item[1]), reverse=True)
    ranked = _per_article(ranked, LATEST_PER_ARTICLE if key == "latest" else SECTION_PER_ARTICLE)  # one live blog fills no section
    fresh = [s for _, _, s in ranked
             if (s.sources[0].article_id, s.sources[0].start, s.sources[0].end) not in cited and not fused.is_background(s, HISTORY_DAYS)]
    return _said_once(fresh)[:room]


def _said_once(statements: list[Statement]) -> list[Statement]:
    """One line per wording: a live blog or a syndicated story repeating a sentence word for
    word gives one line citing every article that carries it."""
    return fused.one_per(statements, lambda s: " ".join(re.findall(r"\w+", s.text.lower())))


def map_points(store: Store, since: str | None, until: str | None) -> list[MapPoint]:
    """Places of the period, one point per place, sized by how many mentions report it."""
    points: dict[tuple, MapPoint] = {}
    for meta, place in store.facts("places", since=since, until=until):
        if place.lat is None or place.lon is None:
            continue
        key = (place.geonameid or place.name, place.country)
        point = points.setdefault(key, MapPoint(place.name, place.lat, place.lon, place.country, place.kind, 0))
        point.count += 1
        if all(s.article_id != meta["article_id"] for s in point.sources):
            point.sources.append(Source.of(meta, place.start, place.end, id_key="article_id"))
    for point in points.values():
        point.sources.sort(key=lambda s: (s.published or "", s.article_id))  # the first source is the earliest report
    return sorted(points.values(), key=lambda p: p.count, reverse=True)


def _mention_names(document: Document) -> dict[tuple[int, int], str]:
    return {tuple(m): e.name for e in document.entities if e.type in ("person", "organisation") for m in e.mentions}


def _sortable(date: str) -> str:
    """Dates with an unknown year sort after known ones of any year, not before."""
    return date.replace("X", "0")


def _per_article(ranked: list, limit: int) -> list:
    seen: dict[int, int] = defaultdict(int)
    kept = []
    for item in ranked:
        article_id = item[2].sources[0].article_id
        if seen[article_id] < limit:
            seen[article_id] += 1
            kept.append(item)
    return kept
