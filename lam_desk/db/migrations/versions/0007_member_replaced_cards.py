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
    # Plain ALTER TABLE both ways (SQLite 3.35 and later drop a column in place): a batch
    # recreation would write the table's foreign keys in an order that varies between runs.
    op.add_column(
        "member",
        sa.Column("replaced_cards", sa.String(length=400), nullable=False, server_default=""),
    )


def downgrade() -> None:
    op.drop_column("member", "replaced_cards")
