"""Spin, date and time editors under the app theme: readable text, light step buttons.

Two pages once worked around the theme locally (a QSpinBox without buttons had a 1 px
text field; step buttons were dark squares without arrows). The theme now handles
every QAbstractSpinBox; this renders them and checks the pixels and geometry.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QDateTime, QPoint, QTime
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QDateEdit,
    QDateTimeEdit,
    QDoubleSpinBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QStyle,
    QStyleOptionSpinBox,
    QTimeEdit,
    QWidget,
)

from rakor_desktop.ui.followups.inputs import date_edit, percent_spin


def editors() -> dict[str, QAbstractSpinBox]:
    no_buttons = QSpinBox()
    no_buttons.setRange(0, 100)
    no_buttons.setValue(75)
    no_buttons.setSuffix(" %")
    no_buttons.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
    time = QTimeEdit(QTime(9, 30))
    time.setDisplayFormat("HH.mm")
    plain_date = QDateEdit(QDate(2025, 8, 25))
    plain_date.setDisplayFormat("dd/MM/yyyy")
    popup = date_edit()
    popup.setDate(QDate(2025, 9, 1))
    percent = percent_spin()
    percent.setValue(40)
    spin = QSpinBox()
    spin.setRange(0, 500)
    spin.setValue(42)
    stamp = QDateTimeEdit(QDateTime(QDate(2025, 8, 25), QTime(9, 0)))
    stamp.setDisplayFormat("dd/MM/yyyy HH.mm")
    double = QDoubleSpinBox()
    double.setValue(3.5)
    return {
        "spin": spin,
        "no_buttons": no_buttons,
        "time": time,
        "date": plain_date,
        "date_popup": popup,
        "datetime": stamp,
        "double": double,
        "percent": percent,
    }


def show_form(qtbot, widgets: dict[str, QWidget]) -> QWidget:
    form = QWidget()
    layout = QFormLayout(form)
    reference = QLineEdit("teks")
    layout.addRow("QLineEdit", reference)
    for name, widget in widgets.items():
        layout.addRow(name, widget)
    form.resize(360, 10)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    form.adjustSize()
    form.reference = reference  # type: ignore[attr-defined]
    return form


def brightness(image: QImage, x: int, y: int, w: int, h: int) -> float:
    total = 0.0
    for i in range(x, x + w):
        for j in range(y, y + h):
            total += QColor(image.pixel(i, j)).lightnessF()
    return total / (w * h)


def test_text_fields_are_wide_and_indented_like_a_line_edit(qtbot, themed) -> None:
    widgets = editors()
    form = show_form(qtbot, widgets)
    line_height = form.reference.height()
    for name, widget in widgets.items():
        edit = widget.lineEdit()
        assert edit.width() > widget.width() * 0.6, name  # never the 1 px field
        # Text starts where a QLineEdit's does (border + padding), not on the frame.
        start = edit.mapTo(widget, QPoint(edit.textMargins().left(), 0)).x()
        assert 8 <= start <= 14, (name, start)
        assert abs(widget.height() - line_height) <= 1, name  # one height per form row


def test_step_buttons_are_light_with_arrows(qtbot, themed) -> None:
    widgets = editors()
    form = show_form(qtbot, widgets)
    for name in ("spin", "time", "date", "datetime", "double"):
        widget = widgets[name]
        option = QStyleOptionSpinBox()
        widget.initStyleOption(option)
        style = widget.style()
        cc = QStyle.ComplexControl.CC_SpinBox
        up = style.subControlRect(cc, option, QStyle.SubControl.SC_SpinBoxUp, widget)
        down = style.subControlRect(cc, option, QStyle.SubControl.SC_SpinBoxDown, widget)
        edit = widget.lineEdit().geometry()
        assert up.width() >= 16 and down.width() >= 16, name
        assert edit.right() <= up.left(), name  # text never runs under the buttons
        image = widget.grab().toImage()
        for rect in (up, down):
            inner = rect.adjusted(2, 2, -2, -2)
            # Mostly white (not a dark square) ...
            assert brightness(image, inner.x(), inner.y(), inner.width(), inner.height()) > 0.85, (
                name
            )
            # ... with a visible chevron in the middle.
            darkest = min(
                QColor(image.pixel(x, y)).lightnessF()
                for x in range(inner.left(), inner.right())
                for y in range(inner.top(), inner.bottom())
            )
            assert darkest < 0.7, name
    form.close()


def test_followup_inputs_need_no_local_stylesheet(themed) -> None:
    assert date_edit().styleSheet() == ""
    percent = percent_spin()
    assert percent.styleSheet() == ""
    assert percent.buttonSymbols() is QAbstractSpinBox.ButtonSymbols.NoButtons
