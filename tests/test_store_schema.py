"""The schema: created once, migrated from versions 1 and 2 keeping every row, a newer one
refused."""

from __future__ import annotations

import hashlib

import pytest

from resume_chat.store import SchemaTooNewError
from resume_chat.store.database import Database
from resume_chat.store.location import store_target
from resume_chat.store.schema import LATEST, MIGRATIONS, migrate, schema_version
from resume_chat.store.store import open_store
from tests.postgres import Backend, backend, postgres_server  # noqa: F401


def raw_database(backend: Backend) -> Database:  # noqa: F811
    """The backend's database with no schema applied (open_store would migrate it)."""
    if backend.path is not None:
        from resume_chat.store.sqlite import SQLiteDatabase

        return SQLiteDatabase(backend.path)
    from resume_chat.store.postgres import PostgresDatabase

    return PostgresDatabase(backend.url, backend.url)


def test_a_new_database_gets_the_latest_schema(backend: Backend) -> None:  # noqa: F811
    store = open_store(store_target({}, backend.url))
    try:
        assert schema_version(store.db) == LATEST
        assert store.db.query("SELECT COUNT(*) FROM schema_version")[0][0] == 1
    finally:
        store.close()
    reopened = open_store(store_target({}, backend.url))  # opening again changes nothing
    assert reopened.db.query("SELECT version FROM schema_version") == [(LATEST,)]
    reopened.close()


def test_migration_from_version_1_keeps_every_row(backend: Backend) -> None:  # noqa: F811
    db = raw_database(backend)
    assert migrate(db, target=1) == 1
    with db.transaction():
        db.query(
            "INSERT INTO conversations (id, source, started_at) VALUES (?, ?, ?)",
            ("c1", "chat", "2025-01-01T10:00:00.000000Z"),
        )
        db.query(
            "INSERT INTO turns (id, conversation_id, question, answer, state, asked_at,"
            " finished_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                "t1",
                "c1",
                "Q?",
                "A.",
                "answered",
                "2025-01-01T10:00:01.000000Z",
                "2025-01-01T10:00:05.000000Z",
            ),
        )
    db.close()

    store = open_store(store_target({}, backend.url))
    try:
        assert schema_version(store.db) == LATEST == 3
        [conversation] = store.conversations()
        assert conversation.id == "c1"
        assert conversation.last_active_at == "2025-01-01T10:00:05.000000Z"  # backfilled
        [turn] = store.turns("c1")
        assert (turn.question, turn.answer, turn.finish_reason) == ("Q?", "A.", None)
    finally:
        store.close()


def test_migration_from_version_2_keeps_every_row_and_adds_serve_instances(
    backend: Backend,  # noqa: F811
) -> None:
    """A version-2 database (conversations, turns, spend) opens at version 3 with every row
    kept and an empty table of serve instances that takes a heartbeat."""
    db = raw_database(backend)
    assert migrate(db, target=2) == 2
    assert not db.has_table("serve_instances")
    with db.transaction():
        db.query(
            "INSERT INTO conversations (id, source, started_at, last_active_at,"
            " reconnect_token_sha256) VALUES (?, ?, ?, ?, ?)",
            ("c2", "serve", "2025-02-01T10:00:00.000000Z", "2025-02-01T10:00:09.000000Z", "ab"),
        )
        db.query(
            "INSERT INTO spend_reservations (id, day, estimate, reserved_at) VALUES (?, ?, ?, ?)",
            ("r1", "2025-02-01", 0.001, "2025-02-01T10:00:01.000000Z"),
        )
    db.close()

    store = open_store(store_target({}, backend.url))
    try:
        assert schema_version(store.db) == LATEST == 3
        assert store.db.query("SELECT version FROM schema_version") == [(3,)]
        [conversation] = store.conversations()
        assert (conversation.id, conversation.last_active_at) == (
            "c2",
            "2025-02-01T10:00:09.000000Z",
        )
        assert store.db.query("SELECT id, estimate FROM spend_reservations") == [("r1", 0.001)]
        assert store.db.query("SELECT * FROM serve_instances") == []
        from resume_chat.store.instances import InstanceRegistry

        assert InstanceRegistry(store).heartbeat("i1", 4, 15.0) == 0
        assert InstanceRegistry(store).counts() == {"i1": 4}
    finally:
        store.close()


def test_a_newer_schema_is_refused_and_left_untouched(backend: Backend) -> None:  # noqa: F811
    store = open_store(store_target({}, backend.url))
    with store.db.transaction():
        store.db.query("UPDATE schema_version SET version = ?", (LATEST + 1,))
        store.db.query(
            "INSERT INTO conversations (id, source, started_at) VALUES ('x', 'chat', 'now')"
        )
    store.close()
    before = hashlib.sha256(backend.path.read_bytes()).digest() if backend.path else b""

    with pytest.raises(SchemaTooNewError, match=rf"schema version {LATEST + 1}, newer .* upgrade"):
        open_store(store_target({}, backend.url))

    if backend.path is not None:
        assert hashlib.sha256(backend.path.read_bytes()).digest() == before
    db = raw_database(backend)
    assert db.query("SELECT version FROM schema_version") == [(LATEST + 1,)]
    assert db.query("SELECT id FROM conversations") == [("x",)]
    db.close()


def test_every_migration_statement_is_portable() -> None:
    """No dialect-only SQL slips into the one schema."""
    for statements in MIGRATIONS.values():
        for statement in statements:
            for word in ("AUTOINCREMENT", "SERIAL", "PRAGMA", "JSONB", "TIMESTAMPTZ"):
                assert word not in statement.upper()
