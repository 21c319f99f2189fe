"""Status transition rules (pure) and the follow-up queries on both database backends."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from followup_data import followup, meeting, org, series
from hypothesis import given
from hypothesis import strategies as st

from rakor_desktop.domain.enums import FollowUpStatus as S
from rakor_desktop.domain.followup_rules import (
    SETTABLE,
    FollowUpRuleError,
    Progress,
    needs_reason,
    resolve,
)
from rakor_desktop.services.followups import carry_over as fu_carry
from rakor_desktop.services.followups import query as fus


@pytest.mark.parametrize(
    ("current", "kwargs", "expected"),
    [
        (("belum", 0), {"percent": 30}, Progress(S.DALAM_PROSES, 30)),
        (("belum", 0), {"percent": 100}, Progress(S.SELESAI, 100)),
        (("dalam_proses", 40), {"status": "selesai"}, Progress(S.SELESAI, 100)),
        (("dalam_proses", 40), {"status": "belum"}, Progress(S.BELUM, 0)),
        (("dalam_proses", 40), {"status": "belum", "percent": 20}, Progress(S.DALAM_PROSES, 20)),
        (("belum", 0), {"status": "dibatalkan", "reason": "dialihkan"}, Progress(S.DIBATALKAN, 0)),
        (
            ("selesai", 100),
            {"status": "dalam_proses", "reason": "ada temuan"},
            Progress(S.DALAM_PROSES, 99),
        ),
        (
            ("selesai", 100),
            {"status": "dalam_proses", "percent": 60, "reason": "x"},
            Progress(S.DALAM_PROSES, 60),
        ),
        (("selesai", 100), {"status": "belum", "reason": "ulang"}, Progress(S.BELUM, 0)),
        (("dibatalkan", 0), {"status": "belum", "reason": "dianggarkan"}, Progress(S.BELUM, 0)),
        (("dalam_proses", 40), {}, Progress(S.DALAM_PROSES, 40)),  # a note only
    ],
)
def test_resolve(current, kwargs, expected) -> None:
    assert resolve(*current, **kwargs) == expected


@pytest.mark.parametrize(
    ("current", "kwargs", "message"),
    [
        (("belum", 0), {"status": "terlambat"}, "otomatis"),
        (("belum", 0), {"status": "dibatalkan"}, "alasan untuk membatalkan"),
        (("selesai", 100), {"status": "belum"}, "alasan untuk membuka kembali"),
        (("dalam_proses", 10), {"status": "selesai", "percent": 50}, "100%"),
        (("dalam_proses", 10), {"status": "dalam_proses", "percent": 100}, "100%"),
        (("dibatalkan", 0), {"percent": 10}, "buka kembali"),
        (("belum", 0), {"percent": -1}, "0 sampai 100"),
        (("belum", 0), {"percent": True}, "bilangan bulat"),
    ],
)
def test_resolve_refuses(current, kwargs, message) -> None:
    with pytest.raises(FollowUpRuleError, match=message):
        resolve(*current, **kwargs)


def test_needs_reason() -> None:
    assert needs_reason("belum", "dibatalkan")
    assert needs_reason("selesai", "dalam_proses")
    assert needs_reason("dibatalkan", "belum")
    assert not needs_reason("belum", "selesai")
    assert not needs_reason("selesai", "selesai")
    assert needs_reason("selesai", "dibatalkan")  # cancelling always asks why


@given(
    current=st.sampled_from(SETTABLE),
    current_percent=st.integers(0, 100),
    status=st.none() | st.sampled_from(SETTABLE),
    percent=st.none() | st.integers(0, 100),
    reason=st.sampled_from(["", "alasan"]),
)
def test_resolve_always_gives_a_consistent_pair(
    current, current_percent, status, percent, reason
) -> None:
    if current == S.SELESAI:
        current_percent = 100
    try:
        result = resolve(current, current_percent, status=status, percent=percent, reason=reason)
    except FollowUpRuleError:
        return
    assert 0 <= result.percent <= 100
    assert (result.status == S.SELESAI) == (result.percent == 100) or result.status == S.DIBATALKAN
    assert result.status != S.TERLAMBAT
    if result.status == S.BELUM:
        assert result.percent == 0


def test_listing_and_counts_on_both_backends(any_db) -> None:
    """The derived-status SQL, carried subquery and LIKE escaping also run on PostgreSQL."""
    now = datetime(2025, 10, 15, 3, 0, tzinfo=UTC)
    with any_db.session(write=True) as s:
        o = org(s, "Dinas Pekerjaan Umum", "DPU")
        ser = series(s)
        m1 = meeting(s, date(2025, 8, 25), ser)
        m2 = meeting(s, date(2025, 9, 22), ser)
        followup(s, m1, o, "Perbaikan jalan 100%", due=date(2025, 9, 30))
        followup(s, m2, o, "Drainase", due=date(2025, 10, 30), status="dalam_proses", percent=50)
        followup(s, m2, None, "Tanpa OPD", status="selesai", percent=100)
        mid = m2.id
    with any_db.session() as s:
        rows = fus.list_followups(s, now=now, sort="due_date")
        assert [(r.action, r.status, r.carried) for r in rows] == [
            ("Perbaikan jalan 100%", "terlambat", 1),
            ("Drainase", "dalam_proses", 0),
            ("Tanpa OPD", "selesai", 0),
        ]
        assert fus.status_counts(s, now=now)["terlambat"] == 1
        assert fus.count_followups(s, fus.FollowUpFilter(text="100%"), now=now) == 1
        assert fus.count_followups(s, fus.FollowUpFilter(text="dpu"), now=now) == 2
        assert [r.action for r in fu_carry.carry_over_for_meeting(s, mid)] == [
            "Perbaikan jalan 100%"
        ]
        assert len(fus.list_followups(s, now=now, sort="carried", descending=True, limit=1)) == 1
