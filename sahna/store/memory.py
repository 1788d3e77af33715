"""What a store remembers of its events while it clusters new reports.

Clustering a report compares it with stored reports, and regrouping a component asks
the pairwise rule about pairs it asked about before; without memory every new report
would read its candidates back from SQL and ask the rule again. Each :class:`Store`
owns one :class:`ClusterMemory`, so that two stores in one process (two databases, or a
test beside a server) share nothing, and a rollback in one clears only its own.

What is remembered never changes once an event is stored (events are never updated but
for their cluster, which is not kept here, nor deleted), except the participants' entity
ids when entities merge: the memory is dropped then, when re-clustering, and when a
transaction rolls back (SQLite may give a rolled-back row's id to the next event).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, NamedTuple

from sqlalchemy import bindparam, select
from sqlalchemy.engine import Connection

from sahna.contract import SCALAR_SLOTS
from sahna.link.events import EventFacts, conflict, conflict_key, facts, linked
from sahna.store.schema import documents, event_participants, events

FACTS_LIMIT = 300_000  # events whose facts are kept (full, light, kinds each)
PAIRS_LIMIT = 500_000  # answers of the pairwise rule kept


class Member(NamedTuple):
    """What a cluster's canonical record reads of one member report: its facts (the
    contract's slots, its programme, its publication date), the place row it points at,
    and its countries in the order the report named them. Memory holds this of each
    stored event, so that a cluster's record is rewritten without reading its members
    back."""

    facts: EventFacts
    place_id: int | None
    countries: tuple[str, ...]


class ClusterMemory:
    """The facts of one database's stored events and the pairwise rule's answers about
    them, each kept up to a limit (past it, that memory starts again empty)."""

    def __init__(self, facts_limit: int = FACTS_LIMIT, pairs_limit: int = PAIRS_LIMIT
                 ) -> None:
        self.facts_limit = facts_limit
        self.pairs_limit = pairs_limit
        # event id -> facts (participants and title tokens included) as a member
        self.facts: dict[int, Member] = {}
        # event id -> the cheap columns only (no participants, no title tokens) of events
        # that have been candidates, enough for :func:`conflict` to rule most of them out
        # without reading more
        self.light: dict[int, EventFacts] = {}
        # Answers of the pairwise rule: a component is regrouped from scratch whenever a
        # report joins it, and without this each regroup would ask the rule about every
        # pair again. An answer is kept with the two facts objects it was given and used
        # only for those very objects (facts are immutable), so it can never be stale.
        # The contradiction is cheap (cheap columns) and asked first; whether the two
        # match is worked out only when asked.
        # (a id, b id, same parent) -> [a, b, contradiction, same | None]
        self.pairs: dict[tuple[int, int, bool], list[Any]] = {}
        # event id -> (facts, their :func:`conflict_key`)
        self.kinds: dict[int, tuple[EventFacts, tuple[object, ...]]] = {}
        # entity merges so far: the writer compares it before and after linking a
        # document's names, to know whether the entity ids it collected still hold
        self.merges = 0

    def forget(self) -> None:
        """Drop every remembered fact and answer (the merge count stays)."""
        self.facts.clear()
        self.light.clear()
        self.pairs.clear()
        self.kinds.clear()

    def entity_merged(self) -> None:
        """Two entities merged: facts naming the one that is gone are wrong now."""
        self.forget()
        self.merges += 1

    def keep(self, event_id: int, member: Member) -> None:
        if len(self.facts) > self.facts_limit:
            self.facts.clear()
        self.facts[event_id] = member

    def keep_light(self, light: EventFacts) -> None:
        if len(self.light) > self.facts_limit:
            self.light.clear()
        self.light[light.id] = light

    def _pair(self, a: EventFacts, b: EventFacts, same_parent: bool) -> list[Any]:
        if a.id > b.id:
            a, b = b, a
        key = (a.id, b.id, same_parent)
        known = self.pairs.get(key)
        if known is not None and known[0] is a and known[1] is b:
            return known
        bad = not same_parent or conflict(a, b) is not None
        entry = [a, b, bad, False if bad else None]
        if len(self.pairs) > self.pairs_limit:
            self.pairs.clear()
        self.pairs[key] = entry
        return entry

    def contradict(self, a: EventFacts, b: EventFacts, same_parent: bool) -> bool:
        """Can the two never be one event: a conflict of the pairwise rule, or parts of
        two different programmes (``same_parent`` False: the galas of two culture days in
        one hall)? Remembered."""
        return bool(self._pair(a, b, same_parent)[2])

    def match(self, a: EventFacts, b: EventFacts, same_parent: bool) -> bool:
        """:func:`sahna.link.events.same_event` for two reports, remembered."""
        entry = self._pair(a, b, same_parent)
        if entry[3] is None:
            entry[3] = linked(entry[0], entry[1], same_parent)
        return bool(entry[3])

    def kind(self, f: EventFacts) -> tuple[object, ...]:
        """The :func:`conflict_key` of a report, remembered for the facts object."""
        known = self.kinds.get(f.id)
        if known is not None and known[0] is f:
            return known[1]
        kind = conflict_key(f)
        if len(self.kinds) > self.facts_limit:
            self.kinds.clear()
        self.kinds[f.id] = (f, kind)
        return kind


# Statements built once: the store runs them for every new event, and building a
# SQLAlchemy statement costs as much as running it on SQLite.
ROW_IDS = select(events.c.id, events.c.cluster_id).where(
    events.c.id.in_(bindparam("ids", expanding=True)))
_PEOPLE = select(event_participants.c.event_id, event_participants.c.entity_id).where(
    event_participants.c.event_id.in_(bindparam("ids", expanding=True)))
_FULL = (select(events, documents.c.published, documents.c.lang, documents.c.doc_id)
         .join(documents, documents.c.id == events.c.document_id)
         .where(events.c.id.in_(bindparam("ids", expanding=True))))
SLOT_COLUMNS = [events.c[name] for name in SCALAR_SLOTS]
_LIGHT_ROWS = (select(events.c.id, *SLOT_COLUMNS, events.c.countries, documents.c.published)
               .join(documents, documents.c.id == events.c.document_id)
               .where(events.c.id.in_(bindparam("ids", expanding=True))))


def slots(source: Any) -> dict[str, Any]:
    """The contract's scalar slots of an event, of its stored row or of its facts: the
    three name them alike."""
    return {name: getattr(source, name) for name in SCALAR_SLOTS}


def remember(memory: ClusterMemory, item: Any, event_id: int, people: list[int],
             parent: int | None, place_id: int | None, doc: Any) -> EventFacts:
    """Put the facts of an event just stored into memory, so that clustering it does
    not read back what the store has just written; returns them."""
    made = facts(id=event_id, **slots(item), countries=frozenset(item.countries),
                 participants=frozenset(people), parent=parent, published=doc.published,
                 lang=doc.lang, key=f"{doc.doc_id}\x00{item.id}")
    memory.keep(event_id, Member(made, place_id, tuple(item.countries)))
    return made


def load_facts(conn: Connection, memory: ClusterMemory, ids: Iterable[int],
               rows: dict[int, Any] | None = None) -> dict[int, tuple[EventFacts, int]]:
    """(facts, cluster id) of the given events, from memory or read (and remembered);
    ``rows``: their id and cluster when the caller has just read them."""
    ids = list(ids)
    if not ids:
        return {}
    out: dict[int, tuple[EventFacts, int]] = {}
    missing = []
    for row in (rows.values() if rows is not None else conn.execute(ROW_IDS, {"ids": ids})):
        hit = memory.facts.get(row.id)
        if hit is not None:
            out[row.id] = (hit.facts, row.cluster_id)
        else:
            missing.append(row.id)
    if not missing:
        return out
    people: dict[int, set[int]] = {i: set() for i in missing}
    for event_id, entity_id in conn.execute(_PEOPLE, {"ids": missing}):
        people[event_id].add(entity_id)
    for row in conn.execute(_FULL, {"ids": missing}):
        made = facts(id=row.id, **slots(row), countries=frozenset(json.loads(row.countries)),
                     participants=frozenset(people[row.id]), parent=row.parent_id,
                     published=row.published, lang=row.lang,
                     key=f"{row.doc_id}\x00{row.local_id}")
        memory.keep(row.id, Member(made, row.place_id, tuple(json.loads(row.countries))))
        out[row.id] = (made, row.cluster_id)
    return out


def light_facts(conn: Connection, memory: ClusterMemory, ids: list[int]) -> list[EventFacts]:
    """The cheap facts of events never seen as candidates, read and remembered (in the
    order the database gives them)."""
    out = []
    for row in conn.execute(_LIGHT_ROWS, {"ids": ids}):
        light = EventFacts(id=row.id, **slots(row),
                           countries=frozenset(json.loads(row.countries)),
                           published=row.published)
        memory.keep_light(light)
        out.append(light)
    return out
