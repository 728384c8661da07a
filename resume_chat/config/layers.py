"""Where each setting comes from: flags, then the environment, then `./.env`, then the user
configuration file, then the default. Each value keeps its source, so an error can name what
the person typed (`--port`, `RESUME_CHAT_MODEL in ./.env`) and `resume-chat config` can show it.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any, NamedTuple

CONFIG_VARIABLE = "RESUME_CHAT_CONFIG"  # names another configuration file (tests, scripts)
FLAG_NAMES = {"allow_origins": "--allow-origin"}  # setting name -> flag, where they differ


class Sourced(NamedTuple):
    """A raw value and where it came from: flag, environment, ./.env or user config."""

    value: Any
    source: str


def user_config_path(environ: Mapping[str, str]) -> Path:
    """The user configuration file: `$RESUME_CHAT_CONFIG`, or `config.env` in the platform's
    configuration folder (`~/.config/resume-chat/` on Linux)."""
    explicit = environ.get(CONFIG_VARIABLE)
    if explicit:
        return Path(explicit).expanduser()
    from resume_chat.userdirs import user_folder

    return user_folder("config") / "config.env"


def user_config_file(environ: Mapping[str, str]) -> Path | None:
    """The user configuration file to read, if there can be one: none where no home folder is
    to be had and none is named."""
    from resume_chat.userdirs import NoHomeFolder

    try:
        return user_config_path(environ)
    except NoHomeFolder:
        return None


def read_env_file(path: Path | None) -> dict[str, str]:
    """The non-empty values of a dotenv-format file; nothing when it is absent or unreadable."""
    if path is None:
        return {}
    try:
        if not path.is_file():
            return {}
        from dotenv import dotenv_values

        values = dotenv_values(path)
    except (OSError, UnicodeDecodeError, ValueError):
        return {}
    return {name: value for name, value in values.items() if value}


def merged_sources(
    names: Mapping[str, str],
    flags: Mapping[str, Any],
    environ: Mapping[str, str],
    dotenv_path: Path | None,
    config_path: Path | None = None,
) -> dict[str, Sourced]:
    """Raw values by setting name, each with its source; the later layer wins.

    `names` maps each setting to its environment variable; empty values count as unset, and a
    flag of None was not given.
    """
    layers = (
        ("user config", read_env_file(config_path)),
        ("./.env", read_env_file(dotenv_path)),
        ("environment", environ),
    )
    values: dict[str, Sourced] = {}
    for source, layer in layers:
        for name, variable in names.items():
            if layer.get(variable):
                values[name] = Sourced(layer[variable], source)
    for name, value in flags.items():
        if value is not None:
            values[name] = Sourced(value, "flag")
    return values


def where_set(name: str, source: str, variable: str) -> str:
    """How the person set this: the flag, the variable, or the variable and its file."""
    if source == "flag":
        return FLAG_NAMES.get(name, "--" + name.replace("_", "-"))
    if source == "environment":
        return f"Setting {variable}"
    return f"{variable} in {source}"


def how_to_fix(source: str) -> str:
    """The hint after a bad value, for where it was set."""
    if source == "flag":
        return "Fix the option on the command line."
    if source == "environment":
        return "Fix it in the environment."
    if source == "user config":
        return "Fix it with `resume-chat config set` (or `config unset`)."
    return f"Fix it in {source}."


# Read by the conversation store (resume_chat.store.location) from a mapping like the environment.
STORE_NAMES = {
    "store": "RESUME_CHAT_STORE",
    "database_url": "RESUME_CHAT_DATABASE_URL",
    "retention_days": "RESUME_CHAT_RETENTION_DAYS",
}


def store_environment(environ: Mapping[str, str]) -> dict[str, str]:
    """The environment with the store's settings from ./.env and the user config filled in,
    in the usual precedence, for the store's functions that read an environment."""
    found = merged_sources(STORE_NAMES, {}, environ, Path(".env"), user_config_file(environ))
    return {**environ, **{STORE_NAMES[name]: str(value) for name, (value, _) in found.items()}}
