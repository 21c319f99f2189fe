"""Which database a station opens when it was set up for the office server.

``--db`` and ``RAKOR_DB`` always win (scripts, tests, a second window on a file).
Otherwise a connection saved in Pengaturan with "use at start-up" ticked replaces the
local default file. Its password comes from the platform keyring, or is asked for
here; cancelling quits instead of quietly opening the laptop's own file, because a
door station writing to a local file while the others use the server would split
the meeting's attendance in two.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from rakor_desktop.config import ENV_DB
from rakor_desktop.db.connection_settings import (
    PasswordStore,
    ServerConnection,
    load_saved,
)

log = logging.getLogger(__name__)

#: ``ask(connection) -> password or None`` (None: the user cancelled).
PasswordAsker = Callable[[ServerConnection], "str | None"]


def ask_password(conn: ServerConnection, parent: QWidget | None = None) -> str | None:
    """A small password prompt naming the server, so the user knows what is asked."""
    text, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("ServerStartup", "Server basis data"),
        QCoreApplication.translate("ServerStartup", "Kata sandi untuk {0}:").format(conn.display),
        QLineEdit.EchoMode.Password,
    )
    return text if ok else None


def startup_target(
    cli_db: str | None,
    default_target: str,
    *,
    ask: PasswordAsker | None = None,
    store: PasswordStore | None = None,
) -> str | None:
    """The URL or path to open; None when the user cancelled the password prompt."""
    if cli_db or os.environ.get(ENV_DB):
        return default_target
    saved = load_saved()
    if saved is None or not saved.use_on_start or saved.connection.problems():
        return default_target
    conn = saved.connection
    password = (store or PasswordStore()).get(conn)
    if password is None:
        password = (ask or ask_password)(conn)
        if password is None:
            log.info("server password prompt cancelled; not opening %s", conn.display)
            return None
    log.info("opening the office server %s", conn.display)
    return conn.url(password)
