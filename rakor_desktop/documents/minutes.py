"""Notulen: the minutes, printed the same day the meeting closes.

The field block, the "Kegiatan Rapat" sections and the signatures (Notulis left,
Pimpinan Rapat right) follow Tata Naskah Dinas practice so that the printout can
be signed and filed without retyping. Notes are free text of any length and flow
across pages; only the tables and signatures are kept together.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer

from rakor_desktop.documents.attendance import attendance_summary
from rakor_desktop.documents.data import (
    MeetingData,
    OfficeData,
    OpdReportData,
    RevisionData,
    SignatoryData,
)
from rakor_desktop.documents.followups import followup_table
from rakor_desktop.documents.layout import (
    INDENT,
    Margins,
    Output,
    Styles,
    build_pdf,
    page_size,
    styles,
    write_output,
)
from rakor_desktop.documents.letterhead import Letterhead
from rakor_desktop.documents.signature import role_lines, signature_block, signature_row
from rakor_desktop.documents.tables import field_table, grid_table, label_rows
from rakor_desktop.documents.text import (
    blocks,
    escape,
    format_date,
    format_long_date,
    format_percent,
    format_time_range,
    join_nonempty,
    markup,
    rich,
)

_OPD_HEADERS = (
    "No",
    "Perangkat Daerah",
    "Realisasi Anggaran (%)",
    "Realisasi Fisik (%)",
    "Kendala",
)
_OPD_SHARES = (0.8, 4.4, 2.2, 2.2, 6.4)


def _signatory_line(s: SignatoryData | None) -> str:
    if s is None:
        return "-"
    role = " ".join(role_lines(s)).rstrip(",")
    return markup(s.person.name) + (f" ({markup(role)})" if role else "")


def _letter_ref(meeting: MeetingData) -> str:
    number = f"Nomor {meeting.letter_number.strip()}" if meeting.letter_number.strip() else ""
    when = f"tanggal {format_date(meeting.letter_date)}" if meeting.letter_date else ""
    return markup(join_nonempty([number, when])) or "-"


def _fields(meeting: MeetingData, office: OfficeData, st: Styles, width: float) -> Flowable:
    zone = office.time_zone
    present = attendance_summary(meeting.attendees).present
    secretary = meeting.secretary
    rows = label_rows(
        [
            ("Sidang/Rapat", markup(meeting.title)),
            ("Hari/Tanggal", escape(format_long_date(meeting.starts_at, zone))),
            ("Surat Undangan", _letter_ref(meeting)),
            ("Waktu", escape(format_time_range(meeting.starts_at, meeting.ends_at, zone))),
            ("Tempat", markup(meeting.place)),
            ("Acara", markup(meeting.agenda) or "-"),
            ("Pimpinan Rapat", _signatory_line(meeting.chair)),
            (
                "Sekretaris Rapat",
                markup(join_nonempty([secretary.name, secretary.jabatan], " / "))
                if secretary
                else "-",
            ),
            ("Pencatat", markup(meeting.notulis.person.name) if meeting.notulis else "-"),
            ("Peserta Rapat", f"{present} orang (daftar hadir terlampir)"),
        ],
        st.body,
    )
    return field_table(rows, width, 4.2 * cm)


def _note_styles(st: Styles, level: int) -> tuple[ParagraphStyle, ParagraphStyle]:
    """Paragraph and bullet styles indented under a heading of the given ``level``."""
    shift = (level - 1) * INDENT
    plain = st.indented.clone(f"notes{level}", leftIndent=st.indented.leftIndent + shift)
    bullet = st.bullet.clone(
        f"bullet{level}",
        leftIndent=st.bullet.leftIndent + shift,
        bulletIndent=st.bullet.bulletIndent + shift,
    )
    return plain, bullet


def _text_flow(text: str, st: Styles, level: int = 1) -> list[Flowable]:
    """Typed notes as paragraphs and bullets, indented under their heading."""
    plain, bullet = _note_styles(st, level)
    flow: list[Flowable] = []
    for block in blocks(text):
        body = rich(block.text)
        if block.bullet:
            flow.append(Paragraph(body, bullet, bulletText="\u2022"))
        else:
            flow.append(Paragraph(body, plain))
    return flow or [Paragraph("-", plain)]


def _numbered(items: Sequence[str], st: Styles) -> list[Flowable]:
    entries = [i for i in items if i.strip()]
    if not entries:
        return [Paragraph("-", st.indented)]
    return [
        Paragraph(markup(text), st.numbered, bulletText=f"{n}.")
        for n, text in enumerate(entries, start=1)
    ]


def _opd_table(reports: Sequence[OpdReportData], st: Styles, width: float) -> Flowable:
    widths = [width * s / sum(_OPD_SHARES) for s in _OPD_SHARES]
    rows: list[list[object]] = [[Paragraph(escape(h), st.cell_header) for h in _OPD_HEADERS]]
    for n, r in enumerate(reports, start=1):
        details: list[Paragraph] = [Paragraph(markup(r.obstacles) or "-", st.cell)]
        if r.innovation.strip():
            details.append(Paragraph(f"Inovasi: {markup(r.innovation)}", st.cell_small))
        if r.indicators:
            pairs = "; ".join(f"{markup(k)}: {markup(v)}" for k, v in r.indicators.items())
            details.append(Paragraph(pairs, st.cell_small))
        rows.append(
            [
                Paragraph(str(n), st.cell_center),
                Paragraph(markup(r.organization), st.cell),
                Paragraph(format_percent(r.budget_pct), st.cell_center),
                Paragraph(format_percent(r.physical_pct), st.cell_center),
                details,
            ]
        )
    return grid_table(rows, widths, align="RIGHT")


def _revision_table(
    revisions: Sequence[RevisionData | tuple], st: Styles, width: float
) -> Flowable:
    shares = (2.0, 3.6, max(width / cm - 5.6, 2.0))
    rows: list[list[object]] = [
        [Paragraph(h, st.cell_header) for h in ("Revisi ke-", "Tanggal", "Alasan Perubahan")]
    ]
    for number, when, reason in (RevisionData(*r) for r in revisions):
        rows.append(
            [
                Paragraph(str(number), st.cell_center),
                Paragraph(escape(format_date(when)), st.cell_center),
                Paragraph(markup(reason), st.cell),
            ]
        )
    return grid_table(rows, [s * cm for s in shares], align="RIGHT")


def _signatures(meeting: MeetingData, office: OfficeData, st: Styles, width: float) -> Flowable:
    place_date = f"{office.city}, {format_date(meeting.starts_at, office.time_zone)}"
    left = signature_block(meeting.notulis, st.tight, caption="Notulis,", place_date="\u00a0")
    right = signature_block(
        meeting.chair, st.tight, caption="Pimpinan Rapat,", place_date=place_date
    )
    return signature_row([left, right], width)


def render_minutes(meeting: MeetingData, office: OfficeData, out: Output = None) -> bytes:
    """The Notulen of one meeting; returns the PDF bytes (and writes ``out`` if given)."""
    st = styles(12.0, 9.0)
    width, _ = page_size(office)
    m = Margins.of(office)
    frame_width = width - m.left - m.right
    story: list[Flowable] = [
        Letterhead(office),
        Paragraph("NOTULEN", st.title),
        *(
            [Paragraph(f"Nomor: {escape(meeting.minutes_number)}", st.center)]
            if meeting.minutes_number
            else []
        ),
        Spacer(1, 0.3 * cm),
        _fields(meeting, office, st, frame_width),
        Paragraph("Kegiatan Rapat:", st.heading),
    ]
    sections: list[tuple[str, list[Flowable]]] = [
        ("Kata Pembukaan", _text_flow(meeting.opening_remarks, st))
    ]
    discussion: list[Flowable] = []
    for n, item in enumerate(meeting.agenda_items, start=1):
        discussion.append(Paragraph(markup(item.title), st.item, bulletText=f"{n})"))
        if item.presenter.strip():
            presenter = f"<i>Penyaji: {markup(item.presenter)}</i>"
            discussion.append(Paragraph(presenter, _note_styles(st, 2)[0]))
        if item.notes.strip():
            discussion.extend(_text_flow(item.notes, st, level=2))
    sections.append(("Pembahasan", discussion or [Paragraph("-", st.indented)]))
    decisions = [d for item in meeting.agenda_items for d in item.decisions]
    directives = [d for item in meeting.agenda_items for d in item.directives]
    sections.append(("Keputusan/Kesimpulan", _numbered(decisions, st)))
    if directives:
        sections.append(("Arahan Pimpinan", _numbered(directives, st)))
    table_width = frame_width - INDENT
    if meeting.followups:
        sections.append(
            (
                "Matriks Tindak Lanjut",
                [
                    followup_table(
                        meeting.followups, st, table_width, with_remark=False, align="RIGHT"
                    )
                ],
            )
        )
    if meeting.opd_reports:
        sections.append(
            ("Laporan Perangkat Daerah", [_opd_table(meeting.opd_reports, st, table_width)])
        )
    if meeting.monev:
        sections.append(("Capaian Indikator Kinerja (Monev)", _numbered(meeting.monev, st)))
    if meeting.revisions:
        sections.append(
            ("Riwayat Revisi Notulen", [_revision_table(meeting.revisions, st, table_width)])
        )
    for n, (heading, flow) in enumerate(sections, start=1):
        story.append(CondPageBreak(3 * cm))
        story.append(Paragraph(f"{n}. {escape(heading)}", st.heading))
        story.extend(flow)
    story.append(Spacer(1, 0.4 * cm))
    story.append(
        KeepTogether(
            [
                Paragraph(
                    "Demikian notulen ini dibuat untuk dipergunakan sebagaimana mestinya.", st.body
                ),
                Spacer(1, 0.4 * cm),
                _signatures(meeting, office, st, frame_width),
            ]
        )
    )
    pdf = build_pdf(
        story,
        office,
        title=f"Notulen - {meeting.title}",
        verification_code=meeting.verification_code,
        kop_first_page=True,
    )
    return write_output(pdf, out)
