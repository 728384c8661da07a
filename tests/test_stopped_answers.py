"""End to end: answers that stop midway, and what the conversation store keeps of them.

A reader of stdout that went away (`resume-chat ask … | head -1`): the read end is closed
before the command writes anything, so every write fails with EPIPE. The command must end
quietly (no traceback, no "Exception ignored" at interpreter exit) with exit 1, Click's and
Python's documented answer. A turn that stops keeps the text that had arrived.
"""

from __future__ import annotations

import sqlite3
import subprocess
from pathlib import Path

import pytest

from tests.standin import Reply, StandIn
from tests.test_cli import COMMAND, RESUME, environment

TEXT = "She works at Northwind Payments. " * 50


def closed_stdout(argv: list[str], env: dict[str, str], cwd: Path) -> tuple[int, str]:
    """Run it with stdout a pipe nobody reads: (exit code, stderr)."""
    process = subprocess.Popen(
        argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=cwd
    )
    assert process.stdout is not None
    assert process.stderr is not None
    process.stdout.close()
    stderr = process.stderr.read().decode()
    process.stderr.close()
    return process.wait(timeout=60), stderr


def assert_quiet(code: int, stderr: str) -> None:
    assert code == 1, stderr
    assert "Traceback" not in stderr
    assert "Exception ignored" not in stderr
    assert "BrokenPipe" not in stderr


@pytest.mark.parametrize(
    "args",
    [
        ["ask", "--offline", "--resume", RESUME, "What did she do at each job?"],
        ["check", RESUME],
        ["check", "--json", RESUME],
        ["--help"],
    ],
    ids=["ask-offline", "check", "check-json", "help"],
)
def test_offline_commands_end_quietly(args: list[str], tmp_path: Path) -> None:
    code, stderr = closed_stdout([COMMAND, *args], environment(None), tmp_path)
    assert_quiet(code, stderr)


def test_streamed_answer_ends_quietly_and_is_kept(tmp_path: Path) -> None:
    """An answer streamed from the stand-in to a closed pipe: quiet, and the turn is kept as
    interrupted, with the text that had arrived."""
    with StandIn() as server:
        server.script(Reply(text=TEXT))
        database = tmp_path / "conversations.db"
        env = environment(server, RESUME_CHAT_DATABASE_URL=str(database))
        code, stderr = closed_stdout(
            [COMMAND, "ask", "--resume", RESUME, "Where does she work now?"], env, tmp_path
        )
    assert_quiet(code, stderr)
    assert len(server.requests) == 1
    turns = kept_turns(database)
    assert len(turns) == 1
    question, answer, state = turns[0]
    assert question == "Where does she work now?"
    assert state == "interrupted"
    assert answer, "the text received before the write failed is kept"
    assert TEXT.startswith(answer)


def kept_turns(database: Path) -> list[tuple[str, str, str]]:
    with sqlite3.connect(database) as store:
        return list(store.execute("SELECT question, answer, state FROM turns"))


def test_failed_answer_keeps_its_partial_text(tmp_path: Path) -> None:
    """An error inside the stream: the turn is kept as failed, with the text shown before it."""
    database = tmp_path / "conversations.db"
    with StandIn() as server:
        server.script(Reply(text="Partial answer", error={"code": 502, "message": "Upstream died"}))
        result = subprocess.run(
            [COMMAND, "ask", "--resume", RESUME, "q?"],
            capture_output=True,
            text=True,
            env=environment(server, RESUME_CHAT_DATABASE_URL=str(database)),
            cwd=tmp_path,
            timeout=60,
        )
    assert result.returncode == 1, result.stderr
    assert result.stdout == "Partial answer\n"
    assert kept_turns(database) == [("q?", "Partial answer", "failed")]
