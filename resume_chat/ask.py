"""`resume-chat ask`: one question, one streamed answer; pipe-friendly."""

from __future__ import annotations

import contextlib
import os
import sys
from typing import TextIO

from resume_chat.errors import UsageError
from resume_chat.events import Answered, Chunk, Failed, Reasoning, Retrying
from resume_chat.frontend import notices, open_session
from resume_chat.progress import Progress
from resume_chat.render import AnswerView, HiddenAnswer, MarkdownAnswer, PlainAnswer
from resume_chat.session import ChatSession, check_question
from resume_chat.settings import Settings


def read_question(argument: str, stdin: TextIO) -> str:
    """The question from the argument, or from standard input when it is `-`, checked early.

    The session checks again; checking here only means a bad question fails before any
    notice about the provider is printed.
    """
    if argument == "-":
        if stdin.isatty():
            raise UsageError("`-` reads the question from standard input, but it is a terminal.")
        argument = stdin.read()
    return check_question(argument)


def answer_view(stdout: TextIO) -> AnswerView:
    """Rendered Markdown in a terminal; the exact text anywhere else."""
    if not stdout.isatty():
        return PlainAnswer(stdout)
    from rich.console import Console

    return MarkdownAnswer(Console(file=stdout))


def progress_for(stdout: TextIO, stderr: TextIO, *, show_reasoning: bool) -> Progress:
    """The live status (and reasoning, if asked) on stderr, only where both are a terminal."""
    if stdout.isatty() and stderr.isatty():
        return Progress(stderr, show_reasoning=show_reasoning)
    return Progress.quiet()


def status_line(answered: Answered) -> str:
    """The dim line after an answer: model, tokens in/out, cost, time; a cut-off said first."""
    parts = [answered.model]
    if answered.usage is not None:
        parts.append(answered.usage.summary())
    parts.append(f"{answered.seconds:.1f}s")
    line = " · ".join(parts)
    return f"{answered.cut_short}\n{line}" if answered.cut_short else line


def dim(text: str, stream: TextIO) -> str:
    if stream.isatty() and not os.environ.get("NO_COLOR"):
        return f"\x1b[2m{text}\x1b[0m"
    return text


async def stream_answer(
    session: ChatSession,
    question: str,
    view: AnswerView,
    progress: Progress | None = None,
    received: list[str] | None = None,
) -> Answered:
    """Show one answer as it streams; raise its error (after any partial text) on failure.

    `received` gathers the text as it arrives, before it is shown: what a turn that stops
    midway (an error, Ctrl-C, a reader that went away) keeps.
    """
    progress = progress or Progress.quiet()
    async with contextlib.aclosing(session.ask(question)) as events:
        with progress, view:
            async for event in events:
                if isinstance(event, Chunk):
                    if received is not None:
                        received.append(event.text)
                    progress.answering()
                    view.write(event.text)
                elif isinstance(event, Reasoning):
                    progress.reasoning(event.text)
                elif isinstance(event, Retrying):
                    progress.retrying(event)
                elif isinstance(event, Failed):
                    raise event.error
                else:
                    return event
    raise AssertionError("a session's events always end in Answered or Failed")


async def ask(
    settings: Settings,
    question: str,
    *,
    as_json: bool,
    store: bool = True,
    database: str | None = None,
    continue_latest: bool = False,
    conversation: str | None = None,
) -> None:
    """Answer one question on stdout; notices and the usage line go to stderr. The turn is kept
    in the conversation store (a new conversation, or the one continued)."""
    from resume_chat.recording import answer_and_record, conversation_for, open_recorder

    recorder = open_recorder(database=database, store=store)
    session = open_session(settings)
    try:
        log = conversation_for(
            recorder,
            session,
            "ask",
            continue_latest=continue_latest,
            conversation=conversation,
        )
        notice = notices(settings)
        if notice:
            print(notice, file=sys.stderr)
        if as_json:
            import json

            answered = await answer_and_record(log, session, question, HiddenAnswer(), ending=True)
            usage = answered.usage.reported if answered.usage else None
            reply = {"answer": answered.text, "model": answered.model, "usage": usage}
            kept = log.id if recorder.enabled else None  # null: nothing was kept
            reply |= {"finish_reason": answered.finish, "conversation": kept}
            json.dump(reply, sys.stdout)
            sys.stdout.write("\n")
        else:
            progress = progress_for(sys.stdout, sys.stderr, show_reasoning=settings.show_reasoning)
            view = answer_view(sys.stdout)
            answered = await answer_and_record(log, session, question, view, progress, ending=True)
            print(dim(status_line(answered), sys.stderr), file=sys.stderr)
        log.end()
    finally:
        recorder.close()
        await session.aclose()
