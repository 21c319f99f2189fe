"""Screenshots the documentation keeps: rendered, shrunk to a 256-colour palette, checked.

Shared by the screenshot tests (meetings, every page): one way to save and one check
that an image is a real frame of the right size and weight.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget

LIMIT = 200 * 1024


def save_png(widget: QWidget, name: str, out: Path) -> Path:
    """``out/name.png``, also into ``RAKOR_SCREENSHOTS_DIR`` when set (refreshes docs/)."""
    from PIL import Image

    # Objects Qt deletes later (a chart's replaced axes) wait for the event loop, which
    # a test does not run: deliver those deletions first, as the running app would have.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    for _ in range(3):
        QApplication.processEvents()
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB888)
    raw = out / f"{name}.raw.png"
    assert image.save(str(raw), "PNG")
    path = out / f"{name}.png"
    # An adaptive 256-colour palette (Pillow, a ReportLab dependency): flat UI colours and
    # anti-aliased text survive, and the files stay under 200 KB for the repository.
    with Image.open(raw) as im:
        small = im.convert("RGB").quantize(
            colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE
        )
        small.save(path, optimize=True)
    target = os.environ.get("RAKOR_SCREENSHOTS_DIR")
    if target:
        Path(target).mkdir(parents=True, exist_ok=True)
        small.save(Path(target) / path.name, optimize=True)
    return path


def assert_real(path: Path, size: tuple[int, int]) -> None:
    assert path.stat().st_size < LIMIT, f"{path.name} is {path.stat().st_size} bytes"
    image = QImage(str(path))
    assert (image.width(), image.height()) == size, path.name
    colours = {image.pixel(x, y) for x in range(0, size[0], 37) for y in range(0, size[1], 23)}
    assert len(colours) > 8, path.name  # not a blank or single-colour frame
