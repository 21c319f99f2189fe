from __future__ import annotations

import io
import re
from dataclasses import replace

import pytest
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas

from rakor_desktop.documents.attendance import (
    _SHARES,
    HEADERS,
    attendance_summary,
    render_attendance,
)
from rakor_desktop.documents.data import AttendeeData, MeetingData, OfficeData, PersonData
from rakor_desktop.documents.fixtures import (
    HOSTILE_LONG_WORD,
    HOSTILE_MARKUP,
    sample_meeting,
)
from rakor_desktop.documents.strokes import SignatureCell
from rakor_desktop.documents.text import format_nip

from .pdftools import Page, Word, all_text, content_ops, page_texts, squashed, word_boxes


@pytest.fixture(scope="module")
def pdf(meeting: MeetingData, office: OfficeData) -> bytes:
    return render_attendance(meeting, office)


@pytest.fixture(scope="module")
def big() -> MeetingData:
    return sample_meeting(attendees=300)


@pytest.fixture(scope="module")
def big_pdf(big: MeetingData, office: OfficeData) -> bytes:
    return render_attendance(big, office)


def _columns(office: OfficeData) -> list[tuple[float, float]]:
    """x ranges of the six columns, in points."""
    left = office.margin_left_cm * cm
    width = 21 * cm - left - office.margin_right_cm * cm
    edges = [left]
    for share in _SHARES:
        edges.append(edges[-1] + width * share / sum(_SHARES))
    return list(zip(edges, edges[1:], strict=False))


def _in(word: Word, column: tuple[float, float]) -> bool:
    return column[0] - 0.5 <= word.x0 < column[1]


def _rows(page: Page, office: OfficeData) -> list[tuple[int, float, float]]:
    """(number, top, bottom) of each attendee row found in the No column."""
    cols = _columns(office)
    header = max(w.y1 for w in page.find("Tangan"))
    numbers = sorted(
        (w.y0, int(w.text))
        for w in page.words
        if _in(w, cols[0]) and w.text.isdigit() and w.y0 > header
    )
    ends = [y for y, _ in numbers[1:]] + [page.height - office.margin_bottom_cm * cm]
    return [(n, y, end) for (y, n), end in zip(numbers, ends, strict=True)]


def _cell_text(page: Page, column: tuple[float, float], top: float, bottom: float) -> str:
    words = [w for w in page.words if _in(w, column) and top - 1 <= w.y0 < bottom - 1]
    return " ".join(w.text for w in sorted(words, key=lambda w: (w.y0, w.x0)))


def _table(pdf: bytes, office: OfficeData) -> dict[int, list[str]]:
    """Cell texts of every attendee row, keyed by number, read by position."""
    cols = _columns(office)
    table: dict[int, list[str]] = {}
    for page in word_boxes(pdf):
        if not page.find("Tangan"):
            continue
        for number, top, bottom in _rows(page, office):
            table[number] = [_cell_text(page, col, top, bottom) for col in cols]
    return table


def test_meeting_header_and_columns(pdf: bytes) -> None:
    first = page_texts(pdf)[0]
    assert "DAFTAR HADIR" in first
    assert re.search(r"Acara\s+:\s+Rapat Koordinasi Penyelenggaraan", first)
    assert re.search(r"Hari/Tanggal\s+:\s+Senin, 25 Agustus 2025", first)
    assert re.search(r"Waktu\s+:\s+pukul 09\.00 - 12\.00 WIB", first)
    assert re.search(r"Tempat\s+:\s+Sasana Bhakti Praja", first)
    for header in HEADERS:
        assert squashed(header) in squashed(page_texts(pdf, layout=False)[0])


def test_attendees_with_markers(pdf: bytes, meeting: MeetingData, office: OfficeData) -> None:
    table = _table(pdf, office)
    assert sorted(table) == [a.number for a in meeting.attendees]
    for a in meeting.attendees:
        _, name, nip, jabatan, organization, _ = (squashed(c) for c in table[a.number])
        assert name.startswith(squashed(a.person.name))
        assert nip == (squashed(format_nip(a.person.nip)) or "-")
        assert jabatan == squashed(a.person.jabatan)
        assert organization == squashed(a.person.organization)
        if a.delegate_for:
            assert squashed(f"mewakili {a.delegate_for}") in name
        if a.walk_in:
            assert "(tidakdiundang)" in name
        assert ("terlambat" in name) == a.late
    text = all_text(pdf)
    assert "terlambat" in text
    assert re.search(r"pukul 0[89]\.\d\d WIB", text)
    absent = next(a for a in meeting.attendees if a.status == "Tugas Luar")
    assert f"{absent.number}. Tugas Luar" in text


def test_summary_counts(pdf: bytes, meeting: MeetingData) -> None:
    text = page_texts(pdf)[-1]
    summary = attendance_summary(meeting.attendees)
    assert summary.counts["Diwakili"] > 0 and summary.counts["Tidak diundang"] > 0
    assert "Rekapitulasi Kehadiran" in text
    for label, count in summary.counts.items():
        assert re.search(rf"^\s*{re.escape(label)}\s+{count} orang\s*$", text, re.M), label
    assert re.search(rf"Jumlah\s+{len(meeting.attendees)} orang", text)


def test_signature_column_is_staggered(pdf: bytes, office: OfficeData) -> None:
    page = word_boxes(pdf)[0]
    sig = _columns(office)[-1]
    middle = (sig[0] + sig[1]) / 2
    labels = [
        (int(w.text[:-1]), w) for w in page.words if _in(w, sig) and re.fullmatch(r"\d+\.", w.text)
    ]
    assert len(labels) >= 8
    for number, word in labels:
        assert (word.x0 < middle) == (number % 2 == 1), number


def test_captured_signatures_are_vector_strokes(
    pdf: bytes, meeting: MeetingData, office: OfficeData
) -> None:
    filled = sum(1 for _, op in content_ops(pdf, 0) if op == b"l")
    blank = render_attendance(meeting, office, blank=True)
    empty = sum(1 for _, op in content_ops(blank, 0) if op == b"l")
    assert filled > empty + 300  # ~40 points per signature


def test_stroke_scaling_stays_in_its_half() -> None:
    recorded: list[str] = []
    canvas = Canvas(io.BytesIO())
    canvas.drawPath = lambda path, **kw: recorded.extend(path.getCode().split("\n"))  # type: ignore[method-assign]
    strokes = [[(0.0, 0.0), (1.0, 1.0)], [(0.5, float("nan")), (2.0, -1.0), (0.2, 0.3)]]
    for number, (lo, hi) in ((1, (0, 50)), (2, (50, 100))):
        recorded.clear()
        cell = SignatureCell(number, 100, 30, strokes=strokes)
        cell.wrap(100, 30)
        cell.drawOn(canvas, 0, 0)
        ops = [
            op.split()
            for op in " ".join(recorded).replace(" m", " m\n").replace(" l", " l\n").splitlines()
        ]
        points = [(float(op[-3]), float(op[-2])) for op in ops if op and op[-1] in ("m", "l")]
        assert len(points) == 4  # the NaN point is skipped
        assert all(lo <= x <= hi and 0 <= y <= 30 for x, y in points), points
        assert points[0][1] > points[1][1]  # pad y grows downwards, PDF y upwards


def test_rows_never_split_and_headers_repeat(
    big_pdf: bytes, big: MeetingData, office: OfficeData
) -> None:
    pages = word_boxes(big_pdf)
    texts = page_texts(big_pdf)
    assert len(pages) >= 10
    cols = _columns(office)
    by_number = {a.number: a for a in big.attendees}
    seen: list[int] = []
    for index, (page, text) in enumerate(zip(pages, texts, strict=True)):
        assert "DAFTAR HADIR" in text and "Hari/Tanggal" in text and "Acara" in text
        assert "Senin, 25 Agustus 2025" in text
        if index == len(pages) - 1 and not page.find("Tangan"):
            assert "Rekapitulasi Kehadiran" in text  # the summary alone may take the last page
            continue
        assert page.find("Tanda") and page.find("Tangan") and page.find("Instansi/Unit")
        rows = _rows(page, office)
        assert rows, "a page without attendee rows"
        labels = {
            int(w.text[:-1])
            for w in page.words
            if _in(w, cols[-1]) and re.fullmatch(r"\d+\.", w.text)
        }
        assert labels == {n for n, _, _ in rows}
        for number, top, bottom in rows:
            person = by_number[number].person
            name_cell = squashed(_cell_text(page, cols[1], top, bottom))
            assert name_cell.startswith(squashed(person.name)), (number, name_cell)
            nip_cell = squashed(_cell_text(page, cols[2], top, bottom))
            assert nip_cell == (squashed(format_nip(person.nip)) or "-"), (number, nip_cell)
        seen.extend(n for n, _, _ in rows)
    assert seen == list(range(1, 301))


def test_blank_list_for_pen(meeting: MeetingData, office: OfficeData) -> None:
    pdf = render_attendance(meeting, office, blank=True, extra_rows=4)
    text = all_text(pdf)
    table = _table(pdf, office)
    assert sorted(table) == list(range(1, len(meeting.invitees) + 5))
    for number, invitee in enumerate(meeting.invitees, start=1):
        assert squashed(table[number][1]) == squashed(invitee.person.name)
    assert table[len(meeting.invitees) + 1][1:5] == ["", "", "", ""]
    assert not re.search(r"pukul 0[89]\.\d\d WIB", text)
    assert "terlambat" not in text and "mewakili" not in text
    last = len(meeting.invitees) + 4
    assert f"{last}." in text and f"{last + 1}." not in text
    assert "Jumlah hadir: ........ orang" in text
    assert "Rekapitulasi" not in text


def test_hostile_cells_stay_in_the_table(hostile: MeetingData, office: OfficeData) -> None:
    pdf = render_attendance(hostile, office)
    text = all_text(pdf)
    assert HOSTILE_MARKUP in text
    columns = _columns(office)
    assert squashed(_table(pdf, office)[1][3]) == HOSTILE_LONG_WORD
    page = word_boxes(pdf)[0]
    jabatan = [w for w in page.words if w.text.startswith("Penyelenggaraan")]
    assert jabatan
    for word in jabatan:  # the 120-character word wraps inside the Jabatan column
        assert columns[3][0] <= word.x0 and word.x1 <= columns[3][1] + 0.5


def test_absurdly_long_cells_are_cut_not_fatal(meeting: MeetingData, office: OfficeData) -> None:
    person = PersonData(
        name="Nama " * 400,
        nip="196804111993031009",
        jabatan="Jabatan " * 500,
        organization="Instansi " * 500,
    )
    odd = replace(meeting, attendees=[AttendeeData(number=1, person=person)])
    text = all_text(render_attendance(odd, office))
    assert "\u2026" in text


def test_no_attendees_yet(meeting: MeetingData, office: OfficeData) -> None:
    text = all_text(render_attendance(replace(meeting, attendees=[]), office))
    assert "Belum ada peserta yang tercatat." in text
    assert re.search(r"Jumlah\s+0 orang", text)
