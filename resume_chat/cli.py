"""The command line: thin Typer commands over the chat core.

Only Typer is imported here; each command imports what it needs when it runs, so
`--help` and `--version` cost no more than Typer itself.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer

from resume_chat import __version__

app = typer.Typer(
    name="resume-chat",
    help="Ask questions about one person's Markdown resume.",
    add_completion=False,
    no_args_is_help=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

ResumeOption = Annotated[
    Path | None,
    typer.Option(
        "--resume", "-r", help="Markdown resume [env RESUME_CHAT_RESUME; default data/resume.md]."
    ),
]
ModelOption = Annotated[
    str | None, typer.Option("--model", "-m", help="Model id [env RESUME_CHAT_MODEL].")
]
OfflineOption = Annotated[
    bool, typer.Option("--offline", help="Answer from the resume alone, without a model.")
]
VerboseOption = Annotated[
    bool, typer.Option("--verbose", "-v", help="Log requests, retries and timings to stderr.")
]


def fail(message: str, code: int) -> NoReturn:
    sys.stderr.write(f"resume-chat: {message}\n")
    raise SystemExit(code)


def run(main: Callable[[], Coroutine[Any, Any, None]]) -> None:
    """Run a front-end; every failure becomes one line and an exit code, never a traceback."""
    import asyncio

    from resume_chat.errors import ResumeChatError

    try:
        asyncio.run(main())
    except ResumeChatError as error:
        fail(str(error), error.exit_code)
    except KeyboardInterrupt:
        fail("interrupted.", 130)
    except BrokenPipeError:
        # The reader went away (`| head`); quiet exit, and no second error at interpreter exit.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise SystemExit(1) from None


def settings_or_exit(**flags: Any) -> Any:
    from resume_chat.errors import ResumeChatError
    from resume_chat.frontend import configure_logging, settings_from

    configure_logging(bool(flags.pop("verbose", False)))
    try:
        return settings_from(flags)
    except ResumeChatError as error:
        fail(str(error), error.exit_code)


def _version(value: bool) -> None:
    if value:
        sys.stdout.write(f"resume-chat {__version__}\n")
        raise typer.Exit()


@app.callback(invoke_without_command=True)
def main_callback(
    ctx: typer.Context,
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version."),
    ] = False,
    resume: ResumeOption = None,
    model: ModelOption = None,
    offline: OfflineOption = False,
    verbose: VerboseOption = False,
) -> None:
    """Ask questions about one person's Markdown resume. With no command, start the chat."""
    chat_flags = {"resume": resume, "model": model, "offline": offline, "verbose": verbose}
    if ctx.invoked_subcommand is None:
        ctx.invoke(chat, **chat_flags)
    elif any(chat_flags.values()):
        fail(f"put options after the command: resume-chat {ctx.invoked_subcommand} [OPTIONS].", 2)


@app.command()
def ask(
    question: Annotated[str, typer.Argument(help="The question; `-` reads it from stdin.")],
    resume: ResumeOption = None,
    model: ModelOption = None,
    offline: OfflineOption = False,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print one JSON object: answer, model, usage.")
    ] = False,
    verbose: VerboseOption = False,
) -> None:
    """Answer one question and exit; the answer streams to stdout."""
    from resume_chat import ask as ask_frontend
    from resume_chat.errors import ResumeChatError

    settings = settings_or_exit(
        resume=resume, model=model, offline=offline or None, verbose=verbose
    )
    try:
        text = ask_frontend.read_question(question, sys.stdin)
    except ResumeChatError as error:
        fail(str(error), error.exit_code)
    run(lambda: ask_frontend.ask(settings, text, as_json=as_json))


@app.command()
def chat(
    resume: ResumeOption = None,
    model: ModelOption = None,
    offline: OfflineOption = False,
    verbose: VerboseOption = False,
) -> None:
    """Start an interactive chat about the resume (the default command)."""
    from resume_chat import repl

    settings = settings_or_exit(
        resume=resume, model=model, offline=offline or None, verbose=verbose
    )
    run(lambda: repl.chat(settings))


def main() -> None:
    app()
