"""Person and organization pickers: type a few letters, pick from a completer.

The directory is loaded once per workspace (a few thousand rows at most) and
matched anywhere in "Nama — Jabatan, OPD", so "kesehatan" finds the Kepala Dinas
Kesehatan and "1970" finds a NIP.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from rakor_desktop.ui import theme


@dataclass(frozen=True, slots=True)
class Choice:
    id: int
    text: str  # what the completer shows and the field holds


def person_choices(rows: list) -> list[Choice]:  # rows: services.people.PersonRow
    out = []
    for r in rows:
        extra = ", ".join(x for x in (r.jabatan, r.organization) if x)
        nip = f" · NIP {r.nip}" if r.nip else ""
        out.append(Choice(r.id, f"{r.name} — {extra}{nip}" if extra else f"{r.name}{nip}"))
    return out


class ChoicePicker(QLineEdit):
    """A line edit bound to an id; emits ``chosen`` only for a real choice or a clear."""

    chosen = Signal(object)  # int | None

    def __init__(self, placeholder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.setClearButtonEnabled(True)
        self._by_text: dict[str, int] = {}
        self._by_id: dict[int, str] = {}
        self._current: int | None = None
        self._model = QStringListModel(self)
        completer = QCompleter(self._model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setMaxVisibleItems(12)
        self.setCompleter(completer)
        completer.activated[str].connect(self._activated)  # type: ignore[index]  # overloaded signal
        self.editingFinished.connect(self._commit)

    def set_choices(self, choices: list[Choice]) -> None:
        self._by_text = {c.text: c.id for c in choices}
        self._by_id = {c.id: c.text for c in choices}
        self._model.setStringList([c.text for c in choices])
        self.set_value(self._current)

    def value(self) -> int | None:
        return self._current

    def set_value(self, value: int | None) -> None:
        self._current = value
        self.blockSignals(True)
        self.setText(self._by_id.get(value, "") if value is not None else "")
        self.setCursorPosition(0)  # show the name, not the tail of "Nama — Jabatan"
        self.blockSignals(False)
        theme.set_props(self, invalid=False)

    def choose_text(self, text: str) -> bool:
        """Pick by exact display text (keyboard users and tests)."""
        if text in self._by_text:
            self._activated(text)
            return True
        return False

    def _activated(self, text: str) -> None:
        self.setText(text)
        self._commit()

    def _commit(self) -> None:
        text = self.text().strip()
        if not text:
            new = None
        elif text in self._by_text:
            new = self._by_text[text]
        else:
            # A fragment that completes to exactly one choice is accepted.
            hits = [t for t in self._by_text if text.casefold() in t.casefold()]
            if len(hits) != 1:
                theme.set_props(self, invalid=True)
                self.setToolTip(
                    self.tr('Pilih dari daftar; "{0}" tidak cocok dengan satu orang.').format(text)
                )
                return
            new = self._by_text[hits[0]]
        self.setToolTip("")
        theme.set_props(self, invalid=False)
        if new != self._current:
            self.set_value(new)
            self.chosen.emit(new)
        else:
            self.set_value(new)
