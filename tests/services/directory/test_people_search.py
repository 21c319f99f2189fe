"""Directory search: what a person types is text, never a pattern, and never too much.

Issue 17 item 9: a 100,000-character search gave a traceback ("LIKE or GLOB pattern too
complex"), and "%" or "_" returned everyone.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from rakor_desktop.domain.models import Organization, Person
from rakor_desktop.domain.names import fold
from rakor_desktop.services.directory.listing import count_people, search_people


@pytest.fixture
def db(any_db):
    """SQLite and a real PostgreSQL server: both treat LIKE wildcards the same way."""
    return any_db


def _directory(db) -> None:
    with db.session(write=True) as s:
        org = Organization(name="Dinas Kominfo")
        s.add(org)
        s.flush()
        for name, jabatan in (
            ("Budi Santoso", "Kepala Dinas"),
            ("Siti Aminah", "Sekretaris"),
            ("Rina_Putri", "Analis 100% Data"),
        ):
            s.add(
                Person(full_name=name, name_key=fold(name), jabatan=jabatan, organization_id=org.id)
            )


def _names(db, text: str) -> list[str]:
    with db.session() as s:
        return sorted(r.name for r in search_people(s, text))


def test_wildcards_typed_by_a_person_are_letters(db) -> None:
    _directory(db)
    assert _names(db, "_") == ["Rina_Putri"]  # the underscore is in one name only
    assert _names(db, "%") == []  # nothing searchable: nobody, not everybody
    assert _names(db, "100%") == ["Rina_Putri"]  # digits and the literal percent
    assert _names(db, "bu%i") == []
    assert _names(db, "budi") == ["Budi Santoso"]
    with db.session() as s:
        assert count_people(s, "%") == 0


def test_a_pasted_essay_is_cut_to_the_first_200_characters(db) -> None:
    _directory(db)
    assert _names(db, "budi " + "x" * 100_000) == []
    assert _names(db, "Budi") == ["Budi Santoso"]
    assert _names(db, "siti" + " " * 100_000) == ["Siti Aminah"]


def test_cli_people_search_with_100000_characters_answers_without_a_traceback(
    cli, db_path: Path
) -> None:
    assert cli("--db", str(db_path), "init").returncode == 0
    out = cli("--db", str(db_path), "people", "list", "--json", "--search", "a" * 100_000)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"
    assert "Traceback" not in out.stderr
