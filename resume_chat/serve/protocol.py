"""The wire messages of `resume-chat serve`: JSON text frames, one Pydantic model each."""

from __future__ import annotations

import json
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError

from resume_chat import patterns


class _Message(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    def frame(self) -> str:
        """The message as one JSON text frame."""
        return self.model_dump_json()


# Client → server.


class Question(_Message):
    """Ask a question in this connection's conversation."""

    type: Literal["question"] = "question"
    content: str


class Clear(_Message):
    """Forget the conversation (and stop an answer in progress)."""

    type: Literal["clear"] = "clear"


ClientMessage = Annotated[Question | Clear, Field(discriminator="type")]
_client_messages: TypeAdapter[Question | Clear] = TypeAdapter(ClientMessage)

# Server → client.


class SessionStarted(_Message):
    """Sent once on connect: the conversation's id, the model that answers, whose resume it is
    (the candidate's name as read from the resume; empty when it names nobody) and questions
    worth asking first, drawn from the resume's sections as the REPL's welcome draws them.

    `resume`: the token that continues this conversation on reconnecting (`/ws?resume=…`),
    and `retention_days`: how long its questions are kept; both null when nothing is kept."""

    type: Literal["session"] = "session"
    session_id: str
    model: str
    candidate: str = ""
    suggestions: list[str] = Field(default_factory=list)
    resume: str | None = None
    retention_days: int | None = None


class AnswerChunk(_Message):
    """A piece of the answer, in order."""

    type: Literal["chunk"] = "chunk"
    content: str

    @staticmethod
    def frame_of(content: str) -> str:
        """`AnswerChunk(content=content).frame()`, byte for byte, without building a model:
        this runs once per token, and the model cost ~7 µs of each."""
        return '{"type":"chunk","content":' + json.dumps(content, ensure_ascii=False) + "}"


class Status(_Message):
    """Before the first chunk: the model is thinking or reasoning, or a retry waits `seconds`."""

    type: Literal["status"] = "status"
    state: Literal["thinking", "reasoning", "retrying"]
    seconds: float | None = None  # retrying: the wait before the next try
    attempt: int | None = None  # retrying: 1 for the first retry
    of: int | None = None  # retrying: how many retries are allowed
    reason: str | None = None  # retrying: the error code that caused it

    def frame(self) -> str:
        return self.model_dump_json(exclude_none=True)


class FullAnswer(_Message):
    """The answer is complete: its whole text, the usage the provider reported, the model that
    answered and why it stopped (`length`: cut off at the token limit; `content_filter`)."""

    type: Literal["answer"] = "answer"
    content: str
    usage: dict[str, Any] | None
    model: str | None = None
    finish_reason: str | None = None


class Cleared(_Message):
    """The conversation was forgotten; `resume`, when kept, is the new conversation's token."""

    type: Literal["cleared"] = "cleared"
    resume: str | None = None

    def frame(self) -> str:
        return self.model_dump_json(exclude_none=True)


class ErrorMessage(_Message):
    """Something went wrong with the last message; the connection stays usable."""

    type: Literal["error"] = "error"
    code: str
    message: str


ServerMessage = SessionStarted | Status | AnswerChunk | FullAnswer | Cleared | ErrorMessage


class ProtocolError(Exception):
    """A client frame that cannot be understood; becomes an `error` message."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message

    def reply(self) -> ErrorMessage:
        return ErrorMessage(code=self.code, message=self.message)


# A client message is one flat object; json.loads recurses once per level and a 60 KB frame
# of brackets ends in RecursionError, so deeper frames are refused before parsing.
MAX_JSON_DEPTH = 16
_STRING = patterns.compile(r'"(?:[^"\\]|\\.)*"?')
_BRACKETS = patterns.compile(r"[\[\]{}]")


def json_depth_exceeds(frame: str, limit: int = MAX_JSON_DEPTH) -> bool:
    """Whether the JSON text nests arrays and objects deeper than `limit` (strings skipped)."""
    if frame.count("[") + frame.count("{") <= limit:  # C-speed: almost every frame stops here
        return False
    depth = 0
    for bracket in _BRACKETS.finditer(_STRING.sub("", frame)):
        depth += 1 if bracket.group() in "[{" else -1
        if depth > limit:
            return True
    return False


def parse_client_frame(frame: str | bytes) -> Question | Clear:
    """The client message in a frame, or a ProtocolError saying what is wrong with it."""
    if isinstance(frame, bytes):
        raise ProtocolError("binary_frame", "Send JSON as text frames, not binary frames.")
    if json_depth_exceeds(frame):
        raise ProtocolError("invalid_json", f"The frame nests deeper than {MAX_JSON_DEPTH} levels.")
    try:
        data = json.loads(frame)
    except ValueError:
        raise ProtocolError("invalid_json", "The frame is not valid JSON.") from None
    if not isinstance(data, dict):
        raise ProtocolError("invalid_message", "A message must be a JSON object with a type.")
    kind = data.get("type")
    if kind not in ("question", "clear"):
        raise ProtocolError(
            "unknown_type", f"Unknown message type {str(kind)[:40]!r}; use question or clear."
        )
    try:
        return _client_messages.validate_python(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"][1:]) or "message"
        raise ProtocolError(
            "invalid_message", f"The {kind} message is malformed at {where}: {first['msg']}."
        ) from None
