"""In-app preview of a meeting's documents: QtPdf view, page thumbnails, zoom, print, save.

The secretary checks the Notulen on screen before printing it for signature, so
the preview shows the very PDF that will be printed or saved (not a Qt re-layout).
Generation (database read + ReportLab) runs in a worker from ``ui/workers.py``
with a progress bar and a cancel button; a 200-attendee Daftar Hadir must not
freeze the window. Printing rasterises each page through ``QPdfDocument.render``
into the printer's painter at up to 300 dpi, on the PDF's own paper size, so
F4 and landscape (Matriks) come out as designed on any printer Qt can drive.

Entry point for other pages: :func:`open_document_preview`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QMarginsF,
    QPointF,
    QRect,
    QSize,
    QSizeF,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QIcon,
    QKeySequence,
    QPageLayout,
    QPageSize,
    QPainter,
    QPixmap,
)
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from rakor_desktop.ui import theme
from rakor_desktop.ui.icons import icon
from rakor_desktop.ui.widgets import fit_to_screen
from rakor_desktop.ui.workers import Job, Worker

if TYPE_CHECKING:
    from rakor_desktop.ui.context import AppContext

log = logging.getLogger(__name__)

THUMB_WIDTH = 120
#: Thumbnails rendered per event-loop turn: keeps the window responsive on long lists.
THUMB_BATCH = 4
ZOOM_STEP = 1.25
ZOOM_MIN, ZOOM_MAX = 0.25, 4.0
#: Ceiling for print rasterisation: sharper than any office laser, and a page of A4
#: stays about 35 MB in memory (one page at a time).
PRINT_DPI_MAX = 300


def _page_icon(pm: QPixmap) -> QIcon:
    """The same picture when selected: the view's highlight must not tint the page."""
    result = QIcon()
    for mode in (QIcon.Mode.Normal, QIcon.Mode.Selected, QIcon.Mode.Active):
        result.addPixmap(pm, mode)
    return result


class SaveCancelled(Exception):
    """The person cancelled a question asked while saving (the signing passphrase)."""


class PdfPreview(QWidget):
    """A PDF on screen: toolbar, thumbnails at the left, continuous pages at the right."""

    loaded = Signal(int)  # page count
    thumbnails_ready = Signal(int)  # number of thumbnails rendered
    saved = Signal(str)  # path
    printed = Signal(int)  # pages sent to the printer

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Called with the bytes about to be written; returns what to write, or None to
        # cancel (the final Notulen's signature: ui/documents/signing.py).
        self.before_save: Callable[[bytes], bytes | None] | None = None
        self.document = QPdfDocument(self)
        self._data = QByteArray()
        self._buffer: QBuffer | None = None
        self._pending: list[int] = []
        self._thumb_timer = QTimer(self, singleShot=True, interval=0)
        self._thumb_timer.timeout.connect(self._render_thumbnail_batch)
        self.suggested_name = "dokumen.pdf"
        self.start_dir = ""
        self._build()
        self._retranslate()

    # -- layout -------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("DocumentToolbar")
        self.toolbar.setIconSize(QSize(18, 18))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.print_action = QAction(icon("printer"), "", self)
        self.print_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.print_action.triggered.connect(self.print_with_dialog)
        self.save_action = QAction(icon("save"), "", self)
        self.save_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.save_action.triggered.connect(self.save_with_dialog)
        self.zoom_out_action = QAction(icon("zoom-out"), "", self)
        self.zoom_out_action.setShortcut(QKeySequence(QKeySequence.StandardKey.ZoomOut))
        self.zoom_out_action.triggered.connect(self.zoom_out)
        self.zoom_in_action = QAction(icon("zoom-in"), "", self)
        self.zoom_in_action.setShortcuts(
            [QKeySequence(QKeySequence.StandardKey.ZoomIn), QKeySequence("Ctrl+=")]
        )
        self.zoom_in_action.triggered.connect(self.zoom_in)
        self.fit_action = QAction(icon("fit-width"), "", self)
        self.fit_action.setCheckable(True)
        self.fit_action.setShortcut(QKeySequence("Ctrl+0"))
        self.fit_action.triggered.connect(self.fit_width)
        for action in (self.print_action, self.save_action):
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        for action in (self.zoom_out_action, self.zoom_in_action):
            self.toolbar.addAction(action)
        self.zoom_label = QLabel("")
        self.zoom_label.setMinimumWidth(48)
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.toolbar.addWidget(self.zoom_label)
        self.toolbar.addAction(self.fit_action)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(spacer)
        self.page_label = QLabel("")
        self.page_label.setContentsMargins(0, 0, 8, 0)
        self.toolbar.addWidget(self.page_label)
        outer.addWidget(self.toolbar)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.thumbnails = QListWidget()
        self.thumbnails.setObjectName("PageThumbnails")
        self.thumbnails.setViewMode(QListView.ViewMode.IconMode)
        self.thumbnails.setFlow(QListView.Flow.TopToBottom)
        self.thumbnails.setWrapping(False)
        self.thumbnails.setMovement(QListView.Movement.Static)
        self.thumbnails.setResizeMode(QListView.ResizeMode.Adjust)
        self.thumbnails.setIconSize(QSize(THUMB_WIDTH, int(THUMB_WIDTH * 1.5)))
        self.thumbnails.setSpacing(6)
        self.thumbnails.setUniformItemSizes(False)
        self.thumbnails.setMinimumWidth(THUMB_WIDTH + 40)
        self.thumbnails.setMaximumWidth(THUMB_WIDTH + 80)
        self.thumbnails.currentRowChanged.connect(self.go_to_page)
        self.view = QPdfView()
        self.view.setObjectName("PdfView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.view.setStyleSheet(f"QPdfView {{ background: {theme.BORDER}; }}")
        self.view.pageNavigator().currentPageChanged.connect(self._current_page_changed)
        self.view.zoomFactorChanged.connect(lambda _z: self._update_zoom_label())
        self.view.zoomModeChanged.connect(lambda _m: self._update_zoom_label())
        self.splitter.addWidget(self.thumbnails)
        self.splitter.addWidget(self.view)
        self.splitter.setStretchFactor(1, 1)
        outer.addWidget(self.splitter, 1)
        self._set_enabled(False)

    def _retranslate(self) -> None:
        self.print_action.setText(self.tr("Cetak…"))
        self.print_action.setToolTip(self.tr("Cetak dokumen (Ctrl+P)"))
        self.save_action.setText(self.tr("Simpan sebagai PDF…"))
        self.save_action.setToolTip(self.tr("Simpan berkas PDF (Ctrl+S)"))
        self.zoom_out_action.setToolTip(self.tr("Perkecil (Ctrl+-)"))
        self.zoom_in_action.setToolTip(self.tr("Perbesar (Ctrl++)"))
        self.fit_action.setText(self.tr("Sesuai lebar"))
        self.fit_action.setToolTip(self.tr("Sesuaikan dengan lebar jendela (Ctrl+0)"))
        self._update_zoom_label()
        self._update_page_label()

    def _set_enabled(self, on: bool) -> None:
        for action in (self.print_action, self.save_action, self.zoom_in_action,
                       self.zoom_out_action, self.fit_action):  # fmt: skip
            action.setEnabled(on)

    # -- loading ------------------------------------------------------------------------
    def load_pdf(self, data: bytes, suggested_name: str = "dokumen.pdf") -> int:
        """Show ``data``; returns the page count (0 when the bytes are not a readable PDF)."""
        self._thumb_timer.stop()
        self._pending.clear()
        self.thumbnails.clear()
        self.document.close()
        self._data = QByteArray(bytes(data))
        buffer = QBuffer(self)
        buffer.setData(self._data)
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        old, self._buffer = self._buffer, buffer  # QPdfDocument reads from it lazily
        self.document.load(buffer)
        if old is not None:
            old.close()
            old.deleteLater()
        self.suggested_name = suggested_name
        count = self.page_count()
        self._set_enabled(count > 0)
        for page in range(count):
            item = QListWidgetItem(self._placeholder_icon(page), str(page + 1))
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter)
            self.thumbnails.addItem(item)
        self._pending = list(range(count))
        if count:
            self._thumb_timer.start()
            self.view.pageNavigator().jump(0, QPointF(), self.view.zoomFactor())
        self._update_page_label()
        self._update_zoom_label()
        self.loaded.emit(count)
        return count

    def page_count(self) -> int:
        if self.document.status() != QPdfDocument.Status.Ready:
            return 0
        return self.document.pageCount()

    def pdf_bytes(self) -> bytes:
        return bytes(self._data.data())

    def _thumb_size(self, page: int) -> QSize:
        size = self.document.pagePointSize(page)
        if size.width() <= 0:
            return QSize(THUMB_WIDTH, int(THUMB_WIDTH * 1.41))
        return QSize(THUMB_WIDTH, round(THUMB_WIDTH * size.height() / size.width()))

    def _placeholder_icon(self, page: int) -> QIcon:
        pm = QPixmap(self._thumb_size(page))
        pm.fill(QColor(theme.SURFACE))
        return _page_icon(pm)

    def _render_thumbnail_batch(self) -> None:
        for _ in range(THUMB_BATCH):
            if not self._pending:
                break
            page = self._pending.pop(0)
            image = self.document.render(page, self._thumb_size(page))
            item = self.thumbnails.item(page)
            if item is not None and not image.isNull():
                item.setIcon(_page_icon(QPixmap.fromImage(image)))
        if self._pending:
            self._thumb_timer.start()
        else:
            self.thumbnails_ready.emit(self.thumbnails.count())

    def render_all_thumbnails(self) -> int:
        """Finish the thumbnails now (tests, screenshots); returns how many there are."""
        self._thumb_timer.stop()
        while self._pending:
            self._render_thumbnail_batch()
        return self.thumbnails.count()

    # -- navigation and zoom -------------------------------------------------------------
    def go_to_page(self, page: int) -> None:
        if 0 <= page < self.page_count():
            self.view.pageNavigator().jump(page, QPointF(), self.view.zoomFactor())

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def _current_page_changed(self, page: int) -> None:
        if self.thumbnails.currentRow() != page:
            self.thumbnails.blockSignals(True)
            self.thumbnails.setCurrentRow(page)
            self.thumbnails.blockSignals(False)
        self._update_page_label()

    def zoom_factor(self) -> float:
        return float(self.view.zoomFactor())

    def set_zoom(self, factor: float) -> float:
        factor = min(max(factor, ZOOM_MIN), ZOOM_MAX)
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(factor)
        self.fit_action.setChecked(False)
        self._update_zoom_label()
        return factor

    def zoom_in(self) -> float:
        return self.set_zoom(self.zoom_factor() * ZOOM_STEP)

    def zoom_out(self) -> float:
        return self.set_zoom(self.zoom_factor() / ZOOM_STEP)

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.fit_action.setChecked(True)
        self._update_zoom_label()

    def is_fit_width(self) -> bool:
        return self.view.zoomMode() == QPdfView.ZoomMode.FitToWidth

    def _update_zoom_label(self) -> None:
        if self.is_fit_width():
            self.zoom_label.setText("")  # the checked "Sesuai lebar" button says it
            self.fit_action.setChecked(True)
        else:
            self.zoom_label.setText(f"{round(self.zoom_factor() * 100)}%")

    def _update_page_label(self) -> None:
        count = self.page_count()
        text = (
            self.tr("Halaman %1 dari %2")
            .replace("%1", str(self.current_page() + 1))
            .replace("%2", str(count))
            if count
            else ""
        )
        self.page_label.setText(text)

    # -- print ----------------------------------------------------------------------------
    def _layout_for(self, page: int) -> QPageLayout:
        size = self.document.pagePointSize(page)
        w, h = size.width(), size.height()
        portrait = QPageSize(QSizeF(min(w, h), max(w, h)), QPageSize.Unit.Point, "",
                             QPageSize.SizeMatchPolicy.FuzzyMatch)  # fmt: skip
        orientation = (
            QPageLayout.Orientation.Landscape if w > h else QPageLayout.Orientation.Portrait
        )
        return QPageLayout(portrait, orientation, QMarginsF(0, 0, 0, 0))

    def print_to(self, printer: QPrinter, *, dpi: int | None = None) -> int:
        """Render the pages into ``printer`` on each page's own paper; returns pages printed.

        Honours a page range chosen in the print dialog. ``dpi`` caps the raster
        resolution (default: the printer's, at most :data:`PRINT_DPI_MAX`).
        """
        count = self.page_count()
        if count == 0:
            return 0
        first, last = 0, count - 1
        if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            first = max(printer.fromPage() - 1, 0)
            last = min(max(printer.toPage() - 1, first), count - 1)
        printer.setFullPage(True)
        printer.setPageLayout(self._layout_for(first))
        resolution = dpi or min(printer.resolution(), PRINT_DPI_MAX)
        painter = QPainter()
        if not painter.begin(printer):
            raise OSError(self.tr("Pencetak tidak dapat dibuka."))
        printed = 0
        try:
            for page in range(first, last + 1):
                if page > first:
                    printer.setPageLayout(self._layout_for(page))
                    printer.newPage()
                size = self.document.pagePointSize(page)
                pixels = QSize(round(size.width() / 72 * resolution),
                               round(size.height() / 72 * resolution))  # fmt: skip
                image = self.document.render(page, pixels)
                target: QRect = painter.viewport()
                painter.drawImage(QRect(0, 0, target.width(), target.height()), image)
                printed += 1
        finally:
            painter.end()
        self.printed.emit(printed)
        return printed

    def print_with_dialog(self) -> None:
        if not self.page_count():
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(Path(self.suggested_name).stem)
        printer.setFromTo(1, self.page_count())
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Cetak dokumen"))
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            self.print_to(printer)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Gagal mencetak"), str(exc))

    # -- save -----------------------------------------------------------------------------
    def save_to(self, path: str | Path) -> Path:
        """Write the shown PDF (atomically: a half-written file never replaces a good one)."""
        from rakor_desktop.documents.layout import write_output

        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        data: bytes | None = self.pdf_bytes()
        if self.before_save is not None and data:
            data = self.before_save(data)  # e.g. the final Notulen gets its signature
            if data is None:
                raise SaveCancelled
        write_output(data or b"", target)
        self.saved.emit(str(target))
        return target

    def save_with_dialog(self) -> Path | None:
        if not self.page_count():
            return None
        start = (
            str(Path(self.start_dir) / self.suggested_name)
            if self.start_dir
            else self.suggested_name
        )
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Simpan sebagai PDF"), start, self.tr("Dokumen PDF (*.pdf)")
        )
        if not path:
            return None
        try:
            return self.save_to(path)
        except SaveCancelled:
            return None
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Gagal menyimpan"),
                self.tr("Berkas tidak dapat ditulis: %1").replace("%1", exc.strerror or str(exc)),
            )
            return None


# ----------------------------------------------------------------------------------------


def _generate(job: Job, db: Any, meeting_id: int, kind: str, blank: bool, now: datetime) -> dict:
    """Worker body: read the meeting in its own session, then render (no Qt here)."""
    from rakor_desktop.services.minutes.assemble import prepare_document

    job.progress(0, 3)
    if kind == "monev":
        return _generate_monev(job, db, meeting_id)
    official = None
    with db.session() as s:
        doc = prepare_document(s, meeting_id, kind, blank=blank, now=now)
        if kind == "minutes" and doc.revision:
            from rakor_desktop.services.signing.tte import official_copy

            official = official_copy(s, meeting_id)  # the certified signer's copy, if attached
    job.check()
    job.progress(1, 3)
    pdf = official.path.read_bytes() if official is not None else doc.render()
    job.check()
    job.progress(3, 3)
    return {
        "pdf": pdf,
        "label": doc.label,
        "title": doc.meeting.title,
        "filename": doc.filename,
        "revision": doc.revision,
    }


def _generate_monev(job: Job, db: Any, meeting_id: int) -> dict:
    """The meeting's Matriks Monev Capaian Kinerja (services/monev), as of its date."""
    from rakor_desktop.documents.monev import render_monev_matrix
    from rakor_desktop.services.minutes.assemble import suggested_filename
    from rakor_desktop.services.monev.report_data import monev_document

    with db.session() as s:
        doc = monev_document(s, meeting_id=meeting_id)
        from rakor_desktop.services.meetings.close import get_meeting

        m = get_meeting(s, meeting_id)
    job.check()
    job.progress(1, 3)
    pdf = render_monev_matrix(doc.office, doc.matrix)
    job.progress(3, 3)
    return {
        "pdf": pdf,
        "label": "Matriks Monev",
        "title": doc.matrix.title,
        "filename": suggested_filename("Matriks Monev", m.title, m.starts_at, doc.office.time_zone),
        "revision": None,
    }


class DocumentPreviewDialog(QDialog):
    """Generates one document of a meeting in the background and shows it."""

    ready = Signal(int)  # page count
    failed = Signal(str)

    def __init__(
        self,
        ctx: AppContext,
        meeting_id: int,
        kind: str,
        *,
        blank: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.meeting_id = meeting_id
        self.kind = kind
        self.blank = blank
        self.worker: Worker | None = None
        self.outcome: dict | None = None
        self.setObjectName("DocumentPreviewDialog")
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        fit_to_screen(self, 1100, 780)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.busy = QWidget()
        busy = QHBoxLayout(self.busy)
        busy.setContentsMargins(16, 10, 16, 10)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(240)
        self.progress.setTextVisible(False)
        self.cancel_button = QPushButton("")
        self.cancel_button.clicked.connect(self.cancel)
        busy.addWidget(self.status, 1)
        busy.addWidget(self.progress)
        busy.addWidget(self.cancel_button)
        layout.addWidget(self.busy)
        self.preview = PdfPreview()
        layout.addWidget(self.preview, 1)
        # The signing passphrase question and its refusal; tests answer through these.
        self.ask_passphrase: Callable[..., tuple[str, bool]] | None = None
        self.warn: Callable[..., object] | None = None
        last_dir = getattr(getattr(ctx, "settings", None), "value", None)
        if callable(last_dir):
            try:
                self.preview.start_dir = str(last_dir("files/last_dir") or "")
            except KeyError:
                self.preview.start_dir = ""
        self.preview.saved.connect(self._remember_dir)
        self.cancel_button.setText(self.tr("Batal"))
        self.setWindowTitle(self.tr("Pratinjau dokumen"))

    def kind_label(self) -> str:
        labels = {
            "minutes": self.tr("Notulen"),
            "attendance": self.tr("Daftar hadir kosong") if self.blank else self.tr("Daftar hadir"),
            "invitation": self.tr("Undangan"),
            "followups": self.tr("Matriks tindak lanjut"),
            "monev": self.tr("Matriks monev"),
        }
        return labels.get(self.kind, self.kind)

    def generate(self) -> Worker:
        """Start (or restart) generation in a worker; the result arrives in :meth:`_finished`."""
        now = self.ctx.now()
        self.outcome = None
        self.busy.show()
        self.progress.setRange(0, 0)
        self.cancel_button.setEnabled(True)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Menyiapkan %1…").replace("%1", self.kind_label().lower()))
        worker = Worker(_generate, self.ctx.db, self.meeting_id, self.kind, self.blank, now)
        worker.progress.connect(self._progress)
        worker.finished.connect(self._finished)
        worker.failed.connect(self._failed)
        worker.cancelled.connect(self._cancelled)
        self.worker = worker
        self.ctx.run(worker)
        return worker

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
        self.cancel_button.setEnabled(False)

    def _progress(self, done: int, total: int) -> None:
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _finished(self, result: dict) -> None:
        self.outcome = result
        if self.kind == "minutes" and result.get("revision"):
            from rakor_desktop.ui.documents.signing import sign_for_output

            title = str(result["title"])
            self.preview.before_save = lambda pdf: sign_for_output(
                self, self.ctx, pdf, title=title, ask=self.ask_passphrase, warn=self.warn
            )
        count = self.preview.load_pdf(result["pdf"], result["filename"])
        self.busy.hide()
        title = f"{self.kind_label()} — {result['title']}"
        if result.get("revision"):
            title += self.tr(" (revisi final %1)").replace("%1", str(result["revision"]))
        self.setWindowTitle(title)
        self.ready.emit(count)

    def _failed(self, message: str) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.cancel_button.setEnabled(False)
        self.status.setStyleSheet(f"color: {theme.DANGER};")
        self.status.setText(self.tr("Dokumen tidak dapat dibuat: %1").replace("%1", message))
        self.failed.emit(message)

    def _cancelled(self) -> None:
        self.progress.setRange(0, 1)
        self.status.setText(self.tr("Pembuatan dokumen dibatalkan."))
        self.cancel_button.setEnabled(False)

    def _remember_dir(self, path: str) -> None:
        settings = self.ctx.settings
        if settings is not None:
            try:
                settings.set_value("files/last_dir", str(Path(path).parent))
            except KeyError:
                log.debug("settings have no files/last_dir option")

    def done(self, result: int) -> None:  # closing while generating: stop at the next check
        if self.worker is not None and self.outcome is None:
            self.worker.cancel()
        super().done(result)


def open_document_preview(
    ctx: AppContext,
    meeting_id: int,
    kind: str,
    parent: QWidget | None = None,
    *,
    blank: bool = False,
) -> DocumentPreviewDialog:
    """Open the preview of ``kind`` (minutes, attendance, invitation, followups) and start
    generating it; the dialog is non-modal so the secretary can keep working."""
    dialog = DocumentPreviewDialog(ctx, meeting_id, kind, blank=blank, parent=parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    dialog.show()
    dialog.generate()
    return dialog
