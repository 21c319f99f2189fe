from __future__ import annotations

from rakor_desktop.services.scanning.seen import SeenCodes


def test_a_card_held_up_is_one_showing_until_it_leaves_the_view() -> None:
    seen = SeenCodes(forget_after_s=3.0)
    assert seen.fresh(["A"], 0.0) == ["A"]
    # Held still for ten seconds, 30 frames a second: never again.
    assert all(seen.fresh(["A"], t / 30) == [] for t in range(1, 300))
    # Out of view for two seconds, then back: still the same showing.
    assert seen.fresh([], 12.0) == []
    assert seen.fresh(["A"], 12.0) == []
    # Out of view for more than three seconds: shown again (the desk answers "sudah").
    assert seen.fresh(["A"], 15.5) == ["A"]


def test_two_cards_in_one_frame_and_duplicates_within_it() -> None:
    seen = SeenCodes()
    assert seen.fresh(["B", "A", "B"], 1.0) == ["B", "A"]
    assert seen.fresh(["A", "C"], 1.1) == ["C"]
    seen.reset()
    assert seen.fresh(["A"], 1.2) == ["A"]
