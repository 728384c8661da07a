"""Split streamed Markdown into finished blocks (sans-I/O), so each is rendered exactly once."""

from __future__ import annotations

from resume_chat import patterns

_FENCE = patterns.compile(r"^ {0,3}(`{3,}|~{3,})")


class CodeFence:
    """Which Markdown lines are fenced code: ``` or ~~~ opens it, the same kind at least as
    long closes it (CommonMark), so a `#` or a blank line inside is code, not structure."""

    def __init__(self) -> None:
        self._open: str | None = None

    def code(self, line: str) -> bool:
        """Take the next line; True when it opens, belongs to or closes fenced code."""
        found = _FENCE.match(line)
        marker = found.group(1) if found else ""
        if self._open is None:
            self._open = marker or None
            return bool(marker)
        if marker[:1] == self._open[0] and len(marker) >= len(self._open):
            self._open = None
        return True


class BlockSplitter:
    """Feed text as it streams; get back top-level blocks once a blank line closes them.

    Blank lines inside fenced code do not close a block. Work per feed is proportional to the
    text fed, so a long answer costs linear time.
    """

    def __init__(self) -> None:
        self._partial: list[str] = []  # pieces of the line not yet ended by "\n"
        self._lines: list[str] = []  # complete lines of the block in progress
        self._fence = CodeFence()

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
        if self._fence.code(line) or line.strip():
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
        self._lines, self._partial, self._fence = [], [], CodeFence()
        return [block] if block.strip() else []
