"""Who may connect and how much they may ask: origin, token and rate checks, no I/O."""

from __future__ import annotations

import hmac
import time
from collections import deque
from collections.abc import Callable, Iterable
from urllib.parse import parse_qs, urlsplit


class OriginPolicy:
    """Allow no Origin (scripts, CLIs), the server's own page, and the allow-list; refuse others.

    `own` says whether an origin is the server's own page (see addresses.OwnAddresses).
    """

    def __init__(self, allowed: Iterable[str], own: Callable[[str], bool] = lambda _: False):
        self.allowed = frozenset(origin.rstrip("/").lower() for origin in allowed)
        self.own = own

    def permits(self, origin: str | None) -> bool:
        if origin is None:
            return True
        origin = origin.rstrip("/").lower()
        return origin in self.allowed or self.own(origin)


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
    """At most `per_minute` questions in any sliding 60 seconds, for one connection or address."""

    def __init__(self, per_minute: int, clock: Callable[[], float] = time.monotonic) -> None:
        self.per_minute = per_minute
        self._clock = clock
        self._asked: deque[float] = deque()

    def admit(self) -> float | None:
        """Record a question and return None, or return the seconds to wait before the next."""
        wait = self.wait()
        if wait is None:
            self.record()
        return wait

    def wait(self) -> float | None:
        """The seconds to wait before a question may be asked, or None: it may be now."""
        now = self._clock()
        while self._asked and now - self._asked[0] >= 60.0:
            self._asked.popleft()
        if len(self._asked) >= self.per_minute:
            return 60.0 - (now - self._asked[0])
        return None

    def record(self) -> None:
        self._asked.append(self._clock())
