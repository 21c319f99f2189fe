"""Opening a PostgreSQL server: migrations from empty, clear refusals, the saved connection."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from pgserver import _free_port, create_database
from sqlmodel import SQLModel

from rakor_desktop.db import migrate, open_database
from rakor_desktop.db.connection_settings import (
    KEYRING_SERVICE,
    PasswordStore,
    SavedServer,
    ServerConnection,
    check_connection,
    describe_connect_error,
    load_saved,
    save,
    settings_file,
)
from rakor_desktop.db.engine import PG_CONNECT_TIMEOUT_S, create_app_engine
from rakor_desktop.db.errors import ServerUnavailable

REPO = Path(__file__).resolve().parents[2]
_names = iter(range(1_000_000))


def _empty(base: str) -> str:
    return create_database(base, f"empty{next(_names)}", migrated=False)


def test_migrations_run_on_an_empty_server_database_and_match_the_models(pg_base_url) -> None:
    url = _empty(pg_base_url)
    db = open_database(url)
    try:
        assert db.schema_revision() == migrate.head_revision()
        with db.engine.connect() as conn:
            ctx = MigrationContext.configure(conn, opts={"compare_type": True})
            assert compare_metadata(ctx, SQLModel.metadata) == []
        again = open_database(url)  # a second station: nothing to do
        assert again.upgraded_from is None and again.schema_revision() == migrate.head_revision()
        again.dispose()
    finally:
        db.dispose()


OPENER = textwrap.dedent(
    """
    import sys
    from rakor_desktop.db import open_database
    sys.stdin.readline()  # both processes start migrating together
    db = open_database(sys.argv[1])
    print(db.schema_revision(), flush=True)
    db.dispose()
    """
)


def test_two_stations_opening_an_empty_server_at_once_both_succeed(pg_base_url) -> None:
    url = _empty(pg_base_url)
    procs = [
        subprocess.Popen([sys.executable, "-c", OPENER, url], stdin=subprocess.PIPE,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REPO)
        for _ in range(3)
    ]  # fmt: skip
    for p in procs:
        assert p.stdin is not None
        p.stdin.write("go\n")
        p.stdin.flush()
    outs = [p.communicate(timeout=120) for p in procs]
    for p, (out, errout) in zip(procs, outs, strict=True):
        assert p.returncode == 0, errout
        assert out.strip() == migrate.head_revision()


def test_engine_has_a_short_connect_timeout_and_keepalives(pg_base_url) -> None:
    engine = create_app_engine(pg_base_url + "/postgres")
    try:
        with engine.connect() as conn:
            info = conn.connection.driver_connection.info
            params = info.get_parameters()
            assert params["connect_timeout"] == str(PG_CONNECT_TIMEOUT_S)
            assert params["keepalives"] == "1"
        override = create_app_engine(pg_base_url + "/postgres?connect_timeout=9")
        with override.connect() as conn:
            assert conn.connection.driver_connection.info.get_parameters()["connect_timeout"] == "9"
        override.dispose()
    finally:
        engine.dispose()


def test_unreachable_server_is_a_clear_refusal(pg_base_url) -> None:
    port = _free_port()
    with pytest.raises(ServerUnavailable) as info:
        open_database(f"postgresql+psycopg://rakor@127.0.0.1:{port}/rakor")
    assert "tidak terjangkau" in info.value.message
    assert f"127.0.0.1:{port}" in info.value.message
    with pytest.raises(ServerUnavailable) as info:
        open_database(pg_base_url + "/belum_dibuat")
    assert "belum ada di server" in info.value.message
    base_no_user = pg_base_url.replace("postgres@", "pengguna_asing@")
    with pytest.raises(ServerUnavailable) as info:
        open_database(base_no_user + "/postgres")
    assert "tidak dikenal server" in info.value.message


def test_check_connection_reports_what_it_found(pg_base_url) -> None:
    empty = check_connection(_empty(pg_base_url))
    assert empty.ok and empty.revision is None
    assert (
        empty.message.startswith("Tersambung ke PostgreSQL 1") and "masih kosong" in empty.message
    )
    url = _empty(pg_base_url)
    open_database(url).dispose()
    migrated = check_connection(url)
    assert migrated.ok and migrated.revision == migrate.head_revision() and migrated.meetings == 0
    assert "berisi 0 rapat" in migrated.message
    down = check_connection(f"postgresql+psycopg://rakor@127.0.0.1:{_free_port()}/rakor")
    assert not down.ok and "tidak terjangkau" in down.message


def test_password_refusal_and_firewall_sentences() -> None:
    conn = ServerConnection("192.168.1.10")
    # The texts libpq sends (PostgreSQL 15): classified without a server that asks for one.
    refused = describe_connect_error(
        Exception(
            'connection failed: connection to server at "192.168.1.10", port 5432 failed: '
            'FATAL:  password authentication failed for user "rakor"'
        ),
        conn,
    )
    assert "kata sandi" in refused
    hba = describe_connect_error(
        Exception(
            'FATAL:  no pg_hba.conf entry for host "192.168.1.23", user "rakor", database "rakor"'
        ),
        conn,
    )
    assert "pg_hba.conf" in hba
    slow = describe_connect_error(Exception("connection timeout expired"), conn)
    assert "tidak menjawab" in slow and "firewall" in slow


# -- the saved connection ---------------------------------------------------------------


def test_url_is_built_and_escaped() -> None:
    conn = ServerConnection("192.168.1.10", 5433, "rakor", "sekretariat")
    assert conn.url() == "postgresql+psycopg://sekretariat@192.168.1.10:5433/rakor"
    url = conn.url("p@ss:w/rd#1")
    assert url == "postgresql+psycopg://sekretariat:p%40ss%3Aw%2Frd%231@192.168.1.10:5433/rakor"
    from sqlalchemy.engine import make_url

    assert make_url(url).password == "p@ss:w/rd#1"
    assert ServerConnection.from_url(url) == conn
    assert conn.display == "sekretariat@192.168.1.10:5433/rakor"


@pytest.mark.parametrize(
    ("fields", "bad"),
    [
        ({"host": ""}, "host"),
        ({"host": "server kantor"}, "host"),
        ({"host": "pg.kantor.local", "port": 0}, "port"),
        ({"host": "10.0.0.5", "database": "rakor; drop"}, "database"),
        ({"host": "10.0.0.5", "user": ""}, "user"),
    ],
)
def test_invalid_fields_are_named(fields, bad) -> None:
    conn = ServerConnection(**{"host": "x", **fields})
    assert set(conn.problems()) == {bad}
    assert ServerConnection("pg.kantor.local", 5432, "rakor_2025", "rakor").problems() == {}


def test_saved_connection_never_holds_the_password(tmp_path: Path) -> None:
    assert load_saved() is None
    conn = ServerConnection("192.168.1.10", 5432, "rakor", "rakor")
    path = save(SavedServer(conn, use_on_start=True))
    assert path == settings_file() and path.is_relative_to(Path(os.environ["XDG_CONFIG_HOME"]))
    assert load_saved() == SavedServer(conn, True)
    stored = json.loads(path.read_text(encoding="utf-8"))
    assert "password" not in json.dumps(stored).lower()
    path.write_text("{rusak", encoding="utf-8")
    assert load_saved() is None


def test_without_a_usable_keyring_nothing_is_stored() -> None:
    store = PasswordStore()  # this machine: no keyring package, or only its "fail" backend
    conn = ServerConnection("192.168.1.10")
    assert store.available is False
    assert store.set(conn, "rahasia") is False
    assert store.get(conn) is None


def test_password_goes_to_the_keyring_backend() -> None:
    from memory_keyring import MemoryKeyring  # skips without the keyring package

    backend = MemoryKeyring()
    store = PasswordStore(backend)
    a = ServerConnection("192.168.1.10", user="rakor")
    b = ServerConnection("192.168.1.10", user="notulis")
    assert store.available
    assert store.set(a, "rahasia-1") is True
    assert store.get(a) == "rahasia-1" and store.get(b) is None
    assert backend.secrets == {(KEYRING_SERVICE, "rakor@192.168.1.10:5432/rakor"): "rahasia-1"}
    store.delete(a)
    assert store.get(a) is None
