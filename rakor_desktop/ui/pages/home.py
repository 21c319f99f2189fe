"""Beranda (home): the next meeting, follow-up counts, recent meetings at a glance.

It is the first page on screen, so its data comes from one service call
(:func:`rakor_desktop.services.insight.dashboard.dashboard_summary`) made synchronously when the
page is shown: a few milliseconds, and the first paint already carries real numbers.
The richer dashboard (charts, OPD trends) in ``ui/insight`` replaces this page when
it exists.
"""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from rakor_desktop.domain.timefmt import office_tz
from rakor_desktop.services.insight.dashboard import (
    DashboardSummary,
    MeetingCard,
    dashboard_summary,
    days_until,
)
from rakor_desktop.ui import formatting as fmt
from rakor_desktop.ui import theme
from rakor_desktop.ui.context import AppContext
from rakor_desktop.ui.widgets import (
    Card,
    ElidedLabel,
    EmptyState,
    PageHeader,
    StatTile,
    clear_layout,
    divider,
    icon_label,
    label,
    pill,
    rate_bar,
    scroll_page,
    set_pill,
)


class HomePage(QWidget):
    data_loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.summary: DashboardSummary | None = None
        self._info_icons: list[QLabel] = []
        self._build()

    # -- layout --------------------------------------------------------------------
    def _build(self) -> None:
        _root, layout = scroll_page(self)
        self.header = PageHeader(self.tr("Beranda"), "")
        self.today_label = label("", "muted")
        self.header.add_action(self.today_label)
        layout.addWidget(self.header)

        top = QHBoxLayout()
        top.setSpacing(18)
        top.addWidget(self._build_next_card(), 3)
        tiles = QGridLayout()
        tiles.setSpacing(14)
        self.tile_open = StatTile("tasks", self.tr("Tindak lanjut terbuka"), "accent")
        self.tile_overdue = StatTile("alert", self.tr("Tindak lanjut terlambat"), "danger")
        self.tile_people = StatTile("people", self.tr("Peserta terdaftar"), "success")
        self.tile_orgs = StatTile("building", self.tr("OPD dan kecamatan"), "warning")
        tiles.addWidget(self.tile_open, 0, 0)
        tiles.addWidget(self.tile_overdue, 0, 1)
        tiles.addWidget(self.tile_people, 1, 0)
        tiles.addWidget(self.tile_orgs, 1, 1)
        top.addLayout(tiles, 2)
        layout.addLayout(top)

        bottom = QHBoxLayout()
        bottom.setSpacing(18)
        self.recent_card = Card(self.tr("Rapat terakhir"))
        self.recent_rows = QVBoxLayout()
        self.recent_rows.setSpacing(0)
        self.recent_card.body.addLayout(self.recent_rows)
        self.recent_card.body.addStretch(1)
        bottom.addWidget(self.recent_card, 3)
        self.overdue_card = Card(self.tr("Terlambat per OPD"))
        self.overdue_rows = QVBoxLayout()
        self.overdue_rows.setSpacing(0)
        self.overdue_card.body.addLayout(self.overdue_rows)
        self.overdue_card.body.addStretch(1)
        bottom.addWidget(self.overdue_card, 2)
        layout.addLayout(bottom, 1)

    def _build_next_card(self) -> QWidget:
        card = QFrame()
        card.setProperty("card", "hero")
        outer = QHBoxLayout(card)
        outer.setContentsMargins(0, 18, 24, 18)
        outer.setSpacing(20)
        strip = QFrame()
        strip.setProperty("strip", "true")
        strip.setFixedWidth(4)
        outer.addWidget(strip)
        body = QVBoxLayout()
        body.setSpacing(8)
        outer.addLayout(body, 1)
        head = QHBoxLayout()
        head.addWidget(label(self.tr("RAPAT BERIKUTNYA"), "overline"))
        head.addStretch(1)
        self.next_when_pill = pill("", "accent")
        head.addWidget(self.next_when_pill)
        body.addLayout(head)
        self.next_title = label("", "hero", wrap=True)
        self.next_title.setMinimumHeight(24)
        body.addWidget(self.next_title)
        self.next_series = label("", "muted")
        body.addWidget(self.next_series)
        body.addSpacing(4)
        self.next_date = self._info_row(body, "calendar")
        self.next_place = self._info_row(body, "pin")
        self.next_invited = self._info_row(body, "people")
        self.next_empty = EmptyState(
            "calendar", self.tr("Belum ada rapat terjadwal. Buat rapat baru di halaman Rapat.")
        )
        body.addWidget(self.next_empty)
        body.addStretch(1)
        return card

    def _info_row(self, body: QVBoxLayout, icon: str) -> QLabel:
        row = QHBoxLayout()
        row.setSpacing(10)
        badge = icon_label(icon, 17, theme.ACCENT)
        self._info_icons.append(badge)
        row.addWidget(badge)
        text = label("")
        row.addWidget(text, 1)
        body.addLayout(row)
        return text

    # -- data ----------------------------------------------------------------------
    def refresh(self) -> None:
        with self.ctx.db.session() as s:
            summary = dashboard_summary(s, self.ctx.now())
        self.show_summary(summary)

    def is_data_ready(self) -> bool:
        return self.summary is not None

    def show_summary(self, summary: DashboardSummary) -> None:
        self.summary = summary
        zone = summary.zone
        office = " · ".join(p for p in (summary.office_name, summary.unit_name) if p)
        self.header.set_subtitle(self.tr("Selamat datang. %1").replace("%1", office.title()))
        self.today_label.setText(fmt.long_date(summary.today))
        self._show_next(summary.next_meeting, summary)
        fu = summary.followups
        self.tile_open.set_value(fu.open)
        self.tile_overdue.set_value(fu.overdue)
        self.tile_people.set_value(summary.people)
        self.tile_orgs.set_value(summary.organizations)
        self._fill_recent(summary.recent, zone)
        self._fill_overdue(summary.overdue_by_org, summary.overdue_elsewhere)
        self.data_loaded.emit()

    def _show_next(self, card: MeetingCard | None, summary: DashboardSummary) -> None:
        has = card is not None
        for w in (
            self.next_title,
            self.next_series,
            self.next_date,
            self.next_place,
            self.next_invited,
            self.next_when_pill,
        ):
            w.setVisible(has)
        for badge in self._info_icons:
            badge.setVisible(has)
        self.next_empty.setVisible(not has)
        if card is None:
            return
        self.next_title.setText(card.title)
        self.next_series.setText(card.series or "")
        self.next_series.setVisible(bool(card.series))
        self.next_date.setText(
            f"{fmt.long_date(card.starts_at, summary.zone)}  ·  "
            + self.tr("pukul %1").replace("%1", fmt.clock(card.starts_at, summary.zone))
        )
        self.next_place.setText(card.place or self.tr("Tempat belum ditentukan"))
        # HomePage.tr, not self.tr: PySide's self.tr() loses plural forms in subclasses
        # (ui/insight), and lupdate reads no plural from translate() with a variable count.
        self.next_invited.setText(HomePage.tr("%n undangan", "", card.invited))  # type: ignore[arg-type]
        local_day = card.starts_at.astimezone(_tz(summary.zone)).date()
        days = days_until(local_day, summary.today)
        set_pill(self.next_when_pill, fmt.relative_days(days), "warning" if days <= 1 else "accent")

    def _fill_recent(self, meetings: list[MeetingCard], zone: str) -> None:
        clear_layout(self.recent_rows)
        if not meetings:
            self.recent_rows.addWidget(
                EmptyState("calendar", self.tr("Belum ada rapat yang sudah berlangsung."))
            )
            return
        for i, m in enumerate(meetings):
            if i:
                self.recent_rows.addWidget(divider())
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 7, 0, 7)
            line.setSpacing(14)
            date_box = QVBoxLayout()
            date_box.setSpacing(0)
            local = m.starts_at.astimezone(_tz(zone))
            day = label(f"{local.day:02d}", "section")
            day.setAlignment(Qt.AlignmentFlag.AlignCenter)
            month = label(fmt.medium_date(local.date()).split(" ")[1][:3].upper(), "faint")
            month.setAlignment(Qt.AlignmentFlag.AlignCenter)
            date_box.addWidget(day)
            date_box.addWidget(month)
            holder = QWidget()
            holder.setFixedWidth(44)
            holder.setLayout(date_box)
            line.addWidget(holder)
            text = QVBoxLayout()
            text.setSpacing(2)
            title = ElidedLabel(m.title)
            text.addWidget(title)
            text.addWidget(ElidedLabel(m.place or "", "faint"))
            line.addLayout(text, 1)
            att = QVBoxLayout()
            att.setSpacing(5)
            figures = QHBoxLayout()
            figures.setSpacing(6)
            figures.addStretch(1)
            figures.addWidget(
                label(
                    self.tr("%1/%2 hadir")
                    .replace("%1", fmt.number(m.attended))
                    .replace("%2", fmt.number(m.invited)),
                    "faint",
                )
            )
            figures.addWidget(label(fmt.percent(m.attendance_rate), "strong"))
            att.addLayout(figures)
            bar = rate_bar(m.attendance_rate)
            att.addWidget(bar, 0, Qt.AlignmentFlag.AlignRight)
            holder_att = QWidget()
            holder_att.setFixedWidth(150)
            holder_att.setLayout(att)
            row.setToolTip(
                self.tr("%1 dari %2 undangan hadir")
                .replace("%1", fmt.number(m.attended))
                .replace("%2", fmt.number(m.invited))
            )
            line.addWidget(holder_att)
            self.recent_rows.addWidget(row)

    def _fill_overdue(self, rows: list[tuple[str, int]], elsewhere: int = 0) -> None:
        """The top OPDs, then "OPD lainnya": the rows add up to the overdue card (item 10)."""
        clear_layout(self.overdue_rows)
        if elsewhere:
            rows = [*rows, (self.tr("OPD lainnya"), elsewhere)]
        if not rows:
            self.overdue_rows.addWidget(
                EmptyState("check", self.tr("Tidak ada tindak lanjut yang terlambat."))
            )
            return
        top = max(n for _, n in rows) or 1
        for i, (name, n) in enumerate(rows):
            if i:
                self.overdue_rows.addWidget(divider())
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 7, 0, 7)
            line.setSpacing(10)
            # "Kecamatan Pemalang", "Kecamatan Petarukan": the end tells them apart.
            name_label = ElidedLabel(name, elide=Qt.TextElideMode.ElideMiddle)
            line.addWidget(name_label, 1)
            bar = rate_bar(n / top)
            theme.set_props(bar, tone="danger")
            bar.setFixedWidth(90)
            line.addWidget(bar)
            count = label(fmt.number(n), "section")
            count.setMinimumWidth(28)
            count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            line.addWidget(count)
            self.overdue_rows.addWidget(row)


def _tz(zone: str) -> tzinfo:
    return office_tz(zone)
