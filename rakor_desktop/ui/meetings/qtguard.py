"""Keep ``None``, ``True`` and ``False`` alive through a three-hour meeting.

PySide6 6.12 on CPython 3.11 hands back these singletons without taking a new
reference in several places: every void method (``QTimer.start()``,
``QWidget.setFocus()``) returns ``None`` and every ``Signal.emit()`` returns ``True``
that way, so each call lowers the singleton's count by one. The live timer and the
autosave status emit every second; after enough calls CPython aborts with
"Fatal Python error: bool_dealloc" (or ``none_dealloc``), taking unsaved work with it.
CPython 3.12 made these objects immortal, which is why the bug is invisible there;
this gives them a count no process can exhaust, as the kiosk's ``qtfix`` does for
``None``. They are never deallocated by design, so nothing else changes.

The project now pins PySide6 6.11.3, which does not have the bug; the guard stays as
cheap insurance against an upgrade that brings it back.
"""

from __future__ import annotations

import sys

_HUGE = 1 << 40


def guard_singletons() -> list[str]:
    """Raise the counts of None/True/False on CPython < 3.12; returns what it touched."""
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return []
    import ctypes

    touched = []
    for name, obj in (("None", None), ("True", True), ("False", False)):
        count = ctypes.c_ssize_t.from_address(id(obj))
        if count.value < _HUGE:
            count.value += _HUGE
            touched.append(name)
    return touched
