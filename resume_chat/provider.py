"""What an answer provider is: anything that streams events for a chat request."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import NamedTuple, Protocol

from resume_chat.events import ProviderEvent
from resume_chat.prompt import Message


class ChatRequest(NamedTuple):
    """One answer to produce: the full message list, the model and the conversation's id."""

    messages: list[Message]
    model: str
    session_id: str

    @property
    def question(self) -> str:
        content = self.messages[-1]["content"]
        return content if isinstance(content, str) else ""


class AnswerProvider(Protocol):
    """OpenRouterClient and OfflineAnswerer both fit this."""

    def stream(self, request: ChatRequest) -> AsyncIterator[ProviderEvent]:
        """Yield the answer's chunks, then its usage if known; raise ProviderError on failure."""
        ...

    async def aclose(self) -> None:
        """Release connections."""
        ...
