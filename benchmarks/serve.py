"""Load `resume-chat serve` with N concurrent WebSocket clients; a bare echo server is the floor.

    uv run python benchmarks/serve.py [--clients 100 500 1000] [--questions 3] [--repeat 1]

Each level starts, in subprocesses on loopback only: a bare `websockets` server that streams
the question back at a fixed token rate (the floor the issue names); a lightweight OpenRouter
stand-in streaming every answer at the same rate, and `resume-chat serve` against it; then a
bare `websockets` server that relays each question to a fresh stand-in through serve's own
upstream transport (a second floor: what any server answering through an upstream API must
pay). N clients connect, idle (memory per session is measured from the server's RSS), then each
asks several questions with random think time. With --repeat, each level runs that many times
and the median run's figures are shown. Reported: errors, time from a question to its first chunk
(p50/p99), KB per idle session, p99 against each floor, and the server's CPU time per answer
while the questions are asked (the connection handshakes are not in it). Targets (2 cores):
1000 sessions, zero errors, p99 within 2x of the echo floor, under 100 KB per idle session.
The stand-in and both floors are in serve_peers.py.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from serve_peers import RATE, TOKENS

THINK = (0.5, 4.0)  # seconds a client waits before each question
ROOT = Path(__file__).resolve().parent.parent
SERVE = [sys.executable, "-m", "resume_chat", "serve"]


# --- The load: N clients, each idle first, then asking questions. ---


def family(pid: int) -> list[int]:
    """The process and its descendants (serve --workers runs its workers as children)."""
    found = [pid]
    for child in Path(f"/proc/{pid}/task/{pid}/children").read_text().split():
        found += family(int(child))
    return found


def cpu_seconds(pid: int) -> float:
    """User and system CPU time the process and its children have used so far."""
    total = 0.0
    for member in family(pid):
        fields = Path(f"/proc/{member}/stat").read_text().rsplit(")", 1)[1].split()
        total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def rss_kb(pid: int) -> int:
    total = 0
    for member in family(pid):
        for line in Path(f"/proc/{member}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                total += int(line.split()[1])
    return total


async def load(
    port: int, pid: int, clients: int, questions: int, think: tuple[float, float] = THINK
) -> dict[str, Any]:
    from websockets.asyncio.client import ClientConnection, connect

    url = f"ws://127.0.0.1:{port}/ws"
    errors: list[str] = []
    first_chunk: list[float] = []
    connected: list[ClientConnection] = []
    handshakes = asyncio.Semaphore(100)  # a connection storm measures the backlog, not us

    async def open_one() -> None:
        async with handshakes:
            websocket = await connect(url, compression=None, open_timeout=30)
            message = json.loads(await websocket.recv())
            if message["type"] != "session":
                errors.append(f"no session: {message}")
            connected.append(websocket)

    async def converse(websocket: ClientConnection) -> None:
        for number in range(questions):
            await asyncio.sleep(random.uniform(*think))
            asked = time.perf_counter()
            await websocket.send(json.dumps({"type": "question", "content": f"Question {number}?"}))
            chunks = 0
            while True:
                message = json.loads(await websocket.recv())
                if message["type"] == "chunk":
                    if chunks == 0:
                        first_chunk.append(time.perf_counter() - asked)
                    chunks += 1
                elif message["type"] == "status":  # "thinking" before the first chunk
                    continue
                elif message["type"] == "answer":
                    if chunks != TOKENS:
                        errors.append(f"{chunks} chunks")
                    break
                else:
                    errors.append(message.get("code", str(message)))
                    break

    before = rss_kb(pid)
    opened = await asyncio.gather(*(open_one() for _ in range(clients)), return_exceptions=True)
    errors += [repr(result) for result in opened if isinstance(result, BaseException)]
    await asyncio.sleep(1.0)
    per_session = (rss_kb(pid) - before) / max(1, len(connected))
    started, cpu_before = time.perf_counter(), cpu_seconds(pid)
    async with asyncio.timeout(60 + questions * think[1] * 3):
        results = await asyncio.gather(*map(converse, connected), return_exceptions=True)
    errors += [repr(result) for result in results if isinstance(result, BaseException)]
    seconds = time.perf_counter() - started
    cpu = cpu_seconds(pid) - cpu_before
    await asyncio.gather(*(websocket.close() for websocket in connected))
    ordered = sorted(first_chunk) or [float("nan")]
    return {
        "errors": len(errors),
        "first_errors": sorted(set(errors))[:3],
        "answers": len(first_chunk),
        "p50": statistics.median(ordered) * 1000,
        "p99": ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))] * 1000,
        "kb_per_session": per_session,
        "seconds": seconds,
        "cpu_ms_per_answer": cpu * 1000 / max(1, len(first_chunk)),
    }


def start(
    args: list[str], env: dict[str, str], workdir: Path
) -> tuple[subprocess.Popen[bytes], int]:
    """Start a helper subprocess that writes its port to a file; return it and the port."""
    port_file = workdir / f"port-{time.monotonic_ns()}"
    log = (workdir / "server.log").open("ab")
    process = subprocess.Popen([*args, str(port_file)], env=env, stdout=log, stderr=log, cwd=ROOT)

    def port() -> int | None:
        text = port_file.read_text() if port_file.exists() else ""
        return int(text) if text else None

    return process, wait_for_port(process, port, lambda: f"{args} exited")


def start_serve(
    standin_port: int, workdir: Path, workers: int = 1, loop: str = "uvloop"
) -> tuple[subprocess.Popen[bytes], int]:
    """serve with `workers` processes on `loop`, recording every turn into a fresh SQLite file."""
    log_path = workdir / "serve.log"
    env = {
        **os.environ,
        "OPENROUTER_API_KEY": "sk-or-v1-benchmark",
        "OPENROUTER_BASE_URL": f"http://127.0.0.1:{standin_port}/api/v1",
        "RESUME_CHAT_RESUME": str(ROOT / "data" / "resume.md"),
        "RESUME_CHAT_DATABASE_URL": str(workdir / f"conversations-{time.monotonic_ns()}.db"),
        "RESUME_CHAT_SERVE_EVENT_LOOP": loop,
    }
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            [*SERVE, "--port", "0", "--workers", str(workers)],
            env=env,
            stdout=log,
            stderr=log,
            cwd=ROOT,
        )

    def port() -> int | None:
        found = re.search(r"serving http://127\.0\.0\.1:(\d+)/", log_path.read_text())
        return int(found.group(1)) if found else None

    return process, wait_for_port(
        process, port, lambda: f"serve exited: {log_path.read_text()[-500:]}"
    )


def wait_for_port(
    process: subprocess.Popen[bytes], port: Callable[[], int | None], died: Callable[[], str]
) -> int:
    """Poll `port` until it names one; fail with `died()` if the process exits first."""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        found = port()
        if found is not None:
            return found
        if process.poll() is not None:
            raise RuntimeError(f"{died()} (exit code {process.returncode})")
        time.sleep(0.05)
    process.kill()
    raise RuntimeError(f"{process.args} did not start")


def measure(
    server: tuple[subprocess.Popen[bytes], int],
    clients: int,
    questions: int,
    think: tuple[float, float],
    *helpers: subprocess.Popen[bytes],
) -> dict[str, Any]:
    """Load one running server, then stop it and the helpers it needed."""
    process, port = server
    try:
        return asyncio.run(load(port, process.pid, clients, questions, think))
    finally:
        for stopping in (process, *helpers):
            stop(stopping)


def stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, nargs="+", default=[100, 500, 1000])
    parser.add_argument("--questions", type=int, default=3)
    parser.add_argument(
        "--repeat", type=int, default=1, help="runs per level; medians are reported"
    )
    parser.add_argument(
        "--think", type=float, nargs=2, default=THINK, metavar=("MIN", "MAX"), help="seconds"
    )
    parser.add_argument(
        "--workers", type=int, default=1, help="serve --workers N (processes on one port)"
    )
    parser.add_argument(
        "--loop",
        choices=["uvloop", "asyncio"],
        default="uvloop",
        help="serve's event loop (RESUME_CHAT_SERVE_EVENT_LOOP)",
    )
    options = parser.parse_args()
    print(
        f"resume-chat serve under load: {TOKENS} chunks per answer at {RATE:g} tokens/s, "
        f"{options.questions} questions per client, serve with {options.workers} worker(s) "
        f"on {options.loop}, "
        f"think time {options.think[0]:g}-{options.think[1]:g}s, "
        f"{os.cpu_count()} CPUs"
    )
    header = f"{'server':<18}{'clients':>8}{'answers':>9}{'errors':>8}"
    header += (
        f"{'p50 first chunk':>17}{'p99 first chunk':>17}{'KB/idle session':>17}"
        f"{'vs echo':>11}{'vs relay':>13}{'CPU ms/answer':>15}"
    )
    print(header)
    print("-" * len(header))
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        for clients in options.clients:
            runs = [level(workdir, clients, options) for _ in range(options.repeat)]
            rows = {name: combined([run[name] for run in runs]) for name in runs[0]}
            echo_p99, relay_p99 = rows["echo floor"]["p99"], rows["bare relay floor"]["p99"]
            for name, row in rows.items():
                print(
                    f"{name:<18}{clients:>8}{row['answers']:>9}{row['errors']:>8}"
                    f"{row['p50']:>14.1f} ms{row['p99']:>14.1f} ms"
                    f"{row['kb_per_session']:>17.1f}{row['p99'] / echo_p99:>10.2f}x"
                    f"{row['p99'] / relay_p99:>12.2f}x{row['cpu_ms_per_answer']:>15.2f}"
                )
                if options.repeat > 1:
                    print(f"  p99 of each run: {', '.join(f'{p:.1f}' for p in row['p99s'])} ms")
                if row["first_errors"]:
                    print(f"  first errors: {row['first_errors']}")


def level(workdir: Path, clients: int, options: argparse.Namespace) -> dict[str, dict[str, Any]]:
    """One run of each server under the same load, one after the other."""
    env = dict(os.environ)
    me = [sys.executable, str(Path(__file__).resolve().parent / "serve_peers.py")]
    load_one = (clients, options.questions, tuple(options.think))
    rows = {"echo floor": measure(start([*me, "--echo"], env, workdir), *load_one)}
    standin, standin_port = start([*me, "--standin"], env, workdir)
    serve = start_serve(standin_port, workdir, options.workers, options.loop)
    rows["resume-chat serve"] = measure(serve, *load_one, standin)
    if serve[0].returncode != 0:
        print(f"  serve exited with {serve[0].returncode}")
    standin, standin_port = start([*me, "--standin"], env, workdir)
    relay = start([*me, "--proxy", f"http://127.0.0.1:{standin_port}/api/v1"], env, workdir)
    rows["bare relay floor"] = measure(relay, *load_one, standin)
    return rows


def combined(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """Several runs of one server: errors and answers summed, the rest the median run's."""
    median = statistics.median_low
    return {
        "errors": sum(run["errors"] for run in runs),
        "answers": sum(run["answers"] for run in runs),
        "first_errors": [error for run in runs for error in run["first_errors"]][:3],
        "p50": median(run["p50"] for run in runs),
        "p99": median(run["p99"] for run in runs),
        "p99s": [run["p99"] for run in runs],
        "kb_per_session": median(run["kb_per_session"] for run in runs),
        "cpu_ms_per_answer": median(run["cpu_ms_per_answer"] for run in runs),
    }


if __name__ == "__main__":
    main()
