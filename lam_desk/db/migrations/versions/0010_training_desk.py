"""Training at the desk: the scanned signed sheet kept with its séance, and the time in and
out of FOAD learners.

Revision ID: 0010_training_desk
Revises: 0009_sync_schema_revision
"""

import sqlalchemy as sa
from alembic import op

from lam_desk.db.types import UTCDateTime

revision = "0010_training_desk"
down_revision = "0009_sync_schema_revision"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # SQLite's own ADD and DROP COLUMN (no copy of the table): a copy would list the foreign
    # keys in another order, and upgrading after a downgrade would not give the same table.
    op.execute("ALTER TABLE training_session ADD COLUMN scanned_sheet VARCHAR(120)")
    op.create_table(
        "foad_time",
        sa.Column("enrolment_id", sa.String(length=36), nullable=False),
        sa.Column("member_id", sa.String(length=36), nullable=False),
        sa.Column("site_id", sa.String(length=36), nullable=False),
        sa.Column("time_in", UTCDateTime(), nullable=False),
        sa.Column("time_out", UTCDateTime(), nullable=True),
        sa.Column("snapshot_age_low", sa.Integer(), nullable=True),
        sa.Column("snapshot_age_high", sa.Integer(), nullable=True),
        sa.Column("snapshot_gender", sa.String(length=2), nullable=True),
        sa.Column("snapshot_commune_insee", sa.String(length=5), nullable=True),
        sa.Column("snapshot_status", sa.String(length=20), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("field_clocks", sa.JSON(), nullable=False),
        sa.Column("cl", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["enrolment_id"],
            ["enrolment.id"],
            name=op.f("fk_foad_time_enrolment_id_enrolment"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["member.id"],
            name=op.f("fk_foad_time_member_id_member"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["site_id"],
            ["site.id"],
            name=op.f("fk_foad_time_site_id_site"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_foad_time")),
    )
    with op.batch_alter_table("foad_time", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_foad_time_enrolment_id"), ["enrolment_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_foad_time_member_id"), ["member_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_foad_time_site_id"), ["site_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("foad_time", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_foad_time_site_id"))
        batch_op.drop_index(batch_op.f("ix_foad_time_member_id"))
        batch_op.drop_index(batch_op.f("ix_foad_time_enrolment_id"))
    op.drop_table("foad_time")
    op.execute("ALTER TABLE training_session DROP COLUMN scanned_sheet")
