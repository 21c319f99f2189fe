"""The door check-in station (kiosk) and its reusable live counters.

``KioskWindow`` is opened by ``rakor-desktop --kiosk [--meeting ID]`` and from the
meeting page; ``CountersWidget`` is embedded in the secretary's meeting page.
"""

from rakor_desktop.ui.kiosk.counters import CountersWidget
from rakor_desktop.ui.kiosk.signature_pad import SignaturePad

__all__ = ["CountersWidget", "SignaturePad"]
