"""/widget.js embedded in a page from another origin, in a real headless Chromium."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
from websockets.asyncio.client import ClientConnection

from resume_chat.chat.welcome import suggested_questions
from resume_chat.resume import load_resume
from resume_chat.serve.limits import ServeSettings
from resume_chat.serve.listening import open_server
from resume_chat.serve.server import ChatServer
from tests.browser import (
    MARKDOWN_ANSWER,
    browser,
    check_never_raw,
    check_rendered,
    evaluate,
    rendered_answer,
    site,
    wait_for,
)
from tests.serve_client import RESUME, running, settings_for
from tests.standin import Reply, StandIn

ROOT = 'document.querySelector("[data-resume-chat]").shadowRoot'

# A host page whose CSS would wreck any widget it could reach.
HOST_PAGE = """<!doctype html>
<html><head><title>Maya's site</title>
<style>
  * {{ color: red !important; font-size: 40px !important; }}
  button, table, ol {{ display: none !important; }}
</style></head>
<body><h1>Maya Lindqvist</h1>
<script src="{server}/widget.js" defer {attributes}></script>
</body></html>
"""


def host_page(folder: Path, server: str, **attributes: str) -> None:
    tags = " ".join(f'data-{name}="{value}"' for name, value in attributes.items())
    (folder / "index.html").write_text(HOST_PAGE.format(server=server, attributes=tags))


async def inside(page: ClientConnection, expression: str) -> Any:
    """Evaluate `expression` with `root` bound to the widget's shadow root."""
    return await evaluate(page, f"((root) => {expression})({ROOT})")


async def open_widget(page: ClientConnection) -> None:
    await wait_for(page, f'document.querySelector("[data-resume-chat]") && {ROOT}')
    await inside(page, 'root.querySelector(".launcher").click()')


async def state(page: ClientConnection) -> list[str]:
    kind_and_text = (
        '[root.querySelector(".state").dataset.kind, root.querySelector(".state").textContent]'
    )
    return list(await inside(page, kind_and_text))


STREAMED = """{
  const a = root.querySelector(".answer");
  const body = a && a.querySelector(".body");
  return a ? [a.dataset.state, body ? body.textContent : ""] : null;
}"""


async def test_widget_on_an_allowed_site_answers_in_markdown() -> None:
    """Embedded on an --allow-origin site: suggestions from the resume, a rendered answer,
    styles the host page cannot reach, keyboard closing."""
    with StandIn() as standin, site() as (origin, folder):
        standin.script(Reply(text=MARKDOWN_ANSWER, delta_chars=3, event_delay=0.01))
        async with running(standin, allow_origins=(origin,)) as chat:
            host_page(folder, chat.url, title="Ask about Maya", greeting="Hello from Maya's site")
            async with browser(f"{origin}/index.html") as page, asyncio.timeout(30):
                await open_widget(page)
                await wait_for(page, f'{ROOT}.querySelector(".suggestions button")')
                seen = await inside(
                    page,
                    """({
                      title: root.querySelector("h2").textContent,
                      greeting: root.querySelector(".greeting").textContent,
                      suggestions: [...root.querySelectorAll(".suggestions button")]
                        .map((b) => b.textContent),
                      launcher: getComputedStyle(root.querySelector(".launcher")).display,
                      size: getComputedStyle(root.querySelector(".greeting")).fontSize,
                      focused: root.activeElement && root.activeElement.localName,
                      live: root.querySelector(".log").getAttribute("aria-live"),
                    })""",
                )
                await inside(page, 'root.querySelector(".suggestions button").click()')
                shown: list[str] = []
                while (snapshot := await inside(page, STREAMED)) is None or snapshot[0] != "done":
                    if snapshot and snapshot[1]:
                        shown.append(snapshot[1])
                    await asyncio.sleep(0.01)
                rendered = await evaluate(page, rendered_answer(ROOT))
                table = await inside(
                    page, 'getComputedStyle(root.querySelector(".answer table")).display'
                )
                await inside(
                    page,
                    """root.querySelector(".panel").dispatchEvent(
                      new KeyboardEvent("keydown", { key: "Escape", bubbles: true }))""",
                )
                closed = await inside(
                    page, '[root.querySelector(".panel").hidden, root.activeElement.className]'
                )
    expected = suggested_questions(load_resume(RESUME))
    assert seen == {
        "title": "Ask about Maya",
        "greeting": "Hello from Maya's site",
        "suggestions": expected,
        "launcher": "grid",  # the host's `button { display: none !important }` did not reach it
        "size": "15px",
        "focused": "textarea",
        "live": "polite",
    }
    check_rendered(rendered)
    check_never_raw(shown)
    assert table == "block"
    assert closed == [True, "launcher"]
    question = standin.requests[-1].body
    assert question is not None
    assert question["messages"][-1]["content"] == expected[0]


async def test_widget_on_a_site_not_allowed_says_so() -> None:
    """A site missing from --allow-origin gets a sentence naming it, not a close code."""
    with StandIn() as standin, site() as (origin, folder):
        async with running(standin) as chat:
            host_page(folder, chat.url)
            async with browser(f"{origin}/index.html") as page:
                await open_widget(page)
                await wait_for(page, f'{ROOT}.querySelector(".state").dataset.kind === "refused"')
                _, sentence = await state(page)
                disabled = await inside(page, 'root.querySelector("textarea").disabled')
    assert sentence == (
        f"This website ({origin}) is not allowed to use this chat; its owner can allow it with "
        "serve's --allow-origin."
    )
    assert disabled is True


async def test_widget_with_a_wrong_token_says_so() -> None:
    with StandIn() as standin, site() as (origin, folder):
        async with running(standin, allow_origins=(origin,), token="the-right-token") as chat:
            host_page(folder, chat.url, token="wrong")
            async with browser(f"{origin}/index.html") as page:
                await open_widget(page)
                await wait_for(page, f'{ROOT}.querySelector(".state").dataset.kind === "refused"')
                _, sentence = await state(page)
    assert sentence == (
        "This chat needs an access token, and the one this page gave is missing or wrong."
    )


@contextlib.asynccontextmanager
async def serving_at(standin: StandIn, port: int, origin: str) -> AsyncIterator[ChatServer]:
    limits = ServeSettings(port=port, allow_origins=(origin,))
    async with open_server(settings_for(standin), limits) as chat:
        yield chat


async def test_widget_reconnects_after_the_server_comes_back() -> None:
    """A dropped connection is retried with backoff, and the widget says so meanwhile."""
    with StandIn() as standin, site() as (origin, folder):
        first = contextlib.AsyncExitStack()
        chat = await first.enter_async_context(running(standin, allow_origins=(origin,)))
        host_page(folder, chat.url)
        async with browser(f"{origin}/index.html") as page, asyncio.timeout(30):
            await open_widget(page)
            await wait_for(page, f'{ROOT}.querySelector(".state").dataset.kind === "open"')
            await first.aclose()  # the server stops: its clients get 1001
            await wait_for(page, f'{ROOT}.querySelector(".state").dataset.kind === "retrying"')
            _, waiting = await state(page)
            async with serving_at(standin, chat.port, origin):
                await wait_for(
                    page, f'{ROOT}.querySelector(".state").dataset.kind === "open"', seconds=15
                )
    assert waiting.startswith("The connection dropped (1001). Trying again in "), waiting


async def test_widget_assets_are_cached_and_typed() -> None:
    """The scripts carry their type, nosniff, an ETag that answers 304, and gzip on request."""
    with StandIn() as standin:
        async with running(standin) as chat, httpx.AsyncClient() as http:
            widget = await http.get(f"{chat.url}/widget.js")
            again = await http.get(
                f"{chat.url}/widget.js", headers={"If-None-Match": widget.headers["ETag"]}
            )
            plain = await http.get(
                f"{chat.url}/assets/markdown.js", headers={"Accept-Encoding": "identity"}
            )
    assert widget.headers["Content-Type"] == "text/javascript; charset=utf-8"
    assert widget.headers["Content-Encoding"] == "gzip"
    assert widget.headers["X-Content-Type-Options"] == "nosniff"
    assert widget.headers["Cache-Control"] == "no-cache"
    assert "__WIDGET_CSS__" not in widget.text
    assert ":host" in widget.text
    assert again.status_code == 304
    assert again.content == b""
    assert "Content-Encoding" not in plain.headers
    assert plain.text.startswith("/* resume-chat: Markdown renderer.")
