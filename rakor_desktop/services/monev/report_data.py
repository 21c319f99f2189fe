"""The monev matrix as a document: the evaluation turned into printable lines.

Shared by ``pdf monev``, ``export monev``, the window's Cetak menu and the notulen's
monev section, so the PDF and the workbook always say the same thing.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session

from rakor_desktop.documents.data import OfficeData
from rakor_desktop.documents.monev import MonevLine, MonevMatrix
from rakor_desktop.documents.text import format_long_date
from rakor_desktop.domain.monev import format_number
from rakor_desktop.services.insight.trends import ARROWS, Direction
from rakor_desktop.services.meetings.close import get_meeting
from rakor_desktop.services.minutes.letterhead import office_data
from rakor_desktop.services.monev.catalogue import CLUSTER_LABELS
from rakor_desktop.services.monev.evaluation import MonevReport, MonevRow, describe, evaluate
from rakor_desktop.services.office.settings import office_zone


@dataclass
class MonevDocument:
    office: OfficeData
    matrix: MonevMatrix
    report: MonevReport


def line_of(row: MonevRow) -> MonevLine:
    ind = row.indicator
    return MonevLine(
        code=ind.code,
        name=ind.name,
        unit=ind.unit,
        opd=ind.lead_org,
        target=row.target.text() if row.target else "",
        realization=format_number(row.realization),
        period=row.latest.period if row.latest else "",
        capaian=f"{format_number(row.result.pct)} %" if row.result.pct is not None else "",
        category=row.category.value if row.category else "",
        colour=row.colour,
        trend=ARROWS[Direction(row.trend)] if row.trend else "",
        trend_good=row.good_trend,
        projection=format_number(row.projected) if row.projected is not None else "",
        on_track=row.on_track,
        flags=tuple(f.title for f in row.flags),
    )


def monev_document(
    session: Session,
    *,
    meeting_id: int | None = None,
    cluster: str | None = None,
    year: int | None = None,
) -> MonevDocument:
    report = evaluate(session, year=year, meeting_id=meeting_id, cluster=cluster)
    parts: list[str] = []
    title = "Monitoring dan Evaluasi Capaian Kinerja terhadap Target RPJMD"
    if meeting_id is not None:
        m = get_meeting(session, meeting_id)
        title = m.title
        parts.append(format_long_date(m.starts_at, office_zone(session)))
    if report.cluster:
        parts.append(f"Klaster {CLUSTER_LABELS.get(report.cluster, report.cluster)}")
    parts.append(f"Tahun {report.year}, posisi s.d. bulan {report.cutoff[1]:02d}")
    flagged = tuple((r.indicator.code, f.title, f.reason) for r, f in report.flagged())
    matrix = MonevMatrix(
        title=title,
        scope=" · ".join(parts),
        year=report.year,
        lines=tuple(line_of(r) for r in report.rows),
        flagged=flagged,
    )
    return MonevDocument(office_data(session), matrix, report)


NOTULEN_MAX_LINES = 15


def notulen_lines(session: Session, meeting_id: int) -> list[str]:
    """The notulen's monev section: indicators below target or whose value needs
    verification, for a meeting where realisations were reported; else nothing."""
    from sqlmodel import select

    from rakor_desktop.domain.models import IndicatorValue

    reported = session.exec(
        select(IndicatorValue.id).where(
            IndicatorValue.meeting_id == meeting_id,
            IndicatorValue.indicator_id != None,  # noqa: E711
        )
    ).first()
    if reported is None:
        return []
    report = evaluate(session, meeting_id=meeting_id)
    lines = []
    for r in report.rows:
        below = r.result.pct is not None and r.result.pct < 91
        if not below and not r.flags:
            continue
        text = describe(r)
        if r.category is not None and below:
            text += f" ({r.category.value})"
        if r.flags:
            text += "; perlu verifikasi: " + ", ".join(f.title for f in r.flags)
        lines.append(text)
    if len(lines) > NOTULEN_MAX_LINES:
        rest = len(lines) - NOTULEN_MAX_LINES
        lines = lines[:NOTULEN_MAX_LINES] + [
            f"... dan {rest} indikator lainnya (lihat Matriks Monev Capaian Kinerja)."
        ]
    return lines
