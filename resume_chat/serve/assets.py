"""The static files `serve` serves: /widget.js and the scripts under /assets/ that the demo page
and the widget share, read once from the package and kept as bytes (and gzipped bytes)."""

from __future__ import annotations

import functools
import gzip
import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

if TYPE_CHECKING:
    from websockets.asyncio.server import ServerConnection
    from websockets.http11 import Request, Response

    from resume_chat.serve.server import ChatServer

JAVASCRIPT = "text/javascript; charset=utf-8"
# The URLs are not versioned (/widget.js sits in other people's pages), so a browser may keep a
# copy but must ask again before each use: a 304 costs one round trip, a stale widget after an
# upgrade costs a broken chat.
CACHE_CONTROL = "no-cache"


def _text(name: str) -> str:
    return (resources.files("resume_chat.serve") / "static" / name).read_text("utf-8")


def _markdown() -> str:
    """markdown-it, DOMPurify and the glue in one file, the two libraries' UMD wrappers given a
    local `module` so they export to us and not to the host page's globals (a site may have
    its own DOMPurify, or an AMD `define`)."""
    return "".join(
        [
            "/* resume-chat: Markdown renderer. Licences: /assets/licenses.txt */\n",
            "(function () {\n",
            "var define, module = { exports: {} }, exports = module.exports;\n",
            _text("vendor/markdown-it.min.js"),
            "\n;var markdownit = module.exports;\n",
            "module = { exports: {} }; exports = module.exports;\n",
            _text("vendor/purify.min.js"),
            "\n;var DOMPurify = module.exports;\n",
            _text("markdown.js"),
            "})();\n",
        ]
    )


def _widget() -> str:
    """widget.js with widget.css inside it, so an embedding page makes one request up front."""
    css = _text("widget.css").replace("\\", "\\\\").replace("`", "\\`").replace("${", "\\${")
    return _text("widget.js").replace("__WIDGET_CSS__", css)


def _licenses() -> str:
    return "\n\n".join(
        f"{name}\n{'=' * len(name)}\n\n{_text('vendor/' + name)}"
        for name in ("LICENSE.markdown-it", "LICENSE.dompurify", "LICENSE-MPL.dompurify")
    )


# Path -> (how to build the body, content type).
SOURCES: dict[str, tuple[Callable[[], str], str]] = {
    "/widget.js": (_widget, JAVASCRIPT),
    "/assets/markdown.js": (_markdown, JAVASCRIPT),
    "/assets/chat.js": (lambda: _text("chat.js"), JAVASCRIPT),
    "/assets/page.js": (lambda: _text("page.js"), JAVASCRIPT),
    "/assets/licenses.txt": (_licenses, "text/plain; charset=utf-8"),
}


@dataclass(frozen=True)
class Asset:
    """One file's bytes as sent: plain and gzipped, each with its own entity tag."""

    body: bytes
    gzipped: bytes
    etag: str
    content_type: str

    @classmethod
    def build(cls, text: str, content_type: str) -> Asset:
        body = text.encode()
        digest = hashlib.sha256(body).hexdigest()[:20]
        return cls(body, gzip.compress(body, 9, mtime=0), f'"{digest}"', content_type)


@functools.cache
def asset(path: str) -> Asset | None:
    """The asset at `path`, built on first use and then kept; None for any other path."""
    source = SOURCES.get(path)
    return Asset.build(source[0](), source[1]) if source else None


def respond(chat: ChatServer, connection: ServerConnection, request: Request) -> Response | None:
    """The answer to a GET of an asset or of /check; None for any other path."""
    path = urlsplit(request.path).path
    if path == "/check":
        from resume_chat.serve.refusal import check_reply

        return check_reply(chat, connection, request)
    found = asset(path)
    if found is None:
        return None
    gzipped = "gzip" in request.headers.get("Accept-Encoding", "")
    etag = found.etag[:-1] + '-gz"' if gzipped else found.etag
    headers = [
        ("Content-Type", found.content_type),
        ("Cache-Control", CACHE_CONTROL),
        ("ETag", etag),
        ("Vary", "Accept-Encoding"),
        ("X-Content-Type-Options", "nosniff"),
        # Pages that isolate themselves (Cross-Origin-Embedder-Policy) may still load the widget.
        ("Cross-Origin-Resource-Policy", "cross-origin"),
    ]
    if etag in request.headers.get("If-None-Match", ""):
        return reply(304, b"", headers)
    if gzipped:
        headers.append(("Content-Encoding", "gzip"))
    return reply(200, found.gzipped if gzipped else found.body, headers)


def reply(status: int, body: bytes, headers: list[tuple[str, str]]) -> Response:
    """An HTTP response the websockets server sends instead of a handshake, then closes."""
    from http import HTTPStatus

    from websockets.datastructures import Headers
    from websockets.http11 import Response

    sent = Headers(headers)
    if status != 304:
        sent["Content-Length"] = str(len(body))
    sent["Connection"] = "close"
    return Response(status, HTTPStatus(status).phrase, sent, body)
