"""Follow-ups (tindak lanjut): status derivation, listing, progress and carry-over.

"Terlambat" is never stored: it is an open follow-up whose due date has passed in
the office's time zone, so it cannot go stale when nobody edits the row. The same
rule runs in Python (:func:`effective_status`) and in SQL (:func:`_effective_expr`)
so filters, counts and the colour of a row always agree.

A follow-up is *carried* to every later meeting of its series that starts while it
is still open; the count is what makes a forgotten directive visible at the next
Rakor ("dibawa 2 kali").
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime

from sqlalchemy import and_, case, func, literal, or_
from sqlalchemy.orm import aliased
from sqlmodel import Session, col, select

from rakor_desktop.db.sql import select_row, stored_id
from rakor_desktop.domain.clock import given_or_now
from rakor_desktop.domain.enums import FOLLOWUP_LABELS, FollowUpStatus
from rakor_desktop.domain.models import (
    FollowUp,
    Indicator,
    Meeting,
    MeetingSeries,
    Organization,
    Person,
)
from rakor_desktop.domain.names import bounded_search
from rakor_desktop.domain.timefmt import iso_office, to_office
from rakor_desktop.domain.types import UTCDateTime
from rakor_desktop.messages import M
from rakor_desktop.services.office.settings import office_zone

OPEN_STATUSES = (FollowUpStatus.BELUM.value, FollowUpStatus.DALAM_PROSES.value)
CLOSED_STATUSES = (FollowUpStatus.SELESAI.value, FollowUpStatus.DIBATALKAN.value)
#: Effective statuses in the order the UI lists them.
ALL_STATUSES = (
    FollowUpStatus.BELUM,
    FollowUpStatus.DALAM_PROSES,
    FollowUpStatus.TERLAMBAT,
    FollowUpStatus.SELESAI,
    FollowUpStatus.DIBATALKAN,
)
PAGE_SIZE = 200
MAX_EVIDENCE_PATH = 500


class FollowUpError(ValueError):
    """A request the user can fix (unknown follow-up, bad date...); message in Indonesian."""


def effective_status(stored: str, due: date | None, today: date) -> FollowUpStatus:
    """The status to show: open and past due (strictly after the due day) -> TERLAMBAT."""
    status = FollowUpStatus(stored)
    if status.value in OPEN_STATUSES and due is not None and today > due:
        return FollowUpStatus.TERLAMBAT
    return status


def office_today(now: datetime, zone: str) -> date:
    """The calendar day in the office zone: what "past due" is measured against."""
    local = to_office(now, zone)
    assert local is not None
    return local.date()


def status_label(status: str) -> str:
    return FOLLOWUP_LABELS.get(FollowUpStatus(status), status)


# --------------------------------------------------------------------------- rows


@dataclass(frozen=True, slots=True)
class FollowUpRow:
    """One follow-up as every list shows it (table, CLI, Excel, dashboard)."""

    id: int
    uuid: str
    meeting_id: int
    meeting_title: str
    meeting_starts_at: datetime
    series_id: int | None
    series: str | None
    organization_id: int | None
    organization: str
    organization_short: str
    pic_id: int | None
    pic: str
    problem: str
    action: str
    due_date: date | None
    stored_status: str
    status: str  # effective, may be "terlambat"
    percent: int
    remark: str
    completed_at: datetime | None
    updated_at: datetime
    carried: int
    indicator: str = ""  # the monev indicator's code when raised from a monev row

    @property
    def status_label(self) -> str:
        return status_label(self.status)

    @property
    def is_open(self) -> bool:
        return self.stored_status in OPEN_STATUSES

    def as_json(self, zone: str) -> dict:
        return {
            "id": self.id,
            "uuid": self.uuid,
            "meeting_id": self.meeting_id,
            "meeting": self.meeting_title,
            "meeting_starts_at": iso_office(self.meeting_starts_at, zone),
            "series": self.series,
            "organization": self.organization or None,
            "pic": self.pic or None,
            "problem": self.problem,
            "action": self.action,
            "due_date": self.due_date.isoformat() if self.due_date else None,
            "status": self.status,
            "stored_status": self.stored_status,
            "percent": self.percent,
            "remark": self.remark,
            "completed_at": iso_office(self.completed_at, zone),
            "carried": self.carried,
            "indicator": self.indicator or None,
        }


@dataclass(frozen=True, slots=True)
class FollowUpFilter:
    """What the Tindak Lanjut page, the CLI and the Excel export filter on.

    ``statuses`` are effective statuses (``terlambat`` included); empty means all.
    ``text`` matches problem, action, remark, OPD and PIC, case-insensitively.
    """

    organization_ids: tuple[int, ...] = ()
    statuses: tuple[str, ...] = ()
    series_id: int | None = None
    meeting_id: int | None = None
    due_from: date | None = None
    due_to: date | None = None
    text: str = ""
    ids: tuple[int, ...] = ()

    def with_(self, **changes: object) -> FollowUpFilter:
        return replace(self, **changes)  # type: ignore[arg-type]


SORT_KEYS = (
    "id",
    "meeting",
    "organization",
    "problem",
    "action",
    "due_date",
    "status",
    "percent",
    "carried",
)

_Source = aliased(Meeting, name="source_meeting")
_Later = aliased(Meeting, name="later_meeting")
_Pic = aliased(Person, name="pic")


def _series_expr():
    return func.coalesce(FollowUp.series_id, _Source.series_id)


def _effective_expr(today: date):
    """SQL twin of :func:`effective_status`."""
    return case(
        (
            and_(
                col(FollowUp.status).in_(OPEN_STATUSES),
                col(FollowUp.due_date).is_not(None),
                col(FollowUp.due_date) < today,
            ),
            literal(FollowUpStatus.TERLAMBAT.value),
        ),
        else_=FollowUp.status,
    )


def _closed_at_expr(as_of: datetime):
    """Until when a follow-up was open: ``as_of`` while open, its closing time after."""
    return case(
        (col(FollowUp.status).in_(OPEN_STATUSES), literal(as_of, UTCDateTime)),
        else_=func.coalesce(FollowUp.completed_at, FollowUp.updated_at),
    )


def _carried_expr(as_of: datetime):
    """Number of later meetings of the series that started while the item was open."""
    return (
        select(func.count(col(_Later.id)))
        .where(
            _Later.series_id == _series_expr(),
            _Later.starts_at > _Source.starts_at,
            _Later.starts_at <= as_of,
            _Later.starts_at <= _closed_at_expr(as_of),
        )
        .correlate(FollowUp, _Source)
        .scalar_subquery()
    )


def _row_stmt(today: date, as_of: datetime):
    series = _series_expr()
    return (
        select_row(
            FollowUp,
            _Source.title,
            _Source.starts_at,
            series.label("series_id"),
            MeetingSeries.name,
            Organization.name,
            Organization.short_name,
            _Pic.full_name,
            _effective_expr(today).label("effective"),
            _carried_expr(as_of).label("carried"),
            Indicator.code,
        )
        .join(_Source, col(FollowUp.meeting_id) == _Source.id)
        .join(MeetingSeries, MeetingSeries.id == series, isouter=True)
        .join(Organization, col(FollowUp.organization_id) == col(Organization.id), isouter=True)
        .join(_Pic, col(FollowUp.pic_id) == _Pic.id, isouter=True)
        .join(Indicator, col(FollowUp.indicator_id) == col(Indicator.id), isouter=True)
    )


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _apply_filter(stmt, flt: FollowUpFilter, today: date):
    if flt.ids:
        stmt = stmt.where(col(FollowUp.id).in_(flt.ids))
    if flt.organization_ids:
        stmt = stmt.where(col(FollowUp.organization_id).in_(flt.organization_ids))
    if flt.series_id is not None:
        stmt = stmt.where(_series_expr() == flt.series_id)
    if flt.meeting_id is not None:
        stmt = stmt.where(FollowUp.meeting_id == flt.meeting_id)
    if flt.due_from is not None:
        stmt = stmt.where(col(FollowUp.due_date) >= flt.due_from)
    if flt.due_to is not None:
        stmt = stmt.where(col(FollowUp.due_date) <= flt.due_to)
    if flt.statuses:
        wanted = {FollowUpStatus(s) for s in flt.statuses}
        stmt = stmt.where(_effective_expr(today).in_([s.value for s in wanted]))
    text = " ".join(bounded_search(flt.text).split())
    if text:
        for word in text.split(" "):
            pattern = f"%{_escape_like(word)}%"
            stmt = stmt.where(
                or_(
                    col(FollowUp.problem).ilike(pattern, escape="\\"),
                    col(FollowUp.action).ilike(pattern, escape="\\"),
                    col(FollowUp.remark).ilike(pattern, escape="\\"),
                    col(Organization.name).ilike(pattern, escape="\\"),
                    col(Organization.short_name).ilike(pattern, escape="\\"),
                    col(_Pic.full_name).ilike(pattern, escape="\\"),
                )
            )
    return stmt


def _order(sort: str, descending: bool, today: date, as_of: datetime) -> list:
    keys = {
        "id": FollowUp.id,
        "meeting": _Source.starts_at,
        "organization": Organization.name,
        "problem": FollowUp.problem,
        "action": FollowUp.action,
        "due_date": FollowUp.due_date,
        "status": _effective_expr(today),
        "percent": FollowUp.percent,
        "carried": _carried_expr(as_of),
    }
    if sort not in keys:
        raise ValueError(M("kunci urut tidak dikenal: {sort}", sort=sort))
    key = keys[sort]
    first = key.desc() if descending else key.asc()
    # Items without a due date / OPD go last either way; id makes paging stable.
    return [first.nulls_last(), col(FollowUp.id).desc() if descending else col(FollowUp.id)]


def _to_row(r: tuple) -> FollowUpRow:
    fu, title, starts_at, series_id, series, org, org_short, pic, effective, carried, code = r
    return FollowUpRow(
        id=fu.id or 0,
        uuid=fu.uuid,
        meeting_id=fu.meeting_id,
        meeting_title=title,
        meeting_starts_at=starts_at,
        series_id=series_id,
        series=series,
        organization_id=fu.organization_id,
        organization=org or "",
        organization_short=org_short or "",
        pic_id=fu.pic_id,
        pic=pic or "",
        problem=fu.problem,
        action=fu.action,
        due_date=fu.due_date,
        stored_status=fu.status,
        status=effective,
        percent=fu.percent,
        remark=fu.remark,
        completed_at=fu.completed_at,
        updated_at=fu.updated_at,
        carried=int(carried or 0),
        indicator=code or "",
    )


def _now(now: datetime | None) -> datetime:
    return given_or_now(now)


def list_followups(
    session: Session,
    flt: FollowUpFilter | None = None,
    *,
    now: datetime | None = None,
    offset: int = 0,
    limit: int | None = None,
    sort: str = "due_date",
    descending: bool = False,
    zone: str | None = None,
) -> list[FollowUpRow]:
    """One page of follow-ups matching ``flt``, sorted in SQL (the table pages through).

    Two steps: the page's ids are found with a narrow query (filter, sort, offset,
    limit), then only those rows get the joins and the per-row "carried" count, so
    a page of 200 out of 5,000 does not compute 5,000 counts before sorting.
    """
    now = _now(now)
    today = office_today(now, zone or office_zone(session))
    ids_stmt = _apply_filter(_base_stmt(FollowUp.id), flt or FollowUpFilter(), today)
    ids_stmt = ids_stmt.order_by(*_order(sort, descending, today, now)).offset(offset)
    if limit is not None:
        ids_stmt = ids_stmt.limit(limit)
    ids = [int(i) for i in session.exec(ids_stmt).all()]
    rows: dict[int, FollowUpRow] = {}
    for start in range(0, len(ids), _ID_CHUNK):
        chunk = ids[start : start + _ID_CHUNK]
        for r in session.exec(_row_stmt(today, now).where(col(FollowUp.id).in_(chunk))).all():
            row = _to_row(r)
            rows[row.id] = row
    return [rows[i] for i in ids if i in rows]


_ID_CHUNK = 900  # bound parameters per IN list, safe on every backend


def _base_stmt(*columns):
    """The joins that filters and sort keys refer to, selecting only ``columns``."""
    return (
        select(*columns)
        .select_from(FollowUp)
        .join(_Source, FollowUp.meeting_id == _Source.id)
        .join(Organization, FollowUp.organization_id == Organization.id, isouter=True)
        .join(_Pic, FollowUp.pic_id == _Pic.id, isouter=True)
    )


def count_followups(
    session: Session,
    flt: FollowUpFilter | None = None,
    *,
    now: datetime | None = None,
    zone: str | None = None,
) -> int:
    now = _now(now)
    today = office_today(now, zone or office_zone(session))
    stmt = _base_stmt(func.count(col(FollowUp.id)))
    return int(session.exec(_apply_filter(stmt, flt or FollowUpFilter(), today)).one())


def status_counts(
    session: Session,
    flt: FollowUpFilter | None = None,
    *,
    now: datetime | None = None,
    zone: str | None = None,
) -> dict[str, int]:
    """Effective status -> count for the filter (status filter ignored: these are the chips)."""
    now = _now(now)
    today = office_today(now, zone or office_zone(session))
    eff = _effective_expr(today).label("effective")
    flt = (flt or FollowUpFilter()).with_(statuses=())
    stmt = _apply_filter(_base_stmt(eff, func.count(col(FollowUp.id))), flt, today).group_by(eff)
    counts = {s.value: 0 for s in ALL_STATUSES}
    for status, n in session.exec(stmt).all():
        counts[status] = int(n)
    return counts


def get_followup(
    session: Session, followup_id: int, *, now: datetime | None = None
) -> FollowUpRow | None:
    rows = list_followups(session, FollowUpFilter(ids=(followup_id,)), now=now)
    return rows[0] if rows else None


@dataclass(frozen=True, slots=True)
class Choice:
    id: int
    name: str
    count: int = 0


@dataclass(frozen=True, slots=True)
class FilterOptions:
    """What the filter combos offer: only OPDs and series that have follow-ups."""

    organizations: list[Choice] = field(default_factory=list)
    series: list[Choice] = field(default_factory=list)


def filter_options(session: Session) -> FilterOptions:
    orgs = session.exec(
        select(col(Organization.id), col(Organization.name), func.count(col(FollowUp.id)))
        .join(FollowUp, col(FollowUp.organization_id) == col(Organization.id))
        .group_by(col(Organization.id), col(Organization.name))
        .order_by(Organization.name)
    ).all()
    series_expr = _series_expr()
    series = session.exec(
        select(col(MeetingSeries.id), col(MeetingSeries.name), func.count(col(FollowUp.id)))
        .select_from(FollowUp)
        .join(_Source, col(FollowUp.meeting_id) == _Source.id)
        .join(MeetingSeries, MeetingSeries.id == series_expr)
        .group_by(col(MeetingSeries.id), col(MeetingSeries.name))
        .order_by(MeetingSeries.name)
    ).all()
    return FilterOptions(
        organizations=[Choice(stored_id(i), n, int(c)) for i, n, c in orgs],
        series=[Choice(stored_id(i), n, int(c)) for i, n, c in series],
    )
