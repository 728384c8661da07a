"""The small interface the store needs from a database, met by SQLite and PostgreSQL alike.

SQL is written once, with `?` placeholders and portable types (TEXT, INTEGER, DOUBLE
PRECISION); the PostgreSQL side turns `?` into psycopg's `%s`.
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import AbstractContextManager
from typing import Any, Protocol

Row = tuple[Any, ...]


class Database(Protocol):
    """One connection; thread-safe (calls are serialised); every failure is a StoreError."""

    dialect: str  # "sqlite" or "postgresql"
    display: str  # where it is, for messages (no password)

    def query(self, sql: str, params: Sequence[object] = ()) -> list[Row]:
        """Run one statement (inside the current transaction, if any) and return its rows."""
        ...

    def transaction(self, exclusive: bool = False) -> AbstractContextManager[None]:
        """A write transaction; `exclusive` also serialises it with every other writer."""
        ...

    def has_table(self, name: str) -> bool: ...

    def close(self) -> None: ...
