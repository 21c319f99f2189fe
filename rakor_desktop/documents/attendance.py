"""Daftar Hadir: the attendance list, blank (for pen) or filled (from check-in).

Every page repeats the meeting (Acara, Hari/Tanggal, Waktu, Tempat) and the
column header, and no attendee's row is ever split across pages: a list whose
pages get separated must still say which meeting each page belongs to, and a
signature must stay on the page with the name it belongs to. Delegates and
uninvited walk-ins are printed as such, so the paper copy cannot hide a *titip
absen*.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from rakor_desktop.documents.data import AttendeeData, MeetingData, OfficeData, PersonData
from rakor_desktop.documents.fonts import FAMILY
from rakor_desktop.documents.layout import (
    Margins,
    Output,
    Styles,
    build_pdf,
    page_size,
    styles,
    write_output,
)
from rakor_desktop.documents.strokes import SignatureCell
from rakor_desktop.documents.tables import field_table, grid_table, label_rows
from rakor_desktop.documents.text import (
    escape,
    format_long_date,
    format_nip,
    format_time,
    format_time_range,
    markup,
    truncate,
)

HEADERS = ("No", "Nama", "NIP", "Jabatan", "Instansi/Unit Kerja", "Tanda Tangan")
_SHARES = (0.8, 3.7, 2.4, 2.9, 2.6, 3.6)
SIGNATURE_HEIGHT = 1.0 * cm
#: Caps that keep every row far shorter than a page, so rows never need splitting.
_LIMITS = {"name": 160, "jabatan": 200, "organization": 160, "delegate": 120, "header": 300}
#: Summary categories, in print order; present people are split so the counts add up.
PRESENT = "Hadir"
DELEGATE = "Diwakili"
COMPANION = "Pendamping"
WALK_IN = "Tidak diundang"
ABSENT_LABELS = ("Izin", "Sakit", "Tugas Luar", "Tanpa Keterangan")


def is_present(attendee: AttendeeData) -> bool:
    status = attendee.status.strip().lower()
    return status == "hadir" or (not status and attendee.checked_in_at is not None)


@dataclass(frozen=True, slots=True)
class AttendanceSummary:
    counts: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def present(self) -> int:
        return sum(self.counts.get(k, 0) for k in (PRESENT, DELEGATE, COMPANION, WALK_IN))


def attendance_summary(attendees: Sequence[AttendeeData]) -> AttendanceSummary:
    """Counts per category; categories are disjoint so they sum to the row count."""
    counter: Counter[str] = Counter()
    for a in attendees:
        if is_present(a):
            if a.companion:
                counter[COMPANION] += 1
            else:
                counter[DELEGATE if a.delegate_for else WALK_IN if a.walk_in else PRESENT] += 1
        else:
            label = " ".join(a.status.split()) or "Tanpa Keterangan"
            known = {k.lower(): k for k in ABSENT_LABELS}
            counter[known.get(label.lower(), label)] += 1
    order = [PRESENT, DELEGATE, WALK_IN, *ABSENT_LABELS]
    if counter.get(COMPANION):
        order.insert(2, COMPANION)
    extra = sorted(k for k in counter if k not in order)
    return AttendanceSummary({k: counter.get(k, 0) for k in [*order, *extra]})


def _header_block(meeting: MeetingData, office: OfficeData, st: Styles, width: float) -> Flowable:
    zone = office.time_zone
    rows = label_rows(
        [
            ("Acara", markup(truncate(meeting.title, _LIMITS["header"]))),
            ("Hari/Tanggal", escape(format_long_date(meeting.starts_at, zone))),
            ("Waktu", escape(format_time_range(meeting.starts_at, meeting.ends_at, zone))),
            ("Tempat", markup(truncate(meeting.place, _LIMITS["header"]))),
        ],
        st.cell,
    )
    block = Table(
        [[Paragraph("DAFTAR HADIR", st.title)], [field_table(rows, width, 2.6 * cm)]],
        colWidths=[width],
    )
    block.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FAMILY),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return block


def _name_cell(person: PersonData, notes: list[str], st: Styles) -> list[Paragraph]:
    cell = [Paragraph(markup(truncate(person.name, _LIMITS["name"])), st.cell)]
    cell.extend(Paragraph(note, st.cell_small) for note in notes)
    return cell


def _person_cells(person: PersonData, st: Styles) -> list[Paragraph]:
    return [
        Paragraph(markup(format_nip(person.nip)) or "-", st.cell),
        Paragraph(markup(truncate(person.jabatan, _LIMITS["jabatan"])), st.cell),
        Paragraph(markup(truncate(person.organization, _LIMITS["organization"])), st.cell),
    ]


def _attendee_notes(a: AttendeeData, zone: str) -> list[str]:
    notes: list[str] = []
    if a.delegate_for:
        who = markup(truncate(a.delegate_for, _LIMITS["delegate"]))
        if a.companion:
            notes.append(f"pendamping; semula mewakili {who}, yang kemudian hadir sendiri")
        else:
            notes.append(f"mewakili {who}")
    if a.walk_in:
        notes.append("(tidak diundang)")
    timing = [escape(format_time(a.checked_in_at, zone))] if a.checked_in_at else []
    if a.late:
        timing.append("terlambat")
    if timing:
        notes.append(" \u00b7 ".join(timing))
    return notes


def _table(rows: list[list[object]], widths: list[float], st: Styles) -> Flowable:
    header = [Paragraph(escape(h), st.cell_header) for h in HEADERS]
    table = grid_table([header, *rows], widths, split_rows=False, padding=2.5)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (-1, 1), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (-1, 1), (-1, -1), 1),
                ("RIGHTPADDING", (-1, 1), (-1, -1), 1),
            ]
        )
    )
    return table


def _summary(summary: AttendanceSummary, st: Styles, width: float) -> Flowable:
    rows = [
        [Paragraph(escape(label), st.cell), Paragraph(f"{count} orang", st.cell)]
        for label, count in summary.counts.items()
    ]
    rows.append(
        [Paragraph("<b>Jumlah</b>", st.cell), Paragraph(f"<b>{summary.total} orang</b>", st.cell)]
    )
    table = Table(rows, colWidths=[4.0 * cm, 2.6 * cm], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FAMILY),
                ("LINEBELOW", (0, -2), (-1, -2), 0.5, "black"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return KeepTogether(
        [
            Spacer(1, 0.4 * cm),
            Paragraph("<b>Rekapitulasi Kehadiran</b>", st.cell),
            Spacer(1, 0.15 * cm),
            table,
        ]
    )


def render_attendance(
    meeting: MeetingData,
    office: OfficeData,
    out: Output = None,
    *,
    blank: bool = False,
    extra_rows: int = 5,
) -> bytes:
    """Daftar Hadir; ``blank`` prints the invitees with empty signature cells for pen.

    The blank list ends with ``extra_rows`` empty numbered rows for people who come
    uninvited, because door staff otherwise squeeze them into the margin.
    """
    st = styles(12.0, 9.0)
    width, _ = page_size(office)
    m = Margins.of(office)
    frame_width = width - m.left - m.right
    widths = [frame_width * s / sum(_SHARES) for s in _SHARES]
    sig_width = widths[-1] - 2
    rows: list[list[object]] = []
    story: list[Flowable] = []
    if blank:
        for number, invitee in enumerate(meeting.invitees, start=1):
            rows.append(
                [
                    Paragraph(str(number), st.cell_center),
                    _name_cell(invitee.person, [], st),
                    *_person_cells(invitee.person, st),
                    SignatureCell(number, sig_width, SIGNATURE_HEIGHT),
                ]
            )
        for number in range(len(meeting.invitees) + 1, len(meeting.invitees) + 1 + extra_rows):
            rows.append(
                [
                    Paragraph(str(number), st.cell_center),
                    "",
                    "",
                    "",
                    "",
                    SignatureCell(number, sig_width, SIGNATURE_HEIGHT),
                ]
            )
        story.append(_table(rows, widths, st))
        story.append(Spacer(1, 0.4 * cm))
        story.append(Paragraph("Jumlah hadir: ........ orang", st.cell))
    else:
        attendees = sorted(meeting.attendees, key=lambda a: a.number)
        for a in attendees:
            status = truncate(" ".join(a.status.split()), 40) or "Tanpa Keterangan"
            note = None if is_present(a) else status
            signature = SignatureCell(
                a.number,
                sig_width,
                SIGNATURE_HEIGHT,
                strokes=a.signature if note is None else None,
                note=note,
            )
            rows.append(
                [
                    Paragraph(str(a.number), st.cell_center),
                    _name_cell(a.person, _attendee_notes(a, office.time_zone), st),
                    *_person_cells(a.person, st),
                    signature,
                ]
            )
        if rows:
            story.append(_table(rows, widths, st))
        else:
            story.append(Paragraph("Belum ada peserta yang tercatat.", st.cell))
        story.append(_summary(attendance_summary(attendees), st, frame_width))
    pdf = build_pdf(
        story,
        office,
        title=f"Daftar Hadir - {meeting.title}",
        verification_code=meeting.verification_code,
        page_header=_header_block(meeting, office, st, frame_width),
    )
    return write_output(pdf, out)
