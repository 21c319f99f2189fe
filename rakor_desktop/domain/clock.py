"""The one clock: every reading of the current time in the app goes through here.

Why: the demo, the follow-up deadlines, the documents and the tests all depend on
"today". A test that reads the wall clock passes in November and fails on New Year's
Eve. So time is an input: ``RAKOR_TODAY`` (``YYYY-MM-DD``, the office-zone date) starts
the clock at 09:00 WIB that day and lets it run (check-in times still advance, backups
still get distinct names); ``RAKOR_NOW`` (ISO datetime) freezes it at one instant, for
exact screenshots. Tests set ``RAKOR_TODAY`` with the ``--today`` option and freeze a
block with :func:`clock_at`.

``tests/unit/test_clock.py`` scans the source: nothing else may call ``datetime.now``,
``date.today`` or ``QDate.currentDate``. Monotonic timers (durations, deadlines) are
not "the time" and stay on ``time.monotonic``.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, time, timedelta, timezone

ENV_TODAY = "RAKOR_TODAY"
ENV_NOW = "RAKOR_NOW"
# Western Indonesia Time: the default office zone; a pinned date means 09:00 there,
# the hour a Rakor usually starts.
WIB = timezone(timedelta(hours=7), "WIB")
PINNED_HOUR = 9


class ClockError(ValueError):
    """An unusable RAKOR_TODAY/RAKOR_NOW value; the message names the variable."""

    def __init__(self, variable: str, value: str) -> None:
        self.variable = variable
        self.value = value
        super().__init__(
            f"{variable}={value!r} tidak dapat dibaca; gunakan format "
            + (
                "TTTT-BB-HH, misalnya 2026-12-03"
                if variable == ENV_TODAY
                else "ISO, misalnya 2026-12-03T09:00+07:00"
            )
        )


def _system_now() -> datetime:
    return datetime.now(UTC)  # the only wall-clock read in the code base


_source: Callable[[], datetime] | None = None


def parse_pinned(environ: dict[str, str] | os._Environ[str] | None = None) -> datetime | None:
    """The instant pinned by the environment, or None; raises ClockError on bad values."""
    env = os.environ if environ is None else environ
    raw_now = (env.get(ENV_NOW) or "").strip()
    if raw_now:
        try:
            value = datetime.fromisoformat(raw_now)
        except ValueError:
            raise ClockError(ENV_NOW, raw_now) from None
        if value.tzinfo is None:
            value = value.replace(tzinfo=WIB)
        return value.astimezone(UTC)
    raw_today = (env.get(ENV_TODAY) or "").strip()
    if raw_today:
        try:
            day = date.fromisoformat(raw_today)
        except ValueError:
            raise ClockError(ENV_TODAY, raw_today) from None
        return datetime.combine(day, time(PINNED_HOUR), tzinfo=WIB).astimezone(UTC)
    return None


def check_environment() -> None:
    """Raise ClockError early (at startup) rather than at the first date shown."""
    parse_pinned()


_offset: tuple[str, str, timedelta] | None = None


def utcnow() -> datetime:
    """Aware UTC now: the injected source, else the pinned environment, else the system."""
    global _offset
    if _source is not None:
        return _source().astimezone(UTC)
    key = (os.environ.get(ENV_NOW, ""), os.environ.get(ENV_TODAY, ""))
    if not any(key):
        return _system_now()
    if key[0].strip():
        pinned = parse_pinned()
        assert pinned is not None
        return pinned
    if _offset is None or _offset[:2] != key:
        pinned = parse_pinned()
        assert pinned is not None
        _offset = (*key, pinned - _system_now())
    return _system_now() + _offset[2]


def given_or_now(now: datetime | None) -> datetime:
    """``now`` as aware UTC, or the clock's now: services take an optional ``now`` so tests
    and other stations can pass the moment they mean. A naive datetime is a bug."""
    if now is None:
        return utcnow()
    if now.tzinfo is None:
        raise ValueError("naive datetime: pass an aware datetime")
    return now.astimezone(UTC)


def local_now(zone: timezone = WIB) -> datetime:
    return utcnow().astimezone(zone)


def today(zone: timezone = WIB) -> date:
    """The office-zone date (a Rakor at 06:30 WIB on the 1st is in the new month)."""
    return local_now(zone).date()


def file_time() -> datetime:
    """Naive time in the machine's own zone, for file-name stamps (backups, quarantine).

    The machine's zone, not the office's: these stamps are compared with file
    modification times, which the operating system reports in its own zone.
    """
    return utcnow().astimezone().replace(tzinfo=None, microsecond=0)


def set_clock(source: Callable[[], datetime] | None) -> None:
    """Inject a source (tests, benchmarks); None returns to environment/system."""
    global _source
    _source = source


@contextmanager
def clock_at(when: datetime | date) -> Iterator[None]:
    """Pin the clock for a block: a date means 09:00 WIB that day."""
    fixed = (
        when
        if isinstance(when, datetime)
        else datetime.combine(when, time(PINNED_HOUR), tzinfo=WIB)
    )
    if fixed.tzinfo is None:
        fixed = fixed.replace(tzinfo=WIB)
    previous = _source
    set_clock(lambda: fixed)
    try:
        yield
    finally:
        set_clock(previous)
