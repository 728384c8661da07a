"""Bad resume files through the installed command: one line, exit 2, quickly, never a hang."""

from __future__ import annotations

import os
import subprocess
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.documents import RESUME, markdown_to_pdf
from tests.test_cli import COMMAND, assert_one_line_error, environment


def run(*args: str, cwd: Path) -> tuple[subprocess.CompletedProcess[str], float]:
    started = time.monotonic()
    result = subprocess.run(
        [COMMAND, *args], capture_output=True, text=True, env=environment(None), cwd=cwd, timeout=60
    )
    return result, time.monotonic() - started


def fifo(path: Path) -> Path:
    os.mkfifo(path)
    return path


def big(path: Path) -> Path:
    with path.open("wb") as file:
        file.truncate(50_000_000)  # sparse: 50 MB of size without writing it
    return path


def encrypted_pdf(path: Path) -> Path:
    from pypdf import PdfReader, PdfWriter

    plain = path.with_name("plain.pdf")
    markdown_to_pdf(RESUME, plain)
    writer = PdfWriter(clone_from=PdfReader(plain))
    writer.encrypt("secret")
    writer.write(path)
    return path


def zip_bomb(path: Path) -> Path:
    """A .docx whose document.xml inflates to 200 MB of zeros, written without holding it."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            chunk = b"\0" * 1_000_000
            for _ in range(200):
                member.write(chunk)
    return path


def not_a_resume(path: Path) -> Path:
    path.write_text('{"name": "left-pad", "version": "1.3.0", "main": "index.js"}')
    return path


CASES: list[tuple[str, Callable[[Path], Path], str]] = [
    ("cv.md", fifo, "pipe nobody wrote to"),
    ("cv.pdf", big, "over the 10 MB limit"),
    ("cv.pdf", encrypted_pdf, "encrypted"),
    ("cv.docx", zip_bomb, "zip bomb"),
    ("cv.json", not_a_resume, "not a JSON Resume"),
]


@pytest.mark.parametrize(("name", "make", "words"), CASES, ids=[c[1].__name__ for c in CASES])
@pytest.mark.parametrize("command", ["ask", "check"])
def test_bad_file_is_one_line_and_exit_2(
    tmp_path: Path, name: str, make: Callable[[Path], Path], words: str, command: str
) -> None:
    """Each bad file: one clear line, exit 2, no traceback, in seconds."""
    path = make(tmp_path / name)
    args = (
        ["ask", "--offline", "-r", str(path), "Where?"]
        if command == "ask"
        else ["check", str(path)]
    )
    result, seconds = run(*args, cwd=tmp_path)
    assert_one_line_error(result, 2, words)
    assert seconds < 15


def test_a_device_is_refused_unread(tmp_path: Path) -> None:
    """/dev/zero never ends: refused before a byte is read."""
    result, seconds = run("ask", "--offline", "-r", "/dev/zero", "Where?", cwd=tmp_path)
    assert_one_line_error(result, 2, "not a regular file")
    assert seconds < 15


def test_serve_refuses_a_pipe_nobody_writes_to_instead_of_hanging(tmp_path: Path) -> None:
    """serve with a FIFO as the resume used to hang, deaf to SIGTERM; now it exits 2."""
    path = fifo(tmp_path / "cv.md")
    result, seconds = run("serve", "--offline", "--port", "0", "-r", str(path), cwd=tmp_path)
    assert_one_line_error(result, 2, "pipe nobody wrote to")
    assert seconds < 15


def test_a_readers_own_bug_is_one_line_not_a_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Fault injection: a reader that fails unforeseen (an IndexError in a layout rule, as one
    did on a real resume during development) still gives the user one line naming the file."""
    import resume_chat.resume.formats as formats
    from resume_chat.errors import ResumeError
    from resume_chat.resume import load_resume

    def broken(raw: bytes, path: Path) -> object:
        raise IndexError("list index out of range")

    monkeypatch.setattr(formats, "read_resume_bytes", broken)
    monkeypatch.setenv("RESUME_CHAT_CACHE", "off")
    path = tmp_path / "cv.md"
    path.write_text("# Ann Lee\n\n## Skills\n\n- Go\n")
    with pytest.raises(ResumeError) as caught:
        load_resume(path)
    message = str(caught.value)
    assert message.startswith(f"Resume {path} could not be read (IndexError: list index")
    assert "\n" not in message
