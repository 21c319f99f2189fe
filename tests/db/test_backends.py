"""The same schema and services on SQLite and PostgreSQL."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlmodel import SQLModel

from rakor_desktop.db import migrate
from rakor_desktop.services.directory.people import create_person, list_people


def test_migrations_match_models_on_both_backends(any_db) -> None:
    assert any_db.schema_revision() == migrate.head_revision()
    with any_db.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(ctx, SQLModel.metadata) == []


def test_people_search_on_both_backends(any_db) -> None:
    with any_db.session(write=True) as s:
        create_person(s, "Dr. H. Anom Widiyantoro, S.H., M.H.", jabatan="Bupati")
        create_person(s, "Séno Aji, S.T.", nip="198001012005011001", jabatan="Kepala Bidang")
    with any_db.session() as s:
        assert [p.name for p in list_people(s, "ANOM")] == ["Dr. H. Anom Widiyantoro, S.H., M.H."]
        assert [p.nip for p in list_people(s, "seno")] == ["198001012005011001"]
        assert [p.name for p in list_people(s, "19800101")] == ["Séno Aji, S.T."]
