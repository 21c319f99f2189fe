"""Item-data roles shared by every model and view of the window, declared once.

A view that reads ``index.data(ROW_ROLE)`` from a proxy must get the same number the
source model answered to; with roles defined per module, two models once gave the
id and the sort key the same number, so sorting by one sorted by the other.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

_USER = Qt.ItemDataRole.UserRole

ROW_ROLE = _USER + 1  # the row's plain dataclass (MeetingSummary, FollowUpRow, ...)
SORT_ROLE = _USER + 2  # a sortable key where the display text does not sort right
ID_ROLE = _USER + 3  # the database id of the row
KEY_ROLE = _USER + 4  # a registry key (a page, a shortcut group)
GROUP_ROLE = _USER + 5  # a heading row's group
PATH_ROLE = _USER + 6  # a file path
COUNT_ROLE = _USER + 7  # a count shown as a badge
ORG_ROLE = _USER + 8  # an organization id

__all__ = [
    "COUNT_ROLE", "GROUP_ROLE", "ID_ROLE", "KEY_ROLE", "ORG_ROLE", "PATH_ROLE", "ROW_ROLE", "SORT_ROLE",
]  # fmt: skip
