"""Reading rendered PDFs back: text per page (poppler) and word boxes."""

from __future__ import annotations

import html
import io
import re
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass

from pypdf import PdfReader

_PAGE = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', re.S)
_WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>'
)


def page_texts(pdf: bytes, *, layout: bool = True) -> list[str]:
    """One string per page, as ``pdftotext`` extracts it."""
    args = ["pdftotext", "-enc", "UTF-8", *(["-layout"] if layout else []), "-", "-"]
    out = subprocess.run(args, input=pdf, capture_output=True, check=True).stdout.decode()
    pages = out.split("\f")
    if pages and not pages[-1].strip():
        pages.pop()
    return pages


def all_text(pdf: bytes, *, layout: bool = True) -> str:
    return "\n".join(page_texts(pdf, layout=layout))


def squashed(text: str) -> str:
    """Text without any whitespace, to find words that wrapped over lines."""
    return re.sub(r"\s+", "", text)


@dataclass(frozen=True)
class Word:
    x0: float
    y0: float  # from the top of the page
    x1: float
    y1: float
    text: str


@dataclass(frozen=True)
class Page:
    width: float
    height: float
    words: list[Word]

    def find(self, text: str) -> list[Word]:
        return [w for w in self.words if w.text == text]


def word_boxes(pdf: bytes) -> list[Page]:
    out = subprocess.run(
        ["pdftotext", "-bbox", "-enc", "UTF-8", "-", "-"],
        input=pdf,
        capture_output=True,
        check=True,
    ).stdout.decode()
    pages = []
    for width, height, body in _PAGE.findall(out):
        words = [
            Word(float(a), float(b), float(c), float(d), html.unescape(t))
            for a, b, c, d, t in _WORD.findall(body)
        ]
        pages.append(Page(float(width), float(height), words))
    return pages


def reader(pdf: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf))


def page_sizes(pdf: bytes) -> list[tuple[float, float]]:
    return [(float(p.mediabox.width), float(p.mediabox.height)) for p in reader(pdf).pages]


def content_ops(pdf: bytes, page_index: int) -> list[tuple[list, bytes]]:
    """(operands, operator) of one page's content stream."""
    from pypdf.generic import ContentStream

    r = reader(pdf)
    page = r.pages[page_index]
    stream = ContentStream(page.get_contents(), r)
    return [(list(operands), op) for operands, op in stream.operations]


def table_cells(
    pdf: bytes, edges: list[float], *, header_word: str, bottom_margin: float
) -> dict[int, list[str]]:
    """Cell texts of numbered table rows, read by position (column ``edges`` in points).

    A row starts at a number in the first column below the header row; reading by
    position avoids the interleaving of wrapped cells in extracted text.
    """
    columns = list(zip(edges, edges[1:], strict=False))
    table: dict[int, list[str]] = {}
    for page in word_boxes(pdf):
        headers = page.find(header_word)
        if not headers:
            continue
        top = max(w.y1 for w in headers)
        numbers = sorted(
            (w.y0, int(w.text))
            for w in page.words
            if _inside(w, columns[0]) and w.text.isdigit() and w.y0 > top
        )
        ends = [y for y, _ in numbers[1:]] + [page.height - bottom_margin]
        for (y, number), end in zip(numbers, ends, strict=True):
            table[number] = [
                " ".join(
                    w.text
                    for w in sorted(page.words, key=lambda w: (w.y0, w.x0))
                    if _inside(w, col) and y - 1 <= w.y0 < end - 1
                )
                for col in columns
            ]
    return table


def column_edges(shares: Sequence[float], left: float, right: float) -> list[float]:
    """Column boundaries (points) of a table whose widths are ``shares`` of [left, right]."""
    edges = [left]
    for share in shares:
        edges.append(edges[-1] + (right - left) * share / sum(shares))
    return edges


def _inside(word: Word, column: tuple[float, float]) -> bool:
    return column[0] - 0.5 <= word.x0 < column[1]
