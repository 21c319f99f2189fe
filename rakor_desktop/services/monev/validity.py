"""Data validity (IKD): which values need verification, and why, in Indonesian.

"Jika data tidak valid, pemerintah daerah tidak akan mampu mengambil kebijakan yang
benar" (Rakor Ekobang Gunung Mas). A flagged value stays visible, marked "perlu
verifikasi"; the chair sees one list of them. The rules, each with the reason shown:

- ``range``: outside the indicator's valid range.
- ``jump``: a change from the previous period larger than the history makes plausible:
  with three or more earlier steps, more than four times the median step and more than 5 %
  of the previous value; with less history, more than half the previous value.
- ``repeated``: exactly the previous period's value, reported as a new period's update.
- ``no_source``: no data source given.
- ``late``: reported after the meeting's deadline (``monev_deadline_days`` before it).
- ``disagree``: a contributing OPD reports a value for the same period more than 5 % away
  from the lead OPD's.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from datetime import datetime

from rakor_desktop.domain.monev import format_number
from rakor_desktop.messages import M

FLAG_CODES = ("range", "jump", "repeated", "no_source", "late", "disagree")
FLAG_TITLES = {
    "range": "Di luar rentang sah",
    "jump": "Lonjakan tidak wajar",
    "repeated": "Nilai berulang",
    "no_source": "Tanpa sumber data",
    "late": "Terlambat dilaporkan",
    "disagree": "OPD pendukung berbeda",
}
DISAGREE_RELATIVE = 0.05


@dataclass(frozen=True)
class Flag:
    code: str
    reason: str

    @property
    def title(self) -> str:
        return FLAG_TITLES[self.code]


def range_flag(value: float, valid_min: float | None, valid_max: float | None) -> Flag | None:
    below = valid_min is not None and value < valid_min
    above = valid_max is not None and value > valid_max
    if not below and not above:
        return None
    text = format_number(value)
    if valid_min is not None and valid_max is not None:
        reason = M(
            "{value} di luar rentang sah {low} s.d. {high}.",
            value=text,
            low=format_number(valid_min),
            high=format_number(valid_max),
        )
    elif below:
        reason = M("{value} di bawah batas sah {low}.", value=text, low=format_number(valid_min))
    else:
        reason = M("{value} di atas batas sah {high}.", value=text, high=format_number(valid_max))
    return Flag("range", reason)


def jump_flag(history: list[float], value: float) -> Flag | None:
    """``history``: the earlier values, oldest first (the last one is the previous period)."""
    if not history:
        return None
    previous = history[-1]
    change = abs(value - previous)
    steps = [abs(b - a) for a, b in zip(history, history[1:], strict=False)]
    if len(steps) >= 3:
        limit = max(4 * statistics.median(steps), 0.05 * abs(previous))
    else:
        limit = 0.5 * abs(previous)
    if limit <= 0 or change <= limit + 1e-9:
        return None
    return Flag(
        "jump",
        M(
            "Berubah {change} dari {previous} dalam satu periode; riwayatnya hanya wajar "
            "sampai {limit}.",
            change=format_number(change),
            previous=format_number(previous),
            limit=format_number(limit),
        ),
    )


def repeated_flag(
    previous: float | None, previous_period: str, value: float, period: str
) -> Flag | None:
    if previous is None or previous_period == period or previous != value:
        return None
    return Flag(
        "repeated",
        M(
            "Sama persis dengan periode {previous_period} ({value}) padahal dilaporkan "
            "sebagai pembaruan {period}.",
            previous_period=previous_period,
            value=format_number(value),
            period=period,
        ),
    )


def source_flag(source: str) -> Flag | None:
    if source.strip():
        return None
    return Flag("no_source", M("Sumber data tidak disebutkan."))


def late_flag(reported_at: datetime, deadline: datetime | None, deadline_text: str) -> Flag | None:
    if deadline is None or reported_at <= deadline:
        return None
    return Flag("late", M("Dilaporkan setelah batas waktu {deadline}.", deadline=deadline_text))


def disagree_flag(lead_value: float, others: list[tuple[str, float]]) -> Flag | None:
    far = []
    for name, v in others:
        base = abs(lead_value) if lead_value else 1.0
        if abs(v - lead_value) / base > DISAGREE_RELATIVE:
            far.append(f"{name} {format_number(v)}")
    if not far:
        return None
    return Flag(
        "disagree",
        M(
            "OPD pendukung melaporkan angka berbeda dari OPD penanggung jawab ({value}): {items}.",
            value=format_number(lead_value),
            items=", ".join(far),
        ),
    )
