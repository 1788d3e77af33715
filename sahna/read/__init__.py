"""Readers: paths, directories, globs and stdin in; documents (or one-line errors) out.

Like datatrove's readers, they only turn bytes into :class:`~sahna.document.Document`
objects; every later stage works on documents and never sees a file.
"""

from __future__ import annotations

import glob
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from sahna.document import Document
from sahna.read.errors import ReadError
from sahna.read.jsonl import read_jsonl_file, read_jsonl_stream
from sahna.read.text import read_text_file, text_document

__all__ = ["ReadError", "expand_paths", "read_paths"]

READERS = {".txt": read_text_file, ".text": read_text_file, ".jsonl": read_jsonl_file}


def expand_paths(paths: Iterable[str]) -> Iterator[Path | str | ReadError]:
    """Files named, found under directories (recursively), or matched by globs; ``-`` is
    stdin. A name that matches nothing is an error, not silence."""
    for name in paths:
        if name == "-":
            yield "-"
            continue
        path = Path(name)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and _readable(p))
        elif path.exists():
            yield path
        elif glob.has_magic(name):
            matches = sorted(Path(m) for m in glob.glob(name, recursive=True))
            files = [m for m in matches if m.is_file()]
            if not files:
                yield ReadError(name, "no file matches this pattern")
            yield from files
        else:
            yield ReadError(name, "no such file or directory")


def _readable(path: Path) -> bool:
    return path.suffix.lower() in READERS and not path.name.startswith(".")


def read_paths(paths: Iterable[str]) -> Iterator[Document | ReadError]:
    """Every document under ``paths``, in order, with errors in place of bad inputs."""
    for item in expand_paths(paths):
        if isinstance(item, ReadError):
            yield item
        elif item == "-":
            yield from _read_stdin()
        else:
            reader = READERS.get(item.suffix.lower(), read_text_file)
            yield from reader(item)


def _read_stdin() -> Iterator[Document | ReadError]:
    """Stdin holds JSONL when its first non-blank byte opens an object, else one text."""
    data = sys.stdin.buffer.read()
    if data.lstrip()[:1] == b"{":
        yield from read_jsonl_stream(iter(data.splitlines(keepends=True)), "<stdin>", "stdin")
    else:
        yield from text_document(data, "<stdin>", "stdin")
