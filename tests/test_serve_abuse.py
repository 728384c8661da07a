"""Clients that misbehave on purpose: they stop reading, hold handshakes open, nest JSON,
repeat headers or send a rebinding Host. Each is bounded and costs no traceback."""

from __future__ import annotations

import asyncio
import logging
import socket

import pytest

from tests.serve_client import (
    UPGRADE,
    client,
    http_request,
    raw_exchange,
    running,
    stalled_client,
)
from tests.standin import Reply, StandIn
from tests.test_serve_server import eventually

# Longer than any socket buffers (tcp_wmem tops out at 4 MB), and still streaming seconds later.
LONG_ANSWER = Reply(text="x" * 12_000_000, delta_chars=12_000, event_delay=0.003)


async def test_a_client_that_stops_reading_is_closed_with_1008_and_its_answer_cancelled(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Past send_timeout with its socket unread, the client is cut off and the upstream
    request is closed (before: held for ever, the idle timeout skipped mid-answer)."""
    caplog.set_level(logging.INFO, logger="resume_chat")
    with StandIn() as standin:
        standin.script(LONG_ANSWER)
        async with running(standin, send_timeout=0.3) as chat:
            stuck = await stalled_client(chat, "Everything?")
            try:
                await eventually(lambda: chat.open_sessions == 0, seconds=10)
                assert await asyncio.to_thread(standin.disconnected.wait, 5)
            finally:
                stuck.close()
    assert "code=1008" in caplog.text
    assert "Traceback" not in caplog.text


async def test_shutdown_is_prompt_whatever_the_clients_do() -> None:
    """A client that does not read mid-answer and a handshake that never comes do not hold
    the server's exit (before: 10 s and more); the upstream request is closed."""
    with StandIn() as standin:
        standin.script(LONG_ANSWER)
        server = running(standin)
        chat = await server.__aenter__()
        stuck = await stalled_client(chat, "Everything?")
        silent = socket.create_connection(("127.0.0.1", chat.port))
        try:
            await asyncio.sleep(0.3)  # the answer is streaming into the full socket
            loop = asyncio.get_running_loop()
            started = loop.time()
            async with asyncio.timeout(10):
                await server.__aexit__(None, None, None)
            took = loop.time() - started
            assert await asyncio.to_thread(standin.disconnected.wait, 5)
        finally:
            stuck.close()
            silent.close()
    assert took < 5.0, f"shutdown took {took:.1f} s"


@pytest.mark.parametrize(
    "frame",
    ["[" * 30_000 + "]" * 30_000, '{"a":' * 10_000 + "1" + "}" * 10_000, "[" * 60_000],
)
async def test_deeply_nested_json_is_invalid_json_and_the_connection_stays(
    frame: str, caplog: pytest.LogCaptureFixture
) -> None:
    """A 60 KB frame of nesting is an invalid_json error (before: RecursionError, 1011)."""
    with StandIn() as standin:
        async with running(standin) as chat, client(chat) as session:
            await session.send(frame)
            error = await session.receive()
            _, final = await session.ask("Still there?")
    assert error["type"] == "error"
    assert error["code"] == "invalid_json"
    assert final["type"] == "answer"
    assert "Traceback" not in caplog.text


@pytest.mark.parametrize(
    "headers",
    [
        ("Origin: http://127.0.0.1", "Origin: https://evil.example"),
        ("Authorization: Bearer a", "Authorization: Bearer b"),
        ("Host: 127.0.0.1", "Host: evil.example"),
        ("Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==",),
    ],
)
async def test_a_repeated_security_header_is_refused_with_400(
    headers: tuple[str, ...], caplog: pytest.LogCaptureFixture
) -> None:
    """Two values of a header a check reads are a 400, never a 500 with a traceback."""
    caplog.set_level(logging.INFO)
    with StandIn() as standin:
        async with running(standin, token="t0k") as chat:
            request = http_request("GET", "/ws?token=t0k", *UPGRADE, *headers, host=None)
            if not any(header.startswith("Host") for header in headers):
                request = http_request("GET", "/ws?token=t0k", *UPGRADE, *headers)
            status, _, _ = await raw_exchange(chat.port, request)
    assert status == 400
    assert not [record for record in caplog.records if record.levelno >= logging.ERROR]


@pytest.mark.parametrize("path", ["/health", "/"])
async def test_host_is_checked_for_health_and_the_page(path: str) -> None:
    """A DNS-rebinding page (a Host naming another site) is refused; our names are not."""
    with StandIn() as standin:
        async with running(standin, allow_origins=("https://me.example",)) as chat:
            port = chat.port

            async def status(host: str) -> int:
                return (await raw_exchange(port, http_request("GET", path, host=host)))[0]

            rebound = await status(f"evil.example:{port}")
            ours = [
                await status(host)
                for host in (f"127.0.0.1:{port}", f"localhost:{port}", "me.example")
            ]
    assert rebound == 403
    assert ours == [200, 200, 200]


async def test_head_is_answered_without_a_body() -> None:
    """HEAD gets GET's status and headers, Content-Length included, and no body."""
    with StandIn() as standin:
        async with running(standin) as chat:
            status, head, body = await raw_exchange(chat.port, http_request("HEAD", "/health"))
            refused, _, _ = await raw_exchange(chat.port, http_request("POST", "/health"))
    assert status == 200
    assert b"Content-Length: 0" not in head
    assert body == b""
    assert refused == 405


async def test_half_open_handshakes_cannot_lock_out_a_client() -> None:
    """Past max_handshakes, the oldest unfinished handshake is dropped, so a real client
    still gets in while hundreds of silent sockets are held open."""
    with StandIn() as standin:
        async with running(standin, max_handshakes=20, handshake_timeout=60) as chat:
            silent = [socket.create_connection(("127.0.0.1", chat.port)) for _ in range(60)]
            try:
                await eventually(lambda: chat.gate.dropped >= 40)
                async with asyncio.timeout(5), client(chat) as session:
                    _, final = await session.ask("Let in?")
                assert len(chat.gate.pending) <= 20
            finally:
                for sock in silent:
                    sock.close()
    assert final["type"] == "answer"
