"""The conversation: the user/assistant turns, bounded by a token budget."""

from __future__ import annotations

from typing import NamedTuple

from resume_chat.prompt import Message


def estimate_tokens(text: str) -> int:
    """A cheap estimate: about four characters a token, plus a few for the message frame."""
    return len(text) // 4 + 4


class Turn(NamedTuple):
    question: str
    answer: str


class Conversation:
    """Turns in order; `messages` drops the oldest when history exceeds `history_tokens`.

    With `max_turns`, the record itself keeps only that many (a long-lived server session
    must not grow without bound).
    """

    def __init__(self, history_tokens: int = 6000, max_turns: int | None = None) -> None:
        self.history_tokens = history_tokens
        self.max_turns = max_turns
        self.turns: list[Turn] = []

    def add(self, question: str, answer: str) -> None:
        self.turns.append(Turn(question, answer))
        if self.max_turns is not None and len(self.turns) > self.max_turns:
            del self.turns[: len(self.turns) - self.max_turns]

    def clear(self) -> None:
        self.turns.clear()

    def pop(self) -> Turn | None:
        """Forget the last turn (for a retry) and return it."""
        return self.turns.pop() if self.turns else None

    def kept_turns(self, question: str) -> list[Turn]:
        """The most recent turns that fit the budget beside the new question."""
        budget = self.history_tokens - estimate_tokens(question)
        kept: list[Turn] = []
        for turn in reversed(self.turns):
            cost = estimate_tokens(turn.question) + estimate_tokens(turn.answer)
            if cost > budget:
                break
            budget -= cost
            kept.append(turn)
        kept.reverse()
        return kept

    def messages(self, system: Message, question: str) -> list[Message]:
        """System message first (never dropped), then kept history, then the question."""
        messages = [system]
        for turn in self.kept_turns(question):
            messages.append({"role": "user", "content": turn.question})
            messages.append({"role": "assistant", "content": turn.answer})
        messages.append({"role": "user", "content": question})
        return messages
