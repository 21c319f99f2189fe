"""The demo regency must look like a real Pemkab to every screen that reads it.

Most checks read the session-wide demo database (built with the real "today");
determinism and date-independence build their own with fixed dates.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter, defaultdict
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func
from sqlmodel import Session, select

from rakor_desktop.db import Database, open_database
from rakor_desktop.demo import data as demo_data
from rakor_desktop.demo.builder import DemoRefused, populate_demo
from rakor_desktop.domain.enums import (
    AbsenceStatus,
    FollowUpStatus,
    MeetingStatus,
    OrgKind,
)
from rakor_desktop.domain.models import (
    AgendaItem,
    Attendance,
    Decision,
    FollowUp,
    FollowUpUpdate,
    Invitation,
    Meeting,
    MeetingSeries,
    MinutesRevision,
    Note,
    OpdReport,
    Organization,
    Person,
)
from rakor_desktop.domain.names import name_key
from rakor_desktop.domain.nip import NipKind, parse_nip
from rakor_desktop.domain.timefmt import to_office
from rakor_desktop.domain.types import utcnow
from rakor_desktop.services.directory.people import create_person, list_people
from rakor_desktop.services.followups.query import effective_status, office_today
from rakor_desktop.services.meetings.listing import list_meetings, next_meeting
from rakor_desktop.services.office.settings import get_office

PAST_STATUSES = {MeetingStatus.FINALIZED.value, MeetingStatus.CLOSED.value}


def _orgs(s: Session) -> dict[int, Organization]:
    return {o.id: o for o in s.exec(select(Organization))}


def _people(s: Session) -> dict[int, Person]:
    return {p.id: p for p in s.exec(select(Person))}


def _rakor_series(s: Session) -> MeetingSeries:
    return s.exec(select(MeetingSeries).where(MeetingSeries.name == demo_data.RAKOR_SERIES)).one()


def _build(path: Path, *, today: date, seed: int = 2025) -> tuple[Database, dict[str, int]]:
    database = open_database(path)
    with database.session(write=True) as s:
        stats = populate_demo(s, today=today, seed=seed)
    return database, stats


# --- directory ------------------------------------------------------------------------


def test_regency_has_about_forty_opds_and_the_fourteen_kecamatan(demo_db: Database) -> None:
    with demo_db.session() as s:
        orgs = list(_orgs(s).values())
        office = get_office(s)
    kecamatan = sorted(o.name for o in orgs if o.kind == OrgKind.KECAMATAN)
    opds = [o for o in orgs if o.kind != OrgKind.KECAMATAN]
    assert kecamatan == sorted(f"Kecamatan {k}" for k in demo_data.KECAMATAN)
    assert len(kecamatan) == 14
    assert 38 <= len(opds) <= 45
    by_short = {o.short_name: o for o in opds}
    for short in ("Dinkes", "Bappeda", "BKD", "Inspektorat", "Satpol PP", "RSUD", "DPUPR"):
        assert short in by_short
    # Ekobang (Asisten II) coordinates the economy and infrastructure OPDs.
    for short in ("DPUPR", "Dishub", "Distan", "Disperindag", "Bappeda", "Bag. Perekonomian"):
        assert by_short[short].asisten == "II", short
    assert by_short["Setda"].kind == OrgKind.SETDA and by_short["Setda"].asisten is None
    assert {o.asisten for o in orgs if o.kind != OrgKind.SETDA} == {"I", "II", "III"}
    bagian = [o for o in opds if o.kind == OrgKind.BAGIAN]
    assert bagian and all(o.parent_id == by_short["Setda"].id for o in bagian)
    assert office.regency_name == "PEMERINTAH KABUPATEN PEMALANG"
    assert office.unit_name == "SEKRETARIAT DAERAH"
    assert "pemalangkab.go.id" in office.address_line and office.city == "Pemalang"
    assert office.time_zone == "WIB" and office.paper == "A4" and office.qr_secret


def test_every_organization_has_exactly_one_head_with_a_fitting_jabatan(demo_db: Database) -> None:
    with demo_db.session() as s:
        orgs = _orgs(s)
        people = list(_people(s).values())
    heads: dict[int, list[Person]] = defaultdict(list)
    for p in people:
        if p.is_head:
            heads[p.organization_id].append(p)
    assert set(heads) == set(orgs)
    for org_id, org_heads in heads.items():
        assert len(org_heads) == 1, orgs[org_id].name
        head, org = org_heads[0], orgs[org_id]
        if org.kind == OrgKind.KECAMATAN:
            assert head.jabatan == "Camat " + org.name.removeprefix("Kecamatan ")
            assert head.pangkat in ("Pembina Tingkat I (IV/b)", "Pembina (IV/a)")
        elif org.kind == OrgKind.DINAS:
            assert head.jabatan == f"Kepala {org.name}"
            assert head.pangkat in ("Pembina Utama Muda (IV/c)", "Pembina Tingkat I (IV/b)")
        elif org.kind == OrgKind.BAGIAN:
            assert head.jabatan == f"Kepala {org.name}"
    by_short = {o.short_name: o.id for o in orgs.values()}
    assert heads[by_short["Setda"]][0].jabatan == "Sekretaris Daerah"
    assert heads[by_short["Dinkes"]][0].jabatan == "Kepala Dinas Kesehatan"


def test_directory_size_names_titles_and_phones(demo_db: Database) -> None:
    with demo_db.session() as s:
        people = list(_people(s).values())
    assert 350 <= len(people) <= 450
    by_name = {p.full_name: p for p in people}
    bupati = by_name["Dr. H. Anom Widiyantoro, S.H., M.H."]
    wabup = by_name["Nurkholes"]
    assert bupati.nip is None and wabup.nip is None
    assert bupati.jabatan == "Bupati Pemalang" and wabup.jabatan == "Wakil Bupati Pemalang"
    sekda = next(p for p in people if p.jabatan == "Sekretaris Daerah")
    assert sekda.nip and sekda.pangkat == "Pembina Utama Madya (IV/d)"
    for jabatan in demo_data.ASISTEN.values():
        asisten = next(p for p in people if p.jabatan == jabatan)
        assert asisten.nip and "(IV/" in asisten.pangkat
    assert all(p.name_key == name_key(p.full_name) for p in people)
    assert len({p.name_key for p in people}) == len(people)
    phone = re.compile(r"^08\d{2}-\d{4}-\d{4}$")
    assert all(phone.match(p.phone) for p in people if p.phone)
    assert sum(1 for p in people if p.phone) > 0.9 * len(people)
    # Names that exercise diacritic- and apostrophe-insensitive search exist.
    assert any("é" in p.full_name for p in people)
    assert any("’" in p.full_name or "'" in p.full_name for p in people)


def test_search_finds_names_without_their_diacritics(demo_db: Database) -> None:
    with demo_db.session() as s:
        hits = [r.name for r in list_people(s, "seno aji")]
        apostrophe = [r.name for r in list_people(s, "ma rifah")]
    assert "Séno Aji Nugroho, S.Kom." in hits
    assert "Siti Ma'rifah, S.K.M." in apostrophe


def test_nips_are_valid_unique_and_mixed_with_pppk_and_none(demo_db: Database) -> None:
    with demo_db.session() as s:
        people = list(_people(s).values())
    nips = [p.nip for p in people if p.nip]
    assert len(nips) == len(set(nips))
    kinds: Counter[NipKind] = Counter()
    for p in people:
        if p.nip is None:
            continue
        nip = parse_nip(p.nip)
        kinds[nip.kind] += 1
        assert nip.appointment_year >= nip.birth_date.year + 18, p.full_name
        assert 1 <= nip.sequence <= 999
        if nip.kind is NipKind.PPPK:
            assert p.nip[12:14] == "21"
            assert "PPPK" in p.pangkat
        else:
            assert nip.appointment_month is not None
    without = sum(1 for p in people if p.nip is None)
    assert 0.03 * len(people) <= kinds[NipKind.PPPK] <= 0.08 * len(people)
    assert 0.03 * len(people) <= without <= 0.08 * len(people)
    # Non-ASN staff carry no pangkat; heads are always civil servants.
    assert all(p.pangkat == "" for p in people if p.nip is None)
    assert all(p.nip for p in people if p.is_head)


# --- meetings -------------------------------------------------------------------------


def test_ten_past_monthly_rakor_on_last_mondays_at_nine_wib(demo_db: Database) -> None:
    with demo_db.session() as s:
        series = _rakor_series(s)
        meetings = list(
            s.exec(
                select(Meeting).where(Meeting.series_id == series.id).order_by(Meeting.starts_at)
            )
        )
        people = _people(s)
        orgs = _orgs(s)
    today = office_today(utcnow(), "WIB")
    past = [m for m in meetings if m.status in PAST_STATUSES]
    assert len(past) == 10
    assert json.loads(series.agenda_template)[0] == {
        "title": "Pembukaan oleh Bupati",
        "planned_minutes": 10,
    }
    assert people[series.chair_id].jabatan == "Bupati Pemalang"
    months = set()
    for m in past:
        local = to_office(m.starts_at, "WIB")
        assert local.time() == time(9, 0) and local.weekday() == 0
        assert (local.date() + timedelta(days=7)).month != local.month  # last Monday
        assert local.date() < today
        months.add((local.year, local.month))
        assert to_office(m.ends_at, "WIB").time() == time(12, 0)
        assert m.place == "Sasana Bhakti Praja"
        assert re.fullmatch(r"005/\d{1,4}/\d{4}", m.letter_number)
        assert m.letter_date is not None and m.letter_date < local.date()
        assert people[m.chair_id].jabatan in ("Bupati Pemalang", "Wakil Bupati Pemalang")
        assert people[m.secretary_id].jabatan in ("Sekretaris Daerah", demo_data.ASISTEN["I"])
        assert orgs[people[m.notulis_id].organization_id].short_name in (
            "Bag. Pemerintahan",
            "Bag. Prokopim",
        )
        assert m.closed_at is not None and m.closed_at > m.starts_at
    assert len(months) == 10
    assert past[-1].status == MeetingStatus.CLOSED
    assert all(m.status == MeetingStatus.FINALIZED for m in past[:-1])


def test_finalized_meetings_carry_their_signed_minutes_revision(demo_db: Database) -> None:
    with demo_db.session() as s:
        meetings = {m.id: m for m in s.exec(select(Meeting))}
        revisions = list(s.exec(select(MinutesRevision)))
        people = _people(s)
    finalized = {i for i, m in meetings.items() if m.status == MeetingStatus.FINALIZED}
    assert len(finalized) == 9
    assert sorted(r.meeting_id for r in revisions) == sorted(finalized)
    for rev in revisions:
        meeting = meetings[rev.meeting_id]
        assert rev.number == 1 and rev.reason == ""
        assert rev.sha256 == hashlib.sha256(rev.content.encode("utf-8")).hexdigest()
        assert meeting.uuid in rev.content and meeting.title in rev.content
        assert meeting.closed_at < rev.created_at < utcnow()
        assert rev.finalized_by == people[meeting.notulis_id].full_name


def test_exactly_one_upcoming_meeting_with_invitations_and_no_attendance(demo_db: Database) -> None:
    now = utcnow()
    with demo_db.session() as s:
        summaries = list_meetings(s)
        upcoming = [m for m in summaries if m.starts_at > now and m.invited > 0]
        nxt = next_meeting(s, now)
        assert len(upcoming) == 1
        meeting = s.get(Meeting, upcoming[0].id)
        items = list(
            s.exec(
                select(AgendaItem)
                .where(AgendaItem.meeting_id == meeting.id)
                .order_by(AgendaItem.position)
            )
        )
        invitations = list(s.exec(select(Invitation).where(Invitation.meeting_id == meeting.id)))
        series = _rakor_series(s)
    only = upcoming[0]
    assert only.status == MeetingStatus.SCHEDULED and only.attended == 0
    assert nxt is not None and nxt.id == only.id
    assert meeting.series_id == series.id
    days_ahead = (to_office(meeting.starts_at, "WIB").date() - office_today(now, "WIB")).days
    assert 5 <= days_ahead <= 20
    assert only.invited >= 55 and all(i.sent_at and i.sent_at < now for i in invitations)
    assert all(i.absence_status is None for i in invitations)
    titles = [i.title for i in items]
    template = [t["title"] for t in json.loads(series.agenda_template)]
    assert [t for t in titles if t != demo_data.CARRY_OVER_TITLE] == template
    carry = [i for i in items if i.is_carry_over]
    assert len(carry) == 1 and carry[0].title == "Tindak lanjut rapat sebelumnya"
    assert all(i.actual_start is None for i in items)
    # Drafts lie further ahead and have no invitations yet.
    drafts = [m for m in summaries if m.status == MeetingStatus.DRAFT]
    assert len(drafts) >= 2
    assert all(d.series is None and d.invited == 0 and d.starts_at > only.starts_at for d in drafts)


def test_invitations_cover_every_opd_head_and_camat(demo_db: Database) -> None:
    with demo_db.session() as s:
        series = _rakor_series(s)
        meeting = s.exec(
            select(Meeting).where(Meeting.series_id == series.id).order_by(Meeting.starts_at)
        ).first()
        invited = {
            i.person_id
            for i in s.exec(select(Invitation).where(Invitation.meeting_id == meeting.id))
        }
        heads = {p.id for p in s.exec(select(Person).where(Person.is_head == True))}  # noqa: E712
        tokens = s.exec(select(func.count(func.distinct(Invitation.token)))).one()
        total = s.exec(select(func.count()).select_from(Invitation)).one()
    assert heads <= invited
    assert tokens == total


def test_attendance_has_delegates_walk_ins_late_arrivals_and_absences(demo_db: Database) -> None:
    with demo_db.session() as s:
        people = _people(s)
        meetings = {m.id: m for m in s.exec(select(Meeting))}
        invitations = {i.id: i for i in s.exec(select(Invitation))}
        rows = list(s.exec(select(Attendance)))
    assert rows
    by_meeting: dict[int, list[Attendance]] = defaultdict(list)
    for a in rows:
        by_meeting[a.meeting_id].append(a)
        meeting = meetings[a.meeting_id]
        assert meeting.status in PAST_STATUSES
        local = to_office(a.checked_in_at, "WIB")
        assert time(8, 30) <= local.time() <= time(9, 20, 59)
        assert a.is_late == (a.checked_in_at > meeting.starts_at)
        if a.is_walk_in:
            assert a.invitation_id is None and a.delegate_for_id is None
        else:
            inv = invitations[a.invitation_id]
            assert inv.meeting_id == a.meeting_id
            if a.delegate_for_id is None:
                assert inv.person_id == a.person_id
            else:
                # A staff member of the same OPD came instead of the invitee.
                assert inv.person_id == a.delegate_for_id != a.person_id
                assert (
                    people[a.person_id].organization_id == people[a.delegate_for_id].organization_id
                )
                assert not people[a.person_id].is_head
    assert sum(1 for a in rows if a.delegate_for_id) >= 10
    assert sum(1 for a in rows if a.is_walk_in) >= 10
    assert 0.1 < sum(1 for a in rows if a.is_late) / len(rows) < 0.45
    # Invitees with neither attendance nor delegate carry an absence status.
    attended_invitations = {a.invitation_id for a in rows if a.invitation_id}
    for meeting_id in by_meeting:
        invs = [i for i in invitations.values() if i.meeting_id == meeting_id]
        came = [i for i in invs if i.id in attended_invitations]
        assert 0.82 <= len(came) / len(invs) <= 1.0
        for inv in invs:
            if inv.id in attended_invitations:
                assert inv.absence_status is None
            else:
                assert inv.absence_status in {
                    AbsenceStatus.IZIN,
                    AbsenceStatus.SAKIT,
                    AbsenceStatus.TUGAS_LUAR,
                    AbsenceStatus.TANPA_KETERANGAN,
                }
    statuses = {i.absence_status for i in invitations.values() if i.absence_status}
    assert len(statuses) >= 3


def test_past_meetings_have_timed_agenda_notes_and_decisions(demo_db: Database) -> None:
    with demo_db.session() as s:
        past = list(s.exec(select(Meeting).where(Meeting.status.in_(PAST_STATUSES))))
        items = list(s.exec(select(AgendaItem)))
        notes = list(s.exec(select(Note)))
        decisions = list(s.exec(select(Decision)))
    assert len(past) == 11  # ten Rakor plus the Ekobang rakor
    notes_by_item = {n.agenda_item_id: n for n in notes}
    for m in past:
        agenda = sorted((i for i in items if i.meeting_id == m.id), key=lambda i: i.position)
        assert [i.position for i in agenda] == list(range(len(agenda)))  # as services.agenda
        assert agenda[0].presenter_id == m.chair_id
        for prev, item in zip(agenda, agenda[1:], strict=False):
            assert prev.actual_end <= item.actual_start
        for item in agenda:
            assert item.actual_start < item.actual_end
            body = notes_by_item[item.id].body
            lines = body.splitlines()
            assert 1 <= len(lines) <= 6 and all(line.startswith("- ") for line in lines)
        mine = sorted(d.position for d in decisions if d.meeting_id == m.id)
        assert mine == list(range(len(mine)))  # as services.decisions numbers them
        kinds = Counter(d.kind for d in decisions if d.meeting_id == m.id)
        assert kinds["arahan"] >= 4 and kinds["keputusan"] + kinds["kesimpulan"] >= 2
    text = " ".join(n.body for n in notes)
    for topic in ("kolaborasi antar-OPD", "valid", "stunting", "PAD", "kemiskinan"):
        assert topic in text, topic
    assert "{" not in text and "}" not in text  # every placeholder was filled
    # Only later meetings of the series carry last month's follow-ups as an agenda item.
    carry = [i for i in items if i.is_carry_over]
    assert carry and all(i.title == demo_data.CARRY_OVER_TITLE for i in carry)


def test_decisions_sit_under_the_agenda_item_they_were_given_in(demo_db: Database) -> None:
    with demo_db.session() as s:
        items = {i.id: i for i in s.exec(select(AgendaItem))}
        decisions = list(s.exec(select(Decision)))
    for d in decisions:
        if d.agenda_item_id is not None:
            assert items[d.agenda_item_id].meeting_id == d.meeting_id

    def title_of(fragment: str) -> set[str]:
        return {
            items[d.agenda_item_id].title
            for d in decisions
            if fragment in d.text and d.agenda_item_id is not None
        }

    assert title_of("Realisasi anggaran kumulatif") <= {"Penyerapan anggaran dan PAD"}
    assert title_of("Capaian IKU triwulan berjalan") <= {"Evaluasi capaian kinerja triwulan"}
    assert title_of("rawan banjir dan longsor") <= {"Kendala di lapangan"}
    assert title_of("matriks keterkaitan program dan kegiatan") == {
        "Keselarasan program OPD dengan IKU RPJMD"
    }


def test_ekobang_rakor_is_chaired_by_asisten_ii_for_its_opds_only(demo_db: Database) -> None:
    with demo_db.session() as s:
        meeting = s.exec(
            select(Meeting).where(Meeting.title.startswith("Rakor Bidang Ekobang Tahun"))
        ).one()
        chair = s.get(Person, meeting.chair_id)
        orgs = _orgs(s)
        invited_orgs = {
            orgs[i.organization_id].asisten
            for i in s.exec(select(Invitation).where(Invitation.meeting_id == meeting.id))
        }
        followups = list(s.exec(select(FollowUp).where(FollowUp.meeting_id == meeting.id)))
        notes = " ".join(n.body for n in s.exec(select(Note).where(Note.meeting_id == meeting.id)))
    assert meeting.title.endswith(str(to_office(meeting.starts_at, "WIB").year))
    assert chair.jabatan == demo_data.ASISTEN["II"]
    assert meeting.place == "Ruang Rapat Lantai I Kantor Bupati"
    assert meeting.status == MeetingStatus.CLOSED
    assert invited_orgs == {"II"}
    assert len(followups) >= 4 and all(f.series_id == meeting.series_id for f in followups)
    assert "IKU" in notes and "IKD" in notes


# --- follow-ups and reports -----------------------------------------------------------


def test_follow_ups_cover_every_status_including_overdue(demo_db: Database) -> None:
    today = office_today(utcnow(), "WIB")
    with demo_db.session() as s:
        followups = list(s.exec(select(FollowUp)))
        meetings = {m.id: m for m in s.exec(select(Meeting))}
        people = _people(s)
        decisions = {d.id: d for d in s.exec(select(Decision))}
        updates = list(s.exec(select(FollowUpUpdate)))
    shown = Counter(effective_status(f.status, f.due_date, today) for f in followups)
    assert set(shown) == set(FollowUpStatus), shown
    for f in followups:
        assert f.organization_id and f.pic_id and f.due_date and f.problem and f.action
        assert f.series_id == meetings[f.meeting_id].series_id
        assert people[f.pic_id].organization_id == f.organization_id
        assert decisions[f.decision_id].kind == "arahan"
        assert decisions[f.decision_id].meeting_id == f.meeting_id
        if f.status == FollowUpStatus.SELESAI:
            assert f.percent == 100 and f.completed_at is not None
        else:
            assert f.completed_at is None and f.percent < 100
        if f.status == FollowUpStatus.BELUM:
            assert f.percent == 0
    now = utcnow()
    assert updates and all(u.at < now for u in updates)
    assert any(u.meeting_id for u in updates)  # some progress was reported at a later Rakor
    by_followup: dict[int, list[FollowUpUpdate]] = defaultdict(list)
    for u in updates:
        by_followup[u.follow_up_id].append(u)
    for f in followups:
        history = sorted(by_followup[f.id], key=lambda u: u.at)
        if f.status in (FollowUpStatus.SELESAI, FollowUpStatus.DIBATALKAN):
            assert history and history[-1].status == f.status
        if history:
            assert history[0].at > meetings[f.meeting_id].starts_at


def test_opd_reports_trend_upward_with_laggards(demo_db: Database) -> None:
    with demo_db.session() as s:
        meetings = {m.id: m for m in s.exec(select(Meeting))}
        orgs = _orgs(s)
        reports = list(s.exec(select(OpdReport)))
        series = _rakor_series(s)
    rakor = [m for m in meetings.values() if m.series_id == series.id and m.status in PAST_STATUSES]
    per_meeting = Counter(r.meeting_id for r in reports)
    assert all(per_meeting[m.id] >= 40 for m in rakor)
    trend: dict[int, list[tuple[datetime, float, float]]] = defaultdict(list)
    for r in reports:
        assert 0 < r.budget_pct <= 100 and r.budget_pct <= r.physical_pct <= 100
        assert isinstance(json.loads(r.indicators), dict) and json.loads(r.indicators)
        trend[r.organization_id].append(
            (meetings[r.meeting_id].starts_at, r.budget_pct, r.physical_pct)
        )
    for points in trend.values():
        points.sort()
        for (t0, b0, p0), (t1, b1, p1) in zip(points, points[1:], strict=False):
            if t0.year == t1.year:  # cumulative within a fiscal year
                assert b1 >= b0 and p1 >= p0
    # Early in a fiscal year everyone is near 0%; from June on the laggards clearly trail.
    # Ten consecutive months always include a Rakor in June-December.
    mid_year = max(m.starts_at for m in rakor if to_office(m.starts_at, "WIB").month >= 6)
    at = {
        orgs[r.organization_id].short_name: r.budget_pct
        for r in reports
        if meetings[r.meeting_id].starts_at == mid_year
    }
    ordered = sorted(at.values())
    median = ordered[len(ordered) // 2]
    assert all(at[short] < median for short in demo_data.LAGGARDS)
    dinsos = next(r for r in reports if orgs[r.organization_id].short_name == "Dinsos")
    assert re.fullmatch(r"\d+,\d", json.loads(dinsos.indicators)["IKU kemiskinan (%)"])
    assert any(r.obstacles for r in reports) and any(r.innovation for r in reports)


# --- contract -------------------------------------------------------------------------


def test_stats_report_what_was_stored(tmp_path: Path) -> None:
    database, stats = _build(tmp_path / "a.sqlite", today=date(2025, 8, 26))
    try:
        with database.session() as s:
            assert stats["orang"] == s.exec(select(func.count()).select_from(Person)).one()
            assert stats["rapat"] == s.exec(select(func.count()).select_from(Meeting)).one()
            assert (
                stats["tindak lanjut"] == s.exec(select(func.count()).select_from(FollowUp)).one()
            )
            assert (
                stats["OPD"] + stats["kecamatan"]
                == s.exec(select(func.count()).select_from(Organization)).one()
            )
            # With "today" the day after the seed's Rakor, that Rakor is the latest one.
            latest = s.exec(
                select(Meeting)
                .where(Meeting.status == MeetingStatus.CLOSED)
                .order_by(Meeting.starts_at.desc())
            ).first()
            assert to_office(latest.starts_at, "WIB").date() == date(2025, 8, 25)
    finally:
        database.dispose()
    assert stats["kecamatan"] == 14 and all(v > 0 for v in stats.values())


def test_same_seed_same_regency_other_seed_other_people(tmp_path: Path) -> None:
    day = date(2026, 2, 10)

    def snapshot(path: Path, seed: int) -> tuple[list, list, list]:
        database, _ = _build(path, today=day, seed=seed)
        try:
            with database.session() as s:
                people = [
                    (p.full_name, p.nip, p.jabatan, p.pangkat, p.phone)
                    for p in s.exec(select(Person).order_by(Person.id))
                ]
                meetings = [
                    (m.title, m.starts_at, m.letter_number, m.status)
                    for m in s.exec(select(Meeting).order_by(Meeting.id))
                ]
                followups = [
                    (f.problem, f.due_date, f.status, f.percent)
                    for f in s.exec(select(FollowUp).order_by(FollowUp.id))
                ]
        finally:
            database.dispose()
        return people, meetings, followups

    first = snapshot(tmp_path / "a.sqlite", 7)
    again = snapshot(tmp_path / "b.sqlite", 7)
    other = snapshot(tmp_path / "c.sqlite", 8)
    assert first == again
    assert [p[0] for p in first[0]] != [p[0] for p in other[0]]


@pytest.mark.parametrize("today", [date(2026, 1, 2), date(2025, 12, 29), date(2024, 3, 1)])
def test_any_today_yields_a_future_meeting_and_overdue_follow_ups(
    tmp_path: Path, today: date
) -> None:
    database, _ = _build(tmp_path / "x.sqlite", today=today)
    try:
        with database.session() as s:
            meetings = list(s.exec(select(Meeting)))
            followups = list(s.exec(select(FollowUp)))
            nips = [p.nip for p in s.exec(select(Person)) if p.nip]
    finally:
        database.dispose()
    scheduled = [m for m in meetings if m.status == MeetingStatus.SCHEDULED]
    assert len(scheduled) == 1
    ahead = (to_office(scheduled[0].starts_at, "WIB").date() - today).days
    assert 5 <= ahead <= 20
    assert all(
        to_office(m.starts_at, "WIB").date() < today for m in meetings if m.status in PAST_STATUSES
    )
    shown = {effective_status(f.status, f.due_date, today) for f in followups}
    assert shown == set(FollowUpStatus)
    assert all(parse_nip(n, today=today).appointment_year < today.year for n in nips)


def test_refuses_a_database_that_already_holds_meetings(demo_db: Database) -> None:
    with demo_db.session() as s:
        before = s.exec(select(func.count()).select_from(Person)).one()
    with pytest.raises(DemoRefused, match="sudah berisi rapat"), demo_db.session(write=True) as s:
        populate_demo(s)
    with demo_db.session() as s:
        assert s.exec(select(func.count()).select_from(Person)).one() == before


def test_refuses_a_database_with_a_real_directory(db: Database) -> None:
    with db.session(write=True) as s:
        create_person(s, "Drs. Slamet Riyadi", nip="196804111993031009")
    with pytest.raises(DemoRefused, match="direktori"), db.session(write=True) as s:
        populate_demo(s)
    with db.session() as s:
        assert s.exec(select(func.count()).select_from(Person)).one() == 1
        assert s.exec(select(func.count()).select_from(Organization)).one() == 0
