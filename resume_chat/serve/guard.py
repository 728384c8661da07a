"""Who may connect and how much they may ask: origin, token, rate and spend checks, no I/O."""

from __future__ import annotations

import datetime
import hmac
import time
from collections import deque
from collections.abc import Callable, Iterable
from urllib.parse import parse_qs, urlsplit


def own_origins(host: str, port: int) -> frozenset[str]:
    """The origins of the server's own page, from the bound address (never the Host header).

    Trusting the Host header would let a DNS-rebinding page pass as our own page.
    """
    names = {host}
    if host in ("127.0.0.1", "localhost", "::1"):
        names |= {"127.0.0.1", "localhost", "[::1]"}
    return frozenset(f"http://{name}:{port}" for name in names)


class OriginPolicy:
    """Allow no Origin (scripts, CLIs), the server's own page, and the allow-list; refuse others."""

    def __init__(self, allowed: Iterable[str]) -> None:
        self.allowed = frozenset(origin.rstrip("/").lower() for origin in allowed)

    def permits(self, origin: str | None) -> bool:
        return origin is None or origin.rstrip("/").lower() in self.allowed


def presented_token(path: str, authorization: str | None) -> str | None:
    """The token a client sent: `Authorization: Bearer …` first, else `?token=…`."""
    if authorization is not None:
        scheme, _, value = authorization.partition(" ")
        if scheme.lower() == "bearer" and value.strip():
            return value.strip()
    tokens = parse_qs(urlsplit(path).query).get("token")
    return tokens[0] if tokens else None


def token_matches(expected: str, presented: str | None) -> bool:
    """Compare in constant time, so the token cannot be guessed a character at a time."""
    if presented is None:
        return False
    return hmac.compare_digest(expected.encode(), presented.encode())


class QuestionRate:
    """At most `per_minute` questions in any sliding 60 seconds, for one connection."""

    def __init__(self, per_minute: int, clock: Callable[[], float] = time.monotonic) -> None:
        self.per_minute = per_minute
        self._clock = clock
        self._asked: deque[float] = deque()

    def admit(self) -> float | None:
        """Record a question and return None, or return the seconds to wait before the next."""
        now = self._clock()
        while self._asked and now - self._asked[0] >= 60.0:
            self._asked.popleft()
        if len(self._asked) >= self.per_minute:
            return 60.0 - (now - self._asked[0])
        self._asked.append(now)
        return None


class SpendLedger:
    """The USD spent today across all sessions, from the cost the provider reports."""

    def __init__(
        self,
        cap: float | None,
        today: Callable[[], datetime.date] = lambda: datetime.datetime.now(datetime.UTC).date(),
    ) -> None:
        self.cap = cap
        self._today = today
        self._day = today()
        self._spent = 0.0

    @property
    def spent(self) -> float:
        self._roll()
        return self._spent

    def exhausted(self) -> bool:
        """True once today's spend reached the cap; the next UTC day starts from zero."""
        return self.cap is not None and self.spent >= self.cap

    def record(self, cost: float | None) -> None:
        if cost is not None and cost > 0:
            self._roll()
            self._spent += cost

    def _roll(self) -> None:
        day = self._today()
        if day != self._day:
            self._day, self._spent = day, 0.0
