"""`GET {base}/models`, or the list kept from an earlier call; every failure is one line."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NamedTuple
from urllib.parse import urlsplit

from resume_chat import __version__
from resume_chat.catalog import cache
from resume_chat.catalog.listing import models_in, not_a_list
from resume_chat.errors import ProviderError
from resume_chat.redact import redact, remember
from resume_chat.settings import Settings

if TYPE_CHECKING:
    import httpx

# OpenRouter's whole list is about a megabyte; a body far past that is no model list, and
# reading it all could fill memory, since the timeout only bounds the wait for each next byte.
MAX_BODY = 32 << 20
MAX_ERROR_BODY = 64 << 10  # an error body is read for its message only


class Catalog(NamedTuple):
    data: list[Any]  # the raw `data` list, cleaned of secrets
    age: float | None  # seconds since it was fetched, when it came from the cache


def load(
    settings: Settings,
    *,
    refresh: bool = False,
    transport: httpx.BaseTransport | None = None,
    now: Callable[[], float] = time.time,
) -> Catalog:
    """The endpoint's list: kept from less than a day ago unless `refresh`, else fetched."""
    if not refresh:
        kept = cache.cached(settings.base_url, now)
        if kept is not None:
            return Catalog(kept.data, kept.age)
    data = fetch(settings, transport=transport)
    cache.keep(settings.base_url, data)
    return Catalog(data, None)


def fetch(
    settings: Settings, *, transport: httpx.BaseTransport | None = None, max_body: int = MAX_BODY
) -> list[Any]:
    """The raw list from the endpoint; ProviderError (one line, no key in it) on any failure."""
    import httpx

    from resume_chat.openrouter import transport_error

    host = urlsplit(settings.base_url).hostname or settings.base_url
    headers = {"User-Agent": f"resume-chat/{__version__}", "Accept": "application/json"}
    if settings.api_key is not None:
        key = settings.api_key.get_secret_value()
        remember(key)  # a server may echo the key in its error message
        headers["Authorization"] = f"Bearer {key}"
    timeout = httpx.Timeout(settings.timeout, connect=min(settings.timeout, 15.0))
    try:
        with (
            httpx.Client(headers=headers, timeout=timeout, transport=transport) as client,
            client.stream("GET", settings.base_url + "/models") as response,
        ):
            if response.status_code != 200:
                raise _cleaned(_status_error(response, _body(response, MAX_ERROR_BODY)))
            body = _body(response, max_body)
            if body is None:
                raise not_a_list(host, f"the body passed {max_body:,} bytes")
    except httpx.HTTPError as error:
        raise transport_error(error, host, settings.timeout) from None
    except (httpx.InvalidURL, httpx.StreamError) as error:
        raise ProviderError(
            f"Could not fetch the model list from {host} ({type(error).__name__}); check "
            "OPENROUTER_BASE_URL."
        ) from None
    try:
        payload = json.loads(body)
    except (ValueError, RecursionError):
        raise not_a_list(host, "the body is not JSON") from None
    try:
        return list(_scrubbed(models_in(payload, host)))
    except RecursionError:
        raise not_a_list(host, "the JSON is nested too deep") from None


def _body(response: httpx.Response, limit: int) -> bytes | None:
    """The (decoded) body, or None once it passes `limit` bytes."""
    parts: list[bytes] = []
    size = 0
    for part in response.iter_bytes():
        size += len(part)
        if size > limit:
            return None
        parts.append(part)
    return b"".join(parts)


def _status_error(response: httpx.Response, body: bytes | None) -> ProviderError:
    """The project's one sentence for this status, from the body read so far."""
    import httpx

    from resume_chat.openrouter import error_for_status

    kept_headers = {
        name: value
        for name, value in response.headers.items()
        if name in ("retry-after", "retry-after-ms", "content-type")
    }
    whole = httpx.Response(
        response.status_code,
        headers=kept_headers,
        content=body or b"",
        request=response.request,
        extensions={"reason_phrase": response.reason_phrase.encode()},
    )
    return error_for_status(whole)


def _cleaned(error: ProviderError) -> ProviderError:
    """The same error on one line (a provider's message may hold line breaks), key-free."""
    message = " ".join(redact(error.message).split())
    return type(error)(message, status=error.status, retry_after=error.retry_after)


def _scrubbed(value: Any) -> Any:
    """The value with every string cleaned of secrets, so neither the cache nor the screen
    can hold a key that a server echoed back."""
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, list):
        return [_scrubbed(item) for item in value]
    if isinstance(value, dict):
        return {key: _scrubbed(item) for key, item in value.items()}
    return value
