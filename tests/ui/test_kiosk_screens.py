"""Render the door station in each state to PNG (docs/screenshots/kiosk-*.png).

Run with ``RAKOR_SCREENSHOT_DIR=docs/screenshots`` to refresh the committed images;
otherwise they go to a temporary folder and the test checks they are real images of
the right size and weight.
"""

from __future__ import annotations

import math
import os
from datetime import timedelta
from pathlib import Path

from checkin_data import EARLY, START, build
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from sqlalchemy import text

from rakor_desktop.services.attendance import checkin as svc
from rakor_desktop.ui.attendance.window import KioskWindow, Page


class Clock:
    def __init__(self, at) -> None:
        self.at = at

    def __call__(self):
        return self.at


def test_kiosk_states_render_clearly(qtbot, db, tmp_path: Path) -> None:
    out = Path(os.environ.get("RAKOR_SCREENSHOT_DIR") or tmp_path)
    out.mkdir(parents=True, exist_ok=True)
    rakor = build(db)
    with db.session(write=True) as s:  # a realistic morning: someone is already in
        for pid in rakor.invited[3:]:
            svc.check_in(s, rakor.meeting_id, str(pid), now=EARLY - timedelta(minutes=6))
    clock = Clock(EARLY)
    w = KioskWindow(db, rakor.meeting_id, station="meja-1", clock=clock, watch=False,
                    clear_after_ms=0)  # fmt: skip
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    shots: dict[str, Path] = {}

    def shot(name: str) -> None:
        w.refresh()
        qtbot.wait(10)
        path = out / f"kiosk-{name}.png"
        assert w.grab().save(str(path))
        shots[name] = path

    def scan(code: str) -> None:
        qtbot.keyClicks(w.scan_edit, code)
        qtbot.keyClick(w.scan_edit, Qt.Key.Key_Return)

    shot("idle")
    scan(rakor.payloads[rakor.invited[0]])
    assert w.result_panel.tone == "ok"
    shot("new")
    clock.at = EARLY + timedelta(minutes=20)
    scan(rakor.nips[rakor.invited[0]])
    assert w.result_panel.headline.text() == "SUDAH HADIR"
    shot("already")
    clock.at = START + timedelta(minutes=12)
    scan(rakor.payloads[rakor.invited[1]])
    assert w.result_panel.headline.text() == "HADIR · TERLAMBAT"
    shot("late")
    scan(rakor.other_payload)
    shot("wrong-meeting")
    qtbot.keyClicks(w.scan_edit, "sutris")
    shot("search")
    qtbot.keyClick(w.scan_edit, Qt.Key.Key_Escape)
    qtbot.keyClick(w.scan_edit, Qt.Key.Key_F2)
    qtbot.keyClicks(w.form_name, "AKP Budi Santoso, S.I.K.")
    qtbot.keyClicks(w.form_jabatan, "Kasat Lantas")
    qtbot.keyClicks(w.form_org, "Polres Pemalang")
    shot("walk-in")
    qtbot.keyClick(w.form_org, Qt.Key.Key_Escape)
    with db.engine.begin() as c:  # the secretary switches signatures on for this meeting
        c.execute(text("UPDATE meeting SET signatures_required = 1"))
    w.refresh()
    scan(rakor.payloads[rakor.invited[2]])
    assert w.stage.currentIndex() == Page.SIGNATURE
    pad = w.pad
    h = pad.height()
    pts = [QPoint(40 + i * 7, int(h * (0.5 - 0.2 * math.sin(i / 6)))) for i in range(70)]
    QTest.mousePress(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pts[0])
    for p in pts[1:]:
        QTest.mouseMove(pad, p)
    QTest.mouseRelease(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pts[-1])
    shot("signature")

    for name, path in shots.items():
        image = QImage(str(path))
        assert not image.isNull() and (image.width(), image.height()) == (1280, 800), name
        assert path.stat().st_size < 200_000, name
