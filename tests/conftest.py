"""Shared fixtures: every test gets its own real SQLite file in ``tmp_path``.

Qt runs offscreen (set before any Qt import) so the suite needs no display;
screenshots still render real pixels.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QPA_FONTDIR", "/usr/share/fonts/truetype")

# The whole suite is one long Qt session: guard None/True/False as the app does at
# launch (rakor_desktop/ui/qtguard.py; harmless on PySide6 6.11.3, a no-op on CPython 3.12+).
from rakor_desktop.ui.qtguard import guard_singletons

guard_singletons()

REPO = Path(__file__).resolve().parents[1]

# Tests whose results depend on "today" (the demo is built relative to it; documents
# print dates and deadlines): `make test` runs them again at a month end and across a
# year boundary with --today (see TEST_DATES in the Makefile).
DATED_PATHS = (
    "tests/cli/test_cli_documents.py",
    "tests/cli/test_cli_demo.py",
    "tests/cli/test_cli_followups.py",
    "tests/documents/",
    "tests/services/demo/",
    "tests/services/followups/",
    "tests/unit/test_clock.py",
)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--today",
        default=None,
        help="run as if today were YYYY-MM-DD (sets RAKOR_TODAY for the app and its subprocesses)",
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "dated: depends on today's date; rerun at other dates")
    today = config.getoption("--today")
    if today:
        from datetime import date

        date.fromisoformat(today)  # a typo fails here, not as a confusing test failure
        os.environ["RAKOR_TODAY"] = today


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        where = Path(str(item.path)).resolve().relative_to(REPO).as_posix()
        if where.startswith(DATED_PATHS):
            item.add_marker(pytest.mark.dated)


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Keep settings, logs and default databases out of the real home directory."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.delenv("RAKOR_DB", raising=False)
    yield


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "rakor.sqlite"


@pytest.fixture
def db(db_path: Path):
    """A fresh, migrated, empty database."""
    from rakor_desktop.db import open_database

    database = open_database(db_path)
    yield database
    database.dispose()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One demo database per test session; tests get copies (demo takes seconds)."""
    from rakor_desktop.db import open_database
    from rakor_desktop.demo.builder import populate_demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    database = open_database(path)
    with database.session(write=True) as s:
        populate_demo(s)
    database.dispose()
    return path


@pytest.fixture
def demo_db_path(demo_template: Path, tmp_path: Path) -> Path:
    from rakor_desktop.db.backup import backup_sqlite

    path = tmp_path / "demo.sqlite"
    backup_sqlite(demo_template, path)
    return path


@pytest.fixture
def demo_db(demo_db_path: Path):
    from rakor_desktop.db import open_database

    database = open_database(demo_db_path)
    yield database
    database.dispose()


def run_cli(
    *args: str, env: dict | None = None, timeout: float = 120
) -> subprocess.CompletedProcess:
    """Run the real console entry point in a subprocess (as scripts and other stations do)."""
    full_env = dict(os.environ)
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "rakor_desktop", *args],
        capture_output=True,
        text=True,
        env=full_env,
        timeout=timeout,
        cwd=REPO,
    )


@pytest.fixture
def cli():
    return run_cli


@pytest.fixture(scope="session")
def pg_base_url():
    """A throwaway PostgreSQL server for the session (skipped, with the reason, without binaries)."""
    sys.path.insert(0, str(Path(__file__).parent))
    from pgserver import find_bindir, postgres_server

    if find_bindir() is None:
        pytest.skip("PostgreSQL server binaries not installed (make test installs them when root)")
    with postgres_server() as url:
        yield url


_pg_counter = iter(range(1_000_000))


@pytest.fixture(params=["sqlite", "postgres"])
def any_db(request: pytest.FixtureRequest, tmp_path: Path):
    """The same test on SQLite and on a real PostgreSQL server (a fresh database each)."""
    from rakor_desktop.db import open_database

    if request.param == "sqlite":
        database = open_database(tmp_path / "rakor.sqlite")
        yield database
        database.dispose()
        return
    from pgserver import create_database, drop_database

    base = request.getfixturevalue("pg_base_url")
    name = f"t{next(_pg_counter)}"
    database = open_database(create_database(base, name))
    yield database
    database.dispose()
    drop_database(base, name)  # ~8 MB each: hundreds of tests would fill /tmp
