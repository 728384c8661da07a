"""The chat session: turns are recorded only for complete answers."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator, AsyncIterator

import httpx
import pytest

from resume_chat.errors import RateLimitError, UsageError
from resume_chat.events import Answered, Chunk, Failed, ProviderEvent, SessionEvent, Usage
from resume_chat.openrouter import OpenRouterClient
from resume_chat.provider import ChatRequest
from resume_chat.resume import parse_resume
from resume_chat.session import ChatSession
from resume_chat.settings import Secret, Settings

RESUME = parse_resume("# Ann Lee\n## Skills\n- Go\n")


class ScriptedProvider:
    """Answers with scripted chunks, or fails after them; records every request."""

    def __init__(self, chunks: list[str], error: Exception | None = None) -> None:
        self.chunks = chunks
        self.error = error
        self.requests: list[ChatRequest] = []
        self.closed = False
        self.gate: asyncio.Event | None = None

    async def stream(self, request: ChatRequest) -> AsyncGenerator[ProviderEvent, None]:
        self.requests.append(request)
        for chunk in self.chunks:
            yield Chunk(chunk)
            if self.gate is not None:
                await self.gate.wait()
        if self.error is not None:
            raise self.error
        yield Usage(prompt_tokens=10, completion_tokens=2)

    async def aclose(self) -> None:
        self.closed = True


async def run(session: ChatSession, question: str) -> list[SessionEvent]:
    return [event async for event in session.ask(question)]


async def test_answer_is_streamed_and_recorded() -> None:
    """Chunks pass through, then Answered with the whole text and usage; the turn is kept."""
    provider = ScriptedProvider(["Go ", "and more."])
    session = ChatSession(RESUME, provider, model="m")
    events = await run(session, "  Skills?  ")
    assert [e.text for e in events if isinstance(e, Chunk)] == ["Go ", "and more."]
    done = events[-1]
    assert isinstance(done, Answered)
    assert done.text == "Go and more."
    assert done.usage == Usage(prompt_tokens=10, completion_tokens=2)
    assert [(t.question, t.answer) for t in session.conversation.turns] == [
        ("Skills?", "Go and more.")
    ]


async def test_history_and_stable_session_id_reach_the_provider() -> None:
    """The second question carries the first turn and the same session id and system message."""
    provider = ScriptedProvider(["a"])
    session = ChatSession(RESUME, provider, model="m")
    await run(session, "one")
    await run(session, "two")
    first, second = provider.requests
    assert second.session_id == first.session_id
    assert second.messages[0] == first.messages[0]
    assert [m["content"] for m in second.messages[1:]] == ["one", "a", "two"]


async def test_failure_is_an_event_and_nothing_is_recorded() -> None:
    """A provider error arrives as Failed with the partial text; history is unchanged."""
    session = ChatSession(RESUME, ScriptedProvider(["half"], RateLimitError("slow")), model="m")
    events = await run(session, "q")
    failed = events[-1]
    assert isinstance(failed, Failed)
    assert isinstance(failed.error, RateLimitError)
    assert failed.partial == "half"
    assert session.conversation.turns == []
    assert session.last_question == "q"


@pytest.mark.parametrize("question", ["", "   ", "x" * 4001])
async def test_bad_questions_fail_without_a_request(question: str) -> None:
    """Empty or over-long questions never reach the provider."""
    provider = ScriptedProvider(["a"])
    events = await run(ChatSession(RESUME, provider, model="m"), question)
    assert len(events) == 1
    assert isinstance(events[0], Failed)
    assert isinstance(events[0].error, UsageError)
    assert provider.requests == []


async def test_cancelled_answer_is_not_recorded() -> None:
    """Cancelling mid-answer (Ctrl-C, a closed socket) leaves the conversation unchanged."""
    provider = ScriptedProvider(["first", "never"])
    provider.gate = asyncio.Event()
    session = ChatSession(RESUME, provider, model="m")
    seen: list[SessionEvent] = []
    first_seen = asyncio.Event()

    async def consume() -> None:
        async for event in session.ask("q"):
            seen.append(event)
            first_seen.set()

    task = asyncio.create_task(consume())
    await first_seen.wait()
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert seen == [Chunk("first")]
    assert session.conversation.turns == []


async def test_retry_forgets_the_last_turn_and_returns_its_question() -> None:
    """forget_last_turn drops the answered turn so the question can be asked again."""
    session = ChatSession(RESUME, ScriptedProvider(["a"]), model="m")
    await run(session, "again?")
    assert session.forget_last_turn() == "again?"
    assert session.conversation.turns == []
    session.clear()
    assert session.forget_last_turn() is None


async def test_aclose_closes_the_provider() -> None:
    """Closing the session releases the provider's connections."""
    provider = ScriptedProvider([])
    await ChatSession(RESUME, provider, model="m").aclose()
    assert provider.closed


async def test_retry_after_a_failure_keeps_an_earlier_identical_turn() -> None:
    """If the same question was answered before and asking it again failed, retry drops nothing."""
    provider = ScriptedProvider(["first answer"])
    session = ChatSession(RESUME, provider, model="m")
    await run(session, "same?")
    provider.error = RateLimitError("slow")
    provider.chunks = []
    await run(session, "same?")
    assert session.forget_last_turn() == "same?"
    assert [t.answer for t in session.conversation.turns] == ["first answer"]


class _Stream(httpx.AsyncByteStream):
    """A response body that streams one event and then waits, and records being closed."""

    def __init__(self) -> None:
        self.closed = False

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield b'data: {"choices":[{"delta":{"content":"Hello."}}]}\n\n'
        await asyncio.Event().wait()  # the rest of the answer never comes
        yield b""

    async def aclose(self) -> None:
        self.closed = True


@pytest.mark.parametrize("how", ["aclose", "cancel"])
async def test_leaving_an_answer_closes_the_upstream_response_at_once(how: str) -> None:
    """Closing the session's answer (a socket client leaving) or cancelling the task that
    shows it (Ctrl-C) closes the upstream response before control comes back: no loop
    iteration, no finalizer, is needed."""
    body = _Stream()
    transport = httpx.MockTransport(lambda request: httpx.Response(200, stream=body))
    client = OpenRouterClient(Settings(api_key=Secret("k" * 20)), transport=transport)
    session = ChatSession(RESUME, client, model="m")
    if how == "aclose":
        events = session.ask("Where?")
        assert await anext(events) == Chunk("Hello.")
        await events.aclose()
    else:
        seen = asyncio.Event()

        async def show() -> None:
            async for event in session.ask("Where?"):
                if isinstance(event, Chunk):
                    seen.set()

        task = asyncio.create_task(show())
        await seen.wait()
        task.cancel()
        await asyncio.wait([task])
    assert body.closed
    assert session.conversation.turns == []
    await client.aclose()
