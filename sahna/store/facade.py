"""The store: documents, events, entities and places in SQLite or PostgreSQL.

:class:`Store` is what the CLI, the API, the web app, the executors and the benchmarks
hold; it owns one database, the memory that writing keeps of it, and the transactions,
and hands each call to the module whose job it is: :mod:`.engine` (connections,
migrations, transactions), :mod:`.writing` (documents and events, which link their
reports and names through :mod:`.clusters` and :mod:`.entities`), :mod:`.reading`
(events and entities), :mod:`.calendar` (a month as the calendar lays it out),
:mod:`.tallies` (facets, country pairs, places, counts) and :mod:`.recluster`.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Sequence
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Engine
from sqlalchemy.engine import Connection

from sahna.document import Document
from sahna.store import calendar, reading, tallies, writing
from sahna.store.calendar import Month
from sahna.store.engine import Database
from sahna.store.memory import ClusterMemory
from sahna.store.query import EventQuery
from sahna.store.recluster import recluster

T = TypeVar("T")


class Store:
    """Documents and their events in a SQL database; see :func:`sahna.store.open_store`."""

    def __init__(self, db: str | Path, cluster: bool = True) -> None:
        self.database = Database(db)
        self.url: str = self.database.url
        self.engine: Engine = self.database.engine
        self.dialect: str = self.database.dialect
        # False: every event is its own cluster and names link only when spelled alike
        self.cluster = cluster
        # this store's own: another store in the process (another database) shares none
        self.memory = ClusterMemory()
        self._writer = writing.Writer(self.database, self.memory, cluster)

    # -- lifecycle -----------------------------------------------------------------

    def close(self) -> None:
        self.database.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing -------------------------------------------------------------------

    def _transaction(self) -> AbstractContextManager[Connection]:
        """A write transaction; when it rolls back, what memory holds of rows it may
        have made (place ids, event facts) is dropped with it."""
        return self.database.transaction(on_rollback=self._forget)

    def _forget(self) -> None:
        self._writer.forget()
        self.memory.forget()

    def has(self, doc: Document) -> bool:
        return writing.has(self.database, doc)

    def add(self, doc: Document) -> bool:
        """Store ``doc``, its events, places and participants in one transaction.

        Returns False, changing nothing, when a document with the same content hash is
        already stored (also when another process stored it a moment ago)."""
        with self._transaction() as conn:
            return self._writer.add(conn, doc)

    def add_many(self, docs: Sequence[Document]) -> list[bool]:
        """Store a batch of documents in one transaction; for each, whether it was new.

        Loading finished shards (``sahna ingest --from-shards``) commits a few hundred
        documents at a time, because one commit per document is what limits SQLite's
        write rate. All or nothing: when the database refuses one document the batch is
        rolled back, and the caller retries it document by document to find the culprit."""
        with self._transaction() as conn:
            return [self._writer.add(conn, doc) for doc in docs]

    def recluster(self, progress: Callable[[int, int], None] | None = None) -> dict[str, int]:
        """Link entities and cluster events again from scratch (``sahna recluster``), in
        one transaction: a database built before clustering, or with other settings,
        ends as if its documents had been ingested now. Idempotent."""
        with self._transaction() as conn:
            return recluster(conn, self.database.insert, self.memory, progress)

    # -- reading -------------------------------------------------------------------

    def events(self, query: EventQuery, offset: int = 0, limit: int = 50,
               sort: str = "date") -> tuple[list[dict[str, Any]], int]:
        """A page of events (one per cluster of reports) matching ``query`` and the total
        number that match, newest start first (undated last), then by id, so pages never
        overlap or skip; ``sort`` is one of :data:`reading.SORTS`."""
        return reading.events_page(self.database, query, offset, limit, sort)

    def browse(self, query: EventQuery, offset: int = 0, limit: int = 50, sort: str = "date"
               ) -> tuple[list[dict[str, Any]], int, dict[str, dict[str, int]]]:
        """:meth:`events` and :meth:`facets` of one query (the event list page), reading
        the matching events once."""
        return reading.browse_page(self.database, query, offset, limit, sort)

    def month(self, year: int, month: int) -> Month:
        """The calendar's layout of a month (:class:`.calendar.Month`): the ids of the
        events on each day and in each section, in the order they are shown, and how
        many the month holds; two queries, kept while the database is unchanged."""
        return self.remember(("month", year, month),
                             lambda: calendar.month_layout(self.database, year, month))

    def summaries(self, ids: Iterable[int]) -> dict[int, dict[str, Any]]:
        """The events ``ids`` without participants or status history (what a calendar
        shows), by id."""
        return calendar.summaries_of(self.database, ids)

    def remember(self, key: Hashable, compute: Callable[[], T]) -> T:
        """``compute()``, a function of what this store holds, kept under ``key`` while
        the database is unchanged (SQLite; computed every time on PostgreSQL), see
        :class:`.snapshot.Memo`."""
        return self.database.memo.get(key, compute)

    def event(self, event_id: int) -> dict[str, Any] | None:
        """One event: the cluster ``event_id`` names (a cluster id, or the id of any of
        its reports), with every source document and what each reported, the merged
        participants, the status history, its programme and its parts."""
        return reading.event(self.database, event_id)

    def entities(self, q: str | None = None, kind: str | None = None, offset: int = 0,
                 limit: int = 50) -> tuple[list[dict[str, Any]], int]:
        """People, groups and organisations, most events first; ``q`` is a
        case-insensitive substring of any name variant."""
        return reading.entities_page(self.database, q, kind, offset, limit)

    def entity(self, entity_id: int) -> dict[str, Any] | None:
        """One entity with every event (cluster) it takes part in and its role there."""
        return reading.entity(self.database, entity_id)

    def facets(self, query: EventQuery) -> dict[str, dict[str, int]]:
        """Counts of the matching events (clusters) by type, city, month of start, status
        and host country; events without a value (or a yearless start, for month) are
        not counted."""
        return tallies.facets(self.database, query)

    def country_pairs(self, query: EventQuery) -> list[dict[str, Any]]:
        """Pairs of countries involved together in matching events, each unordered pair
        once, ``a < b``, counted once per cluster."""
        return tallies.country_pairs(self.database, query)

    def places(self) -> list[dict[str, Any]]:
        """Every city/country pair events take place in, with their number of events."""
        return tallies.places_used(self.database)

    def counts(self) -> dict[str, int]:
        return tallies.counts(self.database)

