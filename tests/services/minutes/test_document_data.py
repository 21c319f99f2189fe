"""Database -> documents: what of a meeting goes on paper, read back from real PDFs."""

from __future__ import annotations

import io
import json
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from document_db import (
    CARRIED_DIRECTIVE,
    DAY,
    DECISION,
    DELEGATE,
    DIRECTIVE,
    DIRECTIVE_2,
    GENERAL_NOTE,
    NOTE,
    OPENING,
    PLACE,
    SIGNATURE,
    TITLE,
    WALK_IN,
    build_meeting,
)
from documents.pdftools import all_text, page_sizes, squashed
from meeting_data import wib
from sqlmodel import select

from rakor_desktop.documents.text import format_long_date
from rakor_desktop.domain.models import Attendance, Meeting, Person
from rakor_desktop.services.attendance.checkin import decode_signature, encode_signature
from rakor_desktop.services.attendance.invitations import parse_payload
from rakor_desktop.services.meetings.close import MeetingNotFound
from rakor_desktop.services.minutes import assemble as dd
from rakor_desktop.services.office.settings import get_office


@pytest.fixture
def db(any_db):
    """Every test here runs on SQLite and on a real PostgreSQL server (issue 9)."""
    return any_db


AS_OF = wib(DAY, 13)  # the afternoon of the meeting: nothing is overdue yet


@pytest.fixture
def built(db):
    with db.session(write=True) as s:
        return build_meeting(s)


def _data(db, meeting_id: int, **kw) -> dd.MeetingDocumentData:
    with db.session() as s:
        return dd.meeting_data(s, meeting_id, now=AS_OF, **kw)


def test_meeting_fields_and_signatories(db, built) -> None:
    d = _data(db, built.meeting_id)
    m = d.meeting
    assert (m.title, m.place, m.starts_at, m.ends_at) == (TITLE, PLACE, wib(DAY), wib(DAY, 12))
    assert m.letter_number == "000.1.5/1234/2025" and m.letter_date == DAY - timedelta(days=7)
    assert m.chair.prefix == "Plt." and m.chair.person.name == "Ir. Sugeng Hartono, M.T."
    assert m.chair.show_nip and m.chair.person.nip == "196905121995031004"
    assert m.chair.person.pangkat == "Pembina Utama Muda (IV/c)"
    assert m.chair.role_label == "Asisten Perekonomian dan Pembangunan"
    assert m.secretary is not None and m.secretary.jabatan == "Sekretaris Daerah"
    assert m.notulis is not None and m.notulis.person.name == "Rina Oktaviani, S.Sos."
    assert m.notulis.person.nip == "199001152015032002"
    assert m.opening_remarks == OPENING
    assert m.agenda.startswith("Pembukaan oleh Bupati; Evaluasi capaian kinerja triwulan")
    assert d.office.regency_name == "PEMERINTAH KABUPATEN PEMALANG" and d.office.city == "Pemalang"
    assert d.status == "closed"


def test_bupati_signs_without_nip(db, built) -> None:
    with db.session(write=True) as s:
        m = s.get(Meeting, built.meeting_id)
        m.chair_id, m.chair_prefix = built.regency.bupati.id, ""
        s.add(m)
    chair = _data(db, built.meeting_id).meeting.chair
    assert chair.role_label == "Bupati Pemalang" and not chair.show_nip
    # A letter the Bupati signs himself goes out on the Bupati kop.
    with db.session() as s:
        invitation = dd.prepare_document(s, built.meeting_id, "invitation")
        minutes = dd.prepare_document(s, built.meeting_id, "minutes")
    assert invitation.office.bupati_variant and not minutes.office.bupati_variant
    assert "BUPATI PEMALANG" in all_text(invitation.render()).split("Nomor")[0]
    assert dd.signs_as_head_of_region(replace(chair, prefix="Plt."))
    assert not dd.signs_as_head_of_region(replace(chair, prefix="a.n. Bupati Pemalang"))
    assert dd.is_head_of_region("Wakil Bupati Pemalang") and dd.is_head_of_region("Wali Kota Tegal")
    assert not dd.is_head_of_region("Sekretaris Daerah")
    assert not dd.is_head_of_region("Staf Ahli Bupati")


def test_agenda_items_notes_decisions_directives(db, built) -> None:
    items = _data(db, built.meeting_id).meeting.agenda_items
    assert [i.title for i in items] == [
        "Pembukaan oleh Bupati",
        "Evaluasi capaian kinerja triwulan",
        "Progres infrastruktur",
        dd.GENERAL_ITEM_TITLE,  # the general note, recorded outside the agenda
    ]
    evaluation = items[1]
    assert evaluation.presenter == "Kepala 1 Nama, S.T., Kepala Dinas Kesehatan"
    assert evaluation.notes.startswith(NOTE)
    assert evaluation.decisions == (DECISION,) and evaluation.directives == (DIRECTIVE,)
    assert items[2].presenter == "Dinas Pekerjaan Umum dan Penataan Ruang"  # an OPD presents
    assert items[2].directives == (DIRECTIVE_2,)
    assert items[3].notes == GENERAL_NOTE


def test_followups_carried_first_then_own(db, built) -> None:
    rows = _data(db, built.meeting_id).meeting.followups
    assert [r.number for r in rows] == [1, 2, 3]
    carried, own, own2 = rows
    assert carried.problem == CARRIED_DIRECTIVE and carried.carried_count == 1
    assert carried.remark.startswith("Arahan rapat 28 Juli 2025")
    assert carried.status == "Terlambat"  # due 17 Juli+... before the meeting day
    assert carried.organization == "Dinas Kesehatan"  # the OPD; its head as PIC in Keterangan
    assert "PIC: Kepala 1 Nama, S.T." in carried.remark
    assert own.problem == DIRECTIVE and own.action == "Rapat validasi data bersama Diskominfo"
    assert own.due_date == DAY + timedelta(days=30) and own.status == "Belum"
    assert own.carried_count == 0 and own2.problem == DIRECTIVE_2
    # Printed two months later the same directive is overdue: status is as of the print day.
    with db.session() as s:
        later = dd.meeting_data(s, built.meeting_id, now=wib(DAY + timedelta(days=60)))
    assert later.meeting.followups[1].status == "Terlambat"


def test_opd_reports(db, built) -> None:
    reports = _data(db, built.meeting_id).meeting.opd_reports
    assert [r.organization for r in reports] == [
        "Dinas Kesehatan",
        "Dinas Pekerjaan Umum dan Penataan Ruang",
    ]
    assert reports[0].budget_pct == 45.5 and reports[0].physical_pct == 50.0
    assert dict(reports[0].indicators) == {"Imunisasi": "92,5%"}
    assert reports[1].obstacles == "Lelang paket jalan mundur"


def test_attendees_in_checkin_order_then_absentees(db, built) -> None:
    attendees = _data(db, built.meeting_id).meeting.attendees
    assert [a.number for a in attendees] == list(range(1, len(attendees) + 1))
    present = [a for a in attendees if a.status == "Hadir"]
    times = [a.checked_in_at for a in present]
    assert times == sorted(times)
    by_name = {a.person.name: a for a in attendees}
    first = by_name[built.present[0]]
    expected = decode_signature(encode_signature(SIGNATURE))  # as stored (quantised)
    assert [list(s) for s in first.signature] == expected
    assert by_name[built.present[3]].late and not first.late
    delegate = by_name[DELEGATE]
    assert delegate.delegate_for == (
        "Kepala 5 Nama, S.T. (Kepala Badan Pengelolaan Keuangan dan Aset Daerah)"
    )
    assert (
        by_name[WALK_IN].walk_in and by_name[WALK_IN].person.organization == "Forum CSR Kabupaten"
    )
    absent = {a.person.name: a.status for a in attendees if a.status != "Hadir"}
    assert absent == built.absent
    assert all(a.checked_in_at is None for a in attendees if a.status != "Hadir")
    # The head who sent a delegate is not listed as absent: the delegate row says it.
    assert "Kepala 5 Nama, S.T." not in by_name
    assert not _data(db, built.meeting_id, signatures=False).meeting.attendees[0].signature


def test_damaged_signature_does_not_stop_printing(db, built) -> None:
    with db.session(write=True) as s:
        att = s.exec(select(Attendance).where(Attendance.signature != None)).one()  # noqa: E711
        att.signature = "S1:!!rusak"
        s.add(att)
    attendees = _data(db, built.meeting_id).meeting.attendees
    assert all(a.signature is None for a in attendees)
    with db.session() as s:
        pdf = dd.prepare_document(s, built.meeting_id, "attendance").render()
    assert built.present[0] in all_text(pdf)


def test_invitees_carry_payloads_bound_to_the_meeting(db, built) -> None:
    m = _data(db, built.meeting_id).meeting
    assert [i.person.name for i in m.invitees] == built.invited
    with db.session() as s:
        secret = get_office(s).qr_secret
        uuid = s.get(Meeting, built.meeting_id).uuid
    for invitee in m.invitees:
        assert invitee.qr_payload == built.payloads[invitee.person.name]
        code = parse_payload(secret, invitee.qr_payload)
        assert code is not None and code.short and code.authentic_for(uuid)


def test_office_preferences_in_extra(db, built) -> None:
    with db.session(write=True) as s:
        saved = dd.set_document_preferences(
            s,
            doc_margin_top_cm=2.5,
            doc_margin_left_cm=2.0,
            doc_bupati_letterhead=True,
            doc_tembusan=["Bupati Pemalang (sebagai laporan)", "Inspektur Daerah"],
        )
        assert saved["doc_bupati_letterhead"] is True
        office = get_office(s)
        office.paper = "F4"
        s.add(office)
    with db.session() as s:
        extra = json.loads(get_office(s).extra)
        assert extra["doc_margin_top_cm"] == 2.5
        prefs = dd.document_preferences(s)
        assert set(prefs) == {
            "doc_margin_top_cm",
            "doc_margin_left_cm",
            "doc_bupati_letterhead",
            "doc_tembusan",
        }
        doc = dd.prepare_document(s, built.meeting_id, "invitation")
    o = doc.office
    assert (o.margin_top_cm, o.margin_left_cm, o.margin_right_cm) == (2.5, 2.0, 2.0)
    assert o.bupati_variant and o.paper == "F4"
    assert doc.meeting.tembusan == ("Bupati Pemalang (sebagai laporan)", "Inspektur Daerah")
    pdf = doc.render()
    width, height = page_sizes(pdf)[0]
    assert (round(width / 72 * 25.4), round(height / 72 * 25.4)) == (215, 330)
    text = all_text(pdf)
    assert "BUPATI PEMALANG" in text and "Inspektur Daerah" in text
    with db.session(write=True) as s:
        with pytest.raises(ValueError, match="margin"):
            dd.set_document_preferences(s, doc_margin_top_cm=40)
        with pytest.raises(dd.DocumentError, match="tidak dikenal"):
            dd.set_document_preferences(s, doc_color="merah")
        dd.set_document_preferences(s, doc_bupati_letterhead=None)  # None removes the key
        assert "doc_bupati_letterhead" not in dd.document_preferences(s)


def test_hostile_strings_from_the_database_print_literally(db, built) -> None:
    with db.session(write=True) as s:
        m = s.get(Meeting, built.meeting_id)
        notulis = s.get(Person, m.notulis_id)
        notulis.full_name = "<b>PT & Sons</b> Jl. A < B"
        s.add(notulis)
        m.place = "Ruang <i>Rapat</i> & Aula"
        s.add(m)
    with db.session() as s:
        minutes = all_text(dd.prepare_document(s, built.meeting_id, "minutes").render())
        attendance = all_text(dd.prepare_document(s, built.meeting_id, "attendance").render())
    assert "Pencatat" in minutes and "<b>PT & Sons</b> Jl. A < B" in minutes
    assert "Ruang <i>Rapat</i> & Aula" in attendance and "Ruang <i>Rapat</i> & Aula" in minutes


def test_every_kind_renders_and_reads_back(db, built) -> None:
    with db.session() as s:
        docs = {k: dd.prepare_document(s, built.meeting_id, k, now=AS_OF) for k in dd.KINDS}
        blank = dd.prepare_document(s, built.meeting_id, "attendance", blank=True)
    pdfs = {k: doc.render() for k, doc in docs.items()}
    texts = {k: all_text(pdf) for k, pdf in pdfs.items()}
    long_date = format_long_date(wib(DAY), "WIB")
    assert long_date == "Senin, 25 Agustus 2025"
    minutes = texts["minutes"]
    assert squashed(TITLE) in squashed(minutes)  # wraps in the field block
    assert squashed("Plt. Asisten Perekonomian dan Pembangunan") in squashed(minutes)
    for needle in (long_date, PLACE,
                   "Rina Oktaviani, S.Sos.", "6 orang (daftar hadir terlampir)", DECISION,
                   "pukul 09.00 - 12.00 WIB", "Nomor 000.1.5/1234/2025"):  # fmt: skip
        assert needle in minutes, needle
    flow = squashed(all_text(pdfs["minutes"], layout=False))  # table cells in reading order
    # Neighbouring cells wrap side by side, so the cell's words come in order, not adjacent.
    assert _in_order(CARRIED_DIRECTIVE, flow) and squashed("dibawa 1 kali") in flow
    attendance = texts["attendance"]
    assert squashed("mewakili Kepala 5 Nama, S.T.") in squashed(
        all_text(pdfs["attendance"], layout=False)
    )
    assert "(tidak diundang)" in attendance
    assert "pukul 08.50 WIB" in attendance and "terlambat" in attendance
    assert "Izin" in attendance and "Sakit" in attendance
    blank_text = all_text(blank.render())
    assert "pukul 08.50 WIB" not in blank_text and WALK_IN not in blank_text
    assert all(squashed(n) in squashed(blank_text) for n in built.invited)
    matrix = squashed(all_text(pdfs["followups"], layout=False))
    assert all(_in_order(t, matrix) for t in (CARRIED_DIRECTIVE, DIRECTIVE, DIRECTIVE_2))
    assert "dibawa1kali" in matrix
    assert "DAFTARUNDANGAN" in squashed(texts["invitation"])
    assert docs["minutes"].filename == (
        "Notulen - Rakor Penyelenggaraan Pemerintahan Daerah Bulan Agustus 2025 - 2025-08-25.pdf"
    )
    assert blank.label == "Daftar Hadir (kosong)"


def test_refusals(db, built) -> None:
    with db.session() as s:
        with pytest.raises(MeetingNotFound, match="Rapat 999 tidak ditemukan"):
            dd.prepare_document(s, 999, "minutes")
        with pytest.raises(dd.DocumentError, match="tidak dikenal"):
            dd.prepare_document(s, built.meeting_id, "sertifikat")
        with pytest.raises(dd.DocumentError, match="hanya untuk daftar hadir"):
            dd.prepare_document(s, built.meeting_id, "minutes", blank=True)


def test_meeting_without_people_still_prints(db) -> None:
    """A fresh draft: no chair, no notulis, no agenda; the PDF says so with dotted lines."""
    with db.session(write=True) as s:
        m = Meeting(title="Rapat Persiapan", starts_at=wib(date(2025, 9, 1), 13))
        s.add(m)
        s.flush()
        mid = m.id
    with db.session() as s:
        docs = {k: dd.prepare_document(s, mid, k) for k in dd.KINDS}
    text = all_text(docs["minutes"].render())
    assert "Rapat Persiapan" in text and "Senin, 1 September 2025" in text
    assert "0 orang" in text
    assert "Belum ada tindak lanjut" in all_text(docs["followups"].render())
    assert isinstance(docs["invitation"].render(), bytes)


def test_safe_filename() -> None:
    assert dd.safe_filename('Rapat: A/B <"x"> ') == "Rapat A B x"
    assert dd.safe_filename("...") == "dokumen"
    # 20.00 UTC on the 24th is already the 25th in WIB: the office's day names the file.
    name = dd.suggested_filename("followups", "Rakor", datetime(2025, 8, 24, 20, tzinfo=UTC))
    assert name == "Matriks Tindak Lanjut - Rakor - 2025-08-25.pdf"


def test_archive_bundle_of_all_documents(db, built, tmp_path) -> None:
    from pypdf import PdfReader

    with db.session() as s:
        docs = dd.prepare_bundle(s, built.meeting_id, now=AS_OF)
    assert [d.kind for d in docs] == ["invitation", "attendance", "minutes", "followups"]
    sizes = [len(PdfReader(io.BytesIO(d.render())).pages) for d in docs]
    pdf = dd.render_bundle(docs, tmp_path / "arsip.pdf")
    reader = PdfReader(tmp_path / "arsip.pdf")
    assert (tmp_path / "arsip.pdf").read_bytes() == pdf and len(reader.pages) == sum(sizes)
    starts = [reader.get_destination_page_number(o) for o in reader.outline]
    assert [o.title for o in reader.outline] == [
        "Undangan",
        "Daftar Hadir",
        "Notulen",
        "Matriks Tindak Lanjut",
    ]
    assert starts == [0, sizes[0], sizes[0] + sizes[1], sum(sizes[:3])]
    assert reader.metadata.title == f"Arsip dokumen rapat - {TITLE}"


def _in_order(text: str, flow: str) -> bool:
    """The words of one table cell, in order: neighbouring cells wrap side by side, so
    a text reader interleaves their lines and the words need not be adjacent."""
    at = 0
    for word in text.split():
        found = flow.find(word, at)
        if found < 0:
            return False
        at = found + len(word)
    return True
