"""One keep-alive HTTP/1.1 connection to the provider, as an asyncio Protocol.

It feeds arriving bytes to the sans-I/O `ResponseReader` and wakes the one task reading the
response. It never blocks a reader that is slow: past PAUSE_BYTES of unread body it stops
reading the socket, so a slow client slows only its own upstream stream.
"""

from __future__ import annotations

import asyncio

from resume_chat.serve.http11 import HTTPProtocolError, ResponseReader

PAUSE_BYTES = 64 * 1024  # stop reading a body the consumer has not taken past this much


class UpstreamConnection(asyncio.Protocol):
    """One socket to the provider; wakes its reader whenever something arrives."""

    def __init__(self) -> None:
        self.transport: asyncio.Transport | None = None
        self.reader: ResponseReader | None = None
        self.failure: str | None = None  # why the current response cannot be read on
        self.closed = False
        self._waiter: asyncio.Future[None] | None = None
        self._paused = False
        # The read timeout: one lazily re-armed timer per connection rather than one per
        # read (a timer per read was ~3% of serve's CPU); each wait only records its start.
        self._loop = asyncio.get_running_loop()
        self._waiting_since = 0.0
        self._patience: float | None = None
        self._deadline: asyncio.TimerHandle | None = None

    # --- asyncio.Protocol ---

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        reader = self.reader
        if reader is None:  # bytes nobody asked for: never reuse this connection
            self.close()
            return
        try:
            reader.feed(data)
        except HTTPProtocolError as error:
            self.failure = str(error)
            self.close()
        else:
            if not self._paused and sum(map(len, reader.body)) > PAUSE_BYTES:
                assert self.transport is not None
                self.transport.pause_reading()  # a slow consumer slows only its own stream
                self._paused = True
        self._wake()

    def eof_received(self) -> bool:
        self.closed = True
        if self.reader is not None:
            try:
                self.reader.eof()
            except HTTPProtocolError as error:
                self.failure = str(error)
        self._wake()
        return False  # let asyncio close the socket

    def connection_lost(self, exc: Exception | None) -> None:
        self.closed = True
        if self.reader is not None and not self.reader.complete and self.failure is None:
            self.failure = f"the connection was lost ({exc or 'closed'})"
        self._wake()

    # --- used by the transport ---

    @property
    def usable(self) -> bool:
        return not self.closed and self.transport is not None and not self.transport.is_closing()

    def send(self, data: bytes, method: bytes) -> ResponseReader:
        assert self.transport is not None
        self.reader = ResponseReader(method)
        self.failure = None
        self.transport.write(data)
        return self.reader

    def take_body(self) -> bytes:
        assert self.reader is not None
        pieces = self.reader.take_body()
        if self._paused and self.transport is not None:
            self.transport.resume_reading()
            self._paused = False
        return pieces[0] if len(pieces) == 1 else b"".join(pieces)

    async def wait(self, seconds: float | None) -> None:
        """Until bytes, the end or a failure arrive; TimeoutError if none within `seconds`."""
        waiter: asyncio.Future[None] = self._loop.create_future()
        self._waiter = waiter
        self._waiting_since = self._loop.time()
        self._patience = seconds
        if seconds is not None and self._deadline is None:
            due = self._waiting_since + seconds
            self._deadline = self._loop.call_at(due, self._check_deadline)
        try:
            await waiter
        finally:
            self._waiter = None

    def _check_deadline(self) -> None:
        self._deadline = None
        waiter, patience = self._waiter, self._patience
        if waiter is None or waiter.done() or patience is None:
            return  # nobody is waiting: the next wait arms the timer again
        due = self._waiting_since + patience
        if self._loop.time() >= due:
            waiter.set_exception(TimeoutError())
        else:
            self._deadline = self._loop.call_at(due, self._check_deadline)

    def close(self) -> None:
        self.closed = True
        if self._deadline is not None:
            self._deadline.cancel()
            self._deadline = None
        if self.transport is not None:
            self.transport.abort()

    def _wake(self) -> None:
        waiter = self._waiter
        if waiter is not None and not waiter.done():
            waiter.set_result(None)
