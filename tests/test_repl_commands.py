"""The REPL's slash commands and transcript, without any terminal."""

from __future__ import annotations

from resume_chat.chat.commands import (
    COMMANDS,
    Command,
    Question,
    UnknownCommand,
    completions,
    help_lines,
    parse_line,
    transcript,
)
from resume_chat.conversation import Turn


def test_plain_text_is_a_question() -> None:
    """A line not starting with '/' is asked as it is, stripped."""
    assert parse_line("  Where does Maya work?  ") == Question("Where does Maya work?")


def test_blank_line_is_nothing() -> None:
    """Blank input does nothing (and is never sent to the model)."""
    assert parse_line("   \n ") is None


def test_command_with_argument() -> None:
    """The argument is the rest of the line, stripped; the name is case-insensitive."""
    assert parse_line("/MODEL  anthropic/claude-sonnet-4 ") == Command(
        "/model", "anthropic/claude-sonnet-4"
    )
    assert parse_line("/save ~/my chat.md") == Command("/save", "~/my chat.md")


def test_aliases() -> None:
    """/quit and /q leave like /exit."""
    assert parse_line("/quit") == Command("/exit", "")
    assert parse_line("/q") == Command("/exit", "")


def test_unknown_command_gets_a_hint_not_a_question() -> None:
    """A mistyped command is never a question; its hint points at the nearest command."""
    parsed = parse_line("/histroy")
    assert parsed == UnknownCommand("/histroy")
    assert isinstance(parsed, UnknownCommand)
    assert "/history" in parsed.hint
    assert "\n" not in parsed.hint


def test_double_slash_sends_a_literal_slash() -> None:
    """'//' escapes a question that really starts with '/'."""
    assert parse_line("//etc/hosts: what is it?") == Question("/etc/hosts: what is it?")


def test_command_name_ends_at_a_newline() -> None:
    """A pasted '/save\\nx.md' still names /save."""
    assert parse_line("/save\nx.md") == Command("/save", "x.md")


def test_completions_only_for_command_names() -> None:
    """Completion offers commands matching the typed prefix, and nothing inside a question."""
    assert [name for name, _ in completions("/h")] == ["/help", "/history"]
    assert [name for name, _ in completions("/")] == list(COMMANDS)
    assert completions("what /h") == []
    assert completions("/model x") == []


def test_help_lists_every_command() -> None:
    """Every command appears in /help, with its argument."""
    text = "\n".join(help_lines())
    for name in COMMANDS:
        assert name in text
    assert "/save PATH" in text


def test_transcript_is_markdown_with_quoted_questions() -> None:
    """Questions are quoted line by line (multi-line ones too); answers kept as written."""
    turns = [Turn("Where?\nAnd when?", "At **Acme**."), Turn("Skills?", "- Go\n- SQL")]
    text = transcript(turns, "Maya Lindqvist", "model m")
    assert text.startswith("# Chat about Maya Lindqvist's resume\n\n_model m_\n")
    assert "## Question 1\n\n> Where?\n> And when?\n\nAt **Acme**." in text
    assert "## Question 2\n\n> Skills?\n\n- Go\n- SQL\n" in text
    assert text.endswith("\n")
