from __future__ import annotations

import re
from dataclasses import replace

from rakor_desktop.documents.data import FollowUpData, MeetingData, OfficeData
from rakor_desktop.documents.fixtures import HOSTILE_MARKUP, sample_meeting
from rakor_desktop.documents.followups import _SHARES, HEADERS, render_followups
from rakor_desktop.documents.text import format_date

from .pdftools import all_text, page_sizes, page_texts, squashed, table_cells, word_boxes


def _edges(office: OfficeData) -> list[float]:
    left = office.margin_left_cm / 2.54 * 72
    width = 297 / 25.4 * 72 - left - office.margin_right_cm / 2.54 * 72
    edges = [left]
    for share in _SHARES:
        edges.append(edges[-1] + width * share / sum(_SHARES))
    return edges


def test_matrix_columns_and_rows(meeting: MeetingData, office: OfficeData) -> None:
    pdf = render_followups(meeting, office)
    width, height = page_sizes(pdf)[0]
    assert width > height
    first = page_texts(pdf)[0]
    assert "MATRIKS TINDAK LANJUT" in first
    assert "Senin, 25 Agustus 2025, pukul 09.00 - 12.00 WIB" in first
    raw = squashed(page_texts(pdf, layout=False)[0])
    for header in HEADERS:
        assert squashed(header) in raw
    table = table_cells(
        pdf,
        _edges(office),
        header_word="Keterangan",
        bottom_margin=office.margin_bottom_cm / 2.54 * 72,
    )
    assert sorted(table) == [f.number for f in meeting.followups]
    for item in meeting.followups:
        cells = [squashed(c) for c in table[item.number]]
        assert cells[1] == squashed(item.problem)
        assert cells[2] == squashed(item.action)
        assert cells[3] == squashed(item.organization)
        assert cells[4] == squashed(format_date(item.due_date))
        assert cells[5] == squashed(item.status)
        carried = f"dibawa {item.carried_count} kali" if item.carried_count else ""
        assert cells[6] == squashed(item.remark + carried)


def test_header_row_repeats_on_every_page(office: OfficeData) -> None:
    meeting = sample_meeting(attendees=5, followups=50)
    pages = word_boxes(render_followups(meeting, office))
    assert len(pages) >= 4
    for page in pages:
        assert page.find("Permasalahan/Arahan") and page.find("Keterangan")
    numbers = [
        int(w.text)
        for page in pages
        for w in page.words
        if w.text.isdigit()
        and w.x0 < office.margin_left_cm / 2.54 * 72 + 30
        and w.y0 < page.height - 60
    ]
    assert numbers == list(range(1, 51))


def test_hostile_and_oversized_cells(hostile: MeetingData, office: OfficeData) -> None:
    essay = "Kalimat panjang tentang kendala lapangan. " * 200
    huge = FollowUpData(number=99, problem=essay, action="Tindak lanjut", organization="Dinas")
    pdf = render_followups(replace(hostile, followups=[*hostile.followups, huge]), office)
    assert HOSTILE_MARKUP in all_text(pdf)
    words = [w.text for page in word_boxes(pdf) for w in page.words]
    assert words.count("Kalimat") == 200  # the row split over pages, nothing lost


def test_no_followups(meeting: MeetingData, office: OfficeData) -> None:
    text = all_text(render_followups(replace(meeting, followups=[]), office))
    assert "Belum ada tindak lanjut yang dicatat." in text
    assert re.search(r"Halaman 1 dari 1", text)
