"""The QR decoder on synthetic camera frames of the printed cards (issue 20).

Frames are made from the real card sheet (see ``tests/camera_frames.py``) at the
two resolutions laptop webcams give, under each condition of the issue and all of
them at once. Every card must read: a missed card is a person waiting at the door.
"""

from __future__ import annotations

import pytest
from camera_frames import CONDITIONS, camera_frame, card_images, card_sheet_pdf

from rakor_desktop.services.scanning.decoder import decode_luminance

SIZES = [(640, 480), (1280, 720)]
REQUIRED = ["bersih", "rotasi 20°", "perspektif", "blur 1,5 px", "derau σ12", "kontras 35%",
            "JPEG 40", "semuanya"]  # fmt: skip


@pytest.fixture(scope="module")
def cards() -> dict[str, object]:
    pdf, payloads = card_sheet_pdf(8)
    found = card_images(pdf, payloads)
    assert sorted(found) == sorted(payloads)  # every card of the sheet was located
    return found


def _rate(cards, size, conditions, seeds=(0, 1)) -> tuple[int, int]:
    read = total = 0
    for seed in seeds:
        for payload, card in cards.items():
            frame = camera_frame(card, size, conditions, seed=seed)
            texts = {f.text for f in decode_luminance(frame.tobytes(), *frame.size)}
            read += payload in texts
            total += 1
    return read, total


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("name", REQUIRED)
def test_every_card_reads_under_each_condition(cards, size, name) -> None:
    read, total = _rate(cards, size, CONDITIONS[name])
    assert read == total, f"{name} {size}: {read}/{total}"


def test_the_limit_is_known_a_far_card_in_a_small_frame(cards) -> None:
    """Beyond the issue's list: the card twice as far away. 1280x720 still reads
    every one; 640x480 with everything bad does not (a module is ~1.5 pixels), which
    is why the kiosk asks for the camera's largest resolution up to 1280x720."""
    assert _rate(cards, (1280, 720), CONDITIONS["semuanya, jauh"]) == (16, 16)
    read, total = _rate(cards, (640, 480), CONDITIONS["semuanya, jauh"])
    assert read < total


def test_a_frame_with_padded_rows_and_nothing_in_it() -> None:
    """Camera buffers often pad each row; a blank or truncated buffer is no code."""
    from PIL import Image

    card = next(iter(card_images(*card_sheet_pdf(1)).items()))
    frame = camera_frame(card[1], (641, 480), CONDITIONS["bersih"])
    stride = 704  # 641 rounded up to 64
    rows = b"".join(
        frame.tobytes()[y * 641 : (y + 1) * 641] + b"\0" * (stride - 641) for y in range(480)
    )
    assert [f.text for f in decode_luminance(rows, 641, 480, stride)] == [card[0]]
    assert decode_luminance(rows[: stride * 10], 641, 480, stride) == []
    blank = Image.new("L", (640, 480), 128)
    assert decode_luminance(blank.tobytes(), 640, 480) == []
    assert decode_luminance(b"", 0, 0) == []
