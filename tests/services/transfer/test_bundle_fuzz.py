"""Property-based fuzzing of the bundle importer: mutated rows with valid checksums.

Somebody can edit the JSON inside a bundle and recompute the checksums. Whatever
they put in a column, the import either refuses the bundle with a BundleError and
writes nothing, or merges it; it never crashes and never leaves half a merge.
"""

from __future__ import annotations

import hashlib
import json
import zipfile

import pytest
from bundle_data import build_meeting
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from import_backup_support import content_hash

from rakor_desktop.db import open_database
from rakor_desktop.services.transfer.bundle import BundleError, export_bundle, import_bundle

json_value = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=30),
    st.sampled_from(
        [
            2**63,
            -(2**63) - 1,
            2**70,
            float("nan"),
            float("inf"),
            10**400,
            "",
            "x" * 5000,
            "2025-08-25T02:00:00+00:00",
            "2025-08-25T02:00:00",
            "2025-13-45",
            "kemarin",
            "<b>tebal</b>",
            '=HYPERLINK("x")',
            "😀",
            "00000000-0000-0000-0000-000000000000",
            "../../etc/passwd",
            "closed",
            "selesai",
            "terlambat",
            "arahan",
            "izin",
            "dinas",
        ]
    ),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=2),
)


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    folder = tmp_path_factory.mktemp("src")
    a = open_database(folder / "a.sqlite")
    with a.session(write=True) as s:
        mid = build_meeting(s).id
    with a.session() as s:
        export_bundle(s, folder / "b.zip", meeting_ids=[mid])
    a.dispose()
    with zipfile.ZipFile(folder / "b.zip") as zf:
        return {n: zf.read(n) for n in zf.namelist()}


@pytest.fixture(scope="module")
def target(tmp_path_factory: pytest.TempPathFactory):
    db = open_database(tmp_path_factory.mktemp("dst") / "b.sqlite")
    yield db
    db.dispose()


@settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_mutated_bundles_merge_or_refuse_cleanly(source, target, tmp_path_factory, data) -> None:
    members = dict(source)
    manifest = json.loads(members.pop("manifest.json"))
    tables = [m for m in members if members[m].strip()]
    for _ in range(data.draw(st.integers(min_value=1, max_value=3))):
        member = data.draw(st.sampled_from(tables))
        rows = [json.loads(line) for line in members[member].decode().splitlines()]
        row = data.draw(st.sampled_from(rows))
        column = data.draw(st.sampled_from(sorted(row)))
        row[column] = data.draw(json_value)
        members[member] = "".join(json.dumps(r) + "\n" for r in rows).encode()
        manifest["files"][member] = {
            "sha256": hashlib.sha256(members[member]).hexdigest(),
            "size": len(members[member]),
        }
    path = tmp_path_factory.mktemp("fuzz") / "x.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("manifest.json", json.dumps(manifest))
        for name, blob in members.items():
            zf.writestr(name, blob)
    before = content_hash(target.path)
    try:
        report = import_bundle(target, path)
    except BundleError as exc:
        event("refused")
        assert str(exc)
        assert content_hash(target.path) == before
        return
    event("merged with rejected rows" if report.rejected else "merged")
    # Every screen must still be able to list what came in.
    from rakor_desktop.services.meetings.listing import list_meetings

    with target.session() as s:
        for m in list_meetings(s):
            assert m.status_label
