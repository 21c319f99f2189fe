"""The text that matters stays visible when a column is narrow (issue 15 item 7).

"Rakor Penyelenggaraan ..." on every row hid the month; four "Kecamatan..." rows on
Beranda were identical. Names and titles of one kind differ at their end.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics

from rakor_desktop.ui.widgets import ElidedLabel


def test_the_meetings_table_keeps_the_month(qtbot, db, tmp_path) -> None:
    from meeting_data import make_ctx

    from rakor_desktop.ui.meetings.list_view import MeetingsListView

    view = MeetingsListView(make_ctx(db, tmp_path))
    qtbot.addWidget(view)
    mode = view.table.textElideMode()
    assert mode == Qt.TextElideMode.ElideMiddle
    title = "Rakor Penyelenggaraan Pemerintahan Daerah Desember 2026"
    shown = QFontMetrics(view.table.font()).elidedText(title, mode, 260)
    assert shown != title and shown.endswith("2026") and shown.startswith("Rakor")


def test_kecamatan_names_stay_apart(qtbot) -> None:
    labels = []
    for name in ("Kecamatan Pemalang", "Kecamatan Petarukan", "Kecamatan Comal"):
        lab = ElidedLabel(name, elide=Qt.TextElideMode.ElideMiddle)
        qtbot.addWidget(lab)
        lab.resize(90, 24)
        labels.append(lab.fontMetrics().elidedText(lab.text(), lab.elide, 90))
    assert len(set(labels)) == 3 and all(t != "Kecamatan…" for t in labels)
    assert labels[0].endswith("lang") and labels[1].endswith("rukan")
