"""Showing an answer as it streams: rendered Markdown in a terminal, exact text in a pipe."""

from __future__ import annotations

import os
import time
from collections.abc import Mapping
from types import TracebackType
from typing import IO, TYPE_CHECKING, Protocol

from resume_chat.blocks import BlockSplitter

if TYPE_CHECKING:
    import asyncio

    from rich.console import Console


def terminal_links(environ: Mapping[str, str]) -> bool:
    """Whether the terminal shows OSC 8 hyperlinks. tmux and screen (without passthrough), the
    Linux console and macOS's Terminal do not: they drop the address and show only the text.
    `RESUME_CHAT_LINKS=on|off` overrides the guess."""
    forced = environ.get("RESUME_CHAT_LINKS", "").lower()
    if forced in ("on", "off"):
        return forced == "on"
    term = environ.get("TERM", "")
    if environ.get("TMUX") or term.startswith(("screen", "tmux", "linux", "dumb")):
        return False
    return environ.get("TERM_PROGRAM") != "Apple_Terminal"


class AnswerView(Protocol):
    """Where a streaming answer goes; used as a context manager around one answer."""

    def __enter__(self) -> AnswerView: ...
    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None: ...
    def write(self, text: str) -> None: ...


class HiddenAnswer:
    """Shows nothing while streaming: for --json, where the answer is printed whole at the end."""

    def __enter__(self) -> HiddenAnswer:
        return self

    def write(self, text: str) -> None:
        return None

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        return None


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

    At most `refresh_per_second` times a second, the blocks finished since the last refresh
    are printed together (one Markdown render for the batch) and the preview of the block in
    progress is redrawn below them. The preview shows the block's last lines that fit on the
    screen, so erasing it never reaches into the scrollback; the finished block is printed in
    full, never "…"-truncated. A console that is not a terminal gets no preview, since it
    cannot erase one.
    """

    def __init__(
        self,
        console: Console,
        refresh_per_second: float = 8.0,
        hyperlinks: bool | None = None,
    ) -> None:
        self.console = console
        # Clickable links where the terminal shows them; elsewhere "text (url)", so the reader
        # still sees the address.
        self.hyperlinks = terminal_links(os.environ) if hyperlinks is None else hyperlinks
        self._splitter = BlockSplitter()
        self._interval = 1.0 / refresh_per_second
        self._last_refresh = 0.0
        self._timer: asyncio.TimerHandle | None = None
        self._finished: list[str] = []
        self._printed_any = False
        self._preview_lengths: list[int] = []  # cells in each preview line, as drawn
        self._preview_width = 0  # the terminal's width when the preview was drawn
        self._cursor_hidden = False

    def __enter__(self) -> MarkdownAnswer:
        return self

    def write(self, text: str) -> None:
        if not self._cursor_hidden:
            # Hidden only while text is redrawn: while the model thinks, the cursor stays.
            self.console.show_cursor(False)
            self._cursor_hidden = True
        self._finished += self._splitter.feed(text)
        waited = time.monotonic() - self._last_refresh
        if waited >= self._interval:
            self._refresh_now()
        elif self._timer is None:
            # If the stream pauses, what arrived still shows once the interval is up.
            from asyncio import get_running_loop  # imported already wherever a loop runs

            try:
                loop = get_running_loop()
            except RuntimeError:
                return
            self._timer = loop.call_later(self._interval - waited, self._refresh_now)

    def _refresh_now(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        self._last_refresh = time.monotonic()
        self._refresh(self._splitter.pending)

    def _refresh(self, pending: str) -> None:
        from rich.markdown import Markdown
        from rich.segment import Segment, Segments

        self._clear_preview()
        if self._finished:
            if self._printed_any:
                self.console.print()
            finished = "\n\n".join(self._finished)
            self.console.print(Markdown(finished, hyperlinks=self.hyperlinks))
            self._finished = []
            self._printed_any = True
        if not pending.strip() or not self.console.is_terminal:
            return
        room = max(self.console.height - 2, 1)
        # One column short of the width: a line that fills the row leaves some terminals
        # (tmux) in a wrapped state, and the erase above would then miss a row.
        width = self.console.width
        options = self.console.options.update_width(max(width - 1, 1))
        preview = Markdown(pending, hyperlinks=self.hyperlinks)
        lines = self.console.render_lines(preview, options, pad=False)[-room:]
        segments = [segment for line in lines for segment in (*line, Segment.line())]
        self.console.print(Segments(segments), end="")
        self._preview_lengths = [Segment.get_line_length(line) for line in lines]
        # The width it was drawn for, not the width now: the terminal may shrink meanwhile.
        self._preview_width = width

    def _preview_rows(self) -> int:
        """Rows the preview fills now: a terminal narrowed since may have re-wrapped its lines."""
        width = self.console.width
        if width >= self._preview_width:
            return len(self._preview_lengths)
        return sum(max(1, -(-length // width)) for length in self._preview_lengths)

    def _clear_preview(self) -> None:
        if self._preview_lengths:
            from rich.control import Control

            # Cursor up to the preview's first row, then erase to the end of the screen.
            self.console.control(Control.move_to_column(0, -self._preview_rows()))
            self.console.file.write("\x1b[J")
            self._preview_lengths = []

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        self._finished += self._splitter.close()
        self._refresh("")
        if self._cursor_hidden:
            self.console.show_cursor(True)
