"""Search finds inflected, stemmed and transliterated forms: the full-text index gets the
stems and Latin keys of each event's words (:mod:`sahna.store.terms`).

On SQLite the FTS5 table gains a ``terms`` column; it is rebuilt from the events (title,
evidence and participant names as stored), since FTS5 tables cannot add a column. On
PostgreSQL the terms are appended to ``events.search_text``, which the GIN index over
``to_tsvector('simple', search_text)`` already covers, so only the text is rewritten.

Terms are computed with the functions the store writes new events with, a chunk of
events at a time; a database of 100,000 events takes a minute or so once. Downgrading
drops the terms again.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-07
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_CHUNK = 2000


def _events(conn: sa.Connection) -> Iterator[tuple[int, str, list[str], list[str]]]:
    """(id, title, evidence, participant names) of every event, in id order."""
    last = 0
    while True:
        rows = conn.execute(sa.text(
            "SELECT id, title, evidence FROM events WHERE id > :last ORDER BY id LIMIT :n"),
            {"last": last, "n": _CHUNK}).all()
        if not rows:
            return
        names: dict[int, list[str]] = defaultdict(list)
        for p in conn.execute(sa.text(
                "SELECT event_id, name FROM event_participants WHERE event_id >= :a "
                "AND event_id <= :b ORDER BY event_id, position"),
                {"a": rows[0].id, "b": rows[-1].id}):
            names[p.event_id].append(p.name)
        for row in rows:
            yield row.id, row.title, json.loads(row.evidence), names[row.id]
        last = rows[-1].id


def _rebuild(with_terms: bool) -> None:
    from sahna.store.query import fold_text
    from sahna.store.terms import index_terms

    conn = op.get_bind()
    sqlite = conn.dialect.name == "sqlite"
    if sqlite:
        op.execute("DROP TABLE IF EXISTS events_fts")
        columns = "title, evidence, names, terms" if with_terms else "title, evidence, names"
        op.execute(f"CREATE VIRTUAL TABLE events_fts USING fts5({columns})")
    batch: list[dict[str, object]] = []
    for event_id, title, evidence, names in list(_events(conn)):
        text = "\n".join([title, *evidence, *names])
        terms = index_terms(text) if with_terms else ""
        if sqlite:
            batch.append({"id": event_id, "title": title, "evidence": "\n".join(evidence),
                          "names": "\n".join(names), "terms": terms})
        else:
            batch.append({"id": event_id,
                          "search": "\n".join(x for x in (fold_text(text), terms) if x)})
        if len(batch) >= _CHUNK:
            _write(conn, batch, sqlite, with_terms)
            batch = []
    if batch:
        _write(conn, batch, sqlite, with_terms)


def _write(conn: sa.Connection, batch: list[dict[str, object]], sqlite: bool,
           with_terms: bool) -> None:
    if sqlite and with_terms:
        conn.execute(sa.text("INSERT INTO events_fts (rowid, title, evidence, names, terms) "
                             "VALUES (:id, :title, :evidence, :names, :terms)"), batch)
    elif sqlite:
        conn.execute(sa.text("INSERT INTO events_fts (rowid, title, evidence, names) "
                             "VALUES (:id, :title, :evidence, :names)"), batch)
    else:
        conn.execute(sa.text("UPDATE events SET search_text = :search WHERE id = :id"), batch)


def upgrade() -> None:
    _rebuild(with_terms=True)


def downgrade() -> None:
    _rebuild(with_terms=False)
