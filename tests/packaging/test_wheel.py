"""``pip install`` of the wheel into a fresh venv outside the checkout gives a working app.

Issue 14: installed from the wheel, every PDF failed ("Font LiberationSans-Regular.ttf
tidak ditemukan ... instalasi tidak lengkap") because resources/ was not in the wheel.
Here the wheel is built (``pip wheel``), installed into a new venv in a temporary
folder (dependencies from pip's cache, pinned by requirements-lock.txt), and the
*installed* ``rakor-desktop`` runs from a folder with no source tree in reach.
"""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Installed:
    wheel: Path
    python: Path
    exe: Path
    work: Path


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    root = tmp_path_factory.mktemp("wheel")
    dist = root / "dist"
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
         "--disable-pip-version-check", "-q", "-w", str(dist), str(REPO)],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert build.returncode == 0, build.stderr[-3000:]
    (wheel,) = dist.glob("rakor_desktop-*.whl")
    venv = root / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=120)
    python = venv / ("Scripts/python.exe" if sys.platform.startswith("win") else "bin/python")
    install = subprocess.run(
        [str(python), "-m", "pip", "install", "-q", "--disable-pip-version-check",
         "-c", str(REPO / "requirements-lock.txt"), str(wheel)],
        capture_output=True, text=True, timeout=900,
    )  # fmt: skip
    assert install.returncode == 0, install.stderr[-3000:]
    exe = python.with_name("rakor-desktop" + (".exe" if sys.platform.startswith("win") else ""))
    work = root / "work"
    work.mkdir()
    return Installed(wheel=wheel, python=python, exe=exe, work=work)


def _run(app: Installed, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(app.exe), *args], cwd=app.work, env=_env(), capture_output=True, text=True,
        timeout=300,
    )  # fmt: skip


def test_the_wheel_carries_fonts_icons_translations_and_migrations(installed) -> None:
    names = set(zipfile.ZipFile(installed.wheel).namelist())
    for member in (
        "rakor_desktop/resources/fonts/LiberationSans-Regular.ttf",
        "rakor_desktop/resources/icons/app.svg",
        "rakor_desktop/resources/translations/rakor_en.qm",
        "rakor_desktop/db/migrations/env.py",
    ):
        assert member in names, member
    where = subprocess.run(
        [str(installed.python), "-c", "import rakor_desktop; print(rakor_desktop.__file__)"],
        cwd=installed.work, env=_env(), capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert str(installed.python.parents[1]) in where.stdout  # the venv's copy, not the checkout


def test_the_installed_app_makes_a_database_and_prints_with_embedded_fonts(installed) -> None:
    db = str(installed.work / "rakor.sqlite")
    assert _run(installed, "--db", db, "init").returncode == 0
    demo = _run(installed, "--db", db, "demo")
    assert demo.returncode == 0, demo.stderr
    listing = _run(installed, "--db", db, "meetings").stdout
    final = next(line.split()[0] for line in listing.splitlines() if " Final " in line)
    out = installed.work / "notulen.pdf"
    pdf = _run(installed, "--db", db, "pdf", "minutes", final, "-o", str(out))
    assert pdf.returncode == 0, pdf.stderr
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True)
    rows = [line.split() for line in fonts.stdout.splitlines()[2:]]
    assert rows and all("LiberationSans" in r[0] for r in rows)
    assert all(r[-5] == "yes" for r in rows)  # the "emb" column: every font embedded
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert "NOTULEN" in text.upper()
    # Every other document command of the CLI, from the installed package too.
    for kind in ("attendance", "invitation", "followups", "all"):
        target = installed.work / f"{kind}.pdf"
        made = _run(installed, "--db", db, "pdf", kind, final, "-o", str(target))
        assert made.returncode == 0 and target.stat().st_size > 5_000, (kind, made.stderr)
    docx = _run(installed, "--db", db, "docx", final, "-o", str(installed.work / "notulen.docx"))
    assert docx.returncode == 0, docx.stderr
    assert zipfile.is_zipfile(installed.work / "notulen.docx")


def test_the_installed_window_speaks_english(installed) -> None:
    db = str(installed.work / "rakor.sqlite")
    if not Path(db).exists():
        assert _run(installed, "--db", db, "init").returncode == 0
    shot = installed.work / "window-en.png"
    run = _run(installed, "--db", db, "--screenshot", str(shot), "--lang", "en")
    assert run.returncode == 0, run.stderr
    assert shot.stat().st_size > 10_000
    probe = subprocess.run(
        [str(installed.python), "-c",
         "from PySide6.QtWidgets import QApplication; app = QApplication([]);"
         "from rakor_desktop.ui.i18n import install_translators;"
         "install_translators(app, 'en');"
         "print(QApplication.translate('Pages', 'Rapat'))"],
        cwd=installed.work, env=_env(), capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert probe.stdout.strip() == "Meetings", probe.stderr
