"""Camera check-in: decoding time per frame and read rates on printed cards (issue 20).

``camera_decode_ms``: one 1280x720 colour frame (what ``QVideoFrame.toImage`` hands
the worker) converted to luminance and decoded, as the kiosk's worker thread does it.
Target: p95 under 30 ms. Baseline in the same run: zxing-cpp's default settings on the
same frames (all formats, rotation and inversion retries), ``ratio_to_default``.

``camera_read_rate``: synthetic camera frames of the real card sheet (see
``tests/camera_frames.py``) at 640x480 and 1280x720 under each condition, one line
per condition; and the same frames of cards with the first, long payload (RKR1), to
show what the short one bought.

    .venv/bin/python benchmarks/bench_camera.py [--seeds 3]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from _common import line
from camera_frames import (
    CONDITIONS,
    MEETING_UUID,
    SECRET,
    camera_frame,
    card_images,
    card_sheet_pdf,
)
from PIL import Image

from rakor_desktop.services.attendance.invitations import long_payload, new_token
from rakor_desktop.services.scanning.decoder import decode_luminance


def _qimage(picture: Image.Image):
    from PySide6.QtGui import QImage

    gray = picture.convert("L")
    image = QImage(
        gray.tobytes(), gray.width, gray.height, gray.width, QImage.Format.Format_Grayscale8
    )
    return image.convertToFormat(QImage.Format.Format_RGB32)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=3)
    args = parser.parse_args()
    import zxingcpp
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication

    from rakor_desktop.ui.camera.frames import decode_image

    _app = QApplication.instance() or QApplication(sys.argv)
    pdf, payloads = card_sheet_pdf(8)
    cards = card_images(pdf, payloads)
    long_cards_payloads = [long_payload(SECRET, MEETING_UUID, new_token()) for _ in range(8)]
    long_pdf, _ = card_sheet_pdf(payloads=long_cards_payloads)
    long_cards = card_images(long_pdf, long_cards_payloads, dpi=300)

    # Decoding time per 1280x720 frame, the worker's path, against zxing's defaults.
    frames = [
        _qimage(camera_frame(card, (1280, 720), CONDITIONS["semuanya"], seed=seed))
        for seed in range(args.seeds)
        for card in cards.values()
    ]
    ours: list[float] = []
    default: list[float] = []
    read = 0
    for _ in range(3):
        for image in frames:
            start = time.perf_counter()
            read += bool(decode_image(image))
            ours.append((time.perf_counter() - start) * 1000)
            start = time.perf_counter()
            zxingcpp.read_barcodes(image.convertToFormat(QImage.Format.Format_Grayscale8))
            default.append((time.perf_counter() - start) * 1000)
    ours.sort()
    default.sort()
    median_default = default[len(default) // 2]
    print(line("camera_decode_ms", ours, "ms", digits=2, count="frames", target_p95_ms=30,
               baseline_default_median_ms=round(median_default, 2),
               ratio_to_default=round(ours[len(ours) // 2] / median_default, 2),
               read=f"{read}/{len(ours)}"))  # fmt: skip

    # Read rates per condition and frame size.
    for size in ((640, 480), (1280, 720)):
        for name, conditions in CONDITIONS.items():
            for label, deck in (("RKR2", cards), ("RKR1", long_cards)):
                if label == "RKR1" and name not in ("bersih", "semuanya", "semuanya, jauh"):
                    continue
                ok = total = 0
                for seed in range(args.seeds):
                    for payload, card in deck.items():
                        frame = camera_frame(card, size, conditions, seed=seed)
                        texts = {f.text for f in decode_luminance(frame.tobytes(), *frame.size)}
                        ok += payload in texts
                        total += 1
                print(json.dumps({"name": "camera_read_rate", "payload": label,
                                  "size": f"{size[0]}x{size[1]}", "condition": name,
                                  "value": round(ok / total, 3), "unit": "share",
                                  "read": ok, "frames": total}, ensure_ascii=False))  # fmt: skip


if __name__ == "__main__":
    main()
