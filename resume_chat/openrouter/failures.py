"""What a provider's failure says to a person: one line per HTTP status and per httpx error.

Every text that comes from the provider is cleaned of keys (resume_chat.redact) first.
"""

from __future__ import annotations

import json
import logging
from typing import Any

import httpx

from resume_chat.errors import (
    AuthenticationError,
    BadRequestError,
    BadResponseError,
    CertificateError,
    CreditsError,
    ModerationError,
    ProviderConnectionError,
    ProviderError,
    ProviderTimeoutError,
    RateLimitError,
    UpstreamError,
)
from resume_chat.redact import redact
from resume_chat.retry import MAX_RETRY_AFTER, retry_after

log = logging.getLogger("resume_chat.openrouter")


def _provider_message(response: httpx.Response, body: bytes) -> tuple[str, dict[str, Any]]:
    """The error message and metadata from an error body, or the status text."""
    try:
        error = json.loads(body).get("error") or {}
    except (ValueError, AttributeError):
        error = {}
    if not isinstance(error, dict):
        error = {"message": str(error)}
    message = str(error.get("message") or response.reason_phrase or "no message").strip()
    metadata = error.get("metadata") if isinstance(error.get("metadata"), dict) else {}
    if metadata:
        log.debug("provider error metadata: %s", redact(json.dumps(metadata)[:2000]))
    return redact(message[:500]).rstrip("."), metadata or {}


def error_for_status(response: httpx.Response, body: bytes | None = None) -> ProviderError:
    """One human sentence per failure status, with the provider's own message (from `body`,
    when only part of a long body was read; else the response's whole content)."""
    status = response.status_code
    message, metadata = _provider_message(response, response.content if body is None else body)
    wait = retry_after(response.headers)
    # A wait longer than we will sit through is told to the person instead.
    later = f" (the provider asks to wait {wait:.0f}s)" if wait and wait > MAX_RETRY_AFTER else ""
    if status == 400:
        return BadRequestError(
            f"The provider rejected the request (400: {message}); check the model id and settings.",
            status=status,
        )
    if status == 401:
        return AuthenticationError(
            f"The API key was refused (401: {message}); check OPENROUTER_API_KEY.", status=status
        )
    if status == 402:
        return CreditsError(
            f"Not enough credits for this request (402: {message}); add credits to the "
            "OpenRouter account or choose a cheaper model with --model.",
            status=status,
        )
    if status == 403:
        reasons = metadata.get("reasons")
        why = ", ".join(map(str, reasons)) if isinstance(reasons, list) and reasons else message
        return ModerationError(
            f"The question was blocked by moderation (403: {why}); rephrase it.", status=status
        )
    if status == 404:
        return BadRequestError(
            f"The endpoint was not found (404: {message}); check OPENROUTER_BASE_URL.",
            status=status,
        )
    if status == 408:
        return ProviderTimeoutError(
            f"The provider timed out (408: {message}); try again.", status=status
        )
    if status == 429:
        return RateLimitError(
            f"Rate limited by the provider (429: {message}); wait a moment and try again{later}.",
            status=status,
            retry_after=wait,
        )
    if status >= 500:
        return UpstreamError(
            f"The provider failed ({status}: {message}); try again shortly or choose another "
            f"model{later}.",
            status=status,
            retry_after=wait,
        )
    return ProviderError(f"The provider answered {status}: {message}.", status=status)


def transport_error(exc: httpx.HTTPError, host: str, timeout: float) -> ProviderError:
    """One line for each way httpx fails; the certificate named when it is the cause."""
    if isinstance(exc, httpx.TimeoutException):
        return ProviderTimeoutError(
            f"No response from {host} for {timeout:g}s; try again, or raise RESUME_CHAT_TIMEOUT."
        )
    reason = certificate_problem(exc)
    if reason is not None:
        return CertificateError(
            f"The certificate of {host} could not be verified ({reason}); check the "
            "system clock, OPENROUTER_BASE_URL, or a proxy's CA (SSL_CERT_FILE)."
        )
    if isinstance(exc, httpx.DecodingError):
        return BadResponseError(
            f"{host} sent a response that cannot be decoded ({redact(str(exc))[:200]}); "
            "check OPENROUTER_BASE_URL or the proxy in between."
        )
    if isinstance(exc, httpx.TransportError):
        return ProviderConnectionError(
            f"Could not reach {host} ({type(exc).__name__}); check the network and "
            "OPENROUTER_BASE_URL."
        )
    return BadResponseError(
        f"The request to {host} failed ({type(exc).__name__}: {redact(str(exc))[:200]})."
    )


def certificate_problem(exc: BaseException) -> str | None:
    """The TLS verification failure behind an httpx error, in a few words, if there is one."""
    import ssl

    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, ssl.SSLCertVerificationError):
            return seen.verify_message or "certificate verify failed"
        if isinstance(seen, ssl.SSLError):
            return seen.reason or "TLS failure"
        seen = seen.__cause__ or seen.__context__
    text = str(exc)
    if "CERTIFICATE_VERIFY_FAILED" in text:
        return "certificate verify failed"
    return None
