"""The OpenRouter client against an injected transport: wire format, errors and retries."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable
from typing import Any

import httpx
import pytest

from resume_chat.errors import (
    AuthenticationError,
    BadRequestError,
    CreditsError,
    ModerationError,
    ProviderConnectionError,
    ProviderError,
    ProviderTimeoutError,
    RateLimitError,
    StreamError,
    UpstreamError,
)
from resume_chat.events import Chunk, Finish, ProviderEvent, Usage
from resume_chat.openrouter import OpenRouterClient
from resume_chat.provider import ChatRequest
from resume_chat.settings import Secret, Settings
from tests.standin import DEFAULT_USAGE, Reply, sse_events

KEY = "sk-or-v1-unit0123456789abcdef"
REQUEST = ChatRequest(
    [{"role": "system", "content": "S"}, {"role": "user", "content": "Where?"}], "m/x", "sid-1"
)


def stream_of(pieces: list[bytes]) -> AsyncIterator[bytes]:
    async def generate() -> AsyncIterator[bytes]:
        for piece in pieces:
            yield piece

    return generate()


def streamed(reply: Reply, split: int | None = None) -> httpx.Response:
    raw = b"".join(sse_events(reply))
    pieces = [raw[i : i + split] for i in range(0, len(raw), split)] if split else [raw]
    return httpx.Response(200, content=stream_of(pieces))


def failing(status: int, message: str = "nope", **extra: Any) -> httpx.Response:
    headers = extra.pop("headers", {})
    body = {"error": {"code": status, "message": message, **extra}}
    return httpx.Response(status, json=body, headers=headers)


class Recorder:
    """A transport that answers each request with the next scripted response."""

    def __init__(self, *responses: httpx.Response | Exception) -> None:
        self.responses = list(responses)
        self.requests: list[httpx.Request] = []
        self.delays: list[float] = []

    def handler(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        response = self.responses.pop(0)
        if isinstance(response, Exception):
            raise response
        return response

    async def sleep(self, seconds: float) -> None:
        self.delays.append(seconds)

    def client(self, **settings: Any) -> OpenRouterClient:
        return OpenRouterClient(
            Settings(api_key=Secret(KEY), **settings),
            transport=httpx.MockTransport(self.handler),
            sleep=self.sleep,
            jitter=lambda: 0.0,
        )


async def collect(client: OpenRouterClient) -> list[ProviderEvent]:
    try:
        return [event async for event in client.stream(REQUEST)]
    finally:
        await client.aclose()


def text_of(events: list[ProviderEvent]) -> str:
    return "".join(event.text for event in events if isinstance(event, Chunk))


async def test_streams_text_and_usage() -> None:
    """Chunks arrive in order; empty and null deltas are skipped; usage comes after the text,
    and last of all why the model stopped and which model answered."""
    recorder = Recorder(streamed(Reply(text="Hello, wörld ✓", model="openai/gpt-5-mini-2025")))
    events = await collect(recorder.client())
    assert text_of(events) == "Hello, wörld ✓"
    assert all(event.text for event in events if isinstance(event, Chunk))
    assert events[-1] == Finish("stop", "openai/gpt-5-mini-2025")
    usage = events[-2]
    assert isinstance(usage, Usage)
    assert usage.cached_tokens == 768
    assert usage.cost == pytest.approx(0.000123)
    assert usage.reported == DEFAULT_USAGE


@pytest.mark.parametrize("split", [1, 2, 3, 5, 7, 64])
async def test_any_byte_split_gives_the_same_answer(split: int) -> None:
    """Network chunks that cut lines and UTF-8 characters change nothing."""
    text = "Ünïcödé ✓ 🎉 across every boundary\n\n- one\n- two"
    recorder = Recorder(streamed(Reply(text=text, delta_chars=2), split=split))
    assert text_of(await collect(recorder.client())) == text


async def test_request_carries_model_session_headers_and_key() -> None:
    """The body names the model and session; the key goes only in Authorization."""
    recorder = Recorder(streamed(Reply()))
    await collect(recorder.client(base_url="http://127.0.0.1:1/v1", max_tokens=99))
    request = recorder.requests[0]
    assert str(request.url) == "http://127.0.0.1:1/v1/chat/completions"
    assert request.headers["authorization"] == f"Bearer {KEY}"
    assert request.headers["x-openrouter-title"] == "resume-chat"
    assert "http-referer" in request.headers
    body = json.loads(request.content)
    assert body["model"] == "m/x"
    assert body["session_id"] == "sid-1"
    assert body["stream"] is True
    assert body["max_tokens"] == 99
    assert body["messages"] == REQUEST.messages
    assert KEY not in request.content.decode()


@pytest.mark.parametrize(
    ("status", "kind", "words"),
    [
        (400, BadRequestError, "check the model id"),
        (401, AuthenticationError, "check OPENROUTER_API_KEY"),
        (402, CreditsError, "add credits"),
        (403, ModerationError, "moderation"),
        (404, BadRequestError, "check OPENROUTER_BASE_URL"),
    ],
)
async def test_client_errors_are_not_retried(
    status: int, kind: type[ProviderError], words: str
) -> None:
    """400, 401, 402, 403 fail at once with a sentence that includes the provider's message."""
    recorder = Recorder(failing(status, "provider says why"))
    with pytest.raises(kind) as caught:
        await collect(recorder.client())
    assert words in str(caught.value)
    assert "provider says why" in str(caught.value) or status == 403
    assert len(recorder.requests) == 1
    assert caught.value.exit_code == 1


async def test_moderation_lists_the_reasons() -> None:
    """A 403 names the moderation reasons from metadata."""
    recorder = Recorder(failing(403, "Flagged", metadata={"reasons": ["harassment", "hate"]}))
    with pytest.raises(ModerationError, match="harassment, hate"):
        await collect(recorder.client())


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 524, 529])
async def test_retryable_statuses_are_retried_then_succeed(status: int) -> None:
    """Transient failures are retried with exponential backoff; the answer then arrives."""
    recorder = Recorder(failing(status), failing(status), streamed(Reply(text="ok")))
    assert text_of(await collect(recorder.client())) == "ok"
    assert recorder.delays == [0.5, 1.0]


async def test_retries_give_up_after_max_retries() -> None:
    """After max_retries the last error surfaces."""
    recorder = Recorder(failing(503), failing(503), failing(503, "still down"))
    with pytest.raises(UpstreamError, match="still down"):
        await collect(recorder.client(max_retries=2))
    assert len(recorder.requests) == 3


async def test_retry_after_header_is_honoured() -> None:
    """Retry-After in seconds and retry-after-ms replace the computed backoff."""
    recorder = Recorder(
        failing(429, headers={"Retry-After": "3"}),
        failing(429, headers={"retry-after-ms": "250"}),
        streamed(Reply(text="ok")),
    )
    assert text_of(await collect(recorder.client())) == "ok"
    assert recorder.delays == [3.0, 0.25]


async def test_retry_after_too_long_gives_up_with_the_wait() -> None:
    """A server asking for more than 120 s is not waited on; the message says how long."""
    recorder = Recorder(failing(429, "slow down", headers={"Retry-After": "600"}))
    with pytest.raises(RateLimitError, match="asks to wait 600s"):
        await collect(recorder.client())
    assert recorder.delays == []


async def test_connection_errors_and_timeouts_before_output_are_retried() -> None:
    """A refused connection and a read timeout before any text are tried again."""
    recorder = Recorder(
        httpx.ConnectError("refused"), httpx.ReadTimeout("slow"), streamed(Reply(text="ok"))
    )
    assert text_of(await collect(recorder.client())) == "ok"
    assert len(recorder.requests) == 3


async def test_timeout_message_names_the_setting() -> None:
    """A stream that never answers ends with the timeout and the setting to raise."""
    recorder = Recorder(httpx.ReadTimeout("slow"))
    with pytest.raises(ProviderTimeoutError, match="RESUME_CHAT_TIMEOUT"):
        await collect(recorder.client(max_retries=0, timeout=1.5))


async def test_error_inside_a_200_stream_after_text_is_not_retried() -> None:
    """A mid-stream error surfaces once; text already shown is never re-requested."""
    reply = Reply(text="Partial", error={"code": "server_error", "message": "Provider crashed"})
    recorder = Recorder(streamed(reply), streamed(Reply()))
    events: list[ProviderEvent] = []
    client = recorder.client()

    async def consume() -> None:
        async for event in client.stream(REQUEST):
            events.append(event)

    with pytest.raises(StreamError, match="server_error: Provider crashed"):
        await consume()
    await client.aclose()
    assert text_of(events) == "Partial"
    assert len(recorder.requests) == 1


async def test_stream_cut_before_done_is_an_error() -> None:
    """A connection closed before [DONE] is not taken as a complete answer."""
    raw = b"".join(sse_events(Reply(text="abcdef")))
    cut = raw[: raw.index(b"finish_reason")]
    recorder = Recorder(httpx.Response(200, content=stream_of([cut])))
    with pytest.raises(ProviderConnectionError, match="closed the stream"):
        await collect(recorder.client(max_retries=0))


async def test_error_messages_never_contain_the_key() -> None:
    """Every error message is free of the key, whatever the provider echoes."""
    responses: list[Callable[[], httpx.Response | Exception]] = [
        lambda: failing(401, "bad key"),
        lambda: failing(500),
        lambda: httpx.ConnectError("refused"),
    ]
    for make in responses:
        recorder = Recorder(make())
        with pytest.raises(ProviderError) as caught:
            await collect(recorder.client(max_retries=0))
        assert KEY not in str(caught.value)
