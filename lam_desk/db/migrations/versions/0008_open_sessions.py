"""Who sits at a workstation now and who waits in the queue, read without the year of
ended rows: partial indexes on the open rows.

Revision ID: 0008_open_sessions
Revises: 0007_member_replaced_cards
"""

import sqlalchemy as sa
from alembic import op

revision = "0008_open_sessions"
down_revision = "0007_member_replaced_cards"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("workstation_use", schema=None) as batch_op:
        batch_op.create_index(
            "ix_workstation_use_open",
            ["site_id"],
            unique=False,
            sqlite_where=sa.text("ended_at IS NULL"),
        )
    with op.batch_alter_table("queue_entry", schema=None) as batch_op:
        batch_op.create_index(
            "ix_queue_entry_waiting",
            ["site_id"],
            unique=False,
            sqlite_where=sa.text("left_at IS NULL"),
        )


def downgrade() -> None:
    with op.batch_alter_table("queue_entry", schema=None) as batch_op:
        batch_op.drop_index("ix_queue_entry_waiting")
    with op.batch_alter_table("workstation_use", schema=None) as batch_op:
        batch_op.drop_index("ix_workstation_use_open")
