"""The side panel: the current follow-up, its progress history, and "add progress".

The form validates nothing itself: the service applies the rules
(``domain.followup_rules``) and its Indonesian message is shown under the form,
with the typed note kept so nothing is lost on a refused save.
"""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt, QUrl, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rakor_desktop.domain import clock
from rakor_desktop.services.followups.progress import UpdateRow
from rakor_desktop.services.followups.query import FollowUpRow
from rakor_desktop.ui import formatting as fmt
from rakor_desktop.ui.followups import status as st
from rakor_desktop.ui.followups.inputs import date_edit, percent_spin
from rakor_desktop.ui.widgets import Card, EmptyState, clear_layout, divider, label, pill, set_pill


class ProgressRequest:
    """What the form asks the service to record."""

    def __init__(
        self, day: date, note: str, percent: int | None, status: str | None, evidence: str | None
    ) -> None:
        self.day = day
        self.note = note
        self.percent = percent
        self.status = status
        self.evidence = evidence


class FollowUpDetail(QWidget):
    """Shows one follow-up; emits :attr:`progress_requested` when the user saves."""

    progress_requested = Signal(object)  # ProgressRequest

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.current: FollowUpRow | None = None
        self.zone = "WIB"
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(12)

        self.card = Card()
        head = QHBoxLayout()
        self.overline = label(self.tr("TINDAK LANJUT"), "overline")
        head.addWidget(self.overline)
        head.addStretch(1)
        self.status_pill = pill("", "muted")
        head.addWidget(self.status_pill)
        self.card.body.addLayout(head)
        self.action_label = label("", "strong", wrap=True)
        self.action_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.card.body.addWidget(self.action_label)
        self.problem_label = label("", "muted", wrap=True)
        self.card.body.addWidget(self.problem_label)
        self.meta_label = label("", "faint", wrap=True)
        self.card.body.addWidget(self.meta_label)
        outer.addWidget(self.card)

        self.history_card = Card(self.tr("Riwayat progres"))
        self.history_rows = QVBoxLayout()
        self.history_rows.setSpacing(0)
        self.history_card.body.addLayout(self.history_rows)
        self.history_empty = label(self.tr("Belum ada laporan progres."), "muted")
        self.history_card.body.addWidget(self.history_empty)
        self.history_entries: list[QWidget] = []
        outer.addWidget(self.history_card)

        self.form_card = Card(self.tr("Tambah progres"))
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        form.setSpacing(8)
        self.day_edit = date_edit()
        form.addRow(self.tr("Tanggal"), self.day_edit)
        self.percent_spin = percent_spin()
        form.addRow(self.tr("Progres"), self.percent_spin)
        self.status_combo = QComboBox()
        self.status_combo.addItem(self.tr("Otomatis dari progres"), None)
        for key in st.SETTABLE:
            self.status_combo.addItem(st.label(key), key)
        form.addRow(self.tr("Status"), self.status_combo)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setPlaceholderText(
            self.tr("Apa yang sudah dikerjakan, kendala, atau alasan perubahan status")
        )
        self.note_edit.setFixedHeight(70)
        form.addRow(self.tr("Catatan"), self.note_edit)
        evidence_row = QHBoxLayout()
        self.evidence_edit = QLineEdit()
        self.evidence_edit.setPlaceholderText(self.tr("Berkas bukti (opsional)"))
        evidence_row.addWidget(self.evidence_edit, 1)
        self.browse_button = QPushButton(self.tr("Pilih…"))
        self.browse_button.clicked.connect(self._browse)
        evidence_row.addWidget(self.browse_button)
        form.addRow(self.tr("Bukti"), evidence_row)
        self.form_card.body.addLayout(form)
        self.error_label = label("", "error", wrap=True)
        self.error_label.hide()
        self.form_card.body.addWidget(self.error_label)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.save_button = QPushButton(self.tr("Simpan progres"))
        self.save_button.setProperty("variant", "primary")
        self.save_button.clicked.connect(self._save)
        buttons.addWidget(self.save_button)
        self.form_card.body.addLayout(buttons)
        outer.addWidget(self.form_card)

        self.empty = EmptyState(
            "tasks", self.tr("Pilih satu tindak lanjut untuk melihat riwayat dan mencatat progres.")
        )
        outer.addWidget(self.empty)
        self.show_followup(None, [], clock.today())

    # -- showing -------------------------------------------------------------------
    def show_followup(self, row: FollowUpRow | None, updates: list[UpdateRow], today: date) -> None:
        changed = row is None or self.current is None or row.id != self.current.id
        self.current = row
        for w in (self.card, self.history_card, self.form_card):
            w.setVisible(row is not None)
        self.empty.setVisible(row is None)
        if row is None:
            return
        set_pill(self.status_pill, st.label(row.status), st.TONES[row.status])
        self.action_label.setText(row.action or row.problem)
        self.problem_label.setText(row.problem if row.action else "")
        self.problem_label.setVisible(bool(row.action and row.problem))
        due = fmt.medium_date(row.due_date) if row.due_date else self.tr("tanpa batas waktu")
        meta = [
            row.organization or self.tr("OPD belum ditentukan"),
            self.tr("Batas %1").replace("%1", due),
            self.tr("Progres %1%").replace("%1", str(row.percent)),
        ]
        if row.pic:
            meta.insert(1, row.pic)
        if row.carried:
            meta.append(FollowUpDetail.tr("dibawa %n kali", "", row.carried))  # type: ignore[arg-type]
        meta.append(self.tr("dari %1").replace("%1", row.meeting_title))
        self.meta_label.setText(" · ".join(meta))
        self._fill_history(updates)
        self.day_edit.setMaximumDate(QDate(today.year, today.month, today.day))
        if changed:
            self.day_edit.setDate(QDate(today.year, today.month, today.day))
            self.note_edit.clear()
            self.evidence_edit.clear()
            self.status_combo.setCurrentIndex(0)
            self.error_label.hide()
        self.percent_spin.setValue(row.percent)
        self._percent_start = row.percent

    def _evidence_label(self, refs: str) -> QLabel:
        """Evidence kept in the data folder (a returned workbook's files) opens on a click;
        a name or a path elsewhere is shown as typed."""
        from rakor_desktop.config import data_dir

        parts = []
        for ref in (r.strip() for r in refs.split(";") if r.strip()):
            stored = data_dir() / ref
            if not Path(ref).is_absolute() and stored.is_file():
                url = QUrl.fromLocalFile(str(stored)).toString()
                parts.append(f'<a href="{html.escape(url)}">{html.escape(Path(ref).name)}</a>')
            else:
                parts.append(html.escape(ref))
        text = label(self.tr("Bukti: %1").replace("%1", ", ".join(parts)), "faint", wrap=True)
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setOpenExternalLinks(True)
        text.setToolTip(refs)
        return text

    def _fill_history(self, updates: list[UpdateRow]) -> None:
        """Newest first: date, status and percent in bold, then the note and evidence."""
        clear_layout(self.history_rows)
        self.history_entries = []
        for i, u in enumerate(updates):
            if i:
                self.history_rows.addWidget(divider())
            entry = QWidget()
            col = QVBoxLayout(entry)
            col.setContentsMargins(0, 6, 0, 6)
            col.setSpacing(2)
            head = " · ".join(
                [fmt.medium_date(u.at, self.zone), st.label(u.status), f"{u.percent}%"]
            )
            col.addWidget(label(head, "strong"))
            if u.note:
                note = label(u.note, wrap=True)
                note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                col.addWidget(note)
            if u.evidence_path:
                col.addWidget(self._evidence_label(u.evidence_path))
            if u.meeting_title:
                col.addWidget(
                    label(
                        self.tr("Dilaporkan di %1").replace("%1", u.meeting_title),
                        "faint",
                        wrap=True,
                    )
                )
            entry.setProperty("update_id", u.id)
            self.history_entries.append(entry)
            self.history_rows.addWidget(entry)
        self.history_empty.setVisible(not updates)

    def history_texts(self) -> list[str]:
        """The entries as plain text, newest first (what the panel shows)."""
        out = []
        for entry in self.history_entries:
            out.append("\n".join(lbl.text() for lbl in entry.findChildren(QLabel)))
        return out

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))

    def saved(self) -> None:
        """After a successful save: clear what was typed (the history now shows it)."""
        self.note_edit.clear()
        self.evidence_edit.clear()
        self.status_combo.setCurrentIndex(0)
        self.error_label.hide()

    # -- actions -------------------------------------------------------------------
    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Pilih berkas bukti"))
        if path:
            self.evidence_edit.setText(path)

    def request(self) -> ProgressRequest:
        qd = self.day_edit.date()
        percent = self.percent_spin.value()
        return ProgressRequest(
            day=date(qd.year(), qd.month(), qd.day()),
            note=self.note_edit.toPlainText().strip(),
            percent=percent if percent != getattr(self, "_percent_start", None) else None,
            status=self.status_combo.currentData(),
            evidence=self.evidence_edit.text().strip() or None,
        )

    def _save(self) -> None:
        if self.current is None:
            return
        self.progress_requested.emit(self.request())
