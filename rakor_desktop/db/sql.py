"""Two typed doors into SQLAlchemy Core where SQLModel's type hints stop.

Why it exists: SQLModel creates ``__table__`` on every table class but does not
declare it, and its ``select()`` overloads stop at four columns although the
function takes any number. The raw-SQL fast paths (check-in, search, import) and a
few wide report queries need both; going through these helpers keeps mypy checking
everything around them instead of sprinkling ``type: ignore`` over the services.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import CursorResult, Table
from sqlmodel import SQLModel, select
from sqlmodel.sql.expression import Select


def table_of(model: type[SQLModel]) -> Table:
    """The Core table behind a SQLModel table class."""
    table = model.__table__  # type: ignore[attr-defined]  # set by SQLModel's metaclass
    assert isinstance(table, Table), model  # only table=True models are passed here
    return table


def select_row(*entities: Any) -> Select[*tuple[Any, ...]]:
    """``select()`` of more columns than SQLModel's overloads spell out; rows come back as tuples."""
    return select(*entities)


def inserted_id(result: CursorResult[Any]) -> int:
    """The new row's integer primary key from a Core INSERT (None only for INSERT ... SELECT)."""
    key = result.inserted_primary_key
    assert key is not None  # single-row INSERTs only
    return int(key[0])


def stored_id(value: int | None) -> int:
    """A stored row's primary key. SQLModel types ``id`` as optional (it is None before
    the INSERT), but a row read back from the database always has one."""
    assert value is not None  # read back from the database
    return value
