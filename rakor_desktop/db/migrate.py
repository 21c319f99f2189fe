"""Alembic wiring: configured in code so the installed app and PyInstaller build need no alembic.ini.

Alembic (with mako) costs 130-270 ms to import, and on a normal start the database is
already current. So the revision graph is read straight from the revision files and
Alembic is imported only when an upgrade actually runs.
"""

from __future__ import annotations

import ast
import importlib.resources
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Connection

MIGRATIONS_DIR = Path(str(importlib.resources.files("rakor_desktop.db") / "migrations"))


def alembic_config(url: str | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if url:
        cfg.set_main_option("sqlalchemy.url", url)
    return cfg


@cache
def revision_graph() -> dict[str, str | None]:
    """revision -> down_revision, from the module-level assignments of each revision file."""
    graph: dict[str, str | None] = {}
    for path in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        values: dict[str, object] = {}
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign) and len(node.targets) == 1:
                target = node.targets[0]
                if isinstance(target, ast.Name) and target.id in ("revision", "down_revision"):
                    values[target.id] = ast.literal_eval(node.value)
        if "revision" in values:
            graph[str(values["revision"])] = values.get("down_revision")  # type: ignore[assignment]
    return graph


def head_revision() -> str:
    graph = revision_graph()
    parents = {down for down in graph.values() if down}
    heads = [rev for rev in graph if rev not in parents]
    if len(heads) != 1:
        raise RuntimeError(f"migrations must form one chain, found heads {heads}")
    return heads[0]


def known_revisions() -> set[str]:
    return set(revision_graph())


def upgrade(connection: Connection, target: str = "head") -> None:
    from alembic import command

    cfg = alembic_config()
    cfg.attributes["connection"] = connection
    command.upgrade(cfg, target)
