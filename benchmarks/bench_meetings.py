"""Time the meetings list and the notes autosave; print one JSON line per figure.

Data (bulk inserts into a migrated SQLite file in a temporary folder): 5,000 meetings
in two series over 40 years of monthly-ish dates, 300 people, 50 invitations and 50
attendance rows per meeting (250,000 each). Figures:

- ``meeting_list_ms``: constructing the meetings page (model, first page query with its
  count) until the table's viewport has painted its first rows. Target < 100 ms. Wall
  time; ``cpu_median_ms`` (this process's CPU time) and ``load_avg`` are printed beside
  it because a busy machine inflates wall time.
- ``meeting_list_query_ms``: the service alone (count + first page of 100, the model's page size).
- ``meeting_list_fetch_more_ms``: one more page of 100 as the view scrolls.
- ``meeting_list_sort_attended_ms``: re-sorting all 5,000 by attendance (a count per
  meeting, the most expensive sort key).
- ``meeting_list_filter_text_ms``: typing a search term (query + reset).
- ``note_autosave_ms``: keystroke -> text durably in the database, while typing
  continuously at ~10 keys/s into the live notes editor (QTest key events), measured by
  polling the file from a separate sqlite3 connection. Bounded by the debounce
  (600 ms after a pause) and the max-wait (1.5 s during uninterrupted typing).
- ``note_save_ms``: the save itself (one unit of work storing a 20 KB note).
- ``note_paste_1mb_ms``: pasting 1 MB of text in paragraphs (with an HTML alternative on
  the clipboard) into the notes editor until it has painted;
  ``note_paste_1mb_one_line_ms`` the worst case of 1 MB without a line break;
  ``note_save_1mb_ms``: storing such a note.

    .venv/bin/python benchmarks/bench_meetings.py [--meetings 5000] [--per-meeting 50]
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QPA_FONTDIR", "/usr/share/fonts/truetype")

from _common import line
from sqlalchemy import insert

from rakor_desktop.db import open_database
from rakor_desktop.domain.models import (
    AgendaItem,
    Attendance,
    Invitation,
    Meeting,
    MeetingSeries,
    Organization,
    Person,
)
from rakor_desktop.domain.types import new_uuid, utcnow
from rakor_desktop.services.meetings import notes
from rakor_desktop.services.meetings.listing import MeetingFilter, count_meetings, query_meetings
from rakor_desktop.services.office.settings import get_office


def emit(name: str, samples: list[float], unit: str = "ms", **extra: object) -> None:
    print(line(name, samples, unit, digits=2, count="n", **extra), flush=True)


def build(path: Path, n_meetings: int, per_meeting: int) -> None:
    """Bulk-insert the data set; the last meeting gets one agenda item for the notes bench."""
    db = open_database(path)
    now = utcnow()

    def row(**values: object) -> dict:
        return {"uuid": new_uuid(), "created_at": now, "updated_at": now, **values}

    with db.engine.begin() as conn:
        from sqlmodel import Session

        with Session(bind=conn) as s:
            get_office(s)
            s.flush()
        conn.execute(
            insert(Organization),
            [row(name=f"Dinas Nomor {i:02d}", kind="dinas") for i in range(40)],
        )
        conn.execute(
            insert(Person),
            [
                row(
                    full_name=f"Pegawai {i:04d}",
                    name_key=f"pegawai {i:04d}",
                    organization_id=1 + i % 40,
                    jabatan="Kepala" if i < 40 else "Staf",
                    is_head=i < 40,
                )
                for i in range(max(300, per_meeting))
            ],
        )
        conn.execute(
            insert(MeetingSeries),
            [
                row(name="Rakor Penyelenggaraan Pemerintahan Daerah"),
                row(name="Rakor Bidang Ekobang"),
            ],
        )
        start = datetime(1990, 1, 1, 2, 0, tzinfo=UTC)
        meetings = []
        for i in range(n_meetings):
            at = start + timedelta(days=3 * i)
            meetings.append(
                row(
                    title=f"Rakor Penyelenggaraan Pemerintahan Daerah {i:05d}",
                    series_id=1 + i % 2,
                    starts_at=at,
                    ends_at=at + timedelta(hours=3),
                    place="Sasana Bhakti Praja" if i % 2 else "Ruang Rapat Lantai I",
                    status="finalized" if i < n_meetings - 10 else "scheduled",
                    letter_nature="Penting",
                    opening_remarks="",
                    attachments="[]",
                )
            )
        conn.execute(insert(Meeting), meetings)
        inv_id = 0
        for m in range(1, n_meetings + 1):
            invs, atts = [], []
            at = start + timedelta(days=3 * (m - 1), minutes=-20)
            for p in range(1, per_meeting + 1):
                inv_id += 1
                invs.append(
                    row(
                        meeting_id=m,
                        person_id=p,
                        organization_id=1 + (p - 1) % 40,
                        token=f"{inv_id:016x}",
                        absence_note="",
                    )
                )
                atts.append(
                    row(
                        meeting_id=m,
                        person_id=p,
                        invitation_id=inv_id,
                        checked_in_at=at,
                        is_walk_in=False,
                        is_late=False,
                        station="meja-1",
                    )
                )
            conn.execute(insert(Invitation), invs)
            conn.execute(insert(Attendance), atts)
        conn.execute(
            insert(AgendaItem),
            [
                row(
                    meeting_id=n_meetings,
                    position=0,
                    title="Evaluasi",
                    planned_minutes=30,
                    is_carry_over=False,
                )
            ],
        )
    db.dispose()


def bench_list(path: Path, rounds: int) -> None:
    from PySide6.QtCore import QEvent, QObject, Qt
    from PySide6.QtWidgets import QApplication

    from rakor_desktop.ui.context import AppContext, AppSettings
    from rakor_desktop.ui.meetings.list_model import COL, PAGE_SIZE
    from rakor_desktop.ui.meetings.page import MeetingsPage
    from rakor_desktop.ui.workers import ImmediateExecutor

    app = QApplication.instance() or QApplication([])
    db = open_database(path)
    settings_dir = Path(tempfile.mkdtemp())
    ctx = AppContext(
        db=db, settings=AppSettings(settings_dir / "s.ini"), executor=ImmediateExecutor()
    )

    class Painted(QObject):
        seen = False

        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint:
                self.seen = True
            return False

    samples, cpu, query, more, sort_att, text = [], [], [], [], [], []
    for i in range(rounds + 2):
        c0 = time.process_time()
        t0 = time.perf_counter()
        page = MeetingsPage(ctx)
        watcher = Painted()
        page.list.table.viewport().installEventFilter(watcher)
        page.resize(1366, 800)
        page.show()
        while not watcher.seen:
            app.processEvents()
        elapsed = (time.perf_counter() - t0) * 1000
        cpu_ms = (time.process_time() - c0) * 1000
        assert page.list.model.rowCount() > 0
        if i >= 2:  # the first rounds warm the SQLite page cache and Qt's font caches
            samples.append(elapsed)
            cpu.append(cpu_ms)
            t0 = time.perf_counter()
            page.list.model.fetchMore()
            more.append((time.perf_counter() - t0) * 1000)
            t0 = time.perf_counter()
            page.list.table.sortByColumn(COL["attendance"], Qt.SortOrder.DescendingOrder)
            sort_att.append((time.perf_counter() - t0) * 1000)
            t0 = time.perf_counter()
            page.list.search.setText("04217")
            page.list.apply_filters()
            text.append((time.perf_counter() - t0) * 1000)
            assert page.list.model.total == 1
        page.close()
        page.deleteLater()
        app.processEvents()
        t0 = time.perf_counter()
        with db.session() as s:
            count_meetings(s, MeetingFilter())
            query_meetings(s, MeetingFilter(), limit=PAGE_SIZE)
        query.append((time.perf_counter() - t0) * 1000)
    emit(
        "meeting_list_ms",
        samples,
        target_ms=100,
        cpu_median_ms=round(statistics.median(cpu), 2),
        load_avg=round(os.getloadavg()[0], 2),
    )
    emit("meeting_list_query_ms", query)
    emit("meeting_list_fetch_more_ms", more)
    emit("meeting_list_sort_attended_ms", sort_att)
    emit("meeting_list_filter_text_ms", text)
    db.dispose()


def bench_notes(path: Path, meeting_id: int, seconds: float) -> None:
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from rakor_desktop.ui.context import AppContext, AppSettings
    from rakor_desktop.ui.meetings.workspace import MeetingWorkspace
    from rakor_desktop.ui.workers import ImmediateExecutor

    app = QApplication.instance() or QApplication([])
    db = open_database(path)
    with db.session(write=True) as s:  # a reused database may hold a note from the last run
        for item_id_, _ in notes.notes_for_meeting(s, meeting_id).items():
            notes.save_note(s, meeting_id, item_id_, "")
    settings_dir = Path(tempfile.mkdtemp())
    ctx = AppContext(
        db=db, settings=AppSettings(settings_dir / "s.ini"), executor=ImmediateExecutor()
    )
    ws = MeetingWorkspace(ctx, meeting_id, "WIB")
    ws.resize(1366, 800)
    ws.show()
    ws.load()
    ws.show_tab("live")
    editor = ws.live.editor
    item_id = ws.live.selected_item
    probe = sqlite3.connect(str(path))

    def stored_len() -> int:
        row = probe.execute(
            "SELECT length(body) FROM note WHERE meeting_id=? AND agenda_item_id=?",
            (meeting_id, item_id),
        ).fetchone()
        return row[0] if row else 0

    text = "Realisasi anggaran Dinas Kesehatan 45,5 persen; kendala lelang ulang. " * 40
    pressed: list[float] = []  # time of keystroke i (text length i+1)
    persisted: dict[int, float] = {}
    typed = 0
    next_key = time.perf_counter()
    end_typing = next_key + seconds
    last_len = 0
    while True:
        now = time.perf_counter()
        if now >= next_key and now < end_typing:
            QTest.keyClicks(editor, text[typed])
            typed += 1
            pressed.append(time.perf_counter())
            next_key += 0.1  # ~10 keys per second, a fast notulis
        app.processEvents()
        length = stored_len()
        if length > last_len:
            t = time.perf_counter()
            for k in range(last_len + 1, length + 1):
                persisted.setdefault(k, t)
            last_len = length
        if now >= end_typing and last_len >= typed:
            break
        if now > end_typing + 5:
            raise RuntimeError("autosave did not catch up within 5 s after typing stopped")
        time.sleep(0.005)
    latencies = [(persisted[i + 1] - pressed[i]) * 1000 for i in range(typed)]
    emit("note_autosave_ms", latencies, keys=typed, max_ms=round(max(latencies), 1))
    probe.close()
    ws.shutdown()

    body = "- Catatan rapat dengan poin dan angka 45,5%.\n" * 450  # ~20 KB
    saves = []
    for i in range(30):
        t0 = time.perf_counter()
        with db.session(write=True) as s:
            notes.save_note(s, meeting_id, item_id, body + str(i))
        saves.append((time.perf_counter() - t0) * 1000)
    emit("note_save_ms", saves, bytes=len(body))

    from PySide6.QtCore import QEvent, QMimeData, QObject

    from rakor_desktop.ui.meetings.notes_editor import NotesEdit

    class Painted(QObject):
        seen = False

        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint:
                self.seen = True
            return False

    paragraph = (
        "- Realisasi fisik 45,5% dan **kendala** lelang di kecamatan, dibahas bersama OPD. " * 3
    )
    big = ((paragraph + "\n") * 5000)[: 1024 * 1024]  # a long document: paragraphs
    one_line = big.replace("\n", " ")  # worst case: 1 MB without a single line break
    pastes, big_saves, line_pastes = [], [], []
    for i in range(14):
        text = big if i % 2 == 0 else one_line
        edit = NotesEdit()
        edit.resize(900, 500)
        edit.show()
        app.processEvents()
        painted = Painted()
        edit.viewport().installEventFilter(painted)
        mime = QMimeData()
        mime.setText(text)
        mime.setHtml("<p><b>" + text[:2000] + "</b></p>")
        t0 = time.perf_counter()
        edit.insertFromMimeData(mime)
        edit.viewport().update()
        while not painted.seen:
            app.processEvents()
        (pastes if text is big else line_pastes).append((time.perf_counter() - t0) * 1000)
        assert len(edit.toPlainText()) == len(text)
        t0 = time.perf_counter()
        with db.session(write=True) as s:
            notes.save_note(s, meeting_id, item_id, edit.toPlainText())
        big_saves.append((time.perf_counter() - t0) * 1000)
        edit.close()
        edit.deleteLater()
        app.processEvents()
    emit("note_paste_1mb_ms", pastes, bytes=len(big), lines=big.count("\n"))
    emit("note_paste_1mb_one_line_ms", line_pastes, bytes=len(one_line))
    emit("note_save_1mb_ms", big_saves, bytes=len(big))
    db.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--meetings", type=int, default=5000)
    parser.add_argument("--per-meeting", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--typing-seconds", type=float, default=8.0)
    parser.add_argument(
        "--db",
        type=Path,
        default=None,
        help="keep the generated database here (reused when it exists)",
    )
    parser.add_argument("--only", choices=["list", "notes"], default=None)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = args.db or Path(tmp) / "bench.sqlite"
        if not path.exists():
            t0 = time.perf_counter()
            build(path, args.meetings, args.per_meeting)
            print(
                json.dumps(
                    {
                        "name": "bench_meetings_build_s",
                        "value": round(time.perf_counter() - t0, 1),
                        "unit": "s",
                        "meetings": args.meetings,
                        "attendance": args.meetings * args.per_meeting,
                    }
                ),
                flush=True,
            )
        if args.only in (None, "list"):
            bench_list(path, args.rounds)
        if args.only in (None, "notes"):
            bench_notes(path, args.meetings, args.typing_seconds)


if __name__ == "__main__":
    main()
