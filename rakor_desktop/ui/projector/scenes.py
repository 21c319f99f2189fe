"""The projector's scenes: big type for the back of a hall, in the office's colours.

Every size derives from the window's height (body text at least 1/30 of it), so the same
scene reads on a 1024x768 projector and a 4K screen. A scene only replaces the text that
changed, so a refresh while the room watches does not flicker.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from rakor_desktop.domain.monev import format_number
from rakor_desktop.services.projector.state import ProjectorState
from rakor_desktop.ui import theme

MIN_BODY_FRACTION = 30  # body text is never smaller than height / 30
MAX_DECISIONS = 5


def body_px(height: int) -> int:
    return max(int(height / 26), int(height / MIN_BODY_FRACTION), 12)


def _label(wrap: bool = True) -> QLabel:
    lab = QLabel()
    lab.setWordWrap(wrap)
    lab.setTextFormat(Qt.TextFormat.RichText)
    lab.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    lab.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    return lab


def _set(label: QLabel, html: str) -> None:
    """Replace the text only when it changed: no repaint, no flicker otherwise."""
    if label.text() != html:
        label.setText(html)


def _mmss(seconds: int) -> str:
    m, s = divmod(max(seconds, 0), 60)
    return f"{m:02d}:{s:02d}"


class Scene(QWidget):
    key = ""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.heading = _label()
        self.body = _label()
        self.layout_.addWidget(self.heading)
        self.layout_.addWidget(self.body, 1)

    def scale(self, height: int) -> None:
        body = QFont(theme.FONT_FAMILY)
        body.setPixelSize(body_px(height))
        self.body.setFont(body)
        head = QFont(theme.FONT_FAMILY)
        head.setPixelSize(int(body_px(height) * 1.35))
        head.setBold(True)
        self.heading.setFont(head)

    def show_state(self, state: ProjectorState) -> None:  # pragma: no cover - abstract
        raise NotImplementedError


class AgendaScene(Scene):
    key = "agenda"

    def show_state(self, state: ProjectorState) -> None:
        _set(self.heading, escape(QCoreApplication.translate("Projector", "Agenda rapat")))
        lines = []
        for a in state.agenda:
            title = escape(a.title)
            who = (
                f' <span style="color:{theme.TEXT_MUTED}">— {escape(a.presenter)}</span>'
                if a.presenter
                else ""
            )
            if a.state == "running":
                over = a.elapsed_s > a.planned_minutes * 60
                colour = theme.DANGER if over else theme.SUCCESS
                timer = (
                    f' <span style="color:{colour}"><b>{_mmss(a.elapsed_s)}</b>'
                    f" / {a.planned_minutes:02d}:00</span>"
                )
                lines.append(
                    f'<tr><td style="background:{theme.ACCENT_SOFT}"><b>{a.position}. {title}</b>'
                    f"{who}{timer}</td></tr>"
                )
            elif a.state == "done":
                lines.append(
                    f'<tr><td style="color:{theme.TEXT_FAINT}">✓ {a.position}. {title}</td></tr>'
                )
            else:
                lines.append(f"<tr><td>{a.position}. {title}{who}</td></tr>")
        if not lines:
            said = escape(QCoreApplication.translate("Projector", "Agenda belum disusun."))
            lines = [f"<tr><td>{said}</td></tr>"]
        _set(self.body, '<table cellpadding="6" width="100%">' + "".join(lines) + "</table>")


class DecisionsScene(Scene):
    key = "keputusan"

    def show_state(self, state: ProjectorState) -> None:
        item = (
            state.current.title
            if state.current
            else QCoreApplication.translate("Projector", "Seluruh rapat")
        )
        _set(
            self.heading,
            escape(
                QCoreApplication.translate("Projector", "Keputusan dan arahan: %1").replace(
                    "%1", item
                )
            ),
        )
        lines = []
        # The latest ones, as many as a screen holds at this size: what was just said is
        # what the room must read; the whole list is in the notulen.
        earlier = max(len(state.decisions) - MAX_DECISIONS, 0)
        if earlier:
            said = escape(
                QCoreApplication.translate("Projector", "… %1 sebelumnya ada di notulen").replace(
                    "%1", str(earlier)
                )
            )
            lines.append(f'<p style="color:{theme.TEXT_MUTED}">{said}</p>')
        for n, d in enumerate(state.decisions[earlier:], start=earlier + 1):
            kind = (
                QCoreApplication.translate("Projector", "Arahan")
                if d.kind == "arahan"
                else QCoreApplication.translate("Projector", "Keputusan")
            )
            who = ""
            if d.organization or d.due:
                parts = [escape(d.organization)] if d.organization else []
                if d.due:
                    parts.append(
                        QCoreApplication.translate("Projector", "s.d. %1").replace(
                            "%1", d.due.strftime("%d/%m/%Y")
                        )
                    )
                who = f'<br/><span style="color:{theme.ACCENT}">→ {" · ".join(parts)}</span>'
            lines.append(
                f'<p><span style="color:{theme.TEXT_MUTED}">{n}. {escape(kind)}</span> '
                f"{escape(d.text)}{who}</p>"
            )
        if not lines:
            said = escape(
                QCoreApplication.translate("Projector", "Belum ada keputusan atau arahan.")
            )
            lines = [f'<p style="color:{theme.TEXT_MUTED}">{said}</p>']
        _set(self.body, "".join(lines))


class AttendanceScene(Scene):
    key = "kehadiran"

    def show_state(self, state: ProjectorState) -> None:
        _set(
            self.heading,
            escape(
                QCoreApplication.translate("Projector", "Kehadiran: %1 dari %2 undangan")
                .replace("%1", str(state.present))
                .replace("%2", str(state.invited))
            ),
        )
        missing = [(o, p, i) for o, p, i in state.missing_by_opd if i > p][:10]
        if not missing:
            said = escape(
                QCoreApplication.translate("Projector", "Semua OPD yang diundang sudah hadir.")
            )
            _set(self.body, f'<p style="color:{theme.SUCCESS}">{said}</p>')
            return
        rows = "".join(
            f'<tr><td>{escape(o)}</td><td align="right"><b>{p}</b> / {i}</td></tr>'
            for o, p, i in missing
        )
        said = escape(QCoreApplication.translate("Projector", "Belum lengkap:"))
        _set(
            self.body,
            f'<p style="color:{theme.TEXT_MUTED}">{said}</p>'
            f'<table cellpadding="4" width="100%">{rows}</table>',
        )


class CarriedScene(Scene):
    key = "tindak-lanjut"

    def show_state(self, state: ProjectorState) -> None:
        _set(
            self.heading,
            escape(QCoreApplication.translate("Projector", "Tindak lanjut dari rapat sebelumnya")),
        )
        lines = []
        for c in state.carried[:8]:
            extra = [escape(c.organization)] if c.organization else []
            if c.due:
                extra.append(
                    QCoreApplication.translate("Projector", "s.d. %1").replace(
                        "%1", c.due.strftime("%d/%m/%Y")
                    )
                )
            extra.append(escape(c.status))
            if c.carried > 1:
                extra.append(
                    QCoreApplication.translate("Projector", "dibawa %1×").replace(
                        "%1", str(c.carried)
                    )
                )
            if c.indicator:
                extra.append(escape(c.indicator))
            lines.append(
                f'<p>{escape(c.text)}<br/><span style="color:{theme.TEXT_MUTED}">'
                f"{' · '.join(extra)}</span></p>"
            )
        more = len(state.carried) - 8
        if more > 0:
            said = escape(
                QCoreApplication.translate("Projector", "… dan %1 lainnya").replace("%1", str(more))
            )
            lines.append(f"<p>{said}</p>")
        if not lines:
            said = escape(
                QCoreApplication.translate("Projector", "Tidak ada tindak lanjut yang dibawa.")
            )
            lines = [f'<p style="color:{theme.TEXT_MUTED}">{said}</p>']
        _set(self.body, "".join(lines))


class MonevScene(Scene):
    """The presenting OPD's indicators against their targets (services/monev)."""

    key = "monev"

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

    def show_state(self, state: ProjectorState) -> None:
        from rakor_desktop.services.monev.evaluation import evaluate

        org = state.presenting_org
        _set(
            self.heading,
            escape(
                QCoreApplication.translate("Projector", "Capaian indikator: %1").replace("%1", org)
                if org
                else QCoreApplication.translate("Projector", "Capaian indikator")
            ),
        )
        with self.ctx.db.session() as s:
            rows = evaluate(
                s, meeting_id=state.meeting_id, organization_id=state.presenting_org_id
            ).rows
        lines = []
        for r in rows[:8]:
            cap = f"{format_number(r.result.pct, 1)} %" if r.result.pct is not None else "–"
            colour = r.colour or theme.TEXT_MUTED
            arrow = {"naik": "▲", "turun": "▼", "tetap": "▬"}.get(r.trend or "", "")
            good = r.good_trend
            arrow_colour = (
                theme.SUCCESS if good else theme.DANGER if good is False else theme.TEXT_MUTED
            )
            flag = " ⚠" if r.flags else ""
            lines.append(
                f"<tr><td>{escape(r.indicator.name)}{flag}</td>"
                f'<td align="right">{format_number(r.realization) or "–"} / {escape(r.target.text() if r.target else "–")}</td>'
                f'<td align="right" style="color:{colour}"><b>{cap}</b></td>'
                f'<td style="color:{arrow_colour}">{arrow}</td></tr>'
            )
        if not lines:
            said = escape(
                QCoreApplication.translate("Projector", "Belum ada indikator untuk ditampilkan.")
            )
            lines = [f"<tr><td>{said}</td></tr>"]
        _set(self.body, '<table cellpadding="6" width="100%">' + "".join(lines) + "</table>")


class BlankScene(Scene):
    key = "kosong"

    def show_state(self, state: ProjectorState) -> None:
        _set(self.heading, "")
        _set(
            self.body,
            f'<p align="center" style="color:{theme.TEXT_MUTED}"><br/><br/>'
            f"{escape(state.regency)}<br/><b>{escape(state.unit)}</b></p>",
        )
