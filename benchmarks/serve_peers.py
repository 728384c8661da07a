"""The processes `benchmarks/serve.py` measures against: a stand-in API and two floors.

    python benchmarks/serve_peers.py --standin PORT_FILE
    python benchmarks/serve_peers.py --echo PORT_FILE
    python benchmarks/serve_peers.py --proxy UPSTREAM PORT_FILE

Each listens on an ephemeral loopback port, writes it to PORT_FILE and serves until killed
(ten minutes at most).
"""

from __future__ import annotations

import argparse
import asyncio
import json
from pathlib import Path
from typing import Any

TOKENS = 20  # chunks per answer
RATE = 50.0  # tokens per second, for the stand-in and the floor alike


# --- The lightweight stand-in: HTTP/1.1 keep-alive, chunked SSE at a fixed token rate. ---


def sse_chunk(event: dict[str, Any], tail: bytes = b"") -> bytes:
    """One HTTP chunk holding one server-sent event (and `tail`, already SSE)."""
    data = f"data: {json.dumps(event)}\n\n".encode() + tail
    return b"%x\r\n%s\r\n" % (len(data), data)


HEAD = b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n"
TOKEN_CHUNKS = [
    sse_chunk({"choices": [{"index": 0, "delta": {"content": f"tok{number} "}}]})
    for number in range(TOKENS)
]
USAGE = {"choices": [], "usage": {"prompt_tokens": 900, "completion_tokens": TOKENS}}
END = sse_chunk(USAGE, b"data: [DONE]\n\n") + b"0\r\n\r\n"


class StandinStream(asyncio.Protocol):
    """One keep-alive connection: read a request, stream the answer, one timer per token.

    The bytes are made once and written from timer callbacks: the stand-in plays a remote API,
    so the less of the two cores it takes from the server under test, the truer the figures."""

    def __init__(self) -> None:
        self.transport: asyncio.Transport | None = None
        self.received = b""
        self.timer: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self.received += data
        head, found, body = self.received.partition(b"\r\n\r\n")
        if not found:
            return
        length = 0
        for line in head.split(b"\r\n"):
            if line.lower().startswith(b"content-length:"):
                length = int(line.split(b":")[1])
        if len(body) >= length:
            self.received = body[length:]
            self.send(0, HEAD)

    def send(self, number: int, head: bytes = b"") -> None:
        assert self.transport is not None
        if self.transport.is_closing():
            return
        if number + 1 == TOKENS:
            self.transport.write(head + TOKEN_CHUNKS[number] + END)
            self.timer = None
            return
        self.transport.write(head + TOKEN_CHUNKS[number])
        loop = asyncio.get_running_loop()
        self.timer = loop.call_later(1 / RATE, self.send, number + 1)

    def connection_lost(self, exc: Exception | None) -> None:
        if self.timer is not None:
            self.timer.cancel()


def write_port(port_file: str, port: int) -> None:
    Path(port_file).write_text(str(port))


async def run_standin(port_file: str) -> None:
    loop = asyncio.get_running_loop()
    server = await loop.create_server(StandinStream, "127.0.0.1", 0, backlog=4096)
    write_port(port_file, server.sockets[0].getsockname()[1])
    async with server:
        await asyncio.sleep(600)  # bounded: a benchmark never runs this long


# --- The floor: a bare websockets server streaming the question back at the same rate. ---


async def run_echo(port_file: str) -> None:
    from websockets.asyncio.server import ServerConnection, serve

    async def echo(websocket: ServerConnection) -> None:
        await websocket.send(json.dumps({"type": "session", "session_id": "x", "model": "echo"}))
        async for frame in websocket:
            question = json.loads(frame)["content"]
            for number in range(TOKENS):
                if number:
                    await asyncio.sleep(1 / RATE)
                await websocket.send(json.dumps({"type": "chunk", "content": question[:8]}))
            await websocket.send(json.dumps({"type": "answer", "content": question}))

    async with serve(echo, "127.0.0.1", 0, compression=None, backlog=4096) as server:
        write_port(port_file, server.sockets[0].getsockname()[1])
        await asyncio.sleep(600)


# --- A second floor: a bare websockets server that makes the same upstream request. ---


async def run_proxy(port_file: str, upstream: str) -> None:
    """Forward each question to the stand-in through the upstream transport serve uses and
    relay its chunks: no limits, history, prompt or validation; the least any server that
    answers through an upstream API must do."""
    import httpx
    from websockets.asyncio.server import ServerConnection, serve

    from resume_chat.serve.upstream import UpstreamTransport

    transport = UpstreamTransport()
    url = httpx.URL(f"{upstream}/chat/completions")

    async def relay(websocket: ServerConnection) -> None:
        await websocket.send(json.dumps({"type": "session", "session_id": "x", "model": "proxy"}))
        async for frame in websocket:
            body = {"model": "m", "stream": True, "messages": [{"role": "user", "content": frame}]}
            request = httpx.Request("POST", url, json=body)
            response = await transport.handle_async_request(request)
            parts, pending = [], b""
            async for raw in response.aiter_raw():
                *lines, pending = (pending + raw).split(b"\n")
                for line in lines:
                    if not line.startswith(b"data: ") or line == b"data: [DONE]":
                        continue
                    for choice in json.loads(line[6:]).get("choices") or []:
                        text = choice["delta"].get("content")
                        if text:
                            parts.append(text)
                            await websocket.send(json.dumps({"type": "chunk", "content": text}))
            await response.aclose()
            await websocket.send(json.dumps({"type": "answer", "content": "".join(parts)}))

    async with serve(relay, "127.0.0.1", 0, compression=None, backlog=4096) as server:
        write_port(port_file, server.sockets[0].getsockname()[1])
        await asyncio.sleep(600)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--standin", metavar="PORT_FILE")
    which.add_argument("--echo", metavar="PORT_FILE")
    which.add_argument("--proxy", nargs=2, metavar=("UPSTREAM", "PORT_FILE"))
    options = parser.parse_args()
    if options.standin:
        asyncio.run(run_standin(options.standin))
    elif options.echo:
        asyncio.run(run_echo(options.echo))
    else:
        upstream, port_file = options.proxy
        asyncio.run(run_proxy(port_file, upstream))


if __name__ == "__main__":
    main()
