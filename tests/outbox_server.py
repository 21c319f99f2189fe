"""A real SMTP server on 127.0.0.1 for the outbox tests (aiosmtpd), and its mailbox.

The mailbox keeps every delivery and also files messages by Message-ID, as a mail
store does: ``unique`` is what a recipient sees, ``deliveries`` what crossed the wire.
"""

from __future__ import annotations

import email
import ipaddress
import socket
import ssl
import threading
import warnings
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.message import Message
from pathlib import Path

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


def self_signed_certificate(folder: Path) -> tuple[Path, Path]:
    """A certificate for 127.0.0.1 (an IP SAN, so hostname checking passes) and its key.

    The client is made to trust it through ``SSL_CERT_FILE``, as an office that runs its
    own CA would install it: the code under test keeps full verification.
    """
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    start = datetime(2020, 1, 1, tzinfo=UTC)  # wide validity: tests run "on any date"
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(start + timedelta(days=365 * 30))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "smtp-cert.pem", folder / "smtp-key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Mailbox:
    deliveries: list[Message] = field(default_factory=list)
    refuse: tuple[str, ...] = ()  # recipients answered with 550
    on_data: object = None  # called with the message before "250 OK" (a test's hook)
    lock: threading.Lock = field(default_factory=threading.Lock)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if any(r in address for r in self.refuse):
            return "550 5.1.1 Mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.content)
        with self.lock:
            self.deliveries.append(message)
        if callable(self.on_data):
            self.on_data(message)
        return "250 Message accepted for delivery"

    @property
    def unique(self) -> dict[str, Message]:
        with self.lock:
            return {m["Message-ID"]: m for m in self.deliveries}


class SmtpServer:
    """Start, stop and start again on the same port (a server that goes away)."""

    def __init__(self, mailbox: Mailbox, *, data_size_limit: int | None = 33554432,
                 credentials: tuple[str, str] | None = None, tls: str = "none",
                 certificate: tuple[Path, Path] | None = None) -> None:  # fmt: skip
        self.mailbox = mailbox
        self.tls = tls
        self.certificate = certificate
        self.port = free_port()
        self.data_size_limit = data_size_limit
        self.credentials = credentials
        self.controller: Controller | None = None

    def _authenticate(self, server, session, envelope, mechanism, auth_data):
        ok = (
            isinstance(auth_data, LoginPassword)
            and self.credentials is not None
            and (auth_data.login.decode(), auth_data.password.decode()) == self.credentials
        )
        return AuthResult(success=ok, handled=False)  # handled=False: the server answers 535

    def start(self) -> SmtpServer:
        kwargs: dict = {"data_size_limit": self.data_size_limit}
        if self.tls != "none":
            assert self.certificate is not None
            context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            context.load_cert_chain(*self.certificate)
            if self.tls == "ssl":
                kwargs["ssl_context"] = context
            else:
                kwargs.update(tls_context=context, require_starttls=True)
        if self.credentials is not None:
            kwargs.update(
                authenticator=self._authenticate,
                auth_required=True,
                # aiosmtpd sees STARTTLS but not implicit TLS as "TLS" for AUTH
                auth_require_tls=self.tls == "starttls",
            )
        with warnings.catch_warnings():  # AUTH without TLS: on purpose, on 127.0.0.1
            warnings.simplefilter("ignore", UserWarning)
            self.controller = Controller(
                self.mailbox, hostname="127.0.0.1", port=self.port, **kwargs
            )
        self.controller.start()
        return self

    def stop(self) -> None:
        if self.controller is not None:
            self.controller.stop()
            self.controller = None
