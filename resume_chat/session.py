"""The chat session: one resume, one conversation, one provider; what every front-end drives."""

from __future__ import annotations

import time
import uuid
from collections.abc import AsyncGenerator

from resume_chat.conversation import Conversation
from resume_chat.errors import ResumeChatError, UsageError
from resume_chat.events import Answered, Chunk, Failed, SessionEvent, Usage
from resume_chat.prompt import system_message
from resume_chat.provider import AnswerProvider, ChatRequest
from resume_chat.resume import Resume

# Long enough for any real question, short enough that a paste of a whole document is refused.
MAX_QUESTION_CHARS = 4000


def check_question(question: str, limit: int = MAX_QUESTION_CHARS) -> str:
    """The question stripped, or a UsageError saying why it cannot be asked."""
    question = question.strip()
    if not question:
        raise UsageError("The question is empty; ask something about the resume.")
    if len(question) > limit:
        raise UsageError(
            f"The question is {len(question):,} characters; the limit is {limit:,}. Shorten it."
        )
    return question


class ChatSession:
    """Asks questions in one conversation and records each completed answer as a turn."""

    def __init__(
        self,
        resume: Resume,
        provider: AnswerProvider,
        *,
        model: str,
        history_tokens: int = 6000,
        session_id: str | None = None,
        max_question_chars: int = MAX_QUESTION_CHARS,
        max_turns: int | None = None,
    ) -> None:
        self.resume = resume
        self.provider = provider
        self.model = model
        self.session_id = session_id or str(uuid.uuid4())
        self.conversation = Conversation(history_tokens, max_turns)
        self.max_question_chars = max_question_chars
        self.last_question: str | None = None
        self._last_recorded = False  # whether last_question's answer is the newest turn

    async def ask(self, question: str) -> AsyncGenerator[SessionEvent, None]:
        """Stream the answer's chunks, then Answered (turn recorded) or Failed (nothing kept).

        If the consumer stops early (Ctrl-C, a closed socket), the provider's request is
        closed and the half answer is not recorded.
        """
        started = time.monotonic()
        parts: list[str] = []
        try:
            question = check_question(question, self.max_question_chars)
        except UsageError as error:
            yield Failed(error, "", 0.0)
            return
        self.last_question = question
        self._last_recorded = False
        request = ChatRequest(
            self.conversation.messages(system_message(self.resume, self.model), question),
            self.model,
            self.session_id,
        )
        usage: Usage | None = None
        try:
            async for event in self.provider.stream(request):
                if isinstance(event, Chunk):
                    parts.append(event.text)
                    yield event
                else:
                    usage = event
        except ResumeChatError as error:
            yield Failed(error, "".join(parts), time.monotonic() - started)
            return
        answer = "".join(parts)
        self.conversation.add(question, answer)
        self._last_recorded = True
        yield Answered(answer, self.model, usage, time.monotonic() - started)

    def forget_last_turn(self) -> str | None:
        """For a retry: drop the last answered turn and return the question to ask again."""
        if self._last_recorded:
            self.conversation.pop()
            self._last_recorded = False
        return self.last_question

    def clear(self) -> None:
        self.conversation.clear()
        self.last_question = None
        self._last_recorded = False

    async def aclose(self) -> None:
        await self.provider.aclose()
