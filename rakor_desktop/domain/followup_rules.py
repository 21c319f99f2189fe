"""Pure rules for follow-up (tindak lanjut) status changes and progress.

Kept out of the service so the UI can ask the same questions before saving (is a
reason needed? what percent will this become?) and tests can check them without a
database. Messages are Indonesian because they reach the user unchanged.
"""

from __future__ import annotations

from dataclasses import dataclass

from rakor_desktop.domain.enums import FollowUpStatus

OPEN = frozenset({FollowUpStatus.BELUM, FollowUpStatus.DALAM_PROSES})
CLOSED = frozenset({FollowUpStatus.SELESAI, FollowUpStatus.DIBATALKAN})
#: Statuses a person may choose; TERLAMBAT is derived from the due date, never stored.
SETTABLE = (
    FollowUpStatus.BELUM,
    FollowUpStatus.DALAM_PROSES,
    FollowUpStatus.SELESAI,
    FollowUpStatus.DIBATALKAN,
)


class FollowUpRuleError(ValueError):
    """A change the rules refuse; the message is shown to the user as is."""


@dataclass(frozen=True, slots=True)
class Progress:
    """The stored status and percent a change results in."""

    status: FollowUpStatus
    percent: int


def needs_reason(current: str, target: str) -> bool:
    """Cancelling, and reopening a closed item, must say why: the chair asks later."""
    cur, new = FollowUpStatus(current), FollowUpStatus(target)
    if new == cur:
        return False
    return new == FollowUpStatus.DIBATALKAN or (cur in CLOSED and new in OPEN)


def check_percent(percent: int) -> int:
    if isinstance(percent, bool) or not isinstance(percent, int):
        raise FollowUpRuleError("Persentase progres harus bilangan bulat 0 sampai 100.")
    if not 0 <= percent <= 100:
        raise FollowUpRuleError(f"Persentase progres {percent} di luar 0 sampai 100.")
    return percent


def resolve(
    current_status: str,
    current_percent: int,
    *,
    status: str | None = None,
    percent: int | None = None,
    reason: str = "",
) -> Progress:
    """Apply a requested status and/or percent to a follow-up, keeping them consistent.

    - TERLAMBAT cannot be chosen (it is computed from the due date).
    - SELESAI means 100 %; reporting 100 % on an open item completes it.
    - Progress above 0 on a BELUM item moves it to DALAM PROSES.
    - Reopening a SELESAI item without a percent drops it back below 100 %.
    - Cancelling or reopening needs a reason (see :func:`needs_reason`).
    """
    cur = FollowUpStatus(current_status)
    if status is not None and FollowUpStatus(status) == FollowUpStatus.TERLAMBAT:
        raise FollowUpRuleError(
            "Status Terlambat dihitung otomatis dari batas waktu dan tidak dapat dipilih."
        )
    new_status = FollowUpStatus(status) if status is not None else cur
    new_percent = check_percent(percent) if percent is not None else current_percent
    if needs_reason(cur, new_status) and not reason.strip():
        verb = "membatalkan" if new_status == FollowUpStatus.DIBATALKAN else "membuka kembali"
        raise FollowUpRuleError(f"Tuliskan alasan untuk {verb} tindak lanjut ini.")
    if cur == FollowUpStatus.DIBATALKAN and new_status == cur and percent is not None:
        raise FollowUpRuleError(
            "Tindak lanjut ini dibatalkan; buka kembali dulu sebelum mencatat progres."
        )

    if new_status == FollowUpStatus.SELESAI:
        if percent is not None and percent < 100:
            raise FollowUpRuleError("Status Selesai berarti progres 100%.")
        return Progress(new_status, 100)
    if new_status == FollowUpStatus.DIBATALKAN:
        return Progress(new_status, new_percent)
    # open: BELUM or DALAM_PROSES
    if status is None and percent == 100:
        return Progress(FollowUpStatus.SELESAI, 100)
    if new_status == FollowUpStatus.BELUM and status is not None and percent is None:
        return Progress(new_status, 0)  # an explicit "belum": nothing done yet
    if new_percent >= 100:
        if percent is not None:
            raise FollowUpRuleError(
                "Progres 100% berarti selesai; pilih status Selesai atau kurangi persentase."
            )
        new_percent = 99  # reopened without a figure: no longer complete
    if new_status == FollowUpStatus.BELUM and new_percent > 0:
        new_status = FollowUpStatus.DALAM_PROSES
    return Progress(new_status, new_percent)
