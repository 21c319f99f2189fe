"""The page registry: what the left navigation shows, declared once.

Each page names its widget class as a ``"module:Class"`` string, imported only the
first time the page is shown, so startup pays for the home page alone. There is no
fallback page: a page that fails to import is a bug, and the window says so in the
page's place (``MainWindow._build_page``) instead of quietly showing a lesser page.

A page class takes the :class:`~rakor_desktop.ui.context.AppContext` as its only
constructor argument. Optional hooks the main window calls when present:

- ``refresh()``: reload data (called when the page is shown for the first time, and
  again when the database or office settings change);
- ``is_data_ready() -> bool``: whether the data is on screen (``--screenshot`` and
  the startup benchmark wait for it; pages that load synchronously need not define it).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from rakor_desktop.ui.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from rakor_desktop.ui.context import AppContext

CONTEXT = "Pages"


@dataclass(frozen=True, slots=True)
class PageSpec:
    key: str  # stable id: settings, --page, tests
    title: str  # Indonesian source text; shown through translated_title()
    icon: str  # file stem in resources/icons
    shortcut: str
    factory: str  # "module:Class"
    subtitle: str = ""

    def translated_title(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.title)

    def translated_subtitle(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.subtitle) if self.subtitle else ""


PAGES: tuple[PageSpec, ...] = (
    PageSpec(
        "beranda",
        QT_TRANSLATE_NOOP("Pages", "Beranda"),
        "home",
        "Ctrl+1",
        "rakor_desktop.ui.insight.page:DashboardPage",
        QT_TRANSLATE_NOOP("Pages", "Ringkasan rapat dan tindak lanjut"),
    ),
    PageSpec(
        "rapat",
        QT_TRANSLATE_NOOP("Pages", "Rapat"),
        "calendar",
        "Ctrl+2",
        "rakor_desktop.ui.meetings.page:MeetingsPage",
        QT_TRANSLATE_NOOP("Pages", "Jadwal, undangan, notulen"),
    ),
    PageSpec(
        "peserta",
        QT_TRANSLATE_NOOP("Pages", "Peserta & OPD"),
        "people",
        "Ctrl+3",
        "rakor_desktop.ui.pages.people:PeoplePage",
        QT_TRANSLATE_NOOP("Pages", "Direktori pegawai dan perangkat daerah"),
    ),
    PageSpec(
        "tindak-lanjut",
        QT_TRANSLATE_NOOP("Pages", "Tindak Lanjut"),
        "tasks",
        "Ctrl+4",
        "rakor_desktop.ui.followups.page:FollowUpsPage",
        QT_TRANSLATE_NOOP("Pages", "Arahan pimpinan dan progresnya"),
    ),
    PageSpec(
        "monev",
        QT_TRANSLATE_NOOP("Pages", "Monev"),
        "chart",
        "Ctrl+5",
        "rakor_desktop.ui.monev.page:MonevPage",
        QT_TRANSLATE_NOOP("Pages", "Capaian indikator RPJMD dan validitas data"),
    ),
    PageSpec(
        "pengaturan",
        QT_TRANSLATE_NOOP("Pages", "Pengaturan"),
        "settings",
        "Ctrl+6",
        "rakor_desktop.ui.pages.settings:SettingsPage",
        QT_TRANSLATE_NOOP("Pages", "Kop surat, zona waktu, bahasa"),
    ),
)

PAGE_KEYS: tuple[str, ...] = tuple(p.key for p in PAGES)


def page_spec(key: str) -> PageSpec:
    for spec in PAGES:
        if spec.key == key:
            return spec
    raise KeyError(key)


def resolve_factory(spec: PageSpec) -> Callable[[AppContext], QWidget]:
    """The page's class, imported on first use; an import error propagates.

    Every page is built from the application context alone."""
    module_name, _, cls_name = spec.factory.partition(":")
    factory = getattr(importlib.import_module(module_name), cls_name)
    if not (isinstance(factory, type) and issubclass(factory, QWidget)):
        raise TypeError(f"{spec.factory} is not a widget class")
    return cast("Callable[[AppContext], QWidget]", factory)
