"""``checkin --image``: check in every invitation code found in photos and scans.

A phone picture of a stack of cards, a sheet scanned after the meeting, a photo the
door staff took when the laptop was busy: each code is read with the camera's
decoder and goes through the same ``CheckInDesk.check_in`` as a scanner's input
(forged or other-meeting codes are refused the same way). A code found twice (in
two pictures, or twice in one) is checked in once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from rakor_desktop.db import Database
from rakor_desktop.messages import M
from rakor_desktop.services.attendance import checkin as svc
from rakor_desktop.services.scanning.decoder import PictureError, decode_picture


@dataclass(frozen=True, slots=True)
class PictureCode:
    """One code read from ``picture`` and what the check-in answered."""

    picture: Path
    text: str
    result: svc.CheckInResult


@dataclass(frozen=True, slots=True)
class PictureProblem:
    picture: Path
    message: M


@dataclass(slots=True)
class PictureRun:
    codes: list[PictureCode] = field(default_factory=list)
    problems: list[PictureProblem] = field(default_factory=list)
    empty: list[Path] = field(default_factory=list)  # read, but no code in them
    pictures: int = 0

    def count(self, *states: svc.State) -> int:
        return sum(1 for c in self.codes if c.result.state in states)

    @property
    def confirmed(self) -> int:
        return sum(1 for c in self.codes if c.result.confirmed)


def check_in_pictures(
    db: Database,
    meeting_id: int,
    pictures: Iterable[Path],
    *,
    station: str,
    any_day: bool = False,
    clock: Callable[[], datetime] | None = None,
    on_code: Callable[[PictureCode], None] | None = None,
) -> PictureRun:
    """Decode every picture and check in each code once; one transaction per code.

    Short digit strings are not person ids here (``allow_person_id=False``): a QR of
    "12" on a poster in the photo must not check in person 12.

    ``on_code`` is told about each code as soon as it is committed, so a long run
    prints as it goes (and what was printed is saved, whatever happens next).
    """
    run = PictureRun()
    done: set[str] = set()
    for picture in pictures:
        run.pictures += 1
        try:
            found = decode_picture(picture)
        except PictureError as exc:
            run.problems.append(PictureProblem(picture, exc.args[0]))
            continue
        if not found:
            run.empty.append(picture)
            continue
        for code in found:
            if code.text in done:
                continue
            done.add(code.text)

            def unit(text: str = code.text) -> svc.CheckInResult:
                with db.session(write=True) as s:
                    return svc.check_in(
                        s, meeting_id, text, now=clock() if clock else None,
                        station=station, any_day=any_day, allow_person_id=False,
                    )  # fmt: skip

            item = PictureCode(picture, code.text, svc.retry_locked(unit))
            run.codes.append(item)
            if on_code is not None:
                on_code(item)
    return run
