"""`resume-chat chat`: the interactive REPL, a thin front-end over one ChatSession.

History, retries and the prompt live in the core; this module reads lines, runs slash commands,
streams answers through the same views as `ask`, and turns Ctrl-C into a cancelled answer.
"""

from __future__ import annotations

import asyncio
import signal
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from resume_chat.ask import answer_view, progress_for, status_line, stream_answer
from resume_chat.errors import ResumeChatError, UsageError
from resume_chat.events import Answered
from resume_chat.frontend import notices, open_session
from resume_chat.progress import Progress
from resume_chat.render import AnswerView, MarkdownAnswer
from resume_chat.repl_commands import (
    Command,
    Question,
    UnknownCommand,
    help_lines,
    parse_line,
    transcript,
)
from resume_chat.repl_input import LineSource
from resume_chat.repl_welcome import welcome_lines
from resume_chat.session import ChatSession
from resume_chat.settings import Settings

if TYPE_CHECKING:
    from rich.console import Console


class Repl:
    """Runs lines from a LineSource against one session until the input ends or /exit."""

    def __init__(
        self,
        session: ChatSession,
        *,
        console: Console,
        notes: Console,
        new_view: Callable[[], AnswerView],
        interactive: bool,
        offline: bool = False,
        show_reasoning: bool = False,
    ) -> None:
        self.session = session
        self.console = console  # what the user asked to see: answers, /help, /history
        self.notes = notes  # status lines, hints and errors (stderr when piped)
        self.new_view = new_view
        self.interactive = interactive
        self.offline = offline
        # Why /model cannot switch: --offline was asked for, or there is no key.
        self.offline_reason = (
            "Answering offline (no API key); set OPENROUTER_API_KEY to use a model."
        )
        self.show_reasoning = show_reasoning
        self.failures: list[ResumeChatError] = []
        self.asked = 0  # questions sent, retries included
        self._answering: asyncio.Task[Answered] | None = None

    @classmethod
    def in_terminal(
        cls,
        session: ChatSession,
        console: Console,
        *,
        offline: bool = False,
        show_reasoning: bool = False,
    ) -> Repl:
        """The interactive REPL: answers and notes on one console, rendered as Markdown."""
        return cls(
            session,
            console=console,
            notes=console,
            new_view=lambda: MarkdownAnswer(console),
            interactive=True,
            offline=offline,
            show_reasoning=show_reasoning,
        )

    async def run(self, source: LineSource) -> None:
        """Read and act on lines; when piped, end with the last failure's error if any failed."""
        while True:
            try:
                line = await source.read()
            except KeyboardInterrupt:
                self.note("(Ctrl-D or /exit leaves.)")
                continue
            if line is None or not await self.handle(line):
                break
        if not self.interactive and self.failures:
            error = ResumeChatError(
                f"{len(self.failures)} of {self.asked} question(s) failed (see above)."
            )
            error.exit_code = self.failures[-1].exit_code
            raise error

    async def handle(self, line: str) -> bool:
        """Act on one line; False means leave."""
        parsed = parse_line(line)
        if isinstance(parsed, Question):
            await self.answer(parsed.text)
        elif isinstance(parsed, UnknownCommand):
            self.note(parsed.hint)
        elif isinstance(parsed, Command):
            return await self.command(parsed)
        return True

    async def answer(self, question: str) -> None:
        """Stream one answer; Ctrl-C (SIGINT) cancels it, which closes the provider's request."""
        self.asked += 1
        progress = progress_for(sys.stdout, sys.stderr, show_reasoning=self.show_reasoning)
        if not self.interactive:
            progress = Progress.quiet()
        task = asyncio.create_task(stream_answer(self.session, question, self.new_view(), progress))
        self._answering = task
        catching = self._catch_sigint()
        try:
            answered = await task
        except asyncio.CancelledError:
            current = asyncio.current_task()
            if not task.cancelled() or (current is not None and current.cancelling()):
                raise
            self.note("⏹ interrupted; not kept in the conversation (/retry asks again).")
        except ResumeChatError as error:
            self.fail(error)
        else:
            self.note(status_line(answered))
        finally:
            self._answering = None
            if catching:
                asyncio.get_running_loop().remove_signal_handler(signal.SIGINT)

    def interrupt(self) -> None:
        """Stop the answer in progress (what Ctrl-C does while an answer streams)."""
        if self._answering is not None:
            self._answering.cancel()

    def _catch_sigint(self) -> bool:
        if not self.interactive or threading.current_thread() is not threading.main_thread():
            return False
        try:
            asyncio.get_running_loop().add_signal_handler(signal.SIGINT, self.interrupt)
        except (NotImplementedError, RuntimeError):  # Windows event loops have no signals
            return False
        return True

    async def command(self, command: Command) -> bool:
        name, argument = command.name, command.argument
        if name == "/exit":
            return False
        if name == "/help":
            for line in help_lines():
                self.show(line)
        elif name == "/clear":
            self.session.clear()
            self.note("Conversation cleared; the next question starts afresh.")
        elif name == "/history":
            self.history()
        elif name == "/retry":
            question = self.session.forget_last_turn()
            if question is None:
                self.note("Nothing to retry yet: ask a question first.")
            else:
                self.note(f"Asking again: {question}")
                await self.answer(question)
        elif name == "/model":
            self.switch_model(argument)
        elif name == "/save":
            self.save(argument)
        elif name == "/reasoning":
            self.toggle_reasoning(argument)
        return True

    def history(self) -> None:
        turns = self.session.conversation.turns
        if not turns:
            self.note("No questions yet.")
        for turn in turns:
            self.show(f"› {turn.question}", style="bold")
            with self.new_view() as view:
                view.write(turn.answer)

    def switch_model(self, model: str) -> None:
        if not model:
            self.note(f"Model: {self.session.model}. /model ID switches.")
        elif self.offline:
            self.note(self.offline_reason)
        else:
            self.session.model = model
            self.note(f"Next answers by {model}.")

    def toggle_reasoning(self, argument: str) -> None:
        if argument.lower() in ("on", "off"):
            self.show_reasoning = argument.lower() == "on"
        elif argument:
            self.note("/reasoning on shows the model's reasoning; /reasoning off hides it.")
            return
        shown = "shown, dimmed, above each answer" if self.show_reasoning else "hidden"
        self.note(f"Reasoning is {shown}.")

    def save(self, argument: str) -> None:
        if not argument:
            self.note("/save PATH writes the conversation as Markdown, e.g. /save chat.md")
            return
        turns = self.session.conversation.turns
        if not turns:
            self.note("Nothing to save yet: ask a question first.")
            return
        path = Path(argument).expanduser()
        resume = self.session.resume
        text = transcript(turns, resume.name, f"Resume {resume.path}; model {self.session.model}.")
        try:
            path.write_text(text, encoding="utf-8")
        except OSError as error:
            self.fail(UsageError(f"Cannot save to {path}: {error.strerror or error}."))
            return
        self.note(f"Saved {len(turns)} question(s) and answer(s) to {path}.")

    def show(self, text: str, style: str = "") -> None:
        from rich.text import Text

        self.console.print(Text(text, style=style), soft_wrap=True)

    def note(self, text: str) -> None:
        from rich.text import Text

        self.notes.print(Text(text, style="dim"), soft_wrap=True)

    def fail(self, error: ResumeChatError) -> None:
        """One line for the error; the session goes on."""
        from rich.text import Text

        self.failures.append(error)
        hint = " (/retry asks again)" if self.interactive and error.exit_code == 1 else ""
        prefix = "✗ " if self.interactive else "resume-chat: "
        self.notes.print(Text(f"{prefix}{error.message}{hint}", style="red"), soft_wrap=True)


def offline_reason(settings: Settings) -> str:
    """What /model says when answers are offline: the flag asked for it, or no key is set."""
    if settings.offline:
        return "Answering offline (--offline): /model has no effect without it."
    return "Answering offline (no API key); set OPENROUTER_API_KEY to use a model."


async def chat(settings: Settings) -> None:
    """Open the session, then a prompt in a terminal, or one question per line otherwise."""
    from rich.console import Console

    from resume_chat.repl_input import PipedLines, PromptInput, history_file

    session = open_session(settings)
    notice = notices(settings)
    try:
        if sys.stdin.isatty() and sys.stdout.isatty():
            console = Console(file=sys.stdout, highlight=False)
            repl = Repl.in_terminal(
                session,
                console,
                offline=settings.use_offline,
                show_reasoning=settings.show_reasoning,
            )
            repl.offline_reason = offline_reason(settings)
            for line in welcome_lines(session.resume, session.model, notice):
                repl.show(line)
            await repl.run(PromptInput(history_file()))
        else:
            notes = Console(file=sys.stderr, highlight=False)
            if notice:
                notes.print(notice, soft_wrap=True, markup=False)
            repl = Repl(
                session,
                console=Console(file=sys.stdout, highlight=False),
                notes=notes,
                new_view=lambda: answer_view(sys.stdout),
                interactive=False,
                offline=settings.use_offline,
            )
            repl.offline_reason = offline_reason(settings)
            await repl.run(PipedLines(sys.stdin))
    finally:
        await session.aclose()
