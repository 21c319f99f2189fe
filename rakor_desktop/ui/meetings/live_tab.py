"""Jalannya rapat: live mode with a per-item timer, notes, and one-key decisions.

The notulis keeps both hands on the keyboard: F6 starts, Alt+→ moves to the next
item (recording actual start/end), the notes editor follows the running item, and
Ctrl+D / Ctrl+Shift+K / Ctrl+Shift+A open a one-line capture for a keputusan,
kesimpulan or arahan of the current item. An arahan takes a quick-entry line
("Dinas Kesehatan 30/9") that becomes its follow-up's OPD and deadline.

Each agenda item has its own text document, so undo/redo stays per item; all notes
go through one autosaver that stores every item edited since the last save.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QTextDocument
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextDocumentLayout,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from rakor_desktop.db.retry import run_with_retry
from rakor_desktop.domain.enums import DecisionKind
from rakor_desktop.domain.quick_entry import OrgCandidate, QuickEntry, parse_quick_entry
from rakor_desktop.domain.timefmt import to_office
from rakor_desktop.services.meetings import agenda, decisions, notes
from rakor_desktop.services.meetings.agenda import AgendaRow
from rakor_desktop.ui import formatting as fmt
from rakor_desktop.ui import theme
from rakor_desktop.ui.dbworker import DbThread
from rakor_desktop.ui.i18n import QT_TRANSLATE_NOOP
from rakor_desktop.ui.icons import icon
from rakor_desktop.ui.meetings import shortcuts
from rakor_desktop.ui.meetings.autosave import Autosaver
from rakor_desktop.ui.meetings.common import call, make_timer, now_of, tr_const, user_message
from rakor_desktop.ui.meetings.notes_editor import NotesEdit
from rakor_desktop.ui.widgets import Card, label, pill, set_pill

if TYPE_CHECKING:
    from rakor_desktop.ui.context import AppContext

KIND_TEXT = {
    DecisionKind.KEPUTUSAN: QT_TRANSLATE_NOOP("Meetings", "Keputusan"),
    DecisionKind.KESIMPULAN: QT_TRANSLATE_NOOP("Meetings", "Kesimpulan"),
    DecisionKind.ARAHAN: QT_TRANSLATE_NOOP("Meetings", "Arahan"),
}
KIND_TONE = {
    DecisionKind.KEPUTUSAN: "accent",
    DecisionKind.KESIMPULAN: "success",
    DecisionKind.ARAHAN: "warning",
}


def mmss(seconds: float) -> str:
    seconds = max(0, int(seconds))
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m:02d}:{s:02d}"


class CaptureBar(QFrame):
    """One-line entry of a decision/directive for the selected agenda item."""

    submitted = Signal(str, str, object)  # kind, text, QuickEntry | None
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("capture-bar")
        self.setProperty("card", "true")
        self.kind = DecisionKind.KEPUTUSAN.value
        self.orgs: list[OrgCandidate] = []
        self.today: date | None = None
        row = QVBoxLayout(self)
        row.setContentsMargins(12, 10, 12, 10)
        line = QHBoxLayout()
        self.kind_pill = pill("", "accent")
        self.text = QLineEdit()
        self.text.setObjectName("capture-text")
        self.quick = QLineEdit()
        self.quick.setObjectName("capture-quick")
        self.quick.setPlaceholderText(self.tr("OPD dan batas waktu, mis. Dinas Kesehatan 30/9"))
        self.save = QPushButton(self.tr("Simpan (Enter)"))
        self.save.setProperty("variant", "primary")
        self.cancel = QPushButton(self.tr("Batal (Esc)"))
        line.addWidget(self.kind_pill)
        line.addWidget(self.text, 3)
        line.addWidget(self.quick, 2)
        line.addWidget(self.save)
        line.addWidget(self.cancel)
        row.addLayout(line)
        self.preview = label("", "muted")
        self.preview.setObjectName("capture-preview")
        row.addWidget(self.preview)
        self.text.returnPressed.connect(self._text_enter)
        self.quick.returnPressed.connect(self.submit)
        self.quick.textChanged.connect(self._preview)
        self.save.clicked.connect(self.submit)
        self.cancel.clicked.connect(self.close_bar)
        esc = QAction(self)
        esc.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        esc.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        esc.triggered.connect(self.close_bar)
        self.addAction(esc)
        self.hide()

    def open_for(self, kind: str, item_title: str) -> None:
        self.kind = DecisionKind(kind).value
        is_arahan = self.kind == DecisionKind.ARAHAN
        set_pill(
            self.kind_pill,
            tr_const(KIND_TEXT[DecisionKind(self.kind)]),
            KIND_TONE[DecisionKind(self.kind)],
        )
        placeholder = {
            DecisionKind.KEPUTUSAN: self.tr('Isi keputusan untuk "{0}"'),
            DecisionKind.KESIMPULAN: self.tr('Isi kesimpulan untuk "{0}"'),
            DecisionKind.ARAHAN: self.tr('Isi arahan pimpinan untuk "{0}"'),
        }[DecisionKind(self.kind)]
        self.text.setPlaceholderText(placeholder.format(item_title))
        self.quick.setVisible(is_arahan)
        self.preview.setVisible(is_arahan)
        self.preview.setText(self.tr("Tindak lanjut: pilih OPD dan batas waktu."))
        theme.set_props(self.preview, role="muted")
        self.show()
        self.text.setFocus()

    def parse(self) -> QuickEntry | None:
        if self.kind != DecisionKind.ARAHAN or self.today is None:
            return None
        return parse_quick_entry(self.quick.text(), self.orgs, self.today)

    def _preview(self) -> None:
        entry = self.parse()
        if entry is None:
            return
        if entry.problems:
            self.preview.setText("✖ " + " ".join(entry.problems))
            theme.set_props(self.preview, role="error")
            return
        org = entry.organization.name if entry.organization else self.tr("OPD belum dipilih")
        due = fmt.long_date(entry.due_date) if entry.due_date else self.tr("tanpa batas waktu")
        self.preview.setText(self.tr("Tindak lanjut → {0} · batas {1}").format(org, due))
        theme.set_props(self.preview, role="muted")

    def _text_enter(self) -> None:
        if self.kind == DecisionKind.ARAHAN and not self.quick.text().strip():
            self.quick.setFocus()
            return
        self.submit()

    def submit(self) -> None:
        text = self.text.text().strip()
        if not text:
            self.preview.setVisible(True)
            self.preview.setText(self.tr("✖ Isi dulu teksnya."))
            theme.set_props(self.preview, role="error")
            self.text.setFocus()
            return
        entry = self.parse()
        if entry is not None and entry.problems:
            self._preview()
            self.quick.setFocus()
            return
        self.submitted.emit(self.kind, text, entry)

    def clear_inputs(self) -> None:
        self.text.clear()
        self.quick.clear()

    def close_bar(self) -> None:
        self.hide()
        self.closed.emit()


class LiveTab(QWidget):
    changed = Signal()  # agenda times or decisions changed (other tabs refresh)
    status_changed = Signal(str)

    def __init__(self, ctx: AppContext, meeting_id: int, zone: str) -> None:
        super().__init__()
        self.ctx = ctx
        self.meeting_id = meeting_id
        self.zone = zone
        # Starting a meeting planned for another day asks first; tests answer here.
        self.ask: Callable[..., QMessageBox.StandardButton] = QMessageBox.question
        self.rows: list[AgendaRow] = []
        self.docs: dict[int, QTextDocument] = {}
        self._dirty_items: set[int] = set()
        self.selected_item: int | None = None
        self.locked = False
        self.autosaver = Autosaver(
            self._save_notes, zone=zone, clock=lambda: now_of(ctx), parent=self
        )
        self.autosaver.status_changed.connect(self.status_changed)
        self.db_thread = DbThread(self, name="rakor-notes-db")
        self._build()
        self.timer = make_timer(self, 1000)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    # -- layout --------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QHBoxLayout(self)
        outer.setContentsMargins(4, 12, 4, 4)
        outer.setSpacing(14)
        split = QSplitter(Qt.Orientation.Horizontal)
        outer.addWidget(split)

        left = Card(self.tr("Agenda"), margins=(12, 14, 12, 12))
        self.list = QListWidget()
        self.list.setObjectName("live-agenda")
        self.list.setSpacing(1)
        left.body.addWidget(self.list, 1)
        self.live_hint = label(
            self.tr("Klik untuk melihat catatan; klik dua kali untuk membahasnya sekarang."),
            "faint",
            wrap=True,
        )
        left.body.addWidget(self.live_hint)
        split.addWidget(left)

        right = QWidget()
        col = QVBoxLayout(right)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(12)
        head = Card(margins=(18, 14, 18, 14))
        self.state = label(self.tr("BELUM DIMULAI"), "overline")
        self.current_title = label("", "page-title", wrap=True)
        self.current_title.setObjectName("live-title")
        self.presenter = label("", "muted")
        head.body.addWidget(self.state)
        head.body.addWidget(self.current_title)
        head.body.addWidget(self.presenter)
        timer_row = QHBoxLayout()
        self.clock = label("00:00", "hero")
        self.clock.setObjectName("live-clock")
        self.planned = label("", "muted")
        self.planned.setObjectName("live-planned")
        timer_row.addWidget(self.clock)
        timer_row.addWidget(self.planned, 1, Qt.AlignmentFlag.AlignBottom)
        head.body.addLayout(timer_row)
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setRange(0, 1000)
        head.body.addWidget(self.progress)
        buttons = QHBoxLayout()
        self.btn_prev = QPushButton(icon("arrow-right"), self.tr("Sebelumnya"))
        self.btn_start = QPushButton(self.tr("Mulai"))
        self.btn_start.setProperty("variant", "primary")
        self.btn_stop = QPushButton(self.tr("Jeda"))
        self.btn_next = QPushButton(self.tr("Berikutnya"))
        self.btn_next.setProperty("variant", "primary")
        self.btn_prev.setIcon(icon("undo"))
        for b, action_id in (
            (self.btn_prev, "live.previous"),
            (self.btn_start, "live.start"),
            (self.btn_stop, "live.stop"),
            (self.btn_next, "live.next"),
        ):
            b.setToolTip(shortcuts.native_text(action_id))
            b.setText(f"{b.text()}  ({shortcuts.native_text(action_id)})")
            buttons.addWidget(b)
        buttons.addStretch(1)
        head.body.addLayout(buttons)
        col.addWidget(head)

        notes_card = Card(margins=(14, 12, 14, 12))
        top = QHBoxLayout()
        self.notes_label = label(self.tr("Catatan"), "section")
        self.save_status = label("", "faint")
        self.save_status.setObjectName("notes-status")
        top.addWidget(self.notes_label, 1)
        top.addWidget(self.save_status)
        notes_card.body.addLayout(top)
        self.editor = NotesEdit()
        self.editor.setObjectName("notes-editor")
        self.editor.setMinimumHeight(110)
        notes_card.body.addWidget(self.editor, 1)
        col.addWidget(notes_card, 3)

        dec_card = Card(margins=(14, 12, 14, 12))
        dec_top = QHBoxLayout()
        # Wraps rather than widening the column past a 1280 px window's share.
        dec_top.addWidget(label(self.tr("Keputusan dan arahan butir ini"), "section", wrap=True), 1)
        self.btn_keputusan = QPushButton(self.tr("Keputusan"))
        self.btn_kesimpulan = QPushButton(self.tr("Kesimpulan"))
        self.btn_arahan = QPushButton(self.tr("Arahan"))
        for b, action_id in (
            (self.btn_keputusan, "decision.keputusan"),
            (self.btn_kesimpulan, "decision.kesimpulan"),
            (self.btn_arahan, "decision.arahan"),
        ):
            b.setToolTip(shortcuts.native_text(action_id))
            b.setText(f"{b.text()}  ({shortcuts.native_text(action_id)})")
            dec_top.addWidget(b)
        dec_card.body.addLayout(dec_top)
        self.capture = CaptureBar()
        dec_card.body.addWidget(self.capture)
        self.decision_list = QListWidget()
        self.decision_list.setObjectName("item-decisions")
        self.decision_list.setMinimumHeight(60)
        self.decision_list.setMaximumHeight(120)
        self.decision_list.setWordWrap(True)
        self.decision_list.setSpacing(3)
        dec_card.body.addWidget(self.decision_list)
        self.message = label("", "muted", wrap=True)
        self.message.setObjectName("live-message")
        dec_card.body.addWidget(self.message)
        col.addWidget(dec_card, 2)
        # On a 1366x768 or 1280x800 laptop the three cards need more height than the
        # window has; squeezed below their size hints the entry row was a few pixels
        # high (issue 15 item 4). They keep their natural size and the column scrolls.
        self.right_scroll = QScrollArea()
        self.right_scroll.setObjectName("live-column")
        self.right_scroll.setWidget(right)
        self._right_column = right
        self.right_scroll.setWidgetResizable(True)
        self.right_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.right_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        split.addWidget(self.right_scroll)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        split.setSizes([300, 900])

        self.list.currentRowChanged.connect(self._row_selected)
        self.list.itemDoubleClicked.connect(self._go_to_item)
        self.btn_start.clicked.connect(self.start)
        self.btn_stop.clicked.connect(self.stop)
        self.btn_next.clicked.connect(self.next)
        self.btn_prev.clicked.connect(self.previous)
        self.btn_keputusan.clicked.connect(lambda: self.capture_decision(DecisionKind.KEPUTUSAN))
        self.btn_kesimpulan.clicked.connect(lambda: self.capture_decision(DecisionKind.KESIMPULAN))
        self.btn_arahan.clicked.connect(lambda: self.capture_decision(DecisionKind.ARAHAN))
        self.capture.submitted.connect(self._store_decision)
        self.capture.closed.connect(self.editor.setFocus)
        self.editor.focus_lost.connect(self.autosaver.flush)
        self.autosaver.status_changed.connect(self.save_status.setText)

        for action_id, slot in (
            ("live.start", self.start),
            ("live.stop", self.stop),
            ("live.next", self.next),
            ("live.previous", self.previous),
            ("note.new", self.editor.new_bullet),
            ("decision.keputusan", lambda: self.capture_decision(DecisionKind.KEPUTUSAN)),
            ("decision.kesimpulan", lambda: self.capture_decision(DecisionKind.KESIMPULAN)),
            ("decision.arahan", lambda: self.capture_decision(DecisionKind.ARAHAN)),
        ):
            act = QAction(self)
            act.setObjectName(action_id)
            act.setShortcut(shortcuts.sequence(action_id))
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(slot)
            self.addAction(act)

    # -- data ----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the agenda (times, order) and the quick-entry OPD list."""

        def read(s):
            return (
                agenda.list_items(s, self.meeting_id),
                notes.notes_for_meeting(s, self.meeting_id),
                decisions.org_candidates(s),
            )

        self.rows, bodies, orgs = call(self.ctx, read)
        self.capture.orgs = orgs
        self.capture.today = to_office(now_of(self.ctx), self.zone).date()
        for item_id, body in bodies.items():
            if item_id is not None and item_id not in self.docs:
                self._document(item_id, body)
        self.list.blockSignals(True)
        self.list.clear()
        running = None
        for i, r in enumerate(self.rows):
            item = QListWidgetItem(f"{i + 1}. {r.title}")
            item.setData(Qt.ItemDataRole.UserRole, r.id)
            if r.is_running:
                item.setIcon(icon("clock", theme.ACCENT, selected="white"))
                font = item.font()
                font.setBold(True)
                item.setFont(font)
                running = i
            elif r.actual_end is not None:
                item.setIcon(icon("check", theme.SUCCESS, selected="white"))
            else:
                item.setIcon(icon("arrow-right", theme.TEXT_FAINT, selected="white"))
            tip = f"{r.planned_minutes} menit" + (f" · {r.presenter}" if r.presenter else "")
            item.setToolTip(tip)
            self.list.addItem(item)
        self.list.blockSignals(False)
        ids = [r.id for r in self.rows]
        target = self.selected_item if self.selected_item in ids else None
        if running is not None and (target is None or self._follow_running):
            target = self.rows[running].id
        if target is None and self.rows:
            target = self.rows[0].id
        if target is not None:
            self.list.blockSignals(True)
            self.list.setCurrentRow(ids.index(target))
            self.list.blockSignals(False)
            self._show_item(target)
        else:
            self._show_item(None)
        self.tick()

    _follow_running = True

    def running_row(self) -> AgendaRow | None:
        return next((r for r in self.rows if r.is_running), None)

    def _document(self, item_id: int, body: str = "") -> QTextDocument:
        doc = self.docs.get(item_id)
        if doc is None:
            doc = QTextDocument(self)
            doc.setDocumentLayout(QPlainTextDocumentLayout(doc))
            doc.setDefaultFont(self.editor.font())
            doc.setPlainText(body)
            doc.setProperty("stored", doc.toPlainText())
            doc.setModified(False)
            doc.contentsChanged.connect(lambda iid=item_id: self._note_edited(iid))
            self.docs[item_id] = doc
        return doc

    def _row_selected(self, row: int) -> None:
        # The user looks at another item: stop following the running one until the
        # next live action.
        self._follow_running = False
        if 0 <= row < len(self.rows):
            self._show_item(self.rows[row].id)

    def _show_item(self, item_id: int | None) -> None:
        if item_id == self.selected_item and item_id is not None:
            self._show_header()
            return
        self.autosaver.flush()  # the previous item's text is stored before switching
        self.selected_item = item_id
        if item_id is None:
            self.editor.setEnabled(False)
            self.notes_label.setText(self.tr("Catatan"))
            self.decision_list.clear()
            self._show_header()
            return
        self.editor.setEnabled(True)
        self.editor.setDocument(self._document(item_id))
        self.editor.setReadOnly(self.locked)
        row = next(r for r in self.rows if r.id == item_id)
        self.notes_label.setText(self.tr("Catatan: {0}").format(row.title))
        self._show_decisions()
        self._show_header()

    def _show_header(self) -> None:
        running = self.running_row()
        shown = running or next((r for r in self.rows if r.id == self.selected_item), None)
        if running is not None:
            self.state.setText(self.tr("SEDANG DIBAHAS"))
        elif any(r.actual_end for r in self.rows):
            self.state.setText(self.tr("DIJEDA"))
        else:
            self.state.setText(self.tr("BELUM DIMULAI"))
        self.current_title.setText(shown.title if shown else self.tr("Agenda masih kosong"))
        self.presenter.setText(
            self.tr("Penyaji: {0}").format(shown.presenter) if shown and shown.presenter else ""
        )
        self.btn_stop.setEnabled(running is not None and not self.locked)
        self.btn_start.setEnabled(running is None and bool(self.rows) and not self.locked)
        self.btn_next.setEnabled(bool(self.rows) and not self.locked)
        self.btn_prev.setEnabled(bool(self.rows) and not self.locked)

    def _show_decisions(self) -> None:
        self.decision_list.clear()
        if self.selected_item is None:
            return
        rows = call(
            self.ctx, decisions.list_decisions, self.meeting_id, agenda_item_id=self.selected_item
        )
        for d in rows:
            text = f"{tr_const(KIND_TEXT[DecisionKind(d.kind)])}: {d.text}"
            if d.followup is not None:
                org = d.followup.organization or self.tr("OPD belum dipilih")
                due = (
                    fmt.medium_date(d.followup.due_date)
                    if d.followup.due_date
                    else self.tr("tanpa batas")
                )
                text += f"  →  {org}, {due}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, d.id)
            self.decision_list.addItem(item)

    def tick(self) -> None:
        """Refresh the timer display (called every second)."""
        running = self.running_row()
        if running is None or running.actual_start is None:
            self.clock.setText("00:00")
            shown = next((r for r in self.rows if r.id == self.selected_item), None)
            self.planned.setText(
                self.tr("rencana {0} menit").format(shown.planned_minutes) if shown else ""
            )
            self.progress.setValue(0)
            theme.set_props(self.progress, tone="muted")
            return
        elapsed = (now_of(self.ctx) - running.actual_start).total_seconds()
        planned = running.planned_minutes * 60
        self.clock.setText(mmss(elapsed))
        over = elapsed - planned
        if planned and over > 0:
            self.planned.setText(
                self.tr("dari {0} rencana · lewat {1}").format(mmss(planned), mmss(over))
            )
        else:
            self.planned.setText(
                self.tr("dari {0} rencana · mulai {1}").format(
                    mmss(planned), fmt.clock(running.actual_start, self.zone)
                )
            )
        ratio = elapsed / planned if planned else 1.0
        self.progress.setValue(min(1000, int(ratio * 1000)))
        tone = "danger" if ratio > 1 else "warning" if ratio > 0.8 else "success"
        if self.progress.property("tone") != tone:
            theme.set_props(self.progress, tone=tone)
        if self.clock.property("tone") != tone:
            theme.set_props(self.clock, tone=tone)

    def elapsed_seconds(self, at: datetime | None = None) -> float | None:
        running = self.running_row()
        if running is None or running.actual_start is None:
            return None
        return ((at or now_of(self.ctx)) - running.actual_start).total_seconds()

    # -- notes autosave ------------------------------------------------------------------
    def _note_edited(self, item_id: int) -> None:
        doc = self.docs.get(item_id)
        if doc is not None and doc.toPlainText() == doc.property("stored"):
            # Re-highlighting, or typed back to what is stored: nothing to write (a
            # finalized meeting said "Tidak tersimpan" on merely being looked at).
            self._dirty_items.discard(item_id)
            return
        self._dirty_items.add(item_id)
        self.autosaver.touch()

    def _save_notes(self) -> None:
        if not self._dirty_items:
            return
        pending = {
            iid: self.docs[iid].toPlainText() for iid in self._dirty_items if iid in self.docs
        }

        def save(s):
            for iid, body in pending.items():
                notes.save_note(s, self.meeting_id, iid, body, now=now_of(self.ctx))

        # A server that dropped the connection gets one quick second try; after that the
        # Autosaver keeps the text on screen and retries until the server is back.
        # The write runs on the tab's database thread; the editor keeps taking keystrokes
        # (and the window keeps painting) while a far or frozen server answers.
        self.db_thread.call(
            lambda: run_with_retry(lambda: call(self.ctx, save, write=True), attempts=2, delay=0.3)
        )
        # Only what was stored is clean: an edit made during the save stays dirty.
        for iid, body in pending.items():
            self.docs[iid].setProperty("stored", body)
            if self.docs[iid].toPlainText() == body:
                self._dirty_items.discard(iid)
        if self._dirty_items:
            QTimer.singleShot(0, self.autosaver.touch)

    # -- live actions --------------------------------------------------------------------
    def _live(self, fn: Any) -> None:
        self.autosaver.flush()
        try:
            call(self.ctx, fn, self.meeting_id, now=now_of(self.ctx), write=True)
        except agenda.NotMeetingDay as exc:
            # Only the first start of a meeting planned for another day asks (item 8).
            answer = self.ask(self, self.tr("Mulai rapat"), user_message(exc))
            if answer == QMessageBox.StandardButton.Yes:
                self._live(lambda s, mid, now: fn(s, mid, now=now, other_day=True))
            return
        except Exception as exc:
            self._error(user_message(exc))
            return
        self._follow_running = True
        self.refresh()
        self.changed.emit()
        self.editor.setFocus()

    def start(self) -> None:
        self._live(agenda.start_live)

    def stop(self) -> None:
        self._live(agenda.stop_live)

    def next(self) -> None:
        self._live(agenda.next_item)

    def previous(self) -> None:
        self._live(agenda.previous_item)

    def _go_to_item(self, item: QListWidgetItem) -> None:
        iid = item.data(Qt.ItemDataRole.UserRole)
        self._live(lambda s, mid, now: agenda.go_to(s, mid, iid, now=now))

    # -- decisions -----------------------------------------------------------------------
    def _show_capture(self) -> None:
        """Scroll the entry row into view, vertically only (the column never scrolls sideways)."""
        bar = self.right_scroll.verticalScrollBar()
        top = self.capture.mapTo(self._right_column, self.capture.rect().topLeft()).y()
        bottom = top + self.capture.height() + 12
        view = self.right_scroll.viewport().height()
        if bottom > bar.value() + view:
            bar.setValue(bottom - view)
        elif top < bar.value():
            bar.setValue(top)

    def capture_decision(self, kind: str) -> None:
        if self.locked:
            return
        if self.selected_item is None:
            self._error(self.tr("Tambahkan butir agenda dulu."))
            return
        row = next(r for r in self.rows if r.id == self.selected_item)
        self.capture.today = to_office(now_of(self.ctx), self.zone).date()
        self.capture.open_for(kind, row.title)
        # After the bar has its height (next event loop turn), bring all of it into view.
        QTimer.singleShot(0, self, self._show_capture)  # dropped if the tab is gone

    def _store_decision(self, kind: str, text: str, entry: QuickEntry | None) -> None:
        item_id = self.selected_item
        try:
            if kind == DecisionKind.ARAHAN:
                org_id = entry.organization.id if entry and entry.organization else None
                due = entry.due_date if entry else None
                call(
                    self.ctx,
                    decisions.add_directive,
                    self.meeting_id,
                    text,
                    agenda_item_id=item_id,
                    organization_id=org_id,
                    due_date=due,
                    write=True,
                )
            else:
                call(
                    self.ctx,
                    decisions.add_decision,
                    self.meeting_id,
                    kind,
                    text,
                    agenda_item_id=item_id,
                    write=True,
                )
        except Exception as exc:
            self._error(user_message(exc))
            return
        self.capture.clear_inputs()
        self.capture.hide()
        self.message.setText(
            self.tr("{0} dicatat.").format(tr_const(KIND_TEXT[DecisionKind(kind)]))
        )
        theme.set_props(self.message, role="muted")
        self._show_decisions()
        self.changed.emit()
        self.editor.setFocus()

    def _error(self, text: str) -> None:
        self.message.setText(text)
        theme.set_props(self.message, role="error")

    def set_locked(self, locked: bool) -> None:
        self.locked = locked
        self.editor.setReadOnly(locked)
        for b in (self.btn_keputusan, self.btn_kesimpulan, self.btn_arahan):
            b.setEnabled(not locked)
        self._show_header()
