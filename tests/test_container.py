"""The image: built from the Dockerfile, run with the resume mounted read-only, it turns healthy
and answers a question over its WebSocket from a stand-in provider. Skipped, with the reason,
where no container engine runs (the development sandbox has a docker client and no daemon)."""

from __future__ import annotations

import asyncio
import json
import re
import shutil
import socket
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.standin import Reply, StandIn

ROOT = Path(__file__).resolve().parent.parent
IMAGE = "resume-chat:test"


def running_engine() -> str:
    """The path of podman or docker if one can run containers here; else the test skips."""
    reasons = []
    for name in ("podman", "docker"):
        path = shutil.which(name)
        if path is None:
            reasons.append(f"{name} is not installed")
            continue
        info = subprocess.run([path, "info"], capture_output=True, text=True, timeout=60)
        if info.returncode == 0:
            return path
        last = (info.stderr.strip().splitlines() or ["no output"])[-1]
        reasons.append(f"{name} cannot run containers ({last[:120]})")
    pytest.skip("no container engine runs here: " + "; ".join(reasons))


def base_images() -> list[str]:
    """The images the Dockerfile starts from (FROM and COPY --from)."""
    text = (ROOT / "Dockerfile").read_text()
    names = re.findall(r"^FROM (\S+)", text, re.MULTILINE)
    names += re.findall(r"^COPY --from=(\S+/\S+)", text, re.MULTILINE)
    return sorted(set(names))


@pytest.fixture(scope="module")
def image() -> Iterator[str]:
    engine = running_engine()
    for base in base_images():
        pulled = subprocess.run([engine, "pull", base], capture_output=True, text=True, timeout=600)
        if pulled.returncode != 0:
            last = (pulled.stderr.strip().splitlines() or ["no output"])[-1]
            pytest.skip(f"{engine} cannot pull the base image {base}: {last[:160]}")
    built = subprocess.run(
        [engine, "build", "--tag", IMAGE, str(ROOT)], capture_output=True, text=True, timeout=1200
    )
    assert built.returncode == 0, built.stderr[-3000:]
    yield engine
    subprocess.run([engine, "rmi", "--force", IMAGE], capture_output=True, timeout=120)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def wait_healthy(port: int, seconds: float) -> dict[str, object]:
    deadline = time.monotonic() + seconds
    while True:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=2) as reply:
                health: dict[str, object] = json.load(reply)
                return health
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.5)


async def ask(port: int, question: str) -> str:
    from websockets.asyncio.client import connect

    async with connect(f"ws://127.0.0.1:{port}/ws") as websocket:
        await websocket.send(json.dumps({"type": "question", "content": question}))
        while True:
            async with asyncio.timeout(30):
                message = json.loads(await websocket.recv())
            if message["type"] in ("answer", "error"):
                return str(message.get("content") or message)


def test_the_image_answers_a_question(image: str) -> None:
    engine, port = image, free_port()
    with StandIn(keep_alive=True) as standin:
        standin.script(Reply(text="Maya works at Northwind, from a container."))
        name = f"resume-chat-test-{port}"
        started = subprocess.run(
            [engine, "run", "--detach", "--rm", "--name", name, "--network", "host",
             "--read-only", "--tmpfs", "/data:rw,mode=1777",
             "--volume", f"{ROOT / 'data' / 'resume.md'}:/resume/resume.md:ro",
             "--env", f"OPENROUTER_BASE_URL={standin.base_url}",
             "--env", "OPENROUTER_API_KEY=sk-or-v1-container-test",
             "--env", f"RESUME_CHAT_SERVE_PORT={port}",
             IMAGE],
            capture_output=True, text=True, timeout=120,
        )  # fmt: skip
        assert started.returncode == 0, started.stderr
        try:
            assert wait_healthy(port, 60)["status"] == "ok"
            answer = asyncio.run(ask(port, "Where does Maya work?"))
            assert answer == "Maya works at Northwind, from a container."
            user = subprocess.run(
                [engine, "exec", name, "id", "-u"], capture_output=True, text=True, timeout=30
            )
            assert user.stdout.strip() == "10001"  # never root
        finally:
            subprocess.run([engine, "rm", "--force", name], capture_output=True, timeout=60)
