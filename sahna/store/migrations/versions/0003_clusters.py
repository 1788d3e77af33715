"""Event clusters (one real-world event reported by several documents) and the blocking
keys that find a new event's candidates, plus the keys that link participant names to
entities across spellings.

A cluster's id is the id of its earliest member event, so an event page's address stays
valid when later reports join it. ``component_id`` groups the events linked by the pairwise
rule before contradictions are resolved (see ``sahna.store.clusters``). Existing events
each become a cluster of one; ``sahna recluster`` then merges them.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "clusters",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
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
        sa.Column("parent_id", sa.Integer),
        sa.Column("sources", sa.Integer, nullable=False),
        sa.Column("history", sa.Text, nullable=False),
    )
    # a plain ALTER TABLE ADD COLUMN, which SQLite has: a batch (copy-and-rename) would
    # lose the expression index of migration 0002
    op.add_column("events", sa.Column("cluster_id", sa.Integer))
    op.add_column("events", sa.Column("component_id", sa.Integer))
    op.create_index("events_cluster", "events", ["cluster_id"])
    op.create_index("events_component", "events", ["component_id"])
    op.create_table(
        "event_blocks",
        sa.Column("key", sa.Text, nullable=False),
        sa.Column("event_id", sa.Integer, sa.ForeignKey("events.id", ondelete="CASCADE"),
                  nullable=False),
        sa.PrimaryKeyConstraint("key", "event_id"),
    )
    op.create_table(
        "entity_keys",
        sa.Column("key", sa.Text, nullable=False),
        sa.Column("entity_id", sa.Integer, sa.ForeignKey("entities.id", ondelete="CASCADE"),
                  nullable=False),
        sa.PrimaryKeyConstraint("key", "entity_id"),
    )
    op.create_index("entity_names_fold", "entity_names", ["name_fold"])
    if op.get_bind().dialect.name == "postgresql":
        op.execute('CREATE INDEX clusters_order ON clusters '
                   '((coalesce(start, \'\') COLLATE "C") DESC, id)')
    else:
        op.execute("CREATE INDEX clusters_order ON clusters (coalesce(start, '') DESC, id)")
    op.create_index("clusters_parent", "clusters", ["parent_id"])
    # every stored event becomes a cluster of one; `sahna recluster` merges them
    op.execute(
        'INSERT INTO clusters (id, type, title, start, "end", status, venue, city, country, '
        "place_id, countries, parent_id, sources, history) "
        'SELECT id, type, title, start, "end", status, venue, city, country, place_id, '
        "countries, parent_id, 1, '[]' FROM events")
    op.execute("UPDATE events SET cluster_id = id, component_id = id")


def downgrade() -> None:
    op.drop_index("clusters_parent", "clusters")
    op.execute("DROP INDEX clusters_order")
    op.drop_index("entity_names_fold", "entity_names")
    op.drop_table("entity_keys")
    op.drop_table("event_blocks")
    op.drop_index("events_cluster", "events")
    op.drop_index("events_component", "events")
    # ALTER TABLE … DROP COLUMN (SQLite ≥ 3.35): a batch copy of ``events`` would cascade
    # the delete of the old table to every participant and country row
    op.execute("ALTER TABLE events DROP COLUMN cluster_id")
    op.execute("ALTER TABLE events DROP COLUMN component_id")
    op.drop_table("clusters")
