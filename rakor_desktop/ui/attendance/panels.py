"""The door's inline panels and actions: signature, walk-in and delegate forms, undo,
departure, escape and the command keys.

A mixin of :class:`~rakor_desktop.ui.attendance.window.KioskWindow`. Texts use the
window's translation context explicitly: PySide looks ``self.tr`` up under the
instance's class name, not the mixin's.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCompleter,
    QWidget,
)

from rakor_desktop.domain.timefmt import format_day
from rakor_desktop.services.attendance import checkin as svc
from rakor_desktop.services.directory.people import list_organizations
from rakor_desktop.ui.attendance import style
from rakor_desktop.ui.attendance.base import KioskBase
from rakor_desktop.ui.attendance.widgets import Mode, Page, _Pending

log = logging.getLogger(__name__)


class KioskPanelsMixin(KioskBase):
    def _focus_may_leave_scan(self, widget: QWidget | None) -> bool:
        """Only an open panel (walk-in/delegate form, signature) or the chooser takes keys."""
        if self.mode == Mode.CHOOSE or self.pending is not None:
            return True
        return self.stage.currentIndex() in (Page.FORM, Page.SIGNATURE, Page.CHOOSER)

    def _ask_signature(self, r: svc.CheckInResult) -> None:
        assert r.attendance_id is not None
        self.pending = _Pending(r.attendance_id, r.name)
        self.pad.clear()
        # The check-in is already committed: say so above the pad, in its colour.
        status = QCoreApplication.translate("KioskWindow", "✓ {headline} · pukul {t} {z}").format(
            headline=self.result_panel.headline.text(), t=r.time_text, z=r.zone
        )
        self.sig_status.setText(status)
        self.sig_status.setProperty("tone", r.tone.value)
        self.sig_status.style().unpolish(self.sig_status)
        self.sig_status.style().polish(self.sig_status)
        self.sig_title.setText(
            QCoreApplication.translate("KioskWindow", "Tanda tangan: {name}").format(name=r.name)
        )
        self.clear_timer.stop()
        self.stage.setCurrentIndex(Page.SIGNATURE)

    def save_signature(self) -> bool:
        if self.pending is None:
            return False
        if self.pad.is_empty():
            self.sig_help.setText(
                QCoreApplication.translate(
                    "KioskWindow",
                    "Belum ada tanda tangan. Silakan tanda tangan, atau Esc untuk melewati.",
                )
            )
            return False
        return self._finish_pending(save=True)

    def skip_signature(self) -> None:
        self._finish_pending(save=False)

    def _finish_pending(self, *, save: bool) -> bool:
        pending = self.pending
        if pending is None:
            return False
        strokes = self.pad.strokes() if save else []
        self.pending = None
        self.pad.clear()
        self.sig_help.setText(
            QCoreApplication.translate(
                "KioskWindow",
                "Silakan tanda tangan dengan pena, jari, atau tetikus. "
                "Enter menyimpan, Esc melewati.",
            )  # fmt: skip
        )
        ok = False
        if strokes:
            stored = self._write(lambda s: svc.save_signature(s, pending.attendance_id, strokes))
            ok = stored is not None
            if ok:
                self._show(
                    style.Tone.OK.value,
                    QCoreApplication.translate("KioskWindow", "TANDA TANGAN TERSIMPAN"),
                    name=pending.name,
                )
        else:
            self._show(style.Tone.IDLE.value, QCoreApplication.translate("KioskWindow", "TANPA TANDA TANGAN"), name=pending.name,
                       detail=QCoreApplication.translate("KioskWindow", "Kehadiran tetap tercatat."))  # fmt: skip
        self.stage.setCurrentIndex(Page.RESULT)
        self._arm_clear()
        self.scan_edit.setFocus()
        return ok

    def _on_escape(self) -> None:
        if self.pending is not None:
            self.skip_signature()
            return
        if self.mode in (Mode.DELEGATE_INVITEE, Mode.DELEGATE_PERSON):
            self.mode = Mode.SCAN
            self.delegate_for = None
            self.scan_edit.clear()
            self.scan_hint.setText("")
            self._show_idle()
            return
        self.scan_edit.clear()
        self.hits = []
        self.clear_result()

    def _on_command(self, name: str) -> None:
        if name == "camera":
            self.camera.toggle()
            return
        if self.mode == Mode.CHOOSE or self.desk is None:
            if name == "fullscreen":
                self.toggle_fullscreen()
            return
        if name == "fullscreen":
            self.toggle_fullscreen()
        elif name == "walk_in":
            typed = self.scan_edit.text().strip()
            parsed = svc.parse_code("", typed) if typed else None
            name_text = typed if parsed and parsed.kind == "name" else self.last_unknown_text
            self.open_form(delegate=self.mode == Mode.DELEGATE_PERSON, name=name_text)
        elif name == "delegate":
            self.start_delegate()
        elif name == "departure":
            self.record_departure()
        elif name == "other_day":
            self.confirm_other_day()

    def confirm_other_day(self) -> None:
        """F8: the door officer opens registration although the meeting is not today."""
        desk = self.desk
        if desk is None or desk.any_day or desk.is_meeting_day(self.clock()):
            return
        meeting_id, station = desk.meeting_id, self.station
        done = self._write(lambda s: svc.confirm_other_day(s, meeting_id, station))
        if done is None:
            return
        self.other_day_confirmed = True
        desk.any_day = True
        self.counters.any_day = True
        self._show("info", QCoreApplication.translate("KioskWindow", "REGISTRASI DIBUKA"),
                   detail=QCoreApplication.translate("KioskWindow", "Rapat {day}: registrasi hari ini dicatat atas konfirmasi petugas (tercatat di jejak audit).").format(day=format_day(desk.starts_at, desk.zone)))  # fmt: skip
        self._arm_clear()
        self.scan_edit.setFocus()

    def toggle_fullscreen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def start_delegate(self) -> None:
        """F3: first the invitee who sends someone, then the person who came."""
        if self.pending is not None:
            self._finish_pending(save=not self.pad.is_empty())
        self.mode = Mode.DELEGATE_INVITEE
        self.delegate_for = None
        self.scan_edit.clear()
        self.picked = False
        self.search_title.setText(
            QCoreApplication.translate("KioskWindow", "Diwakili · langkah 1 dari 2")
        )
        self.search_help.setText(
            QCoreApplication.translate(
                "KioskWindow",
                "Siapa yang diwakili? Ketik nama pejabat yang diundang, ↑/↓ lalu Enter. "
                "Esc membatalkan.",
            )  # fmt: skip
        )
        self.scan_hint.setText(QCoreApplication.translate("KioskWindow", "Mode diwakili"))
        self._search("")
        self.search_title.setText(
            QCoreApplication.translate("KioskWindow", "Diwakili · langkah 1 dari 2")
        )
        self.scan_edit.setFocus()

    def open_form(self, *, delegate: bool = False, name: str = "") -> None:
        """F2: a guest not on the list (or a new delegate): name, jabatan, OPD, Enter."""
        if self.pending is not None:
            self._finish_pending(save=not self.pad.is_empty())
        self.form_for_delegate = delegate and self.delegate_for is not None
        if self.form_for_delegate:
            assert self.delegate_for is not None
            self.form_title.setText(QCoreApplication.translate("KioskWindow", "Perwakilan baru"))
            self.form_help.setText(
                QCoreApplication.translate(
                    "KioskWindow", "Hadir mewakili {name}. Instansi kosong = instansi pejabat itu."
                ).format(name=self.delegate_for.name)
            )
        else:
            self.form_title.setText(
                QCoreApplication.translate("KioskWindow", "Tamu tidak diundang")
            )
            self.form_help.setText(
                QCoreApplication.translate(
                    "KioskWindow",
                    "Isi nama, jabatan, dan instansi; Enter menyimpan, Esc membatalkan.",
                )
            )
        self.form_name.setText(name)
        self.form_jabatan.clear()
        self.form_org.clear()
        self.form_error.clear()
        with self.db.session() as s:
            orgs = [o.name for o in list_organizations(s)]
        completer = QCompleter(orgs, self.form_org)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.form_org.setCompleter(completer)
        self.scan_edit.clear()
        self.clear_timer.stop()
        self.stage.setCurrentIndex(Page.FORM)
        (self.form_jabatan if name else self.form_name).setFocus()

    def save_form(self) -> None:
        name = self.form_name.text().strip()
        if not name:
            self.form_error.setText(QCoreApplication.translate("KioskWindow", "Nama wajib diisi."))
            self.form_name.setFocus()
            return
        jabatan = self.form_jabatan.text().strip()
        org = self.form_org.text().strip()
        desk = self.desk
        assert desk is not None
        now = self.clock()
        if self.form_for_delegate and self.delegate_for is not None:
            invitee = self.delegate_for.person_id
            fn = lambda s: svc.check_in_delegate(  # noqa: E731
                s, desk.meeting_id, invitee, svc.NewPerson(name, jabatan, org), now=now,
                station=self.station, desk=desk)  # fmt: skip
        else:
            fn = lambda s: svc.check_in_walk_in(  # noqa: E731
                s, desk.meeting_id, name, jabatan, org, now=now, station=self.station, desk=desk)  # fmt: skip
        result = self._write(fn)
        if result is None:
            self.stage.setCurrentIndex(Page.FORM)
            self.form_error.setText(self.result_panel.detail.text())
            return
        self.last_unknown_text = ""
        self.form_for_delegate = False
        self.mode = Mode.SCAN
        self.delegate_for = None
        self.show_result(result)

    def cancel_form(self) -> None:
        self.form_for_delegate = False
        if self.mode in (Mode.DELEGATE_INVITEE, Mode.DELEGATE_PERSON):
            self.stage.setCurrentIndex(Page.SEARCH)
        else:
            self._show_idle()
        self.scan_edit.setFocus()

    def undo_last(self) -> None:
        """Ctrl+Z: undo what the screen shows, for the person it names, and nothing else.

        After F4 that is the departure (the person is back in the room); after a scan,
        that check-in. With nothing on screen there is nothing to undo: a keystroke must
        never remove someone the door officer cannot see (audited either way).
        """
        if self.meeting_id is None:
            return
        if self.pending is not None:
            self.pending = None
            self.pad.clear()
        meeting_id = self.meeting_id
        departure = self.last_departure
        if departure is not None:
            back = self._write(lambda s: svc.undo_departure(s, departure))
            if back is None:
                return
            self.last_departure = None
            self._show("info", QCoreApplication.translate("KioskWindow", "PULANG DIBATALKAN"), name=back.name,
                       time=QCoreApplication.translate("KioskWindow", "masih di ruangan (catatan pulang {t} {z} dihapus)").format(t=back.time_text, z=self.zone),
                       help=QCoreApplication.translate("KioskWindow", "Tercatat di jejak audit."))  # fmt: skip
            self._arm_clear()
            self.schedule_refresh()
            self.scan_edit.setFocus()
            return
        shown = self.last_result
        if shown is None or shown.attendance_id is None:
            self._show("info", QCoreApplication.translate("KioskWindow", "TIDAK ADA YANG DIBATALKAN"),
                       detail=QCoreApplication.translate("KioskWindow", "Ctrl+Z membatalkan kehadiran yang sedang tampil. Pindai dulu orangnya."))  # fmt: skip
            self._arm_clear()
            self.scan_edit.setFocus()
            return
        att_id = shown.attendance_id
        undone = self._write(
            lambda s: svc.undo_last(s, meeting_id, self.station, attendance_id=att_id)
        )
        self.last_result = None
        if undone is None:
            return
        self.scan_edit.clear()
        self._show("info", QCoreApplication.translate("KioskWindow", "KEHADIRAN DIBATALKAN"), name=undone.name,
                   time=QCoreApplication.translate("KioskWindow", "pukul {t} {z} dihapus").format(t=undone.time_text, z=self.zone),
                   help=QCoreApplication.translate("KioskWindow", "Tercatat di jejak audit."))  # fmt: skip
        self.stage.setCurrentIndex(Page.RESULT)
        self._arm_clear()
        self.schedule_refresh()
        self.scan_edit.setFocus()

    def record_departure(self) -> None:
        """F4 after a scan: the person shown is leaving (early departures are flagged)."""
        r = self.last_result
        if r is None or r.attendance_id is None:
            self._show("info", QCoreApplication.translate("KioskWindow", "CATAT PULANG"),
                       detail=QCoreApplication.translate("KioskWindow", "Pindai dulu peserta yang pulang, lalu tekan F4."))  # fmt: skip
            self._arm_clear()
            return
        att_id = r.attendance_id
        dep = self._write(lambda s: svc.record_departure(s, att_id, self.clock()))
        if dep is None:
            return
        when = QCoreApplication.translate("KioskWindow", "pulang pukul {t} {z}").format(
            t=dep.time_text, z=self.zone
        )
        if dep.early:
            when += " · " + QCoreApplication.translate("KioskWindow", "sebelum rapat selesai")
        headline = (
            QCoreApplication.translate("KioskWindow", "SUDAH TERCATAT PULANG")
            if dep.already_recorded
            else QCoreApplication.translate("KioskWindow", "TERCATAT PULANG")
        )
        self._show("info", headline, name=dep.name, time=when)
        self.last_result = None
        self.last_departure = None if dep.already_recorded else dep.attendance_id
        self._arm_clear()
        self.schedule_refresh()
        self.scan_edit.setFocus()
