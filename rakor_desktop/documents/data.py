"""The renderers' only input: plain, frozen records.

Services translate database rows into these; tests and benchmarks build them
directly (see :mod:`rakor_desktop.documents.fixtures`). Keeping documents off the
ORM means a PDF can be rendered in a worker thread without a Session, and a
finalized Notulen can be re-rendered byte-for-byte from a stored snapshot.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import NamedTuple

#: A captured signature: strokes of (x, y) points normalised to 0..1 over the
#: signature pad, y growing downwards as on screen.
Stroke = Sequence[tuple[float, float]]
Strokes = Sequence[Stroke]

PAPERS = ("A4", "F4")
TIME_ZONES = ("WIB", "WITA", "WIT")


@dataclass(frozen=True, slots=True)
class OfficeData:
    """Kop surat and page set-up of the issuing office (Tata Naskah Dinas defaults)."""

    regency_name: str
    unit_name: str
    address_line: str
    city: str
    logo_path: Path | None = None
    time_zone: str = "WIB"
    paper: str = "A4"
    margin_top_cm: float = 2.0
    margin_bottom_cm: float = 2.5
    margin_left_cm: float = 3.0
    margin_right_cm: float = 2.0
    bupati_variant: bool = False
    #: Heading of the Bupati kop; derived from ``regency_name`` when None.
    head_title: str | None = None

    def __post_init__(self) -> None:
        if self.paper not in PAPERS:
            raise ValueError(f"ukuran kertas {self.paper!r} tidak dikenal (A4 atau F4)")
        if self.time_zone not in TIME_ZONES:
            raise ValueError(f"zona waktu {self.time_zone!r} tidak dikenal (WIB, WITA, WIT)")
        margins = (
            self.margin_top_cm,
            self.margin_bottom_cm,
            self.margin_left_cm,
            self.margin_right_cm,
        )
        if any(m < 0 or m > 8 for m in margins):
            raise ValueError("margin harus antara 0 dan 8 cm")


@dataclass(frozen=True, slots=True)
class PersonData:
    name: str
    nip: str | None = None
    jabatan: str = ""
    pangkat: str = ""
    organization: str = ""


@dataclass(frozen=True, slots=True)
class SignatoryData:
    """Who signs, in which capacity.

    ``prefix`` carries the acting/on-behalf forms: a short one (``Plt.``, ``Plh.``,
    ``Pj.``) is written before the role on the same line, a longer one
    (``a.n. Bupati Pemalang``) gets its own line above it. The Bupati and Wakil
    Bupati sign without NIP (``show_nip=False``).
    """

    person: PersonData
    role_label: str
    prefix: str = ""
    show_nip: bool = True


@dataclass(frozen=True, slots=True)
class AttendeeData:
    number: int
    person: PersonData
    status: str = "Hadir"
    checked_in_at: datetime | None = None
    signature: Strokes | None = None
    #: Name of the invitee this person came for (a delegate, "mewakili").
    delegate_for: str | None = None
    walk_in: bool = False
    late: bool = False
    #: A delegate whose principal then came in person: in the room, but the invitation
    #: is the principal's, so the delegate is counted as a companion, not twice.
    companion: bool = False


@dataclass(frozen=True, slots=True)
class InviteeData:
    person: PersonData
    qr_payload: str | None = None


@dataclass(frozen=True, slots=True)
class AgendaItemData:
    title: str
    presenter: str = ""
    notes: str = ""
    decisions: Sequence[str] = ()
    directives: Sequence[str] = ()


@dataclass(frozen=True, slots=True)
class FollowUpData:
    number: int
    problem: str
    action: str
    organization: str
    due_date: date | None = None
    status: str = ""
    remark: str = ""
    #: How many earlier meetings this item was already carried over from.
    carried_count: int = 0


@dataclass(frozen=True, slots=True)
class OpdReportData:
    organization: str
    budget_pct: float | None = None
    physical_pct: float | None = None
    indicators: Mapping[str, str] = field(default_factory=dict)
    obstacles: str = ""
    innovation: str = ""


class RevisionData(NamedTuple):
    """A finalized Notulen that was re-opened: plain tuples ``(n, date, reason)`` work too."""

    number: int
    date: date
    reason: str


@dataclass(frozen=True, slots=True)
class MeetingData:
    title: str
    starts_at: datetime
    place: str
    chair: SignatoryData
    ends_at: datetime | None = None
    agenda: str = ""
    letter_number: str = ""
    letter_date: date | None = None
    letter_nature: str = "Penting"
    #: ``Hal`` of the invitation; "Undangan <title>" when None.
    letter_subject: str | None = None
    #: Opening sentence of the invitation body; a standard one when None.
    invitation_body: str | None = None
    #: Signs the invitation (often the Sekda "a.n. Bupati"); the chair when None.
    invitation_signatory: SignatoryData | None = None
    secretary: PersonData | None = None
    notulis: SignatoryData | None = None
    opening_remarks: str = ""
    agenda_items: Sequence[AgendaItemData] = ()
    followups: Sequence[FollowUpData] = ()
    opd_reports: Sequence[OpdReportData] = ()
    attendees: Sequence[AttendeeData] = ()
    invitees: Sequence[InviteeData] = ()
    tembusan: Sequence[str] = ()
    revisions: Sequence[RevisionData | tuple[int, date, str]] = ()
    verification_code: str | None = None
    #: The Notulen's own letter number (kode klasifikasi arsip), given at finalization.
    minutes_number: str = ""
    #: Monev lines: indicators below target or whose data needs verification (issue 18).
    monev: Sequence[str] = ()
