"""serve's upstream transport: httpx's client API over aiohttp's connection pool.

The OpenRouter client, its errors and its retries speak httpx; under serve's load, httpx's own
transport (httpcore over anyio) cost more CPU per answer than the rest of the server. aiohttp
keeps the sockets instead: its C HTTP parser, a pool of keep-alive connections with a limit,
proxies, TLS. This module only translates: an `httpx.Request` in, an `httpx.Response` whose
body streams from aiohttp out, and aiohttp's errors as the httpx errors the client already
turns into one line each.

Imported only by serve, when it starts: aiohttp and its dependencies take ~0.2 s to import.
"""

from __future__ import annotations

import asyncio
import io
import ssl
from collections.abc import AsyncIterator
from urllib.request import getproxies_environment, proxy_bypass

import aiohttp
import httpx
from yarl import URL

# An idle connection older than this is closed rather than reused (httpx's default too): a
# connection a NAT or the provider dropped without a word would otherwise swallow a request.
KEEPALIVE_SECONDS = 5.0
# Open connections to the provider at most, idle ones included; a request past it waits for
# one to free up (within the pool timeout). One streaming answer holds one connection.
MAX_CONNECTIONS = 1000
# aiohttp stops reading a socket whose consumer has left this much unread (its read_bufsize),
# so a slow WebSocket client slows only its own upstream stream.
PAUSE_BYTES = 64 * 1024
LARGE_BODY = 1024 * 1024

Timeouts = tuple[float | None, float | None, float | None, float | None]


class UpstreamTransport(httpx.AsyncBaseTransport):
    """An httpx transport for serve's many concurrent streams to one provider."""

    def __init__(
        self,
        *,
        ssl_context: ssl.SSLContext | None = None,
        max_connections: int = MAX_CONNECTIONS,
        keepalive_seconds: float = KEEPALIVE_SECONDS,
    ) -> None:
        self._ssl_context = ssl_context
        self._max_connections = max_connections
        self._keepalive = keepalive_seconds
        # The proxies HTTPS_PROXY, HTTP_PROXY, ALL_PROXY and NO_PROXY name, read once here
        # (aiohttp's trust_env would read the whole environment again for every request).
        self._proxies = getproxies_environment()
        self._session: aiohttp.ClientSession | None = None
        # Worked out once per URL, proxy and timeouts rather than once per request.
        self._urls: dict[str, tuple[URL, URL | None, dict[str, str] | None]] = {}
        self._timeouts: dict[Timeouts, aiohttp.ClientTimeout] = {}

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        session = self._session or self._open()
        url, proxy, proxy_headers = self._target(request.url)
        timeouts: dict[str, float | None] = request.extensions.get("timeout", {})
        key = (
            timeouts.get("connect"),
            timeouts.get("read"),
            timeouts.get("write"),
            timeouts.get("pool"),
        )
        timeout = self._timeouts.get(key) or self._timeout(key)
        body = await request.aread()
        headers = [
            (name, value)
            for name, value in request.headers.multi_items()
            if name != "transfer-encoding"  # the body is whole: aiohttp sends its length
        ]
        try:
            # aiohttp has no write timeout of its own, and starts its read timer only once
            # the request is written: the wait for the head is bounded by all four together.
            async with asyncio.timeout(_sum(key)):
                response = await session.request(
                    request.method,
                    url,
                    headers=headers,
                    # aiohttp warns that bytes over 1 MiB block the loop; a file it streams.
                    data=io.BytesIO(body) if len(body) > LARGE_BODY else body or None,
                    timeout=timeout,
                    proxy=proxy,
                    proxy_headers=proxy_headers,
                )
        except TimeoutError as error:
            if isinstance(error, aiohttp.ClientError):
                raise _httpx_error(error, request) from _cause(error)
            raise httpx.WriteTimeout(
                f"no response within {_sum(key):g}s of sending the request", request=request
            ) from None
        except aiohttp.ClientError as error:
            raise _httpx_error(error, request) from _cause(error)
        return httpx.Response(
            response.status,
            headers=response.raw_headers,
            stream=UpstreamBody(response, request),
            extensions={
                "http_version": b"HTTP/1.1",
                "reason_phrase": (response.reason or "").encode("latin-1", "replace"),
            },
        )

    async def aclose(self) -> None:
        session, self._session = self._session, None
        if session is not None:
            await session.close()

    def _open(self) -> aiohttp.ClientSession:
        connector = aiohttp.TCPConnector(
            limit=self._max_connections,
            limit_per_host=0,
            keepalive_timeout=self._keepalive,
            ssl=self._ssl_context if self._ssl_context is not None else True,
        )
        self._session = aiohttp.ClientSession(
            connector=connector,
            cookie_jar=aiohttp.DummyCookieJar(),  # the provider sets no cookies we keep
            auto_decompress=False,  # httpx decodes (and bounds) what it reads
            read_bufsize=PAUSE_BYTES,
            timeout=aiohttp.ClientTimeout(),  # per request below; none in total
            trust_env=False,
            skip_auto_headers=("User-Agent",),
        )
        return self._session

    def _target(self, address: httpx.URL) -> tuple[URL, URL | None, dict[str, str] | None]:
        text = str(address)
        found = self._urls.get(text)
        if found is None:
            if len(self._urls) > 64:  # a client that varies its URLs: do not grow for ever
                self._urls.clear()
            url = URL(text, encoded=True)
            proxy, headers = self._proxy(url)
            found = self._urls[text] = (url, proxy, headers)
        return found

    def _proxy(self, url: URL) -> tuple[URL | None, dict[str, str] | None]:
        """The proxy the environment names for `url`, and its credentials as a header."""
        named = self._proxies.get(url.scheme) or self._proxies.get("all")
        if not named or proxy_bypass(url.host or ""):
            return None, None
        proxy = URL(named if "://" in named else f"http://{named}")
        if proxy.user is None:
            return proxy, None
        credentials = aiohttp.BasicAuth(proxy.user, proxy.password or "")
        return proxy.with_user(None), {"Proxy-Authorization": credentials.encode()}

    def _timeout(self, key: Timeouts) -> aiohttp.ClientTimeout:
        connect, read, _, pool = key
        waiting = None if connect is None or pool is None else connect + pool
        self._timeouts[key] = timeout = aiohttp.ClientTimeout(
            total=None, connect=waiting, sock_connect=connect, sock_read=read
        )
        return timeout


class UpstreamBody(httpx.AsyncByteStream):
    """A response body as aiohttp reads it; closing it before its end closes the connection."""

    def __init__(self, response: aiohttp.ClientResponse, request: httpx.Request) -> None:
        self._response = response
        self._request = request

    async def __aiter__(self) -> AsyncIterator[bytes]:
        content = self._response.content
        try:
            while data := await content.readany():
                yield data
        except aiohttp.ClientError as error:
            raise _httpx_error(error, self._request) from _cause(error)

    async def aclose(self) -> None:
        if self._response.content.at_eof():
            self._response.release()  # back to the pool
        else:  # the rest is never read: this connection cannot carry another request
            self._response.close()


def _httpx_error(error: aiohttp.ClientError, request: httpx.Request) -> httpx.TransportError:
    """aiohttp's error as the httpx one the client turns into a sentence; the original, with
    any certificate failure under it, stays its cause."""
    kind: type[httpx.TransportError]
    if isinstance(error, aiohttp.ConnectionTimeoutError):
        kind = httpx.ConnectTimeout
    elif isinstance(error, aiohttp.ServerTimeoutError):
        kind = httpx.ReadTimeout
    elif isinstance(error, aiohttp.ClientProxyConnectionError | aiohttp.ClientHttpProxyError):
        kind = httpx.ProxyError
    elif isinstance(error, aiohttp.ClientConnectorError):
        kind = httpx.ConnectError
    elif isinstance(error, aiohttp.ClientPayloadError | aiohttp.ClientResponseError):
        kind = httpx.RemoteProtocolError
    elif isinstance(error, aiohttp.InvalidURL | aiohttp.NonHttpUrlClientError):
        kind = httpx.UnsupportedProtocol
    else:
        kind = httpx.ReadError
    return kind(str(error) or type(error).__name__, request=request)


def _cause(error: aiohttp.ClientError) -> BaseException:
    """What the httpx error is raised from: for a failed connection, the OSError or TLS error
    under aiohttp's (whose own subclasses of ssl.SSLError lack `reason` and `verify_message`)."""
    if isinstance(error, aiohttp.ClientConnectorError):
        return error.os_error
    return error


def _sum(key: Timeouts) -> float | None:
    return None if None in key else sum(value or 0.0 for value in key)
