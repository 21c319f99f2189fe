"""Small helpers shared by the meeting pages: unit-of-work calls, zone, clock, messages.

Pages receive an AppContext (``ctx.db``, ``ctx.zone``, ``ctx.now()``); these helpers
also accept any object with a ``.db`` so the page can be embedded before the shell's
context grows. Every service call is one short session: no widget holds a Session.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication

from rakor_desktop.domain.types import utcnow

log = logging.getLogger(__name__)
T = TypeVar("T")


def call(ctx: Any, fn: Callable[..., T], *args: Any, write: bool = False, **kwargs: Any) -> T:
    """Run ``fn(session, *args, **kwargs)`` in its own unit of work."""
    with ctx.db.session(write=write) as s:
        return fn(s, *args, **kwargs)


def tr_const(text: str) -> str:
    """Translate a string declared with ``QT_TRANSLATE_NOOP("Meetings", ...)`` in a table."""
    return QCoreApplication.translate("Meetings", text)


def zone_of(ctx: Any) -> str:
    zone = getattr(ctx, "zone", None)
    if zone:
        return str(zone)
    from rakor_desktop.services.office import office_zone

    return call(ctx, office_zone)


def now_of(ctx: Any) -> datetime:
    now = getattr(ctx, "now", None)
    return now() if callable(now) else utcnow()


def notify_changed(ctx: Any, what: str = "meetings") -> None:
    """Tell other pages (dashboard, follow-ups) that data changed, when the shell listens."""
    events = getattr(ctx, "events", None)
    signal = getattr(events, "data_changed", None)
    if signal is not None:
        signal.emit(what)


def make_timer(parent: Any, interval_ms: int, *, single_shot: bool = False) -> Any:
    """A QTimer configured through setters.

    Not ``QTimer(parent, singleShot=True, interval=...)``: in PySide6 6.12 property
    keyword arguments in a constructor drop a reference to ``None`` each time, and a
    long session ends in "Fatal Python error: none_dealloc" at exit.
    """
    from PySide6.QtCore import QTimer

    timer = QTimer(parent)
    timer.setSingleShot(single_shot)
    timer.setInterval(interval_ms)
    return timer


def localize(*widgets: Any) -> None:
    """Date/time editors speak the interface language (Senin, Agustus), not the system's."""
    from PySide6.QtWidgets import QTimeEdit

    from rakor_desktop.ui import formatting as fmt

    for w in widgets:
        w.setLocale(fmt.locale())
        if isinstance(w, QTimeEdit):
            w.setMinimumWidth(84)


def user_message(exc: BaseException) -> str:
    """The Indonesian sentence to show; unexpected errors are logged with the detail."""
    if isinstance(exc, ValueError):
        return str(exc)
    log.exception("unexpected error in meeting workspace", exc_info=exc)
    return QCoreApplication.translate(
        "Meetings", "Terjadi kesalahan: {0}. Rincian tersimpan di berkas log."
    ).format(type(exc).__name__)
