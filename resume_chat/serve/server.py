"""The websockets adapter: HTTP routes, handshake checks, one ChatConnection per socket."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import signal
import sys
from collections.abc import AsyncIterator
from importlib import resources
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from resume_chat.errors import UsageError
from resume_chat.resume import Resume
from resume_chat.serve.connection import ChatConnection
from resume_chat.serve.guard import OriginPolicy, SpendLedger, own_origins, presented_token
from resume_chat.serve.guard import token_matches as _token_matches
from resume_chat.serve.limits import ServeSettings
from resume_chat.session import ChatSession
from resume_chat.settings import Settings

if TYPE_CHECKING:
    import httpx
    from websockets.asyncio.server import Server, ServerConnection
    from websockets.http11 import Request, Response

log = logging.getLogger("resume_chat.serve")

# Idle keep-alive connections kept to the provider: enough for a burst of answers to start
# without a new TCP (and TLS) handshake each; every one costs a socket and a few KB.
UPSTREAM_IDLE_CONNECTIONS = 256
# Allocations between young-generation collections (Python's default is 700); see settle_heap.
GC_YOUNG_THRESHOLD = 20_000


class SharedProvider:
    """The one provider every session shares, over serve's own upstream transport (httpx's
    when the environment names a proxy for the endpoint).

    Sessions never close it themselves (ChatSession.aclose would close it for all); the
    server closes it at exit.
    """

    def __init__(self, settings: Settings, resume: Resume) -> None:
        from resume_chat.frontend import open_provider

        self.resume = resume
        transport: httpx.AsyncBaseTransport | None = None
        if not settings.use_offline and not _proxied(settings.base_url):
            import httpx

            from resume_chat.serve.upstream import UpstreamTransport

            transport = UpstreamTransport(
                ssl_context=httpx.create_ssl_context(), max_idle=UPSTREAM_IDLE_CONNECTIONS
            )
        self.provider, self.model = open_provider(settings, resume, transport)

    async def aclose(self) -> None:
        await self.provider.aclose()


def _proxied(url: str) -> bool:
    """Whether the environment sends requests for `url` through a proxy (httpx's transport
    honours HTTPS_PROXY and friends; serve's own does not speak to proxies)."""
    from urllib.request import getproxies_environment, proxy_bypass

    parts = urlsplit(url)
    proxies = getproxies_environment()
    return bool(proxies.get(parts.scheme) or proxies.get("all")) and not (
        proxy_bypass(parts.hostname or "")
    )


class ChatServer:
    """What all connections share: settings, the resume, the provider and the daily spend."""

    def __init__(
        self,
        settings: Settings,
        limits: ServeSettings,
        shared: SharedProvider,
    ) -> None:
        self.settings = settings
        self.limits = limits
        self.shared = shared
        self.ledger = SpendLedger(limits.daily_spend_cap)
        self.open_sessions = 0
        self.port = limits.port
        self.origins = OriginPolicy(limits.allow_origins)
        self._page: bytes | None = None
        self._salt = os.urandom(16)  # for visitor(); never logged, never kept

    def bind(self, server: Server) -> None:
        """Learn the real port (0 picks one) and so the origins of our own page."""
        self.port = server.sockets[0].getsockname()[1]
        self.origins = OriginPolicy(
            own_origins(self.limits.host, self.port) | set(self.limits.allow_origins)
        )

    @property
    def model(self) -> str:
        return self.shared.model

    @property
    def url(self) -> str:
        host = f"[{self.limits.host}]" if ":" in self.limits.host else self.limits.host
        return f"http://{host}:{self.port}"

    def process_request(self, connection: ServerConnection, request: Request) -> Response | None:
        """Answer /health and /, and refuse a /ws handshake that fails a check."""
        path = urlsplit(request.path).path
        if path == "/health":
            body = {"status": "ok", "sessions": self.open_sessions, "model": self.model}
            return _response(200, json.dumps(body).encode(), "application/json")
        if path == "/":
            return _response(200, self.page(), "text/html; charset=utf-8", page=True)
        if path != "/ws":
            return _response(404, b"Not found: try / or /ws or /health.\n", "text/plain")
        if not self.origins.permits(request.headers.get("Origin")):
            log.info("refused origin %.100s", request.headers.get("Origin"))
            return _response(403, b"This origin may not connect; see --allow-origin.\n")
        token = self.limits.token
        if token is not None and not _token_matches(
            token.get_secret_value(),
            presented_token(request.path, request.headers.get("Authorization")),
        ):
            return _response(401, b"A valid token is required (Authorization: Bearer).\n")
        if self.open_sessions >= self.limits.max_connections:
            return _response(503, b"Too many open sessions; try again later.\n")
        return None

    def page(self) -> bytes:
        if self._page is None:
            self._page = (resources.files("resume_chat.serve") / "page.html").read_bytes()
        return self._page

    def visitor(self, websocket: ServerConnection) -> str:
        """Who asks, for the provider's per-user abuse isolation: a hash of the client's
        address salted afresh each run, so the provider never sees the address itself."""
        import hashlib

        address = websocket.remote_address
        host = str(address[0]) if address else "unknown"
        return hashlib.blake2b(host.encode(), key=self._salt, digest_size=16).hexdigest()

    async def handler(self, websocket: ServerConnection) -> None:
        """One conversation per connection, created on connect and dropped on disconnect."""
        session = ChatSession(
            self.shared.resume,
            self.shared.provider,
            model=self.model,
            history_tokens=self.settings.history_tokens,
            max_question_chars=self.limits.max_question_chars,
            max_turns=self.limits.history_turns,
            user=self.visitor(websocket),
        )
        # The provider is shared: this session is dropped at the end, never closed.
        self.open_sessions += 1
        log.info("open session=%s sessions=%d", session.session_id, self.open_sessions)
        try:
            await ChatConnection(websocket, session, self.limits, self.ledger).run()
        finally:
            self.open_sessions -= 1
            log.info(
                "close session=%s code=%s turns=%d",
                session.session_id,
                websocket.close_code,
                len(session.conversation.turns),
            )

    async def aclose(self) -> None:
        await self.shared.aclose()


def _response(
    status: int, body: bytes, content_type: str = "text/plain; charset=utf-8", *, page: bool = False
) -> Response:
    from http import HTTPStatus

    from websockets.datastructures import Headers
    from websockets.http11 import Response

    headers = Headers(
        [
            ("Content-Type", content_type),
            ("Content-Length", str(len(body))),
            ("Cache-Control", "no-store"),
            ("X-Content-Type-Options", "nosniff"),
            ("Connection", "close"),
        ]
    )
    if page:
        # Inline script and style only; no external scripts, fonts or frames.
        headers["Content-Security-Policy"] = (
            "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
            "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
        )
        headers["Referrer-Policy"] = "no-referrer"
    return Response(status, HTTPStatus(status).phrase, headers, body)


@contextlib.asynccontextmanager
async def open_server(
    settings: Settings, limits: ServeSettings, resume: Resume | None = None
) -> AsyncIterator[ChatServer]:
    """Start listening; on exit close clients with 1001, wait for them, close the provider.

    `resume`, when the caller has read it already (a pipe can be read only once).
    """
    from websockets.asyncio.server import serve

    from resume_chat.resume import load_resume

    resume = resume if resume is not None else load_resume(settings.resume_path)
    chat = ChatServer(settings, limits, SharedProvider(settings, resume))
    try:
        server = await serve(
            chat.handler,
            limits.host,
            limits.port,
            process_request=chat.process_request,
            max_size=limits.max_frame_bytes,  # bigger frames close the connection with 1009
            max_queue=8,
            # permessage-deflate costs ~100 KB of zlib state per socket; answers are short.
            compression=None,
            server_header=None,
        )
    except OSError as error:
        await chat.aclose()
        reason = os.strerror(error.errno) if error.errno else str(error)
        raise UsageError(
            f"Cannot listen on {limits.host}:{limits.port}: {reason.lower()}; "
            "choose another --port or --host."
        ) from None
    try:
        chat.bind(server)
        yield chat
    finally:
        server.close()  # stop accepting; close every client with 1001 (going away)
        await server.wait_closed()
        await chat.aclose()


async def serve_until_signalled(
    settings: Settings, limits: ServeSettings, resume: Resume | None = None
) -> None:
    """Run `resume-chat serve`: stop on SIGINT or SIGTERM, closing every client with 1001."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stop.set)
    async with open_server(settings, limits, resume) as chat:
        settle_heap()
        print(
            f"resume-chat: serving {chat.url}/ (WebSocket {chat.url.replace('http', 'ws')}/ws, "
            f"health {chat.url}/health), model {chat.model}; Ctrl-C stops.",
            file=sys.stderr,
            flush=True,
        )
        await stop.wait()
        log.info("shutting down: %d open sessions", chat.open_sessions)
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.remove_signal_handler(signum)


def settle_heap() -> None:
    """Keep the garbage collector's pauses out of the answers' latency.

    With 1000 sessions open, a full collection walked every object the process had and
    stopped the event loop for ~100 ms. Objects made at start-up (modules, schemas, the
    resume) are frozen out of every collection, and the young generation is collected less
    often, so the older generations, which are slow to walk, fill up rarely.
    """
    import gc

    gc.collect()
    gc.freeze()
    gc.set_threshold(GC_YOUNG_THRESHOLD, 50, 1000)


def serve_logging(verbose: bool) -> None:
    """One INFO line per connection and per answer to stderr; -v adds the core's debug log."""
    from resume_chat.frontend import configure_logging

    configure_logging(verbose)
    if verbose:
        return
    from resume_chat.redact import RedactingFormatter

    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(RedactingFormatter("resume-chat: %(asctime)s %(message)s"))
    logger = logging.getLogger("resume_chat.serve")
    logger.setLevel(logging.INFO)
    logger.addHandler(handler)
