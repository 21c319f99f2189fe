"""Dates, times and numbers as the office reads them, in the interface language.

Indonesian: ``Senin, 25 Agustus 2025`` and ``09.00 WIB`` (a dot, Tata Naskah Dinas);
English: ``Monday, 25 August 2025`` and ``09:00 WIB``. The locale is the default
QLocale set at launch from the chosen language; times move to the office zone.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject

from rakor_desktop.domain.timefmt import to_office

_locale: QLocale | None = None


def set_locale(locale: QLocale) -> None:
    """Called once at launch from the chosen language (see ``ui/i18n.py``)."""
    global _locale
    _locale = locale


def locale() -> QLocale:
    """The interface locale; Indonesian until the launch chose otherwise.

    Not the system locale: an English Windows in a Pemalang office still shows
    Indonesian dates when the interface is Indonesian.
    """
    if _locale is None:
        return QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)
    return _locale


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _indonesian() -> bool:
    return locale().language() == QLocale.Language.Indonesian


def long_date(d: date | datetime | None, zone: str | None = None) -> str:
    """``Senin, 25 Agustus 2025``; a datetime is first moved to the office zone."""
    if d is None:
        return ""
    if isinstance(d, datetime):
        d = to_office(d, zone or "WIB").date()
    return locale().toString(_qdate(d), "dddd, d MMMM yyyy")


def medium_date(d: date | datetime | None, zone: str | None = None) -> str:
    """``25 Agu 2025``: for table cells."""
    if d is None:
        return ""
    if isinstance(d, datetime):
        d = to_office(d, zone or "WIB").date()
    return locale().toString(_qdate(d), "d MMM yyyy")


def clock(dt: datetime | None, zone: str) -> str:
    """``09.00 WIB`` (Indonesian) or ``09:00 WIB``."""
    local = to_office(dt, zone)
    if local is None:
        return ""
    sep = "." if _indonesian() else ":"
    return f"{local:%H}{sep}{local:%M} {zone}"


def number(n: int) -> str:
    return locale().toString(int(n))


def percent(rate: float | None) -> str:
    if rate is None:
        return "–"
    return f"{round(rate * 100)}%"


class Format(QObject):
    """The "Format" translation context for plural forms.

    ``Format.tr(text, "", n)``: pyside6-lupdate reads plural forms from ``X.tr(...)``
    with a variable count, but not from ``QCoreApplication.translate(...)``; PySide's
    stub types ``tr`` as an instance method, hence the ``type: ignore`` at each call.
    """


def relative_days(days: int) -> str:
    """ "Hari ini", "Besok", "3 hari lagi", "2 hari lalu"."""
    if days == 0:
        return QCoreApplication.translate("Format", "Hari ini")
    if days == 1:
        return QCoreApplication.translate("Format", "Besok")
    if days == -1:
        return QCoreApplication.translate("Format", "Kemarin")
    if days > 1:
        return Format.tr("%n hari lagi", "", days)  # type: ignore[arg-type]  # see Format
    return Format.tr("%n hari lalu", "", -days)  # type: ignore[arg-type]
