"""The PyInstaller build, made once per test session and shared by the packaging tests
(the frozen app's own tests and the .deb built from it)."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import time
from pathlib import Path

import pytest
from frozen import Bundle, _folder_size, _report

REPO = Path(__file__).resolve().parents[2]
NAME = "rakor-desktop"


@pytest.fixture(scope="session")
def bundle(tmp_path_factory: pytest.TempPathFactory, pytestconfig: pytest.Config) -> Bundle:
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.fail(
            "PyInstaller is not installed: it is a dev dependency (pip install -e '.[dev]')"
        )
    out = tmp_path_factory.mktemp("pyinstaller")
    cmd = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        str(out / "dist"),
        "--workpath",
        str(out / "work"),
        str(REPO / "build.spec"),
    ]
    start = time.monotonic()
    proc = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, timeout=1200)
    seconds = time.monotonic() - start
    assert proc.returncode == 0, (
        f"pyinstaller failed:\n{proc.stdout[-4000:]}\n{proc.stderr[-8000:]}"
    )
    folder = out / "dist" / NAME
    exe = folder / (NAME + (".exe" if sys.platform.startswith("win") else ""))
    assert exe.is_file(), f"no executable at {exe}"
    size_mb = _folder_size(folder) / 2**20  # MiB, as `du -sm` (make dist) reports
    _report(pytestconfig, f"\npackaging: {folder} is {size_mb:.1f} MB, built in {seconds:.0f}s")
    return Bundle(folder=folder, exe=exe, size_mb=size_mb, build_seconds=seconds)
