"""Where the desk stands with the central store: the outcome of each pushed op, the pull
cursor and bootstrap progress, and the pulled rows waiting for their parents.

Revision ID: 0005_sync_state
Revises: 0004_visits_by_site_and_day
"""

import sqlalchemy as sa
from alembic import op

from lam_desk.db.types import UTCDateTime

revision = "0005_sync_state"
down_revision = "0004_visits_by_site_and_day"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Recreated (not ALTERed) so that upgrading after a downgrade gives the same table text.
    with op.batch_alter_table("outbox_op", schema=None, recreate="always") as batch_op:
        batch_op.add_column(sa.Column("outcome", sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column("reason", sa.String(length=80), nullable=True))

    op.create_table(
        "sync_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("central_url", sa.Text(), nullable=True),
        sa.Column("incarnation", sa.String(length=36), nullable=True),
        sa.Column("pull_cursor", sa.String(length=60), nullable=True),
        sa.Column("bootstrap_horizon", sa.String(length=60), nullable=True),
        sa.Column("bootstrap_entity", sa.String(length=40), nullable=True),
        sa.Column("bootstrap_after_id", sa.String(length=36), nullable=True),
        sa.Column("last_push_at", UTCDateTime(), nullable=True),
        sa.Column("last_pull_at", UTCDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_state")),
    )
    op.create_table(
        "sync_parked_row",
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("entity", "row_id", name=op.f("pk_sync_parked_row")),
    )


def downgrade() -> None:
    op.drop_table("sync_parked_row")
    op.drop_table("sync_state")
    with op.batch_alter_table("outbox_op", schema=None) as batch_op:
        batch_op.drop_column("reason")
        batch_op.drop_column("outcome")
