"""Readers: paths, directories, globs and stdin in; documents (or one-line errors) out.

Like datatrove's readers, they only turn bytes into :class:`~sahna.document.Document`
objects; every later stage works on documents and never sees a file. What a file is —
plain text, JSON Lines (plain or compressed), an HTML page, a web archive, a feed — is
told by its name, or by its first bytes when the name does not say (:mod:`.sniff`).
"""

from __future__ import annotations

import io
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from sahna.document import Document
from sahna.read.compressed import read_compressed_jsonl
from sahna.read.errors import ReadError, Skipped
from sahna.read.feed import feed_documents, read_feed_file
from sahna.read.html import html_document, read_html_file
from sahna.read.jsonl import DEFAULT_FIELDS, JsonFields, read_jsonl_file, read_jsonl_stream
from sahna.read.paths import Walker
from sahna.read.sniff import COMPRESSIONS, kind_by_content, kind_by_name, sniff_file
from sahna.read.text import read_text_file, text_document
from sahna.read.warc import read_warc_file, read_warc_stream

__all__ = ["JsonFields", "ReadError", "Skipped", "expand_paths", "read_paths"]

Item = Document | ReadError
Reader = Callable[[Path, JsonFields], Iterator[Item]]


def _read_jsonl(path: Path, fields: JsonFields) -> Iterator[Item]:
    if path.suffix.lower() in COMPRESSIONS:
        return read_compressed_jsonl(path, fields)
    return read_jsonl_file(path, fields)


READERS: dict[str, Reader] = {
    "text": lambda path, _: read_text_file(path),
    "jsonl": _read_jsonl,
    "html": lambda path, _: read_html_file(path),
    "warc": lambda path, _: read_warc_file(path),
    "feed": lambda path, _: read_feed_file(path),
}


def expand_paths(paths: Iterable[str], exclude: Iterable[Path] = ()
                 ) -> Iterator[Path | str | ReadError]:
    """Files named, found under directories (recursively), or matched by globs; ``-`` is
    stdin. A name that matches nothing is an error, not silence; so is a file or folder
    that cannot be read. Each file comes once, however many links or names lead to it
    (:class:`~sahna.read.paths.Walker`). ``exclude`` names the
    run's own output files: a JSONL output or error log written into the folder being
    read would otherwise be read back, growing as it is read."""
    excluded = {p.resolve() for p in exclude}
    for item in Walker(_readable).expand(paths):
        if isinstance(item, Path) and excluded and item.resolve() in excluded:
            continue
        yield item


def _readable(path: Path) -> bool:
    """Files a directory walk reads: known kinds by name, and extension-less files
    whose first bytes show a page, an archive or a feed (as ``wget`` saves them)."""
    if path.name.startswith("."):
        return False
    if kind_by_name(path):
        return True
    return not path.suffix and sniff_file(path) is not None


def kind_of(path: Path) -> str:
    """The reader for a file: by name, else by content; plain text when neither says."""
    return kind_by_name(path) or sniff_file(path) or "text"


def read_paths(paths: Iterable[str], fields: JsonFields | None = None,
               exclude: Iterable[Path] = ()) -> Iterator[Item]:
    """Every document under ``paths``, in order, with errors in place of bad inputs.
    ``fields`` names the JSON record fields holding the text, id and date; files in
    ``exclude`` (the run's outputs) are not read."""
    fields = fields or DEFAULT_FIELDS
    for item in expand_paths(paths, exclude):
        if isinstance(item, ReadError):
            yield item
        elif isinstance(item, str):  # "-", standard input
            yield from _read_stdin(fields)
        else:
            yield from READERS[kind_of(item)](item, fields)


def _read_stdin(fields: JsonFields) -> Iterator[Item]:
    """Stdin holds JSONL when its first non-blank byte opens an object; a page, an
    archive or a feed when its first bytes say so; else one text."""
    data = sys.stdin.buffer.read()
    kind = kind_by_content(data)
    if data.lstrip()[:1] == b"{":
        yield from read_jsonl_stream(io.BytesIO(data), "<stdin>", "stdin", fields)
    elif kind == "warc":
        yield from read_warc_stream(io.BytesIO(data), "<stdin>", "stdin")
    elif kind == "feed":
        yield from feed_documents(data, "<stdin>", "stdin")
    elif kind == "html":
        yield html_document(data, "<stdin>", "stdin")
    else:
        yield from text_document(data, "<stdin>", "stdin")
