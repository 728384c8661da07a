"""The conversation store: conversations and their turns, kept in SQLite or PostgreSQL."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from resume_chat.store.errors import UnknownConversationError
from resume_chat.store.records import VISITOR_SOURCE, timestamp, utc_now

if TYPE_CHECKING:
    from resume_chat.store.database import Database, Row
    from resume_chat.store.location import StoreTarget
    from resume_chat.store.records import NewConversation, TurnRecord
    from resume_chat.store.rows import ConversationSummary, StoredTurn

Clock = Callable[[], dt.datetime]
_SUMMARY = """SELECT c.id, c.source, c.resume_path, c.resume_sha256, c.model, c.started_at,
    c.ended_at, c.last_active_at,
    (SELECT COUNT(*) FROM turns t WHERE t.conversation_id = c.id),
    (SELECT t.question FROM turns t WHERE t.conversation_id = c.id
        ORDER BY t.asked_at LIMIT 1)
    FROM conversations c"""
_TURN = """SELECT id, question, answer, state, error_code, model, usage_json, cost,
    finish_reason, seconds, asked_at, finished_at FROM turns"""


def _new_id() -> str:
    return os.urandom(16).hex()


def _summaries(rows: list[Row]) -> list[ConversationSummary]:
    from resume_chat.store.rows import ConversationSummary

    return [ConversationSummary._make(row) for row in rows]


def token_sha256(token: str) -> str:
    import hashlib

    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _turn(row: Row) -> StoredTurn:
    import json

    from resume_chat.store.rows import StoredTurn

    values = list(row)
    values[6] = json.loads(row[6]) if row[6] else None
    return StoredTurn._make(values)


class ConversationStore:
    """Conversations and turns in one database; every method may raise StoreError."""

    def __init__(self, db: Database, clock: Clock = utc_now) -> None:
        self.db = db
        self.clock = clock

    @property
    def dialect(self) -> str:
        return self.db.dialect

    def start_conversation(self, new: NewConversation) -> str:
        """Keep a conversation with no turn yet (serve does, to be found on reconnecting)."""
        with self.db.transaction():
            self._insert_conversation(new)
        return new.id

    def _insert_conversation(self, new: NewConversation) -> None:
        started = timestamp(new.started_at)
        token = token_sha256(new.reconnect_token) if new.reconnect_token else None
        self.db.query(
            "INSERT INTO conversations (id, source, resume_path, resume_sha256, model,"
            " started_at, last_active_at, reconnect_token_sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                new.id,
                new.source,
                new.resume_path,
                new.resume_sha256,
                new.model,
                started,
                started,
                token,
            ),
        )

    def record_turn(
        self,
        conversation_id: str,
        turn: TurnRecord,
        new: NewConversation | None = None,
        *,
        ending: bool = False,
    ) -> str:
        """Keep a turn; with `new`, its conversation is written in the same transaction, and
        `ending` (`ask`'s one question) ends it there too: one write, not two."""
        turn_id = _new_id()
        usage = None
        if turn.usage is not None:
            import json

            usage = json.dumps(turn.usage, sort_keys=True)
        finished = timestamp(turn.finished_at)
        with self.db.transaction():
            if new is not None:
                self._insert_conversation(new)
            self.db.query(
                "INSERT INTO turns (id, conversation_id, question, answer, state, error_code,"
                " model, usage_json, cost, finish_reason, seconds, asked_at, finished_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    turn_id,
                    conversation_id,
                    turn.question,
                    turn.answer,
                    turn.state,
                    turn.error_code,
                    turn.model,
                    usage,
                    turn.cost,
                    turn.finish_reason,
                    turn.seconds,
                    timestamp(turn.asked_at),
                    finished,
                ),
            )
            self.db.query(
                "UPDATE conversations SET last_active_at = ?, ended_at = ? WHERE id = ?",
                (finished, finished if ending else None, conversation_id),
            )
        return turn_id

    def end_conversation(self, conversation_id: str) -> None:
        now = timestamp(self.clock())
        with self.db.transaction():
            self.db.query(
                "UPDATE conversations SET ended_at = ?, last_active_at = ? WHERE id = ?",
                (now, now, conversation_id),
            )

    def conversations(
        self,
        *,
        source: str | None = None,
        since: dt.datetime | None = None,
        search: str | None = None,
        limit: int | None = None,
    ) -> list[ConversationSummary]:
        """Newest first; `search` matches questions and answers, any case."""
        where: list[str] = []
        params: list[object] = []
        if source:
            where.append("c.source = ?")
            params.append(source)
        if since:
            where.append("c.last_active_at >= ?")
            params.append(timestamp(since))
        if search:
            pattern = (
                "%"
                + search.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                + "%"
            )
            where.append(
                "EXISTS (SELECT 1 FROM turns t WHERE t.conversation_id = c.id AND"
                " (LOWER(t.question) LIKE ? ESCAPE '\\' OR LOWER(t.answer) LIKE ? ESCAPE '\\'))"
            )
            params += [pattern, pattern]
        sql = _SUMMARY + (" WHERE " + " AND ".join(where) if where else "")
        sql += " ORDER BY c.started_at DESC, c.id"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return _summaries(self.db.query(sql, params))

    def resolve(self, prefix: str) -> str:
        """The full id of the one conversation whose id starts with `prefix`."""
        cleaned = prefix.strip().lower()
        if not cleaned or not all(c in "0123456789abcdef" for c in cleaned):
            raise UnknownConversationError(f"{prefix!r} is not a conversation ID (hex digits).")
        rows = self.db.query(
            "SELECT id FROM conversations WHERE id LIKE ? ORDER BY id LIMIT 2", (cleaned + "%",)
        )
        if not rows:
            raise UnknownConversationError(f"No conversation has an ID starting {cleaned}.")
        if len(rows) > 1:
            raise UnknownConversationError(
                f"More than one conversation has an ID starting {cleaned}; give more of it."
            )
        return str(rows[0][0])

    def conversation(self, conversation_id: str) -> ConversationSummary:
        rows = _summaries(self.db.query(_SUMMARY + " WHERE c.id = ?", (conversation_id,)))
        if not rows:
            raise UnknownConversationError(f"No conversation {conversation_id}.")
        return rows[0]

    def latest(self, source: str | None = None) -> ConversationSummary | None:
        """The conversation most recently active (for `ask --continue`)."""
        sql = _SUMMARY + (" WHERE c.source = ?" if source else "")
        sql += " ORDER BY c.last_active_at DESC LIMIT 1"
        rows = _summaries(self.db.query(sql, (source,) if source else ()))
        return rows[0] if rows else None

    def by_reconnect_token(self, token: str, within_days: int) -> ConversationSummary | None:
        """serve's conversation for a reconnecting visitor, if active within the window."""
        cutoff = timestamp(self.clock() - dt.timedelta(days=within_days))
        rows = self.db.query(
            _SUMMARY + " WHERE c.reconnect_token_sha256 = ? AND c.last_active_at >= ?",
            (token_sha256(token), cutoff),
        )
        return _summaries(rows)[0] if rows else None

    def turns(self, conversation_id: str) -> list[StoredTurn]:
        rows = self.db.query(
            _TURN + " WHERE conversation_id = ? ORDER BY asked_at, finished_at", (conversation_id,)
        )
        return [_turn(row) for row in rows]

    def answered_turns(self, conversation_id: str) -> list[tuple[str, str]]:
        """(question, answer) of the turns a continued conversation replays to the model."""
        return [
            (turn.question, turn.answer)
            for turn in self.turns(conversation_id)
            if turn.state in ("answered", "cut_off")
        ]

    def delete(self, conversation_ids: Sequence[str]) -> int:
        return (
            self._delete_where(
                "id IN (" + ", ".join("?" * len(conversation_ids)) + ")", conversation_ids
            )
            if conversation_ids
            else 0
        )

    def delete_all(self) -> int:
        return self._delete_where("1 = 1", ())

    def delete_older_than(self, cutoff: dt.datetime, source: str | None = None) -> int:
        """Conversations last active before `cutoff` (of one source, if given)."""
        where, params = "last_active_at < ?", [timestamp(cutoff)]
        if source:
            where, params = where + " AND source = ?", [*params, source]
        return self._delete_where(where, params)

    def purge_visitors(self, retention_days: int) -> int:
        """serve's retention: visitors' conversations idle longer than the window, and old
        spend records; returns the conversations removed. Call at start-up and daily."""
        cutoff = self.clock() - dt.timedelta(days=retention_days)
        removed = self.delete_older_than(cutoff, VISITOR_SOURCE)
        with self.db.transaction():
            self.db.query(
                "DELETE FROM spend_reservations WHERE day < ?", (cutoff.date().isoformat(),)
            )
        return removed

    def _delete_where(self, where: str, params: Sequence[object]) -> int:
        select = f"SELECT id FROM conversations WHERE {where}"
        with self.db.transaction():
            count = len(self.db.query(select, params))
            self.db.query(f"DELETE FROM turns WHERE conversation_id IN ({select})", params)
            self.db.query(f"DELETE FROM conversations WHERE {where}", params)
        return count

    def close(self) -> None:
        self.db.close()


def open_store(
    target: StoreTarget, *, create: bool = True, clock: Clock = utc_now
) -> ConversationStore:
    """The store at `target`, its schema migrated to the latest; raises StoreError."""
    from resume_chat.store.schema import migrate

    db: Database
    if target.url is not None:
        from resume_chat.store.postgres import PostgresDatabase

        db = PostgresDatabase(target.url, target.display)
    else:
        from resume_chat.store.sqlite import SQLiteDatabase

        assert target.path is not None
        db = SQLiteDatabase(target.path, create=create, private_directory=target.default)
    try:
        migrate(db)
    except BaseException:
        db.close()
        raise
    return ConversationStore(db, clock)
