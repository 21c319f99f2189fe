"""Decoding camera frames on a thread of their own, newest frame first.

A webcam delivers 30 frames a second; the decoder needs a few milliseconds each,
but a slow laptop or a busy moment must never queue frames up (the answer would lag
behind the card) nor block the GUI thread (the scanner's keystrokes and the answer
panel live there). So the worker holds one slot: a new frame replaces a frame not yet
started, and the result comes back to the GUI thread as a queued signal.
"""

from __future__ import annotations

import logging
import threading
import time
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import QVideoFrame

from rakor_desktop.ui.camera.frames import DecodedFrame, decode_image, preview_of

log = logging.getLogger(__name__)

PREVIEW_WIDTH = 400


class FrameDecoder(QObject):
    """``submit`` frames from the GUI thread; ``decoded`` arrives there too."""

    decoded = Signal(object)  # DecodedFrame

    def __init__(
        self, parent: QObject | None = None, *, preview_width: int = PREVIEW_WIDTH
    ) -> None:
        super().__init__(parent)
        self.preview_width = preview_width
        self._cond = threading.Condition()
        self._latest: Any = None
        self._running = True
        self.dropped = 0  # frames replaced before their turn (a figure for the notes)
        self._thread = threading.Thread(target=self._run, name="rakor-camera-decode", daemon=True)
        self._thread.start()

    def submit(self, frame: QVideoFrame | QImage) -> None:
        with self._cond:
            if self._latest is not None:
                self.dropped += 1
            self._latest = frame
            self._cond.notify()

    def stop(self) -> None:
        with self._cond:
            self._running = False
            self._latest = None
            self._cond.notify()
        self._thread.join(timeout=2)

    def _run(self) -> None:
        while True:
            with self._cond:
                while self._running and self._latest is None:
                    self._cond.wait()
                if not self._running:
                    return
                frame, self._latest = self._latest, None
            try:
                image = frame.toImage() if isinstance(frame, QVideoFrame) else frame
                if image.isNull():
                    continue
                start = time.perf_counter()
                codes = decode_image(image)
                ms = (time.perf_counter() - start) * 1000
                result = DecodedFrame(
                    tuple(codes), image.size(), preview_of(image, self.preview_width), ms
                )
            except Exception:  # a bad frame must not end the thread
                log.exception("camera frame could not be decoded")
                continue
            with self._cond:
                if not self._running:
                    return
            self.decoded.emit(result)
