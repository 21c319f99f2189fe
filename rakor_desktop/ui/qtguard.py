"""Keep ``None``, ``True`` and ``False`` alive through a long Qt session (one shared guard).

PySide6 6.12.0 on CPython 3.11 hands these singletons back without taking a new
reference in several places: every void C++ method (``QTimer.start()``,
``QWidget.setFocus()``) returns ``None`` and every ``Signal.emit()`` returns ``True``
that way, so each call drains the singleton's reference count by one. A fresh
interpreter holds only a few thousand references to them; the door station makes
several such calls per keystroke and the meeting workspace's live timer and autosave
status emit every second, so after a few hundred scans or an hour of a meeting CPython
aborts with "Fatal Python error: none_dealloc" (or ``bool_dealloc``), taking unsaved
work with it.

CPython 3.12 made these objects immortal, which is why the bug is invisible there.
:func:`guard_singletons` does the same here by giving them a count no process can
exhaust. They are never deallocated by design, so nothing else changes.

The project pins PySide6 6.11.3, which does not drain the counts. The guard stays as
cheap insurance for installs that pick up 6.12 anyway (a loosened pin, a distribution
package, a developer's own venv). It runs at the start of ``ui.launch.launch``, when
the kiosk, meetings and documents packages are imported, and in the test suite's
``conftest.py``; every call after the first is a no-op.
"""

from __future__ import annotations

import sys

_HUGE = 1 << 40


def guard_singletons() -> list[str]:
    """Raise the counts of None/True/False on CPython < 3.12; returns the names raised now."""
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return []
    import ctypes

    raised = []
    for name, obj in (("None", None), ("True", True), ("False", False)):
        count = ctypes.c_ssize_t.from_address(id(obj))
        if count.value < _HUGE:
            count.value += _HUGE
            raised.append(name)
    return raised
