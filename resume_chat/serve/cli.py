"""`resume-chat serve`'s command line: its many options, then the server (imported on run).

Only Typer is imported here, as in resume_chat.cli.
"""

from typing import Annotated

import typer

from resume_chat.options import (
    DatabaseOption,
    EffortOption,
    ModelOption,
    OfflineOption,
    ResumeOption,
    VerboseOption,
)


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
    import sys

    from resume_chat.cli import fail, or_exit, settings_or_exit
    from resume_chat.config.layers import user_config_file
    from resume_chat.frontend import notice_lines
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
            config_path=user_config_file(os.environ),
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
    for notice in (limits.exposure_warning(), *notice_lines(settings)):
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
