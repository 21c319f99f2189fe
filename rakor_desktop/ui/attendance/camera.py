"""The door station's side of the camera (F5): codes from ``ui/camera`` take the scanner's path.

A mixin of :class:`~rakor_desktop.ui.attendance.window.KioskWindow`.
"""

from __future__ import annotations

from rakor_desktop.ui.attendance.base import KioskBase
from rakor_desktop.ui.attendance.widgets import Mode, Page
from rakor_desktop.ui.camera.kiosk import KioskCamera
from rakor_desktop.ui.context import AppSettings


class KioskCameraMixin(KioskBase):
    def _build_camera(self, settings: AppSettings | None) -> None:
        """The laptop's camera as a second scanner. It comes back on at start when it
        was on when the door closed (``kiosk/camera_on``)."""
        self.camera = KioskCamera(
            self.camera_panel, clock=self.clock, ready=self._camera_ready, settings=settings,
            parent=self,
        )  # fmt: skip
        self.camera.code.connect(self.submit_camera_code)
        if settings is not None and settings.value("kiosk/camera_on"):
            self.camera.start()

    def _camera_ready(self) -> bool:
        """The door takes a code from the camera only when a scanner's would go straight
        to a check-in: a meeting open, no name half typed, no form or pad waiting."""
        return (
            self.desk is not None
            and self.mode == Mode.SCAN
            and self.pending is None
            and not self.scan_edit.text().strip()
            and self.stage.currentIndex() == Page.RESULT
        )

    def submit_camera_code(self, text: str) -> None:
        """A card the camera read: the scanner's check-in, answer and refusals."""
        if self.db_thread is not None and self.db_thread.busy:
            self._queued_scans.append(text)
            return
        self._commit(lambda s, d: d.check_in(
            s, text, now=self.clock(), station=self.station, allow_person_id=False))  # fmt: skip
