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
from rakor_desktop.services.monev.evaluation import MonevReport, MonevRow, evaluate
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
