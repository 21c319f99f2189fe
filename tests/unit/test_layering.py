"""The layer rules of docs/DEVELOPING.md, checked on the source itself.

- ``domain/ db/ services/ documents/ cli/`` never import Qt, at top level or inside a
  function, so they run headless (CLI, scripts, other stations) and start fast.
- Running the CLI does not load Qt at run time either (an indirect import would).
- Imports point downward only: domain <- db <- services <- cli, documents beside db.
- ``ui/`` holds no SQL: it calls services (``select(``, ``session.exec``, ``.execute(``
  and sqlalchemy/sqlmodel imports are refused there).

Failures list ``file:line`` so the offending line is one click away.
"""

from __future__ import annotations

import ast
import io
import os
import re
import subprocess
import sys
import textwrap
import tokenize
from collections.abc import Iterator
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "rakor_desktop"
REPO = PACKAGE.parent

HEADLESS_LAYERS = ("domain", "db", "services", "documents", "demo", "cli")
# Top-level helper modules that the headless layers use; they must stay Qt-free too.
HEADLESS_MODULES = ("__init__.py", "config.py", "logsetup.py", "fileio.py", "messages.py")

QT_MODULES = (
    "PySide6",
    "shiboken6",
    "PySide2",
    "shiboken2",
    "PyQt5",
    "PyQt6",
    "qtpy",
    "pytestqt",
    "QtCore",
    "QtGui",
    "QtWidgets",
)

# Which rakor_desktop parts each layer may import (besides itself and the package root).
ALLOWED = {
    "domain": {"messages"},
    "db": {"domain", "config", "logsetup", "fileio", "messages"},
    "documents": {"domain", "config", "logsetup", "fileio", "messages"},
    "services": {"domain", "db", "documents", "config", "logsetup", "fileio", "messages"},
    # Demo data builds meetings through the services, as a user would.
    "demo": {"domain", "db", "documents", "services", "config", "logsetup", "fileio", "messages"},
    "cli": {
        "domain",
        "db",
        "documents",
        "services",
        "demo",
        "config",
        "logsetup",
        "fileio",
        "messages",
    },
}


def _files(layer: str) -> list[Path]:
    base = PACKAGE / layer
    if base.is_file():
        return [base]
    return sorted(p for p in base.rglob("*.py") if "__pycache__" not in p.parts)


def _headless_files() -> list[Path]:
    files = [f for layer in HEADLESS_LAYERS for f in _files(layer)]
    files += [PACKAGE / m for m in HEADLESS_MODULES if (PACKAGE / m).is_file()]
    return files


def _module_name(path: Path) -> str:
    rel = path.relative_to(REPO).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports(path: Path, *, top_level_only: bool = False) -> Iterator[tuple[int, str]]:
    """(line, absolute module) for every import in ``path``, relative ones resolved.

    ``importlib.import_module("x")`` / ``__import__("x")`` with a literal name count too.
    """
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = _module_name(path)
    if path.name != "__init__.py":
        package = package.rpartition(".")[0]
    nodes = tree.body if top_level_only else ast.walk(tree)
    for node in nodes:
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            yield node.lineno, module
            for alias in node.names:  # `from rakor_desktop import ui`
                yield node.lineno, f"{module}.{alias.name}"
        elif (
            isinstance(node, ast.Call)
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
            and (
                (isinstance(node.func, ast.Attribute) and node.func.attr == "import_module")
                or (
                    isinstance(node.func, ast.Name)
                    and node.func.id in ("import_module", "__import__")
                )
            )
        ):
            yield node.lineno, node.args[0].value


def _is_qt(module: str) -> bool:
    return module.split(".")[0] in QT_MODULES


def _where(path: Path, line: int) -> str:
    return f"{path.relative_to(REPO)}:{line}"


def _one_per_line(offenders: list[str]) -> list[str]:
    """``from PySide6.QtCore import QObject`` yields two names; report the line once."""
    seen: dict[str, str] = {}
    for entry in offenders:
        seen.setdefault(entry.split(": ", 1)[0], entry)
    return list(seen.values())


def test_headless_layers_exist() -> None:
    """Guards the guard: a renamed folder must not make the checks below vacuous."""
    for layer in HEADLESS_LAYERS:
        assert _files(layer), f"rakor_desktop/{layer} has no Python files"


def test_headless_layers_never_import_qt() -> None:
    offenders = [
        f"{_where(path, line)}: imports {module}"
        for path in _headless_files()
        for line, module in _imports(path)
        if _is_qt(module) or module.startswith("rakor_desktop.ui")
    ]
    # app.py chooses between CLI and GUI: Qt only inside functions on the GUI path.
    offenders += [
        f"{_where(PACKAGE / 'app.py', line)}: imports {module} at module level"
        for line, module in _imports(PACKAGE / "app.py", top_level_only=True)
        if _is_qt(module) or module.startswith("rakor_desktop.ui")
    ]
    offenders = _one_per_line(offenders)
    assert not offenders, "Qt outside ui/ (see docs/DEVELOPING.md):\n" + "\n".join(offenders)


def test_imports_point_downward() -> None:
    offenders = []
    for layer, allowed in ALLOWED.items():
        for path in _files(layer):
            for line, module in _imports(path):
                parts = module.split(".")
                if parts[0] != "rakor_desktop" or len(parts) < 2:
                    continue
                target = parts[1]
                if target in (layer, "__init__") or target in allowed:
                    continue
                if not ((PACKAGE / target).is_dir() or (PACKAGE / f"{target}.py").is_file()):
                    continue  # `from rakor_desktop import APP_NAME`: a name, not a module
                offenders.append(f"{_where(path, line)}: {layer}/ imports {module}")
    offenders = _one_per_line(offenders)
    assert not offenders, (
        "imports must point downward (ui -> cli/services -> documents/db -> domain):\n"
        + "\n".join(offenders)
    )


def test_cli_path_does_not_load_qt_at_run_time(tmp_path: Path) -> None:
    """Import every headless module, build the CLI parser and run real commands
    (``init``, ``check``) in a fresh interpreter; Qt must not appear in sys.modules."""
    modules = sorted(
        _module_name(p)
        for p in _headless_files()
        # Alembic scripts run inside Alembic, not as importable modules.
        if "migrations" not in p.relative_to(PACKAGE).parts and p.name != "__main__.py"
    )
    db = tmp_path / "layering.sqlite"
    code = textwrap.dedent(
        f"""
        import importlib, runpy, sys
        for name in {modules!r}:
            importlib.import_module(name)
        from rakor_desktop.app import build_parser
        build_parser()
        for argv in (["init"], ["check"]):
            sys.argv = ["rakor-desktop", "--db", {str(db)!r}, *argv]
            try:
                runpy.run_module("rakor_desktop", run_name="__main__", alter_sys=True)
            except SystemExit as exc:
                assert not exc.code, f"{{argv}} exited {{exc.code}}"
        qt = sorted(m for m in sys.modules if m.split(".")[0] in {QT_MODULES!r})
        ui = sorted(m for m in sys.modules if m.startswith("rakor_desktop.ui"))
        assert not qt and not ui, f"CLI path loaded Qt/ui modules: {{qt + ui}}"
        print("imported", len({modules!r}), "modules; no Qt")
        """
    )
    env = dict(os.environ)
    env.pop("QT_QPA_PLATFORM", None)
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, env=env, timeout=300
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "no Qt" in proc.stdout
    assert db.is_file()


SQL_PATTERNS = [
    (re.compile(r"\bselect\s*\("), "select("),
    (re.compile(r"\bsession\.exec\b"), "session.exec"),
    (re.compile(r"\.execute\s*\("), ".execute("),
    (re.compile(r"\b(sqlalchemy|sqlmodel)\b"), "sqlalchemy/sqlmodel"),
]


def _code_lines(path: Path) -> Iterator[tuple[int, str]]:
    """Source lines with comments and string literals blanked out (a docstring may say
    'no select( here'); string literals that are SQL are caught by the callers' names."""
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    blank: dict[int, list[tuple[int, int]]] = {}
    for tok in tokenize.generate_tokens(io.StringIO(source).readline):
        if tok.type in (tokenize.COMMENT, tokenize.STRING):
            (srow, scol), (erow, ecol) = tok.start, tok.end
            for row in range(srow, erow + 1):
                start = scol if row == srow else 0
                end = ecol if row == erow else len(lines[row - 1])
                blank.setdefault(row, []).append((start, end))
    for number, text in enumerate(lines, start=1):
        for start, end in blank.get(number, []):
            text = text[:start] + " " * (end - start) + text[end:]
        yield number, text


def test_ui_holds_no_sql() -> None:
    ui = PACKAGE / "ui"
    files = sorted(ui.rglob("*.py")) if ui.is_dir() else []
    offenders = []
    for path in files:
        for number, text in _code_lines(path):
            for pattern, label in SQL_PATTERNS:
                if pattern.search(text):
                    original = path.read_text(encoding="utf-8").splitlines()[number - 1].strip()
                    offenders.append(f"{_where(path, number)}: {label}: {original}")
        for line, module in _imports(path):
            if module.split(".")[0] in ("sqlalchemy", "sqlmodel"):
                offenders.append(f"{_where(path, line)}: imports {module}")
    assert not offenders, (
        "ui/ must call services, not SQL (QItemSelectionModel.select( counts too: use "
        "setCurrentIndex/selectRow):\n" + "\n".join(sorted(set(offenders)))
    )


def test_no_module_grows_past_700_lines() -> None:
    """Issue 16: grab-bag files were split at their seams; a new one must not grow back.
    Migrations are exempt (generated, append-only)."""
    root = Path(__file__).resolve().parents[2] / "rakor_desktop"
    too_long = {
        str(p.relative_to(root)): n
        for p in root.rglob("*.py")
        if "migrations" not in p.parts
        and (n := len(p.read_text(encoding="utf-8").splitlines())) > 700
    }
    assert too_long == {}
