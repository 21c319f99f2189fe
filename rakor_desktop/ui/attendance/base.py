"""What the door window's mixins may use of one another, declared once.

Why it exists: :class:`KioskWindow` is assembled from a layout mixin, a panels
mixin and the window itself. Each part reads widgets and state the others create.
Declaring them here lets mypy check each part alone and shows a reader, in one
place, the contract between them. At run time the base is empty: the window
supplies everything.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import (
        QLabel,
        QListWidget,
        QListWidgetItem,
        QMainWindow,
        QPushButton,
        QStackedWidget,
    )

    from rakor_desktop.db import Database
    from rakor_desktop.services.attendance import checkin as svc
    from rakor_desktop.services.directory import search
    from rakor_desktop.ui.attendance.counters import CountersWidget
    from rakor_desktop.ui.attendance.signature_pad import SignaturePad
    from rakor_desktop.ui.attendance.widgets import FormEdit, ResultPanel, ScanEdit, _Pending
    from rakor_desktop.ui.camera.kiosk import CameraPanel, KioskCamera
    from rakor_desktop.ui.dbworker import DbThread

    class KioskBase(QMainWindow):
        # The window's state (KioskWindow.__init__).
        db: Database
        station: str
        clock: Callable[[], datetime]
        meeting_id: int | None
        desk: svc.CheckInDesk | None
        mode: str  # one of Mode
        hits: list[search.DirectoryEntry]
        picked: bool
        delegate_for: search.DirectoryEntry | None
        last_result: svc.CheckInResult | None
        last_departure: int | None
        last_unknown_text: str
        pending: _Pending | None
        form_for_delegate: bool
        other_day_confirmed: bool
        zone: str
        clear_timer: QTimer
        # Widgets (KioskLayoutMixin._build).
        overline: QLabel
        title_label: QLabel
        when_label: QLabel
        clock_label: QLabel
        station_label: QLabel
        scan_edit: ScanEdit
        scan_hint: QLabel
        stage: QStackedWidget
        result_panel: ResultPanel
        counters: CountersWidget
        camera_panel: CameraPanel
        camera: KioskCamera
        search_title: QLabel
        search_help: QLabel
        search_list: QListWidget
        form_title: QLabel
        form_help: QLabel
        form_name: FormEdit
        form_jabatan: FormEdit
        form_org: FormEdit
        form_error: QLabel
        form_save: QPushButton
        form_cancel: QPushButton
        sig_status: QLabel
        sig_title: QLabel
        sig_help: QLabel
        pad: SignaturePad
        sig_save: QPushButton
        sig_clear: QPushButton
        sig_skip: QPushButton
        chooser_help: QLabel
        chooser: QListWidget

        # Behaviour the window supplies to the mixins.
        def schedule_refresh(self) -> None: ...
        def show_result(self, r: svc.CheckInResult) -> None: ...
        def clear_result(self) -> None: ...
        def _write(self, fn: Callable[[Any], Any]) -> Any: ...
        def _show(self, tone: str, headline: str, **texts: str) -> None: ...
        def _show_idle(self) -> None: ...
        def _arm_clear(self) -> None: ...
        def _search(self, text: str) -> None: ...
        def _navigate(self, step: int) -> None: ...
        def _on_meeting_chosen(self, item: QListWidgetItem) -> None: ...
        def _on_counters(self, counters: svc.AttendanceCounters) -> None: ...
        def _on_counters_notice(self, text: str, tone: str) -> None: ...
        def _on_text_edited(self, text: str) -> None: ...
        def _on_item_clicked(self, item: QListWidgetItem) -> None: ...
        def _on_return(self) -> None: ...
        def _commit(self, fn: Callable[[Any, svc.CheckInDesk], svc.CheckInResult]) -> None: ...

        db_thread: DbThread | None
        _queued_scans: list[str]

        # ...and the panels mixin to the layout.
        def save_signature(self) -> bool: ...
        def skip_signature(self) -> None: ...
        def save_form(self) -> None: ...
        def cancel_form(self) -> None: ...
        def undo_last(self) -> None: ...
        def toggle_fullscreen(self) -> None: ...
        def _on_escape(self) -> None: ...
        def _on_command(self, name: str) -> None: ...
        def confirm_other_day(self) -> None: ...

else:

    class KioskBase:
        """Empty at run time: the window supplies everything declared above."""
