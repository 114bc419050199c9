"""Every entity of the mission: places, members, the desk's day, training, calendar, audit.

Revision ID: 0002_the_whole_mission
Revises: 0001_sites_and_staff
Create Date: 2026-11-26 07:27:29.697651
"""

import sqlalchemy as sa
from alembic import op

import lam_desk.db.types

revision = "0002_the_whole_mission"
down_revision = "0001_sites_and_staff"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "funder",
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("field_clocks", sa.JSON(), nullable=False),
        sa.Column("cl", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_funder")),
    )
    op.create_table(
        "member_search",
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("member_id", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("key", "member_id", name=op.f("pk_member_search")),
    )
    with op.batch_alter_table("member_search", schema=None) as batch_op:
        batch_op.create_index("ix_member_search_member_id", ["member_id"], unique=False)

    op.create_table(
        "visit_purpose",
        sa.Column("code", sa.String(length=30), nullable=False),
        sa.Column("label", sa.String(length=80), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("field_clocks", sa.JSON(), nullable=False),
        sa.Column("cl", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_visit_purpose")),
    )
    op.create_table(
        "audit_entry",
        sa.Column("site_id", sa.String(length=36), nullable=True),
        sa.Column("at", lam_desk.db.types.UTCDateTime(), nullable=False),
        sa.Column("actor", sa.String(length=80), nullable=False),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("reason", sa.String(length=300), nullable=False),
        sa.Column("changes", sa.JSON(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("field_clocks", sa.JSON(), nullable=False),
        sa.Column("cl", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["site_id"],
            ["site.id"],
            name=op.f("fk_audit_entry_site_id_site"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_entry")),
    )
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_entry_at"), ["at"], unique=False)

    op.create_table(
        "closure",
        sa.Column("site_id", sa.String(length=36), nullable=False),
        sa.Column("first_day", sa.Date(), nullable=False),
        sa.Column("last_day", sa.Date(), nullable=False),
        sa.Column("reason", sa.String(length=200), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("field_clocks", sa.JSON(), nullable=False),
        sa.Column("cl", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["site_id"],
            ["site.id"],
            name=op.f("fk_closure_site_id_site"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_closure")),
    )
    with op.batch_alter_table("closure", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_closure_site_id"), ["site_id"], unique=False)

    op.create_table(
        "event",
        sa.Column("site_id", sa.String(length=36), nullable=True),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("starts_at", lam_desk.db.types.UTCDateTime(), nullable=False),
        sa.Column("ends_at", lam_desk.db.types.UTCDateTime(), nullable=False),
        sa.Column("place", sa.String(length=200), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("field_clocks", sa.JSON(), nullable=False),
        sa.Column("cl", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["site_id"],
            ["site.id"],
            name=op.f("fk_event_site_id_site"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event")),
    )
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_event_starts_at"), ["starts_at"], unique=False)

    op.create_table(
        "funding_line",
        sa.Column("code", sa.String(length=30), nullable=False),
        sa.Column("funder_id", sa.String(length=36), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("operation_number", sa.String(length=60), nullable=False),
        sa.Column("programme_period", sa.String(length=20), nullable=False),
        sa.Column("managing_authority", sa.String(length=200), nullable=False),
        sa.Column("eu_statement", sa.String(length=300), nullable=False),
        sa.Column("emblem_in_colour", sa.Boolean(), nullable=False),
        sa.Column("partner_logos", sa.JSON(), nullable=False),
        sa.Column("retention_years", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("field_clocks", sa.JSON(), nullable=False),
        sa.Column("cl", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["funder_id"],
            ["funder.id"],
            name=op.f("fk_funding_line_funder_id_funder"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_funding_line")),
    )
    op.create_table(
        "member",
        sa.Column("card_number", sa.String(length=20), nullable=False),
        sa.Column("family_name", sa.String(length=80), nullable=False),
        sa.Column("given_name", sa.String(length=80), nullable=False),
        sa.Column("birth_year", sa.Integer(), nullable=True),
        sa.Column("gender", sa.String(length=2), nullable=False),
        sa.Column("commune_insee", sa.String(length=5), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("home_site_id", sa.String(length=36), nullable=False),
        sa.Column("registered_on", sa.Date(), nullable=False),
        sa.Column("merged_into_id", sa.String(length=36), nullable=True),
        sa.Column("erased_at", lam_desk.db.types.UTCDateTime(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("field_clocks", sa.JSON(), nullable=False),
        sa.Column("cl", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["home_site_id"],
            ["site.id"],
            name=op.f("fk_member_home_site_id_site"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["merged_into_id"],
            ["member.id"],
            name=op.f("fk_member_merged_into_id_member"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_member")),
    )
    with op.batch_alter_table("member", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_member_card_number"), ["card_number"], unique=False)
        batch_op.create_index(batch_op.f("ix_member_home_site_id"), ["home_site_id"], unique=False)

    op.create_table(
        "opening_hours",
        sa.Column("site_id", sa.String(length=36), nullable=False),
        sa.Column("weekday", sa.Integer(), nullable=False),
        sa.Column("opens", sa.String(length=5), nullable=False),
        sa.Column("closes", sa.String(length=5), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=True),
        sa.Column("valid_until", sa.Date(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("field_clocks", sa.JSON(), nullable=False),
        sa.Column("cl", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["site_id"],
            ["site.id"],
            name=op.f("fk_opening_hours_site_id_site"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_opening_hours")),
    )
    with op.batch_alter_table("opening_hours", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_opening_hours_site_id"), ["site_id"], unique=False)

    op.create_table(
        "service_offer",
        sa.Column("site_id", sa.String(length=36), nullable=False),
        sa.Column("service", sa.String(length=120), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("schedule", sa.String(length=200), nullable=False),
        sa.Column("audiences", sa.JSON(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("field_clocks", sa.JSON(), nullable=False),
        sa.Column("cl", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["site_id"],
            ["site.id"],
            name=op.f("fk_service_offer_site_id_site"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_service_offer")),
    )
    with op.batch_alter_table("service_offer", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_service_offer_site_id"), ["site_id"], unique=False)

    op.create_table(
        "workstation",
        sa.Column("site_id", sa.String(length=36), nullable=False),
        sa.Column("label", sa.String(length=40), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("out_of_service_reason", sa.String(length=200), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("field_clocks", sa.JSON(), nullable=False),
        sa.Column("cl", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["site_id"],
            ["site.id"],
            name=op.f("fk_workstation_site_id_site"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_workstation")),
    )
    with op.batch_alter_table("workstation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_workstation_site_id"), ["site_id"], unique=False)

    op.create_table(
        "booking",
        sa.Column("site_id", sa.String(length=36), nullable=False),
        sa.Column("workstation_id", sa.String(length=36), nullable=False),
        sa.Column("member_id", sa.String(length=36), nullable=True),
        sa.Column("caller_name", sa.String(length=120), nullable=False),
        sa.Column("label", sa.String(length=120), nullable=False),
        sa.Column("block_id", sa.String(length=36), nullable=True),
        sa.Column("starts_at", lam_desk.db.types.UTCDateTime(), nullable=False),
        sa.Column("ends_at", lam_desk.db.types.UTCDateTime(), nullable=False),
        sa.Column("created_by_id", sa.String(length=36), nullable=True),
        sa.Column("cancelled_at", lam_desk.db.types.UTCDateTime(), nullable=True),
        sa.Column("arrived_at", lam_desk.db.types.UTCDateTime(), nullable=True),
        sa.Column("released_at", lam_desk.db.types.UTCDateTime(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("field_clocks", sa.JSON(), nullable=False),
        sa.Column("cl", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["created_by_id"],
            ["staff_user.id"],
            name=op.f("fk_booking_created_by_id_staff_user"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["member.id"],
            name=op.f("fk_booking_member_id_member"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["site_id"],
            ["site.id"],
            name=op.f("fk_booking_site_id_site"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["workstation_id"],
            ["workstation.id"],
            name=op.f("fk_booking_workstation_id_workstation"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_booking")),
    )
    with op.batch_alter_table("booking", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_booking_member_id"), ["member_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_booking_site_id"), ["site_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_booking_starts_at"), ["starts_at"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_booking_workstation_id"), ["workstation_id"], unique=False
        )

    op.create_table(
        "course",
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("themes", sa.JSON(), nullable=False),
        sa.Column("level", sa.String(length=40), nullable=False),
        sa.Column("planned_hours", sa.Float(), nullable=False),
        sa.Column("certificate", sa.String(length=200), nullable=False),
        sa.Column("funding_line_id", sa.String(length=36), nullable=True),
        sa.Column("site_ids", sa.JSON(), nullable=False),
        sa.Column("is_foad", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("field_clocks", sa.JSON(), nullable=False),
        sa.Column("cl", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["funding_line_id"],
            ["funding_line.id"],
            name=op.f("fk_course_funding_line_id_funding_line"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_course")),
    )
    op.create_table(
        "member_contact",
        sa.Column("member_id", sa.String(length=36), nullable=False),
        sa.Column("home_site_id", sa.String(length=36), nullable=False),
        sa.Column("phone", sa.String(length=30), nullable=False),
        sa.Column("email", sa.String(length=120), nullable=False),
        sa.Column("address", sa.String(length=200), nullable=False),
        sa.Column("postal_code", sa.String(length=5), nullable=False),
        sa.Column("newsletter_consent", sa.Boolean(), nullable=False),
        sa.Column("photo_consent", sa.Boolean(), nullable=False),
        sa.Column("notice_accepted_on", sa.Date(), nullable=True),
        sa.Column("charter_accepted_on", sa.Date(), nullable=True),
        sa.Column("parental_authorisation_on", sa.Date(), nullable=True),
        sa.Column("guardian_name", sa.String(length=120), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("field_clocks", sa.JSON(), nullable=False),
        sa.Column("cl", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["home_site_id"],
            ["site.id"],
            name=op.f("fk_member_contact_home_site_id_site"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["member.id"],
            name=op.f("fk_member_contact_member_id_member"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_member_contact")),
    )
    with op.batch_alter_table("member_contact", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_member_contact_member_id"), ["member_id"], unique=False
        )

    op.create_table(
        "visit",
        sa.Column("site_id", sa.String(length=36), nullable=False),
        sa.Column("member_id", sa.String(length=36), nullable=True),
        sa.Column("head_count", sa.Integer(), nullable=False),
        sa.Column("ticket", sa.String(length=12), nullable=True),
        sa.Column("purpose_codes", sa.JSON(), nullable=False),
        sa.Column("started_at", lam_desk.db.types.UTCDateTime(), nullable=False),
        sa.Column("ended_at", lam_desk.db.types.UTCDateTime(), nullable=True),
        sa.Column("staff_user_id", sa.String(length=36), nullable=True),
        sa.Column("snapshot_age_low", sa.Integer(), nullable=True),
        sa.Column("snapshot_age_high", sa.Integer(), nullable=True),
        sa.Column("snapshot_gender", sa.String(length=2), nullable=True),
        sa.Column("snapshot_commune_insee", sa.String(length=5), nullable=True),
        sa.Column("snapshot_status", sa.String(length=20), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("field_clocks", sa.JSON(), nullable=False),
        sa.Column("cl", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["member.id"],
            name=op.f("fk_visit_member_id_member"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["site_id"],
            ["site.id"],
            name=op.f("fk_visit_site_id_site"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["staff_user_id"],
            ["staff_user.id"],
            name=op.f("fk_visit_staff_user_id_staff_user"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_visit")),
    )
    with op.batch_alter_table("visit", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_visit_member_id"), ["member_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_visit_site_id"), ["site_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_visit_started_at"), ["started_at"], unique=False)

    op.create_table(
        "course_run",
        sa.Column("course_id", sa.String(length=36), nullable=False),
        sa.Column("site_id", sa.String(length=36), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=False),
        sa.Column("funding_line_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("field_clocks", sa.JSON(), nullable=False),
        sa.Column("cl", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["course_id"],
            ["course.id"],
            name=op.f("fk_course_run_course_id_course"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["funding_line_id"],
            ["funding_line.id"],
            name=op.f("fk_course_run_funding_line_id_funding_line"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["site_id"],
            ["site.id"],
            name=op.f("fk_course_run_site_id_site"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_course_run")),
    )
    with op.batch_alter_table("course_run", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_course_run_course_id"), ["course_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_course_run_site_id"), ["site_id"], unique=False)

    op.create_table(
        "queue_entry",
        sa.Column("site_id", sa.String(length=36), nullable=False),
        sa.Column("visit_id", sa.String(length=36), nullable=False),
        sa.Column("joined_at", lam_desk.db.types.UTCDateTime(), nullable=False),
        sa.Column("left_at", lam_desk.db.types.UTCDateTime(), nullable=True),
        sa.Column("outcome", sa.String(length=12), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("field_clocks", sa.JSON(), nullable=False),
        sa.Column("cl", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["site_id"],
            ["site.id"],
            name=op.f("fk_queue_entry_site_id_site"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"],
            ["visit.id"],
            name=op.f("fk_queue_entry_visit_id_visit"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_queue_entry")),
    )
    with op.batch_alter_table("queue_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_queue_entry_site_id"), ["site_id"], unique=False)

    op.create_table(
        "workstation_use",
        sa.Column("site_id", sa.String(length=36), nullable=False),
        sa.Column("workstation_id", sa.String(length=36), nullable=False),
        sa.Column("visit_id", sa.String(length=36), nullable=False),
        sa.Column("started_at", lam_desk.db.types.UTCDateTime(), nullable=False),
        sa.Column("planned_end_at", lam_desk.db.types.UTCDateTime(), nullable=False),
        sa.Column("ended_at", lam_desk.db.types.UTCDateTime(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("field_clocks", sa.JSON(), nullable=False),
        sa.Column("cl", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["site_id"],
            ["site.id"],
            name=op.f("fk_workstation_use_site_id_site"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"],
            ["visit.id"],
            name=op.f("fk_workstation_use_visit_id_visit"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["workstation_id"],
            ["workstation.id"],
            name=op.f("fk_workstation_use_workstation_id_workstation"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_workstation_use")),
    )
    with op.batch_alter_table("workstation_use", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_workstation_use_site_id"), ["site_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_workstation_use_visit_id"), ["visit_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_workstation_use_workstation_id"), ["workstation_id"], unique=False
        )

    op.create_table(
        "training_session",
        sa.Column("course_run_id", sa.String(length=36), nullable=False),
        sa.Column("site_id", sa.String(length=36), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("morning_start", sa.String(length=5), nullable=True),
        sa.Column("morning_end", sa.String(length=5), nullable=True),
        sa.Column("afternoon_start", sa.String(length=5), nullable=True),
        sa.Column("afternoon_end", sa.String(length=5), nullable=True),
        sa.Column("module_title", sa.String(length=200), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=True),
        sa.Column("trainer_id", sa.String(length=36), nullable=True),
        sa.Column("trainer_name", sa.String(length=120), nullable=False),
        sa.Column("workstation_ids", sa.JSON(), nullable=False),
        sa.Column("closed_at", lam_desk.db.types.UTCDateTime(), nullable=True),
        sa.Column("sheet_number", sa.String(length=40), nullable=True),
        sa.Column("sheet_hash", sa.String(length=64), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("field_clocks", sa.JSON(), nullable=False),
        sa.Column("cl", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["course_run_id"],
            ["course_run.id"],
            name=op.f("fk_training_session_course_run_id_course_run"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["site_id"],
            ["site.id"],
            name=op.f("fk_training_session_site_id_site"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["trainer_id"],
            ["staff_user.id"],
            name=op.f("fk_training_session_trainer_id_staff_user"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_training_session")),
    )
    with op.batch_alter_table("training_session", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_training_session_course_run_id"), ["course_run_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_training_session_day"), ["day"], unique=False)
        batch_op.create_index(batch_op.f("ix_training_session_site_id"), ["site_id"], unique=False)

    op.create_table(
        "enrolment",
        sa.Column("member_id", sa.String(length=36), nullable=False),
        sa.Column("course_run_id", sa.String(length=36), nullable=False),
        sa.Column("training_session_id", sa.String(length=36), nullable=True),
        sa.Column("site_id", sa.String(length=36), nullable=False),
        sa.Column("requested_at", lam_desk.db.types.UTCDateTime(), nullable=False),
        sa.Column("server_order", sa.Integer(), nullable=True),
        sa.Column("cancelled_at", lam_desk.db.types.UTCDateTime(), nullable=True),
        sa.Column("snapshot_age_low", sa.Integer(), nullable=True),
        sa.Column("snapshot_age_high", sa.Integer(), nullable=True),
        sa.Column("snapshot_gender", sa.String(length=2), nullable=True),
        sa.Column("snapshot_commune_insee", sa.String(length=5), nullable=True),
        sa.Column("snapshot_status", sa.String(length=20), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("field_clocks", sa.JSON(), nullable=False),
        sa.Column("cl", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["course_run_id"],
            ["course_run.id"],
            name=op.f("fk_enrolment_course_run_id_course_run"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["member.id"],
            name=op.f("fk_enrolment_member_id_member"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["site_id"],
            ["site.id"],
            name=op.f("fk_enrolment_site_id_site"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["training_session_id"],
            ["training_session.id"],
            name=op.f("fk_enrolment_training_session_id_training_session"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_enrolment")),
    )
    with op.batch_alter_table("enrolment", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_enrolment_course_run_id"), ["course_run_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_enrolment_member_id"), ["member_id"], unique=False)

    op.create_table(
        "attendance",
        sa.Column("training_session_id", sa.String(length=36), nullable=False),
        sa.Column("enrolment_id", sa.String(length=36), nullable=True),
        sa.Column("member_id", sa.String(length=36), nullable=False),
        sa.Column("site_id", sa.String(length=36), nullable=False),
        sa.Column("half_day", sa.String(length=10), nullable=False),
        sa.Column("state", sa.String(length=10), nullable=False),
        sa.Column("arrival_time", sa.String(length=5), nullable=True),
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
            name=op.f("fk_attendance_enrolment_id_enrolment"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["member.id"],
            name=op.f("fk_attendance_member_id_member"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["site_id"],
            ["site.id"],
            name=op.f("fk_attendance_site_id_site"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["training_session_id"],
            ["training_session.id"],
            name=op.f("fk_attendance_training_session_id_training_session"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attendance")),
    )
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attendance_member_id"), ["member_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_attendance_training_session_id"), ["training_session_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attendance_training_session_id"))
        batch_op.drop_index(batch_op.f("ix_attendance_member_id"))

    op.drop_table("attendance")
    with op.batch_alter_table("enrolment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_enrolment_member_id"))
        batch_op.drop_index(batch_op.f("ix_enrolment_course_run_id"))

    op.drop_table("enrolment")
    with op.batch_alter_table("training_session", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_training_session_site_id"))
        batch_op.drop_index(batch_op.f("ix_training_session_day"))
        batch_op.drop_index(batch_op.f("ix_training_session_course_run_id"))

    op.drop_table("training_session")
    with op.batch_alter_table("workstation_use", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_workstation_use_workstation_id"))
        batch_op.drop_index(batch_op.f("ix_workstation_use_visit_id"))
        batch_op.drop_index(batch_op.f("ix_workstation_use_site_id"))

    op.drop_table("workstation_use")
    with op.batch_alter_table("queue_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_queue_entry_site_id"))

    op.drop_table("queue_entry")
    with op.batch_alter_table("course_run", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_course_run_site_id"))
        batch_op.drop_index(batch_op.f("ix_course_run_course_id"))

    op.drop_table("course_run")
    with op.batch_alter_table("visit", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_visit_started_at"))
        batch_op.drop_index(batch_op.f("ix_visit_site_id"))
        batch_op.drop_index(batch_op.f("ix_visit_member_id"))

    op.drop_table("visit")
    with op.batch_alter_table("member_contact", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_member_contact_member_id"))

    op.drop_table("member_contact")
    op.drop_table("course")
    with op.batch_alter_table("booking", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_booking_workstation_id"))
        batch_op.drop_index(batch_op.f("ix_booking_starts_at"))
        batch_op.drop_index(batch_op.f("ix_booking_site_id"))
        batch_op.drop_index(batch_op.f("ix_booking_member_id"))

    op.drop_table("booking")
    with op.batch_alter_table("workstation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_workstation_site_id"))

    op.drop_table("workstation")
    with op.batch_alter_table("service_offer", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_service_offer_site_id"))

    op.drop_table("service_offer")
    with op.batch_alter_table("opening_hours", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_opening_hours_site_id"))

    op.drop_table("opening_hours")
    with op.batch_alter_table("member", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_member_home_site_id"))
        batch_op.drop_index(batch_op.f("ix_member_card_number"))

    op.drop_table("member")
    op.drop_table("funding_line")
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_event_starts_at"))

    op.drop_table("event")
    with op.batch_alter_table("closure", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_closure_site_id"))

    op.drop_table("closure")
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_entry_at"))

    op.drop_table("audit_entry")
    op.drop_table("visit_purpose")
    with op.batch_alter_table("member_search", schema=None) as batch_op:
        batch_op.drop_index("ix_member_search_member_id")

    op.drop_table("member_search")
    op.drop_table("funder")
