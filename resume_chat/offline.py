"""The answerer used without an API key: quotes the resume's own lines, each with its citation."""

from __future__ import annotations

from collections.abc import AsyncIterator

from resume_chat.events import Chunk, ProviderEvent, Usage
from resume_chat.outline import outline
from resume_chat.provider import ChatRequest
from resume_chat.resume import Resume
from resume_chat.retrieval import Reply, ResumeIndex, answer_quotes

OFFLINE_MODEL = "offline"


def format_reply(reply: Reply) -> list[str]:
    """The answer as Markdown blocks: a citation, then its lines quoted; or the absent sentence."""
    if not reply.quotes:
        return [reply.absent]
    return [
        "\n".join([f"[{quote.citation}]", *(f"> {line.strip()}" for line in quote.lines)])
        for quote in reply.quotes
    ]


class OfflineAnswerer:
    """Answers from the resume alone: no model, no network, the same answer every time."""

    def __init__(self, resume: Resume) -> None:
        self.resume = resume
        self.index = ResumeIndex(outline(resume))

    def answer(self, question: str) -> Reply:
        """The quotes (or the absent sentence) for one question."""
        return answer_quotes(self.index, question)

    async def stream(self, request: ChatRequest) -> AsyncIterator[ProviderEvent]:
        """Stream the answer one block at a time, then a zero usage: nothing was spent."""
        blocks = format_reply(self.answer(request.question))
        for number, block in enumerate(blocks):
            yield Chunk(block + ("\n\n" if number + 1 < len(blocks) else "\n"))
        yield Usage(prompt_tokens=0, completion_tokens=0, total_tokens=0, cost=0.0)

    async def aclose(self) -> None:
        return None
