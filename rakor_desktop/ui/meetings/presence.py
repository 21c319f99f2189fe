"""The banner a second secretary window shows: someone else has this meeting open.

:class:`PresenceWatch` holds the workspace's lease (``services.presence``): it takes
it when the meeting opens, refreshes it every 30 seconds, gives it back when the
meeting is left, and says who holds it when it cannot take it. A warning, not a
lock: two windows may keep working, they just know their autosaves can overwrite
each other. The door station never takes a lease, so it never triggers the warning.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from rakor_desktop.services.meetings.presence import REFRESH_S, Holder, MeetingLease, meeting_lease
from rakor_desktop.ui import formatting as fmt
from rakor_desktop.ui.meetings.common import make_timer

if TYPE_CHECKING:
    from rakor_desktop.ui.context import AppContext

log = logging.getLogger(__name__)


class PresenceWatch(QObject):
    """The lease of one open meeting, refreshed on a timer."""

    changed = Signal(str)  # the warning to show; "" when this window is the only one

    def __init__(
        self, ctx: AppContext, meeting_id: int, zone: str, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.zone = zone
        self.lease: MeetingLease = meeting_lease(ctx.db, meeting_id)
        self.holder: Holder | None = None
        self.message = ""
        self.timer = make_timer(self, REFRESH_S * 1000)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        self._update(self.lease.acquire)
        self.timer.start()

    def check(self) -> None:
        """Refresh our lease, or try again to take it (the other window may have left)."""
        self._update(self.lease.refresh)

    def stop(self) -> None:
        self.timer.stop()
        try:
            self.lease.release()
        except Exception:
            log.warning("meeting lease not released", exc_info=True)

    def _update(self, step: Any) -> None:
        try:
            holder = step()
        except Exception:
            log.warning("meeting lease check failed", exc_info=True)
            holder = None
        self.holder = holder
        message = self.text_for(holder) if holder is not None else ""
        if message != self.message:
            self.message = message
            self.changed.emit(message)

    def text_for(self, holder: Holder) -> str:
        since = fmt.clock(holder.since, self.zone).rsplit(" ", 1)[0]
        return (
            self.tr(
                "Rapat ini sedang dibuka di jendela sekretaris lain (%1, sejak %2). "
                "Perubahan bisa saling menimpa."
            )
            .replace("%1", holder.host)
            .replace("%2", since)
        )
