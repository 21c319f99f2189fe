"""Render the Beranda (dashboard) and Tindak Lanjut screenshots in docs/screenshots.

Builds a fresh demo database in a temporary folder and renders the real main window
offscreen, so the pictures show exactly what a user of the demo sees:

    .venv/bin/python scripts/screenshots_followups.py [--out docs/screenshots]

- ``dashboard.png``: the whole Beranda page, top to bottom (window made tall enough);
- ``dashboard-charts.png``: the chart area at full resolution;
- ``dashboard-chart-penyelesaian.png``: one chart as saved by "Simpan PNG";
- ``followups.png``: Tindak Lanjut with a late follow-up selected and its history;
- ``followups-bulk.png``: the late ones of one OPD selected for a bulk change.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _settle(app, rounds: int = 6) -> None:
    for _ in range(rounds):
        app.processEvents()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    args = parser.parse_args()
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["XDG_CONFIG_HOME"] = str(Path(tmp) / "config")
        from PySide6.QtWidgets import QScrollArea

        from rakor_desktop.db import open_database
        from rakor_desktop.demo.builder import populate_demo
        from rakor_desktop.ui.launch import build_context, create_application
        from rakor_desktop.ui.main_window import MainWindow

        app = create_application("id")
        db = open_database(Path(tmp) / "demo.sqlite")
        with db.session(write=True) as s:
            populate_demo(s)
        ctx = build_context(app, db)
        window = MainWindow(ctx, persist=False)

        # -- Beranda: tall enough to show the page without scrolling
        window.resize(1440, 900)
        dash = window.show_page("beranda")
        window.show()
        _settle(app)
        root = dash.findChild(QScrollArea, "PageScroll").widget()
        full_height = root.sizeHint().height() + 80
        window.resize(1440, full_height)
        _settle(app)
        image = window.grab()
        image.save(str(out / "dashboard.png"))
        top = dash.cards["terlambat"].mapTo(window, dash.cards["terlambat"].rect().topLeft())
        bottom_card = dash.attention_card
        bottom = bottom_card.mapTo(window, bottom_card.rect().bottomRight())
        image.copy(
            top.x() - 12, top.y() - 12, bottom.x() - top.x() + 24, bottom.y() - top.y() + 24
        ).save(str(out / "dashboard-charts.png"))
        dash.export_chart_png("penyelesaian", out / "dashboard-chart-penyelesaian.png")

        # -- Tindak Lanjut: a late follow-up with its history
        window.resize(1440, 900)
        page = window.show_page("tindak-lanjut")
        _settle(app)
        late = [r for r in page.model.rows if r.status == "terlambat"]
        with_history = [r for r in late if r.percent > 0] or late
        if with_history:
            page.select_followup(with_history[0].id)
        _settle(app)
        window.grab().save(str(out / "followups.png"))

        # -- bulk change: the late ones of the OPD with the most of them
        page.status_combo.setCurrentIndex(page.status_combo.findText("Terlambat"))
        _settle(app)
        ids = [r.id for r in page.model.rows]
        if ids:
            page.table.selectAll()
            page.bulk_status.setCurrentIndex(page.bulk_status.findData("dibatalkan"))
            page.bulk_reason.setText("Dialihkan ke APBD Perubahan 2026")
        _settle(app)
        window.grab().save(str(out / "followups-bulk.png"))
        window.close()
        db.dispose()
    for name in (
        "dashboard.png",
        "dashboard-charts.png",
        "dashboard-chart-penyelesaian.png",
        "followups.png",
        "followups-bulk.png",
    ):
        print(out / name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
