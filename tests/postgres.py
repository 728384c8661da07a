"""A real PostgreSQL server for the store's tests, and the `backend` fixture over both databases.

The server is Debian's `postgresql` package (`/usr/lib/postgresql/*/bin`), started with initdb
and pg_ctl in a temporary folder on a free port, as an unprivileged user (`postgres` or
`nobody` when the tests run as root: the server refuses root). Each test gets a database of its
own. Where no server can be had the PostgreSQL cases skip, saying why.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

import pytest


class Backend(NamedTuple):
    """Where a test's store lives: a SQLite file or a PostgreSQL database."""

    name: str  # "sqlite" or "postgresql"
    url: str  # RESUME_CHAT_DATABASE_URL's value
    path: Path | None = None


def _binaries() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), key=lambda p: p.split("/")[4])
    if found:
        return Path(found[-1]).parent
    on_path = shutil.which("pg_ctl")
    return Path(on_path).parent if on_path else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _as_user() -> tuple[list[str], str | None]:
    """The command prefix that runs the server unprivileged, and that user (None: ourselves)."""
    if os.geteuid() != 0:
        return [], None
    for user in ("postgres", "nobody"):
        with contextlib.suppress(KeyError):
            pwd.getpwnam(user)
            runuser = shutil.which("runuser")
            if runuser:
                return [runuser, "-u", user, "--"], user
            return [str(shutil.which("su")), user, "-s", "/bin/sh", "-c"], user
    raise RuntimeError("running as root and no unprivileged user (postgres, nobody) exists")


class PostgresServer:
    """One server in a temporary folder; `database()` makes a fresh database on it."""

    def __init__(self, bin_dir: Path) -> None:
        self.bin_dir = bin_dir
        self.port = _free_port()
        self.folder = Path(tempfile.mkdtemp(prefix="resume-chat-pg-"))
        self.prefix, user = _as_user()
        if user is not None:
            entry = pwd.getpwnam(user)
            os.chown(self.folder, entry.pw_uid, entry.pw_gid)
        self.data = self.folder / "data"

    def _run(self, *argv: str) -> None:
        command = [str(self.bin_dir / argv[0]), *argv[1:]]
        if self.prefix and self.prefix[-1] == "-c":  # su: one shell command line
            import shlex

            command = [*self.prefix, shlex.join(command)]
        else:
            command = [*self.prefix, *command]
        subprocess.run(command, check=True, capture_output=True, timeout=120, cwd=self.folder)

    def start(self) -> None:
        self._run(
            "initdb", "-D", str(self.data), "-U", "tests", "-A", "trust", "-E", "UTF8", "--no-sync"
        )
        self._options = (
            f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off"
            " -c max_connections=100"
        )
        self._run(
            "pg_ctl",
            "-D",
            str(self.data),
            "-o",
            self._options,
            "-l",
            str(self.folder / "log"),
            "-w",
            "-t",
            "60",
            "start",
        )

    def start_again(self) -> None:
        """Start the stopped server on the same folder and port."""
        self._run(
            "pg_ctl",
            "-D",
            str(self.data),
            "-o",
            self._options,
            "-l",
            str(self.folder / "log"),
            "-w",
            "-t",
            "60",
            "start",
        )

    def stop(self) -> None:
        with contextlib.suppress(subprocess.SubprocessError, OSError):
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://tests@127.0.0.1:{self.port}/{database}"

    def database(self) -> str:
        """A new, empty database's URL."""
        import psycopg

        name = "t_" + uuid.uuid4().hex[:12]
        with psycopg.connect(self.url(), autocommit=True) as connection:
            connection.execute(f"CREATE DATABASE {name}".encode())
        return self.url(name)

    def close(self) -> None:
        self.stop()
        shutil.rmtree(self.folder, ignore_errors=True)


def start_server() -> PostgresServer:
    """A started server, or pytest.skip saying why none can be had."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        pytest.skip("psycopg is not installed (uv sync installs it with the dev group)")
    bin_dir = _binaries()
    if bin_dir is None:
        pytest.skip("no PostgreSQL server binaries (apt-get install postgresql; .ci/run does)")
    try:
        server = PostgresServer(bin_dir)
    except RuntimeError as error:
        pytest.skip(f"cannot run PostgreSQL here: {error}")
    try:
        server.start()
    except (subprocess.SubprocessError, OSError) as error:
        detail = getattr(error, "stderr", b"") or b""
        server.close()
        pytest.skip(f"PostgreSQL would not start: {error} {detail.decode(errors='replace')[-300:]}")
    return server


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    server = start_server()
    yield server
    server.close()


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request: pytest.FixtureRequest, tmp_path: Path) -> Backend:
    """Each test that takes it runs on a fresh SQLite file and on a fresh PostgreSQL database."""
    if request.param == "sqlite":
        path = tmp_path / "conversations.db"
        return Backend("sqlite", str(path), path)
    server: PostgresServer = request.getfixturevalue("postgres_server")
    return Backend("postgresql", server.database())
