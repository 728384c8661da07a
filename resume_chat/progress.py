"""The live line between asking and the first text: "thinking… 4s", "retrying in 5s (1/2)".

Reasoning models often think for 5–30 s and a retry may wait up to two minutes; a blank
screen then reads as a hang. The line goes to stderr, is redrawn in place once a second and
erased when the answer starts. With --show-reasoning, the reasoning itself is printed dimmed
instead, above the answer. Nothing is drawn where output is piped or --json is asked for:
`Progress.quiet()` is the do-nothing variant.
"""

from __future__ import annotations

import os
import time
from types import TracebackType
from typing import TYPE_CHECKING, TextIO

from resume_chat.events import Retrying

if TYPE_CHECKING:
    import asyncio

_FRAMES = "⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏"
_REASONS = {"rate_limited": "rate limited", "timeout": "timed out"}


class Progress:
    """Used as a context manager around one answer; fed the events before its first text."""

    def __init__(
        self,
        stream: TextIO | None,
        *,
        show_reasoning: bool = False,
        interval: float = 1.0,
    ) -> None:
        self.stream = stream
        self.show_reasoning = show_reasoning and stream is not None
        self.interval = interval
        self._started = 0.0
        self._state = "thinking"
        self._until = 0.0  # when a retry's wait ends
        self._timer: asyncio.TimerHandle | None = None
        self._drawn = False
        self._reasoned = False  # reasoning text was printed, so a blank line must follow it
        self._dim = stream is not None and not os.environ.get("NO_COLOR")

    @classmethod
    def quiet(cls) -> Progress:
        return cls(None)

    def __enter__(self) -> Progress:
        self._started = time.monotonic()
        if self.stream is not None:
            self._draw()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.answering()

    def reasoning(self, text: str) -> None:
        if self.stream is None:
            return
        if not self.show_reasoning:
            self._state = "reasoning"
            return
        self._erase()
        self._stop_timer()
        self.stream.write(f"\x1b[2m{text}\x1b[0m" if self._dim else text)
        self.stream.flush()
        self._reasoned = True

    def retrying(self, event: Retrying) -> None:
        reason = _REASONS.get(event.reason, event.reason.replace("_", " "))
        self._state = f"{reason}; retrying ({event.attempt}/{event.of})"
        self._until = time.monotonic() + event.delay
        if self.stream is not None:
            if self._reasoned:
                self.stream.write("\n")
                self._reasoned = False
            self._draw()

    def answering(self) -> None:
        """The first text arrived (or the answer ended): the line goes, for good."""
        self._stop_timer()
        self._erase()
        if self._reasoned and self.stream is not None:
            self.stream.write("\n\n")
            self.stream.flush()
            self._reasoned = False
        self.stream = None

    def line(self) -> str:
        """The text of the status line as it reads now."""
        now = time.monotonic()
        frame = _FRAMES[int(now - self._started) % len(_FRAMES)]
        if self._until > now:
            return f"{frame} {self._state} in {self._until - now:.0f}s"
        if self._until:  # the retry's wait is over: the new request is being answered
            self._state, self._until = "thinking", 0.0
        return f"{frame} {self._state}… {now - self._started:.0f}s"

    def _draw(self) -> None:
        if self.stream is None:
            return
        text = self.line()
        self.stream.write(f"\r\x1b[2K\x1b[2m{text}\x1b[0m" if self._dim else f"\r\x1b[2K{text}")
        self.stream.flush()
        self._drawn = True
        self._stop_timer()
        from asyncio import get_running_loop  # imported already wherever a loop runs

        try:
            loop = get_running_loop()
        except RuntimeError:
            return
        self._timer = loop.call_later(self.interval, self._draw)

    def _erase(self) -> None:
        if self._drawn and self.stream is not None:
            self.stream.write("\r\x1b[2K")
            self.stream.flush()
            self._drawn = False

    def _stop_timer(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
