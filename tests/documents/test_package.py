"""The documents layer stays Qt-free and cheap to import."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import rakor_desktop.documents as documents
from rakor_desktop.documents import fonts

PACKAGE = Path(documents.__file__).parent
FORBIDDEN = ("PySide6", "PyQt5", "PyQt6", "shiboken6", "sqlalchemy", "sqlmodel")


def test_no_qt_or_database_imports() -> None:
    offenders = []
    for path in PACKAGE.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [f"{path.name}: {n}" for n in names if n.split(".")[0] in FORBIDDEN]
    assert not offenders


def test_importing_the_package_is_cheap() -> None:
    code = "import sys, rakor_desktop.documents; print('reportlab' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_fonts_are_found_through_the_installed_resources_package() -> None:
    """No path from ``__file__``: the fonts are package data of rakor_desktop.resources."""
    import importlib.resources

    root = importlib.resources.files("rakor_desktop.resources")
    assert fonts.fonts_dir() == Path(str(root)) / "fonts"
    assert (fonts.fonts_dir() / "LiberationSans-Regular.ttf").is_file()


def test_font_family_covers_indonesian_text() -> None:
    covered = fonts.register_fonts()
    assert all(ord(c) in covered for c in "AaZz09éü–—“”•·□…")
    assert ord("\U0001f389") not in covered
