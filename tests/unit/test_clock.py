"""Time is an input: one clock, pinned by the environment or a test, read nowhere else."""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from rakor_desktop.domain import clock

REPO = Path(__file__).resolve().parents[2]
# Reads of the wall clock that bypass domain/clock.py. Durations (time.monotonic,
# time.perf_counter) are not "the time" and stay allowed.
FORBIDDEN = re.compile(
    r"datetime\.now\(|datetime\.utcnow\(|date\.today\(|\btime\.time\(|"
    r"QDate\.currentDate\(|QDateTime\.currentDateTime|QTime\.currentTime\("
)
ALLOWED = {"rakor_desktop/domain/clock.py"}


def test_nothing_else_reads_the_wall_clock() -> None:
    offenders = []
    for folder in ("rakor_desktop", "tests", "benchmarks", "scripts"):
        for path in sorted((REPO / folder).rglob("*.py")):
            rel = path.relative_to(REPO).as_posix()
            if rel in ALLOWED or rel == "tests/unit/test_clock.py":
                continue
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if FORBIDDEN.search(line.split("#")[0]):
                    offenders.append(f"{rel}:{number}: {line.strip()}")
    assert not offenders, "read the time through rakor_desktop.domain.clock:\n" + "\n".join(
        offenders
    )


def test_today_starts_at_nine_wib_and_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(clock.ENV_NOW, raising=False)
    monkeypatch.setenv(clock.ENV_TODAY, "2026-12-31")
    # Start this pinned day now: under `--today 2026-12-31` the process pinned the same
    # day at its first clock read, possibly more than a minute ago (a loaded machine).
    monkeypatch.setattr(clock, "_offset", None)
    first = clock.utcnow()
    assert first.tzinfo is not None
    assert clock.local_now().date() == date(2026, 12, 31)
    assert abs(first - datetime(2026, 12, 31, 2, 0, tzinfo=UTC)) < timedelta(minutes=1)
    assert clock.today() == date(2026, 12, 31)
    assert clock.utcnow() >= first  # the pinned clock still runs forward


def test_now_freezes_an_instant(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(clock.ENV_NOW, "2027-01-01T06:30:00+07:00")
    assert clock.utcnow() == datetime(2026, 12, 31, 23, 30, tzinfo=UTC)
    assert clock.today() == date(2027, 1, 1)  # the office date, not the UTC one
    stamp = datetime(2026, 12, 31, 23, 30, tzinfo=UTC).astimezone().replace(tzinfo=None)
    assert clock.file_time() == stamp  # file stamps follow the machine's zone, like mtimes


def test_clock_at_wins_and_restores(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(clock.ENV_TODAY, "2026-06-01")
    with clock.clock_at(date(2027, 2, 28)):
        assert clock.today() == date(2027, 2, 28)
        with clock.clock_at(datetime(2027, 3, 1, 23, 59, tzinfo=clock.WIB)):
            assert clock.today() == date(2027, 3, 1)
        assert clock.today() == date(2027, 2, 28)
    assert clock.today() == date(2026, 6, 1)


@pytest.mark.parametrize(
    ("variable", "value"), [("RAKOR_TODAY", "31-12-2026"), ("RAKOR_NOW", "besok pagi")]
)
def test_bad_value_is_refused_in_indonesian(variable: str, value: str, tmp_path: Path) -> None:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), variable: value}
    r = subprocess.run(
        [sys.executable, "-m", "rakor_desktop", "--db", str(tmp_path / "x.sqlite"), "init"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert r.returncode == 2
    assert f"{variable}={value!r} tidak dapat dibaca" in r.stderr
    assert "Traceback" not in r.stderr


def test_demo_follows_the_pinned_date(cli, tmp_path: Path) -> None:
    """The CLI and the demo read RAKOR_TODAY: the newest past Rakor is before it."""
    db = tmp_path / "demo.sqlite"
    r = cli("--db", str(db), "demo", env={"RAKOR_TODAY": "2027-02-28"})
    assert r.returncode == 0, r.stderr
    r = cli("--db", str(db), "meetings", env={"RAKOR_TODAY": "2027-02-28"})
    assert r.returncode == 0, r.stderr
    assert "2027" in r.stdout
