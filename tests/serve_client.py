"""Helpers for the serve tests: a server on an ephemeral port and a real websockets client."""

from __future__ import annotations

import asyncio
import contextlib
import json
import socket
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

from pydantic import SecretStr
from websockets.asyncio.client import ClientConnection, connect

from resume_chat.serve.limits import ServeSettings
from resume_chat.serve.listening import open_server
from resume_chat.serve.server import ChatServer
from resume_chat.serve.storage import StoreChoice
from resume_chat.settings import Settings
from tests.standin import StandIn

RESUME = Path(__file__).resolve().parent.parent / "data" / "resume.md"
API_KEY = "sk-or-v1-serve-test-key-0123456789abcdef"


def settings_for(standin: StandIn, **overrides: Any) -> Settings:
    return settings_at(standin.base_url, **overrides)


def settings_at(base_url: str, **overrides: Any) -> Settings:
    """Settings for a provider at `base_url`, with the test key and no retries."""
    values: dict[str, Any] = {
        "api_key": SecretStr(API_KEY),
        "base_url": base_url,
        "resume": RESUME,
        "max_retries": 0,
        "timeout": 5.0,
    }
    values.update(overrides)
    return Settings(**values)


@contextlib.asynccontextmanager
async def running(
    standin: StandIn,
    *,
    settings: Settings | None = None,
    store: StoreChoice | None = None,
    **limits: Any,
) -> AsyncIterator[ChatServer]:
    """A server on 127.0.0.1 and a free port, closed (clients get 1001) on exit; it keeps
    visitors' conversations only in the `store` named (none by default)."""
    async with open_server(
        settings or settings_for(standin), ServeSettings(port=0, **limits), store=store
    ) as chat:
        yield chat


def ws_url(chat: ChatServer, query: str = "") -> str:
    return chat.url.replace("http://", "ws://") + "/ws" + query


@contextlib.asynccontextmanager
async def client(chat: ChatServer, query: str = "", **options: Any) -> AsyncIterator[Session]:
    """A connected client that has already read its `session` message."""
    async with connect(ws_url(chat, query), **options) as websocket:
        started = await receive(websocket)
        assert started["type"] == "session"
        yield Session(websocket, started)


class Session:
    def __init__(self, websocket: ClientConnection, started: dict[str, Any]) -> None:
        self.websocket = websocket
        self.started = started
        self.frames: list[dict[str, Any]] = [started]  # every frame read, status frames too

    async def send(self, message: dict[str, Any] | str | bytes) -> None:
        await self.websocket.send(
            message if isinstance(message, str | bytes) else json.dumps(message)
        )

    async def receive(self, *, statuses: bool = False) -> dict[str, Any]:
        """The next frame; `status` frames are recorded in `frames` and skipped unless asked."""
        while True:
            message = await receive(self.websocket, statuses=True)
            self.frames.append(message)
            if statuses or message["type"] != "status":
                return message

    async def ask(self, question: str) -> tuple[list[str], dict[str, Any]]:
        """Ask and read until the answer or an error: (chunks, final message)."""
        await self.send({"type": "question", "content": question})
        return await self.until_done()

    async def until_done(self) -> tuple[list[str], dict[str, Any]]:
        chunks: list[str] = []
        while True:
            message = await self.receive()
            if message["type"] != "chunk":
                return chunks, message
            chunks.append(message["content"])


async def receive(websocket: ClientConnection, *, statuses: bool = False) -> dict[str, Any]:
    """The next frame as JSON; `status` frames (the wait before the first chunk) are skipped
    unless asked for."""
    while True:
        async with asyncio.timeout(5):
            frame = await websocket.recv()
        message = json.loads(frame)
        assert isinstance(message, dict)
        if statuses or message.get("type") != "status":
            return message


def http_request(method: str, path: str, *headers: str, host: str | None = "127.0.0.1") -> bytes:
    """The bytes of an HTTP/1.1 request, headers as written (duplicates kept)."""
    lines = [f"{method} {path} HTTP/1.1", *([f"Host: {host}"] if host else []), *headers]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


UPGRADE = (
    "Upgrade: websocket",
    "Connection: Upgrade",
    "Sec-WebSocket-Version: 13",
    "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==",
)


async def raw_exchange(port: int, request: bytes) -> tuple[int, bytes, bytes]:
    """Send raw request bytes; (status, head, body) of the answer, read until the server closes."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        writer.write(request)
        async with asyncio.timeout(5):
            answer = await reader.read()
    finally:
        writer.close()
        await writer.wait_closed()
    head, _, body = answer.partition(b"\r\n\r\n")
    return int(head.split(b" ", 2)[1]), head, body


async def stalled_client(chat: ChatServer, question: str) -> socket.socket:
    """A client that upgrades, asks `question` and then never reads its socket again; its
    receive buffer is made small so that the server's sends soon have to wait."""
    from websockets.frames import Frame, Opcode

    loop = asyncio.get_running_loop()
    sock = socket.socket()
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    sock.setblocking(False)
    await loop.sock_connect(sock, ("127.0.0.1", chat.port))
    await loop.sock_sendall(sock, http_request("GET", "/ws", *UPGRADE))
    head = b""
    async with asyncio.timeout(5):
        while b"\r\n\r\n" not in head:
            head += await loop.sock_recv(sock, 1)  # byte by byte: nothing past the head
    assert head.startswith(b"HTTP/1.1 101"), head
    frame = Frame(Opcode.TEXT, json.dumps({"type": "question", "content": question}).encode())
    await loop.sock_sendall(sock, frame.serialize(mask=True))
    return sock
