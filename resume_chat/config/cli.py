"""The set-up commands: `config` (show, set, unset, path), `init` and `completion`.

Only Typer is imported here, as in resume_chat.cli: each command imports what it needs.
"""

import sys
from pathlib import Path
from typing import Annotated

import typer

config_app = typer.Typer(
    help="Show or change the user configuration (flags, environment and ./.env still win).",
    no_args_is_help=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _done(lines: list[str]) -> None:
    for line in lines:
        sys.stdout.write(line + "\n")


@config_app.callback(invoke_without_command=True)
def show(
    ctx: typer.Context,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
) -> None:
    """Every effective setting, its value (keys masked) and where it came from."""
    if ctx.invoked_subcommand is not None:
        return
    import os

    from resume_chat.cli import or_exit
    from resume_chat.config.command import effective, render
    from resume_chat.config.layers import user_config_path

    path = or_exit(lambda: user_config_path(os.environ))  # no home folder: one line, exit 2
    rows = or_exit(lambda: effective(os.environ, path))
    render(rows, path, as_json=as_json, stdout=sys.stdout)


@config_app.command("set")
def set_command(
    name: Annotated[str, typer.Argument(help="A setting, e.g. RESUME_CHAT_MODEL or model.")],
    value: Annotated[str, typer.Argument(help="Its value; `-` reads it from standard input.")],
) -> None:
    """Set one setting in the user configuration file (checked first; created owner-only)."""
    from resume_chat.cli import or_exit
    from resume_chat.config.command import set_value

    _done([or_exit(lambda: set_value(name, value))])


@config_app.command("unset")
def unset_command(name: Annotated[str, typer.Argument(help="The setting to remove.")]) -> None:
    """Remove one setting from the user configuration file."""
    from resume_chat.cli import or_exit
    from resume_chat.config.command import unset_value

    _done([or_exit(lambda: unset_value(name))])


@config_app.command("path")
def path_command() -> None:
    """Print where the user configuration file is (it may not exist yet)."""
    import os

    from resume_chat.cli import or_exit
    from resume_chat.config.layers import user_config_path

    _done([str(or_exit(lambda: user_config_path(os.environ)))])


def init(
    resume: Annotated[
        Path | None, typer.Option("--resume", "-r", help="Your resume file (checked now).")
    ] = None,
    model: Annotated[str | None, typer.Option("--model", "-m", help="Default model id.")] = None,
    key_stdin: Annotated[
        bool, typer.Option("--key-stdin", help="Read the API key from standard input.")
    ] = False,
) -> None:
    """Set up: your resume, your key (not echoed) and a default model, in the user config."""
    from resume_chat.cli import or_exit
    from resume_chat.config.setup import run_init

    try:
        lines = or_exit(lambda: run_init(resume=resume, model=model, key_stdin=key_stdin))
    except (EOFError, KeyboardInterrupt):
        sys.stderr.write("\nresume-chat: init stopped; nothing more was written.\n")
        raise SystemExit(130) from None
    _done(lines or ["Nothing changed."])


def completion(
    ctx: typer.Context,
    shell: Annotated[str, typer.Argument(help="bash, zsh or fish.", metavar="SHELL")],
) -> None:
    """Print the completion script for SHELL (`--install-completion` installs it)."""
    if shell not in ("bash", "zsh", "fish"):
        from resume_chat.cli import fail

        fail(f"no completion for {shell!r}; choose bash, zsh or fish.", 2)
    from typer._completion_shared import get_completion_script

    name = ctx.find_root().info_name or "resume-chat"
    variable = "_{}_COMPLETE".format(name.replace("-", "_").upper())
    sys.stdout.write(get_completion_script(prog_name=name, complete_var=variable, shell=shell))
    sys.stdout.write("\n")
