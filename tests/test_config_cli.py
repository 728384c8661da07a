"""Installed as a tool, it works from any folder: the packaged sample, the user configuration,
`init`, completion and help."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pexpect
import pytest

from tests.standin import Reply, StandIn
from tests.test_cli import COMMAND, KEY

ROOT = Path(__file__).resolve().parent.parent
OTHER = ROOT / "tests" / "resumes"


def other_resume(tmp_path: Path) -> Path:
    """A resume that is not the sample, named by its first heading."""
    path = tmp_path / "resumes" / "jon.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        "# Jon Okafor\n\n## Experience\n\n### Data Engineer, Tidewater Labs (2020 – present)\n"
        "- Built Kafka pipelines.\n\n## Education\n\nBSc Physics, University of Lagos, 2016\n"
    )
    return path


def env_for(home: Path, **extra: str) -> dict[str, str]:
    """A user with an empty home: no .env, no configuration, no key in the environment."""
    return {
        "PATH": os.environ["PATH"],
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "LANG": "C.UTF-8",
        **extra,
    }


def run(
    command: str, *args: str, home: Path, cwd: Path, stdin: str = "", **extra: str
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [command, *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env_for(home, **extra),
        cwd=cwd,
        timeout=120,
    )


@pytest.fixture
def home(tmp_path: Path) -> Path:
    path = tmp_path / "home"
    path.mkdir()
    return path


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The built wheel installed into a fresh virtual environment: its resume-chat command."""
    uv = shutil.which("uv")
    if uv is None:
        pytest.skip("uv is needed to build and install the wheel")
    where = tmp_path_factory.mktemp("wheel")
    built = subprocess.run(
        [uv, "build", "--wheel", "--out-dir", str(where / "dist"), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert built.returncode == 0, built.stderr
    (wheel,) = (where / "dist").glob("*.whl")
    venv = where / "venv"
    subprocess.run([uv, "venv", "-q", "--python", sys.executable, str(venv)], check=True)
    installing = subprocess.run(
        [uv, "pip", "install", "-q", "--python", str(venv / "bin" / "python"), str(wheel)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert installing.returncode == 0, installing.stderr
    return str(venv / "bin" / "resume-chat")


def test_the_installed_tool_answers_from_any_folder(
    installed: str, home: Path, tmp_path: Path
) -> None:
    """From an empty folder it answers about the sample in the wheel; after `config set` of a
    resume, an endpoint and a key, it answers about that resume from another empty folder,
    with no .env anywhere; the key is never shown and the file is the owner's alone."""
    first, second = tmp_path / "empty1", tmp_path / "empty2"
    first.mkdir()
    second.mkdir()
    sample = run(installed, "ask", "Where did she study?", home=home, cwd=first)
    assert sample.returncode == 0, sample.stderr
    assert "Chalmers" in sample.stdout
    assert "sample resume" in sample.stderr
    resume = other_resume(tmp_path)
    with StandIn() as server:
        server.script(Reply(text="At Tidewater Labs."))
        for name, value in (("RESUME_CHAT_RESUME", str(resume)), ("base_url", server.base_url)):
            done = run(installed, "config", "set", name, value, home=home, cwd=first)
            assert done.returncode == 0, done.stderr
        keyed = run(installed, "config", "set", "OPENROUTER_API_KEY", "-", home=home, cwd=first,
                    stdin=KEY + "\n")  # fmt: skip
        assert keyed.returncode == 0, keyed.stderr
        answer = run(installed, "ask", "Where does he work?", home=home, cwd=second)
        shown = run(installed, "config", home=home, cwd=second)
    assert answer.returncode == 0, answer.stderr
    assert answer.stdout == "At Tidewater Labs.\n"
    assert "sample" not in answer.stderr
    request = server.requests[-1]
    assert request.headers["authorization"] == f"Bearer {KEY}"
    assert request.body is not None
    assert "Jon Okafor" in request.body["messages"][0]["content"]
    assert not list(tmp_path.rglob(".env"))
    config = home / ".config" / "resume-chat" / "config.env"
    assert stat.S_IMODE(config.stat().st_mode) == 0o600
    assert stat.S_IMODE(config.parent.stat().st_mode) == 0o700
    for output in (shown.stdout, shown.stderr, keyed.stdout, keyed.stderr):
        assert KEY not in output
        assert KEY[9:-4] not in output
    assert f"OPENROUTER_API_KEY\t{KEY[:6]}…{KEY[-4:]}\tuser config" in shown.stdout


def test_config_shows_every_source(home: Path, tmp_path: Path) -> None:
    """flag < … : each setting shows the layer it came from."""
    (tmp_path / ".env").write_text("OPENROUTER_BASE_URL=http://127.0.0.1:9/v1\n")
    assert run(COMMAND, "config", "set", "timeout", "33", home=home, cwd=tmp_path).returncode == 0
    shown = run(COMMAND, "config", home=home, cwd=tmp_path, RESUME_CHAT_MODEL="env/model")
    rows = {line.split("\t")[0]: line.split("\t")[1:] for line in shown.stdout.splitlines()}
    assert rows["RESUME_CHAT_MODEL"] == ["env/model", "environment"]
    assert rows["OPENROUTER_BASE_URL"] == ["http://127.0.0.1:9/v1", "./.env"]
    assert rows["RESUME_CHAT_TIMEOUT"] == ["33", "user config"]
    assert rows["RESUME_CHAT_MAX_RETRIES"] == ["2", "default"]
    assert rows["RESUME_CHAT_RESUME"] == ["(the sample resume)", "default"]


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("set", "colour", "blue"), "Unknown setting 'colour'"),
        (("set", "RESUME_CHAT_TIMEOUT", "soon"), "RESUME_CHAT_TIMEOUT"),
        (("set", "RESUME_CHAT_RESUME", "/no/such/cv.pdf"), "does not exist"),
        (("set", "RESUME_CHAT_SERVE_PORT", "99999"), "RESUME_CHAT_SERVE_PORT"),
        (("set", "OPENROUTER_API_KEY", "\u201csk-or-v1-abc\u201d"), "LEFT DOUBLE QUOTATION"),
    ],
)
def test_config_set_refuses_bad_values(
    home: Path, tmp_path: Path, args: tuple[str, ...], words: str
) -> None:
    result = run(COMMAND, "config", *args, home=home, cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert words.lower() in result.stderr.lower()
    assert not (home / ".config" / "resume-chat" / "config.env").exists()


def test_init_from_flags_and_refusal_without_a_terminal(home: Path, tmp_path: Path) -> None:
    resume = other_resume(tmp_path)
    done = run(COMMAND, "init", "--resume", str(resume), "--model", "x/y", "--key-stdin",
               home=home, cwd=tmp_path, stdin=KEY + "\n")  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "Jon Okafor" in done.stdout  # read with the same reader as `check`
    assert KEY not in done.stdout + done.stderr
    text = (home / ".config" / "resume-chat" / "config.env").read_text()
    assert f'RESUME_CHAT_RESUME="{resume}"' in text
    assert 'RESUME_CHAT_MODEL="x/y"' in text
    assert f'OPENROUTER_API_KEY="{KEY}"' in text
    bare = run(COMMAND, "init", home=home, cwd=tmp_path)
    assert bare.returncode == 2
    assert "--resume FILE" in bare.stderr


def test_init_in_a_terminal_asks_and_never_echoes_the_key(home: Path, tmp_path: Path) -> None:
    resume = other_resume(tmp_path)
    child = pexpect.spawn(
        COMMAND, ["init"], env=env_for(home), cwd=str(tmp_path), encoding="utf-8", timeout=20
    )
    child.expect("resume file")
    child.sendline("/no/such/file.md")
    child.expect("Try another path")
    child.sendline(str(resume))
    child.expect("API key")
    child.sendline(KEY)
    child.expect("Default model")
    child.sendline("")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert KEY not in (child.before or "")
    text = (home / ".config" / "resume-chat" / "config.env").read_text()
    assert f'OPENROUTER_API_KEY="{KEY}"' in text
    assert "RESUME_CHAT_MODEL" not in text


@pytest.mark.parametrize(
    ("shell", "marker"),
    [
        ("bash", "complete -o default -F _resume_chat_completion resume-chat"),
        ("zsh", "#compdef resume-chat"),
        ("fish", "complete --command resume-chat"),
    ],
)
def test_completion_scripts(home: Path, tmp_path: Path, shell: str, marker: str) -> None:
    result = run(COMMAND, "completion", shell, home=home, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert marker in result.stdout


def test_completion_completes_commands_and_options(home: Path, tmp_path: Path) -> None:
    """What bash's completion function asks the command, answered as bash expects."""
    asked = run(
        COMMAND, home=home, cwd=tmp_path, _RESUME_CHAT_COMPLETE="complete_bash",
        COMP_WORDS="resume-chat con", COMP_CWORD="1",
    )  # fmt: skip
    assert asked.stdout.split() == ["config"]
    options = run(
        COMMAND, home=home, cwd=tmp_path, _RESUME_CHAT_COMPLETE="complete_bash",
        COMP_WORDS="resume-chat ask --reas", COMP_CWORD="2",
    )  # fmt: skip
    assert options.stdout.split() == ["--reasoning-effort"]


def test_short_help_is_help(home: Path, tmp_path: Path) -> None:
    for args in ((), ("ask",), ("config",)):
        short = run(COMMAND, *args, "-h", home=home, cwd=tmp_path)
        long = run(COMMAND, *args, "--help", home=home, cwd=tmp_path)
        assert short.returncode == 0, short.stderr
        assert short.stdout == long.stdout
        assert "Usage:" in short.stdout


def test_the_history_settings_come_from_every_layer(home: Path, tmp_path: Path) -> None:
    """RESUME_CHAT_STORE in ./.env turns history off; a database set in the user config, as a
    relative path, is stored absolute and used from any folder."""
    work = tmp_path / "work"
    work.mkdir()
    (work / ".env").write_text("RESUME_CHAT_STORE=off\n")
    quiet = run(COMMAND, "ask", "--offline", "Where did she study?", home=home, cwd=work)
    assert quiet.returncode == 0, quiet.stderr
    assert not (home / ".local" / "share" / "resume-chat").exists()
    done = run(COMMAND, "config", "set", "database_url", "kept.db", home=home, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert str(tmp_path / "kept.db") in done.stdout
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    asked = run(COMMAND, "ask", "--offline", "Where did she study?", home=home, cwd=elsewhere)
    assert asked.returncode == 0, asked.stderr
    listed = run(COMMAND, "history", home=home, cwd=elsewhere)
    assert (tmp_path / "kept.db").is_file()
    assert "Where did she study?" in listed.stdout
