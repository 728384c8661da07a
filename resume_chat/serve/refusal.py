"""GET /check: whether a WebSocket handshake would be accepted, and if not why, in words.

A browser never shows a page why its WebSocket handshake was refused: the HTTP status of the
refusal is hidden and the close code is always 1006. So the page and the widget, after a failed
handshake, ask /check, which runs the very checks of the handshake (`process_request` on the
same headers and token, so a check added there is reported here too) and answers JSON.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING
from urllib.parse import parse_qs, urlsplit

from resume_chat.serve.assets import reply

if TYPE_CHECKING:
    from websockets.asyncio.server import ServerConnection
    from websockets.http11 import Request, Response

    from resume_chat.serve.server import ChatServer

# HTTP status of the refused handshake -> (code, sentence for the visitor). Codes that trying
# again cannot cure are the ones the clients stop on (static/chat.js, FINAL).
REFUSALS: dict[int, tuple[str, str]] = {
    403: (
        "origin_not_allowed",
        "This website ({origin}) is not allowed to use this chat; its owner can allow it with "
        "serve's --allow-origin.",
    ),
    401: (
        "token_invalid",
        "This chat needs an access token, and the one this page gave is missing or wrong.",
    ),
    503: ("server_busy", "The chat is full right now: too many people are connected."),
    429: ("too_many_connections", "Too many chats are open from your address."),
}


def verdict(status: int | None, origin: str | None) -> dict[str, object]:
    """The JSON /check answers for a handshake that got `status` (None: it would be accepted)."""
    if status is None:
        return {"ok": True}
    code, sentence = REFUSALS.get(
        status, ("refused", f"The chat server refused the connection (HTTP {status}).")
    )
    return {"ok": False, "code": code, "message": sentence.format(origin=origin or "this page")}


def check_reply(chat: ChatServer, connection: ServerConnection, request: Request) -> Response:
    """Probe the handshake checks with this request's Origin and token; never opens a session.

    A same-origin GET carries no Origin header, so the page may name its origin in `?origin=`;
    trusting it is harmless, since the answer only tells the asker what would happen.
    """
    from websockets.datastructures import Headers
    from websockets.http11 import Request

    query = urlsplit(request.path).query
    headers = Headers(request.headers)
    sent = headers.get_all("Origin")
    origin = sent[0] if len(sent) == 1 else None
    if not sent:
        claimed = parse_qs(query).get("origin")
        origin = claimed[0] if claimed else None
        if origin is not None:
            headers["Origin"] = origin
    refused = chat.process_request(connection, Request(f"/ws?{query}", headers))
    body = json.dumps(verdict(refused.status_code if refused else None, origin)).encode()
    return reply(
        200,
        body,
        [
            ("Content-Type", "application/json"),
            ("Cache-Control", "no-store"),
            ("X-Content-Type-Options", "nosniff"),
            # Any page may read why it was refused: that is the point, and nothing here is secret.
            ("Access-Control-Allow-Origin", "*"),
        ],
    )
