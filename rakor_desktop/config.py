"""Where things live on disk, and how the database location is chosen.

Order of precedence for the database: ``--db`` argument, ``RAKOR_DB`` environment
variable, then the platform's user data directory (platformdirs), so tests and
scripts never touch a user's real file by accident when they pass ``--db``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import user_data_path, user_log_path

from rakor_desktop import APP_ID

ENV_DB = "RAKOR_DB"
DEFAULT_DB_NAME = "rakor.sqlite"


def resources_dir() -> Path:
    """The ``resources/`` folder, in a source checkout, an install or a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    here = Path(__file__).resolve().parent
    for candidate in (here.parent / "resources", here / "resources"):
        if candidate.is_dir():
            return candidate
    return here.parent / "resources"


def data_dir() -> Path:
    return user_data_path(APP_ID, appauthor=False)


def log_dir() -> Path:
    return user_log_path(APP_ID, appauthor=False)


def backup_dir() -> Path:
    return data_dir() / "cadangan"


def default_db_path() -> Path:
    return data_dir() / DEFAULT_DB_NAME


def resolve_db_target(cli_value: str | None) -> str:
    """A path or SQLAlchemy URL, following the precedence above."""
    if cli_value:
        return cli_value
    env = os.environ.get(ENV_DB)
    if env:
        return env
    return str(default_db_path())
