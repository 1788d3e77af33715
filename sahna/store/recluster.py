"""Re-clustering: every name linked and every event clustered again from scratch.

``sahna recluster`` runs it on a database built before clustering, or with other
settings, or with older rules, so that it ends as if its documents had been ingested
now, one by one, in the order they were stored.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Text, cast, delete, func, literal, select, update
from sqlalchemy.engine import Connection

from sahna.store.clusters import cluster_event
from sahna.store.entities import Insert, link_entity
from sahna.store.memory import ClusterMemory
from sahna.store.schema import (
    clusters,
    entities,
    entity_keys,
    entity_names,
    event_blocks,
    event_participants,
    events,
)


def recluster(conn: Connection, insert: Insert, memory: ClusterMemory,
              progress: Callable[[int, int], None] | None = None) -> dict[str, int]:
    """Link every participant and cluster every event again from scratch, in storage
    order, exactly as ingesting the documents one by one would; the same database gives
    the same result every time. Returns the number of entities and clusters."""
    memory.forget()
    rows = conn.execute(select(event_participants.c.id, event_participants.c.name,
                               event_participants.c.kind)
                        .order_by(event_participants.c.event_id,
                                  event_participants.c.position)).all()
    old = set(conn.execute(select(entities.c.id)).scalars())
    conn.execute(delete(entity_keys))
    conn.execute(delete(entity_names))
    # the old rows stay (participants point at them) under names no lookup finds
    conn.execute(update(entities).values(
        name_fold=literal("\x00old:", Text) + cast(entities.c.id, Text)))
    event_ids = list(conn.execute(select(events.c.id).order_by(
        events.c.document_id, events.c.parent_id.is_not(None), events.c.id)).scalars())
    total = len(rows) + len(event_ids)
    done = 0
    for row in rows:
        entity_id = link_entity(conn, insert, memory, row.name, row.kind)
        conn.execute(update(event_participants).where(event_participants.c.id == row.id)
                     .values(entity_id=entity_id))
        done += 1
        if progress and done % 200 == 0:
            progress(done, total)
    if old:
        conn.execute(delete(entities).where(entities.c.id.in_(sorted(old))))
    conn.execute(delete(event_blocks))
    conn.execute(delete(clusters))
    conn.execute(update(events).values(cluster_id=None, component_id=None))
    for event_id in event_ids:
        cluster_event(conn, memory, event_id)
        done += 1
        if progress and done % 200 == 0:
            progress(done, total)
    if progress:
        progress(total, total)
    return {"entities": conn.execute(select(func.count()).select_from(entities)).scalar_one(),
            "clusters": conn.execute(select(func.count()).select_from(clusters)).scalar_one()}
