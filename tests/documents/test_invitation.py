from __future__ import annotations

import math
import re
from dataclasses import replace

import pytest
import segno

from rakor_desktop.documents.data import InviteeData, MeetingData, OfficeData, PersonData
from rakor_desktop.documents.fixtures import HOSTILE_LT, HOSTILE_MARKUP
from rakor_desktop.documents.invitation import render_invitation
from rakor_desktop.documents.qr import dark_runs, qr_matrix
from rakor_desktop.documents.qr_cards import CARDS_PER_SHEET
from rakor_desktop.documents.text import PLACEHOLDER

from .pdftools import all_text, content_ops, page_texts, squashed, word_boxes


@pytest.fixture(scope="module")
def pdf(meeting: MeetingData, office: OfficeData) -> bytes:
    return render_invitation(meeting, office)


def _field(text: str, label: str) -> str:
    match = re.search(rf"^\s*{re.escape(label)}\s+:\s+(.+)$", text, re.M)
    assert match, f"field {label!r} missing"
    return match.group(1).strip()


def test_letter_page(pdf: bytes) -> None:
    first = page_texts(pdf)[0]
    for line in (
        "PEMERINTAH KABUPATEN PEMALANG",
        "SEKRETARIAT DAERAH",
        "Yth. Bapak/Ibu (daftar terlampir)",
        "di Tempat",
        "a.n. Bupati Pemalang",
        "Sekretaris Daerah,",
        "Drs. Budi Raharjo, M.Si.",
        "Pembina Utama Madya (IV/d)",
        "NIP 19680411 199303 1 009",
        "Tembusan:",
        "1. Bupati Pemalang (sebagai laporan);",
        "2. Wakil Bupati Pemalang (sebagai laporan).",
    ):
        assert line in first, line
    assert _field(first, "Nomor") == "000.1.5/1234/2025"
    assert _field(first, "Sifat") == "Penting"
    assert _field(first, "Lampiran") == "1 (satu) berkas"
    assert _field(first, "Hal") == "Undangan Rapat Koordinasi"
    assert _field(first, "Hari/Tanggal") == "Senin, 25 Agustus 2025"
    assert _field(first, "Waktu") == "pukul 09.00 - 12.00 WIB"
    assert _field(first, "Tempat") == "Sasana Bhakti Praja"
    assert _field(first, "Acara").startswith("Evaluasi capaian kinerja triwulan")
    assert "Halaman 1 dari" in first


def test_place_and_date_at_the_right(pdf: bytes, office: OfficeData) -> None:
    page = word_boxes(pdf)[0]
    month = page.find("Agustus")[0]  # the first date on the page is the letter's
    city = next(w for w in page.words if w.text == "Pemalang," and abs(w.y0 - month.y0) < 1)
    year = min(
        (w for w in page.words if w.text == "2025" and abs(w.y0 - city.y0) < 1), key=lambda w: w.x0
    )
    right_edge = page.width - office.margin_right_cm / 2.54 * 72
    assert year.x1 == pytest.approx(right_edge, abs=1.0)
    left = office.margin_left_cm / 2.54 * 72
    nomor = [w for w in page.find("Nomor") if abs(w.x0 - left) < 1]  # not the kop's "Nomor 3"
    assert len(nomor) == 1 and nomor[0].y0 > city.y0


def test_attachment_lists_every_invitee(pdf: bytes, meeting: MeetingData) -> None:
    texts = page_texts(pdf)
    start = next(i for i, t in enumerate(texts) if "DAFTAR UNDANGAN" in t)
    assert start == 1
    assert "LAMPIRAN Surat Undangan" in texts[start]
    assert _field(texts[start], "Tanggal") == "18 Agustus 2025"
    listing = squashed("".join(t for t in texts[start:] if "Tunjukkan" not in t))
    for invitee in meeting.invitees:
        assert squashed(invitee.person.name) in listing


def test_card_sheets(pdf: bytes, meeting: MeetingData) -> None:
    texts = page_texts(pdf)
    sheets = [i for i, t in enumerate(texts) if "Tunjukkan kode QR" in t]
    assert len(sheets) == math.ceil(len(meeting.invitees) / CARDS_PER_SHEET)
    assert sheets == list(range(len(texts) - len(sheets), len(texts)))  # the sheets come last
    first = texts[sheets[0]]
    for invitee in meeting.invitees[:CARDS_PER_SHEET]:
        assert invitee.qr_payload in first  # printed small under the code
    assert first.count("Tunjukkan kode QR") == CARDS_PER_SHEET
    rects = sum(1 for _, op in content_ops(pdf, sheets[0]) if op == b"re")
    assert rects > CARDS_PER_SHEET * 100


def _drawn_runs(pdf: bytes, page: int) -> set[tuple[int, int, int]]:
    rects = [tuple(float(v) for v in ops) for ops, op in content_ops(pdf, page) if op == b"re"]
    module = min(h for _, _, _, h in rects)
    left = min(x for x, _, _, _ in rects)
    top = max(y + h for _, y, _, h in rects)
    return {
        (round((top - (y + h)) / module), round((x - left) / module), round(w / module))
        for x, y, w, h in rects
    }


def test_qr_drawn_is_the_payload_matrix(meeting: MeetingData, office: OfficeData) -> None:
    payload = "RAKOR-2025-08:0001:5a17c0de"
    person = PersonData("Dr. H. Anom Widiyantoro, S.H., M.H.", jabatan="Bupati Pemalang")
    one = replace(meeting, invitees=[InviteeData(person, payload)])
    pdf = render_invitation(one, office)
    last = len(page_texts(pdf)) - 1
    expected = segno.make_qr(payload, error="m")
    assert not expected.is_micro
    matrix = tuple(tuple(bool(v) for v in row) for row in expected.matrix)
    assert qr_matrix(payload) == matrix
    assert _drawn_runs(pdf, last) == set(dark_runs(matrix))


def test_without_cards_or_invitees(meeting: MeetingData, office: OfficeData) -> None:
    plain = render_invitation(meeting, office, include_cards=False)
    assert "Tunjukkan kode QR" not in all_text(plain)
    assert "DAFTAR UNDANGAN" in all_text(plain)
    nobody = page_texts(render_invitation(replace(meeting, invitees=[]), office))
    assert len(nobody) == 1
    assert _field(nobody[0], "Lampiran") == "-"
    assert "Yth. Bapak/Ibu Peserta Rapat" in nobody[0]


def test_signed_by_the_chair_when_no_signatory(meeting: MeetingData, office: OfficeData) -> None:
    first = page_texts(render_invitation(replace(meeting, invitation_signatory=None), office))[0]
    assert "Bupati Pemalang," in first
    assert "Dr. H. Anom Widiyantoro, S.H., M.H." in first
    assert "NIP" not in first


def test_hostile_invitation(hostile: MeetingData, office: OfficeData) -> None:
    pdf = render_invitation(hostile, office)
    text = all_text(pdf)
    assert HOSTILE_MARKUP in text
    assert HOSTILE_LT in text
    assert f"Rapat {PLACEHOLDER}" in text


def test_a_real_length_payload_is_printed_whole(meeting: MeetingData, office: OfficeData) -> None:
    """The first check-in payload (71 characters, still printed for tokens that are not
    16 hex digits) is printed in full, on two lines if needed."""
    from rakor_desktop.services.attendance.invitations import long_payload

    payload = long_payload("s" * 64, "3f2a91c0-7b11-4c6e-9a0d-1e2f3a4b5c6d", "0123456789abcdef")
    assert len(payload) == 71
    person = meeting.invitees[0].person
    pdf = render_invitation(replace(meeting, invitees=[InviteeData(person, payload)]), office)
    cards = page_texts(pdf, layout=False)[-1]
    assert payload in re.sub(r"\s+", "", cards)
    assert "…" not in cards
