"""Nothing a bundle or a server copy carries changes a finalized meeting (issue 17 item 1).

Somebody holding a bundle can edit its rows and recompute the checksums; an honest
second laptop can edit a copy of a meeting that was finalized elsewhere. Either way
the finalized meeting here stays byte-for-byte what was signed: changes to it are held
as audited amendment proposals, a rewritten revision is refused, and the secretary
decides (accepting only inside an amendment, which ends in a new revision).
"""

from __future__ import annotations

import hashlib
import json
import shutil
import uuid
import zipfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from bundle_data import build_meeting
from sqlmodel import select

from rakor_desktop.db import open_database
from rakor_desktop.domain.enums import MeetingStatus
from rakor_desktop.domain.models import Attendance, Meeting, MinutesRevision, Note, Person
from rakor_desktop.services.meetings.close import MeetingLocked, begin_amendment
from rakor_desktop.services.transfer.bundle import BundleError, export_bundle, import_bundle
from rakor_desktop.services.transfer.proposals import (
    ProposalError,
    accept_proposal,
    list_proposals,
    reject_proposal,
)

LATER = "2030-01-01T00:00:00+00:00"  # "newer" than anything: must not matter


@pytest.fixture
def db(any_db):
    """SQLite and a real PostgreSQL server."""
    return any_db


def _finalized_meeting(db) -> int:
    with db.session(write=True) as s:
        m = build_meeting(s)
        m.status = MeetingStatus.FINALIZED.value
        s.add(m)
        assert m.id is not None
        return m.id


def _export(db, path: Path, meeting_id: int) -> Path:
    with db.session() as s:
        export_bundle(s, path, meeting_ids=[meeting_id])
    return path


def _data(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {n: zf.read(n) for n in zf.namelist() if n.startswith("data/")}


def _craft(
    good: Path, out: Path, change: Callable[[dict[str, list[dict]]], None], *, keep_seal: bool
) -> Path:
    """Edit the rows of a bundle and recompute its checksums, as an attacker would; the
    office's seal cannot be recomputed, so it is kept (and no longer matches) or dropped."""
    with zipfile.ZipFile(good) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    if not keep_seal:
        members.pop("seal.json")
    manifest = json.loads(members.pop("manifest.json"))
    tables = {
        name[len("data/") : -len(".jsonl")]: [json.loads(line) for line in data.splitlines()]
        for name, data in members.items()
        if name.startswith("data/")
    }
    change(tables)
    for name, rows in tables.items():
        data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode()
        members[f"data/{name}.jsonl"] = data
        manifest["files"][f"data/{name}.jsonl"] = {
            "sha256": hashlib.sha256(data).hexdigest(),
            "size": len(data),
        }
        manifest["counts"][name] = len(rows)
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr("manifest.json", json.dumps(manifest))
        for name, data in members.items():
            zf.writestr(name, data)
    return out


def _unfinalize(t: dict[str, list[dict]]) -> None:
    for m in t["meeting"]:
        m.update(status="draft", place="Ruang lain", updated_at=LATER)


def _rewrite_revision(t: dict[str, list[dict]]) -> None:
    for r in t["minutes_revision"]:
        forged = r["content"].replace("Serapan", "Realisasi palsu")
        r.update(content=forged, sha256=hashlib.sha256(forged.encode()).hexdigest())
        r["updated_at"] = LATER


def _inject_attendee(t: dict[str, list[dict]]) -> None:
    intruder = dict(t["person"][0])
    intruder.update(
        uuid=str(uuid.uuid4()), full_name="Penyusup Titip Absen", nip="199901012020121001"
    )
    intruder["name_key"] = "penyusup titip absen"
    t["person"].append(intruder)
    row = dict(t["attendance"][0])
    row.update(uuid=str(uuid.uuid4()), person_id=intruder["uuid"], invitation_id=None)
    t["attendance"].append(row)


def _edit_notes(t: dict[str, list[dict]]) -> None:
    for n in t["note"]:
        n.update(body="Catatan yang diganti", updated_at=LATER)


def _move_check_in_times(t: dict[str, list[dict]]) -> None:
    for a in t["attendance"]:
        a.update(checked_in_at="2025-08-25T01:00:00+00:00", is_late=False, updated_at=LATER)


CRAFTED = {
    "un-finalize": _unfinalize,
    "rewrite revision": _rewrite_revision,
    "inject attendee": _inject_attendee,
    "edit notes": _edit_notes,
    "change check-in times": _move_check_in_times,
}


@pytest.mark.parametrize("kind", list(CRAFTED))
def test_crafted_bundles_never_change_a_finalized_meeting(db, tmp_path: Path, kind: str) -> None:
    mid = _finalized_meeting(db)
    good = _export(db, tmp_path / "good.zip", mid)
    sealed = _craft(good, tmp_path / "sealed.zip", CRAFTED[kind], keep_seal=True)
    with pytest.raises(BundleError, match="diubah setelah dibuat"):
        import_bundle(db, sealed)
    crafted = _craft(good, tmp_path / "crafted.zip", CRAFTED[kind], keep_seal=False)
    unconfirmed = import_bundle(db, crafted)  # not sealed: shown, nothing written
    assert unconfirmed.needs_confirmation and unconfirmed.origin == "unsealed"
    assert _data(_export(db, tmp_path / "unconfirmed.zip", mid)) == _data(good)

    report = import_bundle(db, crafted, accept_foreign=True)  # the secretary said yes

    after = _export(db, tmp_path / "after.zip", mid)
    assert _data(after) == _data(good)  # the finalized meeting, byte for byte
    with db.session() as s:
        assert s.get(Meeting, mid).status == MeetingStatus.FINALIZED.value
        intruder = s.exec(select(Person).where(Person.full_name == "Penyusup Titip Absen")).first()
        if intruder is not None:  # the directory may learn a name; the meeting may not
            assert not s.exec(select(Attendance).where(Attendance.person_id == intruder.id)).all()
    if kind == "rewrite revision":
        assert [r["table"] for r in report.rejected] == ["minutes_revision"]
        assert "tidak pernah ditimpa" in report.rejected[0]["reason"]
    else:
        assert report.held, report.summary_lines()
        assert "TIDAK diterapkan" in "\n".join(report.summary_lines())
        with db.session() as s:
            assert len(list_proposals(s)) == len(report.held)


def test_proposals_are_decided_by_the_secretary_inside_an_amendment(db, tmp_path: Path) -> None:
    mid = _finalized_meeting(db)
    good = _export(db, tmp_path / "good.zip", mid)
    import_bundle(
        db, _craft(good, tmp_path / "notes.zip", _edit_notes, keep_seal=False), accept_foreign=True
    )
    with db.session() as s:
        (first,) = list_proposals(s)
        assert first.table == "note" and first.op == "update"
    # Not while the meeting is finalized: that would rewrite the signed record.
    with pytest.raises(MeetingLocked), db.session(write=True) as s:
        accept_proposal(s, first.id)
    with db.session(write=True) as s:
        begin_amendment(s, mid, "Koreksi catatan dari laptop notulis kedua")
        accept_proposal(s, first.id)
    with db.session() as s:
        bodies = {n.body for n in s.exec(select(Note).where(Note.meeting_id == mid))}
        assert "Catatan yang diganti" in bodies
        assert list_proposals(s) == []
    with pytest.raises(ProposalError), db.session(write=True) as s:
        reject_proposal(s, first.id)  # decided once


def test_rejected_proposals_leave_the_meeting_and_are_recorded(db, tmp_path: Path) -> None:
    mid = _finalized_meeting(db)
    good = _export(db, tmp_path / "good.zip", mid)
    crafted = _craft(good, tmp_path / "times.zip", _move_check_in_times, keep_seal=False)
    import_bundle(db, crafted, accept_foreign=True)
    with db.session(write=True) as s:
        for p in list_proposals(s):
            reject_proposal(s, p.id, reason="Jam hadir sudah benar")
    with db.session() as s:
        assert list_proposals(s) == []
    assert _data(_export(db, tmp_path / "after.zip", mid)) == _data(good)


def test_two_laptops_a_finalizes_b_edits_a_keeps_its_finalized_meeting(tmp_path: Path) -> None:
    """The honest case on SQLite: copies of one file, A finalizes, B edits the place."""
    a_path, b_path = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    a = open_database(a_path)
    with a.session(write=True) as s:
        m = build_meeting(s)
        m.status = MeetingStatus.CLOSED.value
        mid = m.id
    a.dispose()
    shutil.copy(a_path, b_path)
    a, b = open_database(a_path), open_database(b_path)
    try:
        with a.session(write=True) as s:
            m = s.get(Meeting, mid)
            m.status = MeetingStatus.FINALIZED.value
            s.add(m)
        signed = _export(a, tmp_path / "signed.zip", mid)
        with b.session(write=True) as s:
            m = s.get(Meeting, mid)
            m.place = "Pendopo (diubah di laptop B)"
            m.updated_at = datetime(2030, 1, 1, tzinfo=UTC)  # later than A, as in the field
            s.add(m)
        report = import_bundle(a, _export(b, tmp_path / "b.zip", mid))
        with a.session() as s:
            m = s.get(Meeting, mid)
            assert m.status == MeetingStatus.FINALIZED.value
            assert m.place != "Pendopo (diubah di laptop B)"
            revisions = s.exec(select(MinutesRevision).where(MinutesRevision.meeting_id == mid))
            assert len(list(revisions)) == 1
        assert [h["table"] for h in report.held] == ["meeting"]
        assert _data(_export(a, tmp_path / "after.zip", mid)) == _data(signed)
    finally:
        a.dispose()
        b.dispose()
