"""serve's upstream transport, what aiohttp brings: proxies from the environment, a connection
limit, a bound on sending; and hostile bodies through serve, end to end (the SSE caps and the
decoding of the OpenRouter client hold over this transport too)."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from resume_chat.serve.upstream import UpstreamTransport
from tests.serve_client import client, running, settings_at
from tests.standin import StandIn
from tests.test_hostile_upstreams import endless_line, gzip_lie
from tests.test_serve_upstream import done_then_end, post, raw_server


async def test_proxies_named_by_the_environment_are_used(monkeypatch: pytest.MonkeyPatch) -> None:
    """HTTP_PROXY carries the request (in absolute form) unless NO_PROXY names the host."""
    seen: list[bytes] = []

    async def proxy(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        head = await reader.readuntil(b"\r\n\r\n")
        seen.append(head.split(b"\r\n")[0])
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 7\r\nConnection: close\r\n\r\nproxied")
        await writer.drain()

    for name in ("HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy", "NO_PROXY", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
    async with raw_server(proxy) as proxy_url:
        monkeypatch.setenv("HTTP_PROXY", proxy_url)
        async with httpx.AsyncClient(transport=UpstreamTransport()) as client:
            assert await post(client, "http://provider.invalid/api/v1/chat") == b"proxied"
        assert seen == [b"POST http://provider.invalid/api/v1/chat HTTP/1.1"]
        monkeypatch.setenv("NO_PROXY", "provider.invalid")
        async with httpx.AsyncClient(transport=UpstreamTransport()) as client:
            with pytest.raises(httpx.ConnectError):  # straight to a host that does not exist
                await post(client, "http://provider.invalid/api/v1/chat")
        assert len(seen) == 1


async def test_the_connection_limit_makes_requests_wait_for_the_pool_timeout() -> None:
    handler, _ = done_then_end(delay=None)  # each answer holds its connection open
    async with raw_server(handler) as url:
        transport = UpstreamTransport(max_connections=1)
        timeout = httpx.Timeout(5.0, pool=0.3)
        async with httpx.AsyncClient(transport=transport, timeout=timeout) as client:
            async with client.stream("POST", url, json={}) as first:
                assert first.status_code == 200
                with pytest.raises(httpx.TimeoutException):
                    await post(client, url)
            # The first connection was closed before its end: the pool has room again.
            async with client.stream("POST", url, json={}) as second:
                assert second.status_code == 200


async def test_a_provider_that_never_reads_the_request_times_out() -> None:
    """aiohttp has no write timeout: sending and the wait for the head are bounded together."""
    accepted = asyncio.Event()

    async def deaf(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        accepted.set()
        await asyncio.sleep(30)  # reads nothing: the request's bytes fill the socket buffers

    async with raw_server(deaf) as url:
        started = asyncio.get_running_loop().time()
        transport = UpstreamTransport()
        async with httpx.AsyncClient(transport=transport, timeout=0.3) as client:
            with pytest.raises(httpx.TimeoutException):
                await client.post(url, content=b"x" * (64 * 1024 * 1024))
        assert accepted.is_set()
        assert asyncio.get_running_loop().time() - started < 5


async def ask_through_serve(handler_url: str) -> dict[str, object]:
    """One question over serve's WebSocket to a provider at `handler_url`: the final frame."""
    settings = settings_at(handler_url.rstrip("/") + "/api/v1", timeout=5.0)
    with StandIn() as unused:  # running() wants one; the settings point elsewhere
        async with running(unused, settings=settings) as chat, client(chat) as session:
            _, final = await session.ask("Where?")
    return final


async def test_a_gzip_header_on_a_plain_body_is_a_bad_response_in_serve() -> None:
    async def lying(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.readuntil(b"\r\n\r\n")
        await gzip_lie(reader, writer)
        await reader.read()

    async with raw_server(lying) as url:
        final = await ask_through_serve(url)
    assert final["type"] == "error"
    assert final["code"] == "bad_response"
    assert "cannot be decoded" in str(final["message"])


async def test_a_line_that_never_ends_is_cut_at_the_limit_in_serve() -> None:
    """The SSE decoder refuses the line at 1 MiB through this transport too, in bounded time."""

    async def endless(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.readuntil(b"\r\n\r\n")
        await endless_line(reader, writer)

    started = asyncio.get_running_loop().time()
    async with raw_server(endless) as url:
        final = await ask_through_serve(url)
    assert final["type"] == "error"
    assert final["code"] == "event_too_large"
    assert "1,048,576" in str(final["message"])
    assert asyncio.get_running_loop().time() - started < 10
