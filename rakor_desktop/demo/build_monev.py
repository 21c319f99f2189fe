"""Demo monev: a Rakor Ekobang's indicators against the RPJMD, with a year of realisations.

Like the Rakor Ekobang Gunung Mas of the second seed: Asisten II's cluster, IKU such as
angka kemiskinan, prevalensi stunting, pertumbuhan ekonomi, TPT, IPM and inflasi, each
with a declared polarity and RPJMD targets; some OPDs improving, some falling, and some
data that needs verification (an implausible jump, a repeated value, a missing source,
a late report, a range breach, contributing OPDs that disagree), so every screen and
document has something true to show. Its own random stream (seeded from the builder's)
keeps the rest of the demo exactly as it was.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from rakor_desktop.demo.state import BuilderState
from rakor_desktop.domain.models import Indicator, IndicatorTarget, IndicatorValue, Meeting
from rakor_desktop.domain.monev import Frequency, Polarity, period_for
from rakor_desktop.services.monev.catalogue import indicator_key


@dataclass(frozen=True)
class _Spec:
    code: str
    name: str
    unit: str
    polarity: Polarity
    level: str
    frequency: Frequency
    lead: str
    contributors: tuple[str, ...]
    source: str
    valid: tuple[float | None, float | None]
    baseline: float
    step: float  # target change per year (sign: the direction the RPJMD wants)
    start: float  # realisation at the start of the demo year
    drift: float  # realisation change per month (negative = falling)
    noise: float
    decimals: int = 2
    trouble: str = ""  # which validity flag this indicator demonstrates
    cumulative: bool = False  # a flow (visitors, investment): reported as the year to date


SPECS = (
    _Spec("IKU-01", "Angka Kemiskinan", "%", Polarity.LOWER, "iku", Frequency.YEARLY, "Bappeda",
          ("Dinsos", "Dinpermasdes"), "BPS", (0, 100), 15.2, -0.6, 14.9, -0.035, 0.0,
          trouble="disagree"),
    _Spec("IKU-02", "Prevalensi Stunting", "%", Polarity.LOWER, "iku", Frequency.QUARTERLY, "Dinkes",
          ("DPPKBP3A", "Dishanpan"), "SSGI/e-PPGBM", (0, 60), 21.4, -2.0, 20.6, -0.22, 0.15),
    _Spec("IKU-03", "Pertumbuhan Ekonomi", "%", Polarity.HIGHER, "iku", Frequency.QUARTERLY, "Bappeda",
          ("Disperindag",), "BPS", (-10, 20), 5.0, 0.15, 5.1, 0.01, 0.12),
    _Spec("IKU-04", "Tingkat Pengangguran Terbuka", "%", Polarity.LOWER, "iku", Frequency.YEARLY,
          "Disnaker", (), "BPS (Sakernas)", (0, 100), 6.3, -0.2, 6.1, 0.03, 0.0),
    _Spec("IKU-05", "Indeks Pembangunan Manusia", "indeks", Polarity.HIGHER, "iku", Frequency.YEARLY,
          "Bappeda", ("Dinkes", "Dindikbud"), "BPS", (0, 100), 69.7, 0.6, 70.2, 0.05, 0.0),
    _Spec("IKU-06", "Inflasi", "%", Polarity.RANGE, "iku", Frequency.MONTHLY, "Disperindag",
          ("Dishanpan",), "BPS", (-5, 20), 2.9, 0.0, 2.2, 0.12, 0.25),
    _Spec("IKD-01", "Produksi Padi", "ton", Polarity.HIGHER, "ikd", Frequency.QUARTERLY, "Distan",
          (), "Distan (KSA BPS)", (0, 2_000_000), 480_000, 8_000, 470_000, 900, 6_000, 0,
          trouble="jump", cumulative=True),
    _Spec("IKD-02", "Nilai Realisasi Investasi", "Rp miliar", Polarity.HIGHER, "ikd",
          Frequency.QUARTERLY, "DPMPTSP", (), "", (0, None), 2_100, 150, 1_650, 9, 40, 1,
          trouble="no_source", cumulative=True),
    _Spec("IKD-03", "UMKM Naik Kelas", "unit", Polarity.HIGHER, "program", Frequency.QUARTERLY,
          "Dinkop UKM", (), "Data OPD", (0, None), 1_250, 150, 1_290, 12, 8, 0,
          trouble="repeated"),
    _Spec("IKD-04", "Kunjungan Wisatawan", "orang", Polarity.HIGHER, "program", Frequency.MONTHLY,
          "Dinporapar", (), "Data OPD", (0, None), 95_000, 6_000, 98_000, -450, 2_500, 0,
          trouble="late", cumulative=True),
    _Spec("PRG-01", "Rumah Tidak Layak Huni Tertangani", "unit", Polarity.HIGHER, "program",
          Frequency.QUARTERLY, "Disperkim", ("Dinpermasdes",), "Data OPD", (0, 3_000), 650, 100,
          760, 6, 25, 0, trouble="range", cumulative=True),
    _Spec("PRG-02", "Panjang Jalan Kabupaten Kondisi Mantap", "%", Polarity.HIGHER, "program",
          Frequency.YEARLY, "DPUPR", (), "DPUPR", (0, 100), 71.5, 2.0, 70.8, -0.08, 0.0),
)  # fmt: skip


class MonevMixin(BuilderState):
    def _monev(self) -> None:
        rng = random.Random(self.rng.random())  # an own stream: the rest stays as it was
        first_year = self.today.year - 1 if self.today.month >= 3 else self.today.year - 2
        years = range(first_year, first_year + 5)
        for plan in self.plans:
            if plan.kind == "ekobang":
                plan.row.cluster = "II"
        self._store([p.row for p in self.plans if p.kind == "ekobang"])
        ids = {short: o.row.id for short, o in self.orgs.items()}
        uuids = {short: o.row.uuid for short, o in self.orgs.items()}
        indicators: list[Indicator] = []
        for spec in SPECS:
            indicators.append(
                Indicator(
                    code=spec.code,
                    name=spec.name,
                    name_key=indicator_key(spec.name),
                    level=spec.level,
                    unit=spec.unit,
                    polarity=spec.polarity.value,
                    frequency=spec.frequency.value,
                    lead_org_id=ids[spec.lead],
                    contributors=json.dumps([uuids[c] for c in spec.contributors]),
                    source=spec.source,
                    valid_min=spec.valid[0],
                    valid_max=spec.valid[1],
                    rpjmd_period=f"{first_year}-{first_year + 4}",
                    baseline=spec.baseline,
                    baseline_year=first_year - 1,
                )
            )
        self._store(indicators)
        targets = []
        for spec, ind in zip(SPECS, indicators, strict=True):
            for k, year in enumerate(years):
                value = round(spec.baseline + spec.step * (k + 1), spec.decimals)
                high = None
                if spec.polarity is Polarity.RANGE:
                    value, high = (2.5, 3.5) if k < 2 else (1.5, 3.5)
                targets.append(
                    IndicatorTarget(
                        indicator_id=ind.id or 0, year=year, target=value, target_high=high
                    )
                )
        self._store(targets)
        values: list[IndicatorValue] = []
        for spec, ind in zip(SPECS, indicators, strict=True):
            values.extend(self._series(spec, ind, ids, rng))
        self._store(values)
        self.counts["indikator"] = len(indicators)
        self.counts["realisasi indikator"] = len(values)

    def _months(self) -> list[tuple[int, int]]:
        """The 24 months before the current one, oldest first: last year's values give
        the yearly indicators a trend and the charts a history."""
        out = []
        y, m = self.today.year, self.today.month
        for _ in range(24):
            m -= 1
            if m == 0:
                y, m = y - 1, 12
            out.append((y, m))
        return out[::-1]

    def _meeting_in(self, year: int, month: int) -> Meeting | None:
        for plan in self.plans:
            if plan.kind in ("rakor", "ekobang") and (plan.day.year, plan.day.month) == (
                year,
                month,
            ):
                return plan.row
        return None

    def _series(
        self, spec: _Spec, ind: Indicator, ids: dict[str, int | None], rng: random.Random
    ) -> list[IndicatorValue]:
        months = self._months()
        out: list[IndicatorValue] = []
        meetings: list[Meeting | None] = []
        seen: set[str] = set()
        for k, (year, month) in enumerate(months):
            period = period_for(year, month, spec.frequency)
            due = (
                spec.frequency is Frequency.MONTHLY
                or (spec.frequency is Frequency.QUARTERLY and month % 3 == 0)
                or (spec.frequency is Frequency.YEARLY and month == 8)  # BPS releases mid-year
            )
            if not due or period in seen:
                continue
            seen.add(period)
            level = spec.start + spec.drift * (k - 12) + rng.uniform(-spec.noise, spec.noise)
            if spec.frequency is Frequency.YEARLY:
                level = spec.start + spec.drift * 12 * (year - self.today.year + 1)
            value = level * month / 12 if spec.cumulative else level
            # The next month's Rakor hears it (or this month's, when there is no next one).
            ny, nm = (year + 1, 1) if month == 12 else (year, month + 1)
            meeting = self._meeting_in(ny, nm) or self._meeting_in(year, month)
            reported = self._at(date(ny, nm, 1), 10)
            if meeting is not None:
                reported = min(reported, meeting.starts_at - timedelta(days=2))
            out.append(self._value(ind, ids[spec.lead], meeting, value, period, spec, reported))
            meetings.append(meeting)
        if not out:
            return out
        last = out[-1]
        if spec.trouble == "jump":
            last.value = (last.value or 0) * 10  # a typing slip: an extra zero
        elif spec.trouble == "repeated" and len(out) > 1:
            last.value = out[-2].value
        elif spec.trouble == "range" and spec.valid[1] is not None:
            last.value = spec.valid[1] + 1_200
        elif spec.trouble == "late" and meetings[-1] is not None:
            last.reported_at = min(meetings[-1].starts_at + timedelta(hours=1), self.history_end)
        for v in out:
            v.value = round(v.value or 0, spec.decimals)
            v.raw_text = _text(v.value, spec.decimals)
        if spec.trouble == "disagree" and spec.contributors:
            for v, meeting in zip(list(out), meetings, strict=True):
                other = round((v.value or 0) * 1.08, spec.decimals)
                out.append(
                    self._value(ind, ids[spec.contributors[0]], meeting, other, v.period, spec,
                                v.reported_at + timedelta(hours=3))
                )  # fmt: skip
        return out

    def _value(
        self,
        ind: Indicator,
        org_id: int | None,
        meeting: Meeting | None,
        value: float,
        period: str,
        spec: _Spec,
        reported: datetime,
    ) -> IndicatorValue:
        return IndicatorValue(
            indicator_id=ind.id,
            organization_id=org_id,
            meeting_id=meeting.id if meeting is not None else None,
            label=ind.name,
            raw_text=_text(value, spec.decimals),
            value=value,
            year=int(period[:4]),
            period=period,
            source="" if spec.trouble == "no_source" else spec.source,
            origin="report",
            reported_at=min(reported, self.history_end),
        )


def _text(value: float, decimals: int) -> str:
    from rakor_desktop.domain.monev import format_number

    return format_number(value, decimals)
