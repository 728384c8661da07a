"""serve's upstream transport (httpx over aiohttp) on real loopback sockets: streaming, reuse,
failures, cancel, TLS, proxies, the connection limit and the timeouts."""

from __future__ import annotations

import asyncio
import contextlib
import shutil
import socket
import ssl
import subprocess
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from resume_chat.errors import (
    CertificateError,
    ProviderConnectionError,
    ProviderTimeoutError,
    RateLimitError,
)
from resume_chat.events import Chunk
from resume_chat.openrouter import OpenRouterClient
from resume_chat.provider import ChatRequest
from resume_chat.serve.upstream import PAUSE_BYTES, UpstreamTransport
from tests.serve_client import settings_at, settings_for
from tests.standin import Reply, StandIn

REQUEST = ChatRequest([{"role": "user", "content": "Where?"}], "m/x", "sid-1")


async def answer(client: OpenRouterClient) -> str:
    return "".join([e.text async for e in client.stream(REQUEST) if isinstance(e, Chunk)])


@contextlib.asynccontextmanager
async def client_for(standin: StandIn, **settings: Any) -> AsyncIterator[OpenRouterClient]:
    client = OpenRouterClient(settings_for(standin, **settings), transport=UpstreamTransport())
    try:
        yield client
    finally:
        await client.aclose()


@pytest.mark.parametrize("keep_alive", [True, False], ids=["chunked", "until-close"])
async def test_streams_answers_and_reuses_keep_alive_connections(keep_alive: bool) -> None:
    with StandIn(keep_alive=keep_alive) as standin:
        standin.script(Reply(text="First answer, in pieces."), Reply(text="Second ✓"))
        async with client_for(standin) as client:
            assert await answer(client) == "First answer, in pieces."
            assert await answer(client) == "Second ✓"
        # The client stops reading at [DONE]; the chunked end that follows is still read,
        # so the connection carries the second request.
        assert standin.connections == (1 if keep_alive else 2)
        assert len(standin.requests) == 2


async def test_an_error_status_is_read_whole_and_the_connection_kept() -> None:
    with StandIn(keep_alive=True) as standin:
        standin.script(Reply(status=429, error={"code": 429, "message": "Slow down"}), Reply())
        async with client_for(standin) as client:
            with pytest.raises(RateLimitError, match="Slow down"):
                await answer(client)
            assert "Northwind" in await answer(client)
        assert standin.connections == 1


@pytest.mark.parametrize("keep_alive", [True, False], ids=["chunked", "until-close"])
async def test_a_stream_cut_short_is_a_connection_error(keep_alive: bool) -> None:
    with StandIn(keep_alive=keep_alive) as standin:
        standin.script(Reply(cut_after_events=4), Reply(text="Fresh."))
        async with client_for(standin) as client:
            with pytest.raises(ProviderConnectionError):
                await answer(client)
            assert await answer(client) == "Fresh."  # a broken connection is never reused
        assert standin.connections == 2


async def test_a_stalled_stream_times_out() -> None:
    with StandIn(keep_alive=True) as standin:
        standin.script(Reply(stall_after_events=3))
        async with client_for(standin, timeout=0.3) as client:
            with pytest.raises(ProviderTimeoutError, match="RESUME_CHAT_TIMEOUT"):
                await answer(client)
            # The timed-out connection is closed at once, not kept for the client's end.
            assert await asyncio.to_thread(standin.disconnected.wait, 5)


async def test_closing_mid_answer_closes_the_upstream_connection() -> None:
    with StandIn(keep_alive=True) as standin:
        standin.script(Reply(text="x" * 300, event_delay=0.01))
        async with client_for(standin) as client:
            events = client.stream(REQUEST)
            assert isinstance(await anext(events), Chunk)
            await events.aclose()
            assert await asyncio.to_thread(standin.disconnected.wait, 0.5)
            assert standin.open_streams == 0


async def test_connection_refused_is_a_connection_error() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # bound, never listening: connections are refused
        settings = settings_at(f"http://127.0.0.1:{port}/api/v1")
        client = OpenRouterClient(settings, transport=UpstreamTransport())
        with pytest.raises(ProviderConnectionError, match="Could not reach"):
            await answer(client)
        await client.aclose()


# --- Raw servers, for what the stand-in never does. ---

Handler = Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]]


@contextlib.asynccontextmanager
async def raw_server(handler: Handler) -> AsyncIterator[str]:
    """Serve `handler` on a free port; on exit close every connection it accepted."""
    tasks: list[asyncio.Task[None]] = []

    async def connected(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        tasks.append(asyncio.current_task())  # type: ignore[arg-type]
        try:
            await handler(reader, writer)
        finally:
            writer.close()

    server = await asyncio.start_server(connected, "127.0.0.1", 0)
    try:
        yield f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}/"
    finally:
        server.close()
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        await server.wait_closed()


async def read_request(reader: asyncio.StreamReader) -> None:
    head = await reader.readuntil(b"\r\n\r\n")
    length = next(
        int(line.split(b":")[1])
        for line in head.split(b"\r\n")
        if line.lower().startswith(b"content-length")
    )
    await reader.readexactly(length)


HEAD = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"


async def post(client: httpx.AsyncClient, url: str) -> bytes:
    async with client.stream("POST", url, json={"q": 1}) as response:
        return await response.aread()


def done_then_end(delay: float | None) -> tuple[Handler, list[int]]:
    """A server that answers `tok` and `[DONE]`, then ends the body `delay` s later (never
    if None), on as many requests as a connection carries; it counts its connections."""
    connections: list[int] = []

    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        connections.append(1)
        with contextlib.suppress(ConnectionError, asyncio.IncompleteReadError):
            while True:
                await read_request(reader)
                events = b'data: {"choices":[{"delta":{"content":"tok"}}]}\n\ndata: [DONE]\n\n'
                writer.write(HEAD + b"%x\r\n%s\r\n" % (len(events), events))
                await writer.drain()
                if delay is None:
                    await reader.read()  # hold the body open until the client hangs up
                    return
                await asyncio.sleep(delay)
                writer.write(b"0\r\n\r\n")
                await writer.drain()

    return handler, connections


async def test_the_end_of_the_body_after_done_is_read_and_the_connection_kept() -> None:
    handler, connections = done_then_end(delay=0.05)
    async with raw_server(handler) as url:
        client = OpenRouterClient(settings_at(url.rstrip("/")), transport=UpstreamTransport())
        for _ in range(3):
            assert await answer(client) == "tok"
        await client.aclose()
    assert len(connections) == 1


async def test_a_body_held_open_after_done_still_ends_the_answer() -> None:
    handler, connections = done_then_end(delay=None)
    async with raw_server(handler) as url:
        client = OpenRouterClient(settings_at(url.rstrip("/")), transport=UpstreamTransport())
        started = asyncio.get_running_loop().time()
        assert await answer(client) == "tok"
        assert await answer(client) == "tok"
        assert asyncio.get_running_loop().time() - started < 3  # not the 5 s read timeout
        await client.aclose()
    assert len(connections) == 2  # the held connection was closed, not reused


async def test_an_idle_connection_closed_by_the_server_is_replaced() -> None:
    connections = 0

    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        nonlocal connections
        connections += 1
        await read_request(reader)
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")
        await writer.drain()
        writer.close()  # keep-alive was promised, but the server hangs up while idle

    async with raw_server(handler) as url, httpx.AsyncClient(transport=UpstreamTransport()) as c:
        assert await post(c, url) == b"ok"
        await asyncio.sleep(0.05)
        assert await post(c, url) == b"ok"
    assert connections == 2


async def test_a_slow_reader_stops_the_socket_being_read() -> None:
    """A body nobody reads is not buffered whole: the provider's writes stall."""
    size = 64 * 1024 * 1024
    stalled_at: list[int] = []
    stalled = asyncio.Event()

    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await read_request(reader)
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n" % size)
        written, piece = 0, b"x" * PAUSE_BYTES
        with contextlib.suppress(ConnectionError):
            while written < size:
                writer.write(piece)
                written += len(piece)
                try:
                    async with asyncio.timeout(0.5):
                        await writer.drain()
                except TimeoutError:
                    stalled_at.append(written)
                    stalled.set()
                    await writer.drain()

    async with (
        raw_server(handler) as url,
        httpx.AsyncClient(transport=UpstreamTransport()) as client,
        client.stream("POST", url, json={}) as response,
    ):
        await stalled.wait()  # we read nothing yet
        assert stalled_at[0] < size // 4  # the socket buffers and one pause's worth, not all
        assert len(await response.aread()) == size


@pytest.fixture
def certificate(tmp_path: Path) -> tuple[Path, Path]:
    """A self-signed certificate and key for localhost."""
    openssl = shutil.which("openssl")
    if openssl is None:
        pytest.skip("the openssl command is needed to make a test certificate")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        [openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj",
         "/CN=localhost", "-addext", "subjectAltName=DNS:localhost",
         "-keyout", str(key), "-out", str(cert)],
        check=True,
        capture_output=True,
    )  # fmt: skip
    return cert, key


async def test_streams_over_tls(certificate: tuple[Path, Path]) -> None:
    """https endpoints: the TLS handshake checks the certificate and the host name."""
    cert, key = certificate
    server_side = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_side.load_cert_chain(cert, key)

    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        with contextlib.suppress(ConnectionError, asyncio.IncompleteReadError, ssl.SSLError):
            await read_request(reader)
            events = b'data: {"choices":[{"delta":{"content":"secure"}}]}\n\ndata: [DONE]\n\n'
            writer.write(HEAD + b"%x\r\n%s\r\n0\r\n\r\n" % (len(events), events))
            await writer.drain()
            await reader.read()

    server = await asyncio.start_server(handler, "127.0.0.1", 0, ssl=server_side)
    port = server.sockets[0].getsockname()[1]
    settings = settings_at(f"https://localhost:{port}/api/v1")
    trusting = ssl.create_default_context(cafile=str(cert))
    client = OpenRouterClient(settings, transport=UpstreamTransport(ssl_context=trusting))
    try:
        assert await answer(client) == "secure"
        # A client that does not trust the certificate refuses the connection.
        await client.aclose()
        client = OpenRouterClient(settings, transport=UpstreamTransport())
        with pytest.raises(CertificateError, match="certificate of localhost could not be verif"):
            await answer(client)
    finally:
        await client.aclose()
        server.close()


async def test_a_connection_idle_too_long_is_not_reused() -> None:
    with StandIn(keep_alive=True) as standin:
        client = OpenRouterClient(
            settings_for(standin), transport=UpstreamTransport(keepalive_seconds=0.6)
        )
        assert "Northwind" in await answer(client)
        assert "Northwind" in await answer(client)  # at once: the same connection
        await asyncio.sleep(0.7)
        assert "Northwind" in await answer(client)  # after the keep-alive: a new one
        await client.aclose()
        assert standin.connections == 2


async def test_the_read_timeout_is_the_providers_silence() -> None:
    """Gaps shorter than the timeout never expire it, however long the answer; a reader busy
    elsewhere for longer than the timeout does not expire it while the provider sends."""
    with StandIn(keep_alive=True) as standin:
        # 1.2 s of events, 0.2 s apart, under a 0.5 s timeout.
        standin.script(Reply(text="a" * 15, event_delay=0.2))
        standin.script(Reply(text="b" * 9, event_delay=0.1))
        async with client_for(standin, timeout=0.5) as client:
            assert await answer(client) == "a" * 15
            texts = []
            async for event in client.stream(REQUEST):
                if isinstance(event, Chunk):
                    texts.append(event.text)
                    if len(texts) == 1:
                        await asyncio.sleep(0.8)
            assert "".join(texts) == "b" * 9
