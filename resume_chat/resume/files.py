"""Opening a resume file safely and reading it with the reader its content calls for."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

from resume_chat.errors import ResumeError
from resume_chat.resume.markdown import read_markdown
from resume_chat.resume.model import Resume, build_resume
from resume_chat.resume.reading import MAX_BINARY_BYTES, MAX_RESUME_BYTES, Reading
from resume_chat.resume.text import read_text

# How long a named pipe's writer may take to hand over the whole resume.
PIPE_SECONDS = 10.0
# How long a named pipe may wait for a writer at all: a pipe nobody writes to is refused.
WRITER_SECONDS = 2.0
SUPPORTED = "Markdown, PDF, Word .docx, JSON Resume or plain text"
_TEXT_SUFFIXES = frozenset({".txt", ".text", ".asc"})
_MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd", ".mdx", ".rmd", ".qmd"})
# Signatures of formats people try that we do not read, with what to do instead.
_OTHER_FORMATS = (
    (b"\xd0\xcf\x11\xe0", "an old Word .doc file; save it as .docx or PDF"),
    (b"{\\rtf", "an RTF file; save it as .docx or PDF"),
    (b"\x89PNG", "a PNG image; export the resume as a text PDF"),
    (b"\xff\xd8\xff", "a JPEG image; export the resume as a text PDF"),
    (b"PK\x03\x04", "a zip archive but not a Word .docx"),
)


def load_resume(path: Path) -> Resume:
    """Read and parse a resume file; every failure is a `ResumeError` naming the file."""
    raw = _read_bytes(path)
    return build_resume(read_resume_bytes(raw, path), path)


def parse_resume(markdown: str, path: Path = Path("<text>")) -> Resume:
    """Parse Markdown text into the document model (tests and in-memory resumes)."""
    return build_resume(read_markdown(markdown), path)


def _read_bytes(path: Path) -> bytes:
    """The file's bytes, refusing anything that is not a regular file of a sane size."""
    hint = f"pass a resume file ({SUPPORTED}) with --resume or set RESUME_CHAT_RESUME"
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise ResumeError(f"Resume {path} is a directory; {hint}.")
        if stat.S_ISFIFO(info.st_mode):
            return _read_pipe(path)
        if not stat.S_ISREG(info.st_mode):
            # A device (/dev/zero, a terminal) never ends or never starts: refuse it unread.
            raise ResumeError(f"Resume {path} is not a regular file (a device?); {hint}.")
        if info.st_size > MAX_BINARY_BYTES:
            raise ResumeError(
                f"Resume {path} is {info.st_size / 1e6:.0f} MB, over the "
                f"{MAX_BINARY_BYTES / 1e6:.0f} MB limit; a resume is a few pages."
            )
        # O_NONBLOCK: should the path be swapped for a FIFO after the check, open does not hang.
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(descriptor, "rb") as file:
            if not stat.S_ISREG(os.fstat(file.fileno()).st_mode):
                raise ResumeError(f"Resume {path} is not a regular file; {hint}.")
            return file.read(MAX_BINARY_BYTES + 1)
    except FileNotFoundError:
        raise ResumeError(f"Resume {path} does not exist; {hint}.") from None
    except PermissionError:
        raise ResumeError(f"Resume {path} cannot be read: permission denied.") from None
    except OSError as exc:
        raise ResumeError(f"Resume {path} cannot be read: {exc.strerror or exc}.") from None


def _read_pipe(path: Path) -> bytes:
    """A named pipe (`-r <(curl …)`): read until its writer closes, within a time and size."""
    import select
    import time

    # Opened without blocking: a pipe nobody writes to reads as empty instead of hanging.
    descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    chunks: list[bytes] = []
    size = 0
    opened = time.monotonic()
    deadline = opened + PIPE_SECONDS
    try:
        while size <= MAX_BINARY_BYTES:
            now = time.monotonic()
            if not chunks and now >= opened + WRITER_SECONDS:
                break
            left = deadline - now
            if left <= 0:
                raise ResumeError(
                    f"Resume {path} is a pipe that did not finish within {PIPE_SECONDS:.0f} s."
                )
            wait = left if chunks else min(left, opened + WRITER_SECONDS - now)
            ready, _, _ = select.select([descriptor], [], [], max(wait, 0.0))
            if not ready:
                continue
            try:
                chunk = os.read(descriptor, 65536)
            except BlockingIOError:
                continue
            if not chunk and not chunks and time.monotonic() < opened + WRITER_SECONDS:
                # No writer yet, or one that has not written: end of file means nothing yet.
                time.sleep(0.02)
                continue
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    finally:
        os.close(descriptor)
    if not chunks:
        raise ResumeError(
            f"Resume {path} is a pipe nobody wrote to within {WRITER_SECONDS:.0f} s; "
            "pass the resume file itself."
        )
    return b"".join(chunks)


def read_resume_bytes(raw: bytes, path: Path) -> Reading:
    """Detect the format from the content (and the file name) and read it."""
    if len(raw) > MAX_BINARY_BYTES:
        raise ResumeError(f"Resume {path} is over the {MAX_BINARY_BYTES / 1e6:.0f} MB limit.")
    if raw.startswith(b"%PDF-") or raw[:1024].lstrip().startswith(b"%PDF-"):
        from resume_chat.resume.pdf import read_pdf

        return read_pdf(raw, path)
    if raw.startswith(b"PK\x03\x04") and (b"word/" in raw[:4096] or path.suffix == ".docx"):
        from resume_chat.resume.docx import read_docx

        return read_docx(raw, path)
    for signature, what in _OTHER_FORMATS:
        if raw.startswith(signature):
            raise ResumeError(f"Resume {path} is {what}. Supported: {SUPPORTED}.")
    return _read_text_formats(raw, path)


def _read_text_formats(raw: bytes, path: Path) -> Reading:
    if len(raw) > MAX_RESUME_BYTES:
        raise ResumeError(
            f"Resume {path} is over {MAX_RESUME_BYTES:,} bytes, the limit for text resumes. "
            "Trim it, or point --resume at the resume itself."
        )
    text = _decode(raw, path)
    if not text.strip():
        raise ResumeError(f"Resume {path} is empty; write the resume in it ({SUPPORTED}).")
    stripped = text.lstrip()
    if stripped.startswith(("{", "[")) or path.suffix.lower() == ".json":
        try:
            data = json.loads(text)
        except (ValueError, RecursionError) as exc:
            if path.suffix.lower() == ".json" or stripped.startswith("{"):
                raise ResumeError(
                    f"Resume {path} is not valid JSON ({_short(exc)}); fix it, or save the "
                    "resume as Markdown."
                ) from None
        else:
            from resume_chat.resume.jsonresume import read_json_resume

            return read_json_resume(data, path)
    if path.suffix.lower() in _TEXT_SUFFIXES:
        return read_text(text)
    return read_markdown(text)


def _decode(raw: bytes, path: Path) -> str:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        # "Unicode text" from Windows editors; mostly-ASCII, or it is not text at all.
        try:
            text = raw.decode("utf-16")
        except UnicodeDecodeError:
            text = ""
        if text and sum(char.isascii() for char in text) >= 0.5 * len(text) and "\x00" not in text:
            return text
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if b"\x00" in raw[:4096]:
            raise ResumeError(f"Resume {path} is a binary file, not one of: {SUPPORTED}.") from None
        # Latin-1 or Windows-1252 text from older editors: every byte means something.
        text = raw.decode("cp1252", errors="replace")
        ascii_share = sum(1 for byte in raw if 32 <= byte < 127 or byte in b"\r\n\t") / len(raw)
        if ascii_share < 0.9 or text.count("\ufffd") > 8:
            raise ResumeError(
                f"Resume {path} is not UTF-8 text (bad byte at offset {exc.start}) and not one "
                f"of: {SUPPORTED}. Save it as UTF-8."
            ) from None
    if "\x00" in text:
        raise ResumeError(f"Resume {path} is a binary file, not one of: {SUPPORTED}.")
    return text


def _short(exc: BaseException) -> str:
    return str(exc).split("\n")[0][:120]
