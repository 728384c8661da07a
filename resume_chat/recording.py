"""Keeping `ask` and the chat in the conversation store, and picking a conversation up again.

The store never stands in the way of an answer: it is opened on the first write (after the
first answer), and any failure is one "history is off" warning (resume_chat.store.Recorder).
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Awaitable, Sequence
from typing import TYPE_CHECKING

from resume_chat.errors import ResumeChatError
from resume_chat.events import Answered, Failed

if TYPE_CHECKING:
    from resume_chat.progress import Progress
    from resume_chat.render import AnswerView
    from resume_chat.session import ChatSession
    from resume_chat.store import ConversationLog, Recorder


def warn(line: str) -> None:
    sys.stderr.write(f"resume-chat: {line}\n")


def open_recorder(*, database: str | None, store: bool) -> Recorder:
    """The store the flags and environment name (nothing is opened yet)."""
    from resume_chat.config.layers import store_environment
    from resume_chat.store import Recorder

    environ = store_environment(os.environ)
    return Recorder.from_environment(environ, warn, database=database, enabled=store)


def conversation_for(
    recorder: Recorder,
    session: ChatSession,
    source: str,
    *,
    continue_latest: bool = False,
    conversation: str | None = None,
) -> ConversationLog:
    """The conversation to record into: a given or the latest one, its earlier turns replayed
    into the session (within its history budget), or a new one."""
    if conversation is not None or continue_latest:
        log = recorder.continue_conversation(conversation)
        if log is not None:
            for question, answer in log.earlier:
                session.conversation.add(question, answer)
            session.session_id = log.id  # one id per conversation: prompt caching sticks
            return log
        if recorder.enabled:
            warn("no earlier conversation to continue; starting a new one.")
    return recorder.begin(source, resume=session.resume, model=session.model)


async def recorded(
    log: ConversationLog,
    question: str,
    answering: Awaitable[Answered],
    received: Sequence[str] = (),
    *,
    ending: bool = False,
) -> Answered:
    """Await an answer and keep its turn: answered, or failed with its code, or interrupted,
    with the text `received` before it stopped; `ending`, an answered turn ends the
    conversation in the same write (`ask`)."""
    from resume_chat.store import Interrupted, utc_now

    asked_at, started = utc_now(), time.monotonic()
    try:
        answered = await answering
    except ResumeChatError as error:
        partial = "".join(received)
        log.record(question, Failed(error, partial, time.monotonic() - started), asked_at)
        raise
    except BaseException:  # Ctrl-C, a closed socket, a reader that went away (`| head`)
        partial = "".join(received)
        log.record(question, Interrupted(partial, time.monotonic() - started), asked_at)
        raise
    log.record(question, answered, asked_at, ending=ending)
    return answered


async def answer_and_record(
    log: ConversationLog,
    session: ChatSession,
    question: str,
    view: AnswerView,
    progress: Progress | None = None,
    *,
    ending: bool = False,
) -> Answered:
    """`stream_answer`, recorded."""
    from resume_chat.ask import stream_answer

    received: list[str] = []
    answering = stream_answer(session, question, view, progress, received)
    return await recorded(log, question, answering, received, ending=ending)
