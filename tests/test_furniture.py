"""Teasers of other stories run into a scraped article's text (sitrep.nlp.furniture)."""

from sitrep.facts import Article
from sitrep.nlp.extract import extract
from sitrep.nlp.furniture import furniture
from sitrep.spans import promos, sentence_around

TEXT = (
    "Talks on the grain corridor stalled on Monday. Armenia and Georgia sign a transit accord in "
    "GorisRead more Ana Lind said the talks would resume. Read more here about the talks.\n"
    "00:41'They fired at the convoy,' says driver wounded near Goris – video The talks resumed.\n"
    "01:45 Evacuation of Goris possible with UN help, says Lind – video\n"
    "The meeting is at 10:30 on Friday – video links will be shown."
)


def teasers(text: str) -> list[str]:
    return [text[a:b] for a, b in furniture(text)]


def test_a_linked_title_runs_back_to_the_sentence_before_its_button():
    assert "Armenia and Georgia sign a transit accord in GorisRead more" in teasers(TEXT)


def test_read_more_in_prose_is_no_button():
    assert not any("here about" in t for t in teasers(TEXT))


def test_a_video_teaser_runs_from_its_time_to_its_label():
    found = teasers(TEXT)
    assert "00:41'They fired at the convoy,' says driver wounded near Goris – video" in found
    assert "01:45 Evacuation of Goris possible with UN help, says Lind – video" in found
    assert len(found) == 3  # not "10:30 on Friday – video links": no title follows the time


def test_a_block_of_links_runs_from_its_header_to_the_end_of_its_paragraph():
    text = ("Ana Lind met Tomas Berg in Goris.\nOther Topics of Interest Georgia Shells Gavar, Killing Three "
            "The shelling followed talks in Yerevan.\nThe talks resumed on Friday. See also the map below.\n"
            "Read also: Armenia asks Georgia for more tanks\nSee also how the talks went.")
    found = teasers(text)
    assert found[0] == "Other Topics of Interest Georgia Shells Gavar, Killing Three The shelling followed talks in Yerevan."
    assert found[1] == "Read also: Armenia asks Georgia for more tanks"
    assert len(found) == 2  # "See also the map below", "See also how ...": prose, no header


PROMO = (
    "Armenia fears retaliation. Sign up to Morning Brief, our free daily newsletter – every weekday "
    "morning at 7am BST Western countries deny that Georgia has become a party to the conflict, Ana Lind said."
)


def test_a_newsletter_sign_up_line_runs_to_its_schedule():
    assert [PROMO[a:b] for a, b in promos(PROMO)] == ["Sign up to Morning Brief, our free daily newsletter – every weekday morning at 7am BST"]
    glued = "Sign up for The Long Read, our weekly newsletter – every Friday at 6pm Ana Lind arrived."
    assert [glued[a:b] for a, b in promos(glued)] == ["Sign up for The Long Read, our weekly newsletter – every Friday at 6pm"]


def test_nothing_is_read_in_a_newsletter_line_and_offsets_hold():
    (doc,) = extract([Article(id="promo", text=PROMO, published="2022-03-25")])
    names = [e.name for e in doc.entities]
    assert "Morning Brief" not in names and not any("BST" in n for n in names), names
    assert doc.times == []
    (quote,) = doc.quotes
    assert PROMO[quote.start:quote.end] == quote.text
    assert quote.text.startswith("Western countries deny")
    begin, end = sentence_around(PROMO, quote.start, quote.end)
    assert PROMO[begin:end].startswith("Western countries deny"), PROMO[begin:end]  # the sentence a briefing shows


def test_a_sign_up_line_without_a_schedule_leaves_the_prose_after_it():
    text = "Sign up to our daily newsletter – the shelling of Gavar continued on Monday."
    assert [text[a:b] for a, b in promos(text)] == ["Sign up to our daily newsletter"]


CAPTIONED = (
    "Talks went on. Ana Lind, left, meeting with her Georgian counterpart in Batumi in October. "
    "Photograph: Jon Vale/Reuters Armenia's foreign minister met her Georgian counterpart in Gyumri on Monday."
)


def test_a_caption_runs_from_the_sentence_before_its_credit_to_the_credit():
    assert teasers(CAPTIONED) == [
        "Ana Lind, left, meeting with her Georgian counterpart in Batumi in October. Photograph: Jon Vale/Reuters"
    ]


def test_what_a_caption_shows_is_no_event_and_the_report_after_it_is():
    (doc,) = extract([Article(id="caption", text=CAPTIONED, published="2022-03-25")])
    meetings = [e for e in doc.events if e.type == "CONSULT"]
    assert meetings and all(e.start > CAPTIONED.index("Reuters") for e in meetings), [(e.text, e.start) for e in meetings]


def test_a_credit_on_its_own_line_is_the_whole_caption_and_abbreviations_end_no_caption():
    own_line = "Armenia's foreign minister met her Georgian counterpart in Gyumri on Monday.\nPhotograph: Jon Vale/Reuters\nMore talks follow."
    assert teasers(own_line) == ["Photograph: Jon Vale/Reuters"]
    titled = "Talks went on. Mr. Lind met Mr. Vale in Goris on Monday. Photograph: Jon Vale/Reuters The minister said."
    assert teasers(titled) == ["Mr. Lind met Mr. Vale in Goris on Monday. Photograph: Jon Vale/Reuters"]


def test_a_credit_naming_a_newspaper_or_in_capitals_closes_its_caption():
    """Credits read the one table of news outlets (nlp/data/news_outlets.csv): a newspaper's or
    a broadcaster's photographer ("/The New York Times"), an agency printed in capitals ("/ANSA")."""
    for credit in ("Photograph: Piet Moro/The New York Times", "Photo: Piet Moro/ANSA", "Photograph: Piet Moro/BBC"):
        text = f"Talks went on. The ferry leaving Batumi harbour in May. {credit} The ministry said the pass was open."
        assert teasers(text) == [f"The ferry leaving Batumi harbour in May. {credit}"]


def test_a_linked_title_glued_to_its_button_ends_before_the_next_sentence():
    """A sentence shown to a reader starts after a teaser's "Read more", not with another story's
    title in front of it ("Gyumri opens a museumRead more Officials said ...")."""
    text = "Gyumri opens a new museumRead more Officials said the Armenian president would visit Batumi in May."
    begin, end = sentence_around(text, text.index("visit"), text.index("visit") + 5)
    assert text[begin:end] == "Officials said the Armenian president would visit Batumi in May."


def test_read_more_in_prose_ends_no_sentence():
    """"told pupils to \"Read more books\"" and "(Read more)" are prose, not a teaser's button: the
    sentence runs on."""
    text = 'Talks went on. Ana Lind told pupils in Gyumri to "Read more books" and visited Batumi in May.'
    begin, end = sentence_around(text, text.index("visited"), text.index("visited") + 7)
    assert text[begin:end] == 'Ana Lind told pupils in Gyumri to "Read more books" and visited Batumi in May.'
    text = "Talks went on. Ana Lind met Jon Vale (Read more) and visited Batumi in May."
    begin, end = sentence_around(text, text.index("visited"), text.index("visited") + 7)
    assert text[begin:end] == "Ana Lind met Jon Vale (Read more) and visited Batumi in May."
    assert not teasers(text)


def test_a_video_label_opening_its_line_runs_to_the_end_of_that_line():
    """"See the video ..." on a line of its own: a video's title and the headline glued to it,
    no report of this article; the label in prose is read on."""
    text = ("Ana Lind met Tomas Berg in Goris on Monday.\n\nSee the video Jon Vale visited Gavar."
            "\"We will hold out\"\n\nThe talks resumed. Voters may see the video later.\n"
            "Watch the video: shells hit the school in Gavar, the mayor said.")
    assert teasers(text) == ["See the video Jon Vale visited Gavar.\"We will hold out\""]
    (doc,) = extract([Article(id="video", text=text, published="2023-07-12")])
    assert not [e for e in doc.events if e.mode == "visit"], doc.events
