"""The `history` commands and `insights`: Typer only at import, the store when a command runs."""

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated, NoReturn, TypeVar

import typer

if TYPE_CHECKING:
    from resume_chat.store.store import ConversationStore

T = TypeVar("T")

history_app = typer.Typer(
    help="List, show, export and delete the conversations kept (newest first).",
    add_completion=False,
    invoke_without_command=True,
    no_args_is_help=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

DatabaseOption = Annotated[
    str | None,
    typer.Option(
        "--database",
        help="A SQLite file or postgresql:// URL [env RESUME_CHAT_DATABASE_URL].",
        metavar="URL",
    ),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON.")]
IdArgument = Annotated[str, typer.Argument(help="The conversation's ID, or its start.")]


def _fail(message: str, code: int) -> NoReturn:
    sys.stderr.write(f"resume-chat: {message}\n")
    raise SystemExit(code)


def _guarded(call: Callable[[], T]) -> T:
    """Every ResumeChatError becomes its one line and its exit code (2 for bad input)."""
    from resume_chat.errors import ResumeChatError

    try:
        return call()
    except ResumeChatError as error:
        _fail(str(error), error.exit_code)


def _open(database: str | None) -> "ConversationStore | None":
    import os

    from resume_chat.config.layers import store_environment
    from resume_chat.store.location import store_target
    from resume_chat.store.sqlite import NoDatabaseYet
    from resume_chat.store.store import open_store

    target = _guarded(lambda: store_target(store_environment(os.environ), database))
    try:
        return open_store(target, create=False)
    except NoDatabaseYet:
        return None
    except Exception as error:
        from resume_chat.errors import ResumeChatError

        if isinstance(error, ResumeChatError):
            _fail(str(error), error.exit_code)
        raise


@history_app.callback()
def history(
    ctx: typer.Context,
    source: Annotated[
        str | None, typer.Option(help="Only conversations from ask, chat or serve.")
    ] = None,
    since: Annotated[
        str | None,
        typer.Option(help="Only conversations active since a date (2025-03-01) or span (7d)."),
    ] = None,
    search: Annotated[
        str | None, typer.Option(help="Only conversations whose questions or answers hold TEXT.")
    ] = None,
    as_json: JsonOption = False,
    database: DatabaseOption = None,
) -> None:
    """List the conversations kept, newest first."""
    ctx.obj = database
    if ctx.invoked_subcommand is not None:
        return
    from resume_chat.history import view, when
    from resume_chat.store.records import SOURCES, utc_now

    if source is not None and source not in SOURCES:
        _fail(f"--source takes ask, chat or serve, not {source!r}.", 2)
    moment = _guarded(lambda: when.moment(since, "--since", utc_now())) if since else None
    store = _open(database)
    try:
        found = _guarded(
            lambda: store.conversations(source=source, since=moment, search=search) if store else []
        )
    finally:
        if store is not None:
            store.close()
    out = view.stdout()
    if as_json:
        view.print_json([c.as_json() for c in found], out)
    else:
        rows = view.conversation_rows(found, out.isatty())
        view.print_table(view.CONVERSATION_HEADERS, rows, out)


def _conversation(ctx: typer.Context, conversation: str, show: Callable[..., object]) -> None:
    store = _open(ctx.obj)
    if store is None:
        _fail("no conversations have been kept yet.", 2)
    try:
        found = _guarded(lambda: store.conversation(store.resolve(conversation)))
        turns = _guarded(lambda: store.turns(found.id))
    finally:
        store.close()
    show(found, turns)


@history_app.command("show")
def show(ctx: typer.Context, conversation: IdArgument, as_json: JsonOption = False) -> None:
    """Print one conversation."""
    from resume_chat.history import view

    out = view.stdout()
    if as_json:
        _conversation(ctx, conversation, lambda c, t: view.print_json(view.as_json(c, t), out))
    else:
        _conversation(ctx, conversation, lambda c, t: view.show(c, t, out))


@history_app.command("export")
def export(
    ctx: typer.Context,
    conversation: IdArgument,
    format: Annotated[str, typer.Option("--format", help="md or json.")] = "md",
) -> None:
    """Write one conversation to stdout as Markdown or JSON."""
    from resume_chat.history import view

    out = view.stdout()
    if format == "md":
        _conversation(ctx, conversation, lambda c, t: out.write(view.markdown(c, t)))
    elif format == "json":
        _conversation(ctx, conversation, lambda c, t: view.print_json(view.as_json(c, t), out))
    else:
        _fail(f"--format takes md or json, not {format!r}.", 2)


@history_app.command("delete")
def delete(
    ctx: typer.Context,
    conversation: Annotated[str | None, typer.Argument(help="The conversation's ID.")] = None,
    everything: Annotated[bool, typer.Option("--all", help="Delete every conversation.")] = False,
    older_than: Annotated[
        str | None, typer.Option(help="Delete conversations idle longer than this (30d).")
    ] = None,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask for confirmation.")] = False,
) -> None:
    """Delete one conversation, all of them, or those older than a span."""
    from resume_chat.history import when
    from resume_chat.store.records import utc_now

    if sum((conversation is not None, everything, older_than is not None)) != 1:
        _fail("give one of: a conversation ID, --all, or --older-than 30d.", 2)
    age = _guarded(lambda: when.span(older_than, "--older-than")) if older_than else None
    store = _open(ctx.obj)
    if store is None:
        sys.stdout.write("Nothing to delete: no conversations have been kept yet.\n")
        return
    try:
        if conversation is not None:
            target = _guarded(lambda: store.resolve(conversation))
            what = f"conversation {target}"
        elif everything:
            what = "every conversation"
        else:
            what = f"conversations idle for more than {older_than}"
        if not yes:
            if not sys.stdin.isatty():
                _fail(f"not deleting {what} without --yes (no terminal to confirm on).", 2)
            if not typer.confirm(f"Delete {what}?", default=False):
                _fail("nothing deleted.", 1)
        if conversation is not None:
            count = _guarded(lambda: store.delete([target]))
        elif everything:
            count = _guarded(store.delete_all)
        else:
            assert age is not None
            count = _guarded(lambda: store.delete_older_than(utc_now() - age))
    finally:
        store.close()
    sys.stdout.write(f"Deleted {count} conversation(s).\n")


def insights(
    days: Annotated[str, typer.Option(help="Days to cover, today included.")] = "7",
    source: Annotated[str, typer.Option(help="serve (visitors), ask, chat or all.")] = "serve",
    as_json: JsonOption = False,
    database: DatabaseOption = None,
) -> None:
    """What visitors asked: per day, answers, failures, cost, what the resume did not answer."""
    from resume_chat.history import view, when
    from resume_chat.history.insights import insights as report_on
    from resume_chat.store.records import SOURCES

    span = _guarded(lambda: when.days(days))
    if source not in (*SOURCES, "all"):
        _fail(f"--source takes serve, ask, chat or all, not {source!r}.", 2)
    store = _open(database)
    try:
        report = None
        if store is not None:
            report = _guarded(lambda: report_on(store, span, None if source == "all" else source))
    finally:
        if store is not None:
            store.close()
    if report is None:
        _fail("no conversations have been kept yet.", 1)
    out = view.stdout()
    if as_json:
        view.print_json(report, out)
    else:
        view.insights_text(report, out)
