"""`/save PATH`: the conversation as Markdown, written so that nothing is ever lost.

The file is written to a temporary file beside it and renamed into place, so a full disk or a
crash leaves any earlier file whole; the resume in use is never written over; an existing file
is replaced only with `/save! PATH`.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from resume_chat.chat.commands import transcript
from resume_chat.conversation import Turn
from resume_chat.errors import UsageError


def save_transcript(
    argument: str, turns: list[Turn], *, name: str, note: str, resume: Path, force: bool
) -> Path:
    """Write the transcript to the path in `argument`; the path written, or a UsageError."""
    path = Path(argument).expanduser()
    try:
        if path.resolve() == resume.resolve():
            raise UsageError(f"{path} is the resume in use; save the conversation elsewhere.")
        if path.is_dir():
            raise UsageError(f"{path} is a folder; give a file name, e.g. {path / 'chat.md'}.")
        if path.exists() and not force:
            raise UsageError(f"{path} exists; /save! {argument} replaces it.")
    except OSError as error:
        raise UsageError(f"Cannot save to {path}: {error.strerror or error}.") from None
    text = transcript(turns, name, note)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as error:
        raise UsageError(f"Cannot save to {path}: {error.strerror or error}.") from None
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            file.write(text)
            file.flush()
            os.fsync(file.fileno())
        os.chmod(temporary, 0o644 & ~_umask())
        os.replace(temporary, path)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise UsageError(
            f"Cannot save to {path}: {error.strerror or error}; nothing was changed."
        ) from None
    return path


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current
