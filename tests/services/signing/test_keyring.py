"""The signing passphrase may live in the platform keyring instead of being typed
(issue 19): checked before it is kept, found when signing, removed on request."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from rakor_desktop.services.signing.identity import (
    SigningError,
    create_identity,
    forget_passphrase,
    remember_passphrase,
    remembered_passphrase,
)

NOW = datetime(2026, 12, 4, 2, tzinfo=UTC)


def test_remember_check_forget(tmp_path) -> None:
    # Imported here, not at collection: defining a keyring backend class registers it,
    # and the tests that check "this machine has no keyring" must not see it.
    from memory_keyring import MemoryKeyring

    store = MemoryKeyring()
    path = tmp_path / "office.p12"
    create_identity(path, "rahasia-kantor-123", office="A", unit="B", now=NOW)
    with pytest.raises(SigningError, match="salah"):
        remember_passphrase("bukan-ini-123", path, backend=store)
    assert remembered_passphrase(backend=store) is None  # a wrong one is never kept
    assert remember_passphrase("rahasia-kantor-123", path, backend=store)
    assert remembered_passphrase(backend=store) == "rahasia-kantor-123"
    forget_passphrase(backend=store)
    assert remembered_passphrase(backend=store) is None
