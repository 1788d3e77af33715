"""What the event list needs of every event, held in memory while the database does not
change: each cluster's facet values (as codes) and its place in the date orders.

A search for a common word matches a third of 100,000 events. Counting their facets in
SQL sorts them five times (SQLite groups by sorting) and reading their rows into Python
costs more still; here the search reads only their ids, and the facets are counts of
codes (``numpy.bincount``) and the page is the ids sorted by their precomputed rank, in
a few milliseconds.

The snapshot is only used while it is provably the database's state: SQLite's ``PRAGMA
data_version``, asked on a connection of its own, changes whenever any other connection
(another process's ingest, this server's ``POST /api/documents``) commits, and is read
before the snapshot is built or used and again after the search ran; any change, and the
caller computes in SQL instead. A missing or stale snapshot is rebuilt in a background
thread, at most every :data:`REBUILD_AFTER` seconds (a server browsed during a long
ingest mostly answers in SQL); requests never wait for it. PostgreSQL has no such cheap
version, so there the store always counts in SQL.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Any, TypeVar

import numpy as np
from sqlalchemy import Engine, select
from sqlalchemy.engine import Connection

from sahna.store.schema import clusters, events

T = TypeVar("T")

FACETS = ("type", "city", "month", "status", "country")
REBUILD_AFTER = 5.0  # seconds from the end of one rebuild to the start of the next


def has_month(start: str | None) -> bool:
    """A start with a year and a month (what ``substr(start, 1, 7)`` groups by)."""
    return start is not None and len(start) >= 7 and not start.startswith("--")


def ranked(counts: dict[str, int]) -> dict[str, int]:
    """Facet counts most first, then by value in byte order (the database's order:
    code point order is UTF-8's byte order)."""
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


@dataclass
class Snapshot:
    """Every cluster's facet codes and date ranks, in arrays indexed by cluster id."""

    version: int
    size: int  # one more than the largest cluster id
    values: dict[str, list[str]]  # facet -> its values; a code is an index here
    codes: dict[str, np.ndarray]  # facet -> code of each cluster id (-1: none)
    ranks: dict[str, np.ndarray]  # "date", "date_asc" -> place of each cluster id
    everything: dict[str, dict[str, int]]  # the facets of all clusters
    exists: np.ndarray  # cluster id -> whether there is such a cluster
    cluster_of: np.ndarray | None  # event id -> its cluster id (-1: none); SQLite only

    def facets(self, ids: np.ndarray) -> dict[str, dict[str, int]]:
        """The facets of the clusters ``ids``, as :func:`.tallies.facets` counts them."""
        out = {}
        for name in FACETS:
            codes = self.codes[name][ids]
            counts = np.bincount(codes[codes >= 0], minlength=len(self.values[name]))
            out[name] = ranked({v: int(n) for v, n in zip(self.values[name], counts,
                                                           strict=True) if n})
        return out

    def page(self, ids: np.ndarray, sort: str, offset: int, limit: int) -> list[int]:
        """The ids of one page of ``ids`` in the order ``sort`` ("date" or
        "date_asc") gives the database."""
        ordered = ids[np.argsort(self.ranks[sort][ids], kind="stable")]
        return [int(i) for i in ordered[offset:offset + limit]]


def _fetch(conn: Connection, stmt: Any) -> list[tuple[Any, ...]]:
    """All rows of ``stmt`` as the driver's tuples (100,000 rows of a result cost
    seconds more)."""
    result = conn.execute(stmt)
    try:
        return list(result.cursor.fetchall())
    finally:
        result.close()


def _build(conn: Connection, version: int) -> Snapshot:
    c = clusters.c
    rows = _fetch(conn, select(c.id, c.type, c.city, c.start, c.status, c.country))
    ids = np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows))
    size = int(ids.max()) + 1 if len(ids) else 1
    columns: dict[str, list[Any]] = {
        "type": [r[1] for r in rows], "city": [r[2] for r in rows],
        "month": [r[3][:7] if has_month(r[3]) else None for r in rows],
        "status": [r[4] for r in rows], "country": [r[5] for r in rows]}
    values: dict[str, list[str]] = {}
    codes: dict[str, np.ndarray] = {}
    everything: dict[str, dict[str, int]] = {}
    for name, column in columns.items():
        known = sorted({v for v in column if v is not None})
        index = {v: n for n, v in enumerate(known)}
        values[name] = known
        code = np.fromiter((-1 if v is None else index[v] for v in column), dtype=np.int32,
                           count=len(rows))
        codes[name] = np.full(size, -1, dtype=np.int32)
        codes[name][ids] = code
        counts = np.bincount(code[code >= 0], minlength=len(known))
        everything[name] = ranked({v: int(n) for v, n in zip(known, counts, strict=True)
                                   if n})
    # newest start first (undated last, as '' sorts first), then id; and oldest first,
    # undated last, then id: the orders of reading._sorted, in byte order
    newest = sorted(sorted(rows, key=lambda r: r[0]), key=lambda r: r[3] or "",
                    reverse=True)
    oldest = sorted(rows, key=lambda r: (r[3] is None, r[3] or "", r[0]))
    ranks = {}
    for name, order in (("date", newest), ("date_asc", oldest)):
        rank = np.zeros(size, dtype=np.int64)
        rank[np.fromiter((r[0] for r in order), dtype=np.int64, count=len(order))] = \
            np.arange(len(order))
        ranks[name] = rank
    exists = np.zeros(size, dtype=bool)
    exists[ids] = True
    links = _fetch(conn, select(events.c.id, events.c.cluster_id)
                   .where(events.c.cluster_id.is_not(None)))
    event_ids = np.fromiter((r[0] for r in links), dtype=np.int64, count=len(links))
    cluster_of = np.full(int(event_ids.max()) + 1 if len(links) else 1, -1, dtype=np.int64)
    cluster_of[event_ids] = np.fromiter((r[1] for r in links), dtype=np.int64,
                                        count=len(links))
    return Snapshot(version, size, values, codes, ranks, everything, exists, cluster_of)


class Snapshots:
    """The current :class:`Snapshot` of one SQLite database, or None."""

    def __init__(self, path: str | None) -> None:
        self._path = path
        self._watch: sqlite3.Connection | None = None
        self._lock = threading.Lock()
        self._current: Snapshot | None = None
        self._built_at = -REBUILD_AFTER
        self._building = False

    def version(self) -> int | None:
        """The database's data version (it changes when another connection commits), or
        None when it cannot be had (not SQLite, a database that is gone)."""
        if self._path is None:
            return None
        with self._lock:
            try:
                if self._watch is None:
                    self._watch = sqlite3.connect(self._path, check_same_thread=False,
                                                  isolation_level=None, timeout=1.0)
                return int(self._watch.execute("PRAGMA data_version").fetchone()[0])
            except sqlite3.Error:
                return None

    def current(self, engine: Engine) -> Snapshot | None:
        """The snapshot of the database as it is now, or None (the caller computes in
        SQL). A missing or stale snapshot is rebuilt in a thread of its own, one at a
        time and at most every :data:`REBUILD_AFTER` seconds, on a connection opened
        after the version was read (so it sees that version or a newer one); requests
        do not wait for it."""
        version = self.version()
        if version is None:
            return None
        current = self._current
        if current is not None and current.version == version:
            return current
        with self._lock:
            if self._building or time.monotonic() - self._built_at < REBUILD_AFTER:
                return None
            self._building = True
        threading.Thread(target=self._rebuild, args=(engine, version), daemon=True,
                         name="sahna-snapshot").start()
        return None

    def _rebuild(self, engine: Engine, version: int) -> None:
        try:
            with engine.connect() as conn:
                built = _build(conn, version)
            if self.version() == version:  # else it changed while it was read
                self._current = built
        except Exception:  # a closed store, a dropped database: SQL answers instead
            pass
        finally:
            with self._lock:
                self._built_at = time.monotonic()
                self._building = False

    def wait(self, engine: Engine, timeout: float = 60.0) -> Snapshot | None:
        """The current snapshot, built now if needed (tests, benchmarks)."""
        deadline = time.monotonic() + timeout
        self._built_at = -REBUILD_AFTER
        while time.monotonic() < deadline:
            found = self.current(engine)
            if found is not None:
                return found
            time.sleep(0.01)
        return None

    def still(self, snapshot: Snapshot) -> bool:
        """Whether the database is still as ``snapshot`` saw it."""
        return self.version() == snapshot.version

    def close(self) -> None:
        with self._lock:
            if self._watch is not None:
                self._watch.close()
                self._watch = None


class Memo:
    """Values computed from the database (a calendar month's layout and the events it
    shows), kept while the database's data version (:meth:`Snapshots.version`) is the
    one they were computed at, the :data:`size` most recently used ones. The version is
    read before the value is computed and again after: a value computed while another
    connection committed is returned but not kept. Without a version (PostgreSQL, an
    in-memory database) nothing is kept."""

    size = 64

    def __init__(self, snapshots: Snapshots) -> None:
        self._snapshots = snapshots
        self._lock = threading.Lock()
        self._kept: OrderedDict[Hashable, tuple[int, Any]] = OrderedDict()

    def get(self, key: Hashable, compute: Callable[[], T]) -> T:
        version = self._snapshots.version()
        if version is None:
            return compute()
        with self._lock:
            kept = self._kept.get(key)
            if kept is not None and kept[0] == version:
                self._kept.move_to_end(key)
                return kept[1]
        value = compute()
        if self._snapshots.version() == version:
            with self._lock:
                self._kept[key] = (version, value)
                self._kept.move_to_end(key)
                while len(self._kept) > self.size:
                    self._kept.popitem(last=False)
        return value

    def clear(self) -> None:
        with self._lock:
            self._kept.clear()
