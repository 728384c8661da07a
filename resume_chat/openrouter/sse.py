"""A sans-I/O Server-Sent Events decoder: bytes in, `data` payloads out.

Network chunks split lines and UTF-8 characters anywhere, so both are buffered here. Lines end
at CR, LF or CRLF only, as the SSE specification says: `str.splitlines` would also break at
U+2028, U+2029 and U+0085, which JSON leaves unescaped inside a string. A line still open is
kept as a list of pieces, so a line that never ends costs linear time, and it is refused once it
passes `max_line` characters, as is an event whose data passes `max_event`.
"""

from __future__ import annotations

import codecs

from resume_chat.errors import OversizeEventError

MAX_LINE = 1 << 20  # characters in one line; an answer's event is a few hundred
MAX_EVENT = 1 << 20  # characters of data in one event


class SSEDecoder:
    """Feed it bytes as they arrive; it returns the data of each complete event.

    An event cut off by the end of the stream, before its blank line, is never returned
    (as the SSE spec says), so a half JSON payload cannot reach the caller.
    """

    def __init__(self, max_line: int = MAX_LINE, max_event: int = MAX_EVENT) -> None:
        self.max_line = max_line
        self.max_event = max_event
        self._utf8 = codecs.getincrementaldecoder("utf-8")(errors="replace")
        self._pending: list[str] = []  # pieces of the line still open
        self._pending_size = 0
        self._after_cr = False  # the last piece ended with CR: a following LF belongs to it
        self._data: list[str] = []
        self._data_size = 0

    def feed(self, raw: bytes) -> list[str]:
        """The events completed by these bytes; OversizeEventError past the limits."""
        text = self._utf8.decode(raw)
        if self._after_cr and text[:1] == "\n":
            text = text[1:]  # the LF of a CRLF whose CR ended the last read
        if not text:
            return []
        if "\r" in text:
            self._after_cr = text[-1] == "\r"
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        else:
            self._after_cr = False
        lines = text.split("\n")
        rest = lines.pop()  # the start of a line still open ("" when text ended a line)
        if self._pending and lines:
            lines[0] = "".join(self._pending) + lines[0]
            self._pending, self._pending_size = [], 0
        if rest:
            self._pending.append(rest)
            self._pending_size += len(rest)
            if self._pending_size > self.max_line:
                raise self._oversize("line", self.max_line)
        return self._events(lines) if lines else []

    def _events(self, lines: list[str]) -> list[str]:
        events: list[str] = []
        data = self._data
        for line in lines:
            if not line:  # a blank line dispatches the event, if it has data
                if data:
                    events.append("\n".join(data))
                    data.clear()
                    self._data_size = 0
                continue
            if len(line) > self.max_line:
                raise self._oversize("line", self.max_line)
            if line[0] == ":":  # a comment, e.g. ": OPENROUTER PROCESSING" keep-alives
                continue
            name, _, value = line.partition(":")
            if name == "data":
                value = value[1:] if value[:1] == " " else value
                self._data_size += len(value) + 1
                if self._data_size > self.max_event:
                    raise self._oversize("event", self.max_event)
                data.append(value)
        return events

    @staticmethod
    def _oversize(what: str, limit: int) -> OversizeEventError:
        return OversizeEventError(
            f"The provider sent one {what} of more than {limit:,} characters; the answer was "
            "stopped. Check OPENROUTER_BASE_URL: a proxy or server in between is misbehaving."
        )
