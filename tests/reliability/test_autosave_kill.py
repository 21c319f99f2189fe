"""Kill test: notes typed through the real workspace survive a SIGKILL, minus the last 2 s.

A child process opens the meeting workspace offscreen, types into the live notes
editor with real key events (QTest.keyClicks) and prints how much it has typed and
when. The test SIGKILLs it mid-sentence, reopens the database and checks that the
stored note is a prefix of the typed text holding at least everything typed more
than two seconds before the kill.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest
from meeting_data import wib

from rakor_desktop.db import open_database
from rakor_desktop.domain.models import Meeting
from rakor_desktop.services.meetings import agenda, notes

REPO = Path(__file__).resolve().parents[2]
TYPE_FOR_S = 5.0
GUARANTEE_S = 2.0

TEXT = "".join(
    f"- Butir {i:03d}: realisasi anggaran {40 + i % 50},5% dan kendala lelang di desa ke-{i}. "
    for i in range(400)
)

CHILD = r"""
import os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from rakor_desktop.db import open_database
from rakor_desktop.ui.meetings.workspace import MeetingWorkspace

path, meeting_id, text = sys.argv[1], int(sys.argv[2]), sys.argv[3]

from pathlib import Path
from rakor_desktop.ui.context import AppContext, AppSettings

app = QApplication([])
db = open_database(path)
ctx = AppContext(db=db, settings=AppSettings(Path(path).with_suffix(".ini")), zone="WIB")
ws = MeetingWorkspace(ctx, meeting_id, "WIB")
ws.resize(1200, 800)
ws.show()
ws.load()
ws.show_tab("live")
editor = ws.live.editor
typed = 0
print("ready", time.monotonic(), flush=True)

def type_some():
    global typed
    chunk = text[typed:typed + 3]
    if not chunk:
        return
    QTest.keyClicks(editor, chunk)
    typed += len(chunk)
    print("typed", typed, time.monotonic(), flush=True)

timer = QTimer()
timer.setInterval(40)
timer.timeout.connect(type_some)
timer.start()
app.exec()
"""


@pytest.mark.slow
def test_notes_survive_sigkill(tmp_path: Path) -> None:
    path = tmp_path / "kill.sqlite"
    db = open_database(path)
    with db.session(write=True) as s:
        m = Meeting(title="Rakor", starts_at=wib(date(2025, 8, 25)))
        s.add(m)
        s.flush()
        item = agenda.add_item(s, m.id, "Penyerapan anggaran")
        meeting_id, item_id = m.id, item.id
    db.dispose()

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path), str(meeting_id), TEXT],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=REPO,
        env=env,
    )
    progress: list[tuple[int, float]] = []
    started = None
    try:
        while True:
            line = proc.stdout.readline()
            assert line, f"child ended early: {proc.stderr.read()}"
            parts = line.split()
            if parts[0] == "ready":
                started = float(parts[1])
                continue
            if parts[0] == "typed":
                progress.append((int(parts[1]), float(parts[2])))
                if started is not None and progress[-1][1] - started >= TYPE_FOR_S:
                    break
        killed_at = time.monotonic()
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.stdout.close()
        proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL

    old_enough = [n for n, at in progress if at <= killed_at - GUARANTEE_S]
    assert old_enough, "typing ran long enough to have text older than 2 s"
    must_have = max(old_enough)
    db = open_database(path)
    try:
        with db.session() as s:
            body = notes.get_note(s, meeting_id, item_id)
    finally:
        db.dispose()
    print(f"typed {progress[-1][0]} chars; {must_have} older than 2 s; stored {len(body)}")
    assert TEXT.startswith(body), "the stored note is exactly what was typed, in order"
    assert len(body) >= must_have, (
        f"stored {len(body)} chars, but {must_have} were typed more than 2 s before the kill"
    )
    assert len(body) <= progress[-1][0]
