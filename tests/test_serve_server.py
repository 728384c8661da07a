"""The WebSocket protocol end to end: a real client, the server on a free port, the stand-in."""

from __future__ import annotations

import asyncio
import json
import logging
import uuid
from collections.abc import Callable

import pytest

from tests.serve_client import API_KEY, client, running, settings_for
from tests.standin import Reply, StandIn


async def eventually(condition: Callable[[], bool], seconds: float = 5) -> None:
    """Wait until the server side catches up with what the client already saw."""
    async with asyncio.timeout(seconds):
        # Polling: the server's counters have no event to wait on, and need none.
        while not condition():  # noqa: ASYNC110
            await asyncio.sleep(0.01)


def history_of(body: dict[str, object] | None) -> list[str]:
    """The non-system message contents the provider was sent."""
    assert body is not None
    messages = body["messages"]
    assert isinstance(messages, list)
    return [m["content"] for m in messages if m["role"] != "system"]


async def test_connect_announces_session_and_model() -> None:
    """On connect the server sends a session message with a UUID and the model."""
    with StandIn() as standin:
        async with running(standin) as chat, client(chat) as session:
            assert session.started["model"] == "openai/gpt-5-mini"
            assert uuid.UUID(session.started["session_id"]).version == 4


async def test_answer_streams_in_chunks_then_full_answer_with_usage() -> None:
    """Chunks arrive in order and the final answer carries the whole text and usage."""
    with StandIn() as standin:
        standin.script(Reply(text="Maya led payments at Northwind.", delta_chars=4))
        async with running(standin) as chat, client(chat) as session:
            chunks, final = await session.ask("Where does Maya work?")
    assert len(chunks) == 8
    assert final["type"] == "answer"
    assert "".join(chunks) == final["content"] == "Maya led payments at Northwind."
    assert final["usage"]["completion_tokens"] == 24
    assert final["usage"]["cost"] == pytest.approx(0.000123)


async def test_sessions_share_kept_alive_upstream_connections() -> None:
    """Answers for different clients go over reused keep-alive connections to the provider."""
    with StandIn(keep_alive=True) as standin:
        async with running(standin) as chat, client(chat) as first, client(chat) as second:
            for number in range(3):
                for session in (first, second):
                    chunks, final = await session.ask(f"Question {number}?")
                    assert final["type"] == "answer"
                    assert "".join(chunks) == final["content"]
            # Two clients asking in turn never need more than one connection at a time.
            assert len(standin.requests) == 6
            assert standin.connections == 1


async def test_answer_without_reported_usage_has_null_usage() -> None:
    """When the provider reports no usage, the answer says null."""
    with StandIn() as standin:
        standin.script(Reply(text="Yes.", usage=None))
        async with running(standin) as chat, client(chat) as session:
            _, final = await session.ask("Python?")
    assert final == {
        "type": "answer",
        "content": "Yes.",
        "usage": None,
        "model": "openai/gpt-5-mini",
        "finish_reason": "stop",
    }


async def test_history_is_kept_per_session_and_sent_upstream() -> None:
    """The second question is sent with the first turn of the same session."""
    with StandIn() as standin:
        standin.script(Reply(text="First answer."), Reply(text="Second answer."))
        async with running(standin) as chat, client(chat) as session:
            await session.ask("First question?")
            await session.ask("Second question?")
    assert history_of(standin.requests[1].body) == [
        "First question?",
        "First answer.",
        "Second question?",
    ]


async def test_two_clients_have_separate_conversations() -> None:
    """One client's turns never reach the other's requests, and their ids differ."""
    with StandIn() as standin:
        async with running(standin) as chat, client(chat) as alice, client(chat) as bob:
            await alice.ask("Alice asks first?")
            await bob.ask("Bob asks?")
            assert alice.started["session_id"] != bob.started["session_id"]
    assert history_of(standin.requests[1].body) == ["Bob asks?"]
    sent_ids = {request.body["session_id"] for request in standin.requests if request.body}
    assert sent_ids == {alice.started["session_id"], bob.started["session_id"]}


async def test_clear_forgets_the_conversation() -> None:
    """After clear is acknowledged, the next question is sent without history."""
    with StandIn() as standin:
        async with running(standin) as chat, client(chat) as session:
            await session.ask("Before?")
            await session.send({"type": "clear"})
            assert await session.receive() == {"type": "cleared"}
            await session.ask("After?")
    assert history_of(standin.requests[1].body) == ["After?"]


async def test_history_turns_bounds_what_a_session_remembers() -> None:
    """With history_turns=1 only the latest turn is kept and sent."""
    with StandIn() as standin:
        async with running(standin, history_turns=1) as chat, client(chat) as session:
            for question in ("One?", "Two?", "Three?"):
                await session.ask(question)
    assert history_of(standin.requests[2].body)[0] == "Two?"
    assert len(history_of(standin.requests[2].body)) == 3


@pytest.mark.parametrize(
    ("frame", "code"),
    [
        ("{not json", "invalid_json"),
        ('"just a string"', "invalid_message"),
        ('{"type": "dance"}', "unknown_type"),
        ('{"content": "no type"}', "unknown_type"),
        ('{"type": "question"}', "invalid_message"),
        ('{"type": "question", "content": 42}', "invalid_message"),
        ('{"type": "question", "content": "   "}', "empty_question"),
        (json.dumps({"type": "question", "content": "x" * 4001}), "question_too_long"),
        ('{"type": "question", "content": "Where \\udcff?"}', "invalid_question"),
        (b"\x00binary", "binary_frame"),
    ],
)
async def test_bad_messages_get_an_error_and_the_connection_stays_usable(
    frame: str | bytes, code: str
) -> None:
    """Each bad frame is answered with its error code; the next question is answered."""
    with StandIn() as standin:
        async with running(standin) as chat, client(chat) as session:
            await session.send(frame)
            error = await session.receive()
            _, final = await session.ask("Still there?")
    assert error["type"] == "error"
    assert error["code"] == code
    assert error["message"].endswith(".")
    assert final["type"] == "answer"
    assert len(standin.requests) == 1


async def test_question_while_answering_is_refused() -> None:
    """A second question during an answer gets answer_in_progress; the first completes."""
    with StandIn() as standin:
        standin.script(Reply(text="A slow and careful answer.", event_delay=0.02))
        async with running(standin) as chat, client(chat) as session:
            await session.send({"type": "question", "content": "Slow?"})
            first = await session.receive()
            await session.send({"type": "question", "content": "Impatient?"})
            chunks, final = await session.until_done()
            while final["type"] == "error":
                refused = final
                more, final = await session.until_done()
                chunks += more
    assert first["type"] == "chunk"
    assert refused["code"] == "answer_in_progress"
    assert final["content"] == "A slow and careful answer."
    assert len(standin.requests) == 1


async def test_questions_per_minute_is_enforced_per_connection() -> None:
    """Past the per-minute limit a client is refused, while another client is not."""
    with StandIn() as standin:
        async with running(standin, questions_per_minute=2) as chat, client(chat) as eager:
            await eager.ask("One?")
            await eager.ask("Two?")
            _, refused = await eager.ask("Three?")
            async with client(chat) as other:
                _, answered = await other.ask("Mine?")
    assert refused["code"] == "too_many_questions"
    assert answered["type"] == "answer"
    assert len(standin.requests) == 3


async def test_daily_spend_cap_stops_questions_across_sessions() -> None:
    """Once reported cost reaches the cap, every session gets spend_cap_reached."""
    with StandIn() as standin:
        async with running(standin, daily_spend_cap=0.0001) as chat:
            async with client(chat) as first:
                _, answered = await first.ask("Costly?")
            async with client(chat) as second:
                _, refused = await second.ask("More?")
    assert answered["type"] == "answer"
    assert refused["code"] == "spend_cap_reached"
    assert len(standin.requests) == 1


@pytest.mark.parametrize(
    ("reply", "code"),
    [
        (Reply(status=429, headers={"Retry-After": "1"}), "rate_limited"),
        (Reply(status=402), "insufficient_credits"),
        (Reply(status=401), "unauthorized"),
        (Reply(status=503), "upstream_error"),
        (Reply(error={"code": 502, "message": "provider down"}), "stream_error"),
        (Reply(stall_after_events=3), "timeout"),
    ],
)
async def test_provider_failures_are_errors_and_the_connection_stays_usable(
    reply: Reply, code: str
) -> None:
    """Every provider failure becomes one error message; the next question works."""
    with StandIn() as standin:
        standin.script(reply, Reply(text="Recovered."))
        # A short limit only where the stall is the failure: elsewhere it only made the next
        # question time out on a loaded machine (CI once saw "Recovered." missing).
        settings = settings_for(standin, timeout=0.3 if code == "timeout" else 5.0)
        async with running(standin, settings=settings) as chat, client(chat) as session:
            _, error = await session.ask("Fail?")
            _, final = await session.ask("Again?")
    assert error["type"] == "error"
    assert error["code"] == code
    assert final["content"] == "Recovered."
    assert history_of(standin.requests[1].body) == ["Again?"]


async def test_disconnect_mid_answer_cancels_upstream_and_spares_others() -> None:
    """A client leaving mid-answer closes its upstream stream; another client is served."""
    with StandIn() as standin:
        standin.script(Reply(text="x" * 600, delta_chars=2, event_delay=0.01))
        async with running(standin) as chat:
            async with client(chat) as leaver:
                await leaver.send({"type": "question", "content": "Long?"})
                assert (await leaver.receive())["type"] == "chunk"
            assert await asyncio.to_thread(standin.disconnected.wait, 5)
            async with client(chat) as stayer:
                _, final = await stayer.ask("Fine?")
            await eventually(lambda: chat.open_sessions == 0)
    assert final["type"] == "answer"


async def test_slow_reader_does_not_delay_another_client() -> None:
    """A client that stops reading a long answer does not hold up another client's answer."""
    with StandIn() as standin:
        standin.script(Reply(text="y" * 400_000, delta_chars=50))
        async with (
            running(standin) as chat,
            client(chat, max_queue=1, close_timeout=0.2) as stuck,
        ):
            await stuck.send({"type": "question", "content": "Everything?"})
            await asyncio.sleep(0.2)  # stuck reads nothing more; its socket fills up
            async with client(chat) as fast:
                _, final = await fast.ask("Quick?")
            assert final["content"] == "Maya works at **Northwind Payments**."


async def test_logs_and_frames_never_contain_the_key(caplog: pytest.LogCaptureFixture) -> None:
    """Open, each answer and close are logged at INFO with the session id; no key anywhere."""
    caplog.set_level(logging.INFO, logger="resume_chat")
    with StandIn() as standin:
        standin.script(Reply(), Reply(status=401))
        async with running(standin) as chat, client(chat) as session:
            await session.ask("Logged?")
            await session.ask("Refused?")
    session_id = session.started["session_id"]
    lines = [record.getMessage() for record in caplog.records if record.name.endswith("serve")]
    assert [line.split()[0] for line in lines] == ["open", "answer", "answer", "close"]
    assert all(f"session={session_id}" in line for line in lines)
    assert "812 in · 24 out" in lines[1]
    assert "failed" in lines[2]
    assert "unauthorized" in lines[2]
    assert len(session.frames) > 3
    assert API_KEY not in caplog.text + json.dumps(session.frames)


async def test_status_frames_tell_the_wait_before_the_first_chunk() -> None:
    """thinking at once, retrying with its wait and attempt, reasoning once; all before the
    first chunk, and the reasoning text itself never sent."""
    with StandIn() as standin:
        standin.script(
            Reply(status=429, headers={"Retry-After": "0"}),
            Reply(text="Yes.", reasoning="Hmm, the skills section lists Go."),
        )
        settings = settings_for(standin, max_retries=2)
        async with running(standin, settings=settings) as chat, client(chat) as session:
            _, final = await session.ask("Go?")
    assert final["type"] == "answer"
    kinds = [frame["type"] for frame in session.frames]
    statuses = [frame for frame in session.frames if frame["type"] == "status"]
    assert statuses == [
        {"type": "status", "state": "thinking"},
        {
            "type": "status",
            "state": "retrying",
            "seconds": 0.0,
            "attempt": 1,
            "of": 2,
            "reason": "rate_limited",
        },
        {"type": "status", "state": "reasoning"},
    ]
    assert max(i for i, kind in enumerate(kinds) if kind == "status") < kinds.index("chunk")
    assert "skills section lists" not in json.dumps(session.frames)


async def test_each_visitor_is_sent_upstream_as_a_salted_hash() -> None:
    """OpenRouter's `user`: the same for two sockets from one address, never the address."""
    with StandIn() as standin:
        async with running(standin) as chat:
            for _ in range(2):
                async with client(chat) as session:
                    await session.ask("Who?")
    users = [request.body["user"] for request in standin.requests if request.body]
    assert len(users) == 2
    assert users[0] == users[1]
    assert len(users[0]) == 32
    assert "127.0.0.1" not in users[0]
