"""The OpenRouter client (any OpenAI-compatible endpoint): streaming, errors and retries."""

from __future__ import annotations

import asyncio
import contextlib
import functools
import json
import logging
import random
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import httpx

from resume_chat import __version__
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
from resume_chat.events import Chunk, ProviderEvent, Usage
from resume_chat.provider import ChatRequest
from resume_chat.retry import MAX_RETRY_AFTER, backoff, retry_after
from resume_chat.settings import Settings, masked
from resume_chat.sse import SSEDecoder

log = logging.getLogger("resume_chat.openrouter")

DRAIN_SECONDS = 0.5  # how long the end of a body may lag behind its `[DONE]`


def _provider_message(response: httpx.Response) -> tuple[str, dict[str, Any]]:
    """The error message and metadata from an error body, or the status text."""
    try:
        error = response.json().get("error") or {}
    except (ValueError, AttributeError):
        error = {}
    if not isinstance(error, dict):
        error = {"message": str(error)}
    message = str(error.get("message") or response.reason_phrase or "no message").strip()
    metadata = error.get("metadata") if isinstance(error.get("metadata"), dict) else {}
    return message.rstrip("."), metadata or {}


def error_for_status(response: httpx.Response) -> ProviderError:
    """One human sentence per failure status, with the provider's own message."""
    status = response.status_code
    message, metadata = _provider_message(response)
    wait = retry_after(response.headers)
    # A wait longer than we will sit through is told to the person instead.
    later = f" (the provider asks to wait {wait:.0f}s)" if wait and wait > MAX_RETRY_AFTER else ""
    if status == 400:
        return BadRequestError(
            f"The provider rejected the request (400: {message}); check the model id and settings.",
            status=status,
        )
    if status == 401:
        return AuthenticationError(
            f"The API key was refused (401: {message}); check OPENROUTER_API_KEY.", status=status
        )
    if status == 402:
        return CreditsError(
            f"Not enough credits for this request (402: {message}); add credits to the "
            "OpenRouter account or choose a cheaper model with --model.",
            status=status,
        )
    if status == 403:
        reasons = metadata.get("reasons")
        why = ", ".join(map(str, reasons)) if isinstance(reasons, list) and reasons else message
        return ModerationError(
            f"The question was blocked by moderation (403: {why}); rephrase it.", status=status
        )
    if status == 404:
        return BadRequestError(
            f"The endpoint was not found (404: {message}); check OPENROUTER_BASE_URL.",
            status=status,
        )
    if status == 408:
        return ProviderTimeoutError(
            f"The provider timed out (408: {message}); try again.", status=status
        )
    if status == 429:
        return RateLimitError(
            f"Rate limited by the provider (429: {message}); wait a moment and try again{later}.",
            status=status,
            retry_after=wait,
        )
    if status >= 500:
        return UpstreamError(
            f"The provider failed ({status}: {message}); try again shortly or choose another "
            f"model{later}.",
            status=status,
            retry_after=wait,
        )
    return ProviderError(f"The provider answered {status}: {message}.", status=status)


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
        return {
            "model": request.model,
            "messages": request.messages,
            "stream": True,
            # OpenAI-compatible servers (vLLM, Ollama) send usage only when asked this way.
            "stream_options": {"include_usage": True},
            "temperature": 0.2,
            "max_tokens": self.settings.max_tokens,
            "session_id": request.session_id[:256],
        }

    async def stream(self, request: ChatRequest) -> AsyncIterator[ProviderEvent]:
        attempt = 0
        while True:
            started = time.monotonic()
            emitted = False
            try:
                async for event in self._attempt(request):
                    if isinstance(event, Chunk):
                        emitted = True
                    yield event
                log.debug("answer finished in %.2fs", time.monotonic() - started)
                return
            except httpx.TimeoutException:
                error: ProviderError = ProviderTimeoutError(
                    f"No response from {self._client.base_url.host} for "
                    f"{self.settings.timeout:g}s; try again, or raise RESUME_CHAT_TIMEOUT."
                )
            except httpx.TransportError as exc:
                error = ProviderConnectionError(
                    f"Could not reach {self._client.base_url.host} "
                    f"({type(exc).__name__}); check the network and OPENROUTER_BASE_URL."
                )
            except ProviderError as exc:
                error = exc
            delay = self._delay(error, attempt, emitted)
            if delay is None:
                log.debug("not retrying: %s", error)
                raise error
            attempt += 1
            log.info("retry %d/%d in %.2fs: %s", attempt, self.settings.max_retries, delay, error)
            await self._sleep(delay)

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

    async def _attempt(self, request: ChatRequest) -> AsyncIterator[ProviderEvent]:
        log.info("POST %s model=%s", self._url, request.model)
        response = await self._send(self._request(request))
        async with contextlib.aclosing(response):
            log.debug("status %d", response.status_code)
            if response.status_code != 200:
                await response.aread()
                raise error_for_status(response)
            decoder = SSEDecoder()
            chunks = response.aiter_bytes()
            async for raw in chunks:
                for data in decoder.feed(raw):
                    if data.strip() == "[DONE]":
                        await _drain(chunks)
                        return
                    for event in self._events(data):
                        yield event
        raise ProviderConnectionError(
            "The provider closed the stream before the answer was complete; try again."
        )

    def _events(self, data: str) -> list[ProviderEvent]:
        try:
            payload = json.loads(data)
        except ValueError:
            raise StreamError("The provider sent a malformed event; try again.") from None
        if not isinstance(payload, dict):
            return []
        error = payload.get("error")
        if error:
            message = error.get("message", "unknown error") if isinstance(error, dict) else error
            code = error.get("code", "?") if isinstance(error, dict) else "?"
            raise StreamError(
                f"The provider failed mid-answer ({code}: {str(message).rstrip('.')}); ask again."
            )
        events: list[ProviderEvent] = []
        for choice in payload.get("choices") or []:
            delta = choice.get("delta") or {} if isinstance(choice, dict) else {}
            content = delta.get("content") if isinstance(delta, dict) else None
            if isinstance(content, str) and content:
                events.append(Chunk(content))
        usage = payload.get("usage")
        if isinstance(usage, dict) and usage:
            events.append(Usage.from_wire(usage))
        return events
