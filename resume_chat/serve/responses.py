"""The checks of a request's form (method, duplicated headers) that come before any route,
and the answer to HEAD."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from websockets.http11 import Request, Response

# Headers a check reads: two values would let a proxy see one and the server the other
# (and websockets' single-value lookup raises), so a request with two is refused.
SINGLE_HEADERS = (
    "Host",
    "Origin",
    "Authorization",
    "Sec-WebSocket-Key",
    "Sec-WebSocket-Version",
    "Content-Length",
)
METHODS = ("GET", "HEAD")


def _plain(status: int, text: str) -> Response:
    from http import HTTPStatus

    from websockets.datastructures import Headers
    from websockets.http11 import Response

    body = text.encode()
    headers = Headers(
        [
            ("Content-Type", "text/plain; charset=utf-8"),
            ("Content-Length", str(len(body))),
            ("Cache-Control", "no-store"),
            ("X-Content-Type-Options", "nosniff"),
            ("Connection", "close"),
        ]
    )
    return Response(status, HTTPStatus(status).phrase, headers, body)


def malformed(request: Request) -> Response | None:
    """A 405 for a method other than GET or HEAD, a 400 for a duplicated header; else None."""
    if request.method not in METHODS:
        refused = _plain(405, "Only GET (and HEAD) are served here.\n")
        refused.headers["Allow"] = ", ".join(METHODS)
        return refused
    for name in SINGLE_HEADERS:
        if len(request.headers.get_all(name)) > 1:
            return _plain(400, f"The {name} header is sent twice.\n")
    return None


def for_method(request: Request, answer: Response | None) -> Response | None:
    """The answer as sent: to HEAD, the same status and headers without the body."""
    if answer is None or request.method != "HEAD" or not answer.body:
        return answer
    from websockets.http11 import Response

    return Response(answer.status_code, answer.reason_phrase, answer.headers, b"")


def response(
    status: int, body: bytes, content_type: str = "text/plain; charset=utf-8", *, page: bool = False
) -> Response:
    """A plain answer to an HTTP request; `page`: with the demo page's security headers."""
    from http import HTTPStatus

    from websockets.datastructures import Headers
    from websockets.http11 import Response

    headers = Headers(
        [
            ("Content-Type", content_type),
            ("Content-Length", str(len(body))),
            ("Cache-Control", "no-store"),
            ("X-Content-Type-Options", "nosniff"),
            ("Connection", "close"),
        ]
    )
    if page:
        # Scripts from this server only (none inline), inline style; no fonts or frames.
        headers["Content-Security-Policy"] = (
            "default-src 'none'; script-src 'self'; style-src 'unsafe-inline'; "
            "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
        )
        headers["Referrer-Policy"] = "no-referrer"
    return Response(status, HTTPStatus(status).phrase, headers, body)
