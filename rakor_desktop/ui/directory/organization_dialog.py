"""Ubah OPD: name, short name and the office e-mail address the outbox sends to.

Opened from Peserta & OPD (F2, or a double-click on an OPD). The rules are the
service's (``services/directory/organizations.py``); this dialog only shows its
refusal under the form and stays open, so nothing typed is lost.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from rakor_desktop.messages import render
from rakor_desktop.services.directory.organizations import (
    organization_details,
    update_organization,
)
from rakor_desktop.ui.context import AppContext
from rakor_desktop.ui.widgets import label


class OrganizationDialog(QDialog):
    def __init__(
        self, ctx: AppContext, organization_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.organization_id = organization_id
        with ctx.db.session() as s:
            current = organization_details(s, organization_id)
        self.setWindowTitle(self.tr("Ubah OPD"))
        form = QFormLayout(self)
        self.name = QLineEdit(current.name)
        self.short_name = QLineEdit(current.short_name)
        self.email = QLineEdit(current.email)
        self.email.setPlaceholderText(self.tr("mis. dinkes@pemalangkab.go.id"))
        self.email.setToolTip(
            self.tr("Alamat kantor tujuan paket notulen, tindak lanjut dan pengingat lewat surel.")
        )
        form.addRow(self.tr("Nama"), self.name)
        form.addRow(self.tr("Singkatan"), self.short_name)
        form.addRow(self.tr("Surel kantor"), self.email)
        self.error = label("", "error", wrap=True)
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)
        self.email.setFocus()

    def save(self) -> bool:
        try:
            with self.ctx.db.session(write=True) as s:
                update_organization(
                    s,
                    self.organization_id,
                    name=self.name.text(),
                    short_name=self.short_name.text(),
                    email=self.email.text(),
                )
        except (ValueError, LookupError) as exc:
            self.error.setText(render(str(exc.args[0])))
            return False
        self.ctx.events.data_changed.emit("people")
        self.accept()
        return True
