"""The outbox's SMTP server: host, port, TLS, sender; the password never in the database.

The password goes to the platform keyring (as the PostgreSQL one does); a script on a
headless station may give it in ``RAKOR_SMTP_PASSWORD``. Never a command-line
argument: those end up in shell histories and process lists.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass

from sqlmodel import Session

from rakor_desktop.messages import M
from rakor_desktop.services.office import preferences
from rakor_desktop.services.office.settings import get_office
from rakor_desktop.services.signing.identity import platform_keyring

KEYRING_SERVICE = "rakor-desktop-smtp"
PASSWORD_ENV = "RAKOR_SMTP_PASSWORD"
TLS_MODES = ("none", "starttls", "ssl")
_ADDRESS = re.compile(r"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$")


class MailSettingsError(ValueError):
    """A mail setting was refused; the message is for the user."""


def valid_address(text: str) -> bool:
    return bool(_ADDRESS.match(text.strip()))


@dataclass(frozen=True, slots=True)
class MailSettings:
    host: str
    port: int
    user: str
    tls: str
    sender: str

    @property
    def configured(self) -> bool:
        return bool(self.host and self.sender)

    @property
    def account(self) -> str:
        return f"{self.user}@{self.host}:{self.port}"


def load(session: Session) -> MailSettings:
    office = get_office(session)
    v = preferences.values(office, ["mail_host", "mail_port", "mail_user", "mail_tls", "mail_from"])
    return MailSettings(
        host=v.get("mail_host", ""),
        port=int(v.get("mail_port", 587)),
        user=v.get("mail_user", ""),
        tls=v.get("mail_tls", "starttls"),
        sender=v.get("mail_from", ""),
    )


def save(session: Session, host: str, port: int, user: str, tls: str, sender: str) -> MailSettings:
    """Check and store the server settings (audited); nothing is stored on a refusal."""
    host, user, tls, sender = host.strip(), user.strip(), tls.strip().lower(), sender.strip()
    if not host or any(c.isspace() for c in host):
        raise MailSettingsError(M("Nama server SMTP tidak valid."))
    if not 0 < port < 65536:
        raise MailSettingsError(M("Port SMTP harus 1 sampai 65535."))
    if tls not in TLS_MODES:
        raise MailSettingsError(M("Keamanan SMTP harus none, starttls, atau ssl."))
    if not valid_address(sender):
        raise MailSettingsError(M("Alamat pengirim {value} tidak valid.", value=sender))
    office = get_office(session)
    preferences.set_values(
        session, office, "office.mail", mail_host=host, mail_port=port, mail_user=user,
        mail_tls=tls, mail_from=sender,
    )  # fmt: skip
    return load(session)


def remember_password(
    settings: MailSettings, password: str, *, backend: object | None = None
) -> bool:
    store = platform_keyring(backend)
    if store is None:
        return False
    store.set_password(KEYRING_SERVICE, settings.account, password)  # type: ignore[attr-defined]
    return True


def password(settings: MailSettings, *, backend: object | None = None) -> str | None:
    """The password: the environment (scripts), else the keyring; None when neither has it."""
    if env := os.environ.get(PASSWORD_ENV):
        return env
    store = platform_keyring(backend)
    if store is None:
        return None
    try:
        return store.get_password(KEYRING_SERVICE, settings.account) or None  # type: ignore[attr-defined]
    except Exception:
        return None
