"""What every page receives: the open database, settings, the office zone, a clock.

Pages take an :class:`AppContext` in their constructor instead of reaching for
globals, so a test builds a context over its own temporary database, its own
settings file and a synchronous worker executor, and drives the real widget.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from platformdirs import user_config_path
from PySide6.QtCore import QByteArray, QObject, QSettings, Signal

from rakor_desktop import APP_ID
from rakor_desktop.db import Database
from rakor_desktop.domain.types import utcnow
from rakor_desktop.ui.workers import Executor, ThreadPoolExecutor, Worker


@dataclass(frozen=True, slots=True)
class Option:
    """One declared setting (Picard style): key, type and default in one place."""

    key: str
    default: Any
    type: type


OPTIONS: dict[str, Option] = {
    o.key: o
    for o in (
        Option("ui/language", "id", str),
        Option("window/geometry", b"", bytes),
        Option("window/state", b"", bytes),
        Option("window/page", "beranda", str),
        Option("files/last_dir", "", str),
        # The door station's camera (ui/camera): which one, and whether it was on.
        Option("kiosk/camera", "", str),
        Option("kiosk/camera_on", False, bool),
        # Where the last per-OPD packets were written (ui/packets): the next go beside them.
        Option("packets/folder", "", str),
    )
}


def settings_path() -> Path:
    """The INI file in the user config dir (tests isolate it through XDG_CONFIG_HOME)."""
    return user_config_path(APP_ID, appauthor=False) / "rakor-desktop.ini"


class AppSettings:
    """Typed access to the declared options, stored in one INI file.

    One object per application (held by the context), instead of ``QSettings()``
    constructed all over the code with whatever organisation name is current.
    """

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or settings_path()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._qs = QSettings(str(self.path), QSettings.Format.IniFormat)

    def value(self, key: str) -> Any:
        option = OPTIONS[key]
        raw = self._qs.value(key, option.default)
        if raw is None:
            return option.default
        if option.type is bytes:
            if isinstance(raw, QByteArray):
                return raw.data()
            return bytes(raw) if isinstance(raw, (bytes, bytearray)) else b""
        if option.type is bool:
            return raw in (True, "true", "1", 1)
        try:
            return option.type(raw)
        except (TypeError, ValueError):
            return option.default

    def set_value(self, key: str, value: Any) -> None:
        option = OPTIONS[key]
        if option.type is bytes:
            from PySide6.QtCore import QByteArray

            value = QByteArray(bytes(value))
        self._qs.setValue(key, value)

    def sync(self) -> None:
        self._qs.sync()


class AppEvents(QObject):
    """Application-wide notifications so pages refresh without knowing each other."""

    office_changed = Signal()
    data_changed = Signal(str)  # what changed: "meetings", "people", "followups"...
    database_changed = Signal()


@dataclass
class AppContext:
    db: Database
    settings: AppSettings
    zone: str = "WIB"
    language: str = "id"
    executor: Executor = field(default_factory=ThreadPoolExecutor)
    clock: Callable[[], datetime] = utcnow
    events: AppEvents = field(default_factory=AppEvents)
    # The interactive window paints its first screen before building what is
    # costly and below the fold (the Beranda charts); tests and screenshots build
    # everything at once so what they see is complete.
    progressive: bool = False

    def now(self) -> datetime:
        return self.clock()

    def run(self, worker: Worker) -> Worker:
        """Start long work (PDF, import, backup) off the GUI thread."""
        return self.executor.start(worker)

    def reload_zone(self) -> str:
        """Re-read the office zone after the office settings changed."""
        from rakor_desktop.services.office.settings import office_zone

        with self.db.session() as s:
            self.zone = office_zone(s)
        return self.zone
