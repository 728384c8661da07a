"""Per-answer cost of the REPL beside `ask`'s, against the loopback stand-in (no network).

Run: uv run python benchmarks/repl.py [questions]

1. Processes: N questions piped into one `resume-chat chat` vs N `resume-chat ask` processes.
2. In-process: one answer through `Repl.handle` vs through `ask.stream_answer`, same session,
   same renderer (rich Markdown to an in-memory console), so the difference is the REPL's own.
"""

from __future__ import annotations

import asyncio
import io
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from rich.console import Console  # noqa: E402

from resume_chat.ask import stream_answer  # noqa: E402
from resume_chat.chat.repl import Repl  # noqa: E402
from resume_chat.frontend import open_session  # noqa: E402
from resume_chat.render import MarkdownAnswer  # noqa: E402
from resume_chat.settings import Secret, Settings  # noqa: E402
from tests.standin import Reply, StandIn  # noqa: E402

COMMAND = str(Path(sys.executable).parent / "resume-chat")
RESUME = ROOT / "data" / "resume.md"
# A realistic answer: ~1.5 KB of Markdown in 40-character deltas.
ANSWER = "\n\n".join(
    f"- **Point {n}.** Maya led the ledger migration, cutting settlement lag to minutes." * 2
    for n in range(8)
)


def reply(body: object) -> Reply:
    return Reply(text=ANSWER, delta_chars=40)


def environment(server: StandIn, data: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        OPENROUTER_API_KEY="sk-or-v1-bench",
        OPENROUTER_BASE_URL=server.base_url,
        RESUME_CHAT_RESUME=str(RESUME),
        XDG_DATA_HOME=str(data),
    )
    return env


def processes(server: StandIn, count: int, data: Path) -> tuple[float, float]:
    """Seconds for `count` answers: one piped `chat` process, then `count` `ask` processes."""
    env = environment(server, data)
    lines = "".join(f"question {n}?\n/clear\n" for n in range(count))
    started = time.perf_counter()
    subprocess.run(
        [COMMAND, "chat"], input=lines, text=True, env=env, capture_output=True, check=True
    )
    chat = time.perf_counter() - started
    started = time.perf_counter()
    for n in range(count):
        subprocess.run([COMMAND, "ask", f"question {n}?"], env=env, capture_output=True, check=True)
    return chat, time.perf_counter() - started


async def in_process(server: StandIn, count: int) -> tuple[list[float], list[float]]:
    """Milliseconds per answer through the REPL and through `stream_answer` (ask's path)."""
    settings = Settings(api_key=Secret("sk-or-v1-bench"), base_url=server.base_url, resume=RESUME)
    session = open_session(settings)
    console = Console(file=io.StringIO(), width=100)
    repl = Repl.in_terminal(session, console)
    through_repl, through_ask = [], []
    try:
        for n in range(count):
            session.clear()
            started = time.perf_counter()
            await repl.handle(f"question {n}?")
            through_repl.append((time.perf_counter() - started) * 1000)
            session.clear()
            started = time.perf_counter()
            await stream_answer(session, f"question {n}?", MarkdownAnswer(console))
            through_ask.append((time.perf_counter() - started) * 1000)
    finally:
        await session.aclose()
    return through_repl, through_ask


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    import tempfile

    with StandIn(reply) as server, tempfile.TemporaryDirectory() as data:
        chat, ask = processes(server, count, Path(data))
        repl_ms, ask_ms = asyncio.run(in_process(server, count * 5))
    print(f"{count} answers of {len(ANSWER):,} characters from the loopback stand-in\n")
    print(f"{'path':<44} {'total s':>8} {'per answer ms':>14}")
    print(
        f"{'piped `resume-chat chat`, one process':<44} {chat:>8.2f} {chat / count * 1000:>14.1f}"
    )
    print(f"{'`resume-chat ask`, one process each':<44} {ask:>8.2f} {ask / count * 1000:>14.1f}")
    print()
    print(f"in-process, {count * 5} answers each{'':<17} {'median ms':>9} {'p90 ms':>8}")
    for name, times in (("Repl.handle (REPL)", repl_ms), ("stream_answer (ask)", ask_ms)):
        p90 = statistics.quantiles(times, n=10)[-1]
        print(f"{name:<44} {statistics.median(times):>9.2f} {p90:>8.2f}")
    overhead = statistics.median(repl_ms) - statistics.median(ask_ms)
    print(f"{'REPL overhead per answer (median difference)':<44} {overhead:>9.2f}")


if __name__ == "__main__":
    main()
