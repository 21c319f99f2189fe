"""A whole Rakor day through the real windows, with real X keystrokes and clicks.

The app and the door station run as two processes on one SQLite file, on an Xvfb
screen of each size the offices' laptops have. Keys go to whatever widget has the
focus (xdotool through the X server), a scanner types at ~5 ms a character, and every
step is checked twice: in the database (what is recorded) and on the screen (what
the person sees, through the read-only UI probe), with a screenshot for a person to look
at under build/walkthrough/<size>/.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from tests.walkthrough.conftest import Rakor
from tests.walkthrough.station import Station, env_for, log_text
from tests.walkthrough.xsession import XSession


class Shots:
    def __init__(self, folder: Path) -> None:
        self.folder, self.n = folder, 0

    def take(self, station: Station, step: str) -> Path:
        self.n += 1
        return station.shot(self.folder / f"{self.n:02d}-{step}.png")


def _headline(station: Station, needle: str) -> dict:
    return station.wait(
        f"result headline with '{needle}'",
        lambda s: next(
            (
                w
                for w in station.widgets(s)
                if w["name"] == "ResultHeadline" and needle in (w.get("text") or "")
            ),
            None,
        ),
    )


def _fits(screen: XSession, station: Station) -> None:
    """The window lies on the screen: nothing a person needs is beyond its edge."""
    for window in station.state()["windows"]:
        x, y, w, h = window["rect"]
        assert x >= 0 and y >= 0, window["title"]
        assert x + w <= screen.width and y + h <= screen.height, (
            f"{window['title']} is {w}x{h} at {x},{y} on a {screen.width}x{screen.height} screen"
        )


def _invitees(rakor: Rakor) -> list[tuple[int, str, str]]:
    """(person id, name, NIP) of this meeting's invited officials with a NIP."""
    return rakor.query(
        "SELECT p.id, p.full_name, p.nip FROM invitation i JOIN person p ON p.id = i.person_id "
        "WHERE i.meeting_id = ? AND p.nip IS NOT NULL ORDER BY p.full_name",
        rakor.meeting_id,
    )


def _uninvited(rakor: Rakor) -> tuple[int, str, str]:
    row = rakor.query(
        "SELECT id, full_name, nip FROM person WHERE active AND nip IS NOT NULL "
        "AND id NOT IN (SELECT person_id FROM invitation WHERE meeting_id = ?) "
        "ORDER BY full_name LIMIT 1",
        rakor.meeting_id,
    )[0]
    return row[0], row[1], row[2]


def _attendance(rakor: Rakor) -> int:
    return int(
        rakor.one("SELECT count(*) FROM attendance WHERE meeting_id = ?", rakor.meeting_id) or 0
    )


def test_a_rakor_day(rakor: Rakor, screen: XSession) -> None:
    """Invite, the door, the live meeting, close, the door refusing, print: one morning."""
    shots = Shots(rakor.shots)
    app = Station(
        screen,
        "app",
        ["--db", str(rakor.db)],
        rakor.workdir,
        env_for(rakor.at("08:40"), rakor.workdir / "home-app"),
    )
    kiosk = Station(
        screen,
        "kiosk",
        ["--db", str(rakor.db), "--kiosk", "--meeting", str(rakor.meeting_id)],
        rakor.workdir,
        env_for(rakor.at("08:45"), rakor.workdir / "home-kiosk"),
    )
    try:
        newcomer = _invite(rakor, screen, app, shots)
        _door(rakor, screen, kiosk, shots, newcomer)
        _live(rakor, screen, app, shots)
        _close(rakor, screen, app, shots)
        _door_after_close(rakor, screen, kiosk, shots)
        _print(rakor, screen, app, shots)
    finally:
        for station in (kiosk, app):
            station.stop()
    for name in ("app", "kiosk"):
        assert "Traceback" not in log_text(rakor.workdir, name), log_text(rakor.workdir, name)


def _invite(rakor: Rakor, screen: XSession, app: Station, shots: Shots) -> tuple[int, str, str]:
    app.activate()
    _fits(screen, app)
    shots.take(app, "app-beranda")
    title = str(rakor.one("SELECT title FROM meeting WHERE id = ?", rakor.meeting_id))
    screen.key("ctrl+2")
    app.wait_focus("meetings-table")
    screen.key("ctrl+f")
    app.wait_focus("meeting-search")
    screen.type(title)
    screen.key("Return")
    app.widget(lambda w: w["name"] == "workspace-title" and w.get("text") == title, "the meeting")
    shots.take(app, "app-meeting-open")
    screen.key("ctrl+Next")  # Rincian -> Undangan
    screen.key("ctrl+f")
    app.wait_focus("invite-person")
    newcomer = _uninvited(rakor)
    screen.type(newcomer[1])
    app.wait("the name list", lambda s: any(w["class"] == "QListView" for w in app.widgets(s)))
    screen.key("Down", "Return")
    app.wait_text("ditambahkan")
    assert (
        rakor.one(
            "SELECT count(*) FROM invitation WHERE meeting_id = ? AND person_id = ?",
            rakor.meeting_id,
            newcomer[0],
        )
        == 1
    )
    shots.take(app, "app-invited")
    return newcomer


def _door(
    rakor: Rakor, screen: XSession, kiosk: Station, shots: Shots, newcomer: tuple[int, str, str]
) -> None:
    kiosk.activate()
    kiosk.wait_focus("ScanEdit")
    _fits(screen, kiosk)
    shots.take(kiosk, "kiosk-idle")
    people = _invitees(rakor)
    first = people[3]

    # A click on a name in "Belum hadir", then a scan: the scan still registers.
    missing = kiosk.widget(lambda w: w["name"] == "MissingList", "the Belum hadir list")
    kiosk.click_on(missing["rows"][0]["rect"])
    screen.scan(first[2])
    _headline(kiosk, "HADIR")
    kiosk.wait_focus("ScanEdit")
    who = "SELECT count(*) FROM attendance WHERE meeting_id = ? AND person_id = ?"
    assert rakor.one(who, rakor.meeting_id, first[0]) == 1
    shots.take(kiosk, "kiosk-scan-after-click")

    # F4: the person on screen leaves; Ctrl+Z undoes that departure, not the check-in.
    screen.key("F4")
    _headline(kiosk, "PULANG")
    left = "SELECT left_at FROM attendance WHERE meeting_id = ? AND person_id = ?"
    assert rakor.one(left, rakor.meeting_id, first[0]) is not None
    shots.take(kiosk, "kiosk-f4-pulang")
    screen.key("ctrl+z")
    kiosk.wait_text(first[1])
    assert rakor.query(left, rakor.meeting_id, first[0]) == [(None,)]
    shots.take(kiosk, "kiosk-undo-departure")

    # F2: a guest not on the list, typed into the form the key opened.
    screen.key("Escape", "F2")
    screen.type("Sutrisno Walkin")
    screen.key("Tab")
    screen.type("Staf Ahli")
    screen.key("Tab")
    screen.type("Bappeda")
    screen.key("Return")
    _headline(kiosk, "TAMU")
    assert (
        rakor.one(
            "SELECT count(*) FROM attendance a JOIN person p ON p.id = a.person_id "
            "WHERE a.meeting_id = ? AND p.full_name = 'Sutrisno Walkin' AND a.is_walk_in",
            rakor.meeting_id,
        )
        == 1
    )
    shots.take(kiosk, "kiosk-f2-walk-in")

    # F3: a delegate for an official, typed at the door; then the official comes after
    # all: the door says so, and the delegate becomes a companion (issue 15 item 9).
    official = people[5]
    screen.key("F3")
    screen.type(official[1])
    kiosk.wait(
        "the official found",
        lambda s: (
            any(w["name"] == "SearchList" and w.get("rows") for w in kiosk.widgets(s))
            or official[1] in str(s)
        ),
    )
    screen.key("Return")
    screen.type("Wahyu Perwakilan Uji")
    screen.key("Return")  # no such person: the form for a new delegate, name filled in
    screen.type("Kepala Bidang")
    screen.key("Return")
    kiosk.wait_text("mewakili")
    delegated = (
        "SELECT count(*) FROM attendance a JOIN person p ON p.id = a.person_id "
        "WHERE a.meeting_id = ? AND p.full_name = 'Wahyu Perwakilan Uji' AND a.delegate_for_id = ?"
    )
    assert rakor.one(delegated, rakor.meeting_id, official[0]) == 1
    shots.take(kiosk, "kiosk-f3-delegate")
    screen.scan(official[2])
    kiosk.wait_text("Sebelumnya diwakili oleh Wahyu Perwakilan Uji")
    shots.take(kiosk, "kiosk-official-after-delegate")

    # The person the secretary invited a minute ago, from the other process.
    screen.scan(newcomer[2])
    _headline(kiosk, "HADIR")
    assert rakor.one(who, rakor.meeting_id, newcomer[0]) == 1
    shots.take(kiosk, "kiosk-newly-invited")


def _live(rakor: Rakor, screen: XSession, app: Station, shots: Shots) -> None:
    app.activate()
    screen.key("ctrl+Next", "ctrl+Next")  # Undangan -> Agenda -> Jalannya Rapat
    app.wait_focus("notes-editor")
    screen.key("F6")
    app.widget(
        lambda w: w["name"] == "workspace-status" and w.get("text") == "Berlangsung",
        "status Berlangsung",
    )
    screen.type("Pembukaan oleh Bupati. Capaian PAD naik 4 persen.")
    screen.key("ctrl+shift+a")
    app.wait_focus("capture-text")
    directive = "Percepat penyaluran PMT balita stunting"
    screen.type(directive)
    screen.key("Return")
    app.wait_focus("capture-quick")
    screen.type("Dinas Kesehatan 31/12")
    shots.take(app, "app-live-arahan-entry")
    screen.key("Return")
    app.wait_text("Arahan dicatat")
    assert (
        rakor.one(
            "SELECT count(*) FROM decision d JOIN follow_up f ON f.decision_id = d.id "
            "WHERE d.meeting_id = ? AND d.kind = 'arahan' AND d.text = ?",
            rakor.meeting_id,
            directive,
        )
        == 1
    )
    app.wait_focus("notes-editor")
    shots.take(app, "app-live-arahan-saved")


def _confirm(app: Station, title: str, shots: Shots, step: str) -> None:
    app.focus_window(title)
    shots.take(app, step)
    app.x.key("Return")
    app.wait("the question closed", lambda s: title not in (s["active"] or ""))


def _close(rakor: Rakor, screen: XSession, app: Station, shots: Shots) -> None:
    screen.key("ctrl+Next", "ctrl+Next", "ctrl+Next")  # -> Penutupan
    app.click_text('Tandai sisanya "Tanpa Keterangan"')
    _confirm(app, "Tandai Tanpa Keterangan", shots, "app-confirm-absent")
    app.wait("the absentees marked", lambda s: "Semua syarat terpenuhi." in str(s))
    app.click_text("Tutup rapat")
    _confirm(app, "Tutup rapat", shots, "app-confirm-close")
    app.widget(
        lambda w: w["name"] == "workspace-status" and w.get("text") == "Ditutup", "status Ditutup"
    )
    assert rakor.one("SELECT status FROM meeting WHERE id = ?", rakor.meeting_id) == "closed"
    shots.take(app, "app-closed")


def _door_after_close(rakor: Rakor, screen: XSession, kiosk: Station, shots: Shots) -> None:
    kiosk.activate()
    before = _attendance(rakor)
    late = _invitees(rakor)[10]
    screen.scan(late[2])
    _headline(kiosk, "DITUTUP")
    shots.take(kiosk, "kiosk-closed-scan")
    missing = kiosk.widget(lambda w: w["name"] == "MissingList", "the Belum hadir list")
    if missing["rows"]:
        kiosk.click_on(missing["rows"][0]["rect"])
        group = kiosk.widget(lambda w: w["name"] == "GroupButton", "Tandai hadir")
        kiosk.click_on(group["rect"])
    assert _attendance(rakor) == before, "the door changed a closed meeting"
    shots.take(kiosk, "kiosk-closed-mark")


def _print(rakor: Rakor, screen: XSession, app: Station, shots: Shots) -> None:
    app.activate()
    app.click_on(app.widget(lambda w: w["name"] == "PrintDocumentsButton", "Cetak")["rect"])
    app.wait("the document menu", lambda s: any(w["class"] == "QMenu" for w in s["windows"]))
    screen.key("Down", "Return")  # the first entry: Notulen
    app.focus_window("Notulen")
    app.wait_text("Halaman 1 dari", timeout=30)
    shots.take(app, "app-notulen-preview")
    screen.key("ctrl+s")
    app.focus_window("Simpan sebagai PDF")
    target = rakor.workdir / "notulen-walkthrough.pdf"
    screen.key("ctrl+a")
    screen.type(str(target))
    screen.key("Return")
    deadline_ok = app.wait("the PDF written", lambda s: target.exists() or None, timeout=20)
    assert deadline_ok
    text = subprocess.run(
        ["pdftotext", "-layout", str(target), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Percepat penyaluran PMT balita stunting" in " ".join(text.split())
    shots.take(app, "app-notulen-saved")
