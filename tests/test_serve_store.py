"""serve and the conversation store: reconnect tokens, retention and a spend cap that holds,
on real SQLite files and a real PostgreSQL server (tests/postgres.py)."""

from __future__ import annotations

import asyncio
import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from resume_chat.serve.storage import StoreChoice
from resume_chat.store.location import StoreTarget
from resume_chat.store.records import NewConversation
from resume_chat.store.store import open_store
from tests.postgres import Backend, backend, postgres_server  # noqa: F401
from tests.serve_client import client, running, ws_url
from tests.standin import Reply, StandIn
from tests.test_serve_server import eventually, history_of

# 0 in, 0.9765625 out per million: max_tokens (1024) x out = exactly 0.001 USD per answer.
PRICES = (0.0, 0.9765625)


def kept_in(where: Backend, days: int = 30) -> StoreChoice:
    return StoreChoice(True, where.url, days)


def target(where: Backend) -> StoreTarget:
    if where.path is not None:
        return StoreTarget(path=where.path)
    return StoreTarget(url=where.url)


async def test_reconnecting_with_the_token_continues_the_conversation(backend: Backend) -> None:  # noqa: F811
    """The session frame carries a token; /ws?resume=TOKEN, even on another server sharing
    the database, loads the earlier turns: the provider is sent them with the next question."""
    with StandIn() as standin:
        standin.script(Reply(text="First answer."), Reply(text="Second answer."))
        async with running(standin, store=kept_in(backend)) as chat, client(chat) as first:
            await first.ask("First question?")
        token = first.started["resume"]
        assert len(token) >= 22  # 128 bits or more, URL-safe base64
        assert first.started["retention_days"] == 30
        async with (
            running(standin, store=kept_in(backend)) as other,
            client(other, f"?resume={token}") as again,
        ):
            _, final = await again.ask("Second question?")
    assert again.started["resume"] == token
    assert final["content"] == "Second answer."
    assert history_of(standin.requests[1].body) == [
        "First question?",
        "First answer.",
        "Second question?",
    ]
    store = await asyncio.to_thread(open_store, target(backend))
    try:
        [conversation] = store.conversations()
        assert conversation.source == "serve"
        assert [turn.question for turn in store.turns(conversation.id)] == [
            "First question?",
            "Second question?",
        ]
        rows = store.db.query("SELECT * FROM conversations") + store.db.query("SELECT * FROM turns")
    finally:
        store.close()
    kept = repr(rows)
    assert "127.0.0.1" not in kept  # never an address
    assert token not in kept  # the token only as its SHA-256


async def test_a_bad_token_starts_a_new_conversation(tmp_path: Path) -> None:
    """An unknown token is no error and no oracle: a new conversation with a new token."""
    store = StoreChoice(True, str(tmp_path / "c.db"), 30)
    with StandIn() as standin:
        async with (
            running(standin, store=store) as chat,
            client(chat, "?resume=" + "A" * 32) as session,
        ):
            _, final = await session.ask("Anyone?")
    assert final["type"] == "answer"
    assert session.started["resume"] not in (None, "A" * 32)
    assert history_of(standin.requests[0].body) == ["Anyone?"]


async def test_clear_starts_a_new_stored_conversation_with_a_new_token(tmp_path: Path) -> None:
    """After clear, the token the client is given continues the new conversation only."""
    store = StoreChoice(True, str(tmp_path / "c.db"), 30)
    with StandIn() as standin:
        async with running(standin, store=store) as chat:
            async with client(chat) as session:
                await session.ask("Before?")
                await session.send({"type": "clear"})
                cleared = await session.receive()
                await session.ask("After?")
            async with client(chat, f"?resume={cleared['resume']}") as again:
                await again.ask("Later?")
    assert cleared["resume"] != session.started["resume"]
    assert history_of(standin.requests[2].body) == ["After?", standin_answer(), "Later?"]


def standin_answer() -> str:
    return Reply().text


async def test_without_a_store_the_session_frame_says_nothing_is_kept() -> None:
    """resume and retention_days are null; a token is ignored; clear says only cleared."""
    with StandIn() as standin:
        async with running(standin) as chat, client(chat, "?resume=" + "B" * 32) as session:
            await session.send({"type": "clear"})
            cleared = await session.receive()
    assert session.started["resume"] is None
    assert session.started["retention_days"] is None
    assert cleared == {"type": "cleared"}


@pytest.mark.parametrize("kept", [False, True])
async def test_the_daily_spend_cap_holds_under_20_concurrent_questions(
    kept: bool,
    backend: Backend,  # noqa: F811
) -> None:
    """Each answer reserves its estimate (0.001 USD) before it starts: under a cap of 3.5
    answers' worth, 3 of 20 questions asked at once are answered, the rest refused (before,
    all 20 were answered: the cap was only checked against costs already reported)."""
    if not kept and backend.name != "sqlite":
        pytest.skip("without a store the backend does not matter")
    store = kept_in(backend) if kept else None
    with StandIn() as standin:
        standin.responder = lambda body: Reply(event_delay=0.05)  # all reserve before one ends
        async with running(
            standin, store=store, daily_spend_cap=0.0035, price_per_million=PRICES
        ) as chat:
            finals = await asyncio.gather(*(one_question(chat, n) for n in range(20)))
    codes = [final.get("code", final["type"]) for final in finals]
    assert codes.count("answer") == 3
    assert codes.count("spend_cap_reached") == 17
    assert len(standin.requests) == 3


async def one_question(chat: Any, number: int) -> dict[str, Any]:
    async with client(chat) as session:
        _, final = await session.ask(f"Question {number}?")
        return final


async def test_settled_costs_free_the_cap_for_later_answers(tmp_path: Path) -> None:
    """A settled answer counts its reported cost (0.000123), not its estimate (0.001)."""
    store = StoreChoice(True, str(tmp_path / "c.db"), 30)
    with StandIn() as standin:
        async with running(
            standin, store=store, daily_spend_cap=0.0015, price_per_million=PRICES
        ) as chat:
            finals = [await one_question(chat, n) for n in range(4)]
    assert [final["type"] for final in finals] == ["answer"] * 4


async def test_visitor_conversations_past_retention_are_purged_at_start(tmp_path: Path) -> None:
    """At start-up, visitors' conversations idle past the window go; recent ones and your
    own (`ask`) stay."""
    path = tmp_path / "c.db"
    store = open_store(StoreTarget(path=path))
    old = dt.datetime.now(dt.UTC) - dt.timedelta(days=8)
    for conversation_id, source, started in [
        ("a" * 32, "serve", old),
        ("b" * 32, "ask", old),
        ("c" * 32, "serve", dt.datetime.now(dt.UTC)),
    ]:
        store.start_conversation(NewConversation(conversation_id, source, started))
    store.close()
    with StandIn() as standin:
        async with running(standin, store=StoreChoice(True, str(path), 7)):

            def remaining() -> list[str]:
                reopened = open_store(StoreTarget(path=path))
                try:
                    return sorted(c.id[0] for c in reopened.conversations())
                finally:
                    reopened.close()

            await eventually(lambda: remaining() == ["b", "c"])


async def test_two_servers_on_one_sqlite_file_share_the_connection_limit(tmp_path: Path) -> None:
    """max_connections 2 on two servers sharing a file: one session on each, and a third is
    refused with 503 by both; when one leaves, the other server admits one again."""
    from tests.test_serve_handshake import refused_status

    store = StoreChoice(True, str(tmp_path / "c.db"), 30)
    with StandIn() as standin:
        async with (
            running(standin, store=store, max_connections=2, heartbeat=0.05) as one,
            running(standin, store=store, max_connections=2, heartbeat=0.05) as two,
            client(one),
        ):
            async with client(two):
                await eventually(lambda: one.sessions == two.sessions == 2)
                assert await refused_status(ws_url(one)) == 503
                assert await refused_status(ws_url(two)) == 503
            await eventually(lambda: one.sessions == 1)
            async with client(one) as again:
                assert again.started["type"] == "session"
