"""End to end: `ask` against upstreams that are broken or hostile (a compromised proxy, a buggy
local server). Each ends in one line and exit 1, in bounded time and memory, never a traceback."""

from __future__ import annotations

import asyncio
import ssl
import subprocess
import threading
import time
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.test_cli import ask, assert_one_line_error
from tests.test_serve_upstream import certificate  # noqa: F401 - a fixture

Handler = Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]]


@contextmanager
def raw_server(handler: Handler, tls: ssl.SSLContext | None = None) -> Iterator[list[int]]:
    """Serve `handler` on a loopback port in a thread; yields [port, connections so far]."""
    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()
    state = [0, 0]

    async def counted(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        state[1] += 1  # counted before any TLS handshake, so failed handshakes count too
        try:
            if tls is not None:
                await writer.start_tls(tls)
            await reader.readuntil(b"\r\n\r\n")
            await handler(reader, writer)
        except (ConnectionError, asyncio.IncompleteReadError, ssl.SSLError):
            pass
        finally:
            writer.close()

    async def start() -> asyncio.Server:
        return await asyncio.start_server(counted, "127.0.0.1", 0)

    server = asyncio.run_coroutine_threadsafe(start(), loop).result(10)
    state[0] = server.sockets[0].getsockname()[1]
    try:
        yield state
    finally:
        server.close()

        async def stop() -> None:
            for task in asyncio.all_tasks():
                if task is not asyncio.current_task():
                    task.cancel()

        asyncio.run_coroutine_threadsafe(stop(), loop).result(10)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(10)
        loop.close()


def run_ask(
    port: int, tmp_path: Path, scheme: str = "http", **env: str
) -> subprocess.CompletedProcess[str]:
    base = {
        "OPENROUTER_BASE_URL": f"{scheme}://localhost:{port}/api/v1",
        "OPENROUTER_API_KEY": "k" * 20,
    }
    return ask(None, "Q?", cwd=tmp_path, **(base | env))


async def gzip_lie(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    body = b'data: {"choices":[{"delta":{"content":"hi"}}]}\n\ndata: [DONE]\n\n'
    writer.write(
        b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nContent-Encoding: gzip\r\n"
        b"Content-Length: %d\r\n\r\n%s" % (len(body), body)
    )
    await writer.drain()


async def endless_line(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n\r\ndata: ")
    while True:  # 64 KiB at a time, never a newline
        writer.write(b"x" * 65536)
        await writer.drain()


async def endless_continue(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    while True:
        writer.write(b"HTTP/1.1 100 Continue\r\n\r\n")
        await writer.drain()
        await asyncio.sleep(0.05)


def test_a_gzip_header_on_a_plain_body_is_one_line(tmp_path: Path) -> None:
    with raw_server(gzip_lie) as (port, _):
        result = run_ask(port, tmp_path, RESUME_CHAT_MAX_RETRIES="0")
    assert_one_line_error(result, 1, "cannot be decoded")


def test_a_line_that_never_ends_is_cut_at_the_limit(tmp_path: Path) -> None:
    """The decoder refuses the line at 1 MiB instead of buffering 40 MB and more."""
    with raw_server(endless_line) as state:
        result = run_ask(state[0], tmp_path)
        connections = state[1]
    assert_one_line_error(result, 1, "more than 1,048,576 characters")
    assert connections == 1  # not retried: the same upstream would do it again


def test_endless_informational_responses_end_at_the_deadline(tmp_path: Path) -> None:
    """`100 Continue` forever keeps bytes coming, so only the answer's deadline ends it."""
    started = time.monotonic()
    with raw_server(endless_continue) as (port, _):
        result = run_ask(port, tmp_path, RESUME_CHAT_ANSWER_TIMEOUT="1.5")
    assert time.monotonic() - started < 30
    assert_one_line_error(result, 1, "RESUME_CHAT_ANSWER_TIMEOUT")


def test_a_certificate_failure_is_named_and_not_retried(
    tmp_path: Path,
    certificate: tuple[Path, Path],  # noqa: F811
) -> None:
    cert, key = certificate
    tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    tls.load_cert_chain(cert, key)

    async def never(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        raise AssertionError("the client must not get past the handshake")

    with raw_server(never, tls) as state:
        result = run_ask(state[0], tmp_path, "https")
        connections = state[1]
    assert_one_line_error(result, 1, "certificate of localhost could not be verified")
    assert "SSL_CERT_FILE" in result.stderr  # what to check: a proxy's CA, the clock
    assert connections == 1
