"""The wire messages: client frames parsed into models, server models as JSON frames."""

from __future__ import annotations

import json

import pytest

from resume_chat.serve.protocol import (
    AnswerChunk,
    Clear,
    ErrorMessage,
    FullAnswer,
    ProtocolError,
    Question,
    Status,
    parse_client_frame,
)


def test_question_and_clear_parse() -> None:
    """The two client messages become their models."""
    assert parse_client_frame('{"type": "question", "content": "Hi?"}') == Question(content="Hi?")
    assert parse_client_frame('{"type": "clear"}') == Clear()


def test_extra_fields_are_refused() -> None:
    """An unexpected field is a malformed message, not silently dropped."""
    with pytest.raises(ProtocolError) as refused:
        parse_client_frame('{"type": "clear", "all": true}')
    assert refused.value.code == "invalid_message"


def test_long_unknown_type_is_cut_in_the_message() -> None:
    """A huge type name is not echoed back whole."""
    with pytest.raises(ProtocolError) as refused:
        parse_client_frame(json.dumps({"type": "x" * 1000}))
    assert refused.value.code == "unknown_type"
    assert len(refused.value.message) < 120


def test_server_messages_are_compact_json_with_their_type() -> None:
    """Frames carry the type first and no spaces."""
    assert ErrorMessage(code="c", message="m.").frame() == (
        '{"type":"error","code":"c","message":"m."}'
    )
    assert json.loads(FullAnswer(content="a", usage=None).frame()) == {
        "type": "answer",
        "content": "a",
        "usage": None,
        "model": None,
        "finish_reason": None,
    }
    # A status frame carries only the fields its state uses.
    assert Status(state="thinking").frame() == '{"type":"status","state":"thinking"}'


@pytest.mark.parametrize(
    "content",
    [
        "a",
        "é ✓ 🎉",
        'q"uo\\te',
        "ctl\x00\x01\x1f\x7f\n\t\r\b\f",
        "</script><b>",
        "\u2028\u2029",
        "",
    ],
)
def test_the_fast_chunk_frame_is_the_models_frame(content: str) -> None:
    assert AnswerChunk.frame_of(content) == AnswerChunk(content=content).frame()
