"""Web archives (WARC, WARC.gz): each HTML ``response`` record is a document.

Records are streamed one at a time with fastwarc, so memory does not grow with the
archive. Only what a reader of the news saw becomes a document: HTTP 200 responses
whose content is HTML; redirects, errors, PDFs and images are counted as skipped. The
record's target URI is the document's ``url``, and its WARC-Date (the capture date)
is the publication date only when the page gives none of its own.

A damaged record must not cost the records after it. fastwarc stops at the first
damage (a broken gzip member, an unparsable header), so this module resynchronises
itself: it reports the damaged record's byte offset and scans forward for the next
record that reads cleanly — the next gzip member that opens with ``WARC/1.`` in a
compressed archive, the next ``WARC/1.`` line in a plain one — and goes on from there.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from sahna.document import Document
from sahna.read.errors import ReadError, Skipped
from sahna.read.html import MAX_HTML_BYTES, html_document
from sahna.read.jsonl import normalise_date
from sahna.read.sniff import base_stem, looks_like_html

GZIP_MAGIC = b"\x1f\x8b\x08"
WARC_MAGIC = b"WARC/1."
SCAN_CHUNK = 1 << 20
_CONTENT_LENGTH = re.compile(rb"\r?\nContent-Length:\s*(\d+)", re.IGNORECASE)

Item = Document | ReadError


def read_warc_file(path: Path, *_: object) -> Iterator[Item]:
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield ReadError(str(path), f"cannot read ({exc.strerror or exc})")
        return
    with handle:
        yield from read_warc_stream(handle, str(path), base_stem(path))


def read_warc_stream(handle: BinaryIO, source: str, stem: str) -> Iterator[Item]:
    """Every page in the archive, with one error per damaged stretch. ``handle`` must
    be seekable: resynchronising reads ahead and comes back."""
    handle.seek(0)
    head = handle.read(len(WARC_MAGIC))
    if not head:
        yield ReadError(source, "empty file (no records)")
        return
    compressed = head.startswith(GZIP_MAGIC)
    position: int | None = 0
    while position is not None:
        damage = yield from _read_from(handle, position, source, stem, compressed)
        if damage is None:
            return
        bad, exc = damage
        position = _resync(handle, bad + 1, compressed)
        then = (f"resumed at byte {position}" if position is not None
                else "no readable record after it")
        yield ReadError(source, f"damaged WARC record ({_reason(exc)}); {then}", offset=bad)


def _read_from(handle: BinaryIO, start: int, source: str, stem: str,
               compressed: bool):  # -> Generator[Item, None, tuple[int, Exception] | None]
    """Read records from ``start`` until the end (returns None) or until damage
    (returns its byte offset and the exception)."""
    from fastwarc.warc import ArchiveIterator

    handle.seek(start)
    records = iter(ArchiveIterator(handle, parse_http=True, auto_decode="all"))
    previous: int | None = None
    # The last record's item is held back until the next record reads: when the damage
    # turns out to be in that record (a cut at the end of the file), it is reported
    # once, as damaged, not also as a document or a skipped record.
    held: Item | None = None
    damage: tuple[int, Exception] | None
    while True:
        try:
            record = next(records)
        except StopIteration:
            damage = _check_end(handle, start, previous, compressed)
            break
        except Exception as exc:  # fastwarc raises OSError, ValueError, ... on damage
            if previous is None:
                return start, exc
            end = _record_end(handle, previous, compressed)
            damage = (end if end is not None and end > previous else previous), exc
            break
        if held is not None:
            yield held
            held = None
        previous = record.stream_pos
        try:
            held = _record_item(record, source, stem)
        except Exception as exc:  # the payload itself is damaged
            return record.stream_pos, exc
    if held is not None and not (damage is not None and damage[0] == previous):
        yield held
    return damage


def _check_end(handle: BinaryIO, start: int, previous: int | None,
               compressed: bool) -> tuple[int, Exception] | None:
    """fastwarc ends quietly at a truncated last record: check that the last record
    read ends where the file does, and name the damage when it does not."""
    size = handle.seek(0, 2)
    end = start
    if previous is not None:
        found = _record_end(handle, previous, compressed)
        if found is None or found > size:
            return previous, EOFError("the archive ends inside this record")
        end = found
    handle.seek(end)
    if handle.read(64).strip(b"\r\n"):
        what = "no WARC record could be read" if previous is None else "a record is cut short"
        return end, EOFError(what)
    return None


def _record_item(record, source: str, stem: str) -> Item | None:
    """The document in one record; a skip notice for a response that is not a page;
    None for records that never hold pages (requests, metadata, warcinfo)."""
    from fastwarc.warc import WarcRecordType

    if record.record_type != WarcRecordType.response:
        return None
    offset = record.stream_pos
    uri = (record.headers.get("WARC-Target-URI") or "").strip("<> ") or None
    if not record.is_http:
        return Skipped(source, f"response without HTTP headers ({uri})", offset=offset)
    status = record.http_headers.status_code
    if status != 200:
        return Skipped(source, f"HTTP {status}, not a page ({uri})", offset=offset)
    content_type = (record.http_content_type or "").lower()
    if content_type and "html" not in content_type:
        return Skipped(source, f"not an HTML page: {content_type} ({uri})", offset=offset)
    payload = record.reader.read(MAX_HTML_BYTES + 1)
    if len(payload) > MAX_HTML_BYTES:
        return Skipped(source, f"page too large ({uri})", offset=offset)
    if not content_type and not looks_like_html(payload):
        return Skipped(source, f"not an HTML page: no content type ({uri})", offset=offset)
    record_id = (record.headers.get("WARC-Record-ID") or "").strip("<> ")
    doc_id = record_id.removeprefix("urn:uuid:") or f"{stem}-{offset}"
    return html_document(payload, source, doc_id, url=uri, charset=record.http_charset,
                         fallback_date=normalise_date(record.headers.get("WARC-Date")),
                         offset=offset)


def _record_end(handle: BinaryIO, start: int, compressed: bool) -> int | None:
    """Where the record that begins at ``start`` ends, or None if it cannot be told."""
    handle.seek(start)
    if compressed:
        return _member_end(handle, start)
    head = handle.read(64 * 1024)
    split = head.find(b"\r\n\r\n")
    match = _CONTENT_LENGTH.search(head, 0, split if split >= 0 else len(head))
    if split < 0 or match is None:
        return None
    return start + split + 4 + int(match.group(1)) + 4  # block, then CRLF CRLF


def _member_end(handle: BinaryIO, start: int) -> int | None:
    """The end of the gzip member at ``start`` (one record a member, as WARC.gz is
    written), decompressing in bounded steps and discarding the output."""
    inflater = zlib.decompressobj(31)
    consumed = 0
    try:
        while not inflater.eof:
            chunk = handle.read(64 * 1024)
            if not chunk:
                return None
            consumed += len(chunk)
            data = chunk
            while data and not inflater.eof:
                inflater.decompress(data, 1 << 20)
                data = inflater.unconsumed_tail
    except zlib.error:
        return None
    return start + consumed - len(inflater.unused_data)


def _resync(handle: BinaryIO, start: int, compressed: bool) -> int | None:
    """The first offset at or after ``start`` where a whole record reads cleanly."""
    for candidate in _candidates(handle, start, compressed):
        if _reads_cleanly(handle, candidate, compressed):
            return candidate
    return None


def _candidates(handle: BinaryIO, start: int, compressed: bool) -> Iterator[int]:
    """Offsets that may open a record, scanning in fixed-size chunks."""
    magic = GZIP_MAGIC if compressed else b"\n" + WARC_MAGIC
    skip = 0 if compressed else 1  # the record starts after the newline
    position = max(start - skip, 0)
    while True:
        handle.seek(position)
        chunk = handle.read(SCAN_CHUNK)
        if len(chunk) < len(magic):
            return
        found = chunk.find(magic)
        while found >= 0:
            yield position + found + skip  # the caller moves the handle; chunk is kept
            found = chunk.find(magic, found + 1)
        position += len(chunk) - len(magic) + 1


def _reads_cleanly(handle: BinaryIO, offset: int, compressed: bool) -> bool:
    from fastwarc.warc import ArchiveIterator

    handle.seek(offset)
    if compressed:
        try:
            opening = zlib.decompressobj(31).decompress(handle.read(512), len(WARC_MAGIC))
        except zlib.error:
            return False
        if not opening.startswith(WARC_MAGIC):
            return False
        handle.seek(offset)
    try:
        record = next(iter(ArchiveIterator(handle, parse_http=True, auto_decode="all")))
        if record.stream_pos != offset:
            return False
        while record.reader.read(1 << 20):
            pass
    except Exception:  # any failure means: not a clean record here
        return False
    return True


def _reason(exc: Exception) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__
