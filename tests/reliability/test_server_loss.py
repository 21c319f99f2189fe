"""The office server goes away mid-meeting, then comes back.

A PostgreSQL server of its own (stopping the shared one would break other tests) is
shut down with ``pg_ctl stop -m fast`` while stations hold pooled connections, as
when someone restarts the server machine. A check-in and a note save then fail
with a clear Indonesian message and write nothing; the door keeps the scanned code
and the notes editor keeps the typed text; once the server is started again the
retried save goes through, on the same pooled engine, with nothing lost or doubled.
"""

from __future__ import annotations

from datetime import date

import pytest
from checkin_data import EARLY, attendance_rows, build
from meeting_data import Clock, make_ctx, wib
from pgserver import controlled_server, create_database, find_bindir

from rakor_desktop.db import open_database
from rakor_desktop.db.retry import RETRYING_MESSAGE, ServerUnreachable, run_with_retry
from rakor_desktop.services.attendance import checkin as svc
from rakor_desktop.services.attendance.checkin import State
from rakor_desktop.services.meetings import agenda, notes
from rakor_desktop.services.office.changes import ChangeProbe

pytestmark = pytest.mark.postgres
_names = iter(range(1_000_000))


@pytest.fixture(scope="module")
def server():
    if find_bindir() is None:
        pytest.skip("PostgreSQL server binaries not installed (make test installs them when root)")
    with controlled_server() as srv:
        yield srv


@pytest.fixture
def db(server):
    if not server.running:
        server.start()
    database = open_database(create_database(server.url, f"loss{next(_names)}"))
    yield database
    database.dispose()
    if not server.running:
        server.start()


def _check_in(db, desk: svc.CheckInDesk, code: str) -> svc.CheckInResult:
    def unit() -> svc.CheckInResult:
        with db.session(write=True) as s:
            return desk.check_in(s, code, now=EARLY, station="pintu-utara")

    return svc.retry_locked(unit)


def test_check_in_and_note_save_fail_clearly_then_go_through(server, db) -> None:
    rakor = build(db)
    with db.session(write=True) as s:
        desk = svc.CheckInDesk.load(s, rakor.meeting_id)
        item = agenda.add_item(s, rakor.meeting_id, "Evaluasi APBD").id
    first, second = rakor.invited[:2]
    assert _check_in(db, desk, rakor.payloads[first]).state is State.NEW  # pool is warm
    probe = ChangeProbe(db)
    typed = "- Realisasi fisik 45,5%\n- **Lelang** ulang paket jalan"

    def save_note() -> None:
        with db.session(write=True) as s:
            notes.save_note(s, rakor.meeting_id, item, typed)

    server.stop("fast")
    with pytest.raises(ServerUnreachable) as lost:
        _check_in(db, desk, rakor.payloads[second])
    assert lost.value.message.startswith("Server basis data tidak terjangkau")
    waits: list[str] = []
    with pytest.raises(ServerUnreachable):
        run_with_retry(save_note, attempts=2, delay=0.05, on_retry=lambda m, _n: waits.append(m))
    assert waits == [RETRYING_MESSAGE] == ["Server basis data tidak terjangkau; mencoba lagi..."]
    assert probe.changed() is False and probe.failing is True  # a probe never crashes a screen

    server.start()
    again = _check_in(db, desk, rakor.payloads[second])
    assert again.state is State.NEW and again.person_id == second
    run_with_retry(save_note)
    assert probe.changed() is True and probe.failing is False
    people = [r["person_id"] for r in attendance_rows(db, rakor.meeting_id)]
    assert sorted(people) == sorted([first, second])  # nothing lost, nothing twice
    with db.session() as s:
        assert notes.get_note(s, rakor.meeting_id, item) == typed


def test_the_door_keeps_the_scanned_code_until_the_server_is_back(qtbot, server, db) -> None:
    from PySide6.QtCore import Qt

    from rakor_desktop.ui.attendance.window import KioskWindow

    rakor = build(db)
    window = KioskWindow(db, rakor.meeting_id, station="pintu-utara", clock=lambda: EARLY,
                         watch=False, clear_after_ms=0)  # fmt: skip
    qtbot.addWidget(window)
    window.show()
    code = rakor.payloads[rakor.invited[0]]
    server.stop("fast")
    qtbot.keyClicks(window.scan_edit, code)
    qtbot.keyClick(window.scan_edit, Qt.Key.Key_Return)
    panel = window.result_panel
    assert panel.tone == "error" and panel.headline.text() == "GAGAL MENYIMPAN"
    assert "Server basis data tidak terjangkau" in panel.help.text()
    assert window.scan_edit.text() == code  # nothing to scan again
    server.start()
    qtbot.keyClick(window.scan_edit, Qt.Key.Key_Return)
    assert panel.headline.text() == "HADIR" and window.scan_edit.text() == ""
    assert [r["person_id"] for r in attendance_rows(db, rakor.meeting_id)] == [rakor.invited[0]]


def test_typed_notes_stay_in_the_editor_and_are_saved_when_the_server_returns(
    qtbot, server, db, tmp_path
) -> None:
    from PySide6.QtCore import Qt

    from rakor_desktop.domain.models import Meeting
    from rakor_desktop.ui.meetings.workspace import MeetingWorkspace

    day = date(2025, 8, 25)
    with db.session(write=True) as s:
        m = Meeting(title="Rakor Agustus", starts_at=wib(day))
        s.add(m)
        s.flush()
        item = agenda.add_item(s, m.id, "Evaluasi APBD")
        ids = (m.id, item.id)
    ws = MeetingWorkspace(make_ctx(db, tmp_path, Clock(wib(day, 9))), ids[0], "WIB")
    qtbot.addWidget(ws)
    ws.show()
    ws.load()
    ws.show_tab("live")
    live = ws.live
    qtbot.keyClicks(live.editor, "- Arahan Bupati: percepat lelang")
    assert live.autosaver.flush() is True  # saved while the server is up
    server.stop("fast")
    qtbot.keyClick(live.editor, Qt.Key.Key_Return)  # the bullet continues by itself
    qtbot.keyClicks(live.editor, "Serapan anggaran 45,5%")
    assert live.autosaver.flush() is False
    assert live.autosaver.dirty
    assert ws.save_status.text() == (
        "Server basis data tidak terjangkau; teks tetap di layar, mencoba lagi…"
    )
    typed = "- Arahan Bupati: percepat lelang\n- Serapan anggaran 45,5%"
    assert live.editor.toPlainText() == typed
    server.start()
    qtbot.waitUntil(lambda: not live.autosaver.dirty, timeout=20_000)  # the retry timer
    assert ws.save_status.text() == "Tersimpan 09.00"
    with db.session() as s:
        assert notes.get_note(s, *ids) == typed


def _longest_gui_stall(qtbot, seconds: float) -> float:
    """The longest gap (ms) between ticks of a 5 ms timer on the GUI thread."""
    import time

    from PySide6.QtCore import QTimer

    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    qtbot.wait(int(seconds * 1000))
    timer.stop()
    assert len(ticks) > 10, "the event loop did not run"
    return max(b - a for a, b in zip(ticks, ticks[1:], strict=False)) * 1000


def test_watchers_keep_the_window_painting_while_the_server_is_away(qtbot, server, db) -> None:
    """The kiosk polls the server for other stations' commits a few times a second.

    Stopped (connection refused) and then frozen (SIGSTOP: connections hang until the
    3 s connect timeout), the server must not stall the GUI thread: the probes run on
    the window's database thread and back off while they fail.
    """
    import os
    import signal

    from rakor_desktop.ui.attendance.window import KioskWindow
    from rakor_desktop.ui.change_watcher import ChangeWatcher

    rakor = build(db)
    window = KioskWindow(db, rakor.meeting_id, station="pintu-utara", clock=lambda: EARLY,
                         watch=True, clear_after_ms=0)  # fmt: skip
    qtbot.addWidget(window)
    window.show()
    extra = ChangeWatcher(db, interval_ms=50)  # a second screen polling eagerly
    states: list[bool] = []
    extra.reachable_changed.connect(states.append)
    try:
        baseline = _longest_gui_stall(qtbot, 0.5)
        server.stop("fast")
        refused = _longest_gui_stall(qtbot, 1.5)
        assert states == [False] and extra.interval_ms > 50  # noticed, and backing off
        server.start()
        pid = int((server.data / "postmaster.pid").read_text().split()[0])
        os.kill(pid, signal.SIGSTOP)
        try:
            frozen = _longest_gui_stall(qtbot, 2.0)
        finally:
            os.kill(pid, signal.SIGCONT)
        print(f"GUI stall ms: baseline {baseline:.1f}, refused {refused:.1f}, frozen {frozen:.1f}")
        assert refused < 100 and frozen < 100
        # Back: the next commit by another station reaches the watcher again.
        qtbot.waitUntil(lambda: states[-1] is True, timeout=15000)
        with db.session() as s:
            desk = svc.CheckInDesk.load(s, rakor.meeting_id)
        with qtbot.waitSignal(extra.changed, timeout=5000):
            _check_in(db, desk, rakor.payloads[rakor.invited[0]])
    finally:
        extra.close()
        window.close()


def _freeze(pid: int, sig: int) -> None:
    """Send ``sig`` to the postmaster and every backend: open connections hang too."""
    import os
    import subprocess

    children = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True).stdout
    for p in [pid, *(int(c) for c in children.split())]:
        os.kill(p, sig)


class _Heartbeat:
    """Ticks of a 5 ms timer on the GUI thread; ``longest_gap_ms`` is the worst stall."""

    def __init__(self) -> None:
        import time

        from PySide6.QtCore import QTimer

        self.ticks: list[float] = []
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(lambda: self.ticks.append(time.monotonic()))
        self.timer.start()

    def stop(self) -> float:
        self.timer.stop()
        assert len(self.ticks) > 10, "the event loop did not run"
        return max(b - a for a, b in zip(self.ticks, self.ticks[1:], strict=False)) * 1000


def test_scanning_and_typing_keep_the_window_painting_while_the_server_is_frozen(
    qtbot, server, db, tmp_path
) -> None:
    """Issue 16: a check-in and a notes autosave while the server hangs (every server
    process SIGSTOPped for 1.5 s, as a server swapping or a switch rebooting) wait on
    the window's database thread. Keys go to the focused widget; the GUI thread's
    longest stall stays under 100 ms, the door says it is saving, and both writes land
    once the server answers again."""
    import signal
    import threading

    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from rakor_desktop.domain.models import Meeting
    from rakor_desktop.ui.attendance.window import KioskWindow
    from rakor_desktop.ui.meetings.workspace import MeetingWorkspace

    rakor = build(db)
    kiosk = KioskWindow(db, rakor.meeting_id, station="pintu-utara", clock=lambda: EARLY,
                        watch=False, clear_after_ms=0)  # fmt: skip
    qtbot.addWidget(kiosk)
    kiosk.show()
    kiosk.activateWindow()
    kiosk.scan_edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is kiosk.scan_edit)
    first, second = rakor.invited[:2]
    pid = int((server.data / "postmaster.pid").read_text().split()[0])
    seen: list[str] = []
    _freeze(pid, signal.SIGSTOP)
    QTimer.singleShot(300, lambda: seen.append(kiosk.result_panel.headline.text()))
    threading.Timer(1.5, _freeze, (pid, signal.SIGCONT)).start()  # not the GUI's timer
    try:
        beat = _Heartbeat()
        qtbot.keyClicks(QApplication.focusWidget(), rakor.payloads[first])
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # waits, painting
        scan_stall = beat.stop()
    finally:
        _freeze(pid, signal.SIGCONT)
    assert seen == ["MENYIMPAN..."]  # said while waiting
    assert kiosk.result_panel.headline.text() == "HADIR" and kiosk.scan_edit.text() == ""

    day = date(2025, 8, 25)
    with db.session(write=True) as s:
        m = Meeting(title="Rakor Agustus", starts_at=wib(day))
        s.add(m)
        s.flush()
        item = agenda.add_item(s, m.id, "Evaluasi APBD")
        ids = (m.id, item.id)
    ws = MeetingWorkspace(make_ctx(db, tmp_path, Clock(wib(day, 9))), ids[0], "WIB")
    qtbot.addWidget(ws)
    ws.show()
    ws.load()
    ws.show_tab("live")
    live = ws.live
    live.editor.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is live.editor)
    qtbot.keyClicks(QApplication.focusWidget(), "Serapan anggaran 45,5%")
    _freeze(pid, signal.SIGSTOP)
    threading.Timer(1.5, _freeze, (pid, signal.SIGCONT)).start()  # not the GUI's timer
    try:
        beat = _Heartbeat()
        saved = live.autosaver.flush()  # what the debounce timer does
        notes_stall = beat.stop()
    finally:
        _freeze(pid, signal.SIGCONT)
    print(f"GUI stall ms with a hung server: scan {scan_stall:.1f}, notes {notes_stall:.1f}")
    assert saved is True and live.editor.toPlainText() == "Serapan anggaran 45,5%"
    assert scan_stall < 100 and notes_stall < 100
    with db.session() as s:
        assert notes.get_note(s, *ids) == "Serapan anggaran 45,5%"
    assert [r["person_id"] for r in attendance_rows(db, rakor.meeting_id)] == [first]
    assert second not in {r["person_id"] for r in attendance_rows(db, rakor.meeting_id)}
