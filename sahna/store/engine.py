"""The database a store runs on: its URL, its engine, its transactions and its dialect.

One code path serves SQLite and PostgreSQL through SQLAlchemy Core; what differs between
them is kept here (connection settings, the INSERT that knows ON CONFLICT, byte-order
collation), so that the modules that write and read speak to one :class:`Database`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.dialects import postgresql as pg_dialect
from sqlalchemy.dialects import sqlite as sqlite_dialect
from sqlalchemy.engine import Connection

from sahna.store.migrate import upgrade
from sahna.store.snapshot import Memo, Snapshots


def database_url(db: str | Path) -> str:
    """A SQLAlchemy URL for a path or URL; PostgreSQL URLs get the psycopg 3 driver."""
    if isinstance(db, Path) or "://" not in db:
        return f"sqlite:///{Path(db).expanduser().resolve()}"
    if db.startswith(("postgres://", "postgresql://")):
        return "postgresql+psycopg://" + db.split("://", 1)[1]
    return db


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    """WAL lets readers (the web app) run during ingestion; the driver's own implicit
    transactions are turned off so that SQLAlchemy's BEGIN/COMMIT are the real ones
    (see SQLAlchemy's pysqlite notes on serializable isolation). A 64 MiB page cache
    (the default is 2 MiB) keeps the blocking keys and events that clustering reads
    for every new report in memory."""
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    # the wait first: switching a new file to WAL takes a lock another process opening
    # the same new file may hold for a moment
    cursor.execute("PRAGMA busy_timeout = 30000")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA cache_size = -65536")
    cursor.close()


def _sqlite_begin(conn: Connection) -> None:
    """BEGIN, or what the connection's ``sqlite_begin`` option says (the migration asks
    for ``BEGIN IMMEDIATE``: it takes the write lock before it reads the schema)."""
    conn.exec_driver_sql(conn.get_execution_options().get("sqlite_begin", "BEGIN"))


class Database:
    """An engine on a database migrated to the newest schema (``alembic upgrade head``
    runs when it is opened), and what its dialect changes in the statements."""

    def __init__(self, db: str | Path) -> None:
        self.url = database_url(db)
        engine = create_engine(self.url, future=True)
        if engine.dialect.name == "sqlite":
            engine.dispose()
            engine = create_engine(self.url, connect_args={"check_same_thread": False})
            event.listen(engine, "connect", _sqlite_pragmas)
            event.listen(engine, "begin", _sqlite_begin)
        self.engine: Engine = engine
        self.dialect = engine.dialect.name
        # the event list's facets and date orders in memory (sahna.store.snapshot)
        # (a database in memory has no data version another connection can read)
        path = engine.url.database if self.dialect == "sqlite" else None
        in_memory = not path or path == ":memory:" or "mode=memory" in str(engine.url)
        self.snapshots = Snapshots(None if in_memory else path)
        # what the calendar computed, while the database is as it was (snapshot.Memo)
        self.memo = Memo(self.snapshots)
        try:
            upgrade(engine)
        except Exception:
            engine.dispose()
            raise

    def close(self) -> None:
        self.memo.clear()
        self.snapshots.close()
        self.engine.dispose()

    @contextmanager
    def transaction(self, on_rollback: Callable[[], None]) -> Iterator[Connection]:
        """A write transaction; when it rolls back, ``on_rollback`` drops what memory
        holds of rows the transaction may have made (they are gone, and SQLite may give
        a rolled-back row's id to the next one)."""
        try:
            with self.engine.begin() as conn:
                yield conn
        except BaseException:
            on_rollback()
            raise

    def insert(self, table: Any) -> Any:
        """INSERT with ON CONFLICT support, which both dialects have under one API."""
        return (pg_dialect.insert(table) if self.dialect == "postgresql"
                else sqlite_dialect.insert(table))

    def sortable(self, column: Any) -> Any:
        """Dates compare as strings; on PostgreSQL force byte order, which a locale's
        collation (that may skip the hyphens) is not guaranteed to give."""
        return column.collate("C") if self.dialect == "postgresql" else column
