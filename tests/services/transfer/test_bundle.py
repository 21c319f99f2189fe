"""Offline transfer bundles: export, merge by uuid with conflicts listed, nothing lost."""

from __future__ import annotations

import json
import zipfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from bundle_data import build_meeting
from import_backup_support import content_hash, row_count, uuids
from sqlmodel import select

from rakor_desktop.db import open_database
from rakor_desktop.domain import clock
from rakor_desktop.domain.models import (
    Decision,
    FollowUpUpdate,
    Invitation,
    Meeting,
    Note,
    Organization,
    Person,
)
from rakor_desktop.domain.names import name_key
from rakor_desktop.services.transfer.bundle import (
    TABLES,
    export_bundle,
    import_bundle,
    load_bundle,
    meetings_in_range,
)


@pytest.fixture
def db(any_db):
    """Every test here runs on SQLite and on a real PostgreSQL server (issue 9)."""
    return any_db


@pytest.fixture
def pair(tmp_path: Path):
    """Two laptops of one office (one office secret: each other's bundles are their own)."""
    from bundle_data import same_office

    a = open_database(tmp_path / "a.sqlite")
    b = open_database(tmp_path / "b.sqlite")
    same_office(a, b)
    yield a, b
    a.dispose()
    b.dispose()


def export(db, path: Path, meeting_ids: list[int]) -> Path:
    with db.session() as s:
        export_bundle(s, path, meeting_ids=meeting_ids)
    return path


def members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {n: zf.read(n) for n in zf.namelist()}


def test_round_trip_carries_every_row_and_reexports_identically(pair, tmp_path: Path) -> None:
    a, b = pair
    with a.session(write=True) as s:
        mid = build_meeting(s).id
    first = export(a, tmp_path / "a.zip", [mid])
    manifest = json.loads(members(first)["manifest.json"])
    assert manifest["counts"]["attendance"] == 4 and manifest["counts"]["follow_up_update"] == 1
    assert all(len(m["sha256"]) == 64 for m in manifest["files"].values())

    report = import_bundle(b, first)
    assert report.total("inserted") == sum(manifest["counts"].values())
    assert not report.conflicts and not report.rejected and not report.warnings
    for table in TABLES:
        assert uuids(a.path, table) >= uuids(b.path, table)
        assert uuids(b.path, table) == {r["uuid"] for r in load_bundle(first).rows[table]}
    with b.session() as s:
        mid_b = s.exec(select(Meeting.id)).one()
    second = export(b, tmp_path / "b.zip", [mid_b])
    data_a = {k: v for k, v in members(first).items() if k.startswith("data/")}
    data_b = {k: v for k, v in members(second).items() if k.startswith("data/")}
    assert data_a == data_b  # same rows, same uuids, foreign keys remapped back and forth

    again = import_bundle(b, first)
    assert again.total("inserted") == 0 and again.total("unchanged") == sum(
        manifest["counts"].values()
    )


def test_overlapping_edits_report_conflicts_and_lose_no_row(pair, tmp_path: Path) -> None:
    a, b = pair
    with a.session(write=True) as s:
        mid = build_meeting(s).id
    import_bundle(b, export(a, tmp_path / "1.zip", [mid]))
    later = clock.utcnow() + timedelta(minutes=5)
    latest = later + timedelta(minutes=5)
    # A edits the note (newer) and adds a note; B edits the title (newer) and the note (older).
    with a.session(write=True) as s:
        note = s.exec(select(Note)).one()
        note.body, note.updated_at = "Versi A: serapan 47%", latest
        meeting = s.get(Meeting, mid)
        meeting.title, meeting.updated_at = "Judul dari A", later
        s.add(Note(meeting_id=mid, body="Catatan baru di A", position=2))
    with b.session(write=True) as s:
        note = s.exec(select(Note)).one()
        note.body, note.updated_at = "Versi B: serapan 46%", later
        meeting = s.exec(select(Meeting)).one()
        meeting.title, meeting.updated_at = "Judul dari B", latest
        s.add(Note(meeting_id=meeting.id, body="Catatan baru di B", position=3))
        s.add(Decision(meeting_id=meeting.id, text="Keputusan hanya di B"))
    before = {t: uuids(b.path, t) for t in TABLES}
    bundle = export(a, tmp_path / "2.zip", [mid])

    report = import_bundle(b, bundle)

    by_table = {c.table: c for c in report.conflicts}
    assert set(by_table) == {"note", "meeting"}
    assert by_table["note"].winner == "bundel"
    assert by_table["note"].fields["body"] == {
        "lokal": "Versi B: serapan 46%",
        "bundel": "Versi A: serapan 47%",
    }
    assert by_table["meeting"].winner == "lokal"
    assert by_table["meeting"].fields["title"]["bundel"] == "Judul dari A"  # the loser is listed
    assert report.inserted["note"] == 1
    with b.session() as s:
        bodies = sorted(n.body for n in s.exec(select(Note)))
        title = s.exec(select(Meeting.title)).one()
    assert bodies == ["Catatan baru di A", "Catatan baru di B", "Versi A: serapan 47%"]
    assert title == "Judul dari B"
    shipped = load_bundle(bundle)
    for table in TABLES:  # no row lost: everything B had, plus everything the bundle carried
        after = uuids(b.path, table)
        assert before[table] <= after
        assert {r["uuid"] for r in shipped.rows[table]} <= after
    assert any("Judul dari A" in line for line in report.summary_lines())


def test_same_person_created_on_two_laptops_is_matched_by_nip(pair, tmp_path: Path) -> None:
    a, b = pair
    with a.session(write=True) as s:
        mid = build_meeting(s).id
        nip = s.exec(select(Person.nip).where(Person.nip != None)).first()  # noqa: E711
    with b.session(write=True) as s:
        s.add(Person(full_name="Nama di B", name_key=name_key("Nama di B"), nip=nip))
        s.add(Organization(name="DINAS KESEHATAN"))
    report = import_bundle(b, export(a, tmp_path / "x.zip", [mid]))
    assert {m["table"] for m in report.matched_by_key} == {"person", "organization"}
    assert row_count(b.path, "person") == row_count(a.path, "person")
    assert row_count(b.path, "organization") == row_count(a.path, "organization")
    with b.session() as s:
        person = s.exec(select(Person).where(Person.nip == nip)).one()
        assert person.full_name == "Nama di B"  # B's row kept its uuid and id...
        assert s.exec(
            select(Invitation).where(Invitation.person_id == person.id)
        ).one()  # ...and got the invitation


def test_dry_run_reports_without_writing(pair, tmp_path: Path) -> None:
    a, b = pair
    with a.session(write=True) as s:
        mid = build_meeting(s).id
    before = content_hash(b.path)
    report = import_bundle(b, export(a, tmp_path / "x.zip", [mid]), dry_run=True)
    assert report.dry_run and report.total("inserted") > 0
    assert content_hash(b.path) == before


def test_references_outside_the_bundle_are_cleared_and_listed(pair, tmp_path: Path) -> None:
    a, b = pair
    with a.session(write=True) as s:
        mid = build_meeting(s).id
        later = build_meeting(
            s, title="Rakor September", starts_at=datetime(2025, 9, 22, 2, tzinfo=UTC)
        )
        update = s.exec(select(FollowUpUpdate)).first()
        update.meeting_id = later.id  # progress reported at a meeting not in the bundle
    report = import_bundle(b, export(a, tmp_path / "x.zip", [mid]))
    assert any("dikosongkan" in w for w in report.warnings)
    with b.session() as s:
        assert s.exec(select(FollowUpUpdate.meeting_id)).one() is None


def test_date_range_uses_office_calendar_days(db) -> None:
    wib = 7
    with db.session(write=True) as s:
        inside = build_meeting(
            s, title="Akhir Agustus", starts_at=datetime(2025, 8, 31, 23 - wib, 30, tzinfo=UTC)
        ).id
        outside = build_meeting(
            s,
            title="Awal September",
            starts_at=datetime(2025, 9, 1, 0, 30, tzinfo=UTC) - timedelta(hours=wib),
        ).id
    with db.session() as s:
        ids = meetings_in_range(s, date(2025, 8, 1), date(2025, 8, 31), "WIB")
    assert inside in ids and outside not in ids


def test_rows_that_clash_are_listed_and_the_rest_merged(pair, tmp_path: Path) -> None:
    a, b = pair
    with a.session(write=True) as s:
        mid = build_meeting(s).id
        guest_uuid = s.exec(select(Person.uuid).where(Person.nip == None)).one()  # noqa: E711
    import_bundle(b, export(a, tmp_path / "1.zip", [mid]))
    nip = "199001012015031001"
    now = clock.utcnow()
    with b.session(write=True) as s:  # B gives the NIP to somebody else first...
        s.add(
            Person(full_name="Orang Lain di B", name_key="orang lain di b", nip=nip, updated_at=now)
        )
    with a.session(write=True) as s:  # ...A gives it to the guest, later
        guest = s.exec(select(Person).where(Person.uuid == guest_uuid)).one()
        guest.nip, guest.updated_at = nip, now + timedelta(minutes=1)
        note = s.exec(select(Note)).one()
        note.body, note.updated_at = "Catatan diperbarui di A", now + timedelta(minutes=1)
    report = import_bundle(b, export(a, tmp_path / "2.zip", [mid]))
    assert [(r["table"], r["uuid"]) for r in report.rejected] == [("person", guest_uuid)]
    assert "bentrok" in report.rejected[0]["reason"]
    assert any("DITOLAK" in line for line in report.summary_lines())
    with b.session() as s:
        assert s.exec(select(Note.body)).one() == "Catatan diperbarui di A"  # the rest went in
        assert s.exec(select(Person).where(Person.uuid == guest_uuid)).one().nip is None
