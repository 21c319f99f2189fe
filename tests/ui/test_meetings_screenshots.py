"""Screenshots of the meetings list, the editor and live mode, rendered from demo data.

Always rendered to a temporary folder and checked (real pixels, size under 200 KB);
set ``RAKOR_SCREENSHOTS_DIR=docs/screenshots`` to refresh the committed images.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from meeting_data import Clock, make_ctx
from PySide6.QtCore import Qt
from screenshot_files import assert_real, save_png

from rakor_desktop.domain.enums import MeetingStatus
from rakor_desktop.services.meetings import listing as meeting_service
from rakor_desktop.ui.meetings.page import MeetingsPage

SIZE = (1366, 800)


def _save(widget, name: str, out: Path) -> Path:
    return save_png(widget, f"meetings-{name}", out)


def _assert_real(path: Path) -> None:
    assert_real(path, SIZE)


def test_list_editor_live(qtbot, themed, demo_db, tmp_path) -> None:
    with demo_db.session() as s:
        upcoming = next(
            m
            for m in meeting_service.list_meetings(s, newest_first=False)
            if m.status == MeetingStatus.SCHEDULED
        )
    clock = Clock(upcoming.starts_at - timedelta(days=2))
    page = MeetingsPage(make_ctx(demo_db, tmp_path, clock))
    qtbot.addWidget(page)
    page.resize(*SIZE)
    page.show()
    qtbot.waitExposed(page)
    page.list.select_meeting(upcoming.id)
    shots = [_save(page, "list", tmp_path)]

    ws = page.open_meeting(upcoming.id)
    ws.show_tab("details")
    ws.details.opening.setPlainText(
        "- Bupati menekankan **sinergi** seluruh OPD dan kecamatan\n"
        "- Laporan rutin OPD harus akurat dan valid sebagai dasar keputusan"
    )
    ws.details.add_attachments(
        ["D:/Rakor/2026-11/paparan-bappeda.pdf", "D:/Rakor/2026-11/realisasi-anggaran.xlsx"]
    )
    ws.details.autosaver.flush()
    shots.append(_save(page, "editor", tmp_path))

    ws.show_tab("agenda")
    shots.append(_save(page, "agenda", tmp_path))

    ws.show_tab("invitees")
    shots.append(_save(page, "invitees", tmp_path))

    # Live: the third item has been running for 12 minutes, with notes and a directive.
    clock.now = upcoming.starts_at
    ws.show_tab("live")
    live = ws.live
    live.start()
    live.next()
    clock.now = upcoming.starts_at + timedelta(minutes=25)
    live.next()
    clock.now = upcoming.starts_at + timedelta(minutes=37)
    live.editor.setFocus()
    for line in (
        "- Realisasi belanja s.d. Agustus 46%, di bawah rencana 55%",
        "- **DAK fisik** jalan kabupaten: lelang ulang 2 paket",
        "- Camat Taman: pendataan stunting sudah 92% desa",
    ):
        live.editor.insertPlainText(line + "\n")
    live.capture_decision("arahan")
    live.capture.text.setText("Percepat lelang ulang paket DAK fisik jalan")
    live.capture.quick.setText("DPUPR 15/12")
    live.capture.submit()
    live.capture_decision("keputusan")
    live.capture.text.setText("Laporan realisasi dikirim paling lambat tanggal 5 setiap bulan")
    live.tick()
    qtbot.keyClick(live.editor, Qt.Key.Key_End)
    shots.append(_save(page, "live", tmp_path))
    for path in shots:
        _assert_real(path)
