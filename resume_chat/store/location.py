"""Where conversations are kept: the settings that choose the store, read when a command runs."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import NamedTuple

from resume_chat.errors import UsageError

DATABASE_FILE = "conversations.db"
DEFAULT_RETENTION_DAYS = 30
_OFF = {"off", "0", "false", "no"}


class StoreTarget(NamedTuple):
    """A SQLite file (`path`) or a PostgreSQL server (`url`); `default` for the data directory."""

    path: Path | None = None
    url: str | None = None
    default: bool = False

    @property
    def display(self) -> str:
        """Where, for messages: the file, or the server without any password."""
        if self.path is not None:
            return str(self.path)
        from resume_chat.redact import mask_url

        return mask_url(self.url or "")


def default_path() -> Path:
    """The SQLite file beside the chat's input history, in the user data directory."""
    from resume_chat.userdirs import user_folder

    return user_folder("data") / DATABASE_FILE


def store_enabled(environ: Mapping[str, str]) -> bool:
    """False when RESUME_CHAT_STORE=off: nothing is kept."""
    return environ.get("RESUME_CHAT_STORE", "on").strip().lower() not in _OFF


def store_target(environ: Mapping[str, str], database: str | None = None) -> StoreTarget:
    """The store named by `database` (a flag), else RESUME_CHAT_DATABASE_URL, else the default."""
    value = (database or environ.get("RESUME_CHAT_DATABASE_URL", "")).strip()
    if not value:
        return StoreTarget(path=default_path(), default=True)
    scheme, separator, rest = value.partition("://")
    if not separator:
        return StoreTarget(path=Path(value).expanduser())
    scheme = scheme.lower().split("+", 1)[0]  # postgresql+psycopg:// as SQLAlchemy spells it
    if scheme in ("postgresql", "postgres"):
        return StoreTarget(url="postgresql://" + rest)
    if scheme == "sqlite" and rest.startswith("/") and rest.strip("/"):
        # sqlite:///abs/path and SQLAlchemy's sqlite:////abs/path both name /abs/path.
        return StoreTarget(path=Path("/" + rest.lstrip("/")))
    raise UsageError(
        "RESUME_CHAT_DATABASE_URL must be a file path, sqlite:///path/to/file or "
        "postgresql://user@host/database."
    )


def retention_days(environ: Mapping[str, str]) -> int:
    """Days a visitor's conversation is kept (RESUME_CHAT_RETENTION_DAYS, default 30)."""
    value = environ.get("RESUME_CHAT_RETENTION_DAYS", "").strip()
    if not value:
        return DEFAULT_RETENTION_DAYS
    if not value.isdigit() or int(value) < 1:
        raise UsageError(
            f"RESUME_CHAT_RETENTION_DAYS must be a whole number of days (1 or more), not {value!r}."
        )
    return int(value)
