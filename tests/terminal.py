"""A terminal emulator for tests and benchmarks: what a person would see, scrollback included."""

from __future__ import annotations

from typing import Any

import pyte


def scrollback(output: str, columns: int = 120, lines: int = 40) -> list[str]:
    """Every line a terminal would hold after `output`: scrolled-off history, then the screen."""
    screen = pyte.HistoryScreen(columns, lines, history=1_000_000, ratio=0.5)
    stream = pyte.Stream(screen)
    stream.feed(output.replace("\n", "\r\n"))

    def row(line: Any) -> str:
        return "".join(line[x].data for x in range(columns)).rstrip()

    history = [row(line) for line in screen.history.top]
    return history + [line.rstrip() for line in screen.display]
