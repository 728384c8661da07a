"""The raw model list kept for a day, one file per base URL, readable by its owner only.

A model list changes a few times a week and OpenRouter's is about a megabyte, so a day is
fresh enough. The file's modification time is when the list was fetched. An entry that
cannot be read or written is no error: the list is fetched again. Nothing but the list is
kept: no key, no headers, not even the base URL (a checksum of it names the file).
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple

from resume_chat.userdirs import cache_folder

LIFETIME = 24 * 60 * 60.0  # seconds a kept list is used


class Kept(NamedTuple):
    data: list[Any]
    age: float  # seconds since the list was fetched


def entry(base_url: str) -> Path:
    """The file that keeps this endpoint's list."""
    digest = hashlib.sha256(base_url.encode()).hexdigest()[:32]
    return cache_folder("models") / f"models-{digest}.json"


def cached(base_url: str, now: Callable[[], float] = time.time) -> Kept | None:
    """This endpoint's list, if one was kept less than a day ago."""
    try:
        path = entry(base_url)
        age = now() - path.stat().st_mtime
        if not 0 <= age < LIFETIME:
            return None
        data = json.loads(path.read_bytes()).get("data")
    except (OSError, ValueError, RecursionError, AttributeError):
        return None
    return Kept(data, age) if isinstance(data, list) else None


def keep(base_url: str, data: list[Any]) -> None:
    """Keep the list: written whole to a private temporary file, then renamed over the old one."""
    try:
        target = entry(base_url)
        target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        # mkstemp creates the file with mode 0600, whatever the umask.
        descriptor, partial = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".tmp", dir=target.parent
        )
        try:
            with os.fdopen(descriptor, "w", encoding="utf-8") as file:
                json.dump({"data": data}, file, ensure_ascii=False, separators=(",", ":"))
            os.replace(partial, target)
        except BaseException:
            Path(partial).unlink(missing_ok=True)
            raise
    except (OSError, ValueError, TypeError):
        return
