"""Entry point: parse arguments, then run a headless command or open the window.

Qt is imported only on the GUI paths, so CLI commands start fast and run where no
display exists.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from rakor_desktop import APP_NAME, __version__


def build_parser() -> argparse.ArgumentParser:
    from rakor_desktop.cli import build_subparsers

    parser = argparse.ArgumentParser(prog="rakor-desktop", description=APP_NAME)
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--db", help="berkas SQLite atau URL SQLAlchemy (juga: env RAKOR_DB)")
    parser.add_argument("--screenshot", type=Path, help="render jendela ke PNG lalu keluar")
    parser.add_argument("--page", default=None, help="halaman untuk --screenshot")
    parser.add_argument("--lang", default=None, help="bahasa antarmuka: id (bawaan) atau en")
    parser.add_argument("--kiosk", action="store_true", help="buka meja registrasi")
    parser.add_argument("--meeting", type=int, default=None, help="rapat untuk --kiosk/--projector")
    parser.add_argument(
        "--projector",
        action="store_true",
        help="buka tampilan proyektor rapat (layar kedua bila ada)",
    )
    parser.add_argument(
        "--scene",
        default="agenda",
        help="adegan proyektor: agenda, keputusan, kehadiran, monev, tindak-lanjut, kosong",
    )
    parser.add_argument(
        "--open",
        type=Path,
        default=None,
        metavar="BUNDEL",
        help="buka jendela lalu tampilkan impor bundel .rakor ini (klik dua kali pada berkas)",
    )
    sub = parser.add_subparsers(dest="command")
    build_subparsers(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from rakor_desktop.domain.clock import ClockError, check_environment

    try:
        check_environment()
    except ClockError as exc:
        print(f"rakor-desktop: {exc}", file=sys.stderr)
        return 2
    from rakor_desktop.config import resolve_db_target
    from rakor_desktop.logsetup import setup_logging

    setup_logging()
    target = resolve_db_target(args.db)
    if args.command:
        from rakor_desktop.cli import run
        from rakor_desktop.messages import set_language

        set_language(args.lang)  # service messages (errors) in English with --lang en

        return run(args, target)
    from rakor_desktop.ui.launch import launch

    return launch(args, target)


if __name__ == "__main__":
    sys.exit(main())
