"""F6 on a meeting planned for another day asks first (issue 15 item 8).

Before, F6 set a January meeting "Berlangsung" in December without a word.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from meeting_data import Clock, build_regency, make_ctx, wib
from PySide6.QtWidgets import QMessageBox

from rakor_desktop.domain.enums import MeetingStatus
from rakor_desktop.domain.models import Meeting
from rakor_desktop.services.meetings import agenda
from rakor_desktop.services.meetings import editor as meeting_editor

DAY = date(2027, 1, 14)


@pytest.fixture
def meeting_id(db) -> int:
    with db.session(write=True) as s:
        build_regency(s)
        m = meeting_editor.create_meeting(
            s,
            meeting_editor.MeetingInput(title="Rakor Januari", starts_at=wib(DAY, 9), place="X"),
            now=wib(DAY - timedelta(days=30), 8),
        )
        agenda.add_item(s, m.id, "Pembukaan", planned_minutes=10)
        return m.id


def _status(db, meeting_id: int) -> str:
    with db.session() as s:
        return s.get(Meeting, meeting_id).status


def test_service_refuses_to_start_on_another_day_unless_told(db, meeting_id) -> None:
    december = wib(DAY - timedelta(days=41), 10)
    with (
        pytest.raises(agenda.NotMeetingDay, match="Kamis, 14 Januari 2027"),
        db.session(write=True) as s,
    ):
        agenda.start_live(s, meeting_id, now=december)
    assert _status(db, meeting_id) != MeetingStatus.IN_PROGRESS
    with db.session(write=True) as s:
        assert agenda.start_live(s, meeting_id, now=december, other_day=True) is not None
    assert _status(db, meeting_id) == MeetingStatus.IN_PROGRESS
    with db.session(write=True) as s:  # on the day itself nobody is asked
        assert agenda.start_live(s, meeting_id, now=wib(DAY, 9)) is not None


def test_live_tab_asks_and_no_leaves_the_meeting_unstarted(qtbot, db, meeting_id, tmp_path) -> None:
    from rakor_desktop.ui.meetings.live_tab import LiveTab

    ctx = make_ctx(db, tmp_path, Clock(wib(DAY - timedelta(days=41), 10)))
    tab = LiveTab(ctx, meeting_id, "WIB")
    qtbot.addWidget(tab)
    tab.refresh()
    asked: list[str] = []
    tab.ask = lambda _p, _t, text: asked.append(text) or QMessageBox.StandardButton.No
    tab.start()
    assert asked and "bukan hari ini" in asked[0]
    assert _status(db, meeting_id) != MeetingStatus.IN_PROGRESS
    tab.ask = lambda *_a: QMessageBox.StandardButton.Yes
    tab.start()
    assert _status(db, meeting_id) == MeetingStatus.IN_PROGRESS
