"""The one stream of events every front-end consumes: text chunks, usage, done, error.

Events are NamedTuples, as rich's Segment is: immutable values, and a tenth of a dataclass's
cost to define, which counts in a command whose whole start-up is ~100 ms.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from resume_chat.errors import ResumeChatError


class Chunk(NamedTuple):
    """A piece of the answer's text, in the order the provider sent it."""

    text: str


class Reasoning(NamedTuple):
    """A piece of the model's reasoning: never part of the answer; shown only when asked."""

    text: str


class Retrying(NamedTuple):
    """The provider failed in a way worth another try, which starts after `delay` seconds."""

    delay: float
    attempt: int  # 1 for the first retry
    of: int  # retries allowed
    reason: str  # the error's code, e.g. rate_limited


class Finish(NamedTuple):
    """Why the model stopped (`stop`, `length`, `content_filter`, …) and which model answered."""

    reason: str | None
    model: str | None = None


class Usage(NamedTuple):
    """Token counts and cost as the provider reported them (OpenRouter's field names)."""

    prompt_tokens: int | None = None
    completion_tokens: int | None = None
    total_tokens: int | None = None
    cost: float | None = None
    cached_tokens: int | None = None
    reasoning_tokens: int | None = None
    reported: dict[str, Any] | None = None  # the usage object exactly as the provider sent it

    @classmethod
    def from_wire(cls, usage: dict[str, Any]) -> Usage:
        details = usage.get("prompt_tokens_details") or {}
        completion = usage.get("completion_tokens_details") or {}

        def number(value: Any) -> int | None:
            return value if isinstance(value, int) and not isinstance(value, bool) else None

        cost = usage.get("cost")
        return cls(
            prompt_tokens=number(usage.get("prompt_tokens")),
            completion_tokens=number(usage.get("completion_tokens")),
            total_tokens=number(usage.get("total_tokens")),
            cost=float(cost)
            if isinstance(cost, int | float) and not isinstance(cost, bool)
            else None,
            cached_tokens=number(details.get("cached_tokens"))
            if isinstance(details, dict)
            else None,
            reasoning_tokens=number(completion.get("reasoning_tokens"))
            if isinstance(completion, dict)
            else None,
            reported=dict(usage),
        )

    def summary(self) -> str:
        """One short line: tokens in/out, cached tokens and cost where reported."""
        parts = [f"{self.prompt_tokens or 0} in", f"{self.completion_tokens or 0} out"]
        if self.reasoning_tokens:
            parts.append(f"{self.reasoning_tokens} reasoning")
        if self.cached_tokens:
            parts.append(f"{self.cached_tokens} cached")
        if self.cost is not None:
            parts.append(f"${self.cost:.6f}".rstrip("0").rstrip(".") if self.cost else "$0")
        return " · ".join(parts)


class Answered(NamedTuple):
    """The answer is complete and recorded in the conversation."""

    text: str
    model: str  # the model that answered, as the provider reported it
    usage: Usage | None
    seconds: float
    finish: str | None = None  # `length` or `content_filter`: the text was cut short

    @property
    def cut_short(self) -> str | None:
        """One line saying why the answer is incomplete, or None when it is whole."""
        if self.finish == "length":
            return "The answer was cut off at the token limit (raise RESUME_CHAT_MAX_TOKENS)."
        if self.finish == "content_filter":
            return "The provider's content filter stopped the answer here."
        return None


class Failed(NamedTuple):
    """The answer failed; `partial` is whatever text had already been streamed."""

    error: ResumeChatError
    partial: str
    seconds: float


ProviderEvent = Chunk | Usage | Reasoning | Retrying | Finish
SessionEvent = Chunk | Reasoning | Retrying | Answered | Failed
