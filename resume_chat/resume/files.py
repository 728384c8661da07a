"""Opening a resume file safely and reading it with the reader its content calls for."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from resume_chat.errors import ResumeError
from resume_chat.resume.cache import cached, keep
from resume_chat.resume.model import Resume, build_resume
from resume_chat.resume.reading import MAX_BINARY_BYTES, SUPPORTED

# How long a named pipe's writer may take to hand over the whole resume.
PIPE_SECONDS = 10.0
# How long a named pipe may wait for a writer at all: a pipe nobody writes to is refused.
WRITER_SECONDS = 2.0


def load_resume(path: Path) -> Resume:
    """Read and parse a resume file; every failure is a `ResumeError` naming the file."""
    raw = _read_bytes(path)
    # A resume read before, by this very code, is not parsed again: like bytecode, the
    # reading is kept by content hash, and it spares each run the parsers' imports.
    reading = cached(raw, path.suffix)
    if reading is None:
        from resume_chat.resume.formats import read_resume_bytes

        try:
            reading = read_resume_bytes(raw, path)
        except (ResumeError, MemoryError, KeyboardInterrupt):
            raise
        # A reader's own bug on a file nobody foresaw is still one line for the user, not a
        # traceback: the file is named, and the cause kept short for a bug report.
        except Exception as exc:
            reason = f"{type(exc).__name__}: {' '.join(str(exc).split())}"[:120]
            raise ResumeError(
                f"Resume {path} could not be read ({reason}); please report this, with the "
                "file if you can, or save the resume as Markdown."
            ) from None
        keep(raw, path.suffix, reading)
    return build_resume(reading, path)


def parse_resume(markdown: str, path: Path = Path("<text>")) -> Resume:
    """Parse Markdown text into the document model (tests and in-memory resumes)."""
    from resume_chat.resume.markdown.reader import read_markdown

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
