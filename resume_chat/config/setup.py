"""`resume-chat init`: a first run's set-up, written to the user configuration file.

In a terminal it asks three things: where the resume is (read at once with the reader `check`
uses, so a bad file is caught now), the API key (typed without echo; Enter skips: answers are
then offline) and a default model. For scripts, the same answers come from flags.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from resume_chat.config.command import set_value
from resume_chat.errors import UsageError
from resume_chat.settings import DEFAULT_MODEL


def describe(path: Path) -> str:
    """One line on how the resume was read: whose it is, its format and its sections."""
    from resume_chat.check import report
    from resume_chat.resume import load_resume

    found = report(load_resume(path.expanduser().resolve()))
    name = found.get("name") or "no name found"
    sections = len(found.get("sections") or [])
    return f"Read {path}: {name}, {found.get('format', '?')}, {sections} section(s)."


def interactive(
    ask: Callable[[str], str], secret: Callable[[str], str], say: Callable[[str], None]
) -> list[str]:
    """Ask the three questions; the lines to print after each setting is written."""
    done: list[str] = []
    while True:
        answer = ask("Your resume file (Markdown, PDF, DOCX, JSON Resume or text): ").strip()
        if not answer:
            say("Keeping the sample resume for now.")
            break
        try:
            say(describe(Path(answer)))
            done.append(set_value("RESUME_CHAT_RESUME", answer))
            break
        except UsageError as error:
            say(f"{error.message} Try another path, or press Enter to skip.")
    key = secret("OpenRouter API key (input hidden; Enter to skip and answer offline): ")
    if key.strip():
        done.append(set_value("OPENROUTER_API_KEY", key))
    model = ask(f"Default model [{DEFAULT_MODEL}]: ").strip()
    if model:
        done.append(set_value("RESUME_CHAT_MODEL", model))
    return done


def run_init(
    *, resume: Path | None, model: str | None, key_stdin: bool, stdin: TextIO = sys.stdin
) -> list[str]:
    """Set up from flags, or by asking when no flag is given and this is a terminal."""
    if resume is None and model is None and not key_stdin:
        if not stdin.isatty():
            raise UsageError(
                "init asks its questions in a terminal; in a script, pass --resume FILE, "
                "--model ID and --key-stdin (the key on standard input)."
            )
        import getpass

        return interactive(input, getpass.getpass, print)
    done: list[str] = []
    if resume is not None:
        print(describe(resume))
        done.append(set_value("RESUME_CHAT_RESUME", str(resume)))
    if key_stdin:
        done.append(set_value("OPENROUTER_API_KEY", "-", stdin=stdin))
    if model is not None:
        done.append(set_value("RESUME_CHAT_MODEL", model))
    return done
