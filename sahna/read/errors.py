"""The one error type every reader raises or yields, and the skip notice.

A bad input must never stop a batch: readers *yield* a :class:`ReadError` in place of a
document, and the caller prints it as one line naming the file (and line, or byte
offset) and goes on. The line and offset are also kept as fields, so that a run can
write its failures as JSON Lines (``sahna extract --errors FILE``).
"""

from __future__ import annotations


def where(source: str, line: int | None = None, offset: int | None = None) -> str:
    """A place in the input as printed: ``path:line``, ``path: byte N`` or ``path``."""
    if line is not None:
        return f"{source}:{line}"
    if offset is not None:
        return f"{source}: byte {offset}"
    return source


class ReadError(Exception):
    """A source that could not be turned into a document: ``source`` names the file,
    ``line`` the line of a line-based input (``feed.jsonl:12``), ``offset`` the byte
    offset of a record in an archive (``crawl.warc.gz: byte 7431``)."""

    def __init__(self, source: str, reason: str, *, line: int | None = None,
                 offset: int | None = None) -> None:
        self.source = source
        self.reason = reason
        self.line = line
        self.offset = offset
        super().__init__(f"{self.where}: {reason}")

    @property
    def where(self) -> str:
        """The source as printed: ``path:line``, ``path: byte N`` or ``path``."""
        return where(self.source, self.line, self.offset)

    def to_json(self) -> dict[str, object]:
        return {"source": self.source, "line": self.line, "offset": self.offset,
                "reason": self.reason}


class Skipped(ReadError):
    """A record deliberately not turned into a document: a redirect or a PDF in a web
    archive, a page with no main text. It is counted in the run's summary but is not a
    failure. It subclasses :class:`ReadError` so that code written before skips existed,
    which drops everything that is not a document, keeps dropping them."""

    def __init__(self, source: str, reason: str, *, kind: str = "not a page",
                 line: int | None = None, offset: int | None = None) -> None:
        super().__init__(source, reason, line=line, offset=offset)
        self.kind = kind  # "empty" | "not a page"
