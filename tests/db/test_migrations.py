"""Migrations are the only way the schema changes: they must build what the models say,
and upgrading an old file must keep its data."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlmodel import SQLModel

from rakor_desktop.db import migrate, open_database
from rakor_desktop.db.engine import create_app_engine, to_url
from rakor_desktop.domain.models import Person
from rakor_desktop.services.directory.people import list_people


def test_schema_from_migrations_equals_schema_from_models(db) -> None:
    with db.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True})
        diff = compare_metadata(ctx, SQLModel.metadata)
    assert diff == []


def test_head_is_recorded(db) -> None:
    assert db.schema_revision() == migrate.head_revision()
    assert migrate.known_revisions() >= {"0001", migrate.head_revision()}


def _make_revision_0001(path: Path) -> None:
    engine = create_app_engine(to_url(path), foreign_keys=False)
    with engine.begin() as conn:
        migrate.upgrade(conn, "0001")
    engine.dispose()
    con = sqlite3.connect(path)
    con.execute(
        "INSERT INTO organization (uuid, created_at, updated_at, name, short_name, kind, active)"
        " VALUES ('org-1', '2025-01-01 00:00:00', '2025-01-01 00:00:00', 'Dinas Kesehatan', 'Dinkes', 'dinas', 1)"
    )
    con.execute(
        "INSERT INTO person (uuid, created_at, updated_at, full_name, nip, jabatan, pangkat,"
        " organization_id, phone, is_head, active) VALUES ('p-1', '2025-01-01 00:00:00',"
        " '2025-01-01 00:00:00', 'Dr. H. Anom Widiyantoro, S.H., M.H.', NULL, 'Bupati', '', 1, '', 1, 1)"
    )
    con.commit()
    con.close()


def test_upgrade_from_first_revision_keeps_data_and_backs_up(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    _make_revision_0001(path)
    database = open_database(path)
    try:
        assert database.upgraded_from == "0001"
        assert database.pre_upgrade_backup is not None and database.pre_upgrade_backup.exists()
        with database.session() as s:
            rows = list_people(s, "anom")
            person = s.get(Person, rows[0].id)
        assert [r.name for r in rows] == ["Dr. H. Anom Widiyantoro, S.H., M.H."]
        assert rows[0].organization == "Dinas Kesehatan"
        assert person is not None and person.name_key == "anom widiyantoro"  # backfilled
        assert database.schema_revision() == migrate.head_revision()
    finally:
        database.dispose()
    # The backup is the untouched old file.
    con = sqlite3.connect(database.pre_upgrade_backup)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
    con.close()


def test_reopening_a_current_database_takes_no_backup(db_path: Path) -> None:
    open_database(db_path).dispose()
    again = open_database(db_path)
    try:
        assert again.upgraded_from is None and again.pre_upgrade_backup is None
    finally:
        again.dispose()
    assert list(db_path.parent.glob("*sebelum-upgrade*")) == []


def test_pragmas_on_every_connection(db) -> None:
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000


@pytest.fixture(params=["sqlite", "postgres"])
def old_target(request: pytest.FixtureRequest, tmp_path: Path):
    """An empty database of either backend, for a schema to be built at an old revision."""
    if request.param == "sqlite":
        yield str(tmp_path / "lama.sqlite")
        return
    from pgserver import create_database, drop_database

    base = request.getfixturevalue("pg_base_url")
    name = f"mig{tmp_path.name[-12:].replace('-', '_')}".lower()
    yield create_database(base, name, migrated=False)
    drop_database(base, name)


def test_free_text_indicators_survive_0003_and_link_to_the_catalogue(old_target: str) -> None:
    """Every indicator an OPD typed before monev existed is kept as a value (label, the
    text exactly as typed, the number read the Indonesian way), then linked by name, on
    SQLite and on PostgreSQL."""
    import json
    from datetime import UTC, datetime

    import sqlalchemy as sa
    from sqlmodel import select

    from rakor_desktop.domain.models import IndicatorValue, Organization

    stamp = datetime(2026, 3, 1, tzinfo=UTC).replace(tzinfo=None)
    engine = create_app_engine(to_url(old_target), foreign_keys=False)
    with engine.begin() as conn:
        migrate.upgrade(conn, "0002")
        conn.execute(
            sa.text(
                "INSERT INTO organization (uuid, created_at, updated_at, name, short_name, kind,"
                " active) VALUES ('org-1', :at, :at, 'Dinas Kesehatan', 'Dinkes', 'dinas', :yes)"
            ),
            {"at": stamp, "yes": True},
        )
        conn.execute(
            sa.text(
                "INSERT INTO meeting (uuid, created_at, updated_at, title, starts_at, place,"
                " chair_prefix, letter_number, letter_nature, status, signatures_required,"
                " opening_remarks, attachments) VALUES ('m-1', :at, :at, 'Rakor Maret', :start,"
                " '', '', '', 'Penting', 'closed', :no, '', '[]')"
            ),
            {"at": stamp, "start": datetime(2026, 3, 16, 2), "no": False},
        )
        typed = {"Prevalensi Stunting": "12,3%", "Balita ditimbang": "1.250 anak", "Catatan": ""}
        conn.execute(
            sa.text(
                "INSERT INTO opd_report (uuid, created_at, updated_at, meeting_id,"
                " organization_id, indicators, obstacles, innovation) VALUES ('r-1', :at, :at,"
                " (SELECT id FROM meeting), (SELECT id FROM organization), :ind, '', '')"
            ),
            {"at": stamp, "ind": json.dumps(typed)},
        )
    engine.dispose()

    database = open_database(old_target)
    try:
        assert database.upgraded_from == "0002"
        with database.session() as s:
            values = list(s.exec(select(IndicatorValue).order_by(IndicatorValue.id)))
        assert [(v.label, v.raw_text, v.value, v.period, v.indicator_id) for v in values] == [
            ("Prevalensi Stunting", "12,3%", 12.3, "2026-03", None),
            ("Balita ditimbang", "1.250 anak", 1250.0, "2026-03", None),
            ("Catatan", "", None, "2026-03", None),
        ]
        from rakor_desktop.domain.monev import Frequency, Polarity
        from rakor_desktop.services.monev.catalogue import IndicatorSpec, save_indicator
        from rakor_desktop.services.monev.values import link_uncatalogued

        with database.session(write=True) as s:
            org = s.exec(select(Organization)).one()
            save_indicator(
                s,
                IndicatorSpec(
                    code="IKU-02",
                    name="Prevalensi Stunting (%)",
                    polarity=Polarity.LOWER,
                    unit="%",
                    frequency=Frequency.QUARTERLY,
                    lead_org_id=org.id,
                ),
            )
            assert link_uncatalogued(s) == 1
        with database.session() as s:
            linked = s.exec(
                select(IndicatorValue).where(IndicatorValue.label == "Prevalensi Stunting")
            ).one()
        assert linked.indicator_id is not None and linked.period == "2026-Q1"  # 16 March
    finally:
        database.dispose()
