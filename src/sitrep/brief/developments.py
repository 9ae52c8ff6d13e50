"""Briefing material from the fused picture: developments, itineraries, series, control claims.

Reads what src/sitrep/fuse wrote. Developments are ranked by corroboration (outlets), recency
and weight (what kind of happening it is); each keeps every source, cited by the sentence
that reports it, and the key quotes of its first report.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Mapping, Sequence, Set
from dataclasses import dataclass, replace
from functools import lru_cache

from sitrep.brief.model import ControlClaim, Itinerary, Leg, QuoteLine, Series, SeriesPoint, Source, Statement, add_sources
from sitrep.facts import Entity, PlaceRef, Quote, fact_from_json
from sitrep.fuse.events import BROAD_PLACES
from sitrep.fuse.figures import COMBATANTS, parties
from sitrep.nlp.countries import is_capital, issuer_of
from sitrep.nlp.events.lexicon import load_lexicon
from sitrep.nlp.inflection import base_forms
from sitrep.nlp.quotes.words import stance_cue
from sitrep.spans import holds_stamp, sentence_around, sentences
from sitrep.store.sqlite import Store, period_conditions
from sitrep.timex import chronological, period

# How much a kind of happening weighs in the ranking (PLOVER type, or type:mode).
WEIGHTS = {"ASSAULT:seize": 3.0, "RETREAT": 2.5, "ASSAULT": 2.0, "AID": 1.8, "SANCTION": 1.6, "MOBILIZE": 1.5,
           "CONSULT": 1.2, "AGREE": 1.4, "THREATEN": 1.3, "ACCUSE": 0.8, "REQUEST": 0.8, "SUPPORT": 0.6}
DEFAULT_WEIGHT = 1.0
SPECIFIC_BONUS = 0.5  # per thing a development names: who acted, and where (finer than a country)
HALF_LIFE_DAYS = 5  # recency: a development this many days older than the newest report weighs half (a week's digest: Monday's story still counts on Saturday)
REPORT_SHARE = 0.5  # a further report by an outlet already counted corroborates half as much as another outlet
UNDATED = 0.85  # an act no report dates ranks below one a report gives its day ("on Thursday"): recalled acts go undated
QUOTES_PER_DEVELOPMENT = 2
MIN_QUOTE_WORDS = 4  # fewer quoted words ("soon", "as soon as possible") are a fragment, no statement to cite
# cues whose content is what was spoken of, not what was said ("referred to the "significant
# intelligence skills" of the USA", "mentioned the sanctions"): a topic is no statement to cite
TOPIC_CUES = frozenset({"refer", "mention", "reference", "discuss", "address"})
NEUTRAL_CUES = {"say", "said", "tell", "told", "according", "add", "state", "note", "report", "write", "wrote", "explain"}  # cues that only report
BACKGROUND_DAYS = 7  # an event dated this long before its first report is background
REPORTED = {"occurred", "ongoing", "claimed"}  # statuses of what has happened, by some account
POLICE = frozenset({"police", "policeman", "policemen", "policewoman", "constable", "constables", "sheriff", "troopers"})
HUMAN_CATEGORIES = ("refugees", "displaced", "killed", "wounded", "missing", "detained", "evacuated")


def developments(store: Store, since: str | None, until: str | None) -> list[Statement]:
    """Every development reported in the period, best first, with only its reports of the
    period: the period is one of publication dates, as for the article count, so a briefing
    of a period cites no report published outside it."""
    reported, params = period_conditions("a.published", since, until)
    where = " AND ".join(reported)
    in_period = f"d.id IN (SELECT s.development_id FROM development_sources s JOIN articles a ON a.id = s.article_id WHERE {where})"
    rows = store.db.execute(f"SELECT * FROM developments d WHERE {in_period if where else '1 = 1'}", params).fetchall()
    names = _global_names(store)
    told = []
    speech: dict[int, Speech] = {}  # each article's quotes and speakers, read once for all its developments
    for stored in rows:
        sources, quotes, first_sentence = _sources_and_quotes(store, stored["id"], speech, where, params)
        if sources:
            told.append(({**stored, **reports_in(sources)}, sources, quotes, first_sentence))
    newest = max((_ordinal(row["last_reported"] or row["date"]) for row, *_ in told), default=0)
    statements = []
    for row, sources, quotes, first_sentence in told:
        place = json.loads(row["place"]) if row["place"] else None
        statement = Statement(
            text=first_sentence, sources=sources, date=row["date"] or row["first_reported"], dated=bool(row["date"]),
            who=[names.get(a, str(a)) for a in json.loads(row["actors"])], whom=[names.get(t, str(t)) for t in json.loads(row["targets"])],
            where=[place["name"]] if place else [],
            kind="development", type=row["type"], mode=row["mode"], status=row["status"],
            outlets=row["outlets"], quotes=quotes, id=row["id"], place=PlaceRef(**place) if place else None,
        )
        statements.append((_score(row, newest), statement))
    return [s for _, s in sorted(statements, key=lambda item: item[0], reverse=True)]


def reports_in(sources: Sequence[Source]) -> dict[str, object]:
    """How a development stands by the reports cited, counted as fusion counts all of them
    (``DevelopmentIndex.recount``): a briefing of a period shows, ranks and dates a development by its
    reports of the period, so a report published after it can neither reorder it nor count
    an outlet it does not cite."""
    published = sorted(s.published for s in sources if s.published)
    return {"sources": len({s.article_id for s in sources}),
            "outlets": len({s.outlet or f"article {s.article_id}" for s in sources}),
            "first_reported": published[0] if published else None, "last_reported": published[-1] if published else None}


def _score(row, newest: int) -> float:
    """Corroboration, recency, weight and specificity: outlets and further reports
    (``corroboration``; sub-linear: the tenth outlet adds less than the second), a
    ``HALF_LIFE_DAYS`` half-life from the act's own day, or for an undated
    one its latest report, to the newest report (the invasion's first day, recalled in every
    later story, is no latest development), the kind of
    event, whether the report says who acted and where, finer than a country (a
    development nobody did nowhere in particular is more likely rhetoric than news), and
    whether any report dates it (news tells when; a capture recalled in passing does not)."""
    weight = WEIGHTS.get(f"{row['type']}:{row['mode']}", WEIGHTS.get(row["type"], DEFAULT_WEIGHT))
    told = [day for day in map(_ordinal, (row["date"], row["last_reported"])) if day]
    age = max(0, newest - min(told, default=0))  # a dated act ages from its day, however often recalled; none is newer than its latest report
    place = json.loads(row["place"]) if row["place"] else None
    specific = 1 + SPECIFIC_BONUS * (bool(json.loads(row["actors"])) + bool(place and place["kind"] not in BROAD_PLACES))
    dated = 1.0 if row["date"] else UNDATED
    return weight * specific * dated * corroboration(row["outlets"], row["sources"]) ** 0.8 * 0.5 ** (age / HALF_LIFE_DAYS)


def corroboration(outlets: int, reports: int) -> float:
    """How well told a development is: each outlet counts, and a further report of an outlet
    already counted (its live blog, then its news story the next day) counts ``REPORT_SHARE``:
    a corpus of one outlet still tells the story it carried four times from a passing mention."""
    return 0.5 + outlets + REPORT_SHARE * max(0, reports - outlets)


def is_news(statement: Statement) -> bool:
    """Whether a development belongs in latest developments: it happened, or is claimed to have
    (not planned, feared or denied), it is not background nor police work, and if it is only said to go on it
    is somewhere finer than a country ("the war in X goes on" is the state of things; "shelling
    of a town continues" is news)."""
    if statement.status not in REPORTED or is_background(statement) or policing(statement):
        return False
    return statement.status != "ongoing" or (statement.place is not None and statement.place.kind not in BROAD_PLACES)


def policing(statement: Statement) -> bool:
    """Whether only police act (by the words of every actor): "a man was shot by police in X",
    an arrest at a protest, told in a mixed live blog, is a town's crime news, not the war's
    (armies, governments and armed groups fight wars; a force "of the interior ministry" is
    named as such)."""
    return bool(statement.who) and all(set(re.findall(r"[a-z]+", who.lower())) & POLICE for who in statement.who)


def is_background(statement: Statement, days: int = BACKGROUND_DAYS) -> bool:
    """Whether a development's own date ends well before its first report: news recalling
    a 2018 ruling or "since October 2020" is context, not a latest development."""
    first = min((s.published for s in statement.sources if s.published), default=None)
    return ended_before(statement.date, first, days)


def ended_before(value: str | None, published: str | None, days: int = BACKGROUND_DAYS) -> bool:
    """Whether a date value (a day, a week, a month, a year) ends more than ``days`` before the
    day of a report published at ``published``; False where either is no calendar date."""
    span = period(value)
    return span is not None and _ordinal(published) - span[1].toordinal() > days


def _ordinal(value: str | None) -> int:
    """The last day a date value (a day, a week, a month, a report's timestamp) covers, as an ordinal."""
    span = period((value or "")[:10])
    return span[1].toordinal() if span else 0


@dataclass(frozen=True)
class Official:
    """A person some report gives a title: the country they serve, and their fullest title
    (``best_title``)."""

    country: str | None
    title: str | None


def official_names(store: Store) -> dict[str, Official]:
    """Names of people some report gives a title ("Foreign Minister", "the UN's spokesman"),
    with the country they serve: the officials whose trips are diplomacy. A basketball player
    flown to a court, a conductor who went to Russia in his twenties, a witness who arrived from
    New York travel on no one's behalf."""
    rows = store.db.execute("SELECT name, country, titles FROM global_entities WHERE type = 'person' AND titles != '[]'")
    return {row["name"]: Official(row["country"], best_title(json.loads(row["titles"]))) for row in rows}


def untitled_people(store: Store) -> set[str]:
    """Names of people no report gives a title: who travels or meets on no one's behalf."""
    return {row["name"] for row in store.db.execute("SELECT name FROM global_entities WHERE type = 'person' AND titles = '[]'")}


def private(statement: Statement, untitled: Set[str]) -> bool:
    """Whether a meeting, visit, call or talks is made only by people no report gives a title
    (``untitled_people``) and holds no one else: an athlete arriving to play for a club or a
    chief executive's farewell to his staff is no diplomacy, as such a traveller has no
    itinerary (``official_names``). A visit's target is the place it goes to, no one met."""
    if statement.type != "CONSULT" or not statement.who:
        return False
    hosts = [] if statement.mode == "visit" else statement.whom
    return all(name in untitled for name in statement.who + hosts)


def party_names(store: Store) -> set[str]:
    """Names of the people and organisations the reports name: who can be met on a trip (a
    city, an airbase or "US service members" is where or whom in general, no counterpart)."""
    return {row["name"] for row in store.db.execute("SELECT name FROM global_entities WHERE type IN ('person', 'organisation')")}


def _global_names(store: Store) -> dict:
    return {row["id"]: row["name"] for row in store.db.execute("SELECT id, name FROM global_entities")}


def _sources_and_quotes(store: Store, development_id: int, speech: dict[int, Speech], period: str = "",
                        params: Sequence[str] = ()) -> tuple[list[Source], list[QuoteLine], str]:
    """Every source of a development, oldest first; the key quotes and the sentence of the first
    report (of the first day's, the first told in its own voice: ``_teller``), which tells the
    development (a later report may only recall it: "since Russia's February invasion");
    ``period`` (SQL on ``a.published``) keeps the reports of a period."""
    rows = store.db.execute(
        "SELECT f.start, f.end, json_extract(f.data, '$.according_to') AS according_to,"
        " a.id, a.title, a.outlet, a.published, a.url, a.text, a.body_start FROM development_sources s"
        " JOIN facts f ON f.id = s.fact_id JOIN articles a ON a.id = s.article_id"
        f" WHERE s.development_id = ?{' AND ' + period if period else ''} ORDER BY a.published, a.id, f.start",
        (development_id, *params),
    ).fetchall()
    sources, quotes, first_sentence = [], [], ""
    for row in rows:
        start, end = sentence_around(row["text"], row["start"], row["end"], row["body_start"])
        source = Source.of(row, start, end)
        if source not in sources:  # two events of one sentence cite it once
            sources.append(source)
    if rows:
        row = rows[_teller(rows)]
        told = Source.of(row, *sentence_around(row["text"], row["start"], row["end"], row["body_start"]))
        sources.remove(told)
        sources.insert(0, told)  # of the first day's reports, so the sources stay oldest first
        quotes = key_quotes(speech_of(store, told.article_id, speech), told, row["text"], (row["start"], row["end"]))
        first_sentence = row["text"][told.start:told.end]
    return sources, quotes, first_sentence


def _teller(rows: Sequence) -> int:
    """Which report tells the development: of its first day's articles, the first whose report
    tells it in its own voice, else the first. "The Armenian foreign minister has condemned the
    Georgian attack on X" reports the attack through a condemnation; "Georgia has struck X with
    missiles", the same day, tells it."""
    first_day = (rows[0]["published"] or "")[:10]
    firsts = {}  # each article's first report of the development: a later sentence of the same story is no better teller
    for i, row in enumerate(rows):
        if (row["published"] or "")[:10] == first_day:
            firsts.setdefault(row["id"], i)
    return next((i for i in firsts.values() if not rows[i]["according_to"]), 0)


@dataclass
class Speech:
    """What an article's quotes need for the briefing: the quotes, the entities by id and the
    names and titles they are merged under across reports."""

    quotes: list[Quote]
    entities: dict[str, Entity]
    merged: dict[str, tuple[str, list[str]]]


def speech_of(store: Store, article_id: int, read: dict[int, Speech]) -> Speech:
    """An article's ``Speech``, read from the store once per briefing (into ``read``): an
    article reports a dozen developments, and reading its facts again for each was a fifth of a build."""
    if article_id not in read:
        read[article_id] = Speech(
            [quote for _, quote in store.fact_rows(article_id, "quotes")],
            {e.id: e for _, e in store.fact_rows(article_id, "entities")},
            _merged_speakers(store, article_id),
        )
    return read[article_id]


def key_quotes(speech: Speech, source: Source, text: str, told: tuple[int, int]) -> list[QuoteLine]:
    """Quotes in the reporting sentence or the one after it in its paragraph (where news puts
    the reaction; a new paragraph is often another story), direct ones first, with speaker (by
    the name the reports are merged under) and title. A paragraph would be too wide: many
    stored texts have no paragraph breaks at all. Only quotes whose speaker is a known person or
    body: "they" or "a hundred countries" is no one to cite; no thought or stance ascribed ("X
    believes ...", "X wants ..."), which nobody said; nothing a speaker would not say ("would
    not confirm that X", "declined to say whether X"); and not the report itself told
    again: a quote holding the words that tell the development (``told``: "X recaptured Y,
    according to Z") is the line already shown; nor a topic spoken of ("referred to X's
    intelligence", ``TOPIC_CUES``), which says nothing; nor a paraphrase run across another
    speaker's report (``_runs_over_another``), nor one holding a live blog's time stamp, which
    joins two entries (``holds_stamp``)."""
    following = [end for start, end in sentences(text) if start >= source.end and "\n" not in text[source.end:start]]
    window_end = following[0] if following else source.end  # the next sentence of the same paragraph
    found = []
    for quote in speech.quotes:
        entity = speech.entities.get(quote.speaker.entity) if quote.speaker else None
        if not (source.start <= quote.start and quote.end <= window_end) or entity is None:
            continue  # asked first: the checks below read the article's other quotes
        retold = quote.start <= told[0] and told[1] <= quote.end
        thought = not quote.direct and quote.cue is not None and stance_cue(quote.cue.text)  # "X believes ...": nothing said
        unsaid = quote.cue is not None and NEGATED_CUE.search(text[max(0, quote.cue.start - 24):quote.cue.start]) is not None
        topic = not quote.direct and bool(set(base_forms(_cue_word(quote))) & TOPIC_CUES)
        garbled = _runs_over_another(quote, speech.quotes) or holds_stamp(quote.text)
        if not (retold or thought or unsaid or topic or garbled):
            name, titles = speech.merged.get(entity.id, (entity.name, []))
            found.append(QuoteLine(
                quote.text, name, speaker_title(entity.titles, titles),
                replace(source, start=quote.start, end=quote.end), quote.direct, _telling_cue(quote),
            ))
    found = [q for q in found if len(q.text.split()) >= MIN_QUOTE_WORDS and not _inside_another(q, found)]
    found.sort(key=lambda q: (not q.direct, -len(q.text)))
    return found[:QUOTES_PER_DEVELOPMENT]


def _runs_over_another(quote: Quote, quotes: Sequence[Quote]) -> bool:
    """Whether a paraphrase was read across another speaker's report: it holds that report's
    reporting verb or named speaker, and one of the two is told speaker last ("Norland said it
    would X, while Armenia said it would Y, its president said"), so its clause runs back over
    the other's or on into it. A report told inside one told speaker first is part of it ("Ana
    said the allies agree that X"), and a quote in quotation marks may retell one ("'Jon told me
    no,' she said")."""
    if quote.direct:
        return False
    return any(_speaker_key(other) != _speaker_key(quote) and (_speaker_last(quote) or _speaker_last(other))
               and any(quote.start <= at < quote.end for at in _attribution_starts(other))
               for other in quotes if other is not quote)


def _speaker_last(quote: Quote) -> bool:
    """Whether a quote's reporting verb follows what it reports ("X, the minister said")."""
    return quote.cue is not None and quote.cue.start >= quote.end


def _speaker_key(quote: Quote) -> str | None:
    """Who a quote is given to: its entity, else the words naming the speaker."""
    return (quote.speaker.entity or quote.speaker.name) if quote.speaker else None


def _attribution_starts(quote: Quote) -> list[int]:
    """Where a quote's cue and its speaker's mention start, as far as extraction found them."""
    return [at for at in (quote.cue.start if quote.cue else None, quote.speaker.start if quote.speaker else None) if at is not None]


def _inside_another(quote: QuoteLine, quotes: list[QuoteLine]) -> bool:
    """A quoted phrase inside a paraphrase of the same statement ("hoped it would be ratified
    "as soon as possible""): the paraphrase says it whole."""
    at = quote.source
    return any(o.source.start <= at.start and at.end <= o.source.end and (o.source.start, o.source.end) != (at.start, at.end) for o in quotes)


NEGATED_CUE = re.compile(r"(?:\b(?:not|never)|n't|\b(?:declined|refused|refuses|declines) to)\s+(?:\w+\s+)?$", re.IGNORECASE)
RELATIONAL = frozenset({"counterpart", "counterparts", "successor", "predecessor", "colleague", "ally", "rival", "opponent"})
POSSESSIVE_PRONOUNS = frozenset({"his", "her", "its", "their", "our", "my", "your"})
POSSESSIVE = re.compile(r"[’']s?$")  # "Georgia's", "the allies'": an owner, which opens an office's title
PREPOSITIONS = frozenset({"of", "for", "in", "at", "on", "during", "with", "from", "to", "by", "about", "after", "before"})


def best_title(titles: Sequence[str]) -> str | None:
    """The fullest title that names an office by itself: "his newly elected Georgian
    counterpart" or "its secretary general" say whose only beside another name, a phrase
    that opens with a preposition ("of long talks", a clause's tail read as a title) names none,
    and one with a word other than a preposition before its owner's name ("Gyumri Georgia's
    president", but not "head of Georgia's navy") holds the tail of text run into it."""
    standalone = [t for t in titles if _standalone(t)]
    return max(standalone or titles, key=len, default=None)


def _standalone(title: str) -> bool:
    """Whether a title names an office by itself (see ``best_title``)."""
    words = title.split()
    return (bool(words) and not set(title.lower().split()) & RELATIONAL and words[0].lower() not in POSSESSIVE_PRONOUNS | PREPOSITIONS
            and not any(POSSESSIVE.search(word) and before.lower() not in PREPOSITIONS for before, word in zip(words, words[1:])))


def _merged_speakers(store: Store, article_id: int) -> dict[str, tuple[str, list[str]]]:
    """An article's entity ids -> the name their merged entities go by across reports, and the
    titles the reports give them."""
    rows = store.db.execute(
        "SELECT l.local_id, g.name, g.titles FROM entity_links l JOIN global_entities g ON g.id = l.global_id WHERE l.article_id = ?", (article_id,)
    )
    return {row["local_id"]: (row["name"], json.loads(row["titles"] or "[]")) for row in rows}


def speaker_title(own: Sequence[str], merged: Sequence[str]) -> str | None:
    """A quote's speaker's title: the report's own when it names an office by itself in more
    than a word ("the regional governor"), else the fullest such title the merged person has in
    any report: "its president" says whose only beside its country's name, and "Secretary"
    alone (a parse cut short) names no office a reader can place."""
    mine = best_title(own)
    if mine is not None and _standalone(mine) and len(mine.split()) > 1:
        return mine
    theirs = best_title(merged)
    if theirs is None or not _standalone(theirs) or len(theirs.split()) < len((mine or "").split()):
        return mine
    return theirs if mine is None or _completes(mine, theirs) else mine


def _completes(mine: str, theirs: str) -> bool:
    """Whether another report's title can stand for the report's own: it holds all of its words
    ("Secretary" -> "Secretary of State") or the own one says whose only beside its antecedent
    ("its president"); never a former office for a present one ("President" is no "former prime
    minister" another report names)."""
    own, other = mine.lower().split(), theirs.lower().split()
    if "former" in other and "former" not in own:
        return False
    return own[0] in POSSESSIVE_PRONOUNS or set(own) <= set(other)


def _telling_cue(quote: Quote) -> str | None:
    """The reporting word of a paraphrase when it is more than a verb of saying ("denied",
    "warned", "allegations"): without it "X denied that Y" would read as X saying Y."""
    if quote.direct or quote.cue is None or set(base_forms(_cue_word(quote))) & NEUTRAL_CUES:
        return None
    return quote.cue.text


def _cue_word(quote: Quote) -> str:
    """The first word of a quote's cue, lower-cased ("" with no cue or an empty one)."""
    words = quote.cue.text.lower().split() if quote.cue is not None else []
    return words[0] if words else ""


def itineraries(statements: list[Statement], officials: Mapping[str, Official], parties: Set[str]) -> list[Itinerary]:
    """Who goes where and meets whom: visits and meetings per official (a titled person, not a
    country or an organisation: "US officials visited Kyiv" is no one's itinerary), in date order,
    each official who travels together with a stop of their own ("X and Y visited Kyiv"); a host
    meeting guests in their own capital goes nowhere. A stop
    the text gives no date of is undated (not dated by its report) and follows the dated
    ones in the order the reports tell them ("will leave for X on March 3 ... from there he
    will travel to Y"). A stop several reports tell is one stop (``_merged``), with whom the
    official met there: the people and organisations (``parties``) named beside them."""
    legs: dict[str, list[Leg]] = defaultdict(list)
    for statement in statements:
        if statement.type == "CONSULT" and statement.mode in ("visit", "meet") and statement.where:
            place = statement.place
            travellers = [w for w in statement.who if w in officials and not (statement.mode == "visit" and _in_own_country(place, officials[w]))]
            if statement.mode == "meet" and place is not None:  # "Vale's president hosted X in Vale's capital": X's stop, not the host's
                abroad = any(_abroad(place, officials[w].country or _issuer(statement)) for w in travellers)
                guests = [w for w in statement.whom if w in officials and (officials[w].country is not None or not abroad)]
                travellers = [w for w in travellers + guests if not _at_home(place, officials[w].country)]
            for who in travellers:
                met = list(dict.fromkeys(w for w in statement.who + statement.whom if w != who and w in parties))  # one named as maker and met is met once
                legs[who].append(Leg(statement.where[0], statement.date if statement.dated else None,
                                     statement.status or "occurred", statement.mode, statement.sources,
                                     place.country if place else None, place.kind if place else None, met))
    called_off = [s for s in statements if s.type == "REJECT" and s.mode == "meet" and s.where and s.date]
    return [
        Itinerary(who, [officials[who].title] if officials[who].title else [], _cancelled(_in_order(_merged(stops)), who, called_off))
        for who, stops in sorted(legs.items(), key=lambda item: -len(item[1]))
    ]


def _cancelled(stops: list[Leg], who: str, called_off: list[Statement]) -> list[Leg]:
    """A planned stop the same official is later told not to make ("will no longer travel to X on
    March 10", read as a refusal to meet) on its day, at its place or in its country, is
    cancelled, citing the notice: an itinerary must not show a trip called off as still ahead."""
    for leg in stops:
        for notice in called_off:
            place = notice.place
            where = leg.place == notice.where[0] or (place is not None and place.kind == "country" and place.country == leg.country)
            if leg.status == "planned" and who in notice.who and where and leg.date == notice.date:
                leg.status = "cancelled"
                add_sources(leg.sources, notice.sources)
    return stops


def domestic(statement: Statement, officials: Mapping[str, Official]) -> bool:
    """A visit only officials make within their own country, meeting no one named ("the
    prime minister, during a visit to a town of hers"): a domestic trip, no diplomacy."""
    if statement.type != "CONSULT" or statement.mode != "visit" or statement.place is None or not statement.who:
        return False
    at_home = all(w in officials and _in_own_country(statement.place, officials[w]) for w in statement.who)
    return at_home and all(w in statement.where for w in statement.whom)


def _in_own_country(place: PlaceRef | None, official: Official) -> bool:
    return place is not None and official.country is not None and place.country == official.country


def _issuer(statement: Statement) -> str | None:
    """The one government whose own texts tell a development ("Deputy Secretary X met Y in
    Gyumri" on a ministry's page: X, whose title names no country, is that government's), if
    any; only to tell whether its maker is abroad, never to take a guest's stop away."""
    issuers = {issuer_of(source.outlet) for source in statement.sources} - {None}
    return issuers.pop() if len(issuers) == 1 else None


def _abroad(place: PlaceRef, country: str | None) -> bool:
    """Whether an official whose country is known meets at a place of another country: then
    whom they meet there, if nothing tells otherwise, are hosts ("X met President Y in Gyumri",
    Y's country untold), not fellow travellers."""
    return country is not None and place.country is not None and place.country != country


def _at_home(place: PlaceRef, country: str | None) -> bool:
    """Whether a place is an official's own country or its capital."""
    return country is not None and place.country == country and (place.kind == "country" or is_capital(place))


TRIP_DAYS = 14  # a stop told without a date is a dated stop at its place this close to its report


def _merged(stops: list[Leg]) -> list[Leg]:
    """One stop, however many reports tell it: the announcement of a trip ("will travel to X
    and Y"), its dated schedule ("in X on March 5") and the readout after it ("met in X") are
    one leg with all their sources. Stops at one place on one date join; a stop told undated
    joins the dated stop at that place nearest its report (within ``TRIP_DAYS``), and a
    country told alone joins a dated stop in that country ("will visit Norland" and "in
    Gyumri on March 6"), which names the place more precisely; a town told undated in a
    country whose stop is dated ("in Norland on March 30 ... met officials in Gyumri") is on
    that date, and the country's stop joins it; undated stops at one place told within
    ``TRIP_DAYS`` of each other join. A stop planned and then done is done."""
    dated: list[Leg] = []
    for leg in sorted((leg for leg in stops if leg.date), key=lambda leg: chronological(leg.date)):
        same = next((d for d in dated if d.date == leg.date and d.place == leg.place), None)
        if same is None:
            dated.append(replace(leg, sources=list(leg.sources), met=list(leg.met)))
        else:
            _absorb(same, leg)
    dated = _countries_into_towns(_listed_into_schedule(dated))
    undated: list[Leg] = []
    for leg in (leg for leg in stops if not leg.date):
        told = _told_on(leg)
        near = [d for d in dated if _holds(d, leg) and told and _days_apart(d.date, told) <= TRIP_DAYS]
        if near:
            _absorb(min(near, key=lambda d: _days_apart(d.date, told)), leg)
            continue
        same = next((u for u in undated if u.place == leg.place and _told_together(u, leg)), None)
        if same is None:
            undated.append(replace(leg, sources=list(leg.sources), met=list(leg.met)))
        else:
            _absorb(same, leg)
    return _towns_in_dated_countries(dated, undated)


def _listed_into_schedule(dated: list[Leg]) -> list[Leg]:
    """A trip announced as a list of stops under one date ("will travel to X, Y and Z from March
    3 to 8") and then told stop by stop ("in Y on March 6"): a stop told in a list joins the stop
    its report dates with fewer places beside it, at the same place or, for a listed country, at
    a town in it, on or after the list's date within ``TRIP_DAYS`` (the first such); a listed
    stop its report tells no more of keeps the list's date."""
    places = defaultdict(set)  # a sentence citing stops, and their date -> the places it names
    for leg in dated:
        for source in leg.sources:
            places[(source.article_id, source.start, leg.date)].add(leg.place)

    # how many places the narrowest sentence telling a stop names, per report: read once, before
    # any stop absorbs another's sources (which were counted under their own date)
    widths: dict[int, dict[int, int]] = {}
    for leg in dated:
        own = widths.setdefault(id(leg), {})
        for source in leg.sources:
            count = len(places[(source.article_id, source.start, leg.date)])
            own[source.article_id] = min(own.get(source.article_id, count), count)

    def breadth(leg: Leg) -> int:
        return min(widths[id(leg)].values(), default=0)

    absorbed: set[int] = set()
    for leg in sorted(dated, key=breadth, reverse=True):  # the widest lists first, so a stop they join is still there
        if breadth(leg) < 2:
            break
        reports = widths[id(leg)]
        schedule = [
            other for other in dated
            if other is not leg and id(other) not in absorbed and _within(other, leg)
            and any(0 < widths[id(other)].get(a, 0) < reports[a] for a in reports)
            and (other.place == leg.place or (leg.kind == "country" and other.kind != "country" and other.country == leg.country))
        ]
        if schedule:
            _absorb(min(schedule, key=lambda other: chronological(other.date)), leg)
            absorbed.add(id(leg))
    return [leg for leg in dated if id(leg) not in absorbed]


def _countries_into_towns(dated: list[Leg]) -> list[Leg]:
    """"Will travel to Norland on Friday" and "flew into Gyumri, in Norland, on Friday": a
    country's stop joins the stop at a town in it on the same date, which says where in the
    country (a trip announced, then made, is one stop)."""
    joined: set[int] = set()
    for leg in dated:
        town = next((d for d in dated if d.kind != "country" and d.country == leg.country and d.date == leg.date), None) if leg.kind == "country" else None
        if town is not None:
            _absorb(town, leg)
            joined.add(id(leg))
    return [leg for leg in dated if id(leg) not in joined]


def _within(later: Leg, listed: Leg) -> bool:
    """Whether a dated stop falls on or after a listed stop's date, within ``TRIP_DAYS``."""
    span, when = period(listed.date), period(later.date)
    return span is not None and when is not None and span[0] <= when[0] and (when[0] - span[1]).days <= TRIP_DAYS


def _towns_in_dated_countries(dated: list[Leg], undated: list[Leg]) -> list[Leg]:
    """Undated towns take the date of their country's dated stop told near them, which then
    joins the first of them (the town says where in the country)."""
    still: list[Leg] = []
    joined: dict[int, Leg] = {}  # id of a country's stop -> the town it joined
    for leg in undated:
        told = _told_on(leg)
        in_country = leg.kind != "country" and leg.country is not None and told is not None
        countries = [
            d for d in dated
            if in_country and d.kind == "country" and d.country == leg.country and _days_apart(d.date, told) <= TRIP_DAYS
        ]
        if not countries:
            still.append(leg)
            continue
        country = min(countries, key=lambda d: _days_apart(d.date, told))
        town = replace(leg, date=country.date)
        joined.setdefault(id(country), town)
        dated.append(town)
    for leg in dated:
        if id(leg) in joined:
            _absorb(joined[id(leg)], leg)
    placed = [leg for leg in dated if id(leg) not in joined]
    return sorted(placed, key=lambda leg: chronological(leg.date)) + still


def _holds(dated: Leg, undated: Leg) -> bool:
    """The dated stop is at the undated one's place, or in the country it names."""
    if dated.place == undated.place:
        return True
    return undated.kind == "country" and dated.kind != "country" and dated.country is not None and dated.country == undated.country


def _absorb(leg: Leg, other: Leg) -> None:
    add_sources(leg.sources, other.sources)
    leg.met += [w for w in other.met if w not in leg.met]
    if other.status == "occurred":
        leg.status = "occurred"


def _told_on(leg: Leg) -> str | None:
    return leg.sources[0].published[:10] if leg.sources and leg.sources[0].published else None


def _told_together(a: Leg, b: Leg) -> bool:
    told = _told_on(a), _told_on(b)
    return None not in told and _days_apart(*told) <= TRIP_DAYS


def _days_apart(value: str, day: str) -> int:
    """Days between a date value (a day, a week ...) and a day: 0 when the value holds it."""
    span, other = period(value), period(day)
    if span is None or other is None:
        return TRIP_DAYS + 1
    first, last = span
    when = other[0]
    return 0 if first <= when <= last else min(abs((first - when).days), abs((last - when).days))


def _in_order(stops: list[Leg]) -> list[Leg]:
    """Dated stops by date; an undated one right after the last dated stop its report tells
    (or on its report's day), in the order the report tells them."""
    latest: dict[int, tuple] = {}
    for leg in stops:
        if leg.date and leg.sources:
            article = leg.sources[0].article_id
            latest[article] = max(latest.get(article, chronological(leg.date)), chronological(leg.date))

    def key(leg: Leg) -> tuple:
        first = leg.sources[0] if leg.sources else None
        if leg.date or first is None:
            when = chronological(leg.date)
        else:
            when = latest.get(first.article_id, chronological(first.published))
        return (when, leg.date is None, first.start if first else 0)

    return sorted(stops, key=key)


def series(store: Store, categories: tuple[str, ...], since: str | None, until: str | None) -> list[Series]:
    """Figure series of the given categories with their points reported in the period (by the
    publication date of the report, as everywhere in a briefing), oldest first."""
    where, params = period_conditions("a.published", since, until)
    marks = ",".join("?" * len(categories))
    rows = store.db.execute(
        "SELECT s.id, s.category, s.place, s.unit, s.donor, p.as_of, p.value, p.approx, p.according_to, p.claim_of,"
        " f.start, f.end, json_extract(f.data, '$.text') AS written, json_extract(f.data, '$.high') AS high, a.id AS article_id, a.title, a.outlet, a.published, a.url"
        " FROM figure_series s JOIN figure_points p ON p.series_id = s.id JOIN facts f ON f.id = p.fact_id"
        f" JOIN articles a ON a.id = p.article_id WHERE s.category IN ({marks}){''.join(' AND ' + w for w in where)}"
        " ORDER BY p.as_of, a.id",
        (*categories, *params),
    ).fetchall()
    grouped: dict[int, Series] = {}
    for row in rows:
        place = json.loads(row["place"]) if row["place"] else None
        item = grouped.setdefault(row["id"], Series(row["category"], place and place["name"], row["unit"], [], row["donor"], _outside_war(row["category"], place, row["unit"])))
        item.points.append(SeriesPoint(
            row["as_of"], row["value"], row["approx"], row["according_to"], row["claim_of"],
            Source.of(row, row["start"], row["end"], id_key="article_id"), row["written"] or "", row["high"],
        ))
    for item in grouped.values():
        item.points = told_once(item.points)
    return sorted(grouped.values(), key=lambda s: (-len(s.points), s.category))


HOSTED = ("refugees",)  # counted in the countries that take them in, wherever those are


def _outside_war(category: str, place: dict | None, unit: str | None) -> bool:
    """Whether a count of people harmed, held, displaced or evacuated is placed in a country that
    is no party to the war (fuse/data/parties.csv): a mass shooting abroad, another country's
    civil war or a wildfire's evacuees are no part of this war's toll, and the briefing must not
    list them as if they were. Refugees are counted in their host countries, and a party's
    fighters ("10 UA combatants wounded" brought to hospitals abroad) are the war's wherever."""
    if category not in HUMAN_CATEGORIES or category in HOSTED or not place or not place.get("country"):
        return False
    if COMBATANTS in (unit or ""):
        return False
    return place["country"] not in set(parties().values())


def told_once(points: list[SeriesPoint]) -> list[SeriesPoint]:
    """One point per figure a series holds at a date (its value, range and wording as a bound or
    a magnitude, and whose count it is), citing every report of it: three outlets' "at least 40"
    held by one governor is one figure with three sources, not three cells side by side nor three
    dots, as if three counts agreed. Figures that differ at a date still stand side by side, and
    so do equal ones of different counters: a party's claim of 40 dead and the UN's 40 are two
    counts that agree, and as one point the UN's was cited as the party's claim."""
    kept: dict[tuple, SeriesPoint] = {}
    for point in points:
        counter = (point.according_to or "").casefold().removeprefix("the ")
        key = (point.as_of, point.value, point.high, point.approx, point.vague, point.claim_of, counter)
        if key in kept:
            add_sources(kept[key].retold, [s for s in point.sources if s != kept[key].source])
        else:
            kept[key] = replace(point, retold=list(point.retold))
    return list(kept.values())


CONTROL_STATUSES = ("occurred", "ongoing", "claimed", "denied")
# "villages near X", "the airport outside X", "a town 20km north of X", "north of the
# second-largest city of X": the place named is a landmark (the guide's place of such a capture), not what changed hands.
PLACE_NAME = r"(?:the\s+)?(?:(?:[a-z][\w-]*\s+){0,2}(?:city|town|village|port|region)\s+of\s+)?(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)"
NEAR = re.compile(
    r"\b(?:near|outside|around|close to|(?:the\s+)?(?:suburbs|outskirts|environs)\s+of|(?:\d+\s*(?:km|miles?)\s+)?(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of)"
    r"\s+" + PLACE_NAME
)
# "most of X", "half of the city of X", "53 villages in the X region", "the last city in X province":
# part of the place named changed hands, not all of it.
PART = re.compile(
    r"\b(?:(?P<share>most|half)|much|parts?|the rest|the remainder)\s+of\s+" + PLACE_NAME
    + r"|\b(?:villages|towns|settlements|territory|territories|areas|districts|city|town|village)\s+in\s+(?:[a-z][\w-]*\s+){0,2}?" + PLACE_NAME.replace("?P<name>", "?P<within>")
)
RETAKING = re.compile(r"\bre-?(?:captur|tak|took|gain)")  # a trigger telling ground taken back (one word: "recaptured", "retook")
ENCIRCLING = re.compile(r"\b(?:encircl|surround|besieg|siege|blockad)")  # a trigger telling a place cut off
# "broke the siege of X", "lifted the encirclement", "troops escaped the encirclement": the ring ended, X is no longer cut off.
RING_ENDED = re.compile(
    r"\b(?:br[eo]ke|broken|break(?:s|ing)?|lift(?:s|ed|ing)?|end(?:s|ed|ing)?|reliev(?:e|es|ed|ing)|escap(?:e|es|ed|ing)|out\s+of)"
    r"\s+(?:of\s+)?(?:the\s+|its\s+|their\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:siege|encirclement|blockade)"
)
CONTROL_RETREATS = (None, "withdraw", "disarm")  # leaving or surrendering a place; a resignation or a release is no loss of ground


def control_claims(store: Store, statements: list[Statement]) -> list[ControlClaim]:
    """Captures of named places, withdrawals or surrenders there and their encirclement, reported as happening (or denied),
    with who claims them and the source; planned or hypothetical ones are not claims, and
    neither is a whole country or a region of several (a war's aim or a policy, not a place on
    the front), nor a sea or a river (it locates the ports or banks taken). A claim the text gives no day for is undated, not dated by its report ("since
    X's withdrawal from Y" may be months old): the source's date stands beside it."""
    claims = []
    for statement in statements:
        candidate = statement.type == "RETREAT" and statement.mode in CONTROL_RETREATS or statement.type == "ASSAULT"  # claimed_act sorts the attacks
        if not candidate or statement.place is None or statement.status not in CONTROL_STATUSES:
            continue
        if statement.place.kind == "country" or statement.place.kind == "region" and not statement.place.country:
            continue  # a country, a continent or a region of several countries ("Europe", "the Baltics") is no place on the front
        if statement.place.kind == "water":
            continue  # "took the harbours on the X Sea": a sea or a river only locates what was taken, no ground held
        event = _event_of(store, statement)
        act = claimed_act(statement, event.text if event else "")
        if act is None or (event is not None and told_as_aim(statement, event.start)):
            continue
        claims.append(ControlClaim(
            _claimed_place(store, statement), statement.place.lat, statement.place.lon, statement.type, statement.status,
            statement.who, statement.date if statement.dated else None, event.according_to if event else None, statement.sources,
            act,
        ))
    return _by_place(claims)


def claimed_act(statement: Statement, trigger: str) -> str | None:
    """What the claim says was done, in the words an analyst's control map uses: a surrender is
    no withdrawal (the troops did not leave, they gave up), a town "retaken" changed hands
    back, which a plain "capture" hides, and a town encircled or besieged is cut off, not
    taken; None for an attack that is none of these (a shelling takes no ground), and for a
    siege the sentence tells broken or lifted (the town is no longer cut off)."""
    if statement.type == "RETREAT":
        return "surrender" if statement.mode == "disarm" else "withdrawal"
    if statement.mode != "seize":
        return "encirclement" if ENCIRCLING.search(trigger.lower()) and not RING_ENDED.search(statement.text.lower()) else None
    return "recapture" if RETAKING.search(trigger.lower()) else "capture"


# "efforts to capture X", "its efforts on capturing X", "an attempt to quickly seize X", "the goal of taking X": an aim
AIM = re.compile(r"\b(?:efforts?|attempts?|bids?|drive|push|goals?|aims?|objectives?)\s+(?:to|on|at|of)\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE)


# "succeeded in their bid to", "achieved its goal of": the aim was reached
AIM_REACHED = re.compile(r"\b(?:succeed(?:ed|s)?|achieved|accomplished|fulfill?ed|reali[sz]ed)\s+(?:in\s+)?(?:(?:its|their|his|her|the|a|an)\s+)?(?:[a-z]+\s+)?$", re.IGNORECASE)
# "..., forces seized X": a taking told as done after the aim ("after weeks of efforts to capture X, forces seized X")
TAKEN = re.compile(r"\b(?:captured|seized|took|retook|recaptured|overran|liberated|(?:has|have|had)\s+(?:now\s+)?taken)\b", re.IGNORECASE)


def told_as_aim(statement: Statement, trigger_start: int) -> bool:
    """Whether the claim's trigger (at ``trigger_start`` in its article) is told as what a side
    strives for, an effort, attempt, bid or goal ("stepped up their efforts to capture X"): the
    place has not changed hands by that account, whatever status the verb's form gives the act,
    so no control map marks it. Not when the aim is told reached ("succeeded in their bid to
    capture X") or a taking told as done follows it ("after weeks of efforts to capture X, the
    forces seized it"): the claim's trigger is the sentence's first, and the capture is real."""
    at = trigger_start - statement.sources[0].start
    if not 0 <= at <= len(statement.text):
        return False
    before = statement.text[max(0, at - 60):at]
    aim = AIM.search(before)
    if aim is None:
        return False
    return not AIM_REACHED.search(before[:aim.start()]) and not _taken_later(statement.text[at:])


def _taken_later(told: str) -> bool:
    """Whether the words from an aimed-at trigger on ("capture X, and the forces seized X on
    Monday") tell the same place taken: a verb of taking told as done, its object the name the
    trigger's own object starts with, "it" or the settlement's kind ("the town"); a taking of
    another place ("efforts to capture X after they took Y") leaves X an aim."""
    rest = told.split(" ", 1)[-1]
    named = re.match(r"\s*(?:the\s+)?([A-Z][\w'’-]+)", rest)
    target = r"it|the\s+(?:town|city|village|port)" + (f"|(?:the\\s+)?{re.escape(named.group(1))}" if named else "")
    return any(re.match(rf"\s+(?:{target})\b", rest[m.end():], re.IGNORECASE) for m in TAKEN.finditer(rest))


def _by_place(claims: list[ControlClaim]) -> list[ControlClaim]:
    """Claims about one place side by side (who says it was taken, who says it was left or
    denies it), places with the latest report first, each place's claims in date order; claims
    telling the same thing (place and its point, kind, status, parties, day, source) are one
    claim with all their sources."""
    merged = one_per(claims, lambda c: (c.place, c.lat, c.lon, c.type, c.act, c.status, tuple(sorted(c.actors)), c.date, c.according_to))
    places: dict[tuple, list[ControlClaim]] = defaultdict(list)
    for claim in merged:
        places[(claim.place, claim.lat, claim.lon)].append(claim)

    def latest(place_claims: list[ControlClaim]) -> str:
        return max(s.published or "" for c in place_claims for s in c.sources)

    ordered = sorted(places.values(), key=latest, reverse=True)
    return [c for group in ordered for c in sorted(group, key=lambda c: (c.date is None, chronological(c.date) if c.date else ()))]


def one_per(items: list, key) -> list:
    """One item per key (a statement or claim told again), the first, citing every source of
    the others."""
    kept: dict = {}
    for item in items:
        if key(item) in kept:
            add_sources(kept[key(item)].sources, item.sources)
        else:
            kept[key(item)] = replace(item, sources=list(item.sources))
    return list(kept.values())


def _claimed_place(store: Store, statement: Statement) -> str:
    """What a claim says changed hands: the place, "near X" where the reporting sentence names
    it only as a landmark ("villages near X", "outside X", "the suburbs of X"), "most of X", "half of X"
    or "part of X" where it says only some of it changed hands ("villages in X"), "plant at X" where it names a building
    or a works there ("the X nuclear plant was seized", "a hospital in X"), as the article spells
    it (the gazetteer's "Izyum" is the text's "Izium")."""
    source = statement.sources[0]
    name = statement.place.name
    spellings = {name} | {
        place.text for _, place in store.fact_rows(source.article_id, "places")
        if place.name == name and source.start <= place.start < source.end
    }
    if any(_spelled(match.group("name"), spellings) for match in NEAR.finditer(statement.text)):
        return f"near {name}"
    parts = [m for m in PART.finditer(statement.text) if _spelled(m.group("name") or m.group("within"), spellings)]
    if parts and _only_within(statement.text, spellings, parts):
        part = parts[0]
        return f"{part.group('share') or 'part'} of {name}"
    facility = next((m.group("facility").lower() for pattern in facility_patterns() for m in pattern.finditer(statement.text) if m.group("name") in spellings), None)
    return f"{facility} at {name}" if facility else name


def _only_within(text: str, spellings: set[str], parts: list[re.Match]) -> bool:
    """Whether every mention of the place in the sentence is inside a "part of" phrase: "took
    X after shelling destroyed much of X" names X whole as what was taken."""
    return all(
        any(p.start() <= m.start() and m.end() <= p.end() for p in parts)
        for spelling in spellings for m in re.finditer(rf"(?<![\w-]){re.escape(spelling)}(?![\w-])", text)
    )


def _spelled(found: str, spellings: set[str]) -> bool:
    """Whether a name the sentence gives is the claimed place's: its own spelling, or the
    spelling without the region word the place's mention carries ("X" of "X region")."""
    return any(found == s or s.startswith(found + " ") or found.startswith(s + " ") for s in spellings)


@lru_cache(maxsize=1)
def facility_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """ "the X (nuclear) plant", "a hospital in (the town of) X": a place named as where a
    building or a works is (the events lexicon's facilities)."""
    facility = "(?P<facility>" + "|".join(sorted(load_lexicon().cues["facility"], key=len, reverse=True)) + r")\b"
    name = r"(?P<name>(?!The\b)[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)"
    return (
        re.compile(rf"\b{name}(?:\s+[a-z]+){{0,2}}\s+{facility}"),
        re.compile(rf"\b{facility}\s+(?:in|at)\s+(?:the\s+(?:city|town|village)\s+of\s+)?{name}"),
    )


def _event_of(store: Store, statement: Statement):
    """The development's own event in the sentence cited first: a sentence may tell several
    ("urged residents of X to leave after troops retook X"), and the claim's source, its
    according-to and its act are the capture's, not the first event's of the sentence."""
    source = statement.sources[0]
    row = store.db.execute(
        "SELECT f.data FROM development_sources s JOIN facts f ON f.id = s.fact_id WHERE s.development_id = ?"
        " AND s.article_id = ? AND f.start >= ? AND f.end <= ? ORDER BY f.start LIMIT 1",
        (statement.id, source.article_id, source.start, source.end),
    ).fetchone()
    return fact_from_json("events", json.loads(row["data"])) if row else None
