"""The user configuration file: dotenv lines (`NAME="value"`), written atomically, owner-only.

The same format as `.env`, so a person can copy lines between them and python-dotenv reads
both. Writing replaces the file through a temporary one in the same folder: a full disk or a
crash leaves the old file whole, and the file is never readable by others, not even for a
moment.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from resume_chat.errors import UsageError


def quoted(value: str) -> str:
    """A value as python-dotenv reads it back exactly: double quotes, backslash escapes."""
    escaped = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"'


def updated_lines(lines: list[str], variable: str, value: str | None) -> list[str]:
    """The file's lines with `variable` set to `value` (None: removed), others untouched."""
    kept = [line for line in lines if _variable_of(line) != variable]
    if value is not None:
        kept.append(f"{variable}={quoted(value)}")
    return kept


def _variable_of(line: str) -> str | None:
    text = line.strip()
    if not text or text.startswith("#") or "=" not in text:
        return None
    name = text.split("=", 1)[0].strip()
    return name.removeprefix("export ").strip()


def write_setting(path: Path, variable: str, value: str | None) -> None:
    """Set (or with None, remove) one variable in the file, atomically, mode 0600."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines() if path.is_file() else []
    except (OSError, UnicodeDecodeError) as error:
        raise UsageError(f"Cannot read {path}: {error}; fix or remove it.") from None
    text = "\n".join(updated_lines(lines, variable, value)) + "\n"
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".config-", suffix=".tmp")
    except OSError as error:
        raise UsageError(f"Cannot write {path}: {error.strerror or error}.") from None
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as file:  # mkstemp makes it 0600
            file.write(text)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise UsageError(f"Cannot write {path}: {error.strerror or error}.") from None
