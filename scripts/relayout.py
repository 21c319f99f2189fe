#!/usr/bin/env python3
"""Move modules to their capability packages and rewrite every import of them.

Why a script: the same rewrite must be applied to branches that were started before
the move (``python scripts/relayout.py`` after a rebase fixes their imports), and it
must be safe to run twice. ``MODULES`` maps old dotted names to new ones; the script
``git mv``s files that still sit at the old place, then rewrites, in every ``*.py``
under rakor_desktop/, tests/, benchmarks/ and scripts/ (and build.spec):

- full dotted references (``rakor_desktop.services.checkin`` in imports, patch
  strings, ``import ... as``) to the new name;
- ``from rakor_desktop.services import checkin, agenda as a`` into one import per
  moved module (``from rakor_desktop.services.attendance import checkin``), keeping
  call sites unchanged.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
P = "rakor_desktop"

MODULES: dict[str, str] = {
    # attendance: invitations, the door's desk and its search
    f"{P}.services.checkin": f"{P}.services.attendance.checkin",
    f"{P}.services.invitations": f"{P}.services.attendance.invitations",
    f"{P}.services.invitees": f"{P}.services.attendance.invitees",
    # meetings: listing, editor, agenda, notes, decisions, close, presence, OPD reports
    f"{P}.services.meetings": f"{P}.services.meetings.listing",
    f"{P}.services.meeting_editor": f"{P}.services.meetings.editor",
    f"{P}.services.agenda": f"{P}.services.meetings.agenda",
    f"{P}.services.notes": f"{P}.services.meetings.notes",
    f"{P}.services.decisions": f"{P}.services.meetings.decisions",
    f"{P}.services.meeting_close": f"{P}.services.meetings.close",
    f"{P}.services.presence": f"{P}.services.meetings.presence",
    f"{P}.services.opd_reports": f"{P}.services.meetings.opd_reports",
    # minutes: assembling document data, finalizing
    f"{P}.services.document_data": f"{P}.services.minutes.assemble",
    f"{P}.services.finalize": f"{P}.services.minutes.finalize",
    # follow-ups
    f"{P}.services.followups": f"{P}.services.followups.query",
    # insight: the chair's dashboard, charts and trends
    f"{P}.services.dashboard": f"{P}.services.insight.dashboard",
    f"{P}.services.dashboard_charts": f"{P}.services.insight.charts",
    f"{P}.services.trends": f"{P}.services.insight.trends",
    # directory: people, the door's in-memory search, import/export of staff lists
    f"{P}.services.people": f"{P}.services.directory.people",
    f"{P}.services.directory": f"{P}.services.directory.listing",
    f"{P}.services.search": f"{P}.services.directory.search",
    f"{P}.services.people_import": f"{P}.services.directory.importer",
    f"{P}.services.people_export": f"{P}.services.directory.export",
    f"{P}.services.tabular": f"{P}.services.directory.tabular",
    # transfer: bundles between laptops, the server copy, backups
    f"{P}.services.bundle": f"{P}.services.transfer.bundle",
    f"{P}.services.server_copy": f"{P}.services.transfer.server_copy",
    f"{P}.services.backups": f"{P}.services.transfer.backups",
    # office: settings, audit trail, change probe
    f"{P}.services.office": f"{P}.services.office.settings",
    f"{P}.services.audit": f"{P}.services.office.audit",
    f"{P}.services.changes": f"{P}.services.office.changes",
    # demo data is not product code
    f"{P}.services.demo": f"{P}.demo.builder",
    f"{P}.services.demo_data": f"{P}.demo.data",
    # ui/: the same capability names (whole packages move)
    f"{P}.ui.kiosk": f"{P}.ui.attendance",
    f"{P}.ui.dashboard": f"{P}.ui.insight",
    f"{P}.ui.importer": f"{P}.ui.directory",
    f"{P}.ui.server": f"{P}.ui.transfer",
    f"{P}.ui.backup_dialog": f"{P}.ui.transfer.backup_dialog",
}

PACKAGE_DOCS = {
    f"{P}.services.attendance": "Attendance: invitations and their QR codes, the door's check-in desk.",
    f"{P}.services.meetings": "Meetings: listing, editing, agenda, notes, decisions, closing, presence.",
    f"{P}.services.minutes": "Minutes: the data a Notulen is assembled from, and finalizing it.",
    f"{P}.services.followups": "Follow-ups of directives: queries, carry-over, progress.",
    f"{P}.services.insight": "What the chair reads: dashboard figures, charts, OPD trends.",
    f"{P}.services.directory": "The people directory: people, search, import and export of staff lists.",
    f"{P}.services.transfer": "Data leaving or entering a laptop: bundles, server copy, backups.",
    f"{P}.services.office": "Office-wide settings, the audit trail, the change probe.",
    f"{P}.demo": "Demo and sample data (not used by the product's own code paths).",
}

ROOTS = ("rakor_desktop", "tests", "benchmarks", "scripts")


def _path(dotted: str, package: bool = False) -> Path:
    base = REPO.joinpath(*dotted.split("."))
    return base / "__init__.py" if package else base.with_suffix(".py")


def _git(*args: str) -> None:
    subprocess.run(["git", *args], cwd=REPO, check=True)


def move_files() -> None:
    # Modules whose new package has the old module's name (meetings.py -> meetings/)
    # are moved aside first.
    staged: list[tuple[Path, Path]] = []
    for old, new in MODULES.items():
        folder, target = REPO.joinpath(*old.split(".")), REPO.joinpath(*new.split("."))
        if folder.is_dir() and not new.startswith(old + ".") and not target.exists():  # a package
            _git("mv", str(folder), str(target))
            continue
        src, dst = _path(old), _path(new)
        if not src.exists() or dst.exists():
            continue
        if _path(new.rsplit(".", 1)[0]).with_suffix("") == src.with_suffix(""):
            tmp = src.with_name(src.stem + "__moving.py")
            _git("mv", str(src), str(tmp))
            staged.append((tmp, dst))
        else:
            staged.append((src, dst))
    for src, dst in staged:
        dst.parent.mkdir(parents=True, exist_ok=True)
        _git("mv", str(src), str(dst))
    for package, doc in PACKAGE_DOCS.items():
        init = _path(package, package=True)
        if not init.exists():
            init.parent.mkdir(parents=True, exist_ok=True)
            init.write_text(f'"""{doc}"""\n', encoding="utf-8")
            _git("add", str(init))


def _children(package: str) -> set[str]:
    folder = REPO.joinpath(*package.split("."))
    names = (
        {p.stem for p in folder.glob("*.py")} | {p.name for p in folder.iterdir() if p.is_dir()}
        if folder.is_dir()
        else set()
    )
    names |= {n.rsplit(".", 1)[1] for n in MODULES.values() if n.rsplit(".", 1)[0] == package}
    return names


def _dotted_pattern() -> re.Pattern[str]:
    parts = []
    for old in sorted(MODULES, key=len, reverse=True):
        kids = _children(old)
        alt = "|".join(sorted(kids))
        # Already the new layout: a child module (``old.child``) or ``from old import child``.
        guard = f"(?!\\.(?:{alt})\\b)(?!\\s+import\\s+\\(?\\s*(?:{alt})\\b)" if kids else ""
        parts.append(re.escape(old) + r"(?![\w])" + guard)
    return re.compile("|".join(parts))


def _rewrite_from_imports(source: str) -> str:
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return source
    lines = source.splitlines(keepends=True)
    edits: list[tuple[int, int, str]] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.ImportFrom) or node.level or not node.module:
            continue
        moved = [a for a in node.names if f"{node.module}.{a.name}" in MODULES]
        if not moved:
            continue
        indent = re.match(r"\s*", lines[node.lineno - 1]).group(0)
        tail = lines[node.end_lineno - 1][node.end_col_offset :].rstrip("\n")
        comment = f"  {tail.strip()}" if tail.strip().startswith("#") else ""
        kept = [a for a in node.names if a not in moved]
        out = []
        if kept:
            names = ", ".join(a.name + (f" as {a.asname}" if a.asname else "") for a in kept)
            out.append(f"{indent}from {node.module} import {names}{comment}\n")
        for a in moved:
            new = MODULES[f"{node.module}.{a.name}"]
            parent, leaf = new.rsplit(".", 1)
            alias = a.asname or a.name
            rename = "" if alias == leaf else f" as {alias}"
            out.append(f"{indent}from {parent} import {leaf}{rename}{comment}\n")
        edits.append((node.lineno - 1, node.end_lineno, "".join(out)))
    for start, end, text in sorted(edits, reverse=True):
        lines[start:end] = [text]
    return "".join(lines)


_ONE_LINE = re.compile(
    r"^(?P<indent>[ \t]*)from (?P<module>[\w.]+) import (?P<names>[\w ,]+?)[ \t]*$", re.M
)


def _rewrite_one_line_imports(source: str) -> str:
    """The same split for imports inside strings (scripts run in a subprocess by tests)."""

    def fix(m: re.Match[str]) -> str:
        module, indent = m.group("module"), m.group("indent")
        names = [n.strip() for n in m.group("names").split(",") if n.strip()]
        parsed = [
            (n.split(" as ")[0].strip(), n.split(" as ")[1].strip() if " as " in n else None)
            for n in names
        ]
        if not any(f"{module}.{n}" in MODULES for n, _ in parsed):
            return m.group(0)
        out = []
        kept_raw = [
            raw for (n, _), raw in zip(parsed, names, strict=True) if f"{module}.{n}" not in MODULES
        ]
        if kept_raw:
            out.append(f"{indent}from {module} import {', '.join(kept_raw)}")
        for n, alias in parsed:
            if f"{module}.{n}" in MODULES:
                parent, leaf = MODULES[f"{module}.{n}"].rsplit(".", 1)
                name = alias or n
                out.append(
                    f"{indent}from {parent} import {leaf}{'' if name == leaf else f' as {name}'}"
                )
        return "\n".join(out)

    return _ONE_LINE.sub(fix, source)


def rewrite(paths: list[Path]) -> int:
    pattern = _dotted_pattern()
    changed = 0
    for path in paths:
        text = path.read_text(encoding="utf-8")
        new = _rewrite_from_imports(text) if path.suffix == ".py" else text
        new = _rewrite_one_line_imports(new)
        new = pattern.sub(lambda m: MODULES[m.group(0)], new)
        if new != text:
            path.write_text(new, encoding="utf-8")
            changed += 1
    return changed


def main() -> int:
    move_files()
    files = [
        p for root in ROOTS for p in sorted((REPO / root).rglob("*.py")) if ".venv" not in p.parts
    ]
    files += [REPO / "build.spec"]
    n = rewrite([p for p in files if p.exists() and p.resolve() != Path(__file__).resolve()])
    print(f"relayout: rewrote imports in {n} files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
