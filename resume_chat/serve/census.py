"""Open sessions across every serve process sharing the store, for --max-connections.

The admission check never waits on the database: it adds this process's open sessions to the
others' as last read. Every heartbeat (RESUME_CHAT_SERVE_HEARTBEAT seconds), on the store's
thread, each process writes its own count and reads the sum of the others' rows rewritten
within the last FRESH_HEARTBEATS heartbeats (store/instances.py). So the limit is approximate
by one heartbeat: processes admitting at once between two heartbeats do not see each other's
new sessions and can pass the limit by what each admitted in that time, and sessions closed
elsewhere free their places one heartbeat late. A process that dies without deleting its row
stops counting after the freshness window.

With the store off, once it has failed, or while the last heartbeat read is older than the
freshness window (a database that stalls), the count falls back to what it was before the
store: the workers' shared-memory array (one machine), or this process alone.
"""

from __future__ import annotations

import asyncio
import os
import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from resume_chat.serve.storage import VisitorStore
    from resume_chat.serve.workers import Occupancy
    from resume_chat.store.store import ConversationStore

# A row missing three heartbeats in a row is a dead process's: one late write (a slow commit, a
# busy store thread) must not make a live process's sessions vanish from the others' count.
FRESH_HEARTBEATS = 3


class ConnectionCensus:
    """This process's open sessions, and the other processes' as the last heartbeat read them."""

    def __init__(
        self, store: VisitorStore, heartbeat: float, machine: Occupancy | None = None
    ) -> None:
        self.store = store
        self.heartbeat = heartbeat
        self.machine = machine  # --workers without a store: this machine's shared array
        self.instance_id = os.urandom(16).hex()
        self.local = 0
        self.others: int | None = None  # None: not known, fall back to the machine's count
        self._read_at = 0.0

    @property
    def workers(self) -> bool:
        return self.machine is not None

    @property
    def fresh_within(self) -> float:
        """Seconds within which a row must have been rewritten to count."""
        return FRESH_HEARTBEATS * self.heartbeat

    def set(self, count: int) -> None:
        self.local = count
        if self.machine is not None:  # kept current, for the fallback if the store fails
            self.machine.set(count)

    def total(self) -> int:
        """Open sessions across every process: exact here, the others' one heartbeat old."""
        read = time.monotonic() - self._read_at < self.fresh_within
        if self.others is not None and read and self.store.on:
            return self.local + self.others
        return self.machine.total() if self.machine is not None else self.local

    async def beat(self) -> None:
        """Write this process's count and read the others' (on the store's thread)."""
        recorder = self.store.recorder
        if not self.store.on or recorder is None:
            self.others = None
            return
        count, instance_id, fresh_within = self.local, self.instance_id, self.fresh_within

        def write(store: ConversationStore) -> tuple[int]:
            from resume_chat.store.instances import InstanceRegistry

            return (InstanceRegistry(store).heartbeat(instance_id, count, fresh_within),)

        answer = await self.store.run(recorder.call, write)
        if answer is None:  # the store failed just now (warned once): count as without one
            self.others = None
            return
        self.others = answer[0]
        self._read_at = time.monotonic()

    async def keep_counting(self) -> None:
        """Beat every heartbeat until cancelled, then delete this process's row."""
        if not self.store.on:
            return
        try:
            while True:
                await self.beat()
                await asyncio.sleep(self.heartbeat)
        finally:
            self.leave()

    def leave(self) -> None:
        """This process stops: queued on the store's thread after every earlier call, so
        before the store closes."""
        recorder, instance_id = self.store.recorder, self.instance_id
        if not self.store.on or recorder is None:
            return

        def leave(store: ConversationStore) -> None:
            from resume_chat.store.instances import InstanceRegistry

            InstanceRegistry(store).leave(instance_id)

        self.store.submit(recorder.call, leave)


async def keep_up(store: VisitorStore, census: ConnectionCensus, purge: bool) -> None:
    """serve's upkeep until cancelled: the heartbeat and (`purge`) the daily retention purge."""
    async with asyncio.TaskGroup() as group:
        group.create_task(census.keep_counting())
        if purge and store.recorder is not None:
            group.create_task(store.purge_daily())
