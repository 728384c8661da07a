"""Start-up cost of resume-chat against a bare Typer hello-world app, in the same run.

Prints a table of median wall times over RUNS runs each:
- `resume-chat --version` and `--help` against the bare app's `--help` and its command;
- `resume-chat ask` up to the moment its request reaches a loopback stand-in.
Target: `--version` within 1.2x of the bare app.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time

from common import COMMAND, RESUME, ROOT, median_ms, table

from tests.standin import Reply, StandIn

RUNS = int(os.environ.get("RUNS", "21"))
BARE = [sys.executable, str(ROOT / "benchmarks" / "bare_typer.py")]


def wall(argv: list[str], **env: str) -> float:
    started = time.perf_counter()
    subprocess.run(
        argv,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        check=True,
        env=dict(os.environ, **env),
    )
    return time.perf_counter() - started


def until_request(server: StandIn, env: dict[str, str]) -> float:
    """Seconds from spawning `ask` to its request arriving at the stand-in."""
    server.script(Reply(text="ok"))
    before = len(server.requests)
    started = time.monotonic()
    subprocess.run(
        [COMMAND, "ask", "--resume", RESUME, "Where does she work now?"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
        check=True,
    )
    return server.requests[before].received_at - started


def main() -> None:
    samples: dict[str, list[float]] = {
        name: [] for name in ("bare", "plain", "version", "help", "ask")
    }
    with StandIn() as server:
        env = dict(
            os.environ, OPENROUTER_API_KEY="sk-or-v1-benchmark", OPENROUTER_BASE_URL=server.base_url
        )
        for _ in range(RUNS):  # interleaved, so drift in machine load hits all alike
            samples["bare"].append(wall([*BARE, "--name", "x"]))
            samples["plain"].append(wall([*BARE, "--name", "x"], PLAIN="1"))
            samples["version"].append(wall([COMMAND, "--version"]))
            samples["help"].append(wall([COMMAND, "--help"]))
            samples["ask"].append(until_request(server, env))
    floor = median_ms(samples["bare"])
    plain = median_ms(samples["plain"])
    names = {
        "bare": "bare Typer hello-world (the floor)",
        "plain": "bare Typer hello-world, completion and Rich off",
        "version": "`resume-chat --version` (target ≤ 1.2x)",
        "help": "`resume-chat --help`",
        "ask": "`resume-chat ask` until its request leaves",
    }
    rows = [
        [
            names[key],
            f"{median_ms(runs):.1f}",
            f"{median_ms(runs) / floor:.2f}x",
            f"{median_ms(runs) / plain:.2f}x",
        ]
        for key, runs in samples.items()
    ]
    print(f"start-up, median of {RUNS} interleaved runs each, Python {sys.version.split()[0]}\n")
    print(table(["what", "ms", "vs bare Typer", "vs bare Typer, completion and Rich off"], rows))


if __name__ == "__main__":
    main()
