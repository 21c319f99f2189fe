"""Rincian: title, series, date and times (office zone), place, officials, letter, attachments.

Every field autosaves. Input that cannot be stored (no title, end before start) is
explained under the form and kept on screen; warnings (a time in the past, an
overlap) are shown without blocking.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from rakor_desktop.services.meetings import close as meeting_close
from rakor_desktop.services.meetings import editor as meeting_editor
from rakor_desktop.services.monev.catalogue import CLUSTER_LABELS
from rakor_desktop.ui import theme
from rakor_desktop.ui.meetings.autosave import Autosaver
from rakor_desktop.ui.meetings.common import call, localize, now_of
from rakor_desktop.ui.meetings.meeting_form import MeetingBasicsForm, pydate, qdate, resolve_series
from rakor_desktop.ui.meetings.notes_editor import NotesEdit
from rakor_desktop.ui.meetings.pickers import Choice, ChoicePicker
from rakor_desktop.ui.widgets import Card, label

if TYPE_CHECKING:
    from rakor_desktop.ui.context import AppContext

NO_DATE = QDate(2000, 1, 1)
PREFIXES = ("", "Plt.", "Plh.", "Pj.", "a.n.")
NATURES = ("Biasa", "Penting", "Segera", "Sangat Segera", "Rahasia")


class DetailsTab(QWidget):
    saved = Signal()  # the meeting row changed (header, list)

    def __init__(
        self, ctx: AppContext, meeting_id: int, zone: str, autosaver_parent: Any = None
    ) -> None:
        super().__init__()
        self.ctx = ctx
        self.meeting_id = meeting_id
        self.zone = zone
        self._loading = False
        self.autosaver = Autosaver(self._save, zone=zone, clock=lambda: now_of(ctx), parent=self)
        self._build()

    # -- layout --------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        outer.addWidget(area)
        body = QWidget()
        body.setObjectName("PageRoot")
        area.setWidget(body)
        cols = QHBoxLayout(body)
        cols.setContentsMargins(4, 12, 4, 12)
        cols.setSpacing(18)

        left = Card(self.tr("Rapat"))
        form = MeetingBasicsForm(self.zone)
        self.basics = form
        self.title, self.series, self.place = form.title, form.series, form.place
        self.day, self.start, self.end, self.no_end = form.day, form.start, form.end, form.no_end
        left.body.addLayout(form)
        self.message = label("", "muted", wrap=True)
        self.message.setObjectName("validation")
        left.body.addWidget(self.message)
        left.body.addWidget(label(self.tr("Kata pembukaan pimpinan"), "section"))
        self.opening = NotesEdit()
        self.opening.setObjectName("opening")
        self.opening.setMinimumHeight(110)
        left.body.addWidget(self.opening, 1)

        right = Card(self.tr("Pejabat dan surat undangan"))
        form2 = QFormLayout()
        form2.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.chair_prefix = QComboBox()
        self.chair_prefix.addItems(PREFIXES)
        self.chair_prefix.setMinimumWidth(72)
        self.chair = ChoicePicker(self.tr("Ketik nama pimpinan rapat"))
        chair_row = QHBoxLayout()
        chair_row.addWidget(self.chair_prefix)
        chair_row.addWidget(self.chair, 1)
        self.secretary = ChoicePicker(self.tr("Ketik nama sekretaris"))
        self.notulis = ChoicePicker(self.tr("Ketik nama notulis"))
        self.letter_number = QLineEdit()
        self.letter_number.setPlaceholderText(self.tr("mis. 005/1234/2025"))
        self.letter_date = QDateEdit()
        self.letter_date.setCalendarPopup(True)
        self.letter_date.setMinimumDate(NO_DATE)
        self.letter_date.setSpecialValueText("—")
        self.letter_date.setDisplayFormat("d MMMM yyyy")
        localize(self.letter_date)
        self.nature = QComboBox()
        self.nature.setEditable(True)
        self.nature.addItems(NATURES)
        form2.addRow(self.tr("Pimpinan rapat"), chair_row)
        form2.addRow(self.tr("Sekretaris"), self.secretary)
        form2.addRow(self.tr("Notulis"), self.notulis)
        form2.addRow(self.tr("Nomor surat"), self.letter_number)
        form2.addRow(self.tr("Tanggal surat"), self.letter_date)
        form2.addRow(self.tr("Sifat"), self.nature)
        # A Rakor Ekobang covers one Asisten's OPDs: the Monev matrix follows it.
        self.cluster = QComboBox()
        self.cluster.setObjectName("cluster")
        self.cluster.addItem(self.tr("Seluruh OPD"), None)
        for key, text in CLUSTER_LABELS.items():
            self.cluster.addItem(text, key)
        self.cluster.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.cluster.setMinimumContentsLength(12)
        form2.addRow(self.tr("Klaster"), self.cluster)
        # Off by default: a signature costs the door a few seconds a person.
        self.signatures = QCheckBox(self.tr("Minta tanda tangan di layar meja registrasi"))
        self.signatures.setObjectName("signatures-required")
        self.signatures.setToolTip(
            self.tr(
                "Setelah kehadiran tercatat, meja registrasi meminta tanda tangan dengan "
                "pena, jari atau tetikus (Esc melewati); tanda tangan tercetak di daftar hadir."
            )
        )
        form2.addRow("", self.signatures)
        right.body.addLayout(form2)
        right.body.addWidget(label(self.tr("Lampiran (berkas)"), "section"))
        self.attachments = QListWidget()
        self.attachments.setObjectName("attachments")
        self.attachments.setMaximumHeight(130)
        right.body.addWidget(self.attachments)
        row = QHBoxLayout()
        self.btn_attach = QPushButton(self.tr("Tambah berkas…"))
        self.btn_detach = QPushButton(self.tr("Hapus dari lampiran"))
        row.addWidget(self.btn_attach)
        row.addWidget(self.btn_detach)
        row.addStretch(1)
        right.body.addLayout(row)
        right.body.addStretch(1)

        cols.addWidget(left, 3)
        cols.addWidget(right, 2)

        for w in (self.title, self.place, self.letter_number):
            w.textChanged.connect(self._edited)
            w.editingFinished.connect(self.autosaver.flush)
        self.series.currentTextChanged.connect(self._edited)
        self.day.dateChanged.connect(self._edited)
        self.start.timeChanged.connect(self._edited)
        self.end.timeChanged.connect(self._edited)
        self.no_end.toggled.connect(self._edited)
        self.letter_date.dateChanged.connect(self._edited)
        self.nature.currentTextChanged.connect(self._edited)
        self.cluster.currentIndexChanged.connect(self._edited)
        self.signatures.toggled.connect(self._edited)
        self.signatures.toggled.connect(lambda _on: self.autosaver.flush())
        self.chair_prefix.currentTextChanged.connect(self._edited)
        for picker in (self.chair, self.secretary, self.notulis):
            picker.chosen.connect(self._edited)
        self.opening.textChanged.connect(self._edited)
        self.opening.focus_lost.connect(self.autosaver.flush)
        self.btn_attach.clicked.connect(self._browse)
        self.btn_detach.clicked.connect(self._detach)

    # -- data ----------------------------------------------------------------------------
    def set_people(self, choices: list[Choice]) -> None:
        for picker in (self.chair, self.secretary, self.notulis):
            picker.set_choices(choices)

    def load(self) -> None:
        def read(s):
            return meeting_close.get_meeting(s, self.meeting_id), meeting_editor.list_series(s)

        m, series = call(self.ctx, read)
        self._loading = True
        try:
            self.title.setText(m.title)
            self.series.load([(x.id, x.name) for x in series], m.series_id)
            self.basics.show_times(m.starts_at, m.ends_at)
            self.place.setText(m.place)
            self.chair_prefix.setCurrentText(m.chair_prefix)
            self.chair.set_value(m.chair_id)
            self.secretary.set_value(m.secretary_id)
            self.notulis.set_value(m.notulis_id)
            self.letter_number.setText(m.letter_number)
            self.letter_date.setDate(qdate(m.letter_date) if m.letter_date else NO_DATE)
            self.nature.setCurrentText(m.letter_nature)
            self.cluster.setCurrentIndex(max(self.cluster.findData(m.cluster), 0))
            self.signatures.setChecked(bool(m.signatures_required))
            self.attachments.clear()
            self.attachments.addItems(meeting_editor.attachments_of(m))
            if self.opening.toPlainText() != m.opening_remarks:
                self.opening.setPlainText(m.opening_remarks)
        finally:
            self._loading = False
        self.autosaver.discard()
        self._show_validation()

    def times(self) -> tuple[datetime, datetime | None]:
        return self.basics.times()

    def values(self) -> dict[str, Any]:
        start, end = self.times()
        letter: date | None = None
        if self.letter_date.date() != NO_DATE:
            letter = pydate(self.letter_date.date())
        return {
            "title": self.title.text(),
            "starts_at": start,
            "ends_at": end,
            "place": self.place.text(),
            "chair_id": self.chair.value(),
            "chair_prefix": self.chair_prefix.currentText(),
            "secretary_id": self.secretary.value(),
            "notulis_id": self.notulis.value(),
            "letter_number": self.letter_number.text(),
            "letter_date": letter,
            "letter_nature": self.nature.currentText(),
            "cluster": self.cluster.currentData(),
            "attachments": [
                self.attachments.item(i).text() for i in range(self.attachments.count())
            ],
            "opening_remarks": self.opening.toPlainText(),
            "signatures_required": self.signatures.isChecked(),
        }

    def _edited(self, *_args: Any) -> None:
        if self._loading:
            return
        self._show_validation()
        self.autosaver.touch()

    def _show_validation(self) -> meeting_editor.Validation:
        start, end = self.times()
        v = call(
            self.ctx,
            meeting_editor.validate,
            title=self.title.text(),
            starts_at=start,
            ends_at=end,
            meeting_id=self.meeting_id,
            now=now_of(self.ctx),
        )
        lines = [f"✖ {e}" for e in v.errors] + [f"⚠ {w}" for w in v.warnings]
        self.message.setText("\n".join(lines))
        self.message.setVisible(bool(lines))
        theme.set_props(self.message, role="error" if v.errors else "muted")
        theme.set_props(self.title, invalid=not self.title.text().strip())
        theme.set_props(self.end, invalid=any("Jam selesai" in e for e in v.errors))
        return v

    def _save(self) -> None:
        values = self.values()
        sid, name = self.series.chosen()

        def save(s):
            values["series_id"] = resolve_series(s, sid, name)
            return meeting_editor.update_meeting(s, self.meeting_id, now=now_of(self.ctx), **values)

        call(self.ctx, save, write=True)
        self.saved.emit()

    # -- attachments ---------------------------------------------------------------------
    def add_attachments(self, paths: list[str]) -> None:
        existing = {self.attachments.item(i).text() for i in range(self.attachments.count())}
        for p in paths:
            if p and p not in existing:
                self.attachments.addItem(p)
                existing.add(p)
        self._edited()

    def _browse(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Pilih berkas lampiran"))
        if paths:
            self.add_attachments(paths)

    def _detach(self) -> None:
        for item in self.attachments.selectedItems():
            self.attachments.takeItem(self.attachments.row(item))
        self._edited()

    def set_locked(self, locked: bool) -> None:
        for w in (
            self.title,
            self.place,
            self.letter_number,
            self.series,
            self.day,
            self.start,
            self.end,
            self.no_end,
            self.letter_date,
            self.nature,
            self.cluster,
            self.signatures,
            self.chair_prefix,
            self.chair,
            self.secretary,
            self.notulis,
            self.btn_attach,
            self.btn_detach,
        ):
            w.setEnabled(not locked)
        self.opening.setReadOnly(locked)
