"""The declared office preferences: typed reads that never fail, refused bad writes."""

from __future__ import annotations

import json

import pytest
from sqlmodel import select

from rakor_desktop.domain.models import AuditEvent
from rakor_desktop.services.office import preferences
from rakor_desktop.services.office.settings import get_office


def test_reads_fall_back_to_the_declared_default_on_missing_or_bad_values(db) -> None:
    with db.session() as s:
        office = get_office(s)
        office.extra = json.dumps({"late_grace_minutes": "lima", "backup_keep": 0})
        s.add(office)
    with db.session() as s:
        office = get_office(s)
        assert preferences.value(office, "late_grace_minutes") == 0
        assert preferences.value(office, "backup_keep") == 10
        assert preferences.value(office, "doc_tembusan") == []
        office.extra = "{not json"
        assert preferences.value(office, "backup_interval_min") == 10


def test_writes_are_typed_audited_and_refuse_unknown_keys(db) -> None:
    with db.session() as s:
        office = get_office(s)
        stored = preferences.set_values(
            s, office, "office.test", late_grace_minutes=15, doc_tembusan="Bupati\n\nSekda"
        )
        assert stored == {"late_grace_minutes": 15, "doc_tembusan": ["Bupati", "Sekda"]}
    with db.session() as s:
        office = get_office(s)
        assert preferences.value(office, "late_grace_minutes") == 15
        assert s.exec(select(AuditEvent).where(AuditEvent.action == "office.test")).first()
        with pytest.raises(preferences.PreferenceError, match="tidak dikenal: warna_kop"):
            preferences.set_values(s, office, "office.test", warna_kop="merah")
        with pytest.raises(preferences.PreferenceError, match="Toleransi terlambat"):
            preferences.set_values(s, office, "office.test", late_grace_minutes=-5)
        assert preferences.value(office, "late_grace_minutes") == 15  # nothing half-written
