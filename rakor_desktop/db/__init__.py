"""Engine, sessions, migrations and backups. No Qt."""

from rakor_desktop.db.database import Database, open_database
from rakor_desktop.db.errors import DatabaseOpenError

__all__ = ["Database", "DatabaseOpenError", "open_database"]
