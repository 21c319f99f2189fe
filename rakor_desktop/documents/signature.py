"""Signature blocks of officials (jabatan, blank space, name, pangkat, NIP).

The acting and on-behalf forms matter legally: ``Plt. Kepala Bagian ...`` on one
line, but ``a.n. Bupati Pemalang`` on its own line above ``Sekretaris Daerah,``.
The Bupati and Wakil Bupati carry no pangkat or NIP under their name.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from rakor_desktop.documents.data import SignatoryData
from rakor_desktop.documents.fonts import BOLD, FAMILY
from rakor_desktop.documents.text import clean, escape, format_nip, markup

SIGNING_SPACE = 2.2 * cm


def role_lines(signatory: SignatoryData) -> list[str]:
    """The capacity lines above the signature, the last one ending with a comma."""
    prefix = " ".join(clean(signatory.prefix).split())
    role = " ".join(clean(signatory.role_label).split())
    if prefix and " " not in prefix and prefix.endswith("."):
        lines = [f"{prefix} {role}".strip()]
    else:
        lines = [line for line in (prefix, role) if line]
    if lines and not lines[-1].endswith(","):
        lines[-1] += ","
    return lines


@dataclass(frozen=True, slots=True)
class SignatureBlock:
    """A signature column in two parts, so that side-by-side names line up.

    ``top`` is the capacity (place/date, caption, role lines); ``bottom`` is the
    signing space and the name, pangkat and NIP.
    """

    top: list[Flowable]
    bottom: list[Flowable]


def signature_block(
    signatory: SignatoryData | None,
    style: ParagraphStyle,
    *,
    caption: str | None = None,
    place_date: str | None = None,
) -> SignatureBlock:
    """One signature column; a dotted name line when nobody is assigned yet."""
    top: list[Flowable] = []
    if place_date:
        top.append(Paragraph(escape(place_date), style))
    if caption:
        top.append(Paragraph(escape(caption), style))
    bottom: list[Flowable] = [Spacer(1, SIGNING_SPACE)]
    if signatory is None:
        bottom.append(Paragraph("(....................................)", style))
        return SignatureBlock(top, bottom)
    top.extend(Paragraph(escape(line), style) for line in role_lines(signatory))
    name_style = ParagraphStyle("sig_name", parent=style, fontName=BOLD)
    person = signatory.person
    bottom.append(Paragraph(f"<u>{markup(person.name)}</u>", name_style))
    if person.pangkat.strip() and signatory.show_nip:
        bottom.append(Paragraph(markup(person.pangkat), style))
    nip = format_nip(person.nip) if signatory.show_nip else ""
    if nip:
        bottom.append(Paragraph(f"NIP {markup(nip)}", style))
    return SignatureBlock(top, bottom)


_PLAIN = [
    ("FONTNAME", (0, 0), (-1, -1), FAMILY),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ("RIGHTPADDING", (0, 0), (-1, -1), 0.4 * cm),
    ("TOPPADDING", (0, 0), (-1, -1), 0),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
]


def signature_row(blocks: Sequence[SignatureBlock], width: float) -> Table:
    """Signature columns side by side (Notulis left, Pimpinan Rapat right).

    Two table rows keep the names on one baseline even when one capacity needs
    more lines than the other (``a.n. Bupati`` over ``Sekretaris Daerah``).
    """
    col_width = width / max(len(blocks), 1)
    table = Table(
        [[b.top for b in blocks], [b.bottom for b in blocks]], colWidths=[col_width] * len(blocks)
    )
    table.setStyle(TableStyle(_PLAIN))
    return table


def right_block(block: SignatureBlock, width: float, share: float = 0.5) -> Table:
    """A single signature placed in the right part of the page, as letters have it."""
    left = width * (1 - share)
    table = Table([["", block.top], ["", block.bottom]], colWidths=[left, width - left])
    table.setStyle(TableStyle(_PLAIN))
    return table
