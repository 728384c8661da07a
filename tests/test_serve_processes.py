"""`resume-chat serve` as real processes over a real store: --workers, two servers on one
PostgreSQL (one conversation, one connection limit), PostgreSQL stopped mid-serve, --no-store."""

from __future__ import annotations

import asyncio
import json
import os
import signal
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager
from pathlib import Path
from typing import Any

import pytest
from websockets.asyncio.client import connect

from resume_chat.store.instances import InstanceRegistry
from resume_chat.store.location import StoreTarget
from resume_chat.store.store import open_store
from tests.postgres import PostgresServer, postgres_server, start_server  # noqa: F401
from tests.serve_client import http_request, raw_exchange, receive
from tests.standin import Reply, StandIn
from tests.test_serve_cli import serve_process
from tests.test_serve_handshake import refused_status
from tests.test_serve_server import eventually, history_of
from tests.test_serve_store import PRICES


async def ask(port: int, question: str, query: str = "") -> tuple[dict[str, Any], dict[str, Any]]:
    """Connect, ask one question; (session frame, final frame)."""
    async with connect(f"ws://127.0.0.1:{port}/ws{query}") as websocket:
        started = await receive(websocket)
        await websocket.send(json.dumps({"type": "question", "content": question}))
        while True:
            final = await receive(websocket)
            if final["type"] != "chunk":
                return started, final


def stored_questions(where: StoreTarget) -> list[str]:
    store = open_store(where)
    try:
        return [
            turn.question
            for conversation in store.conversations()
            for turn in store.turns(conversation.id)
        ]
    finally:
        store.close()


async def test_workers_share_the_port_and_the_spend_cap_and_stop_on_sigterm(
    tmp_path: Path,
) -> None:
    """--workers 2: /health is answered by two PIDs; 20 questions at once under a cap of 3.5
    answers get 3 answers across both processes (counted in one SQLite file); SIGTERM stops
    all of it with exit code 0."""
    database = tmp_path / "c.db"
    env = {
        "RESUME_CHAT_STORE": "on",
        "RESUME_CHAT_SERVE_PRICE_PER_MILLION": ",".join(map(str, PRICES)),
        "RESUME_CHAT_RETENTION_DAYS": "7",
    }
    flags = ("--workers", "2", "--database", str(database), "--daily-spend-cap", "0.0035")
    with (
        StandIn(lambda body: Reply(event_delay=0.05)) as standin,
        serve_process(standin, *flags, env=env) as (process, port, seen),
    ):
        assert "2 workers" in seen[-1]
        pids: set[int] = set()
        for _ in range(200):
            _, _, body = await raw_exchange(port, http_request("GET", "/health"))
            pids.add(json.loads(body)["pid"])
            if len(pids) == 2:
                break
        finals = await asyncio.gather(*(ask(port, f"Q{n}?") for n in range(20)))
        process.send_signal(signal.SIGTERM)
        _, log = await asyncio.to_thread(process.communicate, timeout=20)
    assert len(pids) == 2
    assert process.pid not in pids
    assert process.returncode == 0, log
    codes = [final.get("code", final["type"]) for _, final in finals]
    assert codes.count("answer") == 3
    assert codes.count("spend_cap_reached") == 17
    assert {started["retention_days"] for started, _ in finals} == {7}
    for pid in pids:  # the workers are gone too
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)
    assert len(stored_questions(StoreTarget(path=database))) == 3


async def test_a_conversation_started_on_one_server_continues_on_another(
    postgres_server: PostgresServer,  # noqa: F811
) -> None:
    """Two serve processes on one PostgreSQL: the token from one continues on the other."""
    url = postgres_server.database()
    env = {"RESUME_CHAT_STORE": "on"}
    with StandIn() as standin:
        standin.script(Reply(text="From one."), Reply(text="From two."))
        with (
            serve_process(standin, "--database", url, env=env) as (first, one, _),
            serve_process(standin, "--database", url, env=env) as (second, two, _),
        ):
            started, _ = await ask(one, "Asked on one?")
            again, final = await ask(two, "Asked on two?", f"?resume={started['resume']}")
            for process in (first, second):  # a graceful stop finishes every write
                process.send_signal(signal.SIGTERM)
                await asyncio.to_thread(process.communicate, timeout=20)
    assert again["resume"] == started["resume"]
    assert final["content"] == "From two."
    assert history_of(standin.requests[1].body) == ["Asked on one?", "From one.", "Asked on two?"]
    assert stored_questions(StoreTarget(url=url)) == ["Asked on one?", "Asked on two?"]


async def test_postgresql_stopped_mid_serve_answers_go_on_with_one_warning() -> None:
    """The database goes away: one "history is off" warning, every answer still given, and
    what was stored before is still there when the server comes back."""
    server = start_server()
    try:
        url = server.database()
        env = {"RESUME_CHAT_STORE": "on"}
        with StandIn() as standin, serve_process(standin, "--database", url, env=env) as run:
            process, port, _ = run
            started, first = await ask(port, "Before?")
            target = StoreTarget(url=url)
            await eventually(lambda: stored_questions(target) == ["Before?"])
            await asyncio.to_thread(server.stop)
            finals = [
                (await ask(port, "During?", f"?resume={started['resume']}"))[1],
                (await ask(port, "And again?"))[1],
            ]
            process.send_signal(signal.SIGTERM)
            _, log = await asyncio.to_thread(process.communicate, timeout=20)
        await asyncio.to_thread(server.start_again)
        kept = stored_questions(StoreTarget(url=url))
    finally:
        server.close()
    assert first["type"] == "answer"
    assert [final["type"] for final in finals] == ["answer", "answer"]
    assert log.count("history is off") == 1, log
    assert "Traceback" not in log
    assert process.returncode == 0
    assert kept == ["Before?"]


@pytest.mark.parametrize("how", ["--no-store", "RESUME_CHAT_STORE=off"])
async def test_no_store_keeps_nothing(how: str, tmp_path: Path) -> None:
    """With --no-store (or RESUME_CHAT_STORE=off) no database is made and the session frame
    offers no token and no retention."""
    database = tmp_path / "c.db"
    flags = ["--database", str(database)] + ([how] if how.startswith("--") else [])
    env = {"RESUME_CHAT_STORE": "off" if how.endswith("off") else "on"}
    with StandIn() as standin, serve_process(standin, *flags, env=env) as (process, port, _):
        started, final = await ask(port, "Kept?")
        process.send_signal(signal.SIGTERM)
        await asyncio.to_thread(process.communicate, timeout=20)
    assert final["type"] == "answer"
    assert started["resume"] is None
    assert started["retention_days"] is None
    assert not database.exists()


@asynccontextmanager
async def connected(port: int) -> AsyncIterator[None]:
    """An open session (its `session` frame read) on the server at `port`."""
    async with connect(f"ws://127.0.0.1:{port}/ws") as websocket:
        assert (await receive(websocket))["type"] == "session"
        yield


async def until_sessions(port: int, count: int, seconds: float = 15) -> None:
    """Wait until the server at `port` counts `count` open sessions across every server."""
    seen = None
    try:
        async with asyncio.timeout(seconds):
            while seen != count:
                _, _, body = await raw_exchange(port, http_request("GET", "/health"))
                seen = json.loads(body)["sessions"]
                await asyncio.sleep(0.05)
    except TimeoutError:
        raise AssertionError(f"port {port} counts {seen} sessions, not {count}") from None


def instance_rows(url: str) -> dict[str, int]:
    store = open_store(StoreTarget(url=url))
    try:
        return InstanceRegistry(store).counts()
    finally:
        store.close()


# Heartbeats of 0.3 s: rows are fresh for 0.9 s.
LIMIT_ENV = {"RESUME_CHAT_STORE": "on", "RESUME_CHAT_SERVE_HEARTBEAT": "0.3"}


async def test_the_connection_limit_holds_across_two_servers_on_one_postgresql(
    postgres_server: PostgresServer,  # noqa: F811
) -> None:
    """--max-connections 3 on two serve processes sharing PostgreSQL: with 2 sessions on one
    and 1 on the other, a fourth is refused with 503 on either; once the first's clients
    leave, the second admits two more; a server stopped with SIGTERM deletes its row at once."""
    url = postgres_server.database()
    flags = ("--database", url, "--max-connections", "3")
    with (
        StandIn() as standin,
        serve_process(standin, *flags, env=LIMIT_ENV) as (first, one, _),
        serve_process(standin, *flags, env=LIMIT_ENV) as (second, two, _),
    ):
        async with AsyncExitStack() as on_one, connected(two):
            for _ in range(2):
                await on_one.enter_async_context(connected(one))
            await until_sessions(one, 3)
            await until_sessions(two, 3)
            assert await refused_status(f"ws://127.0.0.1:{one}/ws") == 503
            assert await refused_status(f"ws://127.0.0.1:{two}/ws") == 503
            await on_one.aclose()  # the first server's clients leave
            await until_sessions(two, 1)
            async with connected(two), connected(two):
                await until_sessions(one, 3)
                assert await refused_status(f"ws://127.0.0.1:{one}/ws") == 503
        assert len(instance_rows(url)) == 2
        first.send_signal(signal.SIGTERM)
        await asyncio.to_thread(first.communicate, timeout=20)
        # At once, not after the freshness window: the stopping server deleted its own row.
        assert len(await asyncio.to_thread(instance_rows, url)) == 1
        second.send_signal(signal.SIGTERM)
        await asyncio.to_thread(second.communicate, timeout=20)
    assert (first.returncode, second.returncode) == (0, 0)
    assert instance_rows(url) == {}


async def test_a_killed_server_stops_counting_after_the_freshness_window(
    postgres_server: PostgresServer,  # noqa: F811
) -> None:
    """A server killed with SIGKILL cannot delete its row: its 2 sessions still count on the
    other for up to three heartbeats, then no longer, and its row is deleted."""
    url = postgres_server.database()
    flags = ("--database", url, "--max-connections", "3")
    with (
        StandIn() as standin,
        serve_process(standin, *flags, env=LIMIT_ENV) as (first, one, _),
        serve_process(standin, *flags, env=LIMIT_ENV) as (second, two, _),
    ):
        async with AsyncExitStack() as on_one, connected(two):
            for _ in range(2):
                await on_one.enter_async_context(connected(one))
            await until_sessions(two, 3)
            assert await refused_status(f"ws://127.0.0.1:{two}/ws") == 503
            first.kill()
            await asyncio.to_thread(first.wait, 10)
            await until_sessions(two, 1)  # the dead server's row is no longer counted
            async with connected(two), connected(two):
                await until_sessions(two, 3)
                assert await refused_status(f"ws://127.0.0.1:{two}/ws") == 503
            rows = await asyncio.to_thread(instance_rows, url)
        second.send_signal(signal.SIGTERM)
        await asyncio.to_thread(second.communicate, timeout=20)
    assert first.returncode == -signal.SIGKILL
    assert len(rows) == 1  # the killed server's row was deleted
