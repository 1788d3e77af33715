"""Storage of documents, events, entities and places (SQLite or PostgreSQL).

    with open_store("sahna.db") as store:                 # or "postgresql://..."
        store.add(doc)
        rows, total = store.events(EventQuery(city="Almaty"), offset=0, limit=50)

The schema is migrated (``alembic upgrade head``) whenever a database is opened.

One module per job, behind the :class:`Store` facade (``facade.py``):

- ``engine.py``: the database URL, engine, SQLite pragmas, transactions, dialect;
  ``migrate.py`` and ``migrations/``: the schema's history; ``schema.py``: its tables;
- ``writing.py``: documents and their events, places and participants;
- ``query.py``: a search's filters, checked; ``conditions.py``: the same in SQL;
- ``reading.py``: pages of events, one event, entity pages; ``tallies.py``: facets,
  country pairs, places, counts;
- ``entities.py``: participants' names linked to entities;
- ``clusters.py``: reports linked into clusters, with ``candidates.py`` (which stored
  reports a new one meets), ``memory.py`` (what a store remembers of its events),
  ``canonical.py`` (a cluster's record) and ``recluster.py`` (all of it from scratch).
"""

from __future__ import annotations

from pathlib import Path

from sahna.store.engine import database_url
from sahna.store.facade import Store
from sahna.store.migrate import LegacyDatabaseError
from sahna.store.query import KINDS, STATUSES, TYPES, EventQuery
from sahna.store.writing import content_hash

__all__ = ["KINDS", "STATUSES", "TYPES", "EventQuery", "LegacyDatabaseError", "Store",
           "content_hash", "database_url", "open_store"]


def open_store(db: str | Path, cluster: bool = True) -> Store:
    """Open (creating and migrating as needed) the store at ``db``: a file path (SQLite),
    or a URL, ``sqlite:///file.db`` or ``postgresql://user@host/dbname``. With
    ``cluster=False`` new events are not merged with other reports, nor names linked."""
    return Store(db, cluster=cluster)
