"""`resume-chat config`: every effective setting and where it came from; set, unset, path.

Settings are named as their environment variables (`RESUME_CHAT_MODEL`), or by the setting's
short name (`model`). A value is checked as the command that uses it will check it before it
is written, so a bad one is refused here and not at the next question.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any, TextIO

from resume_chat.config.file import write_setting
from resume_chat.config.layers import merged_sources, user_config_path
from resume_chat.errors import UsageError
from resume_chat.settings import ENVIRONMENT_NAMES, Secret, Settings, _converted, masked

SECRETS = {"OPENROUTER_API_KEY", "RESUME_CHAT_SERVE_TOKEN"}


def all_names() -> dict[str, str]:
    """Every setting the configuration file may hold: setting name -> variable."""
    from resume_chat.config.layers import STORE_NAMES
    from resume_chat.serve.limits import SERVE_ENVIRONMENT_NAMES

    return {**ENVIRONMENT_NAMES, **STORE_NAMES, **SERVE_ENVIRONMENT_NAMES}


def variable_for(name: str) -> str:
    """The variable a person means by NAME (either spelling, any case), or a UsageError."""
    names = all_names()
    wanted = name.strip()
    for setting, variable in names.items():
        if wanted.upper() == variable or wanted.lower().replace("-", "_") == setting:
            return variable
    known = ", ".join(sorted(names.values()))
    raise UsageError(f"Unknown setting {name!r}; known settings: {known}.")


def _defaults() -> dict[str, Any]:
    from resume_chat.serve.limits import ServeSettings

    serve = {name: info.default for name, info in ServeSettings.model_fields.items()}
    store = {"store": "on", "database_url": None, "retention_days": 30}
    return {**Settings._field_defaults, **store, **serve}


def effective(environ: Mapping[str, str], config_path: Path) -> list[dict[str, str]]:
    """One row per setting: variable, value as it may be shown, and its source."""
    names = all_names()
    sourced = merged_sources(names, {}, environ, Path(".env"), config_path)
    defaults = _defaults()
    rows = []
    for setting, variable in names.items():
        if setting in sourced:
            value, source = sourced[setting]
        else:
            value, source = defaults.get(setting), "default"
        rows.append({"name": variable, "value": shown(variable, value), "source": source})
    return rows


def shown(variable: str, value: Any) -> str:
    """A value fit to print: secrets masked, the sample resume named, None as not set."""
    if variable in SECRETS:
        return masked(Secret(str(value))) if value else "(not set)"
    if variable == "RESUME_CHAT_RESUME" and value is None:
        return "(the sample resume)"
    if variable == "RESUME_CHAT_DATABASE_URL" and value is None:
        return "(conversations.db in the user data folder)"
    if variable == "RESUME_CHAT_REASONING_EFFORT" and value is None:
        return "low on OpenRouter, none elsewhere"
    if value is None or value == ():
        return "(not set)"
    return str(value)


def checked(variable: str, value: str) -> str:
    """The value to store, checked as its command would check it; a resume made absolute."""
    setting = next(name for name, var in all_names().items() if var == variable)
    if setting == "store":
        if value.strip().lower() not in ("on", "off"):
            raise UsageError(f"{variable} is on or off (got {value!r}).")
        return value.strip().lower()
    if setting == "retention_days":
        from resume_chat.store.location import retention_days

        return str(retention_days({variable: value}))
    if setting == "database_url":
        text = value.strip()
        return text if "://" in text else str(Path(text).expanduser().resolve())
    if setting in ENVIRONMENT_NAMES:
        converted = _converted(setting, value, "user config")
        if setting == "resume":
            from resume_chat.resume import load_resume

            path = Path(converted).resolve()
            load_resume(path)  # the same reader `check` uses: a bad file is refused now
            return str(path)
        if setting == "api_key":
            return str(converted.get_secret_value()) if converted else ""
        return value.strip()
    from resume_chat.serve.limits import load_serve_settings

    load_serve_settings({}, {variable: value}, None)
    return value.strip()


def read_secret(variable: str, stdin: TextIO) -> str:
    """A secret from standard input: hidden when typed at a terminal, else its first line."""
    if stdin.isatty():
        import getpass

        return getpass.getpass(f"{variable} (input hidden): ")
    return stdin.readline().strip()


def set_value(name: str, value: str, *, stdin: TextIO = sys.stdin) -> str:
    """Check and write one setting; the line to print (never the secret itself)."""
    variable = variable_for(name)
    if value == "-":
        value = read_secret(variable, stdin)
    if not value.strip():
        raise UsageError(f"No value for {variable}; use `resume-chat config unset {variable}`.")
    stored = checked(variable, value)
    path = user_config_path(os.environ)
    write_setting(path, variable, stored)
    return f"Set {variable} = {shown(variable, stored)} in {path}."


def unset_value(name: str) -> str:
    variable = variable_for(name)
    path = user_config_path(os.environ)
    write_setting(path, variable, None)
    return f"Removed {variable} from {path}."


def render(rows: list[dict[str, str]], path: Path, *, as_json: bool, stdout: TextIO) -> None:
    """The table in a terminal; tab-separated lines when piped; JSON when asked."""
    if as_json:
        stdout.write(json.dumps({"config_file": str(path), "settings": rows}, indent=2) + "\n")
        return
    if not stdout.isatty():
        for row in rows:
            stdout.write(f"{row['name']}\t{row['value']}\t{row['source']}\n")
        return
    from rich.console import Console
    from rich.table import Table

    table = Table("Setting", "Value", "From", box=None, header_style="bold")
    for row in rows:
        table.add_row(row["name"], row["value"], row["source"])
    console = Console(file=stdout, highlight=False)
    console.print(table)
    console.print(
        f"Precedence: flag, environment, ./.env, user config ({path}), default.",
        style="dim",
        markup=False,
    )
