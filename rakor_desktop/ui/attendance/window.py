"""The door station: scan, see a big green/amber/red answer, next person.

One input takes everything a USB barcode scanner or a person types: the QR
payload of an invitation (the scanner "types" it and presses Enter), an 18-digit
NIP with or without spaces, or a name fragment, which opens a search list
(arrow keys + Enter pick; Enter alone confirms a unique match). Nothing in the
scan path opens a dialog: walk-ins (F2), delegates (F3), departures (F4), undo
(Ctrl+Z) and the signature pad are inline panels that leave the scan field
focused, so a queue keeps moving even when one case needs typing.

A check-in is shown as confirmed only after its transaction committed. The
window keeps no Session: each scan is one ``db.session(write=True)`` unit of
work. Counters, the missing list and the search index follow other processes'
changes through a :class:`~rakor_desktop.ui.change_watcher.ChangeWatcher`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QListWidgetItem,
    QMainWindow,
    QWidget,
)

from rakor_desktop.db import Database
from rakor_desktop.domain.nip import NIP_LENGTH, clean
from rakor_desktop.domain.timefmt import format_day, hhmm, to_office
from rakor_desktop.domain.types import utcnow
from rakor_desktop.services.attendance import checkin as svc
from rakor_desktop.services.directory import search
from rakor_desktop.services.office.settings import get_office
from rakor_desktop.ui.attendance import messages, style
from rakor_desktop.ui.attendance.camera import KioskCameraMixin
from rakor_desktop.ui.attendance.focus import ScanFocusKeeper
from rakor_desktop.ui.attendance.layout import KioskLayoutMixin
from rakor_desktop.ui.attendance.panels import KioskPanelsMixin
from rakor_desktop.ui.attendance.widgets import (  # noqa: F401 - CTX, KEYS, OCCASIONAL_KEYS, Mode, Page: the door's API
    CLEAR_AFTER_MS,
    CTX,
    HEADLINES,
    KEYS,
    LATE_HEADLINE,
    OCCASIONAL_KEYS,
    SEARCH_LIMIT,
    SHORT_QUERY_DELAY_MS,
    Mode,
    Page,
    _Pending,
    _tr,
    long_date,
)
from rakor_desktop.ui.change_watcher import ChangeWatcher
from rakor_desktop.ui.context import AppSettings
from rakor_desktop.ui.dbworker import DbThread
from rakor_desktop.ui.widgets import fit_to_screen

log = logging.getLogger(__name__)


class KioskWindow(KioskLayoutMixin, KioskPanelsMixin, KioskCameraMixin, QMainWindow):
    """Door check-in for one meeting. ``meeting_id=None`` picks today's meeting or asks."""

    checkedIn = Signal(object)  # CheckInResult, after commit

    def __init__(
        self,
        db: Database,
        meeting_id: int | None = None,
        parent: QWidget | None = None,
        *,
        station: str | None = None,
        clock: Callable[[], datetime] | None = None,
        watch: bool = True,
        clear_after_ms: int = CLEAR_AFTER_MS,
        settings: AppSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.station = station or svc.default_station()
        self.clock = clock or utcnow
        self.meeting_id: int | None = None
        self.desk: svc.CheckInDesk | None = None
        self.index = search.DirectoryIndex([])
        self.mode = Mode.SCAN
        self.hits: list[search.DirectoryEntry] = []
        self.picked = False  # the user moved through the list with the arrow keys
        self.delegate_for: search.DirectoryEntry | None = None
        self.last_result: svc.CheckInResult | None = None
        self.last_departure: int | None = None  # attendance whose departure is on screen
        self.other_day_confirmed = False
        self.last_unknown_text = ""
        self.pending: _Pending | None = None
        self.present: dict[int, svc.AttendeeRow] = {}
        self.missing_ids: set[int] = set()
        self.form_for_delegate = False
        self.zone = "WIB"
        self.meeting_refusal: svc.CheckInResult | None = None

        self.setWindowTitle(self.tr("Registrasi Rapat - Rakor Desktop"))
        self._build()
        fit_to_screen(self, 1280, 800)

        self.clear_timer = QTimer(self)
        self.clear_timer.setSingleShot(True)
        self.clear_timer.setInterval(max(int(clear_after_ms), 0))
        self.clear_timer.timeout.connect(self.clear_result)
        # One or two letters are searched only after a human pause: a scanner types
        # "R", "RK" before "RKR1..." gives the code away, and nobody reads a list
        # of 3,000 people matching "r".
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SHORT_QUERY_DELAY_MS)
        self.search_timer.timeout.connect(self._search_after_pause)
        self.refresh_timer = QTimer(self)
        self.refresh_timer.setSingleShot(True)
        self.refresh_timer.setInterval(60)
        self.refresh_timer.timeout.connect(self.refresh)
        self.clock_timer = QTimer(self)
        self.clock_timer.setInterval(10_000)
        self.clock_timer.timeout.connect(self._tick)
        self.clock_timer.start()

        # Writes run on a database thread; the window keeps painting while they wait.
        self.db_thread: DbThread | None = DbThread(self, name="rakor-kiosk-db")
        self._queued_scans: list[str] = []
        self.watcher: ChangeWatcher | None = ChangeWatcher(db, self, start=watch)
        self.watcher.changed.connect(self.schedule_refresh)
        self.focus_keeper: ScanFocusKeeper | None = ScanFocusKeeper(
            self, self.scan_edit, self._focus_may_leave_scan
        )
        self._build_camera(settings)

        if meeting_id is None:
            with db.session() as s:
                meeting_id = svc.default_kiosk_meeting(s, self.clock())
        if meeting_id is None:
            self.show_chooser()
        else:
            self.open_meeting(meeting_id)

    # ------------------------------------------------------------------ layout

    # ------------------------------------------------------------ meeting

    def show_chooser(self) -> None:
        self.mode = Mode.CHOOSE
        with self.db.session() as s:
            self.zone = get_office(s).time_zone
            meetings = svc.kiosk_meetings(s, self.clock())
        self.chooser.clear()
        for m in meetings:
            local = to_office(m.starts_at, self.zone)
            assert local is not None
            item = QListWidgetItem(f"{long_date(local)}  {hhmm(m.starts_at, self.zone)}\n{m.title}")
            item.setData(Qt.ItemDataRole.UserRole, m.id)
            self.chooser.addItem(item)
        if meetings:
            self.chooser.setCurrentRow(0)
        else:
            self.chooser_help.setText(
                self.tr("Tidak ada rapat terjadwal. Buat rapat di jendela utama, lalu buka lagi.")
            )
        self.title_label.setText(self.tr("Belum ada rapat dipilih"))
        self.when_label.setText("")
        self.scan_edit.setEnabled(False)
        self.stage.setCurrentIndex(Page.CHOOSER)
        self.chooser.setFocus()

    def _on_meeting_chosen(self, item: QListWidgetItem) -> None:
        self.open_meeting(int(item.data(Qt.ItemDataRole.UserRole)))

    def open_meeting(self, meeting_id: int) -> None:
        with self.db.session() as s:
            try:
                desk = svc.CheckInDesk.load(s, meeting_id)
                refusal = desk.refusal(s)
            except LookupError as exc:
                self.show_chooser()
                self._show(
                    style.Tone.ERROR.value,
                    QCoreApplication.translate("KioskWindow", "RAPAT TIDAK DITEMUKAN"),
                    detail=messages.translate(exc.args[0] if exc.args else str(exc)),
                )
                return
            index = search.load_index(s, meeting_id)
        self.meeting_id = meeting_id
        self.meeting_refusal = refusal
        self.other_day_confirmed = False
        self.desk = desk
        self.counters.any_day = False
        self.index = index
        self.zone = desk.zone
        self.mode = Mode.SCAN
        self.scan_edit.setEnabled(True)
        self._update_header()
        self.counters.set_meeting(meeting_id)
        self.clear_result()
        self.scan_edit.setFocus()

    def _update_header(self) -> None:
        desk = self.desk
        if desk is None:
            return
        local = to_office(desk.starts_at, desk.zone)
        assert local is not None
        when = self.tr("{date} · pukul {time} {zone}").format(
            date=long_date(local), time=hhmm(desk.starts_at, desk.zone), zone=desk.zone
        )
        if desk.place:
            when += f" · {desk.place}"
        self.title_label.setText(desk.title)
        self.when_label.setText(when)
        self._tick()

    def _tick(self) -> None:
        self.clock_label.setText(f"{hhmm(self.clock(), self.zone)} {self.zone}")

    # ------------------------------------------------------------ refresh

    def schedule_refresh(self) -> None:
        """Coalesce bursts of changes (a group check-in, another station) into one re-read."""
        if not self.refresh_timer.isActive():
            self.refresh_timer.start()

    def refresh(self) -> None:
        """Re-read counters, meeting facts and (only if the directory changed) the index."""
        if self.meeting_id is None:
            return
        try:
            with self.db.session() as s:
                desk = svc.CheckInDesk.load(s, self.meeting_id)
                refusal = desk.refusal(s)
                token = search.directory_token(s, self.meeting_id)
                index = search.load_index(s, self.meeting_id) if token != self.index.token else None
        except Exception as exc:
            log.warning("kiosk refresh failed: %s", exc)
            return
        desk.any_day = self.other_day_confirmed  # a reloaded desk keeps the confirmation
        self.desk = desk
        closed_now = refusal is not None and self.meeting_refusal is None
        self.meeting_refusal = refusal
        if index is not None:
            self.index = index
        self._update_header()
        self.counters.refresh()
        if closed_now and self.stage.currentIndex() == Page.RESULT and self.pending is None:
            self._show_idle()  # closed by the secretary meanwhile: the door says so at once

    def _on_counters(self, counters: svc.AttendanceCounters) -> None:
        self.present = counters.present_by_person
        self.missing_ids = {m.person_id for m in counters.missing_list}

    def _on_counters_notice(self, text: str, tone: str) -> None:
        headline = {
            "ok": QCoreApplication.translate("KioskWindow", "TERCATAT"),
            "info": QCoreApplication.translate("KioskWindow", "STATUS DISIMPAN"),
            "error": QCoreApplication.translate("KioskWindow", "TIDAK DAPAT DISIMPAN"),
        }.get(tone, "")
        self._show(tone, headline, detail=text)
        self.scan_edit.setFocus()

    # ------------------------------------------------------------ typing

    def _on_text_edited(self, text: str) -> None:
        self.picked = False
        self.search_timer.stop()
        if self.mode == Mode.CHOOSE:
            return
        stripped = text.strip()
        if self.mode == Mode.SCAN:
            if not stripped:
                self.stage.setCurrentIndex(Page.RESULT if self.pending is None else Page.SIGNATURE)
                self.scan_hint.setText("")
                return
            if svc.looks_like_code(stripped):
                return  # a scan arriving: do not search per character
        if self.pending is not None and self.mode == Mode.SCAN:
            return  # the next person's code is being typed over the signature page
        if 0 < len(stripped) < 3:
            self.search_timer.start()
            return
        self._search(stripped)

    def _search_after_pause(self) -> None:
        text = self.scan_edit.text().strip()
        if self.mode == Mode.CHOOSE or (self.mode == Mode.SCAN and not text):
            return
        if svc.looks_like_code(text) or (self.pending is not None and self.mode == Mode.SCAN):
            return
        self._search(text)

    def _search(self, text: str) -> None:
        if self.mode == Mode.DELEGATE_INVITEE:
            if text:
                self.hits = self.index.search(text, limit=SEARCH_LIMIT, only=self.missing_ids)
            else:
                self.hits = [e for e in map(self.index.get, self._missing_order()) if e][
                    :SEARCH_LIMIT
                ]
        else:
            self.hits = self.index.search(text, limit=SEARCH_LIMIT)
            if self.mode == Mode.DELEGATE_PERSON and self.delegate_for is not None:
                self.hits = [h for h in self.hits if h.person_id != self.delegate_for.person_id]
        self._fill_list()
        if self.mode == Mode.SCAN:
            self.search_title.setText(self.tr("Cari nama"))
            if not self.hits:
                self.search_help.setText(
                    self.tr("Tidak ada yang cocok. F2: catat sebagai tamu tidak diundang.")
                )
            else:
                self.search_help.setText(
                    self.tr("Enter memilih bila hanya satu yang cocok; ↑/↓ untuk memilih.")
                )
        self.stage.setCurrentIndex(Page.SEARCH)
        self.clear_timer.stop()

    def _missing_order(self) -> list[int]:
        c = self.counters.counters
        return [m.person_id for m in c.missing_list] if c else []

    def _fill_list(self) -> None:
        self.search_list.clear()
        for e in self.hits:
            where = " · ".join(x for x in (e.jabatan, e.organization) if x)
            tags = []
            seen = self.present.get(e.person_id)
            if seen is not None:
                tags.append(
                    self.tr("sudah hadir {t}").format(t=hhmm(seen.checked_in_at, self.zone))
                )
            elif e.invited:
                tags.append(self.tr("diundang"))
            tag = f"   [{', '.join(tags)}]" if tags else ""
            item = QListWidgetItem(f"{e.name}{tag}\n{where}")
            item.setData(Qt.ItemDataRole.UserRole, e.person_id)
            self.search_list.addItem(item)

    def _navigate(self, step: int) -> None:
        if self.mode == Mode.CHOOSE:
            row = max(0, min(self.chooser.count() - 1, self.chooser.currentRow() + step))
            self.chooser.setCurrentRow(row)
            return
        if self.stage.currentIndex() != Page.SEARCH or not self.hits:
            return
        current = self.search_list.currentRow() if self.picked else -1
        row = max(0, min(len(self.hits) - 1, current + step if current >= 0 else 0))
        self.search_list.setCurrentRow(row)
        self.picked = True

    def _on_item_clicked(self, item: QListWidgetItem) -> None:
        self.search_list.setCurrentItem(item)
        self.picked = True
        self.scan_edit.setFocus()

    def _picked_entry(self) -> search.DirectoryEntry | None:
        if self.picked and self.stage.currentIndex() == Page.SEARCH:
            row = self.search_list.currentRow()
            if 0 <= row < len(self.hits):
                return self.hits[row]
        return None

    # ------------------------------------------------------------ Enter

    def _on_return(self) -> None:
        if self.db_thread is not None and self.db_thread.busy:
            # A write is still waiting for the database: keep this scan for afterwards,
            # in order, instead of starting a second wait inside the first.
            text = self.scan_edit.text()
            if text.strip():
                self._queued_scans.append(text)
                self.scan_edit.clear()
            return
        self._handle_return()
        while self._queued_scans and not (self.db_thread is not None and self.db_thread.busy):
            self.scan_edit.setText(self._queued_scans.pop(0))
            self._handle_return()

    def _handle_return(self) -> None:
        if self.mode == Mode.CHOOSE:
            item = self.chooser.currentItem()
            if item is not None:
                self._on_meeting_chosen(item)
            return
        text = self.scan_edit.text()
        if self.pending is not None:
            if not text.strip():
                self.save_signature()
                return
            # The next person scanned while the pad was up: keep what was drawn.
            self._finish_pending(save=not self.pad.is_empty())
        if self.desk is None:
            return
        if self.mode == Mode.DELEGATE_INVITEE:
            self._pick_invitee(text)
            return
        delegate_for = (
            self.delegate_for.person_id
            if self.mode == Mode.DELEGATE_PERSON and self.delegate_for is not None
            else None
        )
        picked = self._picked_entry()
        if picked is not None:
            self._commit(lambda s, d: d.check_in_person(
                s, picked.person_id, now=self.clock(), station=self.station,
                delegate_for=delegate_for))  # fmt: skip
            return
        parsed = svc.parse_code(self.desk.secret, text, allow_person_id=False)
        if parsed.kind == "name":
            self._enter_name(text.strip(), delegate_for)
            return
        digits = clean(text)
        if parsed.kind == "invalid" and digits.isdigit() and len(digits) < NIP_LENGTH:
            hits = self.index.search(digits, limit=2)
            if len(hits) == 1:
                self._commit(lambda s, d: d.check_in_person(
                    s, hits[0].person_id, now=self.clock(), station=self.station,
                    delegate_for=delegate_for))  # fmt: skip
                return
        self._commit(lambda s, d: d.check_in(
            s, text, now=self.clock(), station=self.station, delegate_for=delegate_for,
            allow_person_id=False))  # fmt: skip

    def _enter_name(self, text: str, delegate_for: int | None) -> None:
        hits = self.index.search(text, limit=SEARCH_LIMIT)
        if self.mode == Mode.DELEGATE_PERSON and self.delegate_for is not None:
            hits = [h for h in hits if h.person_id != self.delegate_for.person_id]
        if len(hits) == 1:
            pid = hits[0].person_id
            self._commit(lambda s, d: d.check_in_person(
                s, pid, now=self.clock(), station=self.station, delegate_for=delegate_for))  # fmt: skip
            return
        if not hits:
            if self.mode == Mode.DELEGATE_PERSON:
                self.open_form(delegate=True, name=text)
                return
            self.last_unknown_text = text
            self.scan_edit.clear()
            self._show(
                style.Tone.ERROR.value,
                QCoreApplication.translate("KioskWindow", "TIDAK DITEMUKAN"),
                name=text,
                detail=QCoreApplication.translate(
                    "KioskWindow", "Nama ini tidak ada di direktori."
                ),
                help=QCoreApplication.translate(
                    "KioskWindow", "Tekan F2 untuk mencatatnya sebagai tamu tidak diundang."
                ),
            )
            self._arm_clear()
            return
        self._search(text)
        self.search_help.setText(
            self.tr(
                "{n} orang cocok: pilih dengan ↑/↓ lalu Enter, atau ketik lebih lengkap."
            ).format(n=len(hits) if len(hits) < SEARCH_LIMIT else f"{SEARCH_LIMIT}+")
        )

    def _pick_invitee(self, text: str) -> None:
        entry = self._picked_entry()
        if entry is None:
            hits = (
                self.index.search(text, limit=2, only=self.missing_ids)
                if text.strip()
                else self.hits[:2]
            )
            if len(hits) == 1 or (len(self.hits) == 1 and not text.strip()):
                entry = hits[0]
        if entry is None:
            self.search_help.setText(self.tr("Pilih pejabat yang diwakili dengan ↑/↓ lalu Enter."))
            return
        self.delegate_for = entry
        self.mode = Mode.DELEGATE_PERSON
        self.scan_edit.clear()
        self.hits = []
        self.search_list.clear()
        self.picked = False
        self.search_title.setText(self.tr("Diwakili · langkah 2 dari 2"))
        self.search_help.setText(
            self.tr(
                "Perwakilan untuk {name}: pindai QR atau NIP perwakilan, atau ketik namanya. "
                "Nama baru: ketik lengkap lalu Enter."
            ).format(name=entry.name)  # fmt: skip
        )
        self.stage.setCurrentIndex(Page.SEARCH)

    # ------------------------------------------------------------ commit

    def _write(self, fn: Callable[[Any], Any]) -> Any:
        """One unit of work with lock retries; returns None after showing a failure."""

        def unit() -> Any:
            with self.db.session(write=True) as s:
                return fn(s)

        try:
            if self.db_thread is None:
                return svc.retry_locked(unit)
            return self.db_thread.call(lambda: svc.retry_locked(unit), on_slow=self._show_saving)
        except svc.CheckInRefused as exc:
            self._show(
                style.Tone.ERROR.value,
                QCoreApplication.translate("KioskWindow", "DITOLAK"),
                detail=messages.translate(exc.args[0] if exc.args else str(exc)),
            )
        except ValueError as exc:
            self._show(
                style.Tone.ERROR.value,
                QCoreApplication.translate("KioskWindow", "PERIKSA ISIAN"),
                detail=str(exc),
            )
        except Exception as exc:
            log.exception("kiosk write failed")
            self._show(
                style.Tone.ERROR.value,
                QCoreApplication.translate("KioskWindow", "GAGAL MENYIMPAN"),
                detail=QCoreApplication.translate(
                    "KioskWindow", "Belum tercatat. Tekan Enter lagi untuk mencoba ulang."
                ),
                help=str(exc)[:200],
            )
        return None

    def _show_saving(self) -> None:
        """The answer is slow (a server far away or gone): say so, keep the window alive."""
        self._show(
            style.Tone.IDLE.value,
            QCoreApplication.translate("KioskWindow", "MENYIMPAN..."),
            detail=QCoreApplication.translate(
                "KioskWindow", "Menunggu basis data. Pindaian berikutnya diantrekan."
            ),
        )

    def _commit(self, fn: Callable[[Any, svc.CheckInDesk], svc.CheckInResult]) -> None:
        desk = self.desk
        assert desk is not None
        result = self._write(lambda s: fn(s, desk))
        if result is None:
            return  # failure shown; the typed text stays for a retry
        self.show_result(result)

    def show_result(self, r: svc.CheckInResult) -> None:
        """Show a committed outcome, clear the input, and prepare for the next person."""
        self.scan_edit.clear()
        self.hits = []
        self.picked = False
        if self.mode in (Mode.DELEGATE_PERSON, Mode.DELEGATE_INVITEE) and r.state not in (
            svc.State.NOT_FOUND, svc.State.INVALID, svc.State.EMPTY,
        ):  # fmt: skip
            self.mode = Mode.SCAN
            self.delegate_for = None
        if self.mode == Mode.SCAN:
            self.scan_hint.setText("")
        # F4 and Ctrl+Z act on the person this screen names, never on an earlier one.
        self.last_result = r if r.attendance_id else None
        self.last_departure = None
        headline = _tr(HEADLINES.get(r.state, r.state.value.upper()))
        if r.state is svc.State.NEW and r.is_late:
            headline = _tr(LATE_HEADLINE)
        detail = " · ".join(x for x in (r.jabatan, r.organization) if x)
        time_text = ""
        message = messages.translate(r.message)
        if r.confirmed and r.time_text:
            if r.state is svc.State.ALREADY:
                time_text = self.tr("sudah hadir pukul {t} {z}").format(t=r.time_text, z=r.zone)
            else:
                time_text = self.tr("pukul {t} {z}").format(t=r.time_text, z=r.zone)
            if r.is_late and r.state is not svc.State.ALREADY:
                # No-break spaces: "terlambat 12 menit" never splits over two lines.
                late = self.tr("terlambat {m} menit").format(m=r.late_minutes)
                time_text += " · " + late.replace(" ", "\u00a0")
            if r.state is svc.State.DELEGATE:
                message = self.tr("mewakili {name}").format(name=r.delegate_for_name)
            elif r.state is svc.State.WALK_IN:
                message = self.tr("Tidak ada di daftar undangan; dicatat sebagai tamu.")
            elif r.state is svc.State.ALREADY and r.delegate_for_name:
                message = self.tr("sebagai wakil {name}").format(name=r.delegate_for_name)
            elif r.represented_by_name:
                # The door must say it: the invitation was already covered by a delegate.
                message = self.tr(
                    "Sebelumnya diwakili oleh {name}; perwakilannya kini tercatat sebagai pendamping."
                ).format(name=r.represented_by_name)
            else:
                message = ""
        help_text = message
        if r.state is svc.State.ALREADY and r.attendance_id:
            help_text = (message + "  " if message else "") + self.tr("F4: catat pulang")
        if r.state is svc.State.EMPTY:
            self._show_idle()
        else:
            self._show(r.tone.value, headline, name=r.name, detail=detail if r.name else message,
                       time=time_text, help=help_text if r.name else "")  # fmt: skip
        self.checkedIn.emit(r)
        if (
            r.state in (svc.State.NEW, svc.State.DELEGATE, svc.State.WALK_IN)
            and r.attendance_id
            and self.desk is not None
            and self.desk.signatures_required
        ):
            self._ask_signature(r)
        else:
            self._arm_clear()
        if r.confirmed:
            self.schedule_refresh()
        self.scan_edit.setFocus()

    def _show(self, tone: str, headline: str, **texts: str) -> None:
        self.result_panel.show_message(tone, headline, **texts)
        if self.pending is None and self.mode != Mode.CHOOSE:
            self.stage.setCurrentIndex(Page.RESULT)

    def _show_idle(self) -> None:
        refusal = self.meeting_refusal
        if refusal is not None:
            # A closed or final meeting looks closed, not ready for the next scan.
            self.result_panel.show_message(
                style.Tone.ERROR.value,
                _tr(HEADLINES[refusal.state]),
                detail=messages.translate(refusal.message),
            )
            if self.pending is None and self.mode == Mode.SCAN:
                self.stage.setCurrentIndex(Page.RESULT)
            return
        desk = self.desk
        if desk is not None and not desk.any_day and not desk.is_meeting_day(self.clock()):
            # Not today's meeting: say so before anyone scans (issue 15 item 8).
            self.result_panel.show_message(
                style.Tone.WARN.value,
                _tr(HEADLINES[svc.State.OTHER_DAY]),
                detail=QCoreApplication.translate(
                    "KioskWindow", "Rapat ini dijadwalkan {day}. Check-in belum dicatat."
                ).format(day=format_day(desk.starts_at, desk.zone)),
                help=QCoreApplication.translate(
                    "KioskWindow", "F8: buka registrasi hari ini (petugas, tercatat di jejak audit)"
                ),
            )
            if self.pending is None and self.mode == Mode.SCAN:
                self.stage.setCurrentIndex(Page.RESULT)
            return
        self.result_panel.show_message(
            style.Tone.IDLE.value,
            _tr(HEADLINES[svc.State.EMPTY]),
            detail=QCoreApplication.translate(
                "KioskWindow", "Dekatkan QR undangan ke pemindai, atau ketik NIP / nama lalu Enter."
            ),
            help=QCoreApplication.translate(
                "KioskWindow", "Tamu tanpa undangan: F2 · Hadir mewakili pejabat: F3"
            ),
        )
        if self.pending is None and self.mode == Mode.SCAN:
            self.stage.setCurrentIndex(Page.RESULT)

    def _arm_clear(self) -> None:
        if self.clear_timer.interval() > 0:
            self.clear_timer.start()

    def clear_result(self) -> None:
        """Back to the idle screen for the next person (after ~3 s, or on Esc)."""
        self.clear_timer.stop()
        if self.mode == Mode.SCAN and self.pending is None and not self.scan_edit.text():
            self._show_idle()
            self.last_result = None
            self.last_departure = None

    # ------------------------------------------------------------ signature

    # ------------------------------------------------------------ keys

    # ------------------------------------------------------------ delegate

    # ------------------------------------------------------------ walk-in form

    # ------------------------------------------------------------ undo, departure

    # ------------------------------------------------------------ lifetime

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.focus_keeper is not None:
            self.focus_keeper.stop()
            self.focus_keeper = None
        if self.pending is not None and not self.pad.is_empty():
            self._finish_pending(save=True)
        if self.watcher is not None:
            self.watcher.close()
            self.watcher = None
        if self.db_thread is not None:
            self.db_thread.stop(wait_ms=500)
            self.db_thread = None
        self.camera.shutdown()
        super().closeEvent(event)
