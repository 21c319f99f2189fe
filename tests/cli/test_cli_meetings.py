"""``meeting create``, ``meeting show --json``, ``invite`` and ``close`` from the shell."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from meeting_data import build_regency

from rakor_desktop.db import open_database
from rakor_desktop.domain.enums import FollowUpStatus
from rakor_desktop.domain.models import FollowUp
from rakor_desktop.services.meetings import agenda, decisions
from rakor_desktop.services.meetings import editor as meeting_editor


def _regency(path: Path) -> dict:
    db = open_database(path)
    with db.session() as s:
        r = build_regency(s)
        ids = {
            "notulis": r.notulis.id,
            "notulis_nip": r.notulis.nip,
            "dinkes": r.org_id("Dinas Kesehatan"),
            "dinkes_head": r.head_id("Dinas Kesehatan"),
            "bappeda_head": r.head_id("Badan Perencanaan Pembangunan Daerah"),
        }
    db.dispose()
    return ids


def test_full_series_cycle_through_the_cli(cli, db_path: Path) -> None:
    ids = _regency(db_path)
    db = str(db_path)

    created = cli(
        "--db",
        db,
        "meeting",
        "create",
        "--title",
        "Rakor Penyelenggaraan Pemerintahan Daerah Agustus 2025",
        "--start",
        "2025-08-25 09:00",
        "--end",
        "12:00",
        "--place",
        "Sasana Bhakti Praja",
        "--series",
        "Rakor Bulanan",
    )
    assert created.returncode == 0, created.stderr
    first = int(created.stdout.strip())
    assert "Seri baru dibuat: Rakor Bulanan" in created.stderr
    assert "sudah lewat" in created.stderr  # a warning, not a failure

    inv = cli(
        "--db",
        db,
        "invite",
        str(first),
        str(ids["notulis"]),
        "--opd",
        "Dinas Kesehatan",
        "--opd",
        "Bappeda",
    )
    assert inv.returncode == 0, inv.stderr
    assert "3 undangan ditambahkan" in inv.stdout
    by_nip = cli("--db", db, "invite", str(first), ids["notulis_nip"])
    assert by_nip.returncode == 0 and "1 sudah diundang" in by_nip.stdout

    # Work the meeting through the services (as the window would), leaving one directive open.
    database = open_database(db_path)
    with database.session() as s:
        agenda.add_item(
            s,
            first,
            "Evaluasi capaian kinerja triwulan",
            planned_minutes=45,
            presenter_org_id=ids["dinkes"],
        )
        _, fu = decisions.add_directive(
            s, first, "Turunkan stunting", organization_id=ids["dinkes"], due_date=date(2025, 9, 30)
        )
        _, done = decisions.add_directive(s, first, "Kirim data IKD")
        s.get(FollowUp, done.id).status = FollowUpStatus.SELESAI
        meeting_editor.update_meeting(s, first, notulis_id=ids["notulis"])
    database.dispose()

    refused = cli("--db", db, "close", str(first))
    assert refused.returncode == 1
    assert "Status peserta tidak hadir" in refused.stderr
    closed = cli("--db", db, "close", str(first), "--mark-absent", "tanpa_keterangan")
    assert closed.returncode == 0, closed.stderr
    assert "Rapat ditutup" in closed.stdout

    nxt = cli("--db", db, "meeting", "create", "--series", "Rakor Bulanan")
    assert nxt.returncode == 0, nxt.stderr
    second = int(nxt.stdout.strip())
    shown = cli("--db", db, "meeting", "show", str(second), "--json")
    assert shown.returncode == 0, shown.stderr
    data = json.loads(shown.stdout)
    assert data["starts_at"] == "2025-09-22T09:00:00+07:00"  # 4th Monday, same hour
    assert data["ends_at"] == "2025-09-22T12:00:00+07:00"
    assert data["place"] == "Sasana Bhakti Praja"
    assert data["title"] == "Rakor Bulanan Bulan September 2025"
    assert {i["person_id"] for i in data["invitees"]} == {
        ids["notulis"],
        ids["dinkes_head"],
        ids["bappeda_head"],
    }
    titles = [a["title"] for a in data["agenda"]]
    assert titles == [meeting_editor.CARRY_OVER_TITLE, "Evaluasi capaian kinerja triwulan"]
    assert data["agenda"][1] == {
        "title": "Evaluasi capaian kinerja triwulan",
        "presenter": "Dinas Kesehatan",
        "planned_minutes": 45,
    }
    assert data["followups"] == []  # carried follow-ups stay with the meeting that gave them
    source = json.loads(cli("--db", db, "meeting", "show", str(first), "--json").stdout)
    assert [f["id"] for f in source["followups"]] == [fu.id, done.id]
    assert source["status"] == "closed"


def test_bad_input_exit_codes(cli, db_path: Path) -> None:
    ids = _regency(db_path)
    db = str(db_path)
    no_title = cli("--db", db, "meeting", "create", "--title", " ", "--start", "2030-01-07 09:00")
    assert no_title.returncode == 1 and "Judul rapat wajib diisi" in no_title.stderr
    backwards = cli(
        "--db",
        db,
        "meeting",
        "create",
        "--title",
        "Rakor",
        "--start",
        "2030-01-07 10:00",
        "--end",
        "09:00",
    )
    assert backwards.returncode == 1 and "harus sesudah jam mulai" in backwards.stderr
    bad_time = cli("--db", db, "meeting", "create", "--title", "Rakor", "--start", "7 Januari 2030")
    assert bad_time.returncode == 1 and "YYYY-MM-DD HH:MM" in bad_time.stderr
    ok = cli("--db", db, "meeting", "create", "--title", "Rakor", "--start", "2030-01-07 09:00")
    mid = ok.stdout.strip()
    assert ok.returncode == 0 and ok.stderr == ""
    assert cli("--db", db, "invite", "999", str(ids["notulis"])).returncode == 2
    unknown = cli("--db", db, "invite", mid, "123456789012345678", "--opd", "Dinas Perikanan")
    assert unknown.returncode == 1 and "Dinas Perikanan" in unknown.stderr
    no_head = cli("--db", db, "invite", mid, "--opd", "Dinas Sosial")
    assert no_head.returncode == 1 and "tanpa kepala tercatat: Dinas Sosial" in no_head.stdout
    assert cli("--db", db, "close", "999").returncode == 2
    assert cli("--db", db, "meeting", "create", "--series", "77").returncode == 2
    overlap = cli(
        "--db", db, "meeting", "create", "--title", "Rakor Lain", "--start", "2030-01-07 10:00"
    )
    assert overlap.returncode == 0 and "Bentrok" in overlap.stderr
