"""The door check-in station (kiosk) and its reusable live counters.

``KioskWindow`` is opened by ``rakor-desktop --kiosk [--meeting ID]`` and from the
meeting page; ``CountersWidget`` is embedded in the secretary's meeting page.
"""

from rakor_desktop.ui.qtguard import guard_singletons

# Before any widget exists: see ui/qtguard (PySide6 6.12 + CPython 3.11 drain the counts
# of None/True/False). A no-op when launch() already ran it.
guard_singletons()

from rakor_desktop.ui.attendance.counters import CountersWidget  # noqa: E402
from rakor_desktop.ui.attendance.signature_pad import SignaturePad  # noqa: E402

__all__ = ["CountersWidget", "SignaturePad"]
