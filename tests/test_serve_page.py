"""The demo page in a real headless Chromium: it connects, asks and renders the stream."""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import re
import shutil
import tempfile
from collections.abc import AsyncIterator
from typing import Any
from urllib.parse import quote

import httpx
import pytest
from websockets.asyncio.client import ClientConnection, connect

from tests.serve_client import running
from tests.standin import Reply, StandIn

ANSWER = (
    "Maya is a staff engineer at **Northwind Payments**, where she leads the ledger team.\n\n"
    "- Kafka\n- Go <script>alert(1)</script>"
)
BROWSER_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--remote-debugging-port=0",
]


def chromium() -> str:
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if path is None:
        pytest.skip("chromium not installed: apt-get install chromium")
    return path


@contextlib.asynccontextmanager
async def browser(url: str) -> AsyncIterator[ClientConnection]:
    """Headless Chromium showing `url`; yields a DevTools connection to that page."""
    with tempfile.TemporaryDirectory() as profile:
        process = await asyncio.create_subprocess_exec(
            chromium(),
            *BROWSER_FLAGS,
            f"--user-data-dir={profile}",
            url,
            stdout=asyncio.subprocess.DEVNULL,
            stderr=asyncio.subprocess.PIPE,
        )
        try:
            devtools = await _devtools_port(process)
            async with httpx.AsyncClient() as http, asyncio.timeout(10):
                while True:
                    targets = (await http.get(f"http://127.0.0.1:{devtools}/json/list")).json()
                    pages = [t for t in targets if t["type"] == "page" and t["url"] == url]
                    if pages:
                        break
                    await asyncio.sleep(0.05)
            async with connect(pages[0]["webSocketDebuggerUrl"], max_size=None) as page:
                yield page
        finally:
            process.kill()
            await process.communicate()


async def _devtools_port(process: asyncio.subprocess.Process) -> int:
    assert process.stderr is not None
    async with asyncio.timeout(20):
        while line := await process.stderr.readline():
            found = re.search(rb"DevTools listening on ws://[^:]+:(\d+)/", line)
            if found:
                return int(found.group(1))
    raise AssertionError("Chromium did not start its DevTools endpoint")


_ids = itertools.count(1)


async def evaluate(page: ClientConnection, expression: str) -> Any:
    """The value of a JavaScript expression in the page, through the DevTools protocol."""
    number = next(_ids)
    await page.send(
        json.dumps(
            {
                "id": number,
                "method": "Runtime.evaluate",
                "params": {"expression": expression, "returnByValue": True},
            }
        )
    )
    while True:
        reply = json.loads(await page.recv())
        if reply.get("id") == number:
            return reply["result"]["result"].get("value")


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
    document.querySelectorAll("script").length - 1,
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
