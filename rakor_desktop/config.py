"""Where things live on disk, and how the database location is chosen.

Order of precedence for the database: ``--db`` argument, ``RAKOR_DB`` environment
variable, then the platform's user data directory (platformdirs), so tests and
scripts never touch a user's real file by accident when they pass ``--db``.
"""

from __future__ import annotations

import importlib.resources
import os
from pathlib import Path

from platformdirs import user_data_path, user_log_path

from rakor_desktop import APP_ID

ENV_DB = "RAKOR_DB"
DEFAULT_DB_NAME = "rakor.sqlite"


def resources_dir() -> Path:
    """The installed ``rakor_desktop.resources`` package (the repository's ``resources/``).

    Found through :mod:`importlib.resources`, never from ``__file__``: in the checkout the
    editable install maps it to ``resources/``, a wheel installs it inside the package,
    and the PyInstaller build collects it as package data. Qt and ReportLab want real
    file paths, which every one of those layouts has (a zip import would not).
    """
    root = importlib.resources.files("rakor_desktop.resources")
    if isinstance(root, Path):
        return root
    # The PyInstaller build serves the data folder as a (single) MultiplexedPath, whose
    # children are plain paths on disk.
    child = root.joinpath("fonts")
    if isinstance(child, Path):
        return child.parent
    raise RuntimeError(f"rakor_desktop.resources is not on a filesystem: {root!r}")


def resource_path(*parts: str) -> Path:
    """A file or folder inside the resources, e.g. ``resource_path("fonts", "X.ttf")``."""
    return resources_dir().joinpath(*parts)


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
