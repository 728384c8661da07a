"""Where the REPL's lines come from: a prompt_toolkit prompt in a terminal, else one per line."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TextIO

from resume_chat.chat.commands import completions

if TYPE_CHECKING:
    from prompt_toolkit.completion import Completer
    from prompt_toolkit.history import History
    from prompt_toolkit.input import Input
    from prompt_toolkit.key_binding import KeyBindings
    from prompt_toolkit.output import Output

PROMPT = "› "


class LineSource(Protocol):
    async def read(self) -> str | None:
        """The next line; None at the end of input. May raise KeyboardInterrupt (Ctrl-C)."""
        ...


class PipedLines:
    """One question or command per line of a non-terminal stream (`printf 'q1\\nq2\\n' | …`)."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    async def read(self) -> str | None:
        # A blocking read is fine: nothing else runs while the REPL waits for its next line.
        line = self.stream.readline()
        return line.rstrip("\r\n") if line else None


def history_file() -> Path | None:
    """Where questions are remembered between runs (honours XDG_DATA_HOME on Linux); nowhere,
    where no home folder is to be had: then only for this run."""
    from resume_chat.userdirs import NoHomeFolder, user_folder

    try:
        return user_folder("data") / "history"
    except NoHomeFolder:
        return None


def open_history(path: Path | None, warn: Callable[[str], None] | None = None) -> History:
    """A file history, readable by its owner only, when it can be one; else in memory for this
    run, with one warning (a directory or a FIFO in its place must neither crash nor hang)."""
    import os
    import stat

    from prompt_toolkit.history import FileHistory, InMemoryHistory

    if path is None:
        return InMemoryHistory()
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        if path.exists() and not stat.S_ISREG(path.stat().st_mode):
            raise OSError(f"{path} is not a regular file")
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600))
        os.chmod(path, 0o600)  # an older history file may have been made readable by all
    except OSError as error:
        if warn is not None:
            reason = error.strerror or str(error)
            warn(f"Questions are not kept between runs: {path}: {reason}.")
        return InMemoryHistory()
    return FileHistory(str(path))


def command_completer() -> Completer:
    from prompt_toolkit.completion import Completer, Completion

    class CommandCompleter(Completer):
        """Completes slash-command names at the start of the line."""

        def get_completions(self, document, complete_event):  # type: ignore[no-untyped-def]
            typed = document.text_before_cursor
            for name, help in completions(typed):
                yield Completion(name, start_position=-len(typed), display_meta=help)

    return CommandCompleter()


def _key_bindings() -> KeyBindings:
    from prompt_toolkit.key_binding import KeyBindings, KeyPressEvent

    bindings = KeyBindings()

    # Alt-Enter arrives as Escape then Enter in a terminal; both insert a newline, Enter asks.
    @bindings.add("escape", "enter", eager=True)
    def _newline(event: KeyPressEvent) -> None:
        event.current_buffer.insert_text("\n")

    @bindings.add("c-c", eager=True)
    def _clear_or_interrupt(event: KeyPressEvent) -> None:
        """Ctrl-C clears a typed line; on an empty line it tells the REPL (which shows a hint)."""
        if event.current_buffer.text:
            event.current_buffer.reset()
        else:
            event.app.exit(exception=KeyboardInterrupt, style="class:aborting")

    return bindings


class PromptInput:
    """The interactive prompt: history across runs, suggestions, completion, multi-line input."""

    def __init__(
        self,
        history_path: Path | None,
        *,
        input: Input | None = None,
        output: Output | None = None,
        warn: Callable[[str], None] | None = None,
    ) -> None:
        from prompt_toolkit import PromptSession
        from prompt_toolkit.auto_suggest import AutoSuggestFromHistory

        self._session: PromptSession[str] = PromptSession(
            PROMPT,
            history=open_history(history_path, warn),
            auto_suggest=AutoSuggestFromHistory(),
            completer=command_completer(),
            complete_while_typing=True,
            key_bindings=_key_bindings(),
            multiline=False,
            prompt_continuation=lambda width, line, wrapped: "  ",
            input=input,
            output=output,
        )

    async def read(self) -> str | None:
        try:
            return await self._session.prompt_async()
        except EOFError:
            return None
