"""Publication dates: metadata normalisation, text evidence, batch years, never today."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from sitrep.facts import Article
from sitrep.nlp.published import infer_published

SEEDS = Path("/work/shared/seeds")


def _one(text: str, published: str | None = None):
    return infer_published([Article(id="a", text=text, published=published)])[0]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2022-03-16", "2022-03-16"),
        ("2022/06/23", "2022-06-23"),
        ("Wednesday, 23 February 2022", "2022-02-23"),
        ("2022-08-01T16:23:25Z", "2022-08-01T16:23"),
        ("2022-08-01 09:05:00+02:00", "2022-08-01T09:05"),
        ("Mon, 07 Mar 2022 14:31:00 GMT", "2022-03-07T14:31"),
        ("March 4, 2022", "2022-03-04"),
        ("20220801T162325Z", "2022-08-01T16:23"),  # ISO 8601's basic form
        ("20220801", "2022-08-01"),
        ("09990102", "0999-01-02"),  # the store's ISO form, sortable, whatever the year
    ],
)
def test_metadata_is_normalised(raw: str, expected: str) -> None:
    published = _one("No date in this text.", raw)
    assert (published.value, published.source) == (expected, "metadata")


@pytest.mark.parametrize("raw", ["yesterday", "March", "2022-02-30", "20221301", "soon"])
def test_unusable_metadata_never_becomes_today(raw: str) -> None:
    published = _one("No date in this text.", raw)
    assert published.value is None
    assert published.source == "none"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("KYIV, Ukraine, March 5, 2022 (Reuters) - Shelling went on.", "2022-03-05"),
        ("Wednesday, 23 February 2022\n\nThe U.S. envoy spoke.", "2022-02-23"),
        ("The minister said earlier on April 7 that talks would resume.", "XXXX-04-07"),
        ("Talks resumed on Monday (June 6, 2022), officials said.", "2022-06-06"),
        ("Officials said earlier today (3 April) that the road was open.", "XXXX-04-03"),
        ("The deal was signed. It had been agreed on 4 May 2021 and ratified on 9 May 2021.", "2021-05-09"),
    ],
)
def test_text_evidence(text: str, expected: str) -> None:
    published = _one(text)
    assert (published.value, published.source) == (expected, "text")
    assert published.evidence


def test_year_comes_from_a_full_date_not_a_lone_year() -> None:
    text = "The army, formed in 1991, said earlier on April 7 that it had withdrawn, as it did in June 2019."
    assert _one(text).value == "2019-04-07"
    assert _one("The army, formed in 1991, said earlier on April 7 that it withdrew.").value == "XXXX-04-07"


def test_batch_lends_its_most_common_year() -> None:
    articles = [
        Article(id="a", text="The minister said earlier on April 7 that talks resume."),
        Article(id="b", text="x", published="2022-04-08"),
        Article(id="c", text="x", published="2022-04-09"),
        Article(id="d", text="x", published="2021-01-01"),
    ]
    first = infer_published(articles)[0]
    assert (first.value, first.source) == ("2022-04-07", "inferred")
    assert "batch" in first.evidence


def test_nothing_at_all() -> None:
    published = _one("A war began in 1992 and ended in 1993.")
    assert (published.value, published.source) == (None, "none")


def test_lowercase_may_is_a_verb() -> None:
    assert _one("The plan may 3 times fail.").value is None


def test_never_today() -> None:
    today = date.today().isoformat()
    for text in ("It happened today.", "Yesterday the talks ended.", "Now is the time."):
        assert _one(text).value != today


@pytest.mark.skipif(not SEEDS.exists(), reason="seed articles not available at /work/shared/seeds")
def test_seed_without_metadata_keeps_unknown_year() -> None:
    text = (SEEDS / "000_043407dd7b9b1d86.txt").read_text(encoding="utf-8")
    published = _one(text)
    assert (published.value, published.source) == ("XXXX-03-02", "text")
