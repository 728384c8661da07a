"""Who may connect: Origin and token checks, limits at the handshake, /health and the page."""

from __future__ import annotations

import json
import re

import httpx
import pytest
from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed, InvalidStatus

from tests.serve_client import client, receive, running, ws_url
from tests.standin import StandIn


async def refused_status(url: str, **options: object) -> int:
    """The HTTP status of a refused handshake (fails the test if it is accepted)."""
    with pytest.raises(InvalidStatus) as refused:
        async with connect(url, **options):  # type: ignore[arg-type]
            pass
    return refused.value.response.status_code


async def test_foreign_origin_is_refused_with_403() -> None:
    """A browser page from another site cannot open the socket."""
    with StandIn() as standin:
        async with running(standin) as chat:
            status = await refused_status(ws_url(chat), origin="https://evil.example")
    assert status == 403


async def test_no_origin_own_page_and_allowed_origins_connect() -> None:
    """Scripts (no Origin), our own page and --allow-origin sites are accepted."""
    with StandIn() as standin:
        async with running(standin, allow_origins=("https://me.example",)) as chat:
            for origin in (None, f"http://127.0.0.1:{chat.port}", f"http://localhost:{chat.port}"):
                async with connect(ws_url(chat), origin=origin) as websocket:  # type: ignore[arg-type]
                    assert (await receive(websocket))["type"] == "session"
            async with connect(ws_url(chat), origin="https://me.example") as websocket:  # type: ignore[arg-type]
                assert (await receive(websocket))["type"] == "session"
            wrong_port = f"http://127.0.0.1:{chat.port + 1}"
            assert await refused_status(ws_url(chat), origin=wrong_port) == 403


async def test_token_is_required_when_set() -> None:
    """With a token, clients without it or with a wrong one get 401; Bearer and ?token= work."""
    with StandIn() as standin:
        async with running(standin, token="s3cret-token") as chat:
            assert await refused_status(ws_url(chat)) == 401
            assert await refused_status(ws_url(chat, "?token=wrong")) == 401
            bearer = {"Authorization": "Bearer wrong"}
            assert await refused_status(ws_url(chat), additional_headers=bearer) == 401
            async with client(chat, "?token=s3cret-token") as by_query:
                assert by_query.started["type"] == "session"
            good = {"Authorization": "Bearer s3cret-token"}
            async with client(chat, additional_headers=good) as by_header:
                assert by_header.started["type"] == "session"


async def test_oversized_frame_closes_with_1009() -> None:
    """A frame above max_frame_bytes closes that connection with 1009 (message too big)."""
    with StandIn() as standin:
        async with running(standin, max_frame_bytes=1024) as chat, client(chat) as session:
            await session.send({"type": "question", "content": "x" * 2000})
            with pytest.raises(ConnectionClosed):
                await session.receive()
            assert session.websocket.close_code == 1009


async def test_connections_past_the_limit_get_503() -> None:
    """At max_connections, one more handshake is refused; after one leaves it is accepted."""
    with StandIn() as standin:
        async with running(standin, max_connections=2) as chat:
            async with client(chat), client(chat):
                assert await refused_status(ws_url(chat)) == 503
            async with client(chat) as later:
                assert later.started["type"] == "session"


async def test_idle_connection_is_closed() -> None:
    """A client that sends nothing for idle_timeout seconds is closed normally."""
    with StandIn() as standin:
        async with running(standin, idle_timeout=0.2) as chat, client(chat) as session:
            with pytest.raises(ConnectionClosed):
                await session.receive()
            assert session.websocket.close_code == 1000
            assert session.websocket.close_reason == "idle timeout"


async def test_health_reports_open_sessions() -> None:
    """GET /health answers 200 with the status and the number of open sessions."""
    with StandIn() as standin:
        async with running(standin) as chat, httpx.AsyncClient(base_url=chat.url) as http:
            async with client(chat):
                during = await http.get("/health")
            missing = await http.get("/nothing")
    assert during.status_code == 200
    assert during.headers["content-type"] == "application/json"
    assert json.loads(during.content) == {
        "status": "ok",
        "sessions": 1,
        "model": "openai/gpt-5-mini",
    }
    assert missing.status_code == 404


async def test_page_is_one_self_contained_file() -> None:
    """GET / serves HTML that loads nothing from elsewhere: its scripts are served by the server
    itself, and one of them talks to /ws."""
    with StandIn() as standin:
        async with running(standin) as chat, httpx.AsyncClient(base_url=chat.url) as http:
            page = await http.get("/")
            scripts = re.findall(r'<script src="([^"]+)"', page.text)
            served = [await http.get("/" + script) for script in scripts]
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    assert "default-src 'none'" in page.headers["content-security-policy"]
    assert scripts
    assert all(response.status_code == 200 for response in served)
    assert any("/ws" in response.text for response in served)
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page.text)
    assert not re.search(r"@import|url\(", page.text)
