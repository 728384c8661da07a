"""Faults: a store that cannot be used gives one warning, answering goes on, nothing is lost."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from resume_chat.events import Answered
from resume_chat.store import Recorder
from resume_chat.store.location import store_target
from resume_chat.store.records import utc_now
from resume_chat.store.sqlite import SQLiteDatabase
from resume_chat.store.store import ConversationStore, open_store
from tests.postgres import start_server

ANSWER = Answered("Oslo.", "m", None, 0.1)


def recorder_at(url: str, warnings: list[str]) -> Recorder:
    return Recorder.from_environment({"RESUME_CHAT_DATABASE_URL": url}, warnings.append)


def ask_three(history: Recorder) -> None:
    log = history.begin("chat")
    for question in ("One?", "Two?", "Three?"):
        log.record(question, ANSWER, utc_now())
    log.end()


def questions_in(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return [
            row[0] for row in connection.execute("SELECT question FROM turns ORDER BY asked_at")
        ]
    finally:
        connection.close()


def test_a_directory_gives_one_warning(tmp_path: Path) -> None:
    warnings: list[str] = []
    history = recorder_at(str(tmp_path), warnings)
    ask_three(history)
    history.close()
    assert warnings == [f"history is off: {tmp_path} is a directory, not a database file"]


def test_a_fifo_gives_one_warning_and_never_hangs(tmp_path: Path) -> None:
    fifo = tmp_path / "history.db"
    os.mkfifo(fifo)
    warnings: list[str] = []
    history = recorder_at(str(fifo), warnings)
    ask_three(history)
    history.close()
    assert warnings == [f"history is off: {fifo} is not a regular file (a FIFO or a device?)"]


def test_a_database_path_under_a_file_gives_one_warning(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    warnings: list[str] = []
    history = recorder_at(str(tmp_path / "file" / "h.db"), warnings)
    ask_three(history)
    history.close()
    assert len(warnings) == 1
    assert warnings[0].startswith("history is off: cannot ")
    assert warnings[0].endswith("Not a directory")


@pytest.mark.parametrize("where", [0, 4096])
def test_a_damaged_file_is_refused_and_left_as_it_is(tmp_path: Path, where: int) -> None:
    """Garbage over the header, or over every page after the first: one warning, bytes kept."""
    path = tmp_path / "h.db"
    seed = recorder_at(str(path), [])
    ask_three(seed)
    seed.close()
    size = path.stat().st_size
    with open(path, "r+b") as file:
        file.seek(where)
        file.write(b"\xde\xad" * ((size - where) // 2 if where else 50))
    before = path.read_bytes()
    warnings: list[str] = []
    history = recorder_at(str(path), warnings)
    ask_three(history)
    history.close()
    assert len(warnings) == 1
    assert "damaged" in warnings[0] or "not a SQLite database" in warnings[0]
    assert "left as it is" in warnings[0]
    assert path.read_bytes() == before


def test_the_file_deleted_while_open(tmp_path: Path) -> None:
    path = tmp_path / "h.db"
    warnings: list[str] = []
    history = recorder_at(str(path), warnings)
    log = history.begin("chat")
    log.record("Before?", ANSWER, utc_now())
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    log.record("After?", ANSWER, utc_now())
    log.record("Later?", ANSWER, utc_now())
    history.close()
    assert warnings == [f"history is off: {path} was removed while in use"]
    assert not path.exists()  # not silently recreated, empty, under the user's feet


@contextlib.contextmanager
def read_only(path: Path) -> Iterator[None]:
    """The file made read-only, even for root (which ignores mode bits): chattr +i."""
    os.chmod(path, stat.S_IRUSR)
    immutable = False
    if os.geteuid() == 0:
        done = subprocess.run(["chattr", "+i", str(path)], capture_output=True, check=False)
        if done.returncode != 0:
            os.chmod(path, 0o600)
            pytest.skip("running as root, and chattr +i is not allowed here")
        immutable = True
    try:
        yield
    finally:
        if immutable:
            subprocess.run(["chattr", "-i", str(path)], check=True)
        os.chmod(path, 0o600)


def test_the_file_made_read_only_while_open(tmp_path: Path) -> None:
    path = tmp_path / "h.db"
    warnings: list[str] = []
    history = recorder_at(str(path), warnings)
    log = history.begin("chat")
    log.record("Before?", ANSWER, utc_now())
    with read_only(path):
        log.record("After?", ANSWER, utc_now())
        log.record("Later?", ANSWER, utc_now())
        history.close()
        assert warnings == [f"history is off: {path} is read-only"]
    assert questions_in(path) == ["Before?"]


def test_the_file_corrupted_while_open(tmp_path: Path) -> None:
    path = tmp_path / "h.db"
    warnings: list[str] = []
    history = recorder_at(str(path), warnings)
    log = history.begin("chat")
    log.record("Before?", ANSWER, utc_now())
    inode = path.stat().st_ino
    with open(path, "r+b") as file:
        file.write(b"not a database at all")
    log.record("After?", ANSWER, utc_now())
    log.record("Later?", ANSWER, utc_now())
    history.close()
    assert len(warnings) == 1
    assert "is not a SQLite database" in warnings[0]
    # Never deleted or recreated; closing wrote the committed pages back from the WAL, so the
    # turn kept before the damage is still there.
    assert path.stat().st_ino == inode
    assert questions_in(path) == ["Before?"]


def test_a_lock_held_too_long_gives_one_warning(tmp_path: Path) -> None:
    path = tmp_path / "h.db"
    open_store(store_target({}, str(path))).close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    warnings: list[str] = []

    def opener() -> ConversationStore:
        return ConversationStore(SQLiteDatabase(path, busy_timeout=0.2))

    history = Recorder(opener, warnings.append)
    try:
        ask_three(history)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
        history.close()
    assert warnings == [f"history is off: {path} is locked by another program"]


def test_files_are_owner_only_in_a_private_directory(tmp_path: Path) -> None:
    """The default location: directory 0700, database 0600, whatever the umask."""
    script = (
        "import os; os.umask(0)\n"
        "from resume_chat.store import Recorder, utc_now\n"
        "from resume_chat.events import Answered\n"
        "r = Recorder.from_environment({}, print)\n"
        "r.begin('ask').record('Q?', Answered('A.', 'm', None, 0.1), utc_now())\n"
        "r.close()\n"
    )
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data")}
    env.pop("RESUME_CHAT_DATABASE_URL", None)
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout == ""  # no warning
    folder = tmp_path / "data" / "resume-chat"
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE((folder / "conversations.db").stat().st_mode) == 0o600
    assert questions_in(folder / "conversations.db") == ["Q?"]


def test_postgresql_stopped_mid_conversation() -> None:
    """One warning; once the server is back, every turn kept before is there."""
    server = start_server()
    try:
        url = server.database()
        warnings: list[str] = []
        history = recorder_at(url, warnings)
        log = history.begin("serve")
        log.record("Before?", ANSWER, utc_now())
        server.stop()
        log.record("After?", ANSWER, utc_now())
        log.record("Later?", ANSWER, utc_now())
        history.close()
        assert len(warnings) == 1
        assert warnings[0].startswith("history is off: lost the PostgreSQL server")
        server.start_again()
        store = open_store(store_target({}, url))
        assert [t.question for t in store.turns(log.id)] == ["Before?"]
        store.close()
    finally:
        server.close()
