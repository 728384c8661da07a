"""When to try again: exponential backoff with jitter, and the server's own Retry-After."""

from __future__ import annotations

import email.utils
import time
from collections.abc import Callable, Mapping

# openai-python's defaults: 0.5 s doubling to at most 8 s, minus up to 25% jitter.
INITIAL_DELAY = 0.5
MAX_DELAY = 8.0
# A server asking for a longer wait than this is told "try later" rather than waited on.
MAX_RETRY_AFTER = 120.0


def retry_after(headers: Mapping[str, str], now: Callable[[], float] = time.time) -> float | None:
    """Seconds the server asks us to wait, from `retry-after-ms` or `Retry-After`, if any."""
    milliseconds = headers.get("retry-after-ms")
    if milliseconds:
        try:
            return float(milliseconds) / 1000
        except ValueError:
            pass
    value = headers.get("retry-after")
    if not value:
        return None
    try:
        return float(value)
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return float(when.timestamp() - now())


def backoff(attempt: int, jitter: float) -> float:
    """The delay before retry number `attempt` (0-based); `jitter` is a random number in [0, 1)."""
    return min(INITIAL_DELAY * 2.0**attempt, MAX_DELAY) * (1 - 0.25 * jitter)
