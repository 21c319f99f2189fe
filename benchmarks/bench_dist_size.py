"""Size of the PyInstaller one-folder build (``dist_size_mb``) and where it goes.

Builds ``build.spec`` into a temporary folder (about a minute on 2 cores), prints the
folder size beside the largest parts, so a regression names its cause. The issue's
reference: a bare PySide6 window builds to about 180 MB here; target under 120 MB.
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
    return 0


if __name__ == "__main__":
    sys.exit(main())
