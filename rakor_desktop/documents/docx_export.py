"""The Notulen as a Word document (.docx), for offices that must edit before signing.

Some Setda still pass the minutes through Word (a Kabag adds a paragraph, the
letter number is filled in by the TU). This export carries the same content as
the PDF (kop, field block, Kegiatan Rapat per agenda item, decisions, directives,
follow-up matrix, OPD reports, revision history, signatures) in plain Word
structures (paragraphs, tables) that survive editing. It is not a finalized
record: the verification code belongs to the PDF only.

Same inputs as the PDF renderers (no database, no Qt). Needs ``python-docx``.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any, BinaryIO

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from rakor_desktop.documents.data import MeetingData, OfficeData, RevisionData, SignatoryData
from rakor_desktop.documents.text import (
    format_date,
    format_long_date,
    format_nip,
    format_percent,
    format_short_date,
    format_time_range,
    join_nonempty,
)

FONT = "Arial"  # Liberation Sans is metric-compatible and stands in where Arial is absent
BODY_PT = 12
CELL_PT = 9
PAPER_CM = {"A4": (21.0, 29.7), "F4": (21.5, 33.0)}
#: XML 1.0 forbids most control characters; Word refuses a file containing them.
_XML_BAD = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _text(value: object) -> str:
    return _XML_BAD.sub("", str(value or "")).replace("\r\n", "\n").replace("\r", "\n")


def _set_font(run, size: float = BODY_PT, *, bold: bool = False, italic: bool = False) -> None:
    run.font.name = FONT
    run.font.size = Pt(size)
    run.bold = bold
    run.italic = italic
    fonts = run._element.get_or_add_rPr().get_or_add_rFonts()
    fonts.set(qn("w:eastAsia"), FONT)


def _para(
    container,
    text: str = "",
    *,
    size: float = BODY_PT,
    bold: bool = False,
    italic: bool = False,
    align: int | None = None,
    indent_cm: float = 0.0,
    space_after: float = 4.0,
    style: str | None = None,
):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    if text:
        _set_font(p.add_run(_text(text)), size, bold=bold, italic=italic)
    if align is not None:
        p.alignment = align
    fmt = p.paragraph_format
    fmt.space_after = Pt(space_after)
    fmt.space_before = Pt(0)
    if indent_cm:
        fmt.left_indent = Cm(indent_cm)
    return p


def _borders(table) -> None:
    """Single black grid lines (the default table style of a blank document has none)."""
    props = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), "4")
        el.set(qn("w:color"), "000000")
        borders.append(el)
    props.append(borders)


def _widths(table, widths_cm: Sequence[float]) -> None:
    """Fixed column widths: Word honours cell widths, LibreOffice the grid columns."""
    table.autofit = False
    grid = table._tbl.tblGrid
    for col, width in zip(grid.findall(qn("w:gridCol")), widths_cm, strict=False):
        col.set(qn("w:w"), str(int(Cm(width).twips)))
    for column, width in zip(table.columns, widths_cm, strict=False):
        column.width = Cm(width)
        for cell in column.cells:
            cell.width = Cm(width)


def _repeat_header(row) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


def _cell(
    cell,
    text: str,
    *,
    size: float = CELL_PT,
    bold: bool = False,
    center: bool = False,
    extra: Sequence[str] = (),
) -> None:
    p = cell.paragraphs[0]
    _set_font(p.add_run(_text(text)), size, bold=bold)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for line in extra:
        q = cell.add_paragraph()
        _set_font(q.add_run(_text(line)), size - 1.5, italic=True)


def _grid(
    doc, headers: Sequence[str], rows: Sequence[Sequence[object]], widths_cm: Sequence[float]
):
    table = doc.add_table(rows=1, cols=len(headers))
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    _borders(table)
    for cell, title, width in zip(table.rows[0].cells, headers, widths_cm, strict=True):
        cell.width = Cm(width)
        _cell(cell, title, bold=True, center=True)
    _repeat_header(table.rows[0])
    for values in rows:
        cells = table.add_row().cells
        for i, (cell, value) in enumerate(zip(cells, values, strict=True)):
            cell.width = Cm(widths_cm[i])
            if isinstance(value, tuple):
                _cell(cell, value[0], extra=value[1:], center=i == 0)
            else:
                _cell(cell, str(value), center=i == 0)
    _widths(table, widths_cm)
    return table


def _page(doc, office: OfficeData) -> None:
    width, height = PAPER_CM[office.paper]
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(width), Cm(height)
    section.top_margin = Cm(min(office.margin_top_cm, 1.5))  # the kop sits near the top
    section.bottom_margin = Cm(office.margin_bottom_cm)
    section.left_margin = Cm(office.margin_left_cm)
    section.right_margin = Cm(office.margin_right_cm)
    normal = doc.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(BODY_PT)


def _kop(doc, office: OfficeData) -> None:
    logo = office.logo_path if office.logo_path and Path(office.logo_path).is_file() else None
    if office.bupati_variant:
        if logo:
            p = _para(doc, align=WD_ALIGN_PARAGRAPH.CENTER)
            p.add_run().add_picture(str(logo), height=Cm(2.3))
        from rakor_desktop.documents.letterhead import head_title

        _para(doc, head_title(office), size=16, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    else:
        table = doc.add_table(rows=1, cols=2)
        left, right = table.rows[0].cells
        _widths(table, (2.8, 13.2))
        if logo:
            left.paragraphs[0].add_run().add_picture(str(logo), height=Cm(2.5))
        p = right.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _set_font(p.add_run(_text(office.regency_name).upper()), 14)
        for text, size, bold in ((office.unit_name, 16, True), (office.address_line, 8, False)):
            q = right.add_paragraph()
            q.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _set_font(q.add_run(_text(text)), size, bold=bold)
    rule = _para(doc, space_after=8)
    border = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    bottom.set(qn("w:val"), "thickThinSmallGap")
    bottom.set(qn("w:sz"), "18")
    bottom.set(qn("w:color"), "000000")
    border.append(bottom)
    rule._p.get_or_add_pPr().append(border)


def _signatory_line(s: SignatoryData | None) -> str:
    if s is None:
        return "-"
    role = join_nonempty([s.prefix.strip(), s.role_label.strip()], " ")
    return f"{s.person.name} ({role})" if role else s.person.name


def _fields(doc, meeting: MeetingData, office: OfficeData, present: int) -> None:
    zone = office.time_zone
    letter = join_nonempty(
        [
            f"Nomor {meeting.letter_number}" if meeting.letter_number.strip() else "",
            f"tanggal {format_date(meeting.letter_date)}" if meeting.letter_date else "",
        ]
    )
    secretary = meeting.secretary
    rows = [
        ("Sidang/Rapat", meeting.title),
        ("Hari/Tanggal", format_long_date(meeting.starts_at, zone)),
        ("Surat Undangan", letter or "-"),
        ("Waktu", format_time_range(meeting.starts_at, meeting.ends_at, zone)),
        ("Tempat", meeting.place),
        ("Acara", meeting.agenda or "-"),
        ("Pimpinan Rapat", _signatory_line(meeting.chair)),
        (
            "Sekretaris Rapat",
            join_nonempty([secretary.name, secretary.jabatan], " / ") if secretary else "-",
        ),
        ("Pencatat", meeting.notulis.person.name if meeting.notulis else "-"),
        ("Peserta Rapat", f"{present} orang (daftar hadir terlampir)"),
    ]
    table = doc.add_table(rows=0, cols=3)
    for label, value in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, (label, ":", value), strict=True):
            _cell(cell, text, size=BODY_PT)
    _widths(table, (4.2, 0.5, 11.3))


def _notes(doc, text: str, indent: float) -> None:
    for line in _text(text).split("\n"):
        stripped = line.strip()
        if not stripped:
            continue
        if stripped[:1] in "-*\u2022":
            _para(doc, "\u2022 " + stripped[1:].strip(), indent_cm=indent + 0.5)
        else:
            _para(doc, stripped, indent_cm=indent, align=WD_ALIGN_PARAGRAPH.JUSTIFY)


def _numbered(doc, items: Sequence[str]) -> None:
    entries = [i for i in items if i.strip()]
    if not entries:
        _para(doc, "-", indent_cm=0.7)
    for n, text in enumerate(entries, start=1):
        _para(doc, f"{n}. {text}", indent_cm=0.7)


def minutes_docx(
    meeting: MeetingData, office: OfficeData, out: Path | str | BinaryIO | None = None
) -> bytes:
    """The Notulen as .docx bytes (written to ``out`` when given)."""
    from rakor_desktop.documents.attendance import attendance_summary

    doc = Document()
    _page(doc, office)
    _kop(doc, office)
    _para(doc, "NOTULEN", size=BODY_PT + 2, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    _fields(doc, meeting, office, attendance_summary(meeting.attendees).present)
    _para(doc, "Kegiatan Rapat:", bold=True)
    sections: list[tuple[str, object]] = [("Kata Pembukaan", meeting.opening_remarks)]
    sections.append(("Pembahasan", meeting.agenda_items))
    decisions = [d for item in meeting.agenda_items for d in item.decisions]
    directives = [d for item in meeting.agenda_items for d in item.directives]
    sections.append(("Keputusan/Kesimpulan", decisions))
    if directives:
        sections.append(("Arahan Pimpinan", directives))
    if meeting.followups:
        sections.append(("Matriks Tindak Lanjut", meeting.followups))
    if meeting.opd_reports:
        sections.append(("Laporan Perangkat Daerah", meeting.opd_reports))
    if meeting.revisions:
        sections.append(("Riwayat Revisi Notulen", meeting.revisions))
    for n, (heading, content) in enumerate(sections, start=1):
        _para(doc, f"{n}. {heading}", bold=True)
        if heading == "Kata Pembukaan":
            _notes(doc, str(content) or "-", 0.7)
        elif heading == "Pembahasan":
            for i, item in enumerate(meeting.agenda_items, start=1):
                _para(doc, f"{i}) {item.title}", bold=True, indent_cm=0.7)
                if item.presenter.strip():
                    _para(doc, f"Penyaji: {item.presenter}", italic=True, indent_cm=1.4)
                if item.notes.strip():
                    _notes(doc, item.notes, 1.4)
        elif heading in ("Keputusan/Kesimpulan", "Arahan Pimpinan"):
            _numbered(doc, content)  # type: ignore[arg-type]
        elif heading == "Matriks Tindak Lanjut":
            rows: list[tuple[Any, ...]] = []
            for f in meeting.followups:
                carried = f"dibawa {f.carried_count} kali" if f.carried_count > 0 else ""
                status = (f.status or "-", carried) if carried else f.status or "-"
                due = format_short_date(f.due_date) if f.due_date else "-"
                rows.append((str(f.number), f.problem, f.action, f.organization, due, status))
            _grid(doc, ("No", "Permasalahan/Arahan", "Tindak Lanjut", "Penanggung Jawab (OPD)",
                        "Batas Waktu", "Status"), rows, (1.0, 4.0, 4.0, 3.0, 2.0, 2.0))  # fmt: skip
        elif heading == "Laporan Perangkat Daerah":
            rows = []
            for k, r in enumerate(meeting.opd_reports, start=1):
                extra = []
                if r.innovation.strip():
                    extra.append(f"Inovasi: {r.innovation}")
                if r.indicators:
                    extra.append("; ".join(f"{a}: {b}" for a, b in r.indicators.items()))
                details = (r.obstacles or "-", *extra) if extra else r.obstacles or "-"
                rows.append((str(k), r.organization, format_percent(r.budget_pct),
                             format_percent(r.physical_pct), details))  # fmt: skip
            _grid(doc, ("No", "Perangkat Daerah", "Realisasi Anggaran (%)", "Realisasi Fisik (%)",
                        "Kendala"), rows, (1.0, 4.3, 2.2, 2.2, 6.3))  # fmt: skip
        else:
            rows = [
                (str(n), format_date(d), reason)
                for n, d, reason in (RevisionData(*r) for r in meeting.revisions)
            ]
            _grid(doc, ("Revisi ke-", "Tanggal", "Alasan Perubahan"), rows, (2.0, 3.6, 10.0))
    _para(doc, "")
    _para(doc, "Demikian notulen ini dibuat untuk dipergunakan sebagaimana mestinya.")
    _signatures(doc, meeting, office)
    buffer = io.BytesIO()
    doc.save(buffer)
    data = buffer.getvalue()
    if out is not None:
        from rakor_desktop.documents.layout import write_output

        write_output(data, out)
    return data


def _signature_lines(s: SignatoryData | None) -> list[tuple[str, bool]]:
    if s is None:
        return [("", False)] * 4 + [("(....................................)", False)]
    prefix, role = s.prefix.strip(), s.role_label.strip()
    if prefix and " " not in prefix and prefix.endswith("."):
        lines = [f"{prefix} {role},"]
    else:
        lines = [line for line in (prefix, f"{role},") if line.strip(",")]
    out = [(line, False) for line in lines] + [("", False)] * 3 + [(s.person.name, True)]
    if s.show_nip and s.person.pangkat.strip():
        out.append((s.person.pangkat, False))
    nip = format_nip(s.person.nip) if s.show_nip else ""
    if nip:
        out.append((f"NIP {nip}", False))
    return out


def _signatures(doc, meeting: MeetingData, office: OfficeData) -> None:
    table = doc.add_table(rows=1, cols=2)
    place = f"{office.city}, {format_date(meeting.starts_at, office.time_zone)}"
    columns = (
        [("", False), ("Notulis,", False), *_signature_lines(meeting.notulis)],
        [(place, False), ("Pimpinan Rapat,", False), *_signature_lines(meeting.chair)],
    )
    _widths(table, (8.0, 8.0))
    for cell, lines in zip(table.rows[0].cells, columns, strict=True):
        first = True
        for text, bold in lines:
            p = cell.paragraphs[0] if first else cell.add_paragraph()
            first = False
            if text:
                run = p.add_run(_text(text))
                _set_font(run, BODY_PT, bold=bold)
                run.underline = bold
