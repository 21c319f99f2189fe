"""The indicator catalogue: one place that knows an indicator's polarity and targets.

Polarity is declared, never guessed from the name: a catalogue entry without one is
refused (the guess by keyword that trends used to make painted "angka harapan hidup"
the wrong colour).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import insert
from sqlmodel import Session, col, select

from rakor_desktop.domain.models import AuditEvent, Indicator, IndicatorTarget, Organization
from rakor_desktop.domain.monev import Frequency, Level, Polarity, Target
from rakor_desktop.domain.names import fold
from rakor_desktop.domain.types import new_uuid, utcnow
from rakor_desktop.messages import M
from rakor_desktop.services.office import audit


class CatalogueError(ValueError):
    """A catalogue entry that cannot be saved; the message says why, in Indonesian."""


class IndicatorNotFound(LookupError):
    pass


def indicator_key(name: str) -> str:
    """The folded name free-text indicators are matched by ("Prevalensi Stunting (%)" ==
    "prevalensi stunting")."""
    text = name.split("(")[0] if "(" in name and not name.startswith("(") else name
    return fold(text)[:300]


@dataclass
class IndicatorSpec:
    """What an indicator is, as entered in the editor or read from a matrix row."""

    code: str
    name: str
    polarity: Polarity
    unit: str = ""
    level: Level = Level.IKU
    frequency: Frequency = Frequency.YEARLY
    lead_org_id: int | None = None
    contributor_ids: tuple[int, ...] = ()
    source: str = ""
    valid_min: float | None = None
    valid_max: float | None = None
    rpjmd_period: str = ""
    baseline: float | None = None
    baseline_year: int | None = None
    targets: dict[int, Target] = field(default_factory=dict)


@dataclass(frozen=True)
class IndicatorInfo:
    """An indicator as read back, with its OPD names and targets."""

    id: int
    code: str
    name: str
    unit: str
    polarity: Polarity
    level: Level
    frequency: Frequency
    lead_org_id: int | None
    lead_org: str
    lead_cluster: str | None
    contributor_ids: tuple[int, ...]
    contributors: tuple[str, ...]
    source: str
    valid_min: float | None
    valid_max: float | None
    rpjmd_period: str
    baseline: float | None
    baseline_year: int | None
    targets: dict[int, Target]

    def as_json(self) -> dict[str, object]:
        """The ``indicators list --json`` contract."""
        return {
            "code": self.code,
            "name": self.name,
            "unit": self.unit,
            "polarity": self.polarity.value,
            "level": self.level.value,
            "opd": self.lead_org or None,
            "contributors": list(self.contributors),
            "frequency": self.frequency.value,
            "source": self.source,
            "valid_range": [self.valid_min, self.valid_max],
            "rpjmd_period": self.rpjmd_period,
            "baseline": self.baseline,
            "targets": {str(y): t.value for y, t in sorted(self.targets.items())},
            "target_ranges": {
                str(y): [t.low, t.high]
                for y, t in sorted(self.targets.items())
                if t.high is not None
            },
        }


def check_spec(spec: IndicatorSpec) -> None:
    """The rules an indicator must meet wherever it comes from (editor, matrix, CLI)."""
    if not spec.code.strip():
        raise CatalogueError(M("Kode indikator wajib diisi."))
    if len(spec.code.strip()) > 40:
        raise CatalogueError(M("Kode indikator paling panjang 40 karakter."))
    if not spec.name.strip():
        raise CatalogueError(M("Nama indikator wajib diisi."))
    if not isinstance(spec.polarity, Polarity):
        raise CatalogueError(
            M(
                "Polaritas indikator {code} wajib dinyatakan (semakin tinggi semakin baik, "
                "semakin rendah semakin baik, atau rentang); tidak lagi ditebak dari nama.",
                code=spec.code,
            )
        )
    if (
        spec.valid_min is not None
        and spec.valid_max is not None
        and spec.valid_min > spec.valid_max
    ):
        raise CatalogueError(
            M("Rentang sah indikator {code}: batas bawah melebihi batas atas.", code=spec.code)
        )
    values = [("Kondisi awal", spec.baseline)] + [
        (f"Target {y}", t.value) for y, t in spec.targets.items()
    ]
    values += [(f"Target {y}", t.high) for y, t in spec.targets.items() if t.high is not None]
    for label, v in values:
        if v is None:
            continue
        reason = out_of_bounds(v, spec.unit, spec.valid_min, spec.valid_max)
        if reason:
            raise CatalogueError(M("{label}: {reason}", label=label, reason=reason))


def is_percent(unit: str) -> bool:
    return unit.strip().casefold() in ("%", "persen", "percent")


def out_of_bounds(
    value: float, unit: str, valid_min: float | None, valid_max: float | None
) -> str | None:
    """Why a value cannot be right for an indicator, or None.

    A percentage above 100 is impossible unless the indicator says otherwise (a growth
    rate may exceed it: declare a larger valid maximum).
    """
    if is_percent(unit) and value > 100 and (valid_max is None or valid_max <= 100):
        return M(
            "{value} % melebihi 100 %, padahal satuan indikator ini persen.",
            value=_fmt(value),
        )
    return None


def _fmt(value: float) -> str:
    from rakor_desktop.domain.monev import format_number

    return format_number(value)


def save_indicator(
    session: Session, spec: IndicatorSpec, *, replace_targets: bool = True
) -> Indicator:
    """Create or update by code; targets for the years given replace the stored ones."""
    return save_indicators(session, [spec], replace_targets=replace_targets)[0]


def save_indicators(
    session: Session, specs: Sequence[IndicatorSpec], *, replace_targets: bool = True
) -> list[Indicator]:
    """Create or update many indicators in a few statements (a 500-row RPJMD matrix is
    one flush, not 500): existing rows and targets are read once, by code."""
    for spec in specs:
        check_spec(spec)
    codes = [spec.code.strip() for spec in specs]
    existing_rows = {
        r.code: r for r in session.exec(select(Indicator).where(col(Indicator.code).in_(codes)))
    }
    org_uuids = {o.id: o.uuid for o in session.exec(select(Organization))}
    now = utcnow()
    rows: list[Indicator] = []
    created: set[str] = set()
    for spec, code in zip(specs, codes, strict=True):
        row = existing_rows.get(code)
        if row is None:
            row = Indicator(code=code, name=spec.name.strip(), polarity=spec.polarity.value)
            created.add(code)
        row.name = spec.name.strip()[:300]
        row.name_key = indicator_key(row.name)
        row.polarity = spec.polarity.value
        row.unit = spec.unit.strip()[:40]
        row.level = spec.level.value
        row.frequency = spec.frequency.value
        row.lead_org_id = spec.lead_org_id
        contributors = sorted(set(spec.contributor_ids) - {spec.lead_org_id or 0})
        row.contributors = json.dumps([org_uuids[i] for i in contributors if i in org_uuids])
        row.source = spec.source.strip()[:100]
        row.valid_min, row.valid_max = spec.valid_min, spec.valid_max
        row.rpjmd_period = spec.rpjmd_period.strip()[:20]
        row.baseline, row.baseline_year = spec.baseline, spec.baseline_year
        row.updated_at = now
        rows.append(row)
    session.add_all(rows)
    session.flush()
    ids = [r.id for r in rows if r.id is not None]
    stored: dict[tuple[int, int], IndicatorTarget] = {
        (t.indicator_id, t.year): t
        for t in session.exec(
            select(IndicatorTarget).where(col(IndicatorTarget.indicator_id).in_(ids))
        )
    }
    new_targets: list[dict[str, object]] = []
    for spec, row in zip(specs, rows, strict=True):
        assert row.id is not None
        for year, target in spec.targets.items():
            t = stored.get((row.id, year))
            if t is None:
                new_targets.append(
                    {
                        "uuid": new_uuid(), "created_at": now, "updated_at": now,
                        "indicator_id": row.id, "year": year,
                        "target": target.value, "target_high": target.high,
                    }
                )  # fmt: skip
            elif (t.target, t.target_high) != (target.value, target.high):
                t.target, t.target_high, t.updated_at = target.value, target.high, now
                session.add(t)
        if replace_targets:
            for (iid, year), t in stored.items():
                if iid == row.id and year not in spec.targets:
                    session.delete(t)
    # Plain rows, not 2,500 model objects: the import of a whole RPJMD stays well under a
    # second (bench_monev.py rpjmd_import_s).
    if new_targets:
        session.execute(insert(IndicatorTarget), new_targets)
    if not rows:
        return rows
    actor = audit.current_actor()
    session.execute(
        insert(AuditEvent),
        [
            {
                "uuid": new_uuid(), "created_at": now, "updated_at": now, "at": now,
                "actor": actor,
                "action": "indicator.create" if row.code in created else "indicator.update",
                "entity": "indicator", "entity_uuid": row.uuid,
                "detail": json.dumps({"code": row.code}, ensure_ascii=False),
            }
            for row in rows
        ],
    )  # fmt: skip
    session.flush()
    return rows


def targets_by_indicator(
    session: Session, ids: Iterable[int] | None = None
) -> dict[int, dict[int, Target]]:
    stmt = select(IndicatorTarget)
    if ids is not None:
        stmt = stmt.where(col(IndicatorTarget.indicator_id).in_(list(ids)))
    out: dict[int, dict[int, Target]] = {}
    for t in session.exec(stmt):
        out.setdefault(t.indicator_id, {})[t.year] = Target(t.target, t.target_high)
    return out


def _contributors(raw: str, by_uuid: dict[str, Organization]) -> tuple[int, ...]:
    try:
        data = json.loads(raw or "[]")
    except ValueError:
        return ()
    if not isinstance(data, list):
        return ()
    return tuple(by_uuid[x].id or 0 for x in data if isinstance(x, str) and x in by_uuid)


def list_indicators(
    session: Session,
    *,
    cluster: str | None = None,
    organization_id: int | None = None,
    level: Level | None = None,
    codes: Sequence[str] | None = None,
) -> list[IndicatorInfo]:
    """Active indicators by code; ``cluster`` keeps those whose lead or a contributor is
    in that Asisten's line, ``organization_id`` those the OPD leads or contributes to."""
    orgs = {o.id: o for o in session.exec(select(Organization))}
    by_uuid = {o.uuid: o for o in orgs.values()}
    stmt = select(Indicator).where(Indicator.active == True).order_by(col(Indicator.code))  # noqa: E712
    if level is not None:
        stmt = stmt.where(Indicator.level == level.value)
    if codes:
        stmt = stmt.where(col(Indicator.code).in_(list(codes)))
    rows = list(session.exec(stmt))
    targets = targets_by_indicator(session, [r.id for r in rows if r.id is not None])
    out = []
    for r in rows:
        assert r.id is not None
        contributors = _contributors(r.contributors, by_uuid)
        involved = {x for x in (r.lead_org_id, *contributors) if x is not None}
        if organization_id is not None and organization_id not in involved:
            continue
        if cluster is not None and not any(
            (orgs[x].asisten if x in orgs else None) == cluster for x in involved
        ):
            continue
        lead = orgs.get(r.lead_org_id) if r.lead_org_id is not None else None
        out.append(
            IndicatorInfo(
                id=r.id,
                code=r.code,
                name=r.name,
                unit=r.unit,
                polarity=Polarity(r.polarity),
                level=Level(r.level),
                frequency=Frequency(r.frequency),
                lead_org_id=r.lead_org_id,
                lead_org=(lead.short_name or lead.name) if lead else "",
                lead_cluster=lead.asisten if lead else None,
                contributor_ids=contributors,
                contributors=tuple(
                    orgs[x].short_name or orgs[x].name for x in contributors if x in orgs
                ),
                source=r.source,
                valid_min=r.valid_min,
                valid_max=r.valid_max,
                rpjmd_period=r.rpjmd_period,
                baseline=r.baseline,
                baseline_year=r.baseline_year,
                targets=targets.get(r.id, {}),
            )
        )
    return out


def find_indicator(session: Session, code: str) -> Indicator:
    row = session.exec(select(Indicator).where(Indicator.code == code.strip())).first()
    if row is None:
        key = indicator_key(code)
        row = session.exec(select(Indicator).where(Indicator.name_key == key)).first()
    if row is None:
        raise IndicatorNotFound(M('Indikator "{code}" tidak ada di katalog.', code=code))
    return row


_CLUSTERS = {"i": "I", "ii": "II", "iii": "III", "1": "I", "2": "II", "3": "III"}
CLUSTER_LABELS = {
    "I": "Asisten I (Pemerintahan dan Kesra)",
    "II": "Asisten II (Perekonomian dan Pembangunan)",
    "III": "Asisten III (Administrasi Umum)",
}


def parse_cluster(text: str | None) -> str | None:
    """``"II"``, ``"Asisten II"``, ``"2"``, ``"ekobang"`` -> ``"II"``; None when empty."""
    if text is None or not text.strip():
        return None
    key = fold(text).replace("asisten", "").strip()
    if key in _CLUSTERS:
        return _CLUSTERS[key]
    if key in ("ekobang", "perekonomian", "ekonomi pembangunan", "perekonomian dan pembangunan"):
        return "II"
    if key in ("pemerintahan", "kesra", "pemerintahan dan kesra"):
        return "I"
    if key in ("administrasi", "administrasi umum", "umum"):
        return "III"
    raise CatalogueError(
        M('Klaster "{text}" tidak dikenal; pakai I, II atau III (Asisten).', text=text)
    )


@dataclass(frozen=True)
class IndicatorForm:
    """The editor's fields as typed (text), turned into a spec by :func:`spec_from_form`."""

    code: str
    name: str
    unit: str
    polarity: str  # "higher" / "lower" / "range" / ""
    level: str
    frequency: str
    lead_org_id: int | None
    contributors: str  # "Dinsos, DP3AKB"
    source: str
    valid_min: str
    valid_max: str
    rpjmd_period: str
    baseline: str
    baseline_year: str
    targets: dict[int, str]


def rpjmd_years(period: str) -> list[int]:
    """``"2025-2029"`` -> [2025, ..., 2029]; a bad period gives no years."""
    import re

    m = re.fullmatch(r"\s*(\d{4})\s*[-–]\s*(\d{4})\s*", period or "")
    if not m:
        return []
    first, last = int(m.group(1)), int(m.group(2))
    return list(range(first, last + 1)) if 0 <= last - first <= 10 else []


def spec_from_form(session: Session, form: IndicatorForm) -> IndicatorSpec:
    """Every field checked, every problem named at once (the editor shows them all)."""
    from rakor_desktop.domain.monev import NumberError, parse_number, parse_target
    from rakor_desktop.services.directory.people import find_organization

    problems: list[str] = []

    def number(text: str, label: str) -> float | None:
        try:
            return parse_number(text, label=label)
        except NumberError as exc:
            problems.append(str(exc))
            return None

    try:
        polarity = Polarity(form.polarity)
    except ValueError:
        polarity = None
        problems.append(M("Polaritas wajib dipilih: tidak ditebak dari nama indikator."))
    contributors: list[int] = []
    for part in form.contributors.replace(";", ",").split(","):
        if not part.strip():
            continue
        org = find_organization(session, part.strip())
        if org is None or org.id is None:
            problems.append(
                M('OPD pendukung "{name}" tidak dikenal di direktori.', name=part.strip())
            )
        else:
            contributors.append(org.id)
    targets: dict[int, Target] = {}
    for year, text in sorted(form.targets.items()):
        if not text.strip():
            continue
        try:
            t = parse_target(text, polarity or Polarity.HIGHER, label=M("Target {year}", year=year))
        except NumberError as exc:
            problems.append(str(exc))
            continue
        if t is not None:
            targets[year] = t
    year_text = form.baseline_year.strip()
    baseline_year = int(year_text) if year_text.isdigit() else None
    if year_text and baseline_year is None:
        problems.append(M("Tahun kondisi awal harus angka tahun, mis. 2024."))
    spec = IndicatorSpec(
        code=form.code.strip(),
        name=" ".join(form.name.split()),
        polarity=polarity,  # type: ignore[arg-type]  # None is refused below
        unit=form.unit.strip(),
        level=Level(form.level) if form.level in Level._value2member_map_ else Level.IKU,
        frequency=Frequency(form.frequency)
        if form.frequency in Frequency._value2member_map_
        else Frequency.YEARLY,
        lead_org_id=form.lead_org_id,
        contributor_ids=tuple(contributors),
        source=form.source.strip(),
        valid_min=number(form.valid_min, M("Batas bawah")),
        valid_max=number(form.valid_max, M("Batas atas")),
        rpjmd_period=form.rpjmd_period.strip(),
        baseline=number(form.baseline, M("Kondisi awal")),
        baseline_year=baseline_year,
        targets=targets,
    )
    if polarity is not None:
        try:
            check_spec(spec)
        except CatalogueError as exc:
            problems.append(str(exc))
    if problems:
        raise CatalogueError(" ".join(problems))
    return spec


def indicator_form(info: IndicatorInfo) -> IndicatorForm:
    """A stored indicator as the editor shows it."""
    from rakor_desktop.domain.monev import format_number

    return IndicatorForm(
        code=info.code,
        name=info.name,
        unit=info.unit,
        polarity=info.polarity.value,
        level=info.level.value,
        frequency=info.frequency.value,
        lead_org_id=info.lead_org_id,
        contributors=", ".join(info.contributors),
        source=info.source,
        valid_min=format_number(info.valid_min, 4),
        valid_max=format_number(info.valid_max, 4),
        rpjmd_period=info.rpjmd_period,
        baseline=format_number(info.baseline, 4),
        baseline_year=str(info.baseline_year or ""),
        targets={y: t.text().replace("–", " - ") for y, t in info.targets.items()},
    )
