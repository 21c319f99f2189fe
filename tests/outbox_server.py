"""A real SMTP server on 127.0.0.1 for the outbox tests (aiosmtpd), and its mailbox.

The mailbox keeps every delivery and also files messages by Message-ID, as a mail
store does: ``unique`` is what a recipient sees, ``deliveries`` what crossed the wire.
"""

from __future__ import annotations

import email
import socket
import threading
import warnings
from dataclasses import dataclass, field
from email.message import Message

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


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

    def __init__(self, mailbox: Mailbox, *, data_size_limit: int = 33554432,
                 credentials: tuple[str, str] | None = None) -> None:  # fmt: skip
        self.mailbox = mailbox
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
        if self.credentials is not None:
            kwargs.update(
                authenticator=self._authenticate, auth_required=True, auth_require_tls=False
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
