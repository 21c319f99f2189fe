"""The on-screen signature the README promises can be asked for (issue 15).

Before, ``signatures_required`` existed in the database and the kiosk honoured it, but
nothing in the window could set it: the door never asked anyone to sign.
"""

from __future__ import annotations

from datetime import date, timedelta

from meeting_data import Clock, build_regency, make_ctx, wib
from PySide6.QtCore import Qt

from rakor_desktop.domain.models import Meeting
from rakor_desktop.services.meetings import editor as meeting_editor
from rakor_desktop.ui.meetings.workspace import MeetingWorkspace

DAY = date(2027, 1, 14)


def test_rincian_turns_the_door_signature_on_and_off(qtbot, db, tmp_path) -> None:
    with db.session(write=True) as s:
        build_regency(s)
        mid = meeting_editor.create_meeting(
            s,
            meeting_editor.MeetingInput(title="Rakor Januari", starts_at=wib(DAY, 9), place="X"),
            now=wib(DAY - timedelta(days=3), 8),
        ).id
    ctx = make_ctx(db, tmp_path, Clock(wib(DAY - timedelta(days=1), 10)))
    ws = MeetingWorkspace(ctx, mid, "WIB")
    qtbot.addWidget(ws)
    ws.resize(1366, 768)
    ws.show()
    ws.load()
    box = ws.details.signatures
    assert not box.isChecked()  # off by default: the door stays at about a second a person
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    with db.session() as s:
        assert s.get(Meeting, mid).signatures_required is True
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    with db.session() as s:
        assert s.get(Meeting, mid).signatures_required is False
