"""The PyInstaller build (``build.spec``) produces a folder that runs on its own.

One build per test session (a minute or two); then the frozen executable, started
from an unrelated folder with no access to the source tree, creates and checks a
database and renders the main window to a PNG. The folder size is reported (and
guarded against a trimming regression); timing is reported, never asserted.
"""

from __future__ import annotations

import os
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import pytest
from frozen import Bundle

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[2]
NAME = "rakor-desktop"
# A bare PySide6 window builds to ~180 MB untrimmed; build.spec gets us well under.
# This only catches a trimming regression (e.g. all of Qt's QML/WebEngine coming back).
# The kiosk's camera (QtMultimedia's FFmpeg backend and the QtQuick/QtQml it links)
# added 45 MB: 177 -> 222 MB.
MAX_SIZE_MB = 235


def _run(
    bundle: Bundle, *args: str, cwd: Path, extra_env: dict | None = None, timeout: float = 120
) -> subprocess.CompletedProcess:
    """Run the frozen app the way a user would: no source tree, no venv on any path."""
    env = {
        k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")
    }
    env.update(extra_env or {})
    exe = bundle.exe
    if sys.platform.startswith("win"):
        exe = bundle.folder / f"{NAME}-cli.exe"  # the console twin: its output is readable
    return subprocess.run(
        [str(exe), *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout
    )


def test_bundle_carries_resources_and_migrations(bundle: Bundle, record_property) -> None:
    record_property("dist_size_mb", round(bundle.size_mb, 1))
    record_property("build_seconds", round(bundle.build_seconds))
    internal = bundle.folder / "_internal"
    assert internal.is_dir()
    shipped = internal / "rakor_desktop" / "db" / "migrations"
    assert (shipped / "env.py").is_file()
    source_versions = {p.name for p in (REPO / "rakor_desktop/db/migrations/versions").glob("*.py")}
    assert {p.name for p in (shipped / "versions").glob("*.py")} == source_versions
    fonts = {p.name for p in (REPO / "resources" / "fonts").glob("*.ttf")}
    assert fonts and fonts <= {
        p.name for p in (internal / "rakor_desktop" / "resources" / "fonts").glob("*.ttf")
    }
    for qm in (REPO / "resources" / "translations").glob("*.qm"):
        assert (internal / "rakor_desktop" / "resources" / "translations" / qm.name).is_file(), (
            qm.name
        )
    # What build.spec trims must stay out; what the window needs must stay in.
    qt = internal / "PySide6"
    names = {p.name for p in qt.rglob("*")}
    assert not [n for n in names if "WebEngine" in n or "Qt63D" in n], names
    # The kiosk's camera: QtMultimedia with its FFmpeg backend, which links QtQuick/QtQml
    # (their only reason to be here; no QML of ours, no other Quick module).
    assert "libffmpegmediaplugin.so" in names or "ffmpegmediaplugin.dll" in names
    quick = {n for n in names if "Qt6Quick" in n or "QtQuick" in n}
    assert quick <= {"libQt6Quick.so.6", "Qt6Quick.dll"}, quick
    assert any("Qt6Widgets" in n for n in names)
    assert any("qoffscreen" in n for n in names)
    assert bundle.size_mb < MAX_SIZE_MB, f"bundle grew to {bundle.size_mb:.0f} MB"


def test_frozen_app_creates_and_checks_a_database(bundle: Bundle, tmp_path: Path) -> None:
    db = tmp_path / "rakor.sqlite"
    init = _run(bundle, "--db", str(db), "init", cwd=tmp_path)
    assert init.returncode == 0, init.stdout + init.stderr
    assert db.is_file() and db.stat().st_size > 0
    check = _run(bundle, "--db", str(db), "check", cwd=tmp_path)
    assert check.returncode == 0, check.stdout + check.stderr
    assert "OK" in check.stdout
    # The contract for scripts holds in the frozen app too: init refuses an existing file.
    again = _run(bundle, "--db", str(db), "init", cwd=tmp_path)
    assert again.returncode == 1, again.stdout + again.stderr


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG file"
    length, kind = struct.unpack(">I4s", data[8:16])
    assert kind == b"IHDR" and length == 13
    width, height = struct.unpack(">II", data[16:24])
    assert zlib.crc32(data[12:29]) == struct.unpack(">I", data[29:33])[0], "corrupt IHDR"
    assert data.rstrip(b"\0").endswith(b"IEND\xaeB`\x82"), "truncated PNG"
    return width, height


def test_frozen_app_renders_the_window(bundle: Bundle, tmp_path: Path) -> None:
    db = tmp_path / "rakor.sqlite"
    assert _run(bundle, "--db", str(db), "init", cwd=tmp_path).returncode == 0
    png = tmp_path / "window.png"
    shot = _run(
        bundle,
        "--db",
        str(db),
        "--screenshot",
        str(png),
        cwd=tmp_path,
        extra_env={"QT_QPA_PLATFORM": "offscreen"},
        timeout=180,
    )
    assert shot.returncode == 0, shot.stdout + shot.stderr
    assert png.is_file(), shot.stdout + shot.stderr
    data = png.read_bytes()
    width, height = _png_size(data)
    assert width >= 640 and height >= 400, (width, height)
    assert len(data) > 10_000, f"{len(data)} bytes: an empty window?"

    from PIL import Image

    with Image.open(png) as img:
        img.load()
        colours = img.convert("RGB").getcolors(maxcolors=1_000_000) or []
    assert len(colours) > 20, "the screenshot is (nearly) one flat colour: nothing was drawn"


def test_frozen_app_writes_a_document(bundle: Bundle, tmp_path: Path) -> None:
    """ReportLab, the bundled fonts and the services all work frozen: demo data in,
    minutes PDF out, read back."""
    import json

    from pypdf import PdfReader

    db = tmp_path / "demo.sqlite"
    demo = _run(bundle, "--db", str(db), "demo", cwd=tmp_path, timeout=300)
    assert demo.returncode == 0, demo.stdout + demo.stderr
    listing = _run(bundle, "--db", str(db), "meetings", "--json", cwd=tmp_path)
    assert listing.returncode == 0, listing.stdout + listing.stderr
    meetings = json.loads(listing.stdout)
    assert meetings, "demo data has no meetings"
    pdf = tmp_path / "notulen.pdf"
    made = _run(
        bundle,
        "--db",
        str(db),
        "pdf",
        "minutes",
        str(meetings[0]["id"]),
        "-o",
        str(pdf),
        cwd=tmp_path,
        timeout=300,
    )
    assert made.returncode == 0, made.stdout + made.stderr
    reader = PdfReader(pdf)
    assert len(reader.pages) >= 1
    assert "NOTULEN" in reader.pages[0].extract_text().upper()
    fonts = {
        str(font.get_object().get("/BaseFont", ""))
        for page in reader.pages
        for font in (page.get("/Resources", {}).get("/Font", {}) or {}).values()
    }
    assert any("Liberation" in f for f in fonts), f"bundled fonts not embedded: {fonts}"
