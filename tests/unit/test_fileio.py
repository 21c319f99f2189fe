"""atomic_path/atomic_write: the previous good file survives any failed write."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from rakor_desktop.fileio import atomic_path, atomic_write


def test_a_failed_write_keeps_the_old_file_and_leaves_no_partial(tmp_path: Path) -> None:
    target = tmp_path / "notulen.pdf"
    target.write_bytes(b"good")
    with pytest.raises(RuntimeError), atomic_path(target) as tmp:
        tmp.write_bytes(b"half")
        raise RuntimeError("disk full")
    assert target.read_bytes() == b"good"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notulen.pdf"]


def test_a_complete_write_replaces_with_the_requested_mode(tmp_path: Path) -> None:
    target = tmp_path / "server.json"
    target.write_text("old")
    atomic_write(target, "baru", mode=0o600)
    assert target.read_text() == "baru"
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["server.json"]


def test_two_writers_tagged_apart_do_not_share_a_temporary(tmp_path: Path) -> None:
    target = tmp_path / "presence.json"
    with atomic_path(target, tag="a") as first, atomic_path(target, tag="b") as second:
        assert first != second
        first.write_text("a")
        second.write_text("b")
    assert target.read_text() in {"a", "b"}
