from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from reportlab.platypus import Paragraph

from rakor_desktop.documents.fixtures import (
    HOSTILE_ARABIC,
    HOSTILE_EMOJI,
    HOSTILE_LONG_WORD,
    HOSTILE_LT,
    HOSTILE_MARKUP,
)
from rakor_desktop.documents.fonts import register_fonts
from rakor_desktop.documents.layout import styles
from rakor_desktop.documents.text import (
    PLACEHOLDER,
    blocks,
    clean,
    format_clock,
    format_date,
    format_long_date,
    format_nip,
    format_percent,
    format_short_date,
    format_time,
    format_time_range,
    markup,
    spell_count,
    truncate,
)

NINE_WIB = datetime(2025, 8, 25, 2, 0, tzinfo=UTC)


def test_markup_escapes_tags_and_ampersands() -> None:
    assert markup(HOSTILE_MARKUP) == "&lt;b&gt;PT &amp; Sons&lt;/b&gt;"
    assert markup(HOSTILE_LT) == "Jl. A &lt; B"
    # An entity typed by a user is text, not an entity.
    assert markup("&amp;") == "&amp;amp;"


def test_markup_turns_newlines_into_breaks() -> None:
    assert (
        markup("baris satu\nbaris dua\r\nbaris tiga") == "baris satu<br/>baris dua<br/>baris tiga"
    )


def test_emoji_run_becomes_one_placeholder() -> None:
    assert clean(HOSTILE_EMOJI) == f"Rapat {PLACEHOLDER}"
    assert clean("Selamat \U0001f44d\U0001f3fd\u200d pagi") == f"Selamat {PLACEHOLDER} pagi"


def test_arabic_is_replaced_not_dropped_silently() -> None:
    cleaned = clean(HOSTILE_ARABIC)
    assert cleaned == f"{PLACEHOLDER} {PLACEHOLDER}"
    assert not any("\u0600" <= ch <= "\u06ff" for ch in cleaned)


def test_clean_keeps_indonesian_and_typographic_characters() -> None:
    text = "Rp 1.500.000 – “Pemalang” • 87,5% ½ é"
    assert clean(text) == text


def test_clean_drops_control_characters_and_keeps_lines() -> None:
    assert clean("a\x00b\x07c\n\td") == "abc\n d"
    assert clean(None) == ""


def test_every_cleaned_character_is_in_the_font() -> None:
    covered = register_fonts()
    rng = random.Random(7)
    sample = "".join(chr(rng.randrange(0x20, 0x2FFFF)) for _ in range(4000))
    cleaned = clean(sample)
    assert cleaned, "something must survive"
    assert all(ord(ch) in covered or ch == "\n" for ch in cleaned)


@pytest.mark.parametrize(
    "text",
    [
        HOSTILE_MARKUP,
        HOSTILE_LT,
        HOSTILE_EMOJI,
        HOSTILE_ARABIC,
        HOSTILE_LONG_WORD,
        "<br/>",
        "&#0;",
        "</para>",
        "<font name='x'>",
        "a & b && c",
        "x" * 5000,
    ],
)
def test_paragraph_accepts_every_hostile_string(text: str) -> None:
    p = Paragraph(markup(text), styles().cell)
    w, h = p.wrap(100, 10_000)
    assert h > 0 and w <= 100


def test_random_unicode_never_breaks_paragraph_parsing() -> None:
    rng = random.Random(11)
    for _ in range(200):
        text = "".join(chr(rng.randrange(0x20, 0x11000)) for _ in range(rng.randint(1, 60)))
        Paragraph(markup(text + "<&>"), styles().cell).wrap(120, 10_000)


def test_long_word_wraps_inside_its_column() -> None:
    p = Paragraph(markup(HOSTILE_LONG_WORD), styles().cell)
    p.wrap(80, 10_000)
    assert len(p.blPara.lines) > 3
    assert max(line[0] for line in p.blPara.lines) >= 0  # every line has non-negative slack


def test_indonesian_dates() -> None:
    assert format_long_date(date(2025, 8, 25)) == "Senin, 25 Agustus 2025"
    assert format_date(date(2025, 8, 18)) == "18 Agustus 2025"
    assert format_long_date(date(2026, 2, 9)) == "Senin, 9 Februari 2026"
    assert format_short_date(date(2025, 9, 5)) == "5 Sep 2025"


def test_date_of_a_moment_is_taken_in_the_office_zone() -> None:
    late_utc = datetime(2025, 8, 24, 20, 0, tzinfo=UTC)  # 03.00 WIB next day
    assert format_long_date(late_utc, "WIB") == "Senin, 25 Agustus 2025"
    assert format_long_date(late_utc.replace(tzinfo=None), "WIB") == "Senin, 25 Agustus 2025"


def test_time_uses_dot_and_zone() -> None:
    assert format_time(NINE_WIB, "WIB") == "pukul 09.00 WIB"
    assert format_time(NINE_WIB, "WITA") == "pukul 10.00 WITA"
    assert format_time(NINE_WIB, "WIT") == "pukul 11.00 WIT"
    other_zone = NINE_WIB.astimezone(timezone(timedelta(hours=-5)))
    assert format_clock(other_zone, "WIB") == "09.00"


def test_time_range() -> None:
    assert format_time_range(NINE_WIB, None, "WIB") == "pukul 09.00 WIB - selesai"
    end = NINE_WIB + timedelta(hours=3, minutes=30)
    assert format_time_range(NINE_WIB, end, "WIB") == "pukul 09.00 - 12.30 WIB"


def test_unknown_zone_is_rejected() -> None:
    with pytest.raises(ValueError, match="zona waktu"):
        format_time(NINE_WIB, "UTC")


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("196804111993031009", "19680411 199303 1 009"),
        ("19680411 199303 1 009", "19680411 199303 1 009"),
        ("19680411.199303.1.009", "19680411 199303 1 009"),
        ("200012312024211001", "20001231 202421 1 001"),
        ("12345", "12345"),
        (None, ""),
        ("", ""),
    ],
)
def test_nip_format(raw: str | None, shown: str) -> None:
    assert format_nip(raw) == shown


def test_blocks_split_paragraphs_and_bullets() -> None:
    result = blocks("Pembuka.\n- satu\n* dua\n\u2022 tiga\n\nPenutup -- bukan bullet")
    assert [(b.text, b.bullet) for b in result] == [
        ("Pembuka.", False),
        ("satu", True),
        ("dua", True),
        ("tiga", True),
        ("Penutup -- bukan bullet", False),
    ]


def test_small_helpers() -> None:
    assert spell_count(1) == "1 (satu)"
    assert spell_count(3) == "3 (tiga)"
    assert spell_count(250) == "250"
    assert format_percent(87.5) == "87,5"
    assert format_percent(55.0) == "55"
    assert format_percent(None) == "-"
    assert truncate("abcdef", 4) == "abc\u2026"
    assert truncate("abc", 4) == "abc"
