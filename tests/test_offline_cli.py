"""End to end: the installed command answers offline when no API key is set."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

SAMPLE = Path(__file__).resolve().parent.parent / "data" / "resume.md"


def command() -> list[str]:
    installed = shutil.which("resume-chat", path=str(Path(sys.executable).parent))
    assert installed, "resume-chat is not installed beside this Python; run `uv sync`"
    return [installed]


def ask(args: list[str], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    """`resume-chat ask ARGS --resume SAMPLE`, run from `cwd` with exactly `env`."""
    return subprocess.run(
        [*command(), "ask", *args, "--resume", str(SAMPLE)],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )


def test_ask_without_key_answers_from_the_resume(tmp_path: Path) -> None:
    """No key, no .env: exit 0, an answer citing Education, and one notice on stderr."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENROUTER_", "RESUME_CHAT_"))}
    result = ask(["Where did she study?"], env, tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("[Education › KTH Royal Institute of Technology")
    notices = [line for line in result.stderr.splitlines() if "OPENROUTER_API_KEY" in line]
    assert len(notices) == 1
    assert "answering offline" in notices[0]


def test_offline_flag_with_key_never_calls_the_network(tmp_path: Path) -> None:
    """--offline with a key set answers from the resume; the (unreachable) endpoint is unused."""
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("OPENROUTER_")},
        "OPENROUTER_API_KEY": "sk-or-v1-test",
        "OPENROUTER_BASE_URL": "http://127.0.0.1:9",
    }
    result = ask(["--offline", "What's her salary?"], env, tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "The resume does not say anything about salary or pay.\n"
    assert "--offline" in result.stderr
