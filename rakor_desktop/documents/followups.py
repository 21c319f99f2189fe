"""Matriks Tindak Lanjut: every directive with its OPD, deadline and status.

Printed landscape because the seven columns carry long sentences; the same rows
(minus Keterangan) go into the Notulen. Items carried over from earlier meetings
say so ("dibawa 2 kali"), which is what makes a forgotten directive visible at
the next Rakor.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Paragraph

from rakor_desktop.documents.data import FollowUpData, MeetingData, OfficeData
from rakor_desktop.documents.layout import (
    Margins,
    Output,
    Styles,
    build_pdf,
    page_size,
    styles,
    write_output,
)
from rakor_desktop.documents.tables import grid_table
from rakor_desktop.documents.text import (
    escape,
    format_date,
    format_long_date,
    format_short_date,
    format_time_range,
    markup,
)

HEADERS = (
    "No",
    "Permasalahan/Arahan",
    "Tindak Lanjut",
    "Penanggung Jawab (OPD)",
    "Batas Waktu",
    "Status",
    "Keterangan",
)
#: Relative column widths, scaled to the frame (landscape A4 gives 24.7 cm).
_SHARES = (1.0, 6.0, 6.0, 3.7, 2.6, 2.3, 3.1)
_SHARES_NO_REMARK = (0.8, 4.0, 4.0, 3.1, 2.0, 2.1)


def carried_text(item: FollowUpData) -> str:
    return f"dibawa {item.carried_count} kali" if item.carried_count > 0 else ""


def followup_table(
    items: Sequence[FollowUpData],
    st: Styles,
    width: float,
    *,
    with_remark: bool = True,
    align: str = "CENTER",
) -> Flowable:
    """The matrix as a table; without Keterangan the carry-over note goes under Status."""
    shares = _SHARES if with_remark else _SHARES_NO_REMARK
    total = sum(shares)
    widths = [width * s / total for s in shares]
    headers = HEADERS if with_remark else HEADERS[:-1]
    rows: list[list[object]] = [[Paragraph(escape(h), st.cell_header) for h in headers]]
    for item in items:
        date_text = format_date if with_remark else format_short_date
        due = date_text(item.due_date) if item.due_date else "-"
        status: list[Paragraph] = [Paragraph(markup(item.status or "-"), st.cell_center)]
        carried = carried_text(item)
        row: list[object] = [
            Paragraph(str(item.number), st.cell_center),
            Paragraph(markup(item.problem), st.cell),
            Paragraph(markup(item.action), st.cell),
            Paragraph(markup(item.organization), st.cell),
            Paragraph(escape(due), st.cell_center),
            status,
        ]
        if with_remark:
            remark = [Paragraph(markup(item.remark), st.cell)] if item.remark.strip() else []
            if carried:
                remark.append(Paragraph(escape(carried), st.cell_small))
            row.append(remark)
        elif carried:
            status.append(Paragraph(escape(carried), st.cell_small))
        rows.append(row)
    return grid_table(rows, widths, align=align)


def render_followups(meeting: MeetingData, office: OfficeData, out: Output = None) -> bytes:
    """Landscape follow-up matrix of one meeting."""
    st = styles(12.0, 10.0)
    width = page_size(office, landscape=True)[0]
    m = Margins.of(office)
    frame_width = width - m.left - m.right
    zone = office.time_zone
    when = (
        f"{format_long_date(meeting.starts_at, zone)}, "
        f"{format_time_range(meeting.starts_at, meeting.ends_at, zone)}"
    )
    story: list[Flowable] = [
        Paragraph("MATRIKS TINDAK LANJUT", st.title),
        Paragraph(markup(meeting.title), st.center),
        Paragraph(f"{escape(when)} \u00b7 {markup(meeting.place)}", st.subtitle),
    ]
    if meeting.followups:
        story.append(followup_table(meeting.followups, st, frame_width))
    else:
        story.append(Paragraph("Belum ada tindak lanjut yang dicatat.", st.body))
    story[-1].spaceAfter = 0.3 * cm
    pdf = build_pdf(
        story,
        office,
        title=f"Matriks Tindak Lanjut - {meeting.title}",
        verification_code=meeting.verification_code,
        landscape=True,
    )
    return write_output(pdf, out)
