"""End to end: the installed `resume-chat ask` as a subprocess against the loopback stand-in."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pexpect
import pytest

from tests.conftest import user_folders
from tests.standin import DEFAULT_USAGE, Reply, StandIn

COMMAND = str(Path(sys.executable).with_name("resume-chat"))
RESUME = str(Path(__file__).resolve().parent.parent / "data" / "resume.md")
KEY = "sk-or-v1-e2e0123456789abcdefSECRET"


@pytest.fixture
def server() -> Iterator[StandIn]:
    with StandIn() as stand_in:
        yield stand_in


def environment(server: StandIn | None, **extra: str) -> dict[str, str]:
    env = {"PATH": os.environ["PATH"], "HOME": os.environ.get("HOME", "/tmp"), "LANG": "C.UTF-8"}
    env |= user_folders()  # empty configuration, data and cache folders (tests/conftest.py)
    if server is not None:
        env |= {"OPENROUTER_API_KEY": KEY, "OPENROUTER_BASE_URL": server.base_url}
    return env | extra


def ask(
    server: StandIn | None, *args: str, stdin: str = "", cwd: Path, **extra: str
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [COMMAND, "ask", "--resume", RESUME, *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=environment(server, **extra),
        cwd=cwd,
        timeout=60,
    )


def hearing_sigint(argv: list[str]) -> list[str]:
    """argv run with SIGINT at its default, as in a terminal.

    A shell starts background jobs with SIGINT ignored and children inherit that, so a suite
    started with `&` would otherwise send Ctrl-C to a process that cannot hear it.
    """
    reset = (
        "import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); "
        "os.execv(sys.argv[1], sys.argv[1:])"
    )
    return [sys.executable, "-c", reset, *argv]


def assert_one_line_error(result: subprocess.CompletedProcess[str], code: int, words: str) -> None:
    assert result.returncode == code, result.stderr
    assert "Traceback" not in result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("resume-chat: ")]
    assert len(errors) == 1, result.stderr
    assert words in errors[0]
    assert KEY not in result.stdout + result.stderr


def test_piped_answer_is_the_exact_text(server: StandIn, tmp_path: Path) -> None:
    """Piped stdout is the model's Markdown exactly; the usage line goes to stderr."""
    text = "Maya works at **Northwind Payments** — since 2022 ✓\n\n- Kafka\n- Go"
    server.script(Reply(text=text))
    result = ask(server, "Where does she work now?", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout == text + "\n"
    assert "812 in · 24 out · 768 cached · $0.000123" in result.stderr
    assert "\x1b" not in result.stdout + result.stderr
    body = server.requests[0].body
    assert body is not None
    assert body["messages"][-1] == {"role": "user", "content": "Where does she work now?"}
    assert "Northwind Payments" in body["messages"][0]["content"]


def test_json_output(server: StandIn, tmp_path: Path) -> None:
    """--json prints one object with the answer, the model and usage as reported."""
    server.script(Reply(text="An answer."))
    result = ask(server, "--json", "--model", "test/model-1", "q?", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    printed = json.loads(result.stdout)
    assert (
        printed.pop("conversation")
        == json.loads(ask(server, "--json", "-c", "q2?", cwd=tmp_path).stdout)["conversation"]
    )  # the ID `--conversation` takes; -c continues it
    assert printed == {
        "answer": "An answer.",
        "model": "test/model-1",
        "usage": DEFAULT_USAGE,
        "finish_reason": "stop",
    }


def test_question_from_stdin(server: StandIn, tmp_path: Path) -> None:
    """`-` reads the question from standard input."""
    result = ask(server, "-", stdin="What did she study?\n", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    body = server.requests[0].body
    assert body is not None
    assert body["messages"][-1]["content"] == "What did she study?"


def test_stream_split_at_every_byte(server: StandIn, tmp_path: Path) -> None:
    """A stream written one byte at a time, through UTF-8 characters, arrives intact."""
    text = "Zoë — 東京 🎉 ✓ " * 2
    server.script(Reply(text=text, write_bytes=1, delta_chars=5))
    result = ask(server, "q?", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout == text + "\n"


@pytest.mark.parametrize(
    ("status", "words"),
    [
        (400, "check the model id"),
        (401, "check OPENROUTER_API_KEY"),
        (402, "add credits"),
        (403, "moderation"),
        (429, "Rate limited"),
        (500, "try again shortly"),
    ],
)
def test_provider_errors_exit_1_with_one_line(
    server: StandIn, tmp_path: Path, status: int, words: str
) -> None:
    """Each failure status is one sentence on stderr and exit code 1, never a traceback."""
    server.script(Reply(status=status, error={"code": status, "message": "from provider"}))
    result = ask(server, "q?", cwd=tmp_path, RESUME_CHAT_MAX_RETRIES="0")
    assert_one_line_error(result, 1, words)
    assert result.stdout == ""


def test_retries_honour_retry_after(server: StandIn, tmp_path: Path) -> None:
    """429 with Retry-After and 503 are retried; the third try answers."""
    server.script(
        Reply(status=429, headers={"Retry-After": "1"}),
        Reply(status=503, headers={"retry-after-ms": "100"}),
        Reply(text="third time"),
    )
    started = time.monotonic()
    result = ask(server, "q?", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "third time\n"
    assert len(server.requests) == 3
    assert time.monotonic() - started >= 1.1


def test_unauthorized_is_not_retried(server: StandIn, tmp_path: Path) -> None:
    """A refused key fails after one request."""
    server.script(Reply(status=401), Reply(text="never"))
    result = ask(server, "q?", cwd=tmp_path)
    assert_one_line_error(result, 1, "401")
    assert len(server.requests) == 1


def test_mid_stream_error_keeps_partial_text(server: StandIn, tmp_path: Path) -> None:
    """An error inside a 200 stream: the text so far on stdout, one error line, exit 1."""
    server.script(Reply(text="Partial answer", error={"code": 502, "message": "Upstream died"}))
    result = ask(server, "q?", cwd=tmp_path)
    assert_one_line_error(result, 1, "Upstream died")
    assert result.stdout == "Partial answer\n"
    assert len(server.requests) == 1


def test_stalled_stream_times_out(server: StandIn, tmp_path: Path) -> None:
    """A response that stops arriving ends after RESUME_CHAT_TIMEOUT; the socket is closed."""
    server.script(Reply(text="Maya works", stall_after_events=4))
    started = time.monotonic()
    result = ask(server, "q?", cwd=tmp_path, RESUME_CHAT_TIMEOUT="0.5")
    assert_one_line_error(result, 1, "RESUME_CHAT_TIMEOUT")
    assert time.monotonic() - started < 10
    assert server.disconnected.wait(5)


def test_stall_before_any_text_is_retried(server: StandIn, tmp_path: Path) -> None:
    """A stall before the first chunk is retried, and the retry can succeed."""
    server.script(Reply(stall_after_events=1), Reply(text="second try"))
    result = ask(server, "q?", cwd=tmp_path, RESUME_CHAT_TIMEOUT="0.5")
    assert result.returncode == 0, result.stderr
    assert result.stdout == "second try\n"


def test_unreachable_endpoint(tmp_path: Path) -> None:
    """A closed port is a connection error, exit 1, after the retries."""
    result = ask(
        None,
        "q?",
        cwd=tmp_path,
        OPENROUTER_API_KEY=KEY,
        OPENROUTER_BASE_URL="http://127.0.0.1:9/v1",
        RESUME_CHAT_MAX_RETRIES="0",
    )
    assert_one_line_error(result, 1, "Could not reach 127.0.0.1")


@pytest.mark.parametrize(
    ("content", "words"),
    [(None, "does not exist"), (b"", "is empty"), (b"\xff\xfe\xfa", "not UTF-8")],
)
def test_bad_resume_files_exit_2(tmp_path: Path, content: bytes | None, words: str) -> None:
    """A bad resume file is one line naming it, exit 2, and no request is made."""
    path = tmp_path / "resume.md"
    if content is not None:
        path.write_bytes(content)
    result = subprocess.run(
        [COMMAND, "ask", "--resume", str(path), "q?"],
        capture_output=True,
        text=True,
        env=environment(None),
        cwd=tmp_path,
        timeout=30,
    )
    assert_one_line_error(result, 2, words)
    assert str(path) in result.stderr


def test_bad_setting_exits_2(tmp_path: Path) -> None:
    """An invalid setting names the variable."""
    result = ask(None, "q?", cwd=tmp_path, RESUME_CHAT_TIMEOUT="soon")
    assert_one_line_error(result, 2, "RESUME_CHAT_TIMEOUT")


def test_dotenv_in_current_directory_is_read(server: StandIn, tmp_path: Path) -> None:
    """The key and endpoint can come from .env in the current directory."""
    (tmp_path / ".env").write_text(
        f"OPENROUTER_API_KEY={KEY}\nOPENROUTER_BASE_URL={server.base_url}\n"
    )
    server.script(Reply(text="from dotenv"))
    result = ask(None, "q?", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "from dotenv\n"
    assert server.requests[0].headers["authorization"] == f"Bearer {KEY}"


def test_verbose_logs_requests_and_retries_but_never_the_key(
    server: StandIn, tmp_path: Path
) -> None:
    """-v shows the request and the retry; the key appears nowhere."""
    server.script(Reply(status=503), Reply(text="ok"))
    result = ask(server, "-v", "q?", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "POST http://127.0.0.1" in result.stderr
    assert "retry 1/2" in result.stderr
    assert KEY not in result.stderr
    assert KEY[-10:] not in result.stderr
    assert f"key {KEY[:6]}…{KEY[-4:]}" in result.stderr  # masked: which key, never the key


def test_version_and_usage_errors(tmp_path: Path) -> None:
    """--version prints the version; an unknown flag is a usage error, exit 2."""
    version = subprocess.run([COMMAND, "--version"], capture_output=True, text=True, timeout=30)
    assert version.returncode == 0
    assert version.stdout.startswith("resume-chat ")
    bad = subprocess.run([COMMAND, "ask", "--nope", "q"], capture_output=True, text=True)
    assert bad.returncode == 2
    assert "Traceback" not in bad.stderr


def test_ctrl_c_closes_the_request_and_exits_130(server: StandIn, tmp_path: Path) -> None:
    """SIGINT mid-answer closes the HTTP connection and exits 130 with one line."""
    server.script(Reply(text="x" * 600, delta_chars=1, event_delay=0.05))
    process = subprocess.Popen(
        hearing_sigint([COMMAND, "ask", "--resume", RESUME, "q?"]),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=environment(server),
        cwd=tmp_path,
    )
    assert process.stdout is not None
    assert process.stdout.read(5) == "xxxxx"
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=30)
    assert process.returncode == 130
    assert "Traceback" not in stderr
    assert "interrupted" in stderr
    assert server.disconnected.wait(5)


def test_terminal_renders_markdown_and_honours_no_color(server: StandIn, tmp_path: Path) -> None:
    """In a terminal the answer is rendered (no ** marks); NO_COLOR drops colour codes."""
    text = "Maya knows **Kafka**.\n\n## Skills\n\n- Go\n- Python"
    for no_color, expect_colour in (("", True), ("1", False)):
        server.script(Reply(text=text))
        child = pexpect.spawn(
            COMMAND,
            ["ask", "--resume", RESUME, "skills?"],
            env=environment(server, TERM="xterm-256color", NO_COLOR=no_color),
            cwd=str(tmp_path),
            dimensions=(40, 120),
            encoding="utf-8",
            timeout=30,
        )
        child.expect(pexpect.EOF)
        child.close()
        output = child.before or ""
        assert child.exitstatus == 0, output
        assert "Kafka" in output
        assert "**" not in output
        assert "Python" in output
        colour = re.search(r"\x1b\[(?:\d+;)*3[0-7](?:;\d+)*m", output)
        assert bool(colour) == expect_colour, output


@pytest.mark.parametrize(("question", "words"), [("  ", "empty"), ("x" * 4001, "the limit")])
def test_bad_question_is_refused_before_anything_else(
    server: StandIn, tmp_path: Path, question: str, words: str
) -> None:
    """An empty or over-long question is one line, exit 2, and no request is made."""
    result = ask(server, question, cwd=tmp_path)
    assert_one_line_error(result, 2, words)
    assert result.stderr.count("\n") == 1
    assert server.requests == []
