"""Narrower candidates for a new report: blocking keys by city, and evidence signatures.

* Blocking keys name the city: an event's candidates are the reports of its city (and
  those of its country that name no city) instead of every report of its country, since
  two cities never match.
* Each blocking key row carries ``clues``, a signature of the event
  (:func:`sahna.store.candidates.signature`): a bit per evidence key (title words, venue,
  programme part; :func:`sahna.link.events.evidence_keys`) and one bit for dated
  programmes in a known city. A new report meets only the candidates whose signature
  shares a bit with its own, or that share a participant. On SQLite the table is stored
  in key order (WITHOUT ROWID), so the signature is read with the key.
* ``event_participants`` is indexed by (event, entity) instead of event alone, so that
  "does this candidate have one of these participants" is answered from the index.
* ``clusters.history`` goes: the status each report gave is read from the reports. The
  record is rewritten whenever a report joins, and the list made that grow with the
  cluster.

A dense archive has dozens of concerts a month in a country, a few in one city, and one
or two of those share a word or a performer with the new report. The clusters do not
change: the rule is the same, only the candidates it is asked about.

The keys of every clustered event are computed here with the functions the store uses
(reading a title's tokens takes about a millisecond, so a database of 100,000 events
takes a minute or two once). Downgrading turns the keys back into country keys without
signatures (the ``KZ|*`` keys an event stores are exactly its old ``KZ`` keys) and
writes the history back.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_CHUNK = 5000


def _create_blocks(with_clues: bool) -> None:
    columns: list[sa.schema.SchemaItem] = [
        sa.Column("key", sa.Text, nullable=False),
        sa.Column("event_id", sa.Integer, sa.ForeignKey("events.id", ondelete="CASCADE"),
                  nullable=False),
    ]
    if with_clues:
        columns.append(sa.Column("clues", sa.BigInteger, nullable=False))
    op.create_table("event_blocks", *columns, sa.PrimaryKeyConstraint("key", "event_id"),
                    sqlite_with_rowid=not with_clues)


def upgrade() -> None:
    from sahna.link.events import block_keys, facts
    from sahna.store.candidates import signature

    op.drop_index("event_participants_event", "event_participants")
    op.create_index("event_participants_event_entity", "event_participants",
                    ["event_id", "entity_id"])
    # a plain ALTER TABLE (SQLite >= 3.35): a batch copy would lose the expression index
    op.execute("ALTER TABLE clusters DROP COLUMN history")
    conn = op.get_bind()
    rows = conn.execute(sa.text(
        'SELECT e.id, e.type, e.title, e.start, e."end", e.status, e.venue, e.city, '
        "e.country, e.countries, e.parent_id, d.published, d.lang FROM events e "
        "JOIN documents d ON d.id = e.document_id "
        "WHERE e.id IN (SELECT event_id FROM event_blocks) ORDER BY e.id")).all()
    op.drop_table("event_blocks")
    _create_blocks(with_clues=True)
    insert = sa.text("INSERT INTO event_blocks (key, event_id, clues) "
                     "VALUES (:key, :event_id, :clues)")
    keys: list[dict[str, object]] = []
    for row in rows:
        made = facts(id=row.id, type=row.type, title=row.title, start=row.start, end=row.end,
                     status=row.status, venue=row.venue, city=row.city, country=row.country,
                     countries=frozenset(json.loads(row.countries)), parent=row.parent_id,
                     published=row.published, lang=row.lang)
        bits = signature(made)
        keys.extend({"key": k, "event_id": row.id, "clues": bits}
                    for k in sorted(block_keys(made)[0]))
        if len(keys) >= _CHUNK:
            conn.execute(insert, keys)
            keys = []
    if keys:
        conn.execute(insert, keys)


def downgrade() -> None:
    # group|KZ|almaty|slot and group|KZ|-|slot go; group|KZ|*|slot becomes group|KZ|slot;
    # keys of reports without a country (group|?|slot, group|?KZ|slot) never changed
    conn = op.get_bind()
    rows = conn.execute(sa.text("SELECT key, event_id FROM event_blocks")).all()
    op.drop_table("event_blocks")
    _create_blocks(with_clues=False)
    old = set()
    for key, event_id in rows:
        parts = key.split("|")
        if len(parts) == 4:
            if parts[2] != "*":
                continue
            key = "|".join((parts[0], parts[1], parts[3]))
        old.add((key, event_id))
    insert = sa.text("INSERT INTO event_blocks (key, event_id) VALUES (:key, :event_id)")
    batch = [{"key": k, "event_id": e} for k, e in sorted(old)]
    for start in range(0, len(batch), _CHUNK):
        conn.execute(insert, batch[start:start + _CHUNK])
    op.drop_index("event_participants_event_entity", "event_participants")
    op.create_index("event_participants_event", "event_participants", ["event_id"])
    op.add_column("clusters", sa.Column("history", sa.Text, nullable=False,
                                        server_default="[]"))
    history: dict[int, list[dict[str, object]]] = {}
    for row in conn.execute(sa.text(
            "SELECT e.cluster_id, e.id, e.status, d.doc_id, d.published FROM events e "
            "JOIN documents d ON d.id = e.document_id WHERE e.cluster_id IS NOT NULL")):
        history.setdefault(row.cluster_id, []).append(
            {"doc_id": row.doc_id, "published": row.published, "status": row.status,
             "event_id": row.id})
    update = sa.text("UPDATE clusters SET history = :history WHERE id = :id")
    for cluster_id, items in history.items():
        items.sort(key=lambda h: (h["published"] or "", h["event_id"]))
        conn.execute(update, {"id": cluster_id,
                              "history": json.dumps(items, ensure_ascii=False)})
