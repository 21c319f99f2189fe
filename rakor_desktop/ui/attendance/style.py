"""Looks of the door station: large type, three unmistakable colours.

The screen is read from about two metres away by door staff and by the person
being checked in, often on a projector or a second monitor in a bright hall. So:
one very large answer, strong green / amber / red fills rather than thin accents,
and nothing else competing with it. Colours follow the app palette.
"""

from __future__ import annotations

from rakor_desktop.services.attendance.checkin import Tone

BG = "#eef2f7"
HEADER = "#102a4c"
HEADER_TEXT = "#ffffff"
HEADER_MUTED = "#b8c7dd"
SURFACE = "#ffffff"
BORDER = "#d5dce6"
TEXT = "#111827"
MUTED = "#4b5563"
ACCENT = "#1f5fbf"

#: tone -> (strong colour, soft fill, text on soft fill)
TONES: dict[str, tuple[str, str, str]] = {
    Tone.OK.value: ("#15803d", "#dcf3e3", "#0f3d21"),
    Tone.WARN.value: ("#c26a00", "#fdefd6", "#4a2a00"),
    Tone.ERROR.value: ("#c62828", "#fde2e2", "#5c1010"),
    Tone.IDLE.value: ("#1f5fbf", "#ffffff", TEXT),
    "info": ("#1f5fbf", "#e3ecfa", "#0f2c5c"),
}

#: the glyph in the coloured disc, by tone
GLYPHS = {
    Tone.OK.value: "✓",
    Tone.WARN.value: "!",
    Tone.ERROR.value: "✕",
    Tone.IDLE.value: "▦",
    "info": "↶",
}


def stylesheet(family: str = "Liberation Sans") -> str:
    tone_rules = []
    for name, (strong, soft, ink) in TONES.items():
        tone_rules.append(
            f"""
QFrame#ResultPanel[tone="{name}"] {{
    background: {soft};
    border: 6px solid {strong};
    border-radius: 18px;
}}
QFrame#ResultPanel[tone="{name}"] QLabel#ResultHeadline {{ color: {strong}; }}
QFrame#ResultPanel[tone="{name}"] QLabel#ResultName {{ color: {ink}; }}
QFrame#ResultPanel[tone="{name}"] QLabel#ResultTime {{ color: {strong}; }}
QLabel#ResultGlyph[tone="{name}"] {{
    background: {strong};
    color: white;
    border-radius: 48px;
}}"""
        )
    return f"""
QWidget#KioskRoot {{ background: {BG}; font-family: "{family}"; }}
QWidget#KioskRoot QLabel {{ background: transparent; color: {TEXT}; }}
QFrame#KioskHeader {{ background: {HEADER}; border: none; }}
QFrame#KioskHeader QLabel {{ color: {HEADER_TEXT}; }}
QLabel#KioskOverline {{ color: {HEADER_MUTED}; font-size: 12pt; font-weight: bold; letter-spacing: 2px; }}
QLabel#KioskTitle {{ font-size: 20pt; font-weight: bold; }}
QLabel#KioskWhen {{ color: {HEADER_MUTED}; font-size: 14pt; }}
QLabel#KioskClock {{ font-size: 30pt; font-weight: bold; }}
QLabel#KioskStation {{ color: {HEADER_MUTED}; font-size: 11pt; }}
QLineEdit#ScanEdit {{
    background: {SURFACE};
    border: 3px solid {ACCENT};
    border-radius: 14px;
    padding: 10px 18px;
    font-size: 26pt;
    color: {TEXT};
    selection-background-color: {ACCENT};
}}
QLabel#ScanHint {{ color: {MUTED}; font-size: 12pt; }}
QLabel#CameraStatus {{ color: {MUTED}; font-size: 11pt; }}
QFrame#ResultPanel QLabel#ResultHeadline {{ font-size: 32pt; font-weight: bold; letter-spacing: 1px; }}
QFrame#ResultPanel QLabel#ResultName {{ font-size: 30pt; font-weight: bold; }}
QFrame#ResultPanel QLabel#ResultDetail {{ font-size: 17pt; color: {MUTED}; }}
QFrame#ResultPanel QLabel#ResultTime {{ font-size: 24pt; font-weight: bold; }}
QFrame#ResultPanel QLabel#ResultHelp {{ font-size: 13pt; color: {MUTED}; }}
QLabel#ResultGlyph {{ font-size: 44pt; font-weight: bold; min-width: 96px; max-width: 96px; min-height: 96px; max-height: 96px; }}
{"".join(tone_rules)}
QFrame#StagePanel {{
    background: {SURFACE};
    border: 2px solid {BORDER};
    border-radius: 18px;
}}
QLabel#SignatureStatus {{
    font-size: 18pt; font-weight: bold; border-radius: 10px; padding: 8px 14px;
}}
{"".join(f'QLabel#SignatureStatus[tone="{n}"] {{ background: {soft}; color: {strong}; }}' for n, (strong, soft, _) in TONES.items())}
QLabel#StageTitle {{ font-size: 22pt; font-weight: bold; color: {ACCENT}; }}
QLabel#StageHelp {{ font-size: 13pt; color: {MUTED}; }}
QLabel#FormLabel {{ font-size: 14pt; color: {MUTED}; }}
QFrame#StagePanel QLineEdit {{
    font-size: 18pt; padding: 6px 12px; border: 2px solid {BORDER}; border-radius: 10px;
    background: {SURFACE};
}}
QFrame#StagePanel QLineEdit:focus {{ border: 2px solid {ACCENT}; }}
QListWidget#SearchList {{
    background: {SURFACE};
    border: 2px solid {BORDER};
    border-radius: 14px;
    font-size: 17pt;
    outline: none;
    padding: 6px;
}}
QListWidget#SearchList::item {{ padding: 10px 14px; border-radius: 10px; color: {TEXT}; }}
QListWidget#SearchList::item:selected {{ background: {ACCENT}; color: white; }}
QPushButton[kiosk="true"] {{
    font-size: 14pt; padding: 10px 22px; border-radius: 10px;
    background: {SURFACE}; border: 2px solid {BORDER}; color: {TEXT};
}}
QPushButton[kiosk="primary"] {{
    font-size: 14pt; font-weight: bold; padding: 10px 22px; border-radius: 10px;
    background: {ACCENT}; border: 2px solid {ACCENT}; color: white;
}}
QFrame#KeyBar {{ background: {SURFACE}; border-top: 1px solid {BORDER}; }}
QLabel#KeyHint {{ font-size: 12pt; color: {MUTED}; }}
QLabel#KeyCap {{
    font-size: 11pt; font-weight: bold; color: {TEXT};
    background: #e6ebf2; border: 1px solid #c3ccd8; border-bottom: 3px solid #aab4c3;
    border-radius: 6px; padding: 2px 8px;
}}
"""


COUNTERS_STYLE = f"""
QFrame#CounterTile {{
    background: {SURFACE};
    border: 1px solid {BORDER};
    border-radius: 12px;
}}
QFrame#CounterTile QLabel {{ background: transparent; border: none; }}
QLabel#CounterValue {{ font-size: 26pt; font-weight: bold; }}
QLabel#CounterLabel {{ font-size: 10.5pt; color: {MUTED}; }}
QLabel#CounterSection {{ font-size: 12pt; font-weight: bold; color: {TEXT}; }}
QListView#MissingList, QTableView#OpdTable {{
    background: {SURFACE};
    border: 1px solid {BORDER};
    border-radius: 10px;
    font-size: 11.5pt;
    selection-background-color: #dbe6f8;
    selection-color: {TEXT};
    outline: none;
}}
QListView#MissingList::item {{ padding: 5px 8px; }}
QProgressBar#CoverageBar {{
    background: #e2e7ef; border: none; border-radius: 6px; min-height: 12px; max-height: 12px;
}}
QPushButton#GroupButton, QPushButton#AbsenceButton {{
    font-size: 10.5pt; padding: 6px 8px; border-radius: 8px;
    background: {SURFACE}; border: 1px solid #b9c3d1; color: {TEXT};
}}
QPushButton#GroupButton {{ font-weight: bold; color: #15803d; border-color: #15803d; }}
QPushButton#GroupButton:disabled, QPushButton#AbsenceButton:disabled {{
    color: #9aa3b0; border-color: {BORDER}; background: #f6f8fa;
}}
QProgressBar#CoverageBar::chunk {{ background: #15803d; border-radius: 6px; }}
"""
