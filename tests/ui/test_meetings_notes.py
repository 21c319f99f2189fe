"""Notes editor and autosave: plain paste (1 MB, HTML), bullets, bold, undo, retry."""

from __future__ import annotations

from datetime import date

import pytest
from meeting_data import Clock, make_ctx, wib
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QTextDocument

from rakor_desktop.domain.models import Meeting
from rakor_desktop.services.meetings import agenda, notes
from rakor_desktop.ui.meetings.autosave import Autosaver
from rakor_desktop.ui.meetings.notes_editor import HIGHLIGHT_LIMIT, NotesEdit, plain_from_mime
from rakor_desktop.ui.meetings.workspace import MeetingWorkspace

DAY = date(2025, 8, 25)


@pytest.fixture
def editor(qtbot) -> NotesEdit:
    e = NotesEdit()
    qtbot.addWidget(e)
    e.resize(700, 400)
    e.show()
    qtbot.waitExposed(e)
    return e


def test_paste_html_keeps_only_text(editor) -> None:
    mime = QMimeData()
    mime.setHtml(
        "<html><body><p style='color:red'><b>Arahan</b> Bupati:</p>"
        "<ul><li>Percepat lelang</li></ul><script>alert(1)</script></body></html>"
    )
    editor.insertFromMimeData(mime)
    text = editor.toPlainText()
    assert "Arahan Bupati:" in text and "Percepat lelang" in text
    assert "<" not in text and "style" not in text and "alert" not in text
    # The document holds no rich formatting either.
    assert "font-weight" not in editor.document().toHtml().split("<body")[1].split("<p")[1]


def test_paste_word_bullets_become_dashes() -> None:
    mime = QMimeData()
    mime.setText("•\tSatu\r\n• Dua\u2029\tberlanjut")
    assert plain_from_mime(mime) == "- Satu\n- Dua\n\tberlanjut"


def test_paste_one_megabyte(editor, qtbot) -> None:
    big = ("Realisasi fisik 45,5% dan **kendala** lelang. " * 22000)[: 1024 * 1024]
    mime = QMimeData()
    mime.setText(big)
    mime.setHtml("<b>" + big[:100] + "</b>")  # rich alternative is ignored
    editor.insertFromMimeData(mime)
    assert editor.toPlainText() == big
    assert editor._highlighter is None  # stepped aside for a huge note
    assert editor.document().characterCount() > HIGHLIGHT_LIMIT
    editor.undo()
    assert editor.toPlainText() == ""
    editor.redo()
    assert len(editor.toPlainText()) == len(big)


def test_bullets_continue_and_end(editor, qtbot) -> None:
    qtbot.keyClicks(editor, "- Satu")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "Dua")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # empty bullet: list ends
    qtbot.keyClicks(editor, "1. Pertama")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "Kedua")
    assert editor.toPlainText() == "- Satu\n- Dua\n1. Pertama\n2. Kedua"


def test_bold_toggle_and_undo(editor, qtbot) -> None:
    qtbot.keyClicks(editor, "stunting")
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert editor.toPlainText() == "**stunting**"
    editor.undo()
    assert editor.toPlainText() == "stunting"
    editor.selectAll()
    editor.toggle_bold()
    editor.selectAll()
    editor.toggle_bold()
    assert editor.toPlainText() == "stunting"


def test_autosaver_retries_after_a_failure(qtbot) -> None:
    """A save that fails (disk full, database locked) keeps the text and tries again."""
    stored: list[str] = []
    failures = [OSError("disk penuh"), OSError("disk penuh")]
    doc = QTextDocument()

    def save() -> None:
        if failures:
            raise failures.pop(0)
        stored.append(doc.toPlainText())

    saver = Autosaver(save, debounce_ms=10, max_wait_ms=50, retry_ms=30)
    statuses: list[str] = []
    saver.status_changed.connect(statuses.append)
    doc.setPlainText("catatan penting")
    saver.touch()
    qtbot.waitUntil(lambda: stored == ["catatan penting"], timeout=3000)
    assert not saver.dirty and saver.failures == 0
    assert any("Gagal menyimpan" in s and "mencoba lagi" in s for s in statuses)
    assert statuses[-1].startswith("Tersimpan")


def test_autosaver_does_not_retry_a_refusal(qtbot) -> None:
    calls = []

    def save() -> None:
        calls.append(1)
        raise ValueError("Rapat sudah difinalkan")

    saver = Autosaver(save, debounce_ms=10, max_wait_ms=50, retry_ms=20)
    saver.touch()
    qtbot.waitUntil(lambda: saver.blocked_reason is not None, timeout=2000)
    qtbot.wait(120)
    assert calls == [1] and saver.dirty


def test_continuous_typing_still_saves(qtbot) -> None:
    """Keystrokes faster than the debounce must not postpone saving forever."""
    saves = []
    saver = Autosaver(lambda: saves.append(1), debounce_ms=200, max_wait_ms=300)
    for _ in range(12):
        saver.touch()
        qtbot.wait(50)
    assert saves, "max-wait timer forces a save during uninterrupted typing"


def test_workspace_notes_autosave_per_item(qtbot, db, tmp_path) -> None:
    with db.session() as s:
        m = Meeting(title="Rakor", starts_at=wib(DAY))
        s.add(m)
        s.flush()
        a = agenda.add_item(s, m.id, "Pembukaan")
        b = agenda.add_item(s, m.id, "Evaluasi")
        ids = (m.id, a.id, b.id)
    ctx = make_ctx(db, tmp_path, Clock(wib(DAY, 9)))
    ws = MeetingWorkspace(ctx, ids[0], "WIB")
    qtbot.addWidget(ws)
    ws.show()
    ws.load()
    ws.show_tab("live")
    live = ws.live
    assert live.selected_item == ids[1]
    qtbot.keyClicks(live.editor, "catatan pembukaan")
    live.list.setCurrentRow(1)  # switching items stores the first one at once
    with db.session() as s:
        assert notes.get_note(s, ids[0], ids[1]) == "catatan pembukaan"
    qtbot.keyClicks(live.editor, "catatan evaluasi")
    qtbot.waitUntil(lambda: not live.autosaver.dirty, timeout=3000)
    with db.session() as s:
        assert notes.get_note(s, ids[0], ids[2]) == "catatan evaluasi"
    assert ws.save_status.text() == "Tersimpan 09.00"
    # Undo history stays with its item.
    live.list.setCurrentRow(0)
    live.editor.undo()
    assert live.editor.toPlainText() != "catatan pembukaan"
    ws.flush()
    with db.session() as s:
        assert notes.get_note(s, ids[0], ids[1]) == live.editor.toPlainText()


def test_closing_the_main_window_stores_pending_notes(qtbot, db, tmp_path) -> None:
    """Typed a second ago, window closed at once: the text is in the database."""
    from rakor_desktop.ui.main_window import MainWindow

    with db.session() as s:
        m = Meeting(title="Rakor", starts_at=wib(DAY))
        s.add(m)
        s.flush()
        item = agenda.add_item(s, m.id, "Evaluasi")
        ids = (m.id, item.id)
    window = MainWindow(make_ctx(db, tmp_path, Clock(wib(DAY, 9))))
    qtbot.addWidget(window)
    page = window.show_page("rapat")
    window.show()
    qtbot.waitExposed(window)
    ws = page.open_meeting(ids[0])
    ws.show_tab("live")
    qtbot.keyClicks(ws.live.editor, "- keputusan penting")
    assert ws.live.autosaver.dirty  # the debounce has not fired yet
    window.close()
    with db.session() as s:
        assert notes.get_note(s, *ids) == "- keputusan penting"


def test_typing_the_mark_again_after_an_auto_bullet_gives_one_mark(qtbot) -> None:
    """Issue 15 item 5: "- " typed after Return on a continued bullet gave "- - "."""
    from PySide6.QtCore import Qt

    from rakor_desktop.ui.meetings.notes_editor import NotesEdit

    ed = NotesEdit()
    qtbot.addWidget(ed)
    qtbot.keyClicks(ed, "- satu")
    qtbot.keyClick(ed, Qt.Key.Key_Return)
    qtbot.keyClicks(ed, "- dua")
    qtbot.keyClick(ed, Qt.Key.Key_Return)
    qtbot.keyClicks(ed, "tiga - empat")
    assert ed.toPlainText().split("\n") == ["- satu", "- dua", "- tiga - empat"]
