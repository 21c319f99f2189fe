"""The camera at the door (issue 20): F5, frames from the capture sink, the scanner's path.

No test machine has a webcam, so frames are put into the very ``QVideoSink`` the
camera writes to (``KioskCamera.feed``); from there on everything runs as in the
room: the worker thread decodes, the kiosk checks in through the scanner's path. The
frames are synthetic camera pictures of the real printed cards (``camera_frames``).
Keys go to the focused widget, as the door officer's and the scanner's do.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from camera_frames import CONDITIONS, camera_frame, card_images, card_sheet_pdf
from checkin_data import EARLY, attendance_rows, build
from kiosk_keys import focused, open_focused_kiosk
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import QVideoFrame
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from screenshot_files import save_png

from rakor_desktop.domain.models import Person
from rakor_desktop.ui.attendance.window import KioskWindow
from rakor_desktop.ui.context import AppSettings


def _frame(picture: Image.Image) -> QVideoFrame:
    gray = picture.convert("L")
    image = QImage(
        gray.tobytes(), gray.width, gray.height, gray.width, QImage.Format.Format_Grayscale8
    )
    # Cameras hand over colour frames: the decoder converts, as it does for a webcam.
    return QVideoFrame(image.convertToFormat(QImage.Format.Format_RGB32))


@pytest.fixture
def room(db):
    """The test meeting and a camera picture of each of its cards (1280x720, everything bad)."""
    rakor = build(db)
    payloads = [rakor.payloads[p] for p in rakor.invited[:3]] + [rakor.other_payload]
    with db.session() as s:
        names = [s.get(Person, p).full_name for p in rakor.invited[:3]] + ["Tamu Rapat Lain"]
    pdf, _ = card_sheet_pdf(payloads=payloads, names=names)
    cards = card_images(pdf, payloads)
    frames = {
        p: camera_frame(cards[p], (1280, 720), CONDITIONS["semuanya"], seed=3) for p in payloads
    }
    empty = Image.new("L", (1280, 720), 96)
    return rakor, frames, empty


def _press(key: Qt.Key) -> None:
    QTest.keyClick(focused(), key)


def _rows(db, rakor) -> list[int]:
    return [r["person_id"] for r in attendance_rows(db, rakor.meeting_id)]


def test_f5_without_a_camera_says_so_and_the_scanner_keeps_working(qtbot, db, tmp_path) -> None:
    rakor = build(db)
    w = open_focused_kiosk(qtbot, db, rakor.meeting_id, lambda: EARLY)
    assert not w.camera_panel.isVisible()
    _press(Qt.Key.Key_F5)
    assert w.camera_panel.isVisible() and w.camera.on
    assert "Tidak ada kamera" in w.camera_panel.preview.message
    assert QApplication.focusWidget() is w.scan_edit  # the scanner's keys still land here
    for ch in rakor.payloads[rakor.invited[0]]:
        QTest.keyClicks(focused(), ch)
    _press(Qt.Key.Key_Return)
    assert w.result_panel.headline.text() == "HADIR"
    save_png(w, "kiosk-camera-none-1366x768", tmp_path)
    _press(Qt.Key.Key_F5)
    assert not w.camera_panel.isVisible() and not w.camera.on


def test_a_card_held_up_checks_in_once_through_the_scanners_path(qtbot, db, room, tmp_path) -> None:
    rakor, frames, empty = room
    now = [EARLY]
    w = open_focused_kiosk(qtbot, db, rakor.meeting_id, lambda: now[0])
    _press(Qt.Key.Key_F5)
    a, b = rakor.invited[:2]
    for _ in range(8):  # held in front of the camera for a while
        w.camera.feed(_frame(frames[rakor.payloads[a]]))
        qtbot.wait(15)
    qtbot.waitUntil(lambda: _rows(db, rakor) == [a], timeout=5000)
    qtbot.wait(100)
    assert _rows(db, rakor) == [a]
    assert w.result_panel.headline.text() == "HADIR"
    assert QApplication.focusWidget() is w.scan_edit
    last = w.camera.last
    assert last is not None and [c.text for c in last.codes] == [rakor.payloads[a]]
    assert last.decode_ms < 1000
    w.refresh()
    qtbot.waitUntil(lambda: "1 orang di ruangan" in w.counters.summary.text(), timeout=5000)
    save_png(w, "kiosk-camera-1366x768", tmp_path)

    # The next person: another card, another check-in.
    w.camera.feed(_frame(frames[rakor.payloads[b]]))
    qtbot.waitUntil(lambda: _rows(db, rakor) == [a, b], timeout=5000)
    # The first card again after it left the view for seconds: "sudah hadir", no new row.
    now[0] = EARLY + timedelta(seconds=10)
    w.camera.feed(_frame(empty))
    qtbot.waitUntil(lambda: w.camera.last is not None and not w.camera.last.codes, timeout=5000)
    w.camera.feed(_frame(frames[rakor.payloads[a]]))
    qtbot.waitUntil(lambda: w.result_panel.headline.text() == "SUDAH HADIR", timeout=5000)
    assert _rows(db, rakor) == [a, b]


def test_other_meeting_and_forged_cards_are_refused_like_the_scanners(qtbot, db, room) -> None:
    rakor, frames, _ = room
    w = open_focused_kiosk(qtbot, db, rakor.meeting_id, lambda: EARLY)
    _press(Qt.Key.Key_F5)
    w.camera.feed(_frame(frames[rakor.other_payload]))
    qtbot.waitUntil(
        lambda: w.result_panel.headline.text() == "UNDANGAN UNTUK RAPAT LAIN", timeout=5000
    )
    assert _rows(db, rakor) == []
    # A forged card: a genuine payload with one character changed, printed as a QR.
    import segno

    good = rakor.payloads[rakor.invited[2]]
    forged = good[:-2] + ("A" if good[-2] != "A" else "B") + good[-1]
    picture = Image.new("L", (1280, 720), 96)
    qr = segno.make_qr(forged, error="q")
    import io

    png = io.BytesIO()
    qr.save(png, kind="png", scale=10, border=4)
    png.seek(0)
    picture.paste(Image.open(png).convert("L"), (400, 120))
    w.camera.feed(_frame(picture))
    qtbot.waitUntil(lambda: w.result_panel.headline.text() == "KODE TIDAK SAH", timeout=5000)
    assert _rows(db, rakor) == []


def test_a_name_being_typed_is_never_interrupted_by_the_camera(qtbot, db, room) -> None:
    rakor, frames, _ = room
    w = open_focused_kiosk(qtbot, db, rakor.meeting_id, lambda: EARLY)
    _press(Qt.Key.Key_F5)
    for ch in "Anom":
        QTest.keyClicks(focused(), ch)
    a = rakor.invited[0]
    w.camera.feed(_frame(frames[rakor.payloads[a]]))
    qtbot.waitUntil(lambda: w.camera.last is not None and w.camera.last.codes != (), timeout=5000)
    qtbot.wait(50)
    assert w.scan_edit.text() == "Anom" and _rows(db, rakor) == []
    _press(Qt.Key.Key_Escape)  # the officer gives up typing
    qtbot.waitUntil(lambda: w.scan_edit.text() == "", timeout=2000)
    w.camera.feed(_frame(frames[rakor.payloads[a]]))  # the card is still held up
    qtbot.waitUntil(lambda: _rows(db, rakor) == [a], timeout=5000)


def test_the_camera_comes_back_on_when_it_was_on(qtbot, db, tmp_path) -> None:
    rakor = build(db)
    settings = AppSettings(tmp_path / "rakor.ini")
    w = KioskWindow(db, rakor.meeting_id, station="meja-1", clock=lambda: EARLY, watch=False,
                    settings=settings)  # fmt: skip
    qtbot.addWidget(w)
    w.show()
    assert not w.camera.on
    w.camera.toggle()
    assert settings.value("kiosk/camera_on") is True
    w.close()
    again = KioskWindow(db, rakor.meeting_id, station="meja-1", clock=lambda: EARLY, watch=False,
                        settings=AppSettings(tmp_path / "rakor.ini"))  # fmt: skip
    qtbot.addWidget(again)
    again.show()
    assert again.camera.on and again.camera_panel.isVisible()
    again.camera.toggle()
    assert settings.value("kiosk/camera_on") is False or not again.camera.on


@pytest.mark.parametrize(
    "size", [(1366, 768), (1280, 800), (1920, 1080)], ids=lambda s: f"{s[0]}x{s[1]}"
)
def test_the_camera_fits_the_door_screens(qtbot, db, room, size, tmp_path) -> None:
    """With the preview up, the window still fits the screen, the answer is not cut and
    nothing is squeezed below its size hint (the layout rules of issue 15)."""
    from layout_check import layout_problems

    rakor, frames, _ = room
    w = open_focused_kiosk(qtbot, db, rakor.meeting_id, lambda: EARLY, size=size)
    _press(Qt.Key.Key_F5)
    w.camera.feed(_frame(frames[rakor.payloads[rakor.invited[0]]]))
    qtbot.waitUntil(lambda: w.result_panel.headline.text() == "HADIR", timeout=5000)
    QApplication.processEvents()
    assert (w.width(), w.height()) == size
    assert layout_problems(w) == []
    w.refresh()  # the counters follow the check-in (as the change watcher does in the room)
    qtbot.waitUntil(lambda: "1 orang di ruangan" in w.counters.summary.text(), timeout=5000)
    name = w.result_panel.findChild(type(w.result_panel.headline), "ResultName")
    if name is not None:
        assert name.height() >= name.heightForWidth(name.width())  # the name is not cut
    save_png(w, f"kiosk-camera-{size[0]}x{size[1]}", tmp_path)
