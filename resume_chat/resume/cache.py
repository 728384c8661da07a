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
from typing import Any

from resume_chat import __version__
from resume_chat.resume.reading import Reading
from resume_chat.userdirs import cache_folder

# Entries kept at most; the oldest go first. Each is one resume's canonical text.
MAX_ENTRIES = 64
_PACKAGE = Path(__file__).resolve().parent


def folder() -> Path:
    """Where readings, and what is worked out from them, are kept: RESUME_CHAT_CACHE_DIR, else
    the user cache folder's `readings`."""
    return cache_folder("readings")


def fingerprint(package: Path) -> str:
    """The version and the size and time of every module (and JSON schema) under `package`:
    any edit or upgrade changes it."""
    parts = [__version__]

    def walk(folder: str, place: str) -> None:  # each format's reader is a package
        with os.scandir(folder) as entries:
            for entry in entries:
                if entry.is_dir(follow_symlinks=False):
                    if entry.name != "__pycache__":  # compiled copies
                        walk(entry.path, f"{place}{entry.name}/")
                elif entry.name.endswith((".py", ".json")):
                    info = entry.stat()
                    parts.append(f"{place}{entry.name}:{info.st_size}:{info.st_mtime_ns}")

    walk(str(package), "")
    return "\n".join(sorted(parts))


@cache  # the code does not change while a process runs
def reader_fingerprint() -> str:
    """The readers' fingerprint: every module of `resume_chat.resume`."""
    return fingerprint(_PACKAGE)


def _entry(raw: bytes, suffix: str, kind: str = "marshal") -> Path:
    """Where the reading of these bytes (or what else of a `kind`) would be kept: a checksum
    names it, nothing more."""
    from zlib import adler32, crc32

    name = f"{crc32(raw):08x}{adler32(raw):08x}{len(raw):x}{suffix.lower()}"
    return folder() / f"{name}.{kind}"


def enabled() -> bool:
    return os.environ.get("RESUME_CHAT_CACHE", "on").lower() not in ("off", "0", "no", "false")


def cached(raw: bytes, suffix: str) -> Reading | None:
    """The reading of these exact bytes by this exact code, if one was kept."""
    if not enabled():
        return None
    try:
        data = marshal.loads(_entry(raw, suffix).read_bytes())
        kept_raw, fingerprint, markdown, fmt, warnings, name = data
        if kept_raw != raw or fingerprint != reader_fingerprint():
            return None
        return Reading(str(markdown), str(fmt), [str(text) for text in warnings], str(name))
    except (OSError, ValueError, EOFError, TypeError):
        return None


def keep(raw: bytes, suffix: str, reading: Reading) -> None:
    """Keep a reading for the next run; readable by its owner only, as the resume may not be."""
    try:
        fields = (reader_fingerprint(), reading.markdown, reading.format)
    except OSError:  # a module gone while this ran (an upgrade): nothing to key it by
        return
    _write((raw, suffix, "marshal"), (raw, *fields, tuple(reading.warnings), reading.name))


def recall(key: str, code: str, kind: str) -> object:
    """What was kept of this kind for exactly this key by code of this fingerprint, else None.

    For what is worked out from a reading (the answerer's counted words): the key is what it
    was worked out from, kept whole and compared, the checksum only naming the file."""
    if not enabled():
        return None
    try:
        kept_key, kept_code, value = marshal.loads(_entry(_bytes(key), "", kind).read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return None
    return value if kept_key == key and kept_code == code else None


def remember(key: str, code: str, kind: str, value: object) -> None:
    """Keep `value` (marshal's types only) for `recall` with the same key, code and kind."""
    _write((_bytes(key), "", kind), (key, code, value))


def _bytes(key: str) -> bytes:
    return key.encode("utf-8", "surrogatepass")  # a PDF's text may hold a lone surrogate


def _write(named: tuple[bytes, str, str], data: Any) -> None:
    """Write an entry (`named` as `_entry` names it) whole, then move it into place,
    owner-only; no error if it cannot be (no home folder to keep it in, a full disk)."""
    if not enabled():
        return
    try:
        target = _entry(*named)
        target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        partial = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "wb") as file:
            file.write(marshal.dumps(data))
        partial.replace(target)
        _prune(target.parent, f"*{target.suffix}")
    except (OSError, ValueError):
        return


def _prune(place: Path, names: str) -> None:
    """Only the newest MAX_ENTRIES of the entries so named are kept."""
    entries = sorted(place.glob(names), key=lambda entry: entry.stat().st_mtime)
    for old in entries[: max(len(entries) - MAX_ENTRIES, 0)]:
        old.unlink(missing_ok=True)
