"""A loopback stand-in for OpenRouter, written from the wire format in shared/OPENROUTER.md.

It speaks real HTTP/1.1 over a real socket, in a thread of its own, so both the installed
command (as a subprocess) and in-process clients can be tested against it. Each request is
answered by the next scripted `Reply`, or by `responder` when the script is empty.

By default each response ends by closing the connection, as the simplest server would. With
`keep_alive=True` it behaves like OpenRouter's HTTP/1.1 front: streamed answers are sent
with chunked encoding, errors with a Content-Length, and the connection carries the next request.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

DEFAULT_USAGE: dict[str, Any] = {
    "prompt_tokens": 812,
    "completion_tokens": 24,
    "total_tokens": 836,
    "cost": 0.000123,
    "prompt_tokens_details": {"cached_tokens": 768},
}


@dataclass
class Reply:
    """One scripted response."""

    text: str = "Maya works at **Northwind Payments**."
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    error: dict[str, Any] | None = None  # body of a non-200 reply, or a mid-stream error
    delta_chars: int = 3  # characters of answer per SSE event
    write_bytes: int | None = None  # split the byte stream into writes of this size
    keepalive: bool = True  # send ": OPENROUTER PROCESSING" comments first
    usage: dict[str, Any] | None = field(default_factory=lambda: dict(DEFAULT_USAGE))
    event_delay: float = 0.0  # seconds between events (a fixed token rate)
    stall_after_events: int | None = None  # stop sending (keep the socket open) after N events
    pauses: dict[int, float] = field(default_factory=dict)  # event number -> seconds after it
    cut_after_events: int | None = None  # close the socket without [DONE] after N events
    model: str | None = None  # the model reported in chunks; None: the model asked for
    reasoning: str = ""  # sent first, as `reasoning` and `reasoning_details` deltas
    finish_reason: str = "stop"
    thinking_seconds: float = 0.0  # keep-alive comments only, every 0.2 s, before any event
    # "{authorization}" in `text` or in the error's message is replaced by the request's
    # Authorization header: a provider or proxy that echoes the key.


def answer_to_question(body: dict[str, Any]) -> Reply:
    """Echo the last question, so every answer says which question it answers."""
    return Reply(text=f"Answer to: {body['messages'][-1]['content']}")


@dataclass
class Recorded:
    method: str
    path: str
    headers: dict[str, str]
    body: dict[str, Any] | None
    received_at: float = 0.0  # time.monotonic() when the whole request had arrived


def content_event(offset: int, delta_chars: int = 3) -> int:
    """The number of the SSE event that carries the answer's character at `offset`."""
    piece = offset // delta_chars
    # keep-alive comment, role-only delta, then content; the first content event is followed
    # by the documented empty and null deltas.
    return 2 + piece + (2 if piece else 0)


def sse_events(reply: Reply) -> list[bytes]:
    """The SSE byte events of a streamed reply, in order."""
    events: list[bytes] = []
    if reply.keepalive:
        events.append(b": OPENROUTER PROCESSING\n\n")

    def data(payload: dict[str, Any]) -> bytes:
        # Raw UTF-8, as real servers send it: U+2028 and U+2029 stay unescaped.
        return f"data: {json.dumps(payload, ensure_ascii=False)}\n\n".encode()

    base = {"id": "gen-standin", "object": "chat.completion.chunk", "model": reply.model}
    events.append(data({**base, "choices": [{"index": 0, "delta": {"role": "assistant"}}]}))
    for start in range(0, len(reply.reasoning), reply.delta_chars):
        piece = reply.reasoning[start : start + reply.delta_chars]
        detail = {"type": "reasoning.text", "text": piece, "format": "unknown", "index": 0}
        delta = {"content": None, "reasoning": piece, "reasoning_details": [detail]}
        events.append(data({**base, "choices": [{"index": 0, "delta": delta}]}))
    text = reply.text
    for start in range(0, len(text), reply.delta_chars):
        piece = text[start : start + reply.delta_chars]
        events.append(data({**base, "choices": [{"index": 0, "delta": {"content": piece}}]}))
        if start == 0:  # the documented empty and null deltas
            events.append(data({**base, "choices": [{"index": 0, "delta": {"content": ""}}]}))
            events.append(data({**base, "choices": [{"index": 0, "delta": {"content": None}}]}))
    if reply.error is not None:
        events.append(
            data(
                {
                    **base,
                    "error": reply.error,
                    "choices": [{"index": 0, "delta": {"content": ""}, "finish_reason": "error"}],
                }
            )
        )
        return events
    finish = {"index": 0, "delta": {}, "finish_reason": reply.finish_reason}
    events.append(data({**base, "choices": [finish]}))
    if reply.usage is not None:
        events.append(data({**base, "choices": [], "usage": reply.usage}))
    events.append(b"data: [DONE]\n\n")
    return events


def echoing(reply: Reply, authorization: str) -> Reply:
    """The reply with "{authorization}" replaced by the header the request carried."""
    if "{authorization}" not in reply.text + json.dumps(reply.error):
        return reply
    error = reply.error
    if error is not None:
        error = json.loads(json.dumps(error).replace("{authorization}", authorization))
    return replace(reply, text=reply.text.replace("{authorization}", authorization), error=error)


class StandIn:
    """Start with `with StandIn() as server:`; `server.base_url` is the OpenRouter base URL."""

    def __init__(
        self,
        responder: Callable[[dict[str, Any]], Reply] | None = None,
        *,
        keep_alive: bool = False,
    ) -> None:
        self.keep_alive = keep_alive
        self.connections = 0  # TCP connections accepted
        self.replies: deque[Reply] = deque()
        self.responder = responder or (lambda body: Reply())
        self.requests: list[Recorded] = []
        self.disconnects = 0  # responses the client closed before they were complete
        self.disconnected = threading.Event()
        self.open_streams = 0
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._server: asyncio.Server | None = None
        self.port = 0

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/v1"

    def script(self, *replies: Reply) -> None:
        self.replies.extend(replies)

    def __enter__(self) -> StandIn:
        self._thread.start()
        future = asyncio.run_coroutine_threadsafe(self._start(), self._loop)
        future.result(timeout=10)
        return self

    def __exit__(self, *exc: object) -> None:
        asyncio.run_coroutine_threadsafe(self._stop(), self._loop).result(timeout=10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=10)
        self._loop.close()

    async def _start(self) -> None:
        self._server = await asyncio.start_server(self._handle, "127.0.0.1", 0)
        self.port = self._server.sockets[0].getsockname()[1]

    async def _stop(self) -> None:
        assert self._server is not None
        self._server.close()
        for task in asyncio.all_tasks():
            if task is not asyncio.current_task():
                task.cancel()

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        try:
            while await self._exchange(reader, writer) and self.keep_alive:
                pass
        except (ConnectionError, asyncio.IncompleteReadError):
            pass
        finally:
            writer.close()

    async def _exchange(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> bool:
        """Read one request and answer it; False when the connection must not be used again."""
        head = await reader.readuntil(b"\r\n\r\n")
        request_line, *header_lines = head.decode("latin-1").split("\r\n")
        method, path, _ = request_line.split(" ", 2)
        headers = {}
        for line in header_lines:
            if ":" in line:
                name, value = line.split(":", 1)
                headers[name.strip().lower()] = value.strip()
        length = int(headers.get("content-length", "0"))
        raw = await reader.readexactly(length) if length else b""
        body = json.loads(raw) if raw else None
        self.requests.append(Recorded(method, path, headers, body, time.monotonic()))
        return await self._respond(path, body or {}, reader, writer, headers)

    async def _respond(
        self,
        path: str,
        body: dict[str, Any],
        reader: asyncio.StreamReader,
        writer: asyncio.StreamWriter,
        headers: dict[str, str],
    ) -> bool:
        if not path.endswith("/chat/completions"):
            await self._send(writer, 404, {"error": {"code": 404, "message": "Not Found"}})
            return True
        reply = self.replies.popleft() if self.replies else self.responder(body)
        if reply.model is None:
            reply = replace(reply, model=str(body.get("model", "openai/gpt-5-mini")))
        reply = echoing(reply, headers.get("authorization", ""))
        if reply.status != 200:
            error = reply.error or {"code": reply.status, "message": "scripted failure"}
            await self._send(writer, reply.status, {"error": error}, reply.headers)
            return True
        framing = "Transfer-Encoding: chunked" if self.keep_alive else "Connection: close"
        head = (
            "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n"
            f"Cache-Control: no-cache\r\n{framing}\r\n"
        )
        head += "".join(f"{k}: {v}\r\n" for k, v in reply.headers.items())
        writer.write((head + "\r\n").encode())
        self.open_streams += 1
        try:
            await self._think(reply, writer)
            finished = await self._stream(reply, reader, writer)
        finally:
            self.open_streams -= 1
        if finished and self.keep_alive:
            writer.write(b"0\r\n\r\n")
            await writer.drain()
        return finished

    async def _stream(
        self, reply: Reply, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> bool:
        """Send the events; False if the stream was stalled, cut or left by the client."""
        for number, event in enumerate(sse_events(reply)):
            if number == reply.stall_after_events:
                await self._wait_for_close(reader)
                return False
            if number == reply.cut_after_events:
                return False
            size = reply.write_bytes or len(event)
            for start in range(0, len(event), size):
                piece = event[start : start + size]
                writer.write(b"%x\r\n%s\r\n" % (len(piece), piece) if self.keep_alive else piece)
                try:
                    await writer.drain()
                except ConnectionError:
                    self._client_left()
                    return False
                if reply.write_bytes:
                    await asyncio.sleep(0.0005)
            if reply.event_delay:
                await asyncio.sleep(reply.event_delay)
            if number in reply.pauses:
                await asyncio.sleep(reply.pauses[number])
            if writer.transport.is_closing() or reader.at_eof():
                self._client_left()
                return False
        return True

    async def _think(self, reply: Reply, writer: asyncio.StreamWriter) -> None:
        """Keep-alive comments only, as OpenRouter sends while a model reasons."""
        until = time.monotonic() + reply.thinking_seconds
        while time.monotonic() < until:
            comment = b": OPENROUTER PROCESSING\n\n"
            writer.write(b"%x\r\n%s\r\n" % (len(comment), comment) if self.keep_alive else comment)
            await writer.drain()
            await asyncio.sleep(0.2)

    async def _wait_for_close(self, reader: asyncio.StreamReader) -> None:
        """Hold a stalled stream open until the client gives up and closes it: with a FIN, or
        with a reset when it closes with events it never read in its socket's buffer."""
        with contextlib.suppress(ConnectionError):
            await reader.read()
        self._client_left()

    def _client_left(self) -> None:
        self.disconnects += 1
        self.disconnected.set()

    async def _send(
        self,
        writer: asyncio.StreamWriter,
        status: int,
        body: dict[str, Any],
        headers: dict[str, str] | None = None,
    ) -> None:
        payload = json.dumps(body).encode()
        head = (
            f"HTTP/1.1 {status} Scripted\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(payload)}\r\n"
        )
        if not self.keep_alive:
            head += "Connection: close\r\n"
        head += "".join(f"{k}: {v}\r\n" for k, v in (headers or {}).items())
        writer.write((head + "\r\n").encode() + payload)
        await writer.drain()
