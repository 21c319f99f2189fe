"""NIP rules: property-based over the whole space of valid numbers, plus each reason."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rakor_desktop.domain.nip import (
    Gender,
    InvalidNip,
    NipKind,
    format_nip,
    looks_like_nip,
    nip_error,
    normalize_nip,
    parse_nip,
)

TODAY = date(2026, 11, 23)


@st.composite
def valid_nips(draw: st.DrawFn, pppk: bool = False) -> tuple[str, date, int, int | None, str, int]:
    birth = draw(st.dates(min_value=date(1940, 1, 1), max_value=date(2006, 12, 31)))
    year = draw(st.integers(min_value=birth.year + 15, max_value=TODAY.year))
    month = 21 if pppk else draw(st.integers(min_value=1, max_value=12))
    gender = draw(st.sampled_from("12"))
    seq = draw(st.integers(min_value=1, max_value=999))
    digits = f"{birth:%Y%m%d}{year:04d}{month:02d}{gender}{seq:03d}"
    return digits, birth, year, (None if pppk else month), gender, seq


@given(valid_nips())
def test_valid_nip_round_trips_its_parts(case) -> None:
    digits, birth, year, month, gender, seq = case
    nip = parse_nip(digits, today=TODAY)
    assert nip.kind is NipKind.PNS
    assert nip.birth_date == birth
    assert nip.appointment_year == year and nip.appointment_month == month
    assert nip.gender is (Gender.MALE if gender == "1" else Gender.FEMALE)
    assert nip.sequence == seq
    assert nip.formatted().replace(" ", "") == digits
    assert nip.formatted() == f"{digits[:8]} {digits[8:14]} {digits[14]} {digits[15:]}"


@given(valid_nips(pppk=True))
def test_ni_pppk_is_never_rejected(case) -> None:
    digits, birth, *_ = case
    nip = parse_nip(digits, today=TODAY)
    assert nip.kind is NipKind.PPPK
    assert nip.birth_date == birth
    assert nip.appointment_month is None


@given(
    valid_nips(),
    st.sampled_from([" ", ".", "-", "  "]),
    st.sampled_from(["", "NIP ", "NIP. ", "nip: "]),
)
def test_separators_and_labels_are_tolerated(case, sep: str, prefix: str) -> None:
    digits = case[0]
    typed = prefix + sep.join([digits[:8], digits[8:14], digits[14], digits[15:]])
    assert normalize_nip(typed) == digits


@given(st.text(max_size=40))
def test_arbitrary_text_never_crashes(text: str) -> None:
    try:
        nip = parse_nip(text, today=TODAY)
    except InvalidNip as exc:
        assert str(exc).startswith("bukan NIP yang valid")
        assert exc.reason
    else:
        assert len(nip.digits) == 18


def test_examples_from_the_domain() -> None:
    assert format_nip("196804111993031009") == "19680411 199303 1 009"
    assert parse_nip("200012312024211001", today=TODAY).kind is NipKind.PPPK


@pytest.mark.parametrize(
    ("text", "reason_part"),
    [
        ("", "kosong"),
        ("19680411199303100", "harus 18 digit, bukan 17"),
        ("1968041119930310090", "bukan 19"),
        ("19680411A99303100X", "hanya boleh berisi angka"),
        ("196802301993031009", "tanggal lahir 19680230 tidak ada"),
        ("196804111993001009", "bulan pengangkatan 00"),
        ("196804111993033009", "jenis kelamin harus 1 atau 2, bukan 3"),
        ("196804111993031000", "nomor urut tidak boleh 000"),
        ("196804111970031009", "terlalu dekat dengan tahun lahir"),
        ("202712011993031009", "tahun lahir 2027"),
        ("１９６８０４１１１９９３０３１００９", "hanya boleh berisi angka"),
    ],
)
def test_each_invalid_reason_is_specific(text: str, reason_part: str) -> None:
    reason = nip_error(text)
    assert reason is not None and reason_part in reason


def test_future_appointment_is_rejected() -> None:
    later = TODAY + timedelta(days=800)
    digits = f"19900101{later.year:04d}011001"
    with pytest.raises(InvalidNip, match="belum terjadi"):
        parse_nip(digits, today=TODAY)


def test_normalize_empty_is_none_and_invalid_raises() -> None:
    assert normalize_nip(None) is None
    assert normalize_nip("   ") is None
    with pytest.raises(InvalidNip):
        normalize_nip("12345")


def test_looks_like_nip_separates_numbers_from_names() -> None:
    assert looks_like_nip("19680411 199303")
    assert not looks_like_nip("anom")
    assert not looks_like_nip("123")
