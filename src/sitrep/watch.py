"""`sitrep watch`: poll feeds, URLs and folders; ingest what is new; update the fused picture.

A folder is rescanned each poll but only files whose size or modification time changed are
read again; so is a watched file (a feed file another tool appends to), and an empty file
waits for its content. A feed or URL that fails is logged and retried with exponential
backoff (up to ``MAX_BACKOFF`` polls' worth of waiting), while the other sources go on being
polled.
"""

from __future__ import annotations

import io
import logging
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import TextIO

from sitrep.fuse import fuse
from sitrep.ingest import Summary, ingest
from sitrep.sources import FieldMap
from sitrep.sources.files import walk
from sitrep.store.sqlite import Store

log = logging.getLogger("sitrep.watch")
MAX_BACKOFF = 3600.0


def parse_every(text: str) -> float:
    """"30s", "5m", "1h" or plain seconds -> seconds."""
    units = {"s": 1, "m": 60, "h": 3600}
    text = text.strip().lower()
    try:
        return float(text[:-1]) * units[text[-1]] if text[-1] in units else float(text)
    except (ValueError, IndexError):
        raise ValueError(f"--every: cannot read {text!r}; use e.g. 30s, 5m, 1h") from None


@dataclass
class Source:
    """One watched input and its retry state."""

    target: str
    failures: int = 0
    next_try: float = 0.0
    seen: dict[str, tuple[int, float]] = field(default_factory=dict)  # local files: (size, mtime)

    def due(self, now: float) -> bool:
        return now >= self.next_try

    @property
    def local(self) -> bool:
        """A folder or a file on this machine, whose changes a stat tells (not a feed or URL)."""
        return Path(self.target).is_dir() or Path(self.target).is_file()

    def changed_files(self) -> list[str]:
        """Files of a folder, or the one file watched (a feed file another tool appends to),
        that are new or changed since the last poll. An empty file holds nothing yet (just
        created, still being written): it is no failure, and it is read once it has content."""
        target = Path(self.target)
        changed = []
        for path in walk(target) if target.is_dir() else [target]:
            stat = path.stat()
            if not stat.st_size:
                continue
            state = (stat.st_size, stat.st_mtime)
            if self.seen.get(str(path)) != state:
                self.seen[str(path)] = state
                changed.append(str(path))
        return changed


class ToldOnce(io.TextIOBase):
    """A watch's stream of ingest errors, each line told once: a feed item that cannot be read
    (broken, not in English) is fetched again at every poll, and its error, repeated every few
    minutes for as long as the feed lists it, buried the new ones."""

    def __init__(self, stream: TextIO):
        self.stream, self.told, self.pending = stream, set[str](), ""

    def write(self, text: str) -> int:
        self.pending += text
        *lines, self.pending = self.pending.split("\n")
        for line in lines:
            if line not in self.told:
                self.told.add(line)
                self.stream.write(line + "\n")
        return len(text)

    def flush(self) -> None:
        self.stream.flush()


@dataclass
class Watcher:
    store: Store
    targets: list[str]
    every: float = 300.0
    fields: FieldMap | None = None
    errors: TextIO = sys.stderr
    clock: Callable[[], float] = time.monotonic
    sources: list[Source] = field(init=False)
    ingest_errors: ToldOnce = field(init=False)

    def __post_init__(self) -> None:
        self.sources = [Source(t) for t in self.targets]
        self.ingest_errors = ToldOnce(self.errors)

    def poll(self) -> Summary:
        """One round over every source that is due; returns what was ingested."""
        total = Summary()
        now = self.clock()
        for source in self.sources:
            if not source.due(now):
                continue
            inputs = source.changed_files() if source.local else [source.target]
            if not inputs:
                continue
            summary = ingest(inputs, self.store, self.fields, errors=self.ingest_errors, progress=False)
            if summary.replaced:
                log.info("%s: %d edited file(s) or page(s); their new versions replace the old", source.target, summary.replaced)
            self._settle(source, summary, now)
            for count in fields(Summary):
                setattr(total, count.name, getattr(total, count.name) + getattr(summary, count.name))
        if total.new:
            log.info(fuse(self.store).line())
        return total

    def _settle(self, source: Source, summary: Summary, now: float) -> None:
        """A source that yielded nothing but errors waits longer before its next try."""
        if summary.failed and not summary.read:
            source.failures += 1
            wait = min(self.every * 2 ** source.failures, MAX_BACKOFF)
            source.next_try = now + wait
            print(f"watch: {source.target} failed ({source.failures} in a row); retrying in {wait:.0f} s", file=self.errors)
        else:
            source.failures = 0
            source.next_try = 0.0

    def run(self, polls: int | None = None) -> None:
        """Poll forever (or ``polls`` times), sleeping ``every`` seconds between rounds."""
        count = 0
        while polls is None or count < polls:
            started = self.clock()
            summary = self.poll()
            print(f"watch: {summary.line()}", file=self.errors)
            count += 1
            if polls is None or count < polls:
                time.sleep(max(0.0, self.every - (self.clock() - started)))
