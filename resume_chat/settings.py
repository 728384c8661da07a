"""Settings: flags win over the environment, which wins over `.env` in the current directory,
which wins over the user configuration file (resume_chat.config), which wins over defaults.

A NamedTuple validated by hand rather than a pydantic model: importing pydantic costs about
40 ms, a third of the budget for a whole offline answer (see README, Benchmarks).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, NamedTuple, Protocol

from resume_chat.errors import UsageError

DEFAULT_BASE_URL = "https://openrouter.ai/api/v1"
DEFAULT_MODEL = "openai/gpt-5-mini"
# The sample resume ships in the package: the tool answers from any folder before it is set up.
SAMPLE_RESUME = Path(__file__).parent / "sample" / "resume.md"

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
    "reasoning_effort": "RESUME_CHAT_REASONING_EFFORT",
    "answer_timeout": "RESUME_CHAT_ANSWER_TIMEOUT",
    "show_reasoning": "RESUME_CHAT_SHOW_REASONING",
}
# OpenRouter's effort levels; `auto` sends none and leaves the model's own default.
REASONING_EFFORTS = ("auto", "none", "minimal", "low", "medium", "high", "xhigh")
# On OpenRouter: a resume is read, not solved, and `low` keeps answers quick and cheap.
OPENROUTER_EFFORT = "low"


class SecretValue(Protocol):
    """A secret that shows itself only when asked (this module's Secret, pydantic's SecretStr)."""

    def get_secret_value(self) -> str: ...


class Secret:
    """A string that never shows itself in repr, str or logs."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def get_secret_value(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "Secret('**********')"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)


def _is_http_url(value: str) -> bool:
    """Whether this is an http(s) URL with a host and a port in range, and no spaces."""
    from urllib.parse import urlsplit

    if not value.startswith(("http://", "https://")) or any(c.isspace() for c in value):
        return False
    try:
        parts = urlsplit(value)
        parts.port  # noqa: B018 - raises ValueError when out of range or not a number
    except ValueError:
        return False
    return bool(parts.hostname)


def _in_range(low: float, high: float) -> Callable[[float], bool]:
    return lambda value: low <= value <= high


# Setting name -> (check, what a valid value is).
_CHECKS: dict[str, tuple[Callable[[Any], bool], str]] = {
    "base_url": (lambda v: _is_http_url(v), "an http(s):// URL with a host and a valid port"),
    "app_url": (
        lambda v: v.isascii() and v.isprintable() and _is_http_url(v),
        "an http(s):// URL in ASCII (it is sent as a header; percent-encode other characters)",
    ),
    "model": (lambda v: bool(v.strip()), "a model id such as openai/gpt-5-mini"),
    "timeout": (lambda v: 0 < v <= 3600, "a number of seconds above 0, at most 3600"),
    "max_retries": (_in_range(0, 10), "a whole number from 0 to 10"),
    "history_tokens": (_in_range(0, 10_000_000), "a whole number of tokens, 0 or more"),
    "max_tokens": (_in_range(16, 10_000_000), "a whole number of tokens, 16 or more"),
    "reasoning_effort": (
        lambda v: v.strip().lower() in REASONING_EFFORTS,
        "one of " + ", ".join(REASONING_EFFORTS),
    ),
    "answer_timeout": (lambda v: 0 < v <= 86400, "a number of seconds above 0, at most 86400"),
}


class Settings(NamedTuple):
    """Everything the core needs to answer: an immutable value.

    `load_settings` is the edge that validates and normalises what a person typed; code that
    builds Settings itself (tests, benchmarks) passes values of the right types.
    """

    api_key: SecretValue | None = None
    base_url: str = DEFAULT_BASE_URL
    model: str = DEFAULT_MODEL
    resume: Path | None = None  # None: no resume configured anywhere, so the sample
    timeout: float = 60.0
    max_retries: int = 2
    app_url: str = "https://github.com/resume-chat/resume-chat"
    history_tokens: int = 6000
    max_tokens: int = 1024
    offline: bool = False
    reasoning_effort: str | None = None  # None: OPENROUTER_EFFORT on OpenRouter, else none sent
    answer_timeout: float = 300.0  # the whole answer, retries included
    show_reasoning: bool = False

    @property
    def resume_path(self) -> Path:
        """The resume to read: the one configured, else the sample in the package."""
        return self.resume if self.resume is not None else SAMPLE_RESUME

    @property
    def on_openrouter(self) -> bool:
        from urllib.parse import urlsplit

        host = urlsplit(self.base_url).hostname or ""
        return host == "openrouter.ai" or host.endswith(".openrouter.ai")

    @property
    def use_offline(self) -> bool:
        """Answer offline when asked to, or with no key for OpenRouter; a local server
        (Ollama, vLLM, LM Studio) needs no key."""
        return self.offline or (self.api_key is None and self.on_openrouter)

    @property
    def effort(self) -> str | None:
        """The reasoning effort to send, or None to send none."""
        effort = self.reasoning_effort or (OPENROUTER_EFFORT if self.on_openrouter else None)
        return None if effort == "auto" else effort


def invalid_setting(
    where: str, problem: str, value: Any, *, secret: bool, hint: str | None = None
) -> UsageError:
    """The one line for a bad setting: which (as the person set it), what is wrong, the value
    as typed unless it is secret, and where to fix it."""
    from resume_chat.redact import redact

    typed = format(value, "g") if isinstance(value, float) else str(value)  # 0.0 was typed 0
    shown = "" if secret else f" (got {redact(typed)!r})"
    hint = hint or "Fix it in the environment, .env or the command line."
    return UsageError(f"{where} is invalid: {problem}{shown}. {hint}")


def _invalid(name: str, wanted: str, value: Any, source: str = "environment") -> UsageError:
    from resume_chat.config.layers import how_to_fix, where_set

    where = where_set(name, source, ENVIRONMENT_NAMES.get(name, name))
    return invalid_setting(
        where, f"it must be {wanted}", value, secret=name == "api_key", hint=how_to_fix(source)
    )


def masked(key: SecretValue | None) -> str:
    """A key as it may be shown: the prefix that names its kind and the last four characters."""
    if key is None:
        return "(not set)"
    raw = key.get_secret_value()
    if len(raw) <= 12:
        return "****"
    return f"{raw[:6]}…{raw[-4:]}"


def _checked_key(value: str | SecretValue) -> Secret | None:
    """The key without the spaces and newlines a paste brings, or a UsageError when it holds a
    character no HTTP header can carry (a curly quote, a non-breaking space)."""
    raw = (value if isinstance(value, str) else value.get_secret_value()).strip()
    if not raw:
        return None
    for position, char in enumerate(raw, 1):
        if not (" " < char <= "~"):
            import unicodedata

            what = f"U+{ord(char):04X} {unicodedata.name(char, 'a control character').lower()}"
            raise UsageError(
                f"OPENROUTER_API_KEY holds {what} at character {position}, which cannot be sent; "
                "paste the key again as plain text (without quotes or spaces)."
            )
    from resume_chat.redact import remember

    remember(raw)
    return Secret(raw)


def _converted(name: str, value: Any, source: str = "environment") -> Any:
    """A value from the environment or a flag, as the type of its field, checked."""
    if name == "api_key":
        return _checked_key(value)
    if name == "resume":
        return Path(value).expanduser()
    kind = type(Settings._field_defaults[name])
    if kind is bool and isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes", "on")
    if kind in (float, int) and isinstance(value, str):
        try:
            value = kind(value)
        except ValueError:
            raise _invalid(name, _CHECKS[name][1], value, source) from None
    if name in _CHECKS and not _CHECKS[name][0](value):
        raise _invalid(name, _CHECKS[name][1], value, source)
    if name == "base_url":
        return value.rstrip("/")
    if name == "model":
        return value.strip()
    if name == "reasoning_effort":
        return value.strip().lower()
    return value


def load_settings(
    flags: Mapping[str, Any],
    environ: Mapping[str, str],
    dotenv_path: Path | None = Path(".env"),
    config_path: Path | None = None,
) -> Settings:
    """Merge the user config, `.env`, the environment and flags into validated Settings."""
    from resume_chat.config.layers import merged_sources

    sourced = merged_sources(ENVIRONMENT_NAMES, flags, environ, dotenv_path, config_path)
    return Settings(
        **{name: _converted(name, value, source) for name, (value, source) in sourced.items()}
    )
