"""The installed `resume-chat chat` end to end: under a real pty, and with piped input."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pexpect
import pytest

from tests.standin import Reply, StandIn, answer_to_question

RESUME = Path(__file__).resolve().parents[1] / "data" / "resume.md"
COMMAND = str(Path(sys.executable).parent / "resume-chat")
TIMEOUT = 20  # generous: CI machines are slow, and expect() returns as soon as text appears


@pytest.fixture
def standin() -> Iterator[StandIn]:
    with StandIn(answer_to_question) as server:
        yield server


def environment(server: StandIn, tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENROUTER_", "RESUME_"))}
    env.update(
        OPENROUTER_API_KEY="sk-or-v1-test-key",
        OPENROUTER_BASE_URL=server.base_url,
        RESUME_CHAT_RESUME=str(RESUME),
        XDG_DATA_HOME=str(tmp_path / "data"),
        PROMPT_TOOLKIT_NO_CPR="1",  # pexpect never answers cursor-position requests
        TERM="xterm-256color",
    )
    return env


def questions(server: StandIn) -> list[str]:
    return [str(r.body["messages"][-1]["content"]) for r in server.requests if r.body]


def test_chat_under_a_pty(standin: StandIn, tmp_path: Path) -> None:
    """History, /clear, /retry, Ctrl-C mid-answer (connection closed) and Ctrl-D exiting 0."""
    child = pexpect.spawn(
        COMMAND,
        ["chat"],
        env=environment(standin, tmp_path),
        cwd=str(tmp_path),
        encoding="utf-8",
        timeout=TIMEOUT,
        dimensions=(40, 100),
    )
    try:
        child.expect("Maya Lindqvist's resume")
        child.expect("What did Maya do at Northwind Payments")
        child.expect("›")
        child.send("Where does Maya work?\r")
        child.expect("Answer to: Where does Maya work")
        child.expect(r"\d+ in · \d+ out")
        child.send("Since when?\r")
        child.expect("Answer to: Since when")
        child.expect("›")
        assert [m["role"] for m in standin.requests[1].body["messages"]] == (  # type: ignore[index]
            ["system", "user", "assistant", "user"]
        )

        child.send("/clear\r")
        child.expect("Conversation cleared")
        child.send("/retry\r")
        child.expect("Nothing to retry")
        child.send("Fresh?\r")
        child.expect("Answer to: Fresh")
        child.send("/retry\r")
        child.expect("Asking again: Fresh")
        child.expect("Answer to: Fresh")
        assert questions(standin) == ["Where does Maya work?", "Since when?", "Fresh?", "Fresh?"]
        assert len(standin.requests[3].body["messages"]) == 2  # type: ignore[index]

        stalled = Reply(text="Partial first block.\n\nnever", delta_chars=30, stall_after_events=5)
        standin.script(stalled)
        child.send("Long answer?\r")
        child.expect("Partial first block")
        child.sendintr()
        child.expect("interrupted")
        assert standin.disconnected.wait(TIMEOUT)
        child.expect("›")
        child.send("After?\r")
        child.expect("Answer to: After")
        assert len(standin.requests[-1].body["messages"]) == 4  # type: ignore[index]

        child.expect("›")
        child.sendcontrol("d")
        child.expect(pexpect.EOF)
    finally:
        child.close()
    assert child.exitstatus == 0
    history = (tmp_path / "data" / "resume-chat" / "history").read_text(encoding="utf-8")
    assert "Long answer?" in history


def run_piped(
    args: list[str], lines: str, standin: StandIn, tmp_path: Path
) -> subprocess.CompletedProcess[str]:
    """Run the installed command with `lines` on a pipe as its standard input."""
    return subprocess.run(
        args,
        input=lines,
        capture_output=True,
        text=True,
        env=environment(standin, tmp_path),
        cwd=tmp_path,
        timeout=TIMEOUT,
        check=False,
    )


def test_chat_reads_one_question_per_line_when_piped(standin: StandIn, tmp_path: Path) -> None:
    """`printf 'q1\\nq2\\n/clear\\nq3\\n' | resume-chat chat` answers each, plain, exit 0."""
    done = run_piped([COMMAND, "chat"], "q1\nq2\n/clear\nq3\n", standin, tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout == "Answer to: q1\nAnswer to: q2\nAnswer to: q3\n"
    assert "Conversation cleared" in done.stderr
    lengths = [len(r.body["messages"]) for r in standin.requests if r.body]
    assert lengths == [2, 4, 2]
    assert "sk-or-v1-test-key" not in done.stdout + done.stderr


def test_piped_failure_exits_1_after_the_rest(standin: StandIn, tmp_path: Path) -> None:
    """A failed question is one line on stderr; the rest are answered; the exit code says so."""
    standin.script(Reply(status=402, error={"code": 402, "message": "Insufficient credits"}))
    done = run_piped([COMMAND], "q1\nq2\n", standin, tmp_path)
    assert done.returncode == 1
    assert done.stdout == "Answer to: q2\n"
    assert "Traceback" not in done.stderr
    assert "credits" in done.stderr.lower()
