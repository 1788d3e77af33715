"""A cluster's canonical record: what one real-world event is, from all its reports.

Written (``clusters`` table) whenever a cluster's members change; lists, filters and
facets read it instead of the reports. The rules put what happened over what was planned
and a precise date over a vague one, and otherwise take the value most reports give, so
that the record does not depend on the order reports arrived in.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from functools import cache
from typing import Any

from sqlalchemy import bindparam, delete, select
from sqlalchemy.dialects import postgresql as pg_dialect
from sqlalchemy.dialects import sqlite as sqlite_dialect
from sqlalchemy.engine import Connection

from sahna.contract import SCALAR_SLOTS
from sahna.link.events import EventFacts
from sahna.store import lookups
from sahna.store.memory import SLOT_COLUMNS, ClusterMemory, Member, slots
from sahna.store.schema import clusters, documents, events

_PRECISION = {10: 3, 7: 2, 4: 1}  # length of a date string -> how much it says

_MEMBERS = (select(events.c.id, *SLOT_COLUMNS, events.c.place_id, events.c.countries,
                   events.c.parent_id, documents.c.published)
            .join(documents, documents.c.id == events.c.document_id)
            .where(events.c.cluster_id == bindparam("cluster")).order_by(events.c.id))
_DELETE_CLUSTER = delete(clusters).where(clusters.c.id == bindparam("cluster"))
_CLUSTER_OF = select(events.c.cluster_id).where(events.c.id == bindparam("event"))


def _members(conn: Connection, memory: ClusterMemory, cluster_id: int,
             ids: Iterable[int] | None) -> list[Member]:
    """The members of a cluster, by id: from memory when the caller knows their ``ids``
    (and has just checked them with :func:`.memory.load_facts`), else read (their facts
    then hold only what the record reads: slots, programme, publication date)."""
    if ids is not None:
        hits = [memory.facts.get(i) for i in sorted(ids)]
        if all(hit is not None for hit in hits):
            return [hit for hit in hits if hit is not None]
    return [Member(EventFacts(id=r.id, **slots(r), parent=r.parent_id, published=r.published),
                   r.place_id, tuple(json.loads(r.countries)))
            for r in conn.execute(_MEMBERS, {"cluster": cluster_id})]


def recanonical(conn: Connection, memory: ClusterMemory, cluster_id: int,
                ids: Iterable[int] | None = None) -> None:
    """Write the canonical record of a cluster from all its members (``ids``: their
    event ids, when the caller knows them).

    - dates: the most precise report; among equally precise ones the latest held
      report (what happened beats what was planned), then the latest report;
    - status: the latest report's, by publication date (a planned event later reported
      held is held; a cancellation reported after the announcement wins); every report's
      status stays with the report (the store reads the history from them);
    - type, title, venue, city, country: the most frequent value, ties to the earliest
      report; countries: the union;
    - any other slot of the contract: the most frequent value stated, ties to the
      earliest report."""
    members = _members(conn, memory, cluster_id, ids)
    if not members:
        conn.execute(_DELETE_CLUSTER, {"cluster": cluster_id})
        return
    rows = [m.facts for m in members]
    by_time = sorted(rows, key=lambda r: (r.published or "", r.id))
    dated = max(rows, key=lambda r: (_PRECISION.get(len(r.start or ""), 0)
                                     if not (r.start or "").startswith("--") else 0.5,
                                     r.status == "held", r.published or "", -r.id))
    known = [r for r in by_time if r.status != "unknown"]
    status = known[-1].status if known else "unknown"
    countries = list(dict.fromkeys(code for m in members for code in m.countries))
    parent_event = next((r.parent for r in rows if r.parent), None)
    parent = conn.execute(_CLUSTER_OF, {"event": parent_event}).scalar_one_or_none() \
        if parent_event else None
    place = _common([(m.facts.city, m.facts.country, m.place_id) for m in members
                     if m.facts.city or m.facts.country])
    values = {
        "type": _common([r.type for r in rows]),
        "title": _common([r.title for r in rows]),
        "start": dated.start, "end": dated.end, "status": status,
        "venue": _common([r.venue for r in rows if r.venue]),
        "city": place[0] if place else None, "country": place[1] if place else None,
    }
    for name in SCALAR_SLOTS:  # a slot without a rule of its own above
        if name not in values:
            values[name] = _common([getattr(r, name) for r in rows
                                    if getattr(r, name) is not None])
    values |= {"place_id": place[2] if place else None, "countries": json.dumps(countries),
               "parent_id": parent, "sources": len(rows)}
    conn.execute(_upsert_cluster(conn.dialect.name), {"id": cluster_id, **values})
    # what the date and country filters look up: the months it spans, and every country
    # a report involves, hosts included (as ``event_countries`` has them)
    involved = [*countries, *(m.facts.country for m in members if m.facts.country)]
    lookups.write(conn, cluster_id, dated.start, dated.end, involved)


@cache
def _upsert_cluster(dialect: str) -> Any:
    """INSERT … ON CONFLICT (id) DO UPDATE: one statement where a DELETE and an INSERT
    were two, for the record written on every report stored."""
    made = (pg_dialect if dialect == "postgresql" else sqlite_dialect).insert(clusters)
    return made.on_conflict_do_update(
        index_elements=[clusters.c.id],
        set_={c.name: made.excluded[c.name] for c in clusters.c if c.name != "id"})


def _common(values: list[Any]) -> Any:
    """The most frequent value, ties to the one seen first."""
    if not values:
        return None
    counts = Counter(values)
    best = max(counts.values())
    return next(v for v in values if counts[v] == best)
