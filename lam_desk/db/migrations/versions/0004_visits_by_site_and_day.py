"""The day's visits of a site as one range scan (opening, closing, statistics).

Revision ID: 0004_visits_by_site_and_day
Revises: 0003_foreign_key_indexes
"""

from alembic import op

revision = "0004_visits_by_site_and_day"
down_revision = "0003_foreign_key_indexes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("visit", schema=None) as batch_op:
        batch_op.create_index(
            "ix_visit_site_id_started_at", ["site_id", "started_at"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("visit", schema=None) as batch_op:
        batch_op.drop_index("ix_visit_site_id_started_at")
