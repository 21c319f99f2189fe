"""OPD routine reports per meeting: realisasi anggaran/fisik %, indicators, kendala, inovasi.

Entered in a grid while each Kepala OPD speaks, so input is forgiving where it can be
("45,5", "45.5%" both mean 45.5) and strict where it matters (a percentage outside
0-100 is refused with the reason). The previous meeting of the series is looked up
per OPD so the chair sees the trend at a glance.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from typing import Any

from sqlmodel import Session, col, select

from rakor_desktop.domain.models import Invitation, Meeting, OpdReport, Organization
from rakor_desktop.domain.types import utcnow
from rakor_desktop.messages import M
from rakor_desktop.services.meetings.close import ensure_editable, get_meeting

FIELDS = ("budget_pct", "physical_pct", "indicators", "obstacles", "innovation")
FIELD_LABELS = {
    "budget_pct": "Realisasi anggaran",
    "physical_pct": "Realisasi fisik",
    "indicators": "Indikator",
    "obstacles": "Kendala",
    "innovation": "Inovasi",
}


class InvalidReport(ValueError):
    pass


def parse_pct(value: object, label: str = "Persentase") -> float | None:
    """``"45,5"``, ``"45.5 %"``, ``45.5`` -> 45.5; empty -> None; outside 0-100 refused."""
    if value is None:
        return None
    if isinstance(value, int | float) and not isinstance(value, bool):
        number = float(value)
    else:
        text = str(value).strip().rstrip("%").strip()
        if not text:
            return None
        if text.count(",") == 1 and "." not in text:
            text = text.replace(",", ".")
        try:
            number = float(text)
        except ValueError as exc:
            raise InvalidReport(
                M('{label} "{value}" bukan angka persen (contoh: 45,5).', label=label, value=value)
            ) from exc
    if math.isnan(number) or not 0 <= number <= 100:
        raise InvalidReport(
            M("{label} harus antara 0 dan 100 (tertulis {value}).", label=label, value=value)
        )
    return round(number, 2)


def format_pct(value: float | None) -> str:
    """Indonesian decimal comma: 45.5 -> ``45,5``; None -> ``""``."""
    if value is None:
        return ""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")


_PAIR_SPLIT = re.compile(r"[;\n]+")


def parse_indicators(text: object) -> dict[str, str]:
    """``"Stunting: 12,3%; Kemiskinan = 9,1"`` -> ordered dict of name -> value text."""
    if isinstance(text, dict):
        return {str(k).strip(): str(v).strip() for k, v in text.items() if str(k).strip()}
    out: dict[str, str] = {}
    for part in _PAIR_SPLIT.split(str(text or "")):
        part = part.strip()
        if not part:
            continue
        m = re.match(r"^(.+?)\s*[:=]\s*(.*)$", part)
        if m:
            out[m.group(1).strip()] = m.group(2).strip()
        else:
            out[part] = ""
    return out


def format_indicators(data: dict[str, Any] | str) -> str:
    if isinstance(data, str):
        text = data
        try:
            data = json.loads(text or "{}")
        except ValueError:
            return text
    if not isinstance(data, dict):
        return ""
    return "; ".join(f"{k}: {v}" if str(v) else str(k) for k, v in data.items())


@dataclass
class OpdReportRow:
    organization_id: int
    organization: str
    budget_pct: float | None = None
    physical_pct: float | None = None
    indicators: dict[str, str] = field(default_factory=dict)
    obstacles: str = ""
    innovation: str = ""
    prev_budget_pct: float | None = None
    prev_physical_pct: float | None = None

    @property
    def budget_trend(self) -> float | None:
        if self.budget_pct is None or self.prev_budget_pct is None:
            return None
        return round(self.budget_pct - self.prev_budget_pct, 2)

    @property
    def physical_trend(self) -> float | None:
        if self.physical_pct is None or self.prev_physical_pct is None:
            return None
        return round(self.physical_pct - self.prev_physical_pct, 2)


def stored_indicators(report: OpdReport) -> dict[str, str]:
    """The report's stored indicators (JSON) as name -> value text; junk reads as none."""
    try:
        data = json.loads(report.indicators or "{}")
    except ValueError:
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


def _previous_meeting(session: Session, m: Meeting) -> Meeting | None:
    if m.series_id is None:
        return None
    return session.exec(
        select(Meeting)
        .where(Meeting.series_id == m.series_id, Meeting.starts_at < m.starts_at)
        .order_by(col(Meeting.starts_at).desc())
    ).first()


def report_grid(session: Session, meeting_id: int) -> list[OpdReportRow]:
    """One row per invited organization (plus any with a report), by name."""
    m = get_meeting(session, meeting_id)
    reports = {
        r.organization_id: r
        for r in session.exec(select(OpdReport).where(OpdReport.meeting_id == meeting_id))
    }
    org_ids = set(reports) | set(
        session.exec(
            select(Invitation.organization_id).where(
                Invitation.meeting_id == meeting_id,
                Invitation.organization_id != None,  # noqa: E711
            )
        ).all()
    )
    prev = _previous_meeting(session, m)
    prev_reports: dict[int, OpdReport] = {}
    if prev is not None:
        prev_reports = {
            r.organization_id: r
            for r in session.exec(select(OpdReport).where(OpdReport.meeting_id == prev.id))
        }
    orgs = (
        session.exec(
            select(Organization)
            .where(col(Organization.id).in_(org_ids))
            .order_by(col(Organization.name))
        ).all()
        if org_ids
        else []
    )
    out = []
    for org in orgs:
        r = reports.get(org.id or 0)
        p = prev_reports.get(org.id or 0)
        out.append(
            OpdReportRow(
                organization_id=org.id or 0,
                organization=org.name,
                budget_pct=r.budget_pct if r else None,
                physical_pct=r.physical_pct if r else None,
                indicators=stored_indicators(r) if r else {},
                obstacles=r.obstacles if r else "",
                innovation=r.innovation if r else "",
                prev_budget_pct=p.budget_pct if p else None,
                prev_physical_pct=p.physical_pct if p else None,
            )
        )
    return out


def upsert_report(
    session: Session, meeting_id: int, organization_id: int, **values: Any
) -> OpdReport:
    """Create or update one OPD's report; values are validated before anything is written."""
    unknown = set(values) - set(FIELDS)
    if unknown:
        raise ValueError(M("unknown report fields: {items}", items=sorted(unknown)))
    ensure_editable(session, meeting_id)
    if session.get(Organization, organization_id) is None:
        raise InvalidReport(M("OPD tidak ditemukan."))
    clean: dict[str, Any] = {}
    for key in ("budget_pct", "physical_pct"):
        if key in values:
            clean[key] = parse_pct(values[key], FIELD_LABELS[key])
    if "indicators" in values:
        clean["indicators"] = json.dumps(parse_indicators(values["indicators"]), ensure_ascii=False)
    for key in ("obstacles", "innovation"):
        if key in values:
            clean[key] = str(values[key] or "").strip()
    report = session.exec(
        select(OpdReport).where(
            OpdReport.meeting_id == meeting_id, OpdReport.organization_id == organization_id
        )
    ).first()
    if report is None:
        report = OpdReport(meeting_id=meeting_id, organization_id=organization_id)
    for k, v in clean.items():
        setattr(report, k, v)
    report.updated_at = utcnow()
    session.add(report)
    session.flush()
    if "indicators" in clean:
        from rakor_desktop.services.monev.values import sync_free_text

        sync_free_text(session, report, stored_indicators(report))
    return report
