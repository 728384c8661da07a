"""Limits per client address, on top of the per-connection ones: a visitor who reconnects
keeps their count. No I/O."""

from __future__ import annotations

import ipaddress
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from resume_chat.serve.guard import QuestionRate
from resume_chat.serve.proxy import Address

# Sweep forgotten addresses once the table has grown this much since the last sweep.
SWEEP_AFTER = 1024


def address_key(address: Address | None) -> str | None:
    """The key limits are counted under, or None for an exempt client.

    An IPv6 host usually owns a whole /64 and may pick any address in it, so the /64 is
    the visitor. Loopback is this machine: a local process, or a reverse proxy that is not
    trusted with --trust-proxy (all its visitors would share one count).
    """
    if address is None or address.is_loopback:
        return None
    if isinstance(address, ipaddress.IPv6Address):
        return str(ipaddress.IPv6Network((address, 64), strict=False))
    return str(address)


@dataclass
class Visitor:
    connections: int
    rate: QuestionRate
    last_seen: float = field(default=0.0)


class VisitorLimits:
    """Open connections and a sliding minute of questions per client address."""

    def __init__(
        self,
        max_connections: int,
        questions_per_minute: int,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.max_connections = max_connections
        self.questions_per_minute = questions_per_minute
        self._clock = clock
        self._visitors: dict[str, Visitor] = {}
        self._sweep_at = SWEEP_AFTER

    def __len__(self) -> int:
        return len(self._visitors)

    def connect(self, key: str | None) -> bool:
        """Count a new connection from `key`; False (and nothing counted) when it has too many."""
        if key is None:
            return True
        visitor = self._visitors.get(key)
        if visitor is None:
            if len(self._visitors) >= self._sweep_at:
                self._sweep()
            visitor = Visitor(0, QuestionRate(self.questions_per_minute, self._clock))
            self._visitors[key] = visitor
        if visitor.connections >= self.max_connections:
            return False
        visitor.connections += 1
        return True

    def disconnect(self, key: str | None) -> None:
        visitor = self._visitors.get(key) if key is not None else None
        if visitor is not None:
            visitor.connections -= 1
            visitor.last_seen = self._clock()

    def rate(self, key: str | None) -> QuestionRate | None:
        """The question rate `key`'s connections share (None: exempt)."""
        visitor = self._visitors.get(key) if key is not None else None
        return visitor.rate if visitor is not None else None

    def _sweep(self) -> None:
        """Forget addresses with no connection and no question in the last minute."""
        now = self._clock()
        self._visitors = {
            key: visitor
            for key, visitor in self._visitors.items()
            if visitor.connections > 0 or now - visitor.last_seen < 60.0
        }
        self._sweep_at = max(SWEEP_AFTER, 2 * len(self._visitors))
