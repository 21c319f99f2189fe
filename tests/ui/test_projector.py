"""The projector: scenes, the secretary's keys, a directive appearing as it is recorded,
and the projector going to the second screen (issue 20, first part)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from followup_data import invite, meeting, org, person
from PySide6.QtGui import QImage

from rakor_desktop.services.meetings.agenda import add_item, start_live
from rakor_desktop.services.meetings.decisions import add_directive
from rakor_desktop.services.projector.state import SCENES
from rakor_desktop.ui.context import AppContext, AppSettings
from rakor_desktop.ui.projector.scenes import MIN_BODY_FRACTION
from rakor_desktop.ui.projector.window import ProjectorWindow
from rakor_desktop.ui.workers import ImmediateExecutor

DAY = date(2026, 5, 20)
START = datetime(2026, 5, 20, 2, 0, tzinfo=UTC)  # 09.00 WIB


@pytest.fixture
def running(db, tmp_path: Path):
    with db.session(write=True) as s:
        dinkes = org(s, "Dinas Kesehatan", "Dinkes")
        pu = org(s, "Dinas Pekerjaan Umum", "DPU")
        m = meeting(s, DAY, title="Rakor Mei 2026")
        invite(s, m, person(s, "dr. Kepala Dinkes", dinkes), came=True)
        invite(s, m, person(s, "Ir. Kepala DPU", pu), came=False)
        add_item(s, m.id, "Laporan stunting", planned_minutes=20, presenter_org_id=dinkes.id)
        add_item(s, m.id, "Jalan desa", planned_minutes=15)
        mid, ids = m.id, {"dinkes": dinkes.id, "pu": pu.id}
    with db.session(write=True) as s:
        start_live(s, mid, now=START + timedelta(minutes=5))
    now = {"t": START + timedelta(minutes=17)}
    ctx = AppContext(
        db=db, settings=AppSettings(tmp_path / "c.ini"), executor=ImmediateExecutor(),
        clock=lambda: now["t"],
    )  # fmt: skip
    ctx.reload_zone()
    return ctx, mid, ids, now


@pytest.fixture
def projector(qtbot, running, themed):
    ctx, mid, _ids, _now = running
    w = ProjectorWindow(ctx, mid)
    qtbot.addWidget(w)
    w.resize(1280, 720)
    w.refresh()
    w.show()
    qtbot.waitExposed(w)
    return w


def test_agenda_scene_with_the_running_item_and_its_timer(qtbot, projector, running) -> None:
    _ctx, _mid, _ids, now = running
    text = projector.scenes["agenda"].body.text()
    assert "Laporan stunting" in text and "12:00" in text and "/ 20:00" in text
    assert projector.state.current.title == "Laporan stunting"
    now["t"] += timedelta(seconds=75)
    projector._clock_tick()  # the 1 s tick: the clock moves without a database read
    assert "13:15" in projector.scenes["agenda"].body.text()


def test_every_scene_renders_in_type_readable_from_the_back(qtbot, projector) -> None:
    for key in SCENES:
        projector.set_scene(key)
        scene = projector.scenes[key]
        assert scene.body.font().pixelSize() * MIN_BODY_FRACTION >= projector.height()
        assert scene.isVisible()
    assert "1 dari 2 undangan" in projector.scenes["kehadiran"].heading.text()
    assert "Dinas Pekerjaan Umum" in projector.scenes["kehadiran"].body.text()
    projector.set_scene("agenda")
    assert projector.step_scene(1) == "keputusan" and projector.step_scene(-2) == "kosong"


def test_a_directive_appears_as_it_is_recorded(qtbot, projector, running) -> None:
    ctx, mid, ids, _now = running
    projector.set_scene("keputusan")
    assert "Belum ada keputusan" in projector.scenes["keputusan"].body.text()
    with ctx.db.session(write=True) as s:
        from rakor_desktop.services.meetings.agenda import current_item

        item = current_item(s, mid)
        add_directive(
            s, mid, "Percepat intervensi stunting di 10 desa lokus",
            agenda_item_id=item.id, organization_id=ids["dinkes"], due_date=date(2026, 6, 30),
        )  # fmt: skip
    with qtbot.waitSignal(projector.refreshed, timeout=2000):
        ctx.events.data_changed.emit("decisions")  # what the secretary's window emits
    body = projector.scenes["keputusan"].body.text()
    assert "Percepat intervensi stunting di 10 desa lokus" in body
    assert "Dinas Kesehatan" in body and "30/06/2026" in body
    assert "Laporan stunting" in projector.scenes["keputusan"].heading.text()


def test_the_notes_are_never_projected(qtbot, projector, running) -> None:
    ctx, mid, _ids, _now = running
    with ctx.db.session(write=True) as s:
        from rakor_desktop.domain.models import Note

        s.add(Note(meeting_id=mid, body="Catatan rahasia notulis", position=1))
    projector.refresh()
    for key in SCENES:
        projector.set_scene(key)
        assert "rahasia" not in projector.scenes[key].body.text()


def test_on_two_screens_it_goes_to_the_second(tmp_path, db_path, running) -> None:
    """Qt's offscreen platform with a two-screen configuration, through the CLI contract."""
    _ctx, mid, _ids, _now = running
    config = tmp_path / "screens.json"
    config.write_text(json.dumps({"screens": [
        {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96},
        {"name": "proyektor", "x": 1366, "y": 0, "width": 1024, "height": 768, "logicalDpi": 96},
    ]}))  # fmt: skip
    out = tmp_path / "agenda.png"
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
           "RAKOR_NOW": "2026-05-20T09:17+07:00"}  # fmt: skip
    r = subprocess.run(
        [sys.executable, "-m", "rakor_desktop", "--db", str(db_path), "--projector",
         "--meeting", str(mid), "--scene", "agenda", "--screenshot", str(out)],
        capture_output=True, text=True, timeout=120, env=env,
    )  # fmt: skip
    assert r.returncode == 0, r.stderr
    assert "di proyektor" in r.stdout
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1024, 768)
    r = subprocess.run(
        [sys.executable, "-m", "rakor_desktop", "--db", str(db_path), "--projector",
         "--meeting", str(mid), "--scene", "bioskop", "--screenshot", str(out)],
        capture_output=True, text=True, timeout=120, env=env,
    )  # fmt: skip
    assert r.returncode == 1 and "Adegan 'bioskop' tidak dikenal" in r.stderr
    assert "Traceback" not in r.stderr


def test_projector_follows_the_workspace_keys(qtbot, running, themed) -> None:
    from rakor_desktop.ui.meetings.workspace import MeetingWorkspace

    ctx, mid, _ids, _now = running
    ws = MeetingWorkspace(ctx, mid, "WIB")
    ws.load()
    qtbot.addWidget(ws)
    ws.show()
    qtbot.waitExposed(ws)
    assert ws.toggle_projector() and ws.projector.isVisible()
    assert ws.step_projector(1) == "keputusan"
    ws.shutdown()
    assert ws.projector is None


def test_unknown_meeting(tmp_path, db_path, db) -> None:
    r = subprocess.run(
        [sys.executable, "-m", "rakor_desktop", "--db", str(db_path), "--projector",
         "--meeting", "999", "--screenshot", str(tmp_path / "x.png")],
        capture_output=True, text=True, timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    assert r.returncode == 2 and "999" in r.stderr and "Traceback" not in r.stderr


def test_every_scene_of_the_demo_at_1920x1080(qtbot, themed, demo_db, tmp_path) -> None:
    """The demo's next Rakor, ten minutes into its first item, one directive recorded:
    every scene rendered and checked; ``RAKOR_SCREENSHOTS_DIR`` refreshes docs/."""
    from meeting_data import make_ctx
    from screenshot_files import assert_real, save_png

    from rakor_desktop.domain.enums import MeetingStatus
    from rakor_desktop.services.meetings import listing

    with demo_db.session() as s:
        upcoming = next(m for m in listing.list_meetings(s) if m.status == MeetingStatus.SCHEDULED)
    clock = {"t": upcoming.starts_at + timedelta(minutes=12)}
    with demo_db.session(write=True) as s:
        item = start_live(s, upcoming.id, now=upcoming.starts_at + timedelta(minutes=2))
        add_directive(
            s, upcoming.id, "Seluruh OPD melaporkan realisasi IKU triwulan III paling lambat "
            "tanggal 10 bulan berikutnya, dengan sumber data.",
            agenda_item_id=item.id,
        )  # fmt: skip
    ctx = make_ctx(demo_db, tmp_path, lambda: clock["t"])
    w = ProjectorWindow(ctx, upcoming.id)
    qtbot.addWidget(w)
    w.resize(1920, 1080)
    w.show()
    qtbot.waitExposed(w)
    w.refresh()
    for key in SCENES:
        w.set_scene(key)
        path = save_png(w, f"projector-{key}", tmp_path)
        assert_real(path, (1920, 1080))
    assert "Seluruh OPD melaporkan" in w.scenes["keputusan"].body.text()


def test_only_the_latest_directives_fit_the_screen(qtbot, projector, running) -> None:
    ctx, mid, _ids, _now = running
    from rakor_desktop.services.meetings.agenda import current_item

    with ctx.db.session(write=True) as s:
        item = current_item(s, mid)
        for n in range(1, 10):
            add_directive(s, mid, f"Arahan ke-{n} pimpinan", agenda_item_id=item.id)
    projector.refresh()
    projector.set_scene("keputusan")
    body = projector.scenes["keputusan"].body.text()
    assert "… 4 sebelumnya ada di notulen" in body
    assert "Arahan ke-9 pimpinan" in body and "Arahan ke-4 pimpinan" not in body
