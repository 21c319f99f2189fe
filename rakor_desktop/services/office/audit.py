"""Audit trail: who changed what, for undo, amendments and disputes about attendance."""

from __future__ import annotations

import getpass
import json
import socket
from typing import Any

from sqlmodel import Session

from rakor_desktop.domain.models import AuditEvent


def current_actor() -> str:
    try:
        return f"{getpass.getuser()}@{socket.gethostname()}"[:100]
    except Exception:
        return "tidak diketahui"


def record(
    session: Session,
    action: str,
    *,
    entity: str = "",
    entity_uuid: str | None = None,
    actor: str | None = None,
    **detail: Any,
) -> AuditEvent:
    event = AuditEvent(
        action=action,
        entity=entity,
        entity_uuid=entity_uuid,
        actor=actor or current_actor(),
        detail=json.dumps(detail, default=str, ensure_ascii=False),
    )
    session.add(event)
    return event
