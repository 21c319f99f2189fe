"""A three-hour meeting must not exhaust None/True/False (PySide6 6.12 on CPython 3.11)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal

import rakor_desktop.ui.meetings  # noqa: F401 - importing the package installs the guard
from rakor_desktop.ui.meetings.qtguard import guard_singletons


class Emitter(QObject):
    ping = Signal()


def test_singletons_survive_a_long_session(qtbot) -> None:
    guard_singletons()  # idempotent
    if sys.version_info < (3, 12):
        assert sys.getrefcount(True) > 1 << 40 and sys.getrefcount(None) > 1 << 40
    e = Emitter()
    before = sys.getrefcount(True)
    # The live timer and autosave status emit about once a second: three hours is ~11k.
    for _ in range(20_000):
        e.ping.emit()
    assert sys.getrefcount(True) > 1000
    assert abs(sys.getrefcount(True) - before) <= 20_000
