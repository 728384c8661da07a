"""serve's daily spend, counted in the database so a cap holds across processes and machines.

An answer reserves an estimate before it starts (refused when the day's reservations would pass
the cap), and settles with the cost the provider reported when it ends. An answer that never
settles (abandoned before the final usage chunk, a process killed) keeps its estimate: the cap
is never passed by answers whose cost was not reported.
"""

from __future__ import annotations

import datetime as dt
import os

from resume_chat.store.records import timestamp
from resume_chat.store.store import Clock, ConversationStore

_DAY_TOTAL = (
    "SELECT COALESCE(SUM(COALESCE(cost, estimate)), 0) FROM spend_reservations WHERE day = ?"
)


class SpendLedger:
    """Reservations against a daily cap in USD, per UTC day."""

    def __init__(self, store: ConversationStore, clock: Clock | None = None) -> None:
        self.db = store.db
        self.clock = clock or store.clock

    def _day(self) -> str:
        return self.clock().astimezone(dt.UTC).date().isoformat()

    def spent_today(self) -> float:
        """Settled costs plus the estimates of answers not (yet) settled, today (UTC)."""
        return float(self.db.query(_DAY_TOTAL, (self._day(),))[0][0])

    def reserve(self, estimate: float, cap: float | None) -> str | None:
        """A reservation's id, or None when `estimate` would take today past `cap`."""
        if estimate < 0:
            raise ValueError("a spend estimate cannot be negative")
        day = self._day()
        reservation = os.urandom(16).hex()
        with self.db.transaction(exclusive=True):  # serialised with every other reserver
            spent = float(self.db.query(_DAY_TOTAL, (day,))[0][0])
            if cap is not None and spent + estimate > cap:
                return None
            self.db.query(
                "INSERT INTO spend_reservations (id, day, estimate, reserved_at)"
                " VALUES (?, ?, ?, ?)",
                (reservation, day, estimate, timestamp(self.clock())),
            )
        return reservation

    def settle(self, reservation: str, cost: float | None) -> None:
        """The answer ended: its reported cost replaces the estimate (None keeps the estimate)."""
        if cost is None:
            return
        with self.db.transaction():
            self.db.query(
                "UPDATE spend_reservations SET cost = ?, settled_at = ? WHERE id = ?",
                (cost, timestamp(self.clock()), reservation),
            )
