"""Readings kept by content, so a run that saw this resume before skips the parsers.

Like Python's bytecode cache, an entry is valid only for the exact bytes it was read from and
the exact reader code that read them: each entry stores the file's bytes and the size and
modification time of every module of this package, and is used only when both are equal to
today's, so editing a reader (or upgrading) makes every older entry unusable. Entries are
named by a checksum only to find them. Errors are never kept: a bad file is judged afresh
each time. A cache that cannot be read or written is no error.

Entries are `marshal` data (the format of bytecode files), not JSON: both `json` and
`hashlib` would cost this path more than the reading they spare. They live in a folder only
their owner can open, like the bytecode the interpreter trusts.
"""

from __future__ import annotations

import marshal
import os
from functools import cache
from pathlib import Path

from resume_chat import __version__
from resume_chat.resume.reading import Reading
from resume_chat.userdirs import cache_folder

# Entries kept at most; the oldest go first. Each is one resume's canonical text.
MAX_ENTRIES = 64
_PACKAGE = Path(__file__).resolve().parent


def folder() -> Path:
    """Where readings are kept: RESUME_CHAT_CACHE_DIR, else the user cache folder's `readings`."""
    return cache_folder("readings")


@cache  # the code does not change while a process runs
def _code_fingerprint() -> str:
    """The version and every reader module's size and time: any edit changes it."""
    parts = [__version__]
    for folder, folders, names in os.walk(_PACKAGE):  # each format's reader is a package
        folders[:] = [name for name in folders if name != "__pycache__"]  # compiled copies
        for name in names:
            if name.endswith((".py", ".json")):
                info = os.stat(os.path.join(folder, name))
                place = os.path.relpath(os.path.join(folder, name), _PACKAGE)
                parts.append(f"{place}:{info.st_size}:{info.st_mtime_ns}")
    return "\n".join(sorted(parts))


def _entry(raw: bytes, suffix: str) -> Path:
    """Where the reading of these bytes would be kept (a checksum names it, nothing more)."""
    from zlib import adler32, crc32

    name = f"{crc32(raw):08x}{adler32(raw):08x}{len(raw):x}{suffix.lower()}"
    return folder() / f"{name}.marshal"


def enabled() -> bool:
    return os.environ.get("RESUME_CHAT_CACHE", "on").lower() not in ("off", "0", "no", "false")


def cached(raw: bytes, suffix: str) -> Reading | None:
    """The reading of these exact bytes by this exact code, if one was kept."""
    if not enabled():
        return None
    try:
        data = marshal.loads(_entry(raw, suffix).read_bytes())
        kept_raw, fingerprint, markdown, fmt, warnings, name = data
        if kept_raw != raw or fingerprint != _code_fingerprint():
            return None
        return Reading(str(markdown), str(fmt), [str(text) for text in warnings], str(name))
    except (OSError, ValueError, EOFError, TypeError):
        return None


def keep(raw: bytes, suffix: str, reading: Reading) -> None:
    """Keep a reading for the next run; readable by its owner only, as the resume may not be."""
    if not enabled():
        return
    try:
        target = _entry(raw, suffix)
        target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        partial = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        fields = (_code_fingerprint(), reading.markdown, reading.format)
        data = (raw, *fields, tuple(reading.warnings), reading.name)
        descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "wb") as file:
            file.write(marshal.dumps(data))
        partial.replace(target)
        _prune(target.parent)
    except (OSError, ValueError):
        return


def _prune(place: Path) -> None:
    entries = sorted(place.glob("*.marshal"), key=lambda entry: entry.stat().st_mtime)
    for old in entries[: max(len(entries) - MAX_ENTRIES, 0)]:
        old.unlink(missing_ok=True)
