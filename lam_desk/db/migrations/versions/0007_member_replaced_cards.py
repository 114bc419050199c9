"""The card numbers a member held before a card was reissued (a lost card): a scan of an old
card says it was replaced, at every desk of the network.

Revision ID: 0007_member_replaced_cards
Revises: 0006_site_settings
"""

import sqlalchemy as sa
from alembic import op

revision = "0007_member_replaced_cards"
down_revision = "0006_site_settings"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Recreated, as the downgrade recreates it: the table reads the same after a round trip.
    with op.batch_alter_table("member", schema=None, recreate="always") as batch_op:
        batch_op.add_column(
            sa.Column("replaced_cards", sa.String(length=400), nullable=False, server_default="")
        )


def downgrade() -> None:
    with op.batch_alter_table("member", schema=None) as batch_op:
        batch_op.drop_column("replaced_cards")
