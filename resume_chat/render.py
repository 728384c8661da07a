"""Showing an answer as it streams: rendered Markdown in a terminal, exact text in a pipe."""

from __future__ import annotations

import time
from types import TracebackType
from typing import IO, TYPE_CHECKING, Protocol

from resume_chat.blocks import BlockSplitter

if TYPE_CHECKING:
    from rich.console import Console
    from rich.live import Live


class AnswerView(Protocol):
    """Where a streaming answer goes; used as a context manager around one answer."""

    def __enter__(self) -> AnswerView: ...
    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None: ...
    def write(self, text: str) -> None: ...


class PlainAnswer:
    """The answer's Markdown exactly as the model sent it, flushed chunk by chunk."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream
        self._ended_with_newline = True

    def __enter__(self) -> PlainAnswer:
        return self

    def write(self, text: str) -> None:
        self.stream.write(text)
        self.stream.flush()
        self._ended_with_newline = text.endswith("\n")

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if not self._ended_with_newline:
            self.stream.write("\n")
        self.stream.flush()


class MarkdownAnswer:
    """Finished blocks are printed once and never redrawn; only the block in progress is live.

    The live preview is redrawn at most `refresh_per_second` times, and it is cropped to the
    screen (never "…"-truncated text in the scrollback: the finished block is printed in full).
    """

    def __init__(self, console: Console, refresh_per_second: float = 8.0) -> None:
        self.console = console
        self._splitter = BlockSplitter()
        self._interval = 1.0 / refresh_per_second
        self._last_refresh = 0.0
        self._printed_blocks = 0
        self._previewing = False
        self._live: Live | None = None

    def __enter__(self) -> MarkdownAnswer:
        from rich.live import Live

        self._live = Live(
            console=self.console,
            auto_refresh=False,
            transient=True,
            vertical_overflow="crop",
            redirect_stdout=False,
            redirect_stderr=False,
        )
        self._live.start()
        return self

    def write(self, text: str) -> None:
        for block in self._splitter.feed(text):
            self._print(block)
        now = time.monotonic()
        if now - self._last_refresh >= self._interval:
            self._last_refresh = now
            self._preview()

    def _preview(self) -> None:
        from rich.markdown import Markdown

        assert self._live is not None
        pending = self._splitter.pending
        self._live.update(Markdown(pending) if pending else "", refresh=True)
        self._previewing = bool(pending)

    def _print(self, block: str) -> None:
        from rich.markdown import Markdown

        assert self._live is not None
        if self._previewing:
            # Live redraws its last rendering after every print; clear the stale preview first.
            self._live.update("", refresh=True)
            self._previewing = False
        if self._printed_blocks:
            self._live.console.print()
        self._live.console.print(Markdown(block))
        self._printed_blocks += 1

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        assert self._live is not None
        for block in self._splitter.close():
            self._print(block)
        self._live.update("", refresh=True)
        self._live.stop()
