"""The Notulen as .docx: same content as the PDF, hostile text kept literally, valid XML."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest

from rakor_desktop.documents.data import MeetingData, OfficeData
from rakor_desktop.documents.fixtures import HOSTILE_LT, HOSTILE_MARKUP, sample_office

docx = pytest.importorskip("docx")

from rakor_desktop.documents.docx_export import minutes_docx  # noqa: E402


def _read(data: bytes):
    document = docx.Document(io.BytesIO(data))
    paragraphs = "\n".join(p.text for p in document.paragraphs)
    cells = "\n".join(c.text for t in document.tables for row in t.rows for c in row.cells)
    return document, paragraphs, cells


def test_fields_sections_tables_and_signatures(meeting: MeetingData, office: OfficeData) -> None:
    document, paragraphs, cells = _read(minutes_docx(meeting, office))
    assert "NOTULEN" in paragraphs and "Kegiatan Rapat:" in paragraphs
    for heading in ("1. Kata Pembukaan", "2. Pembahasan", "3. Keputusan/Kesimpulan",
                    "4. Arahan Pimpinan", "5. Matriks Tindak Lanjut",
                    "6. Laporan Perangkat Daerah"):  # fmt: skip
        assert heading in paragraphs, heading
    assert "Senin, 25 Agustus 2025" in cells and "pukul 09.00 - 12.00 WIB" in cells
    assert meeting.title in cells and "Sasana Bhakti Praja" in cells
    for item in meeting.followups:
        assert item.problem in cells
    assert "dibawa 1 kali" in cells
    assert "Notulis," in cells and "Pimpinan Rapat," in cells
    assert "NIP 19870215 200902 2 003" in cells  # the notulis; the Bupati has none
    assert "PEMERINTAH KABUPATEN PEMALANG" in cells and "SEKRETARIAT DAERAH" in cells
    section = document.sections[0]
    assert (round(section.page_width.cm, 1), round(section.page_height.cm, 1)) == (21.0, 29.7)
    assert round(section.left_margin.cm, 1) == 3.0


def test_hostile_text_and_control_characters(hostile: MeetingData) -> None:
    nasty = replace(hostile, opening_remarks="Awal\x00\x07 rapat\x0b selesai\ud800.")
    office = sample_office(paper="F4", bupati_variant=True)
    document, paragraphs, cells = _read(minutes_docx(nasty, office))
    assert HOSTILE_MARKUP in cells and HOSTILE_LT in cells  # literal, not markup
    assert "Awal rapat selesai." in paragraphs
    assert "BUPATI PEMALANG" in paragraphs
    assert "Riwayat Revisi Notulen" in paragraphs and "Perbaikan nama peserta" in cells
    section = document.sections[0]
    assert (round(section.page_width.cm, 1), round(section.page_height.cm, 1)) == (21.5, 33.0)


def test_writes_to_a_path(meeting: MeetingData, office: OfficeData, tmp_path) -> None:
    data = minutes_docx(meeting, office, tmp_path / "out" / "notulen.docx")
    assert (tmp_path / "out" / "notulen.docx").read_bytes() == data
    assert data[:2] == b"PK"  # a zip package, as Word expects
