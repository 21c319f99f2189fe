"""The meeting's basic fields (title, series, date, times in the office zone, place),
built once for the "Rapat baru" dialog and the Rincian tab.

Both must read and write times the same way: a meeting created at 09.00 WIB has to
show 09.00 in Rincian on a laptop set to any zone, and "tanpa jam selesai" must mean
the same thing in both places.
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTimeEdit,
    QWidget,
)

from rakor_desktop.domain.timefmt import office_datetime, to_office
from rakor_desktop.services.meetings import editor as meeting_editor
from rakor_desktop.ui.meetings.common import localize


def qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def resolve_series(session: Any, sid: int | None, name: str) -> int | None:
    """The series id to store: the chosen one, or a new series named ``name``."""
    if sid is not None or not name:
        return sid
    found = meeting_editor.find_series(session, name)
    if found is not None:
        return found.id
    return meeting_editor.create_series(session, name).id


class SeriesCombo(QComboBox):
    """Series chooser; typing a new name means "create this series" (on save)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        line = self.lineEdit()
        assert line is not None  # editable
        line.setPlaceholderText(self.tr("(tanpa seri)"))

    def load(self, series: list[tuple[int, str]], current: int | None) -> None:
        self.blockSignals(True)
        self.clear()
        self.addItem("", None)
        for sid, name in series:
            self.addItem(name, sid)
        idx = self.findData(current) if current is not None else 0
        self.setCurrentIndex(max(idx, 0))
        self.blockSignals(False)

    def chosen(self) -> tuple[int | None, str]:
        """(existing series id or None, typed name)."""
        text = self.currentText().strip()
        if not text:
            return None, ""
        idx = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if idx > 0:
            return self.itemData(idx), self.itemText(idx)
        return None, text


class MeetingBasicsForm(QFormLayout):
    """Judul, Seri, Tanggal, Waktu (start s.d. end, zone, "tanpa jam selesai"), Tempat.

    A layout rather than a widget so that each host keeps its own card or dialog frame
    and the labels line up with the host's other rows. ``edited`` fires on any change
    a person makes.
    """

    def __init__(self, zone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.zone = zone
        self.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.title = QLineEdit()
        self.title.setObjectName("title")
        self.series = SeriesCombo()
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dddd, d MMMM yyyy")
        self.start = QTimeEdit(QTime(9, 0))
        self.end = QTimeEdit(QTime(12, 0))
        for t in (self.start, self.end):
            t.setDisplayFormat("HH.mm")
        self.no_end = QCheckBox(QCoreApplication.translate("MeetingForm", "tanpa jam selesai"))
        self.no_end.toggled.connect(self.end.setDisabled)
        localize(self.day, self.start, self.end)
        times = QHBoxLayout()
        times.addWidget(self.start)
        times.addWidget(QLabel(QCoreApplication.translate("MeetingForm", "s.d.")))
        times.addWidget(self.end)
        times.addWidget(QLabel(zone))
        times.addWidget(self.no_end)
        times.addStretch(1)
        self.place = QLineEdit()
        self.addRow(QCoreApplication.translate("MeetingForm", "Judul"), self.title)
        self.addRow(QCoreApplication.translate("MeetingForm", "Seri"), self.series)
        self.addRow(QCoreApplication.translate("MeetingForm", "Tanggal"), self.day)
        self.addRow(QCoreApplication.translate("MeetingForm", "Waktu"), times)
        self.addRow(QCoreApplication.translate("MeetingForm", "Tempat"), self.place)

    def connect_edited(self, slot: Any) -> None:
        """Call ``slot`` whenever a person changes one of these fields."""
        self.title.textChanged.connect(slot)
        self.place.textChanged.connect(slot)
        self.series.currentTextChanged.connect(slot)
        self.day.dateChanged.connect(slot)
        self.start.timeChanged.connect(slot)
        self.end.timeChanged.connect(slot)
        self.no_end.toggled.connect(slot)

    def times(self) -> tuple[datetime, datetime | None]:
        """Start and end as aware datetimes in the office zone (end None: open-ended)."""
        d = pydate(self.day.date())
        start = office_datetime(
            d, time(self.start.time().hour(), self.start.time().minute()), self.zone
        )
        if self.no_end.isChecked():
            return start, None
        end = office_datetime(d, time(self.end.time().hour(), self.end.time().minute()), self.zone)
        return start, end

    def show_times(self, starts_at: datetime, ends_at: datetime | None) -> None:
        """Fill date and times from stored UTC instants, in the office zone."""
        local = to_office(starts_at, self.zone)
        self.day.setDate(qdate(local.date()))
        self.start.setTime(QTime(local.hour, local.minute))
        if ends_at is not None:
            end = to_office(ends_at, self.zone)
            self.end.setTime(QTime(end.hour, end.minute))
            self.no_end.setChecked(False)
        else:
            self.end.setTime(QTime(local.hour, local.minute).addSecs(3 * 3600))
            self.no_end.setChecked(True)
