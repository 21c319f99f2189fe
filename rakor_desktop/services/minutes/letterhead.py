"""The office as documents print it: kop surat, margins, tembusan (Office row + preferences)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlmodel import Session

from rakor_desktop.documents.data import (
    OfficeData,
)
from rakor_desktop.domain.models import (
    Office,
)
from rakor_desktop.messages import M
from rakor_desktop.services.office import preferences
from rakor_desktop.services.office.settings import get_office

# -- Office.extra keys for documents ----------------------------------------------------
#: Page margins in cm (Tata Naskah Dinas defaults apply when absent).
MARGIN_KEYS = {
    "margin_top_cm": "doc_margin_top_cm",
    "margin_bottom_cm": "doc_margin_bottom_cm",
    "margin_left_cm": "doc_margin_left_cm",
    "margin_right_cm": "doc_margin_right_cm",
}
#: True: letters use the head-of-region kop ("BUPATI PEMALANG", emblem centred).
BUPATI_KEY = "doc_bupati_letterhead"
#: Heading of that kop when it is not derived from the regency name.
HEAD_TITLE_KEY = "doc_head_title"
#: Lines of "Tembusan" printed under the invitation's signature.
TEMBUSAN_KEY = "doc_tembusan"
DOCUMENT_KEYS = (*MARGIN_KEYS.values(), BUPATI_KEY, HEAD_TITLE_KEY, TEMBUSAN_KEY)


class DocumentError(ValueError):
    """A document cannot be made for a reason the user can fix (message in Indonesian)."""


# ------------------------------------------------------------------------ office


def document_preferences(session: Session) -> dict[str, Any]:
    """The document keys of ``Office.extra`` (absent keys are simply missing)."""
    return preferences.values(get_office(session), DOCUMENT_KEYS)


def set_document_preferences(session: Session, **values: Any) -> dict[str, Any]:
    """Store document preferences in ``Office.extra`` (None removes a key), audited.

    Values are checked by building an :class:`OfficeData` with them, so a margin of
    40 cm is refused here and not when the first PDF fails to print.
    """
    unknown = set(values) - set(DOCUMENT_KEYS)
    if unknown:
        raise DocumentError(
            M("Pengaturan dokumen tidak dikenal: {items}", items=", ".join(sorted(unknown)))
        )
    office = get_office(session)
    extra = preferences.read_extra(office)
    for key, value in values.items():
        if value is None:
            extra.pop(key, None)
        else:
            extra[key] = value
    office_from_row(office, extra)  # raises ValueError (Indonesian) on a bad value
    try:
        preferences.set_values(session, office, "office.documents", **values)
    except preferences.PreferenceError as exc:
        raise DocumentError(str(exc)) from exc
    return preferences.values(office, DOCUMENT_KEYS)


def _float(value: object, default: float) -> float:
    try:
        return float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return default


def office_from_row(office: Office, extra: dict[str, Any] | None = None) -> OfficeData:
    """The kop and page set-up of ``office``; ``extra`` overrides its stored preferences."""
    extra = preferences.read_extra(office) if extra is None else extra
    defaults = OfficeData("", "", "", "")
    margins = {
        field: _float(extra.get(key), getattr(defaults, field))
        for field, key in MARGIN_KEYS.items()
    }
    head = extra.get(HEAD_TITLE_KEY)
    return OfficeData(
        regency_name=office.regency_name,
        unit_name=office.unit_name,
        address_line=office.address_line,
        city=office.city,
        logo_path=Path(office.logo_path) if office.logo_path else None,
        time_zone=office.time_zone,
        paper=office.paper,
        bupati_variant=bool(extra.get(BUPATI_KEY, False)),
        head_title=str(head) if head else None,
        **margins,
    )


def office_data(session: Session) -> OfficeData:
    return office_from_row(get_office(session))


def _tembusan(office: Office) -> tuple[str, ...]:
    return tuple(preferences.value(office, TEMBUSAN_KEY))
