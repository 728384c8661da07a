"""What can go wrong with the store, each as the one line a user should read."""

from __future__ import annotations

from resume_chat.errors import ResumeChatError, UsageError


class StoreError(ResumeChatError):
    """The store cannot be opened or written; answering goes on with history off."""

    code = "store_unavailable"


class SchemaTooNewError(StoreError):
    """The database was written by a newer resume-chat; it is left untouched."""

    code = "store_too_new"


class UnknownConversationError(UsageError):
    """No conversation (or more than one) matches the ID given."""

    code = "unknown_conversation"


def first_line(error: BaseException) -> str:
    """A driver's message, first line only and cleaned of anything shaped like a secret."""
    from resume_chat.redact import redact

    text = str(error).strip().splitlines()
    return redact(text[0]) if text else type(error).__name__
