"""Directives raised from a monev row: the chair's "follow this up" on an indicator.

The directive is an ordinary arahan of the meeting (same guard, same follow-up, same
carry-over), linked to its indicator so next month's carry-over and the Tindak Lanjut
list say which indicator it is about. The default text states the gap in numbers.
"""

from __future__ import annotations

from datetime import date

from sqlmodel import Session

from rakor_desktop.domain.models import Decision, FollowUp
from rakor_desktop.domain.monev import format_number
from rakor_desktop.messages import M
from rakor_desktop.services.meetings.decisions import add_directive
from rakor_desktop.services.monev.catalogue import find_indicator
from rakor_desktop.services.monev.evaluation import MonevRow, evaluate


def suggested_text(row: MonevRow) -> str:
    """ "Percepat capaian IKU-02 Prevalensi Stunting: 18,6 % terhadap target 17,4 (93,4 %)."."""
    ind = row.indicator
    unit = f" {ind.unit}" if ind.unit else ""
    if row.flags:
        return M(
            "Verifikasi data {code} {name} ({value}{unit}): {reasons}",
            code=ind.code,
            name=ind.name,
            value=format_number(row.realization),
            unit=unit,
            reasons="; ".join(f.reason.rstrip(".") for f in row.flags) + ".",
        )
    if row.realization is None:
        return M(
            "Laporkan realisasi {code} {name} tahun {year}.",
            code=ind.code,
            name=ind.name,
            year=row.year,
        )
    target = row.target.text() if row.target else "-"
    pct = f" ({format_number(row.result.pct)} %)" if row.result.pct is not None else ""
    return M(
        "Percepat capaian {code} {name}: {value}{unit} terhadap target {target}{pct}.",
        code=ind.code,
        name=ind.name,
        value=format_number(row.realization),
        unit=unit,
        target=target,
        pct=pct,
    )


def monev_row(session: Session, meeting_id: int, code: str) -> MonevRow:
    indicator = find_indicator(session, code)
    for row in evaluate(session, meeting_id=meeting_id).rows:
        if row.indicator.id == indicator.id:
            return row
    # Outside the meeting's cluster: evaluate it on its own at the meeting's date.
    report = evaluate(session, meeting_id=meeting_id, cluster=None)
    for row in report.rows:
        if row.indicator.id == indicator.id:
            return row
    raise LookupError(M('Indikator "{code}" tidak ada di katalog.', code=code))


def raise_directive(
    session: Session,
    meeting_id: int,
    code: str,
    *,
    text: str | None = None,
    organization_id: int | None = None,
    due_date: date | None = None,
) -> tuple[Decision, FollowUp]:
    """An arahan for the indicator's lead OPD (unless another is named), linked to it."""
    row = monev_row(session, meeting_id, code)
    return add_directive(
        session,
        meeting_id,
        text or suggested_text(row),
        organization_id=organization_id
        if organization_id is not None
        else row.indicator.lead_org_id,
        due_date=due_date,
        indicator_id=row.indicator.id,
    )
