"""The SSE decoder: events survive any split of the byte stream."""

from __future__ import annotations

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
