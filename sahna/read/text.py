"""Plain-text files: one file, one document; the file stem is the ``doc_id``."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from sahna.document import Document
from sahna.read.decode import DecodeError, decode_bytes
from sahna.read.errors import ReadError

# A news article is kilobytes; a multi-megabyte "article" is a dump or a mistake, and
# analysing it would stall the batch. Larger inputs belong in JSONL, one record a line.
MAX_DOC_BYTES = 5 * 1024 * 1024


def read_text_file(path: Path) -> Iterator[Document | ReadError]:
    """Yield the file as one document, or one :class:`ReadError`."""
    try:
        size = path.stat().st_size
        if size > MAX_DOC_BYTES:
            yield ReadError(str(path), f"file too large for one document "
                            f"({size / 1e6:.1f} MB > {MAX_DOC_BYTES / 1e6:.0f} MB); "
                            "split it or give it as JSONL")
            return
        data = path.read_bytes()
    except OSError as exc:
        yield ReadError(str(path), f"cannot read ({exc.strerror or exc})")
        return
    yield from text_document(data, str(path), path.stem)


def text_document(data: bytes, source: str, doc_id: str) -> Iterator[Document | ReadError]:
    """Decode ``data`` into a document, refusing empty and undecodable input."""
    try:
        text = decode_bytes(data)
    except DecodeError as exc:
        yield ReadError(source, str(exc))
        return
    if not text.strip():
        yield ReadError(source, "empty document (no text)")
        return
    yield Document(doc_id=doc_id, source=source, raw=text)
