"""Numbers over events: facets of a search, pairs of countries, places, table counts.

Each counts events as clusters (one real-world event however many outlets reported it),
and filters through the same conditions as the event lists (:func:`.conditions.where`),
so a facet's count is the number of events its link shows.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, and_, func, select

from sahna.store.conditions import where
from sahna.store.engine import Database
from sahna.store.query import EventQuery
from sahna.store.schema import (
    clusters,
    documents,
    entities,
    event_countries,
    event_participants,
    events,
    places,
)


def facets(database: Database, query: EventQuery) -> dict[str, dict[str, int]]:
    """Counts of the matching events (clusters) by type, city, month of start, status
    and host country; events without a value (or a yearless start, for month) are
    not counted."""
    conds = where(database, query)
    c = clusters.c
    month = func.substr(c.start, 1, 7)
    dims: dict[str, tuple[Any, list[ColumnElement[bool]]]] = {
        "type": (c.type, []),
        "city": (c.city, [c.city.is_not(None)]),
        "month": (month, [c.start.is_not(None), ~c.start.like("--%"),
                          func.length(c.start) >= 7]),
        "status": (c.status, []),
        "country": (c.country, [c.country.is_not(None)]),
    }
    out: dict[str, dict[str, int]] = {}
    with database.engine.connect() as conn:
        for name, (column, extra) in dims.items():
            value = column.label("value")
            stmt = (select(value, func.count().label("n")).select_from(clusters)
                    .where(*conds, *extra).group_by(column)
                    .order_by(func.count().desc(), database.sortable(column)))
            out[name] = {r.value: r.n for r in conn.execute(stmt)}
    return out


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
