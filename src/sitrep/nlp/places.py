"""Toponym detection and resolution: the ``sitrep_places`` spaCy component.

Detection trusts the statistical NER where it says GPE/LOC/FAC, but the small English model
misses or mislabels places (a Ukrainian city tagged PERSON, "the Baltics" tagged NORP), so
two more sources feed in: entities of other types whose text the gazetteer knows as a
significant place and whose context is locative, and a scan of capitalised token runs
outside entities. Demonyms never match (they are not gazetteer names), and organisations
only yield the country, division and capital names they contain ("U.S." in "U.S.
Secretary of State", "Kentucky" in "Kentucky State Police"). Names the NER splits are
rejoined ("Antigua and Barbuda", a two-word name cut in two), an abbreviated state after
a town is read as one ("Frankfort, Ky."), a scanned town name that only ends a longer
proper name is left out, and US counties, which the gazetteer lacks, are left out rather
than taken for a town of their name.

Resolution ranks every gazetteer candidate by size and type, then by what the article
itself says: the countries it names and the places already resolved pull namesakes
toward them (unless a namesake is a hundred times bigger and nothing nearby supports the
small one, or a national capital bears the name), "X, Y" restricts X to Y and Y to what
holds X, "the X" prefers a sea or region to a town, "the state of X" and "X governor" a
division, a name borne by one place beats an old or alternate name of another, and a
name keeps one sense per article. Items of a list are resolved again once all are read,
so that the first item learns from the others what sort of place the list holds.
"""

import itertools
import math
import re
from collections import Counter
from dataclasses import dataclass, field, replace

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from sitrep.facts import Place
from sitrep.nlp.countries import code_of, code_of_word, country_of_demonym
from sitrep.nlp.doctext import per_document, text_of
from sitrep.nlp.gazetteer import (
    DIVISION_WORDS,
    SECOND_LEVEL_WORDS,
    Gazetteer,
    GazPlace,
    Match,
    fold,
    haversine_km,
    load,
    translit_key,
)
from sitrep.nlp.inflection import base_forms
from sitrep.nlp.times import MONTHS, SEASONS, WEEKDAYS
from sitrep.nlp.syntax import first_conjunct

if not Doc.has_extension("places"):
    Doc.set_extension("places", default=None)

NER_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Labels the small model puts on places it misreads ("Aleppo" as NORP, "Winnipeg" as DATE):
# such an entity is checked against the gazetteer and its context.
MISLABEL_CANDIDATES = frozenset({"PERSON", "ORG", "NORP", "WORK_OF_ART", "PRODUCT", "EVENT", "LANGUAGE", "DATE"})
# Kinds of place an organisation's name locates ("Kentucky State Police", "U.S. Army"); a
# capital does too ("the Mexico City Herald", "Moscow City Court").
ORG_EMBEDDED_KINDS = frozenset({"country", "admin1"})
LOCATIVE = frozenset(
    "in at to from near into outside across toward towards via around through inside throughout "
    "between within".split()
)
DIRECTIONS = frozenset(
    "north south east west northern southern eastern western central northeastern northwestern "
    "southeastern southwestern north-east north-west south-east south-west".split()
)
# Verbs whose object is as a rule a place ("captured X", "shelled X", "visited X"): their
# object counts like a name after "in", whatever label the small model gave it.
PLACE_VERBS = frozenset(
    "capture recapture seize retake liberate occupy encircle surround besiege storm shell bomb "
    "bombard visit tour enter reach evacuate annex blockade".split()
)
# Nouns of attacks and sieges whose "on X" or "of X" is as a rule a place ("strikes on X", "the
# siege of X"), whatever label the small model gave X.
ATTACK_NOUNS = frozenset(
    "attack strike assault offensive bombardment shelling raid bombing siege encirclement capture "
    "liberation occupation blockade".split()
)
# Of those, the verbs only a place undergoes, so that their passive subject or the name a
# participle of theirs follows is a place too ("X was captured", "X, shelled overnight").
TAKING_VERBS = PLACE_VERBS - {"visit", "tour", "enter", "reach", "evacuate"}
OUTSKIRTS = frozenset({"outskirts", "suburbs", "centre", "center", "airport", "port", "outskirt"})  # parts of a town a capture takes
# Lower-case words that may join the capitalised parts of one place name ("Sea of Azov").
NAME_JOINERS = frozenset({"of", "-", "de", "du", "la", "upon", "on"})
ROMAN_NUMERAL = re.compile(r"[IVX]+")
UNIT_WORDS = frozenset(  # a unit named after a place
    {w + p for w in ("regiment", "battalion", "brigade", "squadron", "legion", "fighter") for p in ("", "s")} | {"corps"}
)
VESSEL_WORDS = frozenset({  # a ship, often named after a city ("the landing ship Orsk"): its name is no place
    "ship", "vessel", "warship", "cruiser", "frigate", "destroyer", "corvette", "submarine", "tanker", "freighter",
    "tug", "flagship", "ferry", "boat", "carrier", "icebreaker", "minesweeper",
})
BUSINESS_WORDS = frozenset({  # a business, often named after a place or a word that is one ("the insurer Vale"): its name is no place
    "insurer", "retailer", "broker", "lender", "carmaker", "automaker", "airline", "manufacturer", "conglomerate",
    "company", "firm", "brand",
})
THING_WORDS = VESSEL_WORDS | BUSINESS_WORDS
WATER_HEADS = frozenset({"sea", "gulf", "bay", "strait", "straits", "lake"})  # "the sea of X": the water, not the town X
GRADE_WORDS = frozenset({"crude", "blend"})  # "Brent crude", "Urals blend": an oil grade named after a place
CELESTIAL_BODIES = frozenset({"earth", "moon", "mars", "venus", "jupiter", "saturn"})  # "low-Earth orbit": no town of the name
UNIT_NAME_WORDS = 3  # capitalised words a unit's name may hold between the place and its kind ("Special Forces")
GROUP_WORDS = frozenset({"states", "countries", "nations", "republics"})  # "the Baltic states" (regions.csv)
MEMBER_WORDS = frozenset({"member", "members", "deputy", "deputies", "lawmaker", "lawmakers", "speaker", "chairman", "chair", "delegates", "delegation", "seats", "vote"})
_LEADING_THE = re.compile(r"^(?:the|The)\s+")
_TRAILING_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")


@dataclass(eq=False)
class Mention:
    """A detected toponym span and its gazetteer candidates."""

    start: int  # character offsets into doc.text
    end: int
    text: str
    candidates: list[Match]
    source: str  # ner, ner-other, scan
    container: "Mention | None" = None  # Y in "X, Y"
    areal: bool = False  # "the X" with X the head, or "central X": a sea, region or country, hardly a town
    divisional: bool = False  # "the state of X", "X governor": a division, not a town or country
    contained: "Mention | None" = None  # X in "X, Y", set on Y
    siblings: list["Mention"] = field(default_factory=list)  # the other items of "X, Y and Z"
    feature: bool = False  # a street, park, castle or campus: local, never a namesake town far away
    resolved: GazPlace | None = None
    alternatives: list[Match] = field(default_factory=list)


@Language.factory(
    "sitrep_places",
    default_config={
        "min_scan_population": 100_000,
        "min_context_population": 15_000,
        "context_weight": 3.0,
        "proximity_km": 400.0,
    },
)
class PlacesComponent:
    """Sets ``doc._.places`` to a list of :class:`sitrep.facts.Place`, in text order.

    ``min_scan_population``: a city found only by the capitalisation scan must be at least
    this big (countries, divisions, regions and seas always count); ``min_context_population``:
    the same for a city in a locative context ("in X"); ``context_weight``: how strongly
    the article's own countries pull ambiguous names; ``proximity_km``: how near an already
    resolved place a candidate must be to gain from it.
    """

    def __init__(
        self,
        nlp: Language | None = None,
        name: str = "sitrep_places",
        min_scan_population: int = 100_000,
        min_context_population: int = 15_000,
        context_weight: float = 3.0,
        proximity_km: float = 400.0,
        gazetteer: Gazetteer | None = None,
    ):
        self.gaz = gazetteer or load()
        self.min_scan_population = min_scan_population
        self.min_context_population = min_context_population
        self.context_weight = context_weight
        self.proximity_km = proximity_km

    def __call__(self, doc: Doc) -> Doc:
        mentions = self.detect(doc)
        self.resolve(mentions)
        places = [to_place(m) for m in mentions if m.resolved is not None]
        doc._.places = sorted(places + unlisted_settlements(text_of(doc), places, self.gaz), key=lambda p: p.start)
        return doc

    # --- detection --------------------------------------------------------------------

    def detect(self, doc: Doc) -> list[Mention]:
        """All toponym mentions, non-overlapping, in text order, with the cues resolution reads."""
        found: list[Mention] = []
        for ent in doc.ents:
            found.extend(self._from_entity(ent))
        found = _drop_overlaps(found + self._scan(doc))
        rebuilt = self._and_joined(text_of(doc), found) + self._space_joined(text_of(doc), found) + self._abbreviated_divisions(doc, found)
        mentions = [m for m in _drop_overlaps(rebuilt + found) if _keep_compass_name(m) and not _in_time(doc, m)]
        mentions = self._without_names_never_told_as_places(doc, mentions)
        mentions = [self._body_of_water_of(doc, m) for m in mentions if not self._named_thing(doc, m) and _keep_unless_common_noun(doc, m)]
        _mark_cues(doc, mentions)
        return mentions

    def _named_thing(self, doc: Doc, mention: Mention) -> bool:
        """A name the article gives a ship or a business ("the insurer X ... the announcement from
        X"): no place of the story unless a big place bears it (see ``_things_named``)."""
        return mention.text in _things_named(doc) and not any(self._significant(c, self.min_scan_population) for c in mention.candidates)

    def _body_of_water_of(self, doc: Doc, mention: Mention) -> Mention:
        """ "the sea of X", "the gulf of X" in lower case: the sea the gazetteer names so ("Sea of
        X"), not the town X that gave it its name."""
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or span.start < 2 or doc[span.start - 1].lower_ != "of" or doc[span.start - 2].lower_ not in WATER_HEADS:
            return mention
        head = doc[span.start - 2]
        waters = [c for c in self.gaz.lookup(f"{head.text.title()} of {mention.text}") if c.place.kind == "water"]
        return Mention(head.idx, mention.end, text_of(doc)[head.idx : mention.end], waters, mention.source) if waters else mention

    def _without_names_never_told_as_places(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """An article that names a small town again and again (NEVER_A_PLACE times) yet never
        says "in", "to", "from" it, never "the town of" it, nor takes or strikes it, means
        someone of that name ("X and Y enlisted", "she met Y"): a far-off hamlet the gazetteer
        gives that name is no place of the story."""
        spans = {id(m): doc.char_span(m.start, m.end, alignment_mode="expand") for m in mentions}
        by_name: dict[str, list[Mention]] = {}
        for mention in mentions:
            by_name.setdefault(mention.text, []).append(mention)
        dropped = set()
        for group in by_name.values():
            if len(group) < NEVER_A_PLACE or " " in group[0].text:
                continue
            if any(self._significant(c, self.min_scan_population) or c.place.kind != "city" for m in group for c in m.candidates):
                continue
            if not any(spans[id(m)] is not None and (_where_word(spans[id(m)]) or _kind_before(spans[id(m)])) for m in group):
                dropped |= {id(m) for m in group}
        return [m for m in mentions if id(m) not in dropped]

    def _and_joined(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """ "Antigua and Barbuda", "Sao Tome and Principe": a place, "and" and capitalised
        words are one mention when the whole phrase names a country or division (the NER
        often tags the second part as a person)."""
        joined: list[Mention] = []
        for m in mentions:
            tail = _AND_NAME.match(text, m.end)
            if tail is None:
                continue
            words = tail.group(1).split()
            for n in range(len(words), 0, -1):
                end = m.end + len(" and ") + len(" ".join(words[:n]))
                found = [c for c in self.gaz.lookup(text[m.start : end]) if c.place.kind in ("country", "admin1")]
                if found:
                    joined.append(Mention(m.start, end, text[m.start : end], found, "ner"))
                    break
        return joined

    def _space_joined(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """A place and the capitalised words right before or after it, when together they are
        one gazetteer name: the NER splits "Eastport Vale" into two entities of different
        labels, and the half it calls a place is a namesake town somewhere else. The whole
        must be at least as big a place as the part ("Norland Centre" the village does not
        replace the state of Norland)."""
        joined: list[Mention] = []
        for m in mentions:
            after = _NAME_AFTER.match(text, m.end)
            words = after.group(1).split() if after else []
            spans = [(m.start, m.end + 1 + len(" ".join(words[:n]))) for n in range(len(words), 0, -1)]
            before = _NAME_BEFORE.search(text, max(0, m.start - _NAME_WINDOW), m.start)
            spans += [(before.start(1), m.end)] if before else []
            for start, end in spans:
                found = [c for c in self.gaz.lookup(text[start:end]) if c.how in ("name", "alt")]
                if found and _size(found) >= _size(m.candidates):
                    joined.append(Mention(start, end, text[start:end], found, "ner"))
                    break
        return joined

    def _abbreviated_divisions(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """ "Frankfort, Ky." and "Brandon, Man.": the abbreviated state or province after a
        comma, and the town before it when nothing detected it, looked up inside that division.
        Returned mentions are "ner" so that they replace a misreading of the abbreviation."""
        found: list[Mention] = []
        for hit in _ABBREVIATED_CONTAINER.finditer(text_of(doc)):
            division = self.gaz.abbreviation(hit.group(2))
            if not division:
                found.extend(self._whole_name(hit))
                continue
            y = Mention(hit.start(2), hit.end(2), hit.group(2), division, "ner")
            found.append(y)
            x_start, x_end = hit.span(1)
            if not any(m.start < x_end and x_start < m.end for m in mentions):
                inside = [c for c in self.gaz.lookup(hit.group(1)) if c.place.kind == "city" and _inside(c.place, y)]
                if inside:
                    found.append(Mention(x_start, x_end, hit.group(1), inside, "ner"))
        return found

    def _whole_name(self, hit: re.Match) -> list[Mention]:
        """ "X, Y." that is one name as a whole ("Eastport, D.C." style names of a city and
        its district): a single mention of the city, not X alone."""
        start, end = hit.span()
        found = [c for c in self.gaz.lookup(hit.group()) if c.how in ("name", "alt")]
        return [Mention(start, end, hit.group(), found, "ner")] if found else []

    def _from_entity(self, ent: Span) -> list[Mention]:
        """Mentions in one NER entity, by label: trusted, checked, or mined for countries."""
        ent = _without_count(ent)
        if ent.label_ in NER_PLACE_LABELS:
            mentions = [m for part in _split_list(ent) if (m := self._mention(part, "ner", ent.label_))]
            if len(ent) == 1 and _person_like(ent, speaker_subject=True) and mentions and not any(self._significant(c, self.min_scan_population) for c in mentions[0].candidates):
                return []  # "Antonina, 45, said she ...": a person's name the model took for a small town's
            return mentions
        if ent.label_ in MISLABEL_CANDIDATES:
            mention = _told_as_place(ent, self._mention(ent, "ner-other", ent.label_))
            if mention and self._plausible_other(ent, mention):
                return [mention]
        return []

    def _mention(self, span: Span, source: str, label: str) -> Mention | None:
        """A mention for a span: trimmed, extended by a division word, with candidates."""
        start, end = _trim(span)
        if start >= end:
            return None
        doc = span.doc
        after = doc[span.end] if span.end < len(doc) else None
        if after is not None and (after.lower_ in SECOND_LEVEL_WORDS or after.text in ("Co.", "CO.")):
            return None  # "X County", "X Co.": a county, which the gazetteer lacks
        if after is not None and after.lower_ == "river":  # "the bank of the X river": the river, not the town of its name
            name = text_of(doc)[start:end]
            rivers = [c for c in self.gaz.lookup(f"{name} River") if c.place.kind == "water"]
            if rivers:
                return Mention(start, after.idx + len(after), f"{name} {after.text}", rivers, source)
        if _names_a_unit(doc, span.end) or (after is not None and after.lower_ in GRADE_WORDS) or _names_a_vessel(span):
            return None  # "the Vale regiment", "Brent crude", "the landing ship Gyumri": a unit's, a product's or a ship's name, not where it is
        divided = self._division_phrase(span, start, source)
        if divided is not None:
            return divided
        text = text_of(doc)[start:end]
        if text.lower() in CELESTIAL_BODIES:
            return None
        candidates = _drop_acronym_towns(text, self.gaz.lookup(text))
        if not candidates and label in ("GPE", "LOC"):
            text, start = _drop_direction(text, start)
            found = self.gaz.lookup(text) if text else []
            candidates = [m for m in found if self._significant(m, self.min_scan_population)]
        if label == "FAC" or source != "ner":
            candidates = [c for c in candidates if c.how != "translit"]
        if label == "FAC":  # a building or site: a town of its name must be a known one ("the White House" is no hamlet)
            candidates = [c for c in candidates if _own_name(c, text) and self._significant(c, self.min_context_population)]
        if not candidates:
            return None
        return Mention(start, start + len(text), text, candidates, source)

    def _division_phrase(self, span: Span, start: int, source: str) -> Mention | None:
        """ "Lviv oblast", "the Kherson region", "the Baltic states": the name and the
        lower-case division or group word after it, when the gazetteer has that division or
        group of countries (not a town called "Baltic")."""
        doc = span.doc
        after = doc[span.end] if span.end < len(doc) else None
        if after is None or after.lower_ not in DIVISION_WORDS | GROUP_WORDS or not after.is_lower:
            return self._shared_division(span, start, source)
        end = after.idx + len(after)
        extended = self.gaz.lookup(text_of(doc)[start:end])
        return Mention(start, end, text_of(doc)[start:end], extended, source) if extended else None

    def _shared_division(self, span: Span, start: int, source: str) -> Mention | None:
        """ "the Vale and Eastport regions", "the regions of Vale and Eastport": a name
        in a list that one division word, before ("of") or after it, makes divisions of."""
        word = _list_division(span)
        if word is None:
            return None
        text = text_of(span.doc)[start:span.end_char]
        extended = self.gaz.lookup(f"{text} {word}")
        return Mention(start, span.end_char, text, extended, source) if extended else None

    def _plausible_other(self, ent: Span, mention: Mention) -> bool:
        """A non-place entity counts when its text names a significant place in context.

        NORP must be a region or country name itself ("the Baltics") or a big city's
        ("Aleppo"), never a demonym (no demonym is a gazetteer name); PERSON/ORG/... need a
        locative word before them or a ", Y" place after them.
        """
        before = ent.doc[ent.start - 1] if ent.start > 0 else None
        significant = [m for m in mention.candidates if self._significant(m, self.min_context_population)]
        if not significant or _definite_body(ent, mention.candidates) or _numbered_part(ent) or _body_of_members(ent):
            return False
        if ent.label_ == "DATE" and all(t.lower_ in CALENDAR_WORDS or not t.is_alpha for t in ent):
            return False  # "In March": the month, not March in Cambridgeshire
        if ent.label_ == "NORP":
            return any(
                m.how != "translit"
                and (m.place.kind in ("country", "region", "admin1", "water") or self._significant(m, self.min_scan_population))
                for m in significant
            )
        if (before is not None and before.lower_ in LOCATIVE) or _a_river(mention):
            return True  # "in X", "the X river"
        if ent.start > 1 and before.lower_ == "of" and re.fullmatch(_SETTLEMENT + "s?", ent.doc[ent.start - 2].lower_):
            return True  # "captured the city of X": a settlement by its kind, whatever label the model gave it
        if _taken_place(ent.root) and not _person_like(ent):
            return True
        if ent.root.dep_ == "conj" and ent.root.head.ent_type_ in ("GPE", "LOC") and not _person_like(ent):
            return True  # "captured X and Y": a name listed with a place, whatever label the model gave it
        if len(ent) == 1 and any(_well_known(m, ent.label_) for m in significant):
            return True  # "Washington"/"Kyiv" standing for a government, or mislabelled: still the place
        if len(ent) == 1 and not _person_like(ent) and any(self._significant(m, self.min_scan_population) for m in significant):
            return True  # a big city's name the small model took for a person ("struck Zaporozhye")
        tail = text_of(ent.doc)[ent.end_char : ent.end_char + 2]
        return tail.startswith(",") and ent.end < len(ent.doc) - 1 and ent.doc[ent.end + 1].ent_type_ in ("GPE", "LOC")

    def _significant(self, match: Match, min_population: int) -> bool:
        place = match.place
        return place.kind != "city" or place.population >= min_population or place.capital

    def _scan(self, doc: Doc) -> list[Mention]:
        """Capitalised token runs the NER left out (or inside ORG, for the countries and
    first-level divisions an organisation's name places it in)."""
        mentions: list[Mention] = []
        i = 0
        while i < len(doc):
            mention, width = self._scan_at(doc, i)
            if mention:
                mentions.append(mention)
            i += width
        return mentions

    def _scan_at(self, doc: Doc, i: int) -> tuple[Mention | None, int]:
        """The longest gazetteer name starting at token i, if it is a credible toponym."""
        first = doc[i]
        if not _capitalised(first) or first.ent_type_ not in ("", "ORG", "NORP"):
            return None, 1
        for n in range(min(5, len(doc) - i), 0, -1):
            span = doc[i : i + n]
            if first.ent_type_ == "NORP":  # "Czech Republic": the NER takes the first word for a demonym
                found = self.gaz.lookup(span.text) if n > 1 and _name_like(span) else []
                countries = [m for m in found if m.place.kind == "country" and m.how in ("name", "alt")]
                if countries:
                    start, end = _trim(span)
                    return Mention(start, end, text_of(doc)[start:end], countries, "scan"), n
                continue
            if not _name_like(span) or any(t.ent_type_ != first.ent_type_ for t in span):
                continue
            usable = [m for m in _drop_acronym_towns(span.text, self.gaz.lookup(span.text)) if m.how in ("name", "alt", "admin")]
            if not usable or _names_a_unit(doc, i + n) or _surname_in_doc(span) or _names_a_vessel(span):
                continue  # "the Vale regiment"; "Eastport" after "Minister Ana Eastport"; "the cruiser Vale"
            matches = [m for m in usable if m.place.kind != "city" or _own_name(m, span.text)]
            if len(matches) < len(usable) and _where_word(span):
                matches = usable  # "shelled Vale": any reading where the words make it a place
            if first.ent_type_ == "ORG":  # "Kentucky State Police": the place is "Kentucky"
                if _outlet_name(first):
                    return None, 1  # "The New York Times", "the Kyiv Independent": a newspaper, no place
                matches = [m for m in matches if m.how != "admin"]
                if not any(m.place.kind in ORG_EMBEDDED_KINDS or m.place.capital for m in matches):
                    continue  # every reading kept, so that context can still pick a namesake
            elif not all(t.pos_ == "PROPN" for t in span if t.is_alpha and t.lower_ not in NAME_JOINERS):
                continue
            elif (divided := self._division_phrase(span, _trim(span)[0], "scan")) is not None:
                return divided, n + 1
            if first.ent_type_ == "" and _after_proper_noun(span) and all(m.place.kind == "city" for m in matches):
                continue  # "Vale" of "Eastport Vale": a town's name ending a name the gazetteer lacks
            floor = self.min_context_population if _after_locative(doc, i) else self.min_scan_population
            if any(self._significant(m, floor) for m in matches) and not _definite_body(span, matches):
                start, end = _trim(span)
                return Mention(start, end, text_of(doc)[start:end], matches, "scan"), n
        return None, 1

    # --- resolution -------------------------------------------------------------------

    def resolve(self, mentions: list[Mention]) -> None:
        """Pick one candidate per mention, first the confident ones, then in their light."""
        by_key: dict[str, GazPlace] = {}
        confident = [m for m in mentions if self._confident(m)]
        for m in confident:
            m.resolved = self._best(m, Counter(), [])
        countries = Counter(m.resolved.country for m in confident if m.resolved and m.resolved.country)
        anchors = [m.resolved for m in confident if m.resolved and m.resolved.kind in ("city", "admin1")]
        for m in mentions:
            if m.resolved is None:
                key = m.text.casefold()
                if key in by_key and m.container is None and not m.areal:
                    m.resolved = by_key[key]  # one sense per article, unless the mention says otherwise
                else:
                    m.resolved = self._best(m, countries, anchors)
            if m.resolved is not None:
                if not (m.divisional and self._seat_named(m)):  # "the region of X" says nothing of a bare "X" (its city)
                    by_key.setdefault(m.text.casefold(), m.resolved)
                if m.resolved.country:
                    countries[m.resolved.country] += 1
        self._revisit_lists(mentions, countries, anchors)

    def _seat_named(self, mention: Mention) -> bool:
        """Whether a division's name is also that of a city inside it ("the region of X" and the
        city X it is named after): a bare "X" later is the city, not the division. A namesake
        elsewhere ("the state of Georgia" and the country) leaves the phrase's sense the article's."""
        outer = mention.resolved
        return outer is not None and any(c.place.kind == "city" and _within(c.place, outer) for c in self.gaz.lookup(mention.text))

    def _revisit_lists(self, mentions: list[Mention], countries: Counter, anchors: list[GazPlace]) -> None:
        """Resolve list items again once all are resolved: the first item of "Georgia,
        Ohio and Utah" was read before its siblings showed the list to be of US states."""
        for m in mentions:
            if m.siblings and not self._confident(m):
                m.resolved = self._best(m, countries, anchors) or m.resolved

    def _near(self, anchor: GazPlace, place: GazPlace) -> bool:
        """Whether a resolved place supports a candidate: close to it, or one holding the
        other (a division's point can lie far from its towns)."""
        if anchor.lat is not None and haversine_km(anchor.lat, anchor.lon, place.lat, place.lon) < self.proximity_km:
            return True
        return _within(anchor, place) or _within(place, anchor)

    def _confident(self, mention: Mention) -> bool:
        """Mentions whose reading hardly depends on context: one candidate or a clear winner."""
        if mention.container is not None:
            return False
        priors = sorted((self._score(c, mention, Counter(), []) for c in mention.candidates), reverse=True)
        return len(priors) == 1 or priors[0] - priors[1] >= CONFIDENT_MARGIN

    def _best(self, mention: Mention, countries: Counter, anchors: list[GazPlace]) -> GazPlace | None:
        candidates = mention.candidates
        if mention.feature:
            candidates = [c for c in candidates if c.place.lat is not None and any(self._near(a, c.place) for a in anchors)]
        if mention.areal and mention.text.split()[-1].lower() not in DIVISION_WORDS:  # "the Peninsula": an area, no hamlet of that name
            candidates = [c for c in candidates if self._significant(c, self.min_context_population)]
        scored = [(self._score(c, mention, countries, anchors), c.place.id, c.place) for c in candidates]
        if not scored:
            return None
        return max(scored)[2]

    def _score(self, match: Match, mention: Mention, countries: Counter, anchors: list[GazPlace]) -> float:
        """Prior (size, type, how the name matched, the words around it) plus article context."""
        return _prior(match, mention) + self._context(match.place, mention, countries, anchors)

    def _context(self, place: GazPlace, mention: Mention, countries: Counter, anchors: list[GazPlace]) -> float:
        """What the rest of the article adds: list items, "X, Y", countries and places named."""
        score = 0.0
        if any(_same_sort(s.resolved, place) for s in mention.siblings):
            score += SIBLING_BONUS
        if mention.contained is not None:
            score += CONTAINER_BONUS if _holds(place, mention.contained) else -CONTAINER_BONUS
        total = sum(countries.values())
        near = place.lat is not None and any(self._near(a, place) for a in anchors if a.id != place.id)
        if place.country and countries.get(place.country) and (near or not _dwarfed(place, mention)):
            score += COUNTRY_CONTEXT_BONUS + self.context_weight * countries[place.country] / total
        if near:
            score += PROXIMITY_BONUS
        if mention.container is not None:
            score += 10.0 if _inside(place, mention.container) else -10.0
        return score


CONFIDENT_MARGIN = 4.0
# What naming a place's country in the article, or a resolved place nearby, adds to its score.
COUNTRY_CONTEXT_BONUS = 1.5
PROXIMITY_BONUS = 1.0
# The country bonus is withheld from a town whose name is first that of a place this many
# times bigger, or that of a national capital, unless a resolved place nearby supports the
# town: an American article's "Toronto" is the Canadian city, not the Ohio village.
DWARF_RATIO = 100
# A division that shares its name with its own big city ("New York") means the city unless
# the text says otherwise ("New York state" matches the division word): news name the city.
NAMESAKE_CITY_PENALTY = 1.5
NAMESAKE_CITY_POPULATION = 1_000_000
# A first-level division and a town of its name are even before size: the division's
# population is what decides ("Nevada" the state, not Nevada, Missouri).
_KIND_PRIOR = {"country": 3.0, "region": 0.5, "water": 0.0, "admin1": 0.0, "city": 0.0, "other": -1.0}
# A name that another candidate bears as its own is seldom meant for a place that lists it
# among alternates under a different name ("Milton", an old name inside Kansas City; a
# capital's colonial name); spelling variants of the place's own name keep their weight
# ("St. Petersburg", "Kiev").
BORNE_NAME_PENALTY = 2.0
# Words of names that point at a part of a country or continent, not at a town.
_COMPASS_WORDS = frozenset("north south east west northwest northeast southwest southeast coast".split())
# Words too common in place names to show that two names are variants of each other.
_GENERIC_NAME_WORDS = frozenset(
    "saint st san santa city of the de la el al new north south east west upper lower great little fort port mount lake".split()
)
# Words that make a name a local feature, resolved only to a candidate near the places the
# article is about (a district across the world named like the park is not the park in the story).
FEATURE_WORDS = frozenset(
    "street st avenue ave road rd boulevard square park castle palace basilica cathedral church abbey "
    "stadium arena university college school hospital airport bridge station".split()
)
# Items of one list are places of one sort: "Georgia and Alabama" are both US states.
SIBLING_BONUS = 1.5
# How far from a county's point its towns may lie ("Eastport, Vale County" style pairs).
COUNTY_RADIUS_KM = 100.0
# Y in "X, Y" is read as what can hold X ("Yakima, Washington" is the state).
CONTAINER_BONUS = 5.0
# English names a town without an article; "the Pacific", "the open Pacific", "the
# Kalahari" name a sea, desert or region even when a town of that name exists; and "central
# X" or "western X" speaks of a part of an area.
AREAL_CITY_PENALTY = 3.0
# "the state of X" or "the province of X" names a division: a town of that name is not
# meant, nor a country when a division bears the name too ("the state of Georgia").
DIVISIONAL_PENALTY = 5.0
# Words before "state" that make it a nation, not a division ("the sovereign state of X").
SOVEREIGN_WORDS = frozenset({"sovereign", "independent", "neighbouring", "neighboring", "member", "nation", "island", "city"})
# Titles after a name that make it a division's ("the Norland governor").
DIVISION_HEADS = frozenset({"governor", "gov."})
_HOW_PRIOR = {"name": 0.0, "admin": 0.0, "abbr": 0.0, "alt": -0.3, "translit": -1.0}
_LIST_JOINER = re.compile(r",? (?:and|or) |, ")
# " and " and up to three capitalised words after a place: the rest of "Antigua and Barbuda".
_AND_NAME = re.compile(r" and ([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})")
# One or two capitalised words right after a mention, or one right before it.
_NAME_AFTER = re.compile(r" ([A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?)")
_NAME_BEFORE = re.compile(r"\b(?!The )([A-Z][\w'’-]*) $")
_NAME_WINDOW = 40  # characters before a mention searched for that word
# "X, Y." with Y an abbreviated division (AP/CP style: "Ky.", "N.Y.", "B.C."); X is one to
# four capitalised words.
_ABBREVIATED_CONTAINER = re.compile(r"\b([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3}), ((?:[A-Z][a-z]{0,4}\.){1,3})")


def _prior(match: Match, mention: Mention) -> float:
    """A candidate's weight before context: size, kind, how its name matched, and what the
    mention's own words ("the X", "central X") say about the kind of place."""
    place = match.place
    score = math.log10(place.population + 10) + _KIND_PRIOR.get(place.kind, 0.0) + _HOW_PRIOR[match.how]
    if match.how == "alt" and _borne_by_another(match, mention) and not _variant_of(mention.text, place.name):
        score -= BORNE_NAME_PENALTY
    if place.capital:
        score += 1.5
    if place.kind == "city" and mention.areal:
        score -= AREAL_CITY_PENALTY
    if mention.divisional and (place.kind == "city" or (place.kind == "country" and _has_division_reading(mention))):
        score -= DIVISIONAL_PENALTY
    if place.kind == "admin1" and _has_namesake_city(place, mention):
        score -= NAMESAKE_CITY_PENALTY
    return score


SPEECH_VERBS = frozenset("said says told added asked argued noted wrote tweeted stated".split())


OUTLET_WORDS = frozenset({  # last words of newspaper and magazine names ("The X Times", "the X Herald")
    "times", "post", "journal", "telegraph", "guardian", "gazette", "tribune", "herald", "daily", "newspaper",
    "magazine", "chronicle", "observer", "courier", "mirror", "standard", "examiner", "inquirer",
})


def _outlet_name(token: Token) -> bool:
    """Whether the organisation a token is in is a newspaper by a word after it ("The X Times",
    "the X Herald", "the X Times Opinion section"): its place word names no place. A government
    agency is no outlet."""
    org = _entity_of(token)
    return org is not None and any(t.lower_ in OUTLET_WORDS for t in org if t.i > token.i)  # "The X Times Opinion" too


def _taken_place(token: Token) -> bool:
    """Whether a word is the object of a PLACE_VERBS verb, or one item of a list that is ("captured
    X, Y and Z"); a name the parser could not place under the verb ("captured X" read as an
    adverb) counts too, and so does what a taking verb says was taken ("X, captured in March")
    or what an attack noun is on or of ("strikes on X", "the siege of X")."""
    token = first_conjunct(token)
    placed = token.dep_ == "dobj" or (token.dep_ in ("advmod", "npadvmod") and token.pos_ == "PROPN")
    if placed and set(base_forms(token.head.lower_)) & PLACE_VERBS:
        return True
    prep = token.head if token.dep_ == "pobj" else None
    if prep is not None and prep.lower_ in ("on", "of") and set(base_forms(prep.head.lower_)) & ATTACK_NOUNS:
        return True  # "an attack on X", "the shelling of X", "the siege of X"
    taken = [c for c in token.children if c.dep_ == "acl" and c.tag_ == "VBN"]  # "X, captured in March"
    taken += [token.head] if token.dep_ == "nsubjpass" else []  # "X was captured"
    if any(set(base_forms(verb.lower_)) & TAKING_VERBS for verb in taken):
        return True
    if token.dep_ == "poss" and token.head.lower_ in OUTSKIRTS and token.head.dep_ == "dobj":
        return bool(set(base_forms(token.head.head.lower_)) & PLACE_VERBS)  # "captured X's eastern outskirts"
    return token.dep_ == "nsubj" and fell_to_a_party(token.head)  # "after X fell to Y's forces"


def fell_to_a_party(verb: Token) -> bool:
    """ "fell to X's forces", "fell to Georgia": a fall to a side, which takes a town (not "fell to
    3%", "to a record low")."""
    return verb.lower_ in ("fell", "falls", "fall", "fallen") and any(
        c.dep_ == "prep" and c.lower_ == "to"
        and any(g.ent_type_ in ("NORP", "GPE", "ORG") or any(a.ent_type_ == "NORP" for a in g.children) for g in c.children)
        for c in verb.children
    )


def _person_like(ent: Span, speaker_subject: bool = False) -> bool:
    """Whether a one-word entity reads as a person: a speaker (with ``speaker_subject``, only
    as the subject: "people in X said" speak from X), after a title, with an age in
    apposition, or a word of a full name given elsewhere in the article ("Michael Jordan" ...
    "Jordan")."""
    doc = ent.doc
    after = doc[ent.end] if ent.end < len(doc) else None
    before = doc[ent.start - 1] if ent.start > 0 else None
    if after is not None and after.lower_ in SPEECH_VERBS and (not speaker_subject or ent.root.dep_ == "nsubj"):
        return True
    if after is not None and after.text == "," and ent.end + 2 < len(doc) and doc[ent.end + 1].like_num and doc[ent.end + 2].text == ",":
        return True  # "Antonina, 45, fled": an age in apposition
    if before is not None and (before.text.rstrip(".") in {"Mr", "Mrs", "Ms", "Dr", "President", "Minister"} or before.ent_type_ == "PERSON"):
        return True
    if _speaker_named(ent):
        return True
    return ent.text in _full_name_words(doc)


def _speaker_named(ent: Span) -> bool:
    """Whether the entity is the name of whom a report relies on: in apposition to a speaking
    noun ("one resident, X, told ...", "his sister, X, said") or the object of "according to"
    (not "according to X's mayor"); a small town's name there is a person's or an
    organisation's (a big city's, "according to Kyiv", the caller keeps)."""
    root, doc = ent.root, ent.doc
    head = root.head
    if root.dep_ == "appos" and head.pos_ == "NOUN" and head.dep_ == "nsubj" and head.head.lower_ in SPEECH_VERBS:
        return True
    return root.dep_ == "pobj" and ent.start >= 2 and doc[ent.start - 2].lower_ == "according" and doc[ent.start - 1].lower_ == "to"


def _full_names(doc: Doc) -> list[Span]:
    """The PERSON entities that read as a person's full name: two words or more, each a proper
    noun. A span the model calls a person across a possessive or a common word is a misread run
    of text ("vows to retake Vale Norland's president", a headline run into the story), and no word of it
    makes the town X someone's name elsewhere in the article. Found once per document: spaCy
    builds ``doc.ents`` anew on each read, and this is asked of one-word names throughout."""
    return per_document(doc, "sitrep_full_names", lambda: [
        e for e in doc.ents if e.label_ == "PERSON" and len(e) > 1 and all(t.pos_ == "PROPN" and t.tag_ != "POS" for t in e)
    ])


def _full_name_words(doc: Doc) -> frozenset[str]:
    """Every word of the full names of ``_full_names``, once per document."""
    return per_document(doc, "sitrep_full_name_words", lambda: frozenset(t.text for e in _full_names(doc) for t in e))


def _entity_of(token: Token) -> Span | None:
    """The NER entity a token is in, from a table of the document's words made once (reading
    ``doc.ents`` per word builds every entity span of the article each time)."""
    doc = token.doc
    table = per_document(doc, "sitrep_entity_of", lambda: {i: ent for ent in reversed(doc.ents) for i in range(ent.start, ent.end)})
    return table.get(token.i)


def _keep_unless_common_noun(doc: Doc, mention: Mention) -> bool:
    """ "a Paradise for tourists", "an Eden of the coast": a name with "a" or "an" of its own is used
    as a common noun, no town; a country or region keeps its readings ("a free Georgia"), and the
    mention is dropped when nothing else is left."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    article = doc[span.start - 1] if span is not None and span.start > 0 else None
    if article is None or article.lower_ not in ("a", "an") or article.head != span.root:
        return True  # "a 55-year-old X man": the article is the man's
    mention.candidates = [c for c in mention.candidates if c.place.kind != "city"]
    return bool(mention.candidates)


def _in_time(doc: Doc, mention: Mention) -> bool:
    """A word of a date ("25 Mar 2022", "Sun 6 March") is a month or a day, not the town of
    the same spelling (Mary, Turkmenistan, is "Mar" to a gazetteer)."""
    times = doc._.times if Doc.has_extension("times") else None  # the component also runs alone
    return any(t.start <= mention.start and mention.end <= t.end for t in times or [])


def _keep_compass_name(mention: Mention) -> bool:
    """A name made of compass words ("the North East", "the Southwest") names a
    region or a division, never the hamlet that happens to bear it: such towns are dropped,
    and the mention with them when nothing else is left."""
    words = fold(mention.text).split()
    if all(w in _COMPASS_WORDS for w in words):
        mention.candidates = [c for c in mention.candidates if c.place.kind != "city"]
    return bool(mention.candidates)


def _dwarfed(place: GazPlace, mention: Mention) -> bool:
    """Whether the name is first that of a city or country a hundred times bigger, or of a
    national capital (its own name or a spelling of it, not a nickname or an old name): a
    flight from an American airport to Paris goes to France, not to Paris, Texas."""
    return place.kind == "city" and any(
        c.place.kind in ("city", "country")
        and (c.place.population >= DWARF_RATIO * max(place.population, 1000) or (c.place.capital and not place.capital))
        and (c.how == "name" or _variant_of(mention.text, c.place.name))
        for c in mention.candidates
    )


def _borne_by_another(match: Match, mention: Mention) -> bool:
    """Whether another candidate bears the name as written: as its own name, or as an
    alternate spelling of its own name ("Valiansk" for Valyansk, not for a bigger town whose
    GeoNames alternates also list it)."""
    return any(
        c.place.id != match.place.id and (c.how == "name" or (c.how == "alt" and _variant_of(mention.text, c.place.name)))
        for c in mention.candidates
    )


def _a_river(mention: Mention) -> bool:
    """ "the X river": a name its own words make a river (see ``_mention``)."""
    return mention.text.lower().endswith(" river") and all(c.place.kind == "water" for c in mention.candidates)


def _told_as_place(ent: Span, mention: Mention | None) -> Mention | None:
    """The readings of a name the model took for no place that the text allows: any after "in",
    "to" and the like, as what is attacked or taken, or where the model saw a person; else only
    the places' own names and spellings ("Hamas and Norland want ...": no Hamm, which GeoNames
    also calls so)."""
    if mention is None:
        return None
    if (_where_word(ent) and not _definite_name(ent)) or ent.label_ == "PERSON" or _a_river(mention):
        return mention  # the small model takes many an eastern city for a person ("struck Vale")
    kept = [m for m in mention.candidates if _own_name(m, mention.text)]
    return replace(mention, candidates=kept) if kept else None


def _definite_name(ent: Span) -> bool:
    """ "outside the White House": a name the model took for no place, with "the", is a building's
    or a body's; a town is no "the X", so only a place's own name may read it as one (GeoNames
    lists "White House" for Casablanca, a translation)."""
    return ent[0].lower_ == "the" or (ent.start > 0 and ent.doc[ent.start - 1].lower_ == "the")


def _names_a_unit(doc: Doc, end: int) -> bool:
    """Whether the words from token ``end`` on make the name before them a unit's ("Vale
    regiment", "Vale Special Forces Regiment", "the Eastport battalions")."""
    i = end
    while i < len(doc) and i - end < UNIT_NAME_WORDS and doc[i].is_title and doc[i].lower_ not in UNIT_WORDS:
        i += 1
    return i < len(doc) and doc[i].lower_ in UNIT_WORDS


def _names_a_vessel(span: Span) -> bool:
    """Whether a name is a ship's or a business's: right after a vessel word or in apposition to
    one ("the cruiser Vale", "a landing ship, Gyumri, that was unloading"; "the Gyumri, a
    frigate"), or the whole name after a business word ("the insurer Vale"). Ships and firms are
    named after cities; where the ship lay is told by another name ("at the port of X")."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    root = span.root
    if before is not None and (before.lower_ in VESSEL_WORDS or (before.lower_ in BUSINESS_WORDS and span.text in _things_named(span.doc))):
        return True  # not "the firm X Analytica": a place word begins a longer name
    return (root.dep_ == "appos" and root.head.lower_ in VESSEL_WORDS) or any(c.dep_ == "appos" and c.lower_ in VESSEL_WORDS for c in root.children)


def _things_named(doc: Doc) -> set[str]:
    """The names the article gives a ship or a business by its kind ("the insurer Vale"): the same
    name again later ("the announcement from Vale") is still that thing, unless a big place bears it."""
    return per_document(doc, "sitrep_things", lambda: _names_after_kind_words(doc))


def _names_after_kind_words(doc: Doc) -> set[str]:
    named = set()
    for word in doc[:-1]:
        if word.lower_ in THING_WORDS and doc[word.i + 1].pos_ == "PROPN" and doc[word.i + 1].is_title:
            end = word.i + 1
            while end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN" and doc[end + 1].is_title:
                end += 1
            named.add(doc[word.i + 1 : end + 1].text)
    return named


def _surname_in_doc(span: Span) -> bool:
    """Whether a one-word name is the last word of a person the model names in the document
    ("Tomas Eastport ... Eastport added": the man, not the town of Eastport), and not told as a place."""
    doc = span.doc
    surnames = per_document(doc, "sitrep_surnames", lambda: {ent[-1].text for ent in _full_names(doc)})  # asked of every scanned name
    return len(span) == 1 and span[0].text in surnames and not _where_word(span)


NEVER_A_PLACE = 3  # mentions of a small town's name, none of them told as a place, that make it someone's name


def _kind_before(span: Span) -> bool:
    """ "the town of X", "the village of X": a settlement told by its kind."""
    doc = span.doc
    return span.start > 1 and doc[span.start - 1].lower_ == "of" and bool(re.fullmatch(_SETTLEMENT + "s?", doc[span.start - 2].lower_))


def _where_word(span: Span) -> bool:
    """Whether the words around a name make it a place: "in", "to" and the like before it, or a
    verb of attacking or taking it ("shelled X", "struck Y and X")."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    return (before is not None and before.lower_ in LOCATIVE) or _taken_place(span.root)


def _own_name(match: Match, text: str) -> bool:
    """Whether a name found outside the NER's places is the place's own or a spelling of it: an
    alternate that translates or nicknames it ("White House" for Casablanca, "Hamas" listed for
    Hamm, "Google" for Topeka) only counts where the model itself reads a place."""
    return match.how != "alt" or _variant_of(text, match.place.name)


def _variant_of(alt: str, name: str) -> bool:
    """Whether an alternate name spells the place's own name differently: a shared
    distinctive word ("St. Petersburg"/"Saint Petersburg") or the same transliteration key."""
    alt_words, name_words = set(fold(alt).split()), set(fold(name).split())
    return bool((alt_words & name_words) - _GENERIC_NAME_WORDS) or translit_key(alt) == translit_key(name)


def _after_locative(doc: Doc, i: int) -> bool:
    """Whether token i follows a locative word, directly or after a compass word ("in X", "in
    central X", "near northern X"): the words say a place follows, so a smaller town will do."""
    before = i - 1 if i > 0 and doc[i - 1].is_lower and doc[i - 1].lower_ in DIRECTIONS else i
    return before > 0 and doc[before - 1].lower_ in LOCATIVE


def _after_compass(doc: Doc, mention: Mention) -> bool:
    """Whether a lower-case compass word precedes the name ("central X", "eastern X"): a part
    of X is named, so X is an area, a division or country rather than a town of that name."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    before = doc[span.start - 1]
    return before.is_lower and before.lower_ in DIRECTIONS


def _names_division(doc: Doc, mention: Mention) -> bool:
    """Whether the words around the name make it a division's: "the state of X", "the
    province of X", or "X governor" (a governor heads a division, not a town)."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.lower_ in DIVISION_HEADS:
        return True
    if span.start < 2:
        return False
    word, of = doc[span.start - 2], doc[span.start - 1]
    if word.lower_ == "state" and span.start >= 3 and _sovereign(doc[span.start - 3]):
        return False  # "the former Soviet state of Georgia", "the Baltic state of X": a country
    return of.lower_ == "of" and word.is_lower and word.lower_ in DIVISION_WORDS and word.lower_ != "republic"


def _sovereign(word: Token) -> bool:
    """A word before "state" that makes it a nation's: the adjective of a bloc or a region, no
    country's demonym ("Soviet", "Baltic", "Gulf"; "the American state of X" is a division), or
    a word of sovereignty."""
    bloc = word.is_title and not word.is_sent_start and word.pos_ in ("ADJ", "PROPN") and country_of_demonym(word.text) is None
    return bloc or word.lower_ in SOVEREIGN_WORDS


def _definite_head(doc: Doc, mention: Mention) -> bool:
    """Whether the mention reads "the [adjective] X" with X the head of its phrase.

    "the open Pacific" and "in the North East" qualify; "the Mexico City Herald" and
    "the Lviv city council" do not, because X there modifies another noun.
    """
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or span.start == 0 or span.root.dep_ in ("compound", "amod", "nmod", "poss"):
        return False
    before = doc[span.start - 1]
    if before.pos_ == "ADJ" and span.start >= 2:
        before = doc[span.start - 2]
    return before.lower_ == "the"


def _has_division_reading(mention: Mention) -> bool:
    """Whether a division is among the readings: "the state of X" then means it, while
    "the State of Norland" with no division of that name still names the country."""
    return any(c.place.kind in ("admin1", "admin2") for c in mention.candidates)


def _has_namesake_city(division: GazPlace, mention: Mention) -> bool:
    """Whether another reading of the mention is a big city inside this division."""
    return division.admin1 is not None and any(
        c.place.kind == "city"
        and c.place.country == division.country
        and c.place.admin1 == division.admin1
        and c.place.population >= NAMESAKE_CITY_POPULATION
        for c in mention.candidates
    )


def _well_known(match: Match, label: str) -> bool:
    """Names a one-word entity can hardly mean anything but the place: a country or
    capital, or (for an organisation, never a person) a division, region or sea."""
    if match.how == "translit":
        return False
    if match.place.kind == "country" or match.place.capital:
        return True
    return label == "ORG" and match.place.kind in ("admin1", "region", "water")


def _inside(place: GazPlace, container: Mention) -> bool:
    """Whether a candidate lies in one of the container's readings ("Paris, Texas")."""
    return any(_within(place, c.place) for c in container.candidates)


def _holds(outer: GazPlace, contained: Mention) -> bool:
    """Whether a reading of Y in "X, Y" holds one of X's readings."""
    return any(_within(c.place, outer) for c in contained.candidates)


def _within(place: GazPlace, outer: GazPlace) -> bool:
    """Whether a place lies in a country or first-level division (by code, else within 500 km)
    or in a county (within COUNTY_RADIUS_KM of its point: counties carry no code)."""
    if outer.kind == "country":
        return place.country == outer.country
    if outer.kind == "admin2":
        return (
            place.country == outer.country
            and place.id != outer.id
            and place.lat is not None
            and haversine_km(place.lat, place.lon, outer.lat, outer.lon) < COUNTY_RADIUS_KM
        )
    if outer.kind == "admin1" and place.country == outer.country and place.id != outer.id:
        if place.admin1 and outer.admin1:
            return place.admin1 == outer.admin1
        return place.lat is not None and outer.lat is not None and haversine_km(place.lat, place.lon, outer.lat, outer.lon) < 500
    return False


_SETTLEMENT = r"(?:town|city|village|settlement|hamlet)"
_NAME = r"[A-Z][\w'’-]*[a-z][\w'’-]*(?:[ -][A-Z][\w'’-]*[a-z][\w'’-]*){0,2}"
UNLISTED = [
    re.compile(rf"\b(?:[A-Z][a-z]+ (?:[a-z]+ )?)?{_SETTLEMENT}s? of (?P<name>{_NAME})"),  # "the (Ukrainian) town of Chasiv Yar"
    re.compile(rf"\b(?P<name>{_NAME}), an? (?:[\w-]+ ){{0,3}}{_SETTLEMENT}\b"),  # "Dovhove, a village in ..."
]
# ", a town in eastern " between a settlement and what holds it ("X, a town in eastern Y").
_APPOSED_SETTLEMENT = re.compile(
    rf",\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,2}}{_SETTLEMENT}\s+(?:in|of|near)\s+(?:the\s+)?"
    r"(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+)?"
)


# ", in (southern) Y" after a settlement phrase: the country it lies in, said outright.
STATED_IN = re.compile(r",?\s+in\s+(?:the\s+)?(?:[a-z]+\s+)?(?P<country>[A-Z][a-z]+)\b")
# "a mostly Armenian village", "the ethnic Armenian village": the demonym is its people's, not its country's.
POPULATION_WORDS = re.compile(r"\b(?:ethnic(?:ally)?|mostly|mainly|largely|predominantly)\s+$")
CAPITALISED = re.compile(r"\b[A-Z][a-z]+\b(?!-)")  # a word that may be a demonym ("Armenian", not "Russian-held")


def unlisted_settlements(text: str, places: list[Place], gaz: Gazetteer) -> list[Place]:
    """Towns and villages the detection left out, most of them ones the gazetteer lacks
    (GeoNames' city list stops at 15,000 people, and the front line runs through smaller
    places), named by a phrase that says they are one: "the town of X in eastern Y", "X, a
    village in the Z region". Every mention of the name counts; its country is the one the
    phrase names ("the Armenian town of X"), else that of the listed place nearest to it (which
    may be a foreign donor's: "a charity in Y will pay for a school in the Armenian town of X"),
    else the article's most named country. A settlement
    the gazetteer does list in that country (the model took it for a person) gets its
    coordinates; any other has none."""
    taken = [(p.start, p.end) for p in places]
    defined: dict[str, tuple[int, str | None]] = {}
    for pattern in UNLISTED:
        for m in pattern.finditer(text):
            name = _name_words(re.sub(r"(?:'s|’s)$", "", m.group("name")))
            if name and name.lower() not in CALENDAR_WORDS and not any(text[s:e] == name for s, e in taken):
                defined.setdefault(name, (m.start("name"), _stated_country(m)))
    found: list[Place] = []
    for name, (at, stated) in sorted(defined.items()):
        country = stated or _country_near(at, places)
        occupied = bool(OCCUPIED.search(text, max(0, at - 120), at + 160))  # "X, a port city occupied by Y": Y is not where X is
        listed = _listed_settlement(gaz, name, country, anywhere=occupied)
        for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
            if not any(s < m.end() and m.start() < e for s, e in taken):
                found.append(Place(m.start(), m.end(), m.group(0), *listed) if listed else Place(m.start(), m.end(), name, name, country, kind="city"))
    return found


def _stated_country(match: re.Match) -> str | None:
    """The country a settlement phrase names: "in (southern) Y" right after it, else a demonym
    ("the Ukrainian city of X", "X, a small Armenian village"); none for an occupier's ("a
    Russian-held town": the word is joined) or for the people who live there ("a mostly
    Armenian village", "the ethnic Armenian village of X": a minority's town abroad)."""
    text = match.string
    after = STATED_IN.match(text, match.end())
    if after and (code := code_of(after.group("country"))):
        return code
    name_start, name_end = match.span("name")
    for word in CAPITALISED.finditer(text, match.start(), match.end()):
        if name_start <= word.start() < name_end:
            continue
        if POPULATION_WORDS.search(text, max(0, word.start() - 16), word.start()):
            continue
        if code := code_of_word(word.group()):
            return code
    return None


def _listed_settlement(gaz: Gazetteer, name: str, country: str | None, anywhere: bool) -> tuple | None:
    """The gazetteer's one settlement of that name in that country, else, when the text says
    the place is occupied (the country named near it may be the occupier's), its one settlement
    of that name anywhere; as Place fields after the span (name, country, geonameid, lat, lon,
    kind); None when it has none, or several."""
    towns = {m.place.id: m.place for m in gaz.lookup(name) if m.how in ("name", "alt") and m.place.kind == "city"}
    here = [t for t in towns.values() if t.country == country]
    found = here if here or not anywhere else list(towns.values())
    if len(found) != 1:
        return None
    (town,) = found
    return town.name, town.country, town.geonameid, town.lat, town.lon, town.kind


OCCUPIED = re.compile(r"\b(?:occupied|annexed|seized|controlled|held)\s+by\b|-installed\b|\boccupation\b", re.IGNORECASE)
NOT_NAME_WORDS = frozenset({"read", "photograph", "photo", "video", "watch", "pictured", "file"}) | STOP_WORDS


def _name_words(name: str) -> str:
    """The name without a caption's or a link's word run into it ("Lysychansk Read more",
    "Tver Photograph: ..."): it ends before the first common word."""
    words = name.split()
    kept = [words[0]] + list(itertools.takewhile(lambda w: w.lower() not in NOT_NAME_WORDS, words[1:]))
    return " ".join(kept)


def _country_near(at: int, places: list[Place], window: int = 150) -> str | None:
    near = [p for p in places if p.country and abs(p.start - at) <= window]
    if near:
        return min(near, key=lambda p: abs(p.start - at)).country
    countries = Counter(p.country for p in places if p.country)
    return countries.most_common(1)[0][0] if countries else None


def to_place(mention: Mention) -> Place:
    p = mention.resolved
    assert p is not None
    return Place(mention.start, mention.end, mention.text, p.name, p.country, p.geonameid, p.lat, p.lon, p.kind)


# --- span helpers -------------------------------------------------------------------------


CALENDAR_WORDS = frozenset([*MONTHS, *WEEKDAYS, *SEASONS])


def _without_count(ent: Span) -> Span:
    """ "Norland 40, Southland 35": in a list of places and numbers the NER often takes the
    number into the name's entity (and then calls it a person or a date). Only at a list's
    joints (a comma, "and", the sentence's end): "Apollo 11 landed" is a name with a number."""
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    if after is not None and after.text not in (",", ".", ";", "and", "or"):
        return ent
    end = ent.end
    while end > ent.start + 1 and ent.doc[end - 1].tag_ == "CD":
        end -= 1
    name = ent.doc[ent.start:end]
    if not all(t.tag_ in ("NNP", "NNPS") or t.lower_ == "the" for t in name) or any(t.lower_.rstrip(".") in CALENDAR_WORDS for t in name):
        return ent  # "June 8", "the age of 36": a date or a phrase, no name
    return ent if end == ent.end else Span(ent.doc, ent.start, end, label=ent.label_)

LIST_WORDS = frozenset({",", "and", "or"})
LIST_DIVISIONS = {  # division words that make the names listed with them divisions, and their singulars (not
    word: singular  # "state", "republic" or "territory": "the former Soviet states of X and Y" are nations)
    for singular in ("region", "oblast", "province", "voivodeship", "governorate", "prefecture")
    for word in (singular, singular + "s")
}


def _list_division(span: Span) -> str | None:
    """The division word a list of names shares, in the singular: "regions" after "Vale and
    Eastport", "regions of" before "Vale and Eastport"; None when the name stands alone,
    when a word other than a name, a comma or "and" comes between, or when the word may make
    nations of the names ("the former Soviet states of X and Y")."""
    doc = span.doc
    i = span.end
    while i < len(doc) and i < span.end + 8 and (doc[i].lower_ in LIST_WORDS or doc[i].pos_ == "PROPN"):
        i += 1
    if i < len(doc) and doc[i].is_lower and doc[i].lower_ in LIST_DIVISIONS and doc[i].lower_.endswith("s"):
        return LIST_DIVISIONS[doc[i].lower_]  # "the Vale and Eastport regions"
    i = span.start - 1
    while i >= 0 and i > span.start - 8 and (doc[i].lower_ in LIST_WORDS or doc[i].pos_ == "PROPN"):
        i -= 1
    if i >= 1 and doc[i].lower_ == "of" and doc[i - 1].is_lower and doc[i - 1].lower_ in LIST_DIVISIONS:
        return LIST_DIVISIONS[doc[i - 1].lower_]  # "the regions of Vale and Eastport", "the region of X"
    return None


def _trim(span: Span) -> tuple[int, int]:
    """Character bounds without a leading "the" or a trailing possessive."""
    text = span.text
    lead = _LEADING_THE.match(text)
    start = span.start_char + (lead.end() if lead else 0)
    tail = _TRAILING_POSSESSIVE.search(text)
    end = span.end_char - (len(tail.group()) if tail and len(text) > 3 else 0)
    return start, end


def _drop_direction(text: str, start: int) -> tuple[str, int]:
    """ "eastern Ukraine" -> "Ukraine" when the whole phrase is no name itself."""
    first, _, rest = text.partition(" ")
    if first.casefold() in DIRECTIONS and rest:
        return rest, start + len(first) + 1
    return "", start


def _split_list(ent: Span) -> list[Span]:
    """ "Paris, Texas" tagged as one entity becomes two spans; others stay whole."""
    parts, begin = [], ent.start
    for tok in ent:
        if tok.text == "," and tok.i > begin:
            parts.append(ent.doc[begin : tok.i])
            begin = tok.i + 1
    if begin < ent.end:
        parts.append(ent.doc[begin : ent.end])
    return parts


def _drop_acronym_towns(text: str, matches: list[Match]) -> list[Match]:
    """An acronym ("UN", "EU") is a place only as a known short form (US, UK, NSW), never a town,
    nor a province whose own name it merely spells in capitals ("IMO 9160994", a ship's number,
    is not Nigeria's Imo State); a country may be ("IRAN" in a headline)."""
    if text.replace(".", "").isupper() and len(text) <= 6:
        return [m for m in matches if m.place.kind != "city"
                and (m.place.kind == "country" or fold(m.place.name) != fold(text))]
    return matches


def _definite_body(span: Span, matches: list[Match]) -> bool:
    """ "the Duma", "members of the Rada": one word after "the" that only towns are called
    (none named "The ...", as The Hague is) is an institution or a thing, not a town."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    return (
        len(span) == 1 and before is not None and before.lower_ == "the" and before.head == span.root  # not "the Glasgow area"
        and all(m.place.kind == "city" and not m.place.name.startswith("The ") for m in matches)
    )


def _numbered_part(span: Span) -> bool:
    """ "Annex I", "Protocol IV": a name with a Roman numeral after it, that the model did not
    take for a place, is a numbered part of a text (a number after a name may be its count:
    "Poland 2.1 million, Romania 600,000")."""
    after = span.doc[span.end] if span.end < len(span.doc) else None
    return after is not None and bool(ROMAN_NUMERAL.fullmatch(after.text))


def _body_of_members(span: Span) -> bool:
    """ "Duma members", "Rada deputies": a one-word name the model did not take for a place,
    modifying a word for the members of a body, names the body."""
    root = span.root
    return len(span) == 1 and root.dep_ == "compound" and root.head.lower_ in MEMBER_WORDS


def _after_proper_noun(span: Span) -> bool:
    """Whether a capitalised proper noun, not the first word of a sentence, comes right
    before the span, which then only ends a longer name."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is None or before.is_sent_start or (before.i > 0 and before.nbor(-1).is_punct):
        return False  # a capital that only opens a sentence or a quotation
    return before.pos_ == "PROPN" and _capitalised(before)


def _size(matches: list[Match]) -> int:
    """The population of the biggest candidate."""
    return max((m.place.population for m in matches), default=0)


def _capitalised(token) -> bool:
    return token.text[:1].isupper() and any(c.isalpha() for c in token.text)


def _name_like(span: Span) -> bool:
    """Capitalised at both ends; inside only capitalised words, hyphens or joiners."""
    if not (_capitalised(span[0]) and _capitalised(span[-1])):
        return False
    return all(_capitalised(t) or t.lower_ in NAME_JOINERS or t.text in (".", "'") for t in span)


def _drop_overlaps(mentions: list[Mention]) -> list[Mention]:
    """Keep NER mentions over scanned ones, and longer over shorter, without overlaps."""
    rank = {"ner": 0, "ner-other": 1, "scan": 2}
    kept: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (rank[m.source], -(m.end - m.start), m.start)):
        if all(m.end <= k.start or m.start >= k.end for k in kept):
            kept.append(m)
    return sorted(kept, key=lambda m: m.start)


def _mark_cues(doc: Doc, mentions: list[Mention]) -> None:
    """What the text around each mention says about its kind: "X, Y" pairs, lists, "the X"
    and "central X", local features."""
    _link_containers(text_of(doc), mentions)
    _link_siblings(text_of(doc), mentions)
    for m in mentions:
        m.areal = _definite_head(doc, m) or _after_compass(doc, m)
        m.divisional = _names_division(doc, m)
        m.feature = _names_feature(doc, m)


def _link_siblings(text: str, mentions: list[Mention]) -> None:
    """Mark neighbours joined by a comma, "and" or "or" as items of one list, unless one holds the other."""
    for x, y in zip(mentions, mentions[1:]):
        if x.container is None and _LIST_JOINER.fullmatch(text[x.end : y.start]):
            x.siblings.append(y)
            y.siblings.append(x)


def _names_feature(doc: Doc, mention: Mention) -> bool:
    """Whether the mention names or heads a local feature ("Market Square", "Elm Street",
    "Ashford Castle", "Rice University"): its last word, or the capitalised word after it,
    is a feature word."""
    words = fold(mention.text).split()
    if words and words[-1] in FEATURE_WORDS:
        return True
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    after = doc[span.end] if span is not None and span.end < len(doc) else None
    return after is not None and _capitalised(after) and after.lower_ in FEATURE_WORDS


def _same_sort(resolved: GazPlace | None, place: GazPlace) -> bool:
    """Whether a resolved list item is a division or country of the candidate's kind and country."""
    return (
        resolved is not None
        and resolved.kind in ("admin1", "country")
        and resolved.kind == place.kind
        and (resolved.kind == "country" or resolved.country == place.country)
    )


def _link_containers(text: str, mentions: list[Mention]) -> None:
    """Mark Y as X's container in "X, Y" or "X, a town in eastern Y" when Y can be a country,
    first-level division or county."""
    for w, x, y, z in zip([None, *mentions], mentions, mentions[1:], [*mentions[2:], None]):
        between = text[x.end : y.start]
        if any(c.place.kind == "country" for c in x.candidates):
            continue  # "Lebanon, Syria" lists countries: neither holds the other
        if re.match(r"\s+(?:and|or)\s", text[y.end :]):
            continue  # "Denver, Chicago and Dallas" is a list ending after Y
        in_list = (w is not None and text[w.end : x.start] == ", ") or (z is not None and text[y.end : z.start] == ", ")
        if in_list and any(c.place.kind == "admin1" for c in x.candidates):
            continue  # "Ohio, Utah, Texas and Iowa": divisions in a longer list, not a town in one
        if (between.strip() == "," or _APPOSED_SETTLEMENT.fullmatch(between)) and any(c.place.kind in ("country", "admin1", "admin2") for c in y.candidates):
            if any(_inside(c.place, y) for c in x.candidates):
                x.container, y.contained = y, x
