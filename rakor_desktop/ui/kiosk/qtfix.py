"""Keep a long-running Qt process alive on PySide6 6.12 with CPython 3.11.

That combination returns ``None`` from void C++ methods (``QTimer.stop()``,
``QWidget.setFocus()``, ``QTimer.start()``...) without taking a new reference, so
every such call lowers ``None``'s reference count by one. A fresh interpreter holds
only a few thousand references to ``None``; once they are used up CPython aborts
with "Fatal Python error: none_dealloc". A door station makes several such calls per
keystroke and would die after a few hundred scans, in the middle of the queue.

CPython 3.12 made ``None`` immortal (its count is never decremented to zero), which
is why the bug is invisible there. :func:`guard_none_refcount` does the same here
by giving ``None`` a count no process can exhaust. ``None`` is never deallocated by
design, so this changes nothing else.
"""

from __future__ import annotations

import sys

_HUGE = 1 << 40


def guard_none_refcount() -> bool:
    """Make ``None`` effectively immortal on CPython < 3.12; returns whether it acted."""
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return False
    import ctypes

    count = ctypes.c_ssize_t.from_address(id(None))
    if count.value >= _HUGE:
        return False
    count.value += _HUGE
    return True
