"""The websockets adapter: HTTP routes, handshake checks, one ChatConnection per socket."""

from __future__ import annotations

import json
import logging
import os
from importlib import resources
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from resume_chat.serve.addresses import OwnAddresses
from resume_chat.serve.connection import ChatConnection
from resume_chat.serve.guard import OriginPolicy, presented_token
from resume_chat.serve.guard import token_matches as _token_matches
from resume_chat.serve.limits import ServeSettings
from resume_chat.serve.provider import SharedProvider
from resume_chat.serve.proxy import Address, TrustedProxies, parse_address
from resume_chat.serve.responses import for_method, malformed
from resume_chat.serve.responses import response as _response
from resume_chat.serve.sockets import ClientSocket, SocketGate
from resume_chat.serve.spend import Estimator
from resume_chat.serve.storage import VisitorStore, resume_token
from resume_chat.serve.visitors import VisitorLimits, address_key
from resume_chat.session import ChatSession
from resume_chat.settings import Settings

if TYPE_CHECKING:
    from websockets.asyncio.server import Server, ServerConnection
    from websockets.http11 import Request, Response

    from resume_chat.serve.census import ConnectionCensus

log = logging.getLogger("resume_chat.serve")


class ChatServer:
    """What all connections share: settings, the resume, the provider, the store (visitors'
    conversations and the daily spend) and the counts per client address."""

    def __init__(
        self,
        settings: Settings,
        limits: ServeSettings,
        shared: SharedProvider,
        store: VisitorStore | None = None,
        occupancy: ConnectionCensus | None = None,
    ) -> None:
        self.settings = settings
        self.limits = limits
        self.shared = shared
        self.store = store or VisitorStore(None, shared.resume, shared.model, 30)
        self.occupancy = occupancy  # open sessions across processes (census.py)
        self.estimator = Estimator(None, settings.max_tokens, 0)
        self.open_sessions = 0
        self.port = limits.port
        self.own = OwnAddresses(limits.host, self.port, (), limits.allow_origins)
        self.origins = OriginPolicy(limits.allow_origins, self.own.is_own_origin)
        self.proxies = TrustedProxies(limits.trust_proxy)
        self.visitors = VisitorLimits(
            limits.max_connections_per_address, limits.questions_per_minute_per_address
        )
        self.gate = SocketGate(limits.max_handshakes, limits.send_timeout)
        self._page: bytes | None = None
        self._salt = os.urandom(16)  # for visitor(); never logged, never kept

    def bind(self, server: Server) -> None:
        """Learn the real port (0 picks one) and the addresses bound, so our own origins."""
        self.port = server.sockets[0].getsockname()[1]
        bound = [parse_address(sock.getsockname()[0]) for sock in server.sockets]
        self.own = OwnAddresses(
            self.limits.host, self.port, filter(None, bound), self.limits.allow_origins
        )
        self.origins = OriginPolicy(self.limits.allow_origins, self.own.is_own_origin)

    @property
    def model(self) -> str:
        return self.shared.model

    @property
    def url(self) -> str:
        host = f"[{self.limits.host}]" if ":" in self.limits.host else self.limits.host
        return f"http://{host}:{self.port}"

    def process_request(self, connection: ServerConnection, request: Request) -> Response | None:
        """Answer /health and /, and refuse a /ws handshake that fails a check (HEAD: no body)."""
        return for_method(request, self.route(connection, request))

    def route(self, connection: ServerConnection, request: Request) -> Response | None:
        refused = malformed(request)
        if refused is not None:
            return refused
        path = urlsplit(request.path).path
        if path in ("/health", "/") and not self.serves_host(connection, request):
            log.info("refused host %.100s", request.headers.get("Host"))
            return _response(403, b"This host name is not served here.\n")
        if path == "/health":
            body: dict[str, object] = {
                "status": "ok",
                "sessions": self.sessions,
                "model": self.model,
            }
            if self.occupancy is not None and self.occupancy.workers:
                body["pid"] = os.getpid()  # which worker answered
            return _response(200, json.dumps(body).encode(), "application/json")
        if path == "/":
            return _response(200, self.page(), "text/html; charset=utf-8", page=True)
        if path != "/ws":
            from resume_chat.serve.assets import respond  # /widget.js, /assets/…, /check

            found = respond(self, connection, request)
            return found or _response(404, b"Not found: try / or /ws or /health.\n", "text/plain")
        if not self.origins.permits(request.headers.get("Origin")):
            log.info("refused origin %.100s", request.headers.get("Origin"))
            return _response(403, b"This origin may not connect; see --allow-origin.\n")
        token = self.limits.token
        if token is not None and not _token_matches(
            token.get_secret_value(),
            presented_token(request.path, request.headers.get("Authorization")),
        ):
            return _response(401, b"A valid token is required (Authorization: Bearer).\n")
        if self.sessions >= self.limits.max_connections:
            return _response(503, b"Too many open sessions; try again later.\n")
        key = address_key(self.client_address(connection, request))
        if not self.visitors.connect(key):
            return _response(429, b"Too many connections from your address; close one.\n")
        # Counted until the TCP connection is gone, whether or not the handshake completes.
        assert isinstance(connection, ClientSocket)
        connection.on_lost(lambda: self.visitors.disconnect(key))
        return None

    @property
    def sessions(self) -> int:
        """Open sessions: this process's, or every process's sharing the store or the port."""
        return self.occupancy.total() if self.occupancy is not None else self.open_sessions

    def _count(self, change: int) -> None:
        self.open_sessions += change
        if self.occupancy is not None:
            self.occupancy.set(self.open_sessions)

    def serves_host(self, connection: ServerConnection, request: Request) -> bool:
        """Whether the Host header names this server (against DNS rebinding); a trusted
        proxy has routed the request by its name already."""
        peer = parse_address(str(connection.remote_address[0]))
        return self.proxies.trusts(peer) or self.own.serves_host(request.headers.get("Host"))

    def client_address(self, connection: ServerConnection, request: Request) -> Address | None:
        """The client's address, through a trusted proxy's headers; kept on the socket."""
        peer = parse_address(str(connection.remote_address[0]))
        address = self.proxies.client_of(peer, request.headers)
        if isinstance(connection, ClientSocket):
            connection.client_address = address
        return address

    def page(self) -> bytes:
        if self._page is None:
            self._page = (resources.files("resume_chat.serve") / "page.html").read_bytes()
        return self._page

    def visitor(self, websocket: ServerConnection) -> str:
        """Who asks, for the provider's per-user abuse isolation: a hash of the client's
        address (behind a trusted proxy, the one it forwards) salted afresh each run, so the
        provider never sees the address itself."""
        import hashlib

        address = websocket.client_address if isinstance(websocket, ClientSocket) else None
        if address is None:
            address = parse_address(str(websocket.remote_address[0]))
        host = str(address) if address is not None else "unknown"
        return hashlib.blake2b(host.encode(), key=self._salt, digest_size=16).hexdigest()

    async def handler(self, websocket: ServerConnection) -> None:
        """One conversation per connection: a new one, or the one its `?resume=` token names
        (its earlier turns loaded into the session); kept in the store when it is on."""
        self._count(1)
        try:
            await self.converse(websocket)
        finally:
            self._count(-1)

    async def converse(self, websocket: ServerConnection) -> None:
        request = websocket.request
        visit = await self.store.open_visit(resume_token(request.path) if request else None)
        session = ChatSession(
            self.shared.resume,
            self.shared.provider,
            model=self.model,
            history_tokens=self.settings.history_tokens,
            max_question_chars=self.limits.max_question_chars,
            max_turns=self.limits.history_turns,
            user=self.visitor(websocket),
        )
        for question, answer in visit.earlier:
            session.conversation.add(question, answer)
        client = websocket if isinstance(websocket, ClientSocket) else None
        address_rate = self.visitors.rate(address_key(client.client_address if client else None))
        # The provider is shared: this session is dropped at the end, never closed.
        log.info(
            "open session=%s sessions=%d%s",
            session.session_id,
            self.open_sessions,
            f" continued turns={len(visit.earlier)}" if visit.earlier else "",
        )
        connection = ChatConnection(websocket, session, self, visit, address_rate)
        try:
            await connection.run()
        finally:
            connection.visit.end()
            log.info(
                "close session=%s code=%s turns=%d",
                session.session_id,
                (client.closed_with if client else None) or websocket.close_code,
                len(session.conversation.turns),
            )

    async def aclose(self) -> None:
        await self.shared.aclose()
        await self.store.aclose()
