"""An attribution as the parse gives it, before its speaker is resolved."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span


@dataclass
class Attribution:
    """What the parse says before speakers are resolved: content, cue and speaker tokens."""

    start: int
    end: int
    direct: bool
    cue: Span | None = None
    speaker: Span | None = None
    speaker_text: tuple[int, int] | None = None  # a signature's author, not a parsed phrase
