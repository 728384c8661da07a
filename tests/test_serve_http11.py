"""The sans-I/O HTTP/1.1 codec for serve's upstream connections: framing, splits, refusals."""

from __future__ import annotations

import pytest

from resume_chat.serve.http11 import HTTPProtocolError, ResponseReader, request_bytes

CHUNKED = (
    b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n"
    b"7;ext=1\r\ndata: 1\r\n"
    b"a\r\n\ndata: 22\n\r\n"
    b"0\r\nX-Trailer: yes\r\n\r\n"
)
SIZED = b'HTTP/1.1 429 Too Many\r\nContent-Length: 11\r\nRetry-After: 3\r\n\r\n{"error":1}'


def read_split(raw: bytes, at: list[int]) -> ResponseReader:
    reader = ResponseReader()
    pieces = [raw[i:j] for i, j in zip([0, *at], [*at, len(raw)], strict=True)]
    body = b""
    for piece in pieces:
        reader.feed(piece)
        body += b"".join(reader.take_body())
    reader.body = [body]
    return reader


@pytest.mark.parametrize("raw", [CHUNKED, SIZED], ids=["chunked", "content-length"])
def test_every_split_point_gives_the_same_response(raw: bytes) -> None:
    whole = read_split(raw, [])
    assert whole.complete
    assert whole.reusable
    assert whole.head is not None
    for point in range(1, len(raw)):
        split = read_split(raw, [point])
        assert split.head == whole.head, point
        assert split.body == whole.body, point
        assert split.complete, point
        assert split.reusable, point
    byte_by_byte = read_split(raw, list(range(1, len(raw))))
    assert byte_by_byte.body == whole.body


def test_chunked_body_and_head_are_decoded() -> None:
    reader = read_split(CHUNKED, [])
    assert reader.head is not None
    assert reader.head.status == 200
    assert (b"Transfer-Encoding", b"chunked") in reader.head.headers
    assert reader.body == [b"data: 1\ndata: 22\n"]


def test_a_sized_error_body_is_read_exactly() -> None:
    reader = read_split(SIZED, [])
    assert reader.head is not None
    assert reader.head.status == 429
    assert reader.head.reason == b"Too Many"
    assert reader.body == [b'{"error":1}']


def test_a_body_without_length_runs_until_the_server_closes() -> None:
    reader = ResponseReader()
    reader.feed(b"HTTP/1.1 200 OK\r\nConnection: close\r\n\r\ndata: x\n\n")
    assert not reader.complete
    reader.feed(b"more")
    reader.eof()
    assert reader.complete
    assert not reader.reusable
    assert b"".join(reader.take_body()) == b"data: x\n\nmore"


def test_connection_close_and_http10_are_not_reused() -> None:
    for head in (b"HTTP/1.1 200 OK\r\nConnection: close\r\n", b"HTTP/1.0 200 OK\r\n"):
        reader = ResponseReader()
        reader.feed(head + b"Content-Length: 2\r\n\r\nok")
        assert reader.complete
        assert not reader.reusable


def test_interim_and_bodiless_responses() -> None:
    reader = ResponseReader()
    reader.feed(b"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 204 No Content\r\n\r\n")
    assert reader.head is not None
    assert reader.head.status == 204
    assert reader.complete
    assert reader.reusable


def test_bytes_after_the_end_spoil_the_connection() -> None:
    reader = ResponseReader()
    reader.feed(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nokEXTRA")
    assert reader.complete
    assert not reader.reusable
    assert reader.take_body() == [b"ok"]


@pytest.mark.parametrize(
    "raw",
    [
        b"HTTP/2 200 OK\r\n\r\n",
        b"HTTP/1.1 2000 OK\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nNo colon here\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nContent-Length: 2, 3\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n0x10\r\n",
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n1_0\r\n",
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabc\r\n",
    ],
)
def test_malformed_responses_are_refused(raw: bytes) -> None:
    with pytest.raises(HTTPProtocolError):
        ResponseReader().feed(raw)


@pytest.mark.parametrize(
    "raw",
    [
        b"HTTP/1.1 200 OK\r\nContent-Le",
        b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nab",
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nab",
    ],
)
def test_a_close_before_the_end_is_an_error(raw: bytes) -> None:
    reader = ResponseReader()
    reader.feed(raw)
    with pytest.raises(HTTPProtocolError, match="closed the connection"):
        reader.eof()


def test_oversized_heads_are_refused() -> None:
    reader = ResponseReader()
    with pytest.raises(HTTPProtocolError, match="too large"):
        reader.feed(b"HTTP/1.1 200 OK\r\nX: " + b"a" * 70_000)


def test_request_bytes() -> None:
    headers = [(b"Host", b"example.org"), (b"Content-Length", b"2")]
    assert request_bytes(b"POST", b"/v1/x?q=1", headers, b"{}") == (
        b"POST /v1/x?q=1 HTTP/1.1\r\nHost: example.org\r\nContent-Length: 2\r\n\r\n{}"
    )
    chunked = request_bytes(b"POST", b"/", [(b"Transfer-Encoding", b"chunked")], b"abc")
    assert chunked.endswith(b"\r\n\r\n3\r\nabc\r\n0\r\n\r\n")
