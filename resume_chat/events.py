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


class Usage(NamedTuple):
    """Token counts and cost as the provider reported them (OpenRouter's field names)."""

    prompt_tokens: int | None = None
    completion_tokens: int | None = None
    total_tokens: int | None = None
    cost: float | None = None
    cached_tokens: int | None = None
    reported: dict[str, Any] | None = None  # the usage object exactly as the provider sent it

    @classmethod
    def from_wire(cls, usage: dict[str, Any]) -> Usage:
        details = usage.get("prompt_tokens_details") or {}

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
            reported=dict(usage),
        )

    def summary(self) -> str:
        """One short line: tokens in/out, cached tokens and cost where reported."""
        parts = [f"{self.prompt_tokens or 0} in", f"{self.completion_tokens or 0} out"]
        if self.cached_tokens:
            parts.append(f"{self.cached_tokens} cached")
        if self.cost is not None:
            parts.append(f"${self.cost:.6f}".rstrip("0").rstrip(".") if self.cost else "$0")
        return " · ".join(parts)


class Answered(NamedTuple):
    """The answer is complete and recorded in the conversation."""

    text: str
    model: str
    usage: Usage | None
    seconds: float


class Failed(NamedTuple):
    """The answer failed; `partial` is whatever text had already been streamed."""

    error: ResumeChatError
    partial: str
    seconds: float


ProviderEvent = Chunk | Usage
SessionEvent = Chunk | Answered | Failed
