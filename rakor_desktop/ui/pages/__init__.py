"""The page registry: what the left navigation shows, declared once.

Each page names its widget class as a ``"module:Class"`` string, imported only the
first time the page is shown, so startup pays for the home page alone. A page may
list several factories: the first importable one wins. Richer pages written in
their own packages (``ui/meetings``, ``ui/followups``, ``ui/insight``) take over
as soon as they exist; until then the simple pages in this package stand in.

A page class takes the :class:`~rakor_desktop.ui.context.AppContext` as its only
constructor argument. Optional hooks the main window calls when present:

- ``refresh()``: reload data (called when the page is shown for the first time, and
  again when the database or office settings change);
- ``is_data_ready() -> bool``: whether the data is on screen (``--screenshot`` and
  the startup benchmark wait for it; pages that load synchronously need not define it).
"""

from __future__ import annotations

import importlib
import logging
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

CONTEXT = "Pages"


@dataclass(frozen=True, slots=True)
class PageSpec:
    key: str  # stable id: settings, --page, tests
    title: str  # Indonesian source text; shown through translated_title()
    icon: str  # file stem in resources/icons
    shortcut: str
    factories: tuple[str, ...]
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
        ("rakor_desktop.ui.insight.page:DashboardPage", "rakor_desktop.ui.pages.home:HomePage"),
        QT_TRANSLATE_NOOP("Pages", "Ringkasan rapat dan tindak lanjut"),
    ),
    PageSpec(
        "rapat",
        QT_TRANSLATE_NOOP("Pages", "Rapat"),
        "calendar",
        "Ctrl+2",
        (
            "rakor_desktop.ui.meetings.page:MeetingsPage",
            "rakor_desktop.ui.pages.meetings:MeetingListPage",
        ),
        QT_TRANSLATE_NOOP("Pages", "Jadwal, undangan, notulen"),
    ),
    PageSpec(
        "peserta",
        QT_TRANSLATE_NOOP("Pages", "Peserta & OPD"),
        "people",
        "Ctrl+3",
        ("rakor_desktop.ui.pages.people:PeoplePage",),
        QT_TRANSLATE_NOOP("Pages", "Direktori pegawai dan perangkat daerah"),
    ),
    PageSpec(
        "tindak-lanjut",
        QT_TRANSLATE_NOOP("Pages", "Tindak Lanjut"),
        "tasks",
        "Ctrl+4",
        (
            "rakor_desktop.ui.followups.page:FollowUpsPage",
            "rakor_desktop.ui.pages.followups:FollowUpListPage",
        ),
        QT_TRANSLATE_NOOP("Pages", "Arahan pimpinan dan progresnya"),
    ),
    PageSpec(
        "pengaturan",
        QT_TRANSLATE_NOOP("Pages", "Pengaturan"),
        "settings",
        "Ctrl+5",
        ("rakor_desktop.ui.pages.settings:SettingsPage",),
        QT_TRANSLATE_NOOP("Pages", "Kop surat, zona waktu, bahasa"),
    ),
)

PAGE_KEYS: tuple[str, ...] = tuple(p.key for p in PAGES)


def page_spec(key: str) -> PageSpec:
    for spec in PAGES:
        if spec.key == key:
            return spec
    raise KeyError(key)


def _missing_is_the_target(exc: ModuleNotFoundError, module: str) -> bool:
    """True when the module itself (or its package) is absent, not one of its imports."""
    name = exc.name or ""
    return module == name or module.startswith(name + ".")


def resolve_factory(spec: PageSpec) -> type[QWidget]:
    """The first importable class among the spec's factories.

    A module that does not exist yet is skipped quietly. A module that exists but
    fails to import is logged and skipped, so one broken page never takes the whole
    window down; the last factory (ours) is imported without that safety net.
    """
    last = len(spec.factories) - 1
    for i, path in enumerate(spec.factories):
        module_name, _, cls_name = path.partition(":")
        if i == last:
            return getattr(importlib.import_module(module_name), cls_name)
        try:
            module = importlib.import_module(module_name)
            return getattr(module, cls_name)
        except ModuleNotFoundError as exc:
            if not _missing_is_the_target(exc, module_name):
                log.exception("page %s: %s failed to import", spec.key, path)
        except Exception:  # noqa: BLE001 - fall back to the simple page
            log.exception("page %s: %s failed to import", spec.key, path)
    raise LookupError(spec.key)  # unreachable: factories is never empty
