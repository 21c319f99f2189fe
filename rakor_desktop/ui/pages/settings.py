"""Pengaturan: the office's letterhead (kop) data, time zone, paper, and the UI language.

The form is declared once in :data:`FIELDS` (name, label, kind, rules), the way
Picard declares its option pages: widgets are built from the table and a generic
``load()``/``save()`` moves values between the widgets and the service. Adding a field
is one line here, not a new pair of methods. Validation messages appear under the
field; nothing typed is lost when saving fails.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from rakor_desktop.domain.models import Office
from rakor_desktop.services.office.settings import get_office, update_office
from rakor_desktop.ui import theme
from rakor_desktop.ui.context import AppContext
from rakor_desktop.ui.i18n import QT_TRANSLATE_NOOP
from rakor_desktop.ui.icons import icon
from rakor_desktop.ui.widgets import Card, PageHeader, label, scroll_page

CTX = "SettingsPage"
LOGO_SUFFIXES = (".png", ".jpg", ".jpeg")

LANGUAGES = (("id", "Bahasa Indonesia"), ("en", "English"))  # each in its own language


def _tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def _required(value: str) -> str | None:
    return QT_TRANSLATE_NOOP("SettingsPage", "Wajib diisi.") if not value.strip() else None


def _logo_rule(value: str) -> str | None:
    if not value.strip():
        return None
    path = Path(value).expanduser()
    if path.suffix.lower() not in LOGO_SUFFIXES:
        return QT_TRANSLATE_NOOP("SettingsPage", "Logo harus berupa gambar PNG atau JPG.")
    if not path.is_file():
        return QT_TRANSLATE_NOOP("SettingsPage", "Berkas logo tidak ditemukan.")
    return None


@dataclass(frozen=True, slots=True)
class FormField:
    name: str  # Office attribute, one of services.office.EDITABLE
    label: str  # Indonesian source text, translated in context "SettingsPage"
    kind: str = "text"  # text | file | choice
    placeholder: str = ""
    max_length: int = 200
    choices: tuple[tuple[str, str], ...] = ()
    rules: tuple[Callable[[str], str | None], ...] = ()
    hint: str = ""


FIELDS: tuple[FormField, ...] = (
    FormField(
        "regency_name",
        QT_TRANSLATE_NOOP("SettingsPage", "Pemerintah daerah"),
        placeholder="PEMERINTAH KABUPATEN PEMALANG",
        rules=(_required,),
    ),
    FormField(
        "unit_name",
        QT_TRANSLATE_NOOP("SettingsPage", "Unit kerja"),
        placeholder="SEKRETARIAT DAERAH",
        rules=(_required,),
    ),
    FormField(
        "address_line",
        QT_TRANSLATE_NOOP("SettingsPage", "Alamat"),
        max_length=400,
        placeholder="Jl. Surohadikusumo No. 1 Telp. (0284) 321010 Pemalang 52312",
    ),
    FormField(
        "city",
        QT_TRANSLATE_NOOP("SettingsPage", "Kota (tempat surat)"),
        max_length=100,
        placeholder="Pemalang",
        hint=QT_TRANSLATE_NOOP(
            "SettingsPage", "Dipakai pada tanggal surat: “Pemalang, 18 Agustus 2025”."
        ),
    ),
    FormField(
        "logo_path",
        QT_TRANSLATE_NOOP("SettingsPage", "Logo daerah"),
        kind="file",
        max_length=500,
        rules=(_logo_rule,),
        hint=QT_TRANSLATE_NOOP("SettingsPage", "Gambar PNG atau JPG, tampil di kiri kop surat."),
    ),
    FormField(
        "time_zone",
        QT_TRANSLATE_NOOP("SettingsPage", "Zona waktu"),
        kind="choice",
        choices=(
            ("WIB", QT_TRANSLATE_NOOP("SettingsPage", "WIB (UTC+7)")),
            ("WITA", QT_TRANSLATE_NOOP("SettingsPage", "WITA (UTC+8)")),
            ("WIT", QT_TRANSLATE_NOOP("SettingsPage", "WIT (UTC+9)")),
        ),
    ),
    FormField(
        "paper",
        QT_TRANSLATE_NOOP("SettingsPage", "Ukuran kertas"),
        kind="choice",
        choices=(
            ("A4", QT_TRANSLATE_NOOP("SettingsPage", "A4 (210 × 297 mm)")),
            ("F4", QT_TRANSLATE_NOOP("SettingsPage", "F4 (215 × 330 mm)")),
        ),
    ),
)


def validate(values: dict[str, str]) -> dict[str, str]:
    """Field name -> untranslated reason, for every field that breaks a rule."""
    errors: dict[str, str] = {}
    for f in FIELDS:
        value = values.get(f.name, "")
        if f.kind != "choice" and len(value) > f.max_length:
            errors[f.name] = QT_TRANSLATE_NOOP("SettingsPage", "Terlalu panjang.")
            continue
        for rule in f.rules:
            reason = rule(value)
            if reason:
                errors[f.name] = reason
                break
    return errors


class Binder:
    """Moves one field's value between a widget and a plain string."""

    def __init__(self, spec: FormField, on_change: Callable[[], None], page: QWidget) -> None:
        self.spec = spec
        self.page = page
        self.editor = self._make(on_change)
        self.error = label("", "field-error", wrap=True)
        self.error.hide()

    def _make(self, on_change: Callable[[], None]) -> QWidget:
        if self.spec.kind == "choice":
            combo = QComboBox()
            for value, text in self.spec.choices:
                combo.addItem(_tr(text), value)
            combo.currentIndexChanged.connect(lambda _i: on_change())
            self.input: QWidget = combo
            return combo
        edit = QLineEdit()
        edit.setMaxLength(self.spec.max_length + 50)  # over-long shows a message, not a cut
        if self.spec.placeholder:
            edit.setPlaceholderText(self.spec.placeholder)
        edit.textChanged.connect(lambda _t: on_change())
        self.input = edit
        if self.spec.kind != "file":
            return edit
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        row.addWidget(edit, 1)
        browse = QPushButton(icon("folder"), QCoreApplication.translate("SettingsPage", "Pilih…"))
        browse.setObjectName(f"browse_{self.spec.name}")
        browse.clicked.connect(self._browse)
        row.addWidget(browse)
        self.browse = browse
        return holder

    def _browse(self) -> None:
        assert isinstance(self.input, QLineEdit)
        start = (
            str(Path(self.input.text()).expanduser().parent)
            if self.input.text()
            else str(Path.home())
        )
        path, _ = QFileDialog.getOpenFileName(
            self.page,
            QCoreApplication.translate("SettingsPage", "Pilih logo daerah"),
            start,
            QCoreApplication.translate("SettingsPage", "Gambar (*.png *.jpg *.jpeg)"),
        )
        if path:
            self.input.setText(path)

    def get(self) -> str:
        if isinstance(self.input, QComboBox):
            return str(self.input.currentData())
        assert isinstance(self.input, QLineEdit)
        return self.input.text().strip()

    def set(self, value: Any) -> None:
        text = "" if value is None else str(value)
        if isinstance(self.input, QComboBox):
            i = self.input.findData(text)
            self.input.setCurrentIndex(max(i, 0))
        else:
            assert isinstance(self.input, QLineEdit)
            self.input.setText(text)
            self.input.setCursorPosition(0)  # show the start of a long address

    def show_error(self, reason: str | None) -> None:
        self.error.setText(_tr(reason) if reason else "")
        self.error.setVisible(bool(reason))
        if isinstance(self.input, QLineEdit):
            theme.set_props(self.input, invalid="true" if reason else "false")


class KopPreview(QWidget):
    """A scaled-down letterhead drawn from the form values, updated as the user types."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.values: dict[str, str] = {}
        self.setFixedHeight(106)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(420, 106)

    def set_values(self, values: dict[str, str]) -> None:
        self.values = dict(values)
        self.update()

    def _logo(self, size: int) -> QPixmap | None:
        path = self.values.get("logo_path", "")
        if path and Path(path).expanduser().is_file():
            pm = QPixmap(str(Path(path).expanduser()))
            if not pm.isNull():
                return pm.scaled(
                    size,
                    size,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
        return None

    def paintEvent(self, _event: object) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        page = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        p.setPen(QPen(QColor(theme.BORDER), 1))
        p.setBrush(QColor("white"))
        p.drawRoundedRect(page, 8, 8)
        inner = page.adjusted(16, 14, -16, -12)
        logo_size = 58
        logo = self._logo(logo_size)
        if logo is not None:
            p.drawPixmap(int(inner.left()), int(inner.top() + 2), logo)
        else:  # where the emblem will go: a dashed box, not a made-up emblem
            box = QRectF(inner.left(), inner.top() + 2, logo_size, logo_size)
            p.setPen(QPen(QColor(theme.BORDER_STRONG), 1, Qt.PenStyle.DashLine))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(box, 6, 6)
            small = QFont(self.font().family())
            small.setPointSizeF(7.5)
            p.setFont(small)
            p.setPen(QColor(theme.TEXT_FAINT))
            p.drawText(box, int(Qt.AlignmentFlag.AlignCenter), self.tr("Logo"))
        text_rect = inner.adjusted(logo_size + 8, 0, 0, 0)
        family = self.font().family()
        lines = [
            ((self.values.get("regency_name") or "").upper(), 10.0, False),
            ((self.values.get("unit_name") or "").upper(), 12.5, True),
        ]
        y = inner.top()
        p.setPen(QColor("#111111"))
        for text, size, bold in lines:
            font = QFont(family)
            font.setBold(bold)
            font.setPointSizeF(size)
            # Shrink long lines to fit, as the printed kop does, down to a readable minimum.
            while size > 5.5 and QFontMetricsF(font).horizontalAdvance(text) > text_rect.width():
                size -= 0.25
                font.setPointSizeF(size)
            p.setFont(font)
            metrics = QFontMetricsF(font)
            elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, text_rect.width())
            h = metrics.height() + 2
            p.drawText(
                QRectF(text_rect.left(), y, text_rect.width(), h),
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter),
                elided,
            )
            y += h
        address = self.values.get("address_line") or ""
        if address:
            # The address may take two lines, as on the printed kop.
            font = QFont(family)
            size = 7.5
            flags = int(Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap)
            while True:
                font.setPointSizeF(size)
                p.setFont(font)
                box = QRectF(
                    text_rect.left(), y, text_rect.width(), QFontMetricsF(font).height() * 2 + 2
                )
                bounds = p.boundingRect(QRectF(box.left(), y, box.width(), 1000), flags, address)
                if bounds.height() <= box.height() or size <= 5.5:
                    break
                size -= 0.25
            p.drawText(box, flags, address)
            y += min(bounds.height(), box.height())
        rule_y = max(y + 6, inner.top() + logo_size + 8)
        p.setPen(QPen(QColor("#111111"), 2.6))
        p.drawLine(QPointF(inner.left(), rule_y), QPointF(inner.right(), rule_y))
        p.setPen(QPen(QColor("#111111"), 0.8))
        p.drawLine(QPointF(inner.left(), rule_y + 4), QPointF(inner.right(), rule_y + 4))
        p.end()


class SettingsPage(QWidget):
    saved = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._loaded = False
        self._stored: dict[str, str] = {}
        self._status_kind = "muted"
        self.binders: dict[str, Binder] = {}
        _root, layout = scroll_page(self)
        layout.addWidget(
            PageHeader(
                self.tr("Pengaturan"),
                self.tr("Kop surat, zona waktu kantor, kertas dan bahasa antarmuka"),
            )
        )

        columns = QHBoxLayout()
        columns.setSpacing(18)
        layout.addLayout(columns, 1)

        form_card = Card(self.tr("Kop surat dan kantor"))
        form_card.body.addWidget(
            label(
                self.tr("Data ini dicetak di kepala undangan, notulen dan daftar hadir."),
                "muted",
                wrap=True,
            )
        )
        form_card.body.addSpacing(6)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.setVerticalSpacing(4)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for spec in FIELDS:
            binder = Binder(spec, self._on_edit, self)
            binder.input.setObjectName(f"field_{spec.name}")
            self.binders[spec.name] = binder
            cell = QVBoxLayout()
            cell.setSpacing(3)
            cell.setContentsMargins(0, 0, 0, 10)
            cell.addWidget(binder.editor)
            cell.addWidget(binder.error)
            if spec.hint:
                cell.addWidget(label(_tr(spec.hint), "faint", wrap=True))
            caption = QLabel(_tr(spec.label))
            caption.setProperty("role", "field-label")
            form.addRow(caption, cell)
        form_card.body.addLayout(form)
        buttons = QHBoxLayout()
        buttons.setSpacing(10)
        self.status = label("", "muted", wrap=True)
        buttons.addWidget(self.status, 1)
        self.revert_button = QPushButton(icon("undo"), self.tr("Batalkan perubahan"))
        self.revert_button.clicked.connect(self.load)
        buttons.addWidget(self.revert_button)
        self.save_button = QPushButton(icon("save", "#ffffff"), self.tr("Simpan"))
        self.save_button.setProperty("variant", "primary")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.save_button)
        form_card.body.addLayout(buttons)
        columns.addWidget(form_card, 3, Qt.AlignmentFlag.AlignTop)

        side = QVBoxLayout()
        side.setSpacing(18)
        preview_card = Card(self.tr("Pratinjau kop surat"))
        self.preview = KopPreview()
        preview_card.body.addWidget(self.preview)
        self.paper_note = label("", "faint")
        preview_card.body.addWidget(self.paper_note)
        side.addWidget(preview_card)

        lang_card = Card(self.tr("Bahasa antarmuka"))
        self.language = QComboBox()
        self.language.setObjectName("field_language")
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        # The language on screen now (--lang may override the saved choice for one run).
        self.language.setCurrentIndex(max(self.language.findData(ctx.language), 0))
        self.language.currentIndexChanged.connect(self._language_changed)
        lang_card.body.addWidget(self.language)
        self.language_note = label(
            self.tr("Bahasa baru dipakai setelah aplikasi dibuka ulang."), "faint", wrap=True
        )
        lang_card.body.addWidget(self.language_note)
        side.addWidget(lang_card)

        db_card = Card(self.tr("Basis data"))
        self.db_label = label(ctx.db.display_name, "muted", wrap=True)
        self.db_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        db_card.body.addWidget(self.db_label)
        self.server_button = QPushButton(icon("database"), self.tr("Server basis data…"))
        self.server_button.setObjectName("open_server_dialog")
        self.server_button.setToolTip(self.tr("Beberapa meja registrasi: satu server PostgreSQL"))
        self.server_button.clicked.connect(self.open_server_dialog)
        db_card.body.addWidget(self.server_button)
        side.addWidget(db_card)
        mail_card = Card(self.tr("Surel"))
        self.mail_button = QPushButton(icon("mail"), self.tr("Server surel (SMTP)…"))
        self.mail_button.setObjectName("open_mail_dialog")
        self.mail_button.setToolTip(
            self.tr("Paket, undangan dan pengingat untuk OPD lewat kotak keluar surel")
        )
        self.mail_button.clicked.connect(self.open_mail_dialog)
        mail_card.body.addWidget(self.mail_button)
        side.addWidget(mail_card)
        side.addStretch(1)
        columns.addLayout(side, 2)
        layout.addStretch(1)

    # -- generic load/save over FIELDS -----------------------------------------------------
    def values(self) -> dict[str, str]:
        return {name: b.get() for name, b in self.binders.items()}

    def refresh(self) -> None:
        self.load()

    def load(self) -> None:
        with self.ctx.db.session() as s:
            office: Office = get_office(s)
            stored = {f.name: getattr(office, f.name) or "" for f in FIELDS}
        self._stored = {k: str(v) for k, v in stored.items()}
        for name, binder in self.binders.items():
            binder.set(self._stored.get(name, ""))
            binder.show_error(None)
        self.status.setText("")
        self._loaded = True
        self._on_edit()

    def is_dirty(self) -> bool:
        return self.values() != self._stored

    def save(self) -> bool:
        values = self.values()
        errors = validate(values)
        for name, binder in self.binders.items():
            binder.show_error(errors.get(name))
        if errors:
            self._set_status(self.tr("Periksa isian yang ditandai merah."), "error")
            return False
        changes = {
            k: (v or None) if k == "logo_path" else v
            for k, v in values.items()
            if v != self._stored.get(k)
        }
        if not changes:
            self._set_status(self.tr("Tidak ada perubahan."), "muted")
            return True
        try:
            with self.ctx.db.session(write=True) as s:
                update_office(s, **changes)
        except ValueError as exc:
            self._set_status(self.tr("Gagal menyimpan: %1").replace("%1", str(exc)), "error")
            return False
        self._stored = dict(values)
        self.ctx.reload_zone()
        self._set_status(self.tr("Pengaturan tersimpan."), "success")
        self._on_edit()
        self.ctx.events.office_changed.emit()
        self.saved.emit()
        return True

    def _set_status(self, text: str, kind: str) -> None:
        self._status_kind = kind
        self.status.setText(text)
        color = {"error": theme.DANGER, "success": theme.SUCCESS}.get(kind, theme.TEXT_MUTED)
        self.status.setStyleSheet(f"color: {color};")

    def _on_edit(self) -> None:
        values = self.values()
        self.preview.set_values(values)
        paper = self.binders["paper"]
        assert isinstance(paper.input, QComboBox)
        self.paper_note.setText(self.tr("Kertas: %1").replace("%1", paper.input.currentText()))
        dirty = values != self._stored
        self.revert_button.setEnabled(dirty)
        if dirty and self._status_kind == "success":
            self._set_status("", "muted")

    def _language_changed(self, _index: int) -> None:
        code = self.language.currentData()
        self.ctx.settings.set_value("ui/language", code)
        self.ctx.settings.sync()
        self.language_note.setText(self.tr("Bahasa baru dipakai setelah aplikasi dibuka ulang."))

    def open_server_dialog(self) -> QWidget:
        """Pengaturan > Server basis data (ui/transfer/dialog.py)."""
        from rakor_desktop.ui.transfer.dialog import ServerDialog

        dialog = ServerDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_mail_dialog(self) -> QWidget:
        """Pengaturan > Server surel (ui/outbox/dialog.py): set once for the outbox."""
        from rakor_desktop.ui.outbox.dialog import MailSettingsDialog

        dialog = MailSettingsDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def is_data_ready(self) -> bool:
        return self._loaded
