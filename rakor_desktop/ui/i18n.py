"""Interface language: Indonesian source strings, English from ``rakor_en.qm``.

Every UI string is written in Indonesian inside ``tr()``/``translate()``; English
comes from ``resources/translations/rakor_en.qm`` (compiled from ``rakor_en.ts``,
both committed so a fresh clone runs in English without Qt tools). Qt's own
dialog strings ("Cancel", "Open") come from ``qtbase_<lang>.qm`` when Qt ships it.

Refresh the catalogue after adding strings::

    .venv/bin/python -m rakor_desktop.ui.i18n          # lupdate + lrelease

then fill the English text for new entries in ``rakor_en.ts`` (Qt Linguist or an
editor) and run it again to rebuild the ``.qm``.
"""

from __future__ import annotations

import importlib.resources
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from rakor_desktop.config import resources_dir

SOURCE_LANGUAGE = "id"
LANGUAGES = ("id", "en")
CATALOGUE = "rakor"


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark ``source`` for translation in ``context`` and return it untouched.

    Why not PySide's own: its stub returns ``object``, so every label table built
    with it lost its type. lupdate finds the call by name, wherever it is imported from.
    """
    return source


def translations_dir() -> Path:
    return resources_dir() / "translations"


def ts_path(lang: str = "en") -> Path:
    return translations_dir() / f"{CATALOGUE}_{lang}.ts"


def qm_path(lang: str = "en") -> Path:
    return translations_dir() / f"{CATALOGUE}_{lang}.qm"


def choose_language(cli_value: str | None, saved: str | None) -> str:
    """``--lang`` wins over the saved setting; anything unknown means Indonesian."""
    for candidate in (cli_value, saved):
        if candidate:
            code = candidate.strip().lower().replace("-", "_").split("_")[0]
            if code in LANGUAGES:
                return code
    return SOURCE_LANGUAGE


def locale_for(lang: str) -> QLocale:
    if lang == "en":
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)


def install_translators(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Install our catalogue and Qt's for ``lang``; returns what was installed.

    The translators are parented to the application so they live exactly as long.
    """
    from rakor_desktop.messages import set_language
    from rakor_desktop.ui.formatting import set_locale

    set_language(lang)  # the services' messages (services_<lang>.po) follow the window
    QLocale.setDefault(locale_for(lang))
    set_locale(locale_for(lang))
    installed: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_base = Path(qt_dir) / f"qtbase_{lang}.qm"
    if not qt_base.exists():
        # Qt ships no Indonesian catalogue: ours covers the standard buttons ("Ya",
        # "Tidak", "Batal"), the file dialog and the edit menus (qtbase_id.ts).
        qt_base = translations_dir() / f"qtbase_{lang}.qm"
    if qt_base.exists():
        translator = QTranslator(app)
        if translator.load(str(qt_base)):
            app.installTranslator(translator)
            installed.append(translator)
    if lang != SOURCE_LANGUAGE:
        translator = QTranslator(app)
        if translator.load(str(qm_path(lang))):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def ui_sources() -> list[Path]:
    """Every Python file under ``rakor_desktop/ui`` (all UI packages, all engineers)."""
    root = Path(str(importlib.resources.files("rakor_desktop.ui")))
    return sorted(p for p in root.rglob("*.py") if "__pycache__" not in p.parts)


def _tool(name: str) -> str:
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(
            f"{name} tidak ditemukan; pasang PySide6 (pip install PySide6-Essentials)."
        )
    return found


def update_translations(lang: str = "en") -> int:
    """lupdate the ``.ts`` from the sources, then lrelease the ``.qm``."""
    ts = ts_path(lang)
    ts.parent.mkdir(parents=True, exist_ok=True)
    sources = [str(p) for p in ui_sources()]
    rc = subprocess.call(
        [
            _tool("pyside6-lupdate"),
            *sources,
            "-no-obsolete",
            "-locations",
            "none",
            "-source-language",
            SOURCE_LANGUAGE,
            "-target-language",
            lang,
            "-ts",
            str(ts),
        ]
    )
    if rc:
        return rc
    return subprocess.call([_tool("pyside6-lrelease"), str(ts), "-qm", str(qm_path(lang))])


if __name__ == "__main__":
    sys.exit(update_translations())
