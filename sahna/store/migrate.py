"""Bring a database to the newest schema when the store opens it.

The same ``alembic upgrade head`` a person would type, run programmatically inside one
transaction on the store's own connection, so that a fresh file, an old file and a
PostgreSQL database all end at the schema the code expects. On PostgreSQL an advisory
lock keeps two processes opening a new database at once (the web app and an ingest)
from both creating the tables.
"""

from __future__ import annotations

import time

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect, text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import OperationalError

_LOCK = 0x5A484E41  # any constant: the advisory lock id for sahna's migrations


class LegacyDatabaseError(RuntimeError):
    """A database written by sahna before it had migrations (its tables can't be told
    apart from a half-made schema), or by something else entirely."""


def alembic_config(conn: Connection) -> Config:
    config = Config()
    config.set_main_option("script_location", "sahna.store:migrations")
    config.attributes["connection"] = conn
    return config


def current(conn: Connection) -> str | None:
    """The revision a database is at (None when it has never been migrated)."""
    return MigrationContext.configure(conn).get_current_revision()


RETRIES = 5  # attempts at a migration that found the database locked


def upgrade(engine: Engine) -> None:
    """Apply every migration the database lacks; do nothing when it is up to date.

    Two processes may open a new database at the same moment (two ingests, the web
    app and an ingest): the check of the version and the DDL run under one write lock —
    ``pg_advisory_xact_lock`` on PostgreSQL, ``BEGIN IMMEDIATE`` on SQLite (a deferred
    transaction would read the version, then fail to upgrade its read lock with
    "database is locked") — so that the second waits and then finds the schema made.
    A lock still refused after the connection's busy timeout is retried a few times."""
    for attempt in range(RETRIES):
        try:
            _upgrade(engine)
            return
        except OperationalError as exc:
            if "locked" not in str(exc).lower() or attempt == RETRIES - 1:
                raise
            time.sleep(0.2 * 2 ** attempt)


def _upgrade(engine: Engine) -> None:
    with engine.connect().execution_options(sqlite_begin="BEGIN IMMEDIATE") as conn, \
            conn.begin():
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _LOCK})
        config = alembic_config(conn)
        at = current(conn)
        if at is not None and at == ScriptDirectory.from_config(config).get_current_head():
            return
        if at is None and "documents" in inspect(conn).get_table_names():
            raise LegacyDatabaseError(
                f"{engine.url.render_as_string(hide_password=True)}: this database has "
                "sahna tables but no schema version (made by an older sahna); "
                "ingest into a new database")
        command.upgrade(config, "head")
