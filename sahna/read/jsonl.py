"""JSON Lines dumps: one record a line. Ours carry ``id``/``doc_id``, ``text`` and
optional ``url``, ``published``, ``title``, ``fetched`` (the date the page was fetched,
which dates a stamp that reads «Сегодня, 14:05»); web-corpus dumps (FineWeb, C4) carry
``text``, ``url`` and ``date`` or ``timestamp``. Which fields hold the text, the id and
the date can be configured (:class:`JsonFields`). Streamed line by line, each line read
with a size bound, so a dump of any size runs in constant memory; a malformed line is
reported with its number and skipped."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from sahna.document import Document
from sahna.read.errors import ReadError
from sahna.read.text import MAX_DOC_BYTES

_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


@dataclass(frozen=True)
class JsonFields:
    """Names of the record fields to read, each tried in order. A dotted name
    (``meta.url``) reaches into a nested object."""

    text: tuple[str, ...] = ("text",)
    id: tuple[str, ...] = ("id", "doc_id")
    date: tuple[str, ...] = ("published", "date", "timestamp")
    url: tuple[str, ...] = ("url",)
    title: tuple[str, ...] = ("title",)
    fetched: tuple[str, ...] = ("fetched",)

    @classmethod
    def configured(cls, text: str | None = None, id: str | None = None,
                   date: str | None = None) -> JsonFields:
        """The defaults, with each field given on the command line replacing its list:
        a field the user names is the one meant, not one more guess."""
        default = cls()
        return cls(text=(text,) if text else default.text,
                   id=(id,) if id else default.id,
                   date=(date,) if date else default.date)


DEFAULT_FIELDS = JsonFields()


def read_jsonl_file(path: Path, fields: JsonFields = DEFAULT_FIELDS
                    ) -> Iterator[Document | ReadError]:
    from sahna.read.sniff import base_stem

    try:
        handle = path.open("rb")
    except OSError as exc:
        yield ReadError(str(path), f"cannot read ({exc.strerror or exc})")
        return
    with handle:
        yield from read_jsonl_stream(handle, str(path), base_stem(path), fields)


def read_jsonl_stream(handle: IO[bytes], source: str, stem: str,
                      fields: JsonFields = DEFAULT_FIELDS, *,
                      tell: Callable[[], int] | None = None,
                      stream: str = "", first_line: int = 1,
                      whole: bool = True) -> Iterator[Document | ReadError]:
    """Records of a byte stream. ``stream`` names its compression (``gzip``) and
    ``tell`` gives the position in the compressed file, for the error when the stream
    breaks off: the records before the break are kept, the rest of the file is lost.

    ``first_line`` numbers the stream's first line when it is a slice of a file (a
    shard of a big dump, :mod:`sahna.executors.shards`): line numbers, and the ids of
    records without one (``dump-12``), are those of the whole file, so a sharded run
    yields the documents an unsharded one does. ``whole`` is False for such a slice: a
    slice without records does not make the file empty."""
    number = first_line - 1
    records = 0
    lines = _bounded_lines(handle)
    while True:
        try:
            line = next(lines, None)
        except Exception as exc:  # EOFError, OSError, zlib.error, ZstdError: all mean this
            yield _broken_stream(exc, source, number + 1, stream, tell)
            return
        if line is None:
            break
        number += 1
        size, data = line
        if data is None:  # a record all the same: the file is not empty
            records += 1
            yield ReadError(source, f"record too large ({size / 1e6:.1f} MB)", line=number)
            continue
        if not data.strip():
            continue
        records += 1
        try:
            record = json.loads(data)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            yield ReadError(source, f"malformed JSON ({exc})", line=number)
            continue
        yield record_document(record, source, number, f"{stem}-{number}", fields)
    if records == 0 and whole:
        yield ReadError(source, "empty file (no records)")


def _bounded_lines(handle: IO[bytes]) -> Iterator[tuple[int, bytes | None]]:
    """``(size, line)`` for each line; ``line`` is None for one over the size bound,
    whose bytes are skipped without being held in memory."""
    while True:
        data = handle.readline(MAX_DOC_BYTES + 1)
        if not data:
            return
        if len(data) <= MAX_DOC_BYTES or data.endswith(b"\n"):
            yield len(data), data
            continue
        size = len(data)
        while True:
            more = handle.readline(1 << 20)
            size += len(more)
            if not more or more.endswith(b"\n"):
                break
        yield size, None


def _broken_stream(exc: BaseException, source: str, line: int, stream: str,
                   tell: Callable[[], int] | None) -> ReadError:
    offset = _safe_tell(tell)
    what = f"{stream} stream" if stream else "file"
    detail = " ".join(str(exc).split()) or type(exc).__name__
    at = f" at byte {offset} of the file" if offset is not None else ""
    if detail.startswith("decompression bomb"):  # sahna.read.compressed.DecompressionBomb
        return ReadError(source, f"{detail}{at}; the {line - 1} lines before it were read",
                         line=line, offset=offset)
    return ReadError(source, f"truncated or corrupt {what}: {detail}{at}; "
                     f"the {line - 1} lines before it were read", line=line, offset=offset)


def _safe_tell(tell: Callable[[], int] | None) -> int | None:
    try:
        return tell() if tell else None
    except (OSError, ValueError):
        return None


def record_document(record: object, source: str, line: int, fallback_id: str,
                    fields: JsonFields = DEFAULT_FIELDS) -> Document | ReadError:
    """Turn one parsed JSON record into a document, validating its fields."""
    if not isinstance(record, dict):
        return ReadError(source, "a record must be a JSON object", line=line)
    text = _first(record, fields.text)
    names = " or ".join(repr(name) for name in fields.text)
    if text is not None and not isinstance(text, str):
        kind = {bool: "true or false", int: "a number", float: "a number", list: "a list",
                dict: "an object"}.get(type(text), type(text).__name__)
        return ReadError(source, f"record's {names} is {kind}, not a string", line=line)
    if not isinstance(text, str) or not text.strip():
        return ReadError(source, f"record has no {names}", line=line)
    doc_id = _first(record, fields.id)
    doc_id = str(doc_id) if doc_id not in (None, "") else fallback_id
    return Document(
        doc_id=doc_id,
        source=f"{source}:{line}",
        raw=text,
        url=_string(_first(record, fields.url)),
        published=normalise_date(_first(record, fields.date)),
        title=_string(_first(record, fields.title)),
        fetched=normalise_date(_first(record, fields.fetched)),
    )


def _first(record: dict, names: tuple[str, ...]) -> object:
    """The first of ``names`` the record has a non-empty value for."""
    for name in names:
        value = record.get(name)
        if value is None and "." in name:
            value = record
            for part in name.split("."):
                value = value.get(part) if isinstance(value, dict) else None
        if value not in (None, ""):
            return value
    return None


def normalise_date(value: object) -> str | None:
    """``YYYY-MM-DD`` from an ISO date or datetime string; anything else is None."""
    if not isinstance(value, str):
        return None
    match = _DATE.match(value.strip())
    return "-".join(match.groups()) if match else None


def _string(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None
