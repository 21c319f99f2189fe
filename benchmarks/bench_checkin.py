"""Time the door check-in and print one JSON line per figure.

Data (bulk inserts in a temporary folder): a directory of 5,000 people in 40 OPDs and
two meetings with 300 invitees each for the check-in figures; a directory of 10,000
people for the search figures. Figures:

- ``checkin_p95_ms``: through the kiosk widget: the scanner's keystrokes
  (``QTest.keyClicks`` of the 71-character QR payload) + Enter -> committed ->
  confirmation painted (a paint event of the result panel observed). Target < 50 ms.
  Between people the event loop idles 100 ms, as it does at a real door, so the
  deferred counter refresh is not charged to the next scan.
- ``checkin_vs_raw_commit_ratio``: median of the service-level check-in (one
  ``db.session(write=True)`` unit: parse, lookup by code, duplicate check, insert,
  durable commit; no UI) divided by the median of a bare ``sqlite3`` INSERT+COMMIT of
  the same attendance row (same columns and indexes, in a mirror table of the same
  file) with the same pragmas (WAL, synchronous=FULL, foreign_keys, busy_timeout),
  measured interleaved in the same run. Target < 4. For transparency the same
  check-in is also divided by a minimal one-row INSERT+COMMIT, and a naive ORM
  check-in (select invitation, get person, select attendance, add, commit, refresh)
  is measured against the same baseline.
- ``checkin_parts_us``: where the service time goes: the unit of work itself
  (Session, pooled connection, BEGIN IMMEDIATE, COMMIT of nothing), the lookup
  SELECT, the INSERT statement (rolled back), parsing + HMAC check; next to the
  durable commit of the same row, which dominates on a real disk.
- ``search_p95_ms``: per keystroke through the kiosk widget over 10,000 people
  (key event -> index search -> list filled -> painted). Target < 16 ms.
  ``search_index_p95_ms``: the in-memory index alone.
- ``directory_index_load_ms``, ``counters_ms``: what a ChangeWatcher refresh costs.

    .venv/bin/python benchmarks/bench_checkin.py [--people 5000] [--invited 300]
        [--only service|kiosk|search]

fsync latency dominates the ratio's denominator and moves with the disk's load:
on a shared machine, repeat ``--only service`` and read the figures together.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QPA_FONTDIR", "/usr/share/fonts/truetype")

from _common import emit
from sqlalchemy import insert, select

from rakor_desktop.db import Database, open_database
from rakor_desktop.domain import clock
from rakor_desktop.domain.models import (
    Attendance,
    Invitation,
    Meeting,
    Organization,
    Person,
)
from rakor_desktop.domain.names import name_key
from rakor_desktop.domain.types import new_uuid, utcnow
from rakor_desktop.services.attendance import checkin as svc
from rakor_desktop.services.attendance import desk as desk_module
from rakor_desktop.services.attendance import invitations
from rakor_desktop.services.directory import search
from rakor_desktop.services.office.settings import get_office

FIRST = (
    "Anom", "Sri", "Bambang", "Siti", "Agus", "Rina", "Budi", "Dewi", "Eko", "Fajar", "Gita",
    "Hendra", "Indah", "Joko", "Kartika", "Lestari", "Muhammad", "Nur", "Oktaviani", "Putri",
    "Rahmat", "Slamet", "Teguh", "Utami", "Wahyu", "Yusuf", "Zainal", "Ahmad", "Dwi", "Tri",
    "Sugeng", "Retno", "Séno", "Ayu", "Hadi", "Iwan", "Kurnia", "Lina", "Mulyono", "Ning",
)  # fmt: skip
LAST = (
    "Widiyantoro", "Wahyuni", "Sutrisno", "Nurhaliza", "Prasetyo", "Santoso", "Lestari",
    "Kurniawan", "Hidayat", "Setiawan", "Susanto", "Rahayu", "Saputra", "Handayani",
    "Purnomo", "Wibowo", "Nugroho", "Hartono", "Firmansyah", "Maharani", "Pratama",
    "Suryani", "Gunawan", "Permana", "Haryanto", "Kusuma", "Anggraini", "Supriyadi",
)  # fmt: skip
PREFIX = ("", "", "", "Dr. ", "H. ", "Hj. ", "Ir. ", "Drs. ", "Dr. H. ")
DEGREE = ("", "", ", S.H.", ", S.E.", ", S.Kom.", ", S.T., M.T.", ", S.H., M.H.", ", M.Si.",
          ", S.Pd.", ", S.STP.")  # fmt: skip
JABATAN = ("Kepala", "Sekretaris", "Kepala Bidang", "Kepala Seksi", "Analis", "Staf", "Camat")
START = datetime(2025, 8, 25, 2, 0, tzinfo=UTC)  # Senin 09.00 WIB
NOW = START - timedelta(minutes=20)


def progress(text: str) -> None:
    print(f"bench_checkin: {text}", file=sys.stderr, flush=True)


# ------------------------------------------------------------------ data


def build_directory(db: Database, people: int, invited: int, meetings: int) -> dict:
    """Bulk-insert OPDs, people with NIPs, meetings and invitations; return payloads."""
    rng = random.Random(25)
    now = utcnow()

    def row(**values: object) -> dict:
        return {"uuid": new_uuid(), "created_at": now, "updated_at": now, **values}

    with db.session(write=True) as s:
        office = get_office(s)
        conn = s.connection()
        orgs = [f"Dinas {i:02d} {LAST[i % len(LAST)]}" for i in range(30)]
        orgs += [f"Kecamatan {LAST[i]}" for i in range(10)]
        conn.execute(insert(Organization), [row(name=n, short_name="", kind="dinas", active=True)
                                            for n in orgs])  # fmt: skip
        org_ids = list(conn.scalars(select(Organization.id)))
        people_rows = []
        for i in range(people):
            if i == 0:
                name = "Dr. H. Anom Widiyantoro, S.H., M.H."
            else:
                name = (f"{rng.choice(PREFIX)}{rng.choice(FIRST)} {rng.choice(FIRST)} "
                        f"{rng.choice(LAST)}{rng.choice(DEGREE)}")  # fmt: skip
            # Birth date, appointment month, gender, sequence: unique for i < 21,000.
            nip = (f"19{60 + i % 35:02d}{i % 12 + 1:02d}{i % 28 + 1:02d}"
                   f"{1990 + i % 30}{i % 12 + 1:02d}1{i % 1000:03d}")  # fmt: skip
            people_rows.append(row(
                full_name=name, name_key=name_key(name), nip=nip,
                jabatan=f"{rng.choice(JABATAN)} {rng.choice(orgs)}", pangkat="",
                organization_id=rng.choice(org_ids), phone="", is_head=False, active=True,
            ))  # fmt: skip
        conn.execute(insert(Person), people_rows)
        person_ids = list(conn.scalars(select(Person.id).order_by(Person.id)))
        out: dict = {"meetings": [], "secret": office.qr_secret}
        for m in range(meetings):
            muuid = new_uuid()
            conn.execute(insert(Meeting), [row(
                uuid=muuid, title=f"Rakor Penyelenggaraan Pemerintahan Daerah #{m + 1}",
                starts_at=START, place="Sasana Bhakti Praja", status="scheduled", chair_prefix="",
                letter_number="", letter_nature="Penting", signatures_required=False,
                opening_remarks="", attachments="[]",
            )])  # fmt: skip
            mid = conn.scalar(select(Meeting.id).where(Meeting.uuid == muuid))
            chosen = person_ids[m * invited : (m + 1) * invited]
            tokens = {pid: invitations.new_token() for pid in chosen}
            conn.execute(insert(Invitation), [row(meeting_id=mid, person_id=pid, token=tok,
                                                  absence_note="")
                                              for pid, tok in tokens.items()])  # fmt: skip
            payloads = [
                invitations.qr_payload(office.qr_secret, muuid, tok) for tok in tokens.values()
            ]
            out["meetings"].append({"id": mid, "uuid": muuid, "payloads": payloads,
                                    "people": chosen})  # fmt: skip
    return out


# ----------------------------------------------------------- service vs raw


def mirror_table(path: Path) -> sqlite3.Connection:
    """A bare sqlite3 connection with the app's pragmas and an attendance-shaped table."""
    raw = sqlite3.connect(str(path), isolation_level=None)
    raw.execute("PRAGMA busy_timeout=15000")
    raw.execute("PRAGMA journal_mode=WAL")
    raw.execute("PRAGMA synchronous=FULL")
    raw.execute("PRAGMA foreign_keys=ON")
    ddl = raw.execute("SELECT sql FROM sqlite_master WHERE name='attendance'").fetchone()[0]
    raw.execute(ddl.replace("CREATE TABLE attendance", "CREATE TABLE bench_attendance", 1))
    for (sql,) in raw.execute(
        "SELECT sql FROM sqlite_master WHERE type='index' AND tbl_name='attendance' AND sql NOT NULL"
    ).fetchall():
        raw.execute(
            sql.replace(" ON attendance", " ON bench_attendance").replace(
                "INDEX ix_", "INDEX bench_ix_"
            )
        )
    raw.execute("CREATE TABLE bench_minimal (id INTEGER PRIMARY KEY, a TEXT, b INTEGER)")
    return raw


def raw_insert(raw: sqlite3.Connection, meeting_id: int, person_id: int, inv_id: int) -> float:
    now = clock.utcnow().replace(tzinfo=None).isoformat(" ")
    t0 = time.perf_counter()
    raw.execute("BEGIN IMMEDIATE")
    raw.execute(
        "INSERT INTO bench_attendance (uuid, created_at, updated_at, meeting_id, person_id, "
        "invitation_id, delegate_for_id, checked_in_at, is_walk_in, is_late, station) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        (new_uuid(), now, now, meeting_id, person_id, inv_id, None, now, 0, 0, "bench"),
    )
    raw.execute("COMMIT")
    return (time.perf_counter() - t0) * 1000


def raw_minimal(raw: sqlite3.Connection, i: int) -> float:
    t0 = time.perf_counter()
    raw.execute("BEGIN IMMEDIATE")
    raw.execute("INSERT INTO bench_minimal (a, b) VALUES (?, ?)", ("x", i))
    raw.execute("COMMIT")
    return (time.perf_counter() - t0) * 1000


def naive_orm_check_in(db: Database, meeting_id: int, token: str) -> None:
    """What a first ORM version does: several round trips, identity map, refresh."""
    from sqlmodel import select as sm_select

    with db.session(write=True) as s:
        inv = s.exec(sm_select(Invitation).where(Invitation.token == token)).first()
        assert inv is not None and inv.meeting_id == meeting_id
        s.get(Person, inv.person_id)
        meeting = s.get(Meeting, meeting_id)
        assert meeting is not None
        existing = s.exec(
            sm_select(Attendance).where(
                Attendance.meeting_id == meeting_id, Attendance.person_id == inv.person_id
            )  # fmt: skip
        ).first()
        if existing is None:
            att = Attendance(meeting_id=meeting_id, person_id=inv.person_id, invitation_id=inv.id,
                             checked_in_at=utcnow(), station="naive")  # fmt: skip
            s.add(att)
            s.commit()
            s.refresh(att)


def bench_service(db: Database, data: dict) -> None:
    meeting = data["meetings"][0]
    mid = meeting["id"]
    with db.session() as s:
        desk = svc.CheckInDesk.load(s, mid)
        inv_ids = dict(s.connection().execute(
            select(Invitation.person_id, Invitation.id)
        ).all())  # fmt: skip
    assert db.path is not None
    raw = mirror_table(db.path)
    pids = meeting["people"]
    # Warm-up: statement caches, page cache (a first check-in is not the steady state).
    other = data["meetings"][1]
    for pid in other["people"][:5]:  # rows of the other meeting: no clash with the measured ones
        raw_insert(raw, other["id"], pid, inv_ids[pid])
    service, baseline, minimal, already = [], [], [], []
    for i, payload in enumerate(meeting["payloads"]):
        baseline.append(raw_insert(raw, mid, pids[i], inv_ids[pids[i]]))
        t0 = time.perf_counter()
        with db.session(write=True) as s:
            r = desk.check_in(s, payload, now=NOW, station="bench")
        service.append((time.perf_counter() - t0) * 1000)
        assert r.state is svc.State.NEW, r
        minimal.append(raw_minimal(raw, i))
    for payload in meeting["payloads"][:100]:
        t0 = time.perf_counter()
        with db.session(write=True) as s:
            r = desk.check_in(s, payload, now=NOW, station="bench")
        already.append((time.perf_counter() - t0) * 1000)
        assert r.state is svc.State.ALREADY
    ratio = statistics.median(service) / statistics.median(baseline)
    emit("checkin_service_ms", service)
    emit("raw_commit_ms", baseline, what="bare sqlite3 INSERT+COMMIT of an attendance-shaped row")
    emit("raw_commit_minimal_ms", minimal, what="bare sqlite3 INSERT+COMMIT into a 3-column table")
    emit("checkin_vs_raw_commit_ratio", ratio, "x", target="< 4")
    emit("checkin_vs_minimal_commit_ratio",
         statistics.median(service) / statistics.median(minimal), "x")  # fmt: skip
    emit("checkin_already_ms", already)

    # Where the time goes, piece by piece (same pool, nothing kept).
    empty, lookup, parse, ins = [], [], [], []
    payload = meeting["payloads"][0]
    spare = data["meetings"][1]["people"]
    for i in range(300):
        t0 = time.perf_counter()
        with db.session(write=True) as s:
            s.connection()
        empty.append((time.perf_counter() - t0) * 1e6)
        with db.session() as s:
            s.connection()
            t0 = time.perf_counter()
            desk_module._find(s, "id", {"pid": pids[0], "mid": mid})
            lookup.append((time.perf_counter() - t0) * 1e6)
        with db.session(write=True) as s:
            s.connection()
            t0 = time.perf_counter()
            desk._insert(s, now=NOW, pid=spare[i % len(spare)], iid=None, dfor=None,
                         walk=True, late=False, station="parts")  # fmt: skip
            ins.append((time.perf_counter() - t0) * 1e6)
            s.rollback()
        t0 = time.perf_counter()
        svc.parse_code(desk.secret, payload)
        parse.append((time.perf_counter() - t0) * 1e6)
    print(json.dumps({
        "name": "checkin_parts_us", "value": round(statistics.median(empty), 1), "unit": "us",
        "unit_of_work_begin_immediate_commit": round(statistics.median(empty), 1),
        "lookup_select": round(statistics.median(lookup), 1),
        "insert_statement": round(statistics.median(ins), 1),
        "parse_and_verify_hmac": round(statistics.median(parse), 1),
        "raw_commit_same_row": round(statistics.median(baseline) * 1000, 1),
    }), flush=True)  # fmt: skip

    # The naive ORM path against a fresh baseline, on the second meeting's invitees.
    second = data["meetings"][1]
    with db.session() as s:
        tokens = list(s.connection().scalars(
            select(Invitation.token).where(Invitation.meeting_id == second["id"])
        ))  # fmt: skip
    naive, base2 = [], []
    for i, token in enumerate(tokens[:150]):
        base2.append(raw_minimal(raw, 10_000 + i))
        t0 = time.perf_counter()
        naive_orm_check_in(db, second["id"], token)
        naive.append((time.perf_counter() - t0) * 1000)
    emit("naive_orm_checkin_ms", naive)
    emit(
        "naive_orm_vs_minimal_commit_ratio",
        statistics.median(naive) / statistics.median(base2),
        "x",
    )
    # Leave the second meeting clean for the kiosk figures.
    with db.session(write=True) as s:
        s.connection().execute(
            Attendance.__table__.delete().where(Attendance.meeting_id == second["id"])
        )
    raw.close()


# ------------------------------------------------------------------- kiosk


def bench_kiosk(db: Database, data: dict) -> None:
    from PySide6.QtCore import QEvent, QObject, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from rakor_desktop.ui.attendance.window import KioskWindow

    app = QApplication.instance() or QApplication([])

    class Paints(QObject):
        count = 0

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                Paints.count += 1
            return False

    meeting = data["meetings"][1]
    t0 = time.perf_counter()
    w = KioskWindow(db, meeting["id"], station="bench", clock=lambda: NOW, clear_after_ms=3000)
    w.resize(1280, 800)
    w.show()
    app.processEvents()
    emit("kiosk_open_ms", (time.perf_counter() - t0) * 1000)
    paints = Paints()
    w.result_panel.installEventFilter(paints)
    times = []
    for payload in meeting["payloads"]:
        QTest.qWait(100)  # the next person walks up; deferred refreshes run here
        before = Paints.count
        t0 = time.perf_counter()
        QTest.keyClicks(w.scan_edit, payload)
        QTest.keyClick(w.scan_edit, Qt.Key.Key_Return)
        app.processEvents()  # layout + paint of the confirmation
        times.append((time.perf_counter() - t0) * 1000)
        assert Paints.count > before, "confirmation not painted"
        assert w.result_panel.tone == "ok" and w.scan_edit.text() == "", (
            w.result_panel.headline.text()
        )
    emit("checkin_p95_ms", times, target="< 50",
         what="71 scanner keystrokes + Enter -> commit -> confirmation painted")  # fmt: skip
    t0 = time.perf_counter()
    with db.session() as s:
        svc.attendance_counters(s, meeting["id"])
    counters = [(time.perf_counter() - t0) * 1000]
    for _ in range(20):
        t0 = time.perf_counter()
        with db.session() as s:
            svc.attendance_counters(s, meeting["id"])
        counters.append((time.perf_counter() - t0) * 1000)
    emit("counters_ms", counters, invited=len(meeting["payloads"]))
    w.close()
    w.deleteLater()
    app.processEvents()


QUERIES = (
    "anom", "sri wahyu", "bambang sut", "siti nur", "agus pra", "seno", "kecamatan", "dinas 07",
    "hendra", "dewi lest", "muhammad yus", "kepala bidang", "ayu kus", "dr h anom", "tri hart",
    "rahmat", "yanto", "putri maha", "joko", "lina per",
)  # fmt: skip


def bench_search(tmp: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from rakor_desktop.ui.attendance.window import KioskWindow

    app = QApplication.instance() or QApplication([])
    db = open_database(tmp / "search.sqlite")
    data = build_directory(db, 10_000, 300, 1)
    mid = data["meetings"][0]["id"]
    loads = []
    for _ in range(5):
        t0 = time.perf_counter()
        with db.session() as s:
            index = search.load_index(s, mid)
        loads.append((time.perf_counter() - t0) * 1000)
    assert len(index) == 10_000
    emit("directory_index_load_ms", loads, people=10_000)

    index_times = []
    for q in QUERIES:
        for i in range(1, len(q) + 1):
            t0 = time.perf_counter()
            index.search(q[:i])
            index_times.append((time.perf_counter() - t0) * 1000)
    emit("search_index_p95_ms", index_times, people=10_000)

    w = KioskWindow(db, mid, station="bench", clock=lambda: NOW, clear_after_ms=0)
    w.resize(1280, 800)
    w.show()
    app.processEvents()
    per_key: list[float] = []
    for q in QUERIES:
        for ch in q:
            t0 = time.perf_counter()
            QTest.keyClick(w.scan_edit, ch)
            app.processEvents()  # list filled and painted
            per_key.append((time.perf_counter() - t0) * 1000)
        assert w.hits, f"no hits for {q!r}"
        QTest.keyClick(w.scan_edit, Qt.Key.Key_Escape)
        app.processEvents()
    assert w.hits == [] and w.scan_edit.text() == ""
    emit("search_p95_ms", per_key, target="< 16", people=10_000,
         what="one keystroke -> index search -> list filled -> painted")  # fmt: skip
    w.close()
    w.deleteLater()
    app.processEvents()
    db.dispose()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=5000)
    parser.add_argument("--invited", type=int, default=300)
    parser.add_argument("--only", choices=("service", "kiosk", "search"), default=None,
                        help="run one section (for repeated measurements)")  # fmt: skip
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=os.environ.get("RAKOR_BENCH_DIR")) as tmp_name:
        tmp = Path(tmp_name)
        os.environ["XDG_CONFIG_HOME"] = str(tmp / "config")
        from PySide6.QtWidgets import QApplication

        from rakor_desktop.ui.launch import create_application

        app = (
            create_application("id") if QApplication.instance() is None else QApplication.instance()
        )
        assert app is not None
        progress(f"building {args.people} people, 2 x {args.invited} invitees")
        db = open_database(tmp / "checkin.sqlite")
        data = build_directory(db, args.people, args.invited, 2)
        if args.only in (None, "service"):
            progress("service vs raw commit")
            bench_service(db, data)
        if args.only in (None, "kiosk"):
            progress("kiosk widget")
            bench_kiosk(db, data)
        db.dispose()
        if args.only in (None, "search"):
            progress("search over 10,000 people")
            bench_search(tmp)
    return 0


if __name__ == "__main__":
    sys.exit(main())
