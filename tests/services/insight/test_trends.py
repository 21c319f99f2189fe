"""OPD trends (arrows with a tolerance), the attention ranking and the chart aggregates."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from followup_data import at_wib, followup, invite, meeting, org, person, report, series

from rakor_desktop.domain.models import AgendaItem, Attendance, Invitation, Meeting
from rakor_desktop.services.insight import charts, trends
from rakor_desktop.services.insight.trends import Direction


@pytest.fixture
def db(any_db):
    """Every test here runs on SQLite and on a real PostgreSQL server (issue 9)."""
    return any_db


NOW = datetime(2025, 11, 1, 3, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("prev", "cur", "expected"),
    [
        (50.0, 50.0, Direction.FLAT),
        (50.0, 50.4, Direction.FLAT),
        (50.0, 50.5, Direction.FLAT),  # exactly the tolerance is still flat
        (50.0, 50.6, Direction.UP),
        (50.0, 49.5, Direction.FLAT),
        (50.0, 49.4, Direction.DOWN),
        (0.0, 100.0, Direction.UP),
        (None, 50.0, None),
        (50.0, None, None),
    ],
)
def test_direction_with_tolerance(prev, cur, expected) -> None:
    assert trends.direction(prev, cur) is expected


def test_direction_tolerance_is_a_parameter() -> None:
    assert trends.direction(50, 51.5, tolerance=2) is Direction.FLAT
    assert trends.direction(50, 52.5, tolerance=2) is Direction.UP
    assert trends.direction(50, 50.01, tolerance=0) is Direction.UP
    assert trends.ARROWS[Direction.UP] == "▲" and trends.ARROWS[Direction.DOWN] == "▼"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("12,3%", 12.3),
        ("12.5", 12.5),
        ("1.250 UMKM", 1250.0),
        ("1.250.000", 1250000.0),
        ("Rp 2.500.000,50", 2500000.5),
        (" 87 % ", 87.0),
        (42, 42.0),
        ("-3,5", -3.5),
        ("belum ada data", None),
        ("", None),
        (None, None),
        (True, None),
    ],
)
def test_indicator_number_reads_indonesian_numbers(text, number) -> None:
    assert trends.indicator_number(text) == number


def test_good_news_depends_on_the_indicator() -> None:
    assert trends.lower_is_better("Prevalensi stunting (%)")
    assert trends.lower_is_better("Angka Kemiskinan")
    assert not trends.lower_is_better("Cakupan imunisasi")
    assert trends.is_good(Direction.DOWN, lower_better=True) is True
    assert trends.is_good(Direction.UP, lower_better=True) is False
    assert trends.is_good(Direction.FLAT) is None


@pytest.fixture
def three_meetings(db):
    """Two OPDs reporting over three monthly meetings, one skipping the middle one."""
    with db.session(write=True) as s:
        ser = series(s)
        dinkes = org(s, "Dinas Kesehatan", "Dinkes")
        pu = org(s, "Dinas Pekerjaan Umum", "DPU")
        m1 = meeting(s, date(2025, 8, 25), ser)
        m2 = meeting(s, date(2025, 9, 22), ser)
        m3 = meeting(s, date(2025, 10, 27), ser)
        report(s, m1, dinkes, 40.0, 35.0, {"Prevalensi stunting": "14,2%", "Imunisasi": "80%"})
        report(s, m2, dinkes, 55.0, 50.0, {"Prevalensi stunting": "13,1%", "Imunisasi": "80,3%"})
        report(s, m3, dinkes, 55.3, 48.0, {"Prevalensi stunting": "12,0%", "Imunisasi": "79%"})
        report(s, m1, pu, 20.0, 30.0)
        report(s, m3, pu, 18.0, 30.2)
        ids = {"ser": ser.id, "dinkes": dinkes.id, "pu": pu.id, "m": (m1.id, m2.id, m3.id)}
    return db, ids


def test_opd_trends_series_and_changes(three_meetings) -> None:
    db, ids = three_meetings
    with db.session() as s:
        result = trends.opd_trends(s, series_id=ids["ser"])
    assert [t.organization for t in result] == ["Dinas Kesehatan", "Dinas Pekerjaan Umum"]
    dinkes, pu = result
    assert [p.budget_pct for p in dinkes.points] == [40.0, 55.0, 55.3]
    assert [p.meeting.id for p in dinkes.points] == list(ids["m"])
    assert [p.indicator("Prevalensi stunting") for p in dinkes.points] == [14.2, 13.1, 12.0]
    assert dinkes.indicator_names == ["Prevalensi stunting", "Imunisasi"]

    budget = dinkes.change("budget")
    assert (budget.value, budget.previous, budget.direction, budget.arrow) == (
        55.3,
        55.0,
        Direction.FLAT,
        "▬",
    )
    physical = dinkes.change("physical")
    assert (physical.direction, physical.delta, physical.good) == (Direction.DOWN, -2.0, False)
    stunting = dinkes.change("Prevalensi stunting")
    assert (stunting.direction, stunting.good) == (Direction.DOWN, True)  # falling stunting is good
    assert dinkes.change("Imunisasi").direction is Direction.DOWN  # 80,3 -> 79
    # PU skipped the middle meeting: compared with its previous report, not with nothing
    assert pu.change("budget").direction is Direction.DOWN
    assert pu.change("physical").direction is Direction.FLAT

    rows = trends.trend_rows(result)
    assert rows[0].reports == 3 and rows[0].meeting.id == ids["m"][2]
    assert [(n, v, c.direction) for n, v, c in rows[0].indicators] == [
        ("Prevalensi stunting", "12,0%", Direction.DOWN),
        ("Imunisasi", "79%", Direction.DOWN),
    ]


def test_opd_trends_last_n_and_until(three_meetings) -> None:
    db, ids = three_meetings
    with db.session() as s:
        last_two = trends.opd_trends(s, last_n=2)
        assert [len(t.points) for t in last_two] == [2, 1]
        before_m3 = trends.opd_trends(s, until=at_wib(date(2025, 10, 1)))
        assert [p.budget_pct for p in before_m3[0].points] == [40.0, 55.0]
        only_pu = trends.opd_trends(s, organization_ids=[ids["pu"]])
        assert [t.short_name for t in only_pu] == ["DPU"]
        assert trends.opd_trends(s, series_id=9999) == []


def test_attention_ranking(db) -> None:
    with db.session(write=True) as s:
        ser = series(s)
        a = org(s, "Dinas A", "A")
        b = org(s, "Dinas B", "B")
        c = org(s, "Dinas C", "C")
        m1 = meeting(s, date(2025, 9, 22), ser)
        m2 = meeting(s, date(2025, 10, 27), ser)
        for m, budgets in ((m1, (30, 50, 60)), (m2, (35, 20, 70))):
            for o, value in zip((a, b, c), budgets, strict=True):
                report(s, m, o, value, value)
        heads = {o.short_name: person(s, f"Kepala {o.name}", o) for o in (a, b, c)}
        deputy = person(s, "Sekretaris Dinas C", c)
        for m in (m1, m2):
            invite(s, m, heads["A"], came=True)
            invite(s, m, heads["B"], came=m is m2)
            invite(s, m, heads["C"], came=True, delegate=deputy)  # a delegate counts as present
        for _ in range(3):
            followup(s, m1, c, "Terlambat C", due=date(2025, 10, 1))
        followup(s, m1, a, "Terlambat A", due=date(2025, 10, 1), status="dalam_proses")
        followup(s, m1, a, "Selesai A", due=date(2025, 10, 1), status="selesai", percent=100)
    with db.session() as s:
        att = trends.attention_ranking(s, NOW, limit=2)
    assert [r.short_name for r in att.lowest_absorption] == ["B", "A"]
    assert att.lowest_absorption[0].budget.direction is Direction.DOWN
    assert [(short, n) for _, _, short, n in att.most_overdue] == [("C", 3), ("A", 1)]
    assert [(x.short_name, x.attended, x.invited) for x in att.worst_attendance] == [("B", 1, 2)]
    by_label = {r.label: r for r in att.combined}
    assert by_label["B"].reasons == ("Realisasi anggaran rendah (20%)", "Kehadiran 50% (1/2)")
    assert by_label["C"].reasons == ("3 tindak lanjut terlambat",)
    assert by_label["C"].attendance_rate == 1.0
    assert [r.label for r in att.combined] == [
        "A",
        "B",
        "C",
    ]  # A and B have two reasons; A more overdue


# ------------------------------------------------------------------ chart aggregates


def test_completion_by_opd(db) -> None:
    with db.session(write=True) as s:
        m = meeting(s, date(2025, 9, 22), series(s))
        a = org(s, "Dinas A", "A")
        b = org(s, "Dinas B", "B")
        followup(s, m, a, "1", status="selesai", percent=100)
        followup(s, m, a, "2", due=date(2025, 10, 1))  # late on 1 Nov
        followup(s, m, a, "3", due=date(2025, 12, 1), status="dalam_proses", percent=20)
        followup(s, m, a, "4", status="dibatalkan")
        followup(s, m, b, "5", status="selesai", percent=100)
        followup(s, m, None, "6")
    with db.session() as s:
        rows = charts.completion_by_opd(s, date(2025, 11, 1))
    by = {r.label: r for r in rows}
    assert (
        by["A"].total,
        by["A"].done,
        by["A"].in_progress,
        by["A"].overdue,
        by["A"].cancelled,
    ) == (4, 1, 1, 1, 1)
    assert by["A"].completion_rate == pytest.approx(1 / 3)
    assert by["B"].completion_rate == 1.0
    assert by["Tanpa OPD"].completion_rate == 0.0
    assert [r.label for r in rows] == ["Tanpa OPD", "A", "B"]  # worst completion first


def test_overdue_trend_is_reconstructed_per_meeting(db) -> None:
    with db.session(write=True) as s:
        ser = series(s)
        o = org(s, "Dinas A", "A")
        m1 = meeting(s, date(2025, 8, 25), ser)
        m2 = meeting(s, date(2025, 9, 22), ser)
        m3 = meeting(s, date(2025, 10, 27), ser)
        followup(s, m1, o, "late from m2 on", due=date(2025, 9, 1))
        followup(s, m1, o, "due on m2's day: not late at m2", due=date(2025, 9, 22))
        followup(
            s,
            m1,
            o,
            "done before m3",
            due=date(2025, 9, 1),
            status="selesai",
            percent=100,
            completed_at=at_wib(date(2025, 10, 1)),
        )
        followup(s, m2, o, "late at m3", due=date(2025, 10, 1), status="dalam_proses")
        followup(s, m3, o, "new at m3 already past due", due=date(2025, 10, 1))
        meeting(s, date(2025, 12, 1), ser)  # in the future: not on the axis
    with db.session() as s:
        refs = charts.recent_meetings(s, NOW)
        trend = charts.overdue_trend(s, refs)
    assert [c.meeting.label for c in trend] == ["Agu 25", "Sep 25", "Okt 25"]
    assert [c.value for c in trend] == [0, 2, 3]


def test_attendance_per_meeting_and_per_opd(db) -> None:
    with db.session(write=True) as s:
        ser = series(s)
        a = org(s, "Dinas A", "A")
        b = org(s, "Dinas B", "B")
        pa, pb = person(s, "Kepala A", a), person(s, "Kepala B", b)
        staff_b = person(s, "Sekretaris B", b)
        m1 = meeting(s, date(2025, 9, 22), ser)
        m2 = meeting(s, date(2025, 10, 27), ser)
        invite(s, m1, pa, came=True)
        invite(s, m1, pb, came=False)
        invite(s, m2, pa, came=True)
        invite(s, m2, pb, came=True, delegate=staff_b)
        walk_in = person(s, "Tamu", None)
        s.add(
            Attendance(
                meeting_id=m2.id, person_id=walk_in.id, is_walk_in=True, checked_in_at=m2.starts_at
            )
        )
    with db.session() as s:
        refs = charts.recent_meetings(s, NOW)
        per_meeting = charts.attendance_by_meeting(s, refs)
        per_opd = charts.attendance_by_opd(s, refs)
    assert [(x.invited, x.attended, x.walk_ins, x.rate) for x in per_meeting] == [
        (2, 1, 0, 0.5),
        (2, 2, 1, 1.0),
    ]
    assert [(x.label, x.attended, x.invited) for x in per_opd] == [("B", 1, 2), ("A", 2, 2)]


def test_budget_trend_and_readiness(three_meetings) -> None:
    db, ids = three_meetings
    with db.session(write=True) as s:
        nxt = Meeting(
            title="Rakor November", series_id=ids["ser"], starts_at=at_wib(date(2025, 11, 24))
        )
        s.add(nxt)
        s.flush()
        m3 = s.get(Meeting, ids["m"][2])
        followup(s, m3, None, "Dibawa ke November")
        s.add(AgendaItem(meeting_id=nxt.id, title="Pembukaan"))
        s.add(AgendaItem(meeting_id=nxt.id, title="Dihapus", deleted_at=NOW))
        p = person(s, "Kepala", None)
        s.add(Invitation(meeting_id=nxt.id, person_id=p.id, token="t1", sent_at=NOW))
        p2 = person(s, "Camat", None)
        s.add(Invitation(meeting_id=nxt.id, person_id=p2.id, token="t2"))
    with db.session() as s:
        data = charts.chart_data(s, NOW)
    assert [(b.reports, b.budget_avg, b.physical_avg) for b in data.budget] == [
        (2, 30.0, 32.5),
        (1, 55.0, 50.0),
        (2, 36.65, 39.1),
    ]
    r = data.readiness
    assert (r.title, r.invitations, r.invitations_sent, r.agenda_items, r.carried_followups) == (
        "Rakor November",
        2,
        1,
        1,
        1,
    )
    assert r.checks == [
        ("Undangan dibuat", True),
        ("Undangan terkirim", False),
        ("Agenda disusun", True),
    ]
    assert r.score == pytest.approx(2 / 3)
    # a day after the meeting has started there is no "next" one any more
    with db.session() as s:
        assert charts.next_meeting_readiness(s, at_wib(date(2025, 11, 25))) is None
        # on the meeting day itself, even after it started, it is still the next meeting
        assert (
            charts.next_meeting_readiness(s, at_wib(date(2025, 11, 24), 10)).title
            == "Rakor November"
        )


def test_chart_data_on_an_empty_database(db) -> None:
    with db.session() as s:
        data = charts.chart_data(s, NOW)
    assert data.readiness is None
    assert data.completion == data.overdue_trend == data.attendance == data.budget == []
    with db.session() as s:
        assert trends.attention_ranking(s, NOW).combined == []


def test_recent_meetings_keeps_the_last_n_oldest_first(db) -> None:
    with db.session(write=True) as s:
        ser = series(s)
        start = date(2020, 1, 6)
        for i in range(30):
            meeting(s, start + timedelta(days=30 * i), ser)
    with db.session() as s:
        refs = charts.recent_meetings(s, NOW, last_n=12)
    assert len(refs) == 12
    assert refs == sorted(refs, key=lambda r: r.starts_at)
    assert refs[-1].day == start + timedelta(days=30 * 29)
