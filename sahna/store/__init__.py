"""Storage of documents, events, entities and places (SQLite or PostgreSQL).

    with open_store("sahna.db") as store:                 # or "postgresql://..."
        store.add(doc)
        rows, total = store.events(EventQuery(city="Almaty"), offset=0, limit=50)

The schema is migrated (``alembic upgrade head``) whenever a database is opened.
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
