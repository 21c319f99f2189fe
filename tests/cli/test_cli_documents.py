"""``pdf``, ``docx``, ``finalize`` and ``verify`` from the shell, on the demo database.

Every PDF is read back (pdftotext, pypdf). The demo regency is what a Setda has after
ten months of use, so these are the documents a secretary would actually print.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from documents.pdftools import (
    all_text,
    column_edges,
    content_ops,
    page_texts,
    squashed,
    table_cells,
)
from pypdf import PdfReader
from reportlab.lib.units import cm
from sqlmodel import select

from rakor_desktop.db import open_database
from rakor_desktop.documents.attendance import _SHARES as ATTENDANCE_SHARES
from rakor_desktop.documents.followups import _SHARES as MATRIX_SHARES
from rakor_desktop.documents.qr import dark_runs, qr_matrix
from rakor_desktop.documents.text import format_long_date
from rakor_desktop.domain.enums import MeetingStatus
from rakor_desktop.domain.models import Attendance, Invitation, Meeting, Person
from rakor_desktop.services.attendance import invitations
from rakor_desktop.services.followups.query import FollowUpFilter, list_followups
from rakor_desktop.services.meetings.listing import list_meetings
from rakor_desktop.services.office.settings import get_office


@dataclass
class DemoMeeting:
    id: int
    title: str
    long_date: str
    place: str
    chair: str
    notulis: str
    present: list[str]
    invited: list[str]
    payloads: list[str]
    followups: list[str]


def _meeting(path: Path, status: str) -> DemoMeeting:
    """The newest Rakor of the monthly series with ``status`` (read through the services)."""
    db = open_database(path)
    try:
        with db.session() as s:
            summary = next(
                m for m in list_meetings(s) if m.status == status and m.series and m.invited
            )
            m = s.get(Meeting, summary.id)
            office = get_office(s)
            present = [
                p.full_name
                for p in s.exec(
                    select(Person).join(Attendance, Attendance.person_id == Person.id)
                    .where(Attendance.meeting_id == m.id)
                )
            ]  # fmt: skip
            rows = s.exec(
                select(Invitation, Person).join(Person, Invitation.person_id == Person.id)
                .where(Invitation.meeting_id == m.id)
            ).all()  # fmt: skip
            own = list_followups(s, FollowUpFilter(meeting_id=m.id))
            return DemoMeeting(
                id=m.id,
                title=m.title,
                long_date=format_long_date(m.starts_at, office.time_zone),
                place=m.place,
                chair=s.get(Person, m.chair_id).full_name,
                notulis=s.get(Person, m.notulis_id).full_name,
                present=present,
                invited=[p.full_name for _, p in rows],
                payloads=[
                    invitations.qr_payload(office.qr_secret, m.uuid, inv.token) for inv, _ in rows
                ],
                followups=[f.problem for f in own],
            )
    finally:
        db.dispose()


@pytest.fixture
def closed(demo_db_path: Path) -> DemoMeeting:
    return _meeting(demo_db_path, MeetingStatus.CLOSED)


def _name_column(pdf: bytes) -> str:
    """The Nama column of a Daftar Hadir, read by position (names wrap beside the NIP)."""
    # the demo office keeps the default margins: 3 cm left, 2 cm right, 2.5 cm bottom
    edges = column_edges(ATTENDANCE_SHARES, 3.0 * cm, 21.0 * cm - 2.0 * cm)
    rows = table_cells(pdf, edges, header_word="NIP", bottom_margin=2.5 * cm)
    return squashed(" ".join(cells[1] for cells in rows.values()))


def _pdf(cli, db: Path, kind: str, meeting: int, out: Path, *extra: str) -> bytes:
    r = cli("--db", str(db), "pdf", kind, str(meeting), "-o", str(out), *extra)
    assert r.returncode == 0, r.stderr
    pages = len(PdfReader(out).pages)
    assert r.stdout.strip().endswith(f"({pages} halaman)") or "revisi final" in r.stdout
    return out.read_bytes()


def test_minutes_attendance_and_matrix(
    cli, demo_db_path: Path, closed: DemoMeeting, tmp_path
) -> None:
    minutes = _pdf(cli, demo_db_path, "minutes", closed.id, tmp_path / "notulen.pdf")
    text = all_text(minutes)
    flow = squashed(all_text(minutes, layout=False))
    assert closed.long_date.startswith("Senin, ") and closed.long_date in text
    assert squashed(closed.title) in flow and closed.place in text
    assert squashed(closed.chair) in flow and squashed(closed.notulis) in flow
    assert f"{len(closed.present)} orang (daftar hadir terlampir)" in text
    assert re.search(r"Halaman 1 dari \d+", text) and "Kode verifikasi" not in text  # not final

    attendance = _pdf(cli, demo_db_path, "attendance", closed.id, tmp_path / "hadir.pdf")
    names = _name_column(attendance)
    for name in closed.present:
        assert squashed(name) in names, name
    absent = len(set(closed.invited) - set(closed.present))
    assert absent > 0  # the demo has izin/sakit/... and delegates
    pages = page_texts(attendance)
    assert all("DAFTAR HADIR" in p and closed.long_date in p for p in pages)
    total = re.search(r"Jumlah\s+(\d+) orang", pages[-1])
    assert total and int(total.group(1)) >= len(closed.present)
    assert re.search(r"pukul \d\d\.\d\d WIB", text := all_text(attendance))
    assert "mewakili" in text

    matrix = _pdf(cli, demo_db_path, "followups", closed.id, tmp_path / "matriks.pdf")
    assert "MATRIKS TINDAK LANJUT" in all_text(matrix) and closed.followups
    # Cells are read by position: a long problem wraps in its narrow column and the
    # extracted flow text interleaves it with the next cell (which rows wrap depends
    # on the demo's date).
    edges = column_edges(MATRIX_SHARES, 3.0 * cm, 29.7 * cm - 2.0 * cm)
    cells = table_cells(matrix, edges, header_word="Keterangan", bottom_margin=2.5 * cm)
    problems = {squashed(row[1]) for row in cells.values()}
    for problem in closed.followups:
        assert squashed(problem) in problems, problem
    assert any("dibawa" in row[6] for row in cells.values())  # last month's open directives
    width, height = PdfReader(io.BytesIO(matrix)).pages[0].mediabox[2:]
    assert float(width) > float(height)  # landscape


def test_blank_attendance_lists_invitees_without_times(
    cli, demo_db_path: Path, closed: DemoMeeting, tmp_path
) -> None:
    blank = _pdf(cli, demo_db_path, "attendance", closed.id, tmp_path / "kosong.pdf", "--blank")
    names = _name_column(blank)
    for name in closed.invited:
        assert squashed(name) in names, name
    text = all_text(blank)
    assert not re.search(r"pukul \d\d\.\d\d WIB", text)  # no check-in times
    assert "terlambat" not in text and "mewakili" not in text
    assert "Jumlah hadir: ........ orang" in text


def _qr_groups(pdf: bytes, page: int) -> list[set[tuple[int, int, int]]]:
    """The QR codes drawn on a card sheet, each as its set of dark runs (row, col, length)."""
    rects = [tuple(float(v) for v in ops) for ops, op in content_ops(pdf, page) if op == b"re"]
    rects = [r for r in rects if r[3] > 0 and abs(r[3] - min(q[3] for q in rects)) < 0.01]
    module = rects[0][3]

    def bands(values: list[float]) -> list[tuple[float, float]]:
        values = sorted(values)
        out, start = [], values[0]
        for a, b in zip(values, values[1:], strict=False):
            if b - a > 6 * module:  # the white between two cards
                out.append((start, a))
                start = b
        out.append((start, values[-1]))
        return out

    groups = []
    for x0, x1 in bands([r[0] for r in rects]):
        for y0, y1 in bands([r[1] for r in rects]):
            mine = [r for r in rects if x0 <= r[0] <= x1 and y0 <= r[1] <= y1]
            if not mine:
                continue
            left = min(r[0] for r in mine)
            top = max(r[1] + r[3] for r in mine)
            groups.append({
                (round((top - (y + h)) / module), round((x - left) / module), round(w / module))
                for x, y, w, h in mine
            })  # fmt: skip
    return groups


def test_invitation_cards_carry_payloads_that_check_in(cli, demo_db_path: Path, tmp_path) -> None:
    upcoming = _meeting(demo_db_path, MeetingStatus.SCHEDULED)
    pdf = _pdf(cli, demo_db_path, "invitation", upcoming.id, tmp_path / "undangan.pdf")
    texts = page_texts(pdf)
    assert "DAFTAR UNDANGAN" in texts[1]
    listing = squashed("".join(texts[1:]))
    assert all(squashed(n) in listing for n in upcoming.invited)
    sheets = [i for i, t in enumerate(texts) if "Tunjukkan kode QR" in t]
    drawn = [g for page in sheets for g in _qr_groups(pdf, page)]
    expected = {frozenset(dark_runs(qr_matrix(p))): p for p in upcoming.payloads}
    scanned = [expected.get(frozenset(g)) for g in drawn]
    assert None not in scanned and sorted(scanned) == sorted(upcoming.payloads)  # one card each
    # Short payloads (RKR2, 25 characters): QR version 2 (25 modules a side) at level Q.
    assert all(len(qr_matrix(p)) == 25 for p in upcoming.payloads)
    captions = re.findall(r"RKR2\.[A-Z2-7]+", "".join(texts[i] for i in sheets))
    assert captions and all(any(p.startswith(c) for p in upcoming.payloads) for c in captions)
    # What a scanner reads off the first card is accepted at the door for this meeting ...
    first = scanned[0]
    r = cli("--db", str(demo_db_path), "checkin", str(upcoming.id), first, "--any-day")
    assert r.returncode == 0 and r.stdout.startswith("HADIR"), r.stdout + r.stderr
    # ... and refused at another meeting.
    closed = _meeting(demo_db_path, MeetingStatus.CLOSED)
    r = cli("--db", str(demo_db_path), "checkin", str(closed.id), scanned[1])
    assert r.returncode != 0 and "HADIR" not in r.stdout.split(":")[0]


def test_exit_codes(cli, demo_db_path: Path, closed: DemoMeeting, tmp_path) -> None:
    db = str(demo_db_path)
    r = cli("--db", db, "pdf", "minutes", "99999", "-o", str(tmp_path / "x.pdf"))
    assert r.returncode == 2 and "Rapat 99999 tidak ditemukan" in r.stderr
    r = cli("--db", db, "pdf", "minutes", str(closed.id), "-o", str(tmp_path / "x.pdf"), "--blank")
    assert r.returncode == 1 and "hanya untuk daftar hadir" in r.stderr
    (tmp_path / "folder.pdf").mkdir()
    r = cli("--db", db, "pdf", "followups", str(closed.id), "-o", str(tmp_path / "folder.pdf"))
    assert r.returncode == 1 and "tidak dapat ditulis" in r.stderr
    assert not (tmp_path / "x.pdf").exists()
    r = cli("--db", db, "finalize", "99999")
    assert r.returncode == 2


def test_finalize_verify_amend(cli, demo_db_path: Path, closed: DemoMeeting, tmp_path) -> None:
    db = str(demo_db_path)
    upcoming = _meeting(demo_db_path, MeetingStatus.SCHEDULED)
    r = cli("--db", db, "finalize", str(upcoming.id))
    assert r.returncode == 1 and "berstatus Terjadwal" in r.stderr and "ditutup" in r.stderr

    r = cli("--db", db, "finalize", str(closed.id))
    assert r.returncode == 0, r.stderr
    code = re.search(r"kode verifikasi (RKR-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{2})", r.stdout)
    assert code and "revisi 1" in r.stdout
    final = tmp_path / "notulen-final.pdf"
    pdf = _pdf(cli, demo_db_path, "minutes", closed.id, final)
    assert f"Kode verifikasi: {code.group(1)}" in all_text(pdf)

    r = cli("--db", db, "verify", str(final))
    assert r.returncode == 0 and r.stdout.startswith("COCOK"), r.stderr
    assert f"nomor rapat {closed.id}" in r.stdout and "revisi 1" in r.stdout

    modified = tmp_path / "diubah.pdf"
    modified.write_bytes(pdf + b"%tambahan\n")
    r = cli("--db", db, "verify", str(modified))
    assert r.returncode == 1 and r.stderr.startswith("TIDAK COCOK") and "diubah" in r.stderr

    r = cli("--db", db, "verify", str(tmp_path / "notulen.pdf"))  # never written
    assert r.returncode == 1 and "tidak dapat dibaca" in r.stderr
    plain = _pdf(cli, demo_db_path, "attendance", closed.id, tmp_path / "hadir.pdf")
    assert plain
    r = cli("--db", db, "verify", str(tmp_path / "hadir.pdf"), "--json")
    assert r.returncode == 1 and '"status": "no_code"' in r.stdout
    assert "tidak memuat kode verifikasi" in r.stderr

    r = cli("--db", db, "finalize", str(closed.id))
    assert r.returncode == 1 and "sudah difinalkan (revisi 1)" in r.stderr
    r = cli("--db", db, "finalize", str(closed.id), "--reason", "Koreksi nama peserta")
    assert r.returncode == 0 and "revisi 2" in r.stdout, r.stderr
    second = _pdf(cli, demo_db_path, "minutes", closed.id, tmp_path / "revisi2.pdf")
    text = all_text(second)
    assert "Riwayat Revisi Notulen" in text and "Koreksi nama peserta" in text
    r = cli("--db", db, "verify", str(final))
    assert r.returncode == 0 and "sudah ada revisi 2" in r.stdout


def test_docx_export(cli, demo_db_path: Path, closed: DemoMeeting, tmp_path) -> None:
    docx = pytest.importorskip("docx")
    out = tmp_path / "notulen.docx"
    r = cli("--db", str(demo_db_path), "docx", str(closed.id), "-o", str(out))
    assert r.returncode == 0, r.stderr
    document = docx.Document(str(out))
    paragraphs = "\n".join(p.text for p in document.paragraphs)
    cells = "\n".join(c.text for t in document.tables for row in t.rows for c in row.cells)
    assert "NOTULEN" in paragraphs and "Kegiatan Rapat:" in paragraphs
    assert closed.title in cells and closed.long_date in cells and closed.notulis in cells
    assert all(problem in cells for problem in closed.followups)
    r = cli("--db", str(demo_db_path), "docx", "99999", "-o", str(out))
    assert r.returncode == 2
