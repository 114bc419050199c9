"""How each site runs its desk: session and booking lengths, the daily booking quota, the
no-show delay, the visit purposes it offers.

Revision ID: 0006_site_settings
Revises: 0005_sync_state
"""

import sqlalchemy as sa
from alembic import op

revision = "0006_site_settings"
down_revision = "0005_sync_state"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "site_settings",
        sa.Column("site_id", sa.String(length=36), nullable=False),
        sa.Column("session_default_minutes", sa.Integer(), nullable=False),
        sa.Column("session_max_minutes", sa.Integer(), nullable=False),
        sa.Column("booking_min_minutes", sa.Integer(), nullable=False),
        sa.Column("booking_max_minutes", sa.Integer(), nullable=False),
        sa.Column("booking_quota_minutes", sa.Integer(), nullable=False),
        sa.Column("no_show_minutes", sa.Integer(), nullable=False),
        sa.Column("purpose_codes", sa.JSON(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("field_clocks", sa.JSON(), nullable=False),
        sa.Column("cl", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["site_id"],
            ["site.id"],
            name=op.f("fk_site_settings_site_id_site"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_site_settings")),
    )
    with op.batch_alter_table("site_settings", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_site_settings_site_id"), ["site_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("site_settings", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_site_settings_site_id"))
    op.drop_table("site_settings")
