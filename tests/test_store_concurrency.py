"""Many processes writing at once: no turn lost, never "database is locked"."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from resume_chat.store.location import store_target
from resume_chat.store.store import open_store
from tests.postgres import PostgresServer, postgres_server  # noqa: F401

WRITER = """
import sys
from resume_chat.events import Answered
from resume_chat.store import Recorder, utc_now
history = Recorder.from_environment(
    {"RESUME_CHAT_DATABASE_URL": sys.argv[1]}, lambda line: print(line, file=sys.stderr)
)
sys.stdin.readline()  # every writer starts at once, on a database none has created yet
for conversation in range(2):
    log = history.begin("ask", model="m")
    for turn in range(int(sys.argv[2])):
        log.record(f"Q{turn}?", Answered(f"A{turn}.", "m", None, 0.1), utc_now())
    log.end()
history.close()
"""


def write_at_once(url: str, processes: int, turns: int) -> None:
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, url, str(turns)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(processes)
    ]
    for writer in writers:
        assert writer.stdin is not None
        writer.stdin.write("go\n")
        writer.stdin.flush()
    for writer in writers:
        out, err = writer.communicate(timeout=180)
        assert writer.returncode == 0, err
        assert (out, err) == ("", "")  # no warning: not "locked", not anything


def counts(url: str) -> tuple[int, int]:
    store = open_store(store_target({}, url))
    try:
        conversations = store.db.query("SELECT COUNT(*) FROM conversations")[0][0]
        turns = store.db.query("SELECT COUNT(*) FROM turns")[0][0]
        return int(conversations), int(turns)
    finally:
        store.close()


def test_twenty_processes_into_one_sqlite_file(tmp_path: Path) -> None:
    url = str(tmp_path / "conversations.db")
    write_at_once(url, processes=20, turns=10)
    assert counts(url) == (40, 400)


def test_two_processes_on_one_postgresql(postgres_server: PostgresServer) -> None:  # noqa: F811
    url = postgres_server.database()
    write_at_once(url, processes=2, turns=50)
    assert counts(url) == (4, 200)
