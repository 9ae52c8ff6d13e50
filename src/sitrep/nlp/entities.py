"""Entities per article: one entry per real-world referent, all its mentions merged.

spaCy's NER gives mentions; this component decides which mentions are the same person,
body or country and under which canonical name:

* persons cluster by surname (transliteration-tolerant) and compatible first name, so a
  headline's "Jon Smyth" and the body's "John Smyth" and a bare "Smyth" are one;
  the canonical name is the full form that the article's prose uses most;
* titles come from the words just before a name ("U.S. Secretary of State") or an
  apposition after it ("..., the Kremlin spokesperson,"), using a lexicon of office words;
* organisations merge by normalised name and acronym ("UN" / "United Nations");
* countries come from the places component, so "U.S." and "America" are one entity;
* known NER slips are corrected by general means: a mention the gazetteer resolves to a
  city is a place, not a person; a title-cased headline's extra capitals ("X Heads") are
  trimmed to names the body confirms; all-capital fragments are not people;
* third-person singular pronouns join the nearest preceding person of their gender (a light
  coreference): a person's gender comes from a gendered title ("spokeswoman", "king"), an
  honorific ("Mrs", "Mr") or a pronoun already linked to them, so "she" skips a man; the subject
  pronoun of a complement clause is first the governing verb's subject ("Lind told Berg that he
  ..." is Lind), when that is a person of a compatible gender.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from importlib import resources

import jellyfish
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from sitrep.facts import Entity, Place
from sitrep.spans import headline_lines

PERSON_PRONOUNS = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f"}
HONORIFICS = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "sir": "m", "dame": "f", "madam": "f"}
TITLE_ENTITY_TYPES = ("GPE", "NORP", "ORG", "LOC")  # "U.S.", "NATO" may begin a title
TITLE_MODIFIERS = {"first", "former", "acting", "interim", "foreign", "defence", "defense", "interior", "finance", "state", "general", "of"}
SURNAME_SIMILARITY = 0.92
FIRSTNAME_SIMILARITY = 0.85
PRONOUN_REACH = 3  # sentences back to look for a pronoun's antecedent
ORG_STOPWORDS = {"of", "the", "and", "for", "on", "in", "de"}
# Head words of organisation names: a capitalised phrase holding one is not a person's name.
ORG_HEADS = {"agency", "alliance", "army", "assembly", "association", "bank", "bureau", "commission", "committee",
             "company", "council", "court", "department", "force", "forces", "foundation", "fund", "group", "guard",
             "institute", "league", "ministry", "news", "office", "organization", "organisation", "parliament",
             "party", "police", "service", "times", "union", "university"}


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


def fold(text: str) -> str:
    """Lower case without diacritics or a possessive: the key names are compared on."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return re.sub(r"['’]s$", "", text).strip()


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
        headlines = headline_lines(doc.text)
        prose_lines = _prose_lines(doc.text)
        persons: list[_Cluster] = []
        orgs: dict[str, _Cluster] = {}
        person_spans = self._person_mentions(doc, places, headlines)
        for span in person_spans:
            self._add_person(persons, span, in_prose=_in_lines(span.start_char, prose_lines))
        for span in _ents(doc):
            if span.label_ == "ORG" and not _overlaps_place(span, places):
                if _in_lines(span.start_char, headlines) or fold(span.text) in TITLE_MODIFIERS:
                    continue  # headline capitals; "State" of "Secretary of State"
                self._add_org(orgs, span, persons)
        if self.resolve_pronouns:
            self._link_pronouns(doc, persons)
        countries = self._countries(places)
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
                if _in_lines(ent.start_char, headlines):
                    ent = _trim_to_known(ent, body_tokens)
                    if ent is None:
                        continue
                spans.append(ent)
            elif ent.label_ in ("GPE", "ORG") and len(ent) == 1 and fold(ent.text) in body_tokens:
                spans.append(ent)  # "Smyth will make a stop ..." tagged GPE
            elif ent.label_ == "ORG" and _titled_name(ent):
                spans.append(Span(doc, ent.start, ent.end, label="PERSON"))  # "first lady X Y" tagged ORG
        return spans

    def _add_person(self, persons: list[_Cluster], span: Span, in_prose: bool) -> None:
        tokens = [t for t in span if t.is_alpha or t.text.endswith(".")]
        if not tokens:
            return
        name = " ".join(t.text for t in tokens).replace(" '", "'")
        name = re.sub(r"['’]s$", "", name)
        surname = fold(tokens[-1].text)
        first = fold(tokens[0].text) if len(tokens) > 1 else None
        cluster = _find_person(persons, surname, first)
        if cluster is None:
            cluster = _Cluster("person")
            persons.append(cluster)
        weight = (2.0 if in_prose else 1.0) if len(tokens) > 1 else 0.1
        cluster.add(span.start_char, span.end_char, name, weight)
        title = _title_before(span) or _title_apposition(span)
        if title and title not in cluster.titles:
            cluster.titles.append(title)
        cluster.gender = cluster.gender or _gender_of(span, title)

    # -- organisations ----------------------------------------------------------------

    def _add_org(self, orgs: dict[str, _Cluster], span: Span, persons: list[_Cluster]) -> None:
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

    # -- pronouns and countries -------------------------------------------------------

    def _link_pronouns(self, doc: Doc, persons: list[_Cluster]) -> None:
        """Each he/she joins the person who governs its clause ("X said he ..."), else the person of
        its gender mentioned last within a few sentences before it, else the last one of unknown
        gender, who takes the pronoun's (so a later pronoun of the other gender skips them)."""
        owner = sorted((m[0], i) for i, c in enumerate(persons) for m in c.mentions)
        if not owner:
            return
        sentence_starts = [s.start_char for s in doc.sents]
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
            if bound is not None and persons[bound].gender in (gender, None):
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
    """NER spans without the white space the model sometimes takes in (a blanked marker)."""
    spans = []
    for ent in doc.ents:
        start, end = ent.start, ent.end
        while start < end and doc[start].is_space:
            start += 1
        while end > start and doc[end - 1].is_space:
            end -= 1
        if start < end:
            spans.append(Span(doc, start, end, label=ent.label_))
    return spans


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


def _titled_name(ent: Span) -> bool:
    """An ORG that reads as a titled person: two or three capitalised words, none of them an
    organisation word, right after an office word ("the foreign minister Anna Smirnova")."""
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    return (
        before is not None and _is_title_word(before) and 2 <= len(ent) <= 3
        and all(t.is_title and t.is_alpha and not _is_title_word(t) and t.lower_ not in ORG_HEADS for t in ent)
    )


def _find_person(persons: list[_Cluster], surname: str, first: str | None) -> _Cluster | None:
    for cluster in persons:
        for name in cluster.names:
            parts = fold(name).split()
            if not parts or jellyfish.jaro_winkler_similarity(parts[-1], surname) < SURNAME_SIMILARITY:
                continue
            if first is None or len(parts) == 1:
                return cluster
            if jellyfish.jaro_winkler_similarity(parts[0].rstrip("."), first.rstrip(".")) >= FIRSTNAME_SIMILARITY or (
                parts[0][0] == first[0] and (parts[0].endswith(".") or first.endswith("."))
            ):
                return cluster
    return None


def _gender_of(span: Span, title: str | None) -> str | None:
    """A person's gender from the honorific before the name ("Mrs May") or a gendered title word."""
    doc = span.doc
    honorific = doc[span.start - 1] if span.start else None
    if honorific is not None and honorific.lower_.rstrip(".") in HONORIFICS:
        return HONORIFICS[honorific.lower_.rstrip(".")]
    words = fold(title).split() if title else []
    return next((TITLE_GENDERS[w] for w in words if TITLE_GENDERS.get(w)), None)


def _title_before(span: Span) -> str | None:
    """The office words right before a name: capitalised words, lexicon words and "of"."""
    doc = span.doc
    i = span.start - 1
    while i >= span.sent.start:
        token = doc[i]
        word = token.lower_
        if token.ent_type_ == "PERSON" or token.pos_ in ("DET", "PUNCT") and token.text not in ("-",):
            break
        if not (word in TITLE_WORDS or word in TITLE_MODIFIERS or token.text[:1].isupper()):
            break
        if "\n" in token.whitespace_ or token.is_space:
            break
        i -= 1
    words = doc[i + 1:span.start]
    while len(words) and not _starts_title(words[0]):
        words = words[1:]  # "As President X", "One of President X": the title starts at "President"
    if not any(_is_title_word(t) for t in words):
        return None
    return words.text or None


def _starts_title(token: Token) -> bool:
    """A title span begins at an office word, a modifier ("former"), or a country or body's name
    or adjective ("Ukrainian", "Kremlin"), not at any capitalised word ("As", "Joining", "One")."""
    return (
        _is_title_word(token) or (token.lower_ in TITLE_MODIFIERS and token.lower_ != "of")
        or token.ent_type_ in TITLE_ENTITY_TYPES or token.pos_ in ("PROPN", "ADJ")
    )


def _title_apposition(span: Span) -> str | None:
    """A title in apposition: "Jane Doe, the ministry spokesperson, said ..."."""
    head = span.root
    for child in head.children:
        if child.dep_ == "appos" and _is_title_word(child):
            words = [t for t in child.subtree if t.pos_ not in ("DET", "PUNCT")]
            if words and words[-1].i - words[0].i < 8:
                return span.doc[words[0].i:words[-1].i + 1].text
    return None


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
    return any(
        p.start < span.end_char and span.start_char < p.end and (kinds is None or p.kind in kinds)
        for p in places
    )


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
