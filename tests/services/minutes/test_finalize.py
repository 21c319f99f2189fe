"""Finalize, amend and verify: the signed Notulen and the database tell the same story."""

from __future__ import annotations

import hashlib
import io
import json
from dataclasses import replace
from datetime import timedelta

import pytest
from document_db import DAY, NOTE, PREV_TITLE, TITLE, build_meeting
from documents.pdftools import all_text, squashed
from meeting_data import wib
from pypdf import PdfReader, PdfWriter
from pypdf.generic import ByteStringObject, ContentStream, NameObject, TextStringObject
from sqlmodel import select

from rakor_desktop.db import open_database
from rakor_desktop.documents.minutes import render_minutes
from rakor_desktop.domain.enums import MeetingStatus
from rakor_desktop.domain.models import AuditEvent, Meeting, MinutesRevision
from rakor_desktop.services.attendance.checkin import check_in
from rakor_desktop.services.meetings import close as meeting_close
from rakor_desktop.services.meetings import notes
from rakor_desktop.services.meetings.agenda import list_items
from rakor_desktop.services.meetings.close import MeetingLocked
from rakor_desktop.services.minutes import finalize as fin
from rakor_desktop.services.minutes.assemble import meeting_data, prepare_document


@pytest.fixture
def db(any_db):
    """Every test here runs on SQLite and on a real PostgreSQL server (issue 9)."""
    return any_db


FINAL_AT = wib(DAY, 15)


@pytest.fixture
def built(db):
    with db.session(write=True) as s:
        return build_meeting(s)


def _finalize(db, meeting_id: int, **kw) -> fin.FinalizeResult:
    with db.session(write=True) as s:
        return fin.finalize_meeting(s, meeting_id, now=kw.pop("now", FINAL_AT), **kw)


def _minutes(db, meeting_id: int) -> bytes:
    with db.session() as s:
        return prepare_document(s, meeting_id, "minutes").render()


def _verify(db, pdf: bytes) -> fin.VerifyResult:
    with db.session() as s:
        return fin.verify_pdf(s, pdf)


def _tamper_text(pdf: bytes) -> bytes:
    """Rewrite the file with pypdf after reversing the longest string shown on page 1."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    page = writer.pages[0]
    content = ContentStream(page.get_contents(), writer)
    shown = [ops for ops, op in content.operations if op == b"Tj"]
    target = max(shown, key=lambda ops: len(ops[0]))
    raw = target[0].original_bytes if hasattr(target[0], "original_bytes") else bytes(target[0])
    target[0] = ByteStringObject(bytes(reversed(raw)))
    page[NameObject("/Contents")] = writer._add_object(content)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_code_format() -> None:
    sha = "3f2a91c07b" + "0" * 54
    assert fin.verification_code(sha) == "RKR-3F2A-91C0-7B"
    assert fin.code_prefix("kode: rkr-3f2a-91c0-7b.") == "3f2a91c07b"
    with pytest.raises(ValueError, match="tidak dikenali"):
        fin.code_prefix("NTL-2025-08")


def test_finalize_freezes_a_canonical_snapshot(db, built) -> None:
    result = _finalize(db, built.meeting_id)
    assert result.revision == 1 and result.code == fin.verification_code(result.sha256)
    with db.session() as s:
        m = s.get(Meeting, built.meeting_id)
        assert m.status == MeetingStatus.FINALIZED
        rev = s.exec(select(MinutesRevision).where(MinutesRevision.meeting_id == m.id)).one()
        assert rev.number == 1 and rev.created_at == FINAL_AT and rev.finalized_by
        assert rev.sha256 == hashlib.sha256(rev.content.encode()).hexdigest() == result.sha256
        data = json.loads(rev.content)
        assert fin.canonical_json(data) == rev.content  # sorted keys, no spaces: canonical
        assert data["format"] == fin.SNAPSHOT_FORMAT and data["meeting_uuid"] == m.uuid
        assert data["meeting"]["invitees"] == [] and data["meeting"]["verification_code"] is None
        assert data["meeting"]["starts_at"] == "2025-08-25T02:00:00+00:00"  # UTC in the text
        snap = fin.load_snapshot(rev.content)
        live = meeting_data(s, m.id, now=FINAL_AT, invitees=False).meeting
        # The Notulen's own number (issue 19) is given at finalization: the one difference.
        assert snap.meeting.minutes_number == "000.1.5/1/Setda/2025"
        live = replace(live, minutes_number=snap.meeting.minutes_number)
        assert fin.canonical_json({"m": snap.meeting}) == fin.canonical_json({"m": live})
        assert snap.meeting.attendees[0].signature  # strokes are part of the record
        event = s.exec(select(AuditEvent).where(AuditEvent.action == "meeting.finalize")).one()
        detail = json.loads(event.detail)
        assert detail["revision"] == 1 and detail["code"] == result.code
    pdf = _minutes(db, built.meeting_id)
    assert f"Kode verifikasi: {result.code}" in all_text(pdf)
    assert "Nomor: 000.1.5/1/Setda/2025" in all_text(pdf)
    assert all_text(pdf).count(result.code) == len(PdfReader(io.BytesIO(pdf)).pages)
    meta = PdfReader(io.BytesIO(pdf)).metadata
    assert meta[fin.META_KEY] == result.sha256 and result.code in meta["/Keywords"]
    assert _minutes(db, built.meeting_id) == pdf  # the same revision, the same bytes


def test_finalized_meeting_is_locked(db, built) -> None:
    _finalize(db, built.meeting_id)
    with db.session(write=True) as s:
        with pytest.raises(MeetingLocked, match="sudah difinalkan \\(revisi 1\\)"):
            notes.save_note(s, built.meeting_id, None, "ubah")
        res = check_in(s, built.meeting_id, built.payloads[built.invited[5]], now=FINAL_AT)
        assert not res.confirmed
        with pytest.raises(fin.FinalizeRefused, match="sudah difinalkan \\(revisi 1\\)"):
            fin.finalize_meeting(s, built.meeting_id)


def test_only_a_closed_meeting_can_be_finalized(db) -> None:
    with db.session(write=True) as s:
        built = build_meeting(s, close=False)
    with db.session(write=True) as s:
        with pytest.raises(fin.FinalizeRefused, match="berstatus Draf.*Tutup rapat dulu"):
            fin.finalize_meeting(s, built.meeting_id)
        m = s.get(Meeting, built.meeting_id)
        m.status = MeetingStatus.IN_PROGRESS
        s.add(m)
        with pytest.raises(fin.FinalizeRefused, match="berstatus Berlangsung"):
            fin.finalize_meeting(s, built.meeting_id)
        with pytest.raises(meeting_close.MeetingNotFound):
            fin.finalize_meeting(s, 999)
    with db.session() as s:
        assert s.exec(select(MinutesRevision)).all() == []


def test_verify_the_issued_file(db, built) -> None:
    result = _finalize(db, built.meeting_id)
    pdf = _minutes(db, built.meeting_id)
    v = _verify(db, pdf)
    assert v.ok and v.exact and v.status == "ok"
    assert (v.meeting_id, v.revision, v.code) == (built.meeting_id, 1, result.code)
    assert v.message.startswith("COCOK") and TITLE in v.message and "revisi 1" in v.message


def test_verify_detects_changes(db, built, tmp_path) -> None:
    _finalize(db, built.meeting_id)
    pdf = _minutes(db, built.meeting_id)

    tampered = _tamper_text(pdf)
    assert all_text(tampered) != all_text(pdf)
    v = _verify(db, tampered)
    assert not v.ok and v.status == "content"
    assert "isi halaman 1 berbeda" in v.message and v.message.startswith("TIDAK COCOK")

    v = _verify(db, pdf + b"\n% tambahan\n")
    assert not v.ok and v.status == "appended" and "ditambahkan" in v.message
    # An incremental update (what editors append) that changes nothing visible still fails.
    writer = PdfWriter(io.BytesIO(pdf), incremental=True)
    writer.root_object[NameObject("/PageMode")] = NameObject("/UseOutlines")
    out = io.BytesIO()
    writer.write(out)
    assert out.getvalue().startswith(pdf) and all_text(out.getvalue()) == all_text(pdf)
    v = _verify(db, out.getvalue())
    assert not v.ok and v.status == "appended"

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.add_metadata({"/Title": TextStringObject("Notulen palsu")})
    out = io.BytesIO()
    writer.write(out)
    v = _verify(db, out.getvalue())
    assert not v.ok and v.status == "metadata" and "Title" in v.message

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.add_metadata({fin.META_KEY: "0" * 64})
    out = io.BytesIO()
    writer.write(out)
    v = _verify(db, out.getvalue())
    assert not v.ok and v.status == "metadata" and "tanda verifikasi" in v.message

    path = tmp_path / "notulen.pdf"
    path.write_bytes(pdf)
    assert _verify(db, path).ok  # from a path as well as bytes


def test_verify_without_code_or_unknown_code(db, built, tmp_path) -> None:
    with db.session() as s:
        draft = prepare_document(s, built.meeting_id, "minutes").render()  # closed: no code
    v = _verify(db, draft)
    assert not v.ok and v.status == "no_code" and "tidak memuat kode verifikasi" in v.message
    v = _verify(db, b"%PDF-1.4 bukan pdf")
    assert not v.ok and v.status == "unreadable"
    v = _verify(db, tmp_path / "tidak-ada.pdf")
    assert not v.ok and v.status == "unreadable"

    _finalize(db, built.meeting_id)
    pdf = _minutes(db, built.meeting_id)
    other = open_database(tmp_path / "kantor-lain.sqlite")  # another office's database
    try:
        with other.session() as s:
            v = fin.verify_pdf(s, pdf)
    finally:
        other.dispose()
    assert not v.ok and v.status == "unknown_code" and "tidak terdaftar" in v.message


def test_each_meeting_verifies_as_itself_and_a_borrowed_code_fails(db, built) -> None:
    with db.session(write=True) as s:
        meeting_close.close_meeting(s, built.prev_id, now=wib(DAY - timedelta(days=28), 12))
    july = _finalize(db, built.prev_id, now=wib(DAY - timedelta(days=27)))
    august = _finalize(db, built.meeting_id)
    pdf_july, pdf_august = _minutes(db, built.prev_id), _minutes(db, built.meeting_id)
    v = _verify(db, pdf_july)
    assert v.ok and v.meeting_id == built.prev_id and v.meeting_title == PREV_TITLE
    v = _verify(db, pdf_august)
    assert v.ok and v.meeting_id == built.meeting_id
    # August's minutes dressed up with July's code and hash: the content gives it away.
    with db.session() as s:
        rev = s.exec(select(MinutesRevision).where(MinutesRevision.sha256 == august.sha256)).one()
        meeting, office = fin.revision_document(rev)
    forged = fin.stamp_pdf(
        render_minutes(replace(meeting, verification_code=july.code), office),
        july.sha256,
        revision=1,
    )
    v = _verify(db, forged)
    assert not v.ok and v.meeting_id == built.prev_id  # the title in the metadata differs
    # A careful forger also copies July's document information: the text still differs.
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(forged)))
    writer.add_metadata(dict(PdfReader(io.BytesIO(pdf_july)).metadata))
    out = io.BytesIO()
    writer.write(out)
    v = _verify(db, out.getvalue())
    assert not v.ok and v.status == "content" and "berbeda" in v.message


def test_amendment_creates_revision_2_listed_in_the_document(db, built) -> None:
    first = _finalize(db, built.meeting_id)
    pdf_1 = _minutes(db, built.meeting_id)
    reason = "Koreksi capaian imunisasi Dinas Kesehatan"
    with db.session(write=True) as s:
        meeting_close.begin_amendment(s, built.meeting_id, reason)
        evaluation = list_items(s, built.meeting_id)[1]
        notes.save_note(s, built.meeting_id, evaluation.id, NOTE.replace("92,5", "93,1"))
    second = _finalize(db, built.meeting_id, now=FINAL_AT + timedelta(days=2))
    assert second.revision == 2 and second.reason == reason  # taken from the amendment
    assert second.sha256 != first.sha256
    pdf_2 = _minutes(db, built.meeting_id)
    text = all_text(pdf_2)
    assert "Riwayat Revisi Notulen" in text and squashed(reason) in squashed(text)
    assert "27 Agustus 2025" in text and "93,1 persen" in text and second.code in text
    assert "Notulen difinalkan" in text  # revision 1's row
    # Revision 1 still re-renders as it was issued, and says a newer one exists.
    v = _verify(db, pdf_1)
    assert v.ok and v.exact and v.revision == 1 and v.latest_revision == 2
    assert "sudah ada revisi 2" in v.message
    assert "92,5 persen" in all_text(pdf_1)
    v = _verify(db, pdf_2)
    assert v.ok and v.revision == 2 and "lebih baru" not in v.message


def test_amend_and_finalize_in_one_step(db, built) -> None:
    _finalize(db, built.meeting_id)
    with db.session(write=True) as s, pytest.raises(ValueError, match="Alasan amandemen wajib"):
        fin.amend_and_finalize(s, built.meeting_id, "  ")
    with db.session(write=True) as s:
        r = fin.amend_and_finalize(s, built.meeting_id, "Perbaikan NIP notulis", now=FINAL_AT)
    assert r.revision == 2 and r.reason == "Perbaikan NIP notulis"
    with db.session() as s:
        actions = [e.action for e in s.exec(select(AuditEvent).order_by(AuditEvent.id))]
        revisions = s.exec(
            select(MinutesRevision).where(MinutesRevision.meeting_id == built.meeting_id)
        ).all()
    assert actions[-3:] == ["meeting.finalize", "meeting.amendment", "meeting.finalize"]
    numbers = {fin.load_snapshot(r.content).meeting.minutes_number for r in revisions}
    assert numbers == {"000.1.5/1/Setda/2025"}  # an amendment keeps the Notulen's number


def test_later_revision_needs_a_reason(db, built) -> None:
    _finalize(db, built.meeting_id)
    with db.session(write=True) as s:  # reopened without the audited amendment path
        m = s.get(Meeting, built.meeting_id)
        m.status = MeetingStatus.CLOSED
        s.add(m)
    with db.session(write=True) as s, pytest.raises(fin.FinalizeRefused, match="Alasan amandemen"):
        fin.finalize_meeting(s, built.meeting_id)


def test_verify_consults_the_audit_trail_when_a_revision_was_rewritten(db, built) -> None:
    """Issue 17: with the file in hand, a forger can rewrite a revision's content and hash
    together; `pdf minutes` then printed the forgery, `verify` said COCOK to it and refused
    the genuine signed Notulen. The finalization's audit record keeps the true hash."""
    _finalize(db, built.meeting_id)
    genuine = _minutes(db, built.meeting_id)
    with db.session(write=True) as s:
        rev = s.exec(
            select(MinutesRevision).where(MinutesRevision.meeting_id == built.meeting_id)
        ).one()
        forged = rev.content.replace(NOTE, "Keputusan palsu yang tidak pernah diambil")
        assert forged != rev.content
        rev.content = forged
        rev.sha256 = hashlib.sha256(forged.encode()).hexdigest()
        s.add(rev)
    forgery = _minutes(db, built.meeting_id)
    assert b"palsu" in forgery or "palsu" in all_text(forgery)

    on_forgery = _verify(db, forgery)
    assert not on_forgery.ok and on_forgery.status == "tampered"
    assert "jejak audit" in on_forgery.message
    on_genuine = _verify(db, genuine)
    assert not on_genuine.ok and on_genuine.status == "tampered"
    assert "mungkin yang asli" in on_genuine.message
