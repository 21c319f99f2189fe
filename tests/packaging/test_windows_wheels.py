"""Every runtime dependency, at the version the lock pins, exists as a Windows wheel.

Offices run Windows; the build there (.github/workflows/windows.yml) installs from
PyPI with requirements-lock.txt as constraints. A pin with no win_amd64/cp311 wheel
(a Linux-only release, a source-only package) would break that build weeks later; here
it is caught on every run. pip resolves the locked runtime set for the Windows
platform with ``--only-binary=:all: --platform win_amd64 --python-version 3.11``; as a
``--dry-run --report`` install rather than ``pip download`` so that it reads PyPI's
metadata files instead of fetching ~400 MB of Qt wheels each time (same resolver, same
refusal when a wheel is missing). Needs PyPI, as ``make venv`` does.
"""

from __future__ import annotations

import importlib.metadata as md
import json
import re
import subprocess
import sys
from pathlib import Path

from packaging.requirements import Requirement

REPO = Path(__file__).resolve().parents[2]
WINDOWS = {"sys_platform": "win32", "platform_system": "Windows", "os_name": "nt",
           "platform_machine": "AMD64", "python_version": "3.11"}  # fmt: skip


def _key(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def runtime_requirements() -> list[str]:
    """The app's runtime dependencies (with the postgres extra) as Windows sees them:
    pinned to the lock where the lock has them, by name otherwise (Windows-only ones)."""
    lock = {}
    for line in (REPO / "requirements-lock.txt").read_text().splitlines():
        if "==" in line:
            name, version = line.strip().split("==", 1)
            lock[_key(name)] = version
    seen: set[str] = set()
    out: list[str] = []

    def walk(name: str, extras: tuple[str, ...] = ()) -> None:
        key = _key(name)
        if key in seen:
            return
        seen.add(key)
        if key != "rakor-desktop":
            out.append(f"{name}=={lock[key]}" if key in lock else name)
        try:
            requires = md.distribution(name).requires or []
        except md.PackageNotFoundError:
            return  # not installed here (e.g. pywin32-ctypes): pip resolves its own deps
        for text in requires:
            req = Requirement(text)
            if req.marker is None or any(
                req.marker.evaluate({**WINDOWS, "extra": e}) for e in (*extras, "")
            ):
                walk(req.name, tuple(req.extras))

    walk("rakor-desktop", ("postgres",))
    return out


def test_the_locked_runtime_set_resolves_to_windows_wheels(tmp_path: Path) -> None:
    reqs = runtime_requirements()
    assert any(r.startswith("PySide6_Essentials==") or r.startswith("PySide6-Essentials==")
               for r in reqs)  # fmt: skip
    assert any(r.lower().startswith("pywin32-ctypes") for r in reqs)  # keyring on Windows
    (tmp_path / "runtime.txt").write_text("\n".join(reqs) + "\n")
    report = tmp_path / "report.json"
    run = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--dry-run", "--ignore-installed",
         "--disable-pip-version-check", "--only-binary=:all:", "--platform", "win_amd64",
         "--python-version", "3.11", "--implementation", "cp",
         "--target", str(tmp_path / "target"), "-r", str(tmp_path / "runtime.txt"),
         "--report", str(report)],
        capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr[-4000:]
    files = [
        i["download_info"]["url"].rsplit("/", 1)[1]
        for i in json.loads(report.read_text())["install"]
    ]
    assert files and all(f.endswith(".whl") for f in files)
    native = [f for f in files if not f.endswith("-none-any.whl")]
    assert native and all("win_amd64" in f for f in native), native
    assert any(f.startswith("pyside6_essentials-6.11.3") for f in files)


def test_the_installer_recipe_matches_the_build_and_the_app() -> None:
    """What can be checked without Windows: the Inno Setup script points at the folder
    build.spec makes, its icon exists, and the .rakor association passes an option the
    app really has (``--open``)."""
    from rakor_desktop.app import build_parser

    iss = (REPO / "packaging" / "windows" / "rakor-desktop.iss").read_text()
    assert '#define SourceDir "..\\..\\dist\\rakor-desktop"' in iss
    assert 'NAME = "rakor-desktop"' in (REPO / "build.spec").read_text()
    assert (REPO / "packaging" / "windows" / "app.ico").is_file()
    assert "PrivilegesRequired=lowest" in iss  # per user, no administrator
    assert '--open ""%1""' in iss and "--kiosk" in iss
    args = build_parser().parse_args(["--open", "C:/Users/x/rapat.rakor"])
    assert args.open == Path("C:/Users/x/rapat.rakor")
    workflow = (REPO / ".github" / "workflows" / "windows.yml").read_text()
    assert "runs-on: windows-latest" in workflow and "rakor-desktop.iss" in workflow
    assert "-c requirements-lock.txt" in workflow
