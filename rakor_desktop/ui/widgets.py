"""Small building blocks every page uses: header, card, stat tile, pill, empty state.

They only set layout and the styling properties of :mod:`rakor_desktop.ui.theme`,
so pages written by different people look like one application.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QProgressBar,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rakor_desktop.ui import theme
from rakor_desktop.ui.icons import pixmap

PAGE_MARGINS = (28, 24, 28, 22)
SPACING = 18


def label(text: str = "", role: str | None = None, *, wrap: bool = False, **props: str) -> QLabel:
    widget = QLabel(text)
    if role:
        widget.setProperty("role", role)
    for key, value in props.items():
        widget.setProperty(key, value)
    widget.setWordWrap(wrap)
    return widget


def icon_label(name: str, size: int = 18, color: str = theme.TEXT_MUTED) -> QLabel:
    widget = QLabel()
    widget.setPixmap(pixmap(name, size, color))
    widget.setFixedSize(size + 2, size + 2)
    widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return widget


class ElidedLabel(QLabel):
    """A one-line label that ends in "…" when narrow, with the full text as tooltip."""

    def __init__(
        self,
        text: str = "",
        role: str | None = None,
        parent: QWidget | None = None,
        *,
        elide: Qt.TextElideMode = Qt.TextElideMode.ElideRight,
    ) -> None:
        super().__init__(text, parent)
        self.elide = elide  # ElideMiddle where names differ at the end ("Kecamatan …")
        if role:
            self.setProperty("role", role)
        self.setToolTip(text)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(40)

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(text)

    def paintEvent(self, _event: object) -> None:
        from PySide6.QtGui import QPainter

        painter = QPainter(self)
        rect = self.contentsRect()
        elided = self.fontMetrics().elidedText(self.text(), self.elide, rect.width())
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(rect, int(self.alignment() | Qt.AlignmentFlag.AlignVCenter), elided)


class PageHeader(QWidget):
    """Big title, a muted subtitle, and room for actions on the right."""

    def __init__(self, title: str, subtitle: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(12)
        text = QVBoxLayout()
        text.setSpacing(2)
        self.title = label(title, "page-title")
        self.subtitle = label(subtitle, "page-subtitle")
        self.subtitle.setVisible(bool(subtitle))
        text.addWidget(self.title)
        text.addWidget(self.subtitle)
        row.addLayout(text, 1)
        self.action_row = QHBoxLayout()
        self.action_row.setSpacing(8)
        row.addLayout(self.action_row)

    def set_subtitle(self, text: str) -> None:
        self.subtitle.setText(text)
        self.subtitle.setVisible(bool(text))

    def add_action(self, widget: QWidget) -> None:
        self.action_row.addWidget(widget, 0, Qt.AlignmentFlag.AlignBottom)


class Card(QFrame):
    """A white rounded panel with an optional section title."""

    def __init__(
        self,
        title: str = "",
        parent: QWidget | None = None,
        *,
        kind: str = "true",
        margins: tuple[int, int, int, int] = (20, 18, 20, 18),
    ) -> None:
        super().__init__(parent)
        self.setProperty("card", kind)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(*margins)
        self.body.setSpacing(10)
        self.title_label: QLabel | None = None
        if title:
            self.title_label = label(title, "section")
            self.body.addWidget(self.title_label)


class StatTile(QFrame):
    """A number with a label and an icon, tinted by tone (accent/success/warning/danger)."""

    def __init__(
        self, icon: str, caption: str, tone: str = "accent", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setProperty("tile", "true")
        self.setProperty("tone", tone)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        fg, bg = theme.TONES.get(tone, theme.TONES["accent"])
        row = QHBoxLayout(self)
        row.setContentsMargins(18, 14, 18, 14)
        row.setSpacing(14)
        badge = QLabel()
        badge.setProperty("badge", "true")
        badge.setProperty("tone", tone)
        badge.setFixedSize(42, 42)
        badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        badge.setPixmap(pixmap(icon, 22, fg))
        row.addWidget(badge, 0, Qt.AlignmentFlag.AlignVCenter)
        text = QVBoxLayout()
        text.setSpacing(0)
        self.value = label("–", "stat-value", tone=tone)
        self.caption = label(caption, "stat-label", wrap=True)  # wraps rather than widen the row
        text.addWidget(self.value)
        text.addWidget(self.caption)
        row.addLayout(text, 1)

    def set_value(self, value: int | str) -> None:
        self.value.setText(_group(value) if isinstance(value, int) else value)


def _group(n: int) -> str:
    """Thousands with the locale's separator (1.234 in Indonesian, 1,234 in English)."""
    from rakor_desktop.ui.formatting import number

    return number(n)


def pill(text: str, tone: str = "muted") -> QLabel:
    widget = label(text, pill="true", tone=tone)
    widget.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
    return widget


def set_pill(widget: QLabel, text: str, tone: str) -> None:
    widget.setText(text)
    theme.set_props(widget, tone=tone)


def divider() -> QFrame:
    line = QFrame()
    line.setProperty("divider", "true")
    line.setFrameShape(QFrame.Shape.NoFrame)
    return line


def rate_bar(rate: float | None) -> QProgressBar:
    """Attendance/progress as a thin bar coloured by how good it is."""
    bar = QProgressBar()
    bar.setRange(0, 100)
    bar.setTextVisible(False)
    bar.setFixedWidth(120)
    value = round((rate or 0) * 100)
    bar.setValue(value)
    tone = "success" if value >= 80 else "warning" if value >= 50 else "danger"
    bar.setProperty("tone", tone if rate is not None else "muted")
    return bar


class EmptyState(QWidget):
    """Shown instead of an empty table: an icon and one sentence saying what to do."""

    def __init__(self, icon: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        col = QVBoxLayout(self)
        col.setContentsMargins(12, 18, 12, 18)
        col.setSpacing(8)
        col.addWidget(icon_label(icon, 30, theme.TEXT_FAINT), 0, Qt.AlignmentFlag.AlignHCenter)
        self.text = label(text, "muted", wrap=True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        col.addWidget(self.text)


def page_root(parent: QWidget | None = None) -> tuple[QWidget, QVBoxLayout]:
    """The standard page body: window background, margins and spacing."""
    root = QWidget(parent)
    root.setObjectName("PageRoot")
    layout = QVBoxLayout(root)
    layout.setContentsMargins(*PAGE_MARGINS)
    layout.setSpacing(SPACING)
    return root, layout


def page_body(page: QWidget) -> QVBoxLayout:
    """Give ``page`` the standard (non-scrolling) body; returns the layout to fill."""
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    root, layout = page_root()
    outer.addWidget(root)
    return layout


def style_table(table: QTableView) -> None:
    """The look every list in the app shares: no grid, row selection, roomy rows."""
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(36)
    hh = table.horizontalHeader()
    hh.setHighlightSections(False)
    hh.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    hh.setMinimumSectionSize(60)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.setFrameShape(QFrame.Shape.NoFrame)


def scroll_page(page: QWidget) -> tuple[QWidget, QVBoxLayout]:
    """A scrollable standard body inside ``page`` (for tall dashboards and forms)."""
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    area = QScrollArea(page)
    area.setObjectName("PageScroll")
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    # Pages reflow to the window width; only tall content scrolls.
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    root, layout = page_root()
    area.setWidget(root)
    outer.addWidget(area)
    return root, layout


def clear_layout(layout: QLayout) -> None:
    """Empty a layout that is refilled on every refresh: widgets are deleted, nested
    layouts emptied the same way, so nothing of the previous fill stays behind."""
    while layout.count():
        item = layout.takeAt(0)
        if item is None:
            continue
        widget = item.widget()
        if widget is not None:
            widget.hide()  # gone now: no focus, no paint, before the deferred delete
            widget.deleteLater()
        else:
            nested = item.layout()
            if nested is not None:
                clear_layout(nested)


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Open at the preferred size, but never larger than the screen's free area.

    A 1280x800 window on a 1366x768 laptop hid the door station's key bar below the
    screen edge: the first size must respect the screen it opens on, and whatever does
    not fit must come from the layouts' minimum sizes, not from a fixed number.
    """
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        window.resize(width, height)
        return
    free = screen.availableGeometry()
    window.resize(min(width, free.width()), min(height, free.height()))
    if window.frameGeometry().bottom() > free.bottom() or window.x() < free.x():
        window.move(free.topLeft())


def focus_first(root: QWidget) -> bool:
    """Put the keyboard in ``root``: its own ``focus_content()`` if it has one, else the
    first visible widget of its Tab chain.

    Ctrl+2 showed the Rapat page but left the focus in the sidebar, so the page's own
    keys (Ctrl+F, Return) did nothing and typed letters moved the sidebar instead.
    """
    own = getattr(root, "focus_content", None)
    if callable(own) and own():
        return True
    # Widgets added after the first layout join the window's chain at its end, so the
    # whole chain is walked, not just the stretch right after ``root``.
    widget = root.nextInFocusChain()
    while widget is not None and widget is not root:
        if (
            root.isAncestorOf(widget)
            and widget.isVisible()
            and widget.isEnabled()
            and not isinstance(widget, QScrollArea)  # a container, not a field
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return True
        widget = widget.nextInFocusChain()
    return False
