"""Reminder digests (issue 21): per OPD the follow-ups overdue or due soon, as a PDF and
a message in the outbox, at most once a day, on the weekday the office chose."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from documents.pdftools import page_texts
from sqlmodel import select

from rakor_desktop.domain.models import FollowUp, OutboxMessage
from rakor_desktop.services.reminders import schedule
from rakor_desktop.services.reminders.digest import KIND, build_digests, collect, queue_digests
from rakor_desktop.services.returns.reading import read_return


def _at(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 2, 0, tzinfo=UTC)  # 09.00 WIB


def test_digest_lists_overdue_and_due_soon_and_queues_once_a_day(demo_db, tmp_path: Path) -> None:
    with demo_db.session() as s:
        open_due = [
            f
            for f in s.exec(select(FollowUp))
            if f.due_date and f.organization_id and f.status in ("belum", "dalam_proses")
        ]
    assert open_due
    # "Today" is two days before the latest open due date: it is due soon, others overdue.
    today = max(f.due_date for f in open_due) - timedelta(days=2)
    now = _at(today)
    with demo_db.session() as s:
        digests = collect(s, now=now, within_days=3)
        narrow = collect(s, now=now, within_days=0)
    expected = {f.organization_id for f in open_due if f.due_date <= today + timedelta(days=3)}
    assert {d.organization_id for d in digests} == expected
    soon = [i for d in digests for i in d.items if i.due_date >= today]
    assert soon and sum(len(d.items) for d in narrow) == sum(len(d.items) for d in digests) - len(
        soon
    )
    with demo_db.session(write=True) as s:
        run = build_digests(s, tmp_path / "pengingat", now=now, within_days=3)
        first = queue_digests(s, run, now=now)
        second = queue_digests(s, run, now=now + timedelta(hours=3))
    assert first.queued + len(first.without_address) == len(digests) and first.queued > 0
    assert second.queued == 0 and len(second.already) == first.queued
    late = max(digests, key=lambda d: d.overdue)
    packet = next(p for p in run.packets if p.organization == late.organization)
    pdf, form = packet.files
    text = " ".join(page_texts(pdf.read_bytes()))
    assert "PENGINGAT TINDAK LANJUT" in text and late.organization.split()[-1] in text
    assert "Terlambat" in text and f"{len(late.items)} tindak lanjut" in text
    with demo_db.session() as s:
        assert read_return(form).org_uuid is not None
        mails = s.exec(select(OutboxMessage).where(OutboxMessage.kind == KIND)).all()
    assert len(mails) == first.queued and all(m.subject.startswith("Pengingat") for m in mails)


def test_a_quiet_week_is_said_not_failed(demo_db, tmp_path: Path) -> None:
    with demo_db.session() as s, pytest.raises(ValueError, match="Tidak ada tindak lanjut"):
        build_digests(s, tmp_path / "x", now=_at(date(2020, 1, 6)), within_days=0)


@pytest.mark.parametrize(
    ("day", "runs", "checks"),
    [
        # Monday reminders; the laptop was off on Monday 30 Nov: Wednesday catches up, once.
        ("senin", [date(2026, 12, 2)],
         {date(2026, 12, 2): False, date(2026, 12, 6): False, date(2026, 12, 7): True}),
        # Thursday reminders across the year end.
        ("kamis", [date(2026, 12, 31)],
         {date(2027, 1, 1): False, date(2027, 1, 6): False, date(2027, 1, 7): True}),
        # Off: never due.
        ("mati", [], {date(2026, 12, 7): False, date(2027, 2, 28): False}),
    ],
)  # fmt: skip
def test_the_schedule_is_a_weekday_once_a_week(db, day, runs, checks) -> None:
    with db.session(write=True) as s:
        schedule.save(s, day, 7)
        for run in runs:
            assert schedule.is_due(s, now=_at(run))
            schedule.record_run(s, now=_at(run))
    with db.session() as s:
        assert {d: schedule.is_due(s, now=_at(d)) for d in checks} == checks


def test_bad_schedules_are_refused(db) -> None:
    with db.session(write=True) as s:
        with pytest.raises(ValueError, match="Hari pengingat"):
            schedule.save(s, "weekday", 7)
        with pytest.raises(ValueError, match="0 sampai 60"):
            schedule.save(s, "senin", 90)
        assert schedule.load(s).day == schedule.OFF


def test_two_stations_on_the_reminder_day_make_them_once(any_db) -> None:
    """The run is claimed with the office row locked: the second station finds it made."""
    day = date(2026, 12, 7)  # a Monday
    with any_db.session(write=True) as s:
        schedule.save(s, "senin", 7)
    with any_db.session(write=True) as s:
        assert schedule.claim_run(s, now=_at(day))
    with any_db.session(write=True) as s:
        assert not schedule.claim_run(s, now=_at(day) + timedelta(hours=2))
    with any_db.session() as s:
        assert schedule.load(s).last_run == day
