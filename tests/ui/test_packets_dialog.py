"""Paket untuk OPD in the window (issue 21): built in a worker with progress, cancel
rolls back, the outbox gets the OPDs with an address, and "Bagikan" opens the OPD's
folder with its message on the clipboard. Keys go to the focused widget."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from screenshot_files import save_png
from sqlmodel import select

from rakor_desktop.domain.enums import MeetingStatus
from rakor_desktop.domain.models import Invitation, Meeting, Organization, OutboxMessage
from rakor_desktop.services.packets.build import MESSAGE_FILE, meeting_folder_name, packet_targets
from rakor_desktop.services.packets.invitations import invited_organizations
from rakor_desktop.ui.context import AppContext, AppSettings
from rakor_desktop.ui.packets.dialog import PacketsDialog
from rakor_desktop.ui.workers import ImmediateExecutor

NOW = datetime(2026, 12, 4, 3, 0, tzinfo=UTC)


def test_build_cancel_share_and_queue(qtbot, demo_db, tmp_path: Path) -> None:
    with demo_db.session(write=True) as s:
        meeting = s.exec(
            select(Meeting)
            .where(Meeting.status == MeetingStatus.FINALIZED)
            .order_by(Meeting.starts_at.desc())  # type: ignore[attr-defined]
        ).first()
        targets = packet_targets(s, meeting.id)
        silent = s.get(Organization, targets[1].organization_id)
        silent.email = None  # one OPD nobody typed an address for
        s.add(silent)
    ctx = AppContext(db=demo_db, settings=AppSettings(tmp_path / "rakor.ini"),
                     executor=ImmediateExecutor(), clock=lambda: NOW)  # fmt: skip
    ctx.reload_zone()
    dialog = PacketsDialog(ctx, meeting.id)
    qtbot.addWidget(dialog)
    opened: list[Path] = []
    dialog.open_folder = opened.append
    with demo_db.session() as s:
        root = tmp_path / "Paket OPD" / meeting_folder_name(s, meeting.id) / "Paket"
    dialog.folder.setText(str(root))
    dialog.refresh()
    dialog.resize(1100, 620)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert len(dialog.model.rows) == len(targets) >= 40
    assert all(r.files == 0 and r.mail == "" for r in dialog.model.rows)

    def key(k, mod=Qt.KeyboardModifier.NoModifier) -> None:
        target = QApplication.focusWidget()
        assert target is not None and target.window() is dialog
        qtbot.keyClick(target, k, mod)

    dialog.activateWindow()
    dialog.table.setFocus()
    qtbot.waitUntil(dialog.table.hasFocus)
    key(Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert "belum dibuat di folder ini" in dialog.message.text() and not opened

    # Cancel after the first OPD: the transaction rolls back, nothing is queued.
    run = ctx.run

    def cancelling(worker):
        worker.progress.connect(lambda done, total: worker.cancel())
        return run(worker)

    ctx.run = cancelling  # type: ignore[method-assign]
    key(Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert dialog.message.text() == "Dibatalkan." and dialog.build_button.isEnabled()
    with demo_db.session() as s:
        assert s.exec(select(OutboxMessage)).all() == []
    ctx.run = run  # type: ignore[method-assign]

    steps: list[tuple[int, int]] = []
    dialog.progress.valueChanged.connect(lambda v: steps.append((v, dialog.progress.maximum())))
    key(Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert steps[-1] == (len(targets), len(targets))
    assert f"{len(targets)} folder OPD" in dialog.message.text()
    assert f"{len(targets) - 1} surel diantrekan" in dialog.message.text()
    assert "1 OPD belum punya alamat surel" in dialog.message.text()
    rows = {r.organization: r for r in dialog.model.rows}
    assert rows[silent.name].mail == "" and rows[silent.name].files >= 2
    assert {r.mail for n, r in rows.items() if n != silent.name} == {"antre"}
    with demo_db.session() as s:
        assert len(s.exec(select(OutboxMessage)).all()) == len(targets) - 1
    assert ctx.settings.value("packets/folder") == str(tmp_path / "Paket OPD")
    address = dialog.model.index(1, 1).data()
    assert address.startswith("belum ada")

    dialog.table.setFocus()
    key(Qt.Key.Key_Down)
    chosen = dialog.model.rows[dialog.table.currentIndex().row()]
    key(Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    folder = opened[-1]
    assert folder.parent == root and folder.is_dir()
    copied = QGuiApplication.clipboard().text()
    assert copied == (folder / MESSAGE_FILE).read_text(encoding="utf-8")
    assert copied.startswith(f"Yth. Kepala {chosen.organization},")
    assert "disalin" in dialog.message.text()
    save_png(dialog, "paket-opd", tmp_path)

    # Building again (a second finalize, a second click) does not mail twice.
    key(Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert "0 surel diantrekan" in dialog.message.text()
    with demo_db.session() as s:
        assert len(s.exec(select(OutboxMessage)).all()) == len(targets) - 1


def test_invitations_go_out_before_the_meeting_and_not_after(qtbot, demo_db, tmp_path) -> None:
    with demo_db.session(write=True) as s:
        upcoming = s.exec(select(Meeting).where(Meeting.status == MeetingStatus.SCHEDULED)).first()
        held = s.exec(select(Meeting).where(Meeting.status == MeetingStatus.CLOSED)).first()
        keep = [o.id for o in invited_organizations(s, upcoming.id)[:3]]
        for inv in s.exec(select(Invitation).where(Invitation.meeting_id == upcoming.id)):
            if inv.organization_id not in keep:
                s.delete(inv)
    ctx = AppContext(db=demo_db, settings=AppSettings(tmp_path / "rakor.ini"),
                     executor=ImmediateExecutor(), clock=lambda: NOW)  # fmt: skip
    ctx.reload_zone()
    dialog = PacketsDialog(ctx, upcoming.id, kind="undangan")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle().startswith("Undangan untuk OPD: ")
    assert dialog.folder.text().endswith("Undangan") and dialog.table.isColumnHidden(2)
    dialog.folder.setText(str(tmp_path / "undangan"))
    dialog.refresh()
    assert len(dialog.model.rows) == 3
    dialog.build()
    assert "3 surel diantrekan" in dialog.message.text()
    assert {r.mail for r in dialog.model.rows} == {"antre"} and {
        r.files for r in dialog.model.rows
    } == {2}
    with demo_db.session() as s:
        kinds = {m.kind for m in s.exec(select(OutboxMessage))}
    assert kinds == {"undangan"}
    late = PacketsDialog(ctx, held.id, kind="undangan")
    qtbot.addWidget(late)
    late.folder.setText(str(tmp_path / "terlambat"))
    late.build()
    assert "sudah berlangsung" in late.message.text()


def test_reminders_window_sets_the_day_and_builds_digests(qtbot, demo_db, tmp_path) -> None:
    from datetime import timedelta

    from rakor_desktop.domain.models import FollowUp
    from rakor_desktop.services.reminders import schedule

    with demo_db.session() as s:
        due = max(f.due_date for f in s.exec(select(FollowUp))
                  if f.due_date and f.status in ("belum", "dalam_proses"))  # fmt: skip
    today = due - timedelta(days=3)
    now = datetime(today.year, today.month, today.day, 2, 0, tzinfo=UTC)
    ctx = AppContext(db=demo_db, settings=AppSettings(tmp_path / "rakor.ini"),
                     executor=ImmediateExecutor(), clock=lambda: now)  # fmt: skip
    ctx.reload_zone()
    dialog = PacketsDialog(ctx, None, kind="pengingat")
    qtbot.addWidget(dialog)
    dialog.open_folder = lambda p: None
    assert dialog.windowTitle() == "Pengingat tindak lanjut"
    assert dialog.folder.text().endswith(f"Pengingat/{today:%Y-%m-%d}")
    dialog.folder.setText(str(tmp_path / "Pengingat" / f"{today:%Y-%m-%d}"))
    dialog.days.setValue(0)  # overdue only
    overdue_only = len(dialog.model.rows)
    dialog.days.setValue(7)
    assert len(dialog.model.rows) > overdue_only >= 1  # refreshed as the range changes
    dialog.day.setCurrentIndex(dialog.day.findData("senin"))
    assert dialog.save_schedule() and "setiap Senin" in dialog.message.text()
    with demo_db.session() as s:
        saved = schedule.load(s)
    assert (saved.day, saved.within_days) == ("senin", 7)
    dialog.resize(1180, 600)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.build()
    assert {r.files for r in dialog.model.rows} == {2}
    assert "surel diantrekan" in dialog.message.text()
    with demo_db.session() as s:
        assert schedule.load(s).last_run == today
    save_png(dialog, "pengingat-tindak-lanjut", tmp_path)
