"""Opening the laptop's camera with QtMultimedia, and telling why when it cannot.

Frames go to a ``QVideoSink`` the caller reads (``frame`` signal); tests put frames
into the same sink, so everything after the camera itself runs as in the room. The
camera list follows hot-plugging (``QMediaDevices.videoInputsChanged``): a USB
webcam pulled out says so, and plugging it back in resumes when it is the one chosen.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCameraPermission, QCoreApplication, QObject, QSize, Qt, Signal
from PySide6.QtMultimedia import (
    QCamera,
    QCameraDevice,
    QCameraFormat,
    QMediaCaptureSession,
    QMediaDevices,
    QVideoFrame,
    QVideoSink,
)

log = logging.getLogger(__name__)

# The largest frame asked for: a card at arm's length needs ~3 pixels a module, and
# bigger frames only cost decoding time (see benchmarks/bench_camera.py).
MAX_SIZE = QSize(1280, 720)


def device_key(device: QCameraDevice) -> str:
    """What the settings remember of a camera: its id, stable across restarts."""
    return bytes(device.id().data()).hex()


def best_format(device: QCameraDevice) -> QCameraFormat | None:
    """The largest resolution up to 1280x720, then the highest frame rate."""
    fitting = [
        f
        for f in device.videoFormats()
        if f.resolution().width() <= MAX_SIZE.width()
        and f.resolution().height() <= MAX_SIZE.height()
    ]
    if not fitting:
        return None
    return max(
        fitting,
        key=lambda f: (f.resolution().width() * f.resolution().height(), f.maxFrameRate()),
    )


class CameraCapture(QObject):
    frame = Signal(QVideoFrame)
    failed = Signal(str)  # an Indonesian line for the door officer
    started = Signal(str)  # the camera's description
    devicesChanged = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.devices = QMediaDevices(self)
        self.devices.videoInputsChanged.connect(self._on_inputs_changed)
        self.session = QMediaCaptureSession(self)
        self.sink = QVideoSink(self)
        self.session.setVideoSink(self.sink)
        self.sink.videoFrameChanged.connect(self.frame)
        self.camera: QCamera | None = None
        self.wanted: str = ""  # device key the user chose ("" = the system default)
        self.want_on = False

    @staticmethod
    def available() -> list[QCameraDevice]:
        return list(QMediaDevices.videoInputs())

    @property
    def active(self) -> bool:
        return self.camera is not None and self.camera.isActive()

    def start(self, key: str = "") -> None:
        """Open the chosen camera (or the default); ``failed`` says why not."""
        self.want_on = True
        self.wanted = key
        app = QCoreApplication.instance()
        permission = QCameraPermission()
        status = app.checkPermission(permission) if app is not None else Qt.PermissionStatus.Granted
        if status == Qt.PermissionStatus.Undetermined and app is not None:
            app.requestPermission(permission, self, self._on_permission)
            return
        if status == Qt.PermissionStatus.Denied:
            self.failed.emit(
                QCoreApplication.translate(
                    "KioskCamera",
                    "Izin kamera ditolak oleh sistem. Izinkan di pengaturan privasi, lalu tekan F5.",
                )
            )
            return
        self._open()

    def _on_permission(self, permission: QCameraPermission) -> None:
        app = QCoreApplication.instance()
        if app is not None and app.checkPermission(permission) == Qt.PermissionStatus.Granted:
            self._open()
        else:
            self.failed.emit(
                QCoreApplication.translate(
                    "KioskCamera",
                    "Izin kamera ditolak oleh sistem. Izinkan di pengaturan privasi, lalu tekan F5.",
                )
            )

    def _open(self) -> None:
        self._close()
        devices = self.available()
        if not devices:
            self.failed.emit(
                QCoreApplication.translate(
                    "KioskCamera",
                    "Tidak ada kamera di laptop ini. Pemindai dan ketik NIP/nama tetap bisa dipakai.",
                )
            )
            return
        chosen = next((d for d in devices if device_key(d) == self.wanted), None)
        device = chosen or QMediaDevices.defaultVideoInput()
        if device.isNull():
            device = devices[0]
        camera = QCamera(device, self)
        fmt = best_format(device)
        if fmt is not None:
            camera.setCameraFormat(fmt)
        camera.errorOccurred.connect(self._on_error)
        self.camera = camera
        self.session.setCamera(camera)
        camera.start()
        log.info(
            "camera %s started (%s)", device.description(), fmt.resolution() if fmt else "default"
        )
        self.started.emit(device.description())

    def stop(self) -> None:
        self.want_on = False
        self._close()

    def _close(self) -> None:
        if self.camera is not None:
            self.camera.stop()
            self.session.setCamera(None)  # type: ignore[arg-type]  # None detaches it
            self.camera.deleteLater()
            self.camera = None

    def _on_error(self, error: QCamera.Error, text: str) -> None:
        if error == QCamera.Error.NoError:
            return
        log.warning("camera error %s: %s", error, text)
        self._close()
        self.failed.emit(
            QCoreApplication.translate(
                "KioskCamera",
                "Kamera tidak dapat dipakai ({error}). Pemindai dan ketik NIP/nama tetap bisa.",
            ).format(error=text or str(error))
        )

    def _on_inputs_changed(self) -> None:
        self.devicesChanged.emit()
        if not self.want_on:
            return
        present = {device_key(d) for d in self.available()}
        if self.camera is not None and device_key(self.camera.cameraDevice()) not in present:
            self._close()
            self.failed.emit(
                QCoreApplication.translate(
                    "KioskCamera", "Kamera terlepas. Pasang kembali; kamera menyala lagi sendiri."
                )
            )
        elif self.camera is None and present:
            self._open()
