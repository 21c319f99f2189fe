"""Initial schema: the tables of the first release.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "audit_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.Column("action", sa.String(length=60), nullable=False),
        sa.Column("entity", sa.String(length=60), nullable=False),
        sa.Column("entity_uuid", sa.String(length=36), nullable=True),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_event")),
    )
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_event_action"), ["action"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_event_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_event_uuid"), ["uuid"], unique=True)

    op.create_table(
        "office",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("regency_name", sa.String(length=200), nullable=False),
        sa.Column("unit_name", sa.String(length=200), nullable=False),
        sa.Column("address_line", sa.String(length=400), nullable=False),
        sa.Column("city", sa.String(length=100), nullable=False),
        sa.Column("logo_path", sa.String(length=500), nullable=True),
        sa.Column("time_zone", sa.String(length=4), nullable=False),
        sa.Column("paper", sa.String(length=2), nullable=False),
        sa.Column("qr_secret", sa.String(length=64), nullable=False),
        sa.Column("extra", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_office")),
    )
    with op.batch_alter_table("office", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_office_uuid"), ["uuid"], unique=True)

    op.create_table(
        "organization",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("short_name", sa.String(length=60), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("asisten", sa.String(length=4), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["parent_id"], ["organization.id"], name=op.f("fk_organization_parent_id_organization")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organization")),
    )
    with op.batch_alter_table("organization", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_organization_name"), ["name"], unique=False)
        batch_op.create_index(batch_op.f("ix_organization_uuid"), ["uuid"], unique=True)

    op.create_table(
        "person",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("full_name", sa.String(length=200), nullable=False),
        sa.Column("nip", sa.String(length=18), nullable=True),
        sa.Column("jabatan", sa.String(length=200), nullable=False),
        sa.Column("pangkat", sa.String(length=100), nullable=False),
        sa.Column("organization_id", sa.Integer(), nullable=True),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("is_head", sa.Boolean(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organization.id"],
            name=op.f("fk_person_organization_id_organization"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person")),
        sa.UniqueConstraint("nip", name=op.f("uq_person_nip")),
    )
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_person_organization_id"), ["organization_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_person_uuid"), ["uuid"], unique=True)

    op.create_table(
        "meeting_series",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("chair_id", sa.Integer(), nullable=True),
        sa.Column("place", sa.String(length=200), nullable=False),
        sa.Column("agenda_template", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["chair_id"], ["person.id"], name=op.f("fk_meeting_series_chair_id_person")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_series")),
        sa.UniqueConstraint("name", name=op.f("uq_meeting_series_name")),
    )
    with op.batch_alter_table("meeting_series", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_meeting_series_uuid"), ["uuid"], unique=True)

    op.create_table(
        "meeting",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("series_id", sa.Integer(), nullable=True),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("ends_at", sa.DateTime(), nullable=True),
        sa.Column("place", sa.String(length=200), nullable=False),
        sa.Column("chair_id", sa.Integer(), nullable=True),
        sa.Column("chair_prefix", sa.String(length=20), nullable=False),
        sa.Column("secretary_id", sa.Integer(), nullable=True),
        sa.Column("notulis_id", sa.Integer(), nullable=True),
        sa.Column("letter_number", sa.String(length=100), nullable=False),
        sa.Column("letter_date", sa.Date(), nullable=True),
        sa.Column("letter_nature", sa.String(length=40), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("signatures_required", sa.Boolean(), nullable=False),
        sa.Column("opening_remarks", sa.Text(), nullable=False),
        sa.Column("attachments", sa.Text(), nullable=False),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["chair_id"], ["person.id"], name=op.f("fk_meeting_chair_id_person")
        ),
        sa.ForeignKeyConstraint(
            ["notulis_id"], ["person.id"], name=op.f("fk_meeting_notulis_id_person")
        ),
        sa.ForeignKeyConstraint(
            ["secretary_id"], ["person.id"], name=op.f("fk_meeting_secretary_id_person")
        ),
        sa.ForeignKeyConstraint(
            ["series_id"], ["meeting_series.id"], name=op.f("fk_meeting_series_id_meeting_series")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting")),
    )
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_meeting_series_id"), ["series_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_meeting_starts_at"), ["starts_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_meeting_status"), ["status"], unique=False)
        batch_op.create_index(batch_op.f("ix_meeting_uuid"), ["uuid"], unique=True)

    op.create_table(
        "agenda_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("presenter_id", sa.Integer(), nullable=True),
        sa.Column("presenter_org_id", sa.Integer(), nullable=True),
        sa.Column("planned_minutes", sa.Integer(), nullable=False),
        sa.Column("actual_start", sa.DateTime(), nullable=True),
        sa.Column("actual_end", sa.DateTime(), nullable=True),
        sa.Column("is_carry_over", sa.Boolean(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_agenda_item_meeting_id_meeting")
        ),
        sa.ForeignKeyConstraint(
            ["presenter_id"], ["person.id"], name=op.f("fk_agenda_item_presenter_id_person")
        ),
        sa.ForeignKeyConstraint(
            ["presenter_org_id"],
            ["organization.id"],
            name=op.f("fk_agenda_item_presenter_org_id_organization"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agenda_item")),
    )
    with op.batch_alter_table("agenda_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_agenda_item_meeting_id"), ["meeting_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_agenda_item_uuid"), ["uuid"], unique=True)

    op.create_table(
        "invitation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("organization_id", sa.Integer(), nullable=True),
        sa.Column("token", sa.String(length=32), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=True),
        sa.Column("absence_status", sa.String(length=20), nullable=True),
        sa.Column("absence_note", sa.String(length=300), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_invitation_meeting_id_meeting")
        ),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organization.id"],
            name=op.f("fk_invitation_organization_id_organization"),
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_invitation_person_id_person")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_invitation")),
        sa.UniqueConstraint(
            "meeting_id", "person_id", name=op.f("uq_invitation_meeting_id_person_id")
        ),
        sa.UniqueConstraint("token", name=op.f("uq_invitation_token")),
    )
    with op.batch_alter_table("invitation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_invitation_meeting_id"), ["meeting_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_invitation_person_id"), ["person_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_invitation_uuid"), ["uuid"], unique=True)

    op.create_table(
        "minutes_revision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("reason", sa.String(length=500), nullable=False),
        sa.Column("finalized_by", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_minutes_revision_meeting_id_meeting")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_minutes_revision")),
        sa.UniqueConstraint(
            "meeting_id", "number", name=op.f("uq_minutes_revision_meeting_id_number")
        ),
    )
    with op.batch_alter_table("minutes_revision", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_minutes_revision_meeting_id"), ["meeting_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_minutes_revision_sha256"), ["sha256"], unique=False)
        batch_op.create_index(batch_op.f("ix_minutes_revision_uuid"), ["uuid"], unique=True)

    op.create_table(
        "opd_report",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("organization_id", sa.Integer(), nullable=False),
        sa.Column("budget_pct", sa.Float(), nullable=True),
        sa.Column("physical_pct", sa.Float(), nullable=True),
        sa.Column("indicators", sa.Text(), nullable=False),
        sa.Column("obstacles", sa.Text(), nullable=False),
        sa.Column("innovation", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_opd_report_meeting_id_meeting")
        ),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organization.id"],
            name=op.f("fk_opd_report_organization_id_organization"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_opd_report")),
        sa.UniqueConstraint(
            "meeting_id", "organization_id", name=op.f("uq_opd_report_meeting_id_organization_id")
        ),
    )
    with op.batch_alter_table("opd_report", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_opd_report_meeting_id"), ["meeting_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_opd_report_organization_id"), ["organization_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_opd_report_uuid"), ["uuid"], unique=True)

    op.create_table(
        "attendance",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("invitation_id", sa.Integer(), nullable=True),
        sa.Column("delegate_for_id", sa.Integer(), nullable=True),
        sa.Column("checked_in_at", sa.DateTime(), nullable=False),
        sa.Column("left_at", sa.DateTime(), nullable=True),
        sa.Column("is_walk_in", sa.Boolean(), nullable=False),
        sa.Column("is_late", sa.Boolean(), nullable=False),
        sa.Column("signature", sa.Text(), nullable=True),
        sa.Column("station", sa.String(length=60), nullable=False),
        sa.ForeignKeyConstraint(
            ["delegate_for_id"], ["person.id"], name=op.f("fk_attendance_delegate_for_id_person")
        ),
        sa.ForeignKeyConstraint(
            ["invitation_id"],
            ["invitation.id"],
            name=op.f("fk_attendance_invitation_id_invitation"),
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_attendance_meeting_id_meeting")
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_attendance_person_id_person")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attendance")),
        sa.UniqueConstraint("invitation_id", name=op.f("uq_attendance_invitation_id")),
        sa.UniqueConstraint(
            "meeting_id", "person_id", name=op.f("uq_attendance_meeting_id_person_id")
        ),
    )
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.create_index(
            "ix_attendance_meeting_checked_in_at", ["meeting_id", "checked_in_at"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_attendance_person_id"), ["person_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_attendance_uuid"), ["uuid"], unique=True)

    op.create_table(
        "decision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("agenda_item_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agenda_item_id"],
            ["agenda_item.id"],
            name=op.f("fk_decision_agenda_item_id_agenda_item"),
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_decision_meeting_id_meeting")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_decision")),
    )
    with op.batch_alter_table("decision", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_decision_meeting_id"), ["meeting_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_decision_uuid"), ["uuid"], unique=True)

    op.create_table(
        "note",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("agenda_item_id", sa.Integer(), nullable=True),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agenda_item_id"], ["agenda_item.id"], name=op.f("fk_note_agenda_item_id_agenda_item")
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_note_meeting_id_meeting")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_note")),
    )
    with op.batch_alter_table("note", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_note_agenda_item_id"), ["agenda_item_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_note_meeting_id"), ["meeting_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_note_uuid"), ["uuid"], unique=True)

    op.create_table(
        "follow_up",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("series_id", sa.Integer(), nullable=True),
        sa.Column("decision_id", sa.Integer(), nullable=True),
        sa.Column("organization_id", sa.Integer(), nullable=True),
        sa.Column("pic_id", sa.Integer(), nullable=True),
        sa.Column("problem", sa.Text(), nullable=False),
        sa.Column("action", sa.Text(), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("percent", sa.Integer(), nullable=False),
        sa.Column("remark", sa.Text(), nullable=False),
        sa.Column("completed_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["decision_id"], ["decision.id"], name=op.f("fk_follow_up_decision_id_decision")
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_follow_up_meeting_id_meeting")
        ),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organization.id"],
            name=op.f("fk_follow_up_organization_id_organization"),
        ),
        sa.ForeignKeyConstraint(["pic_id"], ["person.id"], name=op.f("fk_follow_up_pic_id_person")),
        sa.ForeignKeyConstraint(
            ["series_id"], ["meeting_series.id"], name=op.f("fk_follow_up_series_id_meeting_series")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_follow_up")),
    )
    with op.batch_alter_table("follow_up", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_follow_up_due_date"), ["due_date"], unique=False)
        batch_op.create_index(batch_op.f("ix_follow_up_meeting_id"), ["meeting_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_follow_up_organization_id"), ["organization_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_follow_up_series_id"), ["series_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_follow_up_status"), ["status"], unique=False)
        batch_op.create_index(batch_op.f("ix_follow_up_uuid"), ["uuid"], unique=True)

    op.create_table(
        "follow_up_update",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("follow_up_id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("percent", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("evidence_path", sa.String(length=500), nullable=True),
        sa.ForeignKeyConstraint(
            ["follow_up_id"],
            ["follow_up.id"],
            name=op.f("fk_follow_up_update_follow_up_id_follow_up"),
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_follow_up_update_meeting_id_meeting")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_follow_up_update")),
    )
    with op.batch_alter_table("follow_up_update", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_follow_up_update_follow_up_id"), ["follow_up_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_follow_up_update_uuid"), ["uuid"], unique=True)


def downgrade() -> None:

    with op.batch_alter_table("follow_up_update", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_follow_up_update_uuid"))
        batch_op.drop_index(batch_op.f("ix_follow_up_update_follow_up_id"))

    op.drop_table("follow_up_update")
    with op.batch_alter_table("follow_up", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_follow_up_uuid"))
        batch_op.drop_index(batch_op.f("ix_follow_up_status"))
        batch_op.drop_index(batch_op.f("ix_follow_up_series_id"))
        batch_op.drop_index(batch_op.f("ix_follow_up_organization_id"))
        batch_op.drop_index(batch_op.f("ix_follow_up_meeting_id"))
        batch_op.drop_index(batch_op.f("ix_follow_up_due_date"))

    op.drop_table("follow_up")
    with op.batch_alter_table("note", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_note_uuid"))
        batch_op.drop_index(batch_op.f("ix_note_meeting_id"))
        batch_op.drop_index(batch_op.f("ix_note_agenda_item_id"))

    op.drop_table("note")
    with op.batch_alter_table("decision", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_decision_uuid"))
        batch_op.drop_index(batch_op.f("ix_decision_meeting_id"))

    op.drop_table("decision")
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attendance_uuid"))
        batch_op.drop_index(batch_op.f("ix_attendance_person_id"))
        batch_op.drop_index("ix_attendance_meeting_checked_in_at")

    op.drop_table("attendance")
    with op.batch_alter_table("opd_report", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_opd_report_uuid"))
        batch_op.drop_index(batch_op.f("ix_opd_report_organization_id"))
        batch_op.drop_index(batch_op.f("ix_opd_report_meeting_id"))

    op.drop_table("opd_report")
    with op.batch_alter_table("minutes_revision", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_minutes_revision_uuid"))
        batch_op.drop_index(batch_op.f("ix_minutes_revision_sha256"))
        batch_op.drop_index(batch_op.f("ix_minutes_revision_meeting_id"))

    op.drop_table("minutes_revision")
    with op.batch_alter_table("invitation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_invitation_uuid"))
        batch_op.drop_index(batch_op.f("ix_invitation_person_id"))
        batch_op.drop_index(batch_op.f("ix_invitation_meeting_id"))

    op.drop_table("invitation")
    with op.batch_alter_table("agenda_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agenda_item_uuid"))
        batch_op.drop_index(batch_op.f("ix_agenda_item_meeting_id"))

    op.drop_table("agenda_item")
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_uuid"))
        batch_op.drop_index(batch_op.f("ix_meeting_status"))
        batch_op.drop_index(batch_op.f("ix_meeting_starts_at"))
        batch_op.drop_index(batch_op.f("ix_meeting_series_id"))

    op.drop_table("meeting")
    with op.batch_alter_table("meeting_series", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_series_uuid"))

    op.drop_table("meeting_series")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_uuid"))
        batch_op.drop_index(batch_op.f("ix_person_organization_id"))

    op.drop_table("person")
    with op.batch_alter_table("organization", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_organization_uuid"))
        batch_op.drop_index(batch_op.f("ix_organization_name"))

    op.drop_table("organization")
    with op.batch_alter_table("office", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_office_uuid"))

    op.drop_table("office")
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_event_uuid"))
        batch_op.drop_index(batch_op.f("ix_audit_event_at"))
        batch_op.drop_index(batch_op.f("ix_audit_event_action"))

    op.drop_table("audit_event")
