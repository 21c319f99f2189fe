"""``checkin MEETING --image PHOTO...``: every QR in photos and scans, checked in (issue 20).

The acceptance case of the issue: the card sheet of a 59-invitee Rakor printed at
72 dpi, blurred and saved as JPEG at quality 50, whole pages (not cropped cards),
must check in every invitee. Then what a person gets wrong: a forged card, another
meeting's card, a picture without a code, a file that is no picture.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
import segno
from camera_frames import printed_page_photo, render_pages
from sqlalchemy import func
from sqlmodel import select

from rakor_desktop.db import open_database
from rakor_desktop.domain.enums import MeetingStatus
from rakor_desktop.domain.models import Attendance, Invitation, Meeting
from rakor_desktop.services.attendance import invitations
from rakor_desktop.services.office.settings import get_office


def _scheduled(path: Path) -> tuple[int, int, str, str]:
    """The demo's upcoming Rakor: id, invitees, one of its payloads, another meeting's."""
    db = open_database(path)
    try:
        with db.session() as s:
            office = get_office(s)
            meetings = s.exec(select(Meeting).order_by(Meeting.starts_at)).all()
            target = max(
                (m for m in meetings if m.status == MeetingStatus.SCHEDULED),
                key=lambda m: len(
                    s.exec(select(Invitation).where(Invitation.meeting_id == m.id)).all()
                ),
            )
            invited = s.exec(select(Invitation).where(Invitation.meeting_id == target.id)).all()
            other_inv = s.exec(select(Invitation).where(Invitation.meeting_id != target.id)).first()
            other = s.get(Meeting, other_inv.meeting_id)
            return (
                target.id,
                len(invited),
                invitations.qr_payload(office.qr_secret, target.uuid, invited[0].token),
                invitations.qr_payload(office.qr_secret, other.uuid, other_inv.token),
            )
    finally:
        db.dispose()


def _present(path: Path, meeting_id: int) -> int:
    db = open_database(path)
    try:
        with db.session() as s:
            return s.exec(
                select(func.count())
                .select_from(Attendance)
                .where(Attendance.meeting_id == meeting_id)
            ).one()
    finally:
        db.dispose()


def _qr_png(path: Path, text: str) -> Path:
    segno.make_qr(text, error="q").save(str(path), scale=6, border=4)
    return path


def test_a_72_dpi_blurred_jpeg_sheet_checks_in_every_invitee(
    cli, demo_db_path: Path, tmp_path: Path
) -> None:
    meeting_id, invited, _, _ = _scheduled(demo_db_path)
    assert invited == 59
    pdf = tmp_path / "undangan.pdf"
    r = cli("--db", str(demo_db_path), "pdf", "invitation", str(meeting_id), "-o", str(pdf))
    assert r.returncode == 0, r.stderr
    photos = []
    for n, page in enumerate(render_pages(pdf.read_bytes(), 72), start=1):
        assert page.size == (596, 842)  # A4 at 72 dpi: the whole page
        photo = tmp_path / f"halaman-{n:02d}.jpg"
        photo.write_bytes(printed_page_photo(page, blur=1.0, jpeg=50))
        photos.append(str(photo))
    r = cli("--db", str(demo_db_path), "checkin", str(meeting_id), "--image", *photos, "--any-day")
    assert r.returncode == 0, r.stdout + r.stderr
    lines = r.stdout.splitlines()
    assert sum(1 for line in lines if ": HADIR: " in line) == 59
    assert lines[-1].startswith("Ringkasan: 59 kode dari ")
    assert "59 hadir, 0 sudah hadir, 0 ditolak" in lines[-1]
    assert _present(demo_db_path, meeting_id) == 59
    # The letter pages have no code: named on stderr, and the run still succeeds.
    assert "halaman-01.jpg: tidak ada kode QR yang terbaca." in r.stderr
    assert lines[-1].endswith("; 4 gambar tanpa kode.")
    # The same pictures again: every code answers "sudah hadir", nothing is added.
    again = cli("--db", str(demo_db_path), "checkin", str(meeting_id), "--image", *photos[-2:],
                "--any-day", "--json")  # fmt: skip
    assert again.returncode == 0, again.stderr
    assert '"already": ' in again.stdout.splitlines()[-1]
    assert _present(demo_db_path, meeting_id) == 59


def test_forged_other_meeting_and_unreadable_pictures(
    cli, demo_db_path: Path, tmp_path: Path
) -> None:
    meeting_id, _, good, other = _scheduled(demo_db_path)
    flipped = good[:-2] + ("A" if good[-2] != "A" else "B") + good[-1]
    forged = _qr_png(tmp_path / "palsu.png", flipped)
    foreign = _qr_png(tmp_path / "rapat-lain.png", other)
    poster = _qr_png(tmp_path / "poster.png", "12")  # not a person id when read from a photo
    blank = tmp_path / "kosong.png"
    segno.make_qr("x").save(str(blank), scale=1)  # too small to read: no code
    from PIL import Image

    Image.new("L", (400, 300), 200).save(blank)
    text_file = tmp_path / "catatan.jpg"
    text_file.write_text("bukan gambar")
    truncated = tmp_path / "terpotong.jpg"
    buf = io.BytesIO()
    Image.open(forged).convert("RGB").save(buf, "JPEG")
    truncated.write_bytes(buf.getvalue()[:200])

    def run(*pictures: Path):
        return cli("--db", str(demo_db_path), "checkin", str(meeting_id), "--image",
                   *map(str, pictures), "--any-day")  # fmt: skip

    r = run(forged)
    assert r.returncode == 2 and "TIDAK SAH" in r.stdout, r.stdout + r.stderr
    r = run(foreign)
    assert r.returncode == 2 and "RAPAT LAIN" in r.stdout
    r = run(poster)
    assert r.returncode == 2 and "HADIR" not in r.stdout.replace("TIDAK", "")
    r = run(blank)
    assert r.returncode == 2 and "kosong.png: tidak ada kode QR yang terbaca." in r.stderr
    r = run(text_file, truncated, tmp_path / "tidak-ada.png")
    assert r.returncode == 1
    assert "catatan.jpg: Bukan gambar yang dikenali" in r.stderr
    assert "terpotong.jpg: Gambar rusak atau terpotong." in r.stderr
    assert "tidak-ada.png: Berkas tidak ditemukan." in r.stderr
    for result in (r,):
        assert "Traceback" not in result.stderr
    assert _present(demo_db_path, meeting_id) == 0


@pytest.mark.parametrize(
    "args",
    [[], ["RKR2.AAAA", "--image", "x.png"], ["--image", "x.png", "--delegate-for", "3"]],
    ids=["neither", "both", "delegate"],
)
def test_one_code_or_pictures_not_both(cli, demo_db_path: Path, args: list[str]) -> None:
    meeting_id, *_ = _scheduled(demo_db_path)
    r = cli("--db", str(demo_db_path), "checkin", str(meeting_id), *args)
    assert r.returncode == 2 and r.stderr.strip() and "Traceback" not in r.stderr
