"""Keeping keys out of sight: every text that comes from a provider passes through here.

A provider, or a proxy in front of it, may echo the `Authorization` header in an error message,
in metadata or even in the answer. What reaches a terminal, a log line or a WebSocket frame is
first cleaned of the configured key, of anything shaped like an OpenRouter key, of bearer
tokens, and of passwords in URLs. Streamed text is cleaned as it streams: a tail that may be
the start of a key is held back until the next piece shows what it is.
"""

from __future__ import annotations

import logging

from resume_chat import patterns

REDACTED = "[redacted]"
# OpenRouter keys are `sk-or-v1-` and 64 hex digits; other `sk-…` keys are as long or longer.
_SHAPES = patterns.compile(
    r"\bsk-(?:or-)?[A-Za-z0-9_-]{16,}"
    r"|\bBearer\s+(?=[A-Za-z0-9._~+/=-]*\d)[A-Za-z0-9._~+/=-]{8,}"
    r"|(?<=://)[^/\s:@]*:[^/\s@]*(?=@)"  # user:password@ in a URL
)
# A tail that may grow into a key: `s`, `sk`, `sk-`, `sk-or-v1-ab…` (hold it back).
_OPEN_TAIL = patterns.compile(r"\bs(?:k(?:-[A-Za-z0-9_-]*)?)?\Z")
MAX_HELD = 512  # a tail this long that is still key-shaped is a key: it is removed whole

_known: set[str] = set()


def remember(secret: str) -> None:
    """Add a secret (the configured key) to what is removed everywhere in this process."""
    if len(secret) >= 8:
        _known.add(secret)


def redact(text: str) -> str:
    """The text without known secrets, key-shaped tokens, bearer tokens or URL passwords."""
    for secret in _known:
        if secret in text:
            text = text.replace(secret, REDACTED)
    return _SHAPES.sub(REDACTED, text)


def mask_url(url: str) -> str:
    """A URL fit for a log line: any `user:password@` is replaced."""
    return _SHAPES.sub(REDACTED, url) if "@" in url else url


class StreamRedactor:
    """Cleans text that arrives in pieces, where a key may be split across two of them."""

    def __init__(self) -> None:
        self._held = ""

    def feed(self, text: str) -> str:
        """What can be shown now; a tail that may be part of a secret waits for more text."""
        text = self._held + text
        if not text:
            return ""
        cut = self._hold_from(text)
        shown, self._held = text[:cut], text[cut:]
        if len(self._held) > MAX_HELD:
            shown, self._held = shown + REDACTED, ""
        return redact(shown) if shown else ""

    def close(self) -> str:
        """The rest, at the end of the stream."""
        rest, self._held = self._held, ""
        return redact(rest)

    @staticmethod
    def _hold_from(text: str) -> int:
        """Where the held-back tail starts: the earliest start of a possible secret's prefix."""
        cut = len(text)
        for secret in _known:
            start = max(0, len(text) - len(secret) + 1)
            while (found := text.find(secret[0], start)) != -1:
                if secret.startswith(text[found:]):
                    cut = min(cut, found)
                    break
                start = found + 1
        if "s" in text[-MAX_HELD:]:
            tail = _OPEN_TAIL.search(text, max(0, len(text) - MAX_HELD))
            if tail is not None:
                cut = min(cut, tail.start())
        return cut


class RedactingFormatter(logging.Formatter):
    """A log formatter whose every line (message and traceback) passes through `redact`."""

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))
