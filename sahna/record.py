"""The per-document record of the contract (spec sections 1-2), plus ``removed_lines``
so that chrome cleaning can be scored. Field order follows the spec."""

from __future__ import annotations

import json
from typing import Any

from sahna.document import Document, Event, Participant

EVENT_FIELDS = ("id", "type", "title", "start", "end", "status", "venue", "city", "country",
                "countries", "participants", "parent", "evidence")


def event_record(event: Event) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name in EVENT_FIELDS:
        value = getattr(event, name)
        if name == "participants":
            value = [{"name": p.name, "kind": p.kind, "role": p.role} for p in value]
        elif name == "countries":
            value = list(value)
        out[name] = value
    return out


def to_record(doc: Document) -> dict[str, Any]:
    return {
        "doc_id": doc.doc_id,
        "lang": doc.lang,
        "published": doc.published,
        "title": doc.title,
        "events": [event_record(e) for e in doc.events],
        "removed_lines": list(doc.removed_lines),
    }


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
    events = []
    for item in record.get("events") or []:
        fields = {name: item.get(name) for name in EVENT_FIELDS}
        fields["participants"] = [Participant(name=p["name"], kind=p["kind"], role=p["role"])
                                  for p in item.get("participants") or []]
        fields["countries"] = list(item.get("countries") or [])
        fields["evidence"] = list(item.get("evidence") or [])
        fields["status"] = fields["status"] or "unknown"
        events.append(Event(**fields))
    return Document(
        doc_id=str(record["doc_id"]), source=extra.get("source") or str(record["doc_id"]),
        raw=raw, url=extra.get("url"), published=record.get("published"),
        title=record.get("title"), site=extra.get("site"),
        text=extra.get("text") if extra.get("text") is not None else raw,
        removed_lines=list(record.get("removed_lines") or []), lang=record.get("lang"),
        events=events)
