"""The SSE decoder: events survive any split of the byte stream."""

from __future__ import annotations

import pytest

from resume_chat.errors import OversizeEventError
from resume_chat.openrouter.sse import SSEDecoder

STREAM = (
    ": OPENROUTER PROCESSING\n\n"
    'data: {"text": "héllo ✓ 🎉"}\n\n'
    "data: line one\ndata: line two\n\n"
    "event: ignored\r\ndata: crlf\r\n\r\n"
    "data: [DONE]\n\n"
).encode()
EXPECTED = ['{"text": "héllo ✓ 🎉"}', "line one\nline two", "crlf", "[DONE]"]


def decode(pieces: list[bytes]) -> list[str]:
    decoder = SSEDecoder()
    return [event for piece in pieces for event in decoder.feed(piece)]


def test_whole_stream_in_one_piece() -> None:
    """Comments are skipped; multi-line data is joined with newlines; CRLF is accepted."""
    assert decode([STREAM]) == EXPECTED


def test_every_single_split_point() -> None:
    """Splitting the stream at any byte, inside lines or UTF-8 characters, changes nothing."""
    for cut in range(1, len(STREAM)):
        assert decode([STREAM[:cut], STREAM[cut:]]) == EXPECTED, cut


def test_byte_by_byte() -> None:
    """One byte per network read still decodes every event exactly once."""
    assert decode([bytes([b]) for b in STREAM]) == EXPECTED


def test_unterminated_last_event_is_dropped() -> None:
    """An event cut off before its blank line is not dispatched (SSE spec), so no half JSON."""
    assert decode([b'data: whole\n\ndata: {"half']) == ["whole"]


def test_data_without_space_after_colon() -> None:
    """`data:x` and `data: x` carry the same value."""
    assert decode([b"data:x\n\n"]) == ["x"]


def test_only_cr_lf_and_crlf_end_lines() -> None:
    """U+2028, U+2029, U+0085, form feeds and vertical tabs are content, as the spec says;
    JSON leaves the first three unescaped inside strings."""
    payload = 'data: {"content": "a\u2028b\u2029c\u0085d\x0ce\x0bf"}'
    assert decode([(payload + "\n\n").encode()]) == [payload[6:]]
    assert decode([b"data: cr\r\rdata: lf\n\n"]) == ["cr", "lf"]


def test_crlf_split_between_two_reads_is_one_line_end() -> None:
    """A CR at the end of one read and an LF at the start of the next make one line end, not
    an empty line that would dispatch the event early."""
    assert decode([b"data: a\r", b"\ndata: b\r\n\r\n"]) == ["a\nb"]


def test_a_line_over_the_limit_is_refused() -> None:
    """A line that never ends is refused once it passes the limit, across any number of reads,
    and what came before it was still delivered."""
    decoder = SSEDecoder(max_line=1000)
    assert decoder.feed(b"data: fine\n\n") == ["fine"]
    for _ in range(99):
        assert decoder.feed(b"x" * 10) == []  # 990 characters open: still within the limit
    with pytest.raises(OversizeEventError, match="more than 1,000 characters"):
        decoder.feed(b"x" * 20)


def test_an_event_over_the_limit_is_refused() -> None:
    """Many short data lines without a blank line add up to one event: bounded too."""
    decoder = SSEDecoder(max_event=100)
    with pytest.raises(OversizeEventError, match="event"):
        decoder.feed(b"data: 0123456789\n" * 20)


def test_limits_count_characters_not_a_whole_stream() -> None:
    """Many events, each under the limit, are all delivered: the limit is per line and event."""
    decoder = SSEDecoder(max_line=50, max_event=50)
    assert decoder.feed(b"data: 0123456789\n\n" * 100) == ["0123456789"] * 100
