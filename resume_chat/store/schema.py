"""The one schema for SQLite and PostgreSQL, versioned, migrated when the store opens.

Each version is a list of portable statements, applied in one transaction that also holds the
writers' lock, so processes opening a new database at once migrate it exactly once. A version
newer than this code knows is refused before anything is written.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from resume_chat.store.errors import SchemaTooNewError

if TYPE_CHECKING:
    from resume_chat.store.database import Database

MIGRATIONS: dict[int, tuple[str, ...]] = {
    1: (
        "CREATE TABLE schema_version (version INTEGER NOT NULL)",
        """CREATE TABLE conversations (
            id TEXT PRIMARY KEY,
            source TEXT NOT NULL,
            resume_path TEXT,
            resume_sha256 TEXT,
            model TEXT,
            started_at TEXT NOT NULL,
            ended_at TEXT
        )""",
        """CREATE TABLE turns (
            id TEXT PRIMARY KEY,
            conversation_id TEXT NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
            question TEXT NOT NULL,
            answer TEXT NOT NULL,
            state TEXT NOT NULL,
            error_code TEXT,
            model TEXT,
            usage_json TEXT,
            cost DOUBLE PRECISION,
            asked_at TEXT NOT NULL,
            finished_at TEXT NOT NULL
        )""",
        "CREATE INDEX turns_by_conversation ON turns (conversation_id, asked_at)",
        "CREATE INDEX conversations_by_start ON conversations (started_at)",
    ),
    2: (
        # Last activity, for retention; a hash of serve's reconnect token (never the token).
        "ALTER TABLE conversations ADD COLUMN last_active_at TEXT",
        "ALTER TABLE conversations ADD COLUMN reconnect_token_sha256 TEXT",
        """UPDATE conversations SET last_active_at = COALESCE(
            (SELECT MAX(t.finished_at) FROM turns t WHERE t.conversation_id = conversations.id),
            started_at)""",
        "CREATE INDEX conversations_by_activity ON conversations (source, last_active_at)",
        "CREATE UNIQUE INDEX conversations_by_token ON conversations (reconnect_token_sha256)",
        "ALTER TABLE turns ADD COLUMN finish_reason TEXT",
        "ALTER TABLE turns ADD COLUMN seconds DOUBLE PRECISION",
        "CREATE INDEX turns_by_time ON turns (asked_at)",
        # serve's daily spend: an estimate reserved when an answer starts, its cost when it ends.
        """CREATE TABLE spend_reservations (
            id TEXT PRIMARY KEY,
            day TEXT NOT NULL,
            estimate DOUBLE PRECISION NOT NULL,
            cost DOUBLE PRECISION,
            reserved_at TEXT NOT NULL,
            settled_at TEXT
        )""",
        "CREATE INDEX spend_by_day ON spend_reservations (day)",
    ),
    3: (
        # serve's processes sharing the database, each with its open connections, so that
        # --max-connections holds across them; a row not updated for a while is a dead one.
        """CREATE TABLE serve_instances (
            instance_id TEXT PRIMARY KEY,
            open_connections INTEGER NOT NULL,
            updated_at TEXT NOT NULL
        )""",
    ),
}
LATEST = max(MIGRATIONS)


def schema_version(db: Database) -> int | None:
    """The database's version; None when it holds no schema yet."""
    if not db.has_table("schema_version"):
        return None
    rows = db.query("SELECT MAX(version) FROM schema_version")
    return int(rows[0][0]) if rows and rows[0][0] is not None else 0


def _refuse_newer(db: Database, version: int) -> None:
    if version > LATEST:
        raise SchemaTooNewError(
            f"{db.display} holds conversations in schema version {version}, newer than this "
            f"resume-chat knows ({LATEST}); upgrade resume-chat. Nothing was changed."
        )


def migrate(db: Database, target: int = LATEST) -> int:
    """Bring the schema to `target` (the latest unless a test asks); returns the version."""
    version = schema_version(db)
    if version is not None:
        _refuse_newer(db, version)
        if version >= target:
            return version
    with db.transaction(exclusive=True):
        version = schema_version(db) or 0  # again, under the lock: another may have migrated
        _refuse_newer(db, version)
        for step in range(version + 1, target + 1):
            for statement in MIGRATIONS[step]:
                db.query(statement)
        if version == 0:
            db.query("INSERT INTO schema_version (version) VALUES (?)", (target,))
        elif target > version:
            db.query("UPDATE schema_version SET version = ?", (target,))
    return max(version, target)
