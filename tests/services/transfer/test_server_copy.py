"""Moving a database to the PostgreSQL server and back: every row, by uuid, all or nothing."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from checkin_data import EARLY, build
from pgserver import create_database
from sqlmodel import SQLModel, select

from rakor_desktop.db import Database, open_database
from rakor_desktop.domain.models import InviteeGroup, Organization, Person
from rakor_desktop.services.attendance import checkin, invitees
from rakor_desktop.services.attendance.checkin import State
from rakor_desktop.services.directory.people import create_person
from rakor_desktop.services.office.settings import get_office
from rakor_desktop.services.transfer.server_copy import (
    COPIED_TABLES,
    LOCAL_TABLES,
    CopyError,
    copy_database,
    missing_in_target,
    read_source,
)

_names = iter(range(1_000_000))


@pytest.fixture
def server(pg_base_url):
    """A fresh, migrated, empty database on the test server."""
    database = open_database(create_database(pg_base_url, f"copy{next(_names)}"))
    yield database
    database.dispose()


def canonical(db: Database) -> dict[str, dict[str, dict]]:
    """Every row keyed by uuid, foreign keys as uuids, no ids: comparable across databases."""
    with db.session() as s:
        rows, extras = read_source(s.connection(), [])
    out: dict[str, dict[str, dict]] = {}
    for name, table_rows in {**rows, **extras}.items():
        out[name] = {r["uuid"]: {k: v for k, v in r.items() if k != "id"} for r in table_rows}
    return out


def assert_same_rows(source: Database, target: Database) -> int:
    """Every source row is in the target with the same values; returns how many were compared."""
    src, dst = canonical(source), canonical(target)
    compared = 0
    for name, rows in src.items():
        for uid, values in rows.items():
            assert uid in dst[name], f"{name} {uid} missing"
            assert dst[name][uid] == values, f"{name} {uid} differs"
            compared += 1
    return compared


def test_every_table_of_the_schema_is_copied() -> None:
    tables = {t.name for t in SQLModel.metadata.sorted_tables}
    assert tables == set(COPIED_TABLES) | set(LOCAL_TABLES)
    assert not set(COPIED_TABLES) & set(LOCAL_TABLES)


def test_demo_database_to_postgres_and_back_keeps_every_row(demo_db, server, tmp_path) -> None:
    steps: list[tuple[int, int]] = []
    report = copy_database(demo_db, server, progress=lambda d, t: steps.append((d, t)))
    source = canonical(demo_db)
    assert report.total_read() == sum(len(v) for v in source.values()) > 2000
    assert report.total_inserted() == report.total_read()
    assert report.all_rejected == [] and report.conflicts == 0
    assert steps[-1][0] == steps[-1][1] and len(steps) == steps[-1][1]
    assert missing_in_target(demo_db, server) == {}
    assert assert_same_rows(demo_db, server) == report.total_read()
    with demo_db.session() as s:
        secret = get_office(s).qr_secret
    with server.session() as s:
        assert get_office(s).qr_secret == secret  # printed cards still scan at the server

    archive = open_database(tmp_path / "arsip.sqlite")
    try:
        back = copy_database(server, archive)
        assert back.all_rejected == []
        assert missing_in_target(server, archive) == {}
        assert assert_same_rows(demo_db, archive) == report.total_read()
    finally:
        archive.dispose()


def test_copying_again_changes_nothing(db, server) -> None:
    build(db)
    first = copy_database(db, server)
    assert first.total_inserted() == first.total_read() > 0
    again = copy_database(db, server)
    assert again.total_inserted() == 0
    assert sum(again.updated(n) for n in COPIED_TABLES) == 0
    assert all(again.unchanged(n) == again.read.get(n, 0) for n in COPIED_TABLES)
    with server.session() as s:
        assert len(s.exec(select(Person)).all()) == len(canonical(db)["person"])


def test_merge_into_a_server_with_data_matches_by_nip_and_keeps_the_newer_version(
    db, server
) -> None:
    rakor = build(db)
    nip = rakor.nips[rakor.person_ids[0]]
    with server.session(write=True) as s:  # the server already knew this official, edited later
        create_person(s, "Dr. H. Anom Widiyantoro, S.H., M.H.", nip=nip, jabatan="Penjabat Sekda")
    report = copy_database(db, server)
    assert report.merge is not None and len(report.merge.matched_by_key) == 1
    assert report.conflicts == 1 and report.merge.conflicts[0].winner == "lokal"
    with server.session() as s:
        same_nip = s.exec(select(Person).where(Person.nip == nip)).all()
        assert [p.jabatan for p in same_nip] == ["Penjabat Sekda"]
        # The laptop's invitations now point at the server's row for that NIP.
        attendance = checkin.check_in(
            s,
            _meeting_id(server, rakor.meeting_uuid),
            rakor.payloads[rakor.person_ids[0]],
            now=EARLY,
        )
        assert attendance.state is State.NEW and attendance.person_id == same_nip[0].id


def _meeting_id(db: Database, uuid: str) -> int:
    from rakor_desktop.domain.models import Meeting

    with db.session() as s:
        return s.exec(select(Meeting.id).where(Meeting.uuid == uuid)).one()


def test_cards_printed_on_the_laptop_check_in_at_the_server(db, server) -> None:
    rakor = build(db)
    with server.session(write=True) as s:
        get_office(s)  # a station opened the empty server first: a fresh office, another secret
    report = copy_database(db, server)
    assert report.updated("office") == 1
    meeting_id = _meeting_id(server, rakor.meeting_uuid)
    with server.session(write=True) as s:
        result = checkin.check_in(s, meeting_id, rakor.payloads[rakor.invited[1]], now=EARLY)
    assert result.state is State.NEW


def test_sqlite_only_values_are_repaired_and_listed(db, server) -> None:
    build(db)
    raw = sqlite3.connect(db.path)
    raw.execute("UPDATE person SET full_name = ? || full_name, jabatan = ? WHERE id = 1",
                ("X" * 250, "Kepala\x00Bagian"))  # fmt: skip
    raw.commit()
    raw.close()
    report = copy_database(db, server)
    assert report.all_rejected == []
    assert len(report.repaired) == 2
    assert any("full_name dipotong (maks. 200" in r for r in report.repaired)
    assert any("jabatan karakter NUL dihapus" in r for r in report.repaired)
    with server.session() as s:
        person = s.exec(select(Person).order_by(Person.id)).first()
        assert len(person.full_name) == 200 and person.jabatan == "KepalaBagian"


def test_invitee_groups_point_at_the_same_people_after_the_copy(db, server) -> None:
    rakor = build(db)
    with server.session(write=True) as s:  # shift the server's ids
        for i in range(7):
            s.add(Organization(name=f"Bagian {i}"))
            create_person(s, f"Staf {i}")
    with db.session(write=True) as s:
        orgs = s.exec(select(Organization).order_by(Organization.id)).all()
        invitees.save_group(s, "Asisten II", [o.id for o in orgs[:2]], rakor.person_ids[:2])
        want_orgs = sorted(o.name for o in orgs[:2])
        want_people = sorted(s.get(Person, pid).full_name for pid in rakor.person_ids[:2])
    copy_database(db, server)
    with server.session() as s:
        group = s.exec(select(InviteeGroup).where(InviteeGroup.name == "Asisten II")).one()
        org_ids, person_ids = invitees.group_members(group)
        assert sorted(s.get(Organization, i).name for i in org_ids) == want_orgs
        assert sorted(s.get(Person, i).full_name for i in person_ids) == want_people


def test_a_cancelled_copy_leaves_the_server_untouched(db, server) -> None:
    build(db)

    class Stop(Exception):
        pass

    seen = []

    def check() -> None:
        seen.append(1)
        if len(seen) == 6:  # after people, meetings and invitations were merged
            raise Stop

    with pytest.raises(Stop):
        copy_database(db, server, check=check)
    with server.session() as s:
        assert s.exec(select(Person)).all() == []
        assert s.exec(select(Organization)).all() == []


def test_refuses_to_copy_a_database_onto_itself(db) -> None:
    with pytest.raises(CopyError, match="sama"):
        copy_database(db, db)


# -- the command line ---------------------------------------------------------------------


def test_cli_copy_to_and_from(cli, db, pg_base_url, tmp_path: Path) -> None:
    build(db)
    url = create_database(pg_base_url, f"cli{next(_names)}", migrated=False)
    done = cli("--db", str(db.path), "server", "copy-to", url, "--json")
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout)
    assert summary["tables"]["person"]["inserted"] == 6
    assert summary["tables"]["attendance"]["read"] == 0
    out = tmp_path / "arsip" / "rakor-2025.sqlite"
    out.parent.mkdir()
    back = cli("server", "copy-from", url, str(out))
    assert back.returncode == 0, back.stderr
    assert "orang: 6 dibaca, 6 baru" in back.stdout
    archive = open_database(out)
    try:
        assert assert_same_rows(db, archive) > 20
    finally:
        archive.dispose()
    check = cli("server", "check", url)
    assert check.returncode == 0 and "berisi 2 rapat" in check.stdout


def test_cli_unreachable_server_exits_1_with_a_sentence(cli, db, tmp_path: Path) -> None:
    from pgserver import _free_port

    url = f"postgresql+psycopg://rakor@127.0.0.1:{_free_port()}/rakor"
    for args in (("--db", str(db.path), "server", "copy-to", url),
                 ("server", "copy-from", url, str(tmp_path / "x.sqlite")),
                 ("server", "check", url)):  # fmt: skip
        done = cli(*args)
        assert done.returncode == 1
        assert "tidak terjangkau" in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "x.sqlite").exists()
    wrong = cli("--db", str(db.path), "server", "copy-to", str(tmp_path / "other.sqlite"))
    assert wrong.returncode == 1 and "PostgreSQL" in wrong.stderr


def test_copy_to_never_unfinalizes_the_servers_meeting(db, server) -> None:
    """Issue 17: a laptop's copy (closed, edited later) must not turn the server's
    finalized meeting back to closed, whatever its updated_at says."""
    from datetime import UTC, datetime

    from rakor_desktop.domain.enums import MeetingStatus
    from rakor_desktop.domain.models import Meeting

    build(db)
    copy_database(db, server)
    with server.session(write=True) as s:
        m = s.exec(select(Meeting)).first()
        m.status = MeetingStatus.FINALIZED.value
        s.add(m)
        meeting_uuid = m.uuid
    with db.session(write=True) as s:
        m = s.exec(select(Meeting).where(Meeting.uuid == meeting_uuid)).one()
        m.status = MeetingStatus.CLOSED.value
        m.place = "Diubah di laptop"
        m.updated_at = datetime(2030, 1, 1, tzinfo=UTC)
        s.add(m)
    report = copy_database(db, server)
    with server.session() as s:
        m = s.exec(select(Meeting).where(Meeting.uuid == meeting_uuid)).one()
        assert m.status == MeetingStatus.FINALIZED.value
        assert m.place != "Diubah di laptop"
    assert report.merge is not None and [h["table"] for h in report.merge.held] == ["meeting"]
