"""What an answer provider is: anything that streams events for a chat request."""

from __future__ import annotations

from collections.abc import AsyncGenerator
from typing import NamedTuple, Protocol

from resume_chat.events import ProviderEvent
from resume_chat.prompt import Message


class ChatRequest(NamedTuple):
    """One answer to produce: the full message list, the model and the conversation's id."""

    messages: list[Message]
    model: str
    session_id: str
    user: str | None = None  # who asks, as a salted hash (serve): abuse blocks hit one visitor

    @property
    def question(self) -> str:
        content = self.messages[-1]["content"]
        return content if isinstance(content, str) else ""


class AnswerProvider(Protocol):
    """OpenRouterClient and OfflineAnswerer both fit this."""

    def stream(self, request: ChatRequest) -> AsyncGenerator[ProviderEvent, None]:
        """Yield the answer's chunks (and reasoning, retries, why it finished, its usage);
        raise ProviderError on failure. Closing the generator closes the request at once."""
        ...

    async def aclose(self) -> None:
        """Release connections."""
        ...
