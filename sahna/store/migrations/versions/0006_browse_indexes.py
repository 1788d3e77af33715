"""Browsing 100,000 events without reading all of them: indexes on what the filters and
facets of ``clusters`` compare (type, status, city, host country, start), and the
months and countries each event involves (:mod:`sahna.store.lookups`), which a date range
or a ``countries`` filter looks up instead of scanning every event or every report.

The two tables are filled from the events already stored; on PostgreSQL the date
columns are indexed in byte order (``COLLATE "C"``), the order the queries compare in.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-08
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

_MONTH = sa.String(7).with_variant(sa.String(7, collation="C"), "postgresql")
_INDEXES = ("clusters_type", "clusters_status", "clusters_city", "clusters_city_fold",
            "clusters_country", "clusters_start")


def upgrade() -> None:
    from sahna.store.lookups import rebuild

    postgresql = op.get_bind().dialect.name == "postgresql"
    op.create_index("clusters_type", "clusters", ["type"])
    op.create_index("clusters_status", "clusters", ["status"])
    op.create_index("clusters_city", "clusters", ["city"])  # the city facet
    op.execute("CREATE INDEX clusters_city_fold ON clusters (lower(city))")  # the filter
    op.create_index("clusters_country", "clusters", ["country"])
    if postgresql:
        op.execute('CREATE INDEX clusters_start ON clusters ((start COLLATE "C"))')
    else:
        op.create_index("clusters_start", "clusters", ["start"])
    for name, key, width in (("cluster_months", "month", _MONTH),
                             ("cluster_countries", "country", sa.String(2))):
        op.create_table(
            name,
            sa.Column(key, width, nullable=False),
            sa.Column("cluster_id", sa.Integer,
                      sa.ForeignKey("clusters.id", ondelete="CASCADE"), nullable=False),
            sa.PrimaryKeyConstraint(key, "cluster_id"),
            sqlite_with_rowid=False,
        )
        op.create_index(f"{name}_cluster", name, ["cluster_id"])  # for deletes
    rebuild(op.get_bind())


def downgrade() -> None:
    op.drop_table("cluster_countries")
    op.drop_table("cluster_months")
    for name in _INDEXES:
        op.execute(f"DROP INDEX {name}")
