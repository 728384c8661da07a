"""End to end against the stand-in behaving as OpenRouter does with reasoning models: reasoning
deltas, long keep-alive-only waits, cut-off answers, keys that are echoed back, raw line
separators in content, and an endpoint that needs no key."""

from __future__ import annotations

import json
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pexpect
import pytest

from tests.standin import DEFAULT_USAGE, Reply, StandIn
from tests.terminal import scrollback
from tests.test_cli import COMMAND, KEY, RESUME, ask, assert_one_line_error, environment

REASONING_USAGE = {
    **DEFAULT_USAGE,
    "completion_tokens": 524,
    "completion_tokens_details": {"reasoning_tokens": 500},
}


@pytest.fixture
def server() -> Iterator[StandIn]:
    with StandIn() as stand_in:
        yield stand_in


def test_reasoning_never_enters_the_answer(server: StandIn, tmp_path: Path) -> None:
    """Reasoning deltas stay out of the answer, piped or --json; reasoning tokens are counted."""
    thought = "The user asks about Maya; check the Experience section."
    server.script(Reply(text="Northwind.", reasoning=thought, usage=REASONING_USAGE))
    piped = ask(server, "--show-reasoning", "Where?", cwd=tmp_path)
    assert piped.returncode == 0, piped.stderr
    assert piped.stdout == "Northwind.\n"
    assert "check the Experience" not in piped.stderr  # never in piped output
    assert "500 reasoning" in piped.stderr
    server.script(Reply(text="Northwind.", reasoning=thought, usage=REASONING_USAGE))
    as_json = json.loads(ask(server, "--json", "Where?", cwd=tmp_path).stdout)
    assert as_json["answer"] == "Northwind."
    assert as_json["usage"]["completion_tokens_details"] == {"reasoning_tokens": 500}


def test_reasoning_effort_is_sent_as_the_reasoning_field(server: StandIn, tmp_path: Path) -> None:
    """`--reasoning-effort` goes in OpenRouter's `reasoning` field; a bad level is exit 2."""
    server.script(Reply(text="Yes."))
    assert ask(server, "--reasoning-effort", "minimal", "Q?", cwd=tmp_path).returncode == 0
    body = server.requests[-1].body
    assert body is not None
    assert body["reasoning"] == {"effort": "minimal"}
    bad = ask(server, "--reasoning-effort", "huge", "Q?", cwd=tmp_path)
    assert_one_line_error(bad, 2, "--reasoning-effort is invalid")  # the flag as typed
    assert "'huge'" in bad.stderr


def test_cut_off_before_any_text_fails_with_what_to_do(server: StandIn, tmp_path: Path) -> None:
    """`length` with no text: exit 1 and a line naming the settings, not an empty success."""
    server.script(Reply(text="", reasoning="Thinking " * 40, finish_reason="length"))
    result = ask(server, "Where?", cwd=tmp_path)
    assert_one_line_error(result, 1, "RESUME_CHAT_MAX_TOKENS")
    assert result.stdout == ""


def test_cut_off_after_text_keeps_it_and_says_so(server: StandIn, tmp_path: Path) -> None:
    server.script(Reply(text="She worked at Northwind and", finish_reason="length"))
    result = ask(server, "Where?", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "She worked at Northwind and\n"
    assert "cut off" in result.stderr
    server.script(Reply(text="Partial", finish_reason="length"))
    assert json.loads(ask(server, "--json", "Q?", cwd=tmp_path).stdout)["finish_reason"] == "length"


def test_content_filter_with_no_text_is_said(server: StandIn, tmp_path: Path) -> None:
    server.script(Reply(text="", finish_reason="content_filter"))
    assert_one_line_error(ask(server, "Q?", cwd=tmp_path), 1, "content filter")


@pytest.mark.parametrize(
    "reply",
    [
        Reply(status=401, error={"code": 401, "message": "Bad header: {authorization}"}),
        Reply(status=502, error={"code": 502, "message": "upstream saw {authorization}"}),
        Reply(text="Hi", error={"code": "server_error", "message": "echo {authorization}"}),
        Reply(text="Your key is {authorization}, is it not?"),
    ],
    ids=["401", "502-retried", "mid-stream", "in-the-answer"],
)
def test_a_provider_echoing_the_key_never_shows_it(
    server: StandIn, tmp_path: Path, reply: Reply
) -> None:
    """Wherever the provider puts the key (error, metadata, the answer), it is not printed,
    not even with -v."""
    for _ in range(3):
        server.script(reply)
    result = ask(server, "-v", "Q?", cwd=tmp_path, RESUME_CHAT_MAX_RETRIES="0")
    assert "Traceback" not in result.stderr
    assert server.requests[0].headers["authorization"] == f"Bearer {KEY}"  # it was echoed
    assert KEY not in result.stdout + result.stderr
    assert KEY[-12:] not in result.stdout + result.stderr
    assert "[redacted]" in result.stdout + result.stderr


def test_line_separators_inside_content_survive(server: StandIn, tmp_path: Path) -> None:
    """U+2028, U+2029 and U+0085 are not line ends in SSE, and JSON leaves them unescaped."""
    text = "one\u2028two\u2029three\u0085four"
    server.script(Reply(text=text, delta_chars=4))
    result = ask(server, "Q?", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout == text + "\n"


def test_keep_alive_comments_hold_a_slow_answer_open(server: StandIn, tmp_path: Path) -> None:
    """A model that reasons longer than the read timeout, with keep-alive comments meanwhile,
    still answers: the comments are bytes, so the per-byte timeout does not fire."""
    server.script(Reply(text="Done thinking.", thinking_seconds=1.6))
    result = ask(server, "Q?", cwd=tmp_path, RESUME_CHAT_TIMEOUT="1")
    assert result.returncode == 0, result.stderr
    assert result.stdout == "Done thinking.\n"


def test_endless_keep_alives_end_at_the_answer_deadline(server: StandIn, tmp_path: Path) -> None:
    """Keep-alives that never stop cannot hold an answer past RESUME_CHAT_ANSWER_TIMEOUT."""
    server.script(Reply(text="Too late.", thinking_seconds=30))
    started = time.monotonic()
    result = ask(server, "Q?", cwd=tmp_path, RESUME_CHAT_ANSWER_TIMEOUT="1.5")
    assert time.monotonic() - started < 15
    assert_one_line_error(result, 1, "RESUME_CHAT_ANSWER_TIMEOUT")
    assert result.stdout == ""


def test_an_endpoint_that_is_not_openrouter_needs_no_key(server: StandIn, tmp_path: Path) -> None:
    """Ollama, vLLM, LM Studio: with the base URL set and no key, requests go there without
    an Authorization header; --offline still answers offline."""
    server.script(Reply(text="From the local model."))
    env = environment(None, OPENROUTER_BASE_URL=server.base_url)
    result = subprocess.run(
        [COMMAND, "ask", "--resume", RESUME, "Q?"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == "From the local model.\n"
    assert "offline" not in result.stderr
    assert "authorization" not in server.requests[-1].headers
    assert "reasoning" not in (server.requests[-1].body or {})  # not OpenRouter: none sent
    offline = subprocess.run(
        [COMMAND, "ask", "--offline", "--resume", RESUME, "Where did she study?"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=60,
    )
    assert offline.returncode == 0, offline.stderr
    assert len(server.requests) == 1


def test_pasted_keys_are_cleaned_or_refused(server: StandIn, tmp_path: Path) -> None:
    """Spaces and a newline around the key are dropped; a curly quote is one line, exit 2."""
    server.script(Reply(text="Fine."))
    result = ask(server, "Q?", cwd=tmp_path, OPENROUTER_API_KEY=f"  {KEY}\n")
    assert result.returncode == 0, result.stderr
    assert server.requests[-1].headers["authorization"] == f"Bearer {KEY}"
    quoted = ask(server, "Q?", cwd=tmp_path, OPENROUTER_API_KEY=f"\u201c{KEY}\u201d")
    assert_one_line_error(quoted, 2, "LEFT DOUBLE QUOTATION MARK".lower())
    assert KEY not in quoted.stderr
    assert len(server.requests) == 1


@pytest.mark.parametrize(
    ("variable", "value"),
    [
        ("OPENROUTER_BASE_URL", "http://[::1"),
        ("OPENROUTER_BASE_URL", "http://127.0.0.1:99999/api/v1"),
        ("OPENROUTER_BASE_URL", "https:// spaced.example/v1"),
        ("RESUME_CHAT_APP_URL", "https://exämple.com/ü"),
    ],
)
def test_malformed_urls_are_one_line(
    server: StandIn, tmp_path: Path, variable: str, value: str
) -> None:
    assert_one_line_error(ask(server, "Q?", cwd=tmp_path, **{variable: value}), 2, variable)


def test_an_undecodable_question_is_one_line(server: StandIn, tmp_path: Path) -> None:
    """Bytes that are not UTF-8, in the argument or on stdin: exit 2, nothing sent."""
    argument = subprocess.run(
        [COMMAND.encode(), b"ask", b"--resume", RESUME.encode(), b"Where \xff?"],
        capture_output=True,
        env=environment(server),
        cwd=tmp_path,
        timeout=60,
    )
    assert argument.returncode == 2
    assert b"not UTF-8" in argument.stderr
    assert b"Traceback" not in argument.stderr
    piped = subprocess.run(
        [COMMAND, "ask", "--resume", RESUME, "-"],
        input=b"Where \xff did she study?",
        capture_output=True,
        env=environment(server),
        cwd=tmp_path,
        timeout=60,
    )
    assert piped.returncode == 2
    assert b"not UTF-8" in piped.stderr
    assert server.requests == []


def test_status_shows_while_thinking_and_goes_when_text_arrives(
    server: StandIn, tmp_path: Path
) -> None:
    """In a real terminal: "thinking… Ns" within 2 s of asking, erased once the answer starts."""
    server.script(Reply(text="Northwind Payments, since 2021.", thinking_seconds=3.0))
    child = pexpect.spawn(
        COMMAND,
        ["ask", "--resume", RESUME, "Where does she work?"],
        env=environment(server, TERM="xterm-256color"),
        cwd=str(tmp_path),
        dimensions=(24, 100),
        encoding="utf-8",
        timeout=20,
    )
    started = time.monotonic()
    child.expect("thinking… ", timeout=2)
    assert time.monotonic() - started < 2.5
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    screen = [line for line in scrollback(child.before or "", 100, 24) if line.strip()]
    assert any("Northwind Payments" in line for line in screen)
    assert not any("thinking" in line for line in screen), screen


def test_piped_chat_survives_an_undecodable_line(server: StandIn, tmp_path: Path) -> None:
    """A line that is not UTF-8 fails alone; the questions before and after are answered."""
    result = subprocess.run(
        [COMMAND, "chat", "--resume", RESUME],
        input=b"First?\nWhere \xff?\nLast?\n",
        capture_output=True,
        env=environment(server),
        cwd=tmp_path,
        timeout=60,
    )
    assert result.returncode == 2
    assert b"Traceback" not in result.stderr
    assert b"not UTF-8" in result.stderr
    assert result.stdout.count(b"Maya works at") == 2
    assert len(server.requests) == 2
