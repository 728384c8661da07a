"""`resume-chat serve` as real processes over a real store: --workers, two servers on one
PostgreSQL, PostgreSQL stopped mid-serve, --no-store."""

from __future__ import annotations

import asyncio
import json
import os
import signal
from pathlib import Path
from typing import Any

import pytest
from websockets.asyncio.client import connect

from resume_chat.store.location import StoreTarget
from resume_chat.store.store import open_store
from tests.postgres import PostgresServer, postgres_server, start_server  # noqa: F401
from tests.serve_client import http_request, raw_exchange, receive
from tests.standin import Reply, StandIn
from tests.test_serve_cli import serve_process
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
