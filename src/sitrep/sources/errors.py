"""The one error a reader raises: it names the input and the cause in a single line."""

from __future__ import annotations


class ReadError(Exception):
    """An input that could not be read; ``str()`` is the line shown to the user."""

    def __init__(self, source: str, problem: str):
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem


class Skipped(ReadError):
    """Files of a folder of a kind no reader takes (a PDF, a Word file, a picture): told in a
    note, so a user sees they were not read, yet no failure of the run, which read the rest."""

    def __init__(self, source: str, problem: str, files: int):
        super().__init__(source, problem)
        self.files = files
