"""Documents, events, places, entities and their roles, with full-text search.

Full text is FTS5 on SQLite and a GIN index over ``to_tsvector('simple', search_text)``
on PostgreSQL ('simple': no stemming, the same tokens in Russian, Kazakh and English).

Revision ID: 0001
Revises:
Create Date: 2025-01-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("doc_id", sa.Text, nullable=False),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("url", sa.Text),
        sa.Column("site", sa.Text),
        sa.Column("lang", sa.String(16)),
        sa.Column("published", sa.String(10)),
        sa.Column("title", sa.Text),
        sa.Column("content_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("removed_lines", sa.Text, nullable=False),
        sa.Column("ingested_at", sa.Text, nullable=False),
    )
    op.create_index("documents_doc_id", "documents", ["doc_id"])
    op.create_table(
        "places",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("key", sa.Text, nullable=False, unique=True),
        sa.Column("city", sa.Text),
        sa.Column("country", sa.String(2)),
    )
    op.create_table(
        "events",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("document_id", sa.Integer,
                  sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
        sa.Column("local_id", sa.Text, nullable=False),
        sa.Column("type", sa.Text, nullable=False),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("start", sa.String(10)),
        sa.Column("end", sa.String(10)),
        sa.Column("status", sa.Text, nullable=False),
        sa.Column("venue", sa.Text),
        sa.Column("city", sa.Text),
        sa.Column("country", sa.String(2)),
        sa.Column("place_id", sa.Integer, sa.ForeignKey("places.id")),
        sa.Column("countries", sa.Text, nullable=False),
        sa.Column("parent", sa.Text),
        sa.Column("parent_id", sa.Integer, sa.ForeignKey("events.id", ondelete="SET NULL")),
        sa.Column("evidence", sa.Text, nullable=False),
        sa.Column("search_text", sa.Text, nullable=False),
        sa.UniqueConstraint("document_id", "local_id"),
    )
    for column in ("type", "start", "city", "country", "status", "place_id", "parent_id"):
        op.create_index(f"events_{column}", "events", [column])
    op.create_table(
        "event_countries",
        sa.Column("event_id", sa.Integer, sa.ForeignKey("events.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("country", sa.String(2), primary_key=True),
        sa.Column("party", sa.Boolean, nullable=False),
    )
    op.create_index("event_countries_country", "event_countries", ["country"])
    op.create_table(
        "entities",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("name_fold", sa.Text, nullable=False),
        sa.Column("kind", sa.Text, nullable=False),
        sa.UniqueConstraint("name_fold", "kind"),
    )
    op.create_table(
        "entity_names",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("entity_id", sa.Integer, sa.ForeignKey("entities.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("name_fold", sa.Text, nullable=False),
        sa.UniqueConstraint("entity_id", "name"),
    )
    op.create_table(
        "event_participants",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("event_id", sa.Integer, sa.ForeignKey("events.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("entity_id", sa.Integer, sa.ForeignKey("entities.id"), nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("kind", sa.Text, nullable=False),
        sa.Column("role", sa.Text, nullable=False),
    )
    op.create_index("event_participants_event", "event_participants", ["event_id"])
    op.create_index("event_participants_entity", "event_participants", ["entity_id"])

    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute("CREATE VIRTUAL TABLE events_fts USING fts5(title, evidence, names)")
    elif dialect == "postgresql":
        op.execute("CREATE INDEX events_search ON events"
                   " USING gin (to_tsvector('simple'::regconfig, search_text))")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS events_fts")
    for name in ("event_participants", "entity_names", "entities", "event_countries",
                 "events", "places", "documents"):
        op.drop_table(name)
