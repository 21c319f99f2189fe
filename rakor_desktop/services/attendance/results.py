"""What a check-in attempt answers: the states, tones and result the door shows."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

log = logging.getLogger(__name__)


class State(StrEnum):
    """Outcome of one scan. The first four are confirmed attendance."""

    NEW = "new"
    ALREADY = "already"
    DELEGATE = "delegate"
    WALK_IN = "walk_in"
    NOT_FOUND = "not_found"
    WRONG_MEETING = "wrong_meeting"
    INVALID = "invalid"
    MEETING_CLOSED = "meeting_closed"
    MEETING_FINALIZED = "meeting_finalized"
    OTHER_DAY = "other_day"
    EMPTY = "empty"


CONFIRMED = frozenset({State.NEW, State.ALREADY, State.DELEGATE, State.WALK_IN})


class Tone(StrEnum):
    """How loudly the door screen should speak: green, amber, red, or neutral."""

    OK = "ok"
    WARN = "warn"
    ERROR = "error"
    IDLE = "idle"


class CheckInRefused(ValueError):
    """A change the meeting's state does not allow; the message is for the user."""


@dataclass(frozen=True, slots=True)
class NewPerson:
    """Someone not in the directory yet (a walk-in or a delegate), typed at the door."""

    name: str
    jabatan: str = ""
    organization: str = ""


@dataclass(frozen=True, slots=True)
class CheckInResult:
    state: State
    message: str
    person_id: int | None = None
    name: str = ""
    jabatan: str = ""
    organization: str = ""
    attendance_id: int | None = None
    checked_in_at: datetime | None = None  # the first check-in, aware UTC
    time_text: str = ""  # "08.41" in the office zone
    zone: str = "WIB"
    is_late: bool = False
    late_minutes: int = 0
    delegate_for_id: int | None = None
    delegate_for_name: str = ""
    # The invitee arrived after their delegate: the delegate stays, as a companion.
    represented_by_name: str = ""

    @property
    def confirmed(self) -> bool:
        return self.state in CONFIRMED

    @property
    def tone(self) -> Tone:
        if self.state is State.EMPTY:
            return Tone.IDLE
        if self.state is State.NEW and not self.is_late and not self.represented_by_name:
            return Tone.OK
        if self.confirmed:
            return Tone.WARN
        return Tone.ERROR

    def as_json(self) -> dict[str, Any]:
        return {
            "state": self.state.value,
            "message": self.message,
            "person_id": self.person_id,
            "name": self.name,
            "jabatan": self.jabatan,
            "organization": self.organization,
            "attendance_id": self.attendance_id,
            "checked_in_at": self.checked_in_at.isoformat() if self.checked_in_at else None,
            "time": self.time_text,
            "late": self.is_late,
            "delegate_for": self.delegate_for_name or None,
            "represented_by": self.represented_by_name or None,
        }
