"""One streamed answer's events, from the SSE data payloads OpenRouter sends."""

from __future__ import annotations

import json
import logging

from resume_chat.errors import StreamError
from resume_chat.events import Chunk, Finish, ProviderEvent, Reasoning, Usage
from resume_chat.openrouter.sse import SSEDecoder
from resume_chat.redact import StreamRedactor, redact

log = logging.getLogger("resume_chat.openrouter")


def _detail_text(details: object) -> str | None:
    """The readable text of `reasoning_details` blocks (encrypted ones have none)."""
    if not isinstance(details, list):
        return None
    texts = [
        block.get("text") or block.get("summary")
        for block in details
        if isinstance(block, dict) and block.get("type") != "reasoning.encrypted"
    ]
    return "".join(text for text in texts if isinstance(text, str)) or None


class AnswerStream:
    """The events of one streamed answer, with every text cleaned of secrets as it passes."""

    def __init__(self) -> None:
        self.decoder = SSEDecoder()
        self.content = StreamRedactor()
        self.reasoning = StreamRedactor()
        self.model: str | None = None
        self.finish: str | None = None

    def close(self) -> list[ProviderEvent]:
        """What was held back, then why the model stopped."""
        events: list[ProviderEvent] = []
        if rest := self.reasoning.close():
            events.append(Reasoning(rest))
        if rest := self.content.close():
            events.append(Chunk(rest))
        events.append(Finish(self.finish, self.model))
        return events

    def events(self, data: str) -> list[ProviderEvent]:
        try:
            payload = json.loads(data)
        except ValueError:
            raise StreamError("The provider sent a malformed event; try again.") from None
        if not isinstance(payload, dict):
            return []
        error = payload.get("error")
        if error:
            message = error.get("message", "unknown error") if isinstance(error, dict) else error
            code = error.get("code", "?") if isinstance(error, dict) else "?"
            if isinstance(error, dict) and isinstance(error.get("metadata"), dict):
                log.debug("provider error metadata: %s", redact(json.dumps(error["metadata"])))
            said = redact(f"{code}: {str(message)[:500].rstrip('.')}")
            raise StreamError(f"The provider failed mid-answer ({said}); ask again.")
        model = payload.get("model")
        if isinstance(model, str) and model:
            self.model = model[:200]
        events: list[ProviderEvent] = []
        for choice in payload.get("choices") or []:
            if not isinstance(choice, dict):
                continue
            delta = choice.get("delta")
            if isinstance(delta, dict):
                reasoning = delta.get("reasoning") or _detail_text(delta.get("reasoning_details"))
                if isinstance(reasoning, str) and (shown := self.reasoning.feed(reasoning)):
                    events.append(Reasoning(shown))
                content = delta.get("content")
                if isinstance(content, str) and (shown := self.content.feed(content)):
                    events.append(Chunk(shown))
            finish = choice.get("finish_reason")
            if isinstance(finish, str) and finish:
                self.finish = finish
        usage = payload.get("usage")
        if isinstance(usage, dict) and usage:
            events.append(Usage.from_wire(usage))
        return events
