"""The per-document record of the contract (spec sections 1-2), plus ``removed_lines``
so that chrome cleaning can be scored. Field order follows the spec."""

from __future__ import annotations

from typing import Any

from sahna.document import Document, Event

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
