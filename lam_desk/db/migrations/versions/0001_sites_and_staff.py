"""Sites of the network, staff accounts, and the node's local sync tables.

Revision ID: 0001_sites_and_staff
Revises:
Create Date: 2026-11-26 06:54:45.826770
"""

import sqlalchemy as sa
from alembic import op

import lam_desk.db.types

revision = "0001_sites_and_staff"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "local_note",
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_local_note")),
    )
    op.create_table(
        "login_failure",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("staff_user_id", sa.String(length=36), nullable=False),
        sa.Column("at", lam_desk.db.types.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_login_failure")),
    )
    with op.batch_alter_table("login_failure", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_login_failure_staff_user_id"), ["staff_user_id"], unique=False
        )

    op.create_table(
        "outbox_op",
        sa.Column("op_id", sa.String(length=36), nullable=False),
        sa.Column("hlc", sa.String(length=80), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("fields", sa.JSON(), nullable=False),
        sa.Column("cl", sa.Integer(), nullable=False),
        sa.Column("schema_version", sa.String(length=40), nullable=False),
        sa.Column("created_at", lam_desk.db.types.UTCDateTime(), nullable=False),
        sa.Column("acked_at", lam_desk.db.types.UTCDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("op_id", name=op.f("pk_outbox_op")),
    )
    with op.batch_alter_table("outbox_op", schema=None) as batch_op:
        batch_op.create_index("ix_outbox_op_pending", ["acked_at", "hlc"], unique=False)

    op.create_table(
        "site",
        sa.Column("code", sa.String(length=8), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("parent_site_id", sa.String(length=36), nullable=True),
        sa.Column("commune_insee", sa.String(length=5), nullable=False),
        sa.Column("place", sa.String(length=200), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("field_clocks", sa.JSON(), nullable=False),
        sa.Column("cl", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["parent_site_id"],
            ["site.id"],
            name=op.f("fk_site_parent_site_id_site"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_site")),
    )
    op.create_table(
        "node",
        sa.Column("node_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", lam_desk.db.types.UTCDateTime(), nullable=False),
        sa.Column("home_site_id", sa.String(length=36), nullable=True),
        sa.Column("hlc_wall", sa.Integer(), nullable=False),
        sa.Column("hlc_counter", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["home_site_id"],
            ["site.id"],
            name=op.f("fk_node_home_site_id_site"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("node_id", name=op.f("pk_node")),
    )
    op.create_table(
        "staff_user",
        sa.Column("username", sa.String(length=40), nullable=False),
        sa.Column("display_name", sa.String(length=120), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("home_site_id", sa.String(length=36), nullable=True),
        sa.Column("password_hash", sa.String(length=200), nullable=False),
        sa.Column("pin_hash", sa.String(length=200), nullable=True),
        sa.Column("recovery_code_hash", sa.String(length=200), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("field_clocks", sa.JSON(), nullable=False),
        sa.Column("cl", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["home_site_id"],
            ["site.id"],
            name=op.f("fk_staff_user_home_site_id_site"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff_user")),
    )
    with op.batch_alter_table("staff_user", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_staff_user_username"), ["username"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("staff_user", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_staff_user_username"))

    op.drop_table("staff_user")
    op.drop_table("node")
    op.drop_table("site")
    with op.batch_alter_table("outbox_op", schema=None) as batch_op:
        batch_op.drop_index("ix_outbox_op_pending")

    op.drop_table("outbox_op")
    with op.batch_alter_table("login_failure", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_login_failure_staff_user_id"))

    op.drop_table("login_failure")
    op.drop_table("local_note")
