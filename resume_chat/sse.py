"""A sans-I/O Server-Sent Events decoder: bytes in, `data` payloads out.

Network chunks split lines and UTF-8 characters anywhere, so both are buffered here.
"""

from __future__ import annotations

import codecs


class SSEDecoder:
    """Feed it bytes as they arrive; it returns the data of each complete event.

    An event cut off by the end of the stream, before its blank line, is never returned
    (as the SSE spec says), so a half JSON payload cannot reach the caller.
    """

    def __init__(self) -> None:
        self._utf8 = codecs.getincrementaldecoder("utf-8")(errors="replace")
        self._pending = ""
        self._data: list[str] = []

    def feed(self, raw: bytes) -> list[str]:
        text = self._pending + self._utf8.decode(raw)
        lines = text.splitlines(keepends=True)
        # The last piece may be an incomplete line; a lone "\r" may be half of "\r\n".
        if lines and not lines[-1].endswith("\n"):
            self._pending = lines.pop()
        else:
            self._pending = ""
        events: list[str] = []
        for line in lines:
            event = self._line(line.rstrip("\r\n"))
            if event is not None:
                events.append(event)
        return events

    def _line(self, line: str) -> str | None:
        if not line:
            if not self._data:
                return None
            data, self._data = "\n".join(self._data), []
            return data
        if line.startswith(":"):  # a comment, e.g. ": OPENROUTER PROCESSING" keep-alives
            return None
        name, _, value = line.partition(":")
        if name == "data":
            self._data.append(value[1:] if value.startswith(" ") else value)
        return None
