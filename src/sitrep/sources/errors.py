"""The one error a reader raises: it names the input and the cause in a single line."""

from __future__ import annotations


class ReadError(Exception):
    """An input that could not be read; ``str()`` is the line shown to the user."""

    def __init__(self, source: str, problem: str):
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem
