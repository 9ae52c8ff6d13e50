"""Quotes and speakers on the real pipeline: sentences written for these tests, the seeds' gold
quotes, and a regression floor on PolNeAR dev."""

from __future__ import annotations

import io
import json

import pytest

from tests.conftest import DATA, SEED_GOLD, need


def quotes(nlp, text: str) -> list:
    doc = nlp.make_doc(text)
    doc._.anchor = "2022-03-16"
    for _, component in nlp.pipeline:
        doc = component(doc)
    return doc._.quotes


def find(found: list, text: str, fragment: str):
    """The quote whose content starts with ``fragment`` (direct first)."""
    hits = [q for q in found if q.text.startswith(fragment)]
    assert hits, f"no quote starting {fragment!r} in {[q.text for q in found]}"
    return sorted(hits, key=lambda q: not q.direct)[0]


@pytest.mark.parametrize("open_mark, close_mark", [('"', '"'), ("“", "”"), ("''", "''"), ("‘", "’"), ("‘‘", "’’")])
def test_direct_quote_in_every_style(nlp, open_mark: str, close_mark: str) -> None:
    text = f"{open_mark}We will not give up our land,{close_mark} Ukrainian President Taras Melnyk said on Friday."
    quote = find(quotes(nlp, text), text, "We will not")
    assert quote.direct and quote.text == "We will not give up our land,"
    assert quote.speaker.name == "Taras Melnyk" and quote.cue.text == "said"


def test_doubled_single_marks_close_a_quote_not_name_its_speaker(nlp) -> None:
    """ "‘‘...,’’ said the mayor, X": a closing pair of single marks is one quote mark, not a word
    the parser takes for the subject of "said" (and the quote's speaker)."""
    text = "‘‘We will not give up the town,’’ said the mayor, Ola Berg. ‘‘Our people are ready.’’"
    found = [q for q in quotes(nlp, text) if q.direct]
    assert [(q.text, q.speaker.name) for q in found] == [("We will not give up the town,", "Ola Berg"), ("Our people are ready.", "Ola Berg")]


def test_single_inside_double_is_one_quote(nlp) -> None:
    text = "\"They keep calling it a 'temporary measure' on television,\" said Olena Kovalenko, a teacher in Lviv."
    found = [q for q in quotes(nlp, text) if q.direct]
    assert [q.text for q in found] == ["They keep calling it a 'temporary measure' on television,"]
    assert found[0].speaker.name == "Olena Kovalenko"


def test_quote_split_by_its_attribution_keeps_one_speaker(nlp) -> None:
    text = "\"The talks are difficult,\" Sergei Volkanov told reporters. \"But we are ready to continue them.\""
    found = quotes(nlp, text)
    first, second = find(found, text, "The talks"), find(found, text, "But we")
    assert first.speaker.name == second.speaker.name == "Sergei Volkanov"
    assert first.cue.text == second.cue.text == "told"


def test_quote_over_several_paragraphs(nlp) -> None:
    text = (
        "Finance Minister Lindner said on Monday:\n\n"
        "\"We will fund the army for as long as it takes.\n\n"
        "\"Nobody should doubt our resolve,\" he added."
    )
    quote = find(quotes(nlp, text), text, "We will fund")
    assert quote.text.endswith("Nobody should doubt our resolve,")
    assert quote.speaker.name == "Lindner"


def test_quoted_tweet_is_said_by_its_author(nlp) -> None:
    text = (
        "The prime minister wrote on Twitter late on Tuesday.\n\n"
        "Norland will not be left alone this winter. Our aid will keep coming. "
        "— Piet Moro (@PietMoro) March 15, 2022\n"
    )
    quote = find(quotes(nlp, text), text, "Norland will not")
    assert quote.direct and quote.text.endswith("keep coming.")
    assert quote.speaker.name == "Piet Moro" and quote.cue is None


def test_quote_without_a_verb_takes_the_speaker_of_the_paragraph_before(nlp) -> None:
    text = (
        "Mayor Vitali Klitschko said the city would hold out against the attack.\n\n"
        "\"Every street is defended. Every house is ready.\""
    )
    quote = find(quotes(nlp, text), text, "Every street")
    assert quote.speaker.name == "Vitali Klitschko"


@pytest.mark.parametrize(
    "text, content, speaker, cue",
    [
        ("Piet Moro said that the sanctions would stay in place.", "the sanctions would", "Piet Moro", "said"),
        ("Piet Moro said the sanctions would stay in place.", "the sanctions would", "Piet Moro", "said"),
        ("According to Piet Moro, the sanctions will stay in place.", "the sanctions will", "Piet Moro", "According to"),
        ("Piet Moro told reporters the sanctions would stay in place.", "the sanctions would", "Piet Moro", "told"),
        ("Piet Moro warned that the sanctions could be tightened.", "the sanctions could", "Piet Moro", "warned"),
        ("Piet Moro insisted the sanctions were working.", "the sanctions were", "Piet Moro", "insisted"),
        ("Piet Moro announced new sanctions against the bank.", "new sanctions", "Piet Moro", "announced"),
        ("The sanctions will stay in place, said Piet Moro.", "The sanctions will", "Piet Moro", "said"),
        ("The sanctions will stay in place, Piet Moro added.", "The sanctions will", "Piet Moro", "added"),
    ],
)
def test_indirect_speech(nlp, text: str, content: str, speaker: str, cue: str) -> None:
    quote = find(quotes(nlp, text), text, content)
    assert not quote.direct
    assert quote.speaker.name == speaker and quote.cue.text == cue
    assert text[quote.speaker.start:quote.speaker.end] in speaker


@pytest.mark.parametrize(
    "text, content, speaker",
    [
        ("In a written statement, the Norland ministry put its losses at forty ships.", "the Norland ministry put", "the Norland ministry"),
        ("In the latest poll by the Eastport Herald, the governing party has fallen nine points behind.", "the governing party has", "the latest poll"),
        ("In Ana Lind's view, the ceasefire will not hold past the winter.", "the ceasefire will not hold", "Ana Lind"),
    ],
)
def test_a_record_before_its_clause_is_its_source(nlp, text: str, content: str, speaker: str) -> None:
    quote = find(quotes(nlp, text), text, content)
    assert not quote.direct and quote.cue.text == "In"
    assert text[quote.speaker.start:quote.speaker.end].startswith(speaker)


@pytest.mark.parametrize(
    "text",
    [
        "In a written statement, the Norland ministry said it rejected the offer of talks.",  # "said" reports it
        "Piet Moro appeared in an interview on state television after the vote.",  # where, not a source
        "In the view from the harbour, the old fort stands above the town.",  # a view with no owner
    ],
)
def test_a_record_is_no_source_after_its_verb_beside_a_report_or_without_an_owner(nlp, text: str) -> None:
    assert not [q for q in quotes(nlp, text) if q.cue is not None and q.cue.text.lower() == "in"]


def test_nested_direct_part_of_an_indirect_quote(nlp) -> None:
    text = "Piet Moro said the European Union would act \"with one voice\" against the invasion."
    found = quotes(nlp, text)
    outer, inner = find(found, text, "the European Union"), find(found, text, "with one voice")
    assert not outer.direct and inner.direct
    assert outer.speaker.name == inner.speaker.name == "Piet Moro"


def test_a_deputy_s_office_names_the_deputy_not_the_holder_of_the_office_seconded(nlp) -> None:
    text = (
        "Prime Minister Jon Vale toured Batumi on Monday with his aides. Deputy Prime Minister Ana Lind said "
        "the ferry crews held in Vanadzor had been let go. The vice-prime minister told reporters in Gyumri that two bus routes out of the town had reopened."
    )
    assert find(quotes(nlp, text), text, "two bus routes").speaker.name == "Ana Lind"


def test_the_holder_s_office_is_not_a_deputy_s(nlp) -> None:
    text = (
        "Deputy Prime Minister Ana Lind toured Batumi on Monday with her aides. "
        "The prime minister said that two bus routes out of Gyumri had reopened."
    )
    speaker = find(quotes(nlp, text), text, "two bus routes").speaker
    assert (speaker.entity, speaker.name) == (None, "prime minister")  # the office named, no holder known


def test_speaker_by_surname_title_organisation_and_pronoun(nlp) -> None:
    text = (
        "Foreign ministry spokesperson Maria Lindqvist spoke to journalists on Monday. "
        "The foreign ministry spokesperson said the talks were difficult. "
        "Lindqvist said the delegation would return. "
        "\"We are patient,\" she said. "
        "The White House said the talks were a delay tactic."
    )
    found = quotes(nlp, text)
    for fragment in ("the talks were difficult", "the delegation", "We are patient"):
        assert find(found, text, fragment).speaker.name == "Maria Lindqvist"
    by_title = find(found, text, "the talks were difficult").speaker
    assert text[by_title.start:by_title.end] == "The foreign ministry spokesperson"
    assert find(found, text, "the talks were a delay").speaker.name.removeprefix("the ") == "White House"


def test_pronoun_speaker_is_the_mention_used(nlp) -> None:
    text = "Foreign Minister Tomas Berg arrived in Vienna on Saturday. He said the alliance was united."
    quote = find(quotes(nlp, text), text, "the alliance")
    assert quote.speaker.name == "Tomas Berg"
    assert text[quote.speaker.start:quote.speaker.end] == "He"
    assert quote.speaker.entity == "tomas_berg"


def test_apostrophes_are_not_quotes(nlp) -> None:
    text = "Ukraine's army said it wasn't retreating from the city's outskirts."
    assert not [q for q in quotes(nlp, text) if q.direct]


@pytest.mark.parametrize(
    "text, content, cue",
    [
        ("The farmers' union wants the subsidies to continue for another year.", "the subsidies to continue", "wants"),
        ("The opposition party called for an inquiry into the tender.", "an inquiry into the tender", "called"),
        ("The transport minister talked about the new rail line at length.", "the new rail line", "talked"),
        ("The governor supports a ban on fireworks in the old town.", "a ban on fireworks", "supports"),
        ("Most voters in Vale see the new tax as a burden on farmers.", "the new tax as a burden", "see"),
        ("The senator questioned the legality of the new border fees.", "the legality of the new border", "questioned"),
        ("Both parties agreed to hold the vote in Eastport next month.", "to hold the vote in Eastport", "agreed"),
        ("Many of the workers felt they had been ignored by the board.", "they had been ignored", "felt"),
        ("Her decision to close the border crossing angered traders in Eastport.", "to close the border crossing", "decision"),
    ],
)
def test_stances_and_intentions_are_attributions(nlp, text: str, content: str, cue: str) -> None:
    quote = find(quotes(nlp, text), text, content)
    assert not quote.direct and quote.cue.text == cue


def test_an_infinitive_inside_what_was_urged_is_not_a_second_attribution(nlp) -> None:
    text = "The bishop urged parishioners to announce their support for the school."
    found = quotes(nlp, text)
    assert [q.cue.text for q in found if q.cue] == ["urged"]


def test_a_clause_reported_by_a_verb_is_not_an_inverted_quote(nlp) -> None:
    text = "Around that time, most members said they would announce the result."
    found = quotes(nlp, text)
    assert not [q for q in found if q.text.startswith("Around that time")]


def test_single_quoted_words_without_a_speaker_are_not_quotes(nlp) -> None:
    text = "The council pushed its \"greenbelt\" plan through the chamber on Tuesday evening."
    assert not quotes(nlp, text)


def test_markup_attributes_are_not_quotes(nlp) -> None:
    text = 'Readers shared the post widely. <post id="1203" author="reader">The bridge is closed again</post>.'
    assert not [q for q in quotes(nlp, text) if q.text in ("1203", "reader")]


def test_a_time_line_before_a_paragraph_is_not_its_speaker(nlp) -> None:
    """The parser sometimes gives a live blog's time line and the next sentence's name to one verb."""
    from spacy.tokens import Doc

    from sitrep.nlp.quotes import subject_of

    words = ["12:15", "p.m.", "\n\n", "Governor", "Reyes", "says", "that", "taxes", "will", "rise", "."]
    heads = [1, 5, 1, 4, 5, 5, 9, 9, 9, 5, 5]
    deps = ["nummod", "nsubj", "dep", "compound", "nsubj", "ROOT", "mark", "nsubj", "aux", "ccomp", "punct"]
    doc = Doc(nlp.vocab, words=words, spaces=[True, False, False] + [True] * 7 + [False], heads=heads, deps=deps)
    assert subject_of(doc[5]).text == "Governor Reyes"


def test_they_speaks_for_the_group_before_it(nlp) -> None:
    text = "Nearly half of the delegates stayed in the hall. They said a candidate with experience in government was needed."
    quote = find(quotes(nlp, text), text, "a candidate with experience")
    assert text[quote.speaker.start:quote.speaker.end] == "They"
    assert quote.speaker.name.endswith("half of the delegates")


def test_she_skips_a_man_for_the_woman_before_him(nlp) -> None:
    text = (
        "Health spokeswoman Maria Lindqvist met Mr Tomas Berg on Monday. "
        "She said the clinics would stay open. He said the budget was too small."
    )
    found = quotes(nlp, text)
    assert find(found, text, "the clinics").speaker.name == "Maria Lindqvist"
    assert find(found, text, "the budget").speaker.name == "Tomas Berg"


# -- the seeds ----------------------------------------------------------------------------


def _same_name(a: str | None, b: str | None) -> bool:
    return (a or "").lower().removeprefix("the ") == (b or "").lower().removeprefix("the ")


@pytest.mark.parametrize("seed", ["000_043407dd7b9b1d86", "003_6e568331d214322c"])
def test_every_seed_quote_is_found_with_its_speaker(nlp, seed: str) -> None:
    gold = json.loads(need(SEED_GOLD / f"{seed}.json").read_text())
    found = quotes(nlp, gold["text"])
    for expected in gold["quotes"]:
        span = (expected["start"], expected["end"])
        matches = [
            q for q in found
            if q.direct == expected["direct"]
            and min(q.end, span[1]) - max(q.start, span[0]) >= 0.5 * min(q.end - q.start, span[1] - span[0])
        ]
        assert any(_same_name(q.speaker.name, expected["speaker"]["name"]) for q in matches if q.speaker), expected["text"]


# -- PolNeAR ------------------------------------------------------------------------------

# The goals of issue 5 (F1 80, direct recall 97, speaker accuracy 90); measured 81.1, 98.0, 90.9 (2026-12-05)
DEV_FLOOR = {"f1": 80.0, "direct_recall": 97.0, "speaker_accuracy": 90.0}


def test_polnear_dev_regression_floor() -> None:
    from sitrep.eval.quotes import run

    figures = run(need(DATA / "polnear" / "dev"), out=io.StringIO())["sitrep"]
    for name, floor in DEV_FLOOR.items():
        assert figures[name] >= floor, (name, figures[name])


def test_noun_phrase_of_a_punctuation_head_is_the_head_itself(nlp) -> None:
    """The parser sometimes makes a lone punctuation mark a subject; it must not crash the article."""
    from sitrep.nlp.quotes import noun_phrase

    doc = nlp.make_doc("-- said the officials.")
    assert noun_phrase(doc[0]).text == "--"


def test_headline_name_before_colon_speaks(nlp) -> None:
    text = "Marisol Quenby: Ferry Tariffs ‘Will Ruin the Islands’.\n\nThe harbour board met on Monday."
    quote = find(quotes(nlp, text), text, "Will Ruin")
    assert quote.speaker is not None and quote.speaker.name.endswith("Quenby")


def test_paragraph_after_colon_is_quoted_by_its_introducer(nlp) -> None:
    text = (
        "The harbour board met on Monday, and councillor Dario Feltham responded:\n\n"
        "\"We cannot let the ferries go. The islands depend on them every single day.\"\n\n"
        "The board will vote next week."
    )
    quote = find(quotes(nlp, text), text, "We cannot")
    assert quote.speaker is not None and quote.speaker.name.endswith("Feltham")


# -- PolNeAR's broader attributions: nouns, headings, objects, passives, asides ---------------


@pytest.mark.parametrize(
    "text, content, speaker, cue",
    [
        ("Mayor Anna Petrova's support for the new bridge surprised the council.", "the new bridge", "Anna Petrova", "support"),
        ("The minister made a claim that the border was secure.", "the border was secure", "minister", "claim"),
        ("The dockworkers' union endorsed Petrova on Friday.", "Petrova", "dockworkers' union", "endorsed"),
        ("Asked whether the bridge should open, most residents said yes.", "yes", "most residents", "said"),
        ("The opposition accused the mayor of hiding the costs of the bridge.", "the mayor of hiding", "opposition", "accused"),
        ("The closure was first reported by the Harbour Gazette.", "The closure", "Harbour Gazette", "reported"),
        ("Anna Petrova began by saying that the bridge was safe.", "the bridge was safe", "Anna Petrova", "saying"),
        ("The harbour council is expected to endorse the new budget.", "to endorse", "harbour council", "expected"),
        ("The minister called for Russia to withdraw its troops.", "Russia to withdraw", "minister", "called"),
        ("Anna Petrova gave her assessment of the new bridge.", "the new bridge", "Anna Petrova", "assessment"),
    ],
)
def test_broader_attributions(nlp, text: str, content: str, speaker: str, cue: str) -> None:
    quote = find(quotes(nlp, text), text, content)
    assert not quote.direct and quote.cue.text == cue
    assert quote.speaker is not None and quote.speaker.name == speaker


@pytest.mark.parametrize(
    "text, content, speaker, cue",
    [
        ("The harbour court ruled that the ferry contract was void.", "the ferry contract was void", "harbour court", "ruled"),
        ("Auditors discovered that the harbour accounts had been altered.", "the harbour accounts had been altered",
         "Auditors", "discovered"),
        ("Dockworkers were frustrated that the council delayed the vote.", "the council delayed the vote", "Dockworkers",
         "frustrated"),
        ("Mayor Anna Petrova's argument that the ferry would stop persuaded the council.", "the ferry would stop",
         "Anna Petrova", "argument"),
        ("Mayor Anna Petrova's wish that the bridge would open was granted.", "the bridge would open", "Anna Petrova", "wish"),
    ],
)
def test_a_that_clause_is_held_by_whoever_takes_it(nlp, text: str, content: str, speaker: str, cue: str) -> None:
    """Verbs and nouns no lexicon lists: the complement clause is a proposition of the subject or holder."""
    quote = find(quotes(nlp, text), text, content)
    assert quote.text == content and quote.cue.text == cue
    assert quote.speaker is not None and quote.speaker.name == speaker


@pytest.mark.parametrize(
    "text",
    [
        "The harbour council is panicking now that the first bills are due.",
        "The storm grew so strong that the ferry stopped.",
        "Assuming that the bridge opens in May, the ferry will stop.",
        "The ferry stopped, so that the bridge could be repaired.",
    ],
)
def test_conditions_and_results_are_no_propositions(nlp, text: str) -> None:
    assert quotes(nlp, text) == []


def test_it_standing_for_the_clause_holds_nothing(nlp) -> None:
    text = "It was feared that the ferry would stop."
    quote = find(quotes(nlp, text), text, "the ferry would stop")
    assert quote.speaker is None


def test_a_verb_set_into_the_clause_it_reports(nlp) -> None:
    for text, speaker in [
        ("The bridge, the mayor said, will open in May.", "mayor"),
        ("As the mayor noted, the bridge will open in May.", "mayor"),
    ]:
        found = [q for q in quotes(nlp, text) if "will open in May" in q.text]
        assert found and found[0].speaker.name == speaker, text


def test_a_trailing_reporting_verb_is_its_own_attribution(nlp) -> None:
    text = "Petrova said the bridge was safe, calling the reports false."
    found = quotes(nlp, text)
    assert find(found, text, "the bridge was safe").text == "the bridge was safe"
    assert find(found, text, "the reports false").speaker.name == "Petrova"


def test_paragraph_headed_by_a_name_is_what_the_name_said(nlp) -> None:
    text = (
        "Petrova: The bridge will open in May\n\n"
        "Vienna: The harbour board met on Monday with Mayor Anna Petrova to discuss the works."
    )
    found = quotes(nlp, text)
    quote = find(found, text, "The bridge will open")
    assert quote.cue.text == ":" and quote.speaker.name == "Anna Petrova"
    assert not [q for q in found if q.text.startswith("The harbour board met")]  # a dateline, not a speaker


def test_transcript_speaker_in_capitals_is_the_person_of_the_article(nlp) -> None:
    text = (
        "Foreign Minister Anna Petrova spoke to reporters in Vienna on Monday.\n\n"
        "PETROVA: We will open the border crossing in May.\n\nUPDATE: The road is closed."
    )
    found = quotes(nlp, text)
    assert find(found, text, "We will open").speaker.name == "Anna Petrova"
    assert not [q for q in found if q.text.startswith("The road is closed")]  # a label, not a speaker


def test_direct_quote_after_a_name_and_colon(nlp) -> None:
    text = "The delay does not surprise engineer Tomas Berg: \u201cBridges always take longer than anyone plans.\u201d"
    quote = find(quotes(nlp, text), text, "Bridges always")
    assert quote.direct and quote.speaker.name == "Tomas Berg"


@pytest.mark.parametrize("dateline", ["BERLIN (AP) - ", "ROME, May 4 (AP) — ", "PRAGUE, Czech Republic — ", "GORIS, 3 March (Armenpress) – "])
def test_a_dateline_is_no_speaker_and_no_content(nlp, dateline: str) -> None:
    text = dateline + "Foreign Minister Ivan Petrov said on Monday that the talks had failed."
    quote = find(quotes(nlp, text), text, "the talks had failed")
    assert quote.speaker.name == "Ivan Petrov"
    text = dateline + "Troops shelled the border town overnight, officials said on Monday."
    assert find(quotes(nlp, text), text, "Troops shelled").speaker.name == "officials"


def test_an_office_of_another_country_is_not_the_named_holder(nlp) -> None:
    text = (
        "Polish President Petr Marek arrived in the capital on Monday. "
        "The Czech president said the talks had failed, and the Polish president said they had not."
    )
    found = quotes(nlp, text)
    assert find(found, text, "the talks had failed").speaker.name != "Petr Marek"
    assert find(found, text, "they had not").speaker.name == "Petr Marek"


@pytest.mark.parametrize(
    "text",
    [
        "Party presidential contender and former surgeon Erik Lind responded on Sunday, saying that he never lied.",
        "Acme Radio Vice President for news and talk Erik Lind said on Monday that the show would go on.",
    ],
)
def test_a_role_the_parser_coordinates_with_a_name_speaks_as_that_person(nlp, text: str) -> None:
    [quote] = [q for q in quotes(nlp, text) if q.speaker is not None]
    assert quote.speaker.name == "Erik Lind"


# -- what PolNeAR counts as one attribution, and what it does not count ----------------------


@pytest.mark.parametrize(
    "text, cue",
    [
        ("The mayor said the council wants a new bridge.", "said"),
        ("The mayor noted that the minister had promised a new bridge.", "noted"),
    ],
)
def test_an_attribution_inside_a_report_is_part_of_it(nlp, text: str, cue: str) -> None:
    assert [q.cue.text for q in quotes(nlp, text) if q.cue] == [cue]


def test_a_report_inside_a_report_is_its_own(nlp) -> None:
    text = "The mayor said the ministers have said they will pay."
    quote = find(quotes(nlp, text), text, "they will pay")
    assert quote.speaker.name == "ministers"


def test_a_quote_split_by_a_long_attribution_is_one_statement(nlp) -> None:
    text = '"The bridge is safe," said Ana Lind, the chief harbour engineer of the port of Eastport. "It will open in May."'
    found = quotes(nlp, text)
    first, second = find(found, text, "The bridge is safe"), find(found, text, "It will open")
    assert first.cue is not None and second.cue == first.cue
    assert second.speaker.name == "Ana Lind"


def test_a_quote_after_the_writers_own_words_is_a_statement_of_its_own(nlp) -> None:
    text = (
        '"The bridge is safe," Ana Lind said.\n\n'
        "Later she returned to her old theme: \"The ferries must go.\""
    )
    found = quotes(nlp, text)
    first, second = find(found, text, "The bridge is safe"), find(found, text, "The ferries must go")
    assert second.cue != first.cue


def test_an_aside_inside_the_clause_it_reports(nlp) -> None:
    text = "It is the council's job, she said, to keep the ferries running."
    quote = find(quotes(nlp, text), text, "It is the council's job")
    assert quote.text.endswith("to keep the ferries running") and quote.cue.text == "said"


@pytest.mark.parametrize(
    "text, content, speaker, cue",
    [
        ("The mayor sent the council a plan that she had proposed in May.", "a plan", "she", "proposed"),
        ("A plan endorsed by the dockworkers was sent to the council.", "A plan", "dockworkers", "endorsed"),
        ("The ferry will stop in May, as the newspaper reported.", "The ferry will stop", "newspaper", "reported"),
        ("As reported by the newspaper, the ferry will stop in May.", "the ferry will stop", "newspaper", "reported"),
    ],
)
def test_what_was_said_named_by_a_noun_or_an_as_clause(nlp, text: str, content: str, speaker: str, cue: str) -> None:
    quote = next(q for q in quotes(nlp, text) if q.cue is not None and q.cue.text == cue)
    assert quote.text.startswith(content) and quote.speaker.name == speaker


@pytest.mark.parametrize(
    "text, content, cue",
    [
        ("The envoy has reportedly left the capital.", "The envoy has reportedly left the capital", "reportedly"),
        ("There were complaints that the count was rigged.", "the count was rigged", "complaints"),
    ],
)
def test_reports_with_no_speaker_named(nlp, text: str, content: str, cue: str) -> None:
    quote = find(quotes(nlp, text), text, content)
    assert quote.text == content and quote.cue.text == cue and quote.speaker is None


def test_the_reporting_verb_nearest_a_quote_speaks(nlp) -> None:
    text = 'The row over who backed which plan grew so heated that Jonas Berg said, "I need a translator for this."'
    assert find(quotes(nlp, text), text, "I need").speaker.name == "Jonas Berg"


def test_a_generational_suffix_is_not_the_surname() -> None:
    from sitrep.eval.quotes import Attribution, speaker_right

    gold = Attribution(((0, 5),), None, "Mr. Berg")
    assert speaker_right(gold, Attribution(((0, 5),), None, "Jonas A. Berg Jr."))
    assert not speaker_right(gold, Attribution(((0, 5),), None, "Ana Lind"))
    assert not speaker_right(gold, Attribution(((0, 5),), None, " "))  # a name with no word


def test_a_bidding_to_someone_is_what_was_said(nlp) -> None:
    """ "told the crowd to go home": with a person addressed, the infinitive is the content;
    the addressee alone ("told reporters") is no quote."""
    text = "Mayor Ana Lind told the crowd to go home on Monday."
    [quote] = quotes(nlp, text)
    assert text[quote.start:quote.end].startswith("to go home") and quote.speaker.name == "Ana Lind"
    assert quotes(nlp, "Ana Lind told reporters on Monday.") == []


def test_quoted_pieces_of_one_sentence_share_the_cue(nlp) -> None:
    text = "Ana Lind is insisting that the levy is “an old, old burden on the valley” but “no minister will ever repeal it.”"
    found = quotes(nlp, text)
    pieces = [q for q in found if q.direct]
    assert [q.text for q in pieces] == ["an old, old burden on the valley", "no minister will ever repeal it."]
    assert {q.cue.text for q in pieces} == {"insisting"} and {q.speaker.name for q in pieces} == {"Ana Lind"}


def test_a_that_clause_parsed_as_adverbial_is_what_was_said(nlp) -> None:
    text = "Piet Moro wrote late on Sunday that the harbour plan of Eastport was “reckless” and “a fraud”."
    found = quotes(nlp, text)
    assert any(q.text.startswith("the harbour plan of Eastport was") and q.cue.text == "wrote" for q in found), [q.text for q in found]


@pytest.mark.parametrize(
    "text, content, cue",
    [
        ("The envoy asked the farmers if the new road had helped them.", "the farmers if the new road", "asked"),
        ("Asked whether talks would resume, the envoy of Norland shrugged.", "talks would resume", "Asked"),
        ("The Vale co-operative reported selling 4,000 tonnes of grain in May.", "selling 4,000 tonnes", "reported"),
    ],
)
def test_questions_and_reports_carry_their_content(nlp, text: str, content: str, cue: str) -> None:
    quote = find(quotes(nlp, text), text, content)
    assert quote.cue.text == cue


def test_a_name_given_is_not_a_quote(nlp) -> None:
    text = "The ministry bought software from a company called Northgate Systems last year."
    assert not [q for q in quotes(nlp, text) if "Northgate" in q.text]


def test_they_is_not_the_subject_of_an_infinitive(nlp) -> None:
    text = ("The two ministers discussed efforts to hold the Northgate Council to account. "
            "Ana Lind noted the crisis needs a common answer, and they discussed ways to ship grain from Eastport.")
    quote = find(quotes(nlp, text), text, "ways to ship grain")
    assert quote.speaker is not None and "ministers" in quote.speaker.name, quote.speaker


def test_quote_after_a_long_attribution_goes_on_the_quote_before(nlp) -> None:
    """"'A,' she said, repeating a line. 'B.'": B is the rest of A, under A's cue, not a quote
    of its own cued by the participle in A's attribution."""
    text = ("\"If enough people vote, we will win in Eastport,\" Ana Lind said, repeating a line she often uses. "
            "\"We will close the gap, street by street.\"")
    found = quotes(nlp, text)
    first, second = find(found, text, "If enough"), find(found, text, "We will close")
    assert second.cue is not None and second.cue.text == "said" and second.cue.start == first.cue.start
    assert second.speaker.name == "Ana Lind"


def test_quote_introduced_in_its_own_sentence_keeps_its_cue(nlp) -> None:
    text = "\"We stay,\" Piet Moro said, adding, \"We will not leave Vale before the harvest is in.\""
    assert find(quotes(nlp, text), text, "We will not leave").cue.text == "adding"


def test_a_title_with_its_holder_in_apposition_is_that_holder(nlp) -> None:
    """"the governor, Serhiy Berg, said ...": Berg speaks, not the governor named before him."""
    text = ("Pavlo Lind, the governor of the Shirak region, reported that two people had been killed. "
            "In the neighbouring region of Lori, the governor, Serhiy Berg, said three people had died.")
    speakers = [q.speaker.name for q in quotes(nlp, text) if q.speaker]
    assert speakers == ["Pavlo Lind", "Serhiy Berg"], speakers


def test_titles_named_in_passing_are_no_quotes(nlp) -> None:
    text = ("Piet Moro, the author of \"Winter in the Old Port,\" was a guest on \"Evening With Vale\" last week. "
            "A rally in Eastport had one message: \"Go Home Now.\"")
    found = [q.text for q in quotes(nlp, text) if q.direct]
    assert not any(t.startswith(("Winter", "Evening")) for t in found), found
    assert "Go Home Now." in found


def test_quote_goes_on_past_a_scare_quote_in_its_attribution(nlp) -> None:
    """"'A?' asked X, referring to what he calls the 'rigged' process. 'B.'": B continues A under
    A's cue; the scare quote inside the attribution does not take it over."""
    text = ("''Is Piet Moro running against the party?'' asked Ana Lind, referring to his attacks on what he "
            "calls the ''rigged'' process. ''The answer is he is not.''")
    found = quotes(nlp, text)
    second = find(found, text, "The answer")
    assert second.cue is not None and second.cue.text == "asked" and second.speaker.name == "Ana Lind"
    assert not any(q.text == "Ana Lind" for q in found), [q.text for q in found]  # the inverted speaker is no content


def test_the_scorer_pairs_as_many_attributions_as_the_spans_allow() -> None:
    """A long prediction that covers an outer and a nested gold span goes to the nested one
    when a shorter prediction can only take the outer: greedy largest-overlap-first would
    pair the long one with the outer span and leave one pair unmade."""
    from sitrep.eval.quotes import Attribution, match

    outer, nested = Attribution(((0, 100),), None), Attribution(((80, 100),), None)
    long, short = Attribution(((0, 100),), None), Attribution(((0, 50),), None)
    pairs = match([outer, nested], [long, short])
    assert {(id(g), id(p)) for g, p in pairs} == {(id(nested), id(long)), (id(outer), id(short))}
    assert match([outer], [Attribution(((95, 200),), None)]) == []  # 5 characters shared: less than half the shorter


def test_the_owner_of_an_object_is_no_inverted_speaker(nlp) -> None:
    found = quotes(nlp, "The regime has found new ways to punish those opposing Norland's war in Armenia.")
    assert all(q.speaker is None or q.speaker.name != "Norland" for q in found)


@pytest.mark.parametrize(
    "text, content, cue",
    [
        ("Tomas Berg explained his vote on Monday.", "his vote", "explained"),  # a verb of saying, no "!" mark
        ("Tomas Berg offered a ceasefire to Norland.", "a ceasefire", "offered"),  # stance verbs of offering, favouring
        ("The party nominated Tomas Berg for the presidency in Yerevan.", "Tomas Berg", "nominated"),
    ],
)
def test_the_object_of_a_verb_of_saying_is_what_was_said(nlp, text: str, content: str, cue: str) -> None:
    quote = find(quotes(nlp, text), text, content)
    assert quote.cue.text == cue


def test_the_one_addressed_is_not_what_was_said(nlp) -> None:
    assert quotes(nlp, "Tomas Berg reminded voters on Monday.") == []
    assert quotes(nlp, "Tomas Berg warned him on Monday.") == []


@pytest.mark.parametrize("text", ["Austria notified Hungary on Friday.", "The Austrian government warned Hungary on Friday."])
def test_a_country_addressed_is_not_what_was_said(nlp, text: str) -> None:
    """A country is told or warned as a person is ("notified Hungary"): the one addressed."""
    assert quotes(nlp, text) == []


@pytest.mark.parametrize(
    "text, content, cue",
    [
        ("Ana Lind implored the mayor to reopen the school.", "to reopen the school", "implored"),
        ("The stranded drivers beseeched the border guards to let them cross.", "to let them cross", "beseeched"),
        ("The clerics exhorted the crowd to stay calm.", "to stay calm", "exhorted"),  # the parser's advcl
    ],
)
def test_verbs_of_imploring_report_what_was_asked_not_the_one_asked(nlp, text: str, content: str, cue: str) -> None:
    [quote] = quotes(nlp, text)
    assert quote.text.startswith(content) and quote.cue.text == cue


def test_people_or_the_one_asked_are_addressed_not_what_was_said(nlp) -> None:
    """A noun of people or troops ("the guards") is addressed, and so is any object that what
    was asked follows ("the clerks to wait", "the council for a new vote")."""
    assert quotes(nlp, "The mayor of Eastport told the guards on Monday.") == []
    text = "Ana Lind told the clerks to wait for the convoy."
    [quote] = quotes(nlp, text)
    assert quote.text.startswith("to wait") and quote.speaker.name == "Ana Lind"
    text = "The unions pushed the council for a new vote on the levy."
    [quote] = quotes(nlp, text)
    assert quote.text == "a new vote on the levy" and quote.cue.text == "pushed"


@pytest.mark.parametrize(
    "text, content, speaker",
    [
        # a record the participle hangs on: who put it out speaks
        ("The Norland party put out a video calling the levy a disgrace.", "the levy", "Norland party"),
        # a subject the parser hung elsewhere: an apposition, a date's compound
        ("In a note to the Gyumri Herald, her chief aide, Jonas Berg, said: \u201cThe army is ready.\u201d",
         "The army is ready.", "Jonas Berg"),
        ("Tomas Berg Monday morning described a talk with the mayor.", "a talk with the mayor", "Tomas Berg"),
        ("Worried by the strikes in Goris, Senator Tomas Berg, the party's leader, said that the border was secure.",
         "the border was secure", "Tomas Berg"),
        # a participle under a noun or adjective: the verb's subject above it
        ("Tomas Berg has a habit of blaming others for his losses.", "others for his losses", "Tomas Berg"),
        ("Tomas Berg was the loudest in denouncing the levy.", "the levy", "Tomas Berg"),
        ("Officials in Yerevan set out the plan on Monday, keen to show that the army was ready.",
         "the army was ready", "Officials"),
    ],
)
def test_the_speaker_the_parse_hides(nlp, text: str, content: str, speaker: str) -> None:
    quote = find(quotes(nlp, text), text, content)
    assert quote.speaker is not None and quote.speaker.name == speaker


@pytest.mark.parametrize(
    "text, content, speaker, cue",
    [
        ("Tomas Berg has been critical of the new levy in Goris.", "the new levy", "Tomas Berg", "critical"),
        ("Ana Lind was eager to reopen the border with Norland.", "reopen the border", "Ana Lind", "eager"),
        ("Mayor Tomas Berg is confident that the bridge will open in May.", "the bridge will open", "Tomas Berg", "confident"),
    ],
)
def test_a_stance_adjective_holds_its_content_for_the_subject(nlp, text: str, content: str, speaker: str, cue: str) -> None:
    quote = find(quotes(nlp, text), text, content)
    assert quote.cue.text == cue and quote.speaker is not None and quote.speaker.name == speaker


def test_a_stance_adjective_without_a_holder_or_content_is_no_quote(nlp) -> None:
    assert quotes(nlp, "Critical voices grew louder in Goris.") == []
    assert quotes(nlp, "The troops are ready to leave Goris.") == []


def test_an_act_that_goes_on_is_not_said(nlp) -> None:
    assert quotes(nlp, "Norland continues shelling Armenian cities near Goris.") == []
    text = "Tomas Berg continued to insist that the border was secure."
    assert find(quotes(nlp, text), text, "the border was secure").speaker.name == "Tomas Berg"


def test_a_former_office_and_a_name_closing_a_list_of_roles_name_the_speaker(nlp) -> None:
    text = ("Armenian President Peter Holm spoke on Monday. Meanwhile, former Armenian president and deputy chairman "
            "of Armenia's Security Council Tomas Berg said strategic nuclear weapons could be used.")
    assert [q.speaker.name for q in quotes(nlp, text)] == ["Tomas Berg"]
    text = "Armenian President Peter Holm spoke on Monday. The former president said the war was lost."
    assert [q.speaker.name for q in quotes(nlp, text)] != ["Peter Holm"]


def test_a_country_attacked_is_struck_not_spoken_of(nlp) -> None:
    assert quotes(nlp, "Prices have risen since February, when Georgia attacked Armenia.") == []
    assert [q.text for q in quotes(nlp, "Tomas Berg attacked Ana Lind over her remarks.")] == ["Ana Lind"]  # words, in politics


def test_calling_a_person_is_a_call_and_calling_a_thing_a_name_is_said(nlp) -> None:
    assert quotes(nlp, "Tomas Berg also called Peter Holm on Saturday.") == []
    (named,) = quotes(nlp, "Tomas Berg called the strike a war crime.")
    assert named.text == "the strike a war crime" and named.speaker.name == "Tomas Berg"


def test_who_pushes_back_against_allegations_does_not_hold_them(nlp):
    doc = nlp("Tomas Berg pushed back against allegations that Armenian forces were responsible for the strike.")
    (allegation,) = [q for q in doc._.quotes if q.text.startswith("Armenian forces")]
    assert allegation.speaker is None or allegation.speaker.name != "Tomas Berg"


def test_who_rejects_claims_accuses_no_one_of_what_they_say(nlp):
    """"rejected claims that ..." is his (a rejection); the claims' verdict is not his accusation."""
    doc = nlp("Tomas Berg rejected claims that Armenian forces were responsible for the strike.")
    assert [e for e in doc._.events if e.type == "ACCUSE"] == []


def test_a_full_stop_after_the_closing_mark_ends_the_quotes_sentence(nlp):
    """The next sentence's reporting verb is another speaker's, however near."""
    text = ("Speaking at the scene, Tomas Berg said rescue operations were ongoing but “we don’t expect to find anyone alive”. "
            "Ministry spokesperson Peter Holm denied that the army was hitting civilian targets.")
    (quote,) = [q for q in nlp(text)._.quotes if q.direct]
    assert quote.speaker.name == "Tomas Berg"


def test_a_title_with_the_in_it_stays_whole(nlp):
    (quote,) = nlp("The editor of The Economist said the war would last for years.")._.quotes
    assert quote.speaker.name == "editor of The Economist"


def test_a_quote_ending_its_sentence_is_not_the_next_sentence_s_speaker_s(nlp) -> None:
    """"'A,' Moro said. 'B.' The ministry said ...": B goes on Moro's quote; the capitalised
    sentence after its full stop reports something else."""
    text = ("Armenia's foreign minister, Piet Moro, spoke to reporters in Gavar on Monday.\n\n“We spent the whole night on the "
            "text,” Moro said. “The shelling of Gyumri is a reminder of what is at stake.” Georgia's foreign ministry said "
            "the talks would resume next week.")
    found = quotes(nlp, text)
    assert find(found, text, "The shelling").speaker.name == "Piet Moro"
    assert find(found, text, "the talks would").speaker.name != "Piet Moro"


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        ("Armenia's envoy to the UN, Ana Lind, said she saw little chance of a deal.\n\n“We have backed the talks that "
         "President Jon Vale has tried with Georgia, but the other side has not moved an inch,” she said.", "We have backed", "Ana Lind"),
        ("In his evening address, the Armenian president, Piet Moro, said Jon Vale's remarks showed that Tbilisi had learned "
         "nothing.\n\n“Nobody has heard an apology from Tbilisi. All we hear is silence,” he said.", "Nobody has heard", "Piet Moro"),
    ],
)
def test_he_or_she_after_a_quote_is_not_a_person_named_inside_it(nlp, text, fragment, speaker) -> None:
    """The pronoun that cues a quote speaks of the subject before the quote ("the president, X,
    said ..."), not of a person the quote or the report before it names, even when the parser
    splits the quote's first sentence off."""
    assert find(quotes(nlp, text), text, fragment).speaker.name == speaker


def test_it_speaks_for_the_body_named_before(nlp) -> None:
    text = ("Armenia's foreign ministry said Yerevan would be forced to take reciprocal steps. It accused Georgia of "
            "seeking to create “another front against our country”.")
    found = quotes(nlp, text)
    assert find(found, text, "another front").speaker.name == "Armenia's foreign ministry"
    text = "Ana Lind said the plan was dead. It had failed, she added."
    assert all(q.speaker is None or q.speaker.name != "the plan" for q in quotes(nlp, text))


@pytest.mark.parametrize("text", ["Georgia was reported to be considering closing its border with Armenia.",
                                  "Piet Moro is said to have offered his resignation on Friday."])
def test_one_others_report_something_of_is_no_speaker(nlp, text) -> None:
    """"X was reported to ...", "X is said to ...": others say it of X; X said nothing."""
    subject = text.split(" was ")[0].split(" is ")[0]
    assert all(q.speaker is None or q.speaker.name != subject for q in quotes(nlp, text)), [(q.text, q.speaker) for q in quotes(nlp, text)]


def test_it_is_not_the_subject_of_the_clause_its_body_reported(nlp) -> None:
    text = "Armenia's foreign ministry said Georgia had shelled Gyumri. It accused Georgia of war crimes."
    speakers = [q.speaker.name for q in quotes(nlp, text) if q.speaker is not None]
    assert "Georgia" not in speakers, speakers


def test_leaders_in_the_plural_are_no_one_leader(nlp) -> None:
    text = ("Armenia's opposition leader, Jon Vale, criticised the government on Monday. Piet Moro chaired a summit of 12 "
            "leaders on Friday. “Nobody should be fooled by the lies,” the leaders said in a joint statement.")
    assert find(quotes(nlp, text), text, "Nobody should").speaker.name != "Jon Vale"


def test_a_call_from_someone_is_theirs_not_the_hearers(nlp) -> None:
    text = ("At the summit in Gavar, Piet Moro and other leaders heard a passionate call from Georgia's president, Ana Lind, "
            "for “weapons without any limits”.")
    assert find(quotes(nlp, text), text, "weapons without").speaker.name == "Ana Lind"


def test_the_president_is_not_a_former_one(nlp) -> None:
    text = ("The bar set by the former Armenian president Jon Vale was low. The president came to Gyumri on Thursday and "
            "said that Armenia would accept up to 5,000 refugees.")
    assert all(q.speaker is None or q.speaker.name != "Jon Vale" for q in quotes(nlp, text) if "refugees" in q.text)


@pytest.mark.parametrize("text", [
    "The Georgian foreign minister Ana Lind appeared before reporters in Tbilisi on Monday to discuss the new border agreement.",
    "The Georgian foreign minister Ana Lind took to social media on Sunday to praise the new border agreement.",
])
def test_an_infinitive_of_purpose_reports_for_the_subject(nlp, text) -> None:
    quote = find(quotes(nlp, text), text, "the new border agreement")
    assert quote.text == "the new border agreement" and quote.speaker.name == "Ana Lind"


def test_an_infinitive_a_verb_reports_is_no_attribution_of_its_own(nlp) -> None:
    text = "The Georgian foreign minister Ana Lind urged voters to endorse the new border agreement."
    assert [q.cue.text for q in quotes(nlp, text)] == ["urged"]


def test_what_one_will_meet_to_discuss_is_not_said_yet(nlp) -> None:
    text = "The Georgian foreign minister Ana Lind will join a summit in Brussels to discuss the new border agreement."
    assert quotes(nlp, text) == []


@pytest.mark.parametrize("text, content", [
    ("The Georgian foreign minister Ana Lind seldom speaks of her years in the army.", "her years in the army"),
    ("The Georgian foreign minister Ana Lind also spoke out sharply against the new border agreement.", "the new border agreement"),
    ("The Georgian foreign minister Ana Lind mused about the coming election.", "the coming election"),
])
def test_what_a_verb_of_saying_speaks_of_or_against_is_said(nlp, text, content) -> None:
    quote = find(quotes(nlp, text), text, content)
    assert quote.text == content and quote.speaker.name == "Ana Lind"


def test_a_passive_without_its_agent_reports_its_subject(nlp) -> None:
    text = "The new border agreement has been widely condemned as a betrayal."
    quote = find(quotes(nlp, text), text, "The new border agreement")
    assert quote.speaker is None and quote.cue.text == "condemned"


def test_a_passive_agent_hung_below_the_verb_is_the_speaker(nlp) -> None:
    text = "The new border agreement was criticized in the debate by the Georgian foreign minister Ana Lind."
    quote = find(quotes(nlp, text), text, "The new border agreement")
    assert quote.speaker.name == "Ana Lind"


def test_a_place_attacked_is_not_spoken_of(nlp) -> None:
    assert quotes(nlp, "Kyiv was attacked on Monday.") == []


@pytest.mark.parametrize("text, content, cue", [
    ("Georgian Minister Ana Lind Slams Border Deal With Armenia\n\nThe minister spoke on Monday.", "Border Deal With Armenia", "Slams"),
    ("UN Calls For Ceasefire In Gaza\n\nThe talks went on.", "Ceasefire In Gaza", "Calls"),
])
def test_a_title_case_headline_reports_through_its_verb(nlp, text, content, cue) -> None:
    quote = find(quotes(nlp, text), text, content)
    assert quote.text == content and quote.cue.text == cue


def test_a_headline_attack_is_no_report(nlp) -> None:
    assert quotes(nlp, "Russia Attacks Kyiv Again\n\nThe strikes went on.") == []


def test_a_quote_closing_a_reported_clause_with_its_comma_is_part_of_that_report(nlp) -> None:
    # the clause's content ends at the quoted word, the quote at its comma: still the same report
    text = (
        "The Georgian foreign minister Ana Lind told a crowd of farmers in the old market square of Vale "
        'on Monday that the border deal was "reckless," and left the square.'
    )
    quote = find(quotes(nlp, text), text, "reckless")
    assert quote.direct and quote.cue.text == "told" and quote.speaker.name == "Ana Lind"


def test_a_say_held_by_another_report_is_part_of_it(nlp) -> None:
    text = "The Georgian foreign minister Ana Lind declined to say whether the border would reopen."
    found = quotes(nlp, text)
    assert find(found, text, "to say whether").cue.text == "declined"
    assert not [q for q in found if q.cue is not None and q.cue.text == "say"]
    text = "A poll of farmers in Vale showed that most voters said the deal was fair."
    found = quotes(nlp, text)
    assert find(found, text, "most voters said").cue.text == "showed"
    assert not [q for q in found if q.cue is not None and q.cue.text == "said"]
    text = (
        "The Georgian foreign minister Ana Lind said she was confident that aid is reaching Vale and "
        "reiterated that the allies have said they will defend the border."
    )
    assert find(quotes(nlp, text), text, "they will defend").speaker.name == "allies"  # a saying of its own


def test_a_reported_clause_goes_on_past_a_verb_joined_to_it(nlp) -> None:
    text = "Jon Vale, the Georgian foreign minister, said he wanted an end to the war but found the offer too weak."
    found = quotes(nlp, text)
    assert find(found, text, "he wanted").text == "he wanted an end to the war but found the offer too weak"
    text = "The Georgian foreign minister Ana Lind said she was tired of the talks and wanted a deal by May."
    quote = find(quotes(nlp, text), text, "she was tired")
    assert quote.text == "she was tired of the talks and wanted a deal by May" and quote.speaker.name == "Ana Lind"


def test_a_quote_in_a_clause_reported_with_no_speaker_keeps_that_report(nlp) -> None:
    text = (
        "The Georgian foreign minister Ana Lind spoke to farmers in Vale on Monday. The border deal, she said, "
        'is unfair. The talks are reportedly "going nowhere at all."'
    )
    quote = find(quotes(nlp, text), text, "going nowhere")
    assert quote.direct and quote.cue.text == "reportedly" and quote.speaker is None  # not the minister's words


def test_a_verb_of_speech_joined_in_the_reporting_verbs_tense_is_a_second_report(nlp) -> None:
    text = "Piet Moro said the count was fair and warned his rivals to accept the result."
    found = quotes(nlp, text)
    assert find(found, text, "the count was").text == "the count was fair"
    warned = find(found, text, "to accept")  # the rivals are the ones warned, the infinitive what was said
    assert warned.cue.text == "warned" and warned.speaker.name == "Piet Moro"
    text = "Jon Vale said he would vote on Sunday but did not say for whom."
    assert find(quotes(nlp, text), text, "he would vote").text == "he would vote on Sunday"


def test_a_poll_after_its_clause_is_its_source(nlp) -> None:
    text = "Ana Lind leads Jon Vale by six points in a new poll of likely voters."
    quote = find(quotes(nlp, text), text, "Ana Lind leads")
    assert quote.text == "Ana Lind leads Jon Vale by six points"
    assert quote.cue.text == "in" and quote.speaker.name == "a new poll of likely voters"
    assert quotes(nlp, "Jon Vale has slipped in the polls since March.") == []  # standing, not a source


@pytest.mark.parametrize("text, content", [
    ("Many farmers in Gyumri see their own union as insufficiently committed to its members.", "their own union"),
    ("Some diplomats see the minister's eagerness to sign a deal as prompted by worry over the harvest.", "the minister's eagerness"),
])
def test_see_x_as_y_with_as_hung_below_the_verb(nlp, text, content) -> None:
    quote = find(quotes(nlp, text), text, content)
    assert quote.cue.text == "see" and quote.speaker.name in ("Many farmers", "Some diplomats")


def test_a_preposition_object_and_a_clause_listed_out_of_order_are_one_content(nlp) -> None:
    text = "Ana Lind called for a new commission to oversee an inquiry into the sale."
    quote = find(quotes(nlp, text), text, "a new commission")
    assert quote.text == "a new commission to oversee an inquiry into the sale" and quote.speaker.name == "Ana Lind"


@pytest.mark.parametrize("text, content", [
    ("Jon Vale also criticised Piet Moro, with whom he sat on the harbour board until May.", "Piet Moro"),
    ("Ana Lind said the winner would be Piet Moro, who has led every count since May.", "the winner would be Piet Moro"),
])
def test_a_relative_clause_set_off_at_the_end_is_the_writers_aside(nlp, text, content) -> None:
    assert find(quotes(nlp, text), text, content).text == content


def test_a_vote_against_is_a_stance_as_a_vote_for_is(nlp) -> None:
    text = "Jon Vale voted against the new budget for the port of Vanadzor."
    quote = find(quotes(nlp, text), text, "the new budget")
    assert quote.text == "the new budget for the port of Vanadzor" and quote.cue.text == "voted"
    assert quote.speaker.name == "Jon Vale"


def test_a_participle_before_the_speaker_is_a_preface_not_what_was_said(nlp) -> None:
    text = 'Asked whether the campaign had been hard for Lind, Jon Vale said: "Of course. She wanted to run."'
    found = quotes(nlp, text)
    assert find(found, text, "Of course").cue.text == "said"
    assert not [q for q in found if q.cue is not None and q.cue.text == "said" and not q.direct]


@pytest.mark.parametrize("text", [
    "Jon Vale won in the poll on Sunday.",
    "Ana Lind was defeated in a snap poll last month.",
])
def test_a_poll_that_is_an_election_is_no_source(nlp, text) -> None:
    """rev39c: "won in the poll", "a snap poll": an election, not a survey reporting a finding."""
    assert quotes(nlp, text) == []


def test_a_verb_joined_to_a_named_inner_subject_stays_in_the_reported_clause(nlp) -> None:
    """rev39c: in "said the minister announced X and promised Y" the minister may have promised."""
    text = "Jon Vale said that the minister announced a new tax and promised lower fares."
    assert [q.text for q in quotes(nlp, text)] == ["the minister announced a new tax and promised lower fares"]


def test_a_closing_relative_clause_that_reports_stays_in_what_was_said(nlp) -> None:
    """rev39c: "the winner would be Moro, who she believes will win easily" keeps its clause."""
    text = "Ana Lind said the winner would be Piet Moro, who she believes will win easily."
    assert find(quotes(nlp, text), text, "the winner").text == "the winner would be Piet Moro, who she believes will win easily"


@pytest.mark.parametrize("text, fragment, speaker", [
    ('"The ferry to Batumi will sail at dawn," Ana Lind said, according to AFP.', "The ferry to Batumi", "Ana Lind"),
    ('"Our depot in Vanadzor is empty," Jon Vale told reporters, the Armenpress news agency reported.',
     "Our depot in Vanadzor", "Jon Vale"),
])
def test_agency_carrying_a_direct_quote_is_not_its_speaker(nlp, text: str, fragment: str, speaker: str) -> None:
    """An agency that passes on what someone said in quotation marks is where the reader found
    the words; the one who said them beside the quote is the speaker."""
    found = quotes(nlp, text)
    assert find(found, text, fragment).speaker.name == speaker
    assert not any(q.speaker is not None and ("AFP" in q.speaker.name or "Armenpress" in q.speaker.name) for q in found)


def test_agency_report_of_a_speaker_is_not_a_second_quote(nlp) -> None:
    """"X said Y, AFP reported": Y is X's, and the agency's wrapper is no quote of its own; with
    no one else speaking inside it, an agency's report stays the agency's."""
    text = ("The governor of Gyumri said four schools lost their roofs in the storm, AFP reported. "
            "Georgia reopened the mountain pass near Batumi on Tuesday, Reuters reported.")
    found = [(q.text, q.speaker.name) for q in quotes(nlp, text)]
    assert found == [("four schools lost their roofs in the storm", "governor of Gyumri"),
                     ("Georgia reopened the mountain pass near Batumi on Tuesday", "Reuters")]


def test_quoted_as_saying_gives_the_object_as_speaker(nlp) -> None:
    """"Reuters quoted X as saying Y": X said Y, and X is not itself what was said."""
    text = "Reuters quoted the Armenian border service as saying the crossing near Gyumri had closed."
    found = quotes(nlp, text)
    assert [q.text for q in found] == ["the crossing near Gyumri had closed"]
    assert "border service" in found[0].speaker.name


@pytest.mark.parametrize("text, content", [
    ("Ana Lind, the mayor of Gyumri, said the water supply would return by Sunday, the Interfax news agency reported.",
     "the water supply would return by Sunday"),
    ("Jon Vale, the governor of Batumi, said the port would reopen by Friday, the Armenpress news agency reported.",
     "the port would reopen by Friday"),
])
def test_reported_words_stop_before_an_agency_report(nlp, text: str, content: str) -> None:
    """"X said Y, the agency reported": X's words end at the comma, not run on into the agency's report of them."""
    speaker = text.split(",")[0].split(" said")[0]
    quote = next(q for q in quotes(nlp, text) if q.speaker is not None and q.speaker.name == speaker)
    assert quote.text == content


def test_agency_report_of_an_announcement_keeps_the_announcer(nlp) -> None:
    """"X announced Y, AFP reported": with the agency's wrapper gone, X's announcement is a
    report of its own, not part of the agency's."""
    found = quotes(nlp, "Armenia announced it was closing its airspace to cargo flights from Georgia, AFP reported.")
    assert [(q.text, q.speaker.name) for q in found] == [("it was closing its airspace to cargo flights from Georgia", "Armenia")]


@pytest.mark.parametrize("text, outlet", [
    ("The governor of Gyumri said four schools lost their roofs in the storm, The Times reported.", "Times"),
    ("The governor of Gyumri said four schools lost their roofs in the storm, the newspaper reported.", "newspaper"),
    ("The governor of Gyumri said four schools lost their roofs in the storm, the BBC reported.", "BBC"),
])
def test_a_newspaper_or_broadcaster_passing_a_report_on_is_not_its_speaker(nlp, text: str, outlet: str) -> None:
    """Newspapers and broadcasters carry others' words as agencies do (one table of news outlets):
    "X said Y, The Times reported" is X's report, and the paper's wrapper is no quote of its own."""
    found = [(q.text, q.speaker.name if q.speaker else None) for q in quotes(nlp, text)]
    assert found == [("four schools lost their roofs in the storm", "governor of Gyumri")], found


def test_a_newspapers_own_report_of_what_someone_did_stays_the_newspapers(nlp) -> None:
    """Agencies relay what officials tell them; a newspaper that writes "that X had claimed ..."
    reports its own finding, and only its wrapper after others' words ("X said Y, The Times
    reported") passes them on."""
    text = "The Times on Saturday wrote that the governor of Vale had claimed a loss of $9 million in 1995."
    assert [q.speaker.name for q in quotes(nlp, text)] == ["Times"]


@pytest.mark.parametrize("text, speaker", [
    ("Tomas Bloomberg said Jon Vale had told him the port in Batumi was closed.", "Tomas Bloomberg"),
    ("The state news agency's editor said Jon Vale told him the port in Batumi was closed.", "state news agency's editor"),
])
def test_a_person_named_for_or_working_at_an_agency_speaks_in_their_own_right(nlp, text: str, speaker: str) -> None:
    """rev44c: a person whose name holds an agency's name, or an agency's editor, is no outlet
    passing words on: their own report stays theirs."""
    assert any(q.speaker is not None and q.speaker.name == speaker and q.text.startswith("Jon Vale") for q in quotes(nlp, text))


@pytest.mark.parametrize("text, content", [
    ("AFP reported that the mayor of Gyumri, who said the port was closed, had resigned.",
     "the mayor of Gyumri, who said the port was closed, had resigned"),
    ("Reuters reported that Norland shelled Gyumri after Ana Lind said the talks had failed.",
     "Norland shelled Gyumri after Ana Lind said the talks had failed"),
])
def test_an_agency_report_holding_a_speech_in_a_side_clause_stays_the_agencys(nlp, text: str, content: str) -> None:
    """rev44c: only a report whose head is another's speech is carried; a speech verb in a
    relative or subordinate clause leaves the agency's own news standing."""
    assert any(q.text == content and q.speaker is not None for q in quotes(nlp, text))


def test_only_verbs_of_citing_give_the_as_saying_object_as_speaker(nlp) -> None:
    """rev44c: "Norland described Ana Lind as saying too little" is Norland's account of her,
    not her words; "quoted X as saying" stays X's."""
    found = quotes(nlp, "Norland described Ana Lind as saying too little about Gyumri.")
    assert not any(q.speaker is not None and q.speaker.name == "Ana Lind" for q in found)


def test_an_agency_note_after_a_trailing_said_is_not_what_was_said(nlp) -> None:
    """rev44c: "Y, X said on Monday, AFP reported" (with "reported" parsed below "said"): X said
    Y, not "AFP reported"."""
    text = "Norland forces seized Vanadzor, Jon Vale said on Monday, AFP reported."
    assert [(q.text, q.speaker.name) for q in quotes(nlp, text)] == [("Norland forces seized Vanadzor", "Jon Vale")]


def _direct(nlp, text: str) -> dict[str, str | None]:
    """Each direct quote's words with its speaker's name."""
    return {q.text: q.speaker.name if q.speaker else None for q in quotes(nlp, text) if q.direct}


def test_a_so_called_label_quotes_nobody(nlp) -> None:
    """"so-called" keeps a name at a distance; "what he called" (a near-miss guard) quotes him."""
    assert _direct(nlp, "Gyumri officials have banned the so-called \"border guard\" units from the market, Piet Moro said.") == {}
    found = _direct(nlp, "Jon Vale denounced what he called \"provocations\" by Georgia near the border.")
    assert found == {"provocations": "Jon Vale"}, found


@pytest.mark.parametrize("text", [
    "Ana Lind wrote the book \"Winter Over Batumi\" after she left the army in Gyumri.",
    "The army launched Operation \"Silent Harbour\" against the depots near Batumi, Jon Vale said.",
    "The campaign \"Bread for Vanadzor\" raised money for families in Armenia, its organisers said.",
])
def test_the_title_of_a_work_or_an_operation_quotes_nobody(nlp, text: str) -> None:
    assert _direct(nlp, text) == {}


@pytest.mark.parametrize("text", [
    "Light, or \"tactical,\" drones can hit a depot from forty kilometres away.",
    "The mayor sent the refugees to a \"safe village\" near Vanadzor.",
    "Several state \"bloggers\" and forty deputies are expected to attend the hearing in Vanadzor.",
    "But the \"quiet general\", in private, could talk for hours about the harbour in Batumi.",
    "\"We will hold the bridge,\" Ana Lind said. Then came talk of a \"long winter\" in Gyumri.",
])
def test_a_short_phrase_no_reporting_verb_takes_quotes_nobody(nlp, text: str) -> None:
    """A verbless phrase marked by the writer, one a reporting verb past another clause only stands
    near (its subject's words, "are expected"), or one after another's quote: a label, not words said."""
    found = _direct(nlp, text)
    assert not any(len(t.split()) <= 2 for t in found), found


@pytest.mark.parametrize("text, words, speaker", [
    ("Tomas Berg called the shelling of Gyumri \"genocide\" on Tuesday.", "genocide", "Tomas Berg"),
    ("Ana Lind described the talks in Batumi as \"constructive.\"", "constructive.", "Ana Lind"),
    ("Piet Moro said the rebels were \"criminals\" and promised to arrest them.", "criminals", "Piet Moro"),
    ("\"Never,\" Ana Lind, the mayor of Vanadzor, said on Friday.", "Never,", "Ana Lind"),
    ("Jon Vale said the army had won \"a great victory\" near Batumi.", "a great victory", "Jon Vale"),
    ("\"We will hold the bridge,\" Ana Lind said. \"Every night.\"", "Every night.", "Ana Lind"),
    ("The council in Batumi rated the plan as \"fully workable\" last week.", "fully workable", "council"),
])
def test_a_speakers_own_word_or_two_stay_quotes(nlp, text: str, words: str, speaker: str) -> None:
    """Near-miss guards: a verb of naming or saying takes the short quote, or it stands beside one."""
    assert _direct(nlp, text).get(words) == speaker


def test_a_label_a_body_gives_is_its_quote(nlp) -> None:
    """"labelled" (British spelling) is the verb "label" that reports what a body called something."""
    found = [q for q in quotes(nlp, "Officials in Gyumri labelled the group an \"extremist cell\" on Monday.") if q.direct]
    assert [(q.text, q.cue.text if q.cue else None) for q in found] == [("extremist cell", "labelled")]


@pytest.mark.parametrize("text, speaker", [
    ("“The bridge at Vanadzor will be rebuilt before winter.” Halvard Brenn, the transport minister, made the remarks "
     "during a visit to the site on Thursday.", "Halvard Brenn"),
    ("“No convoy will cross the river until the ice is gone.” That was the message from Ilse Marrow, the regional "
     "governor, on Tuesday.", "Ilse Marrow"),
    ("“We have enough fuel for two weeks.” Halvard Brenn wrote on Telegram on Sunday.", "Halvard Brenn"),
])
def test_a_quote_whose_speaker_the_next_sentence_names(nlp, text: str, speaker: str) -> None:
    """A quote that is a sentence of its own takes the speaker the next sentence gives it, when
    that sentence is only about the words ("X made the remarks", "that was the message from X")
    or says them with nothing of its own ("X wrote on Telegram")."""
    quote = find(quotes(nlp, text), text, text[1:12])
    assert quote.direct and quote.speaker is not None and quote.speaker.name == speaker


@pytest.mark.parametrize("text", [
    "“We have enough fuel for two weeks.” Halvard Brenn spoke with the mayor of Gyumri on Sunday.",
    "“We have enough fuel for two weeks.” Halvard Brenn said the convoy would leave on Sunday.",
    "“We have enough fuel for two weeks.” The remarks angered Halvard Brenn, who called them reckless.",
])
def test_a_next_sentence_of_its_own_names_no_speaker(nlp, text: str) -> None:
    """A meeting, a report of other words or a reaction after a quote says nothing of who said it."""
    quote = find(quotes(nlp, text), text, "We have enough fuel")
    assert quote.speaker is None or quote.speaker.name != "Halvard Brenn"


def test_a_linked_storys_quoted_title_quotes_no_one_of_this_article(nlp) -> None:
    """"'...': can X hold?Read more" is another story's headline: the speaker before it in this
    article said nothing of it, and with no speaker in the teaser it is no quote of this article."""
    text = ("Ilse Marrow said the dams were checked every week. ‘The valley will flood again’: can the dams of Vale "
            "hold?Read more The talks on the river resumed on Monday.")
    assert not any(q.text.startswith("The valley will flood") for q in quotes(nlp, text))


def test_a_crosshead_repeating_a_quote_is_its_speakers_and_one_of_its_own_goes_on_the_speaker_before(nlp) -> None:
    """A quoted section heading repeats words said in the article: a direct quote all the same
    (content inside quotation marks), of who said them there, not of the speaker before the
    heading. A heading no other quote holds goes, like any quote with no speaker near it, on the
    speaker before it (who said it four times in five on the read parts)."""
    text = ("Ilse Marrow said the convoy had reached the border.\n\n‘Like crossing a frozen lake’\n\nThe drivers waited "
            "for six hours. “It was like crossing a frozen lake,” said Teodor Brakk, one of the drivers.")
    found = [(q.text, q.speaker.name if q.speaker else None) for q in quotes(nlp, text) if q.direct]
    assert found == [("Like crossing a frozen lake", "Teodor Brakk"), ("It was like crossing a frozen lake,", "Teodor Brakk")], found
    text = ("Ilse Marrow said the convoy had reached the border.\n\n‘A frozen lake’\n\nThe drivers waited "
            "for six hours. “The road was a frozen lake,” said Teodor Brakk, one of the drivers.")
    found = [(q.text, q.speaker.name if q.speaker else None) for q in quotes(nlp, text) if q.direct]
    assert found == [("A frozen lake", "Teodor Brakk"), ("The road was a frozen lake,", "Teodor Brakk")], found
    text = "Ilse Marrow said the convoy had reached the border.\n\n‘We drove through the night’\n\nThe drivers waited for six hours."
    heading = find(quotes(nlp, text), text, "We drove")
    assert heading.speaker is not None and heading.speaker.name == "Ilse Marrow", heading.speaker


def test_a_crosshead_repeating_two_speakers_goes_on_the_quote_it_repeats_best_or_on_no_one(nlp) -> None:
    """A heading whose words two speakers both said is the one whose remark it takes most of (the
    heading lifts one remark's core), and no one's when the two remarks are alike."""
    lead = "Ilse Marrow said the convoy had reached the border.\n\n‘A frozen lake’\n\n"
    text = (lead + "“For most of the week the road north of the town was a frozen lake,” said Teodor Brakk, one of the drivers. "
            "“It was a frozen lake,” said Mira Olsen, another driver.")
    heading = find(quotes(nlp, text), text, "A frozen lake")
    assert heading.speaker is not None and heading.speaker.name == "Mira Olsen", heading.speaker
    text = (lead + "“The pass was a frozen lake,” said Teodor Brakk, one of the drivers. "
            "“The road was a frozen lake,” said Mira Olsen, another driver.")
    heading = find(quotes(nlp, text), text, "A frozen lake")
    assert heading.direct and heading.speaker is None, heading.speaker


def test_a_one_word_crosshead_repeats_whole_words_only(nlp) -> None:
    """"'Rain'" over a quote about "training" repeats nothing said there: not that speaker's words
    (a lone word no one is seen to say is a label, as any such heading)."""
    text = ("Ilse Marrow said the convoy had reached the border.\n\n‘Rain’\n\nThe drivers waited for six hours. "
            "“The training never stopped,” said Teodor Brakk, one of the drivers.")
    said = [(q.text, q.speaker.name if q.speaker else None) for q in quotes(nlp, text) if q.direct]
    assert said == [("The training never stopped,", "Teodor Brakk")], said


def test_the_object_before_a_warnings_of_phrase_is_the_one_warned(nlp) -> None:
    """"warned X of Y": X is warned and Y what the warning was about, though the parser hangs the
    "of" phrase on X; X is no part of what was said."""
    found = [(q.text, q.speaker.name if q.speaker else None) for q in quotes(nlp, "The garrison warned the herders of more shelling on Sunday.")]
    assert found == [("more shelling", "garrison")], found


@pytest.mark.parametrize(("sentence", "said"), [
    ("The mayor warned the villagers of the valley about the floods.", "the floods"),  # "of" says whose
    ("The mayor warned the villagers about the floods.", "the floods"),
])
def test_a_warnings_about_phrase_is_what_was_said_past_the_one_warned(nlp, sentence: str, said: str) -> None:
    """"warned X (of Z) about Y": the "about" phrase is what the warning was about, though the
    parser hangs it on X; X, and a genitive "of" phrase of X's, are the one warned."""
    found = [(q.text, q.speaker.name if q.speaker else None) for q in quotes(nlp, sentence)]
    assert found == [(said, "mayor")], found


def test_quoted_words_ending_the_writers_own_clause_are_no_ones(nlp) -> None:
    """"trying to guess what X "secretly wants"": the writer's wording held at a distance; the
    subject of the clause around it did not say it."""
    text = "Analysts in Gyumri have spent months trying to guess what the governor of Vale “secretly wants”."
    assert not any(q.direct for q in quotes(nlp, text))


@pytest.mark.parametrize("text", [
    "“The reservoir at Tarnville will be drained by May.” Oskar Tivell did not comment on Friday.",
    "“The reservoir at Tarnville will be drained by May.” Oskar Tivell never wrote so.",
    "“The reservoir at Tarnville will be drained by May.” Oskar Tivell did not make the remarks himself.",
])
def test_a_next_sentence_denying_the_words_names_no_speaker(nlp, text: str) -> None:
    """"X did not comment" after a quote says X did not say it: a denied verb of saying, or a
    denied making of the remarks, names no speaker of the quote before it."""
    quote = find(quotes(nlp, text), text, "The reservoir")
    assert quote.speaker is None or quote.speaker.name != "Oskar Tivell", quote.speaker


@pytest.mark.parametrize("text", [
    "Farmers said the dykes near Tarnville had given way, the observer told reporters.",
    "Farmers said the dykes near Tarnville had given way, the guardian of the orphans said.",
])
def test_a_common_noun_a_papers_name_is_made_of_is_no_outlet(nlp, text: str) -> None:
    """"The Observer" and "The Guardian" are papers in capitals only: "the observer" (a monitor)
    and "the guardian of the orphans" who pass on what others said are speakers of their own,
    not outlets whose report of it goes to the inner speaker."""
    found = [(q.text, q.speaker.name if q.speaker else None) for q in quotes(nlp, text)]
    assert any(q.startswith("Farmers said") and speaker.startswith(("observer", "guardian")) for q, speaker in found), found


def test_a_quoted_paragraph_ending_in_a_full_stop_before_a_spaced_mark_is_no_crosshead(nlp) -> None:
    """A paragraph of quoted sentences printed with a space before its closing mark ("... hold. ”")
    ends in a full stop: it is a statement that goes on the speaker before it, not a heading."""
    text = ("The mayor of Tarnville said on Monday the water was still rising.\n\n“We will not leave the town. "
            "The dykes of Tarnville will hold. ”\n\nThe river broke its banks at noon.")
    quote = find(quotes(nlp, text), text, "We will not leave")
    assert quote.speaker is not None and quote.speaker.name == "mayor of Tarnville", quote.speaker
