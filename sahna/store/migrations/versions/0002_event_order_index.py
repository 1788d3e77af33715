"""An index in the order event lists are served: newest start first, undated last, then
id — so a page of ``/api/events`` walks the index instead of sorting the whole table.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute('CREATE INDEX events_order ON events '
                   '((coalesce(start, \'\') COLLATE "C") DESC, id)')
    else:
        op.execute("CREATE INDEX events_order ON events (coalesce(start, '') DESC, id)")


def downgrade() -> None:
    op.execute("DROP INDEX events_order")
