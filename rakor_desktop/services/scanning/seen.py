"""One check-in per card held up, however many frames show it.

A camera sees the same card in every frame for as long as its holder keeps it up
(often several seconds while they read the screen). The kiosk must check them in
once, answer once, and stay quiet until the card has been out of view for a while;
the same card shown again after that is a second, deliberate scan (the answer is
"sudah hadir", as with the scanner). Time comes from the caller (a monotonic clock
in the UI, plain numbers in tests): nothing here reads the wall clock.
"""

from __future__ import annotations

#: Seconds a card must be out of view before it counts as shown again.
FORGET_AFTER_S = 3.0


class SeenCodes:
    """Which codes are still "the same showing" of a card."""

    def __init__(self, forget_after_s: float = FORGET_AFTER_S) -> None:
        self.forget_after_s = forget_after_s
        self._last_seen: dict[str, float] = {}

    def fresh(self, codes: list[str], now: float) -> list[str]:
        """The codes in this frame that start a new showing, in frame order.

        Every code in the frame refreshes its own "last seen" time, so a card held
        still for a minute stays one showing.
        """
        self._forget(now)
        new = [c for c in dict.fromkeys(codes) if c not in self._last_seen]
        for code in codes:
            self._last_seen[code] = now
        return new

    def reset(self) -> None:
        """Forget every card (the meeting changed, or the camera was switched off)."""
        self._last_seen.clear()

    def _forget(self, now: float) -> None:
        stale = [c for c, t in self._last_seen.items() if now - t > self.forget_after_s]
        for code in stale:
            del self._last_seen[code]
