"""Where resume-chat keeps its files: configuration, data (history) and caches.

Worked out here rather than with platformdirs, whose import costs every command a few
milliseconds more than the reading cache saves; the results are platformdirs'
`user_{config,data,cache}_path("resume-chat")` on Linux (XDG) and macOS, and platformdirs
itself answers elsewhere (Windows).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP = "resume-chat"
_XDG = {
    "config": ("XDG_CONFIG_HOME", ".config"),
    "data": ("XDG_DATA_HOME", ".local/share"),
    "cache": ("XDG_CACHE_HOME", ".cache"),
}


def user_folder(kind: str) -> Path:
    """The user's folder for `kind` (config, data or cache) of resume-chat."""
    if sys.platform == "darwin":
        base = "Library/Caches" if kind == "cache" else "Library/Application Support"
        return Path.home() / base / APP
    if os.name == "nt":
        import platformdirs

        path: Path = getattr(platformdirs, f"user_{kind}_path")(APP)
        return path
    variable, default = _XDG[kind]
    chosen = os.environ.get(variable, "").strip()
    base_path = Path(chosen) if chosen and os.path.isabs(chosen) else Path.home() / default
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
