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
from typing import TYPE_CHECKING

from resume_chat.ask import progress_for, status_line, stream_answer
from resume_chat.chat.commands import (
    Command,
    Question,
    UnknownCommand,
    help_lines,
    parse_line,
)
from resume_chat.chat.prompt_input import LineSource
from resume_chat.errors import ResumeChatError, UsageError
from resume_chat.events import Answered
from resume_chat.progress import Progress
from resume_chat.render import AnswerView, MarkdownAnswer
from resume_chat.session import ChatSession

if TYPE_CHECKING:
    from rich.console import Console

    from resume_chat.store import ConversationLog


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
        log: ConversationLog | None = None,
    ) -> None:
        self.session = session
        self.log = log  # where turns are kept (None: nowhere)
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
        self.failures: list[ResumeChatError] = []  # of questions only, not of commands
        self.asked = 0  # questions sent, retries included
        self.last_error: ResumeChatError | None = None
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
        if not self.interactive and (self.failures or self.last_error):
            if self.failures:
                error = ResumeChatError(
                    f"{len(self.failures)} of {self.asked} question(s) failed (see above)."
                )
            else:
                error = ResumeChatError("A command failed (see above).")
            last = self.failures[-1] if self.failures else self.last_error
            error.exit_code = last.exit_code if last is not None else 1
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
        received: list[str] = []
        answering = stream_answer(self.session, question, self.new_view(), progress, received)
        if self.log is not None:
            from resume_chat.recording import recorded

            answering = recorded(self.log, question, answering, received)
        task = asyncio.create_task(answering)
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
            self.failures.append(error)
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
            if self.log is not None:  # a new conversation in the history, too
                self.log.end()
                self.log = self.log.recorder.begin(
                    "chat", resume=self.session.resume, model=self.session.model
                )
            self.note("Conversation cleared; the next question starts afresh.")
        elif name == "/history":
            if argument.lower() == "all":
                self.older()
            else:
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
        elif name in ("/save", "/save!"):
            self.save(argument, force=name == "/save!")
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

    def save(self, argument: str, *, force: bool = False) -> None:
        if not argument:
            self.note("/save PATH writes the conversation as Markdown, e.g. /save chat.md")
            return
        turns = self.session.conversation.turns
        if not turns:
            self.note("Nothing to save yet: ask a question first.")
            return
        from resume_chat.chat.save import save_transcript

        resume = self.session.resume
        try:
            path = save_transcript(
                argument,
                turns,
                name=resume.name,
                note=f"Resume {resume.path}; model {self.session.model}.",
                resume=resume.path,
                force=force,
            )
        except UsageError as error:
            self.fail(error)
            return
        self.note(f"Saved {len(turns)} question(s) and answer(s) to {path}.")

    def recap(self, earlier: list[tuple[str, str]], conversation_id: str) -> None:
        """A continued conversation, briefly: each earlier question and its answer's start."""
        if not earlier:
            return
        self.note(f"Continuing conversation {conversation_id[:8]} ({len(earlier)} question(s)):")
        for question, answer in earlier[-5:]:
            start = " ".join(answer.split())[:90]
            self.note(f"  › {question}  — {start}{'…' if len(answer) > 90 else ''}")

    def older(self) -> None:
        """`/history all`: the latest conversations kept in the history."""
        if self.log is None or not self.log.recorder.enabled:
            self.note("History is off, so there are no older conversations to show.")
            return
        found = self.log.recorder.call(lambda store: store.conversations(limit=10)) or []
        if not found:
            self.note("No conversations kept yet.")
        for row in found:
            first = (row.first_question or "").replace("\n", " ")[:60]
            when = row.started_at[:16].replace("T", " ")
            self.show(f"{row.id[:8]}  {when}  {row.source:<5} {row.turns:>3} q  {first}")
        if found:
            self.note(
                "resume-chat chat --conversation ID continues one; history show ID prints it."
            )

    def show(self, text: str, style: str = "") -> None:
        from rich.text import Text

        self.console.print(Text(text, style=style), soft_wrap=True)

    def note(self, text: str) -> None:
        from rich.text import Text

        self.notes.print(Text(text, style="dim"), soft_wrap=True)

    def fail(self, error: ResumeChatError) -> None:
        """One line for the error; the session goes on."""
        from rich.text import Text

        self.last_error = error
        hint = " (/retry asks again)" if self.interactive and error.exit_code == 1 else ""
        prefix = "✗ " if self.interactive else "resume-chat: "
        self.notes.print(Text(f"{prefix}{error.message}{hint}", style="red"), soft_wrap=True)
