"""Linking on write: events to clusters of reports of one real-world event.

Called by :class:`sahna.store.Store` inside the transaction that stores a document,
so a document and the clusters it joins are committed together. The decisions are the
pure rules of :mod:`sahna.link.events`; this module finds the candidates through the
blocking-key tables (:mod:`.candidates`), groups the reports and writes the outcome
(:mod:`.canonical` writes each cluster's record).

Events linked by the pairwise rule form components; each component is split into
clusters by reading its reports in content order (publication date, document), never
putting contradicting reports together. That makes the clusters independent of the
order documents arrive in.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import bindparam, delete, select, update
from sqlalchemy.engine import Connection

from sahna.link.events import EventFacts, block_keys, conflict, linked
from sahna.store.candidates import candidates, signature
from sahna.store.canonical import recanonical
from sahna.store.memory import ROW_IDS, ClusterMemory, light_facts, load_facts
from sahna.store.schema import clusters, event_blocks, events

# Statements built once: the store runs them for every new event, and building a
# SQLAlchemy statement costs as much as running it on SQLite.
_COMPONENT = select(events.c.id, events.c.cluster_id).where(
    events.c.component_id == bindparam("component"))
_MOVE = update(events).where(events.c.id == bindparam("event")).values(
    cluster_id=bindparam("cluster"))
_SET_CLUSTER = update(events).where(events.c.id == bindparam("event")).values(
    cluster_id=bindparam("cluster"), component_id=bindparam("component"))
_INSERT_BLOCKS = event_blocks.insert()


def cluster_event(conn: Connection, memory: ClusterMemory, event_id: int,
                  mine: EventFacts | None = None) -> int:
    """Put stored event ``event_id`` into a cluster and refresh the records of the
    clusters that changed; returns its cluster id.

    The event is compared with the candidates that share a blocking key; the pairwise
    rule links it to their *components* (``events.component_id``: connected components
    of the rule, which are the same whatever order events arrive in). The component's
    events are then grouped into clusters from scratch (:func:`regroup`), in an order
    given by what they say, not when they were stored — so a report that fits two events
    contradicting each other lands in the same one whatever the ingest order. Two cases
    give that result without regrouping: a component that is one cluster and that
    nothing in the report contradicts, and a report that comes last in content order.

    ``mine``: the event's facts, when the caller has just stored it (:func:`.memory.remember`)."""
    if mine is None:
        mine, _ = load_facts(conn, memory, [event_id])[event_id]
    stored, lookup = block_keys(mine)
    bits = signature(mine)
    conn.execute(_INSERT_BLOCKS, [{"key": k, "event_id": event_id, "clues": bits}
                                  for k in sorted(stored)])
    joined, parent_cluster = _linked_components(conn, memory, mine, lookup, bits)
    if not joined:
        conn.execute(_SET_CLUSTER, {"event": event_id, "cluster": event_id,
                                    "component": event_id})
        recanonical(conn, memory, event_id, [event_id])
        return event_id
    component = min(joined | {event_id})
    if len(joined) > 1 or component not in joined:  # the report joins components
        conn.execute(update(events).where(events.c.component_id.in_(sorted(joined)))
                     .values(component_id=component))
    rows = {r.id: r for r in conn.execute(_COMPONENT, {"component": component})
            if r.id != event_id}
    members = [f for f, _ in load_facts(conn, memory, rows, rows).values()]
    parent_cluster = parent_clusters(conn, [mine, *members], parent_cluster)
    before: dict[int, list[EventFacts]] = {}
    for f in members:
        before.setdefault(rows[f.id].cluster_id, []).append(f)
    if len(before) == 1 and not any(
            memory.contradict(mine, f, same_parent(mine, f, parent_cluster))
            for f in _unlike(memory, members, parent_cluster)):
        # one cluster, nothing contradicting the report: regrouping from scratch would
        # give that one cluster again, whatever the order
        groups = [[*members, mine]]
    elif all(_content_order(f) < _content_order(mine) for f in members):
        # the report comes last in content order (news mostly arrives in the order it
        # is published): regrouping from scratch would rebuild the clusters there are,
        # then place the report — so only the report is placed
        groups = sorted(before.values(), key=lambda g: min(map(_content_order, g)))
        _place(memory, groups, mine, parent_cluster)
    else:
        groups = regroup([*members, mine], parent_cluster, memory)
    moved: list[dict[str, int]] = []
    changed: set[int] = set()
    kept: dict[int, list[int]] = {}
    mine_cluster = event_id
    for group in groups:
        cluster_id = min(f.id for f in group)
        kept[cluster_id] = [f.id for f in group]
        for f in group:
            if f.id == event_id:
                mine_cluster = cluster_id
                changed.add(cluster_id)
            elif rows[f.id].cluster_id != cluster_id:
                moved.append({"event": f.id, "cluster": cluster_id})
                changed |= {cluster_id, rows[f.id].cluster_id}
    conn.execute(_SET_CLUSTER, {"event": event_id, "cluster": mine_cluster,
                                "component": component})
    if moved:  # only the reports that changed cluster are written
        conn.execute(_MOVE, moved)
    gone = sorted(set(before) - set(kept))
    if gone:
        conn.execute(delete(clusters).where(clusters.c.id.in_(gone)))
    for cluster_id in sorted(changed & set(kept)):
        recanonical(conn, memory, cluster_id, kept[cluster_id])
    if gone:  # programme parts whose programme's cluster was renamed
        for child in list(conn.execute(select(clusters.c.id).where(
                clusters.c.parent_id.in_(gone))).scalars()):
            recanonical(conn, memory, child)
    return mine_cluster


def singleton(conn: Connection, memory: ClusterMemory, event_id: int) -> None:
    """Make stored event ``event_id`` a cluster of its own, without looking for others."""
    conn.execute(_SET_CLUSTER, {"event": event_id, "cluster": event_id,
                                "component": event_id})
    recanonical(conn, memory, event_id)


def _linked_components(conn: Connection, memory: ClusterMemory, mine: EventFacts,
                       lookup: set[str], bits: int) -> tuple[set[int], dict[int, int]]:
    """The components ``mine`` links to (through any member sharing a blocking key;
    ``bits``: its :func:`.candidates.signature`), and the clusters of the programmes read
    on the way.

    The cheap columns of each candidate rule most pairs out (:func:`conflict`); the full
    facts (participants, title tokens) are read only for the rest, and once ``mine`` links
    to one member of a component the other members of it are not examined: a report of
    an event with thirty reports already stored asks the rule about one or two of them."""
    # a report that needs evidence to match meets only the candidates sharing a clue
    # or a participant with it; a dated programme in a known city also meets the other
    # dated programmes of its city (place and time are their evidence)
    if not (bits or mine.participants):
        return set(), {}
    rows = candidates(conn, mine, lookup, bits)
    parent_cluster: dict[int, int] = {}
    if mine.parent is not None:
        parent_cluster = parent_clusters(conn, [mine])
    joined: set[int] = set()
    unread: list[int] = []  # no conflict on the cheap columns; the rest to be read
    unseen: list[int] = []  # never a candidate in this store: cheap columns to be read

    def judge(other: EventFacts) -> None:
        nonlocal parent_cluster
        if mine.parent is not None and other.parent is not None:
            parent_cluster = parent_clusters(conn, [other], parent_cluster)
        if linked(mine, other, same_parent(mine, other, parent_cluster)):  # no conflict
            joined.add(rows[other.id].component_id)

    for row in rows.values():
        if row.component_id in joined:
            continue
        hit = memory.facts.get(row.id)
        if hit is not None:
            if conflict(mine, hit.facts) is None:
                judge(hit.facts)
            continue
        light = memory.light.get(row.id)
        if light is None:
            unseen.append(row.id)
        elif conflict(mine, light) is None:
            unread.append(row.id)
    if unseen:
        unread += [light.id for light in light_facts(conn, memory, unseen)
                   if conflict(mine, light) is None]
    wanted = {i: rows[i] for i in unread if rows[i].component_id not in joined}
    for other, _ in load_facts(conn, memory, wanted, wanted).values():
        if rows[other.id].component_id not in joined:
            judge(other)
    return joined, parent_cluster


def parent_clusters(conn: Connection, items: Iterable[EventFacts],
                    known: dict[int, int] | None = None) -> dict[int, int]:
    """Cluster of each programme the items are parts of; ``known`` ones are not read
    again (and are part of the answer)."""
    known = dict(known or {})
    parents = sorted({f.parent for f in items if f.parent} - set(known))
    if not parents:
        return known
    return known | {r.id: r.cluster_id for r in conn.execute(ROW_IDS, {"ids": parents})}


def same_parent(a: EventFacts, b: EventFacts, parent_cluster: dict[int, int]) -> bool:
    """Are the two not parts of two different programmes (``parent_cluster``: the
    cluster of each programme)?"""
    return (a.parent is None or b.parent is None
            or parent_cluster.get(a.parent) == parent_cluster.get(b.parent))


def regroup(items: list[EventFacts], parent_cluster: dict[int, int],
            memory: ClusterMemory) -> list[list[EventFacts]]:
    """Clusters of ``items``, built one report at a time in the order of their content
    (publication date, document, event id within the document): a report joins every
    group with a member it matches and no member it contradicts (another edition, other
    countries, dates that cannot meet, another programme), and groups that contradict
    each other are not merged — an undated «фестиваль "Шабыт"» must not chain the XV and
    XVI editions. ``memory`` remembers the rule's answers."""
    groups: list[list[EventFacts]] = []
    for item in sorted(items, key=_content_order):
        _place(memory, groups, item, parent_cluster)
    return groups


def _unlike(memory: ClusterMemory, items: list[EventFacts], parent_cluster: dict[int, int]
            ) -> list[EventFacts]:
    """One report of each kind :meth:`ClusterMemory.contradict` tells apart (the
    :func:`sahna.link.events.conflict_key`, and the programme it is part of): reports of
    one kind contradict the same reports, and an event with thirty reports has few kinds."""
    kinds = {(memory.kind(f),
              None if f.parent is None else parent_cluster.get(f.parent, -f.parent)): f
             for f in items}
    return list(kinds.values())


def _content_order(f: EventFacts) -> tuple[str, str]:
    """The order :func:`regroup` reads reports in: publication date, document, event."""
    return f.published or "", f.key


def _place(memory: ClusterMemory, groups: list[list[EventFacts]], item: EventFacts,
           parent_cluster: dict[int, int]) -> None:
    """One step of :func:`regroup`: ``item`` joins (and merges) the groups it fits."""

    def contradict(a: EventFacts, b: EventFacts) -> bool:
        return memory.contradict(a, b, same_parent(a, b, parent_cluster))

    fits = [g for g in groups
            if not any(contradict(item, x) for x in g)
            and any(memory.match(item, x, same_parent(item, x, parent_cluster)) for x in g)]
    target: list[EventFacts] | None = None
    for g in fits:
        if target is None:
            target = g
        elif not any(contradict(x, y) for x in target for y in g):
            target.extend(g)
            groups.remove(g)
    if target is None:
        groups.append([item])
    else:
        target.append(item)
