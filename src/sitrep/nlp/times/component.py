"""``sitrep_times``: the spaCy component (``doc._.times``) and ``find_times``."""

# No postponed annotations here: spaCy validates the factory's argument types.
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc

from sitrep.facts import Time
from sitrep.nlp.times.anchor import Anchor
from sitrep.nlp.times.finding import (
    _attach_clocks, _candidates, _choose, _conjoined_days, _date_weekdays, _dateline_anchor,
    _outside_marker, _year_back_quarters,
)
from sitrep.nlp.times.relative import _reanchor
from sitrep.nlp.times.values import _Context
from sitrep.timex import day


def dates(times: list[Time]) -> list[Time]:
    """The dates among ``times``, a time of day counted as its day: an act "on Monday
    afternoon" or a toll "at 3pm on Friday" is dated by that day."""
    found = []
    for time in times:
        when = day(time.value) if time.type == "TIME" else None
        if when is not None:
            found.append(replace(time, type="DATE", value=when.isoformat()))
        elif time.type == "DATE":
            found.append(time)
    return found


def find_times(doc: Doc, anchor: str | None) -> list[Time]:
    """Every temporal expression of ``doc``, valued against ``anchor`` (or left XXXX)."""
    ctx = _Context(doc, Anchor.parse(anchor))
    ctx.anchor = _dateline_anchor(ctx.text, ctx.anchor)  # doc.text is rebuilt per read: reuse ctx's
    times = _outside_marker(_choose(list(_candidates(ctx))), ctx.text)
    times = _conjoined_days(_date_weekdays(times, ctx.text), ctx.text)
    _year_back_quarters(times, ctx.anchor, ctx.text)
    _reanchor(times, ctx.text)
    return _attach_clocks(times, ctx.text)


class TimeTagger:
    """The ``sitrep_times`` pipe: reads ``doc._.{anchor_attr}``, writes ``doc._.{times_attr}``."""

    def __init__(self, name: str, anchor_attr: str, times_attr: str) -> None:
        self.name = name
        self.anchor_attr = anchor_attr
        self.times_attr = times_attr
        for attr in (anchor_attr, times_attr):
            if not Doc.has_extension(attr):
                Doc.set_extension(attr, default=None)

    def __call__(self, doc: Doc) -> Doc:
        doc._.set(self.times_attr, find_times(doc, doc._.get(self.anchor_attr)))
        return doc

    def to_disk(self, path: object, *, exclude: object = ()) -> None:
        """Stateless: the rules live in code, nothing to save."""

    def from_disk(self, path: object, *, exclude: object = ()) -> "TimeTagger":
        return self


@Language.factory(
    "sitrep_times",
    default_config={"anchor_attr": "anchor", "times_attr": "times"},
    requires=["token.tag", "token.pos", "token.dep"],
    assigns=["doc._.times"],
)
def make_time_tagger(nlp: Language, name: str, anchor_attr: str, times_attr: str) -> TimeTagger:
    return TimeTagger(name, anchor_attr, times_attr)
