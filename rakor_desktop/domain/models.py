"""The tables. Every row has an integer id, a uuid (merge key between stations) and
UTC ``created_at``/``updated_at``. Enumerations are stored as short strings.

Schema changes go through Alembic revisions in ``db/migrations``; a test compares
the migrated schema with these models.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Column, Index, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from rakor_desktop.domain.enums import (
    FollowUpStatus,
    MeetingStatus,
    OrgKind,
    Paper,
    TimeZoneName,
)
from rakor_desktop.domain.types import UTCDateTime, new_uuid, utcnow

SQLModel.metadata.naming_convention = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def _utc(nullable: bool = True, index: bool = False):
    return Field(default=None, sa_type=UTCDateTime, nullable=nullable, index=index)


class Row(SQLModel):
    """Columns every table carries."""

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(default_factory=new_uuid, max_length=36, unique=True, index=True)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, nullable=False)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, nullable=False)


class Office(Row, table=True):
    """The kop surat and the office-wide settings that documents need."""

    regency_name: str = Field(default="PEMERINTAH KABUPATEN", max_length=200)
    unit_name: str = Field(default="SEKRETARIAT DAERAH", max_length=200)
    address_line: str = Field(default="", max_length=400)
    city: str = Field(default="", max_length=100)
    logo_path: str | None = Field(default=None, max_length=500)
    time_zone: str = Field(default=TimeZoneName.WIB, max_length=4)
    paper: str = Field(default=Paper.A4, max_length=2)
    qr_secret: str = Field(default="", max_length=64)
    # Document and station preferences (margins, bupati letterhead, backup folder...):
    # JSON so a new preference needs no migration. Read through services.office.
    extra: str = Field(default="{}", sa_column=Column(Text, nullable=False, default="{}"))


class Organization(Row, table=True):
    """An OPD, kecamatan or bagian; ``asisten`` is the Setda coordination line (I/II/III)."""

    name: str = Field(max_length=200, index=True)
    short_name: str = Field(default="", max_length=60)
    kind: str = Field(default=OrgKind.DINAS, max_length=20)
    parent_id: int | None = Field(default=None, foreign_key="organization.id")
    asisten: str | None = Field(default=None, max_length=4)
    active: bool = Field(default=True)
    # The office address the outbox sends this OPD's packets to (issue 21).
    email: str | None = Field(default=None, max_length=200)


class Person(Row, table=True):
    full_name: str = Field(max_length=200)
    name_key: str = Field(default="", max_length=200, index=True)
    nip: str | None = Field(default=None, max_length=18, unique=True)
    jabatan: str = Field(default="", max_length=200)
    pangkat: str = Field(default="", max_length=100)
    organization_id: int | None = Field(default=None, foreign_key="organization.id", index=True)
    phone: str = Field(default="", max_length=40)
    is_head: bool = Field(default=False)
    active: bool = Field(default=True)


class MeetingSeries(Row, table=True):
    __tablename__ = "meeting_series"

    name: str = Field(max_length=200, unique=True)
    chair_id: int | None = Field(default=None, foreign_key="person.id")
    place: str = Field(default="", max_length=200)
    agenda_template: str = Field(default="[]", sa_column=Column(Text, nullable=False, default="[]"))


class Meeting(Row, table=True):
    title: str = Field(max_length=300)
    series_id: int | None = Field(default=None, foreign_key="meeting_series.id", index=True)
    starts_at: datetime = Field(sa_type=UTCDateTime, nullable=False, index=True)
    ends_at: datetime | None = _utc()
    place: str = Field(default="", max_length=200)
    chair_id: int | None = Field(default=None, foreign_key="person.id")
    chair_prefix: str = Field(default="", max_length=20)  # Plt. / Plh. / a.n. ...
    secretary_id: int | None = Field(default=None, foreign_key="person.id")
    notulis_id: int | None = Field(default=None, foreign_key="person.id")
    letter_number: str = Field(default="", max_length=100)
    letter_date: date | None = None
    letter_nature: str = Field(default="Penting", max_length=40)  # Sifat
    status: str = Field(default=MeetingStatus.DRAFT, max_length=20, index=True)
    signatures_required: bool = Field(default=False)
    opening_remarks: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    attachments: str = Field(default="[]", sa_column=Column(Text, nullable=False, default="[]"))
    closed_at: datetime | None = _utc()
    # An Asisten's coordination line ("I", "II", "III") when the meeting covers only its
    # OPDs, as a Rakor Ekobang does; None for a whole-regency Rakor.
    cluster: str | None = Field(default=None, max_length=4)


class Invitation(Row, table=True):
    __table_args__ = (UniqueConstraint("meeting_id", "person_id"),)

    meeting_id: int = Field(foreign_key="meeting.id", index=True)
    person_id: int = Field(foreign_key="person.id", index=True)
    organization_id: int | None = Field(default=None, foreign_key="organization.id")
    token: str = Field(max_length=32, unique=True)
    sent_at: datetime | None = _utc()
    absence_status: str | None = Field(default=None, max_length=20)
    absence_note: str = Field(default="", max_length=300)


class Attendance(Row, table=True):
    __table_args__ = (
        UniqueConstraint("meeting_id", "person_id"),
        Index("ix_attendance_meeting_checked_in_at", "meeting_id", "checked_in_at"),
    )

    meeting_id: int = Field(foreign_key="meeting.id")
    person_id: int = Field(foreign_key="person.id", index=True)
    invitation_id: int | None = Field(default=None, foreign_key="invitation.id", unique=True)
    delegate_for_id: int | None = Field(default=None, foreign_key="person.id")
    checked_in_at: datetime = Field(sa_type=UTCDateTime, nullable=False)
    left_at: datetime | None = _utc()
    is_walk_in: bool = Field(default=False)
    is_late: bool = Field(default=False)
    signature: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    station: str = Field(default="", max_length=60)


class AgendaItem(Row, table=True):
    __tablename__ = "agenda_item"

    meeting_id: int = Field(foreign_key="meeting.id", index=True)
    position: int = Field(default=0)
    title: str = Field(max_length=300)
    presenter_id: int | None = Field(default=None, foreign_key="person.id")
    presenter_org_id: int | None = Field(default=None, foreign_key="organization.id")
    planned_minutes: int = Field(default=10)
    actual_start: datetime | None = _utc()
    actual_end: datetime | None = _utc()
    is_carry_over: bool = Field(default=False)
    deleted_at: datetime | None = _utc()


class Note(Row, table=True):
    meeting_id: int = Field(foreign_key="meeting.id", index=True)
    agenda_item_id: int | None = Field(default=None, foreign_key="agenda_item.id", index=True)
    body: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    position: int = Field(default=0)


class Decision(Row, table=True):
    meeting_id: int = Field(foreign_key="meeting.id", index=True)
    agenda_item_id: int | None = Field(default=None, foreign_key="agenda_item.id")
    kind: str = Field(default="keputusan", max_length=20)
    text: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    position: int = Field(default=0)


class FollowUp(Row, table=True):
    __tablename__ = "follow_up"

    meeting_id: int = Field(foreign_key="meeting.id", index=True)
    series_id: int | None = Field(default=None, foreign_key="meeting_series.id", index=True)
    decision_id: int | None = Field(default=None, foreign_key="decision.id")
    organization_id: int | None = Field(default=None, foreign_key="organization.id", index=True)
    pic_id: int | None = Field(default=None, foreign_key="person.id")
    problem: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    action: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    due_date: date | None = Field(default=None, index=True)
    status: str = Field(default=FollowUpStatus.BELUM, max_length=20, index=True)
    percent: int = Field(default=0)
    remark: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    completed_at: datetime | None = _utc()
    # Raised from a monev row: next month's carry-over shows which indicator it is about.
    indicator_id: int | None = Field(default=None, foreign_key="indicator.id", index=True)


class FollowUpUpdate(Row, table=True):
    """One progress report on a follow-up: the history the chair reads."""

    __tablename__ = "follow_up_update"

    follow_up_id: int = Field(foreign_key="follow_up.id", index=True)
    meeting_id: int | None = Field(default=None, foreign_key="meeting.id")
    at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, nullable=False)
    status: str = Field(default=FollowUpStatus.DALAM_PROSES, max_length=20)
    percent: int = Field(default=0)
    note: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    evidence_path: str | None = Field(default=None, max_length=500)


class OpdReport(Row, table=True):
    __tablename__ = "opd_report"
    __table_args__ = (UniqueConstraint("meeting_id", "organization_id"),)

    meeting_id: int = Field(foreign_key="meeting.id", index=True)
    organization_id: int = Field(foreign_key="organization.id", index=True)
    budget_pct: float | None = None
    physical_pct: float | None = None
    indicators: str = Field(default="{}", sa_column=Column(Text, nullable=False, default="{}"))
    obstacles: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    innovation: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))


class MinutesRevision(Row, table=True):
    __tablename__ = "minutes_revision"
    __table_args__ = (UniqueConstraint("meeting_id", "number"),)

    meeting_id: int = Field(foreign_key="meeting.id", index=True)
    number: int = Field(default=1)
    content: str = Field(sa_column=Column(Text, nullable=False))
    sha256: str = Field(max_length=64, index=True)
    reason: str = Field(default="", max_length=500)
    finalized_by: str = Field(default="", max_length=100)


class AuditEvent(Row, table=True):
    __tablename__ = "audit_event"

    at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, nullable=False, index=True)
    actor: str = Field(default="", max_length=100)
    action: str = Field(max_length=60, index=True)
    entity: str = Field(default="", max_length=60)
    entity_uuid: str | None = Field(default=None, max_length=36)
    detail: str = Field(default="{}", sa_column=Column(Text, nullable=False, default="{}"))


class InviteeGroup(Row, table=True):
    """A saved set of invitees ("OPD di bawah Asisten II"), stored as organization ids."""

    __tablename__ = "invitee_group"

    name: str = Field(max_length=200, unique=True)
    organization_ids: str = Field(
        default="[]", sa_column=Column(Text, nullable=False, default="[]")
    )
    person_ids: str = Field(default="[]", sa_column=Column(Text, nullable=False, default="[]"))


__all__ = [
    "AgendaItem",
    "Attendance",
    "AuditEvent",
    "Decision",
    "FollowUp",
    "FollowUpUpdate",
    "Invitation",
    "InviteeGroup",
    "Meeting",
    "MeetingSeries",
    "MinutesRevision",
    "Note",
    "OpdReport",
    "Office",
    "Organization",
    "Person",
]


class Indicator(Row, table=True):
    """A performance indicator with a declared polarity (never guessed from its name) and,
    per RPJMD period, a baseline and yearly targets (:class:`IndicatorTarget`)."""

    code: str = Field(max_length=40, unique=True)
    name: str = Field(max_length=300)
    name_key: str = Field(default="", max_length=300, index=True)
    level: str = Field(default="iku", max_length=10)
    unit: str = Field(default="", max_length=40)
    polarity: str = Field(max_length=10)
    frequency: str = Field(default="yearly", max_length=10)
    lead_org_id: int | None = Field(default=None, foreign_key="organization.id", index=True)
    # Contributing OPDs as a JSON list of organization uuids (uuids, not ids: a bundle
    # carries the indicator to another station where the ids differ).
    contributors: str = Field(default="[]", sa_column=Column(Text, nullable=False, default="[]"))
    source: str = Field(default="", max_length=100)
    valid_min: float | None = None
    valid_max: float | None = None
    rpjmd_period: str = Field(default="", max_length=20)
    baseline: float | None = None
    baseline_year: int | None = None
    active: bool = Field(default=True)


class IndicatorTarget(Row, table=True):
    __tablename__ = "indicator_target"
    __table_args__ = (UniqueConstraint("indicator_id", "year"),)

    indicator_id: int = Field(foreign_key="indicator.id", index=True)
    year: int
    target: float
    target_high: float | None = None  # upper bound for range indicators


class IndicatorValue(Row, table=True):
    """A realisation: a typed value for an indicator, OPD and period.

    Values an OPD wrote as free text in its report ("Stunting: 12,3%") are kept here too:
    linked to the catalogue when the name matches, otherwise with ``indicator_id`` None and
    the original ``label``/``raw_text``, shown as "tanpa katalog". Nothing typed is lost.
    """

    __tablename__ = "indicator_value"
    # One OPD's series of one indicator is a range scan of this index (the Monev page reads
    # the lead OPD's series and the contributors' values this way).
    __table_args__ = (
        Index("ix_indicator_value_lookup", "indicator_id", "organization_id", "year", "period"),
    )

    indicator_id: int | None = Field(default=None, foreign_key="indicator.id")
    organization_id: int | None = Field(default=None, foreign_key="organization.id", index=True)
    meeting_id: int | None = Field(default=None, foreign_key="meeting.id", index=True)
    label: str = Field(default="", max_length=300)
    raw_text: str = Field(default="", max_length=300)
    value: float | None = None
    year: int | None = None
    period: str = Field(default="", max_length=10)
    source: str = Field(default="", max_length=100)
    note: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    origin: str = Field(default="report", max_length=12)  # report | free_text | import
    reported_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, nullable=False)


class OutboxMessage(Row, table=True):
    """One e-mail waiting, sent or failed on this laptop (issue 21).

    ``message_id`` is fixed when the message is queued and sent unchanged on every
    attempt: a message resent after a crash between the server's "250 OK" and this
    row's update is the same message to the recipient's mail store, not a second one.
    Station-local: a server copy does not carry it (``services/transfer``).
    """

    __tablename__ = "outbox_message"

    message_id: str = Field(max_length=200, unique=True)
    kind: str = Field(default="paket", max_length=20)
    meeting_id: int | None = Field(default=None, foreign_key="meeting.id", index=True)
    organization_id: int | None = Field(default=None, foreign_key="organization.id", index=True)
    to_addr: str = Field(max_length=300)
    subject: str = Field(max_length=300)
    body: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    # JSON: [{"path", "name", "sha256", "size"}] of files on this laptop.
    attachments: str = Field(default="[]", sa_column=Column(Text, nullable=False, default="[]"))
    status: str = Field(default="antre", max_length=20, index=True)
    attempts: int = Field(default=0)
    last_error: str = Field(default="", max_length=500)
    next_attempt_at: datetime | None = _utc()
    sent_at: datetime | None = _utc()
