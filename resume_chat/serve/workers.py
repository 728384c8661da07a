"""`serve --workers N`: N processes answering on one port, so `serve` uses every core.

Each worker binds the port itself with SO_REUSEPORT and the kernel spreads new connections
over them; a worker is a whole server (its own event loop, upstream connections and store
connection). What must hold across them is shared through the store, as across machines: the
spend cap and the connection limit (census.py). With the store off, shared memory stands in: a
ledger for the spend, and an array in which each worker writes its own count of open sessions.
The parent only starts the workers, forwards SIGINT and SIGTERM to them and exits 0 once they
all have.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import socket
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from multiprocessing.context import SpawnProcess

    from resume_chat.resume import Resume
    from resume_chat.serve.limits import ServeSettings
    from resume_chat.serve.storage import StoreChoice
    from resume_chat.settings import Settings

# Seconds a worker has to bind and say so; then the start is given up.
START_TIMEOUT = 60.0
# Seconds workers have to close after the signal; serve's own shutdown takes at most ~2 s.
STOP_TIMEOUT = 10.0


class WorkerShare(NamedTuple):
    """What one worker shares with the others (picklable into a spawned process)."""

    slot: int  # this worker's number, from 0
    connections: Any  # multiprocessing RawArray of open sessions, one slot per worker
    spend: Any  # RawArray [UTC day ordinal, USD today], for the ledger without a store
    spend_lock: Any
    ready: Any  # a multiprocessing queue: (index, None) once listening, else (index, error)


class Occupancy:
    """Open sessions across this machine's workers, without a store: each writes its own slot,
    any reads the sum."""

    def __init__(self, slots: Any, index: int) -> None:
        self.slots = slots
        self.index = index

    def set(self, count: int) -> None:
        self.slots[self.index] = count

    def total(self) -> int:
        return int(sum(self.slots))


def can_share_port() -> bool:
    return hasattr(socket, "SO_REUSEPORT")


def _free_port(host: str) -> int:
    """A port free on `host`, for --port 0: every worker must bind the same one."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.bind((host, 0))
        return int(probe.getsockname()[1])


def _worker(
    settings: Settings,
    limits: ServeSettings,
    resume: Resume,
    store: StoreChoice,
    verbose: bool,
    share: WorkerShare,
) -> None:
    """One worker process: a whole server that does not print the start-up line itself."""
    from resume_chat.errors import ResumeChatError
    from resume_chat.serve.process import run_loop, serve_until_signalled
    from resume_chat.serve.runtime import serve_logging

    serve_logging(verbose)
    try:
        run_loop(serve_until_signalled(settings, limits, resume, store, share=share))
    except ResumeChatError as error:
        share.ready.put((share.slot, str(error)))
        sys.exit(error.exit_code)
    except KeyboardInterrupt:
        sys.exit(0)


def run_workers(
    count: int,
    settings: Settings,
    limits: ServeSettings,
    resume: Resume,
    store: StoreChoice,
    verbose: bool,
) -> int:
    """Start `count` workers on one port; return the exit code once they have all stopped."""
    from resume_chat.errors import UsageError

    context = multiprocessing.get_context("spawn")  # no fork of a process holding threads
    port = limits.port or _free_port(limits.host)
    limits = limits.model_copy(update={"port": port})
    connections = context.RawArray("q", count)
    spend = context.RawArray("d", 2)
    spend_lock = context.Lock()
    ready = context.Queue()
    workers: list[SpawnProcess] = []
    stopping = False

    def stop(signum: int, _frame: object) -> None:
        nonlocal stopping
        stopping = True
        for worker in workers:
            if worker.pid is not None and worker.exitcode is None:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(worker.pid, signal.SIGTERM)

    previous = {s: signal.signal(s, stop) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        for index in range(count):
            share = WorkerShare(index, connections, spend, spend_lock, ready)
            worker = context.Process(
                target=_worker,
                args=(settings, limits, resume, store, verbose, share),
                name=f"resume-chat-serve-{index}",
            )
            worker.start()
            workers.append(worker)
        failure = _wait_ready(ready, workers)
        if failure is not None:
            stop(signal.SIGTERM, None)
            _join(workers)
            raise UsageError(failure)
        host = f"[{limits.host}]" if ":" in limits.host else limits.host
        url = f"http://{host}:{port}"
        pids = ", ".join(str(worker.pid) for worker in workers)
        print(
            f"resume-chat: serving {url}/ (WebSocket {url.replace('http', 'ws')}/ws, health "
            f"{url}/health), model {settings.model}, {count} workers (PIDs {pids}); "
            "Ctrl-C stops.",
            file=sys.stderr,
            flush=True,
        )
        for worker in workers:
            while worker.exitcode is None:
                worker.join(0.5)
                if not stopping and any(w.exitcode not in (None, 0) for w in workers):
                    stop(signal.SIGTERM, None)  # one died: take the rest down, report it
        codes = [worker.exitcode for worker in workers]
        return 0 if all(code == 0 for code in codes) else 1
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        _join(workers)
        ready.close()


def _wait_ready(ready: Any, workers: Sequence[SpawnProcess]) -> str | None:
    """None once every worker listens; else the first one's error."""
    import queue
    import time

    deadline = time.monotonic() + START_TIMEOUT
    waiting = set(range(len(workers)))
    while waiting:
        try:
            index, error = ready.get(timeout=0.2)
        except queue.Empty:
            dead = [w for w in workers if w.exitcode is not None]
            if dead:
                return f"a serve worker exited while starting (exit code {dead[0].exitcode})."
            if time.monotonic() > deadline:
                return "the serve workers did not start in time."
            continue
        if error is not None:
            return str(error)
        waiting.discard(index)
    return None


def _join(workers: Sequence[SpawnProcess]) -> None:
    for worker in workers:
        worker.join(STOP_TIMEOUT)
        if worker.exitcode is None:
            worker.kill()
            worker.join()
