"""The SQLite database: one file, WAL mode, owner-only, never deleted or recreated when damaged."""

from __future__ import annotations

import os
import stat
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from resume_chat.store.errors import StoreError, first_line

if TYPE_CHECKING:
    import sqlite3

    from resume_chat.store.database import Row

MAGIC = b"SQLite format 3\x00"
WAL_VERSION = 2  # header bytes 18 and 19: the file format versions, 2 once in WAL mode
# Long enough for 20 processes queueing to write a turn each; a writer holds the lock ~1 ms.
BUSY_TIMEOUT_SECONDS = 30.0


class NoDatabaseYet(StoreError):
    """Nothing has been kept yet: the file does not exist (and was not to be created)."""

    code = "no_database"


def _regular_or_absent(path: Path) -> bool:
    """True when `path` is a regular file; False when absent; a StoreError for anything else."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return False
    except OSError as error:
        raise StoreError(f"cannot use {path}: {error.strerror}") from None
    if stat.S_ISDIR(mode):
        raise StoreError(f"{path} is a directory, not a database file")
    if not stat.S_ISREG(mode):
        raise StoreError(f"{path} is not a regular file (a FIFO or a device?)")
    return True


def _create(path: Path, private_directory: bool) -> None:
    """The file, created empty and owner-only (0600), its directory 0700 when made here."""
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        if private_directory:
            os.chmod(path.parent, 0o700)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return  # another process made it first
    except OSError as error:
        raise StoreError(f"cannot create {path}: {error.strerror}") from None
    os.close(fd)


class SQLiteDatabase:
    """A SQLite file opened for this process; checks before each write that it is still there."""

    dialect = "sqlite"

    def __init__(
        self,
        path: Path,
        *,
        create: bool = True,
        private_directory: bool = False,
        busy_timeout: float = BUSY_TIMEOUT_SECONDS,
    ):
        import sqlite3

        self.path = path
        self.display = str(path)
        self._lock = threading.RLock()
        if not _regular_or_absent(path):
            if not create:
                raise NoDatabaseYet(f"no conversations have been kept yet ({path} does not exist)")
            _create(path, private_directory)
        # Our own descriptor, opened before SQLite's and closed after: closing any descriptor
        # of the file drops every POSIX lock this process holds on it, SQLite's included, and
        # another process would then reset the WAL under us and lose turns.
        try:
            self._fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
        except OSError as error:
            raise StoreError(f"cannot read {path}: {error.strerror}") from None
        try:
            self._identity = self._file_identity()
            in_wal_mode = self._check_header()
        except BaseException:
            os.close(self._fd)
            raise
        try:
            # isolation_level=None: transactions are begun here, IMMEDIATE, so a writer waits
            # for the lock (busy timeout) instead of failing at COMMIT with "database is locked".
            self._connection: sqlite3.Connection = sqlite3.connect(
                path, timeout=busy_timeout, isolation_level=None, check_same_thread=False
            )
        except sqlite3.Error as error:
            os.close(self._fd)
            raise self._store_error(error) from None
        try:
            with self._translated():
                if not in_wal_mode:  # persistent, so set once: it costs a lock and a write
                    self._enter_wal(busy_timeout)
                # In WAL mode, NORMAL syncs at checkpoints only: a crash may lose the last
                # turns, never corrupt the file.
                self._connection.execute("PRAGMA synchronous=NORMAL")
        except BaseException:
            self.close()
            raise

    def _enter_wal(self, busy_timeout: float) -> None:
        """Switch a new file to WAL. Connections opening it at once can each hold the shared
        lock and want the exclusive one: SQLite then answers "locked" at once, without its
        busy handler (deadlock avoidance), so wait and try again as the busy timeout would."""
        import sqlite3
        import time

        deadline = time.monotonic() + busy_timeout
        while True:
            try:
                self._connection.execute("PRAGMA journal_mode=WAL")
                return
            except sqlite3.OperationalError as error:
                if "locked" not in str(error).lower() or time.monotonic() > deadline:
                    raise
            time.sleep(0.01)

    def _file_identity(self) -> tuple[int, int]:
        try:
            info = os.stat(self.path)
        except FileNotFoundError:
            raise StoreError(f"{self.path} was removed while in use") from None
        except OSError as error:
            raise StoreError(f"cannot use {self.path}: {error.strerror}") from None
        return info.st_dev, info.st_ino

    def _check_header(self) -> bool:
        """A StoreError unless the file is empty or a SQLite database; True if in WAL mode."""
        try:
            head = os.pread(self._fd, 20, 0)
        except OSError as error:
            raise StoreError(f"cannot read {self.path}: {error.strerror}") from None
        if head[: len(MAGIC)] != MAGIC[: len(head)]:
            raise StoreError(
                f"{self.path} is not a SQLite database (damaged?); it was left as it is"
            )
        return head[18:20] == bytes((WAL_VERSION, WAL_VERSION))

    def _check_file(self) -> None:
        """Before a write: the file is the one opened, and still a database."""
        if self._file_identity() != self._identity:
            raise StoreError(f"{self.path} was replaced while in use")
        # The open descriptor could still write, but the owner said read-only: respect it.
        if not os.access(self.path, os.W_OK):
            raise StoreError(f"{self.path} is read-only")
        self._check_header()

    def _store_error(self, error: Exception) -> StoreError:
        message = first_line(error)
        lowered = message.lower()
        if "locked" in lowered or "busy" in lowered:
            return StoreError(f"{self.path} is locked by another program")
        if "readonly" in lowered or "read-only" in lowered:
            return StoreError(f"{self.path} is read-only")
        if "not a database" in lowered or "malformed" in lowered or "corrupt" in lowered:
            return StoreError(f"{self.path} is damaged ({message}); it was left as it is")
        return StoreError(f"{self.path}: {message}")

    @contextmanager
    def _translated(self) -> Iterator[None]:
        import sqlite3

        try:
            yield
        except sqlite3.Error as error:
            raise self._store_error(error) from None
        except OSError as error:
            raise StoreError(f"cannot use {self.path}: {error.strerror}") from None

    def query(self, sql: str, params: Sequence[object] = ()) -> list[Row]:
        with self._lock, self._translated():
            return self._connection.execute(sql, tuple(params)).fetchall()

    @contextmanager
    def transaction(self, exclusive: bool = False) -> Iterator[None]:
        # SQLite has one writer at a time: every write transaction is exclusive.
        with self._lock, self._translated():
            self._check_file()
            self._connection.execute("BEGIN IMMEDIATE")
            try:
                yield
            except BaseException:
                if self._connection.in_transaction:
                    self._connection.execute("ROLLBACK")
                raise
            self._connection.execute("COMMIT")

    def has_table(self, name: str) -> bool:
        sql = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"
        return bool(self.query(sql, (name,)))

    def close(self) -> None:
        with self._lock:
            if self._fd < 0:
                return
            self._connection.close()
            os.close(self._fd)
            self._fd = -1
