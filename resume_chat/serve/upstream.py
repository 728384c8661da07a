"""serve's upstream transport: httpx's client API over lean asyncio HTTP/1.1 connections.

Under load, httpx's default transport (httpcore over anyio) spent more CPU per answer than the
rest of the server put together: cancel scopes, locks and pool matching on every request and
every body read. This transport keeps httpx's client on top — the OpenRouter client, its
errors and retries are unchanged — and underneath is one asyncio Protocol per connection, the
sans-I/O codec in `http11`, and a list of idle keep-alive connections per origin.

What it does not do, by design: HTTP/2, proxies (serve keeps httpx's own transport when the
environment names a proxy for the endpoint) or pipelining. A connection carries one request at
a time; one whose response is abandoned before its end is closed.
"""

from __future__ import annotations

import asyncio
import ssl
from collections.abc import AsyncIterator

import httpx

from resume_chat.serve.http11 import ResponseHead, ResponseReader, request_bytes
from resume_chat.serve.upstream_connection import UpstreamConnection

Origin = tuple[str, str, int]  # scheme, host, port
# An idle connection older than this is closed rather than reused (httpx's default too): a
# connection a NAT or the provider dropped without a word would otherwise swallow a request.
KEEPALIVE_SECONDS = 5.0


class UpstreamTransport(httpx.AsyncBaseTransport):
    """An httpx transport for serve's many concurrent streams to one provider."""

    def __init__(
        self,
        *,
        ssl_context: ssl.SSLContext | None = None,
        max_idle: int = 64,
        keepalive_seconds: float = KEEPALIVE_SECONDS,
    ) -> None:
        self._ssl_context = ssl_context
        self._max_idle = max_idle
        self._keepalive = keepalive_seconds
        # Per origin, idle connections and when each became idle, the most recent last.
        self._idle: dict[Origin, list[tuple[float, UpstreamConnection]]] = {}
        self._open: set[UpstreamConnection] = set()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        timeouts: dict[str, float | None] = request.extensions.get("timeout", {})
        url = request.url
        origin = (url.scheme, url.host, url.port or (443 if url.scheme == "https" else 80))
        method = request.method.encode()
        body = await request.aread()
        data = request_bytes(method, url.raw_path, request.headers.raw, body)
        connection = self._idle_connection(origin) or await self._connect(
            origin, timeouts.get("connect"), request
        )
        try:
            reader = connection.send(data, method)
            head = await self._head(connection, reader, timeouts.get("read"), request)
        except BaseException:
            connection.close()
            self._open.discard(connection)
            raise
        stream = UpstreamBody(self, connection, origin, timeouts.get("read"), request)
        return httpx.Response(
            head.status,
            headers=head.headers,
            stream=stream,
            extensions={"http_version": b"HTTP/1.1", "reason_phrase": head.reason},
        )

    async def aclose(self) -> None:
        for connection in list(self._open):
            connection.close()
        self._open.clear()
        self._idle.clear()

    def release(self, origin: Origin, connection: UpstreamConnection, reusable: bool) -> None:
        """Back to the idle list if it can carry another request, else closed."""
        idle = self._idle.setdefault(origin, [])
        if reusable and connection.usable and len(idle) < self._max_idle:
            connection.reader = None
            idle.append((asyncio.get_running_loop().time(), connection))
        else:
            connection.close()
            self._open.discard(connection)

    def _idle_connection(self, origin: Origin) -> UpstreamConnection | None:
        """The most recently used live connection; expired ones are closed on the way."""
        idle = self._idle.get(origin)
        fresh_since = asyncio.get_running_loop().time() - self._keepalive
        while idle:
            since, connection = idle.pop()
            if since < fresh_since:  # this one and all older ones have expired
                for _, expired in [*idle, (since, connection)]:
                    expired.close()
                    self._open.discard(expired)
                idle.clear()
            elif connection.usable:
                return connection
            else:
                self._open.discard(connection)
        return None

    async def _connect(
        self, origin: Origin, seconds: float | None, request: httpx.Request
    ) -> UpstreamConnection:
        scheme, host, port = origin
        tls: ssl.SSLContext | None = None
        if scheme == "https":
            tls = self._ssl_context or ssl.create_default_context()
        loop = asyncio.get_running_loop()
        try:
            async with asyncio.timeout(seconds):
                _, connection = await loop.create_connection(
                    UpstreamConnection, host, port, ssl=tls, server_hostname=host if tls else None
                )
        except TimeoutError:
            raise httpx.ConnectTimeout(
                f"connecting to {host}:{port} timed out", request=request
            ) from None
        except OSError as error:
            raise httpx.ConnectError(
                f"cannot connect to {host}:{port}: {error}", request=request
            ) from error
        self._open.add(connection)
        return connection

    async def _head(
        self,
        connection: UpstreamConnection,
        reader: ResponseReader,
        seconds: float | None,
        request: httpx.Request,
    ) -> ResponseHead:
        while reader.head is None:
            _raise_failure(connection, request)
            await _wait(connection, seconds, request)
        return reader.head


class UpstreamBody(httpx.AsyncByteStream):
    """A response body read from its connection; closing it early closes the connection."""

    def __init__(
        self,
        transport: UpstreamTransport,
        connection: UpstreamConnection,
        origin: Origin,
        timeout: float | None,
        request: httpx.Request,
    ) -> None:
        self._transport = transport
        self._connection = connection
        self._origin = origin
        self._timeout = timeout
        self._request = request
        self._done = False

    async def __aiter__(self) -> AsyncIterator[bytes]:
        connection = self._connection
        reader = connection.reader
        assert reader is not None
        while not self._done:
            data = connection.take_body()
            if data:
                yield data
            elif reader.complete:
                self._done = True
                self._transport.release(self._origin, connection, reader.reusable)
            else:
                _raise_failure(connection, self._request)
                await _wait(connection, self._timeout, self._request)

    async def aclose(self) -> None:
        if not self._done:  # closed before its end: the rest is never read
            self._done = True
            self._transport.release(self._origin, self._connection, reusable=False)


def _raise_failure(connection: UpstreamConnection, request: httpx.Request) -> None:
    if connection.failure is not None:
        raise httpx.RemoteProtocolError(connection.failure, request=request)
    if connection.closed:
        raise httpx.ReadError("the server closed the connection", request=request)


async def _wait(
    connection: UpstreamConnection, seconds: float | None, request: httpx.Request
) -> None:
    try:
        await connection.wait(seconds)
    except TimeoutError:
        raise httpx.ReadTimeout(f"no data for {seconds}s", request=request) from None
