"""One socket's conversation: read client messages, stream answers, enforce per-client limits."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from typing import TYPE_CHECKING

from resume_chat.chat.welcome import suggested_questions
from resume_chat.errors import UsageError
from resume_chat.events import Answered, Chunk, Failed, Reasoning, Retrying
from resume_chat.serve.guard import QuestionRate
from resume_chat.serve.protocol import (
    AnswerChunk,
    Clear,
    Cleared,
    ErrorMessage,
    FullAnswer,
    ProtocolError,
    ServerMessage,
    SessionStarted,
    Status,
    parse_client_frame,
)
from resume_chat.session import ChatSession, check_question
from resume_chat.store import Interrupted, utc_now

if TYPE_CHECKING:
    from websockets.asyncio.server import ServerConnection

    from resume_chat.serve.server import ChatServer
    from resume_chat.serve.storage import Visit

log = logging.getLogger("resume_chat.serve")

SPEND_CAP_REACHED = ErrorMessage(
    code="spend_cap_reached",
    message="Today's spending limit for this chat is reached; try again tomorrow.",
)
# Failures where the provider refused the request before the model ran: nothing to pay.
UNCHARGED = frozenset(
    {
        "rate_limited",
        "insufficient_credits",
        "unauthorized",
        "moderated",
        "bad_request",
        "upstream_error",
        "connection_failed",
        "certificate_failed",
    }
)


def cost_of(outcome: Answered | Failed | Interrupted) -> float | None:
    """What an answer cost, as far as is known; None keeps its reserved estimate."""
    if isinstance(outcome, Answered):
        return outcome.usage.cost if outcome.usage is not None else None
    if isinstance(outcome, Failed) and not outcome.partial and outcome.error.code in UNCHARGED:
        return 0.0
    return None


class ChatConnection:
    """Drives one ChatSession from one socket; nothing here is shared with other clients."""

    def __init__(
        self,
        websocket: ServerConnection,
        session: ChatSession,
        chat: ChatServer,
        visit: Visit,
        address_rate: QuestionRate | None = None,
    ) -> None:
        self.websocket = websocket
        self.session = session
        self.chat = chat
        self.limits = limits = chat.limits
        self.visit = visit  # where this conversation is kept, and its reconnect token
        self.rate = QuestionRate(limits.questions_per_minute)
        self.address_rate = address_rate  # shared by the client address's connections
        self.answer: asyncio.Task[None] | None = None

    @property
    def answering(self) -> bool:
        return self.answer is not None and not self.answer.done()

    async def run(self) -> None:
        """Serve the client until it leaves, idles out or the server closes; then stop answering."""
        from websockets.exceptions import ConnectionClosed

        try:
            started = SessionStarted(
                session_id=self.session.session_id,
                model=self.model,
                candidate=self.session.resume.name,
                suggestions=suggested_questions(self.session.resume),
                resume=self.visit.token,
                retention_days=self.chat.store.retention_days if self.visit.token else None,
            )
            await self.send(started)
            while True:
                try:
                    # Not wait_for: on Python 3.11 it wraps every recv in a task of its own,
                    # one more turn of the event loop before a question is even read.
                    async with asyncio.timeout(self.limits.idle_timeout):
                        frame = await self.websocket.recv()
                except TimeoutError:
                    if self.answering:
                        continue
                    await self.websocket.close(1000, "idle timeout")
                    return
                await self.receive(frame)
        except ConnectionClosed:
            pass
        finally:
            # A client that leaves mid-answer cancels it: the upstream request is closed.
            await self.stop_answer()

    @property
    def model(self) -> str:
        return self.session.model

    async def send(self, message: ServerMessage) -> None:
        await self.websocket.send(message.frame())

    async def receive(self, frame: str | bytes) -> None:
        """Act on one client frame; every problem is answered with an error message."""
        try:
            message = parse_client_frame(frame)
        except ProtocolError as error:
            await self.send(error.reply())
            return
        if isinstance(message, Clear):
            await self.stop_answer()
            self.session.clear()
            # A new conversation, so that the old token no longer brings the old turns back.
            self.visit.end()
            self.visit = self.chat.store.new_visit()
            await self.send(Cleared(resume=self.visit.token))
            return
        refusal = self.refusal(message.content)
        if refusal is not None:
            await self.send(refusal)
            return
        self.answer = asyncio.create_task(self.stream_answer(message.content.strip()))

    def refusal(self, question: str) -> ErrorMessage | None:
        """Why this question cannot be asked now, or None when it may go to the provider."""
        if self.answering:
            return ErrorMessage(
                code="answer_in_progress",
                message="An answer is still streaming; wait for it or send clear.",
            )
        try:
            check_question(question, self.limits.max_question_chars)
        except UsageError as error:
            return ErrorMessage(code=error.code, message=error.message)
        wait = self.rate.wait()
        if wait is not None:
            return ErrorMessage(
                code="too_many_questions",
                message=f"Too many questions this minute; wait {wait:.0f}s and ask again.",
            )
        if self.address_rate is not None:
            wait = self.address_rate.wait()
            if wait is not None:
                return ErrorMessage(
                    code="too_many_questions",
                    message=(
                        f"Too many questions from your address this minute; wait {wait:.0f}s "
                        "and ask again."
                    ),
                )
            self.address_rate.record()
        self.rate.record()
        return None

    async def stream_answer(self, question: str) -> None:
        """Reserve what the answer may cost, stream it, then keep its turn (answered, failed
        or interrupted) and settle its cost: the reported one, or the estimate when none was
        reported (an answer abandoned midway keeps its estimate)."""
        from websockets.exceptions import ConnectionClosed

        reservation = None
        cap = self.limits.daily_spend_cap
        if cap is not None:
            kept = self.session.conversation.kept_turns(question)
            texts = [question, *(text for turn in kept for text in turn)]
            reservation = await self.chat.store.reserve(self.chat.estimator.estimate(texts), cap)
            if reservation is None:
                with contextlib.suppress(ConnectionClosed):
                    await self.send(SPEND_CAP_REACHED)
                return
        asked_at, started = utc_now(), time.monotonic()
        self.outcome: Answered | Failed | None = None
        self.partial: list[str] = []
        try:
            await self.relay(question)
        finally:
            outcome = self.outcome or Interrupted("".join(self.partial), time.monotonic() - started)
            self.visit.record(question, outcome, asked_at)
            if reservation is not None:
                cost = cost_of(outcome)
                self.chat.estimator.saw(cost)
                self.chat.store.settle(reservation, cost)

    async def relay(self, question: str) -> None:
        """Send the answer's chunks, then the full answer or the provider's error."""
        from websockets.exceptions import ConnectionClosed

        try:
            await self.send(Status(state="thinking"))
            reasoning = False
            # ask() is an async generator; closing it closes the upstream request at once.
            events = self.session.ask(question)
            async with contextlib.aclosing(events):
                async for event in events:
                    if isinstance(event, Chunk):
                        self.partial.append(event.text)
                        await self.websocket.send(AnswerChunk.frame_of(event.text))
                    elif isinstance(event, Reasoning):
                        if not reasoning:  # said once; the reasoning itself is not sent
                            reasoning = True
                            await self.send(Status(state="reasoning"))
                    elif isinstance(event, Retrying):
                        await self.send(
                            Status(
                                state="retrying",
                                seconds=round(event.delay, 1),
                                attempt=event.attempt,
                                of=event.of,
                                reason=event.reason,
                            )
                        )
                    elif isinstance(event, Answered):
                        self.outcome = event
                        await self.finish(event)
                    elif isinstance(event, Failed):
                        self.outcome = event
                        log.info(
                            "answer failed session=%s seconds=%.2f code=%s",
                            self.session.session_id,
                            event.seconds,
                            event.error.code,
                        )
                        await self.send(
                            ErrorMessage(code=event.error.code, message=event.error.message)
                        )
        except ConnectionClosed:
            pass  # the client left; the caller's finally has cancelled or will cancel nothing more
        except Exception:
            # A bug must cost this client its answer, never the server or another client.
            log.exception("answer crashed session=%s", self.session.session_id)
            with contextlib.suppress(ConnectionClosed):
                await self.send(
                    ErrorMessage(code="internal_error", message="The server failed; ask again.")
                )

    async def finish(self, answered: Answered) -> None:
        usage = answered.usage
        log.info(
            "answer session=%s seconds=%.2f tokens=%s",
            self.session.session_id,
            answered.seconds,
            usage.summary() if usage else "not reported",
        )
        await self.send(
            FullAnswer(
                content=answered.text,
                usage=usage.reported if usage else None,
                model=answered.model,
                finish_reason=answered.finish,
            )
        )

    async def stop_answer(self) -> None:
        """Cancel an answer in progress and wait until its upstream request is closed."""
        if self.answer is not None and not self.answer.done():
            self.answer.cancel()
            await asyncio.wait([self.answer])
        self.answer = None
