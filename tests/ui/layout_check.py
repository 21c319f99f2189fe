"""What a person would call a broken layout, measured on a shown window.

Three rules, from issue 15 (items 4 and 7):

- **squeezed**: a visible button, field, combo box, tab bar or one-line label smaller than
  its minimum size hint (the live entry row a few pixels high; a label cut mid-word);
- **clipped header**: a column title wider than its column;
- **unreadable key column**: a table whose identifying column, at its default width,
  shows the same elided text on rows that differ ("Rakor Penyelenggaraan ..." on every
  meeting, four "Kecamatan..." rows), or elides the end of every row with the end hidden.

Widgets that are built to shorten text (``ElidedLabel``, word-wrapped labels) and Qt's
internal parts are not judged. A view names its key column with the dynamic property
``key_column`` (default 0).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QTabBar,
    QTableView,
    QTreeView,
    QWidget,
)

from rakor_desktop.ui.widgets import ElidedLabel

ROWS = 25  # visible rows judged per view
PADDING = 8  # a cell's text margins in the theme


def _name(w: QWidget) -> str:
    parts = []
    node: QWidget | None = w
    while node is not None and len(parts) < 3:
        parts.append(node.objectName() or type(node).__name__)
        node = node.parentWidget()
    text = ""
    if isinstance(w, QAbstractButton | QLabel):
        text = f" '{w.text()[:40]}'"
    return "/".join(reversed(parts)) + text


def _internal(w: QWidget) -> bool:
    if w.objectName().startswith("qt_") and not isinstance(w, QTabBar):
        return True  # Qt's own parts (spin box editors, scroll area viewports)
    parent = w.parentWidget()
    if isinstance(parent, QComboBox | QLineEdit):
        return True  # an editable combo's field, a line edit's clear button
    node: QWidget | None = w
    while node is not None:
        if isinstance(node, QAbstractItemView) and node is not w and not isinstance(w, QHeaderView):
            return True  # editors and index widgets belong to the view
        node = node.parentWidget()
    return False


def _judged(w: QWidget) -> bool:
    if isinstance(w, QLabel):
        return bool(w.text().strip()) and not w.wordWrap() and not isinstance(w, ElidedLabel)
    return isinstance(w, QAbstractButton | QLineEdit | QComboBox | QAbstractSpinBox | QTabBar)


def squeezed(w: QWidget) -> str | None:
    hint = w.minimumSizeHint()
    if not hint.isValid():
        return None
    if w.height() + 1 < hint.height() or w.width() + 1 < hint.width():
        return (
            f"squeezed: {_name(w)} is {w.width()}x{w.height()}, "
            f"needs {hint.width()}x{hint.height()}"
        )
    return None


def clipped_headers(header: QHeaderView) -> list[str]:
    model = header.model()
    if model is None:
        return []
    out = []
    metrics = header.fontMetrics()
    for section in range(header.count()):
        if header.isSectionHidden(section) or header.sectionSize(section) <= 0:
            continue
        text = str(model.headerData(section, header.orientation()) or "")
        if not text:
            continue
        need = metrics.horizontalAdvance(text) + PADDING
        if need > header.sectionSize(section):
            out.append(
                f"clipped header: '{text}' needs {need} px, column is "
                f"{header.sectionSize(section)} px ({_name(header.parentWidget() or header)})"
            )
    return out


def _wrapped(text: str, metrics: QFontMetrics, width: int, lines: int) -> str:
    """What a word-wrapping cell shows of ``text`` in ``lines`` lines (greedy, by words)."""
    words, shown, line = text.split(), [], ""
    for word in words:
        candidate = f"{line} {word}".strip()
        if metrics.horizontalAdvance(candidate) <= width:
            line = candidate
            continue
        shown.append(line)
        line = word
        if len(shown) == lines:
            return " ".join(s for s in shown if s) + "…"
    shown.append(line)
    return " ".join(s for s in shown if s)


def unreadable_key_column(view: QAbstractItemView) -> str | None:
    model = view.model()
    if model is None or model.rowCount(QModelIndex()) < 2:
        return None
    column = int(view.property("key_column") or 0)
    if isinstance(view, QTableView | QTreeView):
        width = view.columnWidth(column)
    elif isinstance(view, QListView):
        width = view.viewport().width()
    else:
        return None
    metrics = view.fontMetrics()
    mode = view.textElideMode()
    wraps = isinstance(view, QTableView) and view.wordWrap()
    shown: dict[str, str] = {}
    elided_ends = 0
    rows = 0
    for row in range(min(model.rowCount(QModelIndex()), ROWS)):
        text = str(model.index(row, column).data(Qt.ItemDataRole.DisplayRole) or "")
        first_line = text.split("\n")[0]
        if not first_line:
            continue
        rows += 1
        lines = max(1, (view.rowHeight(row) - 8) // metrics.lineSpacing()) if wraps else 1
        if wraps:
            # Qt wraps at word boundaries first and elides only the last line it can
            # show, whatever the elide mode: "Rakor Penyelenggaraan Pemerintahan Daerah…"
            display = _wrapped(first_line, metrics, max(width - PADDING, 0), lines)
        else:
            display = metrics.elidedText(first_line, mode, max(width - PADDING, 0))
        if display != first_line and (mode == Qt.TextElideMode.ElideRight or wraps):
            elided_ends += 1
        if display in shown and shown[display] != first_line:
            return (
                f"unreadable key column: '{display}' stands for both '{shown[display]}' "
                f"and '{first_line}' ({_name(view)}, column {column}, {width} px)"
            )
        shown[display] = first_line
    if rows >= 2 and elided_ends == rows:
        return f"unreadable key column: every row's end is cut ({_name(view)}, {width} px)"
    return None


def layout_problems(root: QWidget) -> list[str]:
    """Every rule broken by what is visible in ``root`` now."""
    problems: list[str] = []
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisible() or _internal(w):
            continue
        if _judged(w) and (found := squeezed(w)):
            problems.append(found)
        if isinstance(w, QHeaderView) and w.orientation() == Qt.Orientation.Horizontal:
            problems.extend(clipped_headers(w))
        if (
            isinstance(w, QAbstractItemView)
            and not isinstance(w, QHeaderView)
            and (found := unreadable_key_column(w))
        ):
            problems.append(found)
    return problems
