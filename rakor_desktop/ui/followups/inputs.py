"""Date and number inputs for the follow-up pages.

The shared theme (``ui/theme.py``) draws the drop-down chevron of a calendar-popup
date editor, the step buttons of spin boxes and the text indent of both, so these
helpers only set what is particular to follow-ups: the date format and a percentage
typed or stepped without buttons.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractSpinBox, QDateEdit, QSpinBox


def date_edit() -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    return edit


def percent_spin() -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(0, 100)
    spin.setSuffix(" %")
    spin.setSingleStep(5)
    # Typed, or stepped with the arrow keys and the mouse wheel: no buttons to aim at.
    spin.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
    return spin
