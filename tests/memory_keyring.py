"""A keyring backend that keeps secrets in memory, for tests of the password storage.

A platform keyring (Windows Credential Manager, the Secret Service) needs a desktop
session; this backend implements the same ``keyring`` interface without one, so the
app's own :class:`~rakor_desktop.db.connection_settings.PasswordStore` runs unchanged.
"""

from __future__ import annotations

import pytest

backend_mod = pytest.importorskip("keyring.backend")


class MemoryKeyring(backend_mod.KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)
