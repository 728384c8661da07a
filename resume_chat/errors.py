"""One exception hierarchy; every class carries the one line a user should read."""

from __future__ import annotations

import os
import sys
from typing import NoReturn

READER_GONE = 1  # Click's and Python's documented exit when stdout's reader went away


class ResumeChatError(Exception):
    """Base of every error a user may see: `str(error)` is the one line to print."""

    exit_code = 1
    code = "error"  # short snake_case name, used on the WebSocket protocol

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class UsageError(ResumeChatError):
    """Bad flags, settings or question text."""

    exit_code = 2
    code = "bad_usage"


class ResumeError(UsageError):
    """The resume file is missing, unreadable, empty or too large."""

    code = "bad_resume"


class ProviderError(ResumeChatError):
    """The answer provider failed; `retryable` says whether trying again may help.

    `retry_after` is the wait in seconds the server asked for, when it asked.
    """

    code = "provider_error"
    retryable = False

    def __init__(
        self, message: str, *, status: int | None = None, retry_after: float | None = None
    ) -> None:
        super().__init__(message)
        self.status = status
        self.retry_after = retry_after


class BadRequestError(ProviderError):
    code = "bad_request"


class AuthenticationError(ProviderError):
    code = "unauthorized"


class CreditsError(ProviderError):
    code = "insufficient_credits"


class ModerationError(ProviderError):
    code = "moderated"


class RateLimitError(ProviderError):
    code = "rate_limited"
    retryable = True


class UpstreamError(ProviderError):
    code = "upstream_error"
    retryable = True


class ProviderTimeoutError(ProviderError):
    code = "timeout"
    retryable = True


class ProviderConnectionError(ProviderError):
    code = "connection_failed"
    retryable = True


class StreamError(ProviderError):
    """The provider reported an error after the answer had started streaming."""

    code = "stream_error"


class OversizeEventError(StreamError):
    """An SSE line or event past the decoder's limits: a broken or hostile upstream."""

    code = "event_too_large"


class BadResponseError(ProviderError):
    """A response that cannot be decoded (a gzip header on a body that is not gzip, …)."""

    code = "bad_response"


class CertificateError(ProviderConnectionError):
    """TLS verification failed: trying again cannot help, and the reason must be said."""

    code = "certificate_failed"
    retryable = False


class DeadlineError(ProviderTimeoutError):
    """The whole answer took longer than its deadline, though bytes kept arriving."""

    code = "answer_deadline"
    retryable = False


class CutOffError(ProviderError):
    """The model stopped at its token limit before writing any answer."""

    code = "cut_off"


class ContentFilteredError(ProviderError):
    """The provider's content filter stopped the answer before any text."""

    code = "content_filtered"


def reader_gone(code: str | int | None = None) -> NoReturn:
    """The reader of stdout went away (`| head`): end quietly, with the exit code the command
    already had if it failed, else READER_GONE.

    Stdout becomes /dev/null, so the interpreter's flush at exit raises nothing more.
    """
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    raise SystemExit(code or READER_GONE)
