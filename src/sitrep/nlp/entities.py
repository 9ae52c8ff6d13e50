"""Entities per article: one entry per real-world referent, all its mentions merged.

spaCy's NER gives mentions; this component decides which mentions are the same person,
body or country and under which canonical name:

* persons cluster by surname (transliteration-tolerant), compatible first name and gender, so
  a headline's "Jon Smyth" and the body's "John Smyth" and a bare "Smyth" are one, while
  "Mrs Ella Lind" and "Mr Jonas Lind" stay two (a bare surname joins the latest fitting one),
  and so do two names joined by "and" ("President Lind and the first lady, Ella Lind");
  the canonical name is the full form that the article's prose uses most, without an honorific;
* titles come from the words just before a name ("U.S. Secretary of State") or an
  apposition after it ("..., the Kremlin spokesperson,"), using a lexicon of office words; a
  first name the NER left to the title ("Secretary Jan K. Novak") returns to the name, and
  a bare office later on ("the secretary") is a mention of the one person named with it;
* organisations merge by normalised name and acronym ("UN" / "United Nations");
* countries come from the places component, so "U.S." and "America" are one entity;
* known NER slips are corrected by general means: a mention the gazetteer resolves to a
  city is a place, not a person; a title-cased headline's extra capitals ("X Heads") are
  trimmed to names the body confirms; all-capital fragments are not people; a first name and
  surname typed ORG is a person when the body confirms the surname or a he/she follows; a
  dateline ("PRAGUE, Czech Republic —") names nobody; a capital that acts ("Berlin denied") is its country;
* third-person singular pronouns join the nearest preceding person of their gender (a light
  coreference): a person's gender comes from a gendered title ("spokeswoman", "king"), an
  honorific ("Mrs", "Mr"), the pronouns their own clauses bind ("Lind said she") or a pronoun
  already linked to them, so "she" skips a man; the subject pronoun of a complement clause is
  first the governing verb's subject ("Lind told Berg that he ..." is Lind), else the last subject
  of a fitting gender in the sentence or the one before, when that is a person.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import jellyfish
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from sitrep.facts import Entity, Place
from sitrep.nlp.countries import capitals, code_of, code_of_word, country_of_demonym, government_of, is_capital, issuer_of, name_of, organ_countries
from sitrep.nlp.doctext import text_of
from sitrep.nlp.furniture import EMBED_LABELS
from sitrep.nlp.offsets import kept_index
from sitrep.nlp.times.words import MONTHS
from sitrep.spans import headline_lines

PERSON_PRONOUNS = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f"}
DEGREES = frozenset({"dr", "prof"})  # "Dr. X": an academic's courtesy, no office and no gender
HONORIFICS = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "sir": "m", "dame": "f", "madam": "f"}
TITLE_ENTITY_TYPES = ("GPE", "NORP", "ORG", "LOC")  # "U.S.", "NATO" may begin a title
TIME_ZONES = {"gmt", "bst", "utc", "cet", "cest", "eet", "eest", "msk", "est", "edt", "cst", "cdt", "pst", "pdt"}  # a live blog's clock, no body
TITLE_MODIFIERS = {"first", "former", "acting", "interim", "foreign", "defence", "defense", "interior", "finance", "state", "general", "of"}
# The fields of ministries that end an office written out ("Minister of Foreign Affairs", "Secretary
# of Home Security"): the NER often takes the last of them into the holder's name.
PORTFOLIOS = {"affairs", "defence", "defense", "interior", "finance", "justice", "health", "economy", "energy", "trade",
              "culture", "education", "agriculture", "transport", "environment", "labour", "labor", "security",
              "development", "infrastructure", "industry", "communications", "treasury"}
NAME_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
SURNAME_SIMILARITY = 0.92
FIRSTNAME_SIMILARITY = 0.85
STRAY_HYPHEN = re.compile(r"(?<=\w) -(?=\w)|(?<=\w)- (?=\w)")  # "Ana -Maria": a hyphen with a space on one side only
GLUED = re.compile(r"(?<=[a-z]{3})[A-Z][a-z]+$")  # "LindJon": a live blog's byline run into the word before it (not "McConnell", "MacDonald")
PRONOUN_REACH = 3  # sentences back to look for a pronoun's antecedent
PAST_OFFICE = frozenset({"former", "ex", "then", "late"})  # an office once held (folded, plural "s" dropped)
DEPUTY_OFFICE = frozenset({"deputy", "vice"})  # a second to the office the rest of the title names
HEAD_OFFICES = frozenset({"president", "premier", "king", "queen", "emir", "prime"})  # a country's "leader" ("prime" of prime minister)
DOUBLE_QUOTES = frozenset({'"', "“", "”", "„", "«", "»", "``", "''"})  # quotes.marks' double family (that package builds on this one)
ORG_STOPWORDS = {"of", "the", "and", "for", "on", "in", "de"}
# Head words of organisation names: a capitalised phrase holding one is not a person's name.
ORG_HEADS = {"agency", "alliance", "army", "assembly", "association", "bank", "bureau", "commission", "committee",
             "company", "council", "court", "department", "force", "forces", "foundation", "fund", "group", "guard",
             "institute", "league", "ministry", "news", "office", "organization", "organisation", "parliament",
             "party", "police", "service", "times", "union", "university", "watch", "network", "corporation",
             "media", "post", "press", "journal", "center", "centre", "campaign", "federation", "board", "command",
             "brigade", "battalion", "regiment", "navy", "house", "nations", "reserve", "research", "institution"}


# A dateline opening a paragraph: "PRAGUE, Czech Republic —", "BERLIN (AP) -", "ROME, May 4 (AP) —". Its
# words place the story; they are nobody's name and nobody's speech.
CAPITALS = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())  # "ÉVORA", "ŁĘCZNA": Latin capitals, accents and all
DATELINE = re.compile(
    rf"^[ \t]*[{CAPITALS}][{CAPITALS}.'’-]{{2,}}(?: [{CAPITALS}][{CAPITALS}.'’-]+){{0,3}}(?:, [A-Z0-9][\w.'’-]*(?: [A-Z0-9][\w.'’-]*){{0,2}}){{0,2}}"
    r"(?: \([^()\n]{1,40}\))?[ \t]*(?:[—–]|--?)[ \t]",
    re.MULTILINE,
)


def dateline_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the datelines that open paragraphs ("GORIS, 3 March (Armenpress) –")."""
    return [(m.start(), m.end()) for m in DATELINE.finditer(text)]


def in_dateline(token: Token) -> bool:
    """A token of a paragraph's dateline ("PRAGUE, Czech Republic —"): where the reporter files
    from, never a speaker or a party. The spans are found once per doc."""
    doc = token.doc
    if "sitrep_datelines" not in doc.user_data:
        doc.user_data["sitrep_datelines"] = dateline_spans(text_of(doc))
    return any(start <= token.idx < end for start, end in doc.user_data["sitrep_datelines"])


def _load_titles() -> dict[str, str | None]:
    """Each title word with the gender it names ("queen (f)"), None for most."""
    text = resources.files("sitrep.nlp.data").joinpath("titles.txt").read_text()
    titles: dict[str, str | None] = {}
    for line in text.splitlines():
        match = re.fullmatch(r"\s*([^#(]+?)\s*(?:\((m|f)\))?\s*", line)
        if match:
            titles[match.group(1)] = match.group(2)
    return titles


TITLE_GENDERS = _load_titles()
TITLE_WORDS = frozenset(TITLE_GENDERS)
TITLE_LEADS = frozenset(t.split()[0] for t in TITLE_WORDS if " " in t)  # "prime" of "prime minister"


_POSSESSIVE = re.compile(r"['’]s$")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower case without diacritics or a possessive: the key names are compared on. Cached:
    fusion folds the same names of known people and bodies for every new name it matches."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return _POSSESSIVE.sub("", text).strip()


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", fold(name)).strip("_") or "entity"


@dataclass
class _Cluster:
    type: str
    names: Counter = field(default_factory=Counter)
    mentions: list[tuple[int, int]] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    country: str | None = None
    gender: str | None = None  # "m" or "f" once a title, an honorific or a pronoun tells

    def add(self, start: int, end: int, name: str, weight: float = 1.0) -> None:
        self.mentions.append((start, end))
        self.names[name] += weight


class EntityMerger:
    """``sitrep_entities``: merge NER mentions, titles and pronouns into ``doc._.entities``."""

    def __init__(self, nlp: Language, name: str = "sitrep_entities", resolve_pronouns: bool = True):
        self.name = name
        self.resolve_pronouns = resolve_pronouns

    def __call__(self, doc: Doc) -> Doc:
        places = doc._.places or []
        headlines = headline_lines(text_of(doc))
        prose_lines = _prose_lines(text_of(doc))
        persons: list[_Cluster] = []
        orgs: dict[str, _Cluster] = {}
        datelines = dateline_spans(text_of(doc))
        person_spans = self._person_mentions(doc, places, headlines)
        for span in person_spans:
            if _in_lines(span.start_char, datelines):
                continue  # "PRAGUE, Czech Republic —" names nobody
            self._add_person(persons, span, places, in_prose=_in_lines(span.start_char, prose_lines))
        taken = {i for span in person_spans for i in range(span.start, span.end)}
        for span in _ents(doc):
            if span.label_ == "ORG" and not _overlaps_place(span, places) and span.start not in taken:
                if _in_lines(span.start_char, headlines + datelines) or fold(span.text) in TITLE_MODIFIERS | TIME_ZONES:
                    continue  # headline capitals, a dateline's words; "State" of "Secretary of State"; "14.18 BST"
                self._add_org(orgs, span, persons, places)
        _link_titles(doc, persons, places)
        _organs_by_context(doc, orgs, persons, places)
        if self.resolve_pronouns:
            self._link_pronouns(doc, persons)
        countries = self._countries(places)
        _capitals_as_governments(doc, places, countries, datelines)
        doc._.entities = [
            _entity(c, "person") for c in persons
        ] + [_entity(c, "organisation") for c in orgs.values()] + [_entity(c, "country") for c in countries.values()]
        _unique_ids(doc._.entities)
        return doc

    # -- persons ----------------------------------------------------------------------

    def _person_mentions(self, doc: Doc, places: list[Place], headlines: list[tuple[int, int]]) -> list[Span]:
        """PERSON ents after general corrections, plus other ents that are surnames of persons."""
        body_tokens = {
            fold(t.text)
            for ent in _ents(doc)
            if ent.label_ == "PERSON" and not _in_lines(ent.start_char, headlines)
            for t in ent
        }
        spans: list[Span] = []
        for ent in _ents(doc):
            if _overlaps_place(ent, places, kinds=("city", "admin1", "admin2", "region", "water", "country")):
                continue
            if ent.label_ == "PERSON":
                if all(t.text.isupper() for t in ent if t.is_alpha):
                    continue  # "RL" of "RFE/RL": initials, not a name
                if _in_lines(ent.start_char, headlines) and not is_byline(ent):
                    ent = _trim_to_known(ent, body_tokens)
                    if ent is None:
                        continue
                spans.append(_with_month_first_name(_with_first_name(_without_title(_without_embed_label(ent)))))
            elif ent.label_ in ("GPE", "ORG", "NORP") and len(ent) == 1 and fold(ent.text) in body_tokens:
                spans.append(ent)  # "Smyth will make a stop ..." tagged GPE, "Mirzoyan met ..." NORP
            elif ent.label_ == "ORG" and (_titled_name(ent) or _org_reads_as_person(ent, body_tokens)):
                spans.append(Span(doc, ent.start, ent.end, label="PERSON"))  # "first lady X Y" tagged ORG
        taken = {i for span in spans for i in range(span.start, span.end)}
        spans.extend(s for s in _after_office_country(doc, places) if s.start not in taken)
        spans.extend(_untagged_surnames(doc, spans, headlines))
        return sorted(spans, key=lambda s: s.start)

    def _add_person(self, persons: list[_Cluster], span: Span, places: list[Place], in_prose: bool) -> None:
        name = _person_name(span)
        if name is None:
            return
        words = _name_words(name)
        title_span = _title_before(span) or _title_apposition(span)
        title = title_span.text.strip() if title_span is not None else None  # a byline's title ends its line
        gender = _gender_of(span, title)
        others = [c for c in persons if not _coordinated(span, c)]
        cluster = _find_person(others, words[-1], words[0] if len(words) > 1 else None, gender, title)
        if cluster is None:
            cluster = _Cluster("person")
            persons.append(cluster)
        weight = (2.0 if in_prose else 1.0) if len(words) > 1 else 0.1
        cluster.add(span.start_char, span.end_char, name, weight)
        if title and title not in cluster.titles:
            cluster.titles.append(title)
        cluster.gender = cluster.gender or gender
        if title_span is not None:
            cluster.country = cluster.country or _title_country(title_span, places) or _country_after(span, places)

    # -- organisations ----------------------------------------------------------------

    def _add_org(self, orgs: dict[str, _Cluster], span: Span, persons: list[_Cluster], places: list[Place]) -> None:
        start = span.start + (1 if span[0].lower_ == "the" else 0)
        if start >= span.end:
            return
        name = re.sub(r"['’]s$", "", span.doc[start:span.end].text).strip()
        if not name or any(fold(name) in (fold(n) for n in p.names) for p in persons):
            return
        key = fold(name)
        if key not in orgs:
            acronym_of = next((k for k, c in orgs.items() if _is_acronym(name, k) or _is_acronym(_best(c), key)), None)
            if acronym_of:
                key = acronym_of
            else:
                orgs[key] = _Cluster("organisation")
        cluster = orgs[key]
        cluster.add(span.doc[start].idx, span.end_char, name, 0.5 if name.isupper() and len(name) <= 3 else 1.0)
        cluster.country = cluster.country or _name_country(span.doc[start:span.end], places)

    # -- pronouns and countries -------------------------------------------------------

    def _link_pronouns(self, doc: Doc, persons: list[_Cluster]) -> None:
        """Each he/she joins the person who governs its clause ("X said he ..."), else (a subject "he"
        or "she") the last person of a fitting gender who is a subject in its sentence or the one
        before ("X points out. ... he asks": X, though a man is named inside the quote; so does a
        possessive, "X toured Y on his first visit": X's; not for an object "her" or "him", which
        its own clause's subject cannot be), else the person of
        its gender mentioned last within a few sentences before it, else the last one of unknown
        gender, who takes the pronoun's (so a later pronoun of the other gender skips them).
        Genders the clause structure tells are settled first, so that a guess in a headline ("X
        demands Y resign for criticizing him") cannot give Y the wrong one for the whole article."""
        owner = sorted((m[0], i) for i, c in enumerate(persons) for m in c.mentions)
        if not owner:
            return
        _bound_genders(doc, persons)
        sentence_starts = [s.start_char for s in doc.sents]
        marks = [t.i for t in doc if t.text in DOUBLE_QUOTES]  # where quotations open and close
        for token in doc:
            gender = PERSON_PRONOUNS.get(token.lower_)
            if gender is None or token.pos_ != "PRON":
                continue
            reach = [
                (start, i) for start, i in owner
                if start < token.idx and sum(1 for s in sentence_starts if start < s <= token.idx) <= PRONOUN_REACH
            ]
            known = [i for _, i in reach if persons[i].gender == gender]
            unknown = [i for _, i in reach if persons[i].gender is None]
            bound = _binder(token, persons)
            near = _near_owner(token, persons) if token.tag_ == "PRP$" else None
            if near is not None and persons[near].gender in (gender, None):
                bound = near
            if (bound is None or persons[bound].gender not in (gender, None)) and (token.lower_ in ("he", "she") or token.tag_ == "PRP$"):
                bound = _recent_subject(doc, token, [(s, i) for s, i in reach if persons[i].gender in (gender, None)], marks)
            if bound is not None:
                known = [bound]
            if known or unknown:
                antecedent = persons[(known or unknown)[-1]]
                antecedent.gender = gender
                antecedent.mentions.append((token.idx, token.idx + len(token.text)))

    @staticmethod
    def _countries(places: list[Place]) -> dict[str, _Cluster]:
        countries: dict[str, _Cluster] = {}
        for place in places:
            if place.kind == "country":
                cluster = countries.setdefault(place.name, _Cluster("country", country=place.country))
                cluster.add(place.start, place.end, place.name)
        return countries

    def to_disk(self, path, exclude=()) -> None:  # stateless: nothing to save
        pass

    def from_disk(self, path, exclude=()) -> EntityMerger:
        return self


@Language.factory("sitrep_entities", default_config={"resolve_pronouns": True})
def make_entity_merger(nlp, name, resolve_pronouns):  # untyped: spaCy validates real annotations
    return EntityMerger(nlp, name, resolve_pronouns)


# -- helpers ------------------------------------------------------------------------------


def _ents(doc: Doc) -> list[Span]:
    """NER spans without the white space the model sometimes takes in (a blanked marker), split
    at a "with" the model took in between two names ("the meeting of X with Y"), and without
    the surname of a live blog's byline run into the text ("LindJon Dale Piet Moro")."""
    spans = []
    for ent in doc.ents:
        start, end = ent.start, ent.end
        while start < end and doc[start].is_space:
            start += 1
        while end > start and doc[end - 1].is_space:
            end -= 1
        if end - start >= 3 and start > 0 and GLUED.search(doc[start - 1].text):
            start += 1  # "... LindJon Dale Piet Moro appeared": the byline's surname, run into the name after it
        joints = [t.i for t in doc[start:end] if t.lower_ == "with" and start < t.i < end - 1]  # "the meeting of X with Y": two names
        for left, right in zip([start, *(j + 1 for j in joints)], [*joints, end]):
            if left < right:
                spans.append(Span(doc, left, right, label=ent.label_))
    return spans


def _link_titles(doc: Doc, persons: list[_Cluster], places: list[Place]) -> None:
    """A bare office later in the article ("the secretary", "the Polish president") joins the one
    person named before it whose title fits it ("the secretary" ~ "Secretary of State"); with two
    such holders, or none, it stays unlinked."""
    taken = [m for c in persons for m in c.mentions]
    for token in doc:
        phrase = _bare_title(token)
        if phrase is None or any(s < phrase.end_char and phrase.start_char < e for s, e in taken):
            continue
        words = [t.text for t in phrase[1:] if t.i != token.i] + [token.text]  # the office word last
        country = _title_country(phrase, places) or _country_after(phrase, places)  # "the leader of Norland"
        holders = [
            c for c in persons
            if min(s for s, _ in c.mentions) < phrase.start_char and any(title_fits(words, title) for title in c.titles)
            and (country is None or c.country in (None, country))  # "the US president" is not the French one
            and not held_elsewhere(token, c.titles, places)
        ]
        if not holders and _held_before(words, persons, phrase):
            holders = _untitled_subject(doc, token, persons)  # "former president X ... Y earned ... The president came": Y
        if len(holders) == 1:
            holders[0].mentions.append((phrase.start_char, phrase.end_char))
    for token in doc:  # "the politician will talk": the person the sentence before is about
        if token.lower_ in PERSON_NOUNS and token.dep_ in ("nsubj", "nsubjpass") and any(c.lower_ == "the" for c in token.children):
            found = _untitled_subject(doc, token, persons, untitled=False)
            if len(found) == 1:
                found[0].mentions.append((token.idx, token.idx + len(token.text)))


PERSON_NOUNS = frozenset({"politician", "statesman", "stateswoman", "lawmaker", "legislator"})  # a person, no office of their own


def _held_before(words: list[str], persons: list[_Cluster], phrase: Span) -> bool:
    """Whether a person named before a bare office ("the president") once held it ("former
    president X"): the office's holder now is someone else, and none is titled so."""
    return any(min(s for s, _ in c.mentions) < phrase.start_char and any(title_fits([PAST_OFFICE_WORD, *words], t) for t in c.titles) for c in persons)


PAST_OFFICE_WORD = "former"


def _untitled_subject(doc: Doc, token: Token, persons: list[_Cluster], untitled: bool = True) -> list[_Cluster]:
    """The one person who is a clause's subject in the sentence before ``token``'s (with
    ``untitled``, one who holds no title told in the article): whom "the president" or "the
    politician" picks up there; none if no one or two are."""
    sentence = token.sent
    if sentence.start == 0:
        return []
    before = doc[sentence.start - 1].sent
    found: list[_Cluster] = []
    for cluster in persons:
        if untitled and cluster.titles:
            continue
        for start, end in cluster.mentions:
            if not before.start_char <= start < before.end_char:
                continue
            span = doc.char_span(start, end, alignment_mode="expand")
            head = span.root if span is not None and len(span) else None
            if head is not None and head.dep_ == "pobj" and head.head.lower_ == "of" and _is_title_word(head.head.head):
                head = head.head.head  # "the President of Armenia Ana Lind will ...": named in the subject's office
            if head is not None and head.dep_ == "appos":
                head = head.head  # "the president, X, said"
            if head is not None and head.dep_ in ("nsubj", "nsubjpass") and cluster not in found:
                found.append(cluster)
    return found


def held_elsewhere(office: Token, titles: list[str], places: list[Place]) -> bool:
    """ "the governor of the Lori region, X, ... a city in the Gegharkunik region ..., according
    to the governor of the region": an office "of the region" (or city, province ...) is the
    one of the place of that kind last named before it in its sentence; a holder whose titles
    name other places holds the office somewhere else."""
    of = next((g for c in office.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"), None)
    if of is None or of.pos_ == "PROPN" or not any(c.lower_ in ("the", "this", "that") for c in of.children):
        return False
    kind = "city" if of.lower_ in ("city", "town", "village") else "admin1"
    named = [p for p in places if office.sent.start_char <= p.start < office.idx and (of.lower_ in p.text.lower() or p.kind == kind)]
    held = {w for t in titles for w in t.split()[1:] if w[:1].isupper()}
    return bool(named) and bool(held) and not held & set(named[-1].text.split())


def title_fits(words: list[str], title: str) -> bool:
    """Whether an office phrase's words ("Czech", "president"; the office word last) can name the
    holder of ``title``: the title has the office word, and they do not each add a word the other
    lacks ("the Czech president" does not fit "Polish President"; "the president" and "the
    Polish president" fit "President"). A country's "leader" is whoever holds its top office.
    A deputy's office is not the one it seconds: "the vice-prime minister" is no "Prime
    Minister", nor "the prime minister" a "Deputy Prime Minister"; "vice" and "deputy" agree."""
    phrase = {w.rstrip("s") for word in words for w in fold(word).replace("-", " ").split()}  # "vice-prime": two words
    held = {w.rstrip("s") for w in fold(title).replace("-", " ").split()}
    if words and fold(words[-1]) == "leader" and (office := _leader_as_office(held)) is not None:
        phrase, words = (phrase - {"leader"}) | {office}, [*words[:-1], office]
        if not (phrase <= held and held - {office, "minister"} <= phrase):
            return False  # "the Democratic leader" is no "President", "the Armenian leader" no federation's
    if not words or fold(words[-1]).rstrip("s") not in held or bool(phrase & PAST_OFFICE) != bool(held & PAST_OFFICE):
        return False  # "the former president" is not the president in office, nor "the president" a former one
    if bool(phrase & DEPUTY_OFFICE) != bool(held & DEPUTY_OFFICE):
        return False  # a deputy is not the holder of the office seconded, nor the holder a deputy
    phrase, held = _as_deputy(phrase), _as_deputy(held)
    return phrase <= held or held <= phrase


def _as_deputy(words: set[str]) -> set[str]:
    """A title's words with "vice" read as "deputy": the two name one rank."""
    return {"deputy" if w in DEPUTY_OFFICE else w for w in words}


def _leader_as_office(held: set[str]) -> str | None:
    """The one top office a title holds, which "the Armenian leader" may name ("Armenian Prime
    Minister"); not a deputy's ("Vice President")."""
    heads = held & HEAD_OFFICES
    return next(iter(heads)) if len(heads) == 1 and not held & {"vice", "deputy"} else None


def _bare_title(head: Token) -> Span | None:
    """ "the [Polish] president [of state]" as a phrase of its own: a singular office word led by
    "the", with only adjectives or names between, neither before a name nor in apposition to one."""
    if not (_is_title_word(head) and head.tag_ in ("NN", "NNP") and head.dep_ not in ("compound", "appos")):
        return None
    if any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in head.children):
        return None  # "the Finnish president, X,": the office names its holder, whatever label X got
    following = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
    if following is not None and following.ent_type_ == "PERSON":
        return None
    doc, start = head.doc, head.i
    while start > head.sent.start and doc[start - 1].pos_ in ("ADJ", "PROPN", "NOUN") and doc[start - 1].is_alpha:
        start -= 1
    if start == head.sent.start or doc[start - 1].lower_ != "the":
        return None
    end = head.i + 1
    if end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].lower_ in TITLE_MODIFIERS:
        end += 2  # "the secretary of state", "the minister of defence"
    return doc[start - 1:end]


def _bound_genders(doc: Doc, persons: list[_Cluster]) -> None:
    """Give a person of unknown gender the gender of the pronouns their own clauses bind ("Lind
    said she ..."), by majority."""
    votes: defaultdict[int, Counter] = defaultdict(Counter)
    for token in doc:
        gender = PERSON_PRONOUNS.get(token.lower_)
        bound = _binder(token, persons) if gender and token.pos_ == "PRON" else None
        if bound is not None:
            votes[bound][gender] += 1
    for i, counts in votes.items():
        persons[i].gender = persons[i].gender or counts.most_common(1)[0][0]


def _recent_subject(doc: Doc, pronoun: Token, candidates: list[tuple[int, int]], marks: list[int]) -> int | None:
    """The last of the (mention start, person) candidates that is a clause's subject (or named
    beside one: "the president, X, said"), in the pronoun's sentence before it or in the sentence
    before: the centre of attention there. A person named inside a quotation that closes before
    the pronoun is the quoted speaker's subject, not the one the pronoun speaks of (""We backed
    the talks X tried," she said"); ``marks`` are the token indices of double quotation marks."""
    sentence = _quote_opening(doc, pronoun, marks).sent  # "'A. B,' he said": where the quote began
    since = doc[sentence.start - 1].sent.start_char if sentence.start > 0 else sentence.start_char
    for start, i in reversed(candidates):
        if start < since:
            break
        span = doc.char_span(start, start + 1, alignment_mode="expand")
        token = span[0] if span is not None and len(span) else None
        while token is not None and token.dep_ == "compound":
            token = token.head
        if token is None or token.i >= pronoun.i or _quoted_before(token, pronoun, marks):
            continue
        if token.dep_ in ("nsubj", "nsubjpass") or (token.dep_ == "appos" and token.head.dep_ in ("nsubj", "nsubjpass")):
            return i
    return None


def _quote_opening(doc: Doc, pronoun: Token, marks: list[int]) -> Token:
    """The opening mark of a quotation that closes in the pronoun's sentence before it (""A. B,"
    he said"), whose first sentences the parser splits off; else the pronoun itself."""
    before = bisect_left(marks, pronoun.i)
    closing = before >= 2 and before % 2 == 0 and marks[before - 1] >= pronoun.sent.start
    return doc[marks[before - 2]] if closing else pronoun


def _quoted_before(token: Token, pronoun: Token, marks: list[int]) -> bool:
    """Whether a quotation holding ``token`` closes before ``pronoun``: an odd number of double
    quotation marks lies between them."""
    return (bisect_left(marks, pronoun.i) - bisect_right(marks, token.i)) % 2 == 1


def _capitals_as_governments(
    doc: Doc, places: list[Place], countries: dict[str, _Cluster], datelines: list[tuple[int, int]]
) -> None:
    """A capital that acts ("Berlin denied ...", "efforts by Rome") stands for its country's
    government: the mention joins the country, as the guide has it. Datelines only place."""
    for place in places:
        if not is_capital(place) or _in_lines(place.start, datelines):
            continue
        span = doc.char_span(place.start, place.end, alignment_mode="expand")
        if span is None or not _acts(span.root):
            continue
        key = next((k for k, c in countries.items() if c.country == place.country), name_of(place.country))
        countries.setdefault(key, _Cluster("country", country=place.country)).add(place.start, place.end, key)


def _acts(token: Token) -> bool:
    """A word in an actor's place: a subject or the agent after "by". Not a possessor, which is as
    often the city itself ("Rome's streets") as its government."""
    return token.dep_ in ("nsubj", "nsubjpass") or token.dep_ == "pobj" and token.head.lower_ == "by"


def _near_owner(pronoun: Token, persons: list[_Cluster]) -> int | None:
    """The person a possessive pronoun's own phrase names as the one it speaks of: the possessor
    of a noun the pronoun is inside ("X's options during his trip": X's trip), or the person a
    verb thanks, praises or blames "for" something ("Y thanked X for his visit": X's visit, not
    the thanker's)."""
    current = pronoun.head
    while current.head != current:
        if current.pos_ in ("NOUN", "PROPN"):
            owner = next((c for c in current.children if c.dep_ == "poss" and c.i < pronoun.i and c.pos_ == "PROPN"), None)
            found = _person_at(owner, persons) if owner is not None else None
            if found is not None:
                return found
        if current.dep_ == "prep" and current.lower_ == "for" and current.head.pos_ == "VERB":
            thing = next((c for c in current.head.children if c.dep_ == "dobj" and c.i < pronoun.i), None)
            return _person_at(thing, persons) if thing is not None else None
        current = current.head
    return None


def _person_at(token: Token, persons: list[_Cluster]) -> int | None:
    """The person one of whose mentions holds the token, if any."""
    return next((i for i, c in enumerate(persons) for start, end in c.mentions if start <= token.idx < end), None)


def _binder(pronoun: Token, persons: list[_Cluster]) -> int | None:
    """The person a subject pronoun of a complement clause most likely is: the subject of the
    verb that governs the clause ("Obama said he ...", "Kelly believes she ..."), if a person."""
    clause = pronoun.head
    if pronoun.dep_ != "nsubj" or clause.dep_ != "ccomp":
        return None
    subject = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    return next(
        (i for i, c in enumerate(persons) for start, end in c.mentions if start <= subject.idx < end), None
    )


BYLINE_TITLE_WORDS = 8  # "Minister of Foreign Affairs of the Republic of Norland"


def is_byline(name: Span) -> bool:
    """"Ana Lind, Minister of Foreign Affairs" on a line of its own: a statement's author and
    title, not a headline's name (a headline names people the story tells of, and is trimmed to
    the names its body repeats; a statement's author speaks in it only as "I"). The rest of the
    line is a title and nothing more: no verb ("X, left, meets Y", "X Slams Y, Says Z"), no age
    ("X, 54, dies"), not empty (a letter's "X,")."""
    text = text_of(name.doc)
    line_start = text.rfind("\n", 0, name.start_char) + 1
    line_end = text.find("\n", name.end_char)
    line_end = len(text) if line_end < 0 else line_end
    if text[line_start:name.start_char].strip() or not text[name.end_char:line_end].startswith(","):
        return False
    rest = name.doc.char_span(name.end_char + 1, line_end, alignment_mode="contract")
    words = [t for t in rest if not t.is_space] if rest is not None else []
    if not words or len(words) > BYLINE_TITLE_WORDS or any(t.pos_ in ("VERB", "AUX") or t.like_num for t in words):
        return False
    first = words[0].lower_
    return first in TITLE_WORDS or first in TITLE_LEADS or first in TITLE_MODIFIERS - {"of"}


SPEAKER_LABEL = re.compile(r"^[ \t]*[A-Z][A-Z .'’-]{2,}:", re.MULTILINE)  # "PRIME MINISTER LIND:" opens a transcript's turn


def issuers_voice(token: Token) -> str | None:
    """The country a government's own text speaks for, when ``token`` ("we", "I") is that text's
    voice: not inside a quote, nor after a transcript's speaker label ("PRIME MINISTER LIND:
    Today we are sending ...": a guest's "we" is not the host's); None otherwise."""
    doc = token.doc
    code = issuer_of(doc._.outlet)
    if code is None or token.lower_ not in ("we", "i") or any(q.start <= token.idx < q.end for q in doc._.quotes or []):
        return None
    return None if SPEAKER_LABEL.search(text_of(doc), 0, token.idx) else code  # whose turn it is, a label cannot say


def _untagged_surnames(doc: Doc, spans: list[Span], headlines: list[tuple[int, int]]) -> list[Span]:
    """Bare surnames of named people the NER left untagged ("..., Lind adds."): a lone capitalised
    proper noun outside any entity that is the last word of a full name found in the body."""
    surnames = {fold(s[-1].text) for s in spans if len(s) > 1 and not _in_lines(s.start_char, headlines)}
    found = []
    for token in doc:
        if token.ent_type_ or token.pos_ != "PROPN" or not token.is_title or fold(token.text) not in surnames:
            continue
        neighbours = [doc[i] for i in (token.i - 1, token.i + 1) if 0 <= i < len(doc)]
        if not any(n.pos_ == "PROPN" and n.is_title for n in neighbours) and not _in_lines(token.idx, headlines):
            found.append(Span(doc, token.i, token.i + 1, label="PERSON"))
    return found


def _after_office_country(doc: Doc, places: list[Place]) -> list[Span]:
    """ "the President of Armenia Ana Lind", "the prime minister of Georgia Jon Vale": a name run
    on after an office's country (the word order of translated reports), which the NER reads as
    part of an organisation or not at all; two or three name-shaped proper nouns right after a
    country that follows an office word's "of"."""
    found = []
    for place in (p for p in places if p.kind == "country"):
        country = doc.char_span(place.start, place.end, alignment_mode="expand")
        if country is None or country.start < 2 or doc[country.start - 1].lower_ != "of" or not _is_title_word(doc[country.start - 2]):
            continue
        end = country.end
        while end < len(doc) and end - country.end < 3 and _name_word_shape(doc[end]) and doc[end].pos_ == "PROPN" and doc[end].ent_type_ != "GPE":
            end += 1
        if end - country.end >= 2:
            found.append(Span(doc, country.end, end, label="PERSON"))
    return found


def _org_reads_as_person(ent: Span, person_words: set[str]) -> bool:
    """An ORG that is a first name and surname the NER mistyped ("Ella Lind said ..."): two or
    three proper nouns of a name's shape, and the surname is a person's elsewhere in the article,
    or an honorific stands before it, or an office stands in apposition to it, or the next
    he/she, before any other name, refers back to it."""
    if not 2 <= len(ent) <= 3 or not all(_name_word_shape(t) and t.pos_ == "PROPN" for t in ent):
        return False
    doc = ent.doc
    honorific = ent.start > 0 and _honorific(doc[ent.start - 1]) is not None
    root = ent.root
    office = (root.dep_ == "appos" and _is_title_word(root.head)) or any(c.dep_ == "appos" and _is_title_word(c) for c in root.children)
    return fold(ent[-1].text) in person_words or honorific or office or _pronoun_follows(ent)  # office: "the Indonesian president, X Y,"


def _name_word_shape(token: Token) -> bool:
    """Capitalised, alphabetic and no office, modifier or organisation word."""
    return (
        token.is_alpha and token.is_title and not _is_title_word(token) and token.lower_ not in TITLE_MODIFIERS
        and token.lower_ not in ORG_HEADS and token.lower_ not in ORG_STOPWORDS
    )


def _pronoun_follows(ent: Span) -> bool:
    """The ent is a clause's subject and the first he/she after it, within its sentence or the
    next, comes before any other name: "X said on Monday ... He added ..."."""
    if ent.root.dep_ not in ("nsubj", "nsubjpass"):
        return False
    sentence = ent.sent
    end = sentence.end if sentence.end >= len(ent.doc) else ent.doc[sentence.end].sent.end
    for token in ent.doc[ent.end:end]:
        if token.ent_type_ in ("PERSON", "ORG"):
            return False
        if token.lower_ in ("he", "she") and token.pos_ == "PRON":
            return True
    return False


def _without_embed_label(ent: Span) -> Span:
    """A PERSON span the NER began at the label of an embedded map, graphic or video that the
    scraped text keeps where the item stood ("... a very good deal. Map Lind hailed it"): the
    label opens the sentence and is no first name, so the name starts after it."""
    if len(ent) < 2 or ent[0].lower_ not in EMBED_LABELS or ent.start != ent.sent.start:
        return ent
    return Span(ent.doc, ent.start + 1, ent.end, label="PERSON")


def _without_title(ent: Span) -> Span:
    """A PERSON span the NER began at the office word ("Counselor Derek Chollet", "First Lady
    Jill Biden"): the name starts after it, and the office is its title."""
    doc, start = ent.doc, ent.start
    while start < ent.end - 1 and (
        _is_title_word(doc[start]) or (doc[start].lower_ in TITLE_MODIFIERS - {"of"} and _is_title_word(doc[start + 1]))
        or _ends_office(doc[start])
    ):
        start += 1
    if start == ent.start or not _name_word_shape(doc[start]):
        return ent
    return Span(doc, start, ent.end, label="PERSON")


def _ends_office(token: Token) -> bool:
    """"Minister of Foreign Affairs Tomas Berg": a ministry's field right after "of" or after
    another office word ends the office, not begins the name."""
    if token.lower_ not in PORTFOLIOS or token.i == 0:
        return False
    before = token.doc[token.i - 1]
    return before.lower_ == "of" or before.lower_ in TITLE_MODIFIERS or before.lower_ in PORTFOLIOS


def _with_first_name(ent: Span) -> Span:
    """A PERSON span the NER began too late, leaving the first name to the title before it:
    "Secretary of State Peter J. Holm" tagged "J. Holm" grows back to "Peter J. Holm".
    It takes one capitalised word that is no office word, when the span starts with an initial or
    an office word stands right before that word."""
    doc = ent.doc
    if ent.start < 2:
        return ent
    first, before = doc[ent.start - 1], doc[ent.start - 2]
    if not (_name_word(first) and first.whitespace_ and "\n" not in before.whitespace_) or _ends_office(first):
        return ent
    initial = re.fullmatch(r"[A-Z]\.", ent[0].text) is not None
    if initial or _is_title_word(before) or before.lower_ in TITLE_MODIFIERS - {"of"} or _ends_office(before):
        return Span(doc, ent.start - 1, ent.end, label="PERSON")
    return ent


def _with_month_first_name(ent: Span) -> Span:
    """A PERSON span the NER began after a first name that is also a month ("August Holm",
    "June Vale"), the month tagged a date: the month grows back into the name when nothing
    before it makes it a time (no preposition or subordinator, article, number or adjective
    such as "in", "since", "last", "early", and no date it ends, as in "between May and August":
    "In August Holm said", "Since March Holm has led" keep their month), and the name follows
    it with no comma or line break between."""
    doc = ent.doc
    if ent.start < 1 or doc[ent.start - 1].lower_ not in MONTHS or not doc[ent.start - 1].is_title:
        return ent
    month = doc[ent.start - 1]
    before = doc[month.i - 1] if month.i > 0 else None
    if "\n" in month.whitespace_ or not month.whitespace_:
        return ent
    if before is not None and "\n" not in before.whitespace_ and (before.pos_ in ("ADP", "DET", "NUM", "ADJ") or before.tag_ == "IN" or before.ent_type_ == "DATE" or before.like_num):
        return ent
    return Span(doc, month.i, ent.end, label="PERSON")


def _name_word(token: Token) -> bool:
    """A word that can be a first name: capitalised, alphabetic, no office, modifier or
    organisation word, not a place or body the NER knows."""
    return _name_word_shape(token) and token.ent_type_ in ("", "PERSON")


def _titled_name(ent: Span) -> bool:
    """An ORG that reads as a titled person: two or three capitalised words, none of them an
    organisation word, right after an office word ("the foreign minister Anna Smirnova")."""
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    return (
        before is not None and _is_title_word(before) and 2 <= len(ent) <= 3
        and all(t.is_title and t.is_alpha and not _is_title_word(t) and t.lower_ not in ORG_HEADS for t in ent)
    )


def _find_person(persons: list[_Cluster], surname: str, first: str | None, gender: str | None, title: str | None = None) -> _Cluster | None:
    """The person a name belongs to: same surname and a compatible first name and gender. A bare
    surname goes to the last such person ("Mr Lind" to Jonas, not to Mrs Ella Lind), a titled
    one to the last that holds the title ("President Lind" to the president, not to the first
    lady named since), else to the last spelled exactly so (a feminine "Linda" is another's)."""
    fitting = [
        c for c in persons
        if gender in (None, c.gender) or c.gender is None
        if any(_same_person(words, surname, first) for words in _known_names(c, first))
    ]
    if first is None and fitting:
        titled = [c for c in fitting if title and any(title_fits(title.split(), held) for held in c.titles)]
        spelled = [c for c in fitting if any(_name_words(n)[-1:] == [surname] for n in c.names)]  # "Zelensky" to Zelensky, not to his wife Zelenska
        return max(titled or spelled or fitting, key=lambda c: max(start for start, _ in c.mentions))
    return fitting[0] if fitting else None


def _coordinated(span: Span, cluster: _Cluster) -> bool:
    """Whether a name is joined by "and" or "or" to a mention of the cluster ("President Lind
    and the first lady, Ella Lind", "Lind and his brother Tom Lind"): two people, whatever their
    names share."""
    token = span.root
    while token.dep_ == "appos" and token.head.i != token.i:
        token = token.head  # "the first lady, Ella Lind": the apposition's noun is the conjunct
    words = [w for c in token.conjuncts for w in (c, *(g for g in c.children if g.dep_ in ("compound", "appos")))]
    return any(s <= w.idx < e for w in words for s, e in cluster.mentions)


def _known_names(cluster: _Cluster, first: str | None) -> list[list[str]]:
    """The names a new one is compared with: a full name only with the cluster's full names, so
    that "Rafael Lind" does not join "Tom Lind" through a bare "Lind" mentioned first."""
    names = [_name_words(n) for n in cluster.names]
    full = [n for n in names if len(n) > 1]
    return full if first is not None and full else names


def _same_person(parts: list[str], surname: str, first: str | None) -> bool:
    """A known name's words fit a new surname and first name (an initial fits its full form);
    a lone name is also the first word of a known full name written family name first ("Xi"
    of "Xi Jinping", "Kim" of "Kim Jong Un")."""
    if first is None and len(parts) > 1 and parts[0] == surname:
        return True
    if not parts or jellyfish.jaro_winkler_similarity(parts[-1], surname) < SURNAME_SIMILARITY:
        return False
    if first is None or len(parts) == 1:
        return True
    known = parts[0].rstrip(".")
    return jellyfish.jaro_winkler_similarity(known, first.rstrip(".")) >= FIRSTNAME_SIMILARITY or (
        parts[0][0] == first[0] and (parts[0].endswith(".") or first.endswith("."))
    )


def _name_words(name: str) -> list[str]:
    """A name's folded words without a generational suffix ("Jr.", "III"), which is no surname."""
    words = fold(name).split()
    while len(words) > 1 and words[-1].rstrip(".") in NAME_SUFFIXES:
        words.pop()
    return words


def _person_name(span: Span) -> str | None:
    """A person mention's name as written, without an honorific ("Mrs"), a possessive or stray
    punctuation, keeping hyphens and apostrophes inside it ("Ana-Maria", "O'Neil"); a hyphen
    set off on one side by a stray space ("Ana -Maria") joins the name as elsewhere in the
    article, so that its mentions carry one spelling."""
    tokens = [t for t in span if t.is_alpha or t.text.endswith(".")]
    while tokens and _honorific(tokens[0]) and len(tokens) > 1:
        tokens = tokens[1:]
    if not tokens:
        return None
    name = STRAY_HYPHEN.sub("-", re.sub(r"\s+", " ", span.doc[tokens[0].i:tokens[-1].i + 1].text))
    name = GLUED.sub("", name) if len(tokens) > 1 else name  # "Ana LindJon": a byline's first name run into the name
    return re.sub(r"['’]s$", "", name).strip() or None


def _honorific(token: Token) -> str | None:
    """The gender an honorific names ("Mrs" f, "Mr." m), None for any other word."""
    return HONORIFICS.get(token.lower_.rstrip("."))


def _gender_of(span: Span, title: str | None) -> str | None:
    """A person's gender from the honorific before the name ("Mrs May") or a gendered title word."""
    doc = span.doc
    for token in ([doc[span.start - 1]] if span.start else []) + [span[0]]:
        if _honorific(token):
            return _honorific(token)
    words = fold(title).split() if title else []
    return next((TITLE_GENDERS[w] for w in words if TITLE_GENDERS.get(w)), None)


def _title_before(span: Span) -> Span | None:
    """The office words right before a name: capitalised words, lexicon words, "of" and a
    country's possessive ("Ukraine's foreign minister")."""
    doc = span.doc
    i = span.start - 1
    if i >= span.sent.start and doc[i].lower_.rstrip(".") in DEGREES:
        i -= 1  # "Assistant Secretary Dr. X": a degree between the office and the name is neither
    end = i + 1
    while i >= span.sent.start:
        token = doc[i]
        word = token.lower_
        if _portfolio_for(doc, i, span.sent.start) or _portfolio_and(doc, i, span.sent.start, end):
            i -= 1  # "Minister for the Environment", "Secretary for the Bureau of X Affairs": a portfolio
            continue
        if (token.ent_type_ == "PERSON" and not _in_title(token)) or token.pos_ in ("DET", "PUNCT") and token.text not in ("-",):
            break  # another name; not an office word the NER took into this one ("Counselor Derek Chollet")
        if _honorific(token):
            break  # "leader of Mr. X": the title is not "leader of Mr."
        if not (word in TITLE_WORDS or word in TITLE_MODIFIERS or word in TITLE_LEADS or token.text[:1].isupper()):
            if not (token.tag_ == "POS" and i > span.sent.start and doc[i - 1].ent_type_ in TITLE_ENTITY_TYPES):
                break  # "Ukraine's foreign minister X": a country's or body's office
        if "\n" in token.whitespace_ or token.is_space:
            break
        i -= 1
    words = doc[i + 1:end]
    while len(words) and not _starts_title(words[0]):
        words = words[1:]  # "As President X", "One of President X": the title starts at "President"
    if not any(_is_title_word(t) for t in words):
        return None
    return words if len(words) else None


def _portfolio_for(doc: Doc, i: int, start: int) -> bool:
    """Whether token ``i`` is the "for" or "for the" after an office word that opens its
    portfolio ("Under Secretary for Trade", "Minister for the Environment"), not "spoke for the",
    nor a post held for another office-holder ("spokesman for Minister X": the title is X's)."""
    k = i - 1 if doc[i].lower_ == "the" else i
    after = doc[i + 1] if i + 1 < len(doc) else None
    return doc[k].lower_ == "for" and k > start and _in_title(doc[k - 1]) and not (after is not None and _is_title_word(after))


def _portfolio_and(doc: Doc, i: int, start: int, end: int) -> bool:
    """Whether token ``i`` is the "and" of a portfolio of two fields ("Minister of Foreign and
    Caucasus Affairs"): between capitalised words, before the field's word, not between two names."""
    before = doc[i - 1] if i > start else None
    return (doc[i].lower_ == "and" and before is not None and before.text[:1].isupper() and before.ent_type_ != "PERSON"
            and any(t.lower_ in PORTFOLIOS for t in doc[i + 1:end]))


def _starts_title(token: Token) -> bool:
    """A title span begins at an office word, a modifier ("former"), or a country or body's name
    or adjective ("Ukrainian", "Kremlin"), not at any capitalised word ("As", "Joining", "One")."""
    return (
        _is_title_word(token) or (token.lower_ in TITLE_MODIFIERS and token.lower_ != "of")
        or token.ent_type_ in TITLE_ENTITY_TYPES or token.pos_ in ("PROPN", "ADJ")
    )


def _title_apposition(span: Span) -> Span | None:
    """A title in apposition: "Jane Doe, the ministry spokesperson, said ...", or the name in
    apposition to it: "The ministry spokesperson, Jane Doe, said ..."."""
    head = span.root
    offices = [c for c in head.children if c.dep_ == "appos" and _is_title_word(c)]
    if head.dep_ == "appos" and head.head.i < span.start and _is_title_word(head.head):
        offices.append(head.head)
    offices = [o for o in offices if o.tag_ not in ("NNS", "NNPS")]  # "one of the region's best-known diplomats, X": a group, no office
    for office in offices:
        names_after = [c for c in (*office.children, *head.children) if c.dep_ == "appos" and c.ent_type_ == "PERSON" and c.i > office.i]
        if any(not span.start <= c.i < span.end for c in names_after):
            continue  # "spoke to X, the department spokesperson, Y, said": the office is Y's
        words = [t for t in office.subtree if t.pos_ not in ("DET", "PUNCT") and not span.start <= t.i < span.end]
        words = [t for t in words if t.i < span.start] if office.i < span.start else words
        stamp = [t.i for t in words if t.ent_type_ in ("DATE", "TIME") or t.like_num]  # "30 Jun 2022 23.27 Armenian president": a live blog's time stamp
        words = [t for t in words if not stamp or t.i > max(stamp)]
        if words and words[-1].i - words[0].i < 8:
            return span.doc[words[0].i:words[-1].i + 1]
    return None


def _country_after(span: Span, places: list[Place]) -> str | None:
    """"Prime Minister Ana Lind of Norland": a titled name followed by "of" and a country is
    that country's officer (the order of official readouts and diplomatic lists)."""
    after = span.doc[span.end] if span.end < len(span.doc) else None
    if after is None or after.lower_ != "of":
        return None
    start = after.idx + len(after.text) + 1
    return next((p.country for p in places if p.start == start and p.kind == "country"), None)


def _title_country(title: Span, places: list[Place]) -> str | None:
    """The country an office belongs to by its title's own words, in this order: a place it
    names before any "to" or "for" ("US secretary of state", "Kyiv's mayor", "President of
    Moldova"; not the country an "envoy to Syria" is sent to), a demonym ("the Polish
    president"), or a national institution ("Kremlin spokesman", "White House press secretary")."""
    own = title
    for token in title:
        if token.lower_ in ("to", "for"):
            own = title.doc[title.start:token.i]
            break
    for place in places:
        if own.start_char <= place.start and place.end <= own.end_char and place.country and _national(place):
            return place.country
    for token in own:
        modifier = token.ent_type_ == "NORP" or token.pos_ == "ADJ" or (token.i < own.end - 1 and token.pos_ == "PROPN")
        if modifier and token.text[:1].isupper() and (code := code_of(country_of_demonym(token.text) or "")) is not None:
            return code  # "Polish President", "the Armenian Defence Ministry"; not a surname ("Maliar" is no Malian)
    for n in (3, 2, 1):  # last: "the Russian Ministry of Defence spokesman" is Russian, whoever else has such a ministry
        for i in range(own.start, own.end - n + 1):
            code = government_of(title.doc[i:i + n].text)
            if code in capitals():
                return code
    return None


def _organs_by_context(doc: Doc, orgs: dict[str, _Cluster], persons: list[_Cluster], places: list[Place]) -> None:
    """An organ of state whose name several countries use ("Congress", "the Foreign Office";
    ``data/organs.csv``) is the country's its words name ("Britain's Foreign Office"), else
    the one of those countries the article speaks of most (its name, demonyms, capital, and
    the people and bodies of that country), when one leads: "Congress approved $40bn" in an
    article about the US president's request is the US's, so its aid is the US's."""
    tally: Counter | None = None
    for cluster in orgs.values():
        candidates = organ_countries(_best(cluster)) if cluster.country is None else ()
        if not candidates:
            continue
        named = [code for start, _ in cluster.mentions if (code := _country_before(doc, start)) in candidates]
        if named:
            cluster.country = named[0]
            continue
        if tally is None:
            tally = _countries_spoken_of(doc, [*persons, *orgs.values()], places)
        ranked = sorted(((tally[code], code) for code in candidates if tally[code]), reverse=True)
        if ranked and (len(ranked) == 1 or ranked[0][0] > ranked[1][0]):
            cluster.country = ranked[0][1]


def _country_before(doc: Doc, start: int) -> str | None:
    """The country a word right before a name names ("Britain's Foreign Office", "the US
    Congress" where the NER left the country out of the name)."""
    token = next((t for t in doc if t.idx == start), None)
    before = doc[token.i - 1] if token is not None and token.i > 0 else None
    if before is not None and before.tag_ == "POS" and before.i > 0:
        before = doc[before.i - 1]
    if before is None or before.ent_type_ not in ("GPE", "NORP"):
        return None
    return code_of(before.text) or code_of_word(before.text) or government_of(before.text)


def _countries_spoken_of(doc: Doc, clusters: list[_Cluster], places: list[Place]) -> Counter:
    """How often an article speaks of each country: its name and capital, its demonyms, and the
    mentions of people and bodies whose country is known."""
    tally: Counter = Counter()
    for place in places:
        if place.country and (place.kind == "country" or is_capital(place)):
            tally[place.country] += 1
    for token in doc:
        if token.ent_type_ == "NORP" and (code := code_of_word(token.text)):
            tally[code] += 1
    for cluster in clusters:
        if cluster.country:
            tally[cluster.country] += len(cluster.mentions)
    return tally


def _national(place: Place) -> bool:
    """A place that names a country's office: the country, a region, or the capital ("Kyiv's
    mayor"); a town may name a unit ("the Azov regiment") as well as its namesake elsewhere."""
    return place.kind in ("country", "admin1") or is_capital(place)


def _name_country(span: Span, places: list[Place]) -> str | None:
    """The country an organisation belongs to by its name: a national institution ("the
    Pentagon") or a demonym in it ("the Russian Defence Ministry"); none for international
    bodies ("the European Council")."""
    code = government_of(span.text)
    return code if code in capitals() else _title_country(span, places)


def _in_title(token: Token) -> bool:
    return _is_title_word(token) or token.lower_ in (TITLE_MODIFIERS | TITLE_LEADS) - {"of"}


def _is_title_word(token: Token) -> bool:
    return token.lower_ in TITLE_WORDS or token.lower_.rstrip("s") in TITLE_WORDS


def _prose_lines(text: str) -> list[tuple[int, int]]:
    """Lines of running prose (a dozen words or more, ending a sentence): the body proper."""
    lines = []
    offset = 0
    for line in text.split("\n"):
        if len(line.split()) >= 12 and re.search(r"[.!?\"'”’)]\W*$", line.strip()):
            lines.append((offset, offset + len(line)))
        offset += len(line) + 1
    return lines


def _in_lines(offset: int, lines: list[tuple[int, int]]) -> bool:
    return any(start <= offset < end for start, end in lines)


def _trim_to_known(ent: Span, known: set[str]) -> Span | None:
    """Keep the longest run of tokens in a headline ent that the body confirms as names."""
    best: tuple[int, int] | None = None
    run_start = None
    for i, token in enumerate(list(ent) + [None]):
        if token is not None and fold(token.text) in known:
            run_start = i if run_start is None else run_start
            continue
        if run_start is not None and (best is None or i - run_start > best[1] - best[0]):
            best = (run_start, i)
        run_start = None
    return ent[best[0]:best[1]] if best else None


def _overlaps_place(span: Span, places: list[Place], kinds: tuple[str, ...] | None = None) -> bool:
    """Whether a place (of one of ``kinds``) shares a character with the span; the places are
    indexed once per document, as this is asked of every name."""
    return any(kinds is None or p.kind in kinds for p in kept_index(span.doc, "sitrep_entity_places", places).overlapping(span.start_char, span.end_char))


def _is_acronym(short: str, long_key: str) -> bool:
    if not short.isupper() or len(short) < 2:
        return False
    initials = "".join(w[0] for w in long_key.split() if w not in ORG_STOPWORDS)
    return initials == short.lower().replace(".", "")


def _best(cluster: _Cluster) -> str:
    """Canonical name: the most weighted form; full forms beat acronyms, then longer wins."""
    return max(cluster.names, key=lambda n: (cluster.names[n] + (0.01 * len(n)), not n.isupper()))


def _entity(cluster: _Cluster, kind: str) -> Entity:
    name = _best(cluster)
    if kind == "organisation":
        full = [n for n in cluster.names if not n.isupper()]
        name = max(full, key=lambda n: (cluster.names[n], len(n))) if full else name
    return Entity(
        id=slug(name), name=name, type=kind, mentions=sorted(set(cluster.mentions)),
        titles=cluster.titles, country=cluster.country,
    )


def _unique_ids(entities: list[Entity]) -> None:
    seen: defaultdict[str, int] = defaultdict(int)
    for entity in entities:
        seen[entity.id] += 1
        if seen[entity.id] > 1:
            entity.id = f"{entity.id}_{seen[entity.id]}"
