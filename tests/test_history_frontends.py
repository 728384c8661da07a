"""`ask` and the chat keep their conversations, continue them, and never lose an answer to the
store; the chat's /save and input history keep what they write safe."""

from __future__ import annotations

import json
import os
import stat
import subprocess
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from resume_chat.chat.prompt_input import open_history
from tests.standin import StandIn, answer_to_question
from tests.test_cli import COMMAND, RESUME, assert_one_line_error, environment


@pytest.fixture
def server() -> Iterator[StandIn]:
    with StandIn(answer_to_question) as stand_in:
        yield stand_in


def run(
    server: StandIn | None, database: Path, *args: str, stdin: str = "", **extra: str
) -> subprocess.CompletedProcess[str]:
    env = environment(server, RESUME_CHAT_DATABASE_URL=str(database), **extra)
    return subprocess.run(
        [COMMAND, *args], input=stdin, capture_output=True, text=True, env=env, timeout=60
    )


def sent_history(server: StandIn) -> list[str]:
    """The user and assistant messages of the last request, after the system message."""
    body = server.requests[-1].body
    assert body is not None
    return [message["content"] for message in body["messages"][1:]]


def test_ask_continue_sends_the_earlier_turns(server: StandIn, tmp_path: Path) -> None:
    database = tmp_path / "history.db"
    first = run(server, database, "ask", "-r", RESUME, "--json", "Where does she work?")
    conversation = json.loads(first.stdout)["conversation"]
    run(server, database, "ask", "-r", RESUME, "-c", "Since when?")
    assert sent_history(server) == [
        "Where does she work?",
        "Answer to: Where does she work?",
        "Since when?",
    ]
    run(server, database, "ask", "-r", RESUME, "--conversation", conversation[:6], "And then?")
    assert sent_history(server)[-3:] == ["Since when?", "Answer to: Since when?", "And then?"]
    listed = json.loads(run(None, database, "history", "--json").stdout)
    assert [row["id"] for row in listed] == [conversation]
    assert listed[0]["turns"] == 3
    assert listed[0]["source"] == "ask"


def test_unknown_conversation_and_no_store(server: StandIn, tmp_path: Path) -> None:
    database = tmp_path / "history.db"
    unknown = run(server, database, "ask", "-r", RESUME, "--conversation", "abc123", "Q?")
    assert_one_line_error(unknown, 2, "abc123")
    assert server.requests == []
    untouched = tmp_path / "untouched.db"
    kept = run(server, untouched, "ask", "-r", RESUME, "--no-store", "Q?")
    assert kept.returncode == 0, kept.stderr
    assert not untouched.exists()
    fresh = run(server, untouched, "ask", "-r", RESUME, "-c", "Again?")
    assert fresh.returncode == 0
    assert "no earlier conversation" in fresh.stderr
    assert sent_history(server) == ["Again?"]


def test_an_unusable_store_warns_once_and_answers(server: StandIn, tmp_path: Path) -> None:
    """A database path that is a folder, or a FIFO: one warning, the answer, no hang."""
    folder = tmp_path / "is-a-folder"
    folder.mkdir()
    fifo = tmp_path / "fifo.db"
    os.mkfifo(fifo)
    for database in (folder, fifo):
        result = run(server, database, "ask", "-r", RESUME, "Where?")
        assert result.returncode == 0, result.stderr
        assert result.stdout == "Answer to: Where?\n"
        assert result.stderr.count("history is off") == 1
        assert "Traceback" not in result.stderr


def test_twenty_ask_processes_into_one_file_lose_nothing(tmp_path: Path) -> None:
    """Twenty `ask` processes at once into one new SQLite file: twenty conversations kept,
    and no process ever saw the database locked."""
    database = tmp_path / "shared.db"

    def one(number: int) -> subprocess.CompletedProcess[str]:
        return run(
            None, database, "ask", "--offline", "-r", RESUME, f"Where did she study {number}?"
        )

    with ThreadPoolExecutor(20) as pool:
        results = list(pool.map(one, range(20)))
    assert all(result.returncode == 0 for result in results), [r.stderr for r in results]
    assert not any("history is off" in result.stderr for result in results)
    listed = json.loads(run(None, database, "history", "--json").stdout)
    assert len(listed) == 20
    assert stat.S_IMODE(database.stat().st_mode) == 0o600


def test_piped_chat_continues_and_records(server: StandIn, tmp_path: Path) -> None:
    database = tmp_path / "history.db"
    run(server, database, "chat", "-r", RESUME, stdin="Where does she work?\n")
    again = run(server, database, "chat", "-r", RESUME, "-c", stdin="Since when?\n")
    assert again.returncode == 0, again.stderr
    assert "Continuing conversation" in again.stderr
    assert "Where does she work?" in again.stderr  # the earlier turn, shown briefly
    assert sent_history(server) == [
        "Where does she work?",
        "Answer to: Where does she work?",
        "Since when?",
    ]
    shown = run(None, database, "history", "--json")
    assert json.loads(shown.stdout)[0]["turns"] == 2


def test_save_is_safe(server: StandIn, tmp_path: Path) -> None:
    """/save never writes over the resume or an existing file (without /save!), and failures
    of commands are not counted as failed questions."""
    database = tmp_path / "history.db"
    resume = tmp_path / "cv.md"
    resume.write_text(Path(RESUME).read_text())
    existing = tmp_path / "chat.md"
    existing.write_text("earlier transcript\n")
    lines = f"Where?\n/save {resume}\n/save {existing}\n/save! {existing}\n"
    result = run(server, database, "chat", "-r", str(resume), stdin=lines)
    assert resume.read_text() == Path(RESUME).read_text()
    assert "is the resume in use" in result.stderr
    assert "exists; /save!" in result.stderr
    assert existing.read_text().startswith("# Chat about")
    assert "question(s) failed" not in result.stderr  # no question failed
    assert result.returncode == 2  # a command did
    assert not list(tmp_path.glob(".chat.md.*"))  # no temporary file left behind


def test_input_history_is_owner_only_and_odd_paths_only_warn(tmp_path: Path) -> None:
    warnings: list[str] = []
    path = tmp_path / "data" / "history"
    open_history(path, warnings.append)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    path.chmod(0o644)  # a history file made by an older version
    open_history(path, warnings.append)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert warnings == []
    folder = tmp_path / "folder"
    folder.mkdir()
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    for odd in (folder, fifo):
        history = open_history(odd, warnings.append)
        assert list(history.load_history_strings()) == []
    assert len(warnings) == 2
    assert all("not kept between runs" in warning for warning in warnings)


@pytest.mark.parametrize("fault", ["deleted", "read-only", "corrupted"])
def test_the_database_breaking_while_chat_runs(server: StandIn, tmp_path: Path, fault: str) -> None:
    """The database deleted, made read-only or corrupted between two questions of a running
    chat: both are answered, at most one warning, and the first turn is not lost."""
    database = tmp_path / "history.db"
    env = environment(server, RESUME_CHAT_DATABASE_URL=str(database))
    chat = subprocess.Popen(
        [COMMAND, "chat", "-r", RESUME],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert chat.stdin is not None
    assert chat.stdout is not None
    assert chat.stderr is not None
    chat.stdin.write("First?\n")
    chat.stdin.flush()
    assert chat.stdout.readline() == "Answer to: First?\n"
    # The status line follows the turn's recording.
    while " out · " not in chat.stderr.readline():
        pass
    if fault == "deleted":
        database.unlink()
    elif fault == "read-only":
        database.chmod(0o400)
        immutable = ["chattr", "+i", str(database)]  # root ignores modes: immutable instead
        if os.geteuid() == 0 and subprocess.run(immutable, capture_output=True).returncode:
            pytest.skip("running as root without chattr: a read-only file cannot be made")
    else:
        with database.open("r+b") as file:
            file.write(b"this is not a SQLite header at all")
    try:
        out, err = chat.communicate("Second?\n", timeout=60)
    finally:
        if fault == "read-only" and os.geteuid() == 0:
            subprocess.run(["chattr", "-i", str(database)], capture_output=True)
    assert chat.returncode == 0, err
    assert out == "Answer to: Second?\n"
    assert "Traceback" not in err
    assert err.count("history is off") <= 1
    if fault != "deleted":
        listed = run(None, database, "history", "--json")
        kept = json.loads(listed.stdout) if listed.returncode == 0 else []
        assert fault == "corrupted" or kept[0]["first_question"] == "First?"


def test_json_names_no_conversation_when_nothing_is_kept(server: StandIn, tmp_path: Path) -> None:
    database = tmp_path / "history.db"
    kept = json.loads(run(server, database, "ask", "-r", RESUME, "--json", "Q?").stdout)
    assert isinstance(kept["conversation"], str)
    off = run(server, database, "ask", "-r", RESUME, "--json", "--no-store", "Q?")
    assert json.loads(off.stdout)["conversation"] is None
