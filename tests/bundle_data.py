"""Builds a small but complete meeting (every table a bundle carries) with real rows."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

from sqlmodel import Session, select

from rakor_desktop.domain.models import (
    AgendaItem,
    Attendance,
    Decision,
    FollowUp,
    FollowUpUpdate,
    Indicator,
    IndicatorTarget,
    IndicatorValue,
    Invitation,
    Meeting,
    MeetingSeries,
    MinutesRevision,
    Note,
    OpdReport,
    Organization,
    Person,
)
from rakor_desktop.domain.names import name_key
from rakor_desktop.services.attendance.invitations import new_token

T0 = datetime(2025, 8, 25, 2, 0, tzinfo=UTC)  # 09.00 WIB


def build_meeting(
    s: Session,
    *,
    title: str = "Rakor Penyelenggaraan Pemerintahan Daerah",
    starts_at: datetime = T0,
    people: int = 6,
) -> Meeting:
    def org(name: str, **kw) -> Organization:
        found = s.exec(select(Organization).where(Organization.name == name)).first()
        if found is None:
            found = Organization(name=name, **kw)
            s.add(found)
            s.flush()
        return found

    setda = org("Sekretariat Daerah", short_name="Setda", kind="setda")
    dinkes = org("Dinas Kesehatan", short_name="Dinkes")
    bappeda = org("Bappeda", kind="badan", parent_id=setda.id, asisten="II")
    orgs = [setda, dinkes, bappeda]
    persons = []
    for i in range(people):
        nip = f"1968041119930310{i + 10:02d}"
        p = s.exec(select(Person).where(Person.nip == nip)).first()
        if p is None:
            full = f"Dr. Pegawai Nomor {i}, S.H."
            p = Person(
                full_name=full,
                name_key=name_key(full),
                nip=nip,
                jabatan="Kepala" if i < 3 else "Staf",
                organization_id=orgs[i % 3].id,
                phone=f"0812000{i}",
            )
            s.add(p)
        persons.append(p)
    guest = Person(full_name="Tamu Tanpa NIP", name_key=name_key("Tamu Tanpa NIP"))
    s.add(guest)
    persons.append(guest)
    s.flush()
    series = MeetingSeries(
        name=f"Rakor Bulanan {title[:20]}", chair_id=persons[0].id, place="Sasana Bhakti Praja"
    )
    s.add(series)
    s.flush()
    m = Meeting(
        title=title,
        series_id=series.id,
        starts_at=starts_at,
        ends_at=starts_at + timedelta(hours=3),
        place="Sasana Bhakti Praja",
        chair_id=persons[0].id,
        notulis_id=persons[1].id,
        letter_date=date(2025, 8, 18),
        opening_remarks="Pembukaan oleh Bupati",
    )
    s.add(m)
    s.flush()
    invs = []
    for p in persons:
        inv = Invitation(
            meeting_id=m.id, person_id=p.id, organization_id=p.organization_id, token=new_token()
        )
        s.add(inv)
        invs.append(inv)
    s.flush()
    for p, inv in list(zip(persons, invs, strict=True))[:4]:
        s.add(
            Attendance(
                meeting_id=m.id,
                person_id=p.id,
                invitation_id=inv.id,
                checked_in_at=starts_at + timedelta(minutes=5),
                station="pintu-1",
            )
        )
    agenda = AgendaItem(
        meeting_id=m.id,
        position=1,
        title="Evaluasi kinerja triwulan",
        presenter_org_id=bappeda.id,
        planned_minutes=20,
    )
    s.add(agenda)
    s.flush()
    s.add(Note(meeting_id=m.id, agenda_item_id=agenda.id, body="Serapan anggaran 45%", position=1))
    dec = Decision(
        meeting_id=m.id,
        agenda_item_id=agenda.id,
        kind="arahan",
        text="Percepat penyerapan anggaran",
    )
    s.add(dec)
    s.flush()
    # Monev (issue 18): an indicator with its target, a realisation reported to this
    # meeting, and the directive raised from it; the bundle carries all three.
    indicator = s.exec(select(Indicator).where(Indicator.code == "IKU-02")).first()
    if indicator is None:
        indicator = Indicator(
            code="IKU-02",
            name="Prevalensi Stunting",
            name_key="prevalensi stunting",
            unit="%",
            polarity="lower",
            frequency="quarterly",
            lead_org_id=dinkes.id,
            contributors=json.dumps([bappeda.uuid]),
            source="SSGI",
        )
        s.add(indicator)
        s.flush()
        s.add(IndicatorTarget(indicator_id=indicator.id, year=2025, target=19.0))
    s.add(
        IndicatorValue(
            indicator_id=indicator.id,
            organization_id=dinkes.id,
            meeting_id=m.id,
            label="Prevalensi Stunting",
            raw_text="20,1",
            value=20.1,
            year=starts_at.year,
            period=f"{starts_at.year}-Q{(starts_at.month - 1) // 3 + 1}",
            source="SSGI",
            reported_at=starts_at - timedelta(days=2),
        )
    )
    fu = FollowUp(
        meeting_id=m.id,
        series_id=series.id,
        decision_id=dec.id,
        organization_id=dinkes.id,
        pic_id=persons[1].id,
        problem="Serapan rendah",
        action="Percepat lelang",
        due_date=date(2025, 9, 30),
        indicator_id=indicator.id,
    )
    s.add(fu)
    s.flush()
    s.add(FollowUpUpdate(follow_up_id=fu.id, meeting_id=m.id, percent=30, note="Lelang dimulai"))
    s.add(
        OpdReport(
            meeting_id=m.id,
            organization_id=dinkes.id,
            budget_pct=45.5,
            physical_pct=50.0,
            indicators='{"stunting": 12.1}',
            obstacles="Cuaca",
        )
    )
    s.add(
        MinutesRevision(
            meeting_id=m.id,
            number=1,
            content="NOTULEN ...",
            sha256="0" * 64,
            finalized_by="notulis",
        )
    )
    s.flush()
    return m


def same_office(a, b) -> None:
    """Make ``b`` a station of ``a``'s office, as a copy of its database would be: one
    office secret, so bundles sealed by one are the other's own (bundle/seal.py)."""
    from rakor_desktop.services.office.settings import get_office

    with a.session(write=True) as s:
        secret = get_office(s).qr_secret
    with b.session(write=True) as s:
        get_office(s).qr_secret = secret
