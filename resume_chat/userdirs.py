"""Where resume-chat keeps its files: configuration, data (history) and caches.

Worked out here rather than with platformdirs, whose import costs every command a few
milliseconds more than the reading cache saves; the results are platformdirs'
`user_{config,data,cache}_path("resume-chat")` on Linux (XDG) and macOS, and platformdirs
itself answers elsewhere (Windows).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

from resume_chat.errors import UsageError

APP = "resume-chat"
_XDG = {
    "config": ("XDG_CONFIG_HOME", ".config"),
    "data": ("XDG_DATA_HOME", ".local/share"),
    "cache": ("XDG_CACHE_HOME", ".cache"),
}


class NoHomeFolder(UsageError, OSError):
    """No home folder to be had (no HOME, and the user has no entry in the password database):
    a cache is then not kept, and a file that must be kept needs its place named."""


def _home(home: Callable[[], Path]) -> Path:
    try:
        return home()
    except RuntimeError:  # Python's word for "no HOME and no password entry"
        raise NoHomeFolder(
            f"there is no home folder to keep {APP}'s files in: set HOME, or XDG_CONFIG_HOME, "
            "XDG_DATA_HOME and XDG_CACHE_HOME, to a folder you own"
        ) from None


def user_folder(kind: str, home: Callable[[], Path] = Path.home) -> Path:
    """The user's folder for `kind` (config, data or cache) of resume-chat; NoHomeFolder where
    it cannot be worked out."""
    if sys.platform == "darwin":
        base = "Library/Caches" if kind == "cache" else "Library/Application Support"
        return _home(home) / base / APP
    if os.name == "nt":
        import platformdirs

        path: Path = getattr(platformdirs, f"user_{kind}_path")(APP)
        return path
    variable, default = _XDG[kind]
    chosen = os.environ.get(variable, "").strip()
    base_path = Path(chosen) if chosen and os.path.isabs(chosen) else _home(home) / default
    return base_path / APP


def cache_folder(kind: str) -> Path:
    """The folder for one kind of cache entry (`readings`, `models`).

    RESUME_CHAT_CACHE_DIR, when set, holds every kind (their file names tell them apart);
    otherwise each kind has its own folder in the platform's user cache folder.
    """
    chosen = os.environ.get("RESUME_CHAT_CACHE_DIR")
    if chosen:
        return Path(chosen)
    return user_folder("cache") / kind
