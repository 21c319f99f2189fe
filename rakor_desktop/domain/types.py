"""Column types shared by the tables."""

from __future__ import annotations

import uuid as _uuid
from datetime import UTC, datetime

from sqlalchemy import DateTime
from sqlalchemy.types import TypeDecorator

from rakor_desktop.domain import clock


class UTCDateTime(TypeDecorator[datetime]):
    """Stores UTC without zone (portable), always hands back aware UTC datetimes.

    Naive values are refused on write: a naive local time stored as UTC is the
    classic off-by-seven-hours bug in a WIB office.
    """

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: pass an aware datetime (UTC or office zone)")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect) -> datetime | None:
        if value is None:
            return None
        if isinstance(value, str):  # raw SQLite text from a hand-made row
            value = datetime.fromisoformat(value)
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def utcnow() -> datetime:
    """Column default: the one injectable clock (see domain/clock.py)."""
    return clock.utcnow()


def new_uuid() -> str:
    return str(_uuid.uuid4())
