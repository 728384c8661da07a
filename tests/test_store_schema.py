"""The schema: created once, migrated from version 1 keeping every row, a newer one refused."""

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
        assert schema_version(store.db) == LATEST == 2
        [conversation] = store.conversations()
        assert conversation.id == "c1"
        assert conversation.last_active_at == "2025-01-01T10:00:05.000000Z"  # backfilled
        [turn] = store.turns("c1")
        assert (turn.question, turn.answer, turn.finish_reason) == ("Q?", "A.", None)
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

    with pytest.raises(SchemaTooNewError, match=r"schema version 3, newer .* upgrade"):
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
