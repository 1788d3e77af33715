"""The contract (``../shared/spec/events.md``, sections 1-3), defined once.

Everything that speaks of an event — the pipeline's :class:`Event`, the JSON record, the
store's tables and cluster records, the linking rule's facts, the CSV columns, the API's
models and filters — derives its names and allowed values from this module, so that a
new slot is one definition here (and one migration), not nine edits that may disagree.

The allowed values are ``Literal`` types, so that mypy checks every place that sets a
type, status, kind or role; the tuples beside them are the same values at run time (for
validation, menus and OpenAPI enums).
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any, Literal, cast, get_args

EventType = Literal["concert", "festival", "exhibition", "screening", "stage", "tour",
                    "competition", "ceremony", "culture_days", "meeting", "forum", "civic",
                    "other"]
Status = Literal["held", "ongoing", "planned", "cancelled", "unknown"]
Kind = Literal["person", "org", "group", "other"]
Role = Literal["performer", "organizer", "official", "guest", "other"]

EVENT_TYPES: tuple[str, ...] = get_args(EventType)
STATUSES: tuple[str, ...] = get_args(Status)
KINDS: tuple[str, ...] = get_args(Kind)
ROLES: tuple[str, ...] = get_args(Role)


def as_type(value: str) -> EventType:
    """``value`` as an event type, or ValueError (lexicon values are checked on load)."""
    if value not in EVENT_TYPES:
        raise ValueError(f"not an event type: {value!r}")
    return cast(EventType, value)


def as_status(value: str) -> Status:
    if value not in STATUSES:
        raise ValueError(f"not a status: {value!r}")
    return cast(Status, value)


def as_kind(value: str | None) -> Kind:
    if value not in KINDS:
        raise ValueError(f"not a participant kind: {value!r}")
    return cast(Kind, value)


def as_role(value: str | None) -> Role:
    if value not in ROLES:
        raise ValueError(f"not a participant role: {value!r}")
    return cast(Role, value)


@dataclass
class Participant:
    """Someone who takes part: a name in the nominative, its kind and its role."""

    name: str
    kind: Kind
    role: Role

    def to_dict(self) -> dict[str, str]:
        return {"name": self.name, "kind": self.kind, "role": self.role}


@dataclass
class Event:
    """One event, in the fields of the contract (spec section 2), in the spec's order."""

    id: str
    type: EventType
    title: str
    start: str | None = None
    end: str | None = None
    status: Status = "unknown"
    venue: str | None = None
    city: str | None = None
    country: str | None = None  # ISO 3166-1 alpha-2
    countries: list[str] = field(default_factory=list)
    participants: list[Participant] = field(default_factory=list)
    parent: str | None = None  # the ``id`` of the programme this event is part of
    evidence: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The event as the contract's JSON object, keys in the spec's order."""
        out: dict[str, Any] = {}
        for name in EVENT_FIELDS:
            value = getattr(self, name)
            if name == "participants":
                value = [p.to_dict() for p in value]
            elif name in LIST_SLOTS:
                value = list(value)
            out[name] = value
        return out

    @classmethod
    def from_dict(cls, item: dict[str, Any]) -> Event:
        """An event from its JSON object (missing lists are empty, a missing status is
        ``unknown``); the inverse of :meth:`to_dict`."""
        values: dict[str, Any] = {name: item.get(name) for name in EVENT_FIELDS}
        values["participants"] = [Participant(name=p["name"], kind=p["kind"], role=p["role"])
                                  for p in item.get("participants") or []]
        for name in LIST_SLOTS:
            if name != "participants":
                values[name] = list(item.get(name) or [])
        values["status"] = values["status"] or "unknown"
        return cls(**values)


@dataclass
class Record:
    """What ``sahna extract`` writes for one document (spec section 1), plus
    ``removed_lines``, the page chrome that was cut (so that cleaning can be scored)."""

    doc_id: str
    lang: str | None
    published: str | None
    title: str | None
    events: list[Event] = field(default_factory=list)
    removed_lines: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"doc_id": self.doc_id, "lang": self.lang, "published": self.published,
                "title": self.title, "events": [e.to_dict() for e in self.events],
                "removed_lines": list(self.removed_lines)}


EVENT_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(Event))
RECORD_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(Record))
# Slots that hold lists (JSON arrays in the record, JSON text or rows in the store).
LIST_SLOTS: tuple[str, ...] = ("countries", "participants", "evidence")
# Slots with one value that a report states and a cluster of reports merges: the columns
# the ``events`` and ``clusters`` tables share, and the facts the linking rule compares.
SCALAR_SLOTS: tuple[str, ...] = tuple(
    name for name in EVENT_FIELDS if name not in (*LIST_SLOTS, "id", "parent"))
# Slots whose value is a date in the spec's forms (2025-04-25, 2025-04, 2025, --04-25, --04).
DATE_SLOTS: tuple[str, ...] = ("start", "end")
# The longest value a date slot can take, for the store's column widths.
DATE_WIDTH = 10
# A stored event as the API and the exports show it: the store's id and where the report
# stands in its document, the contract's slots, the document it came from, and how many
# reports the event has (``sources``); evidence, the longest cell, comes late.
ROW_FIELDS: tuple[str, ...] = (
    "id", "doc_id", "local_id", *(n for n in EVENT_FIELDS if n not in ("id", "evidence")),
    "lang", "published", "url", "source", "evidence", "sources")
