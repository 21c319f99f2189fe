"""Documents from the database: data assembly + render, finalize/verify, and LibreOffice.

The issue's big meeting (200 attendees with captured signatures, 20 agenda items,
50 follow-ups, 40 OPD reports) is written into a real SQLite file; then:

- ``minutes_pdf_db_s``: read the meeting (services.document_data) and render the
  Notulen, what "Cetak notulen" costs the secretary (target < 1 s);
  ``minutes_data_db_s`` is the read alone, ``attendance_pdf_db_s`` the Daftar Hadir;
- ``finalize_s`` (snapshot + hash) and ``verify_pdf_s`` (re-render and compare);
- ``minutes_docx_s``: the same Notulen written as .docx (python-docx);
- ``libreoffice_docx_to_pdf_s``: ``soffice --headless --convert-to pdf`` of that .docx,
  and ``pdf_vs_libreoffice_ratio`` = minutes_pdf_db_s / libreoffice (target < 0.5);
  skipped with a message on stderr when soffice or python-docx is absent.

    .venv/bin/python benchmarks/bench_documents_db.py [--runs 5] [--lo-runs 3]
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC
from pathlib import Path

from _common import p95

from rakor_desktop.db import open_database
from rakor_desktop.documents.fixtures import KECAMATAN, OPDS, sample_meeting
from rakor_desktop.domain.enums import DecisionKind, MeetingStatus, OrgKind
from rakor_desktop.domain.models import (
    AgendaItem,
    Attendance,
    Decision,
    FollowUp,
    Invitation,
    Meeting,
    Note,
    OpdReport,
    Organization,
    Person,
)
from rakor_desktop.services.attendance.checkin import encode_signature
from rakor_desktop.services.attendance.invitations import new_token
from rakor_desktop.services.office.settings import update_office

ATTENDEES, AGENDA, FOLLOWUPS, REPORTS = 200, 20, 50, 40


def _line(name: str, timings: list[float], **extra: object) -> None:
    record = {
        "name": name,
        "value": round(statistics.median(timings), 4),
        "unit": "s",
        "p95": round(p95(timings), 4),
        "runs": len(timings),
        **extra,
    }
    print(json.dumps(record), flush=True)


def _time(fn: Callable[[], object], runs: int) -> tuple[list[float], object]:
    fn()  # warm: imports, fonts, caches
    timings, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        timings.append(time.perf_counter() - start)
    return timings, result


def populate(db_path: Path) -> int:
    """The big meeting as rows, with the sample Rakor's texts; returns its id."""
    sample = sample_meeting(
        attendees=ATTENDEES, agenda_items=AGENDA, followups=FOLLOWUPS, opd_reports=REPORTS
    )
    db = open_database(db_path)
    with db.session(write=True) as s:
        update_office(s, regency_name="PEMERINTAH KABUPATEN PEMALANG",
                      unit_name="SEKRETARIAT DAERAH", city="Pemalang",
                      address_line="Jalan Jenderal Sudirman Nomor 3 Pemalang 52312")  # fmt: skip
        orgs: dict[str, Organization] = {}
        names = [*OPDS, *(f"Kecamatan {k}" for k in KECAMATAN), "Sekretariat Daerah",
                 "Kantor Badan Pusat Statistik Kabupaten Pemalang"]  # fmt: skip
        for name in names:
            kind = OrgKind.KECAMATAN if name.startswith("Kecamatan") else OrgKind.DINAS
            orgs[name] = Organization(name=name, kind=kind)
            s.add(orgs[name])
        s.flush()

        def person(p) -> Person:
            row = Person(full_name=p.name, nip=p.nip, jabatan=p.jabatan, pangkat=p.pangkat,
                         organization_id=orgs[p.organization].id if p.organization in orgs else None)  # fmt: skip
            s.add(row)
            return row

        chair = person(sample.chair.person)
        notulis = person(sample.notulis.person)
        secretary = person(sample.secretary)
        people, seen = [], {chair.nip, notulis.nip, secretary.nip}
        for a in sample.attendees:
            p = a.person
            if p.nip in seen:  # NIP is unique in the directory
                p = type(p)(p.name, None, p.jabatan, p.pangkat, p.organization)
            seen.add(p.nip)
            people.append(person(p))
        s.flush()
        m = Meeting(
            title=sample.title, starts_at=sample.starts_at, ends_at=sample.ends_at,
            place=sample.place, chair_id=chair.id, secretary_id=secretary.id,
            notulis_id=notulis.id, letter_number=sample.letter_number,
            letter_date=sample.letter_date, opening_remarks=sample.opening_remarks,
            status=MeetingStatus.CLOSED.value, closed_at=sample.ends_at,
        )  # fmt: skip
        s.add(m)
        s.flush()
        for a, row in zip(sample.attendees, people, strict=True):
            inv = Invitation(meeting_id=m.id, person_id=row.id, token=new_token(),
                             absence_status=None if a.status == "Hadir" else "izin")  # fmt: skip
            s.add(inv)
            s.flush()
            if a.status == "Hadir":
                at = a.checked_in_at or sample.starts_at
                s.add(Attendance(meeting_id=m.id, person_id=row.id, invitation_id=inv.id,
                                 checked_in_at=at.astimezone(UTC), is_late=a.late,
                                 signature=encode_signature(a.signature or [])))  # fmt: skip
        for pos, item in enumerate(sample.agenda_items):
            ai = AgendaItem(meeting_id=m.id, position=pos, title=item.title)
            s.add(ai)
            s.flush()
            s.add(Note(meeting_id=m.id, agenda_item_id=ai.id, body=item.notes))
            for d in item.decisions:
                s.add(Decision(meeting_id=m.id, agenda_item_id=ai.id, text=d,
                               kind=DecisionKind.KEPUTUSAN.value, position=pos * 2))  # fmt: skip
            for d in item.directives:
                s.add(Decision(meeting_id=m.id, agenda_item_id=ai.id, text=d,
                               kind=DecisionKind.ARAHAN.value, position=pos * 2 + 1))  # fmt: skip
        for f in sample.followups:
            s.add(FollowUp(meeting_id=m.id, organization_id=orgs[f.organization].id,
                           problem=f.problem, action=f.action, due_date=f.due_date,
                           remark=f.remark))  # fmt: skip
        used: set[str] = set()
        for n, r in enumerate(sample.opd_reports):
            name = r.organization if r.organization not in used else f"Bagian Setda {n}"
            used.add(name)
            if name not in orgs:
                orgs[name] = Organization(name=name, kind=OrgKind.BAGIAN)
                s.add(orgs[name])
                s.flush()
            s.add(OpdReport(meeting_id=m.id, organization_id=orgs[name].id,
                            budget_pct=r.budget_pct, physical_pct=r.physical_pct,
                            indicators=json.dumps(dict(r.indicators)), obstacles=r.obstacles,
                            innovation=r.innovation))  # fmt: skip
        meeting_id = m.id
    db.dispose()
    return meeting_id


def _soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def _convert(soffice: str, docx: Path, outdir: Path, profile: Path) -> float:
    start = time.perf_counter()
    subprocess.run(
        [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(outdir), str(docx)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    elapsed = time.perf_counter() - start
    if not (outdir / (docx.stem + ".pdf")).is_file():
        raise RuntimeError("soffice produced no PDF")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--lo-runs", type=int, default=3)
    args = parser.parse_args()
    from rakor_desktop.services.minutes import finalize
    from rakor_desktop.services.minutes.assemble import meeting_data, prepare_document

    with tempfile.TemporaryDirectory(prefix="rakor-bench-docs-") as tmp_name:
        tmp = Path(tmp_name)
        start = time.perf_counter()
        meeting_id = populate(tmp / "bench.sqlite")
        print(f"bench: big meeting written in {time.perf_counter() - start:.1f}s", file=sys.stderr)
        db = open_database(tmp / "bench.sqlite")
        shape = {"attendees": ATTENDEES, "agenda_items": AGENDA, "followups": FOLLOWUPS,
                 "opd_reports": REPORTS, "signatures": True}  # fmt: skip

        def data() -> object:
            with db.session() as s:
                return meeting_data(s, meeting_id, signatures=False, invitees=False)

        def minutes() -> bytes:
            with db.session() as s:
                doc = prepare_document(s, meeting_id, "minutes")
            return doc.render()

        def attendance() -> bytes:
            with db.session() as s:
                doc = prepare_document(s, meeting_id, "attendance")
            return doc.render()

        t_data, _ = _time(data, args.runs)
        _line("minutes_data_db_s", t_data, **shape)
        t_minutes, pdf = _time(minutes, args.runs)
        _line("minutes_pdf_db_s", t_minutes, bytes=len(pdf), **shape)  # type: ignore[arg-type]
        t_att, att = _time(attendance, args.runs)
        _line("attendance_pdf_db_s", t_att, bytes=len(att), **shape)  # type: ignore[arg-type]

        start = time.perf_counter()
        with db.session(write=True) as s:
            result = finalize.finalize_meeting(s, meeting_id)
        _line("finalize_s", [time.perf_counter() - start], revision=result.revision)
        final = minutes()

        def verify() -> object:
            with db.session() as s:
                return finalize.verify_pdf(s, final)

        t_verify, verdict = _time(verify, max(args.runs // 2, 1))
        assert verdict.ok, verdict.message  # type: ignore[attr-defined]
        _line("verify_pdf_s", t_verify)

        try:
            from rakor_desktop.documents.docx_export import minutes_docx
        except ImportError:
            print("bench: python-docx not installed; docx and LibreOffice ratio skipped",
                  file=sys.stderr)  # fmt: skip
            db.dispose()
            return 0
        with db.session() as s:
            doc = prepare_document(s, meeting_id, "minutes")
        docx = tmp / "notulen.docx"
        t_docx, _ = _time(lambda: minutes_docx(doc.meeting, doc.office, docx), args.runs)
        _line("minutes_docx_s", t_docx)
        soffice = _soffice()
        if soffice is None:
            print("bench: pdf_vs_libreoffice_ratio skipped: soffice (LibreOffice) not found; "
                  "`make bench` installs it when run as root", file=sys.stderr)  # fmt: skip
            db.dispose()
            return 0
        profile = tmp / "lo-profile"
        outdir = tmp / "lo"
        _convert(soffice, docx, outdir, profile)  # first start creates the profile
        t_lo = [_convert(soffice, docx, outdir, profile) for _ in range(args.lo_runs)]
        lo_pages = subprocess.run(["pdfinfo", str(outdir / "notulen.pdf")], capture_output=True,
                                  text=True).stdout if shutil.which("pdfinfo") else ""  # fmt: skip
        pages = next((line.split()[-1] for line in lo_pages.splitlines()
                      if line.startswith("Pages:")), None)  # fmt: skip
        _line("libreoffice_docx_to_pdf_s", t_lo, pages=int(pages) if pages else None)
        ratio = statistics.median(t_minutes) / statistics.median(t_lo)
        print(json.dumps({"name": "pdf_vs_libreoffice_ratio", "value": round(ratio, 4),
                          "unit": "ratio", "target": 0.5,
                          "ours_s": round(statistics.median(t_minutes), 4),
                          "libreoffice_s": round(statistics.median(t_lo), 4)}), flush=True)  # fmt: skip
        db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
