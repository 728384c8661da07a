"""Serve settings: flags over environment, validation as one line, the exposure warning."""

from __future__ import annotations

import pytest

from resume_chat.errors import UsageError
from resume_chat.serve.limits import ServeSettings, load_serve_settings


def test_flags_win_over_the_environment() -> None:
    """A flag overrides its RESUME_CHAT_SERVE_* variable; unset flags fall back to it."""
    settings = load_serve_settings(
        {"port": 9000, "host": None},
        {"RESUME_CHAT_SERVE_PORT": "8000", "RESUME_CHAT_SERVE_TOKEN": "t0k"},
        dotenv_path=None,
    )
    assert settings.port == 9000
    assert settings.host == "127.0.0.1"
    assert settings.token is not None
    assert settings.token.get_secret_value() == "t0k"


def test_invalid_setting_is_one_line_that_hides_the_token() -> None:
    """A bad value names its variable; the token's value is never echoed."""
    with pytest.raises(UsageError, match="RESUME_CHAT_SERVE_PORT is invalid"):
        load_serve_settings({}, {"RESUME_CHAT_SERVE_PORT": "99999"}, dotenv_path=None)
    with pytest.raises(UsageError, match=r"--allow-origin is invalid.*got 'me\.example'") as bad:
        load_serve_settings({"allow_origins": ("me.example",)}, {}, dotenv_path=None)
    assert "\n" not in str(bad.value)


@pytest.mark.parametrize(
    ("values", "warns"),
    [
        ({"host": "127.0.0.1"}, False),
        ({"host": "localhost"}, False),
        ({"host": "::1"}, False),
        ({"host": "0.0.0.0"}, True),
        ({"host": "0.0.0.0", "token": "t"}, False),
        ({"host": "0.0.0.0", "allow_origins": ("https://me.example",)}, False),
    ],
)
def test_exposure_warning_only_for_unguarded_network_binds(
    values: dict[str, object], warns: bool
) -> None:
    """Binding beyond loopback with neither a token nor an allow-list prints a warning."""
    assert (ServeSettings(**values).exposure_warning() is not None) is warns  # type: ignore[arg-type]


def test_trusted_proxies_come_comma_separated_from_the_environment() -> None:
    """RESUME_CHAT_SERVE_TRUST_PROXY lists CIDRs; a bad one is one line naming it."""
    settings = load_serve_settings(
        {}, {"RESUME_CHAT_SERVE_TRUST_PROXY": "10.0.0.0/8, ::1"}, dotenv_path=None
    )
    assert settings.trust_proxy == ("10.0.0.0/8", "::1")
    with pytest.raises(UsageError, match="RESUME_CHAT_SERVE_TRUST_PROXY is invalid") as bad:
        load_serve_settings({}, {"RESUME_CHAT_SERVE_TRUST_PROXY": "10.0.0.0/33"}, None)
    assert "\n" not in str(bad.value)
    assert "not an address or CIDR" in str(bad.value)


def test_the_connection_buffer_bounds_the_frames_queued_in() -> None:
    """At least one whole frame is buffered; a bigger buffer holds more."""
    assert ServeSettings().incoming_frames == 1
    assert ServeSettings(connection_buffer_bytes=256 * 1024).incoming_frames == 4
    assert ServeSettings(connection_buffer_bytes=4096).incoming_frames == 1
