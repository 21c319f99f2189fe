"""Follow-up listing, derived status at office-zone day boundaries, carry-over, changes."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

import pytest
from followup_data import at_wib, followup, meeting, org, series
from sqlmodel import select

from rakor_desktop.domain.enums import FollowUpStatus
from rakor_desktop.domain.followup_rules import FollowUpRuleError
from rakor_desktop.domain.models import AuditEvent, FollowUp, FollowUpUpdate
from rakor_desktop.domain.timefmt import office_datetime
from rakor_desktop.services.followups import carry_over as fu_carry
from rakor_desktop.services.followups import progress as fu_progress
from rakor_desktop.services.followups import query as fus
from rakor_desktop.services.office.settings import update_office


@pytest.fixture
def db(any_db):
    """Every test here runs on SQLite and on a real PostgreSQL server (issue 9)."""
    return any_db


NOW = datetime(2025, 10, 15, 3, 0, tzinfo=UTC)  # 10.00 WIB, 15 Oktober 2025


# ------------------------------------------------------------ derived status


def _wib(y: int, mo: int, d: int, h: int, mi: int) -> datetime:
    from datetime import time

    return office_datetime(date(y, mo, d), time(h, mi), "WIB")


@pytest.mark.parametrize(
    ("now", "zone", "expected"),
    [
        (_wib(2025, 9, 30, 23, 59), "WIB", FollowUpStatus.BELUM),
        (_wib(2025, 10, 1, 0, 0), "WIB", FollowUpStatus.TERLAMBAT),
        # the same UTC instant as 23.59 WIB is already 1 October 01.59 in WIT
        (_wib(2025, 9, 30, 23, 59), "WIT", FollowUpStatus.TERLAMBAT),
        (_wib(2025, 9, 30, 21, 59), "WIT", FollowUpStatus.BELUM),  # 23.59 WIT
        (_wib(2025, 9, 30, 22, 0), "WIT", FollowUpStatus.TERLAMBAT),  # 00.00 WIT
        (_wib(2025, 9, 30, 22, 59), "WITA", FollowUpStatus.BELUM),  # 23.59 WITA
    ],
)
def test_status_derivation_at_office_day_boundaries(now, zone, expected) -> None:
    today = fus.office_today(now, zone)
    assert fus.effective_status("belum", date(2025, 9, 30), today) is expected
    # closed ones and those without a due date are never late
    assert fus.effective_status("selesai", date(2025, 9, 30), today) is FollowUpStatus.SELESAI
    assert fus.effective_status("dalam_proses", None, today) is FollowUpStatus.DALAM_PROSES


@pytest.mark.parametrize(
    ("now", "zone", "late"),
    [
        (_wib(2025, 9, 30, 23, 59), "WIB", False),
        (_wib(2025, 10, 1, 0, 0), "WIB", True),
        (_wib(2025, 9, 30, 23, 59), "WIT", True),
    ],
)
def test_sql_filter_agrees_with_python_at_the_boundary(db, now, zone, late) -> None:
    with db.session(write=True) as s:
        update_office(s, time_zone=zone)
        o = org(s, "Dinas Pekerjaan Umum dan Penataan Ruang", "DPUPR")
        m = meeting(s, date(2025, 9, 1))
        fu = followup(s, m, o, "Perbaikan jalan", due=date(2025, 9, 30), status="dalam_proses")
        fu_id = fu.id
    with db.session() as s:
        rows = fus.list_followups(s, now=now)
        assert [(r.id, r.status) for r in rows] == [
            (fu_id, "terlambat" if late else "dalam_proses")
        ]
        late_rows = fus.list_followups(s, fus.FollowUpFilter(statuses=("terlambat",)), now=now)
        assert len(late_rows) == (1 if late else 0)
        open_rows = fus.list_followups(s, fus.FollowUpFilter(statuses=("dalam_proses",)), now=now)
        assert len(open_rows) == (0 if late else 1)
        counts = fus.status_counts(s, now=now)
        assert counts["terlambat"] == (1 if late else 0)
        assert counts["dalam_proses"] == (0 if late else 1)


# ------------------------------------------------------------ listing


@pytest.fixture
def listing_db(db):
    """Three OPDs, two series, eight follow-ups in every status."""
    with db.session(write=True) as s:
        pu = org(s, "Dinas Pekerjaan Umum", "DPU")
        dinkes = org(s, "Dinas Kesehatan", "Dinkes")
        bappeda = org(s, "Badan Perencanaan Pembangunan Daerah", "Bappeda")
        monthly = series(s, "Rakor Penyelenggaraan Pemerintahan")
        ekobang = series(s, "Rakor Ekobang")
        m1 = meeting(s, date(2025, 8, 25), monthly)
        m2 = meeting(s, date(2025, 9, 22), monthly)
        e1 = meeting(s, date(2025, 9, 10), ekobang)
        followup(s, m1, pu, "Perbaikan jalan desa", due=date(2025, 9, 30))  # late
        followup(s, m1, dinkes, "Turunkan stunting 2%", due=date(2025, 12, 31))
        followup(
            s,
            m1,
            bappeda,
            "Validasi data IKD",
            due=date(2025, 10, 15),
            status="dalam_proses",
            percent=40,
        )
        followup(s, m2, pu, "Drainase pasar", due=date(2025, 9, 1), status="selesai", percent=100)
        followup(s, m2, dinkes, "Posyandu keliling", due=None)
        followup(s, m2, None, "Laporan PAD_triwulan", due=date(2025, 11, 30), status="dibatalkan")
        followup(
            s, e1, pu, "Irigasi teknis", due=date(2025, 10, 14), status="dalam_proses", percent=10
        )  # late
        followup(s, e1, bappeda, "Sinkronisasi RPJMD", due=date(2025, 10, 31))
    return db


def test_filters_by_opd_status_series_due_range_and_text(listing_db) -> None:
    with listing_db.session() as s:
        opts = fus.filter_options(s)
        org_ids = {c.name: c.id for c in opts.organizations}
        series_ids = {c.name: c.id for c in opts.series}
        assert {c.name: c.count for c in opts.organizations}["Dinas Pekerjaan Umum"] == 3

        def actions(**kw) -> list[str]:
            flt = fus.FollowUpFilter(**kw)
            rows = fus.list_followups(s, flt, now=NOW, sort="id")
            assert fus.count_followups(s, flt, now=NOW) == len(rows)
            return [r.action for r in rows]

        assert actions(organization_ids=(org_ids["Dinas Pekerjaan Umum"],)) == [
            "Perbaikan jalan desa",
            "Drainase pasar",
            "Irigasi teknis",
        ]
        assert actions(statuses=("terlambat",)) == ["Perbaikan jalan desa", "Irigasi teknis"]
        assert actions(statuses=("belum", "selesai")) == [
            "Turunkan stunting 2%",
            "Drainase pasar",
            "Posyandu keliling",
            "Sinkronisasi RPJMD",
        ]
        # 15 Oktober is the due day itself: still in progress, not late
        assert actions(statuses=("dalam_proses",)) == ["Validasi data IKD"]
        assert actions(series_id=series_ids["Rakor Ekobang"]) == [
            "Irigasi teknis",
            "Sinkronisasi RPJMD",
        ]
        assert actions(due_from=date(2025, 10, 1), due_to=date(2025, 10, 31)) == [
            "Validasi data IKD",
            "Irigasi teknis",
            "Sinkronisasi RPJMD",
        ]
        assert actions(text="JALAN") == ["Perbaikan jalan desa"]
        assert actions(text="dinkes") == ["Turunkan stunting 2%", "Posyandu keliling"]
        # LIKE wildcards typed by a user are literal characters
        assert actions(text="2%") == ["Turunkan stunting 2%"]
        assert actions(text="PAD_") == ["Laporan PAD_triwulan"]
        assert actions(text="_") == ["Laporan PAD_triwulan"]
        assert actions(text="jalan desa") == ["Perbaikan jalan desa"]
        assert actions(
            organization_ids=(org_ids["Dinas Pekerjaan Umum"],),
            statuses=("terlambat",),
            series_id=series_ids["Rakor Penyelenggaraan Pemerintahan"],
        ) == ["Perbaikan jalan desa"]


def test_paging_is_stable_and_sorted_in_sql(listing_db) -> None:
    with listing_db.session() as s:
        everything = fus.list_followups(s, now=NOW, sort="due_date")
        assert len(everything) == 8
        dues = [r.due_date for r in everything]
        assert dues[-1] is None  # no due date goes last
        assert dues[:-1] == sorted(d for d in dues if d is not None)
        pages = [
            fus.list_followups(s, now=NOW, sort="due_date", offset=i, limit=3) for i in (0, 3, 6)
        ]
        assert [r.id for page in pages for r in page] == [r.id for r in everything]
        desc = fus.list_followups(s, now=NOW, sort="organization", descending=True)
        names = [r.organization for r in desc if r.organization]
        assert names == sorted(names, reverse=True)
        by_status = [r.status for r in fus.list_followups(s, now=NOW, sort="status")]
        assert by_status == sorted(by_status)
        with pytest.raises(ValueError):
            fus.list_followups(s, now=NOW, sort="drop table")


def test_status_counts_ignore_the_status_filter(listing_db) -> None:
    with listing_db.session() as s:
        counts = fus.status_counts(s, fus.FollowUpFilter(statuses=("selesai",)), now=NOW)
    assert counts == {
        "belum": 3,
        "dalam_proses": 1,
        "terlambat": 2,
        "selesai": 1,
        "dibatalkan": 1,
    }


def test_row_json_uses_the_office_zone(listing_db) -> None:
    with listing_db.session() as s:
        row = fus.list_followups(s, fus.FollowUpFilter(text="Drainase"), now=NOW)[0]
    data = row.as_json("WIB")
    assert data["meeting_starts_at"] == "2025-09-22T09:00:00+07:00"
    assert data["status"] == "selesai" and data["organization"] == "Dinas Pekerjaan Umum"
    assert json.dumps(data)  # serialisable as is


# ------------------------------------------------------------ carry-over


def test_carry_over_across_three_meetings(db) -> None:
    with db.session(write=True) as s:
        o = org(s, "Dinas Kesehatan", "Dinkes")
        ser = series(s)
        other = series(s, "Rakor Ekobang")
        m1 = meeting(s, date(2025, 8, 25), ser)
        m2 = meeting(s, date(2025, 9, 22), ser)
        m3 = meeting(s, date(2025, 10, 27), ser)
        x1 = meeting(s, date(2025, 9, 1), other)
        open_from_1 = followup(s, m1, o, "Open sejak rapat 1", due=date(2025, 9, 15))
        done_before_2 = followup(
            s,
            m1,
            o,
            "Selesai sebelum rapat 2",
            status="selesai",
            percent=100,
            completed_at=at_wib(date(2025, 9, 1)),
        )
        done_between = followup(
            s,
            m1,
            o,
            "Selesai antara rapat 2 dan 3",
            status="selesai",
            percent=100,
            completed_at=at_wib(date(2025, 10, 1)),
        )
        followup(s, m1, o, "Dibatalkan", status="dibatalkan")
        open_from_2 = followup(s, m2, o, "Open sejak rapat 2", status="dalam_proses", percent=30)
        followup(s, m3, o, "Baru di rapat 3")
        followup(s, x1, o, "Seri lain")
        ids = {
            k: v.id
            for k, v in {
                "open1": open_from_1,
                "done2": done_before_2,
                "between": done_between,
                "open2": open_from_2,
            }.items()
        }
        mids = (m1.id, m2.id, m3.id)

    with db.session() as s:
        assert fu_carry.carry_over_for_meeting(s, mids[0]) == []
        at2 = {r.id: r.carried for r in fu_carry.carry_over_for_meeting(s, mids[1])}
        assert at2 == {ids["open1"]: 1, ids["between"]: 1}
        at3 = fu_carry.carry_over_for_meeting(s, mids[2])
        assert [(r.action, r.carried) for r in at3] == [
            ("Open sejak rapat 1", 2),
            ("Open sejak rapat 2", 1),
        ]
        # status as of the meeting day: due 15 Sept, meeting 27 Oct -> late
        assert at3[0].status == "terlambat"
        # the old helpers agree
        fu = s.get(FollowUp, ids["open1"])
        m3_start = at_wib(date(2025, 10, 27))
        assert fu_carry.carried_count(s, fu, m3_start) == 2
        assert fu_carry.carried_count(s, s.get(FollowUp, ids["between"]), m3_start) == 1
        assert fu_carry.carried_count(s, s.get(FollowUp, ids["done2"]), m3_start) == 0
        assert {f.id for f in fu_carry.open_followups_for_series(s, fu.series_id, m3_start)} == {
            ids["open1"],
            ids["open2"],
        }
        # the general listing shows the same counts as of now
        rows = {r.id: r.carried for r in fus.list_followups(s, now=m3_start + timedelta(days=3))}
        assert rows[ids["open1"]] == 2 and rows[ids["done2"]] == 0 and rows[ids["open2"]] == 1
        with pytest.raises(fus.FollowUpError):
            fu_carry.carry_over_for_meeting(s, 9999)


# ------------------------------------------------------------ progress


@pytest.fixture
def one(db):
    with db.session(write=True) as s:
        o = org(s, "Dinas Pertanian", "Distan")
        m = meeting(s, date(2025, 9, 22), series(s))
        fu = followup(s, m, o, "Distribusi pupuk", due=date(2025, 10, 31))
    return db, fu.id, m.id


def test_progress_history_moves_status_and_percent(one) -> None:
    db, fu_id, mid = one
    with db.session(write=True) as s:
        fu_progress.add_progress(
            s,
            fu_id,
            note="Survei lokasi",
            percent=30,
            day=date(2025, 10, 1),
            now=NOW,
            evidence_path="/bukti/survei.pdf",
            meeting_id=mid,
        )
    with db.session() as s:
        row = fus.get_followup(s, fu_id, now=NOW)
        assert (row.stored_status, row.percent) == ("dalam_proses", 30)
    with db.session(write=True) as s:
        fu_progress.add_progress(s, fu_id, note="Pupuk tersalur", percent=100, now=NOW)
    with db.session() as s:
        row = fus.get_followup(s, fu_id, now=NOW)
        assert (row.status, row.percent, row.completed_at) == ("selesai", 100, NOW)
        hist = fu_progress.history(s, fu_id)
        assert [(h.note, h.status, h.percent) for h in hist] == [
            ("Pupuk tersalur", "selesai", 100),
            ("Survei lokasi", "dalam_proses", 30),
        ]
        assert hist[1].evidence_path == "/bukti/survei.pdf"
        assert hist[1].meeting_title and hist[1].meeting_id == mid
        # a report dated a day is recorded at noon office time that day
        assert hist[1].at == datetime(2025, 10, 1, 5, 0, tzinfo=UTC)
        assert hist[1].as_json("WIB")["at"] == "2025-10-01T12:00:00+07:00"
        audit = s.exec(select(AuditEvent).where(AuditEvent.action == "followup.progress")).all()
        assert len(audit) == 2
        assert json.loads(audit[-1].detail)["to_status"] == "selesai"


def test_progress_refuses_what_the_user_must_fix(one) -> None:
    db, fu_id, _ = one
    with db.session(write=True) as s:
        with pytest.raises(fus.FollowUpError, match="masa depan"):
            fu_progress.add_progress(s, fu_id, note="x", day=date(2025, 10, 16), now=NOW)
        with pytest.raises(fus.FollowUpError, match="Isi catatan"):
            fu_progress.add_progress(s, fu_id, note="  ", now=NOW)
        with pytest.raises(FollowUpRuleError, match="0 sampai 100"):
            fu_progress.add_progress(s, fu_id, note="x", percent=120, now=NOW)
        with pytest.raises(FollowUpRuleError, match="Terlambat"):
            fu_progress.add_progress(s, fu_id, note="x", status="terlambat", now=NOW)
        with pytest.raises(fus.FollowUpError, match="tidak ditemukan"):
            fu_progress.add_progress(s, 4242, note="x", now=NOW)
        fu_progress.add_progress(
            s, fu_id, note="Rapat teknis", percent=20, day=date(2025, 10, 10), now=NOW
        )
    with db.session(write=True) as s:
        with pytest.raises(fus.FollowUpError, match="lebih awal"):
            fu_progress.add_progress(
                s, fu_id, note="Terlambat dicatat", day=date(2025, 10, 9), now=NOW
            )
        # the same day as the latest report is fine and stays after it in the history
        fu_progress.add_progress(
            s, fu_id, note="Sore harinya", percent=25, day=date(2025, 10, 10), now=NOW
        )
    with db.session() as s:
        assert [h.note for h in fu_progress.history(s, fu_id)] == ["Sore harinya", "Rapat teknis"]
        assert s.get(FollowUp, fu_id).percent == 25


def test_cancelled_needs_reopening_before_progress(one) -> None:
    db, fu_id, _ = one
    with db.session(write=True) as s:
        with pytest.raises(FollowUpRuleError, match="alasan"):
            fu_progress.add_progress(s, fu_id, status="dibatalkan", now=NOW)
        fu_progress.add_progress(s, fu_id, status="dibatalkan", note="Anggaran dialihkan", now=NOW)
    with db.session(write=True) as s:
        with pytest.raises(FollowUpRuleError, match="buka kembali"):
            fu_progress.add_progress(s, fu_id, percent=10, now=NOW)
        fu_progress.add_progress(
            s, fu_id, status="dalam_proses", percent=10, note="Dianggarkan di APBD-P", now=NOW
        )
    with db.session() as s:
        fu = s.get(FollowUp, fu_id)
        assert (fu.status, fu.percent) == ("dalam_proses", 10)


# ------------------------------------------------------------ bulk status


def test_bulk_status_change_with_history_and_audit(listing_db) -> None:
    with listing_db.session() as s:
        open_ids = [
            r.id for r in fus.list_followups(s, fus.FollowUpFilter(statuses=("belum",)), now=NOW)
        ]
        done_id = fus.list_followups(s, fus.FollowUpFilter(statuses=("selesai",)), now=NOW)[0].id
    assert len(open_ids) == 3
    with listing_db.session(write=True) as s:
        result = fu_progress.change_status(
            s, [*open_ids, done_id], "selesai", now=NOW, actor="notulis"
        )
    assert (result.changed, result.unchanged) == (3, 1)
    with listing_db.session() as s:
        for fid in open_ids:
            fu = s.get(FollowUp, fid)
            assert (fu.status, fu.percent, fu.completed_at) == ("selesai", 100, NOW)
            (upd,) = s.exec(select(FollowUpUpdate).where(FollowUpUpdate.follow_up_id == fid)).all()
            assert upd.note == "Status diubah menjadi Selesai."
        events = s.exec(select(AuditEvent).where(AuditEvent.action == "followup.status")).all()
        assert len(events) == 3
        details = [json.loads(e.detail) for e in events]
        assert {d["batch"] for d in details} == {result.batch}
        assert {d["from_status"] for d in details} == {"belum"}
        assert {e.actor for e in events} == {"notulis"}


def test_bulk_change_is_all_or_nothing(listing_db) -> None:
    with listing_db.session() as s:
        rows = fus.list_followups(s, now=NOW, sort="id")
    ids = [r.id for r in rows]
    before = {r.id: r.stored_status for r in rows}
    with listing_db.session(write=True) as s:
        # reopening the completed and cancelled ones needs a reason: nothing changes
        with pytest.raises(FollowUpRuleError, match="alasan"):
            fu_progress.change_status(s, ids, "belum", now=NOW)
        with pytest.raises(FollowUpRuleError, match="Terlambat"):
            fu_progress.change_status(s, ids, "terlambat", now=NOW)
        with pytest.raises(fus.FollowUpError):
            fu_progress.change_status(s, [], "selesai", now=NOW)
        with pytest.raises(fus.FollowUpError, match="9999"):
            fu_progress.change_status(s, [ids[0], 9999], "selesai", now=NOW)
    with listing_db.session() as s:
        assert {r.id: r.stored_status for r in fus.list_followups(s, now=NOW)} == before
        assert s.exec(select(FollowUpUpdate)).all() == []
    with listing_db.session(write=True) as s:
        result = fu_progress.change_status(
            s, ids, "belum", reason="Dibahas ulang di Rakor", now=NOW
        )
    assert (result.changed, result.unchanged) == (4, 4)  # 2 in progress, 1 done, 1 cancelled
    with listing_db.session() as s:
        assert {fu.status for fu in s.exec(select(FollowUp))} == {"belum"}
        assert {fu.percent for fu in s.exec(select(FollowUp))} == {0}
