"""What an import did, row by row, and what it would have overwritten."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from rakor_desktop.services.transfer.bundle.format import TABLE_LABELS, TABLES, _encode

# -- import -----------------------------------------------------------------------------


@dataclass
class Conflict:
    """One row both sides hold differently: which version won and what the loser said."""

    table: str
    uuid: str
    label: str
    winner: str  # "bundel" or "lokal"
    fields: dict[str, dict[str, Any]]  # column -> {"lokal": v, "bundel": v}
    local_updated_at: str
    bundle_updated_at: str

    def describe(self) -> str:
        cols = ", ".join(self.fields)
        side = "versi bundel dipakai" if self.winner == "bundel" else "versi lokal dipertahankan"
        return (
            f'{TABLE_LABELS.get(self.table, self.table)} "{self.label}": {side} (berbeda: {cols})'
        )


@dataclass
class BundleImportReport:
    manifest: dict
    dry_run: bool
    inserted: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    updated: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    kept_local: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    unchanged: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    conflicts: list[Conflict] = field(default_factory=list)
    matched_by_key: list[dict[str, str]] = field(default_factory=list)
    rejected: list[dict[str, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # Changes to a meeting finalized here: never applied, kept as proposals.
    held: list[dict[str, Any]] = field(default_factory=list)
    origin: str = "ours"  # bundle/seal.Origin: ours, foreign, unsealed
    needs_confirmation: bool = False  # not this office's: shown as a dry run, nothing written

    def total(self, kind: str) -> int:
        return sum(getattr(self, kind).values())

    def summary_lines(self) -> list[str]:
        lines = []
        if self.origin != "ours":
            lines.append(
                "PERHATIAN: bundel ini tidak bersegel kantor ini "
                + (
                    "(dibuat oleh kantor lain). "
                    if self.origin == "foreign"
                    else "(tanpa segel: versi lama atau segelnya dibuang). "
                )
                + (
                    "Belum ada yang disimpan; impor hanya setelah Anda memeriksa perubahan di "
                    "bawah ini dan menyetujuinya."
                    if self.needs_confirmation
                    else "Diimpor atas persetujuan Anda."
                )
            )
        lines += [
            ("Uji coba (tidak ada yang disimpan): " if self.dry_run else "Impor bundel selesai: ")
            + f"{self.total('inserted')} baru, {self.total('updated')} diperbarui, "
            f"{self.total('unchanged')} sama, {self.total('kept_local')} versi lokal dipertahankan, "
            f"{len(self.conflicts)} konflik, {len(self.rejected)} ditolak."
        ]
        if self.held:
            lines.append(
                f"{len(self.held)} perubahan untuk rapat yang sudah final TIDAK diterapkan; "
                "disimpan sebagai usulan amandemen (lihat 'bundle proposals')."
            )
        for name in TABLES:
            parts = []
            for kind, label in (
                ("inserted", "baru"),
                ("updated", "diperbarui"),
                ("unchanged", "sama"),
                ("kept_local", "lokal"),
            ):
                n = getattr(self, kind).get(name, 0)
                if n:
                    parts.append(f"{n} {label}")
            if parts:
                lines.append(f"  {TABLE_LABELS[name]}: " + ", ".join(parts))
        if self.conflicts:
            lines.append("Konflik (versi yang kalah tercatat di laporan):")
            lines.extend("  - " + c.describe() for c in self.conflicts)
        if self.matched_by_key:
            lines.append(f"Dicocokkan tanpa uuid (NIP/nama): {len(self.matched_by_key)} baris")
        for r in self.rejected:
            lines.append(
                f"  DITOLAK {TABLE_LABELS.get(r['table'], r['table'])} {r['uuid']}: {r['reason']}"
            )
        lines.extend("  Catatan: " + w for w in self.warnings)
        return lines

    def as_json(self) -> dict:
        return {
            "dry_run": self.dry_run,
            "origin": self.origin,
            "needs_confirmation": self.needs_confirmation,
            "manifest": {
                k: self.manifest.get(k)
                for k in ("created_at", "schema_revision", "counts", "scope")
            },
            "inserted": dict(self.inserted),
            "updated": dict(self.updated),
            "kept_local": dict(self.kept_local),
            "unchanged": dict(self.unchanged),
            "conflicts": [
                {
                    "table": c.table,
                    "uuid": c.uuid,
                    "label": c.label,
                    "winner": c.winner,
                    "fields": {
                        k: {s: _encode(v) for s, v in d.items()} for k, d in c.fields.items()
                    },
                    "local_updated_at": c.local_updated_at,
                    "bundle_updated_at": c.bundle_updated_at,
                }
                for c in self.conflicts
            ],
            "matched_by_key": self.matched_by_key,
            "rejected": self.rejected,
            "warnings": self.warnings,
            "held": self.held,
        }
