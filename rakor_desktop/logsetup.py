"""Rotating log file in the user log dir; users see short messages, the detail lands here."""

from __future__ import annotations

import logging
import logging.handlers
import os

from rakor_desktop.config import log_dir

_configured = False


def setup_logging(level: int = logging.INFO) -> None:
    global _configured
    if _configured:
        return
    _configured = True
    root = logging.getLogger()
    root.setLevel(level)
    try:
        directory = log_dir()
        directory.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            directory / "rakor-desktop.log", maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
        handler.setFormatter(
            logging.Formatter("%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s")
        )
        root.addHandler(handler)
    except OSError:
        pass  # a read-only home must not stop the app; stderr still gets warnings
    if os.environ.get("RAKOR_DEBUG"):
        root.addHandler(logging.StreamHandler())
