"""The demo page in a real headless Chromium: it connects, asks and renders the stream."""

from __future__ import annotations

import asyncio
from urllib.parse import quote

from tests.browser import (
    MARKDOWN_ANSWER,
    browser,
    check_never_raw,
    check_rendered,
    evaluate,
    rendered_answer,
    wait_for,
)
from tests.serve_client import running
from tests.standin import Reply, StandIn

ANSWER = (
    "Maya is a staff engineer at **Northwind Payments**, where she leads the ledger team.\n\n"
    "- Kafka\n- Go <script>alert(1)</script>"
)
SNAPSHOT = """(() => {
  const a = document.querySelector(".answer");
  const text = a ? a.dataset.raw || "" : "";
  return a ? [a.dataset.state, text, a.dataset.chunks, text ? "" : a.textContent] : null;
})()"""


RENDERED = """(() => {
  const a = document.querySelector(".answer");
  return [
    a.querySelector("strong").textContent,
    a.querySelectorAll("li").length,
    a.querySelectorAll("li")[1].textContent,
    a.querySelectorAll("script").length,
  ];
})()"""


async def test_page_streams_an_answer_in_headless_chromium() -> None:
    """The page asks over /ws and shows the answer growing chunk by chunk, then complete."""
    with StandIn() as standin:
        standin.script(Reply(text=ANSWER, delta_chars=4, event_delay=0.03, thinking_seconds=0.8))
        async with running(standin) as chat:
            url = f"{chat.url}/?q={quote('Where does Maya work?')}"
            snapshots: list[list[str]] = []
            async with browser(url) as page, asyncio.timeout(20):
                while not snapshots or snapshots[-1][0] != "done":
                    snapshot = await evaluate(page, SNAPSHOT)
                    if snapshot:
                        snapshots.append(snapshot)
                    await asyncio.sleep(0.02)
                question = await evaluate(page, 'document.querySelector(".question").textContent')
                rendered = await evaluate(page, RENDERED)
                status = await evaluate(page, 'document.getElementById("status").textContent')
                usage = await evaluate(page, 'document.querySelector(".usage").textContent')
    assert question == "Where does Maya work?"
    assert "Maya Lindqvist's resume" in status
    # Rendered as Markdown, and text stays text: the <script> is shown, never run.
    assert rendered == ["Northwind Payments", 2, "Go <script>alert(1)</script>", 0]
    assert snapshots[-1][1] == ANSWER
    assert int(snapshots[-1][2]) == len(standin_chunks(ANSWER, 4))
    # While the model thinks, the answer's place says so; the usage line shows the cost.
    assert any(waiting == "Thinking…" for *_, waiting in snapshots), snapshots[:3]
    assert usage == "812 tokens in · 24 out · $0.000123"
    streaming = [text for state, text, *_ in snapshots if state == "streaming"]
    assert all(ANSWER.startswith(text) for text in streaming)
    assert any(0 < len(text) < len(ANSWER) for text in streaming), "no partial answer shown"


def standin_chunks(text: str, size: int) -> list[str]:
    return [text[start : start + size] for start in range(0, len(text), size)]


STREAMED = """(() => {
  const a = document.querySelector(".answer");
  const body = a && a.querySelector(".body");
  return a ? [a.dataset.state, body ? body.textContent : ""] : null;
})()"""


async def test_page_renders_markdown_fully_and_safely() -> None:
    """A table, numbered and nested lists, code, links: rendered; javascript: and HTML: text."""
    with StandIn() as standin:
        standin.script(Reply(text=MARKDOWN_ANSWER, delta_chars=3, event_delay=0.01))
        async with running(standin) as chat:
            shown: list[str] = []
            async with browser(f"{chat.url}/?q=Roles") as page, asyncio.timeout(20):
                while True:
                    snapshot = await evaluate(page, STREAMED)
                    if snapshot and snapshot[0] == "done":
                        break
                    if snapshot and snapshot[1]:
                        shown.append(snapshot[1])
                    await asyncio.sleep(0.01)
                rendered = await evaluate(page, rendered_answer("document"))
    check_rendered(rendered)
    check_never_raw(shown)


async def test_page_says_in_words_that_the_token_is_wrong() -> None:
    """A refused handshake reads as a sentence, not "Disconnected (1006)"."""
    with StandIn() as standin:
        async with (
            running(standin, token="the-right-token") as chat,
            browser(f"{chat.url}/?token=wrong") as page,
        ):
            await wait_for(page, 'document.body.dataset.state === "refused"')
            status = await evaluate(page, 'document.getElementById("status").textContent')
            ask = await evaluate(page, 'document.getElementById("ask").disabled')
    assert status == (
        "This chat needs an access token, and the one this page gave is missing or wrong."
    )
    assert ask is True
