"""Keep a long-running Qt process alive on PySide6 6.12 with CPython 3.11.

That combination hands back singletons without taking a new reference: void C++
methods (``QTimer.stop()``, ``QWidget.setFocus()``, ``QTimer.start()``...) return
``None`` and ``Signal.emit()`` returns ``True`` that way, so every such call lowers
the singleton's reference count by one. A fresh interpreter holds only a few
thousand references to them; once those are used up CPython aborts with "Fatal
Python error: none_dealloc" (or ``bool_dealloc``). A door station makes several such
calls per keystroke and would die after a few hundred scans, in the middle of the
queue.

CPython 3.12 made these objects immortal (their count is never decremented to
zero), which is why the bug is invisible there. :func:`guard_none_refcount` does the
same here by giving them a count no process can exhaust. They are never deallocated
by design, so this changes nothing else. (The meeting workspace carries the same
guard in ``ui/meetings/qtguard.py``; either may run first, both are idempotent.)
"""

from __future__ import annotations

import sys

_HUGE = 1 << 40


def guard_none_refcount() -> list[str]:
    """Make None/True/False effectively immortal on CPython < 3.12; returns what it raised."""
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
