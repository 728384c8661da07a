"""Split streamed Markdown into finished blocks (sans-I/O), so each is rendered exactly once."""

from __future__ import annotations

import re

_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")


class BlockSplitter:
    """Feed text as it streams; get back top-level blocks once a blank line closes them.

    Blank lines inside fenced code do not close a block. Work per feed is proportional to the
    text fed, so a long answer costs linear time.
    """

    def __init__(self) -> None:
        self._partial: list[str] = []  # pieces of the line not yet ended by "\n"
        self._lines: list[str] = []  # complete lines of the block in progress
        self._fence: str | None = None

    def feed(self, text: str) -> list[str]:
        if "\n" not in text:
            self._partial.append(text)
            return []
        head, *middle, tail = text.split("\n")
        self._partial.append(head)
        lines = ["".join(self._partial), *middle]
        self._partial = [tail] if tail else []
        finished: list[str] = []
        for line in lines:
            block = self._line(line)
            if block is not None:
                finished.append(block)
        return finished

    def _line(self, line: str) -> str | None:
        opener = _FENCE.match(line)
        if opener:
            marker = opener.group(1)
            if self._fence is None:
                self._fence = marker
            elif marker[0] == self._fence[0] and len(marker) >= len(self._fence):
                self._fence = None
        if line.strip() or self._fence is not None:
            self._lines.append(line)
            return None
        if not self._lines:
            return None
        block = "\n".join(self._lines)
        self._lines = []
        return block

    @property
    def pending(self) -> str:
        """The block in progress, including an unfinished last line."""
        return "\n".join([*self._lines, "".join(self._partial)]).strip("\n")

    def close(self) -> list[str]:
        """End of the answer: whatever is in progress is finished."""
        block = self.pending
        self._lines, self._partial, self._fence = [], [], None
        return [block] if block.strip() else []
