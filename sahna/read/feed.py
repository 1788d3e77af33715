"""News feeds (RSS 0.9x/1.0/2.0, Atom): each item is a document.

Sites publish culture news as feeds, and an item often carries the whole article in
``content:encoded`` (else a summary). The item's HTML becomes text paragraph by
paragraph; its title, link and date become the document's headline, ``url`` and
publication date. feedparser reads broken feeds leniently: a feed it could recover
items from is read, one it could not (not XML, not a feed) is one error.
"""

from __future__ import annotations

import email.utils
import time
from collections.abc import Iterator
from pathlib import Path

from sahna.document import Document
from sahna.read.errors import ReadError, Skipped
from sahna.read.html import compose_raw, fragment_text
from sahna.read.jsonl import normalise_date
from sahna.read.sniff import base_stem

# A feed is parsed whole; one this large is a dump, not a feed.
MAX_FEED_BYTES = 50 * 1024 * 1024


def read_feed_file(path: Path, *_: object) -> Iterator[Document | ReadError]:
    try:
        size = path.stat().st_size
        if size > MAX_FEED_BYTES:
            yield ReadError(str(path), f"feed too large ({size / 1e6:.1f} MB)")
            return
        data = path.read_bytes()
    except OSError as exc:
        yield ReadError(str(path), f"cannot read ({exc.strerror or exc})")
        return
    yield from feed_documents(data, str(path), base_stem(path))


def feed_documents(data: bytes, source: str, stem: str) -> Iterator[Document | ReadError]:
    import feedparser

    if not data.strip():
        yield ReadError(source, "empty file (no feed)")
        return
    parsed = feedparser.parse(data)
    if not parsed.entries:
        problem = parsed.get("bozo_exception")
        reason = " ".join(str(problem).split()) if problem else "no items"
        yield ReadError(source, f"not a readable RSS or Atom feed ({reason})")
        return
    for number, entry in enumerate(parsed.entries, 1):
        yield entry_document(entry, source, f"{stem}-{number}", number)


def entry_document(entry, source: str, fallback_id: str, number: int) -> Document | ReadError:
    """One feed item as a document: headline, then the item's text."""
    title = " ".join((entry.get("title") or "").split()) or None
    text = fragment_text(_body(entry))
    where = f"{source}#{number}"
    if not text and not title:
        return Skipped(source, f"item {number} has neither title nor text", kind="empty")
    link = (entry.get("link") or "").strip() or None
    return Document(
        doc_id=str(entry.get("id") or link or fallback_id),
        source=where,
        raw=compose_raw(title, text),
        url=link,
        published=_date(entry),
        title=title,
    )


def _body(entry) -> str:
    """The fullest text the item has: ``content`` (``content:encoded``, Atom content)
    over ``summary``/``description``."""
    contents = [c.get("value") or "" for c in entry.get("content") or []]
    best = max(contents, key=len, default="")
    summary = entry.get("summary") or ""
    return best if len(best) >= len(summary) else summary


def _date(entry) -> str | None:
    """The item's own calendar date. The raw string first: feedparser's parsed dates
    are in UTC, which moves an item published after midnight in Almaty (UTC+5) to the
    day before."""
    for key in ("published", "updated", "created"):
        value = entry.get(key)
        if isinstance(value, str) and value.strip():
            day = _local_date(value.strip())
            if day:
                return day
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if isinstance(value, time.struct_time):
            return time.strftime("%Y-%m-%d", value)
    return None


def _local_date(value: str) -> str | None:
    """``YYYY-MM-DD`` from an RFC 822 (RSS) or ISO 8601 (Atom) date, as written."""
    try:
        return email.utils.parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return normalise_date(value)
