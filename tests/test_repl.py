"""The REPL in-process: prompt_toolkit pipe input at the prompt, the loopback stand-in behind."""

from __future__ import annotations

import asyncio
import io
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from prompt_toolkit.input import PipeInput, create_pipe_input
from prompt_toolkit.output import DummyOutput
from rich.console import Console

from resume_chat.chat.prompt_input import PipedLines, PromptInput
from resume_chat.chat.repl import Repl
from resume_chat.errors import ResumeChatError
from resume_chat.frontend import open_session
from resume_chat.render import PlainAnswer
from resume_chat.settings import Secret, Settings
from tests.standin import Reply, StandIn, answer_to_question
from tests.terminal import scrollback

RESUME = Path(__file__).resolve().parents[1] / "data" / "resume.md"
ESC_ENTER = "\x1b\r"
UP = "\x1b[A"
CTRL_C, CTRL_D = "\x03", "\x04"


@dataclass
class Harness:
    """A REPL wired to the stand-in, with what it showed collected in `screen`."""

    server: StandIn
    repl: Repl
    keys: PipeInput
    history: Path
    screen: io.StringIO

    async def run(self, keys: str = "") -> None:
        """Type `keys`, then run the REPL until it leaves (the keys should end in Ctrl-D)."""
        self.keys.send_text(keys)
        source = PromptInput(self.history, input=self.keys, output=DummyOutput())
        await asyncio.wait_for(self.repl.run(source), timeout=20)

    def asked(self) -> list[list[dict[str, Any]]]:
        """The messages of each chat request the stand-in received, in order."""
        return [r.body["messages"] for r in self.server.requests if r.body is not None]

    def questions(self) -> list[str]:
        return [str(messages[-1]["content"]) for messages in self.asked()]


@pytest.fixture
def standin() -> Iterator[StandIn]:
    with StandIn(answer_to_question) as server:
        yield server


@pytest.fixture
async def harness(standin: StandIn, tmp_path: Path) -> AsyncIterator[Harness]:
    settings = Settings(
        api_key=Secret("sk-or-v1-test"),
        base_url=standin.base_url,
        resume=RESUME,
        max_retries=0,
    )
    session = open_session(settings)
    screen = io.StringIO()
    console = Console(file=screen, width=100, highlight=False)
    repl = Repl.in_terminal(session, console)
    with create_pipe_input() as keys:
        yield Harness(standin, repl, keys, tmp_path / "history", screen)
    await session.aclose()


async def test_history_is_carried_between_turns(harness: Harness) -> None:
    """The second question is sent with the first question and its answer before it."""
    await harness.run("Where does Maya work?\rSince when?\r" + CTRL_D)
    _first, second = harness.asked()
    assert [m["role"] for m in second] == ["system", "user", "assistant", "user"]
    assert second[1]["content"] == "Where does Maya work?"
    assert second[2]["content"] == "Answer to: Where does Maya work?"
    assert second[3]["content"] == "Since when?"
    assert "Answer to: Since when?" in harness.screen.getvalue()
    assert len(harness.repl.session.conversation.turns) == 2


async def test_clear_forgets_the_conversation(harness: Harness) -> None:
    """After /clear the next question goes out with no history."""
    await harness.run("First?\r/clear\rSecond?\r" + CTRL_D)
    assert [m["role"] for m in harness.asked()[1]] == ["system", "user"]
    assert "Conversation cleared" in harness.screen.getvalue()
    assert [t.question for t in harness.repl.session.conversation.turns] == ["Second?"]


async def test_retry_replaces_the_last_answer(harness: Harness) -> None:
    """/retry asks the last question again without its old answer in the history."""
    await harness.run("One?\rTwo?\r/retry\r" + CTRL_D)
    assert harness.questions() == ["One?", "Two?", "Two?"]
    retried = harness.asked()[2]
    assert [m["content"] for m in retried[1:]] == ["One?", "Answer to: One?", "Two?"]
    assert [t.question for t in harness.repl.session.conversation.turns] == ["One?", "Two?"]


async def test_error_is_one_line_and_retry_recovers(harness: Harness) -> None:
    """A rate limit shows one line, the REPL goes on, and /retry asks the failed question."""
    harness.server.script(Reply(status=429, error={"code": 429, "message": "Slow down"}))
    await harness.run("Skills?\r/retry\r" + CTRL_D)
    screen = harness.screen.getvalue()
    error_lines = [line for line in screen.splitlines() if line.startswith("✗ ")]
    assert len(error_lines) == 1
    assert "/retry" in error_lines[0]
    assert harness.questions() == ["Skills?", "Skills?"]
    assert [t.question for t in harness.repl.session.conversation.turns] == ["Skills?"]


async def test_unknown_command_is_never_sent(harness: Harness) -> None:
    """A mistyped command gets a hint and no request."""
    await harness.run("/histroy\r" + CTRL_D)
    assert harness.server.requests == []
    assert "Unknown command /histroy. Did you mean /history?" in harness.screen.getvalue()


async def test_model_switch_applies_to_next_question(harness: Harness) -> None:
    """/model ID changes the model the next request names."""
    await harness.run("A?\r/model anthropic/claude-sonnet-4\rB?\r" + CTRL_D)
    models = [r.body["model"] for r in harness.server.requests if r.body]
    assert models == ["openai/gpt-5-mini", "anthropic/claude-sonnet-4"]
    assert "anthropic/claude-sonnet-4 · " in harness.screen.getvalue()


async def test_model_alone_shows_the_model(harness: Harness) -> None:
    """/model with no ID names the current model and sends nothing."""
    await harness.run("/model\r" + CTRL_D)
    assert "Model: openai/gpt-5-mini." in harness.screen.getvalue()
    assert harness.server.requests == []


async def test_status_line_after_each_answer(harness: Harness) -> None:
    """One line after the answer: tokens in/out, cost and seconds."""
    await harness.run("A?\r" + CTRL_D)
    status = [line for line in harness.screen.getvalue().splitlines() if " in · " in line]
    assert len(status) == 1
    assert "812 in · 24 out" in status[0]
    assert "$0.000123" in status[0]
    assert status[0].rstrip().endswith("s")


async def test_save_and_history(harness: Harness, tmp_path: Path) -> None:
    """/save writes the conversation as Markdown; /history shows it."""
    target = tmp_path / "chat.md"
    await harness.run(f"Where?\r/save {target}\r/history\r" + CTRL_D)
    saved = target.read_text(encoding="utf-8")
    assert "# Chat about Maya Lindqvist's resume" in saved
    assert "> Where?\n\nAnswer to: Where?" in saved
    screen = "\n".join(scrollback(harness.screen.getvalue()))
    assert "› Where?" in screen
    assert screen.count("Answer to: Where?") == 2  # the answer, then /history


async def test_save_to_a_missing_folder_is_one_line(harness: Harness, tmp_path: Path) -> None:
    """A path that cannot be written is reported, and the REPL goes on."""
    await harness.run(f"Where?\r/save {tmp_path}/no/such/dir.md\rAgain?\r" + CTRL_D)
    assert "✗ Cannot save to" in harness.screen.getvalue()
    assert harness.questions() == ["Where?", "Again?"]


async def test_multiline_input_is_one_question(harness: Harness) -> None:
    """Esc then Enter inserts a newline; a bracketed paste of several lines is one question."""
    paste = "\x1b[200~Line one\nline two\x1b[201~"
    await harness.run(f"First{ESC_ENTER}second\r{paste}\r" + CTRL_D)
    assert harness.questions() == ["First\nsecond", "Line one\nline two"]


async def test_ctrl_c_at_the_prompt_clears_the_line(harness: Harness) -> None:
    """Ctrl-C drops what was typed; on an empty line it only shows how to leave."""
    await harness.run(f"not this{CTRL_C}this?\r{CTRL_C}" + CTRL_D)
    assert harness.questions() == ["this?"]
    assert "Ctrl-D or /exit leaves" in harness.screen.getvalue()


async def test_exit_command_leaves(harness: Harness) -> None:
    """/exit ends the REPL; what follows is never asked."""
    await harness.run("/exit\rNever asked?\r")
    assert harness.server.requests == []


async def test_history_persists_between_runs(harness: Harness) -> None:
    """A question from an earlier run comes back with the up arrow."""
    await harness.run("Where did Maya study?\r" + CTRL_D)
    assert "Where did Maya study?" in harness.history.read_text(encoding="utf-8")
    await harness.run(UP + "\r" + CTRL_D)
    assert harness.questions() == ["Where did Maya study?", "Where did Maya study?"]


async def test_interrupt_mid_answer_closes_the_request(harness: Harness) -> None:
    """Interrupting stops the stream, keeps what was shown, records nothing; the next works."""
    harness.server.script(
        Reply(text="The first part.\n\nThe rest.", delta_chars=20, stall_after_events=5)
    )
    harness.keys.send_text("Long one?\r")
    running = asyncio.create_task(harness.run())
    for _ in range(2000):
        if "The first part." in harness.screen.getvalue():
            break
        await asyncio.sleep(0.005)
    assert "The first part." in harness.screen.getvalue()
    harness.repl.interrupt()
    assert await asyncio.to_thread(harness.server.disconnected.wait, 10)
    harness.keys.send_text("Next?\r" + CTRL_D)
    await running
    screen = harness.screen.getvalue()
    assert "interrupted" in screen
    assert "Answer to: Next?" in screen
    turns = harness.repl.session.conversation.turns
    assert [t.question for t in turns] == ["Next?"]
    assert [m["role"] for m in harness.asked()[1]] == ["system", "user"]


async def run_piped(standin: StandIn, lines: str) -> tuple[str, str, ResumeChatError | None]:
    """Run a non-interactive REPL over `lines` against the stand-in: stdout, stderr, and the
    failure the run ended with (None when every question was answered)."""
    settings = Settings(api_key=Secret("sk-or-v1-test"), base_url=standin.base_url, resume=RESUME)
    session = open_session(settings)
    out, err = io.StringIO(), io.StringIO()
    repl = Repl(
        session,
        console=Console(file=out),
        notes=Console(file=err),
        new_view=lambda: PlainAnswer(out),
        interactive=False,
    )
    failure: ResumeChatError | None = None
    try:
        await repl.run(PipedLines(io.StringIO(lines)))
    except ResumeChatError as error:
        failure = error
    finally:
        await session.aclose()
    return out.getvalue(), err.getvalue(), failure


async def test_piped_lines_answer_in_one_conversation(standin: StandIn) -> None:
    """Without a terminal: one line a question, commands included, plain text out."""
    out, err, failure = await run_piped(standin, "q1\nq2\n/clear\nq3\n")
    assert failure is None
    assert out == "Answer to: q1\nAnswer to: q2\nAnswer to: q3\n"
    messages = [r.body["messages"] for r in standin.requests if r.body]
    assert len(messages[1]) == 4
    assert len(messages[2]) == 2
    assert err.count(" in · ") == 3


async def test_piped_failure_sets_the_exit_code(standin: StandIn) -> None:
    """When piped, the remaining lines are still answered; then the failure decides the exit."""
    standin.script(Reply(status=402, error={"code": 402, "message": "No credits"}))
    out, err, failure = await run_piped(standin, "q1\nq2\n")
    assert failure is not None
    assert failure.exit_code == 1
    assert failure.message == "1 of 2 question(s) failed (see above)."
    assert out == "Answer to: q2\n"
    assert err.startswith("resume-chat: ")


def test_model_under_offline_says_why() -> None:
    """/model with --offline and a key set names the flag, not a missing key."""
    from resume_chat.chat.run import offline_reason
    from resume_chat.settings import Secret, Settings

    assert "--offline" in offline_reason(Settings(api_key=Secret("k" * 20), offline=True))
    assert "no API key" in offline_reason(Settings())
