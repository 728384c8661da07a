"""The command line: thin Typer commands over the chat core.

Only Typer is imported here; each command imports what it needs when it runs, so
`--help` and `--version` cost no more than Typer itself.
"""

import sys
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn, TypeVar

import typer

from resume_chat import __version__
from resume_chat.options import (
    ContinueOption,
    ConversationOption,
    DatabaseOption,
    EffortOption,
    ModelOption,
    NoStoreOption,
    OfflineOption,
    ResumeOption,
    ShowReasoningOption,
    VerboseOption,
)

if TYPE_CHECKING:
    from resume_chat.settings import Settings

T = TypeVar("T")

app = typer.Typer(
    name="resume-chat",
    help="Ask questions about one person's resume (Markdown, PDF, DOCX, JSON Resume, text).",
    add_completion=True,
    context_settings={"help_option_names": ["-h", "--help"]},
    no_args_is_help=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


def fail(message: str, code: int) -> NoReturn:
    sys.stderr.write(f"resume-chat: {message}\n")
    raise SystemExit(code)


def run(main: Callable[[], Coroutine[Any, Any, None]], *, loop_free: bool = False) -> None:
    """Run a front-end; every failure becomes one line and an exit code, never a traceback.

    `loop_free`: the coroutine never waits on I/O (offline answers, no terminal timers), so it
    is driven to its end without an event loop, and asyncio (~15 ms) is never imported.
    """
    from resume_chat.errors import ResumeChatError, reader_gone

    try:
        if loop_free:
            drive(main())
        else:
            import asyncio

            asyncio.run(main())
    except ResumeChatError as error:
        fail(str(error), error.exit_code)
    except KeyboardInterrupt:
        fail("interrupted.", 130)
    except BrokenPipeError:
        reader_gone()


def drive(coroutine: Coroutine[Any, Any, None]) -> None:
    """Run a coroutine that never suspends; one that does is a bug, said as such."""
    try:
        coroutine.send(None)
    except StopIteration:
        return
    coroutine.close()
    raise RuntimeError("a loop-free front-end waited on I/O")


def or_exit(call: Callable[[], T]) -> T:
    """Call it; a ResumeChatError becomes its one line and its exit code."""
    from resume_chat.errors import ResumeChatError

    try:
        return call()
    except ResumeChatError as error:
        fail(str(error), error.exit_code)


def settings_or_exit(**flags: Any) -> "Settings":
    from resume_chat.frontend import configure_logging, settings_from

    configure_logging(bool(flags.pop("verbose", False)))
    return or_exit(lambda: settings_from(flags))


def answering_settings(
    resume: Path | None,
    model: str | None,
    offline: bool,
    verbose: bool,
    reasoning_effort: str | None,
    show_reasoning: bool,
) -> "Settings":
    """The settings of `ask` and `chat`, from the flags they share (False: not given)."""
    return settings_or_exit(
        resume=resume,
        model=model,
        offline=offline or None,
        verbose=verbose,
        reasoning_effort=reasoning_effort,
        show_reasoning=show_reasoning or None,
    )


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
    """Ask questions about one person's resume. With no command, start the chat."""
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
        bool,
        typer.Option("--json", help="Print one JSON object: answer, model, usage, finish_reason."),
    ] = False,
    reasoning_effort: EffortOption = None,
    show_reasoning: ShowReasoningOption = False,
    continue_latest: ContinueOption = False,
    conversation: ConversationOption = None,
    no_store: NoStoreOption = False,
    database: DatabaseOption = None,
    verbose: VerboseOption = False,
) -> None:
    """Answer one question and exit; the answer streams to stdout."""
    from resume_chat import ask as ask_frontend

    settings = answering_settings(resume, model, offline, verbose, reasoning_effort, show_reasoning)
    text = or_exit(lambda: ask_frontend.read_question(question, sys.stdin))
    run(
        lambda: ask_frontend.ask(
            settings,
            text,
            as_json=as_json,
            store=not no_store,
            database=database,
            continue_latest=continue_latest,
            conversation=conversation,
        ),
        # Offline and piped, nothing waits: no event loop is needed (see README, Benchmarks).
        loop_free=settings.use_offline and not sys.stdout.isatty(),
    )


@app.command()
def chat(
    resume: ResumeOption = None,
    model: ModelOption = None,
    offline: OfflineOption = False,
    reasoning_effort: EffortOption = None,
    show_reasoning: ShowReasoningOption = False,
    continue_latest: ContinueOption = False,
    conversation: ConversationOption = None,
    no_store: NoStoreOption = False,
    database: DatabaseOption = None,
    verbose: VerboseOption = False,
) -> None:
    """Start an interactive chat about the resume (the default command)."""
    from resume_chat.chat.run import chat as run_chat

    settings = answering_settings(resume, model, offline, verbose, reasoning_effort, show_reasoning)
    run(
        lambda: run_chat(
            settings,
            store=not no_store,
            database=database,
            continue_latest=continue_latest,
            conversation=conversation,
        )
    )


@app.command()
def check(
    resume: Annotated[
        Path | None,
        typer.Argument(help="The resume file [default: RESUME_CHAT_RESUME or the sample]."),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
) -> None:
    """Show how the resume was read: format, name, sections and their kinds, warnings."""
    from resume_chat.check import render, report
    from resume_chat.resume import load_resume

    settings = settings_or_exit(resume=resume, offline=True)
    loaded = or_exit(lambda: load_resume(settings.resume_path))
    sys.stdout.write(render(report(loaded), as_json))


@app.command()
def models(
    search: Annotated[
        str | None, typer.Argument(help="Only models whose id or name contains this (any case).")
    ] = None,
    refresh: Annotated[
        bool, typer.Option("--refresh", help="Fetch the list again, not the one kept for a day.")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the models as JSON.")] = False,
) -> None:
    """List the endpoint's models: context length and USD per million tokens in and out."""
    from resume_chat.catalog.view import show_models

    settings = settings_or_exit()
    or_exit(lambda: show_models(settings, search, refresh=refresh, as_json=as_json))


from resume_chat.config.cli import completion, config_app, init  # noqa: E402 - Typer only
from resume_chat.serve.cli import serve  # noqa: E402 - Typer only

app.command()(serve)

app.add_typer(config_app, name="config")
app.command()(init)
app.command()(completion)


from resume_chat.history.cli import history_app, insights  # noqa: E402 - Typer only

app.add_typer(history_app, name="history")
app.command()(insights)


def main() -> None:
    """The command. Output still buffered when it ends is written before it exits, so a
    reader that went away (`resume-chat check | head -1`) ends it quietly too."""
    code: str | int | None = 0
    try:
        app()
    except SystemExit as ended:
        code = ended.code
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        from resume_chat.errors import reader_gone

        reader_gone(code)
    raise SystemExit(code)
