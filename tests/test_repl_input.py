"""Where the REPL's lines come from: the history file, command completion, piped lines."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest
from prompt_toolkit.completion import CompleteEvent
from prompt_toolkit.document import Document
from prompt_toolkit.history import FileHistory, InMemoryHistory

from resume_chat.chat.prompt_input import PipedLines, command_completer, history_file, open_history


@pytest.mark.skipif(sys.platform != "linux", reason="XDG_DATA_HOME is the Linux convention")
def test_history_file_honours_xdg_data_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The history lives in the user's data directory, which XDG_DATA_HOME moves."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert history_file() == tmp_path / "resume-chat" / "history"


def test_history_directory_is_created(tmp_path: Path) -> None:
    """A first run creates the data directory and keeps history in a file."""
    path = tmp_path / "new" / "resume-chat" / "history"
    assert isinstance(open_history(path), FileHistory)
    assert path.is_file()


def test_unwritable_history_falls_back_to_memory(tmp_path: Path) -> None:
    """If the data directory cannot be made, history is kept for this run only (no crash)."""
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    assert isinstance(open_history(blocker / "resume-chat" / "history"), InMemoryHistory)


def test_completer_offers_commands_at_line_start() -> None:
    """Tab after '/hi' offers /history; inside a question nothing is offered."""
    completer = command_completer()
    offered = completer.get_completions(Document("/hi"), CompleteEvent(completion_requested=True))
    assert [(c.text, c.start_position) for c in offered] == [("/history", -3)]
    inside = completer.get_completions(Document("what /hi"), CompleteEvent())
    assert list(inside) == []


async def test_piped_lines_end_with_none() -> None:
    """Each line comes without its line ending; the end of input is None."""
    lines = PipedLines(io.StringIO("first\r\n\nlast"))
    assert [await lines.read() for _ in range(4)] == ["first", "", "last", None]
