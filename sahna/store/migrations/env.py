"""Alembic environment: migrations run on the connection the store hands over.

The store calls ``alembic upgrade head`` itself when it opens a database, so there is
no alembic.ini; ``config.attributes["connection"]`` carries the open connection.
"""

from __future__ import annotations

from alembic import context

from sahna.store.schema import metadata

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only the store runs these migrations
    raise RuntimeError("sahna's migrations run through sahna.store.open_store()")

context.configure(connection=connection, target_metadata=metadata,
                  render_as_batch=connection.dialect.name == "sqlite")
with context.begin_transaction():
    context.run_migrations()
