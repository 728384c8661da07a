"""`resume-chat serve` as a subprocess: startup line, warnings, graceful shutdown on signals."""

from __future__ import annotations

import asyncio
import json
import os
import re
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed, InvalidMessage

from tests.serve_client import API_KEY, RESUME, receive
from tests.standin import Reply, StandIn


@contextmanager
def serve_process(
    standin: StandIn,
    *flags: str,
    open_files: int | None = None,
    env: dict[str, str] | None = None,
) -> Iterator[tuple[subprocess.Popen[str], int, list[str]]]:
    """Start the real command on a free port; yield it, its port and its first stderr lines.

    `open_files`: the file-descriptor limit (ulimit -n) to start it under; `env`: more
    environment (by default nothing is stored: RESUME_CHAT_STORE=off).
    """
    env = {
        **os.environ,
        "OPENROUTER_API_KEY": API_KEY,
        "OPENROUTER_BASE_URL": standin.base_url,
        "RESUME_CHAT_RESUME": str(RESUME),
        "RESUME_CHAT_STORE": "off",
        **(env or {}),
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "resume_chat", "serve", "--port", "0", *flags],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=None if open_files is None else lambda: limit_open_files(open_files),
    )
    try:
        assert process.stderr is not None
        port = 0
        seen: list[str] = []
        for line in process.stderr:
            seen.append(line)
            found = re.search(r"serving http://[^/]+:(\d+)/", line)
            if found:
                port = int(found.group(1))
                break
        assert port, "the server never said where it listens"
        yield process, port, seen
    finally:
        if process.poll() is None:
            process.kill()
        process.communicate(timeout=10)


def limit_open_files(count: int) -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_NOFILE, (count, count))


async def drain(websocket: ClientConnection) -> None:
    """Read frames until the connection closes (which raises ConnectionClosed)."""
    while True:
        await receive(websocket)


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
async def test_signal_closes_clients_with_1001_and_exits_0(signum: signal.Signals) -> None:
    """On SIGTERM or SIGINT: clients closed with 1001, upstream cancelled, exit code 0."""
    with StandIn() as standin:
        standin.script(Reply(text="z" * 400, delta_chars=2, event_delay=0.02))
        with serve_process(standin) as (process, port, _):
            async with connect(f"ws://127.0.0.1:{port}/ws") as websocket:
                assert (await receive(websocket))["type"] == "session"
                await websocket.send(json.dumps({"type": "question", "content": "Long?"}))
                assert (await receive(websocket))["type"] == "chunk"
                process.send_signal(signum)
                with pytest.raises(ConnectionClosed):
                    await drain(websocket)
                assert websocket.close_code == 1001
            code = await asyncio.to_thread(process.wait, 10)
            assert standin.disconnected.wait(5), "the answer's upstream request was left open"
            assert process.stderr is not None
            log = process.stderr.read()
    assert code == 0
    assert "Traceback" not in log
    assert re.search(r"close session=\S+ code=1001", log)
    assert API_KEY not in log


def test_network_bind_without_guard_warns_and_bad_flag_exits_2() -> None:
    """An unguarded 0.0.0.0 bind prints a warning; an invalid limit is one line and exit 2."""
    with StandIn() as standin, serve_process(standin, "--host", "0.0.0.0") as started:
        process, _, seen = started
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=10)
    assert process.returncode == 0
    assert "anyone who can reach this port can spend your API credits" in "".join(seen)
    bad = subprocess.run(
        [sys.executable, "-m", "resume_chat", "serve", "--questions-per-minute", "0"],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert bad.returncode == 2
    assert bad.stderr.count("\n") == 1
    assert "--questions-per-minute is invalid" in bad.stderr  # the flag as typed
    assert "(got '0')" in bad.stderr
    origin = subprocess.run(
        [sys.executable, "-m", "resume_chat", "serve", "--allow-origin", "example.com"],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert origin.returncode == 2
    assert origin.stderr.startswith("resume-chat: --allow-origin is invalid: ")
    assert "(got 'example.com')" in origin.stderr


def test_port_in_use_is_one_line_and_exit_2() -> None:
    """A port another server holds is a one-line error naming the address, never a traceback."""
    with StandIn() as standin, serve_process(standin) as started:
        process, port, _ = started
        taken = subprocess.run(
            [sys.executable, "-m", "resume_chat", "serve", "--offline", "--port", str(port)],
            capture_output=True,
            text=True,
            timeout=30,
        )
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=10)
    assert taken.returncode == 2
    assert "Traceback" not in taken.stderr
    assert f"Cannot listen on 127.0.0.1:{port}" in taken.stderr
    assert taken.stderr.strip().splitlines()[-1].startswith("resume-chat: Cannot listen")


@pytest.mark.parametrize("loop", ["asyncio", "uvloop"])
async def test_out_of_file_descriptors_is_one_warning_and_clients_get_in_again(loop: str) -> None:
    """accept() failing with EMFILE is one warning, not a traceback per try (Python 3.11
    logged thousands a second); once the silent sockets leave, a client is served. uvloop
    (libuv) closes the queued connections itself when out of descriptors, so it may not warn."""
    if loop == "uvloop":
        pytest.importorskip("uvloop")
    flags = ("--max-handshakes", "500", "--handshake-timeout", "60")
    env = {"RESUME_CHAT_SERVE_EVENT_LOOP": loop}
    with (
        StandIn() as standin,
        serve_process(standin, *flags, open_files=64, env=env) as started,
    ):
        process, port, _ = started
        silent = [socket.create_connection(("127.0.0.1", port)) for _ in range(120)]
        await asyncio.sleep(2)  # accept() runs out of descriptors and is retried each second
        for sock in silent:
            sock.close()
        async with asyncio.timeout(20):
            while True:  # the server accepts again within a second or so
                try:
                    async with connect(f"ws://127.0.0.1:{port}/ws", open_timeout=2) as websocket:
                        assert (await receive(websocket))["type"] == "session"
                        break
                # A connection libuv queued while out of descriptors and then closed itself
                # ends before any response: the next try gets in.
                except (OSError, TimeoutError, InvalidMessage):
                    await asyncio.sleep(0.2)
        process.send_signal(signal.SIGTERM)
        assert process.stderr is not None
        _, log = await asyncio.to_thread(process.communicate, timeout=10)
    assert "Traceback" not in log
    assert log.count("cannot accept connections") == (1 if loop == "asyncio" else 0)
