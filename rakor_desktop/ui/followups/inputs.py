"""Date and number inputs that match the app's combo boxes.

The shared theme rounds QDateEdit/QSpinBox like a QComboBox but leaves their
drop-down and step buttons to Fusion, which draws a square dark frame inside the
rounded box. These rules (scoped to the widgets they are set on) draw the same
chevron as the combo boxes instead.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDateEdit, QSpinBox

from rakor_desktop.config import resources_dir


def _chevron() -> str:
    return (resources_dir() / "icons" / "chevron-down.svg").as_posix()


def date_edit() -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setStyleSheet(
        "QDateEdit::drop-down { subcontrol-origin: padding; subcontrol-position: center right;"
        " border: none; width: 24px; }"
        f" QDateEdit::down-arrow {{ image: url({_chevron()}); width: 12px; height: 12px; }}"
    )
    return edit


def percent_spin() -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(0, 100)
    spin.setSuffix(" %")
    spin.setSingleStep(5)
    # Typed, or stepped with the arrow keys and the mouse wheel. The buttons are given
    # no width rather than NoButtons, which (Fusion + stylesheet) squeezes the editor
    # to one pixel; the editor ignores the QSS padding, hence the text margin.
    spin.setStyleSheet("QSpinBox::up-button, QSpinBox::down-button { width: 0px; border: none; }")
    spin.lineEdit().setTextMargins(8, 0, 0, 0)
    return spin
