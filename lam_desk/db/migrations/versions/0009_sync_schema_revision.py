"""The desk's schema revision at its last sync: a desk upgraded since resyncs, to receive the
rows and columns its older version left out.

Revision ID: 0009_sync_schema_revision
Revises: 0008_open_sessions
"""

import sqlalchemy as sa
from alembic import op

revision = "0009_sync_schema_revision"
down_revision = "0008_open_sessions"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Recreated (not ALTERed) so that upgrading after a downgrade gives the same table text.
    with op.batch_alter_table("sync_state", schema=None, recreate="always") as batch_op:
        batch_op.add_column(sa.Column("schema_revision", sa.String(length=60), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("sync_state", schema=None) as batch_op:
        batch_op.drop_column("schema_revision")
