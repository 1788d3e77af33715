"""The one error type every reader raises or yields.

A bad input must never stop a batch: readers *yield* a :class:`ReadError` in place of a
document, and the caller prints it as one line naming the file (and line) and goes on.
"""

from __future__ import annotations


class ReadError(Exception):
    """A source that could not be turned into a document: ``source`` names the file and,
    where it helps, the line (``feed.jsonl:12``)."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason
