"""The saved connection to the office's PostgreSQL server, and its password.

A station set up in Pengaturan remembers host, port, database and user in a small
JSON file next to the app's settings (``server.json`` in the user config dir). The
password is **never** written there, nor in QSettings: it goes to the platform
keyring (Windows Credential Manager, macOS Keychain, the Secret Service on Linux)
when the ``keyring`` package and a working backend are present; otherwise the
station asks for it each time it opens the server (and libpq's own ``PGPASSWORD``
or ``pgpass`` file also work, since psycopg uses libpq).

This module imports no Qt: the settings page, the start-up and the CLI share it.
It also turns a failed connection into one Indonesian sentence that says what to
check (server down, wrong password, database missing, firewall / pg_hba.conf).
"""

from __future__ import annotations

import contextlib
import json
import logging
import re
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from platformdirs import user_config_path
from sqlalchemy import URL, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from rakor_desktop import APP_ID
from rakor_desktop.fileio import atomic_write

log = logging.getLogger(__name__)

DEFAULT_PORT = 5432
DRIVER = "postgresql+psycopg"
KEYRING_SERVICE = "Rakor Desktop (server basis data)"
SETTINGS_NAME = "server.json"
_HOST_RE = re.compile(r"^[A-Za-z0-9]([A-Za-z0-9.\-]{0,252})$|^\[?[0-9A-Fa-f:]+\]?$")
_NAME_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_\-$.]{0,62}$")


@dataclass(frozen=True, slots=True)
class ServerConnection:
    """Where the server is; everything here may be stored in plain text."""

    host: str
    port: int = DEFAULT_PORT
    database: str = "rakor"
    user: str = "rakor"

    def problems(self) -> dict[str, str]:
        """Field -> Indonesian reason, for every field that cannot work."""
        out: dict[str, str] = {}
        if not self.host.strip():
            out["host"] = "Alamat server wajib diisi (misalnya 192.168.1.10)."
        elif not _HOST_RE.match(self.host.strip()):
            out["host"] = "Alamat server tidak sah: tulis nama komputer atau alamat IP saja."
        if not 1 <= int(self.port) <= 65535:
            out["port"] = "Port harus 1-65535 (PostgreSQL biasanya 5432)."
        if not _NAME_RE.match(self.database.strip()):
            out["database"] = "Nama basis data hanya huruf, angka dan garis bawah (misalnya rakor)."
        if not _NAME_RE.match(self.user.strip()):
            out["user"] = "Nama pengguna hanya huruf, angka dan garis bawah (misalnya rakor)."
        return out

    def url(self, password: str | None = None) -> str:
        """The SQLAlchemy URL (with the password when given; keep it out of logs)."""
        return URL.create(
            DRIVER,
            username=self.user.strip(),
            password=password or None,
            host=self.host.strip().strip("[]"),
            port=int(self.port),
            database=self.database.strip(),
        ).render_as_string(hide_password=False)

    @property
    def display(self) -> str:
        """``rakor@192.168.1.10:5432/rakor``: what a screen shows, never a password."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    @property
    def account(self) -> str:
        """The keyring's account name: one password per user, server and database."""
        return self.display

    @classmethod
    def from_url(cls, url: str) -> ServerConnection:
        u = make_url(url)
        return cls(host=u.host or "", port=u.port or DEFAULT_PORT, database=u.database or "",
                   user=u.username or "")  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ServerConnection:
        return cls(
            host=str(data.get("host", "")),
            port=int(data.get("port", DEFAULT_PORT) or DEFAULT_PORT),
            database=str(data.get("database", "rakor")),
            user=str(data.get("user", "rakor")),
        )


@dataclass(frozen=True, slots=True)
class SavedServer:
    connection: ServerConnection
    use_on_start: bool = False


# -- the plain part, in a file --------------------------------------------------------


def settings_file() -> Path:
    return user_config_path(APP_ID, appauthor=False) / SETTINGS_NAME


def load_saved(path: Path | None = None) -> SavedServer | None:
    """The saved connection, or None (no file, or a file this version cannot read)."""
    path = path or settings_file()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        conn = ServerConnection.from_dict(data["connection"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return SavedServer(conn, bool(data.get("use_on_start", False)))


def save(saved: SavedServer, path: Path | None = None) -> Path:
    """Write host/port/database/user (never the password), atomically."""
    path = path or settings_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {"connection": saved.connection.to_dict(), "use_on_start": saved.use_on_start}
    atomic_write(path, json.dumps(data, indent=2, ensure_ascii=False))
    return path


def forget(path: Path | None = None) -> None:
    (path or settings_file()).unlink(missing_ok=True)


# -- the secret part, in the keyring ----------------------------------------------------


class PasswordStore:
    """The platform keyring through the ``keyring`` package, when it can keep secrets.

    Without the package, or with only keyring's "fail"/"null" backends (a headless
    Linux box without a Secret Service), :attr:`available` is False and nothing is
    stored anywhere: the station asks for the password each time instead.
    ``backend`` lets a test (or an office's own setup) hand in a keyring backend.
    """

    def __init__(self, backend: Any = None) -> None:
        self._backend = backend
        if backend is None:
            try:
                import keyring

                self._backend = keyring.get_keyring()
            except Exception as exc:
                log.info("no keyring available: %s", exc)
                self._backend = None

    @property
    def available(self) -> bool:
        backend = self._backend
        if backend is None:
            return False
        kind = f"{type(backend).__module__}.{type(backend).__name__}"
        if kind.startswith(("keyring.backends.fail.", "keyring.backends.null.")):
            return False
        try:
            return float(getattr(backend, "priority", 1)) > 0
        except Exception:
            return False

    def get(self, conn: ServerConnection) -> str | None:
        if not self.available:
            return None
        try:
            return self._backend.get_password(KEYRING_SERVICE, conn.account)
        except Exception as exc:
            log.warning("keyring read failed: %s", exc)
            return None

    def set(self, conn: ServerConnection, password: str) -> bool:
        """Keep the password; False when there is no keyring (then nothing was stored)."""
        if not self.available or not password:
            return False
        try:
            self._backend.set_password(KEYRING_SERVICE, conn.account, password)
        except Exception as exc:
            log.warning("keyring write failed: %s", exc)
            return False
        return True

    def delete(self, conn: ServerConnection) -> None:
        if not self.available:
            return
        with contextlib.suppress(Exception):  # nothing stored is fine
            self._backend.delete_password(KEYRING_SERVICE, conn.account)


# -- trying a connection -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ConnectionCheck:
    ok: bool
    message: str  # one Indonesian sentence for the screen
    server_version: str = ""
    revision: str | None = None
    meetings: int | None = None  # None: no schema yet


def describe_connect_error(exc: BaseException, conn: ServerConnection | None = None) -> str:
    """One Indonesian sentence for a failed connection: what happened and what to check."""
    where = f"{conn.host}:{conn.port}" if conn else "server"
    raw = str(getattr(exc, "orig", None) or exc)
    low = raw.lower()
    if "password authentication failed" in low or "no password supplied" in low or \
            "authentication failed" in low:  # fmt: skip
        return "Server menolak nama pengguna atau kata sandi. Periksa keduanya lalu coba lagi."
    if "no pg_hba.conf entry" in low:
        return (
            f"Server {where} menolak komputer ini (pg_hba.conf). Izinkan alamat jaringan kantor "
            "di pg_hba.conf server, lalu muat ulang PostgreSQL."
        )
    if "database" in low and "does not exist" in low:
        name = conn.database if conn else ""
        return f"Basis data {name} belum ada di server. Buat dulu (createdb), lalu coba lagi."
    if "role" in low and "does not exist" in low:
        return "Nama pengguna tidak dikenal server. Buat pengguna itu dulu (createuser)."
    if "could not translate host name" in low or "name or service not known" in low or \
            "nodename nor servname" in low or "no such host" in low:  # fmt: skip
        return f"Alamat server {conn.host if conn else ''} tidak dikenal. Periksa penulisannya."
    if "timeout" in low or "timed out" in low:
        return (
            f"Server {where} tidak menjawab. Periksa kabel/Wi-Fi, alamat server, dan firewall "
            "(port PostgreSQL harus terbuka di jaringan kantor)."
        )
    if "connection refused" in low or "could not connect" in low or "connection failed" in low \
            or "server closed the connection" in low or "terminating connection" in low:  # fmt: skip
        return (
            f"Server basis data {where} tidak terjangkau: PostgreSQL tidak berjalan, port salah, "
            "atau jaringan terputus."
        )
    first = raw.strip().splitlines()[0][:160] if raw.strip() else type(exc).__name__
    return f"Sambungan ke server gagal: {first}"


def check_connection(url: str) -> ConnectionCheck:
    """Connect once (short timeout), read the server version and the schema state."""
    from sqlalchemy import create_engine, inspect

    from rakor_desktop.db import migrate
    from rakor_desktop.db.engine import PG_CONNECT_TIMEOUT_S

    conn_info = ServerConnection.from_url(url)
    engine = create_engine(url, poolclass=NullPool,
                           connect_args={"connect_timeout": PG_CONNECT_TIMEOUT_S})  # fmt: skip
    try:
        with engine.connect() as conn:
            version = str(conn.execute(text("SHOW server_version")).scalar() or "")
            insp = inspect(conn)
            revision = None
            meetings = None
            if insp.has_table("alembic_version"):
                revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
            if insp.has_table("meeting"):
                meetings = int(conn.execute(text("SELECT count(*) FROM meeting")).scalar() or 0)
    except Exception as exc:
        log.warning("connection check to %s failed: %s", conn_info.display, exc)
        return ConnectionCheck(False, describe_connect_error(exc, conn_info))
    finally:
        engine.dispose()
    major = version.split()[0] if version else "?"
    if revision is None:
        state = "basis data masih kosong; skema dibuat saat pertama dibuka."
    elif revision not in migrate.known_revisions():
        return ConnectionCheck(
            False,
            f"Tersambung ke PostgreSQL {major}, tetapi skemanya dari versi Rakor Desktop yang lebih "
            "baru. Perbarui aplikasi di komputer ini.",
            version,
            revision,
            meetings,
        )
    else:
        state = f"berisi {meetings or 0} rapat."
    return ConnectionCheck(True, f"Tersambung ke PostgreSQL {major}; {state}", version, revision,
                           meetings)  # fmt: skip
