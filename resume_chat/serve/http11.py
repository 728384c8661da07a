"""A sans-I/O HTTP/1.1 client codec: a request as bytes out, a response read from bytes in.

Just what a streamed chat completion needs, for serve's upstream connections: one request at
a time per connection, bodies framed by Content-Length, chunked encoding or the end of the
connection. Anything malformed is an `HTTPProtocolError`; nothing here touches a socket.
"""

from __future__ import annotations

from typing import NamedTuple

MAX_HEAD_BYTES = 64 * 1024  # a status line and headers larger than this are refused
MAX_CHUNK_LINE_BYTES = 1024
HEX_DIGITS = b"0123456789abcdefABCDEF"


class HTTPProtocolError(Exception):
    """The peer broke HTTP/1.1 framing; the connection cannot be used again."""


class ResponseHead(NamedTuple):
    status: int
    reason: bytes
    headers: list[tuple[bytes, bytes]]


def request_bytes(
    method: bytes, target: bytes, headers: list[tuple[bytes, bytes]], body: bytes
) -> bytes:
    """The whole request in one buffer: the request line, the headers as given, the body."""
    chunked = any(
        name.lower() == b"transfer-encoding" and b"chunked" in value.lower()
        for name, value in headers
    )
    lines = [b"%s %s HTTP/1.1" % (method, target)]
    lines += [b"%s: %s" % (name, value) for name, value in headers]
    if chunked:  # a streamed body was gathered already: send it as one chunk
        body = (b"%x\r\n%s\r\n" % (len(body), body) if body else b"") + b"0\r\n\r\n"
    return b"\r\n".join(lines) + b"\r\n\r\n" + body


class ResponseReader:
    """Parses one response. Feed it bytes; take the head once known, then the body pieces.

    `complete` turns true when the body has ended; `reusable` says whether the connection
    may carry another request afterwards.
    """

    def __init__(self, method: bytes = b"POST") -> None:
        self._buffer = b""
        self._method = method
        self.head: ResponseHead | None = None
        self.body: list[bytes] = []
        self.complete = False
        self.reusable = False
        self._remaining: int | None = None  # bytes left of a Content-Length body or a chunk
        self._chunked = False
        self._until_close = False
        self._chunk_state = "size"  # size, data, data-end, trailer

    def feed(self, data: bytes) -> None:
        if self.complete:
            if data:  # bytes after a complete response: the connection is spoiled
                self.reusable = False
            return
        if self.head is None:
            self._buffer += data
            if not self._read_head():
                return
            data, self._buffer = self._buffer, b""
            if self.complete:  # a response without a body
                self.reusable = self.reusable and not data
                return
        if self._chunked:
            self._feed_chunked(data)
        elif self._until_close:
            if data:
                self.body.append(data)
        else:
            self._feed_sized(data)

    def eof(self) -> None:
        """The peer closed: fine for a body read until close, an error anywhere else."""
        if self.complete:
            return
        if self.head is not None and self._until_close:
            self.complete = True
            return
        where = "headers" if self.head is None else "body"
        raise HTTPProtocolError(f"the server closed the connection in the middle of the {where}")

    def take_body(self) -> list[bytes]:
        pieces, self.body = self.body, []
        return pieces

    def _read_head(self) -> bool:
        end = self._buffer.find(b"\r\n\r\n")
        if end < 0:
            if len(self._buffer) > MAX_HEAD_BYTES:
                raise HTTPProtocolError("the response headers are too large")
            return False
        head, self._buffer = self._buffer[:end], self._buffer[end + 4 :]
        status_line, *lines = head.split(b"\r\n")
        version, _, rest = status_line.partition(b" ")
        code, _, reason = rest.partition(b" ")
        if not version.startswith(b"HTTP/1.") or len(code) != 3 or not code.isdigit():
            raise HTTPProtocolError(f"not an HTTP/1.1 status line: {status_line[:80]!r}")
        status = int(code)
        headers: list[tuple[bytes, bytes]] = []
        for line in lines:
            name, colon, value = line.partition(b":")
            if not colon or not name or name != name.strip():
                raise HTTPProtocolError(f"malformed header line: {line[:80]!r}")
            headers.append((name, value.strip()))
        if 100 <= status < 200:  # an interim response (100 Continue): the real one follows
            return self._read_head() if self._buffer else False
        self.head = ResponseHead(status, reason, headers)
        self._frame(status, headers, version == b"HTTP/1.0")
        return True

    def _frame(self, status: int, headers: list[tuple[bytes, bytes]], old: bool) -> None:
        values: dict[bytes, bytes] = {}
        for name, value in headers:
            key = name.lower()
            values[key] = values[key] + b"," + value if key in values else value
        close = b"close" in values.get(b"connection", b"").lower() or (
            old and b"keep-alive" not in values.get(b"connection", b"").lower()
        )
        self.reusable = not close
        if self._method == b"HEAD" or status in (204, 304):
            self.complete = True
        elif b"chunked" in values.get(b"transfer-encoding", b"").lower():
            self._chunked = True
        elif b"content-length" in values:
            lengths = {part.strip() for part in values[b"content-length"].split(b",")}
            if len(lengths) != 1 or not next(iter(lengths)).isdigit():
                raise HTTPProtocolError("the Content-Length header is malformed")
            self._remaining = int(lengths.pop())
            self.complete = self._remaining == 0
        else:
            self._until_close = True
            self.reusable = False

    def _feed_sized(self, data: bytes) -> None:
        assert self._remaining is not None
        piece = data[: self._remaining]
        if piece:
            self.body.append(piece)
        self._remaining -= len(piece)
        if self._remaining == 0:
            self.complete = True
            if len(data) > len(piece):
                self.reusable = False

    def _feed_chunked(self, data: bytes) -> None:
        buffer = self._buffer + data if self._buffer else data
        self._buffer = b""
        position = 0
        while position < len(buffer) and not self.complete:
            if self._chunk_state == "data":
                assert self._remaining is not None
                piece = buffer[position : position + self._remaining]
                self.body.append(piece)
                position += len(piece)
                self._remaining -= len(piece)
                if self._remaining == 0:
                    self._chunk_state = "data-end"
                continue
            end = buffer.find(b"\r\n", position)
            if end < 0:
                if len(buffer) - position > MAX_CHUNK_LINE_BYTES:
                    raise HTTPProtocolError("a chunk size line is too long")
                break
            line, position = buffer[position:end], end + 2
            self._chunk_line(line)
        self._buffer = buffer[position:]
        if self.complete and self._buffer:
            self.reusable = False

    def _chunk_line(self, line: bytes) -> None:
        if self._chunk_state == "data-end":
            if line:
                raise HTTPProtocolError("a chunk is longer than its declared size")
            self._chunk_state = "size"
        elif self._chunk_state == "trailer":
            if not line:
                self.complete = True
        else:
            size = line.split(b";", 1)[0].strip()
            if not size or size.strip(HEX_DIGITS):  # int() alone would take "0x1f" or "1_0"
                raise HTTPProtocolError(f"malformed chunk size: {line[:40]!r}")
            self._remaining = int(size, 16)
            self._chunk_state = "trailer" if self._remaining == 0 else "data"
