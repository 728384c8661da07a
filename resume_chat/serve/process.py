"""Running `resume-chat serve`: one process or several (`--workers`), on uvloop where it exists,
until SIGINT or SIGTERM."""

from __future__ import annotations

import asyncio
import logging
import signal
import sys
from collections.abc import Callable, Coroutine, Mapping
from typing import TYPE_CHECKING, Any

from resume_chat.serve.storage import StoreChoice

if TYPE_CHECKING:
    from resume_chat.resume import Resume
    from resume_chat.serve.limits import ServeSettings
    from resume_chat.serve.workers import WorkerShare
    from resume_chat.settings import Settings

log = logging.getLogger("resume_chat.serve")


def loop_factory(environ: Mapping[str, str]) -> Callable[[], asyncio.AbstractEventLoop] | None:
    """uvloop's event loop where it is installed (not on Windows), else None: asyncio's own.
    RESUME_CHAT_SERVE_EVENT_LOOP=asyncio chooses asyncio's even where uvloop is installed."""
    if environ.get("RESUME_CHAT_SERVE_EVENT_LOOP", "").strip().lower() == "asyncio":
        return None
    try:
        import uvloop
    except ImportError:
        return None
    return uvloop.new_event_loop


def run_loop(main: Coroutine[Any, Any, None]) -> None:
    """Run `main` to completion on the serving event loop."""
    import os

    with asyncio.Runner(loop_factory=loop_factory(os.environ)) as runner:
        runner.run(main)


def run_serve(
    settings: Settings,
    limits: ServeSettings,
    resume: Resume,
    store: StoreChoice,
    *,
    workers: int = 1,
    verbose: bool = False,
) -> int:
    """`resume-chat serve`: the exit code once stopped by a signal (0) or by a failure."""
    from resume_chat.serve.workers import can_share_port, run_workers

    if workers > 1:
        if can_share_port():
            return run_workers(workers, settings, limits, resume, store, verbose)
        sys.stderr.write(
            "resume-chat: warning: this system cannot share a port between processes "
            "(no SO_REUSEPORT); serving from one process.\n"
        )
    run_loop(serve_until_signalled(settings, limits, resume, store))
    return 0


async def serve_until_signalled(
    settings: Settings,
    limits: ServeSettings,
    resume: Resume | None = None,
    store: StoreChoice | None = None,
    *,
    share: WorkerShare | None = None,
) -> None:
    """Serve until SIGINT or SIGTERM, then close every client with 1001. A worker (`share`)
    tells its parent it listens instead of printing where."""
    from resume_chat.serve.listening import open_server
    from resume_chat.serve.runtime import settle_heap

    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stop.set)
    async with open_server(settings, limits, resume, store or StoreChoice(), share=share) as chat:
        settle_heap()
        if share is not None:
            share.ready.put((share.slot, None))
        else:
            print(
                f"resume-chat: serving {chat.url}/ (WebSocket {chat.url.replace('http', 'ws')}"
                f"/ws, health {chat.url}/health), model {chat.model}; Ctrl-C stops.",
                file=sys.stderr,
                flush=True,
            )
        await stop.wait()
        log.info("shutting down: %d open sessions", chat.open_sessions)
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.remove_signal_handler(signum)
