"""What the filters look up instead of scanning: the months each event spans and the
countries its reports involve, kept beside its canonical record.

A date range is an interval overlap (an event that starts before the range and ends in
it matches), which no index on ``start`` or ``end`` answers: either bound alone still
leaves half the events to read. ``cluster_months`` lists, for every cluster, each month
from its start to its end (a year-only date spans its year), so that the months of the
range find the candidates through the table's key; the exact rule of
:func:`sahna.store.conditions.where` then decides. An event spanning more than
:data:`MAX_MONTHS` months (or with a date that is no calendar month) is listed once under
:data:`ANY_MONTH`, which every range reads.

``cluster_countries`` is the union of the countries (and host countries) of a cluster's
reports: what the ``countries`` filter asks, without going through every report.

Both are written with the canonical record (:func:`write`), dropped with it (ON DELETE
CASCADE), and rebuilt from scratch by :func:`rebuild` for a database filled in bulk
(the migration that made them, the benchmark's synthetic store).
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import delete, insert, select
from sqlalchemy.engine import Connection

from sahna.store.schema import (
    cluster_countries,
    cluster_months,
    clusters,
    event_countries,
    events,
)

MAX_MONTHS = 240  # twenty years: longer spans are listed once, under ANY_MONTH
ANY_MONTH = "*"  # sorts before every month, in byte order
_CHUNK = 5000


def _month_index(value: str, last: bool) -> int | None:
    """``YYYY-MM…`` as a month number; a year alone is its first (or ``last``) month."""
    try:
        year = int(value[:4])
        month = int(value[5:7]) if len(value) >= 7 else (12 if last else 1)
    except ValueError:
        return None
    if not 1 <= month <= 12 or (len(value) > 4 and value[4] != "-"):
        return None
    return year * 12 + month - 1


def month_keys(start: str | None, end: str | None) -> list[str]:
    """The months (``YYYY-MM``) an event from ``start`` to ``end`` spans, as the date
    filters compare them: ``start`` or ``end`` alone is both; a yearless or missing date
    spans nothing (date filters never match it); dates in the wrong order span the
    months between them; a span over :data:`MAX_MONTHS`, or a date that names no month,
    is :data:`ANY_MONTH`."""
    begin, finish = start or end, end or start
    if not begin or not finish or begin.startswith("--") or finish.startswith("--"):
        return []
    ends = [_month_index(v, last) for v in (begin, finish) for last in (False, True)]
    if any(e is None for e in ends):
        return [ANY_MONTH]
    low, high = min(e for e in ends if e is not None), max(e for e in ends if e is not None)
    if high - low >= MAX_MONTHS:
        return [ANY_MONTH]
    return [f"{m // 12:04d}-{m % 12 + 1:02d}" for m in range(low, high + 1)]


def write(conn: Connection, cluster_id: int, start: str | None, end: str | None,
          countries: Iterable[str]) -> None:
    """Replace the months and countries of one cluster (its record was just written)."""
    conn.execute(delete(cluster_months).where(cluster_months.c.cluster_id == cluster_id))
    conn.execute(delete(cluster_countries).where(cluster_countries.c.cluster_id == cluster_id))
    months = [{"month": m, "cluster_id": cluster_id} for m in month_keys(start, end)]
    if months:
        conn.execute(insert(cluster_months), months)
    codes = [{"country": c, "cluster_id": cluster_id} for c in dict.fromkeys(countries) if c]
    if codes:
        conn.execute(insert(cluster_countries), codes)


def rebuild(conn: Connection) -> None:
    """Both tables anew from ``clusters`` and the reports' ``event_countries``."""
    conn.execute(delete(cluster_months))
    conn.execute(delete(cluster_countries))
    last = -1
    while True:
        rows = conn.execute(select(clusters.c.id, clusters.c.start, clusters.c.end)
                            .where(clusters.c.id > last).order_by(clusters.c.id)
                            .limit(_CHUNK)).all()
        if not rows:
            break
        months = [{"month": m, "cluster_id": r.id} for r in rows
                  for m in month_keys(r.start, r.end)]
        if months:
            conn.execute(insert(cluster_months), months)
        last = rows[-1].id
    conn.execute(insert(cluster_countries).from_select(
        ["country", "cluster_id"],
        select(event_countries.c.country, events.c.cluster_id)
        .join(events, events.c.id == event_countries.c.event_id)
        .join(clusters, clusters.c.id == events.c.cluster_id).distinct()))
