"""What one client socket may hold: a place among the handshakes in progress, a deadline on
every send, and quiet accept errors when the process runs out of file descriptors."""

from __future__ import annotations

import asyncio
import logging
import os
import time
from collections.abc import Callable
from typing import Any, ClassVar, cast

from websockets.asyncio.server import ServerConnection
from websockets.protocol import State

from resume_chat.serve.proxy import Address

log = logging.getLogger("resume_chat.serve")

# asyncio's message when accept() fails with EMFILE, ENFILE, ENOBUFS or ENOMEM.
ACCEPT_FAILED = "socket.accept() out of system resource"
# Out of descriptors, a pending handshake older than this is dropped to free one: a real
# client sends its request within a round trip of connecting.
STARVED_HANDSHAKE_SECONDS = 1.0
WARN_EVERY_SECONDS = 60.0


class ClientSocket(ServerConnection):
    """A websockets server connection that its gate counts, with a deadline on every send.

    websockets waits in `drain()` for as long as a client leaves its socket unread, and its
    close and keepalive ping wait there too; so the deadline aborts the socket itself.
    """

    gate: ClassVar[SocketGate]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.client_address: Address | None = None  # the peer's, or a trusted proxy's client
        self.closed_with: int | None = None  # a close code of the server's own making
        self.opened_at = time.monotonic()
        self._stall: asyncio.TimerHandle | None = None
        self._on_lost: list[Callable[[], None]] = []

    def on_lost(self, callback: Callable[[], None]) -> None:
        """Call `callback` once the TCP connection is gone, however it ended."""
        self._on_lost.append(callback)

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        super().connection_made(transport)
        self.gate.admit(self)

    async def handshake(self, *args: Any, **kwargs: Any) -> None:
        try:
            await super().handshake(*args, **kwargs)
        finally:
            self.gate.handshaken(self)

    def pause_writing(self) -> None:
        super().pause_writing()
        self._stall = self.loop.call_later(self.gate.send_timeout, self.stalled)

    def resume_writing(self) -> None:
        super().resume_writing()
        self._cancel_stall()

    def connection_lost(self, exc: Exception | None) -> None:
        super().connection_lost(exc)
        self._cancel_stall()
        self.gate.lost(self)
        callbacks, self._on_lost = self._on_lost, []
        for callback in callbacks:
            callback()

    def stalled(self) -> None:
        """The client read nothing for send_timeout seconds: close with 1008 and drop it."""
        self._stall = None
        self.closed_with = 1008
        if self.protocol.state is State.OPEN:
            # Queued behind what the client has not read; it is sent if the client reads.
            self.protocol.send_close(1008, "not reading")
            self.send_data()
        self.transport.abort()

    def _cancel_stall(self) -> None:
        if self._stall is not None:
            self._stall.cancel()
            self._stall = None


class SocketGate:
    """Every client socket, and the ones still in their opening handshake (at most
    `max_handshakes`: a new one drops the oldest, which a slow-loris client holds longest)."""

    def __init__(self, max_handshakes: int, send_timeout: float) -> None:
        self.max_handshakes = max_handshakes
        self.send_timeout = send_timeout
        self.pending: dict[ClientSocket, None] = {}  # insertion order: oldest first
        self.sockets: set[ClientSocket] = set()
        self.dropped = 0

    def socket_class(self) -> type[ClientSocket]:
        """The connection class websockets should make, bound to this gate."""
        return cast(type[ClientSocket], type("ClientSocket", (ClientSocket,), {"gate": self}))

    def admit(self, socket: ClientSocket) -> None:
        self.sockets.add(socket)
        self.pending[socket] = None
        if len(self.pending) > self.max_handshakes:
            self.drop(next(iter(self.pending)))

    def handshaken(self, socket: ClientSocket) -> None:
        self.pending.pop(socket, None)

    def lost(self, socket: ClientSocket) -> None:
        self.pending.pop(socket, None)
        self.sockets.discard(socket)

    def drop(self, socket: ClientSocket) -> None:
        self.pending.pop(socket, None)
        self.dropped += 1
        socket.transport.abort()

    def drop_starved(self) -> None:
        """Out of descriptors: drop the handshakes that have waited longer than a client would."""
        cutoff = time.monotonic() - STARVED_HANDSHAKE_SECONDS
        for socket in [s for s in self.pending if s.opened_at < cutoff]:
            self.drop(socket)

    def abort_all(self) -> None:
        for socket in list(self.sockets):
            socket.transport.abort()


class AcceptErrors:
    """The event loop's exception handler while serving: accept() failing for want of file
    descriptors is one warning a minute and frees starved handshakes, never a traceback per
    try (Python 3.11 logs one for every queued connection, thousands a second). Anything
    else goes to the handler that was there before."""

    def __init__(self, gate: SocketGate, clock: Callable[[], float] = time.monotonic) -> None:
        self.gate = gate
        self.failures = 0
        self._clock = clock
        self._warned_at: float | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._previous: Any = None

    def install(self, loop: asyncio.AbstractEventLoop) -> None:
        self._loop, self._previous = loop, loop.get_exception_handler()
        loop.set_exception_handler(self)

    def uninstall(self) -> None:
        if self._loop is not None:
            self._loop.set_exception_handler(self._previous)
            self._loop = None

    def __call__(self, loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        if context.get("message") != ACCEPT_FAILED:
            if self._previous is not None:
                self._previous(loop, context)
            else:
                loop.default_exception_handler(context)
            return
        self.failures += 1
        self.gate.drop_starved()
        now = self._clock()
        if self._warned_at is None or now - self._warned_at >= WARN_EVERY_SECONDS:
            error = context.get("exception")
            reason = os.strerror(error.errno) if isinstance(error, OSError) and error.errno else ""
            log.warning(
                "cannot accept connections (%s; %d times): raise the file limit (ulimit -n) "
                "above --max-connections plus --max-handshakes, or lower them",
                reason.lower() or "out of resources",
                self.failures,
            )
            self._warned_at = now
