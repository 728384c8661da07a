"""Streaming render cost: `resume-chat ask` in a 120x40 pseudo-terminal against a floor.

A long Markdown answer (hundreds of blocks, 3-character deltas) is streamed by the loopback
stand-in into each program running under a pty. For each, the *extra* CPU over a one-line
answer is compared; so are the bytes written to the terminal. The floor parses every event
once and renders the whole Markdown once at the end (benchmarks/render_floor.py). Targets:
within 1.5x of the floor in CPU and bytes, every block present in the scrollback, and cost
linear in the answer's length (two lengths shown).
"""

from __future__ import annotations

import fcntl
import os
import resource
import statistics
import struct
import subprocess
import sys
import termios

from common import COMMAND, RESUME, ROOT, table

from tests.standin import Reply, StandIn
from tests.terminal import scrollback

COLUMNS, LINES = 120, 40
REPEATS = int(os.environ.get("REPEATS", "3"))


def answer(blocks: int) -> str:
    """A realistic long answer: paragraphs, lists, headings, code and tables, each marked."""
    shapes = [
        "Paragraph B{n:04d}: Maya led the **payments ledger** team and moved reconciliation to "
        "*Kafka streams*, cutting settlement lag from 14 hours to 4 minutes across 30 services. "
        "She designed the idempotency-key service used by every payment API, introduced "
        "OpenTelemetry tracing and SLO-based alerting, and mentored five engineers through "
        "the migration; duplicate charges fell by 97% and uptime held at 99.99%.",
        "- item B{n:04d} one: PostgreSQL partitioning for the ingestion pipeline\n"
        "- two: Redis caching in front of the feature store, 45,000 events per second\n"
        "- three: OpenTelemetry tracing with `SLO` alerts across thirty services\n"
        "- four: Terraform modules for ECS, Lambda and RDS",
        "## Heading B{n:04d}",
        "```python\ndef handler_B{n:04d}(event):\n    key = event.idempotency_key\n"
        "    if ledger.seen(key):\n        return ledger.entry(key)\n"
        "    return ledger.append(event)\n```",
        "| year B{n:04d} | employer | role |\n|---|---|---|\n"
        "| 2022 | Northwind Payments | Senior |\n"
        "| 2018 | Klarhet Analytics | Backend |\n| 2016 | Tietoevry | Developer |",
    ]
    return "\n\n".join(shapes[n % len(shapes)].format(n=n) for n in range(blocks))


def run_in_pty(argv: list[str], env: dict[str, str]) -> tuple[float, bytes]:
    """CPU seconds the child used, and every byte it wrote to the terminal."""
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", LINES, COLUMNS, 0, 0))
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    process = subprocess.Popen(
        argv, stdin=slave, stdout=slave, stderr=subprocess.DEVNULL, env=env, close_fds=True
    )
    os.close(slave)
    output = bytearray()
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not chunk:
            break
        output += chunk
    process.wait()
    os.close(master)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return cpu, bytes(output)


def measure(server: StandIn, program: str, text: str) -> tuple[float, int, str]:
    env = dict(
        os.environ,
        OPENROUTER_API_KEY="sk-or-v1-benchmark",
        OPENROUTER_BASE_URL=server.base_url,
        TERM="xterm-256color",
        COLUMNS=str(COLUMNS),
        LINES=str(LINES),
    )
    env.pop("NO_COLOR", None)
    if program == "resume-chat":
        argv = [COMMAND, "ask", "--resume", RESUME, "Tell me everything."]
    else:
        argv = [sys.executable, str(ROOT / "benchmarks" / "render_floor.py"), server.base_url]
    cpus, sizes, output = [], [], b""
    for _ in range(REPEATS):
        server.script(Reply(text=text, delta_chars=3, keepalive=False))
        cpu, output = run_in_pty(argv, env)
        cpus.append(cpu)
        sizes.append(len(output))
    return statistics.median(cpus), int(statistics.median(sizes)), output.decode("utf-8", "replace")


def main() -> None:
    short = "Maya works at **Northwind Payments**."
    lengths = [int(n) for n in os.environ.get("BLOCKS", "500,1000").split(",")]
    rows = []
    with StandIn() as server:
        base = {p: measure(server, p, short) for p in ("resume-chat", "floor")}
        for blocks in lengths:
            text = answer(blocks)
            ours = measure(server, "resume-chat", text)
            floor = measure(server, "floor", text)
            lines = "\n".join(scrollback(ours[2], COLUMNS, LINES))
            present = sum(f"B{n:04d}" in lines for n in range(blocks))
            extra_ours = ours[0] - base["resume-chat"][0]
            extra_floor = floor[0] - base["floor"][0]
            rows.append(
                [
                    f"{blocks} blocks, {len(text):,} chars, {len(text) // 3:,} deltas",
                    f"{extra_ours * 1000:.0f}",
                    f"{extra_floor * 1000:.0f}",
                    f"{extra_ours / extra_floor:.2f}x",
                    f"{ours[1]:,}",
                    f"{floor[1]:,}",
                    f"{ours[1] / floor[1]:.2f}x",
                    f"{present}/{blocks}",
                ]
            )
    print(
        f"streaming render in a {COLUMNS}x{LINES} pty, median of {REPEATS} runs; extra CPU is "
        f"over a one-line answer (resume-chat {base['resume-chat'][0] * 1000:.0f} ms, "
        f"floor {base['floor'][0] * 1000:.0f} ms)\n"
    )
    headers = [
        "answer",
        "extra CPU ms",
        "floor extra CPU ms",
        "CPU ratio (≤ 1.5x)",
        "bytes to terminal",
        "floor bytes",
        "bytes ratio (≤ 1.5x)",
        "blocks in scrollback",
    ]
    print(table(headers, rows))


if __name__ == "__main__":
    main()
