"""A second secretary window on the same meeting shows a warning banner, never a modal.

Two real workspaces over one SQLite file (two leases in one process, as two windows
would hold them) and the real kiosk window beside them.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from meeting_data import build_regency, make_ctx, wib
from PySide6.QtWidgets import QApplication, QDialog

from rakor_desktop.services.meetings import editor as meeting_editor
from rakor_desktop.services.meetings.presence import lease_path
from rakor_desktop.ui import formatting as fmt
from rakor_desktop.ui.meetings.workspace import MeetingWorkspace

DAY = date(2025, 8, 25)


@pytest.fixture
def meeting_id(db) -> int:
    with db.session(write=True) as s:
        build_regency(s)
        m = meeting_editor.create_meeting(
            s,
            meeting_editor.MeetingInput(
                title="Rakor Agustus",
                starts_at=wib(DAY, 9),
                ends_at=wib(DAY, 12),
                place="Sasana Bhakti Praja",
            ),
            now=wib(DAY, 8),
        )
        return m.id


def open_workspace(qtbot, db, meeting_id: int, tmp_path: Path) -> MeetingWorkspace:
    ws = MeetingWorkspace(make_ctx(db, tmp_path), meeting_id, "WIB")
    qtbot.addWidget(ws)
    ws.resize(1280, 800)
    ws.show()
    qtbot.waitExposed(ws)
    ws.load()
    return ws


def test_second_window_warns_and_the_warning_clears_when_the_first_leaves(
    qtbot, db, db_path, meeting_id, tmp_path
) -> None:
    first = open_workspace(qtbot, db, meeting_id, tmp_path)
    assert first.presence.lease.held
    assert not first.presence_banner.isVisible()
    assert lease_path(db_path, meeting_id).exists()

    def visible_dialogs() -> set[int]:
        return {
            id(w)
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QDialog) and w.isVisible()
        }

    dialogs_before = visible_dialogs()
    second = open_workspace(qtbot, db, meeting_id, tmp_path)
    assert not second.presence.lease.held
    banner = second.presence_banner
    assert banner.isVisible()
    holder = second.presence.holder
    assert holder is not None
    since = fmt.clock(holder.since, "WIB").rsplit(" ", 1)[0]
    assert re.fullmatch(r"\d\d\.\d\d", since)
    assert banner.text() == (
        f"Rapat ini sedang dibuka di jendela sekretaris lain ({holder.host}, sejak {since}). "
        "Perubahan bisa saling menimpa."
    )
    # Non-blocking: no dialog popped up, and the second window still edits.
    assert visible_dialogs() <= dialogs_before
    assert second.details.title.isEnabled() and not second.locked

    # The same meeting in the first window shows no warning about itself.
    first.presence.check()
    assert not first.presence_banner.isVisible()

    first.shutdown()  # the first secretary leaves the meeting
    assert not lease_path(db_path, meeting_id).exists()
    second.presence.check()  # its 30-second refresh
    assert not second.presence_banner.isVisible()
    assert second.presence.lease.held
    second.shutdown()
    assert not lease_path(db_path, meeting_id).exists()


def test_the_door_station_takes_no_lease(qtbot, db, db_path, meeting_id, tmp_path) -> None:
    from rakor_desktop.ui.attendance.window import KioskWindow

    ws = open_workspace(qtbot, db, meeting_id, tmp_path)
    before = lease_path(db_path, meeting_id).read_text(encoding="utf-8")
    kiosk = KioskWindow(db, meeting_id, station="meja-1")
    qtbot.addWidget(kiosk)
    kiosk.show()
    qtbot.waitExposed(kiosk)
    ws.presence.check()
    assert not ws.presence_banner.isVisible()
    assert ws.presence.lease.held
    kiosk.close()
    assert lease_path(db_path, meeting_id).exists()
    assert '"token"' in before  # the workspace's lease, untouched by the kiosk
