"""Usulan perubahan: what a bundle or server copy wanted to change in a finalized meeting.

The merge never applies such changes (issue 17); it keeps them as proposals in the
audit trail. This card, on the meeting's Penutupan tab, is where the secretary sees
them, with each changed field, and decides: "Tolak" (with a reason, recorded) at any
time; "Terapkan" only while the meeting is open for an amendment, so an accepted change
always ends in a new numbered revision of the Notulen. The rules live in
``services/transfer/proposals.py``; this card only shows and asks.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QListWidget,
    QListWidgetItem,
    QPushButton,
)

from rakor_desktop.services.transfer import proposals as svc
from rakor_desktop.services.transfer.bundle import TABLE_LABELS
from rakor_desktop.ui import theme
from rakor_desktop.ui.i18n import QT_TRANSLATE_NOOP
from rakor_desktop.ui.meetings.common import call, user_message
from rakor_desktop.ui.widgets import Card, label

if TYPE_CHECKING:
    from rakor_desktop.ui.context import AppContext

_SHOWN_VALUE = 60  # characters of a changed value in the list; the whole on hover
_BOOKKEEPING = {"updated_at", "created_at", "id", "uuid"}
# The columns a proposal most often touches, in words (others by their column name).
_FIELDS = {
    "title": QT_TRANSLATE_NOOP("ProposalsCard", "judul"),
    "place": QT_TRANSLATE_NOOP("ProposalsCard", "tempat"),
    "status": QT_TRANSLATE_NOOP("ProposalsCard", "status"),
    "body": QT_TRANSLATE_NOOP("ProposalsCard", "isi catatan"),
    "text": QT_TRANSLATE_NOOP("ProposalsCard", "isi"),
    "checked_in_at": QT_TRANSLATE_NOOP("ProposalsCard", "jam hadir"),
    "starts_at": QT_TRANSLATE_NOOP("ProposalsCard", "mulai"),
    "ends_at": QT_TRANSLATE_NOOP("ProposalsCard", "selesai"),
}


def _value(value: Any) -> str:
    text = "—" if value in (None, "") else str(value)
    return text if len(text) <= _SHOWN_VALUE else text[: _SHOWN_VALUE - 1] + "…"


class ProposalsCard(Card):
    decided = Signal()

    def __init__(self, ctx: AppContext, meeting_id: int) -> None:
        super().__init__(self.tr("Usulan perubahan dari bundel atau server"))
        self.ctx = ctx
        self.meeting_id = meeting_id
        self.setObjectName("proposals-card")
        # Tests answer the reason question through this attribute.
        self.ask_reason: Callable[..., tuple[str, bool]] = QInputDialog.getText
        self.body.addWidget(
            label(
                self.tr(
                    "Rapat ini sudah final; perubahan dari stasiun lain tidak diterapkan "
                    "otomatis. Tolak dengan alasan, atau buka amandemen lalu terapkan: "
                    "finalisasi berikutnya menjadi revisi baru."
                ),
                "muted",
                wrap=True,
            )
        )
        self.list = QListWidget()
        self.list.setObjectName("proposals")
        self.list.setWordWrap(True)
        self.body.addWidget(self.list)
        row = QHBoxLayout()
        self.message = label("", "muted", wrap=True)
        self.btn_reject = QPushButton(self.tr("Tolak…"))
        self.btn_accept = QPushButton(self.tr("Terapkan"))
        row.addWidget(self.message, 1)
        row.addWidget(self.btn_reject)
        row.addWidget(self.btn_accept)
        self.body.addLayout(row)
        self.btn_reject.clicked.connect(self.reject_selected)
        self.btn_accept.clicked.connect(self.accept_selected)
        self.list.currentRowChanged.connect(lambda _r: self._enable())
        self.amending = False
        self.hide()

    def refresh(self, *, amending: bool) -> None:
        """``amending``: the meeting is open for an amendment (accepting is possible)."""
        self.amending = amending
        rows = call(self.ctx, svc.proposals_for_meeting, self.meeting_id)
        self.list.clear()
        for p in rows:
            what = TABLE_LABELS.get(p.table, p.table)
            head = self.tr("#%1 %2 baru") if p.op == "insert" else self.tr("#%1 %2 diubah")
            lines = [head.replace("%1", str(p.id)).replace("%2", what)]
            lines += [
                f"  {QCoreApplication.translate('ProposalsCard', _FIELDS.get(k, k))}: {_value(v)}"
                for k, v in sorted(p.changes.items())
                if k not in _BOOKKEEPING
            ][:6]
            item = QListWidgetItem("\n".join(lines))
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            item.setToolTip("\n".join(f"{k}: {v}" for k, v in sorted(p.changes.items())))
            self.list.addItem(item)
        if rows:
            self.list.setCurrentRow(0)
        self.setVisible(bool(rows))
        self._enable()

    def _enable(self) -> None:
        chosen = self.list.currentItem() is not None
        self.btn_reject.setEnabled(chosen)
        self.btn_accept.setEnabled(chosen and self.amending)
        self.btn_accept.setToolTip(
            ""
            if self.amending
            else self.tr("Buka amandemen dulu (di atas): perubahan masuk ke revisi baru.")
        )

    def _chosen(self) -> int | None:
        item = self.list.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def reject_selected(self) -> None:
        pid = self._chosen()
        if pid is None:
            return
        reason, ok = self.ask_reason(
            self, self.tr("Tolak usulan"), self.tr("Alasan menolak (tercatat di jejak audit):")
        )
        if not ok:
            return
        self._decide(lambda s: svc.reject_proposal(s, pid, reason=reason), self.tr("ditolak"))

    def accept_selected(self) -> None:
        pid = self._chosen()
        if pid is not None:
            self._decide(lambda s: svc.accept_proposal(s, pid), self.tr("diterapkan"))

    def _decide(self, fn: Callable[[Any], svc.Proposal], verb: str) -> None:
        try:
            proposal = call(self.ctx, fn, write=True)
        except Exception as exc:
            self.message.setText(user_message(exc))
            theme.set_props(self.message, role="error")
            return
        self.message.setText(
            self.tr("Usulan #%1 %2.").replace("%1", str(proposal.id)).replace("%2", verb)
        )
        theme.set_props(self.message, role="muted")
        self.refresh(amending=self.amending)
        self.decided.emit()
