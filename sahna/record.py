"""The per-document record of the contract (spec sections 1-2), plus ``removed_lines``
so that chrome cleaning can be scored. Field order follows the spec."""

from __future__ import annotations

import json
from typing import Any

from sahna.contract import EVENT_FIELDS, Event, Record
from sahna.document import Document

__all__ = ["EVENT_FIELDS", "STORAGE_KEY", "event_record", "from_record", "main_text",
           "storage_fields", "to_record"]


def event_record(event: Event) -> dict[str, Any]:
    return event.to_dict()


def to_record(doc: Document, *, text: bool = False) -> dict[str, Any]:
    """The contract's record; with ``text`` (``sahna extract --text``) also the cleaned
    main text under ``text``, last, so that the contract's keys keep their order."""
    record = Record(doc_id=doc.doc_id, lang=doc.lang, published=doc.published,
                    title=doc.title, events=doc.events,
                    removed_lines=doc.removed_lines).to_dict()
    if text:
        record["text"] = main_text(doc)
    return record


def main_text(doc: Document) -> str:
    """The cleaned text without its headline, paragraphs separated by blank lines.

    Readers put the headline first (an HTML page's ``raw`` is headline, blank line,
    text), so the cleaned text starts with it; a reader of the article text (or a
    benchmark of it) wants the body alone. Only a first paragraph equal to the title is
    dropped: a headline that the cleaner found elsewhere in a text page stays where it
    is. Paragraphs are the cleaned text's blank-line-separated blocks; a text page's
    wrapped lines inside one paragraph stay as they are."""
    paragraphs = [p.strip() for p in doc.text.split("\n\n") if p.strip()]
    if paragraphs and doc.title and " ".join(paragraphs[0].split()) == doc.title:
        paragraphs = paragraphs[1:]
    return "\n\n".join(paragraphs)


# A record is what a reader of the contract needs; storing a document needs more — the
# text as read (its hash is the document's identity), the cleaned text (evidence offsets
# and full-text search point into it), where it came from. Shards written for later
# ingestion (`sahna extract --out DIR`) keep those under one extra key, so that the
# contract's fields stay exactly as they are and a consumer of the contract can ignore it.
STORAGE_KEY = "_doc"


def storage_fields(doc: Document) -> dict[str, Any]:
    """What :func:`from_record` needs beyond the contract's record to rebuild ``doc``."""
    return {"source": doc.source, "url": doc.url, "site": doc.site, "raw": doc.raw,
            "text": doc.text}


def from_record(record: dict[str, Any]) -> Document:
    """A :class:`Document` with its events from a record, for storing without re-running
    the pipeline (``sahna ingest --from-shards``).

    With the storage fields (:data:`STORAGE_KEY`) the document is the one the pipeline
    made. A bare contract record has no text: the record itself, serialised with sorted
    keys, stands in as the text as read, so that its hash still identifies it — the same
    record loaded twice is stored once, two different records are both stored."""
    extra = record.get(STORAGE_KEY) or {}
    bare = {k: v for k, v in record.items() if k != STORAGE_KEY}
    raw = extra.get("raw") or json.dumps(bare, ensure_ascii=False, sort_keys=True)
    events = [Event.from_dict(item) for item in record.get("events") or []]
    return Document(
        doc_id=str(record["doc_id"]), source=extra.get("source") or str(record["doc_id"]),
        raw=raw, url=extra.get("url"), published=record.get("published"),
        title=record.get("title"), site=extra.get("site"),
        text=str(extra["text"]) if extra.get("text") is not None else raw,
        removed_lines=list(record.get("removed_lines") or []), lang=record.get("lang"),
        events=events)
