"""Headless Chromium driven over the DevTools protocol, for the page and widget tests."""

from __future__ import annotations

import asyncio
import base64
import contextlib
import functools
import http.server
import itertools
import json
import re
import shutil
import tempfile
import threading
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from websockets.asyncio.client import ClientConnection, connect

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
async def browser(url: str, *flags: str) -> AsyncIterator[ClientConnection]:
    """Headless Chromium showing `url`; yields a DevTools connection to that page."""
    with tempfile.TemporaryDirectory() as profile:
        process = await asyncio.create_subprocess_exec(
            chromium(),
            *BROWSER_FLAGS,
            *flags,
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


async def command(page: ClientConnection, method: str, **params: Any) -> dict[str, Any]:
    """Send one DevTools command and return its result (events in between are dropped)."""
    number = next(_ids)
    await page.send(json.dumps({"id": number, "method": method, "params": params}))
    while True:
        reply = json.loads(await page.recv())
        if reply.get("id") == number:
            if "error" in reply:
                raise AssertionError(f"{method}: {reply['error']}")
            result: dict[str, Any] = reply["result"]
            return result


async def evaluate(page: ClientConnection, expression: str) -> Any:
    """The value of a JavaScript expression in the page, through the DevTools protocol."""
    result = await command(page, "Runtime.evaluate", expression=expression, returnByValue=True)
    return result["result"].get("value")


async def wait_for(page: ClientConnection, expression: str, seconds: float = 10) -> None:
    """Poll `expression` until it is truthy in JavaScript (an element too, which comes back
    as an empty, falsy dict)."""
    async with asyncio.timeout(seconds):
        while not await evaluate(page, f"!!({expression})"):  # noqa: ASYNC110 (another process)
            await asyncio.sleep(0.05)


async def screenshot(page: ClientConnection, path: Path, width: int, height: int) -> None:
    """Save the page, at this viewport size, as a PNG."""
    await command(
        page,
        "Emulation.setDeviceMetricsOverride",
        width=width,
        height=height,
        deviceScaleFactor=1,
        mobile=False,
    )
    shot = await command(page, "Page.captureScreenshot", format="png")
    await asyncio.to_thread(path.write_bytes, base64.b64decode(shot["data"]))


@contextlib.contextmanager
def site() -> Iterator[tuple[str, Path]]:
    """A tiny web site on its own port (a second origin): its URL and the folder it serves."""
    with tempfile.TemporaryDirectory() as folder:
        handler = functools.partial(QuietHandler, directory=folder)
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        try:
            yield f"http://127.0.0.1:{server.server_address[1]}", Path(folder)
        finally:
            server.shutdown()
            server.server_close()
            thread.join()


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


# An answer in the shapes models write, and a raw-HTML attack, for the page and the widget.
MARKDOWN_ANSWER = (
    "## Roles\n\n"
    "| Company | Years |\n| --- | --- |\n"
    "| Northwind Payments | 2019–now |\n| Klarhet Analytics | 2015–2019 |\n\n"
    "1. Ledger service\n2. Payments API\n\n"
    "- Languages\n  - Go\n  - Kotlin\n- **Tools**: *Kafka*\n\n"
    "```sql\nSELECT 1 < 2;\n```\n\n"
    "See [her site](https://maya.example/), [mail](mailto:maya@example.com) and "
    "[click](javascript:alert(1)).\n\n"
    '<img src="x" onerror="window.pwned = 1">'
)

# The rendered answer under `root` (document, or the widget's shadow root), as plain data.
RENDERED_ANSWER = """((root) => {
  const body = root.querySelector(".answer .body");
  const texts = (selector) => [...body.querySelectorAll(selector)].map((n) => n.textContent);
  return {
    headings: texts("h2"),
    header: texts("table thead th"),
    rows: [...body.querySelectorAll("table tbody tr")]
      .map((r) => [...r.cells].map((c) => c.textContent)),
    numbered: texts("ol > li"),
    nested: texts("ul > li > ul > li"),
    code: texts("pre > code"),
    strong: texts("strong"),
    em: texts("em"),
    links: [...body.querySelectorAll("a")]
      .map((a) => [a.textContent, a.getAttribute("href"), a.rel, a.target]),
    text: body.textContent,
    tags: [...new Set([...body.querySelectorAll("*")].map((n) => n.localName))].sort(),
    pwned: window.pwned === undefined ? null : window.pwned,
  };
})(ROOT)"""

EXPECTED_ANSWER = {
    "headings": ["Roles"],
    "header": ["Company", "Years"],
    "rows": [["Northwind Payments", "2019–now"], ["Klarhet Analytics", "2015–2019"]],
    "numbered": ["Ledger service", "Payments API"],
    "nested": ["Go", "Kotlin"],
    "code": ["SELECT 1 < 2;\n"],
    "strong": ["Tools"],
    "em": ["Kafka"],
    "links": [
        ["her site", "https://maya.example/", "noopener noreferrer", "_blank"],
        ["mail", "mailto:maya@example.com", "noopener noreferrer", "_blank"],
    ],
    "tags": sorted(
        [
            "a",
            "code",
            "em",
            "h2",
            "li",
            "ol",
            "p",
            "pre",
            "strong",
            "table",
            "tbody",
            "td",
            "th",
            "thead",
            "tr",
            "ul",
        ]
    ),
    "pwned": None,
}


def rendered_answer(root: str) -> str:
    """RENDERED_ANSWER for the answer under the JavaScript expression `root`."""
    return RENDERED_ANSWER.replace("ROOT", root)


def check_rendered(rendered: dict[str, Any]) -> None:
    """The answer rendered as Markdown, safely: the javascript: link and the <img> stay text."""
    text = rendered.pop("text")
    assert rendered == EXPECTED_ANSWER
    assert "[click](javascript:alert(1))" in text
    assert '<img src="x" onerror="window.pwned = 1">' in text


def check_never_raw(snapshots: list[str]) -> None:
    """While streaming, no half-typed syntax showed: no fence, no **, no table pipes."""
    assert len(snapshots) > 5, snapshots
    for shown in snapshots:
        for raw in ("```", "``", "**", "|", "](http"):
            assert raw not in shown, (raw, shown)
