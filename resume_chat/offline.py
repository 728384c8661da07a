"""The answerer used when no API key is set (issue #5 replaces this with real offline answers)."""

from __future__ import annotations

from collections.abc import AsyncIterator

from resume_chat.errors import ProviderError
from resume_chat.events import ProviderEvent
from resume_chat.provider import ChatRequest
from resume_chat.resume import Resume

OFFLINE_MODEL = "offline"


class OfflineAnswerer:
    def __init__(self, resume: Resume) -> None:
        self.resume = resume

    async def stream(self, request: ChatRequest) -> AsyncIterator[ProviderEvent]:
        raise ProviderError(
            "An API key is needed: set OPENROUTER_API_KEY in the environment or .env "
            "(see .env.example)."
        )
        yield  # pragma: no cover - makes this an async generator

    async def aclose(self) -> None:
        return None
