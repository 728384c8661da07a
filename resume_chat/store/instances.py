"""serve's processes sharing one database, each with its open connections, so that
--max-connections holds across processes and machines.

Each process keeps one row that it rewrites every heartbeat and deletes when it stops. A row
not rewritten within the freshness window belongs to a process that died without deleting it
(SIGKILL, a machine lost): it is no longer counted, and the next heartbeat of any process
deletes it. Timestamps are the processes' own clocks, as everywhere in the store: machines
whose clocks differ by more than a fraction of the window would count each other wrongly.
"""

from __future__ import annotations

import datetime as dt

from resume_chat.store.records import timestamp
from resume_chat.store.store import Clock, ConversationStore

_OTHERS = (
    "SELECT COALESCE(SUM(open_connections), 0) FROM serve_instances"
    " WHERE instance_id <> ? AND updated_at >= ?"
)


class InstanceRegistry:
    """The serve_instances table: one row per serve process, rewritten each heartbeat."""

    def __init__(self, store: ConversationStore, clock: Clock | None = None) -> None:
        self.db = store.db
        self.clock = clock or store.clock

    def heartbeat(self, instance_id: str, open_connections: int, fresh_within: float) -> int:
        """Write this process's count; return the other processes' open connections, counting
        only rows rewritten within `fresh_within` seconds, and delete the older ones."""
        now = self.clock()
        cutoff = timestamp(now - dt.timedelta(seconds=fresh_within))
        # Separate single-statement transactions: the upsert locks this row only and the purge
        # stale rows only, so two processes beating at once never wait on each other in a cycle.
        with self.db.transaction():
            self.db.query(
                "INSERT INTO serve_instances (instance_id, open_connections, updated_at)"
                " VALUES (?, ?, ?) ON CONFLICT (instance_id) DO UPDATE SET"
                " open_connections = excluded.open_connections, updated_at = excluded.updated_at",
                (instance_id, open_connections, timestamp(now)),
            )
        with self.db.transaction():
            self.db.query("DELETE FROM serve_instances WHERE updated_at < ?", (cutoff,))
        return int(self.db.query(_OTHERS, (instance_id, cutoff))[0][0])

    def leave(self, instance_id: str) -> None:
        """This process stops: its connections no longer count anywhere."""
        with self.db.transaction():
            self.db.query("DELETE FROM serve_instances WHERE instance_id = ?", (instance_id,))

    def counts(self) -> dict[str, int]:
        """Every row's open connections by instance id, fresh or not (for tests and the curious)."""
        rows = self.db.query("SELECT instance_id, open_connections FROM serve_instances")
        return {str(row[0]): int(row[1]) for row in rows}
