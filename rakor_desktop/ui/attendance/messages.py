"""The check-in service's messages in the interface language.

The services word their answers with :class:`rakor_desktop.messages.M`: an Indonesian
template (its code) and the values apart. The door station renders them through
:func:`rakor_desktop.messages.render` in the window's language; nothing is matched
back from the Indonesian sentence. A plain string (a message from elsewhere) is shown
as it is.
"""

from __future__ import annotations

from rakor_desktop.messages import render


def translate(message: object) -> str:
    """``message`` (an ``M``, an exception, or text) in the interface language."""
    return render(message)
