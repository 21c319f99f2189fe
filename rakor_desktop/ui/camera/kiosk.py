"""The camera at the door station: F5 turns it on and off.

Codes read from frames reach the kiosk as if a scanner had typed them (``code``
signal): same check-in, same answers, same refusals. A card held in front of the
camera for seconds is one check-in (``services/scanning/seen.py``). A code is only
handed over when the kiosk is ready for it (no name being typed, no form open); until
then the card simply stays "not yet seen", so it is taken as soon as the door is free.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtMultimedia import QVideoFrame
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from rakor_desktop.domain.nip import NIP_LENGTH, clean
from rakor_desktop.services.attendance.codes import looks_like_code
from rakor_desktop.services.scanning.seen import SeenCodes
from rakor_desktop.ui.camera.capture import CameraCapture, device_key
from rakor_desktop.ui.camera.frames import DecodedFrame
from rakor_desktop.ui.camera.preview import CameraPreview
from rakor_desktop.ui.camera.worker import FrameDecoder
from rakor_desktop.ui.context import AppSettings


def is_check_in_code(text: str) -> bool:
    """An invitation payload or a NIP; other QR codes in view (a poster, a phone
    screen) are outlined in grey and otherwise ignored."""
    digits = clean(text)
    return looks_like_code(text) or (digits.isdigit() and len(digits) == NIP_LENGTH)


class CameraPanel(QFrame):
    """The preview, the camera chooser and one status line; hidden while the camera is off.

    It sits under the answer, in the door's wide left column: the counters and the
    missing list on the right need all the height a 768-pixel screen has.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CameraPanel")
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(12)
        self.preview = CameraPreview()
        self.preview.is_ours = is_check_in_code
        self.chooser = QComboBox()
        self.chooser.setAccessibleName(QCoreApplication.translate("KioskCamera", "Kamera"))
        # Picked with the mouse only: a scanner's keystrokes must never land in it.
        self.chooser.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.status = QLabel()
        self.status.setObjectName("CameraStatus")
        self.status.setWordWrap(True)
        lay.addWidget(self.preview, 3)
        side = QVBoxLayout()
        side.addWidget(self.status)
        side.addWidget(self.chooser)
        side.addStretch(1)
        lay.addLayout(side, 2)
        self.setVisible(False)


class KioskCamera(QObject):
    code = Signal(str)

    def __init__(
        self,
        panel: CameraPanel,
        *,
        clock: Callable[[], datetime],
        ready: Callable[[], bool],
        settings: AppSettings | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.panel = panel
        self.clock = clock
        self.ready = ready
        self.settings = settings
        self.seen = SeenCodes()
        self.capture = CameraCapture(self)
        self.decoder = FrameDecoder(self)
        self.capture.frame.connect(self._on_frame)
        self.capture.failed.connect(self._on_failed)
        self.capture.started.connect(self._on_started)
        self.capture.devicesChanged.connect(self._fill_chooser)
        self.decoder.decoded.connect(self._on_decoded)
        self.panel.chooser.activated.connect(self._on_chosen)
        self.on = False
        self.last: DecodedFrame | None = None
        self._fill_chooser()

    # -------------------------------------------------------------- switching

    def toggle(self) -> None:
        if self.on:
            self.stop()
        else:
            self.start()

    def start(self) -> None:
        self.on = True
        self.seen.reset()
        self.panel.setVisible(True)
        self.panel.preview.show_message(
            QCoreApplication.translate("KioskCamera", "Menyalakan kamera...")
        )
        self.panel.status.setText("")
        self._remember("kiosk/camera_on", True)
        self.capture.start(self._setting("kiosk/camera", ""))

    def stop(self) -> None:
        self.on = False
        self.capture.stop()
        self.seen.reset()
        self.panel.setVisible(False)
        self._remember("kiosk/camera_on", False)

    def shutdown(self) -> None:
        """Window closing: camera off, worker thread joined (the setting stays as it was)."""
        self.capture.stop()
        self.decoder.stop()

    # -------------------------------------------------------------- frames

    def _on_frame(self, frame: QVideoFrame) -> None:
        if self.on:
            self.decoder.submit(frame)

    def feed(self, frame: QVideoFrame) -> None:
        """Put a frame into the capture's sink (tests, and a picture dropped on the door)."""
        self.capture.sink.setVideoFrame(frame)

    def _on_decoded(self, result: DecodedFrame) -> None:
        if not self.on:
            return
        self.last = result
        self.panel.preview.show_frame(result.preview, result.size, result.codes)
        if not self.ready():
            return  # the card stays unseen; it is taken when the door is free
        texts = [c.text for c in result.codes if is_check_in_code(c.text)]
        for text in self.seen.fresh(texts, self.clock().timestamp()):
            self.code.emit(text)

    # -------------------------------------------------------------- status

    def _on_failed(self, text: str) -> None:
        self.panel.setVisible(True)
        self.panel.preview.show_message(text)
        self.panel.status.setText(QCoreApplication.translate("KioskCamera", "F5: matikan kamera"))

    def _on_started(self, description: str) -> None:
        self.panel.status.setText(
            QCoreApplication.translate("KioskCamera", "Kamera: {name} · F5 mematikan").format(
                name=description
            )
        )
        self.panel.status.setToolTip(description)

    def _fill_chooser(self) -> None:
        chooser = self.panel.chooser
        chooser.clear()
        wanted = self._setting("kiosk/camera", "")
        for device in self.capture.available():
            chooser.addItem(device.description(), device_key(device))
            if device_key(device) == wanted:
                chooser.setCurrentIndex(chooser.count() - 1)
        chooser.setVisible(chooser.count() > 1)

    def _on_chosen(self, index: int) -> None:
        key = self.panel.chooser.itemData(index)
        if not key:
            return
        self._remember("kiosk/camera", key)
        if self.on:
            self.capture.start(key)

    # -------------------------------------------------------------- settings

    def _setting(self, key: str, default: str) -> str:
        if self.settings is None:
            return default
        return str(self.settings.value(key))

    def _remember(self, key: str, value: object) -> None:
        if self.settings is not None:
            self.settings.set_value(key, value)
