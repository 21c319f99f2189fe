"""The door check-in station (kiosk) and its reusable live counters.

``KioskWindow`` is opened by ``rakor-desktop --kiosk [--meeting ID]`` and from the
meeting page; ``CountersWidget`` is embedded in the secretary's meeting page.
"""

from rakor_desktop.ui.kiosk.qtfix import guard_none_refcount

# Before any widget exists: see qtfix (PySide6 6.12 + CPython 3.11 drain None's refcount).
guard_none_refcount()

from rakor_desktop.ui.kiosk.counters import CountersWidget  # noqa: E402
from rakor_desktop.ui.kiosk.signature_pad import SignaturePad  # noqa: E402

__all__ = ["CountersWidget", "SignaturePad"]
