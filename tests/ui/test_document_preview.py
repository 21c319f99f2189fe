"""Document preview (QtPdf), printing, saving, the Cetak menu and the PDF verification dialog."""

from __future__ import annotations

import io
from datetime import timedelta
from pathlib import Path

import pytest
from document_db import DAY, build_meeting
from meeting_data import make_ctx, wib
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox

from rakor_desktop.services.minutes.assemble import prepare_document
from rakor_desktop.services.minutes.finalize import latest_revision
from rakor_desktop.ui.documents.actions import ENTRIES, document_menu, finalize_with_confirmation
from rakor_desktop.ui.documents.preview import (
    DocumentPreviewDialog,
    PdfPreview,
    open_document_preview,
)
from rakor_desktop.ui.documents.verify import VerifyDialog
from rakor_desktop.ui.workers import ThreadPoolExecutor


@pytest.fixture
def built(db):
    with db.session(write=True) as s:
        return build_meeting(s)


@pytest.fixture
def ctx(db, tmp_path):
    from meeting_data import Clock

    return make_ctx(db, tmp_path, Clock(wib(DAY, 13)))


def _expected(db, meeting_id: int, kind: str, **kw) -> bytes:
    with db.session() as s:
        return prepare_document(s, meeting_id, kind, now=wib(DAY, 13), **kw).render()


def _pages(pdf: bytes | Path) -> list:
    data = pdf.read_bytes() if isinstance(pdf, Path) else pdf
    return list(PdfReader(io.BytesIO(data)).pages)


def _dialog(qtbot, ctx, meeting_id: int, kind: str, **kw) -> DocumentPreviewDialog:
    dialog = DocumentPreviewDialog(ctx, meeting_id, kind, **kw)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.generate()  # ImmediateExecutor: done when this returns
    return dialog


def _printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_preview_loads_pages_thumbnails_and_zooms(qtbot, ctx, db, built) -> None:
    dialog = _dialog(qtbot, ctx, built.meeting_id, "attendance")
    preview = dialog.preview
    expected = _expected(db, built.meeting_id, "attendance")
    assert dialog.outcome["pdf"] == expected  # the very PDF the CLI writes
    count = len(_pages(expected))
    assert preview.page_count() == count >= 1
    assert preview.thumbnails.count() == count
    assert preview.render_all_thumbnails() == count
    icon = preview.thumbnails.item(0).icon()
    assert not icon.isNull() and icon.availableSizes()
    assert not dialog.busy.isVisible()
    assert dialog.windowTitle().startswith("Daftar hadir — Rakor Penyelenggaraan")
    assert preview.page_label.text() == f"Halaman 1 dari {count}"

    assert preview.is_fit_width()  # opens fitted to the window's width
    before = preview.zoom_factor()
    assert preview.zoom_in() > before and not preview.is_fit_width()
    assert preview.zoom_label.text() == f"{round(preview.zoom_factor() * 100)}%"
    bigger = preview.zoom_factor()
    assert preview.zoom_out() < bigger
    for _ in range(20):
        preview.zoom_out()
    assert preview.zoom_factor() == pytest.approx(0.25)  # clamped
    preview.fit_width()
    assert preview.is_fit_width() and preview.fit_action.isChecked()


def test_page_navigation_follows_thumbnails(qtbot, ctx, db, built) -> None:
    dialog = _dialog(qtbot, ctx, built.meeting_id, "invitation")  # letter, lampiran, cards
    preview = dialog.preview
    last = preview.page_count() - 1
    assert last >= 2
    preview.thumbnails.setCurrentRow(last)
    assert preview.current_page() == last
    assert preview.page_label.text() == f"Halaman {last + 1} dari {last + 1}"
    preview.go_to_page(0)
    assert preview.current_page() == 0 and preview.thumbnails.currentRow() == 0


def test_print_to_a_pdf_printer_keeps_pages_and_paper(qtbot, ctx, db, built, tmp_path) -> None:
    dialog = _dialog(qtbot, ctx, built.meeting_id, "minutes")
    out = tmp_path / "cetak.pdf"
    printed = dialog.preview.print_to(_printer(out), dpi=72)
    pages = _pages(out)
    assert printed == len(pages) == dialog.preview.page_count()
    width, height = (float(v) for v in pages[0].mediabox[2:])
    assert (round(width), round(height)) == (595, 842)  # A4 portrait, as designed

    matrix = _dialog(qtbot, ctx, built.meeting_id, "followups")
    landscape = tmp_path / "matriks.pdf"
    matrix.preview.print_to(_printer(landscape), dpi=72)
    width, height = (float(v) for v in _pages(landscape)[0].mediabox[2:])
    assert width > height  # the Matriks stays landscape on paper


def test_print_a_page_range(qtbot, ctx, built, tmp_path) -> None:
    dialog = _dialog(qtbot, ctx, built.meeting_id, "invitation")
    printer = _printer(tmp_path / "dua.pdf")
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    assert dialog.preview.print_to(printer, dpi=50) == 2
    assert len(_pages(tmp_path / "dua.pdf")) == 2


def test_save_as_pdf(qtbot, ctx, built, tmp_path) -> None:
    dialog = _dialog(qtbot, ctx, built.meeting_id, "followups")
    preview = dialog.preview
    assert preview.suggested_name.startswith("Matriks Tindak Lanjut - Rakor")
    with qtbot.waitSignal(preview.saved) as signal:
        path = preview.save_to(tmp_path / "arsip" / "matriks")
    assert path.name == "matriks.pdf" and signal.args == [str(path)]
    assert path.read_bytes() == preview.pdf_bytes() == dialog.outcome["pdf"]
    assert ctx.settings.value("files/last_dir") == str(path.parent)


def test_generation_failure_is_a_message_not_a_traceback(qtbot, ctx) -> None:
    dialog = DocumentPreviewDialog(ctx, 999, "minutes")
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.failed) as signal:
        dialog.generate()
    assert signal.args == ["Rapat 999 tidak ditemukan."]
    assert dialog.status.text() == "Dokumen tidak dapat dibuat: Rapat 999 tidak ditemukan."
    assert dialog.preview.page_count() == 0 and not dialog.preview.print_action.isEnabled()


def test_generation_runs_in_the_thread_pool(qtbot, db, built, tmp_path) -> None:
    """The real executor: the PDF is made off the GUI thread and arrives by signal."""
    from meeting_data import Clock

    ctx = make_ctx(db, tmp_path, Clock(wib(DAY, 13)))
    ctx.executor = ThreadPoolExecutor()
    dialog = DocumentPreviewDialog(ctx, built.meeting_id, "minutes")
    qtbot.addWidget(dialog)
    progress: list[tuple[int, int]] = []
    with qtbot.waitSignal(dialog.ready, timeout=60000) as signal:
        worker = dialog.generate()
        worker.progress.connect(lambda d, t: progress.append((d, t)))
    assert signal.args[0] == dialog.preview.page_count() >= 1
    assert ctx.executor.wait(10000)
    assert progress == [] or progress[-1] == (3, 3)


class _Deferred:
    """An executor that holds the worker until the test runs it (the user cancels first)."""

    def __init__(self) -> None:
        self.held: list = []

    def start(self, worker):
        self.held.append(worker)
        return worker


def test_cancel_while_waiting(qtbot, ctx, built) -> None:
    ctx.executor = _Deferred()
    dialog = DocumentPreviewDialog(ctx, built.meeting_id, "minutes")
    qtbot.addWidget(dialog)
    worker = dialog.generate()
    assert dialog.status.text() == "Menyiapkan notulen…" and dialog.cancel_button.isEnabled()
    dialog.cancel()
    assert not dialog.cancel_button.isEnabled()
    with qtbot.waitSignal(worker.cancelled):
        worker.run()
    assert dialog.status.text() == "Pembuatan dokumen dibatalkan."
    assert dialog.outcome is None and dialog.preview.page_count() == 0


def test_cetak_menu_opens_each_preview(qtbot, ctx, built) -> None:
    from PySide6.QtWidgets import QWidget

    host = QWidget()
    qtbot.addWidget(host)
    menu = document_menu(ctx, lambda: built.meeting_id, host)
    names = [a.data() for a in menu.actions() if a.data()]
    assert names == [
        "print_minutes",
        "print_attendance",
        "print_attendance_blank",
        "print_invitation",
        "print_followups",
        "print_monev",
        "finalize_minutes",
        "tte_send",
        "tte_attach",
        "send_packets",
        "send_invitations",
    ]
    assert [a.text() for a in menu.actions()][: len(ENTRIES)] == [e[2] for e in ENTRIES]
    next(a for a in menu.actions() if a.data() == "print_attendance_blank").trigger()
    dialogs = host.findChildren(DocumentPreviewDialog)
    assert len(dialogs) == 1 and dialogs[0].blank and dialogs[0].kind == "attendance"
    assert dialogs[0].windowTitle().startswith("Daftar hadir kosong")
    dialogs[0].close()
    opened = open_document_preview(ctx, built.meeting_id, "followups", host)
    assert opened.isVisible() and opened.preview.page_count() >= 1
    opened.close()


def test_finalize_then_verify_in_the_dialog(qtbot, ctx, db, built, tmp_path) -> None:
    notices: list[tuple[bool, str]] = []
    result = finalize_with_confirmation(
        ctx, built.meeting_id, None,
        ask=lambda *a: QMessageBox.StandardButton.Yes,
        notify=lambda ok, text: notices.append((ok, text)),
    )  # fmt: skip
    assert result.revision == 1 and notices == [
        (True, f"Notulen difinalkan sebagai revisi 1. Kode verifikasi: {result.code}")
    ]
    dialog = _dialog(qtbot, ctx, built.meeting_id, "minutes")
    assert dialog.windowTitle().endswith("(revisi final 1)")
    final = dialog.preview.save_to(tmp_path / "notulen-final.pdf")

    verify = VerifyDialog(ctx)
    qtbot.addWidget(verify)
    verify.show()
    with qtbot.waitSignal(verify.verified) as signal:
        verify.verify_file(final)
    assert signal.args[0].ok and verify.message.text().startswith("COCOK")
    assert "revisi 1" in verify.message.text() and verify.choose_button.isEnabled()

    tampered = tmp_path / "diubah.pdf"
    tampered.write_bytes(final.read_bytes() + b"%tambahan\n")
    with qtbot.waitSignal(verify.verified) as signal:
        verify.verify_file(tampered)
    assert not signal.args[0].ok and verify.message.text().startswith("TIDAK COCOK")
    assert verify.path_label.text() == str(tampered)

    # Amendment from the menu: a reason is asked, revision 2 is issued.
    result = finalize_with_confirmation(
        ctx, built.meeting_id, None,
        reason_input=lambda *a: ("Koreksi daftar OPD", True),
        notify=lambda ok, text: notices.append((ok, text)),
    )  # fmt: skip
    assert result.revision == 2
    with db.session() as s:
        assert latest_revision(s, built.meeting_id).reason == "Koreksi daftar OPD"
    # Declining asks nothing of the database.
    assert (
        finalize_with_confirmation(ctx, built.meeting_id, None, reason_input=lambda *a: ("", False))
        is None
    )


def test_finalize_refused_shows_the_reason(qtbot, ctx, db) -> None:
    with db.session(write=True) as s:
        open_meeting = build_meeting(s, close=False)
    notices: list[tuple[bool, str]] = []
    assert finalize_with_confirmation(
        ctx, open_meeting.meeting_id, None,
        ask=lambda *a: QMessageBox.StandardButton.Yes,
        notify=lambda ok, text: notices.append((ok, text)),
    ) is None  # fmt: skip
    assert notices and not notices[0][0] and "hanya rapat yang sudah ditutup" in notices[0][1]


def test_help_menu_reaches_the_verify_dialog(qtbot, ctx) -> None:
    from rakor_desktop.ui.main_window import MainWindow

    window = MainWindow(ctx, persist=False)
    qtbot.addWidget(window)
    assert window.verify_action in window.help_menu.actions()
    assert window.verify_action.text() == "&Verifikasi PDF notulen…"
    dialog = window.show_verify_pdf()
    assert isinstance(dialog, VerifyDialog) and dialog.isVisible()
    assert dialog.windowTitle() == "Verifikasi PDF notulen"
    dialog.close()


def _ink(widget) -> int:
    """Dark pixels in a coarse grid over the widget: printed text, not blank paper."""
    image = widget.grab().toImage()
    return sum(
        1
        for x in range(0, image.width(), 3)
        for y in range(0, image.height(), 3)
        if image.pixelColor(x, y).lightness() < 90
    )


def test_screenshot_of_a_finalized_demo_notulen(qtbot, themed, demo_db, tmp_path) -> None:
    """Rendered from the demo database; ``RAKOR_SCREENSHOTS_DIR=docs/screenshots`` refreshes
    docs/screenshots/documents-preview.png."""
    import os

    from meeting_data import Clock
    from PySide6.QtGui import QImage

    from rakor_desktop.services.meetings.listing import list_meetings
    from rakor_desktop.services.minutes.finalize import finalize_meeting

    with demo_db.session(write=True) as s:
        closed = next(m for m in list_meetings(s) if m.status == "closed" and m.invited > 30)
        finalize_meeting(s, closed.id)
    ctx = make_ctx(demo_db, tmp_path, Clock(closed.starts_at + timedelta(days=1)))
    dialog = _dialog(qtbot, ctx, closed.id, "minutes")
    dialog.resize(1366, 800)
    dialog.preview.render_all_thumbnails()
    dialog.preview.thumbnails.setCurrentRow(0)
    dialog.preview.set_zoom(1.0)
    qtbot.waitExposed(dialog)
    # Show the foot of page 1, where the verification code of a final Notulen is printed.
    bar = dialog.preview.view.verticalScrollBar()
    per_page = (bar.maximum() + bar.pageStep()) / dialog.preview.page_count()
    bar.setValue(round(per_page - bar.pageStep() * 0.75))
    # QPdfView renders pages in its own thread: wait until text (ink) is on the page.
    qtbot.waitUntil(lambda: _ink(dialog.preview.view) > 500, timeout=20000)
    # 256 colours keep the antialiased page text crisp and the file under 200 KB.
    image = (
        dialog.grab()
        .toImage()
        .convertToFormat(QImage.Format.Format_Indexed8, Qt.ImageConversionFlag.ThresholdDither)
    )
    assert (image.width(), image.height()) == (1366, 800)
    path = tmp_path / "documents-preview.png"
    assert image.save(str(path), "PNG", 0)
    assert 10_000 < path.stat().st_size < 200 * 1024
    target = os.environ.get("RAKOR_SCREENSHOTS_DIR")
    if target:
        Path(target).mkdir(parents=True, exist_ok=True)
        image.save(str(Path(target) / path.name), "PNG", 0)


def test_plain_preview_widget_with_bytes(qtbot, tmp_path) -> None:
    from rakor_desktop.documents.fixtures import sample_meeting, sample_office
    from rakor_desktop.documents.minutes import render_minutes

    pdf = render_minutes(sample_meeting(attendees=5, agenda_items=1, followups=2), sample_office())
    widget = PdfPreview()
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.loaded) as signal:
        widget.load_pdf(pdf, "contoh.pdf")
    assert signal.args == [len(_pages(pdf))]
    with qtbot.waitSignal(widget.thumbnails_ready, timeout=20000):
        pass  # thumbnails render in batches on the event loop
    assert widget.load_pdf(b"bukan pdf") == 0 and widget.thumbnails.count() == 0
    assert not widget.save_action.isEnabled()


def test_meetings_page_and_workspace_carry_the_cetak_button(qtbot, ctx, built) -> None:
    from rakor_desktop.ui.meetings.page import MeetingsPage

    page = MeetingsPage(ctx)
    qtbot.addWidget(page)
    listing = page.list
    assert listing.select_meeting(built.meeting_id)
    assert listing.btn_print.text() == "Cetak" and listing.btn_print.menu() is not None
    action = next(a for a in listing.btn_print.menu().actions() if a.data() == "print_followups")
    action.trigger()
    opened = listing.findChildren(DocumentPreviewDialog)
    assert [d.meeting_id for d in opened] == [built.meeting_id]
    assert opened[0].kind == "followups" and opened[0].preview.page_count() >= 1
    opened[0].close()
    workspace = page.open_meeting(built.meeting_id)
    kinds = [a.data() for a in workspace.btn_print.menu().actions() if a.data()]
    assert kinds[0] == "print_minutes" and kinds[-5:] == [
        "finalize_minutes",
        "tte_send",
        "tte_attach",
        "send_packets",
        "send_invitations",
    ]
