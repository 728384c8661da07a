"""Listening: `serve` started on its port with every limit set, and stopped within seconds."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING

from resume_chat.errors import UsageError
from resume_chat.resume import Resume
from resume_chat.serve.limits import ServeSettings
from resume_chat.serve.provider import SharedProvider
from resume_chat.serve.server import ChatServer
from resume_chat.serve.sockets import AcceptErrors
from resume_chat.serve.spend import estimator_for
from resume_chat.serve.storage import StoreChoice, VisitorStore
from resume_chat.settings import Settings

if TYPE_CHECKING:
    from resume_chat.serve.workers import WorkerShare

log = logging.getLogger("resume_chat.serve")

# Seconds clients get to answer the closing handshake at shutdown; then they are cut off.
SHUTDOWN_GRACE = 1.0
# Seconds a closing handshake may take before the socket is closed (websockets' default: 10).
CLOSE_TIMEOUT = 2.0


@contextlib.asynccontextmanager
async def open_server(
    settings: Settings,
    limits: ServeSettings,
    resume: Resume | None = None,
    store: StoreChoice | None = None,
    *,
    share: WorkerShare | None = None,
) -> AsyncIterator[ChatServer]:
    """Start listening; on exit close clients with 1001, wait for them, close the provider
    and the store.

    `resume`, when the caller has read it already (a pipe can be read only once); `store`:
    where visitors' conversations are kept (default: nowhere); `share`: this process is one
    of `--workers`, binding the port with SO_REUSEPORT.
    """
    from websockets.asyncio.server import serve

    from resume_chat.resume import load_resume
    from resume_chat.serve.census import ConnectionCensus, keep_up
    from resume_chat.serve.spend import MemoryLedger
    from resume_chat.serve.workers import Occupancy

    resume = resume if resume is not None else load_resume(settings.resume_path)
    shared = SharedProvider(settings, resume)
    ledger = MemoryLedger(share.spend, share.spend_lock) if share is not None else None
    visitors = VisitorStore.chosen(store or StoreChoice(), os.environ, resume, shared.model, ledger)
    machine = Occupancy(share.connections, share.slot) if share is not None else None
    census = ConnectionCensus(visitors, limits.heartbeat, machine)
    chat = ChatServer(settings, limits, shared, visitors, census)
    chat.estimator = estimator_for(settings, limits, resume, shared.model)
    try:
        server = await serve(
            chat.handler,
            limits.host,
            limits.port,
            process_request=chat.process_request,
            create_connection=chat.gate.socket_class(),
            open_timeout=limits.handshake_timeout,
            close_timeout=CLOSE_TIMEOUT,
            max_size=limits.max_frame_bytes,  # bigger frames close the connection with 1009
            # Memory per socket: unread frames in, and frames out before a send waits.
            max_queue=limits.incoming_frames,
            write_limit=limits.connection_buffer_bytes,
            # permessage-deflate costs ~100 KB of zlib state per socket; answers are short.
            compression=None,
            server_header=None,
            reuse_port=share is not None,  # --workers: one port, several processes
        )
    except OSError as error:
        await chat.aclose()
        reason = os.strerror(error.errno) if error.errno else str(error)
        raise UsageError(
            f"Cannot listen on {limits.host}:{limits.port}: {reason.lower()}; "
            "choose another --port or --host."
        ) from None
    accept_errors = AcceptErrors(chat.gate)
    accept_errors.install(asyncio.get_running_loop())
    # The heartbeat; retention: one purge at start-up and one a day (by the first worker only).
    upkeep = asyncio.create_task(keep_up(visitors, census, share is None or share.slot == 0))
    try:
        chat.bind(server)
        yield chat
    finally:
        upkeep.cancel()
        await asyncio.wait([upkeep])
        server.close()  # stop accepting; close every client with 1001 (going away)
        try:
            async with asyncio.timeout(SHUTDOWN_GRACE):
                await server.wait_closed()
        except TimeoutError:
            # Clients that do not read never see the close frame: cut them off, which ends
            # their handlers and so cancels their upstream requests.
            log.info("closing %d connections that did not close", len(chat.gate.sockets))
            chat.gate.abort_all()
            await server.wait_closed()
        accept_errors.uninstall()
        await chat.aclose()
