"""The client: one request per answer, streamed, retried only where that is safe."""

from __future__ import annotations

import asyncio
import contextlib
import functools
import json
import logging
import random
import time
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable
from typing import Any

import httpx

from resume_chat import __version__
from resume_chat.errors import (
    DeadlineError,
    ProviderConnectionError,
    ProviderError,
)
from resume_chat.events import Chunk, ProviderEvent, Retrying
from resume_chat.openrouter.failures import error_for_status, transport_error
from resume_chat.openrouter.stream import AnswerStream
from resume_chat.provider import ChatRequest
from resume_chat.redact import mask_url, remember
from resume_chat.retry import MAX_RETRY_AFTER, backoff
from resume_chat.settings import Settings, masked

log = logging.getLogger("resume_chat.openrouter")

DRAIN_SECONDS = 0.5  # how long the end of a body may lag behind its `[DONE]`


async def _drain(chunks: AsyncIterator[bytes]) -> None:
    """Read the end of a finished stream, which follows `[DONE]` at once, so the connection
    can carry the next request; a server that holds it open is given up on after a moment."""
    with contextlib.suppress(httpx.HTTPError, TimeoutError):
        async with asyncio.timeout(DRAIN_SECONDS):
            async for _ in chunks:
                pass


class OpenRouterClient:
    """Streams chat completions over SSE; retries only what is safe to retry."""

    def __init__(
        self,
        settings: Settings,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        jitter: Callable[[], float] = random.random,
    ) -> None:
        self.settings = settings
        self._sleep = sleep
        self._jitter = jitter
        key = settings.api_key.get_secret_value() if settings.api_key else ""
        headers = {
            "User-Agent": f"resume-chat/{__version__}",
            "HTTP-Referer": settings.app_url,
            "X-OpenRouter-Title": "resume-chat",
            "X-Title": "resume-chat",
        }
        if key:
            remember(key)  # whatever its shape, it is removed from every provider text
            headers["Authorization"] = f"Bearer {key}"
        log.debug("endpoint %s, key %s", settings.base_url, masked(settings.api_key))
        self._client = httpx.AsyncClient(
            base_url=settings.base_url + "/",
            headers=headers,
            transport=transport,
            # The read timeout is the wait for the *next* byte, so a stalled stream ends too.
            timeout=httpx.Timeout(settings.timeout, connect=min(settings.timeout, 15.0)),
        )
        # What build_request would work out again for every answer, worked out once: under
        # serve's load that merging was half of httpx's cost per request.
        self._url = self._client.base_url.join("chat/completions")
        self._headers = httpx.Headers(self._client.headers)
        self._headers["Content-Type"] = "application/json"
        self._extensions = {"timeout": self._client.timeout.as_dict()}
        # An injected transport is called directly: the client's auth, redirect and cookie
        # steps do nothing here, and cost serve ~10% of its CPU. Without one, the client's
        # send picks the transport (and the proxy the environment names).
        self._send: Callable[[httpx.Request], Awaitable[httpx.Response]] = (
            transport.handle_async_request
            if transport is not None
            else functools.partial(self._client.send, stream=True)
        )

    async def aclose(self) -> None:
        await self._client.aclose()

    def body(self, request: ChatRequest) -> dict[str, Any]:
        body: dict[str, Any] = {
            "model": request.model,
            "messages": request.messages,
            "stream": True,
            # OpenAI-compatible servers (vLLM, Ollama) send usage only when asked this way.
            "stream_options": {"include_usage": True},
            "temperature": 0.2,
            "max_tokens": self.settings.max_tokens,
            "session_id": request.session_id[:256],
        }
        if self.settings.effort is not None:
            body["reasoning"] = {"effort": self.settings.effort}
        if request.user:
            body["user"] = request.user
        return body

    async def stream(self, request: ChatRequest) -> AsyncGenerator[ProviderEvent, None]:
        attempt = 0
        deadline = time.monotonic() + self.settings.answer_timeout
        while True:
            started = time.monotonic()
            emitted = False
            try:
                async with contextlib.aclosing(self._attempt(request, deadline)) as events:
                    async for event in events:
                        if isinstance(event, Chunk):
                            emitted = True
                        yield event
                log.debug("answer finished in %.2fs", time.monotonic() - started)
                return
            except TimeoutError:  # the answer's deadline, from asyncio.timeout_at
                error: ProviderError = self._past_deadline()
            except httpx.HTTPError as exc:
                error = transport_error(exc, self._client.base_url.host, self.settings.timeout)
            except ProviderError as exc:
                error = exc
            delay = self._delay(error, attempt, emitted)
            if delay is not None and time.monotonic() + delay > deadline:
                delay = None
            if delay is None:
                log.debug("not retrying: %s", error)
                raise error
            attempt += 1
            log.info("retry %d/%d in %.2fs: %s", attempt, self.settings.max_retries, delay, error)
            yield Retrying(delay, attempt, self.settings.max_retries, error.code)
            await self._sleep(delay)

    def _past_deadline(self) -> DeadlineError:
        return DeadlineError(
            f"The answer took longer than {self.settings.answer_timeout:g}s; try again, or "
            "raise RESUME_CHAT_ANSWER_TIMEOUT."
        )

    def _delay(self, error: ProviderError, attempt: int, emitted: bool) -> float | None:
        """Seconds to wait before the next try, or None when this error must surface now."""
        if emitted or not error.retryable or attempt >= self.settings.max_retries:
            return None
        asked = error.retry_after
        if asked is not None and asked > MAX_RETRY_AFTER:
            return None  # error_for_status put the wait in the message
        if asked is not None and asked >= 0:
            return float(asked)
        return backoff(attempt, self._jitter())

    def _request(self, chat: ChatRequest) -> httpx.Request:
        body = json.dumps(self.body(chat), ensure_ascii=False, separators=(",", ":"))
        return httpx.Request(
            "POST",
            self._url,
            headers=self._headers,
            content=body.encode(),
            extensions=self._extensions,
        )

    async def _attempt(
        self, request: ChatRequest, deadline: float
    ) -> AsyncGenerator[ProviderEvent, None]:
        log.info("POST %s model=%s", mask_url(str(self._url)), request.model)
        # Endless `100 Continue` or a header that trickles in: bounded by the deadline too.
        async with asyncio.timeout_at(_loop_time(deadline)):
            response = await self._send(self._request(request))
        async with contextlib.aclosing(response):
            log.debug("status %d", response.status_code)
            if response.status_code != 200:
                async with asyncio.timeout_at(_loop_time(deadline)):
                    body = await _read_error_body(response)
                raise error_for_status(response, body)
            stream = AnswerStream()
            chunks = response.aiter_bytes()
            async for raw in chunks:
                # Keep-alive comments reset the read timeout; they cannot pass the deadline.
                if time.monotonic() > deadline:
                    raise self._past_deadline()
                for data in stream.decoder.feed(raw):
                    if data.strip() == "[DONE]":
                        for event in stream.close():
                            yield event
                        await _drain(chunks)
                        return
                    for event in stream.events(data):
                        yield event
        raise ProviderConnectionError(
            "The provider closed the stream before the answer was complete; try again."
        )


MAX_ERROR_BODY = 64 * 1024  # an error body is a sentence; more is not read


async def _read_error_body(response: httpx.Response) -> bytes:
    """At most MAX_ERROR_BODY bytes of an error body."""
    body = bytearray()
    async for piece in response.aiter_bytes():
        body += piece
        if len(body) > MAX_ERROR_BODY:
            break
    return bytes(body[:MAX_ERROR_BODY])


def _loop_time(deadline: float) -> float:
    """A time.monotonic() deadline on the running loop's clock."""
    return asyncio.get_running_loop().time() + (deadline - time.monotonic())
