"""Where resume-chat keeps what it may throw away: one place, for every kind of cache.

Worked out here rather than with platformdirs, whose import (~15 ms) would cost the reading
cache more than it saves; the result is platformdirs' `user_cache_dir("resume-chat")` on
Linux and macOS.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def cache_folder(kind: str) -> Path:
    """The folder for one kind of entry (`readings`, `models`).

    RESUME_CHAT_CACHE_DIR, when set, holds every kind (their file names tell them apart);
    otherwise each kind has its own folder in the platform's user cache folder.
    """
    chosen = os.environ.get("RESUME_CHAT_CACHE_DIR")
    if chosen:
        return Path(chosen)
    if sys.platform == "darwin":
        base = Path.home() / "Library" / "Caches"
    elif os.name == "nt":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "resume-chat" / kind
