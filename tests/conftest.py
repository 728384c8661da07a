"""Every test runs as a user with empty configuration, data and cache folders: nothing a
developer has configured (a resume, a key, a history) can change a result, and no test writes
into the real home."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

HERMETIC = ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME")


@pytest.fixture(autouse=True, scope="session")
def _empty_user_folders(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    before = {name: os.environ.get(name) for name in HERMETIC}
    root = tmp_path_factory.mktemp("user")
    for name in HERMETIC:
        os.environ[name] = str(root / name.lower())
    yield
    for name, value in before.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value


def user_folders() -> dict[str, str]:
    """The hermetic folders, for tests that build a subprocess's environment from scratch."""
    return {name: os.environ[name] for name in HERMETIC if name in os.environ}
