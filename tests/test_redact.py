"""Keys never pass: whole texts, texts that arrive in pieces, and log lines."""

from __future__ import annotations

import logging

import pytest

from resume_chat.redact import REDACTED, RedactingFormatter, StreamRedactor, redact, remember

KEY = "sk-or-v1-" + "0123456789abcdef" * 4
ODD_KEY = "local-server-token-42xyz"  # a key of no known shape, for a local server


@pytest.fixture(autouse=True)
def remembered() -> None:
    remember(ODD_KEY)


@pytest.mark.parametrize(
    "text",
    [
        f"Bad key {KEY}.",
        f"Authorization: Bearer {ODD_KEY}",
        f"header was 'Bearer {KEY}'",
        f"{ODD_KEY}",
        "sk-or-v1-deadbeefdeadbeefdeadbeef (someone else's)",
        "https://user:hunter2pass@proxy.example/v1",
    ],
)
def test_secrets_and_key_shapes_are_removed(text: str) -> None:
    cleaned = redact(text)
    assert REDACTED in cleaned
    for secret in (KEY, ODD_KEY, "deadbeefdeadbeef", "hunter2pass"):
        assert secret not in cleaned


@pytest.mark.parametrize(
    "text",
    [
        "She used sk-learn and scikit-learn at Acme.",
        "Bearer bonds and bearer instruments.",
        "Maya's skills: Python, SQL; https://maya.dev/cv",
        "Contact: maya@example.com",
    ],
)
def test_ordinary_text_is_left_alone(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize("secret", [KEY, ODD_KEY])
def test_a_key_split_anywhere_in_a_stream_never_shows(secret: str) -> None:
    """Cut the text at every point, and in single characters: the key never gets through,
    and everything else does, in order."""
    text = f"Your key is {secret}, is it not? Thanks."
    expected = f"Your key is {REDACTED}, is it not? Thanks."
    for cut in range(1, len(text)):
        stream = StreamRedactor()
        shown = stream.feed(text[:cut]) + stream.feed(text[cut:]) + stream.close()
        assert shown == expected, cut
    stream = StreamRedactor()
    shown = "".join(stream.feed(char) for char in text) + stream.close()
    assert shown == expected


def test_ordinary_text_streams_without_waiting() -> None:
    """Only a tail that could start a key waits; plain words pass at once."""
    stream = StreamRedactor()
    assert stream.feed("Maya works at Northwind. ") == "Maya works at Northwind. "
    assert stream.feed("She s") == "She "  # "s" may start "sk-…"
    assert stream.feed("tarted in 2021.") == "started in 2021."
    assert stream.close() == ""


def test_log_lines_are_redacted() -> None:
    formatter = RedactingFormatter("%(message)s")
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "sent %s", (KEY,), None)
    assert formatter.format(record) == f"sent {REDACTED}"
