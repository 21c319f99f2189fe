"""Pengingat Tindak Lanjut: one OPD's open directives that are due soon or overdue.

Sent on the office's schedule (e.g. every Monday), so that last month's directives
are not first remembered at the next Rakor. Overdue items come first and say by how
many days; the letter asks for the progress form back.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Paragraph, Spacer

from rakor_desktop.documents.data import OfficeData
from rakor_desktop.documents.layout import (
    Margins,
    Output,
    build_pdf,
    page_size,
    styles,
    write_output,
)
from rakor_desktop.documents.letterhead import Letterhead
from rakor_desktop.documents.tables import grid_table
from rakor_desktop.documents.text import escape, format_date, format_long_date, markup

HEADERS = ("No", "Arahan / Tindak Lanjut", "Rapat", "Batas Waktu", "Keadaan", "Progres")
_SHARES = (0.9, 7.2, 4.0, 2.6, 2.8, 2.2)


@dataclass(frozen=True, slots=True)
class ReminderItem:
    action: str
    problem: str
    meeting: str
    meeting_day: date
    due_date: date
    percent: int
    status: str  # effective status label ("Belum", "Dalam proses", "Terlambat")


def standing(item: ReminderItem, today: date) -> str:
    days = (item.due_date - today).days
    if days < 0:
        return f"Terlambat {-days} hari"
    if days == 0:
        return "Jatuh tempo hari ini"
    return f"{days} hari lagi"


def render_reminder(
    organization: str,
    items: Sequence[ReminderItem],
    office: OfficeData,
    today: date,
    within_days: int,
    out: Output = None,
) -> bytes:
    st = styles(12.0, 10.0)
    width = page_size(office)[0]
    m = Margins.of(office)
    frame = width - m.left - m.right
    overdue = sum(1 for i in items if i.due_date < today)
    story: list[Flowable] = [
        Letterhead(office),
        Paragraph("PENGINGAT TINDAK LANJUT", st.title),
        Paragraph(f"Kepada Yth. Kepala {markup(organization)}", st.center),
        Paragraph(escape(f"Keadaan per {format_long_date(today)}"), st.subtitle),
        Paragraph(
            escape(
                f"Berikut {len(items)} tindak lanjut arahan pimpinan untuk perangkat daerah "
                f"Bapak/Ibu yang sudah lewat batas waktu ({overdue}) atau jatuh tempo dalam "
                f"{within_days} hari ke depan ({len(items) - overdue}). Mohon progresnya "
                "dilaporkan melalui formulir progres sebelum rapat koordinasi berikutnya."
            ),
            st.body,
        ),
        Spacer(1, 0.3 * cm),
    ]
    total = sum(_SHARES)
    widths = [frame * s / total for s in _SHARES]
    rows: list[list[object]] = [[Paragraph(escape(h), st.cell_header) for h in HEADERS]]
    for n, item in enumerate(items, start=1):
        what = [Paragraph(markup(item.action or item.problem), st.cell)]
        if item.action and item.problem:
            what.append(Paragraph(markup(item.problem), st.cell_small))
        late = item.due_date < today
        state = escape(standing(item, today))
        rows.append([
            Paragraph(str(n), st.cell_center),
            what,
            [Paragraph(markup(item.meeting), st.cell),
             Paragraph(escape(format_date(item.meeting_day)), st.cell_small)],
            Paragraph(escape(format_date(item.due_date)), st.cell_center),
            Paragraph(f"<b>{state}</b>" if late else state, st.cell_center),
            Paragraph(f"{item.percent}%", st.cell_center),
        ])  # fmt: skip
    story.append(grid_table(rows, widths))
    pdf = build_pdf(story, office, title=f"Pengingat Tindak Lanjut - {organization}",
                    kop_first_page=True)  # fmt: skip
    return write_output(pdf, out)
