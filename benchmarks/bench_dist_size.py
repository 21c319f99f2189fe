"""Size of the PyInstaller one-folder build and of the .deb, against a bare window.

Builds ``build.spec`` and, in the same run with the same PyInstaller, a bare PySide6
window (one QLabel, PyInstaller's defaults): ``dist_size_ratio`` is app folder / bare
folder (issue 14: target under 0.9), so a new PyInstaller or Qt moves both sides.
``deb_size_mb`` is the package ``make deb`` makes from that folder (target under 70),
``dist_size_mb`` the folder itself beside its largest parts, so a regression names
its cause. About two minutes on 2 cores.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


BARE = """
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel("Rakor")
label.show()
app.exec()
"""


def bare_window_size(tmp: str) -> int:
    """The folder PyInstaller makes, with its defaults, for a window with one label."""
    script = Path(tmp) / "bare_window.py"
    script.write_text(BARE)
    done = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--onedir", "--name", "bare",
         "--distpath", f"{tmp}/bare-dist", "--workpath", f"{tmp}/bare-work",
         "--specpath", tmp, str(script)],
        capture_output=True, text=True,
    )  # fmt: skip
    if done.returncode != 0:
        raise SystemExit(done.stderr[-2000:])
    return folder_size(Path(tmp) / "bare-dist" / "bare")


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="rakor-dist-") as tmp:
        start = time.monotonic()
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "PyInstaller",
                "--noconfirm",
                "--distpath",
                f"{tmp}/dist",
                "--workpath",
                f"{tmp}/work",
                str(REPO / "build.spec"),
            ],
            cwd=REPO,
            capture_output=True,
            text=True,
        )
        if done.returncode != 0:
            print(done.stderr[-2000:], file=sys.stderr)
            return 1
        seconds = time.monotonic() - start
        dist = Path(tmp) / "dist" / "rakor-desktop"
        total = folder_size(dist)
        files = sorted(
            (
                (p.stat().st_size, p.relative_to(dist).as_posix())
                for p in dist.rglob("*")
                if p.is_file() and not p.is_symlink()
            ),
            reverse=True,
        )
        largest = [{"file": name, "mb": round(size / 1e6, 1)} for size, name in files[:8]]
        print(
            json.dumps(
                {
                    "name": "dist_size_mb",
                    "value": round(total / 1e6, 1),
                    "unit": "MB",
                    "target": 120,
                    "files": len(files),
                    "largest": largest,
                }
            )
        )
        print(json.dumps({"name": "dist_build_s", "value": round(seconds, 1), "unit": "s"}))
        bare = bare_window_size(tmp)
        print(
            json.dumps(
                {
                    "name": "dist_size_ratio",
                    "value": round(total / bare, 3),
                    "unit": "ratio",
                    "target": 0.9,
                    "app_mb": round(total / 1e6, 1),
                    "bare_window_mb": round(bare / 1e6, 1),
                }
            )
        )
        made = subprocess.run(
            [str(REPO / "scripts" / "build_deb.sh"), str(dist), f"{tmp}/deb"],
            capture_output=True,
            text=True,
        )
        if made.returncode != 0:
            print(made.stderr[-2000:], file=sys.stderr)
            return 1
        deb = Path(made.stdout.strip().splitlines()[-1])
        print(
            json.dumps(
                {
                    "name": "deb_size_mb",
                    "value": round(deb.stat().st_size / 2**20, 1),
                    "unit": "MiB",
                    "target": 70,
                    "compression": "zstd -9",
                }
            )
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
