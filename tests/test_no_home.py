"""No home folder (no HOME, and a user with no entry in the password database, as a container
run under an arbitrary uid has it): caches and the user configuration are then done without,
and what must be kept asks for its place in one line."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from resume_chat.errors import UsageError
from resume_chat.userdirs import NoHomeFolder, user_folder

ROOT = Path(__file__).resolve().parent.parent
NO_SUCH_UID = 54_321  # no password entry: checked below


def _no_home() -> Path:
    raise RuntimeError("Could not determine home directory.")


@pytest.mark.parametrize("kind", ["config", "data", "cache"])
def test_no_home_is_one_line_an_os_error_and_bad_usage(
    kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    for variable in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        monkeypatch.delenv(variable, raising=False)
    with pytest.raises(NoHomeFolder) as raised:
        user_folder(kind, home=_no_home)
    # An OSError, so every cache that gives up on a file it cannot reach gives up on this;
    # a UsageError, so a command that needs the folder says one line and exits 2.
    assert isinstance(raised.value, OSError)
    assert isinstance(raised.value, UsageError)
    assert raised.value.exit_code == 2
    assert "\n" not in str(raised.value)
    assert "HOME" in str(raised.value)


def test_a_named_folder_needs_no_home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert user_folder("data", home=_no_home) == tmp_path / "resume-chat"


def _homeless_runner() -> list[str]:
    """The prefix that runs a command as a uid with no password entry, or a skip saying why."""
    if sys.platform != "linux" or os.geteuid() != 0:
        pytest.skip("only root can run the command as a user with no home folder")
    import pwd

    try:
        pwd.getpwuid(NO_SUCH_UID)
        pytest.skip(f"uid {NO_SUCH_UID} has a password entry here")
    except KeyError:
        pass
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("setpriv (util-linux) is not installed")
    prefix = [setpriv, f"--reuid={NO_SUCH_UID}", f"--regid={NO_SUCH_UID}", "--clear-groups"]
    probe = subprocess.run(
        [*prefix, sys.executable, "-c", "import resume_chat"],
        capture_output=True,
        timeout=60,
        check=False,
    )
    if probe.returncode != 0:
        pytest.skip("this interpreter is not readable by another user (it lives in a private home)")
    return prefix


def test_the_installed_command_answers_with_no_home() -> None:
    prefix = _homeless_runner()
    with tempfile.TemporaryDirectory() as folder:  # pytest's own are private to root
        os.chmod(folder, 0o755)
        _homeless_runs(prefix, Path(folder))


def _homeless_runs(prefix: list[str], tmp_path: Path) -> None:
    resume = tmp_path / "resume.md"
    resume.write_bytes((ROOT / "data" / "resume.md").read_bytes())
    resume.chmod(0o644)
    keep = ("PATH", "LANG", "LC_ALL")
    environ = {name: os.environ[name] for name in keep if name in os.environ}
    command = [*prefix, sys.executable, "-m", "resume_chat"]

    def run(*words: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*command, *words],
            capture_output=True,
            text=True,
            env=environ,
            cwd=tmp_path,
            timeout=120,
            check=False,
        )

    asked = run("ask", "--offline", "-r", str(resume), "Where did she study?")
    assert asked.returncode == 0, asked.stderr
    assert "Traceback" not in asked.stderr
    assert "University" in asked.stdout
    for words in (["history"], ["config"], ["config", "path"], ["config", "set", "model", "x/y"]):
        # The conversations or the settings have nowhere to be kept: one line naming what to set.
        listed = run(*words)
        assert listed.returncode == 2, listed.stderr
        assert "Traceback" not in listed.stderr
        assert "HOME" in listed.stderr
        assert len(listed.stderr.strip().splitlines()) == 1
