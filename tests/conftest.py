"""Every test runs as a user with empty configuration, data and cache folders: nothing a
developer has configured (a resume, a key, a history) can change a result, and no test writes
into the real home.

The folders are set when pytest starts, before any test module imports the package: what the
package keeps on first use (its compiled patterns, resume_chat/patterns.py) goes there too."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile

import pytest

HERMETIC = ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME")
_BEFORE: dict[str, str | None] = {}


def pytest_configure(config: pytest.Config) -> None:
    root = tempfile.mkdtemp(prefix="resume-chat-tests-")
    # Registered before the package can register its own exit work, so it runs after it.
    atexit.register(shutil.rmtree, root, True)
    for name in HERMETIC:
        _BEFORE[name] = os.environ.get(name)
        os.environ[name] = os.path.join(root, name.lower())


def pytest_unconfigure(config: pytest.Config) -> None:
    for name, value in _BEFORE.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value


def user_folders() -> dict[str, str]:
    """The hermetic folders, for tests that build a subprocess's environment from scratch."""
    return {name: os.environ[name] for name in HERMETIC if name in os.environ}
