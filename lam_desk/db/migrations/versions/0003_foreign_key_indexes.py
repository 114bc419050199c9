"""An index on every foreign key column: a sync page may bring children before their
parents, and checking deferred keys at COMMIT must not scan whole tables.

Revision ID: 0003_foreign_key_indexes
Revises: 0002_the_whole_mission
Create Date: 2026-11-26 08:09:44.046345
"""

from alembic import op

revision = "0003_foreign_key_indexes"
down_revision = "0002_the_whole_mission"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_attendance_enrolment_id"), ["enrolment_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_attendance_site_id"), ["site_id"], unique=False)

    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_entry_site_id"), ["site_id"], unique=False)

    with op.batch_alter_table("booking", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_booking_created_by_id"), ["created_by_id"], unique=False
        )

    with op.batch_alter_table("course", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_course_funding_line_id"), ["funding_line_id"], unique=False
        )

    with op.batch_alter_table("course_run", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_course_run_funding_line_id"), ["funding_line_id"], unique=False
        )

    with op.batch_alter_table("enrolment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_enrolment_site_id"), ["site_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_enrolment_training_session_id"), ["training_session_id"], unique=False
        )

    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_event_site_id"), ["site_id"], unique=False)

    with op.batch_alter_table("funding_line", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_funding_line_funder_id"), ["funder_id"], unique=False)

    with op.batch_alter_table("member", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_member_merged_into_id"), ["merged_into_id"], unique=False
        )

    with op.batch_alter_table("member_contact", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_member_contact_home_site_id"), ["home_site_id"], unique=False
        )

    with op.batch_alter_table("node", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_node_home_site_id"), ["home_site_id"], unique=False)

    with op.batch_alter_table("queue_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_queue_entry_visit_id"), ["visit_id"], unique=False)

    with op.batch_alter_table("site", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_site_parent_site_id"), ["parent_site_id"], unique=False
        )

    with op.batch_alter_table("staff_user", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_staff_user_home_site_id"), ["home_site_id"], unique=False
        )

    with op.batch_alter_table("training_session", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_training_session_trainer_id"), ["trainer_id"], unique=False
        )

    with op.batch_alter_table("visit", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_visit_staff_user_id"), ["staff_user_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("visit", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_visit_staff_user_id"))

    with op.batch_alter_table("training_session", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_training_session_trainer_id"))

    with op.batch_alter_table("staff_user", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_staff_user_home_site_id"))

    with op.batch_alter_table("site", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_site_parent_site_id"))

    with op.batch_alter_table("queue_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_queue_entry_visit_id"))

    with op.batch_alter_table("node", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_node_home_site_id"))

    with op.batch_alter_table("member_contact", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_member_contact_home_site_id"))

    with op.batch_alter_table("member", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_member_merged_into_id"))

    with op.batch_alter_table("funding_line", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_funding_line_funder_id"))

    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_event_site_id"))

    with op.batch_alter_table("enrolment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_enrolment_training_session_id"))
        batch_op.drop_index(batch_op.f("ix_enrolment_site_id"))

    with op.batch_alter_table("course_run", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_course_run_funding_line_id"))

    with op.batch_alter_table("course", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_course_funding_line_id"))

    with op.batch_alter_table("booking", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_booking_created_by_id"))

    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_entry_site_id"))

    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attendance_site_id"))
        batch_op.drop_index(batch_op.f("ix_attendance_enrolment_id"))
