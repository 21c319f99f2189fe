"""Render every document from the sample Rakor, for review and for docs/documents/.

    python -m rakor_desktop.documents.samples OUTDIR [--png]

Writes the PDFs and, with ``--png`` and poppler's ``pdftoppm`` on PATH, the page
images kept in ``docs/documents/`` (page 1 of each document, the attendance
list's page 2, the invitee list and the QR card sheet). A plain placeholder
emblem stands in for the regency logo so the kop can be judged with a logo.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import tempfile
from dataclasses import replace
from pathlib import Path

from rakor_desktop.documents.attendance import render_attendance
from rakor_desktop.documents.fixtures import sample_meeting, sample_office
from rakor_desktop.documents.followups import render_followups
from rakor_desktop.documents.invitation import render_invitation
from rakor_desktop.documents.minutes import render_minutes
from rakor_desktop.documents.text import clean

PNG_DPI = 60


def placeholder_emblem(path: Path) -> Path:
    """A neutral shield, clearly not a real coat of arms."""
    from PIL import Image, ImageDraw

    image = Image.new("RGBA", (220, 260), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    shield = [(10, 10), (210, 10), (210, 150), (110, 250), (10, 150)]
    draw.polygon(shield, fill=(20, 110, 60, 255), outline=(200, 160, 0, 255), width=8)
    draw.ellipse((70, 50, 150, 130), fill=(240, 190, 20, 255))
    draw.rectangle((60, 160, 160, 178), fill=(255, 255, 255, 255))
    image.save(path)
    return path


def _pages_with(pdf: Path, needle: str) -> list[int]:
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, check=True)
    pages = out.stdout.decode("utf-8", "replace").split("\f")
    return [i for i, text in enumerate(pages, start=1) if needle in clean(text)]


def _png(pdf: Path, page: int, target: Path) -> None:
    stem = target.with_suffix("")
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            str(PNG_DPI),
            "-f",
            str(page),
            "-l",
            str(page),
            "-singlefile",
            str(pdf),
            str(stem),
        ],
        check=True,
    )


def render_samples(outdir: Path, *, png: bool = False) -> list[Path]:
    outdir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        office = sample_office(logo_path=placeholder_emblem(Path(tmp) / "lambang.png"))
        bupati_office = sample_office(
            logo_path=placeholder_emblem(Path(tmp) / "lambang.png"), bupati_variant=True
        )
        meeting = sample_meeting()
        documents = {
            "notulen": render_minutes(meeting, office),
            "daftar-hadir": render_attendance(meeting, office),
            "daftar-hadir-kosong": render_attendance(meeting, office, blank=True),
            "undangan": render_invitation(meeting, office),
            "undangan-bupati": render_invitation(
                replace(
                    meeting,
                    invitation_signatory=None,
                    tembusan=("Wakil Bupati Pemalang", "Sekretaris Daerah Kabupaten Pemalang"),
                ),
                bupati_office,
                include_cards=False,
            ),
            "matriks-tindak-lanjut": render_followups(meeting, office),
        }
        pdfs = {}
        for name, data in documents.items():
            pdfs[name] = Path(tmp) / f"{name}.pdf"
            pdfs[name].write_bytes(data)
            if not png:
                target = outdir / f"{name}.pdf"
                target.write_bytes(data)
                written.append(target)
        if png:
            if shutil.which("pdftoppm") is None:
                raise SystemExit("pdftoppm (poppler-utils) tidak ditemukan")
            pages = {name: [1] for name in documents}
            pages["daftar-hadir"].append(2)
            pages["notulen"].append(_pages_with(pdfs["notulen"], "Demikian notulen")[0])
            pages["undangan"].append(_pages_with(pdfs["undangan"], "DAFTAR UNDANGAN")[0])
            pages["undangan"].append(_pages_with(pdfs["undangan"], "Tunjukkan kode QR")[0])
            for name, numbers in pages.items():
                for number in numbers:
                    target = outdir / f"{name}-{number}.png"
                    _png(pdfs[name], number, target)
                    written.append(target)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description="Render sample Rakor documents.")
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--png", action="store_true", help="page images instead of PDFs")
    args = parser.parse_args()
    for path in render_samples(args.outdir, png=args.png):
        print(path)


if __name__ == "__main__":
    main()
