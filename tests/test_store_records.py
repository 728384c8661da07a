"""The store on a real SQLite file and a real PostgreSQL database: what is kept and read back."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from resume_chat.errors import ProviderError, RateLimitError
from resume_chat.events import Answered, Failed, Usage
from resume_chat.store import Interrupted, Recorder, UnknownConversationError
from resume_chat.store.location import store_target
from resume_chat.store.records import NewConversation, TurnRecord, utc_now
from resume_chat.store.store import ConversationStore, open_store
from tests.postgres import Backend, backend, postgres_server  # noqa: F401

T0 = dt.datetime(2025, 3, 1, 12, 0, tzinfo=dt.UTC)


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, now: dt.datetime = T0) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


@pytest.fixture
def store(backend: Backend) -> Iterator[ConversationStore]:  # noqa: F811
    opened = open_store(store_target({}, backend.url))
    yield opened
    opened.close()


def recorder(backend: Backend, warnings: list[str]) -> Recorder:  # noqa: F811
    return Recorder.from_environment({"RESUME_CHAT_DATABASE_URL": backend.url}, warnings.append)


def test_turns_are_kept_with_how_they_ended(backend: Backend) -> None:  # noqa: F811
    """Answered, cut off, failed (with its code) and interrupted turns all read back."""
    warnings: list[str] = []
    history = recorder(backend, warnings)
    log = history.begin("chat", model="openai/gpt-5-mini")
    usage = Usage.from_wire({"prompt_tokens": 10, "completion_tokens": 5, "cost": 0.0012})
    log.record("Where?", Answered("Oslo.", "openai/gpt-5-mini-2025", usage, 1.5), utc_now())
    log.record("More?", Answered("Long", "m", None, 2.0, "length"), utc_now())
    log.record("Again?", Failed(RateLimitError("slow down"), "", 0.5), utc_now())
    log.record("Stop?", Interrupted("half an ans", 0.7), utc_now())
    log.end()
    history.close()
    assert warnings == []

    store = open_store(store_target({}, backend.url))
    try:
        [conversation] = store.conversations()
        assert (conversation.id, conversation.source, conversation.turns) == (log.id, "chat", 4)
        assert conversation.first_question == "Where?"
        assert conversation.ended_at is not None
        turns = store.turns(log.id)
        assert [t.state for t in turns] == ["answered", "cut_off", "failed", "interrupted"]
        assert turns[0].model == "openai/gpt-5-mini-2025"
        assert turns[0].cost == 0.0012
        assert turns[0].usage == {"prompt_tokens": 10, "completion_tokens": 5, "cost": 0.0012}
        assert turns[2].error_code == "rate_limited"
        assert turns[3].answer == "half an ans"
        assert store.answered_turns(log.id) == [("Where?", "Oslo."), ("More?", "Long")]
    finally:
        store.close()


def test_a_conversation_without_a_question_leaves_nothing(backend: Backend) -> None:  # noqa: F811
    warnings: list[str] = []
    history = recorder(backend, warnings)
    history.begin("chat").end()
    history.close()
    store = open_store(store_target({}, backend.url))
    assert store.conversations() == []
    store.close()


def test_continuing_the_latest_or_a_given_conversation(backend: Backend) -> None:  # noqa: F811
    warnings: list[str] = []
    history = recorder(backend, warnings)
    first = history.begin("ask")
    first.record("One?", Answered("1", "m", None, 0.1), utc_now())
    second = history.begin("chat")
    second.record("Two?", Answered("2", "m", None, 0.1), utc_now())
    latest = history.continue_conversation()
    assert latest is not None
    assert latest.id == second.id
    assert latest.earlier == [("Two?", "2")]
    latest_ask = history.continue_conversation(source="ask")
    assert latest_ask is not None
    assert latest_ask.id == first.id
    by_prefix = history.continue_conversation(first.id[:6])
    assert by_prefix is not None
    assert by_prefix.earlier == [("One?", "1")]
    by_prefix.record("Three?", Answered("3", "m", None, 0.1), utc_now())
    again = history.continue_conversation(first.id)
    assert again is not None
    assert again.earlier == [("One?", "1"), ("Three?", "3")]
    with pytest.raises(UnknownConversationError):
        history.continue_conversation("ffffffffffffffffff")
    with pytest.raises(UnknownConversationError):
        history.continue_conversation("not-hex")
    history.close()
    assert warnings == []


def test_listing_filters_and_deleting(store: ConversationStore) -> None:
    clock = Clock()
    store.clock = clock
    ids = []
    for day, (source, question) in enumerate(
        [("ask", "Has she used Kafka?"), ("chat", "Where 100%_done?"), ("serve", "Languages?")]
    ):
        clock.now = T0 + dt.timedelta(days=day)
        conversation_id = store.start_conversation(new(source, clock.now))
        store.record_turn(conversation_id, turn(question, "An answer.", clock.now))
        ids.append(conversation_id)
    assert [c.id for c in store.conversations()] == ids[::-1]
    assert [c.id for c in store.conversations(source="chat")] == [ids[1]]
    assert [c.id for c in store.conversations(since=T0 + dt.timedelta(days=1))] == ids[:0:-1]
    assert [c.id for c in store.conversations(search="KAFKA")] == [ids[0]]
    assert [c.id for c in store.conversations(search="100%_")] == [ids[1]]
    assert store.conversations(search="0%x") == []
    assert store.delete_older_than(T0 + dt.timedelta(hours=12)) == 1
    assert store.delete([ids[1]]) == 1
    assert [c.id for c in store.conversations()] == [ids[2]]
    assert store.delete_all() == 1
    assert store.conversations() == []


def test_retention_purges_only_visitors_idle_past_the_window(store: ConversationStore) -> None:
    from resume_chat.store.spend import SpendLedger

    clock = Clock()
    store.clock = clock
    old_visitor = store.start_conversation(new("serve", T0))
    store.record_turn(old_visitor, turn("Old?", "Yes.", T0))
    active_visitor = store.start_conversation(new("serve", T0))
    store.record_turn(active_visitor, turn("Still?", "Yes.", T0 + dt.timedelta(days=25)))
    own_chat = store.start_conversation(new("chat", T0))
    SpendLedger(store).reserve(0.5, None)
    clock.now = T0 + dt.timedelta(days=31)
    assert store.purge_visitors(30) == 1
    assert {c.id for c in store.conversations()} == {active_visitor, own_chat}
    assert store.turns(old_visitor) == []
    assert SpendLedger(store, lambda: T0).spent_today() == 0.0  # old spend records go too


def test_reconnect_token_finds_the_conversation_within_the_window(backend: Backend) -> None:  # noqa: F811
    warnings: list[str] = []
    history = recorder(backend, warnings)
    log = history.begin("serve", reconnect_token="t" * 32)
    log.keep()
    found = history.reconnect("t" * 32, within_days=30)
    assert found is not None
    assert found.id == log.id
    assert history.reconnect("u" * 32, within_days=30) is None
    history.close()
    store = open_store(store_target({}, backend.url))
    [row] = store.db.query("SELECT reconnect_token_sha256 FROM conversations")
    assert row[0] is not None
    assert "t" * 32 not in row[0]
    store.close()


def new(source: str, at: dt.datetime) -> NewConversation:
    import uuid

    return NewConversation(uuid.uuid4().hex, source, at, "cv.md", "ab" * 32, "m")


def turn(question: str, answer: str, at: dt.datetime, state: str = "answered") -> TurnRecord:
    return TurnRecord(question, answer, state, at, at, model="m")


def test_failed_turn_keeps_the_provider_error_code(store: ConversationStore) -> None:
    from resume_chat.store.records import turn_from

    record = turn_from("Q?", Failed(ProviderError("boom"), "par", 1.0), utc_now())
    conversation_id = store.start_conversation(new("ask", utc_now()))
    store.record_turn(conversation_id, record)
    [kept] = store.turns(conversation_id)
    assert (kept.state, kept.error_code, kept.answer) == ("failed", "provider_error", "par")


def test_the_resume_hash_is_sha256_without_importing_hashlib() -> None:
    """The recorded resume hash is SHA-256 of the canonical reading, computed through CPython's
    own module: importing hashlib starts OpenSSL, a cost every `ask` would pay."""
    import hashlib

    from resume_chat.resume import parse_resume
    from resume_chat.store.recorder import resume_sha256
    from tests.imports import modules_after

    resume = parse_resume("# Ann Lee\n\n## Experience\n\n- Café Noir, barista\n")
    assert resume_sha256(resume) == hashlib.sha256(resume.markdown.encode()).hexdigest()
    probe = (
        "from resume_chat.resume import parse_resume\n"
        "from resume_chat.store.recorder import resume_sha256\n"
        "resume_sha256(parse_resume('# Ann\\n'))"
    )
    assert "hashlib" not in modules_after(probe)


def test_a_last_turn_ends_its_conversation_in_the_same_write(backend: Backend) -> None:  # noqa: F811
    """`ask`'s one question: the turn and the conversation's end are one transaction, and
    `end()` after it writes nothing more; a later turn (`ask -c`) opens it again."""
    warnings: list[str] = []
    history = recorder(backend, warnings)
    log = history.begin("ask")
    log.record("Where?", Answered("Oslo.", "m", None, 0.1), utc_now(), ending=True)
    store = open_store(store_target({}, backend.url))
    try:
        [conversation] = store.conversations()
        assert conversation.ended_at is not None
        assert conversation.ended_at == conversation.last_active_at
        log.end()  # nothing more to write: the end it wrote stays
        [after_end] = store.conversations()
        assert after_end.ended_at == conversation.ended_at
        again = history.continue_conversation(log.id)
        assert again is not None
        again.record("And now?", Answered("Bergen.", "m", None, 0.1), utc_now())
        [reopened] = store.conversations()
        assert reopened.ended_at is None
    finally:
        store.close()
        history.close()
    assert warnings == []
