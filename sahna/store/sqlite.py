"""Former home of the SQLite store, kept so that old imports work.

The store now lives in :mod:`sahna.store` and serves SQLite and PostgreSQL alike.
"""

from __future__ import annotations

from sahna.store.core import Store, content_hash
from sahna.store.query import EventQuery, fts_query

__all__ = ["EventQuery", "Store", "content_hash", "fts_query"]
