"""The light theme: one palette, one stylesheet, the bundled font.

Widgets opt into styles through dynamic properties (``role``, ``variant``, ``card``,
``tone``) instead of hard-coding colours, so every page looks the same and a colour
changes in one place. Pages and dialogs of other packages use the same properties.
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QDateTimeEdit,
    QProxyStyle,
    QWidget,
)

from rakor_desktop.config import resources_dir

# Palette (Tailwind-like slate scale with a government blue accent).
ACCENT = "#1f5fbf"
ACCENT_HOVER = "#1a51a3"
ACCENT_SOFT = "#e6eefb"
SIDEBAR = "#102a4c"
SIDEBAR_HOVER = "#1b3a63"
SIDEBAR_TEXT = "#c6d3e6"
SIDEBAR_MUTED = "#7f93b2"
WINDOW = "#f3f5f9"
SURFACE = "#ffffff"
BORDER = "#e1e6ee"
BORDER_STRONG = "#cbd3df"
TEXT = "#111827"
TEXT_MUTED = "#5b6678"
TEXT_FAINT = "#8a94a6"
SUCCESS = "#15803d"
SUCCESS_SOFT = "#e7f6ec"
WARNING = "#b45309"
WARNING_SOFT = "#fdf3e2"
DANGER = "#c62828"
DANGER_SOFT = "#fdecec"
GOLD = "#f2b705"

TONES = {
    "accent": (ACCENT, ACCENT_SOFT),
    "success": (SUCCESS, SUCCESS_SOFT),
    "warning": (WARNING, WARNING_SOFT),
    "danger": (DANGER, DANGER_SOFT),
    "muted": (TEXT_MUTED, "#eef1f5"),
}

FONT_FAMILY = "Liberation Sans"
BASE_POINT_SIZE = 10


def load_fonts() -> str:
    """Register the bundled Liberation Sans; return the UI family to use.

    On Windows and macOS the system UI font reads best; elsewhere (and offscreen, for
    reproducible screenshots) the bundled metric-compatible Arial stand-in is used.
    """
    if sys.platform in ("win32", "darwin"):
        return QApplication.font().family()
    family = None
    fonts = resources_dir() / "fonts"
    # Regular and Bold are all the interface uses; Qt synthesises the rare italic.
    for ttf in (fonts / "LiberationSans-Regular.ttf", fonts / "LiberationSans-Bold.ttf"):
        fid = QFontDatabase.addApplicationFont(str(ttf))
        if fid >= 0 and family is None:
            families = QFontDatabase.applicationFontFamilies(fid)
            family = families[0] if families else None
    return family or FONT_FAMILY


STYLESHEET = f"""
QWidget {{
    color: {TEXT};
}}
QMainWindow, QDialog, QStackedWidget#Pages, QWidget#PageRoot {{
    background: {WINDOW};
}}
QScrollArea#PageScroll, QScrollArea#PageScroll > QWidget > QWidget {{
    background: {WINDOW};
    border: none;
}}
QToolTip {{
    background: {TEXT};
    color: white;
    border: none;
    padding: 5px 8px;
    border-radius: 4px;
}}

/* ---------- sidebar ---------- */
QFrame#Sidebar {{
    background: {SIDEBAR};
    border: none;
}}
QFrame#Sidebar QLabel {{
    color: {SIDEBAR_TEXT};
    background: transparent;
}}
QLabel#BrandName {{
    color: white;
    font-size: 13pt;
    font-weight: bold;
}}
QLabel#BrandOffice {{
    color: {SIDEBAR_MUTED};
    font-size: 8.5pt;
}}
QLabel#SidebarSection {{
    color: {SIDEBAR_MUTED};
    font-size: 8pt;
    font-weight: bold;
    letter-spacing: 1px;
}}
QListWidget#Nav {{
    background: transparent;
    border: none;
    outline: none;
    color: {SIDEBAR_TEXT};
    font-size: 10.5pt;
}}
QListWidget#Nav::item {{
    padding: 9px 12px;
    margin: 2px 0px;
    border-radius: 8px;
}}
QListWidget#Nav::item:hover {{
    background: {SIDEBAR_HOVER};
    color: white;
}}
QListWidget#Nav::item:selected {{
    background: {ACCENT};
    color: white;
}}
QLabel#SidebarFooter {{
    color: {SIDEBAR_MUTED};
    font-size: 8.5pt;
}}

/* ---------- page header ---------- */
QLabel[role="page-title"] {{
    font-size: 19pt;
    font-weight: bold;
    color: {TEXT};
}}
QLabel[role="page-subtitle"] {{
    font-size: 10pt;
    color: {TEXT_MUTED};
}}
QLabel[role="section"] {{
    font-size: 11.5pt;
    font-weight: bold;
    color: {TEXT};
}}
QLabel[role="overline"] {{
    font-size: 8.5pt;
    font-weight: bold;
    color: {ACCENT};
    letter-spacing: 1px;
}}
QLabel[role="muted"] {{
    color: {TEXT_MUTED};
}}
QLabel[role="faint"] {{
    color: {TEXT_FAINT};
    font-size: 9pt;
}}
QLabel[role="strong"] {{
    font-weight: bold;
    color: {TEXT};
}}
QLabel[role="hero"] {{
    font-size: 16pt;
    font-weight: bold;
    color: {TEXT};
}}
QLabel[role="stat-value"] {{
    font-size: 22pt;
    font-weight: bold;
}}
QLabel[role="stat-label"] {{
    color: {TEXT_MUTED};
    font-size: 9.5pt;
}}
QLabel[role="field-label"] {{
    color: {TEXT_MUTED};
    font-weight: bold;
    font-size: 9pt;
}}
QLabel[role="error"] {{
    color: {DANGER};
}}
QLabel[role="field-error"] {{
    color: {DANGER};
    font-size: 9pt;
}}
QLabel[role="banner"] {{
    border-radius: 8px;
    padding: 8px 12px;
}}

/* ---------- cards ---------- */
QFrame[card="true"] {{
    background: {SURFACE};
    border: 1px solid {BORDER};
    border-radius: 12px;
}}
QFrame[card="true"] QLabel {{
    background: transparent;
    border: none;
}}
QFrame[card="hero"] {{
    background: {SURFACE};
    border: 1px solid {BORDER};
    border-radius: 12px;
}}
QFrame[card="hero"] QLabel {{
    background: transparent;
    border: none;
}}
QFrame[strip="true"] {{
    background: {ACCENT};
    border: none;
    border-radius: 2px;
}}
QFrame[divider="true"] {{
    background: {BORDER};
    border: none;
    max-height: 1px;
    min-height: 1px;
}}
QLabel[pill="true"] {{
    border-radius: 8px;
    padding: 3px 10px;
    font-size: 9pt;
    font-weight: bold;
}}
{
    "".join(
        f'''
QLabel[pill="true"][tone="{name}"] {{
    color: {fg};
    background: {bg};
}}
QLabel[role="stat-value"][tone="{name}"] {{
    color: {fg};
}}
QLabel[badge="true"][tone="{name}"] {{
    background: {bg};
    border-radius: 10px;
}}
QLabel[role="banner"][tone="{name}"] {{
    color: {fg};
    background: {bg};
    border: 1px solid {fg};
}}'''
        for name, (fg, bg) in TONES.items()
    )
}
QFrame[tile="true"] {{
    background: {SURFACE};
    border: 1px solid {BORDER};
    border-radius: 12px;
}}
QFrame[tile="true"] QLabel {{
    background: transparent;
    border: none;
}}

/* ---------- inputs ---------- */
QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QTextEdit {{
    background: {SURFACE};
    border: 1px solid {BORDER_STRONG};
    border-radius: 7px;
    padding: 6px 9px;
    selection-background-color: {ACCENT};
    selection-color: white;
}}
QLineEdit:focus, QComboBox:focus, QAbstractSpinBox:focus, QPlainTextEdit:focus, QTextEdit:focus {{
    border: 1px solid {ACCENT};
}}
QLineEdit[invalid="true"] {{
    border: 1px solid {DANGER};
    background: {DANGER_SOFT};
}}
QLineEdit:disabled, QComboBox:disabled, QAbstractSpinBox:disabled {{
    background: #f1f3f6;
    color: {TEXT_FAINT};
}}
/* Spin, date and time editors (QSpinBox, QDoubleSpinBox, QDateEdit, QTimeEdit,
   QDateTimeEdit). Once the box above is styled, Fusion no longer draws the step
   buttons (they came out as dark squares without arrows), so every subcontrol is
   declared: two stacked buttons with chevrons inside the rounded border. With
   NoButtons the style sheet engine squeezes the text field to 1 px unless the (hidden)
   buttons sit on the left with no width, hence the last rule. The text indent that
   QSS padding cannot give these editors comes from ThemeStyle.polish(). */
QAbstractSpinBox {{
    /* the embedded editor is 2 px taller than a QLineEdit's text: same outer height */
    padding-top: 5px;
    padding-bottom: 4px;
    padding-right: 2px;
}}
QAbstractSpinBox::up-button, QAbstractSpinBox::down-button {{
    subcontrol-origin: border;
    width: 22px;
    border: none;
    border-left: 1px solid {BORDER};
    background: transparent;
}}
QAbstractSpinBox::up-button {{
    subcontrol-position: top right;
    border-top-right-radius: 7px;
}}
QAbstractSpinBox::down-button {{
    subcontrol-position: bottom right;
    border-bottom-right-radius: 7px;
}}
QAbstractSpinBox::up-button:hover, QAbstractSpinBox::down-button:hover {{
    background: {ACCENT_SOFT};
}}
QAbstractSpinBox::up-button:pressed, QAbstractSpinBox::down-button:pressed {{
    background: #d7e3f7;
}}
QAbstractSpinBox::up-arrow {{
    image: url(@ICONS@/chevron-up.svg);
    width: 10px;
    height: 10px;
}}
QAbstractSpinBox::down-arrow {{
    image: url(@ICONS@/chevron-down.svg);
    width: 10px;
    height: 10px;
}}
QAbstractSpinBox::up-arrow:disabled, QAbstractSpinBox::up-arrow:off {{
    image: url(@ICONS@/chevron-up-faint.svg);
}}
QAbstractSpinBox::down-arrow:disabled, QAbstractSpinBox::down-arrow:off {{
    image: url(@ICONS@/chevron-down-faint.svg);
}}
QAbstractSpinBox[buttonSymbols="NoButtons"]::up-button,
QAbstractSpinBox[buttonSymbols="NoButtons"]::down-button {{
    subcontrol-position: top left;
    width: 0px;
    border: none;
}}
QDateEdit::drop-down, QDateTimeEdit::drop-down {{
    subcontrol-origin: border;
    subcontrol-position: top right;
    width: 26px;
    border: none;
    background: transparent;
}}
QDateEdit::down-arrow, QDateTimeEdit::down-arrow {{
    image: url(@ICONS@/chevron-down.svg);
    width: 12px;
    height: 12px;
}}
QComboBox::drop-down {{
    border: none;
    width: 26px;
}}
QComboBox::down-arrow {{
    image: url(@ICONS@/chevron-down.svg);
    width: 12px;
    height: 12px;
}}
QComboBox QAbstractItemView {{
    background: {SURFACE};
    border: 1px solid {BORDER_STRONG};
    selection-background-color: {ACCENT_SOFT};
    selection-color: {TEXT};
    outline: none;
}}
QLineEdit#SearchBox {{
    padding-left: 10px;
    border-radius: 9px;
    min-height: 22px;
}}

/* ---------- buttons ---------- */
QPushButton, QToolButton[variant] {{
    background: {SURFACE};
    border: 1px solid {BORDER_STRONG};
    border-radius: 7px;
    padding: 7px 16px;
    color: {TEXT};
}}
QPushButton:hover, QToolButton[variant]:hover {{
    background: #f4f6fa;
    border-color: #b6c0cf;
}}
QPushButton:pressed {{
    background: #e9edf3;
}}
QPushButton:disabled {{
    color: {TEXT_FAINT};
    background: #f4f6f9;
    border-color: {BORDER};
}}
QPushButton[variant="primary"] {{
    background: {ACCENT};
    border: 1px solid {ACCENT};
    color: white;
    font-weight: bold;
}}
QPushButton[variant="primary"]:hover {{
    background: {ACCENT_HOVER};
}}
QPushButton[variant="primary"]:disabled {{
    background: #9db5dc;
    border-color: #9db5dc;
    color: #eef3fb;
}}
QPushButton[variant="danger"] {{
    background: {SURFACE};
    border: 1px solid #e7b4b4;
    color: {DANGER};
}}
QPushButton[variant="link"] {{
    background: transparent;
    border: none;
    color: {ACCENT};
    padding: 2px 4px;
}}
QPushButton[variant="link"]:hover {{
    text-decoration: underline;
}}

/* ---------- tables and lists ---------- */
QTableView, QTreeView, QListView#OpdList {{
    background: {SURFACE};
    border: 1px solid {BORDER};
    border-radius: 10px;
    gridline-color: transparent;
    alternate-background-color: #f9fafc;
    selection-background-color: {ACCENT_SOFT};
    selection-color: {TEXT};
    outline: none;
}}
QTableView::item, QTreeView::item {{
    padding: 4px 8px;
    border: none;
}}
QTableView::item:selected, QTreeView::item:selected {{
    background: {ACCENT_SOFT};
    color: {TEXT};
}}
QHeaderView {{
    background: transparent;
}}
QHeaderView::section {{
    background: #f6f8fb;
    color: {TEXT_MUTED};
    font-weight: bold;
    font-size: 9pt;
    border: none;
    border-bottom: 1px solid {BORDER};
    padding: 8px 8px;
}}
QHeaderView::section:first {{
    border-top-left-radius: 10px;
}}
QHeaderView::section:last {{
    border-top-right-radius: 10px;
}}
QTableCornerButton::section {{
    background: #f6f8fb;
    border: none;
}}
QListView#OpdList::item {{
    padding: 7px 10px;
    border-radius: 6px;
    margin: 1px 4px;
}}
QListView#OpdList::item:selected {{
    background: {ACCENT_SOFT};
    color: {ACCENT};
}}
QListView#OpdList::item:hover:!selected {{
    background: #f3f6fa;
}}

/* ---------- progress, scrollbars ---------- */
QProgressBar {{
    background: #e8ecf2;
    border: none;
    border-radius: 4px;
    max-height: 8px;
    min-height: 8px;
    text-align: center;
}}
QProgressBar::chunk {{
    background: {ACCENT};
    border-radius: 4px;
}}
QProgressBar[tone="success"]::chunk {{ background: {SUCCESS}; }}
QProgressBar[tone="warning"]::chunk {{ background: #d98a0b; }}
QProgressBar[tone="danger"]::chunk {{ background: {DANGER}; }}
QScrollBar:vertical {{
    background: transparent;
    width: 10px;
    margin: 2px;
}}
QScrollBar::handle:vertical {{
    background: #c9d1dc;
    border-radius: 3px;
    min-height: 30px;
}}
QScrollBar::handle:vertical:hover {{
    background: #aab5c4;
}}
QScrollBar:horizontal {{
    background: transparent;
    height: 10px;
    margin: 2px;
}}
QScrollBar::handle:horizontal {{
    background: #c9d1dc;
    border-radius: 3px;
    min-width: 30px;
}}
QScrollBar::add-line, QScrollBar::sub-line {{
    width: 0px;
    height: 0px;
}}
QScrollBar::add-page, QScrollBar::sub-page {{
    background: transparent;
}}

/* ---------- chrome ---------- */
QStatusBar {{
    background: {SURFACE};
    border-top: 1px solid {BORDER};
    color: {TEXT_MUTED};
}}
QStatusBar QLabel {{
    color: {TEXT_MUTED};
    padding: 0px 6px;
}}
QStatusBar::item {{
    border: none;
}}
QMenuBar {{
    background: {SURFACE};
    border-bottom: 1px solid {BORDER};
}}
QMenuBar::item {{
    padding: 5px 10px;
    background: transparent;
}}
QMenuBar::item:selected {{
    background: {ACCENT_SOFT};
    border-radius: 4px;
}}
QMenu {{
    background: {SURFACE};
    border: 1px solid {BORDER_STRONG};
    padding: 4px;
}}
QMenu::item {{
    padding: 6px 24px 6px 12px;
    border-radius: 4px;
}}
QMenu::item:selected {{
    background: {ACCENT_SOFT};
    color: {TEXT};
}}
QMenu::separator {{
    height: 1px;
    background: {BORDER};
    margin: 4px 6px;
}}
QSplitter::handle {{
    background: transparent;
}}
QGroupBox {{
    font-weight: bold;
    border: 1px solid {BORDER};
    border-radius: 10px;
    margin-top: 14px;
    padding: 12px;
    background: {SURFACE};
}}
QGroupBox::title {{
    subcontrol-origin: margin;
    left: 12px;
    padding: 0 4px;
}}
"""


def stylesheet() -> str:
    """The stylesheet with resource paths filled in (QSS ``url()`` needs real paths)."""
    icons = (resources_dir() / "icons").as_posix()
    return STYLESHEET.replace("@ICONS@", icons)


def palette() -> QPalette:
    pal = QPalette()
    pal.setColor(QPalette.ColorRole.Window, QColor(WINDOW))
    pal.setColor(QPalette.ColorRole.WindowText, QColor(TEXT))
    pal.setColor(QPalette.ColorRole.Base, QColor(SURFACE))
    pal.setColor(QPalette.ColorRole.AlternateBase, QColor("#f9fafc"))
    pal.setColor(QPalette.ColorRole.Text, QColor(TEXT))
    pal.setColor(QPalette.ColorRole.Button, QColor(SURFACE))
    pal.setColor(QPalette.ColorRole.ButtonText, QColor(TEXT))
    pal.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
    pal.setColor(QPalette.ColorRole.HighlightedText, QColor("white"))
    pal.setColor(QPalette.ColorRole.PlaceholderText, QColor(TEXT_FAINT))
    pal.setColor(QPalette.ColorRole.ToolTipBase, QColor(TEXT))
    pal.setColor(QPalette.ColorRole.ToolTipText, QColor("white"))
    pal.setColor(QPalette.ColorRole.Link, QColor(ACCENT))
    return pal


#: Where the text of a spin/date/time editor starts, to line up with QLineEdit and
#: QComboBox (1 px border + 9 px padding there).
SPIN_TEXT_INDENT = 10


class ThemeStyle(QProxyStyle):
    """Fusion, plus the one thing the stylesheet cannot say.

    Qt's style sheet engine places the text field of a QAbstractSpinBox at the left
    border and ignores ``padding-left``, so numbers, dates and times sat flush against
    the frame. Indenting the embedded line edit when the widget is polished fixes it
    for every spin, date and time editor at once, instead of each page patching its
    own. Only ``polish`` is overridden: everything else is Fusion's C++ code.
    """

    def __init__(self) -> None:
        super().__init__("Fusion")

    def polish(self, target):
        if isinstance(target, QAbstractSpinBox):
            # A calendar-popup date editor is laid out like a combo box, padding included.
            popup = isinstance(target, QDateTimeEdit) and target.calendarPopup()
            target.lineEdit().setTextMargins(0 if popup else SPIN_TEXT_INDENT, 0, 0, 0)
        return super().polish(target)


def apply_theme(app: QApplication) -> None:
    """Fusion style + palette + stylesheet + font, identical on every platform."""
    app.setStyle(ThemeStyle())
    app.setPalette(palette())
    family = load_fonts()
    font = QFont(family, BASE_POINT_SIZE)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    app.setFont(font)
    app.setStyleSheet(stylesheet())


def set_props(widget: QWidget, **props: str | bool) -> QWidget:
    """Set styling properties and re-polish, so a changed tone shows at once."""
    for name, value in props.items():
        widget.setProperty(name, value)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    return widget
