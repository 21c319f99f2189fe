"""Packets per OPD and the .ics invitation (issue 21), on the demo's Rakor."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from documents.pdftools import page_texts
from sqlmodel import select

from rakor_desktop.domain.enums import MeetingStatus
from rakor_desktop.domain.models import FollowUp, Meeting, Organization
from rakor_desktop.services.minutes.finalize import latest_revision
from rakor_desktop.services.packets.build import (
    MANIFEST,
    MESSAGE_FILE,
    build_packets,
    packet_organizations,
)
from rakor_desktop.services.packets.calendar import meeting_ics
from rakor_desktop.services.returns.reading import read_return
from rakor_desktop.services.signing.tte import copy_path

NOW = datetime(2026, 12, 4, 3, 0, tzinfo=UTC)


def _final_meeting(s) -> Meeting:
    return s.exec(
        select(Meeting)
        .where(Meeting.status == MeetingStatus.FINALIZED)
        .order_by(Meeting.starts_at.desc())  # type: ignore[attr-defined]
    ).first()


def test_one_folder_per_opd_with_its_own_matrix_and_form(demo_db, tmp_path: Path) -> None:
    with demo_db.session() as s:
        m = _final_meeting(s)
        orgs = packet_organizations(s, m.id)
        tasked = {
            o.name: n
            for o in orgs
            if (
                n := len(
                    s.exec(
                        select(FollowUp).where(
                            FollowUp.meeting_id == m.id, FollowUp.organization_id == o.id
                        )
                    ).all()
                )
            )
        }
        steps: list[tuple[int, int]] = []
        run = build_packets(
            s, m.id, tmp_path / "paket", now=NOW, progress=lambda d, t: steps.append((d, t))
        )
    assert len(run.packets) == len(orgs) >= 40 and steps[-1] == (len(orgs), len(orgs))
    manifest = json.loads((tmp_path / "paket" / MANIFEST).read_text(encoding="utf-8"))
    assert len(manifest["opd"]) == len(orgs)
    for packet, listed in zip(run.packets, manifest["opd"], strict=True):
        names = [p.name for p in packet.files]
        assert names[0].startswith("Notulen - ") and names[-1].startswith("Formulir Progres - ")
        for entry, path in zip(listed["files"], packet.files, strict=True):
            assert entry["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
        message = (packet.folder / MESSAGE_FILE).read_text(encoding="utf-8")
        assert message.startswith(f"Yth. Kepala {packet.organization},")
        assert all(f"- {n}" in message for n in names) and "notulen" in message
        form = read_return(packet.files[-1])
        with demo_db.session() as s:
            assert form.org_uuid == s.get(Organization, packet.organization_id).uuid
    # The matrix of an OPD with follow-ups lists its own, and nobody else's.
    name, count = max(tasked.items(), key=lambda kv: kv[1])
    packet = next(p for p in run.packets if p.organization == name)
    assert packet.followups >= count  # its own, and those carried to this meeting
    matrix = next(p for p in packet.files if p.name.startswith("Matriks Tindak Lanjut"))
    text = "".join(page_texts(matrix.read_bytes()))
    others = [o.name for o in orgs if o.name != name and o.name not in name]
    assert name.split()[-1] in text
    assert not [o for o in others if o in text]


def test_the_signed_copy_goes_out_when_there_is_one(demo_db, tmp_path: Path) -> None:
    with demo_db.session() as s:
        m = _final_meeting(s)
        rev = latest_revision(s, m.id)
        signed = copy_path(m.uuid, rev.number, None, by="kantor")
        signed.parent.mkdir(parents=True, exist_ok=True)
        signed.write_bytes(b"%PDF-1.7 signed by the office")
        run = build_packets(s, m.id, tmp_path / "paket", now=NOW)
    assert run.signed_minutes
    assert all(p.files[0].read_bytes() == b"%PDF-1.7 signed by the office" for p in run.packets)


def test_ics_is_folded_escaped_and_stable(demo_db) -> None:
    with demo_db.session(write=True) as s:
        m = _final_meeting(s)
        m.title = "Rapat, Evaluasi; Stunting\\Gizi 🎉 " + "panjang " * 12
        m.place = "Ruang Rapat Bupati, Lt. 2"
        s.add(m)
        s.flush()
        first = meeting_ics(s, m.id, now=NOW)
        second = meeting_ics(s, m.id, now=NOW)
        uid = m.uuid
    assert first == second and first.endswith(b"\r\n")
    lines = first.split(b"\r\n")
    assert all(len(line) <= 75 for line in lines)
    unfolded = first.decode("utf-8").replace("\r\n ", "").split("\r\n")
    assert f"UID:{uid}@rakor-desktop" in unfolded
    summary = next(line for line in unfolded if line.startswith("SUMMARY:"))
    assert summary.startswith("SUMMARY:Rapat\\, Evaluasi\\; Stunting\\\\Gizi 🎉 panjang")
    assert "LOCATION:Ruang Rapat Bupati\\, Lt. 2" in unfolded
    start = next(line for line in unfolded if line.startswith("DTSTART:"))
    assert start.endswith("Z") and len(start) == len("DTSTART:20261026T020000Z")


def test_a_meeting_without_opds_says_so(db, tmp_path: Path) -> None:
    from datetime import date

    from followup_data import meeting

    with db.session(write=True) as s:
        mid = meeting(s, date(2026, 12, 1)).id
    with db.session() as s, pytest.raises(ValueError, match="belum punya OPD"):
        build_packets(s, mid, tmp_path / "x", now=NOW)
