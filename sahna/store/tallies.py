"""Numbers over events: facets of a search, pairs of countries, places, table counts.

Each counts events as clusters (one real-world event however many outlets reported it),
and filters through the same conditions as the event lists (:func:`.conditions.where`),
so a facet's count is the number of events its link shows.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import Any

import numpy as np
from sqlalchemy import ColumnElement, and_, func, literal_column, select, union_all
from sqlalchemy.engine import Connection

from sahna.store.conditions import fulltext_rowids, where
from sahna.store.engine import Database
from sahna.store.query import EventQuery, words
from sahna.store.schema import (
    clusters,
    documents,
    entities,
    event_countries,
    event_participants,
    events,
    places,
)
from sahna.store.snapshot import FACETS, Snapshot, has_month, ranked


def facets(database: Database, query: EventQuery) -> dict[str, dict[str, int]]:
    """Counts of the matching events (clusters) by type, city, month of start, status
    and host country, most first (ties in byte order); events without a value (or a
    yearless start, for month) are not counted.

    Counted over the matching ids with the in-memory :mod:`.snapshot` while it is the
    database's state, else in SQL (:func:`sql_facets`)."""
    conds = where(database, query)
    snap = database.snapshots.current(database.engine)
    with database.engine.connect() as conn:
        if snap is not None:
            if not conds:
                return snap.everything
            ids = matching_ids(database, conn, query, snap)
            if ids is not None:
                return snap.facets(ids)
        return sql_facets(conn, conds)


def matching_ids(database: Database, conn: Connection, query: EventQuery,
                 snap: Snapshot) -> np.ndarray | None:
    """The ids of the clusters matching ``query``, in no order, or None when the
    database is no longer as ``snap`` saw it. Read off the driver's cursor (a third of
    100,000 events is too many for a result's rows); words are matched in the full-text
    index and mapped to their reports' clusters by the snapshot, which costs one
    lookup in memory per report where SQL's costs one in the table of events."""
    checked = query.checked()
    text_ids = None
    if checked.q and words(checked.q) and snap.cluster_of is not None:
        rowids = _column(conn, fulltext_rowids(checked.q))
        rowids = rowids[rowids < len(snap.cluster_of)]
        text_ids = np.unique(snap.cluster_of[rowids])
        text_ids = text_ids[(text_ids >= 0) & (text_ids < snap.size)]
        checked = replace(checked, q=None)
    rest = where(database, checked)
    if rest or text_ids is None:
        ids = _column(conn, select(clusters.c.id).where(*rest))
        if text_ids is not None:
            ids = np.intersect1d(ids, text_ids, assume_unique=True)
    else:
        ids = text_ids[snap.exists[text_ids]]
    if not database.snapshots.still(snap) or (len(ids) and int(ids.max()) >= snap.size):
        return None
    return ids


def _column(conn: Connection, stmt: Any) -> np.ndarray:
    """The one integer column ``stmt`` selects, from the driver's cursor."""
    result = conn.execute(stmt)
    try:
        found = result.cursor.fetchall()
    finally:
        result.close()
    return np.fromiter((r[0] for r in found), dtype=np.int64, count=len(found))


def sql_facets(conn: Connection, conds: list[ColumnElement[bool]]
               ) -> dict[str, dict[str, int]]:
    """:func:`facets` in SQL: with filters, the matching events found once (a
    materialised CTE) and the five counts taken over them in one statement; without,
    each count read off the index on its column in its order."""
    c = clusters.c
    if not conds:
        out: dict[str, dict[str, int]] = {}
        for name, column in (("type", c.type), ("city", c.city), ("status", c.status),
                             ("country", c.country)):
            out[name] = ranked({value: n for value, n in conn.execute(
                select(column, func.count()).where(column.is_not(None)).group_by(column))})
        months: Counter[str] = Counter()
        for start, n in conn.execute(select(c.start, func.count())
                                     .where(c.start.is_not(None)).group_by(c.start)):
            if has_month(start):
                months[start[:7]] += n
        out["month"] = ranked(dict(months))
        return {name: out[name] for name in FACETS}
    matching = (select(c.type, c.city, func.substr(c.start, 1, 7).label("month"), c.start,
                       c.status, c.country).where(*conds)
                .cte("matching").prefix_with("MATERIALIZED"))
    m = matching.c
    extra: dict[str, list[ColumnElement[bool]]] = {
        "type": [], "city": [m.city.is_not(None)],
        "month": [m.start.is_not(None), ~m.start.like("--%"), func.length(m.start) >= 7],
        "status": [], "country": [m.country.is_not(None)]}
    parts = [select(literal_column(f"'{name}'").label("facet"), m[name].label("value"),
                    func.count().label("n")).where(*extra[name]).group_by(m[name])
             for name in FACETS]
    counts: dict[str, dict[str, int]] = {name: {} for name in FACETS}
    for facet, value, n in conn.execute(union_all(*parts)):
        counts[facet][value] = n
    return {name: ranked(counts[name]) for name in FACETS}


def country_pairs(database: Database, query: EventQuery) -> list[dict[str, Any]]:
    """Pairs of countries involved together in matching events (the countries and
    host countries of a cluster's reports), each unordered pair once, ``a < b``,
    counted once per cluster."""
    sortable = database.sortable
    matching = select(clusters.c.id).where(*where(database, query))
    involved = (select(events.c.cluster_id, event_countries.c.country)
                .join(event_countries, event_countries.c.event_id == events.c.id)
                .where(events.c.cluster_id.in_(matching)).distinct().subquery())
    a, b = involved.alias("a"), involved.alias("b")
    n = func.count().label("events")
    stmt = (select(a.c.country.label("a"), b.c.country.label("b"), n)
            .join_from(a, b, and_(a.c.cluster_id == b.c.cluster_id,
                                  sortable(a.c.country) < b.c.country))
            .group_by(a.c.country, b.c.country)
            .order_by(n.desc(), sortable(a.c.country), sortable(b.c.country)))
    with database.engine.connect() as conn:
        return [{"a": r.a, "b": r.b, "events": r.events} for r in conn.execute(stmt)]


def places_used(database: Database) -> list[dict[str, Any]]:
    """Every city/country pair events take place in, with their number of events."""
    n = func.count(clusters.c.id).label("n")
    stmt = (select(places.c.city, places.c.country, n)
            .join_from(places, clusters, clusters.c.place_id == places.c.id)
            .group_by(places.c.id, places.c.city, places.c.country)
            .order_by(n.desc(), database.sortable(places.c.country),
                      database.sortable(places.c.city)))
    with database.engine.connect() as conn:
        return [{"city": r.city, "country": r.country, "event_count": r.n}
                for r in conn.execute(stmt)]


def counts(database: Database) -> dict[str, int]:
    """Rows of the main tables (participants: mentions in reports, not entities)."""
    tables = {"documents": documents, "events": events, "clusters": clusters,
              "entities": entities, "participants": event_participants, "places": places}
    with database.engine.connect() as conn:
        return {name: conn.execute(select(func.count()).select_from(table)).scalar_one()
                for name, table in tables.items()}
