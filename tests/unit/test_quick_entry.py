"""Quick entry "Dinas Kesehatan 30/9": the forms a notulis actually types."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rakor_desktop.domain.quick_entry import (
    OrgCandidate,
    match_organization,
    parse_due_date,
    parse_quick_entry,
)

ORGS = [
    OrgCandidate(1, "Dinas Kesehatan", "Dinkes"),
    OrgCandidate(2, "Dinas Kesehatan Hewan", ""),
    OrgCandidate(3, "Badan Perencanaan Pembangunan Daerah", "Bappeda"),
    OrgCandidate(4, "Kecamatan Taman", ""),
    OrgCandidate(5, "Dinas Pendidikan dan Kebudayaan", "Dindikbud"),
]
TODAY = date(2025, 8, 25)


@pytest.mark.parametrize(
    ("text", "org_id", "due"),
    [
        ("Dinas Kesehatan 30/9", 1, date(2025, 9, 30)),
        ("dinas kesehatan 30/09/2025", 1, date(2025, 9, 30)),
        ("DINKES 30-9", 1, date(2025, 9, 30)),
        ("Dinas Kesehatan Hewan 1/10", 2, date(2025, 10, 1)),
        ("Bappeda 15 September", 3, date(2025, 9, 15)),
        ("Bappeda 15 Sept 2026", 3, date(2026, 9, 15)),
        ("Kecamatan Taman 2 minggu", 4, date(2025, 9, 8)),
        ("Dindikbud 7 hari", 5, date(2025, 9, 1)),
        ("Bappeda 1 bulan", 3, date(2025, 9, 25)),
        ("taman 31/12", 4, date(2025, 12, 31)),  # unique fragment of one name
        ("Dinkes, paling lambat 30/9/25", 1, date(2025, 9, 30)),
        ("Dinas Kesehatan", 1, None),
    ],
)
def test_recognised_forms(text: str, org_id: int, due: date | None) -> None:
    entry = parse_quick_entry(text, ORGS, TODAY)
    assert entry.ok, entry.problems
    assert entry.organization is not None and entry.organization.id == org_id
    assert entry.due_date == due


def test_date_without_year_lies_ahead() -> None:
    # In October, "30/9" means next September: a deadline is never in the past by default.
    entry = parse_quick_entry("Dinkes 30/9", ORGS, date(2025, 10, 5))
    assert entry.due_date == date(2026, 9, 30)
    assert parse_quick_entry("Dinkes 25/8", ORGS, TODAY).due_date == TODAY


def test_impossible_date_is_a_problem_not_a_guess() -> None:
    entry = parse_quick_entry("Dinkes 31/2/2026", ORGS, TODAY)
    assert entry.due_date is None
    assert entry.problems and "31/2" in entry.problems[0]
    assert parse_quick_entry("Dinkes 12/13", ORGS, TODAY).problems


def test_unknown_opd_is_reported() -> None:
    entry = parse_quick_entry("Dinas Perikanan 30/9", ORGS, TODAY)
    assert entry.organization is None
    assert entry.due_date == date(2025, 9, 30)
    assert "Dinas Perikanan" in entry.problems[0]


def test_ambiguous_fragment_is_not_guessed() -> None:
    # "kesehatan" occurs in Dinas Kesehatan and Dinas Kesehatan Hewan: no guess.
    org, _ = match_organization("kesehatan", ORGS)
    assert org is None
    org, _ = match_organization("dinas", ORGS)
    assert org is None


def test_clock_time_is_not_a_date() -> None:
    due, _, problem = parse_due_date("rapat pukul 09.00", TODAY)
    assert due is None and problem is None


def test_empty_input() -> None:
    entry = parse_quick_entry("", ORGS, TODAY)
    assert entry.organization is None and entry.due_date is None and entry.ok


@given(st.dates(min_value=date(2024, 1, 1), max_value=date(2030, 12, 31)))
def test_every_real_date_round_trips(d: date) -> None:
    entry = parse_quick_entry(f"Bappeda {d.day}/{d.month}/{d.year}", ORGS, TODAY)
    assert entry.due_date == d
    assert entry.organization is not None and entry.organization.id == 3


@given(st.text(max_size=60))
def test_never_crashes(text: str) -> None:
    entry = parse_quick_entry(text, ORGS, TODAY)
    assert entry.due_date is None or isinstance(entry.due_date, date)


def test_the_first_word_of_a_short_name_is_enough() -> None:
    """Issue 15: "Satpol" was not found although the short name is "Satpol PP"."""
    from datetime import date

    from rakor_desktop.domain.quick_entry import OrgCandidate, parse_quick_entry

    orgs = [
        OrgCandidate(1, "Satuan Polisi Pamong Praja", "Satpol PP"),
        OrgCandidate(2, "Dinas Kesehatan", "Dinkes"),
        OrgCandidate(3, "Dinas Sosial", "Dinsos"),
    ]
    q = parse_quick_entry("Satpol 30/9", orgs, date(2026, 9, 1))
    assert q.organization is not None and q.organization.id == 1 and not q.problems
    assert parse_quick_entry("Din 30/9", orgs, date(2026, 9, 1)).organization is None  # ambiguous
