"""Errors raised while opening a database, each with a user-facing Indonesian message.

The message says what happened and what to do; the technical detail goes to the log.
The file is never modified when one of these is raised.
"""

from __future__ import annotations


class DatabaseOpenError(Exception):
    """Base: the database cannot be used as it is."""

    code = "open_failed"

    def __init__(self, message: str, detail: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail


class DatabaseMissing(DatabaseOpenError):
    """The path names no file: a typo or a drive that is not there, never created silently."""

    code = "missing"


class NotADatabase(DatabaseOpenError):
    code = "not_a_database"


class CorruptDatabase(DatabaseOpenError):
    code = "corrupt"


class NewerSchema(DatabaseOpenError):
    code = "newer_schema"


class MigrationFailed(DatabaseOpenError):
    code = "migration_failed"


class DatabaseLocked(DatabaseOpenError):
    code = "locked"


class ReadOnlyDatabase(DatabaseOpenError):
    code = "read_only"


class DiskFull(DatabaseOpenError):
    """No room left where the file lives: the file is sound, the disk is not."""

    code = "disk_full"


class ServerUnavailable(DatabaseOpenError):
    """A PostgreSQL server that cannot be reached or refuses this station (nothing changed)."""

    code = "server_unavailable"
