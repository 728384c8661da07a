"""A terminal resized while an answer streams keeps every block once in its scrollback (tmux)."""

from __future__ import annotations

import shlex
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from tests.standin import Reply, StandIn

COMMAND = str(Path(sys.executable).with_name("resume-chat"))
RESUME = str(Path(__file__).resolve().parent.parent / "data" / "resume.md")

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")


def answer(blocks: int) -> str:
    paragraph = (
        "Paragraph M{n:03d}: Maya led the **payments ledger** team and moved reconciliation "
        "to *Kafka streams*, cutting settlement lag from 14 hours to 4 minutes across thirty "
        "services, then designed the idempotency-key service used by every payment API."
    )
    items = "- item M{n:03d}: PostgreSQL partitioning\n- Redis caching in front of the store"
    return "\n\n".join((paragraph if n % 2 else items).format(n=n) for n in range(blocks))


def test_resizing_mid_answer_leaves_no_preview_behind() -> None:
    """Narrowing and widening the terminal while the block in progress is previewed."""
    socket = f"resume-chat-test-{uuid.uuid4().hex[:8]}"

    def tmux(*args: str) -> str:
        result = subprocess.run(["tmux", "-L", socket, *args], capture_output=True, text=True)
        return result.stdout

    blocks = 16
    with StandIn() as server:
        server.script(Reply(text=answer(blocks), delta_chars=3, event_delay=0.003))
        # COLUMNS and LINES would pin rich's idea of the size; a real shell does not export them.
        env = (
            f"-u COLUMNS -u LINES OPENROUTER_API_KEY=sk-or-v1-resize "
            f"OPENROUTER_BASE_URL={server.base_url} TERM=xterm-256color"
        )
        ask = f"{shlex.quote(COMMAND)} ask --resume {shlex.quote(RESUME)} q"
        run = f"echo start; env {env} {ask}; sleep 60"
        tmux("new-session", "-d", "-s", "t", "-x", "120", "-y", "30", run)
        try:
            for width in (70, 130, 50, 100):
                time.sleep(0.4)
                tmux("resize-window", "-t", "t", "-x", str(width), "-y", "30")
            deadline = time.monotonic() + 30
            while "812 in" not in (screen := tmux("capture-pane", "-t", "t", "-p", "-S", "-")):
                assert time.monotonic() < deadline, screen
                time.sleep(0.2)
        finally:
            tmux("kill-server")
    counts = {n: screen.count(f"M{n:03d}") for n in range(blocks)}
    assert counts == dict.fromkeys(range(blocks), 1), screen
