"""Screenshots for the README, in headless Chromium: `uv run python docs/screenshots.py`."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.browser import MARKDOWN_ANSWER, browser, evaluate, screenshot, site, wait_for  # noqa: E402
from tests.serve_client import running  # noqa: E402
from tests.standin import Reply, StandIn  # noqa: E402

# The demo answer without the attack lines at its end.
ANSWER = MARKDOWN_ANSWER.split("\n\n<img")[0]
SHADOW = 'document.querySelector("[data-resume-chat]").shadowRoot'
HOST = """<!doctype html><html><head><title>Maya Lindqvist</title>
<style>body {{ font: 18px/1.6 Georgia, serif; margin: 3rem; color: #333; }}</style></head>
<body><h1>Maya Lindqvist</h1><p>Staff engineer. Payments, ledgers, Kafka.</p>
<script src="{server}/widget.js" defer data-title="Ask about Maya" data-accent="#0f766e"></script>
</body></html>"""


async def main() -> None:
    with StandIn() as standin, site() as (origin, folder):
        standin.script(Reply(text=ANSWER), Reply(text=ANSWER))
        async with running(standin, allow_origins=(origin,)) as chat:
            async with browser(f"{chat.url}/?q=Where+has+Maya+worked%3F") as page:
                await wait_for(page, 'document.querySelector(".answer[data-state=done]")')
                await screenshot(page, ROOT / "docs" / "page.png", 900, 900)
            (folder / "index.html").write_text(HOST.format(server=chat.url))
            async with browser(f"{origin}/index.html") as page:
                await wait_for(page, SHADOW)
                await evaluate(page, f'{SHADOW}.querySelector(".launcher").click()')
                await wait_for(page, f'{SHADOW}.querySelector(".suggestions button")')
                await evaluate(page, f'{SHADOW}.querySelector(".suggestions button").click()')
                await wait_for(page, f'{SHADOW}.querySelector(".answer[data-state=done]")')
                await screenshot(page, ROOT / "docs" / "widget.png", 900, 760)


if __name__ == "__main__":
    asyncio.run(main())
