"""Database rows -> the plain records the document renderers take.

The renderers in :mod:`rakor_desktop.documents` know nothing about the database
(so a PDF can be made in a worker thread after the session is closed, and a
finalized Notulen can be re-rendered from its frozen snapshot). This module is
the one place that decides *what* of a meeting goes on paper:

- the kop from the office record, with the page preferences an office keeps in
  ``Office.extra`` (margins, the Bupati letterhead, tembusan);
- chair, secretary and notulis with pangkat/NIP and the acting/on-behalf prefix;
- agenda items with their notes, decisions and directives;
- the follow-up matrix: items carried over from earlier meetings of the series
  first (with how often they were carried), then this meeting's own;
- OPD reports, attendees (decoded signatures, delegates, walk-ins, late
  arrivals) followed by the invitees who did not come, with their absence
  status, and the invitees with the QR payload printed on their cards.

Everything is read in a handful of set-based queries: a 200-attendee meeting
must not cost 200 round trips before its PDF can start.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import Literal

from sqlalchemy.orm import aliased
from sqlmodel import Session, col, select

from rakor_desktop.db.sql import select_row
from rakor_desktop.documents.data import (
    AgendaItemData,
    AttendeeData,
    FollowUpData,
    InviteeData,
    MeetingData,
    OfficeData,
    OpdReportData,
    PersonData,
    RevisionData,
    SignatoryData,
)
from rakor_desktop.domain.enums import (
    ABSENCE_LABELS,
    FOLLOWUP_LABELS,
    AbsenceStatus,
    DecisionKind,
    FollowUpStatus,
)
from rakor_desktop.domain.models import (
    AgendaItem,
    Attendance,
    Decision,
    Invitation,
    Meeting,
    MinutesRevision,
    OpdReport,
    Organization,
    Person,
)
from rakor_desktop.domain.signature_strokes import decode_signature
from rakor_desktop.domain.timefmt import to_office
from rakor_desktop.domain.types import utcnow
from rakor_desktop.messages import M
from rakor_desktop.services.attendance import invitations
from rakor_desktop.services.followups import carry_over as fu_carry
from rakor_desktop.services.followups import query as fu_service
from rakor_desktop.services.meetings.close import get_meeting
from rakor_desktop.services.meetings.opd_reports import stored_indicators
from rakor_desktop.services.minutes.letterhead import (  # noqa: F401 - part of this module's API
    BUPATI_KEY,
    DOCUMENT_KEYS,
    HEAD_TITLE_KEY,
    MARGIN_KEYS,
    TEMBUSAN_KEY,
    DocumentError,
    _float,
    _tembusan,
    document_preferences,
    office_data,
    office_from_row,
    set_document_preferences,
)
from rakor_desktop.services.monev.report_data import notulen_lines
from rakor_desktop.services.office.settings import get_office

log = logging.getLogger(__name__)

Kind = Literal["minutes", "attendance", "invitation", "followups"]
KINDS: tuple[Kind, ...] = ("minutes", "attendance", "invitation", "followups")
KIND_LABELS: dict[str, str] = {
    "minutes": "Notulen",
    "attendance": "Daftar Hadir",
    "invitation": "Undangan",
    "followups": "Matriks Tindak Lanjut",
}

#: Title of the trailing agenda entry that holds general notes and decisions
#: recorded outside any agenda item.
GENERAL_ITEM_TITLE = "Lain-lain"
#: Jabatan of the regional heads, who sign without pangkat and NIP.
_HEAD_OF_REGION = re.compile(r"^\s*(wakil\s+)?(bupati|wali\s*kota|walikota)\b", re.I)


# ------------------------------------------------------------------------ people


@dataclass(frozen=True, slots=True)
class _PersonRow:
    person: Person
    organization: str


def _people(session: Session, ids: set[int]) -> dict[int, _PersonRow]:
    ids.discard(None)
    if not ids:
        return {}
    rows = session.exec(
        select(Person, Organization.name)
        .join(Organization, col(Person.organization_id) == col(Organization.id), isouter=True)
        .where(col(Person.id).in_(sorted(ids)))
    ).all()
    return {p.id: _PersonRow(p, org or "") for p, org in rows if p.id is not None}


def person_data(person: Person, organization: str = "") -> PersonData:
    return PersonData(
        name=person.full_name,
        nip=person.nip,
        jabatan=person.jabatan,
        pangkat=person.pangkat,
        organization=organization,
    )


def is_head_of_region(jabatan: str) -> bool:
    """Bupati/Wakil Bupati (Wali Kota): they sign without pangkat and NIP."""
    return bool(_HEAD_OF_REGION.match(jabatan or ""))


def signatory(row: _PersonRow | None, prefix: str = "") -> SignatoryData | None:
    if row is None:
        return None
    p = row.person
    return SignatoryData(
        person=person_data(p, row.organization),
        role_label=p.jabatan,
        prefix=(prefix or "").strip(),
        show_nip=not is_head_of_region(p.jabatan),
    )


# ------------------------------------------------------------------------ meeting parts


def _agenda(
    session: Session, meeting_id: int, people: dict[int, _PersonRow]
) -> list[AgendaItemData]:
    items = session.exec(
        select(AgendaItem, Organization.name)
        .join(Organization, col(AgendaItem.presenter_org_id) == col(Organization.id), isouter=True)
        .where(AgendaItem.meeting_id == meeting_id, AgendaItem.deleted_at == None)  # noqa: E711
        .order_by(col(AgendaItem.position), col(AgendaItem.id))
    ).all()
    from rakor_desktop.services.meetings.notes import notes_for_meeting

    notes = notes_for_meeting(session, meeting_id)
    decisions: dict[int | None, tuple[list[str], list[str]]] = {}
    live_ids = {item.id for item, _ in items}
    for d in session.exec(
        select(Decision)
        .where(Decision.meeting_id == meeting_id)
        .order_by(col(Decision.position), col(Decision.id))
    ):
        text = (d.text or "").strip()
        if not text:
            continue
        key = d.agenda_item_id if d.agenda_item_id in live_ids else None
        bucket = decisions.setdefault(key, ([], []))
        bucket[1 if d.kind == DecisionKind.ARAHAN else 0].append(text)
    out: list[AgendaItemData] = []
    for item, org in items:
        presenter = ""
        if item.presenter_id is not None and item.presenter_id in people:
            p = people[item.presenter_id].person
            presenter = ", ".join(x for x in (p.full_name, p.jabatan) if x)
        elif org:
            presenter = org
        dec, dirs = decisions.get(item.id, ([], []))
        out.append(
            AgendaItemData(
                title=item.title,
                presenter=presenter,
                notes=notes.get(item.id, ""),
                decisions=tuple(dec),
                directives=tuple(dirs),
            )
        )
    general_notes = notes.get(None, "")
    dec, dirs = decisions.get(None, ([], []))
    if general_notes.strip() or dec or dirs:
        out.append(
            AgendaItemData(
                title=GENERAL_ITEM_TITLE,
                notes=general_notes,
                decisions=tuple(dec),
                directives=tuple(dirs),
            )
        )
    return out


def _followup_status(status: str) -> str:
    try:
        return FOLLOWUP_LABELS[FollowUpStatus(status)]
    except ValueError:
        return status


def _reported(r: fu_service.FollowUpRow) -> str:
    if r.stored_status == FollowUpStatus.BELUM:
        return "Belum dilaporkan OPD."
    if r.stored_status == FollowUpStatus.DALAM_PROSES:
        return f"Dalam proses ({r.percent}%)." if r.percent else "Dalam proses."
    if r.stored_status == FollowUpStatus.SELESAI:
        return "Dilaporkan selesai."
    return "-"


def _followups(
    session: Session, meeting: Meeting, zone: str, as_of: datetime
) -> list[FollowUpData]:
    """Carried-over items (status as of this meeting) first, then this meeting's own."""
    from rakor_desktop.documents.text import format_date

    assert meeting.id is not None
    rows: list[FollowUpData] = []
    carried = fu_carry.carry_over_for_meeting(session, meeting.id, zone=zone)
    own = fu_service.list_followups(
        session,
        fu_service.FollowUpFilter(meeting_id=meeting.id),
        now=as_of,
        sort="id",
        zone=zone,
    )
    for n, r in enumerate([*carried, *own], start=1):
        is_carried = r.meeting_id != meeting.id
        # The OPD answers for the item; the named PIC goes to Keterangan, which only the
        # landscape Matriks prints (the Notulen's narrow column keeps just the OPD).
        parts = []
        if is_carried:
            parts.append(f"Arahan rapat {format_date(r.meeting_starts_at, zone)}.")
        if r.indicator:
            parts.append(f"Indikator {r.indicator}.")
        if r.organization and r.pic:
            parts.append(f"PIC: {r.pic}" + ("" if r.pic.endswith(".") else "."))
        if r.remark.strip():
            parts.append(r.remark.strip())
        if r.percent and r.stored_status == FollowUpStatus.DALAM_PROSES:
            parts.append(f"Progres {r.percent}%.")
        remark = " ".join(parts)
        organization = r.organization or r.pic or "-"
        # A directive typed in the meeting has no separate "problem": its text is the
        # Arahan, and Tindak Lanjut says what the OPD has reported so far, never a blank
        # cell (issue 15: new directives printed an empty column).
        action = r.action if r.problem and r.action.strip() else _reported(r)
        rows.append(
            FollowUpData(
                number=n,
                problem=r.problem or r.action,
                action=action,
                organization=organization,
                due_date=r.due_date,
                status=_followup_status(r.status),
                remark=remark,
                carried_count=r.carried if is_carried else 0,
            )
        )
    return rows


def _opd_reports(session: Session, meeting_id: int) -> list[OpdReportData]:
    rows = session.exec(
        select(OpdReport, Organization.name)
        .join(Organization, col(OpdReport.organization_id) == col(Organization.id))
        .where(OpdReport.meeting_id == meeting_id)
        .order_by(Organization.name, col(OpdReport.id))
    ).all()
    return [
        OpdReportData(
            organization=org,
            budget_pct=r.budget_pct,
            physical_pct=r.physical_pct,
            indicators=stored_indicators(r),
            obstacles=r.obstacles,
            innovation=r.innovation,
        )
        for r, org in rows
    ]


def _signature(text: str | None, attendance_id: int | None) -> list | None:
    if not text:
        return None
    try:
        return decode_signature(text) or None
    except ValueError:
        # A damaged signature must not stop the list from printing; the cell stays empty.
        log.warning("signature of attendance %s cannot be decoded", attendance_id)
        return None


def _absence_label(status: str | None) -> str:
    if not status:
        return ABSENCE_LABELS[AbsenceStatus.TANPA_KETERANGAN]
    try:
        return ABSENCE_LABELS[AbsenceStatus(status)]
    except ValueError:
        return status


def _attendees(session: Session, meeting_id: int, *, signatures: bool) -> list[AttendeeData]:
    """Everyone who came in check-in order, then invitees who did not, with their status."""
    delegated = aliased(Person, name="delegated")
    present = session.exec(
        select_row(
            Attendance, Person, col(Organization.name), delegated.full_name, delegated.jabatan
        )
        .join(Person, col(Attendance.person_id) == col(Person.id))
        .join(Organization, col(Person.organization_id) == col(Organization.id), isouter=True)
        .join(delegated, col(Attendance.delegate_for_id) == delegated.id, isouter=True)
        .where(Attendance.meeting_id == meeting_id)
        .order_by(col(Attendance.checked_in_at), col(Attendance.id))
    ).all()
    out: list[AttendeeData] = []
    # Invitees who came in person: a delegate who stood in for one of them earlier
    # is a companion, so the invitation is counted once (issue 15 item 9).
    came_in_person = {att.person_id for att, *_ in present if att.delegate_for_id is None}
    for att, person, org, for_name, for_jabatan in present:
        delegate_for = None
        if att.delegate_for_id is not None:
            delegate_for = for_name or "-"
            if for_jabatan:
                delegate_for = f"{delegate_for} ({for_jabatan})"
        out.append(
            AttendeeData(
                number=len(out) + 1,
                person=person_data(person, org or ""),
                status="Hadir",
                checked_in_at=att.checked_in_at,
                signature=_signature(att.signature, att.id) if signatures else None,
                delegate_for=delegate_for,
                walk_in=att.is_walk_in,
                late=att.is_late,
                companion=att.delegate_for_id in came_in_person,
            )
        )
    absent = session.exec(
        select(Invitation, Person, Organization.name)
        .join(Person, col(Invitation.person_id) == col(Person.id))
        .join(Organization, col(Person.organization_id) == col(Organization.id), isouter=True)
        .join(Attendance, col(Attendance.invitation_id) == col(Invitation.id), isouter=True)
        .where(Invitation.meeting_id == meeting_id, Attendance.id == None)  # noqa: E711
        .order_by(col(Invitation.id))
    ).all()
    came = {a.person_id for a, *_ in present}
    for inv, person, org in absent:
        if person.id in came:  # invited, but checked in without the invitation link
            continue
        out.append(
            AttendeeData(
                number=len(out) + 1,
                person=person_data(person, org or ""),
                status=_absence_label(inv.absence_status),
            )
        )
    return out


def _invitees(session: Session, meeting: Meeting, secret: str) -> list[InviteeData]:
    rows = session.exec(
        select(Invitation, Person, Organization.name)
        .join(Person, col(Invitation.person_id) == col(Person.id))
        .join(Organization, col(Person.organization_id) == col(Organization.id), isouter=True)
        .where(Invitation.meeting_id == meeting.id)
        .order_by(col(Invitation.id))
    ).all()
    return [
        InviteeData(
            person=person_data(person, org or ""),
            qr_payload=invitations.qr_payload(secret, meeting.uuid, inv.token),
        )
        for inv, person, org in rows
    ]


def revisions_of(session: Session, meeting_id: int) -> list[MinutesRevision]:
    return list(
        session.exec(
            select(MinutesRevision)
            .where(MinutesRevision.meeting_id == meeting_id)
            .order_by(col(MinutesRevision.number))
        )
    )


def revision_entries(revisions: Sequence[MinutesRevision], zone: str) -> list[RevisionData]:
    """The "Riwayat Revisi" rows: printed once a Notulen has been amended at least once."""
    if len(revisions) < 2:
        return []
    out = []
    for rev in revisions:
        local = to_office(rev.created_at, zone)
        assert local is not None
        reason = rev.reason.strip() or ("Notulen difinalkan" if rev.number == 1 else "-")
        out.append(RevisionData(rev.number, local.date(), reason))
    return out


def _agenda_line(items: Sequence[AgendaItemData]) -> str:
    titles = [i.title.strip() for i in items if i.title.strip() and i.title != GENERAL_ITEM_TITLE]
    return "; ".join(titles)


# ------------------------------------------------------------------------ assembly


@dataclass(frozen=True, slots=True)
class MeetingDocumentData:
    """Everything one meeting's documents need, read in one unit of work."""

    meeting_id: int
    meeting_uuid: str
    status: str
    meeting: MeetingData
    office: OfficeData


def meeting_data(
    session: Session,
    meeting_id: int,
    *,
    now: datetime | None = None,
    signatures: bool = True,
    invitees: bool = True,
) -> MeetingDocumentData:
    """Read a meeting and build the renderers' input.

    ``now`` fixes the day against which follow-ups count as "Terlambat" (the print
    day by default). ``signatures=False`` skips decoding the strokes when only the
    Notulen (which prints the count, not the list) is wanted.
    """
    m = get_meeting(session, meeting_id)
    office_row = get_office(session)
    office = office_from_row(office_row)
    zone = office.time_zone
    as_of = now or utcnow()
    presenters = session.exec(
        select(AgendaItem.presenter_id).where(
            AgendaItem.meeting_id == meeting_id,
            AgendaItem.presenter_id != None,  # noqa: E711
        )
    ).all()
    wanted = {m.chair_id, m.secretary_id, m.notulis_id, *presenters}
    people = _people(session, {pid for pid in wanted if pid is not None})
    chair = signatory(people.get(m.chair_id), m.chair_prefix)  # type: ignore[arg-type]
    if chair is None:
        # The renderers need a chair; a dotted placeholder is honest for a draft.
        chair = SignatoryData(
            PersonData(name="...................................."), "Pimpinan Rapat"
        )
    secretary_row = people.get(m.secretary_id)  # type: ignore[arg-type]
    agenda_items = _agenda(session, meeting_id, people)
    revisions = revisions_of(session, meeting_id)
    data = MeetingData(
        title=m.title,
        starts_at=m.starts_at,
        ends_at=m.ends_at,
        place=m.place,
        chair=chair,
        agenda=_agenda_line(agenda_items),
        letter_number=m.letter_number,
        letter_date=m.letter_date,
        letter_nature=m.letter_nature,
        secretary=person_data(secretary_row.person, secretary_row.organization)
        if secretary_row
        else None,
        notulis=signatory(people.get(m.notulis_id)),  # type: ignore[arg-type]
        opening_remarks=m.opening_remarks,
        agenda_items=tuple(agenda_items),
        followups=tuple(_followups(session, m, zone, as_of)),
        opd_reports=tuple(_opd_reports(session, meeting_id)),
        attendees=tuple(_attendees(session, meeting_id, signatures=signatures)),
        invitees=tuple(_invitees(session, m, office_row.qr_secret)) if invitees else (),
        tembusan=_tembusan(office_row),
        revisions=tuple(revision_entries(revisions, zone)),
        monev=tuple(notulen_lines(session, meeting_id)),
    )
    return MeetingDocumentData(
        meeting_id=meeting_id, meeting_uuid=m.uuid, status=m.status, meeting=data, office=office
    )


def safe_filename(text: str, limit: int = 90) -> str:
    """A file name any OS accepts: no path separators or reserved characters."""
    cleaned = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", text)
    cleaned = " ".join(cleaned.split()).strip(" .")
    return cleaned[:limit].rstrip(" .") or "dokumen"


def suggested_filename(kind: str, title: str, starts_at: datetime | date, zone: str = "WIB") -> str:
    """``Notulen - Rakor ... - 2025-08-25.pdf``: sorts by date in a folder of many months."""
    day = to_office(starts_at, zone).date() if isinstance(starts_at, datetime) else starts_at
    label = KIND_LABELS.get(kind, kind)
    return f"{safe_filename(f'{label} - {title}')} - {day.isoformat()}.pdf"


# ------------------------------------------------------------------------ one document


@dataclass(frozen=True, slots=True)
class PreparedDocument:
    """A document ready to render: the data is read, the session may be closed.

    The GUI prepares in a worker thread and renders right after; the CLI does the
    same in one go. A finalized Notulen carries its revision and hash, so that
    what is printed is the frozen revision (with its verification code), not the
    live rows.
    """

    kind: str
    meeting_id: int
    meeting: MeetingData
    office: OfficeData
    blank: bool = False
    revision: int | None = None
    sha256: str | None = None

    @property
    def label(self) -> str:
        label = KIND_LABELS[self.kind]
        return f"{label} (kosong)" if self.blank else label

    @property
    def filename(self) -> str:
        kind = "Daftar Hadir Kosong" if self.blank else self.kind
        return suggested_filename(
            kind, self.meeting.title, self.meeting.starts_at, self.office.time_zone
        )

    def render(self, out: Path | str | None = None) -> bytes:
        """The PDF bytes (written atomically to ``out`` when given)."""
        from rakor_desktop.documents.layout import write_output

        if self.kind == "minutes":
            from rakor_desktop.documents.minutes import render_minutes

            pdf = render_minutes(self.meeting, self.office)
            if self.sha256:
                from rakor_desktop.services.minutes.finalize import stamp_pdf

                pdf = stamp_pdf(pdf, self.sha256, revision=self.revision or 1)
        elif self.kind == "attendance":
            from rakor_desktop.documents.attendance import render_attendance

            pdf = render_attendance(self.meeting, self.office, blank=self.blank)
        elif self.kind == "invitation":
            from rakor_desktop.documents.invitation import render_invitation

            pdf = render_invitation(self.meeting, self.office)
        elif self.kind == "followups":
            from rakor_desktop.documents.followups import render_followups

            pdf = render_followups(self.meeting, self.office)
        else:  # pragma: no cover - prepare_document refuses unknown kinds
            raise DocumentError(M("Jenis dokumen {kind} tidak dikenal.", kind=repr(self.kind)))
        return write_output(pdf, out)


def prepare_document(
    session: Session,
    meeting_id: int,
    kind: str,
    *,
    blank: bool = False,
    now: datetime | None = None,
) -> PreparedDocument:
    """Read what ``kind`` needs for one meeting (raises MeetingNotFound, DocumentError)."""
    if kind not in KINDS:
        raise DocumentError(
            M(
                "Jenis dokumen {kind} tidak dikenal; pilih salah satu: {items}.",
                kind=repr(kind),
                items=", ".join(KINDS),
            )
        )
    if blank and kind != "attendance":
        raise DocumentError(M("Pilihan kosong (--blank) hanya untuk daftar hadir (attendance)."))
    m = get_meeting(session, meeting_id)
    if kind == "minutes" and m.status == "finalized":
        from rakor_desktop.services.minutes.finalize import latest_revision, revision_document

        rev = latest_revision(session, meeting_id)
        if rev is not None:
            meeting, office = revision_document(rev)
            return PreparedDocument(
                kind, meeting_id, meeting, office, revision=rev.number, sha256=rev.sha256
            )
    docs = meeting_data(
        session,
        meeting_id,
        now=now,
        signatures=kind == "attendance" and not blank,
        invitees=kind in ("attendance", "invitation"),
    )
    office = docs.office
    if kind == "invitation" and signs_as_head_of_region(
        docs.meeting.invitation_signatory or docs.meeting.chair
    ):
        # Tata Naskah Dinas: a letter the Bupati signs himself goes out on the Bupati's
        # own kop; "a.n. Bupati" letters signed by the Sekda keep the Setda kop.
        office = replace(office, bupati_variant=True)
    return PreparedDocument(kind, meeting_id, docs.meeting, office, blank=blank)


def signs_as_head_of_region(s: SignatoryData) -> bool:
    """The Bupati/Wakil Bupati (also as Plt./Pj.) signing in person, not "a.n." someone."""
    return is_head_of_region(s.role_label) and not s.prefix.lower().replace(" ", "").startswith(
        ("a.n", "u.b")
    )


def render_bundle(documents: Sequence[PreparedDocument], out: Path | str | None = None) -> bytes:
    """All documents of a meeting as one archive PDF, with a bookmark per document.

    For the filing cabinet and for sending one attachment to every OPD. The archive is
    not the verifiable Notulen (the minutes' verification mark belongs to its own file).
    """
    import io

    from pypdf import PdfReader, PdfWriter

    from rakor_desktop.documents.layout import write_output

    writer = PdfWriter()
    for doc in documents:
        writer.append(PdfReader(io.BytesIO(doc.render())), outline_item=doc.label)
    if documents:
        first = documents[0]
        writer.add_metadata(
            {"/Title": f"Arsip dokumen rapat - {first.meeting.title}", "/Creator": "Rakor Desktop"}
        )
    buffer = io.BytesIO()
    writer.write(buffer)
    return write_output(buffer.getvalue(), out)


def prepare_bundle(
    session: Session, meeting_id: int, *, now: datetime | None = None
) -> list[PreparedDocument]:
    """Undangan, Daftar Hadir, Notulen, Matriks: the order a meeting's file is kept in."""
    return [
        prepare_document(session, meeting_id, kind, now=now)
        for kind in ("invitation", "attendance", "minutes", "followups")
    ]
