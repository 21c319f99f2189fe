from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

import pytest

from rakor_desktop.documents.attendance import attendance_summary
from rakor_desktop.documents.data import MeetingData, OfficeData, PersonData, SignatoryData
from rakor_desktop.documents.fixtures import (
    HOSTILE_LONG_WORD,
    HOSTILE_LT,
    HOSTILE_MARKUP,
    sample_meeting,
    sample_office,
)
from rakor_desktop.documents.minutes import render_minutes
from rakor_desktop.documents.text import PLACEHOLDER

from .pdftools import all_text, page_texts, squashed, word_boxes


@pytest.fixture(scope="module")
def pdf(meeting: MeetingData, office: OfficeData) -> bytes:
    return render_minutes(meeting, office)


@pytest.fixture(scope="module")
def hostile_pdf(hostile: MeetingData, office: OfficeData) -> bytes:
    return render_minutes(hostile, office)


def _field(text: str, label: str) -> str:
    match = re.search(rf"^\s*{re.escape(label)}\s+:\s+(.+)$", text, re.M)
    assert match, f"field {label!r} missing"
    return match.group(1).strip()


def test_header_fields(pdf: bytes, meeting: MeetingData) -> None:
    first = page_texts(pdf)[0]
    assert re.search(r"^\s+NOTULEN\s*$", first, re.M)
    assert _field(first, "Sidang/Rapat").startswith("Rapat Koordinasi Penyelenggaraan")
    assert _field(first, "Hari/Tanggal") == "Senin, 25 Agustus 2025"
    assert _field(first, "Surat Undangan") == "Nomor 000.1.5/1234/2025, tanggal 18 Agustus 2025"
    assert _field(first, "Waktu") == "pukul 09.00 - 12.00 WIB"
    assert _field(first, "Tempat") == "Sasana Bhakti Praja"
    assert _field(first, "Acara").startswith("Evaluasi capaian kinerja triwulan")
    assert _field(first, "Pimpinan Rapat") == (
        "Dr. H. Anom Widiyantoro, S.H., M.H. (Bupati Pemalang)"
    )
    assert _field(first, "Sekretaris Rapat").startswith("Drs. Budi Raharjo, M.Si.")
    assert _field(first, "Pencatat") == "Rina Kusumawati, S.STP., M.Si."
    present = attendance_summary(meeting.attendees).present
    assert 0 < present < len(meeting.attendees)
    assert _field(first, "Peserta Rapat") == f"{present} orang (daftar hadir terlampir)"


def test_sections_in_order(pdf: bytes, meeting: MeetingData) -> None:
    text = all_text(pdf)
    headings = [
        "Kegiatan Rapat:",
        "1. Kata Pembukaan",
        "2. Pembahasan",
        "3. Keputusan/Kesimpulan",
        "4. Arahan Pimpinan",
        "5. Matriks Tindak Lanjut",
        "6. Laporan Perangkat Daerah",
    ]
    positions = [text.find(h) for h in headings]
    assert -1 not in positions, dict(zip(headings, positions, strict=True))
    assert positions == sorted(positions)
    for item in meeting.agenda_items:
        assert item.title in text
    assert "Penyaji: Kepala Dinas Kesehatan" in text
    assert "\u2022 Realisasi anggaran rata-rata 41,2%" in text
    assert "Riwayat Revisi" not in text


def test_decisions_and_directives_are_numbered(pdf: bytes, meeting: MeetingData) -> None:
    text = squashed(all_text(pdf))
    decisions = [d for item in meeting.agenda_items for d in item.decisions]
    for n, decision in enumerate(decisions, start=1):
        assert squashed(f"{n}. {decision}") in text


def test_follow_up_and_opd_tables(pdf: bytes, meeting: MeetingData) -> None:
    text = all_text(pdf, layout=False)  # reading order keeps wrapped headers together
    for header in (
        "Permasalahan/Arahan",
        "Tindak Lanjut",
        "Batas Waktu",
        "Status",
        "Realisasi Anggaran (%)",
        "Realisasi Fisik (%)",
        "Kendala",
    ):
        assert squashed(header) in squashed(text)
    assert "dibawa 1 kali" in text and "dibawa 2 kali" in text
    assert "12Sep2025" in squashed(text)
    first_report = meeting.opd_reports[0]
    assert f"{first_report.budget_pct:.1f}".replace(".", ",").rstrip("0").rstrip(",") in text


def test_signatures_side_by_side(pdf: bytes) -> None:
    last = word_boxes(pdf)[-1]
    notulis = last.find("Notulis,")[0]
    chair = last.find("Rapat,")[-1]
    assert notulis.x0 < last.width / 2 < chair.x0
    assert abs(notulis.y0 - chair.y0) < 1  # captions on one line
    rina = last.find("Rina")[0]
    anom = last.find("Anom")[0]
    assert rina.x0 < last.width / 2 < anom.x0
    assert abs(rina.y0 - anom.y0) < 1  # names on one baseline
    text = page_texts(pdf)[-1]
    assert "NIP 19870215 200902 2 003" in text
    assert "Pembina (IV/a)" in text
    assert text.count("NIP ") == 1  # the Bupati signs without NIP
    assert "Pemalang, 25 Agustus 2025" in text


def test_acting_prefix_and_hidden_nip(office: OfficeData) -> None:
    meeting = sample_meeting(attendees=3, agenda_items=1, followups=0, opd_reports=0)
    sekda = PersonData(
        "Drs. Budi Raharjo, M.Si.",
        "196804111993031009",
        "Sekretaris Daerah",
        "Pembina Utama Madya (IV/d)",
    )
    kabag = PersonData(
        "Rina Kusumawati, S.STP., M.Si.", "198702152009022003", "Kabag", "Pembina (IV/a)"
    )
    changed = replace(
        meeting,
        chair=SignatoryData(sekda, "Sekretaris Daerah", prefix="Plt."),
        notulis=SignatoryData(kabag, "Kepala Bagian Tata Pemerintahan", show_nip=False),
    )
    text = page_texts(render_minutes(changed, office))[-1]
    assert "Plt. Sekretaris Daerah," in text
    assert "NIP 19680411 199303 1 009" in text
    assert "19870215" not in text


def test_open_end_and_other_zone() -> None:
    meeting = replace(sample_meeting(attendees=3, followups=0, opd_reports=0), ends_at=None)
    office = replace(sample_office(), time_zone="WITA")
    first = page_texts(render_minutes(meeting, office))[0]
    assert _field(first, "Waktu") == "pukul 10.00 WITA - selesai"


def test_empty_meeting_still_renders(office: OfficeData) -> None:
    base = sample_meeting(attendees=0, agenda_items=0, followups=0, opd_reports=0)
    bare = replace(
        base,
        secretary=None,
        notulis=None,
        opening_remarks="",
        agenda="",
        letter_number="",
        letter_date=None,
    )
    text = all_text(render_minutes(bare, office))
    assert "0 orang (daftar hadir terlampir)" in text
    assert "Matriks Tindak Lanjut" not in text
    assert "(....................................)" in text


def test_hostile_strings_print_literally(hostile_pdf: bytes) -> None:
    text = all_text(hostile_pdf)
    assert f"Rapat {PLACEHOLDER} {HOSTILE_MARKUP}" in text
    assert HOSTILE_LT in text
    assert f"Rapat {PLACEHOLDER} {PLACEHOLDER} {PLACEHOLDER}" in text  # emoji + two Arabic words
    assert HOSTILE_LONG_WORD in squashed(text)


def test_long_note_flows_over_pages(hostile_pdf: bytes, hostile: MeetingData) -> None:
    note = hostile.agenda_items[0].notes
    long_part = note.split("\n\n")[-1].split("\n- ")[0]
    assert len(long_part) == 5000
    pages = [squashed(t) for t in page_texts(hostile_pdf)]
    # The note repeats its sentences, so locate it by what comes just before and after.
    before = next(i for i, t in enumerate(pages) if "Pesertamenyepakati" in t)
    after = next(i for i, t in enumerate(pages) if HOSTILE_LONG_WORD[:40] in t)
    assert after > before
    text = squashed(all_text(hostile_pdf))
    assert squashed(long_part)[:200] in text and squashed(long_part)[-200:] in text


def test_nothing_leaves_the_text_column(hostile_pdf: bytes, office: OfficeData) -> None:
    right_edge = 595.28 - office.margin_right_cm / 2.54 * 72
    for page in word_boxes(hostile_pdf):
        for word in page.words:
            assert word.x1 <= right_edge + 1.0, word
            assert word.x0 >= office.margin_left_cm / 2.54 * 72 - 1.0, word


def test_revisions_are_listed(hostile_pdf: bytes) -> None:
    text = all_text(hostile_pdf)
    assert "Riwayat Revisi Notulen" in text
    assert "26 Agustus 2025" in text
    assert "Perbaikan nama peserta" in text


def test_revision_tuples_are_accepted(office: OfficeData) -> None:
    meeting = replace(
        sample_meeting(attendees=2, followups=0, opd_reports=0),
        revisions=[(2, date(2025, 9, 1), "Koreksi kutipan arahan")],
    )
    assert "Koreksi kutipan arahan" in all_text(render_minutes(meeting, office))


def test_f4_has_fewer_pages_than_a4(hostile: MeetingData) -> None:
    a4 = len(page_texts(render_minutes(hostile, sample_office(paper="A4"))))
    f4 = len(page_texts(render_minutes(hostile, sample_office(paper="F4"))))
    assert f4 <= a4


def test_bold_from_the_notes_editor_prints_bold_not_asterisks(
    meeting: MeetingData, office: OfficeData
) -> None:
    """Issue 15 item 5: the editor shows ``**teks**`` as bold; the Notulen printed the
    asterisks. A balanced pair is bold in the PDF; a lone ``**`` stays as typed."""
    import subprocess

    item = replace(
        meeting.agenda_items[0],
        notes="- Serapan **wajib 75%** sebelum Oktober\nCatatan: 2 ** 3 tetap apa adanya",
    )
    out = render_minutes(replace(meeting, agenda_items=[item, *meeting.agenda_items[1:]]), office)
    text = all_text(out, layout=False)
    assert "wajib 75%" in text and "**wajib" not in text
    assert "2 ** 3" in text
    fonts = subprocess.run(["pdffonts", "-"], input=out, capture_output=True).stdout.decode()
    assert "LiberationSans-Bold" in fonts
