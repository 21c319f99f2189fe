"""Headless commands over the same services the window uses.

Nothing under ``cli/`` imports Qt: scripts, CI and other stations call these.
Each area has its own module with ``register(subparsers)``; a parser sets
``handler`` (and, for commands that must create their target, ``prepare``).
Exit codes are a public contract: 0 success, 1 failure explained on stderr,
2 "not found"/"wrong meeting" outcomes.
"""

from __future__ import annotations

import argparse
import importlib

from sqlalchemy.exc import DBAPIError

from rakor_desktop.cli.common import err
from rakor_desktop.db import DatabaseOpenError, open_database
from rakor_desktop.db.storage import storage_fault

# Areas in the order their commands appear in --help. A module that is not
# there yet is skipped, so areas can land independently.
AREAS = (
    "core",
    "meetings",
    "people",
    "checkin",
    "documents",
    "followups",
    "transfer",
    "server",
    "signing",
    "monev",
    "packets",
    "outbox",
    "reminders",
)


def build_subparsers(sub: argparse._SubParsersAction) -> None:
    for area in AREAS:
        try:
            module = importlib.import_module(f"rakor_desktop.cli.{area}")
        except ModuleNotFoundError as exc:
            if exc.name != f"rakor_desktop.cli.{area}":
                raise
            continue
        module.register(sub)


def run(args: argparse.Namespace, target: str) -> int:
    prepare = getattr(args, "prepare", None)
    if prepare is not None:
        refused = prepare(args, target)
        if refused is not None:
            return refused
    # Only init and demo make a new database: a mistyped path or an unmounted USB stick
    # must not quietly become an empty database that "works".
    creates = bool(getattr(args, "creates_database", False))
    try:
        db = open_database(target, create=creates)
    except DatabaseOpenError as exc:
        err(exc.message)
        return 1
    try:
        return args.handler(args, db)
    except DBAPIError:
        # A write that failed because of where the file lives (full disk, medium gone
        # read-only) is told as such; anything else is a bug and keeps its traceback.
        fault = storage_fault(db.path) if db.path is not None else None
        if fault is None:
            raise
        err(fault.message)
        return 1
    finally:
        db.dispose()
