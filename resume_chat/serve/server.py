"""The websockets adapter: HTTP routes, handshake checks, one ChatConnection per socket."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import signal
import sys
from collections.abc import AsyncIterator, Callable
from importlib import resources
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from resume_chat.errors import UsageError
from resume_chat.offline import OFFLINE_MODEL
from resume_chat.provider import AnswerProvider
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

# httpcore's pool matches queued requests to connections in O(connections x requests) per
# request, so one pool of 1000 streams costs more CPU than the streams themselves: sessions
# share 16 clients instead of one. Each pool may hold 256 streams (httpx's default is 100).
PROVIDER_SHARDS = 16
UPSTREAM_CONNECTIONS_PER_SHARD = 256


class SharedProviders:
    """The providers every session shares: made on first use, closed together at exit.

    Sessions never close a provider themselves (ChatSession.aclose would close it for all).
    """

    def __init__(self, settings: Settings, resume: Resume) -> None:
        self.settings = settings
        self.resume = resume
        self.model = OFFLINE_MODEL if settings.use_offline else settings.model
        self._shards: dict[int, AnswerProvider] = {}
        self._transport: Callable[[], httpx.AsyncBaseTransport | None] = lambda: None
        if not settings.use_offline:
            import httpx

            # Sessions share a few upstream clients: a single one would put every request
            # through one httpcore pool, whose matching of requests to connections grows with
            # both. One TLS context serves them all: each costs ~25 ms and ~1 MB to build.
            limits = httpx.Limits(
                max_connections=UPSTREAM_CONNECTIONS_PER_SHARD, max_keepalive_connections=32
            )
            tls = httpx.create_ssl_context()
            self._transport = lambda: httpx.AsyncHTTPTransport(verify=tls, limits=limits)

    def for_session(self, number: int) -> AnswerProvider:
        """The provider for the n-th session: one offline answerer, or one of the shards."""
        from resume_chat.frontend import open_provider

        shard = 0 if self.settings.use_offline else number % PROVIDER_SHARDS
        if shard not in self._shards:
            self._shards[shard] = open_provider(self.settings, self.resume, self._transport())[0]
        return self._shards[shard]

    async def aclose(self) -> None:
        for provider in self._shards.values():
            await provider.aclose()


class ChatServer:
    """What all connections share: settings, the resume, the provider and the daily spend."""

    def __init__(
        self,
        settings: Settings,
        limits: ServeSettings,
        providers: SharedProviders,
    ) -> None:
        self.settings = settings
        self.limits = limits
        self.providers = providers
        self.resume = providers.resume
        self.model = providers.model
        self.opened = 0
        self.ledger = SpendLedger(limits.daily_spend_cap)
        self.open_sessions = 0
        self.port = limits.port
        self.origins = OriginPolicy(limits.allow_origins)
        self._page: bytes | None = None

    def bind(self, server: Server) -> None:
        """Learn the real port (0 picks one) and so the origins of our own page."""
        self.port = server.sockets[0].getsockname()[1]
        self.origins = OriginPolicy(
            own_origins(self.limits.host, self.port) | set(self.limits.allow_origins)
        )

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

    async def handler(self, websocket: ServerConnection) -> None:
        """One conversation per connection, created on connect and dropped on disconnect."""
        self.opened += 1
        session = ChatSession(
            self.resume,
            self.providers.for_session(self.opened),
            model=self.model,
            history_tokens=self.settings.history_tokens,
            max_question_chars=self.limits.max_question_chars,
            max_turns=self.limits.history_turns,
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
        await self.providers.aclose()


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
async def open_server(settings: Settings, limits: ServeSettings) -> AsyncIterator[ChatServer]:
    """Start listening; on exit close clients with 1001, wait for them, close the provider."""
    from websockets.asyncio.server import serve

    from resume_chat.resume import load_resume

    chat = ChatServer(settings, limits, SharedProviders(settings, load_resume(settings.resume)))
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


async def serve_until_signalled(settings: Settings, limits: ServeSettings) -> None:
    """Run `resume-chat serve`: stop on SIGINT or SIGTERM, closing every client with 1001."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stop.set)
    async with open_server(settings, limits) as chat:
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


def serve_logging(verbose: bool) -> None:
    """One INFO line per connection and per answer to stderr; -v adds the core's debug log."""
    from resume_chat.frontend import configure_logging

    configure_logging(verbose)
    if verbose:
        return
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("resume-chat: %(asctime)s %(message)s"))
    logger = logging.getLogger("resume_chat.serve")
    logger.setLevel(logging.INFO)
    logger.addHandler(handler)
