"""Reading events and entities: pages of events, one event with its sources, entity pages.

An event as read is a cluster of reports: its canonical record, its first report (the
event whose id it bears) and that report's document standing for it in lists, and the
union of what its reports say of participants and status. Every query runs on its own
connection, so reading never waits for ingestion (SQLite WAL, PostgreSQL MVCC).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import ColumnElement, distinct, exists, func, literal_column, select
from sqlalchemy.engine import Connection, Row

from sahna.contract import SCALAR_SLOTS
from sahna.store import tallies
from sahna.store.conditions import escape_like, reported, where
from sahna.store.engine import Database
from sahna.store.entities import names_of
from sahna.store.query import EventQuery, fold
from sahna.store.schema import (
    clusters,
    documents,
    entities,
    entity_names,
    event_participants,
    events,
)

_CHUNK = 500  # ids per IN (...) list when fetching participants of many events
# The orders a list can be read in: newest first (the default, read off the
# ``clusters_order`` index), oldest first, by title, by city; each ends with the id,
# so pages never overlap or skip.
SORTS: tuple[str, ...] = ("date", "date_asc", "title", "city")


def check_page(offset: int, limit: int) -> None:
    if offset < 0:
        raise ValueError(f"offset {offset}: must be 0 or more")
    if limit < 0:
        raise ValueError(f"limit {limit}: must be 0 or more")


def _order(database: Database) -> list[Any]:
    """Newest start first, undated last ('' sorts below every date), then id: the
    expression of the ``clusters_order`` index (migration 0003), so pages are read
    off the index."""
    # a literal '' (not a bound parameter), or the planner cannot match the index
    empty: Any = literal_column("''")
    return [database.sortable(func.coalesce(clusters.c.start, empty)).desc(), clusters.c.id]


def _sorted(database: Database, sort: str) -> list[Any]:
    """The ORDER BY of ``sort`` (:data:`SORTS`); undated or placeless events last."""
    if sort not in SORTS:
        raise ValueError(f"sort {sort!r}: expected one of {', '.join(SORTS)}")
    c = clusters.c
    if sort == "date_asc":
        return [c.start.is_(None), database.sortable(c.start), c.id]
    if sort == "title":
        return [func.lower(c.title), c.id]
    if sort == "city":
        return [c.city.is_(None), func.lower(c.city), *_order(database)]
    return _order(database)


def _select_clusters() -> Any:
    """Clusters with their first report (the event whose id they bear) and its
    document, which stand for the cluster in lists."""
    return select(clusters, events.c.local_id, events.c.parent, events.c.evidence,
                  documents.c.doc_id, documents.c.lang, documents.c.published,
                  documents.c.url, documents.c.source,
                  documents.c.title.label("doc_title")).join_from(
        clusters, events, events.c.id == clusters.c.id).join(
        documents, events.c.document_id == documents.c.id)


def _select_members() -> Any:
    return select(events, documents.c.doc_id, documents.c.lang, documents.c.published,
                  documents.c.url, documents.c.source, documents.c.site,
                  documents.c.title.label("doc_title")).join_from(
        events, documents, events.c.document_id == documents.c.id)


def _pick(conn: Connection, conds: list[ColumnElement[bool]], order: list[Any],
          offset: int, limit: int) -> tuple[list[int], int]:
    """The ids of one page of matching clusters, in ``order``, and how many match.

    Without filters the page is read off the order's index and the count off any
    index. With filters the matching clusters are found once: the page's ids and the
    count (a window over all of them) come from one statement, and only the page's rows
    are then joined to their report and document, not every match before sorting."""
    c = clusters.c
    if conds:
        picked = conn.execute(select(c.id, func.count().over().label("total"))
                              .where(*conds).order_by(*order).offset(offset)
                              .limit(limit)).all()
        if picked:
            return [r.id for r in picked], picked[0].total
        if offset == 0 and limit > 0:
            return [], 0
    total = conn.execute(select(func.count()).select_from(clusters)
                         .where(*conds)).scalar_one()
    if not conds and limit > 0 and offset < total:
        return list(conn.execute(select(c.id).order_by(*order).offset(offset)
                                 .limit(limit)).scalars()), total
    return [], total


DATE_SORTS = ("date", "date_asc")


def events_page(database: Database, query: EventQuery, offset: int = 0,
                limit: int = 50, sort: str = "date") -> tuple[list[dict[str, Any]], int]:
    """A page of events (one per cluster of reports) matching ``query`` and the total
    number that match, newest start first (undated last), then by id, so pages never
    overlap or skip."""
    rows, total, _ = _browse(database, query, offset, limit, sort, with_facets=False)
    return rows, total


def browse_page(database: Database, query: EventQuery, offset: int = 0, limit: int = 50,
                sort: str = "date"
                ) -> tuple[list[dict[str, Any]], int, dict[str, dict[str, int]]]:
    """:func:`events_page` and :func:`.tallies.facets` of one query, as the event list
    shows them, finding the matching clusters once."""
    rows, total, counted = _browse(database, query, offset, limit, sort, with_facets=True)
    return rows, total, counted or {}


def _browse(database: Database, query: EventQuery, offset: int, limit: int, sort: str,
            with_facets: bool) -> tuple[list[dict[str, Any]], int, dict[str, Any] | None]:
    """A page, its total and (``with_facets``) the facets. Without filters the page
    and the total are read off indexes. With filters and a date order, while the
    in-memory :mod:`.snapshot` is the database's state, only the matching ids are read,
    and the page and the facets are taken from the snapshot; else all in SQL."""
    check_page(offset, limit)
    conds = where(database, query)
    order = _sorted(database, sort)
    snap = database.snapshots.current(database.engine)
    counted: dict[str, Any] | None = None
    with database.engine.connect() as conn:
        ids: list[int] | None = None
        if snap is not None and conds and sort in DATE_SORTS:
            matching = tallies.matching_ids(database, conn, query, snap)
            if matching is not None:
                ids, total = snap.page(matching, sort, offset, limit), len(matching)
                counted = snap.facets(matching) if with_facets else None
        if ids is None:
            ids, total = _pick(conn, conds, order, offset, limit)
        if with_facets and counted is None:
            counted = snap.everything if snap is not None and not conds else \
                tallies.sql_facets(conn, conds)
        rows = conn.execute(_select_clusters().where(clusters.c.id.in_(ids))
                            .order_by(*order)).all() if ids else []
        return _rows(database, conn, rows), total, counted


def summary(row: Row[Any]) -> dict[str, Any]:
    """What a calendar shows of an event: the canonical record and its first report's
    language, without participants or status history (which cost a query each chunk)."""
    return {"id": row.id, "local_id": row.local_id, "doc_id": row.doc_id, "lang": row.lang,
            "published": row.published, "url": row.url,
            **{name: getattr(row, name) for name in SCALAR_SLOTS},
            "countries": json.loads(row.countries),
            "parent_id": row.parent_id if row.parent_id != row.id else None,
            "reports": row.sources}


def select_summaries() -> Any:
    """:func:`_select_clusters` without what :func:`summary` leaves out."""
    return select(clusters, events.c.local_id, documents.c.doc_id, documents.c.lang,
                  documents.c.published, documents.c.url).join_from(
        clusters, events, events.c.id == clusters.c.id).join(
        documents, events.c.document_id == documents.c.id)


def event(database: Database, event_id: int) -> dict[str, Any] | None:
    """One event: the cluster ``event_id`` names (a cluster id, or the id of any of
    its reports), with every source document and what each reported, the merged
    participants, the status history, its programme and its parts."""
    with database.engine.connect() as conn:
        cluster_id = conn.execute(select(events.c.cluster_id).where(
            events.c.id == event_id)).scalar_one_or_none()
        if cluster_id is None:
            return None
        row = conn.execute(_select_clusters().where(clusters.c.id == cluster_id)).first()
        if row is None:
            return None
        [out] = _rows(database, conn, [row])
        members = conn.execute(_select_members().where(
            events.c.cluster_id == cluster_id).order_by(
            documents.c.published, events.c.id)).all()
        out["documents"] = [{
            "id": m.document_id, "doc_id": m.doc_id, "url": m.url, "title": m.doc_title,
            "published": m.published, "source": m.source, "lang": m.lang,
            "site": m.site, "event_id": m.id, "local_id": m.local_id,
            "event_title": m.title, "type": m.type, "start": m.start, "end": m.end,
            "status": m.status, "venue": m.venue, "city": m.city,
            "evidence": json.loads(m.evidence)} for m in members]
        out["evidence"] = [s for m in out["documents"] for s in m["evidence"]]
        out["children"] = list(conn.execute(
            select(clusters.c.id).where(clusters.c.parent_id == cluster_id,
                                        clusters.c.id != cluster_id)  # never its own part
            .order_by(clusters.c.id)).scalars())
        return out


def _rows(database: Database, conn: Connection, rows: Sequence[Row[Any]]
          ) -> list[dict[str, Any]]:
    """Cluster rows as dicts; participants are the union over the cluster's reports,
    one per entity, named and given the role of their first mention."""
    people: dict[int, list[dict[str, Any]]] = {row.id: [] for row in rows}
    history: dict[int, list[dict[str, Any]]] = {row.id: [] for row in rows}
    seen: set[tuple[int, int]] = set()
    documents_of: dict[int, set[int]] = {}  # two reports in one article are one source
    for chunk in _chunks(list(people), _CHUNK):
        # the status each report gave, by publication date (undated first)
        for h in conn.execute(
                select(events.c.cluster_id, events.c.id, events.c.status,
                       events.c.document_id, documents.c.doc_id, documents.c.published)
                .join(documents, documents.c.id == events.c.document_id)
                .where(events.c.cluster_id.in_(chunk))
                .order_by(events.c.cluster_id,
                          database.sortable(func.coalesce(documents.c.published, "")),
                          events.c.id)):
            history[h.cluster_id].append({"doc_id": h.doc_id, "published": h.published,
                                          "status": h.status, "event_id": h.id})
            documents_of.setdefault(h.cluster_id, set()).add(h.document_id)
        for p in conn.execute(
                select(event_participants, events.c.cluster_id)
                .join(events, events.c.id == event_participants.c.event_id)
                .where(events.c.cluster_id.in_(chunk))
                .order_by(events.c.cluster_id, events.c.id,
                          event_participants.c.position)):
            if (p.cluster_id, p.entity_id) in seen:
                continue
            seen.add((p.cluster_id, p.entity_id))
            people[p.cluster_id].append({"entity_id": p.entity_id, "name": p.name,
                                         "kind": p.kind, "role": p.role})
    return [{
        "id": row.id, "local_id": row.local_id, "doc_id": row.doc_id, "lang": row.lang,
        "published": row.published, "url": row.url, "source": row.source,
        **{name: getattr(row, name) for name in SCALAR_SLOTS},  # the canonical record
        "countries": json.loads(row.countries),
        "participants": people[row.id], "parent": row.parent,
        # a cluster merged with its own programme is not its own part
        "parent_id": row.parent_id if row.parent_id != row.id else None,
        "evidence": json.loads(row.evidence),
        "sources": len(documents_of.get(row.id, ())) or row.sources,
        "reports": row.sources, "history": history[row.id],
    } for row in rows]


def entities_page(database: Database, q: str | None = None, kind: str | None = None,
                  offset: int = 0, limit: int = 50) -> tuple[list[dict[str, Any]], int]:
    """People, groups and organisations, most events first; ``q`` is a
    case-insensitive substring of any name variant."""
    check_page(offset, limit)
    counts = (select(event_participants.c.entity_id,
                     func.count(distinct(events.c.cluster_id)).label("n"))
              .join(events, events.c.id == event_participants.c.event_id)
              .group_by(event_participants.c.entity_id).subquery())
    n = func.coalesce(counts.c.n, 0).label("event_count")
    conds: list[ColumnElement[bool]] = []
    kind = kind.strip() if kind else None
    if kind:
        conds.append(entities.c.kind == kind)
    if q and q.strip():
        pattern = "%" + escape_like(fold(q)) + "%"
        conds.append(exists().where(entity_names.c.entity_id == entities.c.id,
                                    entity_names.c.name_fold.like(pattern, escape="\\")))
    with database.engine.connect() as conn:
        total = conn.execute(select(func.count()).select_from(entities)
                             .where(*conds)).scalar_one()
        rows = conn.execute(
            select(entities.c.id, entities.c.name, entities.c.kind, n)
            .outerjoin(counts, counts.c.entity_id == entities.c.id).where(*conds)
            .order_by(n.desc(), database.sortable(entities.c.name), entities.c.id)
            .offset(offset).limit(limit)).all()
        variants = names_of(conn, [r.id for r in rows])
    return [{"id": r.id, "name": r.name, "kind": r.kind, "variants": variants[r.id],
             "event_count": r.event_count} for r in rows], total


def entity(database: Database, entity_id: int) -> dict[str, Any] | None:
    """One entity with every event (cluster) it takes part in and its role there."""
    with database.engine.connect() as conn:
        row = conn.execute(select(entities).where(entities.c.id == entity_id)).first()
        if row is None:
            return None
        mine = reported(exists().where(
            event_participants.c.event_id == events.c.id,
            event_participants.c.entity_id == entity_id))
        n = conn.execute(select(func.count()).select_from(clusters).where(mine)).scalar_one()
        rows = conn.execute(_select_clusters().where(mine)
                            .order_by(*_order(database))).all()
        event_rows = _rows(database, conn, rows)
        variants = names_of(conn, [entity_id])[entity_id]
    for item in event_rows:
        roles = [p["role"] for p in item["participants"] if p["entity_id"] == entity_id]
        item["role"] = roles[0] if roles else None
        item["roles"] = list(dict.fromkeys(roles))
    return {"id": row.id, "name": row.name, "kind": row.kind, "variants": variants,
            "event_count": n, "events": event_rows}


def _chunks(items: list[int], size: int) -> Iterable[list[int]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]
