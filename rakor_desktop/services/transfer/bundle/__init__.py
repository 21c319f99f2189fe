"""Offline transfer bundles: one meeting (or a date range) on a USB stick, merged by uuid.

Two laptops (the secretary's and the door station, or two offices) cannot always
share a file. A bundle carries a meeting with everything hanging off it (people,
OPDs, invitations, attendance, agenda, notes, decisions, follow-ups with their
updates, OPD reports, finalized minutes revisions) as one ``.zip``::

    manifest.json            format + version, app schema revision, created_at,
                             scope, row counts, SHA-256 and size of every member
    data/<table>.jsonl       one JSON object per row; ``id`` left out, every foreign
                             key written as the *uuid* of the row it points to

**Import merges by uuid** (ids differ between databases): a row whose uuid exists is
compared with the local one; a row whose uuid is unknown is matched by its natural
key where the schema has one (a person's NIP, an OPD's name, a series' name, the
meeting x person of an invitation/attendance, the meeting x OPD of a report), so
two laptops that imported the same staff list do not end up with two of everyone;
otherwise it is inserted. Foreign keys are remapped from uuids to local ids.

When the same row differs, the newer ``updated_at`` wins (a tie keeps the local
row) and the **losing version is listed** in the report, field by field, so nothing
is silently dropped. A row that cannot be written (a reference to something neither
the bundle nor this database has, a unique value taken by another row) is listed as
rejected, never skipped silently. The whole import is one transaction: all or nothing.

**Refused before anything is written**, each with an Indonesian message: not a zip,
no manifest, member names that escape the folder (``../``, absolute paths, drive
letters), duplicate or unlisted members, oversize members or compression bombs,
tampered checksums, counts that do not match, a newer format or schema revision.

The code: ``format`` (members, tables, value codec), ``export``, ``reader``
(refusals), ``report``, ``merge`` (``Merger``, also used by ``server_copy``).
"""

from __future__ import annotations

from rakor_desktop.services.transfer.bundle.export import (
    BundleSummary,
    collect,
    encode_rows,
    export_bundle,
    meetings_in_range,
)
from rakor_desktop.services.transfer.bundle.format import (
    CHUNK,
    ENUM_COLUMNS,
    FOREIGN_KEYS,
    FORMAT_NAME,
    FORMAT_VERSION,
    MANIFEST,
    MAX_MANIFEST_BYTES,
    MAX_MEMBER_BYTES,
    MAX_RATIO,
    MAX_TOTAL_BYTES,
    MODELS,
    NATURAL_KEYS,
    RATIO_MIN_BYTES,
    TABLE_LABELS,
    TABLES,
    BundleError,
)
from rakor_desktop.services.transfer.bundle.merge import (
    Merger,
    import_bundle,
    iter_bundle_uuids,
)
from rakor_desktop.services.transfer.bundle.reader import (
    LoadedBundle,
    load_bundle,
)
from rakor_desktop.services.transfer.bundle.report import (
    BundleImportReport,
    Conflict,
)

__all__ = [
    "Merger",
    "BundleError",
    "BundleImportReport",
    "BundleSummary",
    "CHUNK",
    "Conflict",
    "ENUM_COLUMNS",
    "FOREIGN_KEYS",
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "LoadedBundle",
    "MANIFEST",
    "MAX_MANIFEST_BYTES",
    "MAX_MEMBER_BYTES",
    "MAX_RATIO",
    "MAX_TOTAL_BYTES",
    "MODELS",
    "NATURAL_KEYS",
    "RATIO_MIN_BYTES",
    "TABLES",
    "TABLE_LABELS",
    "collect",
    "encode_rows",
    "export_bundle",
    "import_bundle",
    "iter_bundle_uuids",
    "load_bundle",
    "meetings_in_range",
]
