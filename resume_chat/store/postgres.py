"""The PostgreSQL database, through psycopg 3 (imported only when a postgresql:// URL is used)."""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING

from resume_chat.store.errors import StoreError, first_line

if TYPE_CHECKING:
    import psycopg

    from resume_chat.store.database import Row

# Any fixed number: the key of the advisory lock that serialises migrations and spend.
WRITER_LOCK = 0x7265_7375_6D65  # "resume"
CONNECT_TIMEOUT_SECONDS = 10


class PostgresDatabase:
    """One psycopg connection in autocommit mode; `transaction()` opens a real transaction."""

    dialect = "postgresql"

    def __init__(self, url: str, display: str) -> None:
        self.display = f"the PostgreSQL server {display}"
        self._lock = threading.RLock()
        try:
            import psycopg
        except ImportError:
            raise StoreError(
                "PostgreSQL needs psycopg: install resume-chat[postgresql] "
                "(pip install 'psycopg[binary]')"
            ) from None
        from psycopg.conninfo import make_conninfo

        try:
            if "connect_timeout" not in url:
                url = make_conninfo(url, connect_timeout=CONNECT_TIMEOUT_SECONDS)
            self._connection: psycopg.Connection[tuple[object, ...]] = psycopg.connect(
                url, autocommit=True
            )
        except psycopg.Error as error:
            raise StoreError(f"cannot reach {self.display} ({first_line(error)})") from None

    @contextmanager
    def _translated(self) -> Iterator[None]:
        import psycopg

        try:
            yield
        except psycopg.OperationalError as error:
            raise StoreError(f"lost {self.display} ({first_line(error)})") from None
        except psycopg.Error as error:
            raise StoreError(f"{self.display}: {first_line(error)}") from None

    def query(self, sql: str, params: Sequence[object] = ()) -> list[Row]:
        statement = sql.replace("%", "%%").replace("?", "%s")
        with self._lock, self._translated():
            cursor = self._connection.execute(statement, tuple(params))
            return cursor.fetchall() if cursor.description else []

    @contextmanager
    def transaction(self, exclusive: bool = False) -> Iterator[None]:
        with self._lock, self._translated(), self._connection.transaction():
            if exclusive:
                self._connection.execute("SELECT pg_advisory_xact_lock(%s)", (WRITER_LOCK,))
            yield

    def has_table(self, name: str) -> bool:
        sql = (
            "SELECT 1 FROM information_schema.tables"
            " WHERE table_schema = current_schema() AND table_name = ?"
        )
        return bool(self.query(sql, (name,)))

    def close(self) -> None:
        with self._lock:
            self._connection.close()
