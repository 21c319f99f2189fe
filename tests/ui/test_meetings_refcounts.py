"""A three-hour meeting must not exhaust None/True/False (PySide6 6.12 on CPython 3.11).

One guard (``rakor_desktop/ui/qtguard.py``) serves the launcher, the kiosk, the meeting
workspace and the documents package; the old per-package copies are gone.
"""

from __future__ import annotations

import importlib
import inspect
import sys

from PySide6.QtCore import QObject, Signal

import rakor_desktop.ui.attendance
import rakor_desktop.ui.documents
import rakor_desktop.ui.meetings
from rakor_desktop.ui import launch
from rakor_desktop.ui.qtguard import guard_singletons


class Emitter(QObject):
    ping = Signal()


def test_singletons_survive_a_long_session(qtbot) -> None:
    assert guard_singletons() == []  # conftest already ran it: idempotent
    if sys.version_info < (3, 12):
        assert sys.getrefcount(True) > 1 << 40 and sys.getrefcount(None) > 1 << 40
        assert sys.getrefcount(False) > 1 << 40
    e = Emitter()
    before = sys.getrefcount(True)
    # The live timer and autosave status emit about once a second: three hours is ~11k.
    for _ in range(20_000):
        e.ping.emit()
    assert sys.getrefcount(True) > 1000
    assert abs(sys.getrefcount(True) - before) <= 20_000


def test_every_package_uses_the_one_shared_guard() -> None:
    for package in (
        rakor_desktop.ui.attendance,
        rakor_desktop.ui.meetings,
        rakor_desktop.ui.documents,
    ):
        assert package.guard_singletons is guard_singletons
    assert "guard_singletons()" in inspect.getsource(launch.launch)
    for old in ("rakor_desktop.ui.attendance.qtfix", "rakor_desktop.ui.meetings.qtguard"):
        try:
            importlib.import_module(old)
        except ModuleNotFoundError:
            continue
        raise AssertionError(f"{old} should be gone: use rakor_desktop.ui.qtguard")
