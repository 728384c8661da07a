"""Settings: precedence of flags, environment and .env, and one-line errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from resume_chat.errors import UsageError
from resume_chat.settings import DEFAULT_BASE_URL, SAMPLE_RESUME, Secret, load_settings, masked


def test_defaults_without_any_source(tmp_path: Path) -> None:
    """With nothing set, the defaults work from a fresh clone and answers are offline."""
    settings = load_settings({}, {}, tmp_path / ".env")
    assert settings.base_url == DEFAULT_BASE_URL
    assert settings.resume is None  # nothing configured: the sample in the package answers
    assert settings.resume_path == SAMPLE_RESUME
    assert SAMPLE_RESUME.is_file()
    assert settings.timeout == 60
    assert settings.max_retries == 2
    assert settings.use_offline


def test_environment_beats_dotenv_and_flags_beat_both(tmp_path: Path) -> None:
    """Flags > environment > .env, value by value."""
    dotenv = tmp_path / ".env"
    dotenv.write_text(
        "OPENROUTER_API_KEY=sk-or-v1-fromdotenv\nRESUME_CHAT_MODEL=dotenv/model\n"
        "RESUME_CHAT_TIMEOUT=5\n"
    )
    environ = {"RESUME_CHAT_MODEL": "env/model", "RESUME_CHAT_TIMEOUT": "7"}
    settings = load_settings({"timeout": 9.0, "model": None}, environ, dotenv)
    assert settings.api_key is not None
    assert settings.api_key.get_secret_value() == "sk-or-v1-fromdotenv"
    assert settings.model == "env/model"
    assert settings.timeout == 9.0


def test_invalid_value_names_the_variable(tmp_path: Path) -> None:
    """A bad value is one line naming the environment variable and the value."""
    with pytest.raises(UsageError, match=r"RESUME_CHAT_TIMEOUT is invalid.*'soon'"):
        load_settings({}, {"RESUME_CHAT_TIMEOUT": "soon"}, tmp_path / ".env")
    with pytest.raises(UsageError, match="OPENROUTER_BASE_URL"):
        load_settings({}, {"OPENROUTER_BASE_URL": "openrouter.ai"}, tmp_path / ".env")


def test_base_url_trailing_slash_removed(tmp_path: Path) -> None:
    """`…/v1/` and `…/v1` are the same endpoint."""
    settings = load_settings({}, {"OPENROUTER_BASE_URL": "http://localhost:11434/v1/"}, None)
    assert settings.base_url == "http://localhost:11434/v1"


def test_blank_key_means_offline() -> None:
    """An empty OPENROUTER_API_KEY= line in .env does not count as a key."""
    settings = load_settings({"api_key": "  "}, {}, None)
    assert settings.api_key is None
    assert settings.use_offline


def test_masked_key_never_shows_the_secret() -> None:
    """Only the kind prefix and the last four characters are shown."""
    key = "sk-or-v1-0123456789abcdef0123456789abcdef"
    shown = masked(Secret(key))
    assert shown == "sk-or-…cdef"
    assert key[6:-4] not in shown
    assert masked(None) == "(not set)"


def test_invalid_key_setting_does_not_echo_the_key() -> None:
    """Even a rejected key is not printed back."""
    with pytest.raises(UsageError) as caught:
        load_settings({"api_key": "sk-or-v1-secret", "max_retries": "x"}, {}, None)
    assert "sk-or-v1-secret" not in str(caught.value)


def test_user_config_is_below_dotenv_and_errors_name_their_source(tmp_path: Path) -> None:
    """user config < ./.env < environment < flags; a bad value names where it was set."""
    config = tmp_path / "config.env"
    config.write_text('RESUME_CHAT_MODEL="user/model"\nRESUME_CHAT_TIMEOUT="9"\n')
    dotenv = tmp_path / ".env"
    dotenv.write_text("RESUME_CHAT_TIMEOUT=8\n")
    settings = load_settings({}, {}, dotenv, config)
    assert (settings.model, settings.timeout) == ("user/model", 8)
    assert load_settings({"model": "flag/model"}, {}, dotenv, config).model == "flag/model"
    config.write_text("RESUME_CHAT_MAX_RETRIES=lots\n")
    with pytest.raises(UsageError, match=r"RESUME_CHAT_MAX_RETRIES in user config .*config set"):
        load_settings({}, {}, None, config)
    with pytest.raises(UsageError, match=r"^--timeout is invalid: .*\(got '0'\)"):
        load_settings({"timeout": 0.0}, {}, None, None)
    dotenv.write_text("RESUME_CHAT_TIMEOUT=never\n")
    with pytest.raises(UsageError, match=r"RESUME_CHAT_TIMEOUT in ./.env is invalid"):
        load_settings({}, {}, dotenv, None)
