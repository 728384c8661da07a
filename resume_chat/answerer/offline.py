"""The answerer used without an API key: quotes the resume's own lines, each with its citation."""

from __future__ import annotations

from collections.abc import AsyncGenerator

from resume_chat import patterns
from resume_chat.answerer.index import Reply
from resume_chat.answerer.kept import index_of
from resume_chat.answerer.retrieval import answer_quotes
from resume_chat.events import Chunk, ProviderEvent, Usage
from resume_chat.provider import ChatRequest
from resume_chat.resume import Resume

OFFLINE_MODEL = "offline"

# "What did she do there?", "tell me more about that role": the question points back at the
# previous answer instead of naming what it asks about.
_POINTS_BACK = (
    r"(?i)\b(there|then|that (job|role|company|position|place|employer|one|project|degree)|"
    r"this (job|role|company|position|project)|more about (it|that))\b"
)
_CITATION = r"(?m)^\[(.+)\]$"


def format_reply(reply: Reply) -> list[str]:
    """The answer as Markdown blocks: a citation, then its lines quoted; or the absent sentence."""
    if not reply.quotes:
        return [reply.absent]
    quoted = [
        "\n".join([f"[{quote.citation}]", *(f"> {line.strip()}" for line in quote.lines)])
        for quote in reply.quotes
    ]
    return [reply.lead, *quoted] if reply.lead else quoted


class OfflineAnswerer:
    """Answers from the resume alone: no model, no network, the same answer every time."""

    def __init__(self, resume: Resume) -> None:
        self.resume = resume
        self.index = index_of(resume)

    def answer(self, question: str, previous_answer: str = "") -> Reply:
        """The quotes (or the absent sentence) for one question.

        A question that finds nothing but points back ("what did she do there?") is answered
        from the entry the previous answer cited first.
        """
        reply = answer_quotes(self.index, question)
        if (reply.quotes and not reply.lead) or not patterns.search(_POINTS_BACK, question):
            return reply
        cited = patterns.search(_CITATION, previous_answer)
        if cited:
            return self.index.cited(cited.group(1)) or reply
        # Nothing to point back at (a first question, or a fresh page): "there" is most likely
        # the job the person holds now, and quoting it beats saying the resume is silent.
        return (
            answer_quotes(self.index, "What is the current job?") if not previous_answer else reply
        )

    async def stream(self, request: ChatRequest) -> AsyncGenerator[ProviderEvent, None]:
        """Stream the answer one block at a time, then a zero usage: nothing was spent."""
        answers = [m["content"] for m in request.messages if m["role"] == "assistant"]
        previous = answers[-1] if answers and isinstance(answers[-1], str) else ""
        blocks = format_reply(self.answer(request.question, previous))
        for number, block in enumerate(blocks):
            yield Chunk(block + ("\n\n" if number + 1 < len(blocks) else "\n"))
        yield Usage(prompt_tokens=0, completion_tokens=0, total_tokens=0, cost=0.0)

    async def aclose(self) -> None:
        return None
