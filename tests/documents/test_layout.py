"""Paper, footer, fonts, kop surat and output handling shared by all documents."""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from rakor_desktop.documents.attendance import render_attendance
from rakor_desktop.documents.data import MeetingData, OfficeData
from rakor_desktop.documents.fixtures import sample_meeting, sample_office
from rakor_desktop.documents.followups import render_followups
from rakor_desktop.documents.invitation import render_invitation
from rakor_desktop.documents.minutes import render_minutes

from .pdftools import page_sizes, page_texts, reader

Renderer = Callable[..., bytes]
RENDERERS: dict[str, Renderer] = {
    "minutes": render_minutes,
    "attendance": render_attendance,
    "invitation": render_invitation,
    "followups": render_followups,
}
A4 = (595.27, 841.89)
F4 = (609.45, 935.43)


@pytest.fixture(scope="module")
def small() -> MeetingData:
    return sample_meeting(attendees=12, agenda_items=2, followups=4, opd_reports=3)


def _close(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return abs(a[0] - b[0]) < 0.01 and abs(a[1] - b[1]) < 0.01


@pytest.mark.parametrize("name", ["minutes", "attendance", "invitation"])
@pytest.mark.parametrize(("paper", "size"), [("A4", A4), ("F4", F4)])
def test_portrait_documents_have_exact_paper_size(
    name: str, paper: str, size: tuple[float, float], small: MeetingData
) -> None:
    pdf = RENDERERS[name](small, sample_office(paper=paper))
    sizes = page_sizes(pdf)
    assert sizes, "no pages"
    assert all(_close(s, size) for s in sizes), sizes


@pytest.mark.parametrize(("paper", "size"), [("A4", A4), ("F4", F4)])
def test_follow_up_matrix_is_landscape(
    paper: str, size: tuple[float, float], small: MeetingData
) -> None:
    sizes = page_sizes(render_followups(small, sample_office(paper=paper)))
    assert all(_close(s, (size[1], size[0])) for s in sizes), sizes


@pytest.mark.parametrize("name", sorted(RENDERERS))
def test_every_page_says_halaman_x_dari_y_and_the_code(
    name: str, meeting: MeetingData, office: OfficeData
) -> None:
    pages = page_texts(RENDERERS[name](meeting, office))
    total = len(pages)
    assert total >= 2, f"{name} should need more than one page with 60 attendees"
    for number, text in enumerate(pages, start=1):
        assert f"Halaman {number} dari {total}" in text
        assert "Kode verifikasi: NTL-2025-08-7F3K-Q9XD" in text


def test_no_verification_code_no_footer_label(small: MeetingData, office: OfficeData) -> None:
    pdf = render_minutes(replace(small, verification_code=None), office)
    text = "".join(page_texts(pdf))
    assert "Kode verifikasi" not in text
    assert "Halaman 1 dari" in text


@pytest.mark.parametrize("name", sorted(RENDERERS))
def test_only_liberation_sans_is_used(name: str, small: MeetingData, office: OfficeData) -> None:
    fonts: set[str] = set()
    for page in reader(RENDERERS[name](small, office)).pages:
        for font in page["/Resources"].get("/Font", {}).values():
            fonts.add(str(font.get_object()["/BaseFont"]))
    assert fonts
    assert all(re.fullmatch(r"/[A-Z]{6}\+LiberationSans(-\w+)?", f) for f in fonts), fonts


def test_output_is_deterministic(small: MeetingData, office: OfficeData) -> None:
    assert render_minutes(small, office) == render_minutes(small, office)


def test_writes_to_path_and_stream(tmp_path: Path, small: MeetingData, office: OfficeData) -> None:
    target = tmp_path / "sub" / "notulen.pdf"
    data = render_minutes(small, office, target)
    assert target.read_bytes() == data
    assert data.startswith(b"%PDF-")
    assert [p.name for p in target.parent.iterdir()] == ["notulen.pdf"]  # no temp files left
    stream = io.BytesIO()
    assert render_minutes(small, office, stream) == data
    assert stream.getvalue() == data
    assert render_minutes(small, office, str(tmp_path / "x.pdf")) == data


def _logo(tmp_path: Path) -> Path:
    from PIL import Image, ImageDraw

    image = Image.new("RGBA", (240, 280), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    draw.polygon([(20, 10), (220, 10), (220, 170), (120, 270), (20, 170)], fill=(0, 90, 40, 255))
    draw.ellipse((80, 60, 160, 140), fill=(250, 200, 0, 255))
    path = tmp_path / "logo.png"
    image.save(path)
    return path


def _image_count(pdf: bytes, page: int = 0) -> int:
    xobjects = reader(pdf).pages[page]["/Resources"].get("/XObject", {})
    return sum(1 for x in xobjects.values() if x.get_object()["/Subtype"] == "/Image")


def test_kop_with_logo(tmp_path: Path, small: MeetingData) -> None:
    office = sample_office(logo_path=_logo(tmp_path))
    pdf = render_invitation(small, office)
    assert _image_count(pdf) == 1
    first = page_texts(pdf)[0]
    assert "PEMERINTAH KABUPATEN PEMALANG" in first
    assert "SEKRETARIAT DAERAH" in first
    assert "setda.pemalangkab.go.id" in first


@pytest.mark.parametrize("content", [None, b"not an image at all"])
def test_missing_or_broken_logo_is_skipped(
    tmp_path: Path, small: MeetingData, content: bytes | None
) -> None:
    path = tmp_path / "logo.png"
    if content is not None:
        path.write_bytes(content)
    pdf = render_minutes(small, sample_office(logo_path=path))
    assert _image_count(pdf) == 0
    assert "SEKRETARIAT DAERAH" in page_texts(pdf)[0]


def test_bupati_kop(tmp_path: Path, small: MeetingData) -> None:
    office = sample_office(bupati_variant=True, logo_path=_logo(tmp_path))
    pdf = render_invitation(small, office)
    first = page_texts(pdf)[0]
    assert "BUPATI PEMALANG" in first
    assert "SEKRETARIAT DAERAH" not in first
    assert "Jalan Jenderal Sudirman" not in first
    assert _image_count(pdf) == 1
    line = next(ln for ln in first.splitlines() if "BUPATI PEMALANG" in ln)
    assert line.strip() == "BUPATI PEMALANG"
    assert line.index("BUPATI") > 20  # centred, not at the left margin


def test_kop_has_thick_and_thin_rule(small: MeetingData, office: OfficeData) -> None:
    from .pdftools import content_ops

    widths = [
        float(ops[0]) for ops, op in content_ops(render_minutes(small, office), 0) if op == b"w"
    ]
    assert 2.5 in widths and 0.8 in widths


def test_office_rejects_unknown_paper_and_zone() -> None:
    with pytest.raises(ValueError, match="kertas"):
        sample_office(paper="Letter")
    with pytest.raises(ValueError, match="zona"):
        replace(sample_office(), time_zone="UTC")


def test_margins_move_the_text(small: MeetingData) -> None:
    from .pdftools import word_boxes

    def left_of_notulen_fields(office: OfficeData) -> float:
        page = word_boxes(render_minutes(small, office))[0]
        return min(w.x0 for w in page.find("Sidang/Rapat"))

    default = left_of_notulen_fields(sample_office())
    wider = left_of_notulen_fields(replace(sample_office(), margin_left_cm=4.0))
    assert default == pytest.approx(3 / 2.54 * 72, abs=1.5)
    assert wider - default == pytest.approx(72 / 2.54, abs=1.5)


def test_renders_from_worker_threads(small: MeetingData, office: OfficeData) -> None:
    from concurrent.futures import ThreadPoolExecutor

    expected = render_attendance(small, office)
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda _: render_attendance(small, office), range(8)))
    assert all(r == expected for r in results)
