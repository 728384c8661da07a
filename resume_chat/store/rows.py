"""Conversations and turns as read back, for `history`, `insights` and continuing."""

from __future__ import annotations

from typing import Any, NamedTuple


class ConversationSummary(NamedTuple):
    """A conversation as `history` lists it."""

    id: str
    source: str
    resume_path: str | None
    resume_sha256: str | None
    model: str | None
    started_at: str
    ended_at: str | None
    last_active_at: str
    turns: int
    first_question: str | None

    def as_json(self) -> dict[str, Any]:
        return self._asdict()


class StoredTurn(NamedTuple):
    """A turn as read back."""

    id: str
    question: str
    answer: str
    state: str
    error_code: str | None
    model: str | None
    usage: dict[str, Any] | None
    cost: float | None
    finish_reason: str | None
    seconds: float | None
    asked_at: str
    finished_at: str

    def as_json(self) -> dict[str, Any]:
        return self._asdict()
