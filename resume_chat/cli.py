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

ResumeOption = Annotated[
    Path | None,
    typer.Option(
        "--resume",
        "-r",
        help="Resume: Markdown, PDF, DOCX, JSON Resume or text [env RESUME_CHAT_RESUME;"
        " default: the sample resume].",
    ),
]
ModelOption = Annotated[
    str | None, typer.Option("--model", "-m", help="Model id [env RESUME_CHAT_MODEL].")
]
OfflineOption = Annotated[
    bool, typer.Option("--offline", help="Answer from the resume alone, without a model.")
]
EffortOption = Annotated[
    str | None,
    typer.Option(
        "--reasoning-effort",
        help="auto, none, minimal, low, medium, high or xhigh [env RESUME_CHAT_REASONING_EFFORT;"
        " default low on OpenRouter].",
        metavar="LEVEL",
    ),
]
ShowReasoningOption = Annotated[
    bool,
    typer.Option("--show-reasoning", help="Print the model's reasoning, dimmed, above the answer."),
]
ContinueOption = Annotated[
    bool, typer.Option("--continue", "-c", help="Continue the latest conversation.")
]
ConversationOption = Annotated[
    str | None,
    typer.Option(
        "--conversation", help="Continue this conversation (an ID from `history`).", metavar="ID"
    ),
]
NoStoreOption = Annotated[
    bool,
    typer.Option("--no-store", help="Keep nothing in the history [env RESUME_CHAT_STORE=off]."),
]
DatabaseOption = Annotated[
    str | None,
    typer.Option(
        "--database",
        help="History database: a file or postgresql://… [env RESUME_CHAT_DATABASE_URL].",
        metavar="URL",
    ),
]
VerboseOption = Annotated[
    bool, typer.Option("--verbose", "-v", help="Log requests, retries and timings to stderr.")
]


def fail(message: str, code: int) -> NoReturn:
    sys.stderr.write(f"resume-chat: {message}\n")
    raise SystemExit(code)


def run(main: Callable[[], Coroutine[Any, Any, None]], *, loop_free: bool = False) -> None:
    """Run a front-end; every failure becomes one line and an exit code, never a traceback.

    `loop_free`: the coroutine never waits on I/O (offline answers, no terminal timers), so it
    is driven to its end without an event loop, and asyncio (~15 ms) is never imported.
    """
    from resume_chat.errors import ResumeChatError

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
        # The reader went away (`| head`); quiet exit, and no second error at interpreter exit.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise SystemExit(1) from None


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

    settings = settings_or_exit(
        resume=resume,
        model=model,
        offline=offline or None,
        verbose=verbose,
        reasoning_effort=reasoning_effort,
        show_reasoning=show_reasoning or None,
    )
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

    settings = settings_or_exit(
        resume=resume,
        model=model,
        offline=offline or None,
        verbose=verbose,
        reasoning_effort=reasoning_effort,
        show_reasoning=show_reasoning or None,
    )
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
def serve(
    resume: ResumeOption = None,
    model: ModelOption = None,
    offline: OfflineOption = False,
    host: Annotated[
        str | None, typer.Option(help="Interface to bind [default 127.0.0.1: this machine only].")
    ] = None,
    port: Annotated[int | None, typer.Option(help="TCP port [default 8765; 0 picks one].")] = None,
    allow_origin: Annotated[
        list[str] | None,
        typer.Option(help="Also accept browsers from this origin (repeatable).", metavar="URL"),
    ] = None,
    token: Annotated[
        str | None,
        typer.Option(help="Require this token from clients [env RESUME_CHAT_SERVE_TOKEN]."),
    ] = None,
    max_frame_bytes: Annotated[
        int | None, typer.Option(help="Largest client frame; bigger closes with 1009 [64 KiB].")
    ] = None,
    max_question_chars: Annotated[
        int | None, typer.Option(help="Longest question in characters [4000].")
    ] = None,
    max_connections: Annotated[
        int | None, typer.Option(help="Concurrent connections; more get HTTP 503 [2000].")
    ] = None,
    questions_per_minute: Annotated[
        int | None, typer.Option(help="Questions per minute per connection [10].")
    ] = None,
    history_turns: Annotated[
        int | None, typer.Option(help="Turns remembered per session [20].")
    ] = None,
    idle_timeout: Annotated[
        float | None, typer.Option(help="Seconds without a message before closing [600].")
    ] = None,
    daily_spend_cap: Annotated[
        float | None,
        typer.Option(help="USD per UTC day across all sessions, from reported cost [no cap]."),
    ] = None,
    trust_proxy: Annotated[
        list[str] | None,
        typer.Option(
            help="Read the client's address from X-Forwarded-For/Forwarded when the peer is in "
            "this CIDR (repeatable) [none].",
            metavar="CIDR",
        ),
    ] = None,
    max_connections_per_address: Annotated[
        int | None, typer.Option(help="Connections per client address; loopback exempt [20].")
    ] = None,
    questions_per_minute_per_address: Annotated[
        int | None, typer.Option(help="Questions per minute per client address [30].")
    ] = None,
    send_timeout: Annotated[
        float | None,
        typer.Option(help="Seconds a client may leave its socket unread; then 1008 [20]."),
    ] = None,
    connection_buffer_bytes: Annotated[
        int | None, typer.Option(help="Bytes buffered per connection each way [64 KiB].")
    ] = None,
    max_handshakes: Annotated[
        int | None,
        typer.Option(help="Unfinished handshakes; past it the oldest is dropped [128]."),
    ] = None,
    handshake_timeout: Annotated[
        float | None, typer.Option(help="Seconds a client has to finish its handshake [5].")
    ] = None,
    workers: Annotated[
        int | None,
        typer.Option(help="Processes answering on the port (SO_REUSEPORT); one per core [1]."),
    ] = None,
    no_store: Annotated[
        bool,
        typer.Option(
            "--no-store", help="Keep no visitor's conversation [env RESUME_CHAT_STORE=off]."
        ),
    ] = False,
    database: DatabaseOption = None,
    reasoning_effort: EffortOption = None,
    verbose: VerboseOption = False,
) -> None:
    """Serve the chat over a WebSocket at /ws, with a demo page at / and /health."""
    import os

    from resume_chat.config.layers import user_config_path
    from resume_chat.frontend import offline_notice, sample_notice
    from resume_chat.serve.limits import load_serve_settings
    from resume_chat.serve.process import run_serve
    from resume_chat.serve.runtime import serve_logging
    from resume_chat.serve.storage import StoreChoice
    from resume_chat.store.location import retention_days, store_enabled, store_target

    settings = settings_or_exit(
        resume=resume, model=model, offline=offline or None, reasoning_effort=reasoning_effort
    )
    limits = or_exit(
        lambda: load_serve_settings(
            {
                "host": host,
                "port": port,
                "allow_origins": tuple(allow_origin) if allow_origin else None,
                "token": token,
                "max_frame_bytes": max_frame_bytes,
                "max_question_chars": max_question_chars,
                "max_connections": max_connections,
                "questions_per_minute": questions_per_minute,
                "history_turns": history_turns,
                "idle_timeout": idle_timeout,
                "daily_spend_cap": daily_spend_cap,
                "trust_proxy": tuple(trust_proxy) if trust_proxy else None,
                "max_connections_per_address": max_connections_per_address,
                "questions_per_minute_per_address": questions_per_minute_per_address,
                "send_timeout": send_timeout,
                "connection_buffer_bytes": connection_buffer_bytes,
                "max_handshakes": max_handshakes,
                "handshake_timeout": handshake_timeout,
                "workers": workers,
            },
            os.environ,
            config_path=user_config_path(os.environ),
        )
    )
    keep = not no_store and store_enabled(os.environ)
    if keep:
        or_exit(lambda: store_target(os.environ, database))  # a bad URL is one line, exit 2
    store = StoreChoice(keep, database, or_exit(lambda: retention_days(os.environ)))
    from resume_chat.resume import load_resume

    # The resume first: a bad file is the one line to print, not after the notices.
    loaded = or_exit(lambda: load_resume(settings.resume_path))
    serve_logging(verbose)
    for notice in (limits.exposure_warning(), sample_notice(settings), offline_notice(settings)):
        if notice:
            sys.stderr.write(f"resume-chat: {notice}\n")
    from resume_chat.errors import ResumeChatError

    try:
        code = run_serve(settings, limits, loaded, store, workers=limits.workers, verbose=verbose)
    except ResumeChatError as error:
        fail(str(error), error.exit_code)
    except KeyboardInterrupt:
        fail("interrupted.", 130)
    if code:
        raise typer.Exit(code)


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

app.add_typer(config_app, name="config")
app.command()(init)
app.command()(completion)


from resume_chat.history.cli import history_app, insights  # noqa: E402 - Typer only

app.add_typer(history_app, name="history")
app.command()(insights)


def main() -> None:
    app()
