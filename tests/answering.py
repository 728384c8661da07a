"""One offline answer to a question about a resume given as text, for the tests that read a
real resume's shape from a few lines of it."""

from __future__ import annotations

from pathlib import Path

from resume_chat.answerer.offline import OfflineAnswerer, format_reply
from resume_chat.resume.formats import read_resume_bytes
from resume_chat.resume.model import Resume, build_resume


def resume_of(text: str, name: str = "cv.md") -> Resume:
    """`text` read as the file `name` (its extension says the format)."""
    path = Path(name)
    return build_resume(read_resume_bytes(text.encode(), path), path)


def answer_text(text: str, question: str, name: str = "cv.md") -> str:
    """The answer's Markdown blocks, a blank line apart, for `text` read as the file `name`
    (its extension says the format)."""
    return "\n\n".join(format_reply(OfflineAnswerer(resume_of(text, name)).answer(question)))
