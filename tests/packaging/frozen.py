"""The frozen build a packaging test works with (shared by conftest and the tests)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest


@dataclass
class Bundle:
    folder: Path
    exe: Path
    size_mb: float
    build_seconds: float


def _folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def _report(config: pytest.Config, line: str) -> None:
    """Show the figure in the run's output (outside output capture), also with -q."""
    reporter = config.pluginmanager.get_plugin("terminalreporter")
    capture = config.pluginmanager.get_plugin("capturemanager")
    if reporter is None or capture is None:
        return
    with capture.global_and_fixture_disabled():
        reporter.write_line(line)
