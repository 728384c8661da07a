"""The chat session: one resume, one conversation, one provider; what every front-end drives."""

from __future__ import annotations

import contextlib
import time
import uuid
from collections.abc import AsyncGenerator

from resume_chat.conversation import Conversation
from resume_chat.errors import (
    ContentFilteredError,
    CutOffError,
    ProviderError,
    ResumeChatError,
    UsageError,
)
from resume_chat.events import Answered, Chunk, Failed, Finish, SessionEvent, Usage
from resume_chat.prompt import system_message
from resume_chat.provider import AnswerProvider, ChatRequest
from resume_chat.resume import Resume

# Long enough for any real question, short enough that a paste of a whole document is refused.
MAX_QUESTION_CHARS = 4000


class QuestionError(UsageError):
    """A question that cannot be asked; `code` says why (serve sends it as the error code)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


def check_question(question: str, limit: int = MAX_QUESTION_CHARS) -> str:
    """The question stripped, or a QuestionError saying why it cannot be asked."""
    question = question.strip()
    if not question:
        raise QuestionError(
            "empty_question", "The question is empty; ask something about the resume."
        )
    try:
        question.encode("utf-8")
    except UnicodeEncodeError as error:
        raise QuestionError(
            "invalid_question",
            f"The question holds bytes that are not UTF-8 text (at character {error.start + 1}); "
            "check the terminal's or the file's encoding.",
        ) from None
    if len(question) > limit:
        raise QuestionError(
            "question_too_long",
            f"The question is {len(question):,} characters; the limit is {limit:,}. Shorten it.",
        )
    return question


def _no_answer(finish: str | None) -> ProviderError:
    """Why a finished answer holds no text, as the one line to show."""
    if finish == "length":
        return CutOffError(
            "The model reached its token limit before writing any answer (reasoning counts "
            "against it); raise RESUME_CHAT_MAX_TOKENS or lower RESUME_CHAT_REASONING_EFFORT."
        )
    if finish == "content_filter":
        return ContentFilteredError(
            "The provider's content filter stopped the answer; rephrase the question."
        )
    why = finish or "no reason given"
    return ProviderError(f"The model returned an empty answer ({why}); ask again.")


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
        user: str | None = None,
    ) -> None:
        self.resume = resume
        self.provider = provider
        self.model = model
        self.session_id = session_id or str(uuid.uuid4())
        self.conversation = Conversation(history_tokens, max_turns)
        self.max_question_chars = max_question_chars
        self.user = user  # sent to the provider as `user`: serve's salted visitor hash
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
            self.user,
        )
        usage: Usage | None = None
        finish = Finish(None)
        try:
            # Closed explicitly, so leaving early closes the upstream request at once.
            async with contextlib.aclosing(self.provider.stream(request)) as events:
                async for event in events:
                    if isinstance(event, Chunk):
                        parts.append(event.text)
                        yield event
                    elif isinstance(event, Usage):
                        usage = event
                    elif isinstance(event, Finish):
                        finish = event
                    else:
                        yield event  # reasoning, a retry: for the front-end's status
        except ResumeChatError as error:
            yield Failed(error, "".join(parts), time.monotonic() - started)
            return
        answer = "".join(parts)
        seconds = time.monotonic() - started
        if not answer.strip():
            yield Failed(_no_answer(finish.reason), answer, seconds)
            return
        self.conversation.add(question, answer)
        self._last_recorded = True
        yield Answered(answer, finish.model or self.model, usage, seconds, finish.reason)

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
