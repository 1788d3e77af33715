"""JSON Lines dumps: one record a line with ``id``/``doc_id``, ``text`` and optional
``url``, ``published``, ``title``. Streamed line by line, so a dump of any size runs in
constant memory; a malformed line is reported with its number and skipped."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from sahna.document import Document
from sahna.read.errors import ReadError
from sahna.read.text import MAX_DOC_BYTES

_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


def read_jsonl_file(path: Path) -> Iterator[Document | ReadError]:
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield ReadError(str(path), f"cannot read ({exc.strerror or exc})")
        return
    with handle:
        yield from read_jsonl_stream(handle, str(path), path.stem)


def read_jsonl_stream(handle: IO[bytes], source: str, stem: str) -> Iterator[Document | ReadError]:
    seen_any = False
    for number, line in enumerate(handle, 1):
        if not line.strip():
            continue
        seen_any = True
        where = f"{source}:{number}"
        if len(line) > MAX_DOC_BYTES:
            yield ReadError(where, f"record too large ({len(line) / 1e6:.1f} MB)")
            continue
        try:
            record = json.loads(line)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            yield ReadError(where, f"malformed JSON ({exc})")
            continue
        yield record_document(record, where, f"{stem}-{number}")
    if not seen_any:
        yield ReadError(source, "empty file (no records)")


def record_document(record: object, where: str, fallback_id: str) -> Document | ReadError:
    """Turn one parsed JSON record into a document, validating its fields."""
    if not isinstance(record, dict):
        return ReadError(where, "a record must be a JSON object")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        return ReadError(where, "record has no 'text'")
    doc_id = record.get("id", record.get("doc_id"))
    doc_id = str(doc_id) if doc_id not in (None, "") else fallback_id
    return Document(
        doc_id=doc_id,
        source=where,
        raw=text,
        url=_string(record.get("url")),
        published=normalise_date(record.get("published") or record.get("date")),
        title=_string(record.get("title")),
    )


def normalise_date(value: object) -> str | None:
    """``YYYY-MM-DD`` from an ISO date or datetime string; anything else is None."""
    if not isinstance(value, str):
        return None
    match = _DATE.match(value.strip())
    return "-".join(match.groups()) if match else None


def _string(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None
