"""The server's own settings: address, who may connect, and the limits that keep it safe."""

from __future__ import annotations

import ipaddress
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError, field_validator

from resume_chat.session import MAX_QUESTION_CHARS
from resume_chat.settings import invalid_setting

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
    "trust_proxy": "RESUME_CHAT_SERVE_TRUST_PROXY",
    "max_connections_per_address": "RESUME_CHAT_SERVE_MAX_CONNECTIONS_PER_ADDRESS",
    "questions_per_minute_per_address": "RESUME_CHAT_SERVE_QUESTIONS_PER_MINUTE_PER_ADDRESS",
    "send_timeout": "RESUME_CHAT_SERVE_SEND_TIMEOUT",
    "connection_buffer_bytes": "RESUME_CHAT_SERVE_CONNECTION_BUFFER_BYTES",
    "max_handshakes": "RESUME_CHAT_SERVE_MAX_HANDSHAKES",
    "handshake_timeout": "RESUME_CHAT_SERVE_HANDSHAKE_TIMEOUT",
    "price_per_million": "RESUME_CHAT_SERVE_PRICE_PER_MILLION",
    "workers": "RESUME_CHAT_SERVE_WORKERS",
    "heartbeat": "RESUME_CHAT_SERVE_HEARTBEAT",
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
    # Proxies whose X-Forwarded-For / Forwarded name the client; none is trusted by default.
    trust_proxy: tuple[str, ...] = ()
    # Per client address (an IPv6 /64), on top of the per-connection limits; loopback is exempt.
    # A household or office behind one NAT rarely has more than a few tabs open on one resume.
    max_connections_per_address: int = Field(default=20, ge=1)
    questions_per_minute_per_address: int = Field(default=30, ge=1)
    # Seconds a client may leave its socket unread while frames wait for it (the write
    # buffer stays above its high-water mark); then it is closed with 1008.
    send_timeout: float = Field(default=20.0, gt=0)
    # Bytes buffered per connection in each direction: unread frames from the client (at
    # least one frame) and frames waiting for the client before a send waits.
    connection_buffer_bytes: int = Field(default=64 * 1024, ge=4096, le=16 * 1024 * 1024)
    # TCP connections whose WebSocket handshake is not finished; past it the oldest is
    # dropped. The load benchmark opens 100 at once, so leave headroom above that.
    max_handshakes: int = Field(default=128, ge=1)
    handshake_timeout: float = Field(default=5.0, gt=0)
    # USD per million tokens (in, out), for what an answer reserves against the spend cap;
    # None: the models list kept by `resume-chat models`, if it prices the model.
    price_per_million: tuple[float, float] | None = None
    # Processes sharing the port (SO_REUSEPORT): one per core is the most that helps.
    workers: int = Field(default=1, ge=1, le=256)
    # Seconds between a process's writes of its open sessions to the store (census.py): the
    # connection limit across processes is as old as one heartbeat; one write per process.
    heartbeat: float = Field(default=5.0, gt=0, le=60)

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

    @field_validator("price_per_million", mode="before")
    @classmethod
    def _split_prices(cls, value: Any) -> Any:
        if isinstance(value, str):  # "0.25,2": in, out
            from resume_chat.serve.spend import parse_prices

            return parse_prices(value) if value.strip() else None
        return value

    @field_validator("price_per_million")
    @classmethod
    def _prices(cls, value: tuple[float, float] | None) -> tuple[float, float] | None:
        if value is not None and not all(0 <= price < float("inf") for price in value):
            raise ValueError("prices must be finite and 0 or more")
        return value

    @field_validator("trust_proxy", mode="before")
    @classmethod
    def _split_proxies(cls, value: Any) -> Any:
        if isinstance(value, str):  # the environment: comma-separated
            return tuple(part.strip() for part in value.split(",") if part.strip())
        return value

    @field_validator("trust_proxy")
    @classmethod
    def _networks(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for network in value:
            try:
                ipaddress.ip_network(network, strict=False)
            except ValueError:
                raise ValueError(f"{network!r} is not an address or CIDR like 10.0.0.0/8") from None
        return value

    @property
    def incoming_frames(self) -> int:
        """Unread client frames buffered per connection: as many as the buffer holds, at least 1."""
        return max(1, self.connection_buffer_bytes // self.max_frame_bytes)

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
    config_path: Path | None = None,
) -> ServeSettings:
    """Merge the user config, `.env`, the environment and flags (None: flag not given), as the
    core does; a bad value is named as it was set (`--port`, `RESUME_CHAT_SERVE_PORT`…)."""
    from resume_chat.config.layers import how_to_fix, merged_sources, where_set

    sourced = merged_sources(SERVE_ENVIRONMENT_NAMES, flags, environ, dotenv_path, config_path)
    values = {name: value for name, (value, _) in sourced.items()}
    try:
        return ServeSettings(**values)
    except ValidationError as exc:
        first = exc.errors()[0]
        location = first["loc"]
        name = str(location[0]) if location else "settings"
        value, source = sourced.get(name, (None, "environment"))
        if isinstance(value, tuple) and len(location) > 1 and isinstance(location[1], int):
            value = value[location[1]]  # the one item of a repeated flag that is wrong
        elif isinstance(value, tuple) and len(value) == 1:
            value = value[0]
        where = where_set(name, source, SERVE_ENVIRONMENT_NAMES.get(name, name))
        problem = str(first["msg"]).removeprefix("Value error, ")
        raise invalid_setting(
            where, problem, value, secret=name == "token", hint=how_to_fix(source)
        ) from None
