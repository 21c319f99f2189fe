"""Undangan: the invitation letter, its invitee list and the QR card sheets.

One PDF carries everything the secretary sends or hands out: the signed letter
(kop, Nomor/Sifat/Lampiran/Hal, body with Hari/Tanggal, Waktu, Tempat, Acara,
signature, tembusan), the Lampiran listing every invitee, and cut-out cards with
each invitee's QR code for one-second check-in at the door.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import cm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
)

from rakor_desktop.documents.data import InviteeData, MeetingData, OfficeData
from rakor_desktop.documents.layout import (
    Margins,
    Output,
    Styles,
    build_pdf,
    page_size,
    sheet_template,
    styles,
    write_output,
)
from rakor_desktop.documents.letterhead import Letterhead
from rakor_desktop.documents.qr_cards import CARDS_PER_SHEET, CardData, CardMeeting, QrCardSheet
from rakor_desktop.documents.signature import right_block, signature_block
from rakor_desktop.documents.tables import field_table, grid_table, label_rows
from rakor_desktop.documents.text import (
    escape,
    format_date,
    format_long_date,
    format_time,
    format_time_range,
    markup,
    spell_count,
)

LABEL_WIDTH = 2.3 * cm
#: The body is aligned with the values of Nomor/Sifat/Lampiran/Hal.
BODY_INDENT = LABEL_WIDTH + 0.4 * cm


def _subject(meeting: MeetingData) -> str:
    return meeting.letter_subject or f"Undangan {meeting.title}"


def _letter_date(meeting: MeetingData, office: OfficeData) -> str:
    when = meeting.letter_date or meeting.starts_at
    return format_date(when, office.time_zone)


def _header(meeting: MeetingData, office: OfficeData, st: Styles, width: float) -> list[Flowable]:
    attachment = spell_count(1) + " berkas" if meeting.invitees else "-"
    rows = label_rows(
        [
            ("Nomor", markup(meeting.letter_number) or "-"),
            ("Sifat", markup(meeting.letter_nature) or "-"),
            ("Lampiran", escape(attachment)),
            ("Hal", markup(_subject(meeting))),
        ],
        st.tight,
    )
    addressee = (
        "Yth. Bapak/Ibu (daftar terlampir)" if meeting.invitees else "Yth. Bapak/Ibu Peserta Rapat"
    )
    return [
        Paragraph(escape(f"{office.city}, {_letter_date(meeting, office)}"), st.right),
        Spacer(1, 0.3 * cm),
        field_table(rows, width * 0.62, LABEL_WIDTH),
        Spacer(1, 0.6 * cm),
        Paragraph(escape(addressee), st.tight),
        Paragraph("di Tempat", st.tight),
        Spacer(1, 0.6 * cm),
    ]


def _body(meeting: MeetingData, office: OfficeData, st: Styles, width: float) -> list[Flowable]:
    zone = office.time_zone
    body_style = st.indented.clone("letter_body", leftIndent=BODY_INDENT, firstLineIndent=1 * cm)
    opening = meeting.invitation_body or (
        f"Dalam rangka pelaksanaan {meeting.title}, bersama ini kami mengharapkan kehadiran "
        "Bapak/Ibu pada:"
    )
    details = label_rows(
        [
            ("Hari/Tanggal", escape(format_long_date(meeting.starts_at, zone))),
            ("Waktu", escape(format_time_range(meeting.starts_at, meeting.ends_at, zone))),
            ("Tempat", markup(meeting.place)),
            ("Acara", markup(meeting.agenda or meeting.title)),
        ],
        st.tight,
    )
    table = field_table(details, width - BODY_INDENT - 1 * cm, 3.2 * cm)
    table.hAlign = "RIGHT"
    return [
        Paragraph(markup(opening), body_style),
        Spacer(1, 0.1 * cm),
        table,
        Spacer(1, 0.3 * cm),
        Paragraph(
            "Mengingat pentingnya acara tersebut, dimohon hadir tepat waktu. Demikian "
            "undangan ini disampaikan, atas perhatian dan kehadirannya diucapkan terima "
            "kasih.",
            body_style,
        ),
    ]


def _tembusan(items: Sequence[str], st: Styles) -> list[Flowable]:
    entries = [t for t in items if t.strip()]
    if not entries:
        return []
    small = st.small
    flow: list[Flowable] = [Spacer(1, 0.6 * cm), Paragraph("Tembusan:", small)]
    for n, text in enumerate(entries, start=1):
        end = "." if n == len(entries) else ";"
        flow.append(Paragraph(f"{n}. {markup(text.rstrip(';.'))}{end}", small))
    return [KeepTogether(flow)]


def _attachment(meeting: MeetingData, st: Styles, width: float) -> list[Flowable]:
    ref = label_rows(
        [
            ("Nomor", markup(meeting.letter_number) or "-"),
            ("Tanggal", escape(format_date(meeting.letter_date)) if meeting.letter_date else "-"),
            ("Hal", markup(_subject(meeting))),
        ],
        st.cell,
    )
    ref_table = field_table(ref, width * 0.45, 1.6 * cm)
    ref_table.hAlign = "RIGHT"
    widths = [1.0 * cm, width * 0.58 - 1.0 * cm, width * 0.42]
    rows: list[list[object]] = [
        [Paragraph(h, st.cell_header) for h in ("No", "Nama/Jabatan", "Instansi")]
    ]
    for n, invitee in enumerate(meeting.invitees, start=1):
        person = invitee.person
        name = [Paragraph(markup(person.name), st.cell)]
        if person.jabatan.strip():
            name.append(Paragraph(markup(person.jabatan), st.cell_small))
        rows.append(
            [
                Paragraph(str(n), st.cell_center),
                name,
                Paragraph(markup(person.organization) or "-", st.cell),
            ]
        )
    return [
        _right_caption(st, width),
        ref_table,
        Spacer(1, 0.6 * cm),
        Paragraph("DAFTAR UNDANGAN", st.title),
        Paragraph(markup(meeting.title), st.subtitle),
        grid_table(rows, widths),
    ]


def _right_caption(st: Styles, width: float) -> Flowable:
    style = st.cell.clone("lampiran_caption", leftIndent=width * 0.55)
    return Paragraph("<b>LAMPIRAN</b> Surat Undangan", style)


def _card_sheets(
    meeting: MeetingData, office: OfficeData, organization: str | None = None
) -> list[Flowable]:
    # Numbered over everyone, so a card's number is its line in the Lampiran even when
    # only one OPD's cards are printed.
    invitees: list[tuple[int, InviteeData]] = [
        (n, i)
        for n, i in enumerate(meeting.invitees, start=1)
        if i.qr_payload and (organization is None or i.person.organization == organization)
    ]
    if not invitees:
        return []
    zone = office.time_zone
    card_meeting = CardMeeting(
        issuer=office.regency_name,
        title=meeting.title,
        when=f"{format_long_date(meeting.starts_at, zone)}, {format_time(meeting.starts_at, zone)}",
        place=meeting.place,
    )
    cards = [
        CardData(n, i.person.name, i.person.jabatan, i.person.organization, i.qr_payload or "")
        for n, i in invitees
    ]
    flow: list[Flowable] = [NextPageTemplate("sheet")]
    for start in range(0, len(cards), CARDS_PER_SHEET):
        flow.append(PageBreak())
        flow.append(QrCardSheet(card_meeting, cards[start : start + CARDS_PER_SHEET]))
    return flow


def render_invitation(
    meeting: MeetingData,
    office: OfficeData,
    out: Output = None,
    *,
    include_cards: bool = True,
    cards_for: str | None = None,
) -> bytes:
    """The Undangan with its Lampiran and, unless disabled, the QR card sheets.

    ``cards_for`` (an OPD's name) keeps only that OPD's cards: the copy mailed to one
    OPD must not carry the codes that check in everybody else.
    """
    st = styles(12.0, 10.0)
    width, _ = page_size(office)
    m = Margins.of(office)
    frame_width = width - m.left - m.right
    signatory = meeting.invitation_signatory or meeting.chair
    story: list[Flowable] = [Letterhead(office)]
    story += _header(meeting, office, st, frame_width)
    story += _body(meeting, office, st, frame_width)
    story.append(Spacer(1, 0.6 * cm))
    story.append(KeepTogether(right_block(signature_block(signatory, st.tight), frame_width)))
    story += _tembusan(meeting.tembusan, st)
    if meeting.invitees:
        story += [NextPageTemplate("later"), PageBreak()]
        story += _attachment(meeting, st, frame_width)
        if include_cards:
            story += _card_sheets(meeting, office, cards_for)
    pdf = build_pdf(
        story,
        office,
        title=f"Undangan - {meeting.title}",
        verification_code=meeting.verification_code,
        kop_first_page=True,
        extra_templates=[sheet_template(office)],
    )
    return write_output(pdf, out)
