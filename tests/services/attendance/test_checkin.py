"""Door check-in service: every case from the issue, asserted on the database."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from checkin_data import EARLY, START, attendance_rows, build
from sqlalchemy import text

from rakor_desktop.domain.enums import MeetingStatus
from rakor_desktop.services.attendance import checkin as svc
from rakor_desktop.services.attendance import desk as desk_module
from rakor_desktop.services.attendance.checkin import State


@pytest.fixture
def db(any_db):
    """Every test here runs on SQLite and on a real PostgreSQL server (issue 9)."""
    return any_db


def run(db, fn):
    with db.session(write=True) as s:
        return fn(s)


def scan(db, rakor, code, *, now=EARLY, station="meja-1", **kw):
    return run(
        db, lambda s: svc.check_in(s, rakor.meeting_id, code, now=now, station=station, **kw)
    )


@pytest.fixture
def rakor(db):
    return build(db)


def test_invitation_qr_checks_in_once_and_repeats_show_the_first_time(db, rakor) -> None:
    anom = rakor.invited[0]
    first = scan(db, rakor, rakor.payloads[anom])
    assert first.state is State.NEW and first.confirmed
    assert first.name == "Dr. H. Anom Widiyantoro, S.H., M.H."
    assert first.organization == "Dinas Pendidikan dan Kebudayaan"
    assert first.time_text == "08.41" and not first.is_late
    again = scan(db, rakor, rakor.payloads[anom], now=EARLY + timedelta(minutes=30))
    assert again.state is State.ALREADY
    assert again.time_text == "08.41"
    assert again.attendance_id == first.attendance_id
    rows = attendance_rows(db, rakor.meeting_id)
    assert len(rows) == 1
    assert rows[0]["person_id"] == anom
    assert rows[0]["invitation_id"] == rakor.invitation_ids[anom]
    assert rows[0]["station"] == "meja-1"
    assert not rows[0]["is_walk_in"] and not rows[0]["is_late"]


def test_nip_with_spaces_and_person_id(db, rakor) -> None:
    sri, bambang = rakor.invited[1], rakor.invited[2]
    r = scan(db, rakor, "NIP 19700101 199503 2 002")
    assert r.state is State.NEW and r.person_id == sri
    r = scan(db, rakor, str(bambang))
    assert r.state is State.NEW and r.person_id == bambang
    # At the door short digit strings are half-typed NIPs, never person ids.
    r = scan(db, rakor, str(rakor.invited[3]), allow_person_id=False)
    assert r.state is State.INVALID
    assert {row["person_id"] for row in attendance_rows(db, rakor.meeting_id)} == {sri, bambang}


def test_late_after_start_time(db, rakor) -> None:
    r = scan(db, rakor, rakor.payloads[rakor.invited[0]], now=START + timedelta(minutes=12))
    assert r.state is State.NEW and r.is_late and r.late_minutes == 12
    assert r.tone is svc.Tone.WARN
    assert "terlambat 12 menit" in r.message
    assert attendance_rows(db, rakor.meeting_id)[0]["is_late"]


def test_directory_person_not_invited_is_recorded_as_walk_in(db, rakor) -> None:
    agus = rakor.staff[0]
    r = scan(db, rakor, rakor.nips[agus])
    assert r.state is State.WALK_IN
    row = attendance_rows(db, rakor.meeting_id)[0]
    assert row["person_id"] == agus and row["is_walk_in"] and row["invitation_id"] is None


def test_walk_in_typed_at_the_door_creates_person_and_organization_once(db, rakor) -> None:
    r = run(db, lambda s: svc.check_in_walk_in(
        s, rakor.meeting_id, "AKP Budi Santoso", "Kasat Lantas", "Polres Pemalang", now=EARLY,
        station="meja-1"))  # fmt: skip
    assert r.state is State.WALK_IN and r.organization == "Polres Pemalang"
    again = run(db, lambda s: svc.check_in_walk_in(
        s, rakor.meeting_id, "akp budi santoso", "Kasat Lantas", "polres pemalang", now=EARLY))  # fmt: skip
    assert again.state is State.ALREADY and again.person_id == r.person_id
    with db.engine.connect() as c:
        assert (
            c.execute(
                text("SELECT count(*) FROM person WHERE name_key LIKE '%budi santoso'")
            ).scalar()
            == 1
        )
        assert (
            c.execute(text("SELECT kind FROM organization WHERE name='Polres Pemalang'")).scalar()
            == "lainnya"
        )
    assert len(attendance_rows(db, rakor.meeting_id)) == 1


def test_delegate_records_both_and_blocks_a_second_one(db, rakor) -> None:
    anom, agus = rakor.invited[0], rakor.staff[0]
    r = run(db, lambda s: svc.check_in_delegate(s, rakor.meeting_id, anom, agus, now=EARLY))
    assert r.state is State.DELEGATE
    assert r.delegate_for_name == "Dr. H. Anom Widiyantoro, S.H., M.H."
    row = attendance_rows(db, rakor.meeting_id)[0]
    assert row["person_id"] == agus and row["delegate_for_id"] == anom
    assert row["invitation_id"] == rakor.invitation_ids[anom]
    # A second delegate for the same invitee is refused, nothing written.
    other = run(db, lambda s: svc.check_in_delegate(
        s, rakor.meeting_id, anom, svc.NewPerson("Dewi Lestari", "Kasubag Umum"), now=EARLY))  # fmt: skip
    assert other.state is State.ALREADY and "sudah diwakili" in other.message
    assert len(attendance_rows(db, rakor.meeting_id)) == 1
    with db.session() as s:
        c = svc.attendance_counters(s, rakor.meeting_id)
    assert c.delegates == 1 and c.invitees_present == 1
    assert anom not in {m.person_id for m in c.missing_list}


def test_the_invitees_own_card_cannot_make_a_delegate(db, rakor) -> None:
    """Titip absen: a colleague presents the official's invitation as "delegate"."""
    anom = rakor.invited[0]
    for code in (rakor.payloads[anom], rakor.nips[anom]):
        r = scan(db, rakor, code, delegate_for=anom)
        assert r.state is State.INVALID and "sendiri" in r.message
    r = run(db, lambda s: svc.check_in_delegate(s, rakor.meeting_id, anom, anom, now=EARLY))
    assert r.state is State.INVALID
    assert attendance_rows(db, rakor.meeting_id) == []


def test_new_delegate_gets_the_invitees_organization(db, rakor) -> None:
    sri = rakor.invited[1]
    r = run(db, lambda s: svc.check_in_delegate(
        s, rakor.meeting_id, sri, svc.NewPerson("Ahmad Fauzi, S.T.", "Kepala Bidang Bina Marga"),
        now=EARLY))  # fmt: skip
    assert r.state is State.DELEGATE
    assert r.organization == "Dinas Pekerjaan Umum dan Penataan Ruang"


def test_invitee_arriving_after_their_delegate_is_also_recorded(db, rakor) -> None:
    anom, agus = rakor.invited[0], rakor.staff[0]
    run(db, lambda s: svc.check_in_delegate(s, rakor.meeting_id, anom, agus, now=EARLY))
    r = scan(db, rakor, rakor.payloads[anom], now=START + timedelta(minutes=40))
    assert r.state is State.NEW and "diwakili oleh Agus Prasetyo" in r.message
    rows = attendance_rows(db, rakor.meeting_id)
    assert [(x["person_id"], x["invitation_id"]) for x in rows] == [
        (agus, rakor.invitation_ids[anom]),
        (anom, None),
    ]
    with db.session() as s:
        assert svc.attendance_counters(s, rakor.meeting_id).invitees_present == 1


@pytest.mark.parametrize(
    ("code", "state"),
    [
        ("", State.EMPTY),
        ("   \r\n", State.EMPTY),
        ("x" * 5000, State.INVALID),
        ("RKR1." + "a" * 200, State.INVALID),
        ("abc\x00def\x1b[A", State.INVALID),
        ("RKR1.00112233.bad", State.INVALID),
        ("199001012015031001", State.NOT_FOUND),  # a NIP nobody has
        ("1968 0411", State.INVALID),  # half a NIP
        ("999999", State.NOT_FOUND),  # no such person id
        ("Anom", State.NOT_FOUND),  # names go through the search list, not here
        ("%%%", State.INVALID),
    ],
)
def test_bad_input_is_a_clear_state_and_writes_nothing(db, rakor, code, state) -> None:
    r = scan(db, rakor, code)
    assert r.state is state
    assert not r.confirmed and r.message
    assert attendance_rows(db, rakor.meeting_id) == []


@pytest.mark.parametrize("form", ["short", "long"])
def test_qr_of_another_meeting(db, rakor, form) -> None:
    card = rakor.other_payload if form == "short" else rakor.other_long_payload
    assert card.startswith("RKR2." if form == "short" else "RKR1.")
    r = scan(db, rakor, card)
    assert r.state is State.WRONG_MEETING
    # Issue 17: only that it is another meeting, never which one (title, time).
    assert r.message == "Undangan untuk rapat lain. Cari namanya dengan mengetik nama atau NIP."
    assert "Ekobang" not in r.message and "pukul" not in r.message
    assert attendance_rows(db, rakor.meeting_id) == []
    assert attendance_rows(db, rakor.other_meeting_id) == []


def _flip(ch: str) -> str:
    """Another character of the base32 alphabet (A-Z, 2-7)."""
    return "B" if ch == "A" else "A" if ch.isalpha() else "3" if ch == "2" else "2"


def test_forged_qr_is_refused(db, rakor) -> None:
    good = rakor.long_payloads[rakor.invited[0]]
    forged_mac = good[:-1] + ("0" if good[-1] != "0" else "1")
    other_token = good.split(".")
    other_token[2] = "0" * 16
    short = rakor.payloads[rakor.invited[0]]
    short_forged_mac = short[:-2] + _flip(short[-2]) + short[-1]
    short_forged_token = short[:6] + _flip(short[6]) + short[7:]
    other = rakor.other_payload  # a genuine card of another meeting, edited
    other_forged = other[:-2] + _flip(other[-2]) + other[-1]
    codes = (forged_mac, ".".join(other_token), short_forged_mac, short_forged_token, other_forged)
    for code in codes:
        r = scan(db, rakor, code)
        assert r.state is State.INVALID and "tidak sah" in r.message.lower(), code
    # The last base32 character holds one bit and four padding bits: another spelling
    # of the same card is not read as that card.
    padded = short[:-1] + ("A" if short[-1] != "A" else "B")
    assert scan(db, rakor, padded).state is State.INVALID
    assert attendance_rows(db, rakor.meeting_id) == []


def test_short_payload_fits_a_small_qr_and_old_cards_still_work(db, rakor) -> None:
    """The printed card carries 25 characters (QR version 2 at level Q); a card printed
    before carries 71 and must keep checking its holder in."""
    import segno

    a, b = rakor.invited[:2]
    short = rakor.payloads[a]
    assert len(short) == 25 and short.startswith("RKR2.")
    qr = segno.make_qr(short, error="q", boost_error=False)
    assert (qr.version, qr.mode) == (2, "alphanumeric")
    assert scan(db, rakor, short).state is State.NEW
    assert scan(db, rakor, rakor.long_payloads[a]).state is State.ALREADY
    assert scan(db, rakor, rakor.long_payloads[b]).state is State.NEW
    assert scan(db, rakor, rakor.payloads[b]).state is State.ALREADY


def _azerty(text: str) -> str:
    """What a scanner sending US key positions types on a French AZERTY layout."""
    unshifted = str.maketrans("1234567890.aqzwAQZW", "&é\"'(-è_çà:qazwQAWZ")
    return text.translate(unshifted).replace("M", "?")


def test_scanner_keyboard_layout_mistakes_are_read_back(db, rakor) -> None:
    p = rakor.long_payloads[rakor.invited[0]]
    shifted = p.replace("RKR1.", "RKR!>").replace(".", ">").upper()
    assert scan(db, rakor, shifted).state is State.NEW
    azerty = p.translate(str.maketrans("1234567890.a", "&é\"'(-è_çà:q"))
    assert scan(db, rakor, azerty).state is State.ALREADY
    assert scan(db, rakor, "\x02" + p + "\r\n").state is State.ALREADY  # STX ... CRLF framing
    assert len(attendance_rows(db, rakor.meeting_id)) == 1
    # The short form: Shift inverted gives lower case and symbols for digits; AZERTY
    # swaps A/Q and Z/W. Every card of the fixture, so all letters are exercised.
    for pid in rakor.invited[1:]:
        short = rakor.payloads[pid]
        inverted = short.lower().translate(str.maketrans("1234567890.", "!@#$%^&*()>"))
        assert scan(db, rakor, inverted).state is State.NEW, inverted
        assert scan(db, rakor, _azerty(short)).state is State.ALREADY, _azerty(short)


@pytest.mark.parametrize(
    ("status", "state"),
    [
        (MeetingStatus.FINALIZED, State.MEETING_FINALIZED),
        (MeetingStatus.CLOSED, State.MEETING_CLOSED),
    ],
)
def test_closed_or_final_meeting_refuses_and_writes_nothing(db, status, state) -> None:
    rakor = build(db, status=status)
    assert scan(db, rakor, rakor.payloads[rakor.invited[0]]).state is state
    assert scan(db, rakor, "garbage!").state is state  # the meeting's state is said first
    r = run(db, lambda s: svc.check_in_walk_in(s, rakor.meeting_id, "Tamu Baru", now=EARLY))
    assert r.state is state
    assert attendance_rows(db, rakor.meeting_id) == []
    with db.engine.connect() as c:
        assert (
            c.execute(text("SELECT count(*) FROM person WHERE full_name='Tamu Baru'")).scalar() == 0
        )


def test_finalized_meeting_refuses_every_change(db) -> None:
    rakor = build(db)
    first = scan(db, rakor, rakor.payloads[rakor.invited[0]])
    with db.engine.begin() as c:
        c.execute(
            text("UPDATE meeting SET status='finalized' WHERE id=:m"), {"m": rakor.meeting_id}
        )
    for fn in (
        lambda s: svc.undo_last(s, rakor.meeting_id, "meja-1"),
        lambda s: svc.set_absence(s, rakor.invitation_ids[rakor.invited[1]], "izin"),
        lambda s: svc.record_departure(s, first.attendance_id, EARLY),
        lambda s: svc.save_signature(s, first.attendance_id, [[(0.1, 0.1), (0.2, 0.2)]]),
    ):
        with pytest.raises(svc.CheckInRefused):
            run(db, fn)
    rows = attendance_rows(db, rakor.meeting_id)
    assert len(rows) == 1 and rows[0]["left_at"] is None and rows[0]["signature"] is None


def test_a_lost_race_reports_already_instead_of_an_error(db, rakor) -> None:
    """The unique constraints are the last line of defence: a row read before another
    station inserted ends in ALREADY, not an IntegrityError at the door."""
    anom = rakor.invited[0]
    with db.session() as s:
        desk = svc.CheckInDesk.load(s, rakor.meeting_id)
        stale = (
            s.connection()
            .execute(desk_module._BY_ID, {"pid": anom, "mid": rakor.meeting_id})
            .first()
        )
    scan(db, rakor, rakor.payloads[anom], station="meja-2")
    r = run(
        db, lambda s: desk._commit_row(s, stale, now=EARLY, station="meja-1", delegate_for=None)
    )
    assert r.state is State.ALREADY
    rows = attendance_rows(db, rakor.meeting_id)
    assert len(rows) == 1 and rows[0]["station"] == "meja-2"


def test_undo_removes_only_this_stations_last_check_in_and_audits_it(db, rakor) -> None:
    a, b, c = rakor.invited[:3]
    scan(db, rakor, rakor.payloads[a], station="meja-1")
    scan(db, rakor, rakor.payloads[b], station="meja-2")
    scan(db, rakor, rakor.payloads[c], station="meja-1")
    undone = run(db, lambda s: svc.undo_last(s, rakor.meeting_id, "meja-1"))
    assert undone is not None and undone.person_id == c and undone.time_text == "08.41"
    assert {r["person_id"] for r in attendance_rows(db, rakor.meeting_id)} == {a, b}
    with db.engine.connect() as conn:
        detail = conn.execute(
            text("SELECT detail FROM audit_event WHERE action='attendance.undo'")
        ).scalar()
    data = json.loads(detail)
    assert data["person_id"] == c and data["station"] == "meja-1"
    assert data["invitation_id"] == rakor.invitation_ids[c]
    run(db, lambda s: svc.undo_last(s, rakor.meeting_id, "meja-1"))
    assert run(db, lambda s: svc.undo_last(s, rakor.meeting_id, "meja-1")) is None
    assert [r["person_id"] for r in attendance_rows(db, rakor.meeting_id)] == [b]


def test_absence_statuses(db, rakor) -> None:
    a, b = rakor.invited[:2]
    for status in ("izin", "sakit", "tugas_luar", "tanpa_keterangan"):
        run(db, lambda s, st=status: svc.set_absence(s, rakor.invitation_ids[b], st, "surat"))
        with db.session() as s:
            c = svc.attendance_counters(s, rakor.meeting_id)
        assert c.absences == {status: 1}
        row = next(m for m in c.missing_list if m.person_id == b)
        assert row.absence_status == status
    assert row.absence_label == "Tanpa Keterangan"
    run(db, lambda s: svc.set_absence(s, rakor.invitation_ids[b], None))
    with db.session() as s:
        assert svc.attendance_counters(s, rakor.meeting_id).absences == {}
    with pytest.raises(svc.CheckInRefused, match="Hadir"):
        run(db, lambda s: svc.set_absence(s, rakor.invitation_ids[b], "hadir"))
    scan(db, rakor, rakor.payloads[a])
    with pytest.raises(svc.CheckInRefused, match="sudah hadir"):
        run(db, lambda s: svc.set_absence(s, rakor.invitation_ids[a], "sakit"))
    with db.engine.connect() as conn:
        assert (
            conn.execute(
                text("SELECT count(*) FROM audit_event WHERE action='invitation.absence'")
            ).scalar()
            == 5
        )


def test_mark_present_many_in_one_go(db, rakor) -> None:
    a, b, c = rakor.invited[:3]
    scan(db, rakor, rakor.payloads[a])
    results = run(db, lambda s: svc.mark_present_many(s, rakor.meeting_id, [a, b, c, b], now=EARLY))
    assert [r.state for r in results] == [State.ALREADY, State.NEW, State.NEW]
    assert sorted(r["person_id"] for r in attendance_rows(db, rakor.meeting_id)) == sorted(
        [a, b, c]
    )


def test_departure_early_and_once(db, rakor) -> None:
    r = scan(db, rakor, rakor.payloads[rakor.invited[0]])
    dep = run(db, lambda s: svc.record_departure(s, r.attendance_id, START + timedelta(hours=1)))
    assert dep.early and not dep.already_recorded and dep.time_text == "10.00"
    again = run(db, lambda s: svc.record_departure(s, r.attendance_id, START + timedelta(hours=2)))
    assert again.already_recorded and again.time_text == "10.00"
    row = attendance_rows(db, rakor.meeting_id)[0]
    assert row["left_at"] is not None
    with db.session() as s:
        assert svc.attendance_counters(s, rakor.meeting_id).left == 1


def test_signature_is_stored_compactly_and_decodes(db, rakor) -> None:
    r = scan(db, rakor, rakor.payloads[rakor.invited[0]])
    import math

    stroke = [(0.05 + i / 330, 0.5 + 0.3 * math.sin(i / 12)) for i in range(300)]
    dot = [(0.9, 0.2)]
    stored = run(db, lambda s: svc.save_signature(s, r.attendance_id, [stroke, dot]))
    assert stored.startswith("S1:") and len(stored) < 1024
    row = attendance_rows(db, rakor.meeting_id)[0]
    back = svc.decode_signature(row["signature"])
    assert len(back) == 2 and len(back[0]) == 300 and back[1] == [(0.9, 0.2)]
    assert all(
        abs(x - ox) <= 0.0005 and abs(y - oy) <= 0.0005
        for (x, y), (ox, oy) in zip(back[0], stroke, strict=True)
    )
    with db.session() as s:
        assert svc.attendance_counters(s, rakor.meeting_id).signed == 1


@pytest.mark.parametrize("damaged", ["S1:", "S1:!!!", "S2:AAAA", "S1:" + "_" * 40, "S1:AQID"])
def test_damaged_signature_text_raises_value_error(damaged) -> None:
    with pytest.raises(ValueError):
        svc.decode_signature(damaged)


def test_counters(db, rakor) -> None:
    a, b, c, d = rakor.invited
    scan(db, rakor, rakor.payloads[a])
    scan(db, rakor, rakor.payloads[b], now=START + timedelta(minutes=5))
    run(db, lambda s: svc.check_in_delegate(s, rakor.meeting_id, c, rakor.staff[0], now=EARLY))
    run(db, lambda s: svc.check_in_walk_in(s, rakor.meeting_id, "Tamu", "", "Polres", now=EARLY))
    run(db, lambda s: svc.set_absence(s, rakor.invitation_ids[d], "izin"))
    with db.session() as s:
        cnt = svc.attendance_counters(s, rakor.meeting_id)
    assert (cnt.invited, cnt.present, cnt.invitees_present) == (4, 4, 3)
    assert (cnt.delegates, cnt.walk_ins, cnt.late, cnt.missing) == (1, 1, 1, 1)
    assert cnt.absences == {"izin": 1}
    assert [m.person_id for m in cnt.missing_list] == [d]
    per = {o.organization: (o.invited, o.present) for o in cnt.per_opd}
    assert per["Dinas Pendidikan dan Kebudayaan"] == (1, 1)
    assert per["Badan Pengelolaan Keuangan dan Aset Daerah"] == (1, 0)
    assert cnt.as_json()["missing"] == 1


def test_default_kiosk_meeting_is_todays(db, rakor) -> None:
    with db.session() as s:
        assert svc.default_kiosk_meeting(s, EARLY) == rakor.meeting_id
        ids = [m.id for m in svc.kiosk_meetings(s, EARLY)]
    assert ids == [rakor.meeting_id, rakor.other_meeting_id]


def test_check_in_on_postgres_too(any_db) -> None:
    """The ON CONFLICT path and the Core statements run unchanged on PostgreSQL."""
    rakor = build(any_db)
    anom = rakor.invited[0]
    assert scan(any_db, rakor, rakor.payloads[anom]).state is State.NEW
    assert scan(any_db, rakor, rakor.nips[anom]).state is State.ALREADY
    with any_db.session() as s:
        desk = svc.CheckInDesk.load(s, rakor.meeting_id)
        stale = (
            s.connection()
            .execute(desk_module._BY_ID, {"pid": rakor.invited[1], "mid": rakor.meeting_id})
            .first()
        )
    scan(any_db, rakor, rakor.payloads[rakor.invited[1]])
    r = run(any_db, lambda s: desk._commit_row(s, stale, now=EARLY, station="x", delegate_for=None))
    assert r.state is State.ALREADY
    with any_db.session() as s:
        assert svc.attendance_counters(s, rakor.meeting_id).invitees_present == 2


def test_fast_path_rows_read_back_like_orm_rows(tmp_path) -> None:
    """The SQLite hot path binds values itself; they must be exactly what the ORM writes."""
    from rakor_desktop.db import open_database
    from rakor_desktop.domain.models import Attendance

    db = open_database(tmp_path / "fast.sqlite")  # SQLite storage format, whatever ``db`` is
    rakor = build(db)
    at = EARLY + timedelta(microseconds=123456)
    r = scan(db, rakor, rakor.payloads[rakor.invited[0]], now=at)
    with db.session(write=True) as s:
        orm = Attendance(meeting_id=rakor.meeting_id, person_id=rakor.invited[1], checked_in_at=at)
        s.add(orm)
        s.flush()
        orm_id = orm.id
    with db.engine.connect() as c:
        raw = dict(c.execute(text("SELECT id, checked_in_at FROM attendance")).all())
        types = c.execute(
            text("SELECT typeof(is_late), typeof(is_walk_in), typeof(created_at) FROM attendance")
        ).all()
    assert raw[r.attendance_id] == raw[orm_id] == "2025-08-25 01:41:00.123456"
    assert types[0] == types[1] == ("integer", "integer", "text")
    with db.session() as s:
        fast = s.get(Attendance, r.attendance_id)
        assert fast.checked_in_at == at and fast.is_late is False and fast.uuid
    db.dispose()


def _close(db, meeting_id: int) -> None:
    from rakor_desktop.domain.models import Meeting

    with db.session(write=True) as s:
        m = s.get(Meeting, meeting_id)
        m.status = MeetingStatus.CLOSED.value
        s.add(m)


def test_the_door_never_changes_a_closed_meeting_only_the_audited_correction_does(
    db, rakor
) -> None:
    """Issue 15 item 2: after "Tutup rapat" the kiosk's "Tandai hadir" still marked
    people present (43 in the CLI, 42 on the printed Notulen)."""
    a, b = rakor.invited[:2]
    scan(db, rakor, rakor.payloads[a])
    _close(db, rakor.meeting_id)
    door = run(db, lambda s: svc.mark_present_many(s, rakor.meeting_id, [b], now=EARLY))
    assert [r.state for r in door] == [State.MEETING_CLOSED]
    assert [r["person_id"] for r in attendance_rows(db, rakor.meeting_id)] == [a]
    with pytest.raises(svc.CheckInRefused, match="memerlukan alasan"):
        run(db, lambda s: svc.correct_attendance(s, rakor.meeting_id, [b], reason=" "))
    fixed = run(
        db,
        lambda s: svc.correct_attendance(
            s, rakor.meeting_id, [b], reason="Tanda tangan di daftar hadir kertas", now=EARLY
        ),
    )
    assert [r.state for r in fixed] == [State.NEW]
    assert sorted(r["person_id"] for r in attendance_rows(db, rakor.meeting_id)) == sorted([a, b])
    with db.engine.connect() as conn:
        detail = conn.execute(
            text("SELECT detail FROM audit_event WHERE action='attendance.correction'")
        ).scalar()
    assert json.loads(detail)["person_ids"] == [b]
