"""The notes editor: plain text first, with light markup the minutes understand.

Notes are stored as plain text: ``- `` starts a bullet, ``**tebal**`` is bold. Paste
always inserts plain text, whatever the clipboard holds (a web page, a Word
document): no hidden HTML reaches the minutes, and 1 MB of text goes in as one
plain insert instead of a rich-text layout that would freeze the window.
A highlighter shows the markup while typing; it switches itself off for very large
notes, where re-highlighting every block would cost more than it helps.
"""

from __future__ import annotations

import contextlib
import re

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QKeyEvent,
    QKeySequence,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextDocumentFragment,
)
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from rakor_desktop.ui import theme

BULLET = "- "
_BOLD = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")
_BULLET_LINE = re.compile(r"^(\s*)([-*•]|\d+[.)])\s")
HIGHLIGHT_LIMIT = 200_000  # characters; above this the highlighter steps aside


def plain_from_mime(source: QMimeData) -> str:
    """The text to insert for a paste or drop: plain text, HTML flattened, bullets kept."""
    if source.hasText() and source.text():
        text = source.text()
    elif source.hasHtml():
        text = QTextDocumentFragment.fromHtml(source.html()).toPlainText()
    else:
        return ""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    text = text.replace("\u2029", "\n").replace("\u2028", "\n")
    # Word and browsers paste "•\t" bullets; make them our "- ".
    return re.sub(r"(?m)^(\s*)[•◦▪●]\s*", r"\1- ", text)


class MarkupHighlighter(QSyntaxHighlighter):
    """Bold for ``**...**`` (markers dimmed), accent for bullet marks."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.bold = QTextCharFormat()
        self.bold.setFontWeight(QFont.Weight.Bold)
        self.marker = QTextCharFormat()
        self.marker.setForeground(Qt.GlobalColor.gray)
        self.bullet = QTextCharFormat()
        self.bullet.setFontWeight(QFont.Weight.Bold)
        self.bullet.setForeground(QColor(theme.ACCENT))

    def highlightBlock(self, text: str) -> None:
        m = _BULLET_LINE.match(text)
        if m:
            self.setFormat(m.start(2), len(m.group(2)), self.bullet)
        for m in _BOLD.finditer(text):
            self.setFormat(m.start(), 2, self.marker)
            self.setFormat(m.start(1), len(m.group(1)), self.bold)
            self.setFormat(m.end() - 2, 2, self.marker)


class NotesEdit(QPlainTextEdit):
    """QPlainTextEdit with plain-only paste, bullet continuation and Ctrl+B bold."""

    focus_lost = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(False)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setPlaceholderText(
            self.tr('Ketik catatan. Awali baris dengan "- " untuk poin, **teks** untuk tebal.')
        )
        self._highlighter: MarkupHighlighter | None = None
        self.document().contentsChange.connect(self._size_check)
        self._attach_highlighter()

    # -- documents per agenda item keep their own undo history ---------------------------
    def setDocument(self, document: QTextDocument) -> None:
        with contextlib.suppress(RuntimeError, TypeError):
            self.document().contentsChange.disconnect(self._size_check)
        if self._highlighter is not None:
            self._highlighter.setDocument(None)
            self._highlighter = None
        super().setDocument(document)
        document.contentsChange.connect(self._size_check)
        self._attach_highlighter()

    def _attach_highlighter(self) -> None:
        if self.document().characterCount() <= HIGHLIGHT_LIMIT and self._highlighter is None:
            self._highlighter = MarkupHighlighter(self.document())

    def _size_check(self, _pos: int, _removed: int, added: int) -> None:
        if (
            added
            and self._highlighter is not None
            and self.document().characterCount() > HIGHLIGHT_LIMIT
        ):
            self._highlighter.setDocument(None)
            self._highlighter = None

    # -- paste ---------------------------------------------------------------------------
    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return source.hasText() or source.hasHtml()

    def insertFromMimeData(self, source: QMimeData) -> None:
        text = plain_from_mime(source)
        if not text:
            return
        if len(text) > HIGHLIGHT_LIMIT and self._highlighter is not None:
            # Detach before the insert so a 1 MB paste is laid out once, not highlighted.
            self._highlighter.setDocument(None)
            self._highlighter = None
        self.textCursor().insertText(text)
        self.ensureCursorVisible()

    # -- keys ----------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Bold) or (
            event.key() == Qt.Key.Key_B and event.modifiers() == Qt.KeyboardModifier.ControlModifier
        ):
            self.toggle_bold()
            return
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and not event.modifiers() and self._continue_bullet():
            return
        if self._retyped_mark(event.text()):
            return
        super().keyPressEvent(event)

    def _retyped_mark(self, typed: str) -> bool:
        """After Return continued a "- " bullet, a notulis who types "- " out of habit gets
        one mark, not "- - " (issue 15 item 5). Decided at the space, so "**tebal**" and
        "-5%" right after the mark stay as typed."""
        if typed != " ":
            return False
        cursor = self.textCursor()
        if cursor.hasSelection():
            return False
        before = cursor.block().text()[: cursor.positionInBlock()]
        if before.lstrip() not in ("- -", "* *", "• •"):
            return False
        cursor.movePosition(
            QTextCursor.MoveOperation.PreviousCharacter, QTextCursor.MoveMode.KeepAnchor, 1
        )
        cursor.removeSelectedText()  # "- -" + space -> "- " (the typed space is the old one)
        self.setTextCursor(cursor)
        return True

    def _continue_bullet(self) -> bool:
        cursor = self.textCursor()
        if cursor.hasSelection():
            return False
        line = cursor.block().text()
        m = _BULLET_LINE.match(line)
        if not m or cursor.positionInBlock() < m.end():
            return False
        if line[m.end() :].strip() == "":
            # Enter on an empty bullet ends the list.
            cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock)
            cursor.movePosition(
                QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor
            )
            cursor.removeSelectedText()
            self.setTextCursor(cursor)
            return True
        mark = m.group(2)
        if mark[0].isdigit():
            n = int(mark[:-1]) + 1
            mark = f"{n}{mark[-1]}"
        cursor.insertText("\n" + m.group(1) + mark + " ")
        self.setTextCursor(cursor)
        return True

    def toggle_bold(self) -> None:
        """Wrap the selection in ``**`` (or unwrap it); with no selection insert a pair."""
        cursor = self.textCursor()
        text = cursor.selectedText()
        cursor.beginEditBlock()
        if text.startswith("**") and text.endswith("**") and len(text) >= 4:
            cursor.insertText(text[2:-2])
        elif text:
            cursor.insertText(f"**{text}**")
        else:
            cursor.insertText("****")
            cursor.movePosition(QTextCursor.MoveOperation.Left, n=2)
        cursor.endEditBlock()
        self.setTextCursor(cursor)

    def new_bullet(self) -> None:
        """Ctrl+E: jump to the end and start a new bullet line."""
        cursor = self.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        text = self.toPlainText()
        prefix = "" if not text or text.endswith("\n") else "\n"
        cursor.insertText(prefix + BULLET)
        self.setTextCursor(cursor)
        self.setFocus()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.focus_lost.emit()
