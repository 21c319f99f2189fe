"""The secretary sees what another station wanted to change in a finalized meeting, and
decides (issue 17): reject with a reason at any time, apply only inside an amendment."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

from bundle_data import build_meeting
from meeting_data import make_ctx
from PySide6.QtCore import Qt
from sqlmodel import select

from rakor_desktop.domain.enums import MeetingStatus
from rakor_desktop.domain.models import Note
from rakor_desktop.services.transfer.bundle import export_bundle, import_bundle
from rakor_desktop.services.transfer.proposals import list_proposals
from rakor_desktop.ui.meetings.close_tab import CloseTab


def _proposing_bundle(db, tmp_path: Path, meeting_id: int) -> Path:
    """This meeting's bundle with its notes and place rewritten (so without the office seal)."""
    good = tmp_path / "good.zip"
    with db.session() as s:
        export_bundle(s, good, meeting_ids=[meeting_id])
    with zipfile.ZipFile(good) as zf:
        members = {n: zf.read(n) for n in zf.namelist() if n != "seal.json"}
    manifest = json.loads(members.pop("manifest.json"))
    later = "2030-01-01T00:00:00+00:00"
    for table, change in (
        ("note", {"body": "Catatan dari laptop lain", "updated_at": later}),
        ("meeting", {"place": "Pendopo Kabupaten", "updated_at": later}),
    ):
        rows = [json.loads(line) for line in members[f"data/{table}.jsonl"].splitlines()]
        for row in rows:
            row.update(change)
        data = "".join(json.dumps(r) + "\n" for r in rows).encode()
        members[f"data/{table}.jsonl"] = data
        manifest["files"][f"data/{table}.jsonl"] = {
            "sha256": hashlib.sha256(data).hexdigest(),
            "size": len(data),
        }
    out = tmp_path / "usulan.zip"
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr("manifest.json", json.dumps(manifest))
        for name, body in members.items():
            zf.writestr(name, body)
    return out


def _bodies(db, meeting_id: int) -> list[str]:
    with db.session() as s:
        return [n.body for n in s.exec(select(Note).where(Note.meeting_id == meeting_id))]


def test_proposals_are_shown_rejected_and_applied_inside_an_amendment(qtbot, db, tmp_path) -> None:
    with db.session(write=True) as s:
        m = build_meeting(s)
        m.status = MeetingStatus.FINALIZED.value
        s.add(m)
        mid = m.id
    original = _bodies(db, mid)
    import_bundle(db, _proposing_bundle(db, tmp_path, mid), accept_foreign=True)
    with db.session() as s:
        assert len(list_proposals(s)) >= 2  # one per note: two to decide here

    tab = CloseTab(make_ctx(db, tmp_path), mid, "WIB")
    qtbot.addWidget(tab)
    tab.resize(1200, 760)
    tab.show()
    tab.refresh()
    card = tab.proposals
    assert card.isVisible() and card.list.count() >= 2
    texts = [card.list.item(i).text() for i in range(card.list.count())]
    assert any("isi catatan: Catatan dari laptop lain" in t for t in texts), texts
    assert any("tempat: Pendopo Kabupaten" in t for t in texts), texts
    assert not any("updated_at" in t for t in texts)
    assert not card.btn_accept.isEnabled()  # finalized: amend first
    card.ask_reason = lambda *_a, **_k: ("Catatan final sudah benar", True)
    card.list.setCurrentRow(
        next(i for i in range(card.list.count()) if "Pendopo" in card.list.item(i).text())
    )
    qtbot.mouseClick(card.btn_reject, Qt.MouseButton.LeftButton)
    left = card.list.count()
    assert "ditolak" in card.message.text()
    assert _bodies(db, mid) == original

    tab.reason.setText("Catatan dari laptop lain memang lebih lengkap")
    qtbot.mouseClick(tab.btn_amend, Qt.MouseButton.LeftButton)
    assert card.btn_accept.isEnabled()
    qtbot.mouseClick(card.btn_accept, Qt.MouseButton.LeftButton)
    assert "diterapkan" in card.message.text(), card.message.text()
    assert card.list.count() == left - 1
    assert "Catatan dari laptop lain" in _bodies(db, mid)
