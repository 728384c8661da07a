"""A terminal resized while an answer streams keeps every block once in its scrollback (tmux)."""

from __future__ import annotations

import shlex
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.standin import Reply, StandIn, content_event

COMMAND = str(Path(sys.executable).with_name("resume-chat"))
RESUME = str(Path(__file__).resolve().parent.parent / "data" / "resume.md")

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")

PARAGRAPH = (
    "Paragraph M{n:03d}: Maya led the **payments ledger** team and moved reconciliation to "
    "*Kafka streams*, cutting settlement lag from 14 hours to 4 minutes across thirty services, "
    "then designed the idempotency-key service used by every payment API."
)
ITEMS = "- item M{n:03d}: PostgreSQL partitioning\n- Redis caching in front of the store"
BLOCKS = 8
# Each width is set while the stream pauses mid-paragraph with that paragraph's preview on
# screen, so the resize cannot race the program's own output: narrower re-wraps the preview.
WIDTHS = {1: 50, 3: 130, 5: 70, 7: 100}


def wait_for(condition: Callable[[], bool], what: str, seconds: float = 30.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.05)


def test_resizing_mid_answer_leaves_no_preview_behind() -> None:
    """Narrowing and widening the terminal while the block in progress is previewed."""
    text = "\n\n".join((PARAGRAPH if n % 2 else ITEMS).format(n=n) for n in range(BLOCKS))
    # Pause 120 characters into each of those paragraphs: a preview one to three rows high.
    pauses = {content_event(text.index(f"M{n:03d}") + 120): 0.8 for n in WIDTHS}
    socket = f"resume-chat-test-{uuid.uuid4().hex[:8]}"

    def tmux(*args: str) -> str:
        return subprocess.run(["tmux", "-L", socket, *args], capture_output=True, text=True).stdout

    def screen() -> str:
        return tmux("capture-pane", "-t", "t", "-p", "-S", "-")

    with StandIn() as server:
        server.script(Reply(text=text, delta_chars=3, event_delay=0.002, pauses=pauses))
        # COLUMNS and LINES would pin rich's idea of the size; a real shell does not export them.
        env = (
            f"-u COLUMNS -u LINES OPENROUTER_API_KEY=sk-or-v1-resize "
            f"OPENROUTER_BASE_URL={server.base_url} TERM=xterm-256color"
        )
        ask = f"{shlex.quote(COMMAND)} ask --resume {shlex.quote(RESUME)} q"
        run = f"echo start; env {env} {ask}; sleep 60"
        tmux("new-session", "-d", "-s", "t", "-x", "120", "-y", "30", run)
        try:
            for n, width in WIDTHS.items():
                marker = f"M{n:03d}"
                wait_for(lambda: marker in screen(), f"the preview of {marker}")  # noqa: B023
                tmux("resize-window", "-t", "t", "-x", str(width), "-y", "30")
            wait_for(lambda: "812 in" in screen(), "the end of the answer")
            final = screen()
        finally:
            tmux("kill-server")
    counts = {n: final.count(f"M{n:03d}") for n in range(BLOCKS)}
    assert counts == dict.fromkeys(range(BLOCKS), 1), final
