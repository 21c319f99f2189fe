"""Capaian, the evaluation scale, Indonesian numbers and the projection, by hand."""

from __future__ import annotations

import pytest

from rakor_desktop.domain.monev import (
    Category,
    Frequency,
    NumberError,
    PeriodError,
    Polarity,
    Target,
    capaian,
    category,
    format_number,
    normalize_period,
    on_track,
    parse_number,
    parse_period,
    parse_polarity,
    parse_target,
    period_for,
    project_year_end,
)


@pytest.mark.parametrize(
    ("realization", "target", "polarity", "expected"),
    [
        # higher is better: R / T x 100
        (72.5, Target(72.0), Polarity.HIGHER, 100.69),  # IPM 72,5 vs 72 -> 100,69
        (4.2, Target(5.0), Polarity.HIGHER, 84.0),  # growth 4,2 vs 5 -> 84
        # lower is better: (2T - R) / T x 100
        (9.5, Target(9.0), Polarity.LOWER, 94.44),  # poverty 9,5 vs 9 -> (18-9,5)/9 = 94,44
        (8.0, Target(9.0), Polarity.LOWER, 111.11),  # better than target -> above 100
        (20.0, Target(8.0), Polarity.LOWER, 0.0),  # (16-20)/8 < 0 -> 0, never negative
        # range: 100 inside; below R/low; above (2H - R)/H
        (3.0, Target(2.5, 3.5), Polarity.RANGE, 100.0),
        (2.0, Target(2.5, 3.5), Polarity.RANGE, 80.0),  # 2/2,5
        (4.2, Target(2.5, 3.5), Polarity.RANGE, 80.0),  # (7-4,2)/3,5
    ],
)
def test_capaian_per_polarity(realization, target, polarity, expected) -> None:
    assert capaian(realization, target, polarity).pct == pytest.approx(expected, abs=0.01)


def test_zero_target_says_why_instead_of_dividing() -> None:
    result = capaian(3.0, Target(0.0), Polarity.HIGHER)
    assert result.pct is None and "Target 0" in result.reason
    assert capaian(0.0, Target(0.0, 1.0), Polarity.RANGE).pct == 100.0  # inside, no division
    assert capaian(None, Target(1.0), Polarity.HIGHER).reason == "Belum ada realisasi."
    assert capaian(1.0, None, Polarity.HIGHER).reason == "Belum ada target tahun ini."


@pytest.mark.parametrize(
    ("pct", "band"),
    [
        (120, Category.SANGAT_TINGGI),
        (91, Category.SANGAT_TINGGI),
        (90.99, Category.TINGGI),
        (76, Category.TINGGI),
        (75.5, Category.SEDANG),
        (66, Category.SEDANG),
        (65, Category.RENDAH),
        (51, Category.RENDAH),
        (50.5, Category.RENDAH),
        (50, Category.SANGAT_RENDAH),
        (0, Category.SANGAT_RENDAH),
    ],
)
def test_permendagri_86_scale(pct, band) -> None:
    assert category(pct) is band


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("12,34", 12.34),
        ("1.250", 1250.0),
        ("Rp 1.234.567", 1234567.0),
        ("Rp1.234.567,50", 1234567.5),
        ("12.5", 12.5),
        ("45 %", 45.0),
        ("-2,1", -2.1),
        ("  7  ", 7.0),
        (12.5, 12.5),
        (3, 3.0),
        ("", None),
        ("-", None),
    ],
)
def test_indonesian_numbers(text, value) -> None:
    assert parse_number(text) == value


def test_ambiguous_and_foreign_numbers_are_refused_with_a_hint() -> None:
    with pytest.raises(NumberError, match=r'"1,250" dapat dibaca dua cara \(1\.250 atau 1250\)'):
        parse_number("1,250")
    with pytest.raises(NumberError, match="tanda baca Inggris"):
        parse_number("1,250.5")
    with pytest.raises(NumberError, match='"dua belas" bukan angka'):
        parse_number("dua belas")


def test_targets_and_ranges() -> None:
    assert parse_target("2,5 - 3,5", Polarity.RANGE) == Target(2.5, 3.5)
    assert parse_target("3 ± 1", Polarity.RANGE) == Target(2.0, 4.0)
    assert parse_target("3", Polarity.RANGE) == Target(3.0, 3.0)
    assert parse_target("9,1", Polarity.LOWER) == Target(9.1)
    assert parse_target(None, Polarity.LOWER) is None
    assert Target(2.5, 3.5).text() == "2,5–3,5"


def test_polarity_words() -> None:
    assert parse_polarity("Semakin rendah semakin baik") is Polarity.LOWER
    assert parse_polarity("Positif") is Polarity.HIGHER
    assert parse_polarity("rentang") is Polarity.RANGE
    assert parse_polarity("") is None
    assert parse_polarity("entahlah") is None


def test_periods() -> None:
    assert parse_period("2026-03") == (2026, 3)
    assert parse_period("2026-Q2") == (2026, 6)
    assert parse_period("2026-tw4") == (2026, 12)
    assert parse_period("2026") == (2026, 12)
    assert normalize_period("2026-q1") == "2026-Q1"
    assert normalize_period("2026-3") == "2026-03"
    assert period_for(2026, 5, Frequency.QUARTERLY) == "2026-Q2"
    assert period_for(2026, 12, Frequency.MONTHLY) == "2026-12"
    with pytest.raises(PeriodError, match="tidak dikenal"):
        parse_period("Maret")
    with pytest.raises(PeriodError, match="01-12"):
        parse_period("2026-13")


def test_projection_by_least_squares_to_december() -> None:
    # 10, 9.5, 9 in months 3, 6, 9: slope -1/6 per month -> 8.5 in December.
    assert project_year_end([(3, 10.0), (6, 9.5), (9, 9.0)]) == pytest.approx(8.5)
    assert project_year_end([(5, 7.0)]) == 7.0
    assert project_year_end([]) is None
    # Poverty heading to 8,5 against a target of 9: capaian 105,6 -> on track.
    assert on_track(8.5, Target(9.0), Polarity.LOWER) is True
    # Growth heading to 4,0 against 5: 80 % -> at risk.
    assert on_track(4.0, Target(5.0), Polarity.HIGHER) is False
    assert on_track(None, Target(5.0), Polarity.HIGHER) is None


def test_format_number_indonesian() -> None:
    assert format_number(1250.5) == "1.250,5"
    assert format_number(9.0) == "9"
    assert format_number(None) == ""
