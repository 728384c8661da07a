"""The server's own settings: address, who may connect, and the limits that keep it safe."""

from __future__ import annotations

import ipaddress
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError, field_validator

from resume_chat.session import MAX_QUESTION_CHARS
from resume_chat.settings import invalid_setting, merged_values

# Setting name -> environment variable; flags use the setting names with dashes.
SERVE_ENVIRONMENT_NAMES: dict[str, str] = {
    "host": "RESUME_CHAT_SERVE_HOST",
    "port": "RESUME_CHAT_SERVE_PORT",
    "token": "RESUME_CHAT_SERVE_TOKEN",
    "max_frame_bytes": "RESUME_CHAT_SERVE_MAX_FRAME_BYTES",
    "max_question_chars": "RESUME_CHAT_SERVE_MAX_QUESTION_CHARS",
    "max_connections": "RESUME_CHAT_SERVE_MAX_CONNECTIONS",
    "questions_per_minute": "RESUME_CHAT_SERVE_QUESTIONS_PER_MINUTE",
    "history_turns": "RESUME_CHAT_SERVE_HISTORY_TURNS",
    "idle_timeout": "RESUME_CHAT_SERVE_IDLE_TIMEOUT",
    "daily_spend_cap": "RESUME_CHAT_SERVE_DAILY_SPEND_CAP",
}


class ServeSettings(BaseModel):
    """Everything `serve` adds to the core settings; every limit has a default sized for 1000."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    host: str = "127.0.0.1"
    port: int = Field(default=8765, ge=0, le=65535)
    allow_origins: tuple[str, ...] = ()
    token: SecretStr | None = None
    # A question of 4000 characters is at most ~24 KB of JSON even if every one is escaped.
    max_frame_bytes: int = Field(default=64 * 1024, ge=256, le=16 * 1024 * 1024)
    max_question_chars: int = Field(default=MAX_QUESTION_CHARS, ge=1, le=100_000)
    # The 1000-session benchmark must pass with the defaults, so leave headroom above it.
    max_connections: int = Field(default=2000, ge=1)
    questions_per_minute: int = Field(default=10, ge=1)
    # Turns kept per session: the prompt's token budget trims what is sent, this bounds memory.
    history_turns: int = Field(default=20, ge=0)
    idle_timeout: float = Field(default=600.0, gt=0)
    daily_spend_cap: float | None = Field(default=None, gt=0)

    @field_validator("token")
    @classmethod
    def _blank_token_is_none(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and not value.get_secret_value().strip():
            return None
        return value

    @field_validator("allow_origins")
    @classmethod
    def _origins(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for origin in value:
            if not origin.startswith(("http://", "https://")) or origin.count("/") != 2:
                raise ValueError(f"{origin!r} is not an origin like https://example.com")
        return tuple(origin.rstrip("/") for origin in value)

    @property
    def loopback(self) -> bool:
        """Whether the server is reachable from this machine only."""
        if self.host == "localhost":
            return True
        try:
            return ipaddress.ip_address(self.host).is_loopback
        except ValueError:
            return False

    def exposure_warning(self) -> str | None:
        """The warning to print when the socket is open to the network with no guard."""
        if self.loopback or self.token is not None or self.allow_origins:
            return None
        return (
            f"warning: serving on {self.host} with no --token and no --allow-origin; anyone "
            "who can reach this port can spend your API credits."
        )


def load_serve_settings(
    flags: Mapping[str, Any],
    environ: Mapping[str, str],
    dotenv_path: Path | None = Path(".env"),
) -> ServeSettings:
    """Merge `.env`, the environment and flags (None means "flag not given"), as the core does."""
    values = merged_values(SERVE_ENVIRONMENT_NAMES, flags, environ, dotenv_path)
    try:
        return ServeSettings(**values)
    except ValidationError as exc:
        first = exc.errors()[0]
        name = str(first["loc"][0]) if first["loc"] else "settings"
        where = SERVE_ENVIRONMENT_NAMES.get(name, "--" + name.replace("_", "-"))
        raise invalid_setting(
            where, first["msg"], values.get(name), secret=name == "token"
        ) from None
