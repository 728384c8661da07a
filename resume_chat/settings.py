"""Settings: flags win over the environment, which wins over `.env` in the current directory."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError, field_validator

from resume_chat.errors import UsageError

DEFAULT_BASE_URL = "https://openrouter.ai/api/v1"
DEFAULT_MODEL = "openai/gpt-5-mini"
# The sample resume ships in the repository's data/ folder, so a fresh clone works as it is.
DEFAULT_RESUME = Path("data/resume.md")

# Setting name -> environment variable. Flags use the setting names.
ENVIRONMENT_NAMES: dict[str, str] = {
    "api_key": "OPENROUTER_API_KEY",
    "base_url": "OPENROUTER_BASE_URL",
    "model": "RESUME_CHAT_MODEL",
    "resume": "RESUME_CHAT_RESUME",
    "timeout": "RESUME_CHAT_TIMEOUT",
    "max_retries": "RESUME_CHAT_MAX_RETRIES",
    "app_url": "RESUME_CHAT_APP_URL",
    "history_tokens": "RESUME_CHAT_HISTORY_TOKENS",
    "max_tokens": "RESUME_CHAT_MAX_TOKENS",
}


class Settings(BaseModel):
    """Everything the core needs to answer; built once per command by `load_settings`."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    api_key: SecretStr | None = None
    base_url: str = DEFAULT_BASE_URL
    model: str = DEFAULT_MODEL
    resume: Path = DEFAULT_RESUME
    timeout: float = Field(default=60.0, gt=0, le=3600)
    max_retries: int = Field(default=2, ge=0, le=10)
    app_url: str = "https://github.com/resume-chat/resume-chat"
    history_tokens: int = Field(default=6000, ge=0)
    max_tokens: int = Field(default=1024, ge=16)
    offline: bool = False

    @field_validator("base_url")
    @classmethod
    def _http_url(cls, value: str) -> str:
        if not value.startswith(("http://", "https://")):
            raise ValueError("must start with http:// or https://")
        return value.rstrip("/")

    @field_validator("api_key")
    @classmethod
    def _blank_key_is_none(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and not value.get_secret_value().strip():
            return None
        return value

    @field_validator("model")
    @classmethod
    def _model_not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("must not be empty")
        return value.strip()

    @property
    def use_offline(self) -> bool:
        """Answer offline when asked to, or when no key is set."""
        return self.offline or self.api_key is None


def masked(key: SecretStr | None) -> str:
    """A key as it may be shown: the prefix that names its kind and the last four characters."""
    if key is None:
        return "(not set)"
    raw = key.get_secret_value()
    if len(raw) <= 12:
        return "****"
    return f"{raw[:6]}…{raw[-4:]}"


def load_settings(
    flags: Mapping[str, Any],
    environ: Mapping[str, str],
    dotenv_path: Path | None = Path(".env"),
) -> Settings:
    """Merge `.env`, the environment and flags (None means "flag not given")."""
    values: dict[str, Any] = {}
    if dotenv_path is not None and dotenv_path.is_file():
        from dotenv import dotenv_values

        dotenv = dotenv_values(dotenv_path)
        for name, variable in ENVIRONMENT_NAMES.items():
            if dotenv.get(variable):
                values[name] = dotenv[variable]
    for name, variable in ENVIRONMENT_NAMES.items():
        if environ.get(variable):
            values[name] = environ[variable]
    values.update({name: value for name, value in flags.items() if value is not None})
    try:
        return Settings(**values)
    except ValidationError as exc:
        first = exc.errors()[0]
        name = str(first["loc"][0]) if first["loc"] else "settings"
        where = ENVIRONMENT_NAMES.get(name, name)
        shown = "" if name == "api_key" else f" (got {values.get(name)!r})"
        raise UsageError(
            f"Setting {where} is invalid: {first['msg']}{shown}. Fix it in the environment, "
            ".env or the command line."
        ) from None
