"""The Monev table: one row per indicator, paged from the evaluation service.

Kategori is painted in its evaluation band's colour; the trend arrow is green when the
change is good news for the indicator's declared polarity and red when it is not; a
flagged value says "perlu verifikasi" and its reasons show on hover.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from rakor_desktop.domain.monev import LEVEL_LABELS, format_number
from rakor_desktop.services.insight.trends import ARROWS, Direction
from rakor_desktop.services.monev.evaluation import MonevRow
from rakor_desktop.ui import theme
from rakor_desktop.ui.i18n import QT_TRANSLATE_NOOP
from rakor_desktop.ui.models import Column, PagedTableModel

CONTEXT = "MonevColumns"
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_CENTER = Qt.AlignmentFlag.AlignCenter


def _unit(r: MonevRow) -> str:
    """Only the percent sign fits the column; other units are in the tooltip and the panel."""
    return " %" if r.indicator.unit == "%" else ""


def _realization(r: MonevRow) -> str:
    return "–" if r.realization is None else f"{format_number(r.realization)}{_unit(r)}"


def _realization_tip(r: MonevRow) -> str:
    if r.latest is None:
        return QCoreApplication.translate("MonevColumns", "Belum ada realisasi tahun ini.")
    value = f"{format_number(r.realization)} {r.indicator.unit}".strip()
    return (
        QCoreApplication.translate("MonevColumns", "%1 untuk periode %2")
        .replace("%1", value)
        .replace("%2", r.latest.period)
    )


def _capaian(r: MonevRow) -> str:
    return f"{format_number(r.result.pct, 1)} %" if r.result.pct is not None else "–"


def _capaian_tip(r: MonevRow) -> str:
    return r.result.reason or _capaian(r)


def _trend(r: MonevRow) -> str:
    return ARROWS[Direction(r.trend)] if r.trend else ""


def _trend_colour(r: MonevRow) -> str | None:
    good = r.good_trend
    return theme.SUCCESS if good else theme.DANGER if good is False else theme.TEXT_MUTED


def _projection(r: MonevRow) -> str:
    if r.on_track is None:
        return "–"
    return (
        QCoreApplication.translate("MonevColumns", "sesuai jalur")
        if r.on_track
        else QCoreApplication.translate("MonevColumns", "berisiko")
    )


def _projection_tip(r: MonevRow) -> str:
    if r.projected is None:
        return QCoreApplication.translate(
            "MonevColumns", "Belum ada realisasi untuk diproyeksikan."
        )
    return (
        QCoreApplication.translate("MonevColumns", "Proyeksi Desember: %1%2")
        .replace("%1", format_number(r.projected))
        .replace("%2", _unit(r))
    )


def _flags(r: MonevRow) -> str:
    if not r.flags:
        return ""
    more = f" +{len(r.flags) - 1}" if len(r.flags) > 1 else ""
    return f"⚠ {r.flags[0].title}{more}"


def _flag_tip(r: MonevRow) -> str:
    return "\n".join(f"• {f.reason}" for f in r.flags) or QCoreApplication.translate(
        "MonevColumns", "Tidak ada catatan validitas."
    )


COLUMNS = (
    Column(QT_TRANSLATE_NOOP("MonevColumns", "Kode"), lambda r: r.indicator.code, CONTEXT),
    Column(
        QT_TRANSLATE_NOOP("MonevColumns", "Indikator"),
        lambda r: r.indicator.name,
        CONTEXT,
        tooltip=lambda r: (
            f"{r.indicator.name} ({LEVEL_LABELS[r.indicator.level]}, {r.indicator.unit or '-'})"
        ),
    ),
    Column(QT_TRANSLATE_NOOP("MonevColumns", "OPD"), lambda r: r.indicator.lead_org, CONTEXT),
    Column(
        QT_TRANSLATE_NOOP("MonevColumns", "Target"),
        lambda r: r.target.text() if r.target else "–",
        CONTEXT,
        align=_RIGHT,
    ),
    Column(
        QT_TRANSLATE_NOOP("MonevColumns", "Realisasi"),
        _realization,
        CONTEXT,
        align=_RIGHT,
        tooltip=_realization_tip,
    ),
    Column(
        QT_TRANSLATE_NOOP("MonevColumns", "Capaian"),
        _capaian,
        CONTEXT,
        align=_RIGHT,
        tooltip=_capaian_tip,
        bold=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("MonevColumns", "Kategori"),
        lambda r: r.category.value if r.category else "–",
        CONTEXT,
        align=_CENTER,
    ),
    Column(
        QT_TRANSLATE_NOOP("MonevColumns", "Tren"),
        _trend,
        CONTEXT,
        align=_CENTER,
        foreground=_trend_colour,
    ),
    Column(
        QT_TRANSLATE_NOOP("MonevColumns", "Proyeksi"),
        _projection,
        CONTEXT,
        foreground=lambda r: (
            theme.SUCCESS if r.on_track else theme.DANGER if r.on_track is False else None
        ),
        tooltip=_projection_tip,
    ),
    Column(
        QT_TRANSLATE_NOOP("MonevColumns", "Validitas data"),
        _flags,
        CONTEXT,
        foreground=lambda r: theme.WARNING if r.flags else None,
        tooltip=_flag_tip,
    ),
)
COL_CATEGORY = 6
COL_INDICATOR = 1
WIDTHS = (72, 200, 96, 76, 96, 78, 110, 46, 96, 170)


class MonevTableModel(PagedTableModel):
    """Paged rows from ``fetch(offset, limit)``; Kategori is painted by CategoryDelegate."""

    def __init__(self, fetch: Any, parent: Any = None) -> None:
        # 25 rows: about 20 ms of evaluation per batch on the GUI thread (bench_monev.py);
        # 50 rows had a p95 of 65 ms, over the 50 ms a click may cost.
        super().__init__(COLUMNS, fetch, batch_size=25, parent=parent)
