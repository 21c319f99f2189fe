"""``make deb``: the PyInstaller folder as a Debian package, installed with dpkg as an
office's IT person would, used, and removed, leaving the user's data where it was.

CI runs as root on Debian 12, so the package is really installed (``dpkg -i``) and the
command on PATH is the installed one. Without root the same package is unpacked with
``dpkg-deb -x`` into a temporary root and run from there, which checks its content but
not the maintainer scripts (the test says which it did).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from frozen import Bundle, _report

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def deb(bundle: Bundle, tmp_path_factory: pytest.TempPathFactory, pytestconfig) -> Path:
    out = tmp_path_factory.mktemp("deb")
    made = subprocess.run(
        [str(REPO / "scripts" / "build_deb.sh"), str(bundle.folder), str(out)],
        capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    path = Path(made.stdout.strip().splitlines()[-1])
    _report(pytestconfig, f"packaging: {path.name} is {path.stat().st_size / 2**20:.1f} MB")
    return path


def _user_env(home: Path) -> dict[str, str]:
    return {"PATH": "/usr/bin:/bin", "HOME": str(home), "QT_QPA_PLATFORM": "offscreen",
            "LANG": "C.UTF-8"}  # fmt: skip


def test_the_package_declares_what_a_desktop_needs(deb: Path) -> None:
    info = subprocess.run(["dpkg-deb", "-I", str(deb)], capture_output=True, text=True).stdout
    assert "Package: rakor-desktop" in info and "postinst" in info and "postrm" in info
    files = subprocess.run(["dpkg-deb", "-c", str(deb)], capture_output=True, text=True).stdout
    for member in (
        "./usr/bin/rakor-desktop -> /opt/rakor-desktop/rakor-desktop",
        "./usr/share/applications/rakor-desktop.desktop",
        "./usr/share/mime/packages/rakor-desktop.xml",
        "./usr/share/icons/hicolor/scalable/apps/rakor-desktop.svg",
        "./opt/rakor-desktop/_internal/rakor_desktop/resources/fonts/LiberationSans-Regular.ttf",
    ):
        assert member in files, member
    desktop = (REPO / "packaging" / "linux" / "rakor-desktop.desktop").read_text()
    assert "MimeType=application/x-rakor-bundle;" in desktop and "--open %f" in desktop


def test_install_use_and_remove_keeps_the_users_data(
    deb: Path, tmp_path: Path, pytestconfig
) -> None:
    home = tmp_path / "home"
    data = home / ".local" / "share" / "rakor-desktop"
    data.mkdir(parents=True)
    (data / "rakor.sqlite").write_bytes(b"kept")  # a user's database from before
    as_root = os.geteuid() == 0 and shutil.which("dpkg") is not None
    if as_root:
        subprocess.run(["dpkg", "-r", "rakor-desktop"], capture_output=True)  # a leftover
        inst = subprocess.run(["dpkg", "-i", str(deb)], capture_output=True, text=True)
        assert inst.returncode == 0, inst.stdout + inst.stderr
        exe = "/usr/bin/rakor-desktop"
        mode = "dpkg -i"
    else:
        root = tmp_path / "root"
        subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
        exe = str(root / "opt" / "rakor-desktop" / "rakor-desktop")
        mode = "dpkg-deb -x (not root)"
    _report(pytestconfig, f"packaging: .deb tested with {mode}")
    try:
        env = _user_env(home)
        db = str(tmp_path / "kantor.sqlite")

        def run(*args: str) -> subprocess.CompletedProcess:
            return subprocess.run([exe, *args], cwd=tmp_path, env=env, capture_output=True,
                                  text=True, timeout=300)  # fmt: skip

        assert run("--db", db, "init").returncode == 0
        assert run("--db", db, "demo").returncode == 0
        final = next(
            line.split()[0] for line in run("--db", db, "meetings").stdout.splitlines()
            if " Final " in line
        )  # fmt: skip
        pdf = run("--db", db, "pdf", "minutes", final, "-o", "notulen.pdf")
        assert pdf.returncode == 0, pdf.stderr
        text = subprocess.run(["pdftotext", str(tmp_path / "notulen.pdf"), "-"],
                              capture_output=True, text=True).stdout  # fmt: skip
        assert "NOTULEN" in text.upper()
        # The installed program signs the final and checks it without the database.
        signing = {**env, "RAKOR_SIGN_PASSPHRASE": "rahasia-kantor-123"}
        made = subprocess.run([exe, "--db", db, "certificate", "create"], cwd=tmp_path,
                              env=signing, capture_output=True, text=True, timeout=300)  # fmt: skip
        assert made.returncode == 0, made.stderr
        assert run("certificate", "export", "kantor.pem").returncode == 0
        signed = subprocess.run([exe, "--db", db, "pdf", "minutes", final, "-o", "ttd.pdf"],
                                cwd=tmp_path, env=signing, capture_output=True, text=True,
                                timeout=300)  # fmt: skip
        assert signed.returncode == 0 and "bertanda tangan" in signed.stdout, signed.stderr
        offline = run("verify", "--offline", "--cert", "kantor.pem", "ttd.pdf")
        assert offline.returncode == 0, offline.stderr
        shot = tmp_path / "installed.png"
        assert run("--db", db, "--screenshot", str(shot)).returncode == 0
        assert shot.stat().st_size > 10_000
        if as_root:
            globs = Path("/usr/share/mime/globs2").read_text()
            assert "application/x-rakor-bundle:*.rakor" in globs  # postinst ran
    finally:
        if as_root:
            rm = subprocess.run(["dpkg", "-r", "rakor-desktop"], capture_output=True, text=True)
            assert rm.returncode == 0, rm.stderr
            assert not Path("/usr/bin/rakor-desktop").exists()
            assert not Path("/opt/rakor-desktop").exists()
    assert (data / "rakor.sqlite").read_bytes() == b"kept"
