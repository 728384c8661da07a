"""End to end: `resume-chat history` and `insights`, installed, on a temporary SQLite file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pexpect
import pytest

from resume_chat.errors import RateLimitError
from resume_chat.events import Answered, Failed
from resume_chat.store import Recorder, utc_now
from tests.conftest import user_folders

COMMAND = str(Path(sys.executable).with_name("resume-chat"))


def run(database: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {
        "PATH": os.environ["PATH"],
        "HOME": os.environ.get("HOME", "/tmp"),
        "LANG": "C.UTF-8",
        "RESUME_CHAT_DATABASE_URL": str(database),
        **user_folders(),  # no configuration of the developer's (tests/conftest.py)
    }
    return subprocess.run(
        [COMMAND, *args], input=stdin, capture_output=True, text=True, env=env, timeout=60
    )


@pytest.fixture
def database(tmp_path: Path) -> Path:
    """Three conversations: two visitors' (serve) and one chat, oldest first."""
    path = tmp_path / "conversations.db"
    history = Recorder.from_environment({"RESUME_CHAT_DATABASE_URL": str(path)}, print)
    for source, topic in (("serve", "Kafka"), ("serve", "Rust"), ("chat", "Oslo")):
        log = history.begin(source, model="offline")
        log.record(f"Has she used {topic}?", Answered(f"Yes, {topic}.", "m", None, 0.1), utc_now())
        log.record("Where does she work NOW", Answered("At Northwind.", "m", None, 0.1), utc_now())
        log.record(
            "Does she have a dog?",
            Answered("The resume does not mention pets.", "m", None, 0.1),
            utc_now(),
        )
        log.record("And?", Failed(RateLimitError("slow"), "", 0.1), utc_now())
    history.close()
    return path


HEADER = ["id", "started (UTC)", "source", "turns", "model", "first question"]


def listed(database: Path, *args: str) -> list[list[str]]:
    done = run(database, "history", *args)
    assert done.returncode == 0, done.stderr
    return [line.split("\t") for line in done.stdout.splitlines()]


def test_history_lists_newest_first_as_tsv_when_piped(database: Path) -> None:
    header, *rows = listed(database)
    assert header == HEADER
    assert [row[2] for row in rows] == ["chat", "serve", "serve"]
    assert rows[0][5] == "Has she used Oslo?"
    assert all(len(row[0]) == 32 and row[3] == "4" for row in rows)


def test_history_filters(database: Path) -> None:
    assert [r[2] for r in listed(database, "--source", "chat")[1:]] == ["chat"]
    assert [r[5] for r in listed(database, "--search", "rust")[1:]] == ["Has she used Rust?"]
    assert len(listed(database, "--since", "1d")) == 4
    assert len(listed(database, "--since", "2999-01-01")) == 1
    done = run(database, "history", "--json")
    assert [c["source"] for c in json.loads(done.stdout)] == ["chat", "serve", "serve"]


def test_show_and_export_accept_an_id_prefix(database: Path) -> None:
    newest = listed(database)[1][0]
    shown = run(database, "history", "show", newest[:6])
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.startswith(f"# Conversation {newest}\n")
    assert "## Has she used Oslo?\n\nYes, Oslo." in shown.stdout
    assert "_(failed (rate_limited))_" in shown.stdout
    exported = run(database, "history", "export", newest[:8], "--format", "json")
    data = json.loads(exported.stdout)
    assert data["conversation"]["id"] == newest
    assert [t["state"] for t in data["turns"]] == ["answered", "answered", "answered", "failed"]
    assert run(database, "history", "export", newest, "--format", "md").stdout == shown.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["history", "show", "abcdef0123"], "No conversation has an ID starting abcdef0123."),
        (["history", "show", "x!"], "'x!' is not a conversation ID (hex digits)."),
        (["history", "export", "a", "--format", "pdf"], "--format takes md or json, not 'pdf'."),
        (["history", "--since", "soon"], "--since takes a date (2025-03-01), a date and time,"),
        (["history", "--source", "web"], "--source takes ask, chat or serve, not 'web'."),
        (["history", "delete"], "give one of: a conversation ID, --all, or --older-than 30d."),
        (["history", "delete", "--older-than", "month"], "--older-than takes a span like 30d"),
        (["insights", "--days", "many"], "--days takes a whole number of days from 1 to 3660"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(database: Path, args: list[str], message: str) -> None:
    done = run(database, *args)
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.startswith(f"resume-chat: {message}")
    assert done.stderr.count("\n") == 1


def test_delete_needs_yes_without_a_terminal(database: Path) -> None:
    newest = listed(database)[1][0]
    refused = run(database, "history", "delete", newest[:6])
    assert refused.returncode == 2
    assert "without --yes" in refused.stderr
    assert len(listed(database)) == 4
    done = run(database, "history", "delete", newest[:6], "--yes")
    assert done.stdout == "Deleted 1 conversation(s).\n"
    assert newest not in {r[0] for r in listed(database)[1:]}
    assert run(database, "history", "delete", "--older-than", "30d", "--yes").stdout == (
        "Deleted 0 conversation(s).\n"
    )
    assert (
        run(database, "history", "delete", "--all", "-y").stdout == "Deleted 2 conversation(s).\n"
    )
    assert listed(database) == [
        ["id", "started (UTC)", "source", "turns", "model", "first question"]
    ]


def test_delete_asks_in_a_terminal(database: Path) -> None:
    env = {**os.environ, "RESUME_CHAT_DATABASE_URL": str(database), "COLUMNS": "120"}
    env["NO_COLOR"] = "1"
    child = pexpect.spawn(
        COMMAND, ["history", "delete", "--all"], env=env, encoding="utf-8", timeout=30
    )
    child.expect_exact("Delete every conversation? [y/N]:")
    child.sendline("n")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 1
    assert len(listed(database)) == 4
    child = pexpect.spawn(COMMAND, ["history"], env=env, encoding="utf-8", timeout=30)
    child.expect(pexpect.EOF)
    child.close()
    screen = str(child.before)
    assert "┏━━" in screen  # a rich table in a terminal
    assert "Has she used Kafka?" in screen


def test_insights_of_visitors(database: Path) -> None:
    done = run(database, "insights", "--json")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert (report["conversations"], report["questions"], report["answers"]) == (2, 8, 6)
    assert report["failures"] == {"rate_limited": 2}
    assert report["per_day"][-1]["questions"] == 8
    assert len(report["per_day"]) == 7
    assert report["most_asked"][0] == {"question": "Where does she work NOW", "count": 2}
    assert report["unanswered"] == [{"question": "Does she have a dog?", "count": 2}]
    everything = json.loads(run(database, "insights", "--source", "all", "--json").stdout)
    assert everything["questions"] == 12
    text = run(database, "insights").stdout
    assert "2 conversations, 8 questions, 6 answered" in text
    assert "# Not answered by the resume\ncount\tquestion\n2\tDoes she have a dog?\n" in text


def test_history_of_a_store_never_written(tmp_path: Path) -> None:
    missing = tmp_path / "none.db"
    assert listed(missing) == [
        ["id", "started (UTC)", "source", "turns", "model", "first question"]
    ]
    assert not missing.exists()  # reading creates nothing


def test_the_command_line_imports_no_database_module() -> None:
    check = "import sys, resume_chat.cli; print(sorted({'sqlite3', 'psycopg'} & set(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", check], capture_output=True, text=True, check=True)
    assert done.stdout == "[]\n"
