"""The projector window: the room follows the agenda and sees directives as they are set.

A second top-level window. With two screens it goes full-screen on the one that is not
the secretary's (and moves when a projector is plugged in or pulled out); with one, it
is an ordinary window to drag where needed. It reads the meeting through the services
(``services/projector/state.py``) and refreshes on the application's change signal (the
secretary's window, same process) or the change watcher (another station), never by a
timer; the only timer ticks the running item's clock.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QGuiApplication, QScreen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from rakor_desktop.services.projector.state import SCENES, ProjectorState, projector_state
from rakor_desktop.ui import theme
from rakor_desktop.ui.projector.scenes import (
    AgendaScene,
    AttendanceScene,
    BlankScene,
    CarriedScene,
    DecisionsScene,
    MonevScene,
    Scene,
    body_px,
)


def projector_screen() -> QScreen | None:
    """The screen that is not the primary one (the secretary's), or None with one screen."""
    primary = QGuiApplication.primaryScreen()
    others = [s for s in QGuiApplication.screens() if s is not primary]
    return others[0] if others else None


class ProjectorWindow(QWidget):
    scene_changed = Signal(str)
    refreshed = Signal()

    def __init__(self, ctx, meeting_id: int, scene: str = "agenda") -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.ctx = ctx
        self.meeting_id = meeting_id
        self.state: ProjectorState | None = None
        self._current_started: datetime | None = None
        self.setWindowTitle(QCoreApplication.translate("Projector", "Rakor Desktop — Proyektor"))
        self.setObjectName("projector")
        self.setStyleSheet(f"QWidget#projector {{ background: {theme.SURFACE}; }}")
        self.setAutoFillBackground(True)
        outer = self.outer = QVBoxLayout(self)
        self.band = QWidget()
        self.band.setStyleSheet(f"background: {theme.SIDEBAR}; color: white;")
        band = QHBoxLayout(self.band)
        self.title = QLabel()
        self.title.setStyleSheet("color: white;")
        self.clock = QLabel()
        self.clock.setStyleSheet("color: white;")
        band.addWidget(self.title, 1)
        band.addWidget(self.clock)
        outer.addWidget(self.band)
        self.stack = QStackedWidget()
        self.scenes: dict[str, Scene] = {}
        for cls in (AgendaScene, DecisionsScene, AttendanceScene, CarriedScene, BlankScene):
            self._add(cls())
        self._add(MonevScene(ctx))
        outer.addWidget(self.stack, 1)
        self.scene = scene if scene in SCENES else "agenda"
        self.stack.setCurrentWidget(self.scenes[self.scene])
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(0)
        self._pending.timeout.connect(self.refresh)
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._clock_tick)
        ctx.events.data_changed.connect(self._data_changed)
        self.watcher = None
        if getattr(ctx.db, "path", None) is not None:
            from rakor_desktop.ui.change_watcher import ChangeWatcher

            self.watcher = ChangeWatcher(ctx.db, self)
            self.watcher.changed.connect(self._pending.start)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.screenAdded.connect(self._screens_changed)
            app.screenRemoved.connect(self._screens_changed)

    def _data_changed(self, _what: str) -> None:
        self._pending.start()  # one refresh for a burst of changes

    def _screens_changed(self, _screen: QScreen) -> None:
        if self.isVisible():
            QTimer.singleShot(0, self.place)  # a projector plugged in or pulled out

    def _add(self, scene: Scene) -> None:
        self.scenes[scene.key] = scene
        self.stack.addWidget(scene)

    # -- placement ------------------------------------------------------------------------
    def place(self) -> None:
        """Full screen on the second screen when there is one; a window otherwise."""
        target = projector_screen()
        if target is not None:
            self.setScreen(target)
            self.setGeometry(target.geometry())
            self.showFullScreen()
        else:
            if self.isFullScreen():
                self.showNormal()
            self.resize(1280, 720)
            self.show()
        self._rescale()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._rescale()

    def _rescale(self) -> None:
        h = max(self.height(), 300)
        margin = int(h / 30)
        self.outer.setContentsMargins(margin, margin // 2, margin, margin // 2)
        band_font = QFont(theme.FONT_FAMILY)
        band_font.setPixelSize(body_px(h))
        band_font.setBold(True)
        self.title.setFont(band_font)
        self.clock.setFont(band_font)
        for scene in self.scenes.values():
            scene.scale(h)

    # -- content --------------------------------------------------------------------------
    def set_scene(self, key: str) -> None:
        if key not in self.scenes:
            raise KeyError(key)
        self.scene = key
        self.stack.setCurrentWidget(self.scenes[key])
        if self.state is not None:
            self.scenes[key].show_state(self.state)
        self.scene_changed.emit(key)

    def step_scene(self, step: int) -> str:
        keys = list(SCENES)
        self.set_scene(keys[(keys.index(self.scene) + step) % len(keys)])
        return self.scene

    def refresh(self) -> None:
        now: datetime = self.ctx.now()
        with self.ctx.db.session() as s:
            self.state = projector_state(s, self.meeting_id, now)
        current = self.state.current
        self._current_started = (
            now - timedelta(seconds=current.elapsed_s) if current is not None else None
        )
        self.setUpdatesEnabled(False)
        try:
            self.title.setText(self.state.title)
            self._clock_tick()
            self.scenes[self.scene].show_state(self.state)
        finally:
            self.setUpdatesEnabled(True)
        running = self.state.current is not None
        if running and not self._tick.isActive():
            self._tick.start()
        elif not running:
            self._tick.stop()
        self.refreshed.emit()

    def _clock_tick(self) -> None:
        from rakor_desktop.domain.timefmt import to_office

        now = self.ctx.now()
        local = to_office(now, self.state.zone if self.state else "WIB")
        self.clock.setText(f"{local:%H.%M}")
        state, started = self.state, self._current_started
        if state is None or state.current is None or started is None:
            return
        # The running item's clock moves every second without re-reading the database.
        elapsed = int((now - started).total_seconds())
        if elapsed == state.current.elapsed_s:
            return
        index = state.agenda.index(state.current)
        current = replace(state.current, elapsed_s=elapsed)
        agenda = state.agenda[:index] + (current,) + state.agenda[index + 1 :]
        self.state = replace(state, agenda=agenda, current=current)
        if self.scene == "agenda":
            self.scenes["agenda"].show_state(self.state)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)
